//! Reads what a person typed as a date: written, ISO and numeric forms, a slip in the month's
//! name, a two-digit year kept as typed for grading to place.

use crate::quantity::{match_date, month_loosely, tokenize, Date, Token};

/// A date in `text`: written forms ("April 4, 1949", "4 april 1949", "1949-04-04") or
/// unambiguous numeric ones ("4/4/1949", "13/04/1949", "1949/04/04", "04.2017").
/// `None` when the text is no date, or could be two ("4/5/1949").
pub fn read_date(text: &str) -> Option<Date> {
    match read_dates(text).as_slice() {
        [one] => Some(*one),
        _ => None,
    }
}

/// Every date `text` can mean: one, or for "11/07/2018" both the day-first and the
/// month-first reading, since the order is a matter of notation, not of knowing the date.
pub fn read_dates(text: &str) -> Vec<Date> {
    let named = named_day(text);
    let text = named.as_deref().unwrap_or(text);
    let toks = tokenize(text);
    if let Some(m) = (0..toks.len()).find_map(|i| match_date(&toks, i, false)) {
        let mut date = m.date;
        if date.year.is_none() {
            date.year = short_year(&toks, m.end); // "21 Aug 86"
        }
        return vec![date];
    }
    if let Some(d) = month_short_year(&toks) {
        return vec![d];
    }
    if let Some(d) = numeric_date(text) {
        return vec![d];
    }
    if let Some(d) = month_alone(&toks) {
        return vec![d];
    }
    both_orders(text)
}

/// "August" alone: a month without its year, which grading finds close to the month of a
/// year when the year is left out, and far from a day (heldout5).
fn month_alone(toks: &[Token]) -> Option<Date> {
    let t = match toks {
        [t] => t,
        [t, dot] if dot.is_sym('.') => t, // "Aug."
        _ => return None,
    };
    let month = (t.kind == crate::quantity::TokKind::Word)
        .then(|| month_loosely(t.text))
        .flatten()?;
    Some(Date {
        year: None,
        month,
        day: None,
        end_day: None,
    })
}

/// A text answer that names a day by its feast ("{Christmas Day, 1066}"), as its date.
pub(crate) fn feast_date(text: &str) -> Option<Date> {
    named_day(text).and_then(|t| read_date(&t))
}

/// `text` with a day named by its feast written as a date: "Christmas Day 2021" →
/// "25 December 2021".
fn named_day(text: &str) -> Option<String> {
    let lower = text.to_lowercase().replace('’', "'");
    crate::quantity::NAMED_DAYS
        .iter()
        .find_map(|(name, month, day)| {
            let at = lower.find(name)?;
            let rest = lower.get(at + name.len()..)?;
            let date = format!("{day} {}", crate::quantity::month_name(*month));
            Some(format!("{}{date}{rest}", &lower[..at]))
        })
}

/// A year of two digits at token `k`, with or without an apostrophe ("86", "'17"): returned
/// as is (0-99), for grading to read in the answer's century.
fn short_year(toks: &[Token], k: usize) -> Option<i32> {
    let k = match toks.get(k) {
        Some(t) if t.is_sym('\'') || t.is_sym('’') || t.is_sym(',') => k + 1,
        _ => k,
    };
    let t = toks
        .get(k)
        .filter(|t| t.text.len() == 2 && k + 1 == toks.len())?;
    t.text.parse().ok()
}

/// "April '17": a month and a two-digit year.
fn month_short_year(toks: &[Token]) -> Option<Date> {
    let i = toks.iter().position(|t| {
        t.kind == crate::quantity::TokKind::Word && month_loosely(t.text).is_some()
    })?;
    let month = month_loosely(toks[i].text)?;
    let year = short_year(toks, i + 1)?;
    Some(Date {
        year: Some(year),
        month,
        day: None,
        end_day: None,
    })
}

/// The two readings of an ambiguous "a/b/yyyy" (both a and b at most 12).
fn both_orders(text: &str) -> Vec<Date> {
    let parts: Vec<&str> = text.trim().split(['/', '.', '-']).map(str::trim).collect();
    let nums: Option<Vec<u32>> = parts.iter().map(|p| p.parse().ok()).collect();
    match (nums.as_deref(), parts.get(2).map(|p| p.len())) {
        (Some(&[a, b, y]), Some(2 | 4)) => [(a, b), (b, a)]
            .into_iter()
            .filter_map(|(m, d)| make(y, m, Some(d)))
            .filter(Date::is_valid)
            .collect(),
        _ => Vec::new(),
    }
}

