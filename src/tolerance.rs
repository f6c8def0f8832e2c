//! How near a typed value must be to count as `close`: one rule, shared by grading (which
//! uses it) and distractors (which must lie outside it).

use crate::deck::Tolerance;
use crate::quantity::{Close, Date, Kind, Quantity, Value};

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

/// A written figure: its value and what its last written digit is worth ("8.8" → 0.1,
/// "16,000" → 1, "$14 billion" → 1e9), with whether it is precise: a time or measure written
/// to its decimals ("9.58 s", "−89.2 °C") or in parts ("6 feet 5 inches"), where a teacher
/// wants every digit.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Figure {
    /// The value.
    pub value: f64,
    /// What its last written digit is worth.
    pub step: f64,
    /// Whether every digit counts (record times, temperatures to the tenth).
    pub precise: bool,
    /// Its significant digits when known from how it was written elsewhere: a figure converted
    /// to another unit keeps those of the original (−89.2 °C has three, as 183.95 K).
    pub digits: Option<u32>,
    /// Whether it was typed as an estimate ("about 50"): a count a teacher wants exact may
    /// then be rounded; "40" alone for 39 says forty.
    pub estimate: bool,
}

impl Figure {
    /// The step of its last significant digit and how many significant digits it has:
    /// trailing zeros of a whole number are not significant ("16,000" has two, step 1,000).
    pub fn significant(&self) -> (f64, u32) {
        if self.step <= 0.0 || !self.value.is_finite() {
            return (self.step, self.digits.unwrap_or(1));
        }
        let mut step = self.step;
        let mut k = (self.value.abs() / step).round();
        while k >= 10.0 && k % 10.0 == 0.0 {
            k /= 10.0;
            step *= 10.0;
        }
        let digits = (k.max(1.0).log10().floor() as u32) + 1;
        (step, self.digits.unwrap_or(digits))
    }

    /// A whole number below ten written without scale ("seven decades", "2 percent"): a small
    /// count of something, which a teacher wants exact.
    pub(crate) fn small_whole(&self) -> bool {
        self.value.abs() < 10.0 && self.step >= 1.0 && self.value.fract() == 0.0
    }
}

/// A quantity's figure as written in its fact.
pub fn figure_of(q: &Quantity) -> Figure {
    let value = q.value.number().unwrap_or_default();
    let step = q.style.num.step();
    let written = Figure {
        value,
        step,
        precise: false,
        digits: None,
        estimate: false,
    };
    let precise = q.style.num.decimals > 0
        && q.style.num.scale.is_none()
        && matches!(compared_as(q), Kind::Duration | Kind::Measure)
        && written.significant().1 >= 3;
    Figure { precise, ..written }
}

/// The kind whose rules compare a quantity's figure: its own, but for an angle written with
/// a degree sign ("{177.36°}", "{162.3°}"), which the finder keeps as a plain figure and
/// which is measured like any measure (issue 11: "177°" is 177.36° rounded to whole degrees).
pub(crate) fn compared_as(q: &Quantity) -> Kind {
    let arc = q.style.suffix.trim() == "°" || q.text.trim_end().ends_with('°');
    match q.kind {
        Kind::Count if arc => Kind::Measure,
        Kind::Count
        | Kind::Date
        | Kind::Year
        | Kind::Ordinal
        | Kind::Percent
        | Kind::Money
        | Kind::Duration
        | Kind::Measure
        | Kind::Fraction
        | Kind::Time
        | Kind::Multiple
        | Kind::Score => q.kind,
    }
}

/// The half-width of the `close` band around a quantity's number, in its value's units: what
/// distractors must lie outside.
///
/// An absolute `tolerance:` is read in the units the answer is written in: `1` on
/// "$14 billion" means within a billion dollars, on "60 years" within a year.
pub fn band(q: &Quantity, tol: Option<Tolerance>) -> f64 {
    let scale = q.style.num.scale.as_ref().map_or(1.0, |(f, _)| *f);
    match tol {
        Some(Tolerance::Absolute(x)) => x * scale,
        // A share of a year number means nothing ("5%" of 2017 is a century): a fact's
        // relative tolerance is for its amounts, and its years keep their own band.
        Some(Tolerance::Relative(_)) if q.kind == Kind::Year => 1.0,
        Some(Tolerance::Relative(r)) => r * q.value.number().unwrap_or_default().abs(),
        None => {
            // A value written like a round answer ends in zeros too, and "$10 billion" for
            // $13 billion is a coarse rounding of it: close within 1.5 times the kind's share.
            let expected = figure_of(q);
            let round = expected.significant().1 <= 2 && !expected.precise;
            let rounded = match q.kind.rules().close {
                Close::Figure {
                    share, exact_below, ..
                } if round
                    && !held_exact(exact_below, expected.value)
                    && !expected.small_whole() =>
                {
                    1.5 * share * expected.value.abs()
                }
                _ => 0.0,
            };
            let band = default_band(q.kind, &expected).max(rounded);
            // On a scale whose zero is arbitrary (°C, °F) a share of the figure is no
            // measure of nearness: a round temperature's options keep 2 °C (3.6 °F) away,
            // not 7 °C from a 47 °C average high (so that none were left; round 39).
            match q.value {
                Value::Amount { unit, .. } if unit.zero_is_arbitrary() => {
                    band.min(2.0 / unit.factor).max(expected.step)
                }
                _ => band,
            }
        }
    }
}

