//! Timelines from a deck's dated facts: which of two events came first, or the order of
//! three or four. Events in the same year are never set against each other, and pairs come
//! closer in time as the player does well (`level`).

use super::{CardSource, Expect, Format, Question};
use crate::card::{Answer, Card};
use crate::quantity::{Date, Kind, Value};
use rand::seq::SliceRandom;
use rand::Rng;
use std::ops::Range;

/// Words that introduce a date and go with it when it is taken out of a sentence.
const LEAD: &[&str] = &["on", "in", "since", "by", "during", "from", "until", "at"];

/// The event a dated sentence describes: the sentence without its date.
pub fn event_of(text: &str, span: Range<usize>) -> Option<String> {
    let before = text.get(..span.start)?;
    let after = text.get(span.end..)?;
    let trimmed = before.trim_end();
    let lead = trimmed.rsplit(' ').next().unwrap_or("");
    // A date inside a range ("between 1981 and 2011") cannot be taken out cleanly.
    let next = after.split_whitespace().next().unwrap_or("").to_lowercase();
    let lead_word = lead.to_lowercase();
    // Nor can one that belongs to a phrase ("by the end of 2018", "the summer of 1969"), or
    // that dates a thing rather than the event ("according to a 2012 survey").
    // "the 1973 oil crisis" dates the crisis, not the sentence's event (round 29: C).
    if matches!(
        lead_word.as_str(),
        "between" | "and" | "to" | "or" | "of" | "a" | "an" | "the"
    ) || matches!(next.as_str(), "and" | "to" | "or")
    {
        return None;
    }
    // "built around 3800 BC on the Euphrates": a hedge goes with its date, and so does a
    // preposition before it ("in about 1500"), or "around on the Euphrates" is left.
    let hedged = matches!(
        lead_word.as_str(),
        "around" | "about" | "circa" | "c." | "approximately" | "roughly"
    );
    let (trimmed, lead, lead_word) = if hedged {
        let rest = trimmed[..trimmed.len() - lead.len()].trim_end();
        let word = rest.rsplit(' ').next().unwrap_or("");
        let lower = word.to_lowercase();
        (
            rest,
            word,
            if LEAD.contains(&lower.as_str()) {
                lower
            } else {
                String::new()
            },
        )
    } else {
        (trimmed, lead, lead_word)
    };
    let before = if LEAD.contains(&lead_word.as_str()) {
        &trimmed[..trimmed.len() - lead.len()]
    } else {
        trimmed
    };
    // A deadline or a bound is not when the event happened ("on track to spend 2 percent by
    // 2024", "open until 1990"); only "By 2018 NATO had grown" opens the sentence with one.
    let bound = matches!(lead_word.as_str(), "by" | "until" | "before" | "after");
    if bound && !before.trim().is_empty() {
        return None;
    }
    if only_mentioned(text.get(..span.start)?) {
        return None;
    }
    // "In 2017 alone, spending rose by 4.8 percent": the year is the period a change is
    // measured over, not when an event happened; without it the change has no span
    // (round 25: rated B as a timeline event).
    let after = after.trim_start();
    if after
        .get(..5)
        .is_some_and(|w| w.eq_ignore_ascii_case("alone"))
    {
        return None;
    }
    let joined = format!("{} {}", before.trim_end(), after.trim_start());
    let mut tidy = joined
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .replace(" ,", ",")
        .replace(",,", ",")
        .replace(" .", ".");
    while tidy.starts_with([',', ' ']) {
        tidy.remove(0);
    }
    let tidy = tidy.replace(", .", ".").replace(",.", ".");
    let mut chars = tidy.chars();
    let event: String = chars.next()?.to_uppercase().chain(chars).collect();
    // Another date left in it ("began in 1789 and ended") leaves unclear which one the event
    // is placed by.
    let dated = crate::quantity::find(&event)
        .iter()
        .any(|q| matches!(q.kind, Kind::Year | Kind::Date));
    // "the 1840s" found as 1840: the date was part of a word.
    let glued = text[span.end..].starts_with(|c: char| c.is_alphanumeric());
    // "Smallpox is one of two diseases eradicated; the other is rinderpest, declared
    // eradicated in 2011": the date is of one clause, not of the whole (round 25: C).
    let clauses = event.contains(';');
    let fair = !dated
        && !clauses
        && !glued
        && !garbled(&event)
        && !ordered_by_wording(&event)
        && !leans_on_context(&event);
    (event.split_whitespace().count() >= 3 && fair).then_some(event)
}

