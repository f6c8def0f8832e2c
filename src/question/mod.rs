//! Questions: a card rendered in a format, with its prompt, cue and options.

mod distractor;
mod estimate;
mod hint;
mod pool;
mod source;
mod timeline;
mod truefalse;
mod wording;

pub use crate::quantity::same_figure;
use distractor::choices_shown;
pub use distractor::{choices, OPTIONS};
pub use estimate::{estimable, ESTIMATE_CLOSE, ESTIMATE_CORRECT};
pub use hint::hint;
pub use pool::{Entry, Pool};
pub use source::{CardSource, InMemory};
pub use timeline::event_of;
pub use wording::{bound, cloze, hidden, natural};

use crate::card::{Answer, Card, CardId, CardKind};
use crate::quantity::{Kind, Quantity};
use rand::Rng;
use serde::Serialize;

/// How a question is asked.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    /// The player types the answer.
    Typed,
    /// The player picks one of four options.
    Choice,
    /// The fact, or an altered one: true or false?
    TrueFalse,
    /// Which event came first, or the order of several.
    Timeline,
    /// More or less than a figure, or a typed estimate graded by relative error.
    Estimate,
}

impl Format {
    /// The name used in JSON and on the command line.
    pub fn name(self) -> &'static str {
        match self {
            Format::Typed => "typed",
            Format::Choice => "choice",
            Format::TrueFalse => "truefalse",
            Format::Timeline => "timeline",
            Format::Estimate => "estimate",
        }
    }

    /// Whether the player recalls the answer (typed) rather than recognises it.
    pub fn is_recall(self) -> bool {
        self == Format::Typed
    }
}

/// What a question expects as its answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Expect {
    /// The card's answer, typed.
    Text,
    /// One of the options: its index.
    Option(usize),
    /// Option letters in order ("BDAC").
    Sequence(String),
    /// A typed estimate, graded by relative error.
    Estimate,
}

/// A question ready to show.
#[derive(Debug, Clone, PartialEq)]
pub struct Question {
    /// The card asked.
    pub card: CardId,
    /// The card's kind.
    pub kind: CardKind,
    /// How it is asked.
    pub format: Format,
    /// The sentence with its blank, the question, or the statement to judge.
    pub prompt: String,
    /// What to give, fitted to the question ("How many founding members?"); may be empty.
    pub cue: String,
    /// Options, for questions answered by picking.
    pub choices: Vec<String>,
    /// What counts as the answer.
    pub expect: Expect,
    /// The fact's topic, if the deck gives one.
    pub topic: Option<String>,
    /// For an altered true/false statement: the wrong value it showed.
    pub altered: Option<String>,
    /// The right answer as shown after answering.
    pub answer: String,
    /// Other facts this question shows (a timeline's events, and their years in its answer),
    /// as `schedule::fact_key` names them, so that their cards are not asked after it.
    pub shows: Vec<u64>,
    /// A timeline's events in time order, each as its index in `choices` and its date, to
    /// show after the answer; empty in other forms.
    pub dates: Vec<(usize, String)>,
}

/// The blank that replaces an answer in a sentence.
pub const BLANK: &str = "_____";

/// Renders a card in a format; a format the card or deck cannot support falls back (to
/// choice, then typed). `level` (0-2) makes timeline pairs closer as a player does well.
pub fn ask(
    card: &Card,
    format: Format,
    cards: &mut dyn CardSource,
    level: u8,
    rng: &mut impl Rng,
) -> Question {
    let mut q = ask_bare(card, format, cards, level, rng);
    // A timeline's events are other facts, each printed whole: no one subject leads them.
    if let (Some(context), false) = (&card.context, q.format == Format::Timeline) {
        q.prompt = format!("{context}: {}", q.prompt);
    }
    q
}

