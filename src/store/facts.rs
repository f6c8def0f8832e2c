//! What stats need from the store, as plain data: daily review counts and card groups that
//! the store computes in SQL, and the same computed from rows (for tests and small inputs).
//! They live here, below `stats`, so that the store never reaches up into it.

use super::{CardRow, Review};
use crate::schedule::{Phase, DAY_MS, MASTERED_STABILITY_DAYS};
use std::collections::BTreeMap;

/// What stats need from the review log.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ReviewFacts {
    /// Reviews per local day (days since the epoch), every day that has any.
    pub per_day: BTreeMap<u64, usize>,
    /// Review-phase answers since the retention window began.
    pub review_answers: usize,
    /// Of those, the ones remembered (rated Hard or better).
    pub remembered: usize,
}

impl ReviewFacts {
    /// The aggregates of a list of reviews, by local day (`offset_ms` ahead of UTC); the
    /// retention window starts on local day `since_day`.
    pub fn from_reviews(reviews: &[Review], since_day: u64, offset_ms: i64) -> Self {
        let mut f = ReviewFacts::default();
        for r in reviews {
            let d = local_day(r.reviewed_at_ms, offset_ms);
            *f.per_day.entry(d).or_default() += 1;
            if r.kind == "review" && d >= since_day {
                f.review_answers += 1;
                f.remembered += usize::from(r.rating > 1);
            }
        }
        f
    }
}

/// Cards of one deck that share a phase, mastery and due day, and how many there are.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CardGroup {
    /// Deck id.
    pub deck_id: String,
    /// Learning, review or relearning.
    pub phase: Phase,
    /// Stability of 21 days or more.
    pub mastered: bool,
    /// The local day they fall due.
    pub due_day: u64,
    /// How many cards.
    pub count: usize,
}

/// What stats need from the card states: groups to count. (The weakest cards come from the
/// review log, `Store::most_missed`: ranked by lapses, a card missed in learning never showed.)
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CardFacts {
    /// Cards grouped by deck, phase, mastery and due day.
    pub groups: Vec<CardGroup>,
}

impl CardGroup {
    /// Whether these cards count as mastered: in review, stability of 21 days or more.
    pub fn is_mastered(&self) -> bool {
        self.phase == Phase::Review && self.mastered
    }
}

impl CardFacts {
    /// Cards mastered.
    pub fn mastered(&self) -> usize {
        self.groups
            .iter()
            .filter(|g| g.is_mastered())
            .map(|g| g.count)
            .sum()
    }

    /// Cards due on or before local day `day`.
    pub fn due_by(&self, day: u64) -> usize {
        due_by(self.groups.iter(), day)
    }

    /// The facts of a list of card states, as the store computes them in SQL (local days,
    /// `offset_ms` ahead of UTC).
    pub fn from_rows(rows: &[CardRow], offset_ms: i64) -> Self {
        let mut groups: BTreeMap<(String, u8, bool, u64), usize> = BTreeMap::new();
        for r in rows {
            let mastered = r.state.stability >= MASTERED_STABILITY_DAYS;
            *groups
                .entry((
                    r.deck_id.clone(),
                    r.state.phase as u8,
                    mastered,
                    local_day(r.state.due_ms, offset_ms),
                ))
                .or_default() += 1;
        }
        let groups = groups
            .into_iter()
            .map(|((deck_id, phase, mastered, due_day), count)| {
                let phase = Phase::from_number(i64::from(phase)).unwrap_or(Phase::Review);
                CardGroup {
                    deck_id,
                    phase,
                    mastered,
                    due_day,
                    count,
                }
            })
            .collect();
        CardFacts { groups }
    }
}

/// The local day number of a time, for a local time `offset_ms` ahead of UTC.
pub fn local_day(ms: u64, offset_ms: i64) -> u64 {
    ((ms as i64 + offset_ms).max(0) as u64) / DAY_MS
}

/// Cards of `groups` due on or before local day `day`.
pub fn due_by<'a>(groups: impl Iterator<Item = &'a CardGroup>, day: u64) -> usize {
    groups.filter(|g| g.due_day <= day).map(|g| g.count).sum()
}
