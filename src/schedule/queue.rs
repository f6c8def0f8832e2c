//! The order of a spaced-repetition session: due cards first, least likely remembered first,
//! then new cards in deck order up to a daily limit; a card answered wrong comes back later
//! in the same session, as Anki's learning steps do.

use super::{Format, FormatChoice, Pick, Picker, Siblings};
use crate::grade::Verdict;
use rand::rngs::StdRng;
use std::collections::VecDeque;

/// In `mixed`, a card is asked as typed recall once its stability reaches this many days.
pub const RECALL_STABILITY_DAYS: f32 = 7.0;
/// How many other questions come between a wrong answer and its card again: answered ones,
/// not cards passed over (a sibling given away, a card unfit for the one form asked for),
/// which used to bring a missed card back at once.
const RELEARN_GAP: usize = 3;
/// How often one card may come back in a session.
const MAX_RETURNS: u8 = 2;

/// A spaced-repetition session queue.
#[derive(Debug, Clone)]
pub struct SrsPicker {
    queue: VecDeque<usize>,
    format: FormatChoice,
    strength: Vec<Option<f32>>,
    returns: std::collections::HashMap<usize, u8>,
    /// Missed cards waiting to come back, each with the answers still to come first.
    relearn: Vec<(usize, usize)>,
    /// The card answered last, which never comes back straight away.
    last: Option<usize>,
    siblings: Siblings,
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
        let queue = due.into_iter().chain(new).collect();
        SrsPicker {
            queue,
            format,
            strength: stability,
            returns: Default::default(),
            relearn: Vec::new(),
            last: None,
            siblings: Siblings::default(),
        }
    }

    /// Leaves out cards whose fact another question of the session has shown.
    pub fn with_siblings(self, siblings: Siblings) -> Self {
        SrsPicker { siblings, ..self }
    }
}

impl Picker for SrsPicker {
    fn next(&mut self, rng: &mut StdRng) -> Option<Pick> {
        let card = match self.relearn.iter().position(|&(_, wait)| wait == 0) {
            Some(k) => self.relearn.remove(k).0,
            // A card given away stays due: a later session asks it.
            None => match std::iter::from_fn(|| self.queue.pop_front())
                .find(|&c| !self.siblings.given_away(c))
            {
                Some(card) => card,
                // No new card left: the missed card that waits least, if not the last one.
                None => {
                    let k = (0..self.relearn.len())
                        .filter(|&k| Some(self.relearn[k].0) != self.last)
                        .min_by_key(|&k| self.relearn[k].1)?;
                    self.relearn.remove(k).0
                }
            },
        };
        let strong = self
            .strength
            .get(card)
            .copied()
            .flatten()
            .is_some_and(|s| s >= RECALL_STABILITY_DAYS);
        let format = self.format.pick(strong, rng);
        Some(Pick { card, format })
    }

    /// A missed card comes back after a few other answers, at most twice; never straight
    /// away, so with no other card left it waits for its learning step instead.
    fn answered(&mut self, pick: Pick, verdict: Verdict) {
        for (_, wait) in &mut self.relearn {
            *wait = wait.saturating_sub(1);
        }
        self.last = Some(pick.card);
        let returns = self.returns.entry(pick.card).or_default();
        if verdict == Verdict::Wrong && *returns < MAX_RETURNS {
            *returns += 1;
            self.relearn.push((pick.card, RELEARN_GAP));
        }
    }

    fn only(&self) -> Option<Format> {
        self.format.only()
    }

    fn asked(&mut self, card: usize, shows: &[u64]) {
        self.siblings.asked(card, shows);
    }

    fn remaining(&self, at_most: usize) -> usize {
        self.siblings.fresh(self.queue.iter().copied(), at_most)
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
        let order: Vec<usize> = std::iter::from_fn(|| {
            let pick = p.next(&mut rng)?;
            p.answered(pick, Verdict::Correct);
            Some(pick.card)
        })
        .collect();
        assert_eq!(
            order,
            [2, 0, 1, 4, 3],
            "the missed card returns after three others"
        );
    }

    #[test]
    fn cards_passed_over_do_not_bring_a_missed_card_back_sooner() {
        let mut rng = StdRng::seed_from_u64(0);
        let mut p = SrsPicker::new(vec![], (0..8).collect(), vec![None; 8], FormatChoice::Typed);
        let first = p.next(&mut rng).unwrap();
        p.answered(first, Verdict::Wrong);
        // Three cards drawn and passed over (unfit for the form asked for): not answered.
        for _ in 0..3 {
            assert_ne!(p.next(&mut rng).unwrap().card, 0);
        }
        let mut answered = Vec::new();
        while answered.len() < 4 {
            let pick = p.next(&mut rng).unwrap();
            p.answered(pick, Verdict::Correct);
            answered.push(pick.card);
        }
        assert_eq!(
            answered,
            [4, 5, 6, 0],
            "three answers between: {answered:?}"
        );
    }

    #[test]
    fn a_missed_card_never_comes_back_at_once_nor_forever() {
        let mut rng = StdRng::seed_from_u64(0);
        let mut alone = SrsPicker::new(vec![], vec![7], vec![None; 8], FormatChoice::Typed);
        let pick = alone.next(&mut rng).unwrap();
        alone.answered(pick, Verdict::Wrong);
        assert_eq!(alone.remaining(usize::MAX), 0);
        let mut two = SrsPicker::new(vec![], vec![0, 1], vec![None; 2], FormatChoice::Typed);
        let mut asked = Vec::new();
        while let Some(p) = two.next(&mut rng) {
            asked.push(p.card);
            two.answered(p, Verdict::Wrong);
        }
        assert_eq!(asked.iter().filter(|&&c| c == 0).count(), 3, "{asked:?}");
    }

    #[test]
    fn mixed_asks_weak_cards_to_recognise_and_strong_ones_to_recall() {
        use crate::question::Format;
        let mut rng = StdRng::seed_from_u64(0);
        let (mut weak, mut strong) = (
            std::collections::HashSet::new(),
            std::collections::HashSet::new(),
        );
        for _ in 0..200 {
            let mut p = SrsPicker::new(
                vec![0, 1],
                vec![],
                vec![Some(30.0), Some(2.0)],
                FormatChoice::Mixed,
            );
            strong.insert(p.next(&mut rng).unwrap().format);
            weak.insert(p.next(&mut rng).unwrap().format);
        }
        assert_eq!(
            strong,
            [Format::Typed, Format::Estimate, Format::Timeline]
                .into_iter()
                .collect()
        );
        assert_eq!(
            weak,
            [Format::Choice, Format::TrueFalse, Format::Timeline]
                .into_iter()
                .collect()
        );
    }
}