/// The question `ask` makes, before the deck's subject is put in front of it.
fn ask_bare(
    card: &Card,
    format: Format,
    cards: &mut dyn CardSource,
    level: u8,
    rng: &mut impl Rng,
) -> Question {
    // A bound ("more than 25 years", "by 1855") is recalled typed, never picked or judged:
    // other options, and the swapped statement, would be true as well (rubric C). So is an
    // end of a range: "between 1967 and 1972" is as true as "between 1969 and 1972".
    let range_end = match &card.answer {
        Answer::Quantity(q) => distractor::range::other_end(&card.text, q).is_some(),
        Answer::Text { .. } => false,
    };
    let bound = wording::bound(card);
    // "more than 1.1 billion people" is asked true or false, the false statement saying
    // the opposite ("fewer than"): the one fair question a bound makes (round 18: typed it
    // has more than one defensible answer).
    if let Some(q) = bound
        .filter(|_| format != Format::Timeline)
        .and_then(|word| truefalse::ask_bound(card, word, rng))
    {
        return q;
    }
    let bounded = bound.is_some() || range_end;
    let tried = match format {
        _ if bounded && format != Format::Timeline => None,
        Format::TrueFalse => truefalse::ask(card, cards.pool(), rng),
        Format::Timeline => timeline::ask(card, cards, level, rng),
        Format::Estimate => estimate::ask(card, cards.pool(), rng),
        Format::Choice | Format::Typed => None,
    };
    if let Some(q) = tried {
        return q;
    }
    let natural = natural(card);
    let prompt = natural.clone().unwrap_or_else(|| {
        if card.is_question {
            card.text.clone()
        } else {
            cloze(card)
        }
    });
    let cue = if natural.is_some() {
        String::new()
    } else {
        cue(card)
    };
    let options = match format {
        Format::Typed => None,
        _ if bounded || few(card) => None,
        _ => choices_shown(card, cards.pool(), rng),
    };
    let (format, choices, expect) = match options {
        Some((opts, right)) => (Format::Choice, opts, Expect::Option(right)),
        None => (Format::Typed, Vec::new(), Expect::Text),
    };
    // Options show both ends already: "Give both ends" is for typing (round 45: B); so
    // is an example of the form to type ("Which position (e.g. tenth)?", round 51: B).
    let cue = match format {
        Format::Choice => without_example(&cue.replace(BOTH_ENDS, "")),
        _ => cue,
    };
    Question {
        card: card.id.clone(),
        kind: card.kind(),
        format,
        prompt,
        cue,
        choices,
        expect,
        topic: card.topic.clone(),
        altered: None,
        answer: card.answer_text().to_string(),
        shows: Vec::new(),
        dates: Vec::new(),
    }
}

/// A count of three or fewer, which is typed rather than picked: beside "and a draw" or
/// "the first airliner with two aisles" every other small count is ruled out by knowing
/// the domain ("three or four wins in a three-game group", "three aisles": rounds 32–37,
/// C four times). Its true/false swap stays.
fn few(card: &Card) -> bool {
    matches!(&card.answer, Answer::Quantity(q) if distractor::few(q))
}

/// A cue without its example of the form to type: "Which position?" for "Which position
/// (e.g. tenth)?".
fn without_example(cue: &str) -> String {
    let Some(at) = cue.find(" (e.g. ") else {
        return cue.to_string();
    };
    match cue[at..].find(')') {
        Some(close) => format!("{}{}", &cue[..at], &cue[at + close + 1..]),
        None => cue.to_string(),
    }
}

/// What the cue of a range's typed question adds.
const BOTH_ENDS: &str = " Give both ends.";

/// A cue that fits the kind of answer.
pub fn cue(card: &Card) -> String {
    match &card.answer {
        Answer::Text { .. } if card.is_question => String::new(),
        Answer::Text { .. } => "What fills the blank?".to_string(),
        // "in the _____s" asks for a decade, and its options are decades.
        Answer::Quantity(q) if is_decade(card, q) => "In what decade?".to_string(),
        Answer::Quantity(q) if crate::quantity::is_mach(&card.text, q) => {
            "What Mach number?".to_string()
        }
        // "from 1845 to 1852": both years are asked.
        Answer::Quantity(q) if q.range.is_some() && q.kind == Kind::Year => years_cue(card, q),
        // "20–60 percent" asked "What percentage?" reads as one figure (round 18: rated C).
        Answer::Quantity(q) if q.range.is_some() && q.kind != Kind::Date => {
            format!("{}{BOTH_ENDS}", quantity_cue(q))
        }
        Answer::Quantity(q) if q.kind == Kind::Time => time_of_day_cue(card, q),
        Answer::Quantity(q) => time_bound_cue(card, q).unwrap_or_else(|| quantity_cue(q)),
    }
}

