//! Numbers that name which thing is meant (issue 10, "labels asked as quantities"): a race
//! distance that names the race ("the 100 m final", "won the 200 m", "the Olympic 100 m and
//! 200 m titles"), a year inside a name ("the 1966 FIFA World Cup final", "the 1903 race"),
//! a period ("the fourth quarter of 2000"), a model named by its number ("the 747"). None is
//! a fact to drill: asking it either gives it away or asks for a name.

use super::{words_after, words_before, Why};
use crate::quantity::{Dimension, Kind, Quantity, Value};

/// Words after a distance that make it the name of a race or an event.
const EVENTS: &[&str] = &[
    "final",
    "finals",
    "relay",
    "relays",
    "record",
    "records",
    "race",
    "races",
    "title",
    "titles",
    "sprint",
    "heat",
    "heats",
    "semi-final",
    "hurdles",
    "freestyle",
    "dash",
    "event",
    "events",
    "gold",
    "champion",
    "championship",
    "world",
    "medal",
    "medals",
];

/// Nouns after "the" and a year that make the year part of an event's name ("the 1903
/// race", "the 1966 winners", "the 2018 tournament").
const NAMED_EVENTS: &[&str] = &[
    "tournament",
    "winners",
    "winner",
    "edition",
    "season",
    "games",
    "olympics",
    "cup",
    "championships",
    "competition",
    "contest",
    "tour",
    "squad",
    "team",
];

/// Why the figure `k` of `found` names something, if it does.
pub fn why(text: &str, found: &[Quantity], k: usize, about: Option<i32>) -> Option<Why> {
    let q = &found[k];
    // "the 1962 final" in a deck about 2018 dates a past event, which a teacher asks (round
    // 19 recall), and so does "the 2008 Beijing Olympics" in a deck about Usain Bolt, who
    // has no year of his own (round 24 recall: five such years missed); in a deck about
    // 1962 it names the deck's own.
    let own_event = match (about, q.value) {
        (Some(deck), Value::Year(y)) => y == deck,
        (None, Value::Year(_)) => false,
        _ => true,
    };
    let named = abbreviated_year(text, q)
        || race(text, q)
        || listed_with_race(text, found, k)
        || year_in_name(text, q) && own_event
        || period(text, q)
        || model(text, q)
        || slashed(text, q)
        || as_pronoun(text, q)
        || refers_back(text, q)
        || window(text, q)
        || threshold(text, q)
        || hundreds(text, q)
        || in_title(text, q)
        || stage(text, q)
        || data_of(text, q);
    named.then_some(Why::Label)
}

/// "brought in with the January 1998 data": a month that names which release's figures,
/// not a date of the fact (round 43: C, a footnote asked as a fact).
fn data_of(text: &str, q: &Quantity) -> bool {
    let after = text[q.span.end..].trim_start().to_lowercase();
    let the = text[..q.span.start]
        .trim_end()
        .to_lowercase()
        .ends_with("the");
    matches!(q.value, Value::Date(_)) && the && after.starts_with("data")
}

/// "For more, see \"The Employment Situation: December 2000,\" news release…": a figure in
/// a quoted title names the document (round 15: the month of a release's title asked, C).
fn in_title(text: &str, q: &Quantity) -> bool {
    let open = text[..q.span.start].rfind(['"', '“']);
    let close = text[q.span.end..].find(['"', '”']);
    let (Some(open), Some(_)) = (open, close) else {
        return false;
    };
    let quoted = &text[open + 1..q.span.start];
    let opened = text[..open]
        .matches(['"', '“', '”'])
        .count()
        .is_multiple_of(2);
    opened && quoted.starts_with(char::is_uppercase) && quoted.contains(':')
}

