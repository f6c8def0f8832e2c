//! Finds the quantities in a fact sentence and normalizes them.

pub(crate) mod currency;
mod date;
mod equivalent;
pub mod fraction;
mod ident;
pub(crate) mod multiple;
mod noun;
mod number;
pub(crate) mod parts;
mod ranges;
mod render;
mod rules;
mod scan;
pub(crate) mod score;
pub(crate) mod share;
mod time_of_day;
mod token;
mod unit;
mod words;

pub use currency::{
    after as currency_after, before as currency_before, loosely as currency_loosely,
};
pub use date::{days_in_month, match_date, Date, DateStyle, NAMED_DAYS};
pub use equivalent::{equivalent_end, is_mach, HEDGES as EQUIVALENT_HEDGES};
pub(crate) use noun::plural_word;
pub(crate) use number::unflatten_powers;
pub use number::{digits_value, parse_number, scale_after, Leniency, NumMatch, NumStyle};
pub use ranges::join as join_ranges;
pub use render::{format_number, render};
pub use rules::{Close, Rules};
pub use scan::{century_phrase, find, find_at_most, minus_at};
pub use token::{tokenize, TokKind, Token};
pub use unit::{
    as_asked as unit_as_asked, by_name as unit_by_name, glued_unit, lookup as lookup_unit,
    lookup_answer as lookup_answer_unit, lookup_at_end as lookup_unit_at_end,
    lookup_in_prose as lookup_unit_in_prose, per_time, unit_words, Dimension, Unit,
};
pub use words::{
    month, month_loosely, month_name, one_edit, ordinal_suffix, ordinal_word, ordinal_word_loosely,
    small_number, small_number_loosely, year_words, MONTH_NAMES,
};

use serde::{Deserialize, Serialize};
use std::fmt;
use std::ops::Range;

/// The kinds of quantity factdrill asks about; the names are those of the JSON output.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, PartialOrd, Ord)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    /// A calendar date, month and year, or day range.
    Date,
    /// A year on its own.
    Year,
    /// A number of things.
    Count,
    /// A position ("45th", "third").
    Ordinal,
    /// A percentage.
    Percent,
    /// An amount of money.
    Money,
    /// A length of time.
    Duration,
    /// A number with a unit of measure.
    Measure,
    /// A share written as a fraction in words ("one third of", "a quarter of").
    Fraction,
    /// A time of day ("at 23:40", "20:17 UTC"), in minutes after midnight.
    Time,
    /// How many times as large ("2½ times the size", "twice the speed of sound").
    Multiple,
    /// A game's score ("won 4–2"), both sides as one figure.
    Score,
}

impl Kind {
    /// The name used in JSON and in `check`.
    pub fn name(self) -> &'static str {
        match self {
            Kind::Date => "date",
            Kind::Year => "year",
            Kind::Count => "count",
            Kind::Ordinal => "ordinal",
            Kind::Percent => "percent",
            Kind::Money => "money",
            Kind::Duration => "duration",
            Kind::Measure => "measure",
            Kind::Fraction => "fraction",
            Kind::Time => "time",
            Kind::Multiple => "multiple",
            Kind::Score => "score",
        }
    }
}

impl fmt::Display for Kind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// The normalized value of a quantity.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub enum Value {
    /// A date.
    Date(Date),
    /// A year.
    Year(i32),
    /// A count, ordinal or percentage.
    Number(f64),
    /// Money in a currency (ISO 4217 code).
    Money {
        /// Currency code, such as "USD".
        currency: Currency,
        /// The amount, scale applied.
        amount: f64,
    },
    /// A duration or measure in a unit.
    Amount {
        /// The amount, scale applied.
        amount: f64,
        /// The unit it was written in.
        unit: Unit,
    },
}

impl Value {
    /// The plain number inside, for kinds that have one (not dates).
    pub fn number(&self) -> Option<f64> {
        match *self {
            Value::Year(y) => Some(f64::from(y)),
            Value::Number(n) => Some(n),
            Value::Money { amount, .. } | Value::Amount { amount, .. } => Some(amount),
            Value::Date(_) => None,
        }
    }

