//! Grading: what a person typed or chose, against a card's answer, gives a verdict.

mod century;
mod clock;
mod date_range;
mod dates;
mod equivalent;
mod figure;
mod forms;
mod loose;
mod miss;
mod position;
mod qualified;
mod range;
mod read;
mod sign;
mod unit_slip;

use crate::textmatch as text;
pub use crate::textmatch::{matches as text_matches, normalize};
pub use dates::{read_date, read_dates};
pub(crate) use forms::order_problem;
pub use forms::{grade_estimate, grade_order, two_way};
pub use read::{read_number, ReadNumber};

use crate::card::{Answer, Card};
use crate::quantity::{Kind, Quantity, Value};
use crate::question::{Expect, Question};
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

/// Grades a typed answer against a card.
pub fn grade_typed(card: &Card, given: &str) -> Graded {
    if given.trim().is_empty() {
        return Graded::because(Verdict::Wrong, "no answer given");
    }
    match &card.answer {
        Answer::Text { answer, accept, .. } => {
            // "{02:20}" after "at": a time of day, not two hours and twenty minutes.
            if let Some(time) = time_of_day(answer, &card.text) {
                let ok = std::iter::once(answer)
                    .chain(accept)
                    .any(|a| text::matches_in(a, given, &card.text));
                return if ok {
                    Graded::of(Verdict::Correct)
                } else {
                    clock::grade(time, given)
                };
            }
            // "{1700s}", "{17th century}": a century or decade, not 1,700 seconds.
            // Its own text is read, not matched loosely: "1700" is one letter off "1700s".
            if let Some(span) = century::read(answer) {
                let ok = accept
                    .iter()
                    .any(|a| text::matches_in(a, given, &card.text));
                return if ok {
                    Graded::of(Verdict::Correct)
                } else {
                    century::grade(span, given)
                };
            }
            // A quantity in a text answer is graded as one: "€1945" is no year, whatever
            // its digits; other accepted answers still count as text.
            let quantity = text_quantity(answer);
            let texts = match quantity {
                Some(_) => accept.iter().collect::<Vec<_>>(),
                None => std::iter::once(answer).chain(accept).collect(),
            };
            // Dates and ranges are read, not matched loosely: "11 June to 30 July 1966" is
            // two letters off "11 July to 30 July 1966" and a month early.
            let ok = texts.iter().any(|a| match figure_text(a) {
                true => normalize(a) == normalize(given),
                false => text::matches_in(a, given, &card.text),
            });
            match quantity {
                _ if ok => Graded::of(Verdict::Correct),
                Some((q, parts)) => or_equivalent(
                    figure::grade_quantity(&q, card, given, parts),
                    &q,
                    card,
                    given,
                ),
                None => text_figure(answer, card, given),
            }
        }
        Answer::Quantity(q) if q.range.is_some() => range::grade_whole(q, given),
        // An amount the finder read in parts ("2 hours 31 minutes") is graded as a braced one.
        Answer::Quantity(q) => or_equivalent(
            figure::grade_quantity(q, card, given, q.style.parts.is_some()),
            q,
            card,
            given,
        ),
    }
}

/// A grade, or right when the answer is the figure the fact states beside it in another
/// unit ("2,180 km/h" for "{Mach 2.04} (1,354 mph or 2,180 km/h ...)"), graded by that
/// figure's own rules; an equivalent only ever makes an answer right.
fn or_equivalent(graded: Graded, q: &Quantity, card: &Card, given: &str) -> Graded {
    if graded.verdict == Verdict::Correct {
        return graded;
    }
    // Only an answer in the equivalent's own unit: one in the answer's unit ("about 10
    // km/s" for 10.36 km/s (6.44 mi/s)) is graded against the answer, not as a conversion
    // of its equivalent.
    let typed = read_number(given, true).and_then(|r| r.unit);
    let right = equivalent::stated(card, q).iter().any(|e| {
        let same_unit = matches!((e.value, typed), (Value::Amount { unit, .. }, Some(t)) if t.name == unit.name);
        same_unit && figure::grade_quantity(e, card, given, false).verdict == Verdict::Correct
    });
    if right {
        Graded::of(Verdict::Correct)
    } else {
        graded
    }
}

