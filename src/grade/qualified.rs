//! A date or year written with a word that places it within its span, or with a comma the
//! finder does not read in prose: "{late February 2007}", "{mid-2061}", "{October, 1977}"
//! (heldout5). The finder leaves them as text; they are graded as the month or year they name,
//! since the qualifier only narrows it: "February 2007" is right, "2007" close.

use crate::quantity::{month, Date};

/// What a qualified answer names.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) enum Named {
    /// A month of a year, or a day: "late February 2007", "October, 1977".
    Date(Date),
    /// A year alone: "mid-2061".
    Year(i32),
}

/// Words before a date that place it within its span.
const QUALIFIERS: &[&str] = &[
    "early",
    "mid",
    "late",
    "the start of",
    "the beginning of",
    "the middle of",
    "the end of",
    "start of",
    "beginning of",
    "middle of",
    "end of",
];

/// The month or year `answer` names, when it is all a qualified date or a month and year with
/// a comma between them; `None` for anything else ("mid-table", "October", "2061").
pub(super) fn read(answer: &str) -> Option<Named> {
    let lower = answer.trim().to_lowercase();
    let rest = unqualified(&lower);
    let qualified = rest.is_some();
    let rest = rest.unwrap_or(&lower);
    let words: Vec<&str> = rest.split([' ', ',']).filter(|w| !w.is_empty()).collect();
    let year = |w: &str| {
        (w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit()))
            .then(|| w.parse::<i32>().ok())
            .flatten()
    };
    let day = |w: &str| w.parse::<u8>().ok().filter(|d| (1..=31).contains(d));
    let date = match words.as_slice() {
        [y] if qualified => return year(y).map(Named::Year),
        [m, y] if qualified || rest.contains(',') => Date {
            year: Some(year(y)?),
            month: month(m)?,
            day: None,
            end_day: None,
        },
        [d, m, y] if qualified => Date {
            year: Some(year(y)?),
            month: month(m)?,
            day: Some(day(d)?),
            end_day: None,
        },
        _ => return None,
    };
    date.is_valid().then_some(Named::Date(date))
}

/// `lower` (lower case) without a qualifier before it ("mid-2061" → "2061", "late 1700s" →
/// "1700s"); `None` when it has none.
pub(super) fn unqualified(lower: &str) -> Option<&str> {
    QUALIFIERS.iter().find_map(|q| {
        let rest = lower.strip_prefix(q)?;
        // "mid-2061", "late February": a hyphen or a space after the word, never "midday".
        rest.strip_prefix(['-', ' ']).map(str::trim_start)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_qualified_dates() {
        let date = |y, m| {
            Some(Named::Date(Date {
                year: Some(y),
                month: m,
                day: None,
                end_day: None,
            }))
        };
        let cases: &[(&str, Option<Named>)] = &[
            ("late February 2007", date(2007, 2)),
            ("mid-2061", Some(Named::Year(2061))),
            ("early 1990", Some(Named::Year(1990))),
            ("the end of 2018", Some(Named::Year(2018))),
            ("October, 1977", date(1977, 10)),
            ("mid-October 1977", date(1977, 10)),
            (
                "late 14 July 1789",
                Some(Named::Date(Date {
                    year: Some(1789),
                    month: 7,
                    day: Some(14),
                    end_day: None,
                })),
            ),
            // Not a qualified date: left to the other readers.
            ("2061", None),
            ("October 1977", None),
            ("mid-table", None),
            ("midday 2061", None),
            ("late February", None),
            ("late Febtober 2007", None),
            ("late 30 February 2007", None),
            ("late 12345", None),
            ("early voting in 2020", None),
            ("", None),
        ];
        for (text, want) in cases {
            assert_eq!(read(text), *want, "{text}");
        }
    }
}
