//! A pool's quantities in order of group and size, built once when a deck is compiled and
//! kept with it, so that a question finds the values near its answer by binary search
//! instead of reading the whole deck (issue 13: at 100,000 facts every question scanned and
//! compared every value).

use super::Entry;
use crate::quantity::{Date, Kind, Value};
use serde::{Deserialize, Serialize};
use std::cmp::Ordering;
use std::ops::Range;

/// Which values may stand in for each other: distractors only ever come from the answer's
/// own group (kind, written shape) and a roundness the answer allows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Group {
    /// The kind of quantity.
    pub kind: Kind,
    /// How the value is written.
    pub shape: Shape,
    /// The largest power of ten the number is a multiple of ("16,000" is 3), so that an
    /// answer written to the thousand finds the deck's round values without reading the
    /// rest; 0 for dates and amounts in units, whose roundness changes with conversion.
    pub round: i8,
}

/// The written shape of a value: what the distractor rules require to match.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Shape {
    /// A date, by which of its parts are written (year, day, end of a range of days).
    Date(bool, bool, bool),
    /// A year.
    Year,
    /// A plain number.
    Number,
    /// Money in one currency.
    Money(&'static str),
    /// An amount in units of one dimension.
    Amount(u8),
}

/// The highest roundness told apart; zero counts as this round.
pub const ROUND_MAX: i8 = 18;
/// The lowest: a number with more decimals than this is in the group below it.
const ROUND_MIN: i8 = -9;

/// Pool positions of the quantity entries, sorted by group, then key, then position, each
/// with its roundness, which is most of the cost of its group. A binary search compares
/// many entries per question, and recomputing roundness (a loop over powers of ten) at
/// every comparison was two thirds of `preview`'s time on a 2,000-fact deck (issue 13).
/// Kept with the order in the cache, so that a session never recomputes it for a whole
/// deck before its first question.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Order(Vec<(u32, i8)>);

impl Order {
    /// The order of `entries`.
    pub fn of(entries: &[Entry]) -> Order {
        let mut keyed: Vec<(Group, f64, u32)> = entries
            .iter()
            .enumerate()
            .filter_map(|(k, e)| sort_of(e).map(|(g, key)| (g, key, k as u32)))
            .collect();
        keyed.sort_unstable_by(|a, b| {
            (a.0.cmp(&b.0))
                .then(a.1.total_cmp(&b.1))
                .then(a.2.cmp(&b.2))
        });
        Order(keyed.into_iter().map(|(g, _, k)| (k, g.round)).collect())
    }

    /// This order and `other`'s, whose positions start at `offset` in `entries`, merged in
    /// one pass (a session of several decks).
    pub fn merge(self, other: Order, offset: usize, entries: &[Entry]) -> Order {
        let key = |p: (u32, i8)| keyed(entries, p);
        let mut out = Vec::with_capacity(self.0.len() + other.0.len());
        let (mut a, mut b) = (
            self.0.into_iter().peekable(),
            other.0.into_iter().peekable(),
        );
        while let (Some(&x), Some(&y)) = (a.peek(), b.peek()) {
            let y = (y.0 + offset as u32, y.1);
            let (kx, ky) = (key(x), key(y));
            // On a tie the first deck's entry goes first: its position is the lower.
            if kx.0.cmp(&ky.0).then(kx.1.total_cmp(&ky.1)) == Ordering::Greater {
                out.push(y);
                b.next();
            } else {
                out.push(x);
                a.next();
            }
        }
        out.extend(a);
        out.extend(b.map(|(y, round)| (y + offset as u32, round)));
        Order(out)
    }

    /// How many entries are ordered.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// The pool position of the `k`th entry in order.
    pub fn at(&self, k: usize) -> usize {
        self.0[k].0 as usize
    }

    /// The places in order of `group`'s entries with keys from `lo` to `hi`, both included.
    pub fn span(&self, entries: &[Entry], group: Group, lo: f64, hi: f64) -> Range<usize> {
        self.span_in(entries, self.group(entries, group), lo, hi)
    }

    /// The places in order of `group`'s entries (where they would be, if there are none).
    pub fn group(&self, entries: &[Entry], group: Group) -> Range<usize> {
        let start = self.0.partition_point(|p| keyed(entries, *p).0 < group);
        let len = self.0[start..].partition_point(|p| keyed(entries, *p).0 == group);
        start..start + len
    }

    /// The places within `group`, the places of one group, whose keys are from `lo` to
    /// `hi`, both included: a question looks for several spans of one group, and finding
    /// the group once leaves each span a search of only its values.
    pub fn span_in(
        &self,
        entries: &[Entry],
        group: Range<usize>,
        lo: f64,
        hi: f64,
    ) -> Range<usize> {
        let key = |p: &(u32, i8)| keyed(entries, *p).1;
        let slice = &self.0[group.clone()];
        let start = slice.partition_point(|p| key(p).total_cmp(&lo) == Ordering::Less);
        let end = slice.partition_point(|p| key(p).total_cmp(&hi) != Ordering::Greater);
        group.start + start..group.start + end.max(start)
    }

