//! Infobox rows as facts (issue 10, recall): "Catchment area | 560,000 km2 (216,000 sq mi) |",
//! "Height 1.95 m (6 ft 5 in)", "Launch mass100,756 pounds" hold a page's measures that
//! its prose often never states. A row whose value is a measure, a duration or an amount
//! of money becomes "The catchment area of Lake Baikal is 560,000 km2 (216,000 sq mi)."
//! when the title names the subject; everything else stays left out as a table row. A row
//! is kept out when its label cannot stand alone ("Total", "Reference"), is ambiguous
//! within its own box ("Area" beside "Surface area"), or its figure is already in the
//! prose (the question would be asked twice).

use super::frame::Subject;
use crate::quantity::Kind;

/// Labels that say nothing without the rows or headings around them.
const VAGUE: &[&str] = &[
    "total",
    "land",
    "water",
    "north",
    "south",
    "east",
    "west",
    "reference",
    "criteria",
    "inscription",
    "date",
    "dates",
    "born",
    "epoch",
    "previous",
    "next",
    "title",
    "event",
    "stages",
    "record",
    "records",
    "other",
    "value",
    "size",
    "rank",
    "period",
    "weather",
    "per capita",
];

/// A row split into its label and its value: "Label | value |", "Label: value", or a label
/// run into its value ("Launch mass100,756 pounds", "Height 1.95 m").
fn split(row: &str) -> Option<(String, &str)> {
    let row = row.trim().trim_start_matches(['-', '*', '•']).trim();
    let (label, value) = if let Some((l, v)) = row.split_once('|') {
        (l, v.trim().trim_end_matches('|'))
    } else if let Some((l, v)) = row
        .split_once(':')
        .filter(|(l, _)| !l.contains(|c: char| c.is_ascii_digit()))
    {
        // "Launch dateJuly 16, 1969, 13:32:00 UTC": a colon inside a time is no label's.
        (l, v)
    } else {
        let at = row.find(|c: char| c.is_ascii_digit())?;
        // "Launch dateJuly 16, 1969": the month glued to the label opens the value.
        let month = crate::quantity::MONTH_NAMES
            .iter()
            .filter_map(|m| row[..at].trim_end().strip_suffix(m))
            .find(|l| l.ends_with(char::is_lowercase));
        match month {
            Some(l) => (l, &row[l.len()..]),
            None => (&row[..at], &row[at..]),
        }
    };
    // "Shore length1 | 2,100 km |": a footnote's number glued to the label.
    let label = label
        .trim()
        .trim_end_matches(|c: char| c.is_ascii_digit())
        .replace("Max.", "Maximum")
        .replace("Min.", "Minimum");
    let words: Vec<&str> = label.split_whitespace().collect();
    let plain = (1..=4).contains(&words.len())
        && words
            .iter()
            .all(|w| w.chars().all(|c| c.is_alphabetic() || c == '-'));
    plain.then_some((label, value.trim()))
}

/// Whether what follows the figure is only brackets and a word or two ("(216,000 sq mi)",
/// "(1977)"): "200 nmi or to the edge of the continental margin" is no plain value.
fn ends_soon(rest: &str) -> bool {
    let mut depth = 0usize;
    let mut outside = String::new();
    for c in rest.chars() {
        match c {
            '(' | '[' => depth += 1,
            ')' | ']' => depth = depth.saturating_sub(1),
            _ if depth == 0 => outside.push(c),
            _ => {}
        }
    }
    outside.split_whitespace().count() <= 2
}

/// `value` without bracketed lists of conversions ("744.4 m (2,442 ft; 407.0 fathoms)"),
/// which a blank could not hide as one equivalent.
fn without_lists(value: &str) -> String {
    let mut out = value.trim().to_string();
    while let Some(open) = out.find('(') {
        let Some(close) = out[open..].find(')').map(|c| c + open) else {
            break;
        };
        if !out[open..close].contains(';') {
            break;
        }
        out.replace_range(open..=close, "");
        out = out.split_whitespace().collect::<Vec<_>>().join(" ");
    }
    out
}