/// A text answer that holds no one quantity, graded as the day, range of dates or range it
/// names: "{Christmas Day, 1066}" (so "25 December 1066" is the same day), "{11 to 30 July
/// 1966}", "{20–25%}".
fn text_figure(answer: &str, card: &Card, given: &str) -> Graded {
    if let Some(graded) = position::grade(answer, given) {
        return graded;
    }
    if let Some(day) = dates::feast_date(answer).or_else(|| numeric_date(answer)) {
        return figure::grade_date(&day, given, None);
    }
    // "{late February 2007}", "{mid-2061}", "{October, 1977}": the month or year named.
    match qualified::read(answer) {
        Some(qualified::Named::Date(date)) => return figure::grade_date(&date, given, None),
        Some(qualified::Named::Year(year)) => return figure::grade_year_of(year, card, given),
        None => {}
    }
    match (date_range::read(answer), range::read(answer)) {
        (Some(dates), _) => date_range::grade(&dates, given),
        (None, Some(r)) => range::grade(&r, given),
        (None, None) => Graded::of(Verdict::Wrong),
    }
}

/// Whether a text answer names dates or figures that [`text_figure`] reads, so that a
/// typed answer is compared by what it says rather than letter by letter.
fn figure_text(answer: &str) -> bool {
    date_range::read(answer).is_some() || range::read(answer).is_some()
}

/// A text answer that is a date in figures alone ("{26.10.79}", a map's caption): its day,
/// a two-digit year read by the pivot (1979).
fn numeric_date(answer: &str) -> Option<crate::quantity::Date> {
    let figures = answer
        .trim()
        .chars()
        .all(|c| c.is_ascii_digit() || matches!(c, '.' | '/' | '-'));
    let day = dates::read_date(answer).filter(|d| figures && d.day.is_some())?;
    let year = day.year.map(|y| match y {
        0..=99 => figure::two_digit_year(y),
        y => y,
    });
    Some(crate::quantity::Date { year, ..day })
}

/// A text answer that is a time of day: one written with a.m. or p.m. or a time zone
/// ("11:45 p.m.", "05:18 GMT"), or on the 24-hour clock ("02:20") where the fact says "at"
/// or "around" before it; a race time ("finished in 12:37") is a duration.
fn time_of_day(answer: &str, fact: &str) -> Option<clock::Clock> {
    let time = clock::read(answer, true)?;
    if answer.contains(char::is_alphabetic) {
        return Some(time);
    }
    let at = fact.find(answer)?;
    let words = |s: &str| {
        s.split_whitespace()
            .map(|w| {
                w.trim_matches(|c: char| !c.is_alphanumeric())
                    .to_lowercase()
            })
            .collect::<Vec<_>>()
    };
    let before = words(&fact[..at]);
    let after = words(&fact[at + answer.len()..]);
    let said = before
        .iter()
        .rev()
        .take(2)
        .any(|w| matches!(w.as_str(), "at" | "around" | "until" | "till" | "by"))
        || after
            .first()
            .is_some_and(|w| matches!(w.as_str(), "utc" | "gmt" | "local" | "hours"));
    said.then_some(time)
}

/// A text answer that is a quantity: "{6 feet 5 inches}" in braces, "1945" in an imported
/// table. The finder's quantity when it sees one spanning the whole answer, else the answer
/// read as an amount in parts; and whether it was written in parts.
fn text_quantity(answer: &str) -> Option<(Quantity, bool)> {
    // "{46. 4 °C}": a decimal copied with a space after its point is 46.4 °C.
    let joined = equivalent::spaced_decimals(answer.trim());
    let answer = joined.as_ref();
    if let [q] = crate::quantity::find(answer).as_slice() {
        if q.text == answer {
            return Some((q.clone(), false));
        }
    }
    let read = read_number(answer, true)?;
    if let Some(q) = unit_at_end(answer, &read) {
        return Some((q, false));
    }
    let (Some(unit), Some(last)) = (read.unit, read.last) else {
        return plain_number(answer, &read).map(|q| (q, false));
    };
    // "{two and a quarter hours}", "{an hour and a half}": an amount the finder does not
    // name, written as a number and its unit and nothing else.
    let amount_alone = starts_with_number(answer)
        && answer.split_whitespace().count() <= 6
        && range::read(answer).is_none()
        && date_range::read(answer).is_none();
    if !read.compound && !amount_alone {
        return None;
    }
    // Held in the unit of its last part, so that its step is one of that unit.
    let amount = unit.convert(read.value, last);
    let step = unit.convert_step(read.step, last);
    Some((amount_quantity(answer, amount, step, last), read.compound))
}

