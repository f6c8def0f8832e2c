//! Finds calendar dates: "April 4, 1949", "4 April 1949", "1949-04-04", "May 2017",
//! "July 11-12, 2018".

use super::token::{TokKind, Token};
use super::words::{month, month_loosely};
use serde::{Deserialize, Serialize};

/// A calendar date, possibly without a day (month and year) or year (a recurring day).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Date {
    /// The year, when written.
    pub year: Option<i32>,
    /// The month, 1-12.
    pub month: u8,
    /// The day of the month, when written.
    pub day: Option<u8>,
    /// The last day of a range of days ("11-12").
    pub end_day: Option<u8>,
}

/// How a date was written, so that other dates can be written the same way.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum DateStyle {
    /// "April 4, 1949" (or "Apr. 4, 1949" when `abbrev`).
    MonthDayYear,
    /// "4 April 1949".
    DayMonthYear,
    /// "1949-04-04".
    Iso,
    /// "May 2017".
    MonthYear,
}

/// A date found at a token position.
#[derive(Debug, Clone, PartialEq)]
pub struct DateMatch {
    /// The date.
    pub date: Date,
    /// How it was written.
    pub style: DateStyle,
    /// Index of the first token after the date.
    pub end: usize,
}

/// The number of days in a month (leap years counted; an unknown year allows 29 February).
pub fn days_in_month(year: Option<i32>, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 => match year {
            Some(y) if !(y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)) => 28,
            _ => 29,
        },
        _ => 0,
    }
}

impl Date {
    /// Whether every part names a real day of the calendar.
    pub fn is_valid(&self) -> bool {
        let max = days_in_month(self.year, self.month);
        let day_ok = |d: Option<u8>| d.is_none_or(|d| (1..=max).contains(&d));
        (1..=12).contains(&self.month)
            && day_ok(self.day)
            && day_ok(self.end_day)
            && self.end_day.is_none_or(|e| self.day.is_some_and(|d| e > d))
    }

    /// Days since 1 March of year 0 (proleptic Gregorian), for a date with a day; a year
    /// left out counts as `year_if_none`. Hinnant's `days_from_civil`, shifted.
    pub fn day_number(&self, year_if_none: i32) -> Option<i64> {
        let day = i64::from(self.day?);
        let (y, m) = (
            i64::from(self.year.unwrap_or(year_if_none)),
            i64::from(self.month),
        );
        let y = if m <= 2 { y - 1 } else { y };
        let month_index = (m + 9) % 12; // March is 0.
        let day_of_year = (153 * month_index + 2) / 5 + day - 1;
        Some(365 * y + y.div_euclid(4) - y.div_euclid(100) + y.div_euclid(400) + day_of_year)
    }

    /// The day numbered `n` by [`Date::day_number`], as a date with a year and a day.
    pub fn from_day_number(n: i64) -> Date {
        let era = n.div_euclid(146_097);
        let doe = n.rem_euclid(146_097);
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = doy - (153 * mp + 2) / 5 + 1;
        let month = if mp < 10 { mp + 3 } else { mp - 9 };
        let year = yoe + era * 400 + i64::from(month <= 2);
        Date {
            year: i32::try_from(year).ok(),
            month: month as u8,
            day: Some(day as u8),
            end_day: None,
        }
    }

    /// ISO 8601 text: "1949-04-04", "2017-05", "--04-04", "2018-07-11/2018-07-12".
    pub fn iso(&self) -> String {
        let year = self.year.map_or("-".to_string(), |y| format!("{y:04}"));
        let one = |d: Option<u8>| match d {
            Some(d) => format!("{year}-{:02}-{d:02}", self.month),
            None => format!("{year}-{:02}", self.month),
        };
        match self.end_day {
            Some(_) => format!("{}/{}", one(self.day), one(self.end_day)),
            None => one(self.day),
        }
    }
}

