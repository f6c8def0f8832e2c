//! Amounts written in parts: "six hours and 39 minutes", "6 feet 5 inches", "8 days, 3
//! hours, 18 minutes". One quantity, held in its last part's unit and written back in the
//! same parts, so that a blank covers the whole amount and options read like it (issue 10:
//! "The flight took how many hour 48 minutes?"; round 15 recall: seven such amounts missed).

use super::render::format_number;
use super::unit::{Dimension, Unit};
use super::{Kind, Quantity, Style, Value};
use serde::{Deserialize, Serialize};

/// The parts an amount was written in, largest first.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Parts {
    /// Each part's unit and its text after the number (" hours", " ft").
    pub units: Vec<(Unit, String)>,
    /// What stood before the last part (" and ", ", ", " ").
    pub last_joint: String,
    /// What stood between the others.
    pub joint: String,
}

/// `found` with every run of amounts in parts joined into one quantity.
pub fn join(text: &str, found: Vec<Quantity>) -> Vec<Quantity> {
    let mut out: Vec<Quantity> = Vec::with_capacity(found.len());
    let mut run: Vec<Quantity> = Vec::new();
    for q in found {
        if run.last().is_some_and(|last| next_part(text, last, &q)) {
            run.push(q);
            continue;
        }
        out.extend(merged(text, std::mem::take(&mut run)));
        run.push(q);
    }
    out.extend(merged(text, run));
    out
}

/// Whether `b` is the part after `a`: a smaller unit of the same dimension, right after it
/// or after a comma or "and".
fn next_part(text: &str, a: &Quantity, b: &Quantity) -> bool {
    let (Value::Amount { unit: x, .. }, Value::Amount { unit: y, .. }) = (a.value, b.value) else {
        return false;
    };
    let gap = text.get(a.span.end..b.span.start).unwrap_or("x").trim();
    let whole_parts = [a, b]
        .iter()
        .all(|q| q.range.is_none() && q.style.num.scale.is_none());
    x.dim == y.dim
        && x.dim != Dimension::Temperature
        && x.factor > y.factor
        && whole_parts
        && matches!(gap, "" | "," | "and" | ", and")
}

/// The run as one quantity, or its one quantity as it was.
fn merged(text: &str, run: Vec<Quantity>) -> Vec<Quantity> {
    if run.len() < 2 {
        return run;
    }
    let (first, last) = (&run[0], &run[run.len() - 1]);
    let Value::Amount { unit: smallest, .. } = last.value else {
        return run;
    };
    let total: f64 = run
        .iter()
        .filter_map(|q| match q.value {
            Value::Amount { amount, unit } => Some(unit.convert(amount, smallest)),
            _ => None,
        })
        .sum();
    let gap = |a: &Quantity, b: &Quantity| text[a.span.end..b.span.start].to_string();
    let parts = Parts {
        units: run
            .iter()
            .filter_map(|q| match q.value {
                Value::Amount { unit, .. } => Some((unit, q.style.suffix.clone())),
                _ => None,
            })
            .collect(),
        last_joint: gap(&run[run.len() - 2], last),
        joint: if run.len() > 2 {
            gap(&run[0], &run[1])
        } else {
            ", ".into()
        },
    };
    vec![Quantity {
        span: first.span.start..last.span.end,
        text: text[first.span.start..last.span.end].to_string(),
        kind: if smallest.dim == Dimension::Time {
            Kind::Duration
        } else {
            Kind::Measure
        },
        value: Value::Amount {
            amount: total,
            unit: smallest,
        },
        noun: None,
        style: parts.into_style(last.style.num.decimals),
        range: None,
    }]
}

impl Parts {
    /// The style of an amount written in these parts, its last part's number written with
    /// `decimals` decimals.
    fn into_style(self, decimals: u8) -> Style {
        let suffix = self
            .units
            .last()
            .map(|(_, s)| s.clone())
            .unwrap_or_default();
        Style {
            prefix: String::new(),
            num: super::NumStyle {
                decimals,
                ..super::NumStyle::default()
            },
            suffix,
            date: None,
            parts: Some(Box::new(self)),
        }
    }
}

/// Units of time and the next smaller one a fraction of them is written in.
const SMALLER: &[(&str, &str)] = &[
    ("year", "month"),
    ("week", "day"),
    ("day", "hour"),
    ("hour", "minute"),
    ("minute", "second"),
];