    /// The same value with its number replaced (dates are returned unchanged).
    pub fn with_number(&self, n: f64) -> Value {
        match *self {
            Value::Year(_) => Value::Year(n.round() as i32),
            Value::Number(_) => Value::Number(n),
            Value::Money { currency, .. } => Value::Money {
                currency,
                amount: n,
            },
            Value::Amount { unit, .. } => Value::Amount { amount: n, unit },
            Value::Date(d) => Value::Date(d),
        }
    }
}

impl fmt::Display for Value {
    /// The normalized form shown by `check` and JSON ("1949-04-04", "16000", "14000000000 USD").
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Value::Date(d) => f.write_str(&d.iso()),
            Value::Year(y) => write!(f, "{y}"),
            Value::Number(n) => f.write_str(&plain(*n)),
            Value::Money { currency, amount } => write!(f, "{} {currency}", plain(*amount)),
            Value::Amount { amount, unit } => write!(f, "{} {}", plain(*amount), unit.name),
        }
    }
}

/// A number without exponent or trailing zeros ("16000", "4.8").
pub fn plain(n: f64) -> String {
    let s = format!("{n:.6}");
    let s = s.trim_end_matches('0').trim_end_matches('.');
    if s == "-0" {
        "0".to_string()
    } else {
        s.to_string()
    }
}

/// How a quantity was written: what surrounds its number, and the number's own style.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Style {
    /// Text before the number inside the span ("$", "US$").
    pub prefix: String,
    /// The number's style.
    pub num: NumStyle,
    /// Text after the number and its scale inside the span ("%", " percent", "-day", "th").
    pub suffix: String,
    /// For dates, the date's written form.
    pub date: Option<DateStyle>,
    /// For an amount written in parts ("six hours and 39 minutes"), its parts.
    #[serde(default)]
    pub parts: Option<Box<parts::Parts>>,
}

/// A quantity found in a sentence.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Quantity {
    /// Byte range of the quantity in the sentence.
    pub span: Range<usize>,
    /// The text of the span.
    pub text: String,
    /// What kind of quantity it is.
    pub kind: Kind,
    /// Its normalized value.
    pub value: Value,
    /// The noun it counts, when there is one ("founding members").
    pub noun: Option<String>,
    /// How it was written.
    pub style: Style,
    /// Its two ends, when it is a range asked as a whole ("22–23%", "25 to 50 million").
    #[serde(default)]
    pub range: Option<Box<Ends>>,
}

/// The two ends of a range as the finder read each ("25" and "50 million"): the range's own
/// value is its low end in the high end's unit and scale, lent when written once.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Ends {
    /// The low end as written.
    pub low: Quantity,
    /// The high end as written.
    pub high: Quantity,
}

/// An ISO 4217 currency code, such as "USD".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Currency(pub &'static str);

impl fmt::Display for Currency {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.0)
    }
}

impl Serialize for Currency {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.0)
    }
}

impl<'de> Deserialize<'de> for Currency {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Currency, D::Error> {
        let text = String::deserialize(d)?;
        let known = currency::codes().find(|k| *k == text);
        known
            .map(Currency)
            .ok_or_else(|| serde::de::Error::custom(format!("unknown currency {text}")))
    }
}

/// Whether two quantities state the same figure ("2 percent" twice, "12" and "twelve").
pub fn same_figure(a: &Quantity, b: &Quantity) -> bool {
    match (a.value, b.value) {
        (Value::Date(x), Value::Date(y)) => x == y,
        // "30 short tons" and "30 m" are different figures (issue 10: the ENIAC sentence
        // hid its 30 m width with its weight).
        (Value::Amount { unit: x, .. }, Value::Amount { unit: y, .. }) if x.dim != y.dim => false,
        (x, y) => x.number().is_some() && x.number() == y.number() && a.kind == b.kind,
    }
}

/// Test tables of the finder's readers: the first quantity of `kind` in each text, as its
/// text and value, against the one wanted (`None`: no quantity of that kind).
#[cfg(test)]
pub(crate) fn check_found(kind: Kind, cases: &[(&str, Option<(&str, f64)>)]) {
    for (text, want) in cases {
        let got = find(text)
            .into_iter()
            .find(|q| q.kind == kind)
            .map(|q| (q.text.clone(), q.value.number().unwrap_or(f64::NAN)));
        let want = want.map(|(t, v)| (t.to_string(), v));
        assert_eq!(got, want, "{text}");
    }
}
