//! A bare month in a monthly release ("In September total nonfarm employment went up by
//! 252,000") given the year its title fixes, so the fact still reads right out of the
//! release (issue 10: the BLS texts' facts were rated B for "in September" with no year).

use super::frame::{capitalize, MONTHS};

/// Words before "May" that make it the month.
const BEFORE: &[&str] = &["in", "since", "from", "to", "through", "until", "during"];

/// `sentence` with each bare month ("in September", "September's gain", "since last
/// June") given its year and "over the month" naming the month.
/// A month after the release's own is of the year before ("since October" in a January
/// 2000 release is October 1999): a release reports on the months up to its own.
pub(crate) fn date_months(sentence: &str, (month, year): (usize, i32)) -> String {
    let mut out = String::with_capacity(sentence.len() + 16);
    let mut prev = "";
    let mut rest = sentence;
    while !rest.is_empty() {
        let start = rest.find(|c: char| c.is_alphabetic()).unwrap_or(rest.len());
        out.push_str(&rest[..start]);
        rest = &rest[start..];
        let end = rest
            .find(|c: char| !c.is_alphabetic())
            .unwrap_or(rest.len());
        let word = &rest[..end];
        let after = &rest[end..];
        let m = MONTHS.iter().position(|n| *n == word);
        // "May" opening a sentence may be the verb; a month after "in" is a month.
        let timed = word != "May" || BEFORE.contains(&prev.to_lowercase().as_str());
        if m.is_some() && prev == "last" && out.ends_with("last ") {
            // "since last June" in a January 2001 release is June 2000.
            out.truncate(out.len() - "last ".len());
        }
        out.push_str(word);
        if let Some(m) = m {
            if timed && bare(after) {
                let y = if m <= month { year } else { year - 1 };
                out.push_str(&format!(" {y}"));
                // "In September 2000, total nonfarm employment…": the phrase opens it.
                if out.len() == format!("In {word} {y}").len() && after.starts_with(' ') {
                    out.push(',');
                }
            }
        }
        prev = word;
        rest = after;
    }
    over_the_month(&out, &format!("{} {year}", MONTHS[month]))
}

/// Words that put a sentence of a release at another time than the release's month.
const OTHER_TIMES: &[&str] = &[
    "year", "years", "yearly", "annual", "since", "previous", "prior", "earlier", "last", "ago",
    "decade", "quarter", "quarters", "months", "weeks", "week", "today", "average", "until",
];

