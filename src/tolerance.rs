//! How near a typed value must be to count as `close`: one rule, shared by grading (which
//! uses it) and distractors (which must lie outside it).

use crate::deck::Tolerance;
use crate::quantity::{Date, Kind, Quantity};

/// How a given value compares with the answer, nearest first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Closeness {
    /// The same value.
    Exact,
    /// Inside the tolerance band.
    Near,
    /// Outside it.
    Far,
}

/// The default relative band of each kind; `None` means only the exact value counts.
fn default_relative(kind: Kind, answer: f64) -> Option<f64> {
    match kind {
        Kind::Count if answer.abs() >= 100.0 => Some(0.05),
        Kind::Percent | Kind::Money | Kind::Duration => Some(0.10),
        Kind::Measure => Some(0.05),
        _ => None,
    }
}

/// The half-width of the `close` band around a quantity's number, in its value's units.
///
/// An absolute `tolerance:` is read in the units the answer is written in: `1` on
/// "$14 billion" means within a billion dollars, on "60 years" within a year.
pub fn band(q: &Quantity, tol: Option<Tolerance>) -> f64 {
    let answer = q.value.number().unwrap_or_default();
    let scale = q.style.num.scale.as_ref().map_or(1.0, |(f, _)| *f);
    match tol {
        Some(Tolerance::Absolute(x)) => x * scale,
        // A share of a year number means nothing ("5%" of 2017 is a century): a fact's
        // relative tolerance is for its amounts, and its years keep their own band.
        Some(Tolerance::Relative(_)) | None if q.kind == Kind::Year => 1.0,
        Some(Tolerance::Relative(r)) => r * answer.abs(),
        None => default_relative(q.kind, answer).map_or(0.0, |r| r * answer.abs()),
    }
}

/// Compares a given number with the answer's under a band.
pub fn compare(answer: f64, given: f64, band: f64) -> Closeness {
    let diff = (answer - given).abs();
    if diff <= 1e-9 * answer.abs().max(1.0) {
        Closeness::Exact
    } else if diff <= band + 1e-9 * answer.abs().max(1.0) {
        Closeness::Near
    } else {
        Closeness::Far
    }
}

/// Compares dates: the right year of a wrong date, or the right day a year off, is near.
pub fn compare_dates(answer: &Date, given: &Date) -> Closeness {
    let same_day = answer.month == given.month && (answer.day.is_none() || answer.day == given.day);
    let same_end =
        answer.end_day.is_none() || given.end_day.is_none() || answer.end_day == given.end_day;
    match (answer.year, given.year) {
        (a, g) if a == g && same_day && same_end => Closeness::Exact,
        (Some(a), Some(g)) if a == g => Closeness::Near,
        (Some(a), Some(g)) if (a - g).abs() == 1 && same_day => Closeness::Near,
        (None, _) if same_day => Closeness::Exact,
        (None, _) if answer.month == given.month => Closeness::Near,
        _ => Closeness::Far,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::quantity::find;

    #[test]
    fn bands_follow_kind_and_tolerance() {
        let cases: &[(&str, Option<Tolerance>, f64)] = &[
            ("in 1949", None, 1.0),
            ("12 members", None, 0.0),
            ("16,000 troops", None, 800.0),
            ("4.8 percent", None, 0.48),
            ("$14 billion", None, 1.4e9),
            ("$14 billion", Some(Tolerance::Absolute(1.0)), 1e9),
            ("12 members", Some(Tolerance::Relative(0.25)), 3.0),
            ("the 45th", None, 0.0),
            ("in 2017", Some(Tolerance::Relative(0.05)), 1.0),
            ("in 2017", Some(Tolerance::Absolute(3.0)), 3.0),
        ];
        for (text, tol, want) in cases {
            let q = &find(text)[0];
            assert!(
                (band(q, *tol) - want).abs() < 1e-6,
                "{text}: {}",
                band(q, *tol)
            );
        }
    }

    #[test]
    fn compares_numbers() {
        assert_eq!(compare(12.0, 12.0, 0.0), Closeness::Exact);
        assert_eq!(compare(12.0, 13.0, 0.0), Closeness::Far);
        assert_eq!(compare(1949.0, 1950.0, 1.0), Closeness::Near);
        assert_eq!(compare(1949.0, 1951.0, 1.0), Closeness::Far);
    }

    #[test]
    fn compares_dates() {
        let d = |y: i32, m: u8, day: Option<u8>| Date {
            year: Some(y),
            month: m,
            day,
            end_day: None,
        };
        let answer = d(1949, 4, Some(4));
        let cases = [
            (d(1949, 4, Some(4)), Closeness::Exact),
            (d(1949, 5, Some(4)), Closeness::Near),
            (d(1948, 4, Some(4)), Closeness::Near),
            (d(1948, 5, Some(4)), Closeness::Far),
            (d(1959, 4, Some(4)), Closeness::Far),
        ];
        for (given, want) in cases {
            assert_eq!(compare_dates(&answer, &given), want, "{given:?}");
        }
        assert_eq!(
            compare_dates(&d(2017, 5, None), &d(2017, 5, Some(3))),
            Closeness::Exact
        );
    }
}