/// The band a kind gives a figure when the fact sets no tolerance: a round figure (one or two
/// significant digits) gets its kind's share, any other one unit of its last digit, so that
/// "3,447" for 3,474 or "9.63" for 9.58 (a changed digit) is not close.
fn default_band(kind: Kind, expected: &Figure) -> f64 {
    match kind.rules().close {
        Close::Exact | Close::Calendar => 0.0,
        Close::Within(w) => w,
        Close::Figure { exact_below, .. } if held_exact(exact_below, expected.value) => 0.0,
        Close::Figure { .. } if expected.small_whole() && !expected.precise => 0.0,
        Close::Figure { share, .. } => {
            let (step, sig) = expected.significant();
            if sig <= 2 && !expected.precise {
                (share * expected.value.abs()).max(expected.step)
            } else {
                step
            }
        }
    }
}

/// Whether a figure band's `exact_below` holds `value` to the exact answer: a small whole
/// count does (twelve members, not eleven); a count that is no whole number ("2½ times",
/// "Mach 2.04", a magnitude of −2.94) is a figure like a measure's.
fn held_exact(exact_below: f64, value: f64) -> bool {
    value.abs() < exact_below && value.fract() == 0.0
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

/// How far a coarser rounding may move a figure and still be close: one significant digit of
/// 12,104 km is 10,000 (17 % off), of 0.8 in is 1 inch (27 %); "a year" for six months
/// (100 %) is another figure.
const ROUNDING_OFF: f64 = 0.3;

/// Compares a typed figure with the expected one (both in the same unit) by how a teacher
/// reads figures:
///
/// | typed                                         | verdict                               |
/// |-----------------------------------------------|---------------------------------------|
/// | the same value                                | exact                                 |
/// | the answer rounded to what was typed, keeping two significant digits (all of them for a precise figure) | exact ("778 million" for 778,412,020) |
/// | finer, and rounding to the answer as written  | exact ("8.3 minutes" for 8 minutes)   |
/// | the answer rounded more coarsely              | near ("−90" for −89.2, "500" for 464) |
/// | coarser, within one unit of its last digit    | near ("2,700" for 2,757)               |
/// | within the kind's band (see [`band`])         | near                                  |
/// | anything else                                 | far: a changed digit is not a typo    |
///
/// Kinds that must be exact (ordinals, small counts) and years compare by their band only.
pub fn compare_figures(kind: Kind, expected: Figure, typed: Figure, tol: Option<f64>) -> Closeness {
    let (e, t) = (expected.value, typed.value);
    let eps = 1e-9 * e.abs().max(1.0);
    if (e - t).abs() <= eps {
        return Closeness::Exact;
    }
    let (rounding, share, round_from) = match kind.rules().close {
        Close::Figure {
            exact_below,
            share,
            round_from,
        } => (
            !held_exact(exact_below, e) && !expected.small_whole(),
            share,
            round_from,
        ),
        Close::Exact | Close::Within(_) | Close::Calendar => (false, 0.0, 0.0),
    };
    // "8.3 minutes" for 8 minutes: a finer figure that rounds (half up) to the answer as
    // written; "12.5" for 12 is a tie, and ties go up.
    let half_up = |v: f64, step: f64| (v / step + 1e-9 * v.signum()).round();
    let finer = typed.step < expected.step
        && (half_up(t, expected.step) - (e / expected.step).round()).abs() < 1e-6;
    if finer
        && matches!(kind.rules().close, Close::Figure { exact_below, .. } if !held_exact(exact_below, e))
    {
        return Closeness::Exact;
    }
    // "303 years" for 330: the same digits in another order are a changed figure, never a
    // near miss, however near (heldout3).
    if rounding && expected.digits.is_none() && swapped(e, t, expected.step.min(typed.step)) {
        return Closeness::Far;
    }
    // A deck's own `tolerance:` is the author's word on what is close.
    let band = tol.unwrap_or_else(|| default_band(kind, &expected));
    let (step_e, sig_e) = expected.significant();
    let (step_t, sig_t) = typed.significant();
    let diff = (e - t).abs();
    let off = diff / e.abs().max(f64::MIN_POSITIVE);
    let rounds = diff < step_t / 2.0 + eps;
    let coarser = rounds && step_t > step_e * (1.0 + 1e-9);
    if !rounding {
        // "about 50" for 49 riders: a count a teacher wants exact, rounded coarsely and said
        // to be rounded, is close; a changed digit ("11" for 12), a small whole figure ("10"
        // for seven) or a round figure typed as exact ("10 times" for eleven) is not.
        let counted = matches!(kind.rules().close, Close::Figure { .. });
        let rounded = coarser && !expected.small_whole() && !typed.small_whole();
        if counted && rounded && typed.estimate && off <= ROUNDING_OFF && tol.is_none() {
            return Closeness::Near;
        }
        return compare(e, t, band);
    }
    if coarser {
        // Two significant digits are the figure ("780 million" for 778,412,020, "460 °C" for
        // 464 °C); "500" for 464 is close, rounded coarsely, and so is one digit within
        // ROUNDING_OFF ("10,000 km" for 12,104 km). A small whole number typed ("a year",
        // "3 years") counts units rather than rounding digits: close only within the share.
        // A precise figure of three whole digits or more rounded to whole units keeps every
        // digit a teacher reads: "−243 days" for −243.0226 d (issue 11, second held-out table).
        // Not across units: "about 195 hours" for 8 days, 3 hours, 18 minutes, 35 seconds.
        // Three significant digits at least, as issue 11 asks of a large measured amount:
        // "177°" for 177.36°, not "180°" (its zero was typed, but it is a rounding to two).
        let whole_units =
            e.abs() >= 100.0 && typed.step <= 1.0 + eps && sig_t >= 3 && expected.digits.is_none();
        // "about 5,000 km" for 4,970 km is its two significant digits, zeros and all, when
        // its zeros were typed ("6 × 10^24" for 5.97 × 10^24 has one digit: close).
        let typed_zeros = typed.step < step_t;
        let two_digits =
            !expected.precise && typed_zeros && (round_significant(e, 2) - t).abs() <= eps;
        let enough = (sig_t >= 2 || two_digits)
            && (!expected.precise || sig_t >= sig_e || whole_units)
            && e.abs() >= round_from;
        let one_digit = off <= ROUNDING_OFF && !typed.small_whole();
        let coarse = tol.map_or(off <= 1.5 * share || one_digit, |b| diff <= b + eps);
        return match (enough, coarse) {
            (true, _) => Closeness::Exact,
            (false, true) => Closeness::Near,
            (false, false) => Closeness::Far,
        };
    }
    if rounds && sig_t >= sig_e.min(3) {
        return Closeness::Exact; // The same figure in another unit ("261 mi" for 420 km).
    }
    // "24 hours" for 24.7 hours, "about 94 hours" for 94 h 33′ 14″: a precise figure of two
    // whole digits or more cut to whole units of what was typed (its decimals dropped, not
    // rounded) is a coarse reading, close (the blind, heldout3 and heldout4 teachers); a
    // changed decimal ("10.4" for 10.49 s) stays wrong.
    let cut = (e / typed.step).trunc() * typed.step;
    let cut_to_whole = expected.precise
        && typed.step > expected.step * (1.0 + 1e-9)
        && typed.step >= 1.0 - eps
        && e.abs() >= 10.0
        && (t - cut).abs() <= eps
        && off <= share;
    if cut_to_whole {
        return Closeness::Near;
    }
    let coarse_near = tol.is_none()
        && step_t > step_e
        && !expected.precise
        && diff <= step_t + eps
        && off <= share;
    if coarse_near || diff <= band + eps {
        Closeness::Near
    } else {
        Closeness::Far
    }
}

/// `v` rounded to `digits` significant digits.
pub(crate) fn round_significant(v: f64, digits: i32) -> f64 {
    if v == 0.0 || !v.is_finite() {
        return v;
    }
    let step = 10f64.powi(v.abs().log10().floor() as i32 + 1 - digits);
    (v / step).round() * step
}

/// Whether `t` is `e` with its digits (counted in `step`s) in another order: "303" for 330.
fn swapped(e: f64, t: f64, step: f64) -> bool {
    if step <= 0.0 || e.signum() != t.signum() {
        return false;
    }
    let digits = |v: f64| {
        let n = (v.abs() / step).round();
        (n < 1e15).then(|| format!("{n:.0}"))
    };
    let (Some(de), Some(dt)) = (digits(e), digits(t)) else {
        return false;
    };
    let sorted = |s: &str| {
        let mut c: Vec<char> = s.chars().collect();
        c.sort_unstable();
        c
    };
    de != dt && de.len() == dt.len() && sorted(&de) == sorted(&dt)
}

/// Compares dates as a teacher does: a part left out, or one day, one month or one year off
/// with the rest right, is near; a day ten off ("April 14" for April 4) is a changed digit.
pub fn compare_dates(answer: &Date, given: &Date) -> Closeness {
    let same_days = answer.day == given.day && answer.end_day == given.end_day;
    let month_off = (i32::from(answer.month) - i32::from(given.month)).abs();
    let day_off = match (answer.day, given.day) {
        (Some(a), Some(g)) => Some((i32::from(a) - i32::from(g)).abs()),
        _ => None,
    };
    let year_off = match (answer.year, given.year) {
        (Some(a), Some(g)) => Some((a - g).abs()),
        (None, _) => Some(0), // A recurring day: any year is its year.
        (Some(_), None) => None,
    };
    // One day of a range ("July 11" for July 11-12), or a range around the day.
    let part_of_range = answer.end_day.is_some() != given.end_day.is_some()
        && (answer.day == given.day || answer.end_day.is_some() && answer.end_day == given.day);
    let end_off = match (answer.end_day, given.end_day) {
        (Some(a), Some(g)) if answer.day == given.day => (i32::from(a) - i32::from(g)).abs(),
        _ => 99,
    };
    match (year_off, month_off, day_off) {
        (Some(0), 0, _) if same_days => Closeness::Exact,
        (Some(0), 0, _) if answer.day.is_none() => Closeness::Exact, // "May 25" for May.
        (Some(0), 0, _) if end_off == 1 => Closeness::Near,
        (Some(0), 0, _) if part_of_range => Closeness::Near,
        (Some(0), 0, None) => Closeness::Near, // A day left out ("April 1949").
        (Some(0), 0, Some(1)) => Closeness::Near,
        (Some(0), 1, _) | (Some(1), 0, _) if same_days => Closeness::Near,
        (None, 0, _) if same_days => Closeness::Near, // "the 10th of May" for May 10, 1869.
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
            // A round figure (two significant digits) gets its kind's share: 10 % of a count,
            // 20 % of money; a small count none. Distractors also keep out of 1.5 times the
            // share, where a value ending in zeros could be a coarse rounding ("3,000").
            ("16,000 troops", None, 2400.0),
            ("4.8 percent", None, 0.72),
            ("$14 billion", None, 4.2e9),
            ("3,474 km", None, 1.0),
            ("$14 billion", Some(Tolerance::Absolute(1.0)), 1e9),
            ("12 members", Some(Tolerance::Relative(0.25)), 3.0),
            ("the 45th", None, 0.0),
            ("in 2017", Some(Tolerance::Relative(0.05)), 1.0),
            ("in 2017", Some(Tolerance::Absolute(3.0)), 3.0),
            // On a degree scale a round figure's band is degrees, not a share: 2 °C, 3.6 °F
            // (15 % of 47 °C would be 7 °C); a precise one keeps its last digit.
            ("47 °C", None, 2.0),
            ("80 °F", None, 3.6),
            ("43.8 °C", None, 0.1),
            ("737 K", None, 1.0),
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
    fn swapped_digits_are_a_changed_figure() {
        let fig = |value: f64, step: f64| Figure {
            value,
            step,
            precise: false,
            digits: None,
            estimate: false,
        };
        let cases = [
            (
                fig(330.0, 1.0),
                fig(303.0, 1.0),
                Closeness::Far,
                "swapped, in the band",
            ),
            (
                fig(330.0, 1.0),
                fig(320.0, 1.0),
                Closeness::Near,
                "a round near miss",
            ),
            (
                fig(4970.0, 1.0),
                fig(5000.0, 1.0),
                Closeness::Exact,
                "two digits, zeros and all",
            ),
            (
                fig(464.0, 1.0),
                fig(500.0, 1.0),
                Closeness::Near,
                "one digit is coarse",
            ),
            (
                fig(2428.0, 1.0),
                fig(2400.0, 1.0),
                Closeness::Exact,
                "two digits",
            ),
        ];
        for (e, t, want, why) in cases {
            assert_eq!(compare_figures(Kind::Measure, e, t, None), want, "{why}");
        }
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
