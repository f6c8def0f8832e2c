//! Progress figures: pure arithmetic over card states, review aggregates and a clock. The
//! store computes the aggregates in SQL ([`ReviewFacts`]), so stats stay quick with a long log.

use crate::schedule::{CardState, Phase, Scheduler};
use crate::store::due_by;
pub use crate::store::{local_day, CardFacts, CardGroup, ReviewFacts};
use serde::Serialize;
use std::collections::{BTreeMap, HashSet};

/// The retention window: today and the days before it, this many in all.
pub const RETENTION_DAYS: u64 = 30;

/// Cards by state.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct CardCounts {
    /// Never asked.
    pub new: usize,
    /// In learning or relearning steps.
    pub learning: usize,
    /// In review, stability under 21 days.
    pub review: usize,
    /// In review with stability of 21 days or more.
    pub mastered: usize,
}

/// One deck's figures.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DeckStats {
    /// Deck id.
    pub id: String,
    /// Title.
    pub title: String,
    /// Cards by state.
    pub cards: CardCounts,
    /// Cards due by the end of today.
    pub due_today: usize,
    /// Share of the deck's cards mastered, 0-1.
    pub mastery: f64,
}

/// A weak card: one the learner missed, by the share of its answers that were wrong.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Weak {
    /// The card.
    pub card: String,
    /// The answer it asks for (the card's own, never the "true"/"false" of a true/false
    /// question, issue 12 point 6).
    pub answer: String,
    /// The fact it asks about (or the question), when its deck can still be read.
    pub fact: Option<String>,
    /// Wrong answers.
    pub misses: usize,
    /// All answers.
    pub answers: usize,
    /// Whether it has left learning: only then is "recall now" a forecast worth showing
    /// (just after a miss in learning the model says 100%, issue 12 point 6).
    pub in_review: bool,
    /// Chance of recalling it now.
    pub retrievability: f64,
    /// Times forgotten after reaching review.
    pub lapses: u32,
    /// FSRS difficulty, 1-10.
    pub difficulty: f64,
}

/// Everything `factdrill stats` shows.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Stats {
    /// Answers ever recorded.
    pub total_reviews: usize,
    /// Cards due by the end of today (local time).
    pub due_today: usize,
    /// Cards by state.
    pub cards: CardCounts,
    /// Cards falling due on each of the next 14 days (index 0: today, overdue included).
    pub due_next_14_days: Vec<usize>,
    /// Reviews on each of the last 30 days (last index: today).
    pub reviews_last_30_days: Vec<usize>,
    /// Share of review-phase answers that were remembered in the last 30 days.
    pub retention_30d: Option<f64>,
    /// Days in a row with at least one review, up to today (or yesterday).
    pub streak_days: usize,
    /// Per-deck figures.
    pub decks: Vec<DeckStats>,
    /// The five weakest cards: most lapses, then hardest, then least likely recalled.
    pub weakest: Vec<Weak>,
}

fn counts<'a>(groups: impl Iterator<Item = &'a CardGroup>, total_cards: usize) -> CardCounts {
    let mut c = CardCounts::default();
    let mut seen = 0;
    for g in groups {
        seen += g.count;
        match g.phase {
            Phase::Learning | Phase::Relearning => c.learning += g.count,
            Phase::Review if g.is_mastered() => c.mastered += g.count,
            Phase::Review => c.review += g.count,
        }
    }
    c.new = total_cards.saturating_sub(seen);
    c
}

/// Computes the figures; `decks` are (id, title, card count) of the decks covered, `cards`
/// and `facts` the aggregates of their card states and reviews, `weakest` the cards missed
/// most ([`weak`]).
pub fn compute(
    decks: &[(String, String, usize)],
    cards: &CardFacts,
    facts: &ReviewFacts,
    weakest: Vec<Weak>,
    now_ms: u64,
    offset_ms: i64,
) -> Stats {
    let today = local_day(now_ms, offset_ms);
    let wanted: HashSet<&str> = decks.iter().map(|d| d.0.as_str()).collect();
    let groups: Vec<&CardGroup> = cards
        .groups
        .iter()
        .filter(|g| wanted.contains(g.deck_id.as_str()))
        .collect();
    let seen: usize = groups.iter().map(|g| g.count).sum();
    let total_cards = decks.iter().map(|d| d.2).sum::<usize>().max(seen);
    let mut due_next = vec![0; 14];
    for g in &groups {
        let d = g.due_day.saturating_sub(today) as usize;
        if d < 14 {
            due_next[d] += g.count;
        }
    }
    let per_day = (0..30)
        .map(|k| {
            facts
                .per_day
                .get(&(today + k).saturating_sub(29))
                .copied()
                .unwrap_or(0)
        })
        .collect();
    let retention =
        (facts.review_answers > 0).then(|| facts.remembered as f64 / facts.review_answers as f64);
    let deck_stats = decks
        .iter()
        .map(|(id, title, n)| deck_stats(id, title, *n, &groups, today))
        .collect();
    Stats {
        total_reviews: facts.per_day.values().sum(),
        due_today: due_next[0],
        cards: counts(groups.iter().copied(), total_cards),
        due_next_14_days: due_next,
        reviews_last_30_days: per_day,
        retention_30d: retention,
        streak_days: streak(&facts.per_day, today),
        decks: deck_stats,
        weakest,
    }
}

fn deck_stats(id: &str, title: &str, n: usize, groups: &[&CardGroup], today: u64) -> DeckStats {
    let mine: Vec<&CardGroup> = groups.iter().copied().filter(|g| g.deck_id == id).collect();
    let seen: usize = mine.iter().map(|g| g.count).sum();
    let total = n.max(seen);
    let cards = counts(mine.iter().copied(), total);
    let due_today = due_by(mine.iter().copied(), today);
    let mastery = if total == 0 {
        0.0
    } else {
        cards.mastered as f64 / total as f64
    };
    DeckStats {
        id: id.to_string(),
        title: title.to_string(),
        cards,
        due_today,
        mastery,
    }
}

fn streak(per_day: &BTreeMap<u64, usize>, today: u64) -> usize {
    let start = if per_day.contains_key(&today) {
        today
    } else {
        today.saturating_sub(1)
    };
    (0..=start)
        .take_while(|k| per_day.contains_key(&(start - k)))
        .count()
}

/// What a card asks: its fact (or question) and its answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CardText {
    /// The fact with the answer in place, or the question and its answer.
    pub fact: String,
    /// The answer.
    pub answer: String,
}

/// A missed card as shown: `missed` is (card, answer at its last review, wrong answers, all
/// answers) from the review log, `text` the card as its deck reads now (when it can be read),
/// `state` its memory.
pub fn weak(
    missed: (String, String, usize, usize),
    text: Option<&CardText>,
    state: Option<&CardState>,
    now_ms: u64,
    scheduler: &Scheduler,
) -> Weak {
    let (card, logged, misses, answers) = missed;
    Weak {
        answer: text.map_or(logged, |t| t.answer.clone()),
        fact: text.map(|t| t.fact.clone()),
        card,
        misses,
        answers,
        in_review: state.is_some_and(|s| s.phase == Phase::Review),
        retrievability: state.map_or(0.0, |s| f64::from(scheduler.retrievability(s, now_ms))),
        lapses: state.map_or(0, |s| s.lapses),
        difficulty: state.map_or(0.0, |s| f64::from(s.difficulty)),
    }
}

#[cfg(test)]
mod tests;
