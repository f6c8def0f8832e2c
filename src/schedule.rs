//! Which card to ask next, and in what format. For now a seeded shuffle; spaced repetition
//! plugs in here through the same [`Picker`] trait.

use crate::card::Card;
use crate::grade::Verdict;
use crate::question::Format;
use rand::rngs::StdRng;
use rand::seq::SliceRandom;
use rand::Rng;

/// The formats a player asked for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum FormatChoice {
    /// Always typed.
    Typed,
    /// Always multiple choice (typed when a deck cannot supply options).
    Choice,
    /// A mix of both.
    #[default]
    Mixed,
}

/// One pick: the index of a card in the session's card list and its format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Pick {
    /// Index into the session's cards.
    pub card: usize,
    /// How to ask it.
    pub format: Format,
}

/// Chooses the cards of a session, one at a time, and hears how each went.
pub trait Picker {
    /// The next card to ask, or `None` when the session is done.
    fn next(&mut self, rng: &mut StdRng) -> Option<Pick>;
    /// How the last pick was answered.
    fn answered(&mut self, pick: Pick, verdict: Verdict);
}

/// Asks cards in a seeded random order, each at most once.
#[derive(Debug, Clone)]
pub struct ShuffledPicker {
    order: Vec<usize>,
    format: FormatChoice,
}

impl ShuffledPicker {
    /// A picker over `cards`, shuffled with `rng`.
    pub fn new(cards: &[Card], format: FormatChoice, rng: &mut StdRng) -> Self {
        let mut order: Vec<usize> = (0..cards.len()).collect();
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
}