/// "{75.3 a}": one figure and, as the last word, a unit read only there (annum, years).
fn unit_at_end(answer: &str, read: &ReadNumber) -> Option<Quantity> {
    let (figure, word) = answer.rsplit_once(' ')?;
    let unit = crate::quantity::lookup_unit_at_end(word)?;
    let plain = read.unit.is_none()
        && read.currency.is_none()
        && !read.percent
        && !read.scaled
        && around_digits(figure.trim()) == Some(("", ""));
    plain.then(|| amount_quantity(answer, read.value, read.step, unit))
}

/// A text answer read as `amount` of `unit`, its last digit worth `step` of it.
fn amount_quantity(answer: &str, amount: f64, step: f64, last: crate::quantity::Unit) -> Quantity {
    let kind = if last.dim == crate::quantity::Dimension::Time {
        Kind::Duration
    } else {
        Kind::Measure
    };
    let num = crate::quantity::NumStyle {
        decimals: (-step.log10()).ceil().max(0.0) as u8,
        ..Default::default()
    };
    Quantity {
        span: 0..answer.len(),
        text: answer.to_string(),
        kind,
        value: Value::Amount { amount, unit: last },
        noun: None,
        style: crate::quantity::Style {
            prefix: String::new(),
            num,
            suffix: format!(" {}", last.plural()),
            date: None,
            parts: None,
        },
        range: None,
    }
}

/// Whether `answer` opens with a figure: digits, a number word, or "a"/"an"/"half".
fn starts_with_number(answer: &str) -> bool {
    // "{−243.0226 d}": a sign belongs to the figure.
    let first = answer.split_whitespace().next().unwrap_or_default();
    let first = first.trim_start_matches(['−', '-', '+']);
    let word = first.split('-').next().unwrap_or_default().to_lowercase();
    let word = word.strip_suffix("fold").unwrap_or(&word);
    first.starts_with(|c: char| c.is_ascii_digit())
        || matches!(word, "a" | "an" | "half")
        || crate::quantity::small_number(word).is_some()
}

