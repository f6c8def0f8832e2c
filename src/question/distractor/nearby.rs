//! Where in a pool's [`Order`] the deck values that may stand in for an answer lie: the
//! answer's group at every roundness the answer allows, from the least to the most a
//! distractor may be (see `near` in the parent). The ranges hold every value the rules could
//! accept and a few more at their edges: the rules themselves still decide.

use crate::quantity::{Quantity, Value};
use crate::question::pool::{shape_and_key, year_start, Group, Order, Pool, Shape, ROUND_MAX};
use std::cmp::Ordering;
use std::ops::Range;

/// Ranges of a pool's order, by what they are for.
#[derive(Debug, Default)]
pub struct Nearby {
    /// Every value near enough in magnitude.
    pub all: Vec<Range<usize>>,
    /// Those below the answer and far enough from it to be wrong (within the range the
    /// sentence sets, if any).
    pub below: Vec<Range<usize>>,
    /// Those above it.
    pub above: Vec<Range<usize>>,
}

/// Closed key bounds, lowest first.
type Bounds = (f64, f64);

impl Nearby {
    /// The ranges for answer `q`, whose grading band is `width`, whose values are rounded to
    /// multiples of `unit`, and which may be one end of a range (`other_end`: the other end's
    /// day or number, and on which side it lies).
    pub fn of(
        q: &Quantity,
        width: f64,
        unit: f64,
        other_end: Option<(f64, Ordering)>,
        pool: &Pool,
    ) -> Nearby {
        let (shape, key) = shape_and_key(&q.value);
        let Some(all) = near_bounds(&q.value, key) else {
            return Nearby::default();
        };
        let (below, above) = sides(&q.value, key, width, all, other_end);
        let order: &Order = pool.order();
        let mut out = Nearby::default();
        for round in rounds(shape, unit) {
            let group = Group {
                kind: q.kind,
                shape,
                round,
            };
            let within = order.group(&pool.0, group);
            let span = |(lo, hi): Bounds| order.span_in(&pool.0, within.clone(), lo, hi);
            out.all.push(span(all));
            out.below.push(span(below));
            out.above.push(span(above));
        }
        out
    }
}

/// The roundness groups an answer rounded to multiples of `unit` draws from: those at least
/// as round (a number is a multiple of every smaller power of ten).
fn rounds(shape: Shape, unit: f64) -> Vec<i8> {
    match shape {
        Shape::Year | Shape::Number | Shape::Money(_) => {
            let least = unit.log10().round().clamp(-10.0, f64::from(ROUND_MAX)) as i8;
            (least..=ROUND_MAX).collect()
        }
        Shape::Date(..) | Shape::Amount(_) => vec![0],
    }
}

/// The keys near enough to `value` (whose key is `key`): within `DECK_YEARS`, or within `DECK_RATIO`
/// times as large; `None` when nothing is (a zero answer).
fn near_bounds(value: &Value, key: f64) -> Option<Bounds> {
    let bounds = match *value {
        Value::Date(d) => match d.year {
            Some(y) => (year_start(y - 30), year_start(y + 31)),
            None => (f64::NEG_INFINITY, f64::INFINITY),
        },
        Value::Year(y) => (
            f64::from(y - super::DECK_YEARS),
            f64::from(y + super::DECK_YEARS),
        ),
        _ if key > 0.0 => (key / super::DECK_RATIO, super::DECK_RATIO * key),
        _ if key < 0.0 => (super::DECK_RATIO * key, key / super::DECK_RATIO),
        _ => return None,
    };
    Some(widen(bounds))
}

/// The keys below and above the answer that are far enough from it to be wrong, within
/// `all` and on the side of it a range's other end allows.
fn sides(
    value: &Value,
    key: f64,
    width: f64,
    all: Bounds,
    other_end: Option<(f64, Ordering)>,
) -> (Bounds, Bounds) {
    let (lo, hi) = all;
    // The keys far enough below and above, and the keys of the other end's day or number.
    let (below_hi, above_lo, end) = match *value {
        // A date is wrong when two years off or, without a year, in another month.
        Value::Date(d) => {
            let (below_hi, above_lo) = match d.year {
                Some(y) => (year_start(y - 1), year_start(y + 2)),
                None => {
                    let month = f64::from(d.month) * 32.0 * 32.0;
                    (month, month + 32.0 * 32.0)
                }
            };
            // A date key is its day times 32, plus the end of its range of days.
            let end = other_end.map(|(s, side)| ((s * 32.0, s * 32.0 + 31.0), side));
            (below_hi - 0.5, above_lo - 0.5, end)
        }
        _ => {
            // Keys of amounts are in the base unit; the band and the other end in the
            // answer's.
            let factor = match *value {
                Value::Amount { unit, .. } => unit.factor,
                _ => 1.0,
            };
            let w = width * factor;
            let end = other_end.map(|(s, side)| ((s * factor, s * factor), side));
            (key - w, key + w, end)
        }
    };
    let (mut below, mut above) = ((lo, below_hi.min(hi)), (above_lo.max(lo), hi));
    match end {
        // The answer starts the range: every option stays before its end.
        Some(((end, _), Ordering::Greater)) => {
            let end = widen((end, end)).1;
            below.1 = below.1.min(end);
            above.1 = above.1.min(end);
        }
        // It ends the range: every option stays after its start.
        Some(((_, start), _)) => {
            let start = widen((start, start)).0;
            below.0 = below.0.max(start);
            above.0 = above.0.max(start);
        }
        None => {}
    }
    (widen(below), widen(above))
}

/// Bounds a little wider, so that float rounding never leaves out a value the rules accept.
fn widen((lo, hi): Bounds) -> Bounds {
    (lo - 1e-9 * lo.abs(), hi + 1e-9 * hi.abs())
}