/// A sentence of a dated release that says no time at all ("The civilian labor force grew by
/// 353,000 to 141.5 million.") opened by the release's month, which it reports on: out of the
/// release it would not say when (issue 10, round 8: 14 of 132 B grades). `proper` tells
/// whether the opening word is a name, kept capitalised.
pub(crate) fn date_undated(
    sentence: &str,
    (month, year): (usize, i32),
    proper: impl Fn(&str) -> bool,
) -> String {
    let words: Vec<String> = sentence
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect();
    // "over the previous 3 months" counts back from the release's month, which it needs
    // ("added 15,000 jobs, after losing 20,000 over the previous 3 months" with no month:
    // rounds 28–32, B four times).
    let window = |k: usize| {
        let at = |j: usize| words.get(j).map(|w| w.to_lowercase()).unwrap_or_default();
        let counted = |j: usize| {
            let w = at(j);
            w.chars().all(|c| c.is_ascii_digit()) && !w.is_empty()
                || crate::quantity::small_number(&w).is_some()
        };
        let span = |w: String| matches!(w.as_str(), "months" | "weeks");
        let back = |w: String| matches!(w.as_str(), "previous" | "prior" | "preceding");
        match at(k).as_str() {
            "previous" | "prior" | "preceding" => counted(k + 1) && span(at(k + 2)),
            "months" | "weeks" => k >= 2 && counted(k - 1) && back(at(k - 2)),
            _ => false,
        }
    };
    // "Food products added 11,000 jobs, after losses in November and December": months
    // after "after" date what came before, not the sentence's own figure (round 34: B).
    // "After seasonal adjustment, total employment grew by 597,000 in September" is no
    // time before the month (round 40: the sentence was opened "In September 1998, After…").
    let before_then = |k: usize| {
        words[..k].iter().enumerate().any(|(j, w)| {
            let adjusted = words
                .get(j + 1)
                .is_some_and(|n| n.eq_ignore_ascii_case("seasonal"));
            matches!(w.to_lowercase().as_str(), "after" | "following") && !adjusted
        })
    };
    // "went up by 105,000, since gains in government…": a reason, not a time.
    let causal = |k: usize| {
        let next = words
            .get(k + 1)
            .map(|w| w.to_lowercase())
            .unwrap_or_default();
        words[k].eq_ignore_ascii_case("since")
            && !next.starts_with(|c: char| c.is_ascii_digit())
            && !MONTHS.iter().any(|m| m.eq_ignore_ascii_case(&next))
            && !matches!(
                next.as_str(),
                "then" | "the" | "last" | "its" | "early" | "late" | "mid" | "march" | "may"
            )
    };
    // "stood at 64.3 percent, the same as in August 2000": a month compared with is not the
    // sentence's own (round 52b: B in every form, the release's month never said).
    let compared = |k: usize| {
        let at = |j: usize| words[j].to_lowercase();
        let month_at =
            |j: usize| j >= 2 && at(j - 1) == "in" && matches!(at(j - 2).as_str(), "as" | "than");
        month_at(k) || k >= 1 && MONTHS.contains(&words[k - 1].as_str()) && month_at(k - 1)
    };
    // Words that date something else than the sentence's own figure.
    let elsewhere = |k: usize| before_then(k) || compared(k);
    let timed = words.iter().enumerate().any(|(k, w)| {
        MONTHS.contains(&w.as_str()) && !elsewhere(k)
            || OTHER_TIMES.contains(&w.to_lowercase().as_str())
                && !window(k)
                && !causal(k)
                && !elsewhere(k)
            || w.len() == 4
                && (w.starts_with("19") || w.starts_with("20"))
                && w.bytes().all(|b| b.is_ascii_digit())
                && !elsewhere(k)
    });
    let Some(first) = words.first() else {
        return sentence.to_string();
    };
    if timed || !sentence.starts_with(char::is_uppercase) || sentence.ends_with('?') {
        return sentence.to_string();
    }
    let rest = &sentence[first.len()..];
    // "The", "Total": a capital the text also writes mid-sentence ("…: The…") is still no name.
    let common = [
        "The", "A", "An", "This", "These", "That", "Those", "Total", "Its", "Their", "In", "On",
        "At", "For", "Of", "By", "From", "Among", "Within", "After", "Before", "During", "Over",
        "With", "Payroll", "Nonfarm",
    ];
    let first = if proper(first) && !common.contains(&first.as_str()) {
        first.clone()
    } else {
        first.to_lowercase()
    };
    format!("In {} {year}, {first}{rest}", MONTHS[month])
}

/// The year of the page's revision a source line names: "(2019-era revision)", "(2016 copy
/// of the lead)", "(2021 revision)", "retrieved 2020". Present-tense figures are true as of
/// it (round 20 and 21: "Jupiter has 79 known moons" with no year, rated B).
pub(crate) fn revision_year(source: &str) -> Option<i32> {
    const MARKS: &[&str] = &[
        "revision",
        "copy",
        "era",
        "version",
        "text",
        "retrieved",
        "accessed",
        "as of",
    ];
    let lower = source.to_lowercase();
    let bytes = lower.as_bytes();
    (0..lower.len().saturating_sub(3)).find_map(|at| {
        let digits = lower.get(at..at + 4)?;
        let bounded = (at == 0 || !bytes[at - 1].is_ascii_digit())
            && bytes.get(at + 4).is_none_or(|b| !b.is_ascii_digit());
        let year: i32 = digits.parse().ok().filter(|_| bounded)?;
        let near = |s: &str| MARKS.iter().any(|m| s.contains(m));
        let after = lower
            .get(at + 4..(at + 24).min(lower.len()))
            .unwrap_or_default();
        let before = lower.get(at.saturating_sub(12)..at).unwrap_or_default();
        ((1900..=2100).contains(&year) && (near(after) || near(before))).then_some(year)
    })
}