/// Reads a year of four digits (1000-2199) from a token.
pub fn year_of(tok: &Token) -> Option<i32> {
    if tok.kind != TokKind::Num || tok.text.len() != 4 {
        return None;
    }
    tok.text.parse().ok().filter(|y| (1000..=2199).contains(y))
}

fn day_of(tok: &Token) -> Option<u8> {
    if tok.kind != TokKind::Num || tok.text.len() > 2 {
        return None;
    }
    tok.text.parse().ok().filter(|d| (1..=31).contains(d))
}

/// A month name at `i` (with its optional abbreviation dot); `strict` asks for a capital.
fn month_at(toks: &[Token], i: usize, strict: bool) -> Option<(u8, usize)> {
    let tok = toks.get(i).filter(|t| t.kind == TokKind::Word)?;
    if strict && !tok.is_capitalized() {
        return None;
    }
    // Typed answers forgive a slip in the name ("Agust 21, 1986"); prose does not.
    let m = if strict {
        month(tok.text)?
    } else {
        month_loosely(tok.text)?
    };
    let full =
        tok.text.len() > 4 || matches!(tok.text.to_lowercase().as_str(), "may" | "june" | "july");
    let dot = toks
        .get(i + 1)
        .is_some_and(|t| t.is_sym('.') && t.start == tok.end);
    Some((m, if dot && !full { i + 2 } else { i + 1 }))
}

/// A day with optional ordinal suffix and range end ("4", "4th", "11-12"): (day, end day, next).
fn days_at(toks: &[Token], i: usize) -> Option<(u8, Option<u8>, usize)> {
    let day = day_of(toks.get(i)?)?;
    let mut j = i + 1;
    if toks
        .get(j)
        .is_some_and(|t| t.start == toks[j - 1].end && matches!(t.text, "st" | "nd" | "rd" | "th"))
    {
        j += 1;
    }
    let dash = toks
        .get(j)
        .is_some_and(|t| (t.is_sym('-') || t.is_sym('–')) && t.start == toks[j - 1].end);
    if dash {
        if let Some(end) = toks.get(j + 1).and_then(day_of) {
            return Some((day, Some(end), j + 2));
        }
    }
    Some((day, None, j))
}

/// Days named by the feast or holiday they always fall on, longest names first, with the
/// month and day: "Christmas Day 2021" is 25 December 2021 (blind table).
pub const NAMED_DAYS: &[(&str, u8, u8)] = &[
    ("christmas day", 12, 25),
    ("christmas eve", 12, 24),
    ("christmas", 12, 25),
    ("boxing day", 12, 26),
    ("new year's day", 1, 1),
    ("new years day", 1, 1),
    ("new year's eve", 12, 31),
    ("new years eve", 12, 31),
    ("valentine's day", 2, 14),
    ("st patrick's day", 3, 17),
    ("halloween", 10, 31),
    ("bastille day", 7, 14),
];

/// A date starting at token `i`; `strict` (deck prose) requires capitalized month names.
pub fn match_date(toks: &[Token], i: usize, strict: bool) -> Option<DateMatch> {
    iso(toks, i)
        .or_else(|| month_first(toks, i, strict))
        .or_else(|| day_first(toks, i, strict))
        .filter(|m| m.date.is_valid())
}

fn iso(toks: &[Token], i: usize) -> Option<DateMatch> {
    let parts = toks.get(i..i + 5)?;
    let joined = parts.windows(2).all(|w| w[0].end == w[1].start);
    if !joined || !parts[1].is_sym('-') || !parts[3].is_sym('-') {
        return None;
    }
    let year = year_of(&parts[0])?;
    let (m, d) = (&parts[2], &parts[4]);
    if m.text.len() != 2 || d.text.len() != 2 {
        return None;
    }
    let date = Date {
        year: Some(year),
        month: m.text.parse().ok()?,
        day: Some(d.text.parse().ok()?),
        end_day: None,
    };
    Some(DateMatch {
        date,
        style: DateStyle::Iso,
        end: i + 5,
    })
}

