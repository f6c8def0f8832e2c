//! A range of dates as a text answer: "{11 July to 30 July 1966}", with the year (and the
//! month) written once. Each end is compared as a date; both right is correct, both right or
//! close, or one right, is close.

use super::dates::read_dates;
use super::{Graded, Verdict};
use crate::quantity::Date;
use crate::tolerance::{compare_dates, Closeness};

/// The two ends of a range of dates in `text`: "11 July to 30 July 1966", "11 to 30 July
/// 1966", "11/7/1966 - 30/7/1966". Readings are the first of each side.
pub fn read(text: &str) -> Option<[Date; 2]> {
    let (left, right) = [" to ", " until ", " - ", " – ", "–"]
        .iter()
        .find_map(|sep| text.split_once(sep))?;
    let end = *read_dates(right).first()?;
    let start = match read_dates(left).first() {
        Some(d) => *d,
        // "11 to 30 July 1966": a day alone takes the end's month.
        None => Date {
            day: Some(left.trim().parse().ok().filter(|d| (1..=31).contains(d))?),
            end_day: None,
            ..end
        },
    };
    let start = Date {
        year: start.year.or(end.year),
        ..start
    };
    Some([start, end])
}

/// Grades `given` against the expected range of dates `want`.
pub fn grade(want: &[Date; 2], given: &str) -> Graded {
    let Some(typed) = read(given) else {
        return Graded::because(
            Verdict::Wrong,
            "the answer is a range of dates: give both ends",
        );
    };
    let ends = [
        compare_dates(&want[0], &typed[0]),
        compare_dates(&want[1], &typed[1]),
    ];
    match ends[0].max(ends[1]) {
        Closeness::Exact => Graded::of(Verdict::Correct),
        Closeness::Near => Graded::of(Verdict::Close),
        Closeness::Far if ends.contains(&Closeness::Exact) => {
            Graded::because(Verdict::Close, "only one end is right")
        }
        Closeness::Far => Graded::of(Verdict::Wrong),
    }
}
