//! No free answers (issue 12, point 1): cards of one fact are siblings, and every answer shows
//! the whole fact, so a sibling asked after it is given away. As Anki buries siblings, a card
//! whose fact a question has shown — its prompt, its verdict, a true/false sentence, a
//! timeline's events and their years — is not asked again in that session, and new siblings
//! are introduced on different days.
//!
//! The card that showed its fact may still come back (a missed card's relearning step): the
//! player is meant to have read its answer.

pub use crate::card::fact_key;

use super::{CardStates, Cards};
use std::collections::HashSet;

/// Which facts a session has shown, and which of its cards that leaves fair to ask.
#[derive(Debug, Clone, Default)]
pub struct Siblings {
    /// The fact of each card, by index in the session's card list (empty: no sibling rule).
    facts: Vec<u64>,
    shown: HashSet<u64>,
    asked: HashSet<usize>,
}

impl Siblings {
    /// Siblings of the cards with these ids, in the session's order.
    pub fn of<'a>(ids: impl IntoIterator<Item = &'a str>) -> Self {
        Siblings {
            facts: ids.into_iter().map(fact_key).collect(),
            ..Self::default()
        }
    }

    /// Siblings of cards whose facts (see [`fact_key`]) are these, in the session's order.
    pub fn of_facts(facts: Vec<u64>) -> Self {
        Siblings {
            facts,
            ..Self::default()
        }
    }

    /// Card `card` was asked, and the question showed the facts `also` besides its own.
    pub fn asked(&mut self, card: usize, also: &[u64]) {
        self.asked.insert(card);
        if let Some(&fact) = self.facts.get(card) {
            self.shown.insert(fact);
        }
        self.shown.extend(also.iter().copied());
    }

    /// The fact of `card`, if the card is known.
    pub fn fact(&self, card: usize) -> Option<u64> {
        self.facts.get(card).copied()
    }

    /// Whether asking `card` now would give its answer away: another question of this session
    /// has shown its fact.
    pub fn given_away(&self, card: usize) -> bool {
        !self.asked.contains(&card)
            && self
                .facts
                .get(card)
                .is_some_and(|fact| self.shown.contains(fact))
    }
}

impl Siblings {
    /// Questions still to come from `queue` (in order), counted up to `at_most`: a card not
    /// asked yet and not given away, one per fact, since asking one gives its siblings away.
    /// A missed card waiting to come back is not counted: it is asked again, not anew.
    pub(crate) fn fresh(&self, queue: impl Iterator<Item = usize>, at_most: usize) -> usize {
        let mut facts = HashSet::new();
        queue
            .filter(|&c| !self.asked.contains(&c) && !self.given_away(c))
            .filter(|&c| self.fact(c).is_none_or(|f| facts.insert(f)))
            .take(at_most)
            .count()
    }
}

/// New cards to leave for another day, so that siblings are introduced on different days: a
/// new card whose fact had a review since `today_ms`, has a card due now, or has an earlier
/// new card (in deck order) that this plan may introduce.
pub fn bury_new(
    cards: &(impl Cards + ?Sized),
    states: &CardStates,
    now_ms: u64,
    today_ms: u64,
) -> HashSet<usize> {
    bury_new_but(cards, states, now_ms, today_ms, &HashSet::new(), &[])
}

