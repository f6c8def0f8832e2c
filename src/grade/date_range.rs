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
    readings(text).first().copied()
}

/// Every reading of a range of dates: for "11/07/2018 - 12/07/2018" the month-first and
/// the day-first one, each end read the same way.
fn readings(text: &str) -> Vec<[Date; 2]> {
    let Some((left, right)) = [" to ", " until ", " - ", " – ", "–"]
        .iter()
        .find_map(|sep| text.split_once(sep))
    else {
        return Vec::new();
    };
    let (starts, ends) = (read_dates(left), read_dates(right));
    let pair = |k: usize| {
        let end = *ends.get(k).or(ends.first())?;
        let start = match starts.get(k).or(starts.first()) {
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
    };
    (0..starts.len().max(ends.len()).max(1))
        .filter_map(pair)
        .collect()
}

/// A range typed for dates of one month, as the one date with its end day the finder reads
/// in "July 11-12, 2018": "July 11 to July 12, 2018", "11/07/2018 - 12/07/2018".
pub fn as_days(text: &str) -> Vec<Date> {
    readings(text)
        .into_iter()
        .filter(|[s, e]| s.year == e.year && s.month == e.month && s.day < e.day)
        .map(|[s, e]| Date {
            end_day: e.day,
            ..s
        })
        .collect()
}

/// Grades `given` against the expected range of dates `want`.
pub fn grade(want: &[Date; 2], given: &str) -> Graded {
    // Of the readings of "11/7/1966 to 30/7/1966", the one nearest the answer.
    let best = readings(given).into_iter().map(|typed| {
        let ends = [
            compare_dates(&want[0], &typed[0]),
            compare_dates(&want[1], &typed[1]),
        ];
        let exact = ends.iter().filter(|c| **c == Closeness::Exact).count();
        (ends[0].max(ends[1]), std::cmp::Reverse(exact), ends)
    });
    let Some((_, _, ends)) = best.min_by_key(|(worst, exact, _)| (*worst, *exact)) else {
        return one_date(want, given);
    };
    match ends[0].max(ends[1]) {
        Closeness::Exact => Graded::of(Verdict::Correct),
        Closeness::Near => Graded::of(Verdict::Close),
        Closeness::Far if ends.contains(&Closeness::Exact) => {
            Graded::because(Verdict::Close, "only one end is right")
        }
        Closeness::Far => Graded::of(Verdict::Wrong),
    }
}

/// One date typed for a range of them: "July 1966" for 11 to 30 July 1966 (the days left
/// out), "11 July 1966" (one end) are close; any other date is wrong.
fn one_date(want: &[Date; 2], given: &str) -> Graded {
    let near = read_dates(given).iter().any(|d| {
        want.iter()
            .any(|w| compare_dates(w, d) == Closeness::Exact || part_left_out(w, d))
    });
    if near {
        Graded::because(
            Verdict::Close,
            "the answer is a range of dates: give both ends",
        )
    } else {
        Graded::because(
            Verdict::Wrong,
            "the answer is a range of dates: give both ends",
        )
    }
}

/// Whether `typed` is `want` with its day left out and the rest right.
fn part_left_out(want: &Date, typed: &Date) -> bool {
    typed.day.is_none() && typed.month == want.month && typed.year == want.year
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_range_of_days_in_one_month_reads_as_one_date() {
        let days = |text: &str| -> Vec<String> {
            as_days(text)
                .iter()
                .map(|d| {
                    format!(
                        "{}-{}-{:?}-{:?}",
                        d.year.unwrap_or(0),
                        d.month,
                        d.day,
                        d.end_day
                    )
                })
                .collect()
        };
        assert_eq!(
            days("July 11 to July 12, 2018"),
            ["2018-7-Some(11)-Some(12)"]
        );
        assert_eq!(
            days("11/07/2018 - 12/07/2018"),
            ["2018-7-Some(11)-Some(12)"]
        );
        assert!(days("11 July to 30 August 1966").is_empty(), "two months");
        assert!(days("July 11, 2018").is_empty(), "one date");
    }
}