/// The label as it reads inside a sentence: "Catchment area" → "catchment area", but
/// "GDP" stays.
fn in_sentence(label: &str) -> String {
    label
        .split_whitespace()
        .map(|w| {
            if w.chars().skip(1).any(char::is_uppercase) {
                w.to_string()
            } else {
                w.to_lowercase()
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// The facts the rows of one infobox make, in order. `prose` is the rest of the text.
pub(crate) fn facts(rows: &[String], subject: Option<&Subject>, prose: &str) -> Vec<String> {
    let Some(subject) = subject else {
        return Vec::new();
    };
    let in_prose = crate::quantity::parts::join(prose, crate::quantity::find(prose));
    let shared = shares_of_parts(rows, subject);
    let rows: Vec<String> = rows.iter().map(|r| per_year(r)).collect();
    let rows = rows.as_slice();
    let split: Vec<Option<(String, &str)>> = rows
        .iter()
        .enumerate()
        .map(|(k, r)| split(r).or_else(|| continued(r, k.checked_sub(1).map(|a| &rows[a]))))
        .collect();
    // "Retired | November 26, 2003 |": a machine withdrawn from service is told of in the
    // past ("The program cost of Concorde is £1.3 billion" was rated B in round 32).
    let retired = split.iter().flatten().any(|(label, value)| {
        let (label, value) = (label.to_lowercase(), value.to_lowercase());
        label == "retired" || label == "status" && value.starts_with("retired")
    });
    let over = past_event(subject) || retired;
    // "Lunar orbiter" over "Orbital insertion…": the part of the subject the rows below
    // are about (round 21: "the orbital insertion of Apollo 11" read as Earth orbit, C).
    // "Area:" over "Land: 100,329 km2" heads a group of rows the same way.
    let mut part = None;
    let parts: Vec<Option<String>> = rows
        .iter()
        .zip(&split)
        .map(|(row, cut)| {
            let bare = cut.as_ref().is_none_or(|(_, value)| value.is_empty());
            // "Freshwater withdrawal (domestic/industrial/agricultural)" names its group
            // without the bracket.
            if bare && names_part(row) {
                let name = row.split('(').next().unwrap_or(row);
                part = Some(name.trim().trim_end_matches(':').to_lowercase());
            }
            // "Criteria | Natural: vii, viii, ix, x |" opens a World Heritage listing: the
            // "Inscription" and "Area" rows below are the listed site's.
            if cut
                .as_ref()
                .is_some_and(|(label, value)| heritage_criteria(label, value))
            {
                part = Some(HERITAGE.to_string());
            }
            part.clone()
        })
        .collect();
    let split: Vec<Option<(String, &str)>> = split
        .into_iter()
        .zip(&parts)
        .map(|(cut, part)| cut.map(|(label, value)| (qualified(label, part.as_deref()), value)))
        .collect();
    let bests = rows
        .iter()
        .zip(&parts)
        .filter_map(|(row, part)| personal_best(row, part.as_deref(), subject, &in_prose));
    let labels: Vec<String> = split
        .iter()
        .flatten()
        .map(|(l, _)| l.to_lowercase())
        .collect();
    split
        .iter()
        .zip(&parts)
        .filter_map(|(cut, part)| cut.as_ref().map(|c| (c, part)))
        .filter_map(|((label, value), part)| {
            let lower = label.to_lowercase();
            // "Area" beside "Surface area" and "Catchment area": which area is meant?
            let ambiguous = labels
                .iter()
                .any(|other| *other != lower && other.ends_with(&format!(" {lower}")));
            // Two "Docking date" rows (docking, then docking again): which one is meant?
            let repeated = labels.iter().filter(|other| **other == lower).count() > 1;
            let ambiguous = ambiguous || repeated;
            if part.as_deref() == Some(HERITAGE) {
                return heritage_fact(label, value, subject);
            }
            if part.as_deref() == Some("maritime claims") {
                if let Some(fact) = claim_fact(label, value, subject) {
                    return Some(fact);
                }
            }
            // "2.2 d (52.8 h) (?)": a figure its own page doubts is no fact to drill (round
            // 32: "the source flags the value as uncertain", B twice).
            if ambiguous || VAGUE.contains(&lower.as_str()) || value.contains("(?)") {
                return None;
            }
            // "2 hours, 31 minutes 40 seconds" is one amount.
            let found = crate::quantity::parts::join(value, crate::quantity::find(value));
            let first = found.first()?;
            let row = Row {
                label,
                value,
                first,
                subject,
                in_prose: &in_prose,
                part: part.as_deref(),
                noted: part.as_deref().and_then(|p| noted_year(&split, &parts, p)),
            };
            if first.kind == Kind::Count {
                return count_fact(&row).or_else(|| tally_fact(&row));
            }
            if first.kind == Kind::Date {
                return date_fact(&row);
            }
            if first.kind == Kind::Percent {
                return share_fact(&row);
            }
            if let Some(fact) = point_fact(&row) {
                return Some(fact);
            }
            let measured = matches!(first.kind, Kind::Measure | Kind::Duration | Kind::Money);
            let leads = value[..first.span.start].trim().is_empty();
            let stated = in_prose
                .iter()
                .any(|q| crate::quantity::same_figure(q, first));
            // "5.243 g/cm3": a rate of units the finder reads as its first unit alone.
            let per = value[first.span.end..].starts_with('/');
            if !measured || !leads || stated || per || !ends_soon(&value[first.span.end..]) {
                return None;
            }
            let value = without_lists(value);
            let value = value.trim_end_matches(['.', ';', ',']);
            let (value, year) = dated(value);
            // "Total: 0.17 km3 a year" beside "Per capita: 539.2 m3 a year (2005)": a yearly
            // rate takes the year of its group.
            let year = year.or(row.noted.filter(|_| value.ends_with(" a year")));
            let label = in_sentence(label);
            let verb = verb_for(&label, over || year.is_some());
            // "The temperature at the 1966 FIFA World Cup final": a match has no temperature
            // of its own.
            let of = if label == "temperature" && past_event(subject) {
                "at"
            } else {
                "of"
            };
            // "£23 million (1977)": the year the figure held, a frame and not asked.
            let when = year.map(|y| format!(" as of {y}")).unwrap_or_default();
            // "Reference system | Selenocentric": an orbit's period is around the Moon.
            let around =
                if label == "orbital period" && rows.iter().any(|r| r.contains("Selenocentric")) {
                    " around the Moon"
                } else {
                    ""
                };
            let fact = format!(
                "The {label} {of} {}{around} {verb} {value}{when}.",
                owner(subject, part.as_deref())
            );
            // One figure to ask, or the value is not read as one ("94h 33' 14\"").
            one_asked(&fact, subject).then_some(fact)
        })
        .chain(bests)
        .chain(shared)
        .collect()
}

/// Whose measure a row under `part` gives: "Spacecraft properties" over "Launch mass" gives
/// the spacecraft's, not the whole mission's, whose launch mass a reader takes for the
/// rocket's (round 57: C, about 6.5 million lb against the key's 100,756).
fn owner(subject: &Subject, part: Option<&str>) -> String {
    const CRAFT: &[&str] = &["spacecraft", "aircraft", "vessel", "ship", "vehicle"];
    let craft = part
        .and_then(|p| p.strip_suffix(" properties"))
        .filter(|c| CRAFT.contains(c));
    match craft {
        Some(c) => format!("{}'s {c}", subject.name),
        None => subject.name.clone(),
    }
}

/// "Freshwater withdrawal (domestic/industrial/agricultural)" over "Total: 0.17 km3/yr
/// (49%/8%/42%)": the bracketed shares of the total, each told alone ("As of 2005, 49% of
/// the freshwater withdrawal of Iceland was domestic."). Together each was a guess from the
/// others, so none was asked (round 53 recall: all three missed).
fn shares_of_parts(rows: &[String], subject: &Subject) -> Vec<String> {
    // Each heading that names its parts, with the rows under it (to the next heading).
    let mut groups: Vec<(Named, Vec<&str>)> = Vec::new();
    for row in rows {
        let row = row.trim();
        match parts_named(row) {
            Some(named) => groups.push((named, Vec::new())),
            None => {
                if let Some((_, under)) = groups.last_mut() {
                    under.push(row);
                }
            }
        }
    }
    let mut out = Vec::new();
    for ((name, parts), under) in &groups {
        // "Per capita: 539.2 m3/yr (2005)": the year the group's figures held.
        let year = under
            .iter()
            .find_map(|r| dated(r.trim_end_matches('.')).1)
            .map(|y| format!("As of {y}, "))
            .unwrap_or_default();
        let shares = under
            .iter()
            .filter_map(|r| slashed_shares(r))
            .find(|s| s.len() == parts.len());
        for (share, part) in shares.iter().flatten().zip(parts) {
            let fact = format!(
                "{year}{share} of the {name} of {} was {part}.",
                subject.name
            );
            out.push(super::frame::capitalize(&fact));
        }
    }
    out.into_iter()
        .filter(|fact| one_asked(fact, subject))
        .collect()
}

/// A group's name and the names of its parts.
type Named = (String, Vec<String>);

/// A heading naming its parts in a bracket, slashed: "Freshwater withdrawal
/// (domestic/industrial/agricultural)" → ("freshwater withdrawal", [domestic, …]).
fn parts_named(row: &str) -> Option<Named> {
    let row = row.trim_start_matches(';').trim().trim_end_matches(':');
    let (name, rest) = row.split_once(" (")?;
    let inside = rest.strip_suffix(')')?;
    let parts: Vec<String> = inside.split('/').map(|p| p.trim().to_lowercase()).collect();
    let words = |p: &String| !p.is_empty() && p.chars().all(|c| c.is_alphabetic() || c == ' ');
    (parts.len() >= 2 && parts.iter().all(words) && !name.contains(':'))
        .then(|| (name.trim().to_lowercase(), parts))
}

/// The slashed shares a row ends with: "Total: 0.17 km^{3}/yr (49%/8%/42%)" → 49%, 8%, 42%.
fn slashed_shares(row: &str) -> Option<Vec<String>> {
    let inside = row.trim_end_matches('.').strip_suffix(')')?;
    let inside = &inside[inside.rfind('(')? + 1..];
    let shares: Vec<String> = inside.split('/').map(|p| p.trim().to_string()).collect();
    let share = |p: &String| {
        p.strip_suffix('%')
            .is_some_and(|n| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit() || c == '.'))
    };
    (shares.len() >= 2 && shares.iter().all(share)).then_some(shares)
}

/// The year a row under `part` notes for its figure, if one does.
fn noted_year<'a>(
    split: &[Option<(String, &'a str)>],
    parts: &[Option<String>],
    part: &str,
) -> Option<&'a str> {
    split
        .iter()
        .zip(parts)
        .filter(|(_, p)| p.as_deref() == Some(part))
        .find_map(|(cut, _)| cut.as_ref().and_then(|(_, value)| dated(value).1))
}

/// `value` without a closing "(1977)", and that year: the year a figure held.
fn dated(value: &str) -> (&str, Option<&str>) {
    let Some(open) = value
        .strip_suffix(')')
        .and_then(|v| v.rfind(" (").map(|k| (v, k)))
    else {
        return (value, None);
    };
    let (v, k) = open;
    let year = &v[k + 2..];
    let plain = year.len() == 4 && year.chars().all(|c| c.is_ascii_digit());
    if plain && !v[..k].contains('(') {
        (v[..k].trim_end(), Some(year))
    } else {
        (value, None)
    }
}

/// "is" or "are" for a label, past or present: "The total renewable water resources of
/// Iceland were 170 km3 in 2011."
fn verb_for(label: &str, past: bool) -> &'static str {
    let head = label.split_whitespace().last().unwrap_or_default();
    match (crate::quantity::plural_word(head), past) {
        (false, false) => "is",
        (false, true) => "was",
        (true, false) => "are",
        (true, true) => "were",
    }
}

/// Whether `fact` asks one figure, in a deck about `subject`: "the 1966 FIFA World Cup
/// final" names its own year, which is no figure to ask.
fn one_asked(fact: &str, subject: &Subject) -> bool {
    let year = crate::quantity::find(&subject.name)
        .iter()
        .find_map(|q| match q.value {
            crate::quantity::Value::Year(y) => Some(y),
            _ => None,
        });
    crate::screen::askable_about(fact, year).len() == 1
}

/// "Land" under "Area:" is the land area, "Total" the total area; "Weather: 20 °C" is the
/// temperature. Other labels stay as they are.
fn qualified(label: String, part: Option<&str>) -> String {
    let lower = label.to_lowercase();
    match (part, lower.as_str()) {
        (Some("area"), "total" | "land" | "water") => format!("{label} area"),
        (_, "weather") => "Temperature".to_string(),
        // "Period2 hours" under "Orbital parameters" (round 37 recall: missed).
        (Some("orbital parameters"), "period") => "Orbital period".to_string(),
        // "Total" and "Per capita" under "; Freshwater withdrawal" (round 37 recall).
        (Some(p), "total") if p != "area" && p != HERITAGE => format!("{label} {p}"),
        (Some(p), "per capita") if p != HERITAGE => format!("{lower} {p}"),
        _ => label,
    }
}

/// A row holding only a value, which continues the row above: "51% humidity" is labelled
/// by the word after its figure, "27 °C (81 °F)" under "Weather Partly cloudy" by the
/// first word above (a match's box; round 37 recall: both missed).
fn continued<'a>(row: &'a str, above: Option<&String>) -> Option<(String, &'a str)> {
    let row = row.trim();
    if !row.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let first = crate::quantity::find(row).into_iter().next()?;
    let rest = row[first.span.end..].trim();
    if !rest.is_empty() && rest.chars().all(char::is_alphabetic) {
        return Some((super::frame::capitalize(rest), &row[..first.span.end]));
    }
    let label = above?.split_whitespace().next()?;
    (label.eq_ignore_ascii_case("weather") && ends_soon(rest)).then(|| (label.to_string(), row))
}

/// A maritime claim's reach in nautical miles after its area: "Exclusive economic zone:
/// 751345 km2 with 200 nmi" → "Iceland claims an exclusive economic zone of 200 nmi." (round
/// 37 recall: missed; the area is in the prose).
fn claim_fact(label: &str, value: &str, subject: &Subject) -> Option<String> {
    let found = crate::quantity::find(value);
    let reach = found.iter().find(|q| {
        matches!(q.value, crate::quantity::Value::Amount { unit, .. } if unit.name == "nautical mile")
    })?;
    // "200 nmi" alone is a plain value, told already as "The territorial sea of … is"; "200
    // nmi or to the edge of the continental margin" would be asked "how many nautical
    // miles or to the edge…".
    if reach.span.start == 0 {
        return None;
    }
    let claim = &reach.text;
    let label = in_sentence(label);
    let article = if label.starts_with(['a', 'e', 'i', 'o', 'u']) {
        "an"
    } else {
        "a"
    };
    let fact = super::frame::capitalize(&format!(
        "{} claims {article} {label} of {claim}.",
        subject.name
    ));
    one_asked(&fact, subject).then_some(fact)
}

/// A row with a yearly rate read as prose writes it: "0.17 km3/yr (49%/8%/42%)" is "0.17
/// km3 a year"; the bracketed shares of the rate, each a guess from the others, are left.
fn per_year(row: &str) -> String {
    let Some(at) = row.find("/yr") else {
        return row.to_string();
    };
    let rest = row[at + 3..].trim();
    let shares = rest.starts_with('(') && rest.contains('/') && rest.ends_with(')');
    let rest = if shares { "" } else { rest };
    format!("{} a year {rest}", &row[..at])
        .trim_end()
        .to_string()
}

/// The part a World Heritage listing's rows are of.
const HERITAGE: &str = "world heritage site";

/// Whether a row gives a World Heritage listing's criteria ("Natural: vii, viii, ix, x").
fn heritage_criteria(label: &str, value: &str) -> bool {
    label.eq_ignore_ascii_case("criteria")
        && (value.starts_with("Natural") || value.starts_with("Cultural"))
}

/// "Inscription | 1996 (20th Session) |" → "Lake Baikal was inscribed as a World Heritage
/// Site in 1996."; "Area | 8,800,000 ha |" → "The World Heritage Site of Lake Baikal covers
/// 8,800,000 ha." (round 37 recall: both missed). Other rows of the listing say nothing.
fn heritage_fact(label: &str, value: &str, subject: &Subject) -> Option<String> {
    let first = crate::quantity::find(value).into_iter().next()?;
    let leads = value[..first.span.start].trim().is_empty();
    let fact = match (label.to_lowercase().as_str(), first.kind) {
        ("inscription", Kind::Year) => super::frame::capitalize(&format!(
            "{} was inscribed as a World Heritage Site in {}.",
            subject.name, first.text
        )),
        ("area", Kind::Measure) => format!(
            "The World Heritage Site of {} covers {}.",
            subject.name, first.text
        ),
        _ => return None,
    };
    (leads && one_asked(&fact, subject)).then_some(fact)
}

/// Labels of a count that is one number, not a number of things the label names:
/// "Attendance: 96,924" → "The attendance at the 1966 FIFA World Cup final was 96,924."
const TALLIES: &[(&str, &str)] = &[
    ("attendance", "at"),
    ("population", "of"),
    ("capacity", "of"),
    ("spectators", "at"),
];

/// A count under a label of [`TALLIES`], not already in the prose (round 24 recall: the
/// 1966 final's attendance was never asked).
fn tally_fact(row: &Row<'_>) -> Option<String> {
    let label = row.label.to_lowercase();
    let (_, of) = TALLIES.iter().find(|(l, _)| *l == label)?;
    let rest = row.value[row.first.span.end..].trim_start();
    let noted = rest.is_empty() || (rest.starts_with('(') && ends_soon(rest));
    if !noted || !row.leads_and_new() {
        return None;
    }
    let verb = if past_event(row.subject) { "was" } else { "is" };
    let fact = format!(
        "The {label} {of} {} {verb} {}.",
        row.subject.name, row.first.text
    );
    one_asked(&fact, row.subject).then_some(fact)
}

/// "Arable land: 1.21%" under "Land use" → "Arable land makes up 1.21% of the land of
/// Iceland." (round 24 recall). A share of nothing ("Permanent crops: 0%") or of "Other"
/// is left.
fn share_fact(row: &Row<'_>) -> Option<String> {
    let zero = row.first.value.number().is_none_or(|n| n <= 0.0);
    // "51% humidity" under a match's weather (round 37 recall: missed).
    if row.label.eq_ignore_ascii_case("humidity") && past_event(row.subject) && !zero {
        let fact = format!(
            "The humidity at {} was {}.",
            row.subject.name, row.first.text
        );
        return (row.leads_and_new() && one_asked(&fact, row.subject)).then_some(fact);
    }
    // The labels of a land-use table, which may come without its heading row.
    const LAND_USE: &[&str] = &[
        "agricultural land",
        "arable land",
        "permanent crops",
        "permanent pasture",
        "forest",
    ];
    let land =
        row.part == Some("land use") || LAND_USE.contains(&row.label.to_lowercase().as_str());
    if !land || zero || !row.leads_and_new() {
        return None;
    }
    // The land-use table's year is the last row's: "Arable land made up 1.21% of the land
    // of Iceland as of 2012." ("present-tense share with no year": round 31, B four times).
    let (verb, when) = match row.noted {
        Some(y) => ("made up", format!(" as of {y}")),
        None => ("makes up", String::new()),
    };
    let fact = format!(
        "{} {verb} {} of the land of {}{when}.",
        super::frame::capitalize(&in_sentence(row.label)),
        row.first.text,
        row.subject.name
    );
    one_asked(&fact, row.subject).then_some(fact)
}

/// "Highest point: Hvannadalshnúkur 2,110 m" → "The highest point of Iceland is
/// Hvannadalshnúkur, at 2,110 m.": a point named before its height.
fn point_fact(row: &Row<'_>) -> Option<String> {
    let label = row.label.to_lowercase();
    let name = row.value[..row.first.span.start].trim();
    let tail = row.value[row.first.span.end..].trim();
    let named = !name.is_empty()
        && name
            .split_whitespace()
            .all(|w| w.starts_with(char::is_uppercase))
        && name.split_whitespace().count() <= 3;
    let high = row.first.value.number().is_some_and(|n| n > 0.0);
    if !label.ends_with(" point")
        || !named
        || !tail.is_empty()
        || !high
        || row.first.kind != Kind::Measure
    {
        return None;
    }
    let stated = row
        .in_prose
        .iter()
        .any(|q| crate::quantity::same_figure(q, row.first));
    let fact = format!(
        "The {label} of {} is {name}, at {}.",
        row.subject.name, row.first.text
    );
    (!stated && one_asked(&fact, row.subject)).then_some(fact)
}

/// "150 m: 14.35 WB (Manchester 2009)" under "Personal best(s)" → "Usain Bolt's personal
/// best in the 150 m is 14.35 seconds." (round 24 recall: three of Bolt's bests missed).
/// Only a sprint's time in plain seconds; one the prose states is left.
fn personal_best(
    row: &str,
    part: Option<&str>,
    subject: &Subject,
    in_prose: &[crate::quantity::Quantity],
) -> Option<String> {
    if !part.is_some_and(|p| p.starts_with("personal best")) {
        return None;
    }
    let (race, rest) = row.trim().split_once(':')?;
    let metres = race.trim().strip_suffix(" m")?;
    if metres.is_empty() || !metres.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    let time = rest.split_whitespace().next()?;
    let seconds: f64 = time.parse().ok()?;
    if !(1.0..100.0).contains(&seconds) || !time.contains('.') {
        return None;
    }
    let fact = format!(
        "{} personal best in the {metres} m is {time} seconds.",
        super::frame::possessive(&subject.name)
    );
    // "running 19.19 in 2009": the prose may give the time as a bare number.
    let stated = in_prose.iter().any(|q| q.value.number() == Some(seconds));
    (one_asked(&fact, subject) && !stated).then_some(fact)
}

/// Kinds of subject that happened once: their measures are past ("The launch mass of Apollo
/// 11 was…"), where a lake's or a planet's are present (round 20: "is" rated B).
const EVENTS: &[&str] = &[
    "mission",
    "battle",
    "siege",
    "war",
    "final",
    "match",
    "tournament",
    "race",
    "famine",
    "plague",
    "pandemic",
    "epidemic",
    "eruption",
    "earthquake",
    "flight",
    "voyage",
];

/// Whether the subject is an event that is over.
fn past_event(subject: &Subject) -> bool {
    subject
        .head
        .iter()
        .chain(subject.kinds.iter())
        .any(|k| EVENTS.contains(k))
}

/// A row of one figure: its value, the figure that opens it, what the prose already says.
struct Row<'a> {
    label: &'a str,
    value: &'a str,
    first: &'a crate::quantity::Quantity,
    subject: &'a Subject,
    in_prose: &'a [crate::quantity::Quantity],
    /// The part of the subject a heading row above names ("lunar orbiter").
    part: Option<&'a str>,
    /// The year a row of the same part notes for its figure ("Other: 98.79% (2012)").
    noted: Option<&'a str>,
}