/// As [`bury_new`], with the new cards in `out` taking no part: left out of the session
/// anyway (they cannot take the one form asked for), they leave their fact to a sibling.
/// `shared[k]` says whether card `k` shares its fact with another card (a card past its end
/// is taken to): a card alone with its fact is never buried, and needs no look-up.
pub(crate) fn bury_new_but(
    cards: &(impl Cards + ?Sized),
    states: &CardStates,
    now_ms: u64,
    today_ms: u64,
    out: &HashSet<usize>,
    shared: &[bool],
) -> HashSet<usize> {
    // At 100,000 facts of one card each, remembering every new card's fact was a set of
    // 100,000 (a tenth of start-up with its page faults, issue 13); only facts with siblings
    // can bury a card, and the deck's cache says which those are.
    let shared = |k: usize| shared.get(k).copied().unwrap_or(true);
    // foldhash rather than SipHash, which cost more than the rest of planning (issue 13):
    // the keys are the player's own deck's facts, where SipHash's defence against chosen
    // collisions buys nothing.
    let mut busy: HashSet<u64, foldhash::fast::RandomState> = HashSet::default();
    for k in (0..cards.len()).filter(|&k| shared(k)) {
        if let Some(s) = states.get(k) {
            if s.last_review_ms >= today_ms || s.due_ms <= now_ms {
                busy.insert(fact_key(cards.slot(k).id));
            }
        }
    }
    let mut buried = HashSet::new();
    for k in (0..cards.len()).filter(|&k| shared(k)) {
        if states.get(k).is_some() || out.contains(&k) {
            continue;
        }
        // The first new card of a quiet fact takes it; its later siblings wait.
        if !busy.insert(fact_key(cards.slot(k).id)) {
            buried.insert(k);
        }
    }
    buried
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::schedule::{CardState, Phase, Slot};

    #[test]
    fn a_shown_fact_gives_its_other_cards_away_but_not_the_card_that_showed_it() {
        let ids = ["d:a:1", "d:a:2", "d:b:1", "d:c:1"];
        let mut s = Siblings::of(ids);
        let same = Siblings::of_facts(ids.iter().map(|id| fact_key(id)).collect());
        assert_eq!(same.facts, s.facts);
        assert!(!(0..4).any(|k| s.given_away(k)), "nothing shown yet");
        s.asked(0, &[fact_key("d:c:1")]);
        // (card, given away, why)
        let cases = [
            (0, false, "the card asked may come back after a miss"),
            (1, true, "its sibling: the verdict showed the whole fact"),
            (2, false, "another fact"),
            (
                3,
                true,
                "a fact the question also showed (a timeline's partner)",
            ),
        ];
        for (card, want, why) in cases {
            assert_eq!(s.given_away(card), want, "{why}");
        }
    }

    #[test]
    fn fresh_questions_count_a_fact_once_and_no_card_asked() {
        let ids = ["d:a:1", "d:a:2", "d:b:1", "d:c:1", "d:d:1"];
        let mut s = Siblings::of(ids);
        assert_eq!(s.fresh(0..5, 10), 4, "two siblings make one question");
        assert_eq!(s.fresh(0..5, 2), 2, "counted up to at most");
        s.asked(2, &[]);
        assert_eq!(
            s.fresh([3, 2, 4].into_iter(), 10),
            2,
            "a missed card queued again is not a new question"
        );
        let none = Siblings::default();
        assert_eq!(
            none.fresh(0..3, 10),
            3,
            "no sibling rule: every card counts"
        );
    }

    #[test]
    fn the_fact_key_is_the_pools() {
        let src = "title: T\nfacts:\n  - NATO was founded in 1949 with 12 members.\n";
        let cards =
            crate::card::compile(&crate::deck::parse(src.as_bytes(), "d").deck.unwrap()).cards;
        assert_eq!(cards.len(), 2);
        let pool = crate::question::Pool::of(&cards);
        for (c, entry) in cards.iter().zip(&pool.0) {
            let crate::question::Entry::Quantity { fact, .. } = entry else {
                panic!("a quantity card");
            };
            assert_eq!(fact_key(&c.id.0), *fact, "{}", c.id);
        }
    }

    #[test]
    fn new_siblings_wait_for_another_day() {
        let state = |last: u64, due: u64| {
            Some(CardState {
                phase: Phase::Review,
                step: 0,
                stability: 3.0,
                difficulty: 5.0,
                due_ms: due,
                last_review_ms: last,
                reps: 1,
                lapses: 0,
            })
        };
        let (today, now) = (1_000, 1_500);
        let ids = [
            "d:a:1", "d:a:2", "d:b:1", "d:b:2", "d:c:1", "d:c:2", "d:e:1", "d:e:2",
        ];
        let slots: Vec<Slot> = ids.iter().map(|id| Slot { id, deck: "d" }).collect();
        let states = CardStates::from(vec![
            None,                // a:1 new: introduced
            None,                // a:2 new sibling of a:1: waits
            state(1_200, 9_000), // b:1 reviewed today
            None,                // b:2: waits
            state(100, 1_400),   // c:1 due now
            None,                // c:2: waits
            state(100, 9_000),   // e:1 quiet: reviewed before today, not due
            None,                // e:2: may be introduced
        ]);
        let mut buried: Vec<usize> = bury_new(&slots, &states, now, today).into_iter().collect();
        buried.sort_unstable();
        assert_eq!(buried, [1, 3, 5]);
        // Told which cards share their fact (all of these do), the same cards wait; told
        // wrongly that b:2 is alone with its fact, it is not even looked at.
        let none = HashSet::new();
        let told = |shared: &[bool]| {
            let mut b: Vec<usize> = bury_new_but(&slots, &states, now, today, &none, shared)
                .into_iter()
                .collect();
            b.sort_unstable();
            b
        };
        assert_eq!(told(&[true; 8]), [1, 3, 5]);
        assert_eq!(told(&[true; 3]), [1, 3, 5], "past the end: shared");
        let mut b2_alone = [true; 8];
        b2_alone[3] = false;
        assert_eq!(told(&b2_alone), [1, 5]);
    }
}
