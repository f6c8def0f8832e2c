//! The card states a session plans with, held sparsely: a player has seen a few thousand
//! cards of a deck that may hold 100,000, and a state for every card (40 bytes each, most of
//! them empty) was 4 MB to write and fault in at every start (issue 13).

use super::CardState;

/// The states of a session's cards, by index; a card never seen has none.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CardStates {
    /// For each card, one more than the index of its state in `seen`; 0 for none.
    at: Vec<u32>,
    /// The states of the cards seen.
    seen: Vec<CardState>,
}

impl CardStates {
    /// `len` cards, none of them seen yet.
    pub fn unseen(len: usize) -> CardStates {
        CardStates {
            at: vec![0; len],
            seen: Vec::new(),
        }
    }

    /// Gives card `k` its state (a card past the end is ignored; a second state replaces
    /// the first).
    pub fn set(&mut self, k: usize, state: CardState) {
        let Some(at) = self.at.get_mut(k) else {
            return;
        };
        match (*at as usize).checked_sub(1) {
            Some(row) => self.seen[row] = state,
            None => {
                self.seen.push(state);
                // More cards than u32 can count would not fit a deck (16 MiB of text).
                *at = u32::try_from(self.seen.len()).unwrap_or(0);
            }
        }
    }

    /// How many cards.
    pub fn len(&self) -> usize {
        self.at.len()
    }

    /// Whether there are no cards.
    pub fn is_empty(&self) -> bool {
        self.at.is_empty()
    }

    /// How many cards have a state.
    pub fn seen(&self) -> usize {
        self.seen.len()
    }

    /// The state of card `k`, if it was seen.
    pub fn get(&self, k: usize) -> Option<&CardState> {
        let row = (*self.at.get(k)? as usize).checked_sub(1)?;
        self.seen.get(row)
    }

    /// Whether card `k` exists and was never seen.
    pub fn is_new(&self, k: usize) -> bool {
        self.at.get(k) == Some(&0)
    }

    /// Every card's state in order.
    pub fn iter(&self) -> impl ExactSizeIterator<Item = Option<&CardState>> + '_ {
        self.at
            .iter()
            .map(|&at| (at as usize).checked_sub(1).and_then(|r| self.seen.get(r)))
    }
}

impl From<Vec<Option<CardState>>> for CardStates {
    fn from(states: Vec<Option<CardState>>) -> CardStates {
        let mut out = CardStates::unseen(states.len());
        for (k, state) in states.into_iter().enumerate() {
            if let Some(state) = state {
                out.set(k, state);
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::schedule::Phase;

    fn state(due_ms: u64) -> CardState {
        CardState {
            phase: Phase::Review,
            step: 0,
            stability: 1.0,
            difficulty: 5.0,
            due_ms,
            last_review_ms: 0,
            reps: 1,
            lapses: 0,
        }
    }

    #[test]
    fn states_read_back_by_card_and_a_second_replaces_the_first() {
        let mut s = CardStates::from(vec![None, Some(state(1)), None]);
        assert_eq!((s.len(), s.seen()), (3, 1));
        assert_eq!(s.get(1), Some(&state(1)));
        assert!(s.is_new(0) && !s.is_new(1) && !s.is_new(3));
        s.set(1, state(2));
        s.set(2, state(3));
        s.set(9, state(4));
        assert_eq!(s.seen(), 2, "replaced, and past the end ignored");
        let all: Vec<_> = s.iter().map(|s| s.map(|s| s.due_ms)).collect();
        assert_eq!(all, [None, Some(2), Some(3)]);
        assert_eq!(s.get(3), None);
    }
}