/// Words that place an event in time by themselves: a timeline with "the treaty establishing
/// NATO" or "soon after the inauguration" among its events is decided by its wording, not by
/// knowing the dates (rubric C).
/// "First" is among them: "the first artificial satellite" must come before any other
/// satellite, so the wording orders it (the rubric's own example of a C timeline).
/// So are a thing's beginnings: "Smallpox appeared in human populations" comes before
/// anything else told of smallpox (round 51: C, "decided by logic alone").
const ORDERING: &[&str] = &[
    "first",
    "last",
    "appeared",
    "originated",
    "emerged",
    "founding",
    "establishing",
    "soon",
    "later",
    "afterwards",
    "inauguration",
    "previous",
    "earlier",
    "next",
];

/// Whether `event` carries a word of [`ORDERING`].
fn ordered_by_wording(event: &str) -> bool {
    event
        .split(|c: char| !c.is_alphabetic())
        .any(|w| ORDERING.contains(&w.to_lowercase().as_str()))
}

/// Words that lean on the sentences around the event: a pronoun that opens it ("He lowered
/// his record") or stands as an object ("met in it"), a clause of time ("When it was made
/// public", "the month after"). Out of its article such an event cannot be placed by anyone,
/// or is placed by the story's logic rather than by its date (issue 10: most timelines from
/// real texts were rated C). "Its" after the subject ("The town opened its library") is
/// resolved within the sentence.
const LEANING: &[&str] = &[
    "it",
    "him",
    "them",
    "when",
    "after",
    "then",
    "latest",
    "following",
    "meanwhile",
    "month",
    "again",
    "example",
];

/// Pronouns that cannot open a standalone event.
const OPENING: &[&str] = &[
    "its", "he", "his", "she", "her", "they", "their", "this", "these", "those",
];

/// Whether `event` leans on its context (see [`LEANING`]).
fn leans_on_context(event: &str) -> bool {
    let mut words = event
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase);
    let opens = words.next().is_some_and(|w| OPENING.contains(&w.as_str()));
    // "NATO leaders were to meet": a plan, dated by when it was made, not when it happened.
    // "…working toward a successful NATO Summit, to be held": so is a summit still ahead
    // (round 38: a garbled event, rated C).
    let plan = [
        " were to ",
        " was to ",
        " were expected ",
        " was expected ",
        " to be held",
        " working toward",
        " was due ",
        " were due ",
    ]
    .iter()
    .any(|p| event.contains(p));
    // "The eastbound one, still the world record…": one of what?
    let one = event.split_whitespace().take(3).any(|w| {
        w.trim_matches(|c: char| !c.is_alphabetic())
            .eq_ignore_ascii_case("one")
    });
    // "A round-trip ticket cost $7,995": a price at a time is a state, not an event, and
    // its order against "the introduction of Concorde" is the story's logic (rounds 26–29).
    let priced = crate::quantity::find(event)
        .iter()
        .any(|q| q.kind == crate::quantity::Kind::Money);
    opens
        || plan
        || one
        || priced
        || event
            .split(|c: char| !c.is_alphabetic())
            .any(|w| LEANING.contains(&w.to_lowercase().as_str()))
}

/// Words that cannot end a phrase: left before a comma or full stop, they show where a date
/// was cut out ("As late as, the WHO reckoned", "during the s", "in the early s").
const DANGLING: &[&str] = &[
    "as", "the", "of", "early", "late", "mid", "than", "circa", "around", "about", "born", "s",
];

