//! What the rest of the deck rules out for an option: a result of another race, a figure
//! past the deck's greatest of its kind, a period before the deck's earliest year. Each
//! reads only the pool's few marked entries, or its years, never the sentence alone.

use super::pinned;
use super::sort_key;
use crate::card::Card;
use crate::quantity::{Kind, Quantity, Value};
use crate::question::pool::{Entry, Pool};

/// What `text` says its figure `q` is the most of: "its greatest depth is 1,642 metres",
/// "the maximum depth of Lake Baikal is 1,642 m" → "depth". Read from the four words
/// before the figure.
pub(crate) fn most_of(text: &str, q: &Quantity) -> Option<String> {
    const MOST: &[&str] = &[
        "greatest", "maximum", "max", "highest", "longest", "largest",
    ];
    if q.kind != Kind::Measure {
        return None;
    }
    let words: Vec<String> = text[..q.span.start]
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    let tail = &words[words.len().saturating_sub(5)..];
    tail.windows(2)
        .find(|p| MOST.contains(&p[0].as_str()))
        .map(|p| p[1].clone())
        .filter(|noun| noun.len() > 3)
}

/// The deck's "greatest depth" caps the options for any other depth of its (round 28 and
/// 29: Lake Baikal's basins offered 2,200 and 2,800 m beside a 1,642 m maximum, rated C).
pub(super) fn below_the_most(window: &mut pinned::Window, card: &Card, q: &Quantity, deck: &Pool) {
    if q.kind != Kind::Measure {
        return;
    }
    let lower = card.text.to_lowercase();
    for entry in deck.marked() {
        let Entry::Quantity {
            kind,
            value,
            most: Some(noun),
            ..
        } = entry
        else {
            continue;
        };
        // In one unit, so the figures compare as written.
        let same_dim = matches!(
            (value, q.value),
            (Value::Amount { unit: a, .. }, Value::Amount { unit: b, .. }) if a.name == b.name
        );
        let (cap, key) = (sort_key(value), sort_key(&q.value));
        // Its own card, or a figure already past the cap, sets nothing.
        if *kind == q.kind && same_dim && lower.contains(noun.as_str()) && key < cap {
            window.bound(cap, std::cmp::Ordering::Greater);
        }
    }
}

/// The earliest year any of the deck's answers is in, for a deck of two or more years.
pub(super) fn earliest_year(deck: &Pool) -> Option<i32> {
    year_span(deck).map(|(low, _)| low)
}

/// The latest year any of the deck's answers is in, for a deck of two or more years: the
/// text knows nothing after it, so a later year is no option for a year it tells of
/// ("Nobody else scored a hat-trick in a final until Mbappé in _____": 2030 and 2034
/// were offered, future World Cups; round 40: C).
pub(super) fn latest_year(deck: &Pool) -> Option<i32> {
    year_span(deck).map(|(_, high)| high)
}

/// The earliest and latest years of the deck's answers, if they differ.
fn year_span(deck: &Pool) -> Option<(i32, i32)> {
    let years = deck.0.iter().filter_map(|e| match e {
        Entry::Quantity {
            value: Value::Year(y),
            ..
        } => Some(*y),
        Entry::Quantity {
            value: Value::Date(d),
            ..
        } => d.year,
        _ => None,
    });
    let (low, high) = years.fold((i32::MAX, i32::MIN), |(l, h), y| (l.min(y), h.max(y)));
    (low < high).then_some((low, high))
}

/// A time in a race lies between the deck's times in shorter and longer races: a 150 m
/// best is slower than any 100 m time and faster than any 200 m time (round 26: 9.18 s
/// and 12.63 s offered for Bolt's 14.35 s over 150 m, rated C). Relays stand apart.
pub(super) fn between_races(
    window: &mut pinned::Window,
    q: &Quantity,
    race: Option<u32>,
    deck: &Pool,
) {
    let Some(r) = race.filter(|&r| r < 4000 && q.kind == Kind::Duration) else {
        return;
    };
    for entry in deck.marked() {
        let Entry::Quantity {
            kind,
            value,
            race: Some(other),
            ..
        } = entry
        else {
            continue;
        };
        let (time, a) = (sort_key(value), sort_key(&q.value));
        if *kind != q.kind || *other >= 4000 || *other == r {
            continue;
        }
        // A shorter race's time is below the answer's, a longer race's above.
        match (*other < r, time < a) {
            (true, true) => window.bound(time, std::cmp::Ordering::Less),
            (false, false) => window.bound(time, std::cmp::Ordering::Greater),
            _ => {}
        }
    }
}
