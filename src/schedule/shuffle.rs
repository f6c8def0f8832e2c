//! A seeded shuffle of all cards: for `--cram` and `--no-save`, where no schedule applies.

use super::{FormatChoice, Pick, Picker};
use crate::grade::Verdict;
use crate::question::Format;
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
        let format = match self.format {
            FormatChoice::Typed => Format::Typed,
            FormatChoice::Choice => Format::Choice,
            FormatChoice::Mixed if rng.random_bool(0.5) => Format::Choice,
            FormatChoice::Mixed => Format::Typed,
        };
        Some(Pick { card, format })
    }

    fn answered(&mut self, _pick: Pick, _verdict: Verdict) {}

    fn remaining(&self) -> usize {
        self.order.len()
    }
}
