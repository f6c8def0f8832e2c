//! The order of a spaced-repetition session: due cards first, least likely remembered first,
//! then new cards in deck order up to a daily limit; a card answered wrong comes back later
//! in the same session, as Anki's learning steps do.

use super::{FormatChoice, Pick, Picker};
use crate::grade::Verdict;
use crate::question::Format;
use rand::rngs::StdRng;
use std::collections::VecDeque;

/// In `mixed`, a card is asked as typed recall once its stability reaches this many days.
pub const RECALL_STABILITY_DAYS: f32 = 7.0;
/// How many other questions come between a wrong answer and its card again.
const RELEARN_GAP: usize = 3;

/// A spaced-repetition session queue.
#[derive(Debug, Clone)]
pub struct SrsPicker {
    queue: VecDeque<usize>,
    format: FormatChoice,
    strength: Vec<Option<f32>>,
}

impl SrsPicker {
    /// A queue of `due` (already sorted, weakest first) then `new` card indices;
    /// `stability[i]` is card i's stability, `None` for a new card.
    pub fn new(
        due: Vec<usize>,
        new: Vec<usize>,
        stability: Vec<Option<f32>>,
        format: FormatChoice,
    ) -> Self {
        SrsPicker {
            queue: due.into_iter().chain(new).collect(),
            format,
            strength: stability,
        }
    }
}

impl Picker for SrsPicker {
    fn next(&mut self, _rng: &mut StdRng) -> Option<Pick> {
        let card = self.queue.pop_front()?;
        let strong = self
            .strength
            .get(card)
            .copied()
            .flatten()
            .is_some_and(|s| s >= RECALL_STABILITY_DAYS);
        let format = match self.format {
            FormatChoice::Typed => Format::Typed,
            FormatChoice::Choice => Format::Choice,
            FormatChoice::Mixed if strong => Format::Typed,
            FormatChoice::Mixed => Format::Choice,
        };
        Some(Pick { card, format })
    }

    fn answered(&mut self, pick: Pick, verdict: Verdict) {
        if verdict == Verdict::Wrong {
            let at = RELEARN_GAP.min(self.queue.len());
            self.queue.insert(at, pick.card);
        }
    }

    fn remaining(&self) -> usize {
        self.queue.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rand::SeedableRng;

    #[test]
    fn due_before_new_and_wrong_answers_come_back() {
        let mut p = SrsPicker::new(
            vec![4, 2],
            vec![0, 1, 3],
            vec![None; 5],
            FormatChoice::Typed,
        );
        let mut rng = StdRng::seed_from_u64(0);
        let first = p.next(&mut rng).unwrap();
        assert_eq!(first.card, 4);
        p.answered(first, Verdict::Wrong);
        let order: Vec<usize> = std::iter::from_fn(|| p.next(&mut rng).map(|x| x.card)).collect();
        assert_eq!(
            order,
            [2, 0, 1, 4, 3],
            "the missed card returns after three others"
        );
    }

    #[test]
    fn mixed_asks_weak_cards_as_choice_and_strong_ones_typed() {
        let mut p = SrsPicker::new(
            vec![0, 1],
            vec![2],
            vec![Some(30.0), Some(2.0), None],
            FormatChoice::Mixed,
        );
        let mut rng = StdRng::seed_from_u64(0);
        let formats: Vec<Format> =
            std::iter::from_fn(|| p.next(&mut rng).map(|x| x.format)).collect();
        assert_eq!(formats, [Format::Typed, Format::Choice, Format::Choice]);
    }
}