/// "by _____" asks "By what time?", "until _____" "Until what time?"; else "At what time?".
fn time_of_day_cue(card: &Card, q: &Quantity) -> String {
    let word = card.text[..q.span.start]
        .split_whitespace()
        .last()
        .map(str::to_lowercase);
    let lead = match word.as_deref() {
        Some("by") => "By",
        Some("until" | "till") => "Until",
        Some("before") => "Before",
        Some("after") => "After",
        _ => "At",
    };
    format!("{lead} what time?")
}

/// The cue of a range of years, in the words the sentence leads it with.
fn years_cue(card: &Card, q: &Quantity) -> String {
    let word = card
        .text
        .get(..q.span.start)
        .and_then(|t| t.split_whitespace().last());
    match word.map(str::to_lowercase).as_deref() {
        Some("from") => "From what year to what year?".into(),
        Some("between") => "Between which years?".into(),
        _ => "In which years?".into(),
    }
}

/// Whether a year is written as a decade ("the 1840s"): a multiple of ten with an "s" glued
/// after it. Its options must be decades too, or "the 1842s" is offered (rubric C).
pub fn is_decade(card: &Card, q: &Quantity) -> bool {
    let after = card.text.get(q.span.end..).unwrap_or_default();
    let glued_s = after.starts_with('s') || after.starts_with("'s") || after.starts_with("’s");
    // "the 1700s" is a century, not a decade: left to the screen, never asked as a decade.
    glued_s && matches!(q.value, crate::quantity::Value::Year(y) if y % 10 == 0 && y % 100 != 0)
}

/// "By _____" and "Since _____" ask "By what year?" and "Since what year?", not "In what
/// year?": the preposition says which point in time is meant.
fn time_bound_cue(card: &Card, q: &Quantity) -> Option<String> {
    // A range of days ("until what dates") reads oddly: those keep the plain cue.
    let what = wording::when_words(q).filter(|w| *w != "what dates")?;
    let word = card.text.get(..q.span.start)?.split_whitespace().last()?;
    let bound = ["by", "since", "until", "before", "after"]
        .into_iter()
        .find(|b| word.eq_ignore_ascii_case(b))?;
    let mut chars = bound.chars();
    let first = chars.next()?.to_ascii_uppercase();
    Some(format!("{first}{} {what}?", chars.as_str()))
}

