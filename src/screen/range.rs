//! Figures that are part of a larger written figure (issue 10): one end of a dash range or a
//! score ("the winter of 1846–47", "20–25%", "France led 2–1"), a range of two guesses ("six
//! or seven months"), one part of a compound amount ("1 hour 48 minutes", "6 feet 5 inches"),
//! a factor of a product or a power of ten ("4 × 100 m relay"), and a signed value whose sign
//! the finder drops ("+2.3 %"; it keeps a minus sign, "−89.2 °C", and a power of ten,
//! "5.97 × 10^24 kg" or "1.8986×1027 kg" pasted flat, in the figure).
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
    if unit_after_other_end(text, found, k) {
        return Some(Why::Range);
    }
    if compound(text, found, k) || mixed_number(after) {
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

/// "from 1,490 to 1,635 people": the bare first end of a range of counts counts what the
/// second does, so its cue says "How many people?".
pub fn share_nouns(text: &str, mut found: Vec<Quantity>) -> Vec<Quantity> {
    for k in 1..found.len() {
        let (head, tail) = found.split_at_mut(k);
        let (a, b) = (&mut head[k - 1], &tail[0]);
        let gap = text
            .get(a.span.end..b.span.start)
            .unwrap_or_default()
            .trim();
        let counts = a.kind == Kind::Count && b.kind == Kind::Count;
        if counts && a.noun.is_none() && matches!(gap, "to" | "and" | "or") {
            a.noun.clone_from(&b.noun);
        }
        // "lowered his record of 9.69 to 9.58 seconds": a bare figure that falls to an
        // amount is an amount of its unit, and a figure of its own (round 14 recall).
        let falls = matches!((a.value.number(), b.value.number()), (Some(x), Some(y)) if x > y);
        let bare = a.kind == Kind::Count && a.noun.is_none();
        if let (true, true, "to", Value::Amount { .. }) = (bare, falls, gap, b.value) {
            if let Some(x) = a.value.number() {
                a.kind = b.kind;
                a.value = b.value.with_number(x);
                a.style.suffix.clone_from(&b.style.suffix);
            }
        }
    }
    found
}

/// "two and a half hours", "nine and a half": the whole part of a mixed number.
fn mixed_number(after: &str) -> bool {
    let words: Vec<String> = after
        .split_whitespace()
        .take(3)
        .map(str::to_lowercase)
        .collect();
    words.len() == 3
        && words[0] == "and"
        && matches!(words[1].as_str(), "a" | "one")
        && ["half", "quarter", "third"]
            .iter()
            .any(|f| words[2].starts_with(f))
}

/// "20 to 25 percent", "3.9 to 4.1 percent", "between 8 and 20 km": the first end is bare
/// and borrows its unit from the second, so a blank on either end breaks the range. Both
/// ends are dropped when the figures rise (a range); when they fall ("lowered from 9.69 to
/// 9.58 seconds") only the bare one is: the second is a figure of its own.
fn unit_after_other_end(text: &str, found: &[Quantity], k: usize) -> bool {
    let bare = |q: &Quantity| q.kind == Kind::Count && q.noun.is_none();
    let joined = |a: &Quantity, b: &Quantity| {
        let gap = text
            .get(a.span.end..b.span.start)
            .unwrap_or_default()
            .trim();
        bare(a) && b.kind != Kind::Count && matches!(gap, "to" | "and" | "or")
    };
    let rises = |a: &Quantity, b: &Quantity| a.value.number() < b.value.number();
    let q = &found[k];
    found.get(k + 1).is_some_and(|n| joined(q, n))
        || k > 0 && joined(&found[k - 1], q) && rises(&found[k - 1], q)
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
    fn the_first_end_counts_what_the_second_does() {
        let text = "Estimates of the dead run from 1,490 to 1,635 people.";
        let nouns: Vec<Option<String>> = share_nouns(text, find(text))
            .into_iter()
            .map(|q| q.noun)
            .collect();
        assert_eq!(nouns, [Some("people".into()), Some("people".into())]);
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
            // A score is one figure of its own kind now (round 19), asked whole.
            ("France led 2–1 at half-time.", &["-"], "a score"),
            (
                "The vote went 2–1 against.",
                &["Range", "Range"],
                "a score the finder does not read as one",
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
                // After merging wt-grade the finder reads "× 10^24" as the figure's scale
                // (quantity::number::exponent_after), so this is one whole figure, askable.
                "Its mass is 5.97 × 10^24 kg.",
                &["-"],
                "scientific notation is one figure to the finder, asked whole",
            ),
            (
                // The finder reads a power of ten pasted flat as the figure's scale
                // (quantity::number::flat_power, heldout5), so this too is one figure.
                "Its mass is 1.8986×1027 kg as pasted.",
                &["-"],
                "lost superscript, read as the power it was",
            ),
            (
                "It was 3×1000 kg.",
                &["Product", "Product"],
                "no decimals: a product, not a power pasted flat",
            ),
            (
                "It measured 8 by 3 by 100 feet.",
                &["Product", "Product", "Product"],
                "dimensions",
            ),
            (
                // After merging wt-grade the finder keeps a minus sign in the figure
                // (quantity::scan::signed_at), and grading asks for it, so it is askable.
                "The record low is −89.2 °C at Vostok.",
                &["-"],
                "the finder keeps a minus sign on a measure: asked whole",
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
