//! What distractors are drawn from: the answers of a deck's cards, without the rest of the
//! cards, so a large deck's pool is small to keep and quick to read; and their quantities in
//! order, so that a question looks up the values near its answer instead of reading them all.

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
        /// The race it is a result of, if its sentence names one (`label::race_named`).
        #[serde(default)]
        race: Option<u32>,
        /// What its sentence says it is the most of ("its greatest depth is 1,642 m":
        /// "depth"), so that no option for another depth of the deck goes past it.
        #[serde(default)]
        most: Option<String>,
        /// For the deck's lead date (`lead_of`), its deck (`card::deck_key`): no option for
        /// another of its dates crosses it.
        #[serde(default)]
        lead: Option<u64>,
        /// For the deck's end date (`end_of`), its deck: no option for an earlier date of it
        /// falls after it.
        #[serde(default)]
        end: Option<u64>,
        /// For the birth date of a deck's subject (`born_of`), its deck: no option for a
        /// later deed of theirs falls in their childhood.
        #[serde(default)]
        born: Option<u64>,
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
    crate::card::fact_key(&card.id.0)
}

/// The answers of a set of cards, in card order, and their quantities in value order.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Pool(
    #[serde(deserialize_with = "exact")] pub Vec<Entry>,
    Order,
    /// Where the entries are that name a race or a deck's greatest figure: the few a
    /// question reads besides its neighbours, without reading the rest (issue 13).
    #[serde(default)]
    Vec<usize>,
);

/// Decodes entries into a vector of exactly their number. Serde's own decoding reserves
/// at most 1 MB ahead and then doubles, which at 100,000 entries held 8 MB for 6 (issue 13).
fn exact<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Vec<Entry>, D::Error> {
    struct Exact;
    impl<'de> serde::de::Visitor<'de> for Exact {
        type Value = Vec<Entry>;
        fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
            f.write_str("a sequence of pool entries")
        }
        fn visit_seq<A: serde::de::SeqAccess<'de>>(
            self,
            mut seq: A,
        ) -> Result<Self::Value, A::Error> {
            // A deck is at most 16 MiB, so a larger count is a damaged cache: read as it comes.
            let mut out = Vec::with_capacity(seq.size_hint().unwrap_or(0).min(1 << 22));
            while let Some(e) = seq.next_element()? {
                out.push(e);
            }
            Ok(out)
        }
    }
    d.deserialize_seq(Exact)
}

impl Pool {
    /// The pool of `cards`.
    pub fn of(cards: &[Card]) -> Pool {
        let mut entries: Vec<Entry> = cards.iter().map(Pool::entry).collect();
        if let Some(k) = lead_of(cards) {
            if let Entry::Quantity { lead, .. } = &mut entries[k] {
                *lead = Some(crate::card::deck_key(&cards[k].id.0));
            }
        }
        if let Some(k) = end_of(cards) {
            if let Entry::Quantity { end, .. } = &mut entries[k] {
                *end = Some(crate::card::deck_key(&cards[k].id.0));
            }
        }
        if let Some(k) = born_of(cards) {
            if let Entry::Quantity { born, .. } = &mut entries[k] {
                *born = Some(crate::card::deck_key(&cards[k].id.0));
            }
        }
        Pool::new(entries)
    }

    /// The pool of these entries, in this order.
    pub fn new(entries: Vec<Entry>) -> Pool {
        let order = Order::of(&entries);
        let marked = marked(&entries, 0);
        Pool(entries, order, marked)
    }

    /// The entries that name a race or a deck's greatest figure.
    pub fn marked(&self) -> impl Iterator<Item = &Entry> {
        self.2.iter().filter_map(|&k| self.0.get(k))
    }

    /// Its quantities in order of group and size.
    pub fn order(&self) -> &Order {
        &self.1
    }

    /// One card's entry.
    pub fn entry(card: &Card) -> Entry {
        match &card.answer {
            Answer::Quantity(q) => Entry::Quantity {
                kind: q.kind,
                value: q.value,
                fact: fact_of(card),
                race: crate::screen::race_named(&card.text, q),
                most: super::distractor::most_of(&card.text, q),
                lead: None,
                end: None,
                born: None,
            },
            Answer::Text { answer, .. } => Entry::Text {
                answer: answer.clone(),
                asks: super::distractor::asks_of(card),
            },
        }
    }

    /// Adds another pool's entries (several decks in one session).
    pub fn extend(&mut self, other: Pool) {
        // A session's first deck: taken whole rather than copied entry by entry and merged
        // with nothing (100,000 entries at start-up, issue 13).
        if self.0.is_empty() {
            *self = other;
            return;
        }
        let offset = self.0.len();
        self.2.extend(other.2.iter().map(|k| k + offset));
        self.0.extend(other.0);
        let mine = std::mem::take(&mut self.1);
        self.1 = mine.merge(other.1, offset, &self.0);
    }
}