fn quantity_cue(q: &Quantity) -> String {
    let unit = q.style.suffix.trim().trim_start_matches('-');
    // "six hours and 39 minutes", "6 feet 5 inches": asked whole, in its own parts.
    if q.style.parts.is_some() {
        let units = q.style.parts.as_ref().map(|p| {
            let names: Vec<String> = p.units.iter().map(|(u, _)| u.plural()).collect();
            names.join(" and ")
        });
        return match (q.kind, units) {
            (Kind::Duration, _) => "How long?".into(),
            (_, Some(units)) => format!("How much, in {units}?"),
            _ => "How much?".into(),
        };
    }
    match q.kind {
        // "around _____. In what year?" for 10,000 BC reads as asking a year of our era
        // (round 56: B); the era is part of the answer.
        Kind::Year if matches!(q.value, crate::quantity::Value::Year(y) if y < 0) => {
            "In what year, BC or AD?".into()
        }
        Kind::Year | Kind::Date => {
            let when = wording::when_words(q).unwrap_or("what year");
            let on = matches!(when, "what date" | "what dates");
            format!("{} {when}?", if on { "On" } else { "In" })
        }
        Kind::Count => match &q.noun {
            // "Only 1 ship came back" asks "How many ships?".
            Some(noun) if q.value.number().is_some_and(|n| n <= 1.0) => {
                format!("How many {}?", plural(noun))
            }
            Some(noun) => format!("How many {noun}?"),
            // "an apparent magnitude of −2.94", "Mach 0.85": a value, not a number of
            // things.
            None if q.value.number().is_some_and(|n| n < 0.0)
                || q.style.num.decimals > 0 && q.style.num.scale.is_none() =>
            {
                "What value?".into()
            }
            None => "How many?".into(),
        },
        // "Which century?" reads well; "Which planet?" would ask for a name.
        // "the 20th century smallpox caused…": the noun is the first word after the figure.
        Kind::Ordinal => match q.noun.as_deref().and_then(|n| n.split_whitespace().next()) {
            // "In the 59th minute" asks "Which minute?", not "Which position?".
            Some(
                noun @ ("century" | "millennium" | "anniversary" | "birthday" | "time" | "minute"
                | "lap" | "stage" | "round" | "day" | "week" | "edition" | "season"
                | "floor" | "game" | "match" | "hole" | "inning" | "goal" | "attempt"),
            ) => format!("Which {noun} ({})?", ordinal_example(q)),
            _ => format!("Which position ({})?", ordinal_example(q)),
        },
        Kind::Percent => "What percentage?".into(),
        Kind::Fraction => "What fraction?".into(),
        Kind::Time => "At what time?".into(),
        Kind::Multiple => "How many times?".into(),
        Kind::Score => "What was the score?".into(),
        Kind::Money => "How much?".into(),
        Kind::Duration => format!("How long, in {}?", plural(unit)),
        // "37.5°" is an angle: its sign reads as a word.
        Kind::Measure if unit == "°" => "How many degrees?".into(),
        Kind::Measure => format!("How much, in {unit}?"),
    }
}

/// The answer as the fact states it: with its bound word where it is one ("more than 1.1
/// billion"), so that feedback on a bound says what the fact says.
pub fn as_stated(card: &Card) -> String {
    match wording::bound(card) {
        Some(word) => format!("{word} {}", card.answer_text()),
        None => card.answer_text().to_string(),
    }
}

/// "e.g. 3rd", or "e.g. 5th" where the answer is the third: an example must not be the
/// answer (issue 10, round 8: rated C, the answer in view).
/// Written as the fact writes it: "e.g. third" beside options "second, third, fourth"
/// (rounds 44–46: "e.g. 3rd" over the word "ninth" rated B twice).
/// Nor one of the options, which lie a few places either side of it: "third" is asked
/// "e.g. tenth", not "e.g. fifth" beside an option "fifth" (round 50: rated B).
fn ordinal_example(q: &Quantity) -> &'static str {
    let near_third = q.value.number().is_some_and(|n| (n - 3.0).abs() <= 3.0);
    match (q.text.starts_with(char::is_alphabetic), near_third) {
        (true, true) => "e.g. tenth",
        (true, false) => "e.g. third",
        (false, true) => "e.g. 10th",
        (false, false) => "e.g. 3rd",
    }
}