/// Whether taking the date out left a sentence no teacher would print (issue 10: "(born )",
/// "potato blight during the s", "Situation:,").
fn garbled(event: &str) -> bool {
    let marks = ["()", "( )", ":,", ";,", ",:", "( ,", "(,", " )"];
    if marks.iter().any(|m| event.contains(m)) {
        return true;
    }
    // "…the one that still stands is 36.84 seconds, set.": the date took the clause's body
    // with it, leaving one word (issue 10, round 18: rated C).
    let last_clause = event
        .rsplit([',', ';', ':', '–', '—'])
        .next()
        .unwrap_or_default();
    if event.contains(',') && last_clause.split_whitespace().count() == 1 {
        return true;
    }
    let words: Vec<&str> = event.split_whitespace().collect();
    words.iter().enumerate().any(|(k, w)| {
        let bare = w.trim_end_matches([',', '.', ';', ':', ')']).to_lowercase();
        let ends_phrase = bare.len() < w.len() || k + 1 == words.len();
        // "In late the New Horizons probe…", "Late Pratt & Whitney agreed…": a time word
        // left before an article or a name.
        let before_article = ["early", "late", "mid"].contains(&bare.as_str())
            && words.get(k + 1).is_some_and(|n| {
                ["the", "a", "an"].contains(&n.to_lowercase().as_str())
                    || n.starts_with(char::is_uppercase)
            });
        (ends_phrase && DANGLING.contains(&bare.as_str())) || bare == "s" || before_article
    })
}

/// Words that make a date one the event is measured against, not its own (issue 10, "an
/// event dated by a date it only mentions"): "the first since the Congress of Vienna in
/// 1815" dated a 1919 treaty to 1815; "the first final since 1962", "more than in 1990".
/// "first" alone is no such word: "Gagarin became the first human in space on 12 April
/// 1961" is dated by its own date.
const MENTIONS: &[&str] = &["since", "after", "before", "than", "previous"];

/// Whether a date preceded by `head` is only mentioned: it does not open the sentence ("On 14
/// April 1912, the ship…" is the event's own), and a word of [`MENTIONS`] stands in the
/// clause before it. When in doubt, the event is left out of timelines.
fn only_mentioned(head: &str) -> bool {
    let clause = head
        .rsplit([',', ';', ':', '(', '–', '—'])
        .next()
        .unwrap_or(head);
    let opens = head.split_whitespace().count() <= 1;
    !opens
        && clause.split_whitespace().any(|w| {
            MENTIONS.contains(
                &w.trim_matches(|c: char| !c.is_alphabetic())
                    .to_lowercase()
                    .as_str(),
            )
        })
}

/// A point in time to order by, and the year.
fn when(value: &Value) -> Option<(i64, i32)> {
    match value {
        Value::Year(y) => Some((i64::from(*y) * 400 + 200, *y)),
        Value::Date(Date {
            year: Some(y),
            month,
            day,
            ..
        }) => Some((
            i64::from(*y) * 400 + i64::from(*month) * 32 + i64::from(day.unwrap_or(0)),
            *y,
        )),
        _ => None,
    }
}

/// The event of the deck's card at `index`, if it is a dated sentence.
fn partner(cards: &mut dyn CardSource, index: usize, fact: u64) -> Option<Event> {
    let card = cards.card(index).ok()?;
    // A range of years dates no one event: it spans a period.
    let Answer::Quantity(q) = &card.answer else {
        return None;
    };
    if q.range.is_some() {
        return None;
    }
    let (key, year) = when(&q.value)?;
    let text = if card.is_question {
        None
    } else {
        event_of(&card.text, q.span.clone())
    }?;
    Some(Event {
        key,
        year,
        text,
        fact,
    })
}

struct Event {
    key: i64,
    year: i32,
    text: String,
    /// Its fact, which the question shows (the event, and its year in the answer).
    fact: u64,
}

