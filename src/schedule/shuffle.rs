//! A seeded shuffle of all cards: for `--cram` and `--no-save`, where no schedule applies.

use super::{Format, FormatChoice, Pick, Picker, Siblings};
use crate::grade::Verdict;
use rand::rngs::StdRng;
use rand::seq::SliceRandom;
use rand::Rng;

/// Asks cards in a seeded random order, each at most once.
#[derive(Debug, Clone)]
pub struct ShuffledPicker {
    order: Vec<usize>,
    format: FormatChoice,
    siblings: Siblings,
}

impl ShuffledPicker {
    /// A picker over `count` cards, shuffled with `rng`.
    pub fn new(count: usize, format: FormatChoice, rng: &mut StdRng) -> Self {
        let mut order: Vec<usize> = (0..count).collect();
        order.shuffle(rng);
        order.reverse(); // Popped from the back.
        ShuffledPicker {
            order,
            format,
            siblings: Siblings::default(),
        }
    }

    /// Leaves out cards whose fact another question of the session has shown.
    pub fn with_siblings(self, siblings: Siblings) -> Self {
        ShuffledPicker { siblings, ..self }
    }
}

impl Picker for ShuffledPicker {
    fn next(&mut self, rng: &mut StdRng) -> Option<Pick> {
        let card =
            std::iter::from_fn(|| self.order.pop()).find(|&c| !self.siblings.given_away(c))?;
        // Without a schedule, strength is unknown: recognition and recall half and half.
        let strong = rng.random_bool(0.5);
        let format = self.format.pick(strong, rng);
        Some(Pick { card, format })
    }

    fn only(&self) -> Option<Format> {
        self.format.only()
    }

    fn asked(&mut self, card: usize, shows: &[u64]) {
        self.siblings.asked(card, shows);
    }

    fn answered(&mut self, _pick: Pick, _verdict: Verdict) {}

    fn remaining(&self, at_most: usize) -> usize {
        // Drawn from the end of `order`.
        self.siblings
            .fresh(self.order.iter().rev().copied(), at_most)
    }
}