/// A present-tense count with no time of its own ("Jupiter has 79 known moons", "the height
/// China and Nepal now recognise officially is 8,848 m") put at the revision's year: "As of
/// 2019, Jupiter has 79 known moons." `proper` tells whether the opening word is a name.
pub(crate) fn date_present(sentence: &str, year: i32, proper: impl Fn(&str) -> bool) -> String {
    use crate::quantity::Kind;
    let words: Vec<&str> = sentence.split(' ').collect();
    let found = crate::quantity::find(sentence);
    let at = |k: usize| -> usize { words[..k].iter().map(|w| w.len() + 1).sum() };
    // "has 79 known moons", "has a population of 356,991": a count held now, which changes
    // (a mass or a coastline does not); "is estimated to have died" is no holding.
    let counts_within = |k: usize| {
        let (from, to) = (at(k + 1), at((k + 5).min(words.len())));
        found
            .iter()
            .any(|q| q.kind == Kind::Count && (from..=to).contains(&q.span.start))
    };
    // "The weight of Usain Bolt is 94 kg": a body's weight changes as a count does (round
    // 41: B three times, "present-tense body weight with no year").
    let weight = sentence.starts_with("The weight of ");
    let verb = (0..words.len()).find(|&k| {
        let holds = matches!(words[k], "has" | "have") && (k == 0 || words[k - 1] != "to");
        holds && counts_within(k) || words[k] == "now" || weight && words[k] == "is"
    });
    // A year before the verb dates the count ("In 2018 Jupiter has…"); one after it dates
    // something else ("…moons that Galileo discovered in 1610").
    let verb_at = at(verb.unwrap_or(0));
    let dated = found
        .iter()
        .any(|q| matches!(q.kind, Kind::Year | Kind::Date) && q.span.start < verb_at);
    let lower = sentence.to_lowercase();
    // A population is an estimate of its own date, a year or two before the page that
    // quotes it: Iceland's 356,991 of 2019 put "As of 2021" was rated C (rounds 23, 24).
    let population = ["population", "inhabitants", "residents", " people"]
        .iter()
        .any(|w| lower.contains(w));
    if verb.is_none()
        || dated
        || population
        || lower.starts_with("as of")
        || !sentence.ends_with('.')
    {
        return sentence.to_string();
    }
    // "As of 2016, the height China and Nepal now recognise": the year says when; "now"
    // beside it reads twice (round 40: B, "As of 2016 … now").
    let body = sentence.replacen(" now ", " ", 1);
    format!("As of {year}, {}", after_opening(&body, proper))
}

/// `body` as it reads after an opening phrase: its first letter lower case, unless its first
/// word is a name ("Jupiter has…"), which `proper` tells.
fn after_opening(body: &str, proper: impl Fn(&str) -> bool) -> String {
    let first = body.split(' ').next().unwrap_or_default();
    let keep = proper(first) && !["The", "A", "An", "This", "That", "Its", "It"].contains(&first);
    if keep {
        return body.to_string();
    }
    let mut c = body.chars();
    c.next()
        .map(|f| f.to_lowercase().chain(c).collect())
        .unwrap_or_default()
}

/// Participles that do not end in "-ed", after "has" in a release's sentences.
const PARTICIPLES: &[&str] = &[
    "been", "lost", "grown", "risen", "fallen", "held", "kept", "won", "seen", "made", "had",
];

/// Where `words` hold a present perfect: the positions of its "has" or "have".
fn perfects(words: &[&str]) -> Vec<usize> {
    (0..words.len().saturating_sub(1))
        .filter(|&k| matches!(words[k], "has" | "have"))
        .filter(|&k| {
            let next = words[k + 1].trim_end_matches([',', '.']);
            next.ends_with("ed") || PARTICIPLES.contains(&next)
        })
        .collect()
}

/// A present perfect "since" a date in a dated release ("The jobless rate has stayed at or
/// under 5 percent since April 1997") put at the release's month ("As of September 1998,
/// the jobless rate had stayed…"): out of the release, "has stayed" would claim it still
/// does (issue 10, round 10: rated B, a present-perfect figure with no reference date).
pub(crate) fn date_perfect(
    sentence: &str,
    (month, year): (usize, i32),
    proper: impl Fn(&str) -> bool,
) -> String {
    let words: Vec<&str> = sentence.split(' ').collect();
    let perfect = perfects(&words);
    let since = words.iter().any(|w| w.eq_ignore_ascii_case("since"));
    let lower = sentence.to_lowercase();
    let plain = !sentence.contains(';') && !lower.contains("as of") && sentence.ends_with('.');
    let ([k], true, true) = (perfect.as_slice(), since, plain) else {
        return sentence.to_string();
    };
    // "…came from oil and gas extraction, which has added…": the perfect of a relative
    // clause is not the sentence's own verb.
    if words[..*k]
        .iter()
        .any(|w| matches!(*w, "which" | "who" | "that"))
    {
        return sentence.to_string();
    }
    let mut words = words.clone();
    words[*k] = "had";
    let body = words.join(" ");
    let when = format!("{} {year}", MONTHS[month]);
    if body.starts_with("Since ") {
        let body = body.trim_end_matches('.');
        return format!("{body}, as of {when}.");
    }
    format!("As of {when}, {}", after_opening(&body, proper))
}