/// "nine and a half hours", "two and a quarter hours": a time with a fraction in words,
/// held in the next smaller unit and written back in parts ("9 hours and 30 minutes"), so
/// that a blank covers it whole (round 15 recall: three such times missed). The value, the
/// token after it and its style.
pub(crate) fn mixed_time(
    toks: &[super::token::Token],
    j: usize,
    whole: f64,
) -> Option<(Value, usize, Style)> {
    let words: Vec<String> = toks.iter().skip(j).take(3).map(|t| t.lower()).collect();
    let fraction = match words
        .iter()
        .map(String::as_str)
        .collect::<Vec<_>>()
        .as_slice()
    {
        ["and", "a", "half"] => 0.5,
        ["and", "a", "quarter"] => 0.25,
        ["and", "three", "quarters"] => 0.75,
        _ => return None,
    };
    let (value, style) = in_parts(toks.get(j + 3)?, whole + fraction)?;
    Some((value, j + 4, style))
}

/// `amount` of the unit of time `unit_tok` names, held in the next smaller unit and
/// written back in both.
fn in_parts(unit_tok: &super::token::Token, amount: f64) -> Option<(Value, Style)> {
    let unit = super::unit::lookup_in_prose(unit_tok.text).filter(|u| u.dim == Dimension::Time)?;
    let smaller = SMALLER
        .iter()
        .find(|(big, _)| *big == unit.name)
        .and_then(|(_, small)| super::unit::by_name(small))?;
    let amount = unit.convert(amount, smaller);
    let parts = Parts {
        units: vec![
            (unit, format!(" {}", unit.plural())),
            (smaller, format!(" {}", smaller.plural())),
        ],
        last_joint: " and ".into(),
        joint: ", ".into(),
    };
    Some((
        Value::Amount {
            amount,
            unit: smaller,
        },
        parts.into_style(0),
    ))
}

/// "an hour and a half", "a day and a half": one unit of time and half another, held and
/// written like [`mixed_time`] (round 37 recall: the Carpathia's "about an hour and a half
/// after the sinking" was missed). The value, the token after it and its style.
pub(crate) fn unit_and_a_half(
    toks: &[super::token::Token],
    i: usize,
) -> Option<(Value, usize, Style)> {
    let words: Vec<String> = toks.iter().skip(i).take(5).map(|t| t.lower()).collect();
    match words
        .iter()
        .map(String::as_str)
        .collect::<Vec<_>>()
        .as_slice()
    {
        ["a" | "an", _, "and", "a", "half"] => {
            let (value, style) = in_parts(toks.get(i + 1)?, 1.5)?;
            Some((value, i + 5, style))
        }
        _ => None,
    }
}

/// `amount` of `unit` written in `parts`: "6 hours and 41 minutes". Leading parts that come
/// to nothing are left out ("41 minutes", not "0 hours and 41 minutes").
pub fn render(
    amount: f64,
    unit: Unit,
    parts: &Parts,
    (num, spelled): (&super::NumStyle, bool),
) -> String {
    let Some(((smallest, _), larger)) = parts.units.split_last() else {
        return format_number(amount, num);
    };
    let words = super::NumStyle {
        words: true,
        capitalized: false,
        ..super::NumStyle::default()
    };
    let larger_style = if spelled {
        words.clone()
    } else {
        super::NumStyle::default()
    };
    let mut left = unit.convert(amount, *smallest).max(0.0);
    let mut written: Vec<String> = Vec::new();
    for (u, suffix) in larger {
        let whole = (smallest.convert(left, *u) + 1e-9).floor();
        left -= u.convert(whole, *smallest);
        if whole > 0.0 || !written.is_empty() {
            written.push(part(whole, suffix, &larger_style));
        }
    }
    // Rounded to the last part's written step, so that float noise never reads "1 minutes".
    let step = 10f64.powi(-i32::from(num.decimals));
    let left = (left / step).round() * step;
    // "6 hours", not "6 hours and 0 minutes".
    if left != 0.0 || written.is_empty() {
        let last = if spelled && left.fract() == 0.0 {
            &words
        } else {
            num
        };
        written.push(part(left, &parts.units[parts.units.len() - 1].1, last));
    }
    match written.split_last() {
        Some((end, [])) => end.clone(),
        Some((end, rest)) => format!("{}{}{end}", rest.join(&parts.joint), parts.last_joint),
        None => String::new(),
    }
}

