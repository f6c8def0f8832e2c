//! Figures that are part of a larger written figure (issue 10): one end of a dash range or a
//! score ("the winter of 1846–47", "20–25%", "France led 2–1"), a range of two guesses ("six
//! or seven months"), one part of a compound amount ("1 hour 48 minutes", "6 feet 5 inches"),
//! a factor of a product or a power of ten ("4 × 100 m relay", "5.97 × 10^24 kg",
//! "1.8986×1027 kg" as pasted), and a signed value whose sign the finder drops ("−89.2 °C").
//! A blank on any of them breaks the written figure ("During the winter of what year-47").

use super::Why;
use crate::quantity::{equivalent_end, Kind, Quantity, Value};

/// Why the figure `k` of `found` is part of a larger written figure, if it is.
pub fn why(text: &str, found: &[Quantity], k: usize) -> Option<Why> {
    let q = &found[k];
    let before = text.get(..q.span.start).unwrap_or_default();
    let after = text.get(q.span.end..).unwrap_or_default();
    if product(before, after) || by_figure(text, found, k) {
        return Some(Why::Product);
    }
    if dashed(before, after) || guesses(text, found, k) {
        return Some(Why::Range);
    }
    if compound(text, found, k) {
        return Some(Why::Compound);
    }
    signed(before).then_some(Why::Signed)
}

/// "1846–47", "2–1", "20–25%": a dash glued between this figure and another number.
fn dashed(before: &str, after: &str) -> bool {
    let mut next = after.chars();
    let dash_after =
        next.next().is_some_and(is_dash) && next.next().is_some_and(|c| c.is_ascii_digit());
    let mut prev = before.chars().rev();
    let dash_before =
        prev.next().is_some_and(is_dash) && prev.next().is_some_and(|c| c.is_ascii_digit());
    dash_after || dash_before
}

fn is_dash(c: char) -> bool {
    matches!(c, '-' | '–' | '—')
}

/// "4 × 100 m", "5.97 × 10^24": a figure multiplied or raised.
fn product(before: &str, after: &str) -> bool {
    let times = |s: &str| s.starts_with(['×', '^', '*']) || s.starts_with("x ") || s == "x";
    let prev = before.trim_end();
    times(after.trim_start()) || prev.ends_with(['×', '^', '*']) || prev.ends_with(" x")
}

/// "8 by 3 by 100 feet": sizes joined by "by" ("built in 1990 by 40 people" is no size).
fn by_figure(text: &str, found: &[Quantity], k: usize) -> bool {
    let size = |q: &Quantity| matches!(q.kind, Kind::Count | Kind::Measure);
    let joined = |a: &Quantity, b: &Quantity| {
        size(a)
            && size(b)
            && text
                .get(a.span.end..b.span.start)
                .is_some_and(|gap| gap.trim() == "by")
    };
    let q = &found[k];
    found.get(k + 1).is_some_and(|n| joined(q, n)) || k > 0 && joined(&found[k - 1], q)
}

/// "six or seven months": two figures joined by "or" that are no conversion of each other.
fn guesses(text: &str, found: &[Quantity], k: usize) -> bool {
    let joined = |a: &Quantity, b: &Quantity| {
        text.get(a.span.end..b.span.start)
            .is_some_and(|gap| gap.trim() == "or")
            && equivalent_end(text, a, found).is_none()
    };
    let q = &found[k];
    found.get(k + 1).is_some_and(|n| joined(q, n)) || k > 0 && joined(&found[k - 1], q)
}

/// "1 hour 48 minutes", "8 days, 3 hours, 18 minutes": amounts of one dimension in falling
/// units, next to each other, are one amount.
fn compound(text: &str, found: &[Quantity], k: usize) -> bool {
    let pair = |a: &Quantity, b: &Quantity| {
        let close = text
            .get(a.span.end..b.span.start)
            .is_some_and(|gap| matches!(gap.trim(), "" | "," | "and"));
        match (a.value, b.value) {
            (Value::Amount { unit: x, .. }, Value::Amount { unit: y, .. }) => {
                close && x.dim == y.dim && x.factor > y.factor
            }
            _ => false,
        }
    };
    let q = &found[k];
    found.get(k + 1).is_some_and(|n| pair(q, n)) || k > 0 && pair(&found[k - 1], q)
}

/// "−89.2 °C", "+2.3 %": a sign glued before the figure, after a space or bracket.
fn signed(before: &str) -> bool {
    let mut prev = before.chars().rev();
    let sign = prev.next().is_some_and(|c| matches!(c, '−' | '+' | '-'));
    sign && prev.next().is_none_or(|c| c.is_whitespace() || c == '(')
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::quantity::find;

    /// The reason each figure of `text` is dropped by these rules, or "-".
    fn reasons(text: &str) -> Vec<String> {
        let found = find(text);
        (0..found.len())
            .map(|k| why(text, &found, k).map_or("-".into(), |w| format!("{w:?}")))
            .collect()
    }

    #[test]
    fn parts_of_larger_figures() {
        let cases: &[(&str, &[&str], &str)] = &[
            (
                "During the winter of 1846–47 many died.",
                &["Range", "Range"],
                "abbreviated year range",
            ),
            (
                "Employment fell by 20–25% between 1990 and 2000.",
                &["Range", "Range", "-", "-"],
                "dash range, word range kept",
            ),
            (
                "France led 2–1 at half-time.",
                &["Range", "Range"],
                "a score",
            ),
            (
                "It lasted six or seven months.",
                &["Range", "Range"],
                "two guesses",
            ),
            (
                "The flight took 1 hour 48 minutes.",
                &["Compound", "Compound"],
                "hours and minutes",
            ),
            (
                "He is 6 feet 5 inches tall.",
                &["Compound", "Compound"],
                "feet and inches",
            ),
            (
                "It lasted 8 days, 3 hours, 18 minutes.",
                &["Compound", "Compound", "Compound"],
                "a listed duration",
            ),
            ("the 4 × 100 m relay", &["Product", "Product"], "relay"),
            (
                "Its mass is 5.97 × 10^24 kg.",
                &["Product", "Product", "Product"],
                "scientific notation",
            ),
            (
                "Its mass is 1.8986×1027 kg as pasted.",
                &["Product", "Product"],
                "lost superscript",
            ),
            (
                "It measured 8 by 3 by 100 feet.",
                &["Product", "Product", "Product"],
                "dimensions",
            ),
            (
                "The record low is −89.2 °C at Vostok.",
                &["Signed"],
                "minus sign",
            ),
            ("Prices rose +2.3 % in May.", &["Signed"], "plus sign"),
            (
                "The water is 4 °C or 39 °F at depth.",
                &["-", "-"],
                "a conversion is no range",
            ),
            (
                "Six missions landed between 1969 and 1972.",
                &["-", "-", "-"],
                "a word range keeps its ends",
            ),
            (
                "It grew by 2 cm a year for 40 years.",
                &["-", "-"],
                "by a figure is no product",
            ),
            (
                "It was built in 1990 by 40 people.",
                &["-", "-"],
                "a year by a count is no size",
            ),
            (
                "15 spend 2 percent by 2024.",
                &["-", "-", "-"],
                "a percentage by a year",
            ),
            (
                "They walked for 2 hours and ate 3 meals.",
                &["-", "-"],
                "different things",
            ),
        ];
        for (text, want, why) in cases {
            assert_eq!(reasons(text), *want, "{why}: {text}");
        }
    }
}