/// Whether a row of words alone heads the rows below it: one to three words, capitalised,
/// no figure, no label's mark ("Lunar orbiter", "End of mission").
fn names_part(row: &str) -> bool {
    let row = row.trim();
    // "Area:", "Maritime claims:": a group's heading ends with its colon.
    let row = row.strip_suffix(':').unwrap_or(row);
    let words = row.split_whitespace().count();
    // "Reference systemSelenocentric" is a label glued to its value, no heading.
    let glued = row
        .chars()
        .zip(row.chars().skip(1))
        .any(|(a, b)| a.is_lowercase() && b.is_uppercase());
    (1..=3).contains(&words)
        && !glued
        && row.starts_with(char::is_uppercase)
        && !row.contains(|c: char| c.is_ascii_digit() || matches!(c, '|' | ':'))
}

impl Row<'_> {
    /// The value opens with its figure, and the prose does not already state it.
    fn leads_and_new(&self) -> bool {
        let leads = self.value[..self.first.span.start].trim().is_empty();
        let stated = self
            .in_prose
            .iter()
            .any(|q| crate::quantity::same_figure(q, self.first));
        leads && !stated
    }
}

/// "Launch date | July 16, 1969, 13:32:00 UTC" → "The launch date of Apollo 11 was July 16,
/// 1969.": a dated row under a label that says what happened on it, not already in the
/// prose (round 16 recall: Apollo's infobox dates were never asked). The time of day after
/// the date is left out; a bare "Date" says nothing.
fn date_fact(row: &Row<'_>) -> Option<String> {
    let label = row.label.to_lowercase();
    let dated = label.ends_with(" date");
    // "Orbital insertion", "Return launch", "First flight": the label names the event
    // (round 18 recall: three of Apollo's dates were missed).
    let event = names_an_event(&label) && !row.label.starts_with("THE ");
    if !(dated || event) || !row.leads_and_new() {
        return None;
    }
    let (verb, label) = if dated {
        ("was", in_sentence(row.label))
    } else {
        ("took place on", in_sentence(row.label))
    };
    // "First Flight | Marc 2, 1969 |": the date as the finder read it, its month spelt out.
    let date = crate::quantity::render(row.first, &row.first.value);
    // "The orbital insertion of Apollo 11's lunar orbiter": an event of a part of it.
    let whose = match row.part.filter(|_| event && !dated) {
        Some(part) => format!("{} {part}", super::frame::possessive(&row.subject.name)),
        None => row.subject.name.clone(),
    };
    // "Orbital insertion" and "Orbital departure" under "Lunar orbiter" read as what the
    // craft did (round 41: B, "infobox jargon").
    let lunar = row.part.is_some_and(|p| p.contains("lunar"));
    let did = match label.as_str() {
        "orbital insertion" if lunar => Some("entered lunar orbit"),
        "orbital departure" if lunar => Some("left lunar orbit"),
        _ => None,
    };
    let fact = match did {
        Some(did) => super::frame::capitalize(&format!("{whose} {did} on {date}.")),
        None => format!("The {label} of {whose} {verb} {date}."),
    };
    one_asked(&fact, row.subject).then_some(fact)
}

