//! Bounds (issue 10): "more than 25 years" is as true of 20 as of 25, so a bound asked as a
//! point makes options and swapped statements that are true too (rubric C). Asked typed
//! ("less than how many mm?") it still has more than one defensible answer (round 18: 8 of
//! 27 C). A bound with an opposite ("more than" / "fewer than") is asked as true or false,
//! the false statement saying the opposite; one without (a deadline, "within") is left out
//! unless braced, and then asked typed.

use crate::quantity::{Kind, Quantity};

/// Words before a figure that make it a bound, not a point: "more than 25 years" is as true
/// of 20 as of 25, so options and a swapped statement would be true too (rubric C: a bound
/// asked as a point). "Nearly" and "almost" are not here: they say the figure is close, and
/// `question::wording::natural` asks them "About how many…?", which options far apart answer once.
const BOUNDS: &[&str] = &[
    "more than",
    "over",
    "at least",
    "up to",
    "fewer than",
    "less than",
    "under",
    "at most",
    "as of",
    "above",
    "below",
    "upwards of",
    "in excess of",
    // "got within 100 m of the summit" is as true of 120 m (round 13: rated C as a choice).
    "within",
];

/// Bounds only before a time: "by 1855" is a deadline, "rose by 5%" a difference, and
/// "after 39 minutes" a point.
/// "Until 2018, no team…" holds of any year up to 2018 (round 18: rated C typed).
const TIME_BOUNDS: &[&str] = &["by", "before", "after", "until"];

/// The word that makes `q` a bound in `text` ("more than", "by"), if one stands right
/// before it. Corpus cases: "the first ships arrived in Crimea by 1855", "a crater more than
/// 25 km across", "since at least 240 BCE" (Halley's Comet).
pub fn word(text: &str, q: &Quantity) -> Option<&'static str> {
    let before = text.get(..q.span.start)?.trim_end().to_lowercase();
    // "since at least the 17th century": the article sits between bound and ordinal.
    // "By the early 1970s": so do "the early", "the late", "the mid" before a year.
    let article = [" the early", " the late", " the mid", " the"]
        .iter()
        .find_map(|a| before.strip_suffix(a));
    let before = match article {
        // "Over the 20th century smallpox caused…" is a span, not a bound.
        Some(head) if head.ends_with("over") || head.ends_with("under") => return None,
        Some(head) if matches!(q.kind, Kind::Ordinal | Kind::Year) => head.trim_end().to_string(),
        _ => before,
    };
    let at_end = |w: &&str| {
        before
            .strip_suffix(*w)
            .is_some_and(|head| head.is_empty() || head.ends_with([' ', '(', ',']))
    };
    // "had taken on the last survivors by 09:15": a time of day is a deadline too (round
    // 22: 09:35 offered beside it was as true, rated C).
    let timed = matches!(q.kind, Kind::Year | Kind::Date | Kind::Time);
    let time_bounds = if timed { TIME_BOUNDS } else { &[] };
    BOUNDS
        .iter()
        .chain(time_bounds)
        .copied()
        .find(at_end)
        .filter(|w| *w != "up to" || !is_change(&before))
        .or_else(|| some_reach(&before).then_some("up to"))
}

/// "Some of the Sahara's sand dunes rise to 180 metres": what some reach is a ceiling of
/// those, not the highest (rounds 52 and 52b: 120 and 140 m, and 300 m typed, as true; C).
fn some_reach(before: &str) -> bool {
    let clause = before
        .rsplit(['.', ';'])
        .next()
        .unwrap_or_default()
        .trim_start();
    let reach = [
        "rise to", "rises to", "reach", "reaches", "grow to", "grows to",
    ]
    .iter()
    .any(|w| before.ends_with(w));
    reach && clause.starts_with("some ")
}

/// The bound that says the opposite of `word` about a figure of kind `kind`: "more than
/// 1.1 billion people" is false as "fewer than 1.1 billion people", whatever the true
/// figure above it. A bound in time ("by 1343"), a window ("within") or a ceiling that
/// may mean a change ("up to") has no such opposite.
pub fn opposite(word: &str, kind: Kind) -> Option<&'static str> {
    // "since at least the 17th century": a position or a time has no "fewer than".
    if !kind.rules().amount {
        return None;
    }
    let fewer = if kind == Kind::Count {
        "fewer than"
    } else {
        "less than"
    };
    Some(match word {
        "more than" | "upwards of" | "in excess of" | "at least" => fewer,
        "over" => "under",
        "under" => "over",
        "above" => "below",
        "below" => "above",
        "fewer than" | "less than" | "at most" => "more than",
        _ => return None,
    })
}

