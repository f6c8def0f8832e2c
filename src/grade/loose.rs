//! Answers that do not commit to one figure: a range ("between 17,000 and 18,000") or a bound
//! ("just under 1,200") typed for an answer that is one figure. The third held-out teacher
//! gives them half marks when they hold the answer, so they are close at best.

use super::read::read_number;
use super::{Graded, Verdict};
use crate::card::Card;
use crate::quantity::{Quantity, Value};

/// How an answer hedges its figure.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Loose {
    /// Two figures, the answer somewhere between.
    Range,
    /// "under", "less than": the answer is at most the figure typed.
    AtMost,
    /// "over", "at least": the answer is at least the figure typed.
    AtLeast,
}

/// Words before a figure that bound it rather than estimate it, and which way.
const BOUNDS: &[(&str, Loose)] = &[
    ("under", Loose::AtMost),
    ("below", Loose::AtMost),
    ("less than", Loose::AtMost),
    ("fewer than", Loose::AtMost),
    ("at most", Loose::AtMost),
    ("up to", Loose::AtMost),
    ("over", Loose::AtLeast),
    ("above", Loose::AtLeast),
    ("more than", Loose::AtLeast),
    ("at least", Loose::AtLeast),
];

/// How `given` hedges its figure, if it does and the fact does not: "over 80%" for "more
/// than {80 percent}" types back the fact's own bound, and a braced range is answered by one.
fn loose(q: &Quantity, card: &Card, given: &str) -> Option<Loose> {
    let before = card
        .text
        .find(&q.text)
        .map(|at| card.text[..at].trim_end().to_lowercase())
        .unwrap_or_default();
    let own = q.text.to_lowercase();
    let stated = |(b, _): &(&str, Loose)| before.ends_with(b) || own.starts_with(b);
    if super::range::read(&q.text).is_some() || BOUNDS.iter().any(stated) {
        return None;
    }
    if super::range::read(given).is_some() {
        return Some(Loose::Range);
    }
    // "89.2 below zero" is a sign, not a bound: the word must come before the figure.
    let g = given.trim().to_lowercase();
    let g = g.strip_prefix("just ").unwrap_or(&g);
    BOUNDS
        .iter()
        .find(|(b, _)| {
            g.strip_prefix(b).is_some_and(|rest| {
                rest.starts_with(' ') && rest.trim_start().starts_with(|c: char| c.is_ascii_digit())
            })
        })
        .map(|(_, way)| *way)
}

/// `graded` (the answer's first figure, graded alone) for an answer that may hedge it: a range
/// holding the answer, or near it, is close; a bound that holds, on a right or close figure,
/// is close; a bound that does not hold ("over 1,200" for 1,178) is wrong however near.
pub(super) fn grade(q: &Quantity, card: &Card, given: &str, graded: Graded) -> Graded {
    let (Some(way), Some(value)) = (loose(q, card, given), q.value.number()) else {
        return graded;
    };
    let unit = match q.value {
        Value::Amount { unit, .. } => Some(unit),
        _ => None,
    };
    let typed = read_number(given, unit.is_some()).filter(|n| n.unit.is_none() || n.unit == unit);
    let near = graded.verdict != Verdict::Wrong;
    let holds = match way {
        Loose::Range => near || super::range::holds(given, value, unit),
        Loose::AtMost => near && typed.is_none_or(|n| value <= n.value),
        Loose::AtLeast => near && typed.is_none_or(|n| value >= n.value),
    };
    match (holds, way) {
        (true, Loose::Range) => Graded::because(Verdict::Close, "a range, not the figure"),
        (true, _) => Graded::because(Verdict::Close, "a bound, not the figure"),
        (false, _) if graded.verdict == Verdict::Correct => {
            Graded::because(Verdict::Wrong, "the bound does not hold")
        }
        (false, _) => graded,
    }
}
