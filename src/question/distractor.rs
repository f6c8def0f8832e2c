//! Plausible wrong options for multiple choice: same kind and written form as the answer,
//! close in magnitude, outside the grading tolerance, distinct, never absurd.

use super::pool::{Entry, Pool};
use crate::card::{Answer, Card};
use crate::quantity::{render, Date, Kind, Quantity, Value};
use crate::tolerance::{band, compare_figures, figure_of, Closeness, Figure};
use rand::seq::SliceRandom;
use rand::Rng;
pub use text::asks_of;
use text::{text_choices, TextAnswer};

/// How many options a choice question shows.
pub const OPTIONS: usize = 4;

/// A candidate wrong value and how much it is preferred (lower first).
struct Candidate {
    tier: u8,
    value: Value,
}

/// Options for a card, shown in order, and the index of the right one; `None` when the deck
/// cannot supply enough plausible distractors.
pub fn choices(card: &Card, deck: &Pool, rng: &mut impl Rng) -> Option<(Vec<String>, usize)> {
    match &card.answer {
        Answer::Quantity(q) => quantity_choices(card, q, deck, rng),
        Answer::Text {
            answer,
            accept,
            distractors,
            ..
        } => {
            let asks = asks_of(card);
            let a = TextAnswer {
                answer,
                accept,
                distractors,
                asks: &asks,
            };
            text_choices(&a, deck, rng)
        }
    }
}

fn quantity_choices(
    card: &Card,
    q: &Quantity,
    deck: &Pool,
    rng: &mut impl Rng,
) -> Option<(Vec<String>, usize)> {
    let width = band(q, card.tolerance);
    let tol = card.tolerance.map(|t| band(q, Some(t)));
    let mut cands = deck_values(q, deck);
    cands.extend(generated(q, rng));
    let answer_key = sort_key(&q.value);
    let answer_text = render(q, &q.value);
    // One end of a range stays on its side of the other ("between what year and 1972").
    let other_end = range::other_end(&card.text, q).map(|(o, side)| (sort_key(&o.value), side));
    let in_range = |v: &Value| match other_end {
        Some((end, std::cmp::Ordering::Greater)) => sort_key(v) < end,
        Some((start, _)) => sort_key(v) > start,
        None => true,
    };
    let mut seen = vec![answer_text.clone()];
    // Issue 10, impossible options: another figure of the same sentence ("Uruguay in 1930"
    // beside "Italy in what year?") is no plausible wrong answer; it reads as a trick.
    seen.extend(
        crate::quantity::find(&card.text)
            .into_iter()
            .filter(|o| o.span != q.span && o.kind == q.kind)
            .map(|o| render(q, &o.value)),
    );
    let mut below = Vec::new();
    let mut above = Vec::new();
    cands.shuffle(rng); // Random among equals; the stable sort below keeps tiers in order.
    cands.sort_by_key(|c| c.tier);
    for c in cands {
        let text = render(q, &c.value);
        if !sensible(q, &c.value)
            || !outside(q, &c.value, width, tol)
            || !in_range(&c.value)
            || seen.contains(&text)
        {
            continue;
        }
        seen.push(text.clone());
        let side = if sort_key(&c.value) < answer_key {
            &mut below
        } else {
            &mut above
        };
        side.push((sort_key(&c.value), text));
    }
    let mut ranks: Vec<usize> = (0..OPTIONS).collect();
    ranks.shuffle(rng);
    let rank = ranks
        .into_iter()
        .find(|&r| below.len() >= r && above.len() >= OPTIONS - 1 - r)?;
    let mut picked: Vec<(f64, String)> = below.into_iter().take(rank).collect();
    picked.extend(above.into_iter().take(OPTIONS - 1 - rank));
    picked.push((answer_key, answer_text));
    picked.sort_by(|a, b| a.0.total_cmp(&b.0));
    Some((picked.into_iter().map(|p| p.1).collect(), rank))
}

/// Orders values: numbers by size, dates by day.
fn sort_key(v: &Value) -> f64 {
    match v {
        Value::Date(d) => {
            f64::from(d.year.unwrap_or(0)) * 400.0
                + f64::from(d.month) * 32.0
                + f64::from(d.day.unwrap_or(0))
        }
        other => other.number().unwrap_or_default(),
    }
}

