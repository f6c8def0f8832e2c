//! A timeline's partners: other dated facts of the deck, in other years, read from the
//! store only once chosen. Far ones first (`gap` years or more away), then near ones.

use super::{partner, when, Event};
use crate::question::pool::{year_start, Draw, Group, Order, Pool, Shape};
use crate::question::{CardSource, Entry};
use rand::seq::SliceRandom;
use rand::Rng;
use std::ops::Range;

/// Up to this many dated entries, all are shuffled as before the pool was ordered, so small
/// decks keep their timelines for a seed; above it they are drawn (issue 13).
const EXACT_MAX: usize = 256;

/// Entries drawn at most per question: each may cost a read from the store.
const DRAWS: usize = 64;

/// Adds partners to `chosen` (which holds the card's own event) until it has four.
pub fn add(
    chosen: &mut Vec<Event>,
    own_fact: u64,
    gap: i32,
    cards: &mut dyn CardSource,
    rng: &mut impl Rng,
) {
    let pool = cards.pool();
    let dated: Vec<(Group, Range<usize>)> = pool
        .order()
        .groups(&pool.0)
        .into_iter()
        .filter(|(g, _)| matches!(g.shape, Shape::Year | Shape::Date(true, ..)))
        .collect();
    if dated.iter().map(|(_, r)| r.len()).sum::<usize>() <= EXACT_MAX {
        return add_shuffled(chosen, own_fact, gap, &dated, cards, rng);
    }
    let year = chosen[0].year;
    let order = pool.order();
    let spans = |years: &[(i32, i32)]| -> Vec<Range<usize>> {
        let mut out = Vec::new();
        for (g, _) in &dated {
            for &(from, to) in years {
                out.push(years_span(order, pool, *g, from, to));
            }
        }
        out
    };
    let far = spans(&[(i32::MIN, year - gap), (year + gap, i32::MAX)]);
    let near = spans(&[(year - gap + 1, year - 1), (year + 1, year + gap - 1)]);
    let mut draws = 0;
    for ranges in [far, near] {
        let mut draw = Draw::new(ranges);
        while chosen.len() < 4 && draws < DRAWS {
            let Some((k, _)) = draw.pick(rng) else { break };
            draw.remove(k..k + 1);
            draws += 1;
            let index = cards.pool().order().at(k);
            consider(chosen, own_fact, index, cards);
        }
    }
}

/// Every dated entry in deck order, shuffled, far ones first: the rule before the pool was
/// ordered, with its draws of the random generator.
fn add_shuffled(
    chosen: &mut Vec<Event>,
    own_fact: u64,
    gap: i32,
    dated: &[(Group, Range<usize>)],
    cards: &mut dyn CardSource,
    rng: &mut impl Rng,
) {
    let year = chosen[0].year;
    let pool = cards.pool();
    let mut at: Vec<usize> = dated
        .iter()
        .flat_map(|(_, r)| r.clone().map(|k| pool.order().at(k)))
        .collect();
    at.sort_unstable();
    let mut candidates: Vec<(usize, i32)> = at
        .into_iter()
        .filter_map(|k| match &pool.0[k] {
            Entry::Quantity { value, fact, .. } if *fact != own_fact => {
                when(value).map(|(_, y)| (k, y))
            }
            _ => None,
        })
        .filter(|(_, y)| *y != year)
        .collect();
    candidates.shuffle(rng);
    candidates.sort_by_key(|(_, y)| i32::from((y - year).abs() < gap));
    for (k, _) in candidates {
        if chosen.len() == 4 {
            break;
        }
        consider(chosen, own_fact, k, cards);
    }
}

/// Adds the event of the pool's entry `index` if it is another fact's, in a year not yet
/// chosen, and reads as an event unlike the others.
fn consider(chosen: &mut Vec<Event>, own_fact: u64, index: usize, cards: &mut dyn CardSource) {
    let Some(Entry::Quantity { value, fact, .. }) = cards.pool().0.get(index) else {
        return;
    };
    let fact = *fact;
    let Some((_, year)) = when(value) else { return };
    if fact == own_fact || chosen.iter().any(|c| c.year == year) {
        return;
    }
    let Some(e) = partner(cards, index, fact) else {
        return;
    };
    if chosen.iter().all(|c| c.text != e.text) {
        chosen.push(e);
    }
}

/// The places of `group`'s entries dated from year `from` to year `to`, both included.
fn years_span(order: &Order, pool: &Pool, group: Group, from: i32, to: i32) -> Range<usize> {
    let (lo, hi) = match group.shape {
        Shape::Year => (f64::from(from), f64::from(to)),
        _ => (
            year_start(from.max(i32::MIN + 1)),
            year_start(to.min(i32::MAX - 1) + 1) - 0.5,
        ),
    };
    if from > to {
        return 0..0;
    }
    order.span(&pool.0, group, lo, hi)
}