/// A text answer that is one plain number with at most a word before or after it:
/// "{−2.94}", "{2½ times}", "{Mach 2.04}", "{37.5°}". Graded as a count of that number, so
/// that "minus 2.94", "two and a half times" or "2.5" is read as the figure it is (issue 11).
fn plain_number(answer: &str, read: &ReadNumber) -> Option<Quantity> {
    let cents = matches!(
        answer.trim_end().rsplit(' ').next(),
        Some("cents" | "cent" | "¢")
    ) || answer.trim_end().ends_with('¢');
    let digits = answer.contains(|c: char| c.is_ascii_digit());
    // "one thousand times" is scaled in words; "2.5 million" is an amount of its own kind.
    if (read.currency.is_some() && !cents) || read.percent || (read.scaled && digits) {
        return None;
    }
    let (prefix, suffix) = if digits {
        around_digits(answer)?
    } else {
        around_words(answer)?
    };
    if range::read(answer).is_some() {
        return None;
    }
    // Before the number only a word that is no name ("Apollo 11" is a label); after it one
    // lower-case word ("times", "points") or a degree sign.
    let before = prefix.trim().to_lowercase();
    let after = suffix.trim();
    let fits_before = before.is_empty()
        || matches!(
            before.as_str(),
            "mach" | "about" | "nearly" | "almost" | "around" | "over" | "under"
        );
    // "{0.3 percentage point}": a change in a rate, a percentage in its own unit.
    let points = matches!(after, "percentage point" | "percentage points");
    let fits_after = after.is_empty()
        || after == "°"
        || points
        || (after.split_whitespace().count() == 1 && after.chars().all(|c| c.is_lowercase()));
    if !fits_before || !fits_after {
        return None;
    }
    if points {
        return Some(Quantity {
            span: 0..answer.len(),
            text: answer.to_string(),
            kind: Kind::Percent,
            value: Value::Number(read.value),
            noun: None,
            style: crate::quantity::Style {
                prefix: String::new(),
                num: crate::quantity::NumStyle {
                    decimals: (-read.step.log10()).ceil().max(0.0) as u8,
                    ..Default::default()
                },
                suffix: suffix.to_string(),
                date: None,
                parts: None,
            },
            range: None,
        });
    }
    if read.share {
        // "{two-fifths}", "{a quarter}": a share, graded as the percentage it is, so that
        // "2/5", "0.4" and "40%" are all right. A share under one percent ("{one-thousandth}",
        // 0.1) is written to a tenth of itself, so that ten times it is no near miss.
        let percent = read.value * 100.0;
        let decimals = if percent.abs() < 1.0 && percent != 0.0 {
            (-percent.abs().log10()).ceil() as u8 + 1
        } else {
            0
        };
        return Some(Quantity {
            span: 0..answer.len(),
            text: answer.to_string(),
            kind: Kind::Percent,
            value: Value::Number(percent),
            noun: None,
            style: crate::quantity::Style {
                prefix: String::new(),
                num: crate::quantity::NumStyle {
                    decimals,
                    ..Default::default()
                },
                suffix: " percent".into(),
                date: None,
                parts: None,
            },
            range: None,
        });
    }
    let decimals = (-read.step.log10()).ceil().max(0.0) as u8;
    let (kind, value) = match read.currency {
        // "{6 cents}": money, so that "$0.06" is the same amount.
        Some(code) => (
            Kind::Money,
            Value::Money {
                currency: crate::quantity::Currency(code),
                amount: read.value,
            },
        ),
        None => (Kind::Count, Value::Number(read.value)),
    };
    Some(Quantity {
        span: 0..answer.len(),
        text: answer.to_string(),
        kind,
        value,
        noun: None,
        style: crate::quantity::Style {
            prefix: prefix.to_string(),
            num: crate::quantity::NumStyle {
                decimals,
                ..Default::default()
            },
            suffix: suffix.to_string(),
            date: None,
            parts: None,
        },
        range: None,
    })
}

/// The words before and after the one figure in digits of `answer` ("Mach ", " times"):
/// "2½", "2 1/2", "−2.94", "1,000"; none for a range or a pair ("1845 to 1852", "5–3").
fn around_digits(answer: &str) -> Option<(&str, &str)> {
    let first = answer.find(|c: char| c.is_ascii_digit() || "−-+½¼¾".contains(c))?;
    let last = answer.rfind(|c: char| c.is_ascii_digit() || "½¼¾".contains(c))?;
    let end = last + answer[last..].chars().next()?.len_utf8();
    let figure = &answer[first..end];
    let one_figure =
        figure.chars().enumerate().all(|(k, c)| {
            c.is_ascii_digit() || ",.½¼¾/".contains(c) || (k == 0 && "−-+".contains(c))
        }) || figure.split_once(' ').is_some_and(|(whole, part)| {
            whole.chars().all(|c| c.is_ascii_digit()) && part.contains('/')
        });
    one_figure.then(|| (&answer[..first], &answer[end..]))
}

/// The word after a figure written in words ("one thousand times" → " times"), when the
/// answer opens with a number word: "Article five" is a label.
fn around_words(answer: &str) -> Option<(&str, &str)> {
    if !starts_with_number(answer) {
        return None;
    }
    let last = answer.rsplit(' ').next()?;
    let numeric = |w: &str| {
        let w = w.to_lowercase();
        crate::quantity::small_number(&w).is_some()
            || matches!(w.as_str(), "hundred" | "thousand" | "million" | "billion")
            || matches!(
                w.as_str(),
                "a" | "an" | "and" | "half" | "quarter" | "quarters"
            )
            || w.ends_with("fold")
            || w.ends_with("th")
            || w.ends_with("ths")
            || w.contains('-')
    };
    let word = answer.len() - last.len();
    let suffix = if numeric(last) {
        ""
    } else {
        &answer[word.saturating_sub(1)..]
    };
    Some(("", suffix))
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
