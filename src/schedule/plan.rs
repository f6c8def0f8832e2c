//! What a session asks: due cards, least likely remembered first, then new cards.

use super::{CardStates, Scheduler};
use std::collections::{HashMap, HashSet};

/// The cards a session may ask, as indices into the card list.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Plan {
    /// Cards due now, lowest retrievability first.
    pub due: Vec<usize>,
    /// New cards in deck order, within each deck's allowance for today.
    pub new: Vec<usize>,
    /// When the next card not yet due falls due.
    pub next_due_ms: Option<u64>,
}

/// A card as planning sees it: its id and its deck's id.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Slot<'a> {
    /// Card id.
    pub id: &'a str,
    /// Deck id.
    pub deck: &'a str,
}

/// The cards a plan is made over, read one at a time: planning looks at few of them, and a
/// list of 100,000 slots was 3 MB to build at every start (issue 13).
pub trait Cards {
    /// How many cards.
    fn len(&self) -> usize;
    /// Whether there are none.
    fn is_empty(&self) -> bool {
        self.len() == 0
    }
    /// Card `k` (`k` below [`Cards::len`]).
    fn slot(&self, k: usize) -> Slot<'_>;
}

impl Cards for [Slot<'_>] {
    fn len(&self) -> usize {
        <[Slot<'_>]>::len(self)
    }

    fn slot(&self, k: usize) -> Slot<'_> {
        self[k]
    }
}

impl Cards for Vec<Slot<'_>> {
    fn len(&self) -> usize {
        self.as_slice().len()
    }

    fn slot(&self, k: usize) -> Slot<'_> {
        self[k]
    }
}

/// Plans a session at `now_ms`; `new_left` says how many new cards each deck may still
/// introduce today.
pub fn plan(
    cards: &(impl Cards + ?Sized),
    states: &CardStates,
    now_ms: u64,
    new_left: &HashMap<String, usize>,
    scheduler: &Scheduler,
) -> Plan {
    plan_without(cards, states, now_ms, new_left, scheduler, &HashSet::new())
}

/// As [`plan`], leaving the new cards in `buried` for another day (see `bury_new`); the
/// allowance goes to the new cards after them.
pub fn plan_without(
    cards: &(impl Cards + ?Sized),
    states: &CardStates,
    now_ms: u64,
    new_left: &HashMap<String, usize>,
    scheduler: &Scheduler,
    buried: &HashSet<usize>,
) -> Plan {
    let mut due: Vec<(f32, u64, usize)> = Vec::new();
    // A session has a few decks: a list beats hashing a deck id for each of 100,000 cards,
    // and once every allowance is spent new cards need no look-up at all (issue 13).
    let mut left: Vec<(&str, usize)> = new_left.iter().map(|(d, n)| (d.as_str(), *n)).collect();
    let mut unspent: usize = left.iter().map(|(_, n)| n).sum();
    let mut out = Plan::default();
    for k in 0..cards.len() {
        match states.get(k) {
            Some(s) if s.due_ms <= now_ms => {
                due.push((scheduler.retrievability(s, now_ms), s.due_ms, k))
            }
            Some(s) => {
                out.next_due_ms = Some(out.next_due_ms.map_or(s.due_ms, |n| n.min(s.due_ms)))
            }
            None if buried.contains(&k) => {}
            None if unspent > 0 => {
                let deck = cards.slot(k).deck;
                if let Some((_, n)) = left.iter_mut().find(|(d, n)| *d == deck && *n > 0) {
                    *n -= 1;
                    unspent -= 1;
                    out.new.push(k);
                }
            }
            None => {}
        }
    }
    due.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
    out.due = due.into_iter().map(|d| d.2).collect();
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::card::compile;
    use crate::deck::parse;
    use crate::schedule::{CardState, Phase, Settings, DAY_MS};

    fn state(last: u64, stability: f32, due: u64) -> CardState {
        CardState {
            phase: Phase::Review,
            step: 0,
            stability,
            difficulty: 5.0,
            due_ms: due,
            last_review_ms: last,
            reps: 2,
            lapses: 0,
        }
    }

    fn slots(cards: &[crate::card::Card]) -> Vec<Slot<'_>> {
        cards
            .iter()
            .map(|c| Slot {
                id: &c.id.0,
                deck: &c.deck_id,
            })
            .collect()
    }

    #[test]
    fn due_first_weakest_first_then_new_within_the_allowance() {
        let src = "title: T\nfacts:\n  - A had 12 members.\n  - B had 13 members.\n  - C had 14 members.\n  - D had 15 members.\n  - E had 16 members.\n";
        let cards = compile(&parse(src.as_bytes(), "d").deck.unwrap()).cards;
        let now = 100 * DAY_MS;
        let states = CardStates::from(vec![
            Some(state(now - 10 * DAY_MS, 20.0, now - DAY_MS)), // due, fairly strong
            Some(state(now - 10 * DAY_MS, 2.0, now - DAY_MS)),  // due, weak
            Some(state(now - DAY_MS, 9.0, now + 3 * DAY_MS)),   // not due
            None,
            None,
        ]);
        let allowance = HashMap::from([("d".to_string(), 1)]);
        let s = Scheduler::new(&[], Settings::default()).unwrap();
        let slots = slots(&cards);
        let p = plan(&slots, &states, now, &allowance, &s);
        assert_eq!(p.due, [1, 0]);
        assert_eq!(p.new, [3], "one new card allowed, in deck order");
        assert_eq!(p.next_due_ms, Some(now + 3 * DAY_MS));
    }

    #[test]
    fn each_deck_spends_its_own_allowance() {
        let decks = ["a", "b", "a", "b", "b", "a", "b"];
        let ids: Vec<String> = (0..decks.len()).map(|k| format!("c{k}")).collect();
        let slots: Vec<Slot<'_>> = ids
            .iter()
            .zip(decks)
            .map(|(id, deck)| Slot { id, deck })
            .collect();
        let states = CardStates::unseen(slots.len());
        let allowance = HashMap::from([("a".to_string(), 1), ("b".to_string(), 2)]);
        let s = Scheduler::new(&[], Settings::default()).unwrap();
        let p = plan(&slots, &states, DAY_MS, &allowance, &s);
        assert_eq!(p.new, [0, 1, 3], "a's first, b's first two, in deck order");
    }

    #[test]
    fn moving_the_clock_makes_cards_due() {
        let src = "title: T\nfacts:\n  - A had 12 members.\n";
        let cards = compile(&parse(src.as_bytes(), "d").deck.unwrap()).cards;
        let slots = slots(&cards);
        let s = Scheduler::new(
            &[],
            Settings {
                fuzz: false,
                ..Settings::default()
            },
        )
        .unwrap();
        let t0 = 100 * DAY_MS;
        let mut state = s.review(None, crate::schedule::Rating::Good, t0, "k");
        state = s.review(
            Some(&state),
            crate::schedule::Rating::Good,
            state.due_ms,
            "k",
        );
        let states = CardStates::from(vec![Some(state.clone())]);
        let none = HashMap::new();
        assert!(
            plan(&slots, &states, state.last_review_ms + 3_600_000, &none, &s)
                .due
                .is_empty(),
            "not due an hour later"
        );
        assert_eq!(
            plan(&slots, &states, state.due_ms, &none, &s).due,
            [0],
            "due when the clock reaches it"
        );
        assert_eq!(
            plan(&slots, &states, state.due_ms + 30 * DAY_MS, &none, &s).due,
            [0],
            "and still due when late"
        );
    }
}
