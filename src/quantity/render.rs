//! Writes a value in the style of another quantity: how distractors look like the answer.

use super::date::{Date, DateStyle};
use super::number::NumStyle;
use super::words::{month_name, ordinal_suffix, ordinal_words, small_number_words};
use super::{Kind, Quantity, Value};

/// Writes `value` as `like` was written ("$14 billion" style gives "$21 billion").
pub fn render(like: &Quantity, value: &Value) -> String {
    let style = &like.style;
    if let (Some(parts), Value::Amount { amount, unit }) = (style.parts.as_deref(), value) {
        // "two hours and forty minutes" offers "three hours and ten minutes": words, as the
        // key is written (round 56b: digits beside a key in words read as another hand).
        let spelled = !like.text.contains(|c: char| c.is_ascii_digit());
        return super::parts::render(*amount, *unit, parts, (&style.num, spelled));
    }
    match (like.kind, value) {
        (_, Value::Date(d)) => render_date(
            d,
            style.date.unwrap_or(DateStyle::MonthDayYear),
            RunStyle::of(&like.text),
        ),
        // "10,000 BC": counted back, grouped and with the era word as the key writes them.
        (_, Value::Year(y)) if *y < 0 => {
            format!(
                "{}{}",
                format_number(f64::from(-y), &style.num),
                style.suffix
            )
        }
        (_, Value::Year(y)) => y.to_string(),
        (Kind::Ordinal, Value::Number(n)) => render_ordinal(*n, &style.num),
        (Kind::Fraction, Value::Number(n)) => super::share::render(*n, style),
        (Kind::Time, Value::Number(n)) => super::time_of_day::render(*n, style),
        (Kind::Multiple, Value::Number(n)) => super::multiple::render(*n, style),
        (Kind::Score, Value::Number(n)) => super::score::render(*n, style),
        (_, v) => {
            let n = v.number().unwrap_or_default();
            let suffix = match style.suffix.strip_suffix('s') {
                Some(one) if n == 1.0 && style.num.scale.is_none() && counted(one) => one,
                _ => style.suffix.as_str(),
            };
            let number = format_number(n, &style.num);
            // An option keeps the key's minus sign: "−3.38" beside "−2.94", not "-3.38".
            let number = match number.strip_prefix('-') {
                Some(rest) if like.text.contains('−') => format!("−{rest}"),
                _ => number,
            };
            format!("{}{number}{suffix}", style.prefix)
        }
    }
}

/// Units written in the singular after one: "four days" offers "one day", never "one
/// days" (issue 10, round 10: rated B).
const SINGULAR: &[&str] = &[
    " second",
    " minute",
    " hour",
    " day",
    " week",
    " month",
    " year",
    " decade",
    " mile",
    " metre",
    " meter",
    " kilometre",
    " kilometer",
];

/// Whether a suffix without its plural "s" is a unit that takes the singular after one.
pub(super) fn counted(one: &str) -> bool {
    SINGULAR.contains(&one)
}

fn render_ordinal(n: f64, style: &NumStyle) -> String {
    let whole = n.round().max(0.0) as u32;
    match ordinal_words(whole).filter(|_| style.words) {
        Some(w) => capitalize_if(w, style.capitalized),
        None => format!("{whole}{}", ordinal_suffix(u64::from(whole))),
    }
}

/// Writes a number (scale included) in a style: words, decimals, separators, scale word.
pub fn format_number(value: f64, style: &NumStyle) -> String {
    let (factor, scale_text) = style
        .scale
        .as_ref()
        .map_or((1.0, ""), |(f, t)| (*f, t.as_str()));
    let shown = value / factor;
    let whole = shown.fract().abs() < 1e-9 && shown >= 0.0;
    if style.words && whole {
        if let Some(w) = small_number_words(shown.round() as u32) {
            return format!("{}{scale_text}", capitalize_if(w, style.capitalized));
        }
    }
    let decimals = if style.words {
        0
    } else {
        usize::from(style.decimals)
    };
    let decimals = if whole && style.words {
        0
    } else {
        decimals.max(needed_decimals(shown, decimals))
    };
    let digits = format!("{shown:.decimals$}");
    let digits = if style.grouped || shown.abs() >= 10_000.0 && style.words {
        group(&digits)
    } else {
        digits
    };
    format!("{digits}{scale_text}")
}

/// More decimals than the style has, when the value would otherwise be rounded away.
fn needed_decimals(n: f64, have: usize) -> usize {
    (have..4)
        .find(|&d| ((n * 10f64.powi(d as i32)).round() / 10f64.powi(d as i32) - n).abs() < 1e-9)
        .unwrap_or(4)
}