fn numeric_date(text: &str) -> Option<Date> {
    let parts: Vec<&str> = text.trim().split(['/', '.', '-']).map(str::trim).collect();
    let nums: Vec<u32> = parts
        .iter()
        .map(|p| p.parse().ok())
        .collect::<Option<_>>()?;
    let date = match (nums.as_slice(), parts.first().map(|p| p.len())) {
        ([y, m, d], Some(4)) => make(*y, *m, Some(*d))?,
        // "30/11/67": a two-digit year is kept as written, for grading to place.
        ([a, b, y], _) if matches!(parts[2].len(), 2 | 4) => {
            let (m, d) = match (*a, *b) {
                (a, b) if a == b => (a, b),
                (a, b) if a > 12 && b <= 12 => (b, a),
                (a, b) if b > 12 && a <= 12 => (a, b),
                _ => return None, // "4/5/1949" could be April or May: refuse to guess.
            };
            make(*y, m, Some(d))?
        }
        ([y, m], Some(4)) => make(*y, *m, None)?,
        ([m, y], _) if parts[1].len() == 4 => make(*y, *m, None)?,
        // "04/66": a month and a two-digit year kept as written, when the year cannot be a
        // day ("4/12" could be the 4th of December) and a slash parts them ("4.66" is a
        // decimal).
        ([m, y], _) if parts[1].len() == 2 && *y > 31 && text.contains('/') => make(*y, *m, None)?,
        _ => return None,
    };
    date.is_valid().then_some(date)
}

fn make(year: u32, month: u32, day: Option<u32>) -> Option<Date> {
    Some(Date {
        year: Some(i32::try_from(year).ok()?),
        month: u8::try_from(month).ok()?,
        day: match day {
            Some(d) => Some(u8::try_from(d).ok()?),
            None => None,
        },
        end_day: None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_dates_people_type() {
        let iso = |d: Date| d.iso();
        let cases: &[(&str, Option<&str>)] = &[
            ("April 4, 1949", Some("1949-04-04")),
            ("4 april 1949", Some("1949-04-04")),
            ("1949-04-04", Some("1949-04-04")),
            ("4/4/1949", Some("1949-04-04")),
            ("13/04/1949", Some("1949-04-13")),
            ("04/13/1949", Some("1949-04-13")),
            ("4/5/1949", None),
            ("1949/04/04", Some("1949-04-04")),
            ("may 2017", Some("2017-05")),
            ("5/2017", Some("2017-05")),
            ("2017-05", Some("2017-05")),
            ("31/02/2001", None),
            ("Christmas Day 2021", Some("2021-12-25")),
            ("christmas eve, 1968", Some("1968-12-24")),
            ("Christmas Day, 1066", Some("1066-12-25")),
            ("04/66", Some("0066-04")), // The two-digit year kept, for grading to place.
            ("4/66", Some("0066-04")),
            ("13/66", None),
            ("4/12", None),
            ("4.66", None),
            ("29 Mai 1953", Some("1953-05-29")),
            ("Febuary 2018", Some("2018-02")),
            ("August", Some("--08")),
            ("Aug.", Some("--08")),
            ("August is hot", None),
            ("Augustus", None),
        ];
        for (text, want) in cases {
            assert_eq!(read_date(text).map(iso).as_deref(), *want, "{text}");
        }
    }

    #[test]
    fn an_ambiguous_numeric_date_has_both_readings() {
        let iso = |d: Date| {
            format!(
                "{}-{:02}-{:02}",
                d.year.unwrap_or(0),
                d.month,
                d.day.unwrap_or(0)
            )
        };
        let got: Vec<String> = read_dates("11/07/2018").into_iter().map(iso).collect();
        assert_eq!(got, ["2018-11-07", "2018-07-11"]);
        assert_eq!(read_dates("13/04/1949").len(), 1);
        assert!(read_dates("hello").is_empty());
    }
}
