//! Grading: what a person typed or chose, against a card's answer, gives a verdict.

mod forms;
mod miss;
mod read;
mod text;

pub use forms::{grade_estimate, grade_order, two_way};
pub use read::{read_date, read_dates, read_number, ReadNumber};
pub use text::{matches as text_matches, normalize};

use crate::card::{Answer, Card};
use crate::quantity::{Kind, Quantity, Unit, Value};
use crate::question::{Expect, Question};
use crate::tolerance::{band, compare, compare_dates, Closeness};
use serde::Serialize;
use std::fmt;

/// The outcome of one answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Verdict {
    /// Right.
    Correct,
    /// Nearly right: inside the tolerance, or the right year of a wrong date.
    Close,
    /// Wrong, or empty.
    Wrong,
}

impl Verdict {
    /// The name used in JSON.
    pub fn name(self) -> &'static str {
        match self {
            Verdict::Correct => "correct",
            Verdict::Close => "close",
            Verdict::Wrong => "wrong",
        }
    }
}

impl fmt::Display for Verdict {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// A verdict with a short reason when the answer was not simply right or wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Graded {
    /// The verdict.
    pub verdict: Verdict,
    /// Why, when it helps ("the scale is missing: billion").
    pub reason: Option<String>,
}

impl Graded {
    fn of(verdict: Verdict) -> Self {
        Graded {
            verdict,
            reason: None,
        }
    }

    fn because(verdict: Verdict, reason: impl Into<String>) -> Self {
        Graded {
            verdict,
            reason: Some(reason.into()),
        }
    }
}

fn from_closeness(c: Closeness) -> Verdict {
    match c {
        Closeness::Exact => Verdict::Correct,
        Closeness::Near => Verdict::Close,
        Closeness::Far => Verdict::Wrong,
    }
}

/// Grades a typed answer against a card.
pub fn grade_typed(card: &Card, given: &str) -> Graded {
    if given.trim().is_empty() {
        return Graded::because(Verdict::Wrong, "no answer given");
    }
    match &card.answer {
        Answer::Text { answer, accept, .. } => {
            let ok = std::iter::once(answer)
                .chain(accept)
                .any(|a| text::matches_in(a, given, &card.text));
            Graded::of(if ok { Verdict::Correct } else { Verdict::Wrong })
        }
        Answer::Quantity(q) => grade_quantity(q, card, given),
    }
}

fn grade_quantity(q: &Quantity, card: &Card, given: &str) -> Graded {
    match q.value {
        // Of the readings of "11/07/2018", the one nearest the answer.
        Value::Date(answer) => match read_dates(given)
            .into_iter()
            .min_by_key(|d| compare_dates(&answer, d))
        {
            Some(d) => {
                let verdict = from_closeness(compare_dates(&answer, &d));
                Graded {
                    verdict,
                    reason: miss::dates(&answer, &d).filter(|_| verdict != Verdict::Correct),
                }
            }
            None => year_only(answer.year, given),
        },
        Value::Year(y) => {
            // Both readings of "4/5/1949" share their year.
            let year = read_dates(given)
                .first()
                .and_then(|d| d.year)
                .map(f64::from);
            let n = year.or_else(|| read_number(given, false).map(|n| n.value));
            match n {
                Some(n) => {
                    let verdict = from_closeness(compare(f64::from(y), n, band(q, card.tolerance)));
                    Graded {
                        verdict,
                        reason: miss::years(y, n.round() as i32)
                            .filter(|_| verdict != Verdict::Correct),
                    }
                }
                None => Graded::because(Verdict::Wrong, "no year found in the answer"),
            }
        }
        _ => grade_number(q, card, given),
    }
}

/// A date card answered with a year alone: the right year is close, never correct.
fn year_only(year: Option<i32>, given: &str) -> Graded {
    let mut years = crate::quantity::tokenize(given)
        .into_iter()
        .filter_map(|t| t.text.parse::<i32>().ok().filter(|_| t.text.len() == 4));
    let n = years.next_back();
    match (year, n) {
        (Some(y), Some(n)) if y == n => {
            Graded::because(Verdict::Close, "right year; the full date was asked")
        }
        _ => Graded::because(Verdict::Wrong, "no date found in the answer"),
    }
}