/// Values of the same kind and unit from the deck's other cards, when near enough to fit.
fn deck_values(q: &Quantity, deck: &Pool) -> Vec<Candidate> {
    let mut out = Vec::new();
    for entry in &deck.0 {
        let Entry::Quantity {
            kind, value: other, ..
        } = entry
        else {
            continue;
        };
        if *kind != q.kind {
            continue;
        }
        let value = match (q.value, *other) {
            (Value::Date(a), Value::Date(b)) if same_shape(&a, &b) => Value::Date(b),
            (Value::Year(_), Value::Year(y)) => Value::Year(y),
            (Value::Number(_), Value::Number(n)) => Value::Number(n),
            (
                Value::Money { currency: a, .. },
                Value::Money {
                    currency: b,
                    amount,
                },
            ) if a == b => q.value.with_number(amount),
            (Value::Amount { unit: a, .. }, Value::Amount { unit: b, amount })
                if a.dim == b.dim =>
            {
                q.value.with_number(amount * b.factor / a.factor)
            }
            _ => continue,
        };
        if near(q, &value) && rounded_like(q, &value) {
            out.push(Candidate { tier: 0, value });
        }
    }
    out
}

/// Written with no more precision than the answer ("4.8" does not join "2" and "3").
fn rounded_like(q: &Quantity, v: &Value) -> bool {
    let (Some(a), Some(n)) = (q.value.number(), v.number()) else {
        return true;
    };
    let scale = q.style.num.scale.as_ref().map_or(1.0, |(f, _)| *f);
    let step = granularity(a / scale, q.style.num.decimals);
    let shown = n / scale;
    (round_to(shown, step) - shown).abs() < 1e-9 * shown.abs().max(1.0)
}

fn same_shape(a: &Date, b: &Date) -> bool {
    a.year.is_some() == b.year.is_some()
        && a.day.is_some() == b.day.is_some()
        && a.end_day.is_some() == b.end_day.is_some()
}

/// Close enough in magnitude to be plausible.
fn near(q: &Quantity, v: &Value) -> bool {
    match (q.value, v) {
        (Value::Date(a), Value::Date(b)) => match (a.year, b.year) {
            (Some(x), Some(y)) => (x - y).abs() <= 30,
            _ => true,
        },
        (Value::Year(a), Value::Year(b)) => (a - b).abs() <= 30,
        _ => {
            let (a, b) = (
                q.value.number().unwrap_or_default(),
                v.number().unwrap_or_default(),
            );
            a != 0.0 && b / a > 0.3 && b / a < 3.0
        }
    }
}

/// Not absurd: no negative or zero counts, no 0% or over 100%, real calendar days.
fn sensible(q: &Quantity, v: &Value) -> bool {
    let answer = q.value.number().unwrap_or_default();
    match v {
        Value::Date(d) => d.is_valid(),
        Value::Year(y) => *y >= 1 && *y <= 2200,
        _ => {
            let n = v.number().unwrap_or_default();
            let whole_if_needed = q.kind != Kind::Count && q.kind != Kind::Ordinal
                || answer.fract() != 0.0
                || n.fract() == 0.0;
            let in_range = match q.kind {
                Kind::Percent => n > 0.0 && (n <= 100.0 || answer > 100.0),
                Kind::Measure if answer < 0.0 => true,
                _ => n > 0.0,
            };
            in_range && whole_if_needed
        }
    }
}

/// Outside the grading tolerance, so that picking it is honestly wrong.
fn outside(q: &Quantity, v: &Value, width: f64, tol: Option<f64>) -> bool {
    match (q.value, v) {
        (Value::Date(a), Value::Date(b)) => match (a.year, b.year) {
            (Some(x), Some(y)) => (x - y).abs() >= 2,
            _ => a.month != b.month,
        },
        _ => {
            let (a, b) = (
                q.value.number().unwrap_or_default(),
                v.number().unwrap_or_default(),
            );
            // Grading's own comparison too: a coarse rounding ("20,000" for 16,000) is close
            // even outside the band, so it is no wrong option.
            let expected = figure_of(q);
            let option = Figure {
                value: b,
                ..expected
            };
            let graded = compare_figures(q.kind, expected, option, tol);
            (a - b).abs() > width + 1e-9 * a.abs().max(1.0) && graded == Closeness::Far
        }
    }
}