/// Whether what follows a month leaves it without a day or year: not "September 30",
/// "September, 1998" or "September 2000".
fn bare(after: &str) -> bool {
    let after = after.trim_start_matches([' ', ',']);
    !after.starts_with(|c: char| c.is_ascii_digit())
}

/// "Over the month, rates went down" → "In September 2000, rates went down"; "In the same
/// month, 27,000 census workers were let go" names it too (round 20: rated B, no month).
fn over_the_month(sentence: &str, named: &str) -> String {
    // ASCII lower case keeps byte offsets, so `at` indexes `sentence` too.
    let lower = sentence.to_ascii_lowercase();
    // "Over the past year the rate has stayed…": the year up to the release's month (round
    // 40: B, "over the past year is left unanchored").
    let Some((at, phrase)) = [
        "over the month",
        "in the same month",
        "over the past year",
        "over the year",
    ]
    .iter()
    .find_map(|p| lower.find(p).map(|at| (at, *p))) else {
        return sentence.to_string();
    };
    // "Payrolls rose in August, and in the same month…": the same as the month named.
    let month_before = MONTHS.iter().any(|m| sentence[..at].contains(m));
    if phrase == "in the same month" && month_before {
        return sentence.to_string();
    }
    let after = &sentence[at + phrase.len()..];
    if after.starts_with(" of") || after.starts_with(|c: char| c.is_alphanumeric()) {
        return sentence.to_string();
    }
    // "Over the year it is up 2.3 million" leans on the sentence before, which a longer
    // opening would hide from the join.
    let pronoun = ["it ", "they "]
        .iter()
        .any(|p| after.trim_start().to_lowercase().starts_with(p));
    if phrase.ends_with("year") && pronoun {
        return sentence.to_string();
    }
    let with = if phrase.ends_with("year") {
        format!("in the year to {named}")
    } else {
        format!("in {named}")
    };
    let with = if at == 0 { capitalize(&with) } else { with };
    // Put at a past month, a present perfect is a past perfect: "In the year to September
    // 2000 the rate had stayed…" (round 52b: "has stayed", B three times).
    let after = if phrase.ends_with("year") {
        past_perfect(after)
    } else {
        after.to_string()
    };
    format!("{}{with}{after}", &sentence[..at])
}