/// Whether the bound on `found[k]` is a threshold that says which things a count before it
/// counts ("167 volcanoes measure more than 100 km across", "50 of its moons are under
/// five kilometres across"): its opposite names other things, whose count is unknown, so
/// no statement about it is surely false.
pub fn threshold(found: &[Quantity], k: usize) -> bool {
    // "three to five months in which the high goes above 40 °C": months counted too.
    let counts = |o: &Quantity| matches!(o.kind, Kind::Count | Kind::Duration);
    found[k].kind != Kind::Count && found[..k].iter().any(counts)
}

/// Whether `q` is the date another figure of its sentence is given as of: "As of 2016,
/// there are over 200 corpses", "By June 2020, 1,556 aircraft had been built". The date
/// frames the figure; asked, it reads as a riddle about when the count was taken (issue
/// 10, round 13).
pub fn frames(text: &str, found: &[Quantity], k: usize) -> bool {
    let q = &found[k];
    let dated = matches!(q.kind, Kind::Year | Kind::Date);
    let other_figure = found.iter().enumerate().any(|(j, o)| {
        j != k && !matches!(o.kind, Kind::Year | Kind::Date) && !super::before_christ(text, o)
    });
    match word(text, q) {
        Some("as of") => true,
        Some("by" | "before" | "after") => dated && other_figure,
        _ => false,
    }
}

/// Whether "up to" ends a change ("ticked up to 64.5 percent", "went up to 4.2 percent",
/// the BLS releases): there the figure is where a rate landed, a point, not a ceiling as in
/// "the rest gets up to 100 mm" (Sahara).
fn is_change(before: &str) -> bool {
    let verb = before
        .strip_suffix("up to")
        .and_then(|head| head.split_whitespace().last())
        .unwrap_or("");
    verb.ends_with("ed") || matches!(verb, "went" | "rose" | "grew" | "go" | "goes" | "shot")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bounds_are_told_from_points() {
        // (fact, card, bound word): corpus sentences and their near misses.
        let cases: &[(&str, usize, Option<&str>)] = &[
            ("Jupiter has at least 79 moons.", 0, Some("at least")),
            (
                "The storm has been known since at least the 17th century.",
                0,
                Some("at least"),
            ),
            ("The storm was first seen in the 17th century.", 0, None),
            (
                "By the early 1970s more countries were free of it.",
                0,
                Some("by"),
            ),
            (
                "In the early 1970s more countries were free of it.",
                0,
                None,
            ),
            (
                "William had shaped policy for more than 15 years.",
                0,
                Some("more than"),
            ),
            ("It arrived in Crimea by 1343.", 0, Some("by")),
            (
                "As of 2016, there were 200 corpses on the mountain.",
                0,
                Some("as of"),
            ),
            (
                "Half of the Sahara gets less than 20 mm of rain.",
                0,
                Some("less than"),
            ),
            ("The rest gets up to 100 mm a year.", 0, Some("up to")),
            ("It weighed over 30 short tons.", 0, Some("over")),
            (
                "Some of the Sahara's sand dunes rise to 180 metres.",
                0,
                Some("up to"),
            ),
            ("The dunes rise to 180 metres.", 0, None),
            // Points: a change's landing place, a difference, a duration after "after".
            ("The ratio ticked up to 64.5 percent in January.", 0, None),
            ("The rate went up to 4.2 percent in January.", 0, None),
            ("Defense spending rose by 4.8 percent in Europe.", 0, None),
            ("After 39 minutes, Armstrong stepped out.", 0, None),
            ("Almost 16,000 troops serve.", 0, None),
            ("Jupiter has 79 moons.", 0, None),
            (
                "Over the 20th century smallpox killed 300 million.",
                0,
                None,
            ),
        ];
        for (fact, k, want) in cases {
            let q = &crate::quantity::find(fact)[*k];
            assert_eq!(word(fact, q), *want, "{fact}");
        }
    }

    #[test]
    fn a_date_that_frames_another_figure() {
        let cases: &[(&str, &[bool])] = &[
            (
                "As of 2016, there are over 200 corpses on the mountain.",
                &[true, false],
            ),
            (
                "By June 2020, 1,556 aircraft had been built.",
                &[true, false],
            ),
            ("It arrived in Crimea by 1343.", &[false]),
            ("In 2016 there were 200 corpses.", &[false, false]),
        ];
        for (text, want) in cases {
            let found = crate::quantity::find(text);
            let got: Vec<bool> = (0..found.len()).map(|k| frames(text, &found, k)).collect();
            assert_eq!(got, *want, "{text}");
        }
    }
}