/// "winning the first stage", "On the fifth stage": which stage of a race is meant, not a
/// figure about it (round 15: "Which stage?" rated C as a label).
fn stage(text: &str, q: &Quantity) -> bool {
    q.kind == Kind::Ordinal
        && next_word(text, q).is_some_and(|w| matches!(w.as_str(), "stage" | "leg" | "heat"))
}

/// A count that stands for the people or things it counts, with no noun after it: "The two
/// then spent two and a quarter hours" (issue 10: "The _____ then spent… How many?").
fn as_pronoun(text: &str, q: &Quantity) -> bool {
    q.kind == Kind::Count
        && q.noun.is_none()
        && words_before(text, q.span.start, 1)
            .first()
            .map(String::as_str)
            == Some("the")
}

/// A count that points back at things named before: "In all three events he is the
/// champion", "these two industries", "both" (issue 10: "In all how many events…" asks the
/// reader to count what the sentence does not show).
fn refers_back(text: &str, q: &Quantity) -> bool {
    let before = words_before(text, q.span.start, 2);
    let word = before.last().map(String::as_str).unwrap_or_default();
    // "Croatia won all three games to top Group D": after a verb, "all" counts a whole set
    // the sentence tells of, a fact to ask (round 53 recall); after a preposition or at the
    // start ("In all three events", "All three…") it points back. Opening on ten or more
    // ("All 32 teams played a group stage"), it tells the set's size, which few sentences
    // before have counted (round 53 recall: the 32 missed).
    let few = q.value.number().is_some_and(|n| n < 10.0);
    let pointing = match word {
        "all" => (before.len() < 2 && few) || ALL_POINTS_BACK_AFTER.contains(&before[0].as_str()),
        _ => matches!(word, "these" | "those" | "its" | "their"),
    };
    q.kind == Kind::Count && pointing
}

/// Words after which "all three…" points back at things named before.
const ALL_POINTS_BACK_AFTER: &[&str] = &[
    "in", "of", "for", "at", "on", "with", "from", "to", "by", "across", "among", "and",
];

/// A reporting window or a stage: "over the previous 12 months", "in the first 9 months of
/// the year", "the round of 16" (issue 10: the frame a figure is measured over, no fact).
fn window(text: &str, q: &Quantity) -> bool {
    let before = words_before(text, q.span.start, 2);
    let word = before.last().map(String::as_str).unwrap_or_default();
    let next = next_word(text, q).unwrap_or_default();
    let span_of_time = matches!(
        next.as_str(),
        "months" | "month" | "weeks" | "quarters" | "years" | "days"
    ) || matches!(q.kind, Kind::Duration);
    let framed = matches!(
        word,
        "previous" | "past" | "last" | "first" | "next" | "prior"
    );
    let round_of = before.iter().map(String::as_str).eq(["round", "of"]);
    // "the same as in the 3 months before": a window read back from the month reported
    // (round 14 recall: asked instead of the rate it frames).
    let looking_back = q.kind == Kind::Duration
        && word == "the"
        && matches!(next.as_str(), "before" | "earlier" | "prior" | "after");
    (span_of_time && framed) || round_of || looking_back
}