/// The index after words that may stand between a month and what follows in a typed answer
/// ("May, 2017", "May of 2017", "May the 10th"); in prose none.
fn filler_after(toks: &[Token], j: usize, strict: bool) -> usize {
    let filler = |t: &Token| t.is_sym(',') || matches!(t.lower().as_str(), "of" | "the");
    match toks.get(j) {
        Some(t) if !strict && filler(t) => j + 1,
        _ => j,
    }
}

fn month_first(toks: &[Token], i: usize, strict: bool) -> Option<DateMatch> {
    let (month, j) = month_at(toks, i, strict)?;
    let j = filler_after(toks, j, strict);
    if let Some(year) = toks.get(j).and_then(year_of) {
        let date = Date {
            year: Some(year),
            month,
            day: None,
            end_day: None,
        };
        return Some(DateMatch {
            date,
            style: DateStyle::MonthYear,
            end: j + 1,
        });
    }
    let (day, end_day, mut k) = days_at(toks, j)?;
    if toks.get(k).is_some_and(|t| t.is_sym(',')) {
        k += 1;
    }
    let year = toks.get(k).and_then(year_of);
    let end = if year.is_some() {
        k + 1
    } else {
        days_at(toks, j)?.2
    };
    Some(day_match(
        year,
        month,
        (day, end_day),
        DateStyle::MonthDayYear,
        end,
    ))
}

fn day_first(toks: &[Token], i: usize, strict: bool) -> Option<DateMatch> {
    let (day, end_day, j) = days_at(toks, i)?;
    let j = if toks
        .get(j)
        .is_some_and(|t| t.text.eq_ignore_ascii_case("of"))
    {
        j + 1
    } else {
        j
    };
    let (month, k) = month_at(toks, j, strict)?;
    let k = filler_after(toks, k, strict);
    let year = toks.get(k).and_then(year_of);
    let end = if year.is_some() { k + 1 } else { k };
    Some(day_match(
        year,
        month,
        (day, end_day),
        DateStyle::DayMonthYear,
        end,
    ))
}

fn day_match(
    year: Option<i32>,
    month: u8,
    days: (u8, Option<u8>),
    style: DateStyle,
    end: usize,
) -> DateMatch {
    let date = Date {
        year,
        month,
        day: Some(days.0),
        end_day: days.1,
    };
    DateMatch { date, style, end }
}

#[cfg(test)]
mod tests {
    use super::super::token::tokenize;
    use super::*;

    fn first_date(s: &str) -> Option<String> {
        let toks = tokenize(s);
        (0..toks.len())
            .find_map(|i| match_date(&toks, i, true))
            .map(|m| m.date.iso())
    }

    #[test]
    fn reads_dates_in_common_forms() {
        let cases: &[(&str, Option<&str>, &str)] = &[
            (
                "signed on April 4, 1949, by",
                Some("1949-04-04"),
                "month day, year",
            ),
            ("on 4 April 1949", Some("1949-04-04"), "day month year"),
            (
                "on 4th of April 1949",
                Some("1949-04-04"),
                "ordinal day of month",
            ),
            ("on 1949-04-04", Some("1949-04-04"), "ISO"),
            ("In May 2017, the", Some("2017-05"), "month and year"),
            (
                "a July 11-12, 2018, summit",
                Some("2018-07-11/2018-07-12"),
                "day range",
            ),
            (
                "11–12 July 2018",
                Some("2018-07-11/2018-07-12"),
                "day range with en dash",
            ),
            ("Apr. 4, 1949", Some("1949-04-04"), "abbreviated month"),
            ("on April 4 the", Some("--04-04"), "no year"),
            ("February 30, 2001", None, "no such day"),
            ("February 29, 2000", Some("2000-02-29"), "leap year"),
            ("February 29, 1900", None, "1900 was not a leap year"),
            ("they may 2017", None, "lower-case may is a verb"),
            ("1949-13-04", None, "month 13"),
        ];
        for (input, want, why) in cases {
            assert_eq!(first_date(input).as_deref(), *want, "{why}: {input}");
        }
    }
}
