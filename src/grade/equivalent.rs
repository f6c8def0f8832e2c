//! A figure's stated equivalent is a right answer (issue 11, round 3): "{Mach 2.04} (1,354 mph
//! or 2,180 km/h at cruise altitude)", "{46.4 °C} or 115.5 °F". The fact gives the figure in
//! another unit beside the answer, so that figure, rounded as finely as it is written there,
//! is the answer too. The equivalents are read with the finder (`quantity::find`), as the
//! question's wording reads them to hide them.

use crate::card::Card;
use crate::quantity::{find, Dimension, Quantity, Value};
use std::borrow::Cow;

/// The figures the fact states as the answer's equivalent: those in a bracket right after
/// it, or the one after an "or"; only measures of the answer's dimension (a speed for a Mach
/// number), so that money restated in today's terms ("$500,000 (approximately $6,000,000
/// today)") or a bracketed date is never one.
pub(super) fn stated(card: &Card, answer: &Quantity) -> Vec<Quantity> {
    let Some(span) = card.span().filter(|_| !card.is_question) else {
        return Vec::new();
    };
    let Some(tail) = card.text.get(span.end..) else {
        return Vec::new();
    };
    let tail = tail.trim_start();
    let said = if let Some(inside) = tail.strip_prefix('(') {
        inside.split(')').next().unwrap_or_default()
    } else if let Some(rest) = tail.strip_prefix("or ") {
        // "or 115.5 °F, 45.5 °C or ...": the one figure after the "or".
        rest.split([',', ';', '(']).next().unwrap_or_default()
    } else {
        return Vec::new();
    };
    let Some(dim) = dimension(answer) else {
        return Vec::new();
    };
    find(&spaced_decimals(said))
        .into_iter()
        .filter(|q| matches!(q.value, Value::Amount { unit, .. } if unit.dim == dim))
        .collect()
}

/// The dimension an answer's equivalents must measure: its unit's, or a speed for a Mach
/// number ("Mach 2.04" is a plain figure to the finder).
fn dimension(answer: &Quantity) -> Option<Dimension> {
    match answer.value {
        Value::Amount { unit, .. } => Some(unit.dim),
        Value::Number(_) if answer.style.prefix.trim().eq_ignore_ascii_case("mach") => {
            Some(Dimension::Speed)
        }
        Value::Number(_) | Value::Money { .. } | Value::Year(_) | Value::Date(_) => None,
    }
}

/// `text` with decimals written with a space after their point joined up: "46. 4 °C" (a
/// copied table's spacing) is 46.4 °C.
pub(super) fn spaced_decimals(text: &str) -> Cow<'_, str> {
    let bytes = text.as_bytes();
    // At most three digits before the point: "in 1966. 30 July" ends a sentence.
    let whole = |k: usize| {
        let digits = bytes[..k]
            .iter()
            .rev()
            .take_while(|b| b.is_ascii_digit())
            .count();
        (1..=3).contains(&digits)
    };
    let spaced = |k: usize| {
        k >= 1
            && k + 2 < bytes.len()
            && whole(k)
            && bytes[k] == b'.'
            && bytes[k + 1] == b' '
            && bytes[k + 2].is_ascii_digit()
    };
    if !(0..bytes.len()).any(spaced) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut skip = false;
    for (k, c) in text.char_indices() {
        if skip {
            skip = false;
            continue;
        }
        out.push(c);
        if spaced(k) {
            skip = true;
        }
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decimals_with_a_space_after_the_point_are_joined() {
        let cases = [
            ("46. 4 °C", "46.4 °C"),
            ("43. 8 °C or 110. 8 °F", "43.8 °C or 110.8 °F"),
            ("It ended. 5 people left.", "It ended. 5 people left."),
            ("46.4 °C", "46.4 °C"),
            ("in 1966. 30 July", "in 1966. 30 July"),
        ];
        for (text, want) in cases {
            assert_eq!(spaced_decimals(text), want, "{text}");
        }
    }
}