/// An age or size that defines who is counted: "persons age 16 and older", "firms of 50
/// or more employees", "aged 25 to 54" (issue 10: the threshold of a definition).
fn threshold(text: &str, q: &Quantity) -> bool {
    let before = words_before(text, q.span.start, 1);
    let word = before.first().map(String::as_str).unwrap_or_default();
    let after = words_after(text, q.span.end, 2)
        .iter()
        .map(|w| {
            w.trim_end_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .collect::<Vec<_>>();
    let and_over = matches!(after.first().map(String::as_str), Some("and" | "or"))
        && matches!(
            after.get(1).map(String::as_str),
            Some("older" | "over" | "above" | "more" | "up" | "under" | "younger")
        );
    // "at around 23:40 and more than 1,500 died": a time or a year is no threshold.
    matches!(word, "age" | "aged" | "ages") || and_over && q.kind.rules().amount
}

/// "the 1700s": a century named by its first year, which a year question would misread
/// (issue 10: "In what decade? → 1700").
fn hundreds(text: &str, q: &Quantity) -> bool {
    let after = text.get(q.span.end..).unwrap_or_default();
    matches!(q.value, Value::Year(y) if y % 100 == 0) && after.starts_with(['s', '\'', '’'])
}

/// A number joined to another by a slash that is no date the finder read: "the 9/11
/// attacks", "24/7", a footnote's "1/" (issue 10: "How many attacks? → 11").
fn slashed(text: &str, q: &Quantity) -> bool {
    let before = text.get(..q.span.start).unwrap_or_default();
    let after = text.get(q.span.end..).unwrap_or_default();
    let digit_before = before
        .strip_suffix('/')
        .is_some_and(|b| b.ends_with(|c: char| c.is_ascii_digit()));
    let digit_after = after
        .strip_prefix('/')
        .is_some_and(|a| a.is_empty() || a.starts_with(|c: char| c.is_ascii_digit() || c == ' '));
    q.kind != Kind::Date && (digit_before || digit_after)
}

fn is_distance(q: &Quantity) -> bool {
    matches!(q.value, Value::Amount { unit, .. } if unit.dim == Dimension::Length)
}

/// The first word after `q`, lower case, without trailing punctuation; `None` when a
/// punctuation mark follows `q` directly.
fn next_word(text: &str, q: &Quantity) -> Option<String> {
    let after = text.get(q.span.end..).unwrap_or_default();
    if after
        .trim_start()
        .starts_with(|c: char| !c.is_alphanumeric())
    {
        return None;
    }
    words_after(text, q.span.end, 1).first().map(|w| {
        w.trim_end_matches(|c: char| !c.is_alphanumeric())
            .to_lowercase()
    })
}

/// "the 100 m final", "won the 200 m", "a false start in the 100 m in 2011".
fn race(text: &str, q: &Quantity) -> bool {
    if !is_distance(q) {
        return false;
    }
    let next = next_word(text, q);
    if next.as_deref().is_some_and(|w| EVENTS.contains(&w)) {
        return true;
    }
    // "the (Olympic) 100 m" followed by nothing it measures: the race itself.
    let head = text.get(..q.span.start).unwrap_or_default();
    let mut words = head.split_whitespace().rev();
    let the = words
        .find(|w| !w.starts_with(char::is_uppercase) || w.eq_ignore_ascii_case("the"))
        .is_some_and(|w| w.eq_ignore_ascii_case("the"));
    // "the 100 m internationally": an adverb after it, so it measures nothing.
    let ends_phrase = next.as_deref().is_none_or(|w| {
        w.ends_with("ly")
            || matches!(
                w,
                "and"
                    | "in"
                    | "at"
                    | "on"
                    | "with"
                    | "to"
                    | "is"
                    | "was"
                    | "are"
                    | "were"
                    | "has"
                    | "had"
            )
    });
    the && ends_phrase
}

/// The race a figure of `text` is a result of: the last race named before it ("the 150 m
/// is 14.35 seconds" → 150; "4 × 100 m relay … 36.84 seconds" → 4100, a relay apart from
/// its leg). Options for a time come only from the same race (issue 10, shape 7: a 400 m
/// time offered for a 100 m time).
pub(crate) fn race_named(text: &str, q: &Quantity) -> Option<u32> {
    // Most sentences name no distance in metres: no need to read them again.
    let metres = text.match_indices(" m").any(|(k, _)| {
        text[..k].ends_with(|c: char| c.is_ascii_digit())
            && !text[k + 2..].starts_with(char::is_alphanumeric)
    });
    if !metres && !text.contains("metre") {
        return None;
    }
    let found = crate::quantity::find(text);
    (0..found.len())
        .filter(|&k| found[k].span.end <= q.span.start)
        .rfind(|&k| race(text, &found[k]) || listed_with_race(text, &found, k))
        .and_then(|k| {
            let metres = found[k].value.number()?;
            let head = text[..found[k].span.start].trim_end();
            let relay = head.ends_with('×') || head.ends_with(" x");
            let code = if relay { 4000.0 + metres } else { metres };
            (code > 0.0 && code < 1e6).then_some(code as u32)
        })
}

/// "the 100 m, 200 m and 4 × 100 m relay": distances listed beside a race are races too.
fn listed_with_race(text: &str, found: &[Quantity], k: usize) -> bool {
    let listed = |a: &Quantity, b: &Quantity| {
        is_distance(a)
            && is_distance(b)
            && text
                .get(a.span.end..b.span.start)
                .is_some_and(|gap| matches!(gap.trim(), "," | "and" | "or" | ", and"))
    };
    let mut j = k;
    while j > 0 && listed(&found[j - 1], &found[j]) {
        j -= 1;
    }
    let mut run = vec![j];
    while run
        .last()
        .is_some_and(|&l| l + 1 < found.len() && listed(&found[l], &found[l + 1]))
    {
        run.push(run[run.len() - 1] + 1);
    }
    run.len() > 1
        && run
            .iter()
            .any(|&r| race(text, &found[r]) || relay_next(text, &found[r]))
}

/// "4 × 100 m relay": the distance before a relay word, even after a product sign.
fn relay_next(text: &str, q: &Quantity) -> bool {
    next_word(text, q).is_some_and(|w| EVENTS.contains(&w.as_str()))
}

/// "Black '47": a year cut to two digits after an apostrophe names the year; "the world
/// under-20 record": a number hyphened to the word before it names a class ("mid-2061"
/// goes with it: a blank there leaves "mid-" dangling).
fn abbreviated_year(text: &str, q: &Quantity) -> bool {
    let head = text.get(..q.span.start).unwrap_or_default();
    let hyphened = head
        .strip_suffix('-')
        .is_some_and(|h| h.ends_with(char::is_alphabetic));
    head.ends_with(['\'', '’']) || hyphened
}

/// "the 1966 FIFA World Cup final", "the 1903 race", "the 2008 Beijing Olympics": a year
/// after an article and before the noun it qualifies.
fn year_in_name(text: &str, q: &Quantity) -> bool {
    if q.kind != Kind::Year {
        return false;
    }
    let article = words_before(text, q.span.start, 1)
        .first()
        .is_some_and(|w| matches!(w.as_str(), "the" | "a" | "an" | "its" | "their"));
    // A name goes on in capitals or names an event; "the 2017 rise in spending" dates the
    // rise, which is a fact (nato-2018's `spending-amount`).
    let written = words_after(text, q.span.end, 1);
    let capital = written
        .first()
        .is_some_and(|w| w.starts_with(char::is_uppercase));
    let event = next_word(text, q)
        .is_some_and(|w| EVENTS.contains(&w.as_str()) || NAMED_EVENTS.contains(&w.as_str()));
    article && (capital || event)
}

/// "the fourth quarter of 2000": an ordinal quarter or half, and the year it belongs to.
fn period(text: &str, q: &Quantity) -> bool {
    let part = |w: &str| {
        let w = w.to_lowercase();
        w.starts_with("quarter") || w == "half" || w.starts_with("quarters")
    };
    match q.kind {
        Kind::Ordinal => q
            .noun
            .as_deref()
            .is_some_and(|n| part(n.split(' ').next().unwrap_or(""))),
        Kind::Year => {
            let before = words_before(text, q.span.start, 2);
            before.len() == 2 && part(&before[0]) && before[1] == "of"
        }
        _ => false,
    }
}

/// "the 747 was certified": a number after "the" that counts nothing names a model.
fn model(text: &str, q: &Quantity) -> bool {
    let before = words_before(text, q.span.start, 2);
    let last = before.last().map(String::as_str).unwrap_or_default();
    let first = before.first().map(String::as_str).unwrap_or_default();
    // "the 747", "the first 747 was rolled out" (issue 10, round 8: "How many? → 747").
    let adjective = matches!(
        last,
        "first" | "last" | "new" | "next" | "original" | "early" | "later" | "latest"
    );
    let the = last == "the" || before.len() == 2 && first == "the" && adjective;
    // "the 737 project", "the 100 series": a number naming a project or a model.
    let names = matches!(
        next_word(text, q).as_deref(),
        Some("project" | "programme" | "program" | "series" | "variant" | "family")
    );
    q.kind == Kind::Count && !q.style.num.words && (q.noun.is_none() && the || names)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What a deck about the first year `text` names keeps out of it.
    fn labels(text: &str) -> Vec<String> {
        let about = crate::quantity::find(text)
            .iter()
            .find_map(|q| match q.value {
                Value::Year(y) => Some(y),
                _ => None,
            });
        let found = crate::quantity::find(text);
        (0..found.len())
            .filter(|&k| why(text, &found, k, about).is_some())
            .map(|k| found[k].text.clone())
            .collect()
    }

    #[test]
    fn a_result_is_of_the_last_race_named_before_it() {
        let cases: [(&str, &str, Option<u32>); 5] = [
            (
                "Bolt's personal best in the 150 m is 14.35 seconds.",
                "14.35",
                Some(150),
            ),
            (
                "He won the 100 m in 9.58 seconds and the 200 m in 19.19 seconds.",
                "19.19",
                Some(200),
            ),
            (
                "Jamaica set three 4 × 100 m relay records; the last is 36.84 seconds.",
                "36.84",
                Some(4100),
            ),
            ("He ran 9.58 seconds in 2009.", "9.58", None),
            (
                "The 1,642 m lake is 25 million years old.",
                "25 million years",
                None,
            ),
        ];
        for (text, figure, want) in cases {
            let found = crate::quantity::find(text);
            let q = found
                .iter()
                .find(|q| q.text.starts_with(figure))
                .expect(figure);
            assert_eq!(race_named(text, q), want, "{text}");
        }
    }

    #[test]
    fn a_year_names_an_event_only_of_the_decks_own_year() {
        let in_deck = |about| {
            let text =
                "Croatia beat England, the 1966 winners, and Czechoslovakia lost the 1962 final.";
            let found = crate::quantity::find(text);
            (0..found.len())
                .filter(|&k| why(text, &found, k, about).is_some())
                .map(|k| found[k].text.clone())
                .collect::<Vec<_>>()
        };
        assert_eq!(
            in_deck(None),
            Vec::<String>::new(),
            "a deck of no year (about a person) dates past events by them"
        );
        assert_eq!(
            in_deck(Some(2018)),
            Vec::<String>::new(),
            "past events of a 2018 deck"
        );
        assert_eq!(in_deck(Some(1966)), ["1966"], "the deck's own event");
    }

    #[test]
    fn numbers_that_name_things() {
        let cases: &[(&str, &[&str], &str)] = &[
            ("He won the 100 m final in 9.69 seconds.", &["100 m"], "race before final"),
            ("It rose 2.3 million with the January 1998 data allowed for.", &["January 1998"], "which release's data"),
            ("The January 1998 survey found 5 million.", &[], "a month before another noun"),
            ("The first 747 was rolled out in 1968.", &["747"], "a model after the first"),
            ("On September 30, 1968, the first 747 came out of the plant.", &["747"], "a model before an irregular verb"),
            ("Sutter moved off the 737 project in 1965.", &["737"], "a project's number"),
            ("The first two astronauts walked.", &[], "a count with its noun"),
            ("In all three events he is the reigning champion.", &["three"], "a count pointing back"),
            ("All three events are held in May.", &["three"], "a count pointing back, opening the sentence"),
            ("All 32 teams played a group stage.", &[], "the set's size, opening the sentence"),
            ("Croatia won all three games to top Group D.", &[], "a whole set counted after a verb"),
            ("Jobs in these two industries fell by 40,000.", &["two"], "these two"),
            ("Jobs rose by 229,000 a month over the previous 12 months.", &["12 months"], "a reporting window"),
            ("In the first 9 months of the year, jobs rose by 200,000.", &["9 months"], "the first months"),
            ("France beat Argentina in the round of 16.", &["16"], "a stage"),
            ("For more, see \"The Employment Situation: December 2000,\" news release USDL 01-02.", &["December 2000"], "a quoted title"),
            ("He said \"we will spend 2 percent\" in 2014.", &[], "a quotation, no title"),
            ("On the fifth stage Georget punctured twice.", &["fifth"], "which stage"),
            ("The rate was 4.0 percent, up from the 3 months before.", &["3 months"], "a window looking back"),
            ("The strike lasted 3 months before it ended.", &[], "a duration, not a window"),
            ("The ratio counts persons age 16 and older.", &["16"], "an age threshold"),
            ("Firms of 50 or more employees hired.", &["50"], "a size threshold"),
            ("Plague returned through the 1700s.", &["1700"], "a century named by its first year"),
            ("The famine of the 1840s was the worst.", &[], "a decade stays"),
            ("Jobs rose by 200,000 in 9 months.", &[], "a duration without a frame word"),
            ("He won the Olympic 100 m and 200 m titles at consecutive Games.", &["100 m", "200 m"], "list of races"),
            ("the only gap was a false start in the 100 m in 2011.", &["100 m"], "the race alone"),
            ("taking the 100 m, 200 m and 4 × 100 m relay", &["100 m", "200 m", "100 m"], "list ending in a relay"),
            ("It decided who won the 1966 FIFA World Cup, the eighth.", &["1966"], "year in a tournament's name"),
            ("The 1903 race was the first road race run in stages.", &["1903"], "year before an event noun"),
            ("It fell by 138,000 in the whole fourth quarter of 2000.", &["fourth", "2000"], "a period"),
            ("Boeing cut off the 737 project to design the 747, the first airliner with two aisles.", &["737", "747"], "model after the"),
            ("He ran 100 m in 9.58 seconds.", &[], "a distance run is a fact"),
            ("The 200 m is his best event.", &["200 m"], "the race as a subject"),
            ("He first ran the 100 m internationally in 2008; he won many 200 m medals.", &["100 m", "200 m"], "an adverb after; medals"),
            ("a year remembered as \"Black '47\".", &["47"], "an abbreviated year in a name"),
            ("he holds the world under-20 and under-18 records", &["20", "18"], "an age class"),
            ("The summit rises 8,848 metres above the sea.", &[], "a height"),
            ("the 8,848 m summit is the highest", &[], "the height of a summit"),
            ("In 1966 England won the World Cup.", &[], "a year that dates the event"),
            ("The treaty of 1815 ended the war.", &[], "year after of"),
            ("The 2017 rise in defense spending amounted to $14 billion.", &[], "a year dating a rise"),
            ("Croatia beat England, the 1966 winners.", &["1966"], "the year of a title"),
            ("The final was played in 1966 at Wembley.", &[], "a year in the sentence"),
            ("The 12 members signed it.", &[], "a count with its noun"),
            ("the economic effects of the 9/11 attacks and other factors", &["9", "11"], "a name in digits and a slash"),
            ("Shares rose to $5/share in 1998.", &[], "a rate per thing"),
            ("The two then spent an hour on the surface.", &["two"], "a count standing for who it counts"),
            ("The two astronauts then spent an hour there.", &[], "a count with its noun"),
        ];
        for (text, want, why) in cases {
            assert_eq!(labels(text), *want, "{why}: {text}");
        }
    }
}
