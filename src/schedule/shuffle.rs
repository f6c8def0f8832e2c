//! A seeded shuffle of all cards: for `--cram` and `--no-save`, where no schedule applies.

use super::{FormatChoice, Pick, Picker};
use crate::grade::Verdict;
use rand::rngs::StdRng;
use rand::seq::SliceRandom;
use rand::Rng;

/// Asks cards in a seeded random order, each at most once.
#[derive(Debug, Clone)]
pub struct ShuffledPicker {
    order: Vec<usize>,
    format: FormatChoice,
}

impl ShuffledPicker {
    /// A picker over `count` cards, shuffled with `rng`.
    pub fn new(count: usize, format: FormatChoice, rng: &mut StdRng) -> Self {
        let mut order: Vec<usize> = (0..count).collect();
        order.shuffle(rng);
        order.reverse(); // Popped from the back.
        ShuffledPicker { order, format }
    }
}

impl Picker for ShuffledPicker {
    fn next(&mut self, rng: &mut StdRng) -> Option<Pick> {
        let card = self.order.pop()?;
        // Without a schedule, strength is unknown: recognition and recall half and half.
        let strong = rng.random_bool(0.5);
        let format = self.format.pick(strong, rng);
        Some(Pick { card, format })
    }

    fn answered(&mut self, _pick: Pick, _verdict: Verdict) {}

    fn remaining(&self) -> usize {
        self.order.len()
    }
}
