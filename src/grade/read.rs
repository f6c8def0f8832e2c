//! Reads what a person typed as a number, date, unit or currency, as leniently as is honest.

use crate::quantity::{
    glued_unit, lookup_unit, match_date, ordinal_word, parse_number, per_time, tokenize, Date,
    Leniency, NumMatch, Token, Unit,
};

/// A number read from an answer, with what was written around it.
#[derive(Debug, Clone, PartialEq)]
pub struct ReadNumber {
    /// The value, scale applied.
    pub value: f64,
    /// Whether a scale word or suffix was given ("billion", "k").
    pub scaled: bool,
    /// A unit written after the number.
    pub unit: Option<Unit>,
    /// A currency written with the number.
    pub currency: Option<&'static str>,
    /// What its last written digit is worth, in its own unit ("29,032" → 1, "8.8" → 0.1).
    pub step: f64,
}

/// The first number in `text`, with its scale, unit and currency; with `units`, a bare "m"
/// after a number means metres, not million.
pub fn read_number(text: &str, units: bool) -> Option<ReadNumber> {
    let src = text.replace(['\u{a0}', '\u{202f}'], " ");
    let toks = tokenize(&src);
    let currency = toks
        .iter()
        .find_map(|t| crate::quantity::currency_loosely(t.text));
    for i in 0..toks.len() {
        if let Some((years, _)) = crate::quantity::century_phrase(&toks, i) {
            let unit = crate::quantity::lookup_unit("years");
            return Some(ReadNumber {
                value: years,
                scaled: false,
                unit,
                currency,
                step: 1.0,
            });
        }
        if let Some(n) = ordinal_word(toks[i].text) {
            return Some(ReadNumber {
                value: f64::from(n),
                scaled: false,
                unit: None,
                currency,
                step: 1.0,
            });
        }
        let Some(mut m) = parse_number(&src, &toks, i, Leniency::Answer) else {
            continue;
        };
        if units && unscale_m(&mut m) {
            return Some(ReadNumber {
                value: m.value,
                scaled: false,
                unit: crate::quantity::lookup_unit("m"),
                currency,
                step: m.style.step(),
            });
        }
        let (value, unit, step) = match unit_after(&src, &toks, m.end) {
            Some((unit, next)) => {
                let (value, step) = compound(&src, &toks, m.value, m.style.step(), unit, next);
                (value, Some(unit), step)
            }
            None => (m.value, None, m.style.step()),
        };
        return Some(ReadNumber {
            value,
            scaled: m.style.scale.is_some(),
            unit,
            currency,
            step,
        });
    }
    None
}

/// Takes back an "m" read as "million" ("8m", "48m") where the answer has units: there it
/// is a unit (metres, or minutes after hours). Returns whether it did.
fn unscale_m(m: &mut NumMatch) -> bool {
    let m_scale = m
        .style
        .scale
        .as_ref()
        .is_some_and(|(_, w)| w.trim().eq_ignore_ascii_case("m"));
    if m_scale {
        m.value /= 1e6;
        m.style.scale = None;
    }
    m_scale
}

/// The unit written at token `j` ("km", "km per hour", "-day"), with the index after it.
fn unit_after(src: &str, toks: &[Token], j: usize) -> Option<(Unit, usize)> {
    let first = toks.get(j)?;
    let start = if first.is_sym('-') { j + 1 } else { j };
    let (unit, next) = glued_unit(src, toks, start, lookup_unit)?;
    Some(per_time(unit, toks, next).unwrap_or((unit, next)))
}

/// "1 h 48 min", "5 ft 10 in", "1h48": smaller units of the same kind after the first, added
/// to `value` (in `unit`); a bare number after hours counts minutes. Returns the total and
/// the step of its last part, both in `unit`.
fn compound(
    src: &str,
    toks: &[Token],
    mut value: f64,
    mut step: f64,
    unit: Unit,
    mut j: usize,
) -> (f64, f64) {
    let mut last = unit;
    while let Some(mut m) = parse_number(src, toks, j, Leniency::Answer) {
        // "48m" after hours is minutes, after metres nothing else: never 48 million.
        let m_suffix = unscale_m(&mut m);
        let written = unit_after(src, toks, m.end).or_else(|| {
            let word = toks.get(m.end).map(|t| t.lower());
            match (last.name, word.as_deref()) {
                ("foot", Some("in")) => lookup_unit("inches").map(|u| (u, m.end + 1)),
                _ => None,
            }
        });
        let next = match written {
            Some((u, after)) if u.dim == unit.dim && u.factor < last.factor => Some((u, after)),
            None if last.name == "hour" && (m_suffix || m.end == toks.len()) => {
                lookup_unit("minutes").map(|u| (u, m.end))
            }
            _ => None,
        };
        let Some((part, after)) = next else {
            break;
        };
        value += m.value * part.factor / unit.factor;
        step = m.style.step() * part.factor / unit.factor;
        last = part;
        j = after;
    }
    (value, step)
}

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
    let toks = tokenize(text);
    if let Some(m) = (0..toks.len()).find_map(|i| match_date(&toks, i, false)) {
        return vec![m.date];
    }
    if let Some(d) = numeric_date(text) {
        return vec![d];
    }
    both_orders(text)
}

/// The two readings of an ambiguous "a/b/yyyy" (both a and b at most 12).
fn both_orders(text: &str) -> Vec<Date> {
    let parts: Vec<&str> = text.trim().split(['/', '.', '-']).map(str::trim).collect();
    let nums: Option<Vec<u32>> = parts.iter().map(|p| p.parse().ok()).collect();
    match (nums.as_deref(), parts.get(2).map(|p| p.len())) {
        (Some(&[a, b, y]), Some(4)) => [(a, b), (b, a)]
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
        ([a, b, y], _) if parts[2].len() == 4 => {
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
    fn reads_numbers_people_type() {
        let cases: &[(&str, f64, bool)] = &[
            ("12", 12.0, false),
            ("12 countries", 12.0, false),
            ("twelve", 12.0, false),
            ("16k", 16_000.0, true),
            ("16,000", 16_000.0, false),
            ("16 000", 16_000.0, false),
            ("14bn", 14e9, true),
            ("$14B", 14e9, true),
            ("about 14 billion dollars", 14e9, true),
            ("4.8%", 4.8, false),
            ("4,8", 4.8, false),
            ("4,8 %", 4.8, false),
            ("12,50", 12.5, false),
            ("1,500", 1500.0, false),
            ("14 mil", 14e6, true),
            ("45th", 45.0, false),
            ("forty-fifth", 45.0, false),
        ];
        for (text, value, scaled) in cases {
            let n = read_number(text, false).unwrap();
            assert_eq!((n.value, n.scaled), (*value, *scaled), "{text}");
        }
        assert_eq!(read_number("$14B", false).unwrap().currency, Some("USD"));
        assert_eq!(
            read_number("8.849 km", true).unwrap().unit.map(|u| u.name),
            Some("kilometre")
        );
        assert_eq!(read_number("no idea", false), None);
        assert_eq!(read_number("8,849 m", true).unwrap().value, 8_849.0);
        assert_eq!(read_number("5m", false).unwrap().value, 5e6);
    }

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
