//! Where a session's cards come from: held in memory, or read one at a time from the store.

use super::Pool;
use crate::card::Card;

/// Where a session's cards come from: all in memory, or read one at a time from the store.
pub trait CardSource {
    /// The card at `index`.
    fn card(&mut self, index: usize) -> anyhow::Result<Card>;
    /// The answers distractors are drawn from.
    fn pool(&self) -> &Pool;
}

/// Cards held in memory.
#[derive(Debug, Clone)]
pub struct InMemory {
    cards: Vec<Card>,
    pool: Pool,
}

impl InMemory {
    /// A source over `cards`.
    pub fn new(cards: Vec<Card>) -> Self {
        let pool = Pool::of(&cards);
        InMemory { cards, pool }
    }
}

impl CardSource for InMemory {
    fn card(&mut self, index: usize) -> anyhow::Result<Card> {
        self.cards
            .get(index)
            .cloned()
            .ok_or_else(|| anyhow::anyhow!("no card at index {index}"))
    }

    fn pool(&self) -> &Pool {
        &self.pool
    }
}