fn group(digits: &str) -> String {
    let (sign, rest) = digits.strip_prefix('-').map_or(("", digits), |r| ("-", r));
    let (int, frac) = rest
        .split_once('.')
        .map_or((rest, None), |(a, b)| (a, Some(b)));
    let mut out = String::new();
    for (k, c) in int.chars().enumerate() {
        if k > 0 && (int.len() - k) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    match frac {
        Some(f) => format!("{sign}{out}.{f}"),
        None => format!("{sign}{out}"),
    }
}

pub(super) fn capitalize_if(word: String, capital: bool) -> String {
    if !capital {
        return word;
    }
    let mut chars = word.chars();
    chars
        .next()
        .map_or(word.clone(), |c| c.to_uppercase().chain(chars).collect())
}

/// How a run of days was written: "16-24 July", "1 to 19 July", "July 16 to July 24".
#[derive(Debug, Clone, Copy)]
struct RunStyle {
    /// Joined by "to", as after "from" ("held from 1 to 19 July"): an option written
    /// "1-19 May" there reads "held from 1-19 May" (round 50: rated B three times).
    to: bool,
    /// The month written at both ends ("11 July to 30 July").
    month_twice: bool,
}

impl RunStyle {
    fn of(written: &str) -> RunStyle {
        let lower = written.to_lowercase();
        let names: usize = (1..=12)
            .map(|m| lower.matches(&month_name(m).to_lowercase()).count())
            .sum();
        let to = lower.contains(" to ");
        RunStyle {
            to,
            month_twice: to && names > 1,
        }
    }
}

fn render_date(d: &Date, style: DateStyle, run: RunStyle) -> String {
    let month = month_name(d.month);
    let days = match (d.day, d.end_day) {
        (Some(a), Some(b)) if run.month_twice => match style {
            DateStyle::DayMonthYear => format!("{a} {month} to {b}"),
            _ => format!("{a} to {month} {b}"),
        },
        (Some(a), Some(b)) if run.to => format!("{a} to {b}"),
        (Some(a), Some(b)) => format!("{a}-{b}"),
        (Some(a), None) => a.to_string(),
        _ => String::new(),
    };
    match (style, d.year, d.day) {
        (_, Some(y), None) | (DateStyle::MonthYear, Some(y), _) => format!("{month} {y}"),
        (DateStyle::Iso, Some(y), Some(day)) => format!("{y:04}-{:02}-{day:02}", d.month),
        (DateStyle::DayMonthYear, Some(y), _) => format!("{days} {month} {y}"),
        (DateStyle::DayMonthYear, None, _) => format!("{days} {month}"),
        (_, Some(y), _) => format!("{month} {days}, {y}"),
        (_, None, _) => format!("{month} {days}"),
    }
}

#[cfg(test)]
mod tests {
    use super::super::find;
    use super::*;

    #[test]
    fn renders_each_quantity_as_it_was_written() {
        let texts = [
            "April 4, 1949",
            "4 April 1949",
            "1949-04-04",
            "May 2017",
            "July 11-12, 2018",
            "in 2024",
            "12 members",
            "16,000 troops",
            "Eight Allies",
            "Thirty-nine Allies",
            "sixteen thousand troops",
            "1.2 million people",
            "the 45th President",
            "the third",
            "4.8 percent",
            "2%",
            "$14 billion",
            "€3.5 million",
            "£200",
            "Rs. 45 lakh",
            "₹500 crore",
            "seven decades",
            "60 years",
            "100-day",
            "8,849 metres",
            "28,000 km/h",
            // A run of days as written: after "from", an option reads "from 1 to 19 May".
            "1 to 19 July",
            "11 July to 30 July 1966",
            "July 16 to July 24, 1969",
            "16-24 July",
            "10,000 BC",
            "240 BCE",
        ];
        for text in texts {
            let q = &find(text)[0];
            assert_eq!(render(q, &q.value), q.text, "{text}");
        }
    }

    #[test]
    fn renders_other_values_in_the_same_style() {
        let cases: &[(&str, f64, &str)] = &[
            ("$14 billion", 21e9, "$21 billion"),
            ("16,000 troops", 18_000.0, "18,000"),
            ("Eight Allies", 6.0, "Six"),
            ("4.8 percent", 5.6, "5.6 percent"),
            ("4.8 percent", 6.0, "6.0 percent"),
            ("the 45th President", 43.0, "43rd"),
            ("seven decades", 5.0, "five decades"),
            ("1.2 million people", 1.5e6, "1.5 million"),
            ("a 100-day plan", 80.0, "80-day"),
            ("four days after", 1.0, "one day"),
            ("60 years", 1.0, "1 year"),
            ("seven decades", 1.0, "one decade"),
            ("60 years", 2.0, "2 years"),
        ];
        for (text, n, want) in cases {
            let q = &find(text)[0];
            assert_eq!(render(q, &q.value.with_number(*n)), *want, "{text}");
        }
    }
}