fn grade_number(q: &Quantity, card: &Card, given: &str) -> Graded {
    let units = matches!(q.kind, Kind::Measure | Kind::Duration);
    let Some(read) = read_number(given, units) else {
        return Graded::because(Verdict::Wrong, "no number found in the answer");
    };
    let answer = q.value.number().unwrap_or_default();
    let mut value = read.value;
    if let Value::Money { currency, .. } = q.value {
        if read.currency.is_some_and(|c| c != currency.0) {
            return Graded::because(Verdict::Wrong, format!("the amount is in {currency}"));
        }
    }
    if let (Value::Amount { unit, .. }, Some(typed)) = (q.value, read.unit) {
        let convertible = typed.dim == unit.dim
            && (typed.dim != crate::quantity::Dimension::Temperature || typed.name == unit.name);
        if !convertible {
            return Graded::because(Verdict::Wrong, format!("the answer is in {}s", unit.name));
        }
        value = value * typed.factor / unit.factor;
        if typed.name != unit.name && rounds_to(q, &read, typed, unit) {
            value = answer; // "29,032 feet" for 8,849 metres: the same height, as typed.
        }
    }
    let verdict = from_closeness(compare(answer, value, band(q, card.tolerance)));
    match (&q.style.num.scale, read.scaled, verdict) {
        (Some((factor, word)), false, Verdict::Wrong)
            if compare(answer / factor, value, 0.0) == Closeness::Exact =>
        {
            Graded::because(
                Verdict::Close,
                format!("right figure, but the scale is missing: {}", word.trim()),
            )
        }
        (_, _, Verdict::Correct) => Graded::of(verdict),
        _ => Graded {
            verdict,
            reason: miss::number(q, value),
        },
    }
}

/// Whether an answer typed in another unit is the answer itself, rounded as finely as it was
/// typed: 8,849 metres is 29,032.15 feet, so "29,032 feet" is right. Only when typed at least
/// as finely as the answer is written, so that "9 km" is no way round "8,849 metres".
fn rounds_to(q: &Quantity, read: &ReadNumber, typed: Unit, unit: Unit) -> bool {
    let answer = q.value.number().unwrap_or_default();
    let typed_step = read.step * typed.factor / unit.factor;
    if read.step <= 0.0 || typed_step > q.style.num.step() {
        return false;
    }
    let in_typed = answer * unit.factor / typed.factor;
    (in_typed / read.step).round() == (read.value / read.step).round()
}

/// Grades an answer to a question in any form: typed, an option (by letter, number, text,
/// or a true/false or more/less word), letters in order, or an estimate.
pub fn grade_question(card: &Card, question: &Question, given: &str) -> Graded {
    match &question.expect {
        Expect::Option(right) => {
            let word =
                two_way(&question.choices, given).and_then(|k| question.choices.get(k).cloned());
            grade_choice(
                card,
                &question.choices,
                *right,
                word.as_deref().unwrap_or(given),
            )
            .0
        }
        Expect::Sequence(order) => grade_order(order, given),
        Expect::Estimate => grade_estimate(card, given),
        Expect::Text => grade_typed(card, given),
    }
}

/// Grades a multiple-choice answer: a letter, a number or the option's text.
pub fn grade_choice(
    card: &Card,
    choices: &[String],
    correct: usize,
    given: &str,
) -> (Graded, Option<usize>) {
    match pick_choice(choices, given) {
        Some(k) if k == correct => (Graded::of(Verdict::Correct), Some(k)),
        Some(k) => {
            // The picked option, read as a typed answer, says how far off it was.
            let reason = grade_typed(card, &choices[k])
                .reason
                .filter(|r| !r.starts_with("no "));
            (
                Graded {
                    verdict: Verdict::Wrong,
                    reason,
                },
                Some(k),
            )
        }
        None => {
            // Typed the value instead of picking: grade it as typed, but a choice is never close.
            let typed = grade_typed(card, given);
            if typed.verdict == Verdict::Correct {
                return (Graded::of(Verdict::Correct), None);
            }
            let letters = (b'a' + choices.len().saturating_sub(1) as u8) as char;
            let reason = format!("not one of the options: answer with a letter (a-{letters}), a number or an option's text");
            (Graded::because(Verdict::Wrong, reason), None)
        }
    }
}

/// Which option an answer names: "b", "B)", "2", or the option's own text.
pub fn pick_choice(choices: &[String], given: &str) -> Option<usize> {
    let g = given.trim().trim_end_matches([')', '.']).trim();
    let mut chars = g.chars();
    if let (Some(c), None) = (chars.next(), chars.next()) {
        if c.is_ascii_alphabetic() {
            let k = (c.to_ascii_lowercase() as u8 - b'a') as usize;
            return (k < choices.len()).then_some(k);
        }
    }
    if let Ok(n) = g.parse::<usize>() {
        if (1..=choices.len()).contains(&n) && !choices.iter().any(|c| normalize(c) == normalize(g))
        {
            return Some(n - 1);
        }
    }
    let ng = normalize(g);
    choices.iter().position(|c| normalize(c) == ng)
}

#[cfg(test)]
mod tests;
