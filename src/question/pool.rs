//! What distractors are drawn from: the answers of a deck's cards, without the rest of the
//! cards, so a large deck's pool is small to keep and quick to read.

use crate::card::{Answer, Card};
use crate::quantity::{Kind, Value};
use serde::{Deserialize, Serialize};

/// One card's answer, as distractors need it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Entry {
    /// A quantity's kind and value.
    Quantity {
        /// Its kind.
        kind: Kind,
        /// Its value.
        value: Value,
        /// Which fact it comes from, so a timeline never sets a fact against itself.
        fact: u64,
    },
    /// A text answer.
    Text {
        /// The answer shown.
        answer: String,
        /// What its question asks for ("which country"): options come from the same sort.
        asks: String,
    },
}

/// A number naming the fact a card comes from (its id without the card's position).
pub fn fact_of(card: &Card) -> u64 {
    let id = &card.id.0;
    let fact = id.rsplit_once(':').map_or(id.as_str(), |(f, _)| f);
    // FNV-1a: the same on every run and build, unlike the standard library's seeded hasher.
    fact.bytes().fold(0xcbf2_9ce4_8422_2325u64, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
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
            Answer::Quantity(q) => Entry::Quantity {
                kind: q.kind,
                value: q.value,
                fact: fact_of(card),
            },
            Answer::Text { answer, .. } => Entry::Text {
                answer: answer.clone(),
                asks: super::distractor::asks_of(card),
            },
        }
    }

    /// Adds another pool's entries (several decks in one session).
    pub fn extend(&mut self, other: Pool) {
        self.0.extend(other.0);
    }
}