    /// The places within `within` whose entries have the same key as the `k`th: one value
    /// written several times in the deck.
    pub fn run(&self, entries: &[Entry], within: Range<usize>, k: usize) -> Range<usize> {
        let key = |p: &(u32, i8)| keyed(entries, *p).1;
        let own = key(&self.0[k]);
        let slice = &self.0[within.clone()];
        let cmp = |p: &(u32, i8)| key(p).partial_cmp(&own).unwrap_or(Ordering::Equal);
        let start = slice.partition_point(|p| cmp(p) == Ordering::Less);
        let end = slice.partition_point(|p| cmp(p) != Ordering::Greater);
        within.start + start..within.start + end
    }

    /// Every group present, with its places in order.
    pub fn groups(&self, entries: &[Entry]) -> Vec<(Group, Range<usize>)> {
        let mut out = Vec::new();
        let mut start = 0;
        while start < self.0.len() {
            let g = keyed(entries, self.0[start]).0;
            let len = self.0[start..].partition_point(|p| keyed(entries, *p).0 <= g);
            out.push((g, start..start + len));
            start += len;
        }
        out
    }
}

/// The group and key of the ordered entry at pool position `place` with roundness `round`:
/// [`sort_of`] without recomputing the roundness.
fn keyed(entries: &[Entry], (place, round): (u32, i8)) -> (Group, f64) {
    let Entry::Quantity { kind, value, .. } = &entries[place as usize] else {
        unreachable!("only quantities are ordered")
    };
    let (shape, key) = shape_and_key(value);
    (
        Group {
            kind: *kind,
            shape,
            round,
        },
        key,
    )
}

/// An entry's group and its key within the group; `None` for a text answer.
pub fn sort_of(entry: &Entry) -> Option<(Group, f64)> {
    let Entry::Quantity { kind, value, .. } = entry else {
        return None;
    };
    let (shape, key) = shape_and_key(value);
    let round = match shape {
        Shape::Year | Shape::Number | Shape::Money(_) => roundness(value.number()?),
        Shape::Date(..) | Shape::Amount(_) => 0,
    };
    Some((
        Group {
            kind: *kind,
            shape,
            round,
        },
        key,
    ))
}

/// A value's shape, and its key: numbers by size (amounts in the dimension's base unit, so
/// that units convert), dates by day and then the end of their range of days.
pub fn shape_and_key(value: &Value) -> (Shape, f64) {
    match *value {
        Value::Date(d) => (
            Shape::Date(d.year.is_some(), d.day.is_some(), d.end_day.is_some()),
            date_key(&d),
        ),
        Value::Year(y) => (Shape::Year, f64::from(y)),
        Value::Number(n) => (Shape::Number, n),
        Value::Money { currency, amount } => (Shape::Money(currency.0), amount),
        Value::Amount { amount, unit } => (Shape::Amount(unit.dim as u8), amount * unit.factor),
    }
}

/// A date's key: the distractors' day order (year, month, day), refined by the end of a
/// range of days, so that only dates written the same way share a key.
pub fn date_key(d: &Date) -> f64 {
    let day = i64::from(d.year.unwrap_or(0)) * 400
        + i64::from(d.month) * 32
        + i64::from(d.day.unwrap_or(0));
    (day * 32 + i64::from(d.end_day.unwrap_or(0))) as f64
}

/// The lowest date key of `year`: every date of an earlier year keys below it.
pub fn year_start(year: i32) -> f64 {
    // Months run from 1 to 12 (32 to 415 within a year's 400), so 16 lies between the
    // last day of one year and the first of the next.
    ((i64::from(year) * 400 + 16) * 32) as f64
}

/// The largest power of ten that `n` is a multiple of, up to float noise; zero counts as
/// [`ROUND_MAX`], and a number finer than a billionth as one below [`ROUND_MIN`].
pub fn roundness(n: f64) -> i8 {
    if n == 0.0 {
        return ROUND_MAX;
    }
    // Looser than the distractors' own check (1e-9), so that no value it accepts is left
    // out here; the check itself still decides.
    let noise = 1e-6 * n.abs();
    (ROUND_MIN..=ROUND_MAX)
        .rev()
        .find(|&p| {
            let unit = 10f64.powi(i32::from(p));
            ((n / unit).round() * unit - n).abs() <= noise
        })
        .unwrap_or(ROUND_MIN - 1)
}

#[cfg(test)]
mod tests;