/// Whether a label's last word names an event, not a thing or a state: "insertion",
/// "departure", "launch", "flight", "landing".
fn names_an_event(label: &str) -> bool {
    let last = label.rsplit(' ').next().unwrap_or_default();
    const EVENTS: &[&str] = &[
        "launch",
        "flight",
        "landing",
        "departure",
        "arrival",
        "splashdown",
    ];
    EVENTS.contains(&last) || last.ends_with("tion") || last.ends_with("sion")
}

/// "Islands | 27 (Olkhon Island) |" → "Lake Baikal has 27 islands.": a count under a label
/// that names what it counts (one plural word), not already in the prose. A note in
/// brackets after it is left out; "Reference | 754" or "Crew size3" name no counted thing.
fn count_fact(row: &Row<'_>) -> Option<String> {
    let noun = row.label.to_lowercase();
    let plural = !row.label.contains(' ')
        && noun.len() >= 4
        && noun.ends_with('s')
        && !noun.ends_with("ss")
        && noun.chars().all(|c| c.is_ascii_lowercase());
    let rest = row.value[row.first.span.end..].trim_start();
    let noted = rest.is_empty() || (rest.starts_with('(') && ends_soon(rest));
    let many = row.first.value.number().is_some_and(|n| n >= 2.0);
    if !plural || !noted || !many || !row.leads_and_new() {
        return None;
    }
    let fact = format!(
        "{} has {} {noun}.",
        super::frame::capitalize(&row.subject.name),
        row.first.text
    );
    one_asked(&fact, row.subject).then_some(fact)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lake() -> Subject {
        super::super::frame::subject("Lake Baikal", "Lake Baikal is a lake.").unwrap()
    }

    #[test]
    fn an_event_that_is_over_has_its_measures_in_the_past() {
        let mission = super::super::frame::subject(
            "Apollo 11",
            "Apollo 11 was the mission that first landed people on the Moon.",
        )
        .unwrap();
        let rows = ["Launch mass100,756 pounds (45,702 kg)".to_string()];
        assert_eq!(
            facts(&rows, Some(&mission), ""),
            ["The launch mass of Apollo 11 was 100,756 pounds (45,702 kg)."]
        );
        // Under "Spacecraft properties", the spacecraft's (round 57: read as the rocket's).
        let rows = [
            "Spacecraft properties".to_string(),
            "Launch mass100,756 pounds (45,702 kg)".to_string(),
        ];
        assert_eq!(
            facts(&rows, Some(&mission), ""),
            ["The launch mass of Apollo 11's spacecraft was 100,756 pounds (45,702 kg)."]
        );
        let rows = ["Max. depth | 1,642 m (5,387 ft) |".to_string()];
        assert_eq!(
            facts(&rows, Some(&lake()), ""),
            ["The maximum depth of Lake Baikal is 1,642 m (5,387 ft)."]
        );
        let airliner = super::super::frame::subject(
            "Concorde",
            "Concorde is a supersonic passenger airliner.",
        )
        .unwrap();
        let rows = [
            "Program Cost | £1.3 billion |",
            "Retired | November 26, 2003 |",
        ]
        .map(String::from);
        assert_eq!(
            facts(&rows, Some(&airliner), ""),
            ["The program cost of Concorde was £1.3 billion."]
        );
    }

    #[test]
    fn rows_with_measures_become_facts() {
        let rows: Vec<String> = [
            "Catchment area | 560,000 km2 (216,000 sq mi) |",
            "Surface area | 31,722 km2 (12,248 sq mi) |",
            "Area | 8,800,000 ha |",
            "Max. depth | 1,642 m (5,387 ft) |",
            "Residence time | 330 years |",
            "Islands | 27 (Olkhon Island) |",
            "Inscription | 1996 (20th Session) |",
            "Launch mass100,756 pounds (45,702 kg)",
            "Total: 103125 km2",
            "Shore length1 | 2,100 km (1,300 mi) |",
            "Average depth | 744.4 m (2,442 ft; 407.0 fathoms) |",
            "Continental shelf: 200 nmi or to the edge of the margin",
        ]
        .map(String::from)
        .to_vec();
        let prose = "Its surface of 31,722 km2 is the largest, a depth of 1,642 metres.";
        let got = facts(&rows, Some(&lake()), prose);
        assert_eq!(
            got,
            [
                "The catchment area of Lake Baikal is 560,000 km2 (216,000 sq mi).",
                "The residence time of Lake Baikal is 330 years.",
                "Lake Baikal has 27 islands.",
                "The launch mass of Lake Baikal is 100,756 pounds (45,702 kg).",
                "The shore length of Lake Baikal is 2,100 km (1,300 mi).",
                "The average depth of Lake Baikal is 744.4 m.",
            ],
            "surface area and depth are in the prose (as other units too); Area is ambiguous; a value with more words after it, a year and a vague label are left; a footnote's number leaves the label"
        );
        assert!(facts(&rows, None, prose).is_empty(), "no subject, no facts");
    }

    #[test]
    fn a_date_becomes_a_fact_only_under_a_label_that_says_what_happened() {
        let cases = [
            (
                "Launch dateJuly 16, 1969, 13:32:00 UTC",
                Some("The launch date of Lake Baikal was July 16, 1969."),
            ),
            (
                "Landing date | July 24, 1969 |",
                Some("The landing date of Lake Baikal was July 24, 1969."),
            ),
            (
                "Orbital insertionJuly 19, 1969, 17:21:50 UTC[3]",
                Some("The orbital insertion of Lake Baikal took place on July 19, 1969."),
            ),
            (
                "Return launchJuly 21, 1969, 17:54 UTC",
                Some("The return launch of Lake Baikal took place on July 21, 1969."),
            ),
            (
                "First Flight | Marc 2, 1969 |",
                Some("The first flight of Lake Baikal took place on March 2, 1969."),
            ),
            (
                "Introduction | January 21, 1976 |",
                Some("The introduction of Lake Baikal took place on January 21, 1976."),
            ),
            ("Retired | November 26, 2003 |", None),
            ("THE EMPLOYMENT SITUATION | JANUARY 2000 |", None),
            ("Epoch | July 19, 1969 |", None),
            ("Date | 14 October 1066 |", None),
            ("Launch date | July 16, 1969 |", None),
        ];
        // A heading row above names the part of the subject an event is of.
        let rows: Vec<String> = [
            "Lunar orbiter",
            "Orbital insertionJuly 19, 1969, 17:21:50 UTC",
        ]
        .map(String::from)
        .to_vec();
        assert_eq!(
            facts(&rows, Some(&lake()), ""),
            ["Lake Baikal's lunar orbiter entered lunar orbit on July 19, 1969."]
        );
        let twice: Vec<String> = [
            "Docking date | July 16, 1969 |",
            "Docking date | July 21, 1969 |",
        ]
        .map(String::from)
        .to_vec();
        assert!(
            facts(&twice, Some(&lake()), "").is_empty(),
            "a label twice in one box"
        );
        for (k, (row, want)) in cases.into_iter().enumerate() {
            // The last row's date is in the prose.
            let prose = if k == 10 {
                "It launched on July 16, 1969."
            } else {
                ""
            };
            let got = facts(&[row.to_string()], Some(&lake()), prose);
            assert_eq!(got.first().map(String::as_str), want, "{row}");
        }
    }

    #[test]
    fn rows_under_a_group_heading_and_of_a_kind_read_as_sentences() {
        let iceland = super::super::frame::subject("Iceland", "Iceland is an island.").unwrap();
        let rows: Vec<String> = [
            "Area:",
            "Total: 103125 km2",
            "Land: 100,329 km2",
            "Water: 2,796 km2",
            "Elevation extremes:",
            "Lowest point: Atlantic Ocean 0 m",
            "Highest point: Hvannadalshnúkur 2,110 m",
            "Land use",
            "Arable land: 1.21%",
            "Permanent crops: 0%",
            "Other: 98.79% (2012)",
            "Attendance: 96,924",
            "Weather: 20 °C (68 °F)",
            "Personal best(s)",
            "100 m: 9.58 WR (Berlin 2009)",
            "150 m: 14.35 WB (Manchester 2009)",
            "4 × 100 m: 36.84 WR",
            "Total renewable water resources: 170 km3 (2011)",
            "Unit cost: £23 million (1977 prices)",
            "Rotation period: 2.2 d (52.8 h) (?)",
        ]
        .map(String::from)
        .to_vec();
        let prose = "Its total size is 103125 km2. He ran 9.58 in 2009.";
        assert_eq!(
            facts(&rows, Some(&iceland), prose),
            [
                "The land area of Iceland is 100,329 km2.",
                "The water area of Iceland is 2,796 km2.",
                "The highest point of Iceland is Hvannadalshnúkur, at 2,110 m.",
                "Arable land made up 1.21% of the land of Iceland as of 2012.",
                "The attendance at Iceland is 96,924.",
                "The temperature of Iceland is 20 °C (68 °F).",
                "The total renewable water resources of Iceland were 170 km3 as of 2011.",
                "The unit cost of Iceland is £23 million (1977 prices).",
                "Iceland's personal best in the 150 m is 14.35 seconds.",
            ]
        );
    }

    #[test]
    fn a_listing_a_match_s_weather_and_an_orbit_read_as_sentences() {
        // Round 37 recall: the rows of a World Heritage listing, a match's weather split
        // over rows, and an orbit's period were all missed.
        let final_ = super::super::frame::subject(
            "2018 FIFA World Cup final",
            "The 2018 FIFA World Cup final was a match.",
        )
        .unwrap();
        let rows: Vec<String> = ["Weather Partly cloudy", "27 °C (81 °F)", "51% humidity"]
            .map(String::from)
            .to_vec();
        assert_eq!(
            facts(&rows, Some(&final_), ""),
            [
                "The temperature at the 2018 FIFA World Cup final was 27 °C (81 °F).",
                "The humidity at the 2018 FIFA World Cup final was 51%.",
            ]
        );
        let rows: Vec<String> = [
            "Area | 31,722 km2 |",
            "Criteria | Natural: vii, viii, ix, x |",
            "Reference | 754 |",
            "Inscription | 1996 (20th Session) |",
            "Area | 8,800,000 ha |",
        ]
        .map(String::from)
        .to_vec();
        assert_eq!(
            facts(&rows, Some(&lake()), ""),
            [
                "Lake Baikal was inscribed as a World Heritage Site in 1996.",
                "The World Heritage Site of Lake Baikal covers 8,800,000 ha.",
            ],
            "the lake's own Area above the listing is ambiguous beside the site's"
        );
        let rows: Vec<String> = [
            "Orbital parameters",
            "Reference systemSelenocentric",
            "Period2 hours",
        ]
        .map(String::from)
        .to_vec();
        assert_eq!(
            facts(&rows, Some(&lake()), ""),
            ["The orbital period of Lake Baikal around the Moon is 2 hours."],
            "a label glued to its value heads no rows"
        );
    }

    #[test]
    fn a_factbook_s_claims_and_rates_read_as_sentences() {
        let iceland = super::super::frame::subject("Iceland", "Iceland is an island.").unwrap();
        let rows: Vec<String> = [
            "Maritime claims:",
            "Territorial sea: 12 nmi",
            "Exclusive economic zone: 751345 km2 with 200 nmi",
            "Continental shelf: 200 nmi or to the edge of the continental margin",
            "Freshwater withdrawal (domestic/industrial/agricultural)",
            "Total: 0.17 km3/yr (49%/8%/42%)",
            "Per capita: 539.2 m3/yr (2005)",
        ]
        .map(String::from)
        .to_vec();
        assert_eq!(
            facts(&rows, Some(&iceland), ""),
            [
                "The territorial sea of Iceland is 12 nmi.",
                "Iceland claims an exclusive economic zone of 200 nmi.",
                "The total freshwater withdrawal of Iceland was 0.17 km3 a year as of 2005.",
                "The per capita freshwater withdrawal of Iceland was 539.2 m3 a year as of 2005.",
                // Each of the total's shares alone (round 53 recall).
                "As of 2005, 49% of the freshwater withdrawal of Iceland was domestic.",
                "As of 2005, 8% of the freshwater withdrawal of Iceland was industrial.",
                "As of 2005, 42% of the freshwater withdrawal of Iceland was agricultural.",
            ]
        );
    }

    #[test]
    fn a_count_becomes_a_fact_only_under_the_noun_it_counts() {
        // (row, fact): a plural label names what is counted; anything else is left.
        let cases = [
            (
                "Islands | 27 (Olkhon Island) |",
                Some("Lake Baikal has 27 islands."),
            ),
            ("Moons: 95", Some("Lake Baikal has 95 moons.")),
            ("Reference | 754 |", None),
            ("Crew size3", None),
            ("Surface EVAs1", None),
            ("Number built | 20 |", None),
            ("Islands | 27 large and 300 small |", None),
            ("Glass | 27 |", None),
        ];
        for (row, want) in cases {
            let got = facts(&[row.to_string()], Some(&lake()), "");
            assert_eq!(got.first().map(String::as_str), want, "{row}");
        }
        let stated = facts(
            &["Islands | 27 |".into()],
            Some(&lake()),
            "It has 27 islands.",
        );
        assert!(stated.is_empty(), "already in the prose");
    }
}
