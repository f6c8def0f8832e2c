//! Centuries and decades as answers (issue 11, round 3): "{1700s}" is the 18th century, not
//! 1,700 seconds; "{17th century}" is the 1600s. Either name of the same span is right, a
//! year inside it is close (the span was asked), and another span is wrong.

use super::read::read_number;
use super::{Graded, Verdict};

/// A span of years named as an answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Span {
    /// A century by its first hundred: "the 1700s", "18th century" (1700–1799).
    Century(i32),
    /// A decade by its first year: "the 1960s" (1960–1969).
    Decade(i32),
}

impl Span {
    fn years(self) -> std::ops::RangeInclusive<i32> {
        match self {
            Span::Century(y) => y..=y + 99,
            Span::Decade(y) => y..=y + 9,
        }
    }

    fn name(self) -> &'static str {
        match self {
            Span::Century(_) => "century",
            Span::Decade(_) => "decade",
        }
    }
}

/// The span a whole answer names: "1700s", "the 1700's", "1960s", "17th century",
/// "seventeenth century", "17th c."; none for anything else.
pub(super) fn read(text: &str) -> Option<Span> {
    let lower = text.trim().to_lowercase();
    let lower = lower.strip_prefix("the ").unwrap_or(&lower).trim();
    by_years(lower).or_else(|| by_ordinal(lower))
}

/// "1700s", "1700's", "1960s": a round year and a plural "s".
fn by_years(text: &str) -> Option<Span> {
    let digits = text
        .strip_suffix("'s")
        .or_else(|| text.strip_suffix("’s"))
        .or_else(|| text.strip_suffix('s'))?;
    if !(3..=4).contains(&digits.len()) || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let year: i32 = digits.parse().ok()?;
    match (year % 100, year % 10) {
        (0, _) => Some(Span::Century(year)),
        (_, 0) => Some(Span::Decade(year)),
        _ => None,
    }
}

/// "17th century", "seventeenth century", "17th c.": an ordinal and the word for century.
fn by_ordinal(text: &str) -> Option<Span> {
    let (ordinal, word) = text.split_once(char::is_whitespace)?;
    if !matches!(word.trim(), "century" | "c." | "c" | "cent.") {
        return None;
    }
    let n = self::ordinal(ordinal)?;
    (1..=30)
        .contains(&n)
        .then(|| Span::Century((n as i32 - 1) * 100))
}

/// Grades `given` against the span `answer`.
pub(super) fn grade(answer: Span, given: &str) -> Graded {
    // "late 1700s" for the 18th century: a part of the span named is the span (heldout5).
    let lower = given.trim().to_lowercase();
    let given = [
        "early ",
        "late ",
        "mid-",
        "mid ",
        "the early ",
        "the late ",
        "the mid-",
    ]
    .iter()
    .find_map(|q| lower.strip_prefix(q))
    .unwrap_or(given);
    // "17th" for the 17th century: the word "century" is in the question.
    if let (Span::Century(y), Some(n)) = (answer, ordinal(given)) {
        return if (n as i32 - 1) * 100 == y {
            Graded::of(Verdict::Correct)
        } else {
            Graded::because(Verdict::Wrong, "another century")
        };
    }
    match read(given) {
        Some(typed) if typed == answer => Graded::of(Verdict::Correct),
        // "the 1700s" for the 1700s named by decade and century alike.
        Some(typed) => Graded::because(Verdict::Wrong, format!("another {}", typed.name())),
        None => match year(given) {
            Some(y) if answer.years().contains(&y) => Graded::because(
                Verdict::Close,
                format!("a year in it; the {} was asked", answer.name()),
            ),
            Some(_) => Graded::because(Verdict::Wrong, format!("not in that {}", answer.name())),
            None => Graded::because(Verdict::Wrong, "no year or century found in the answer"),
        },
    }
}

/// An ordinal typed alone: "17th", "seventeenth".
fn ordinal(given: &str) -> Option<u32> {
    let word = given.trim().to_lowercase();
    if let Some(n) = crate::quantity::ordinal_word(&word) {
        return Some(n);
    }
    let digits = word.trim_end_matches(|c: char| c.is_alphabetic());
    let n: u32 = digits.parse().ok()?;
    (!digits.is_empty() && word[digits.len()..] == *crate::quantity::ordinal_suffix(u64::from(n)))
        .then_some(n)
}

/// A year typed alone ("1665", "in 1665").
fn year(given: &str) -> Option<i32> {
    // Read with units, so that "1700 seconds" is no year.
    let n = read_number(given, true)?;
    let whole = n.value.fract() == 0.0 && (100.0..3000.0).contains(&n.value);
    (whole && n.unit.is_none() && n.currency.is_none() && !n.percent).then_some(n.value as i32)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn grades_against_a_century() {
        // (answer, typed, verdict)
        let cases = [
            ("18th century", "late 1700s", Verdict::Correct),
            ("18th century", "the early 1700s", Verdict::Correct),
            ("18th century", "1700s", Verdict::Correct),
            ("17th century", "17th", Verdict::Correct),
            ("17th century", "seventeenth", Verdict::Correct),
            ("17th century", "16th", Verdict::Wrong),
            ("17th century", "17st", Verdict::Wrong),
            ("18th century", "late 1800s", Verdict::Wrong),
            ("1700s", "1750", Verdict::Close),
        ];
        for (answer, typed, want) in cases {
            let span = read(answer).unwrap();
            assert_eq!(grade(span, typed).verdict, want, "{typed} for {answer}");
        }
    }

    #[test]
    fn reads_spans() {
        let cases = [
            ("1700s", Some(Span::Century(1700))),
            ("the 1700's", Some(Span::Century(1700))),
            ("1960s", Some(Span::Decade(1960))),
            ("17th century", Some(Span::Century(1600))),
            ("Seventeenth century", Some(Span::Century(1600))),
            ("17th c.", Some(Span::Century(1600))),
            ("17st century", None),
            ("1965s", None),
            ("9.58s", None),
            ("1700", None),
        ];
        for (text, want) in cases {
            assert_eq!(read(text), want, "{text}");
        }
    }
}
