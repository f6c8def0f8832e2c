//! What distractors are drawn from: the answers of a deck's cards, without the rest of the
//! cards, so a large deck's pool is small to keep and quick to read.

use crate::card::{Answer, Card};
use crate::quantity::{Kind, Value};
use serde::{Deserialize, Serialize};

/// One card's answer, as distractors need it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Entry {
    /// A quantity's kind and value, and for a date or year the event it dates.
    Quantity {
        /// Its kind.
        kind: Kind,
        /// Its value.
        value: Value,
        /// For dates and years: the fact without its date, for timeline questions.
        event: Option<String>,
    },
    /// A text answer.
    Text(String),
}

/// The answers of a set of cards.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Pool(pub Vec<Entry>);

impl Pool {
    /// The pool of `cards`.
    pub fn of(cards: &[Card]) -> Pool {
        Pool(cards.iter().map(Pool::entry).collect())
    }

    /// One card's entry.
    pub fn entry(card: &Card) -> Entry {
        match &card.answer {
            Answer::Quantity(q) => {
                let dated = matches!(q.kind, Kind::Date | Kind::Year) && !card.is_question;
                let event = dated
                    .then(|| super::event_of(&card.text, q.span.clone()))
                    .flatten();
                Entry::Quantity {
                    kind: q.kind,
                    value: q.value,
                    event,
                }
            }
            Answer::Text { answer, .. } => Entry::Text(answer.clone()),
        }
    }

    /// Adds another pool's entries (several decks in one session).
    pub fn extend(&mut self, other: Pool) {
        self.0.extend(other.0);
    }
}