/// How many of a deck's first facts its lead date may come from.
const LEAD_FACTS: usize = 3;

/// The card of a deck's lead date: the first single date or year among its first three
/// facts ("The RMS Titanic went down on 15 April 1912", "The first 747 was rolled out on
/// September 30, 1968"). A text tells what led up to it and what followed, so no option
/// crosses it (`deck_bounds::beside_the_lead`). Cards of one deck only: ids hold the deck.
fn lead_of(cards: &[Card]) -> Option<usize> {
    let mut facts = Vec::with_capacity(LEAD_FACTS);
    for (k, card) in cards.iter().enumerate() {
        let fact = fact_of(card);
        if !facts.contains(&fact) {
            if facts.len() == LEAD_FACTS {
                return None;
            }
            facts.push(fact);
        }
        let Answer::Quantity(q) = &card.answer else {
            continue;
        };
        let dated = match q.value {
            Value::Year(_) => true,
            Value::Date(d) => d.year.is_some() && d.end_day.is_none(),
            _ => false,
        };
        if dated && q.range.is_none() {
            return Some(k);
        }
    }
    None
}

/// Words that say a deck's subject came to an end: "certified in 1979 that smallpox had been
/// wiped out worldwide".
const ENDED: &[&str] = &[
    "eradicated",
    "wiped out",
    "abolished",
    "dissolved",
    "extinct",
    "disbanded",
    "decommissioned",
];

/// The card of a deck's end date: the earliest single year or dated day whose sentence says
/// its subject ended. What the deck tells before it happened before it, so an option for an
/// earlier date never falls after it (round 52: smallpox cases offered 1980 to 1983, after
/// the eradication of 1979, C twice). Cards of one deck only.
fn end_of(cards: &[Card]) -> Option<usize> {
    earliest_told(cards, |card, q| {
        let lower = card.text.to_lowercase();
        ENDED.iter().any(|w| lower.contains(w)) && q.range.is_none()
    })
}

/// The card of the deck's subject's birth: the earliest single year or dated day told with
/// "born" just before it ("Usain St Leo Bolt (born 21 August 1986)"). Cards of one deck only.
fn born_of(cards: &[Card]) -> Option<usize> {
    earliest_told(cards, |card, q| {
        let before = card.text[..q.span.start].to_lowercase();
        let born = before
            .split_whitespace()
            .rev()
            .take(2)
            .any(|w| w.trim_start_matches('(') == "born");
        born && q.range.is_none()
    })
}

/// The card of the earliest single year or dated day whose card `told` accepts.
fn earliest_told(
    cards: &[Card],
    told: impl Fn(&Card, &crate::quantity::Quantity) -> bool,
) -> Option<usize> {
    cards
        .iter()
        .enumerate()
        .filter_map(|(k, card)| {
            let Answer::Quantity(q) = &card.answer else {
                return None;
            };
            let year = match q.value {
                Value::Year(y) => Some(y),
                Value::Date(d) if d.end_day.is_none() => d.year,
                _ => None,
            }?;
            told(card, q).then_some((year, k))
        })
        .min()
        .map(|(_, k)| k)
}

/// The positions, from `offset`, of the entries with a race or a greatest figure.
fn marked(entries: &[Entry], offset: usize) -> Vec<usize> {
    entries
        .iter()
        .enumerate()
        .filter(|(_, e)| {
            matches!(e, Entry::Quantity { race, most, lead, end, born, .. }
                if race.is_some() || most.is_some() || lead.is_some() || end.is_some()
                    || born.is_some())
        })
        .map(|(k, _)| k + offset)
        .collect()
}

mod draw;
mod order;

pub use draw::Draw;
pub use order::{date_key, shape_and_key, year_start, Group, Order, Shape, ROUND_MAX};

#[cfg(test)]
mod tests {
    use super::*;
    use crate::card::compile;
    use crate::deck::parse;

    #[test]
    fn a_pool_is_cached_and_read_back_whole() {
        let src = "title: T\nfacts:\n  - It had 12 members in 1949.\n  - question: Capital?\n    answer: Paris\n  - It cost $5 million.\n";
        let pool = Pool::of(&compile(&parse(src.as_bytes(), "t").deck.unwrap()).cards);
        let bytes = postcard::to_stdvec(&pool).unwrap();
        let back: Pool = postcard::from_bytes(&bytes).unwrap();
        assert_eq!(back, pool);
        assert_eq!(
            back.0.capacity(),
            back.0.len(),
            "no room reserved past the entries"
        );
        assert_eq!(back.order().len(), 3, "12, 1949 and $5 million: not Paris");
    }
}