/// A timeline question about a dated card, with partners from the deck. Partners are
/// chosen by their dates in the answer pool; only the few chosen are read in full.
pub fn ask(
    card: &Card,
    cards: &mut dyn CardSource,
    level: u8,
    rng: &mut impl Rng,
) -> Option<Question> {
    let Answer::Quantity(q) = &card.answer else {
        return None;
    };
    if q.range.is_some() {
        return None;
    }
    let (key, year) = when(&q.value)?;
    let own_fact = super::pool::fact_of(card);
    let own = Event {
        key,
        year,
        text: event_of(&card.text, q.span.clone())?,
        fact: own_fact,
    };
    let gap = [20, 5, 1][usize::from(level.min(2))];
    let mut chosen = vec![own];
    partners::add(&mut chosen, own_fact, gap, cards, rng);
    let order = chosen.len() >= 3 && rng.random_bool(0.4);
    chosen.truncate(if order { chosen.len().min(4) } else { 2 });
    if chosen.len() < 2 {
        return None;
    }
    chosen.shuffle(rng);
    let mut by_time: Vec<usize> = (0..chosen.len()).collect();
    by_time.sort_by_key(|&k| chosen[k].key);
    let shows = chosen
        .iter()
        .map(|e| e.fact)
        .filter(|&f| f != own_fact)
        .collect();
    let letters: String = by_time.iter().map(|&k| (b'A' + k as u8) as char).collect();
    let shown: Vec<String> = by_time
        .iter()
        .map(|&k| format!("{} ({})", (b'A' + k as u8) as char, chosen[k].year))
        .collect();
    let (prompt, cue, expect, answer) = if order {
        (
            "Put these in order, earliest first.".to_string(),
            // The letters in play, so that none is guessed at (issue 12, point 4).
            format!(
                "The letters A–{} in order",
                (b'A' + by_time.len() as u8 - 1) as char
            ),
            Expect::Sequence(letters),
            shown.join(", "),
        )
    } else {
        (
            "Which came first?".to_string(),
            String::new(),
            Expect::Option(by_time[0]),
            shown.join(" before "),
        )
    };
    let dates = by_time
        .iter()
        .map(|&k| (k, chosen[k].year.to_string()))
        .collect();
    Some(Question {
        card: card.id.clone(),
        kind: card.kind(),
        format: Format::Timeline,
        prompt,
        cue,
        choices: chosen.into_iter().map(|e| e.text).collect(),
        expect,
        topic: card.topic.clone(),
        altered: None,
        answer,
        shows,
        dates,
    })
}

mod partners;