/// The slips people make and near neighbours, rounded like the answer.
fn generated(q: &Quantity, rng: &mut impl Rng) -> Vec<Candidate> {
    match q.value {
        Value::Date(d) => date_candidates(&d, rng),
        Value::Year(y) => {
            let mut out = vec![
                Candidate {
                    tier: 1,
                    value: Value::Year(y - 10),
                },
                Candidate {
                    tier: 1,
                    value: Value::Year(y + 10),
                },
            ];
            if let Some(swapped) = swap_last_digits(y) {
                out.push(Candidate {
                    tier: 1,
                    value: Value::Year(swapped),
                });
            }
            for k in [2, 3, 4, 5, 6, 7, 8, 12, 15] {
                let tier = if k <= 5 { 1 } else { 2 };
                out.push(Candidate {
                    tier,
                    value: Value::Year(y - k),
                });
                out.push(Candidate {
                    tier,
                    value: Value::Year(y + k),
                });
            }
            out
        }
        _ => number_candidates(q),
    }
}

fn swap_last_digits(y: i32) -> Option<i32> {
    let (tens, ones) = ((y / 10) % 10, y % 10);
    let swapped = y - tens * 10 - ones + ones * 10 + tens;
    ((swapped - y).abs() <= 50 && swapped != y).then_some(swapped)
}

fn number_candidates(q: &Quantity) -> Vec<Candidate> {
    let answer = q.value.number().unwrap_or_default();
    let scale = q.style.num.scale.as_ref().map_or(1.0, |(f, _)| *f);
    let shown = answer / scale;
    let step = granularity(shown, q.style.num.decimals);
    let make = |tier: u8, shown: f64| Candidate {
        tier,
        value: q.value.with_number(round_to(shown, step) * scale),
    };
    let mut out = vec![make(3, shown * 10.0), make(3, shown / 10.0)];
    if let Some(s) = swap_digits(shown, q.style.num.decimals) {
        out.push(make(1, s));
    }
    // Neighbours at a spread that grows with the answer's tolerance.
    let base = (shown * 0.12).max(step);
    for k in 1..=8 {
        let delta = round_to(base * f64::from(k), step).max(step * f64::from(k));
        let tier = if k <= 3 { 1 } else { 2 };
        out.push(make(tier, shown - delta));
        out.push(make(tier, shown + delta));
    }
    out
}

/// The rounding step of a written number: 0.1 for "4.8", 1000 for "16,000", 1 for "12".
fn granularity(shown: f64, decimals: u8) -> f64 {
    if decimals > 0 {
        return 10f64.powi(-i32::from(decimals));
    }
    let mut step = 1.0;
    let whole = shown.round().abs();
    while whole >= step * 100.0 && (whole / (step * 10.0)).fract() == 0.0 {
        step *= 10.0;
    }
    step
}

fn round_to(v: f64, step: f64) -> f64 {
    (v / step).round() * step
}

/// The first two significant digits swapped, a classic slip ("48" for "84").
fn swap_digits(shown: f64, decimals: u8) -> Option<f64> {
    let text = format!("{shown:.*}", usize::from(decimals));
    let digits: Vec<char> = text.chars().collect();
    let positions: Vec<usize> = digits
        .iter()
        .enumerate()
        .filter(|(_, c)| c.is_ascii_digit())
        .map(|(k, _)| k)
        .collect();
    let (&a, &b) = (positions.first()?, positions.get(1)?);
    if digits[a] == digits[b] || digits[b] == '0' {
        return None;
    }
    let mut swapped = digits.clone();
    swapped.swap(a, b);
    swapped.into_iter().collect::<String>().parse().ok()
}

fn date_candidates(d: &Date, rng: &mut impl Rng) -> Vec<Candidate> {
    let Some(year) = d.year else {
        return (1..=12)
            .filter(|&m| m != d.month)
            .map(|m| Candidate {
                tier: 2,
                value: Value::Date(Date { month: m, ..*d }),
            })
            .collect();
    };
    let mut out = Vec::new();
    for dy in [-12, -8, -6, -5, -4, -3, -2, 2, 3, 4, 5, 6, 8, 12] {
        let mut c = Date {
            year: Some(year + dy),
            ..*d
        };
        // Vary month and day too, so that the options are not one date in four years.
        if rng.random_bool(0.6) {
            c.month = rng.random_range(1..=12);
            if let (Some(day), end) = (d.day, d.end_day) {
                let len = end.map_or(0, |e| e - day);
                let max = crate::quantity::days_in_month(c.year, c.month) - len;
                let new = rng.random_range(1..=max);
                c.day = Some(new);
                c.end_day = end.map(|_| new + len);
            }
        }
        let tier = if dy.abs() <= 6 { 2 } else { 3 };
        out.push(Candidate {
            tier,
            value: Value::Date(c),
        });
    }
    out
}

mod range;
mod text;

#[cfg(test)]
mod tests;