pub(super) fn plural(unit: &str) -> String {
    if unit.ends_with('s') {
        unit.to_string()
    } else {
        format!("{unit}s")
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_choice_cue_has_no_example_to_type() {
        let cases = [
            ("Which position (e.g. tenth)?", "Which position?"),
            ("Which century (e.g. 3rd)?", "Which century?"),
            ("How many?", "How many?"),
            ("Odd (e.g. open", "Odd (e.g. open"),
        ];
        for (cue, want) in cases {
            assert_eq!(super::without_example(cue), want, "{cue}");
        }
    }

    use super::*;
    use crate::card::compile;
    use crate::deck::parse;
    use rand::rngs::StdRng;
    use rand::SeedableRng;

    fn first_card(fact: &str) -> Card {
        let src = format!("title: T\nfacts:\n  - {fact}\n");
        compile(&parse(src.as_bytes(), "t").deck.unwrap())
            .cards
            .remove(0)
    }

    #[test]
    fn blanks_the_answer_and_cues_by_kind() {
        let cases = [
            (
                "The treaty had 12 founding members.",
                "The treaty had _____ founding members.",
                "How many founding members?",
            ),
            (
                "It was signed on April 4, 1949.",
                "It was signed on _____.",
                "On what date?",
            ),
            (
                "They met in May 2017.",
                "They met in _____.",
                "In what month and year?",
            ),
            (
                "NATO was founded in 1949.",
                "NATO was founded in _____.",
                "In what year?",
            ),
            (
                "Smallpox appeared around 10,000 BC.",
                "Smallpox appeared around _____.",
                "In what year, BC or AD?",
            ),
            (
                "Spending had doubled by {2024}.",
                "Spending had doubled by _____.",
                "By what year?",
            ),
            (
                "The base was open until {May 1990}.",
                "The base was open until _____.",
                "Until what month and year?",
            ),
            (
                "Spending rose by 4.8 percent.",
                "Spending rose by _____.",
                "What percentage?",
            ),
            ("It cost $14 billion.", "It cost _____.", "How much?"),
            (
                "It can reach an apparent magnitude of −2.94.",
                "It can reach an apparent magnitude of _____.",
                "What value?",
            ),
            (
                "The last survivors were aboard by {09:15} that morning.",
                "The last survivors were aboard by _____ that morning.",
                "By what time?",
            ),
            (
                "She hit an iceberg at around 23:40 that night.",
                "She hit an iceberg at around _____ that night.",
                "At what time?",
            ),
            (
                "Of those who caught it, 20–60 percent died.",
                "Of those who caught it, _____ died.",
                "What percentage? Give both ends.",
            ),
            (
                "It lasted seven decades.",
                "It lasted _____.",
                "How long, in decades?",
            ),
            ("A 100-day plan.", "A _____ plan.", "How long, in days?"),
            (
                "He scored in the 59th minute.",
                "He scored in the _____ minute.",
                "Which minute (e.g. 3rd)?",
            ),
            (
                "Portugal finished third in the group.",
                "Portugal finished _____ in the group.",
                "Which position (e.g. tenth)?",
            ),
            (
                "It was the ninth expedition.",
                "It was the _____ expedition.",
                "Which position (e.g. third)?",
            ),
            (
                "Everest rises 8,849 metres.",
                "Everest rises _____.",
                "How much, in metres?",
            ),
        ];
        for (fact, prompt, want_cue) in cases {
            let card = first_card(fact);
            assert_eq!(
                (cloze(&card).as_str(), cue(&card).as_str()),
                (prompt, want_cue),
                "{fact}"
            );
            let q = ask(
                &card,
                Format::Typed,
                &mut InMemory::new(vec![]),
                0,
                &mut StdRng::seed_from_u64(1),
            );
            assert!(
                !q.prompt.contains(card.answer_text()),
                "answer visible: {fact}"
            );
            assert!(
                q.cue.is_empty() || q.prompt.contains(BLANK),
                "a natural question needs no cue: {fact}"
            );
        }
    }

    #[test]
    fn a_range_asks_for_both_ends_only_when_typed() {
        let card = first_card("Estimates of the dead run from 1,490 to 1,635 people.");
        let asked = |format| {
            let q = ask(
                &card,
                format,
                &mut InMemory::new(vec![card.clone()]),
                0,
                &mut StdRng::seed_from_u64(1),
            );
            (q.format, q.cue)
        };
        assert_eq!(
            asked(Format::Typed),
            (Format::Typed, "How many people? Give both ends.".into())
        );
        assert_eq!(
            asked(Format::Choice),
            (Format::Choice, "How many people?".into())
        );
    }

    #[test]
    fn choice_without_enough_options_falls_back_to_typed() {
        let card = first_card("question: Capital of France?\n    answer: Paris");
        let q = ask(
            &card,
            Format::Choice,
            &mut InMemory::new(vec![card.clone()]),
            0,
            &mut StdRng::seed_from_u64(1),
        );
        assert_eq!(q.format, Format::Typed);
        assert!(q.choices.is_empty());
    }

    #[test]
    fn a_count_of_three_or_fewer_is_typed_not_picked_but_still_judged() {
        let deck = "title: T\nfacts:\n  - France topped the group with two wins and a draw.\n  - The club has won 11 titles.\n";
        let cards = compile(&parse(deck.as_bytes(), "t").deck.unwrap()).cards;
        let mut source = InMemory::new(cards.clone());
        let as_format = |k: usize, format: Format, source: &mut InMemory| {
            (0..10)
                .map(|seed| {
                    ask(
                        &cards[k],
                        format,
                        source,
                        0,
                        &mut StdRng::seed_from_u64(seed),
                    )
                    .format
                })
                .collect::<Vec<_>>()
        };
        assert!(as_format(0, Format::Choice, &mut source)
            .iter()
            .all(|f| *f == Format::Typed));
        assert!(as_format(0, Format::TrueFalse, &mut source)
            .iter()
            .all(|f| *f == Format::TrueFalse));
        assert!(as_format(1, Format::Choice, &mut source)
            .iter()
            .all(|f| *f == Format::Choice));
    }

    #[test]
    fn a_bound_is_judged_true_or_false_and_a_deadline_only_typed_when_marked() {
        // "At least 79" has an opposite ("fewer than 79"): true or false in every form. A
        // deadline has none: braced it is typed, unmarked it is not asked.
        let deck = "title: T\nfacts:\n  - Jupiter has at least 79 moons.\n  - Saturn has 83 moons.\n  - Uranus has 27 moons.\n  - Neptune has 14 moons.\n  - The probe arrived by {2030}.\n  - The rover arrived by 2031.\n";
        let cards = compile(&parse(deck.as_bytes(), "t").deck.unwrap()).cards;
        assert!(!cards.iter().any(|c| c.text.contains("2031")));
        let deadline = cards.iter().position(|c| c.text.contains("2030")).unwrap();
        for (k, want) in [
            (0, Some(Format::TrueFalse)),
            (1, None),
            (deadline, Some(Format::Typed)),
        ] {
            for format in [Format::Typed, Format::Choice, Format::TrueFalse] {
                let q = ask(
                    &cards[k],
                    format,
                    &mut InMemory::new(cards.clone()),
                    0,
                    &mut StdRng::seed_from_u64(1),
                );
                // The point beside them is asked as asked.
                assert_eq!(
                    q.format,
                    want.unwrap_or(format),
                    "{} as {format:?}",
                    cards[k].text
                );
            }
        }
    }

    #[test]
    fn a_sentence_that_names_no_subject_opens_with_it_in_every_form_but_a_timeline() {
        let deck = "title: T\nsubject: Mount Everest\nfacts:\n  - The summit rises 8,848 metres.\n  - Everest's base camp lies at 5,364 metres.\n  - The first ascent came in 1953.\n  - Messner climbed it alone in 1980.\n  - The first winter ascent was in 1980 too.\n  - Sherpas guided a climb in 1960.\n";
        let cards = compile(&parse(deck.as_bytes(), "t").deck.unwrap()).cards;
        for format in [
            Format::Typed,
            Format::Choice,
            Format::TrueFalse,
            Format::Estimate,
            Format::Timeline,
        ] {
            for card in &cards {
                let q = ask(
                    card,
                    format,
                    &mut InMemory::new(cards.clone()),
                    0,
                    &mut StdRng::seed_from_u64(3),
                );
                let led = q.prompt.starts_with("Mount Everest: ");
                let want = !card.text.contains("Everest") && q.format != Format::Timeline;
                assert_eq!(led, want, "{format:?} → {:?}: {}", q.format, q.prompt);
            }
        }
    }
}
