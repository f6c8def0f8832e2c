//! Progress figures from the store's rows: pure arithmetic over cards, reviews and a clock.

use crate::schedule::{Phase, Scheduler, DAY_MS, MASTERED_STABILITY_DAYS};
use crate::store::{CardRow, Review};
use serde::Serialize;
use std::collections::{BTreeMap, HashSet};

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

/// A weak card.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Weak {
    /// The card.
    pub card: String,
    /// The answer it asks for.
    pub answer: String,
    /// Chance of recalling it now.
    pub retrievability: f64,
    /// Times forgotten after reaching review.
    pub lapses: u32,
    /// Answers rated Again, in any phase.
    pub misses: u32,
}

/// Everything `factdrill stats` shows.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Stats {
    /// Answers ever recorded.
    pub total_reviews: usize,
    /// Cards due by the end of today (UTC).
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
    /// The five weakest cards: most often missed, then least likely recalled.
    pub weakest: Vec<Weak>,
}

/// The day number (days since the epoch, UTC) of a time.
fn day(ms: u64) -> u64 {
    ms / DAY_MS
}

fn counts(rows: &[&CardRow], total_cards: usize) -> CardCounts {
    let mut c = CardCounts::default();
    for r in rows {
        match r.state.phase {
            Phase::Learning | Phase::Relearning => c.learning += 1,
            Phase::Review if r.state.stability >= MASTERED_STABILITY_DAYS => c.mastered += 1,
            Phase::Review => c.review += 1,
        }
    }
    c.new = total_cards.saturating_sub(rows.len());
    c
}

/// Computes the figures; `decks` are (id, title, card count) of the decks to cover.
pub fn compute(
    decks: &[(String, String, usize)],
    cards: &[CardRow],
    reviews: &[Review],
    now_ms: u64,
    scheduler: &Scheduler,
) -> Stats {
    let today = day(now_ms);
    let wanted: HashSet<&str> = decks.iter().map(|d| d.0.as_str()).collect();
    let rows: Vec<&CardRow> = cards
        .iter()
        .filter(|r| wanted.contains(r.deck_id.as_str()))
        .collect();
    let reviews: Vec<&Review> = reviews
        .iter()
        .filter(|r| wanted.contains(r.deck_id.as_str()))
        .collect();
    let total_cards = decks.iter().map(|d| d.2).sum::<usize>().max(rows.len());
    let mut due_next = vec![0; 14];
    for r in &rows {
        let d = day(r.state.due_ms).saturating_sub(today) as usize;
        if d < 14 {
            due_next[d] += 1;
        }
    }
    let mut per_day = vec![0; 30];
    for r in &reviews {
        let age = today.saturating_sub(day(r.reviewed_at_ms)) as usize;
        if age < 30 && day(r.reviewed_at_ms) <= today {
            per_day[29 - age] += 1;
        }
    }
    let month_ago = now_ms.saturating_sub(30 * DAY_MS);
    let recent: Vec<&&Review> = reviews
        .iter()
        .filter(|r| r.kind == "review" && r.reviewed_at_ms >= month_ago)
        .collect();
    let retention = (!recent.is_empty())
        .then(|| recent.iter().filter(|r| r.rating > 1).count() as f64 / recent.len() as f64);
    let deck_stats = decks
        .iter()
        .map(|(id, title, n)| {
            let mine: Vec<&CardRow> = rows.iter().copied().filter(|r| &r.deck_id == id).collect();
            let c = counts(&mine, (*n).max(mine.len()));
            let due = mine.iter().filter(|r| day(r.state.due_ms) <= today).count();
            let mastery = if *n == 0 {
                0.0
            } else {
                c.mastered as f64 / (*n).max(mine.len()) as f64
            };
            DeckStats {
                id: id.clone(),
                title: title.clone(),
                cards: c,
                due_today: due,
                mastery,
            }
        })
        .collect();
    Stats {
        total_reviews: reviews.len(),
        due_today: due_next[0],
        cards: counts(&rows, total_cards),
        due_next_14_days: due_next,
        reviews_last_30_days: per_day,
        retention_30d: retention,
        streak_days: streak(&reviews, today),
        decks: deck_stats,
        weakest: weakest(&rows, &reviews, now_ms, scheduler),
    }
}

fn streak(reviews: &[&Review], today: u64) -> usize {
    let days: HashSet<u64> = reviews.iter().map(|r| day(r.reviewed_at_ms)).collect();
    let start = if days.contains(&today) {
        today
    } else {
        today.saturating_sub(1)
    };
    (0..=start)
        .take_while(|k| days.contains(&(start - k)))
        .count()
}

fn weakest(
    rows: &[&CardRow],
    reviews: &[&Review],
    now_ms: u64,
    scheduler: &Scheduler,
) -> Vec<Weak> {
    let mut answers: BTreeMap<&str, &str> = BTreeMap::new();
    let mut misses: BTreeMap<&str, u32> = BTreeMap::new();
    for r in reviews {
        answers.insert(&r.card_id, &r.expected);
        *misses.entry(&r.card_id).or_default() += u32::from(r.rating == 1);
    }
    let mut weak: Vec<Weak> = rows
        .iter()
        .map(|r| Weak {
            card: r.card_id.clone(),
            answer: answers
                .get(r.card_id.as_str())
                .map(|a| a.to_string())
                .unwrap_or_default(),
            retrievability: f64::from(scheduler.retrievability(&r.state, now_ms)),
            lapses: r.state.lapses,
            misses: misses.get(r.card_id.as_str()).copied().unwrap_or(0),
        })
        .collect();
    weak.sort_by(|a, b| {
        (b.lapses + b.misses)
            .cmp(&(a.lapses + a.misses))
            .then(a.retrievability.total_cmp(&b.retrievability))
    });
    weak.truncate(5);
    weak
}

#[cfg(test)]
mod tests;
