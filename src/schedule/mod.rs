//! Which card to ask next, in what format, and when each card is due again (FSRS).

mod plan;
mod queue;
mod shuffle;
mod siblings;
mod srs;
mod states;

pub use plan::{plan, plan_without, Cards, Plan, Slot};
pub use queue::{SrsPicker, RECALL_STABILITY_DAYS};
pub use shuffle::ShuffledPicker;
pub(crate) use siblings::bury_new_but;
pub use siblings::{bury_new, fact_key, Siblings};
pub use srs::{
    day_start, elapsed_days, rating_for, CardState, Phase, Rating, ScheduleError, Scheduler,
    Settings, DAY_MS, MASTERED_STABILITY_DAYS, MINUTE_MS,
};
pub use states::CardStates;

use crate::grade::Verdict;
use crate::question::Format;
use rand::rngs::StdRng;

/// The formats a player asked for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum FormatChoice {
    /// Always typed.
    Typed,
    /// Always multiple choice (typed when a deck cannot supply options).
    Choice,
    /// Always this form (each falls back to choice, then typed, where a card cannot take it).
    Only(Format),
    /// Recognition first, recall after: choice while a card is new or weak, typed once strong.
    #[default]
    Mixed,
}

impl FormatChoice {
    /// The one form every question must take, when one was asked for: a card that cannot
    /// take it is left out rather than asked in another form (issue 12: `--format estimate`
    /// gave multiple choice).
    pub fn only(self) -> Option<Format> {
        match self {
            FormatChoice::Typed => Some(Format::Typed),
            FormatChoice::Choice => Some(Format::Choice),
            FormatChoice::Only(f) => Some(f),
            FormatChoice::Mixed => None,
        }
    }

    /// The format of one question: fixed, or for `mixed` drawn by a card's strength
    /// (`strong`: stability of a week or more).
    pub fn pick(self, strong: bool, rng: &mut StdRng) -> Format {
        use rand::Rng;
        let roll: f64 = rng.random();
        match self {
            FormatChoice::Typed => Format::Typed,
            FormatChoice::Choice => Format::Choice,
            FormatChoice::Only(f) => f,
            // Timelines now and then, whatever the strength.
            FormatChoice::Mixed if roll < 0.1 => Format::Timeline,
            FormatChoice::Mixed if strong && roll < 0.3 => Format::Estimate,
            FormatChoice::Mixed if strong => Format::Typed,
            FormatChoice::Mixed if roll < 0.4 => Format::TrueFalse,
            FormatChoice::Mixed => Format::Choice,
        }
    }
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
    /// Card `card` was asked, and its question showed the facts `shows` besides its own: their
    /// other cards are now given away (see [`Siblings`]).
    fn asked(&mut self, card: usize, shows: &[u64]);
    /// The one form asked for, if any (see [`FormatChoice::only`]).
    fn only(&self) -> Option<Format>;
    /// How the last pick was answered.
    fn answered(&mut self, pick: Pick, verdict: Verdict);
    /// New questions still fair to ask (one per fact; a missed card waiting to come back is
    /// not one), counted up to `at_most`: a session needs no more than the questions it has
    /// left, and counting all of 100,000 cards before each one cost 3 ms.
    fn remaining(&self, at_most: usize) -> usize;
}
