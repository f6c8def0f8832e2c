//! Questions: a card rendered in a format, with its prompt, cue and options.

mod distractor;
mod pool;

pub use distractor::{choices, OPTIONS};
pub use pool::{Entry, Pool};

use crate::card::{Answer, Card, CardId, CardKind};
use crate::quantity::{Kind, Quantity, Value};
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
}

impl Format {
    /// The name used in JSON.
    pub fn name(self) -> &'static str {
        match self {
            Format::Typed => "typed",
            Format::Choice => "choice",
        }
    }
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
    /// The sentence with its blank, or the question.
    pub prompt: String,
    /// What to give, fitted to the kind ("How many founding members?").
    pub cue: String,
    /// Options, for choice questions.
    pub choices: Vec<String>,
    /// Index of the right option, for choice questions.
    pub correct: Option<usize>,
    /// The fact's topic, if the deck gives one.
    pub topic: Option<String>,
}

/// The blank that replaces an answer in a sentence.
pub const BLANK: &str = "_____";

/// Renders a card as a question; a choice the deck cannot fill falls back to typed.
pub fn ask(card: &Card, format: Format, deck: &Pool, rng: &mut impl Rng) -> Question {
    let prompt = match card.span() {
        Some(span) if !card.is_question => format!(
            "{}{BLANK}{}",
            &card.text[..span.start],
            &card.text[span.end..]
        ),
        _ => card.text.clone(),
    };
    let options = match format {
        Format::Choice => choices(card, deck, rng),
        Format::Typed => None,
    };
    let (format, choices, correct) = match options {
        Some((opts, right)) => (Format::Choice, opts, Some(right)),
        None => (Format::Typed, Vec::new(), None),
    };
    Question {
        card: card.id.clone(),
        kind: card.kind(),
        format,
        prompt,
        cue: cue(card),
        choices,
        correct,
        topic: card.topic.clone(),
    }
}

/// A cue that fits the kind of answer.
pub fn cue(card: &Card) -> String {
    match &card.answer {
        Answer::Text { .. } if card.is_question => "Your answer?".to_string(),
        Answer::Text { .. } => "What fills the blank?".to_string(),
        Answer::Quantity(q) => quantity_cue(q),
    }
}

fn quantity_cue(q: &Quantity) -> String {
    let unit = q.style.suffix.trim().trim_start_matches('-');
    match (q.kind, q.value) {
        (Kind::Date, Value::Date(d)) if d.end_day.is_some() => "On what dates?".into(),
        (Kind::Date, Value::Date(d)) if d.day.is_none() => "In what month and year?".into(),
        (Kind::Date, _) => "On what date?".into(),
        (Kind::Year, _) => "In what year?".into(),
        (Kind::Count, _) => match &q.noun {
            Some(noun) => format!("How many {noun}?"),
            None => "How many?".into(),
        },
        (Kind::Ordinal, _) => "Which position (e.g. 3rd)?".into(),
        (Kind::Percent, _) => "What percentage?".into(),
        (Kind::Money, _) => "How much?".into(),
        (Kind::Duration, _) => format!("How long, in {}?", plural(unit)),
        (Kind::Measure, _) => format!("How much, in {unit}?"),
    }
}

fn plural(unit: &str) -> String {
    if unit.ends_with('s') {
        unit.to_string()
    } else {
        format!("{unit}s")
    }
}

#[cfg(test)]
mod tests {
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
                "Spending rose by 4.8 percent.",
                "Spending rose by _____.",
                "What percentage?",
            ),
            ("It cost $14 billion.", "It cost _____.", "How much?"),
            (
                "It lasted seven decades.",
                "It lasted _____.",
                "How long, in decades?",
            ),
            ("A 100-day plan.", "A _____ plan.", "How long, in days?"),
            (
                "Everest rises 8,849 metres.",
                "Everest rises _____.",
                "How much, in metres?",
            ),
        ];
        for (fact, prompt, cue) in cases {
            let q = ask(
                &first_card(fact),
                Format::Typed,
                &Pool::default(),
                &mut StdRng::seed_from_u64(1),
            );
            assert_eq!((q.prompt.as_str(), q.cue.as_str()), (prompt, cue), "{fact}");
            assert!(
                !q.prompt.contains(first_card(fact).answer_text()),
                "answer visible: {fact}"
            );
        }
    }

    #[test]
    fn choice_without_enough_options_falls_back_to_typed() {
        let card = first_card("question: Capital of France?\n    answer: Paris");
        let q = ask(
            &card,
            Format::Choice,
            &Pool::of(std::slice::from_ref(&card)),
            &mut StdRng::seed_from_u64(1),
        );
        assert_eq!(q.format, Format::Typed);
        assert!(q.choices.is_empty());
    }
}