#[cfg(test)]
mod tests_drawn;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn events_are_sentences_without_their_dates() {
        let cases = [
            (
                "The treaty was signed on April 4, 1949, in Washington.",
                "April 4, 1949",
                Some("The treaty was signed, in Washington."),
            ),
            // Issue 10: an event placed by its own words decides the order.
            (
                "The treaty was signed on April 4, 1949, establishing NATO.",
                "April 4, 1949",
                None,
            ),
            (
                "In January 2017, the two spoke soon after the President's inauguration.",
                "January 2017",
                None,
            ),
            // "The first human in space" comes before any other flight: the wording orders it.
            (
                "Gagarin became the first human in space on 12 April 1961.",
                "12 April 1961",
                None,
            ),
            (
                "In late 2006 the New Horizons probe flew past.",
                "2006",
                None,
            ),
            (
                "Late in 1966 Pratt & Whitney agreed to develop its JT9D.",
                "1966",
                None,
            ),
            // A beginning orders itself before what followed it.
            (
                "Smallpox appeared in human populations around 10,000 BC.",
                "10,000 BC",
                None,
            ),
            // A hedge and its preposition go with the date.
            (
                "Ur was built around 3800 BC on the Euphrates.",
                "3800 BC",
                Some("Ur was built on the Euphrates."),
            ),
            (
                "The town wall was raised in about 1500 by the council.",
                "1500",
                Some("The town wall was raised by the council."),
            ),
            // Round 18: the date took its clause with it.
            (
                "Bolt helped Jamaica to three relay records; the one that stands is 36.84 seconds, set in 2012.",
                "2012",
                None,
            ),
            // Events that lean on their article cannot be placed.
            (
                "He lowered his record to 9.58 seconds in 2009.",
                "2009",
                None,
            ),
            (
                "France and Croatia met in it on 15 July 2018.",
                "15 July 2018",
                None,
            ),
            (
                "When it was made public in 1946, newspapers hailed it.",
                "1946",
                None,
            ),
            (
                "In 2018, NATO leaders were to meet at a summit.",
                "2018",
                None,
            ),
            (
                "Trump was working toward a successful summit, to be held on July 11-12, 2018.",
                "July 11-12, 2018",
                None,
            ),
            (
                "In 1903 the town opened its library.",
                "1903",
                Some("The town opened its library."),
            ),
            (
                "Gagarin flew into space on 12 April 1961.",
                "12 April 1961",
                Some("Gagarin flew into space."),
            ),
            (
                "In 2017, NATO deployed a new force.",
                "2017",
                Some("NATO deployed a new force."),
            ),
            (
                "Hubble was launched on April 24, 1990.",
                "April 24, 1990",
                Some("Hubble was launched."),
            ),
            (
                "In 2017 alone, defence spending rose.",
                "2017",
                None,
            ),
            (
                "By 2018 NATO had grown to 29 member states.",
                "2018",
                Some("NATO had grown to 29 member states."),
            ),
            (
                "In 2018, 15 Allies were on track to spend 2 percent by 2024.",
                "2018",
                None,
            ),
            (
                "The revolution began in 1789 and ended in 1799.",
                "1799",
                None,
            ),
            (
                "In 2018, 15 Allies were on track to spend 2 percent by 2024.",
                "2024",
                None,
            ),
            (
                "The base stayed open until 1990 for training.",
                "1990",
                None,
            ),
            (
                "Eight Allies were expected to meet it by the end of 2018.",
                "2018",
                None,
            ),
            ("It must be ratified before 2030 by all.", "2030", None),
            (
                "The wall is 21,196 km long, according to a 2012 survey.",
                "2012",
                None,
            ),
            ("In 1969.", "1969", None),
            // Issue 10: what a cut date leaves behind.
            (
                "Blight wrecked harvests all over Europe during the 1840s.",
                "1840",
                None,
            ),
            (
                "Usain Bolt (born 21 August 1986) is a sprinter from Jamaica.",
                "21 August 1986",
                None,
            ),
            (
                "As late as 1967, the WHO reckoned that 15 million people caught it.",
                "1967",
                None,
            ),
            (
                "For more, see the Employment Situation: 2000, news release 01-02.",
                "2000",
                None,
            ),
            ("The Shuttle flew between 1981 and 2011.", "1981", None),
            ("The Shuttle flew between 1981 and 2011.", "2011", None),
            // Issue 10: dates an event only mentions.
            (
                "The treaty was the first since the Congress of Vienna in 1815 to redraw Europe.",
                "1815",
                None,
            ),
            (
                "Croatia reached the final, while France had won the title in 1998.",
                "1998",
                Some("Croatia reached the final, while France had won the title."),
            ),
            (
                "France won more medals than in 1990 at the Games.",
                "1990",
                None,
            ),
            (
                "It was the first World Cup final since 1966 for England.",
                "1966",
                None,
            ),
            (
                "On 14 April 1912, the ship struck an iceberg.",
                "14 April 1912",
                Some("The ship struck an iceberg."),
            ),
            (
                "Smallpox is one of two diseases eradicated; the other is rinderpest, declared eradicated in 2011.",
                "2011",
                None,
            ),
            (
                "Sales never came because of the 1973 oil crisis.",
                "1973",
                None,
            ),
            (
                "In 1997 a round-trip ticket cost $7,995.",
                "1997",
                None,
            ),
            (
                "In 1995 the eastbound one was set by Air France.",
                "1995",
                None,
            ),
        ];
        for (text, date, want) in cases {
            let at = text.find(date).unwrap();
            assert_eq!(
                event_of(text, at..at + date.len()).as_deref(),
                want,
                "{text}"
            );
        }
    }
}