/// `clause` with its one present perfect ("has stayed", "have grown") made past perfect.
fn past_perfect(clause: &str) -> String {
    let words: Vec<&str> = clause.split(' ').collect();
    match perfects(&words).as_slice() {
        [k] => {
            let mut words = words;
            words[*k] = "had";
            words.join(" ")
        }
        _ => clause.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_source_names_the_year_of_its_revision() {
        let cases = [
            (
                "Wikipedia \"Jupiter\" lead (2019-era revision), https://x",
                Some(2019),
            ),
            (
                "read as copied at https://y (2016 copy of the lead)",
                Some(2016),
            ),
            (
                "Wikipedia \"Iceland\" lead, copied (2021 revision)",
                Some(2021),
            ),
            (
                "U.S. Bureau of Labor Statistics, October 6, 2000, http://bls.gov/x.txt",
                None,
            ),
            ("https://example.org/archive/20190412/page", None),
        ];
        for (source, want) in cases {
            assert_eq!(revision_year(source), want, "{source}");
        }
    }

    #[test]
    fn a_present_tense_count_is_put_at_the_revision_year() {
        let proper = |w: &str| matches!(w, "Jupiter" | "Iceland");
        let cases = [
            (
                "Jupiter has 79 known moons.",
                "As of 2019, Jupiter has 79 known moons.",
            ),
            (
                "The weight of Usain Bolt is 94 kg (207 lb).",
                "As of 2019, the weight of Usain Bolt is 94 kg (207 lb).",
            ),
            (
                "The height China and Nepal now recognise is 8,848 m.",
                "As of 2019, the height China and Nepal recognise is 8,848 m.",
            ),
            (
                "Jupiter is the fifth planet from the Sun.",
                "Jupiter is the fifth planet from the Sun.",
            ),
            (
                "In 2018 Jupiter has 12 new moons.",
                "In 2018 Jupiter has 12 new moons.",
            ),
            (
                "Jupiter has 79 known moons, which Galileo saw in 1610.",
                "As of 2019, Jupiter has 79 known moons, which Galileo saw in 1610.",
            ),
            (
                "Iceland has a population of 356,991.",
                "Iceland has a population of 356,991.",
            ),
            (
                "Jupiter has a mass of 1.9 × 10^27 kg.",
                "Jupiter has a mass of 1.9 × 10^27 kg.",
            ),
            (
                "About 75 million people are estimated to have died.",
                "About 75 million people are estimated to have died.",
            ),
            ("It has 4 large moons.", "As of 2019, it has 4 large moons."),
        ];
        for (sentence, want) in cases {
            assert_eq!(date_present(sentence, 2019, proper), want, "{sentence}");
        }
    }

    #[test]
    fn a_present_perfect_since_a_date_is_put_at_the_release_month() {
        let sep = (8, 1998);
        let proper = |w: &str| w == "Oil";
        // (sentence, want, why)
        let cases = [
            (
                "The jobless rate has stayed at or under 5 percent since April 1997.",
                "As of September 1998, the jobless rate had stayed at or under 5 percent since April 1997.",
                "a perfect since a date",
            ),
            (
                "Since October 1999 the jobless rate has moved between 3.9 and 4.1 percent.",
                "Since October 1999 the jobless rate had moved between 3.9 and 4.1 percent, as of September 1998.",
                "opened by since",
            ),
            (
                "The industry has lost 254,000 jobs since June 2000.",
                "As of September 1998, the industry had lost 254,000 jobs since June 2000.",
                "an irregular participle",
            ),
            (
                "Oil and gas extraction added jobs; it has gained 9,000 jobs since August 1999.",
                "Oil and gas extraction added jobs; it has gained 9,000 jobs since August 1999.",
                "two clauses: left",
            ),
            (
                "Most of it came from oil, which has added 29,000 jobs since August 1999.",
                "Most of it came from oil, which has added 29,000 jobs since August 1999.",
                "a relative clause's perfect: left",
            ),
            (
                "Over the past year the rate has stayed between 3.9 and 4.1 percent.",
                "Over the past year the rate has stayed between 3.9 and 4.1 percent.",
                "no since: left",
            ),
            (
                "The rate has a floor of 3 percent since 1990.",
                "The rate has a floor of 3 percent since 1990.",
                "no perfect: left",
            ),
        ];
        for (sentence, want, why) in cases {
            assert_eq!(date_perfect(sentence, sep, proper), want, "{why}");
        }
    }

    #[test]
    fn sentences_without_a_time_get_the_release_month() {
        let dec = (11, 2000);
        let proper = |w: &str| w == "Federal" || w == "The";
        // (sentence, want, why)
        let cases = [
            (
                "The civilian labor force grew by 353,000 to 141.5 million.",
                "In December 2000, the civilian labor force grew by 353,000 to 141.5 million.",
                "no time said",
            ),
            (
                "Federal employment fell by 9,000.",
                "In December 2000, Federal employment fell by 9,000.",
                "a name opens it",
            ),
            (
                "Over the year it is up 2.3 million.",
                "Over the year it is up 2.3 million.",
                "another time",
            ),
            (
                "Manufacturing has lost 254,000 jobs since June 2000.",
                "Manufacturing has lost 254,000 jobs since June 2000.",
                "a month and a year",
            ),
            (
                "Retail trade added 41,000 jobs in December 2000.",
                "Retail trade added 41,000 jobs in December 2000.",
                "its own month",
            ),
            (
                "In nondurable goods, food added 15,000 jobs, after losing 20,000 over the previous 3 months.",
                "In December 2000, in nondurable goods, food added 15,000 jobs, after losing 20,000 over the previous 3 months.",
                "a window counted back from the release's month",
            ),
            (
                "Food products added 11,000 jobs, after losses in November 2000 and October 2000.",
                "In December 2000, food products added 11,000 jobs, after losses in November 2000 and October 2000.",
                "months after 'after' date what came before",
            ),
            (
                "Total employment went up by 105,000, since gains in government made up for losses.",
                "In December 2000, total employment went up by 105,000, since gains in government made up for losses.",
                "a 'since' that gives a reason",
            ),
            (
                "Manufacturing has lost 254,000 jobs since the spring.",
                "Manufacturing has lost 254,000 jobs since the spring.",
                "a 'since' that gives a time",
            ),
            (
                "Textiles lost 3,000 jobs in the previous year.",
                "Textiles lost 3,000 jobs in the previous year.",
                "a year before is another time",
            ),
            (
                "After seasonal adjustment, employment grew by 597,000 in December.",
                "After seasonal adjustment, employment grew by 597,000 in December.",
                "'after seasonal adjustment' is no time before its month",
            ),
            (
                "After seasonal adjustment, employment grew by 597,000.",
                "In December 2000, after seasonal adjustment, employment grew by 597,000.",
                "an opening 'After' is no name",
            ),
            (
                "Payroll employment rose by 268,000, after only 138,000 in the third quarter.",
                "In December 2000, payroll employment rose by 268,000, after only 138,000 in the third quarter.",
                "a quarter after 'after' is of what came before",
            ),
            (
                "The ratio stood at 64.3 percent, the same as in November 2000.",
                "In December 2000, the ratio stood at 64.3 percent, the same as in November 2000.",
                "a month compared with is not the sentence's own",
            ),
            (
                "The rate was higher than in November.",
                "In December 2000, the rate was higher than in November.",
                "nor one after 'than in'",
            ),
            (
                "The rate was as high in November 2000.",
                "The rate was as high in November 2000.",
                "'as high in' dates the sentence itself",
            ),
        ];
        for (sentence, want, why) in cases {
            assert_eq!(date_undated(sentence, dec, proper), want, "{why}");
        }
    }

    #[test]
    fn bare_months_get_their_year() {
        let sept = (8, 2000);
        let jan = (0, 2000);
        // (sentence, period, want, why)
        let cases = [
            (
                "In September total nonfarm employment went up by 252,000.",
                sept,
                "In September 2000, total nonfarm employment went up by 252,000.",
                "the release's month, opening the sentence",
            ),
            (
                "The rate was unchanged in September.",
                sept,
                "The rate was unchanged in September 2000.",
                "the release's month",
            ),
            (
                "It climbed from 64.4 percent in December to 64.8 percent in January.",
                jan,
                "It climbed from 64.4 percent in December 1999 to 64.8 percent in January 2000.",
                "a month after the release's is of the year before",
            ),
            (
                "It has stayed under 5 percent since April 1997.",
                sept,
                "It has stayed under 5 percent since April 1997.",
                "a month with its year",
            ),
            (
                "The pay period including January 12 was mild.",
                jan,
                "The pay period including January 12 was mild.",
                "a date",
            ),
            (
                "The biggest September losses were in machinery.",
                sept,
                "The biggest September 2000 losses were in machinery.",
                "a month as an adjective",
            ),
            (
                "Most of September's gain came from services.",
                sept,
                "Most of September 2000's gain came from services.",
                "a month's possessive",
            ),
            (
                "The industry has lost 254,000 jobs since last June.",
                (0, 2001),
                "The industry has lost 254,000 jobs since June 2000.",
                "last June, in a January release",
            ),
            (
                "May we add 3 jobs?",
                sept,
                "May we add 3 jobs?",
                "May the verb",
            ),
            (
                "Over the month, rates went down for adult women (3.5 percent).",
                sept,
                "In September 2000, rates went down for adult women (3.5 percent).",
                "over the month, opening",
            ),
            (
                "Rates changed little over the month.",
                jan,
                "Rates changed little in January 2000.",
                "over the month, closing",
            ),
            (
                "In the same month, 27,000 census workers were let go.",
                sept,
                "In September 2000, 27,000 census workers were let go.",
                "the same month",
            ),
            (
                "Payrolls rose in August, and in the same month 5 plants shut.",
                sept,
                "Payrolls rose in August 2000, and in the same month 5 plants shut.",
                "the same month as one named",
            ),
            (
                "Food added jobs after losses in November and December.",
                jan,
                "Food added jobs after losses in November 1999 and December 1999.",
                "a month joined to a dated one",
            ),
            (
                "Sales rose in May.",
                sept,
                "Sales rose in May 2000.",
                "an earlier month of the same year",
            ),
            (
                "Over the past year the rate has stayed between 3.9 and 4.1 percent.",
                sept,
                "In the year to September 2000 the rate had stayed between 3.9 and 4.1 percent.",
                "the past year is the year to the release's month, and its perfect past",
            ),
            (
                "Over the year it is up 2.3 million.",
                sept,
                "Over the year it is up 2.3 million.",
                "a pronoun after it leans on the sentence before",
            ),
        ];
        for (from, period, want, why) in cases {
            assert_eq!(date_months(from, period), want, "{why}");
        }
    }
}