/// One part: "6 hours", "1 hour".
fn part(n: f64, suffix: &str, num: &super::NumStyle) -> String {
    let suffix = match suffix.strip_suffix('s') {
        Some(one) if n == 1.0 && super::render::counted(one) => one,
        _ => suffix,
    };
    format!("{}{suffix}", format_number(n, num))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::quantity::find;

    /// The quantities of `text` after joining, as (text, value in base units).
    fn joined(text: &str) -> Vec<(String, Option<String>)> {
        join(text, find(text))
            .into_iter()
            .map(|q| {
                let shown = q
                    .style
                    .parts
                    .as_ref()
                    .map(|_| crate::quantity::render(&q, &q.value));
                (q.text, shown)
            })
            .collect()
    }

    #[test]
    fn amounts_in_parts_are_one_quantity_written_back_in_parts() {
        /// A sentence, each quantity after joining with how an amount in parts is written
        /// back, and why.
        type Case = (
            &'static str,
            &'static [(&'static str, Option<&'static str>)],
            &'static str,
        );
        let cases: &[Case] = &[
            (
                "Armstrong stepped out six hours and 39 minutes afterwards.",
                &[("six hours and 39 minutes", Some("6 hours and 39 minutes"))],
                "words and digits",
            ),
            (
                "He was 6 feet 5 inches tall.",
                &[("6 feet 5 inches", Some("6 feet 5 inches"))],
                "no joint",
            ),
            (
                "The flight took 8 days, 3 hours, 18 minutes.",
                &[(
                    "8 days, 3 hours, 18 minutes",
                    Some("8 days, 3 hours, 18 minutes"),
                )],
                "three parts",
            ),
            (
                "The walk lasted 2 hours 31 minutes and the voyage took 8 days.",
                &[
                    ("2 hours 31 minutes", Some("2 hours 31 minutes")),
                    ("8 days", None),
                ],
                "a run ends at a larger unit",
            ),
            (
                "It ran 420 miles (676 km).",
                &[("420 miles", None), ("676 km", None)],
                "a conversion is no part",
            ),
            (
                "It took 30 minutes and 2 hours.",
                &[("30 minutes", None), ("2 hours", None)],
                "rising units are no parts",
            ),
        ];
        for (text, want, why) in cases {
            let got = joined(text);
            let want: Vec<(String, Option<String>)> = want
                .iter()
                .map(|(t, s)| (t.to_string(), s.map(str::to_string)))
                .collect();
            assert_eq!(got, want, "{why}: {text}");
        }
    }

    #[test]
    fn a_time_with_a_fraction_in_words_is_one_amount_in_parts() {
        let cases = [
            (
                "taken aboard some nine and a half hours after",
                Some(("nine and a half hours", "nine hours and thirty minutes")),
            ),
            (
                "then spent two and a quarter hours outside",
                Some(("two and a quarter hours", "two hours and fifteen minutes")),
            ),
            (
                "it lasted 2 and three quarters years",
                Some(("2 and three quarters years", "2 years and 9 months")),
            ),
            ("a wall two and a half metres high", None),
            (
                "reached the scene about an hour and a half after",
                Some(("an hour and a half", "one hour and thirty minutes")),
            ),
            (
                "it took a day and a half",
                Some(("a day and a half", "one day and twelve hours")),
            ),
            ("a metre and a half of rope", None),
        ];
        for (text, want) in cases {
            let got = find(text)
                .into_iter()
                .find(|q| q.style.parts.is_some())
                .map(|q| (q.text.clone(), crate::quantity::render(&q, &q.value)));
            let want = want.map(|(t, r)| (t.to_string(), r.to_string()));
            assert_eq!(got, want, "{text}");
        }
    }

    #[test]
    fn other_amounts_are_written_in_the_same_parts() {
        let text = "Armstrong stepped out six hours and 39 minutes afterwards.";
        let q = join(text, find(text)).remove(0);
        assert_eq!(q.value.number(), Some(399.0), "held in minutes");
        let cases = [
            (351.0, "5 hours and 51 minutes"),
            (41.0, "41 minutes"),
            (61.0, "1 hour and 1 minute"),
            (420.0, "7 hours"),
        ];
        for (minutes, want) in cases {
            assert_eq!(
                crate::quantity::render(&q, &q.value.with_number(minutes)),
                want
            );
        }
    }
}
