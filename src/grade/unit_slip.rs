//! The right figure in another unit of the same measure: "12,104 miles" for 12,104 km. It
//! stays wrong: the own table and four blind teachers (blind, heldout, heldout3, heldout4)
//! call it wrong, three (heldout2, heldout4b, heldout5) close, and the issue asks for a unit
//! to be converted before comparing. What changes is the reason: "right figure, but in
//! miles: the answer is in kilometres" says what went wrong, where "61% too high" did not.
//! Only for units of a size (within ten times of each other); "35.02 km/h" for km/s keeps
//! its plain reason.

use super::{Graded, Verdict};
use crate::quantity::{Dimension, Unit};
use crate::tolerance::Figure;

/// How many times bigger one unit may be than the other for a slip between them to be named.
const SIZE_APART: f64 = 10.0;

/// Wrong, with its reason, when `typed` (in `typed_unit`) writes the figure of `asked` (in
/// `asked_unit`) in another unit of its dimension no more than [`SIZE_APART`] times apart:
/// the same number as written, or the asked one rounded as the answer is written ("12,100
/// miles" for 12,104 km; two significant digits at least). `None` otherwise.
pub(super) fn right_figure_other_unit(
    asked: Figure,
    asked_unit: Unit,
    typed: Figure,
    typed_unit: Unit,
) -> Option<Graded> {
    // Units of time are never of a size: "15 weeks" for 15 months, "872 weeks" for 872 days
    // is wrong in the own and blind tables, and no teacher says otherwise.
    let time = asked_unit.dim == Dimension::Time;
    if time || typed_unit.name == asked_unit.name || typed_unit.dim != asked_unit.dim {
        return None;
    }
    let ratio = typed_unit.factor / asked_unit.factor;
    let apart = ratio.max(1.0 / ratio);
    if !apart.is_finite() || apart >= SIZE_APART * (1.0 - 1e-9) {
        return None;
    }
    if !(typed.value.is_finite() && asked.value.is_finite()) || typed.value == 0.0 {
        return None;
    }
    let eq = |a: f64, b: f64| (a - b).abs() <= 1e-9 * a.abs().max(b.abs());
    let same = eq(typed.value, asked.value);
    let rounded = typed.step > 0.0
        && typed.step >= asked.step
        && typed.significant().1 >= 2
        && eq((asked.value / typed.step).round() * typed.step, typed.value);
    (same || rounded).then(|| {
        Graded::because(
            Verdict::Wrong,
            format!(
                "right figure, but in {}: the answer is in {}",
                typed_unit.plural(),
                asked_unit.plural()
            ),
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::quantity::{lookup_unit, unit_by_name};

    fn fig(value: f64, step: f64) -> Figure {
        Figure {
            value,
            step,
            precise: false,
            digits: None,
            estimate: false,
        }
    }

    #[test]
    fn the_right_figure_in_a_unit_of_a_size_says_so() {
        // (asked value, step, unit; typed value, step, unit; explained as a slip?)
        let cases: &[(f64, f64, &str, f64, f64, &str, bool)] = &[
            (12_104.0, 1.0, "km", 12_104.0, 1.0, "miles", true),
            (269.0, 1.0, "metres", 269.0, 1.0, "ft", true),
            (47.5, 0.1, "pounds", 47.5, 0.1, "kg", true),
            (28_000.0, 1000.0, "km/h", 28_000.0, 1000.0, "mph", true),
            (27.0, 1.0, "°C", 27.0, 1.0, "°F", true),
            (12_104.0, 1.0, "km", 12_100.0, 100.0, "miles", true),
            (
                9_200_000.0,
                100_000.0,
                "km2",
                9_200_000.0,
                100_000.0,
                "square mile",
                true,
            ),
            // Units far apart in size: wrong however the digits agree.
            (35.02, 0.01, "km/s", 35.02, 0.01, "km/h", false),
            (24.7, 0.1, "hours", 24.7, 0.1, "days", false),
            (20.0, 1.0, "mm", 20.0, 1.0, "cm", false),
            (471.0, 1.0, "km", 471.0, 1.0, "m", false),
            (150.0, 1.0, "kW", 150.0, 1.0, "MW", false),
            (8.0, 1.0, "minutes", 8.0, 1.0, "seconds", false),
            (15.0, 1.0, "months", 15.0, 1.0, "weeks", false),
            (872.0, 1.0, "days", 872.0, 1.0, "weeks", false),
            // Other digits, the same unit, or another dimension: not this slip.
            (12_104.0, 1.0, "km", 12_140.0, 1.0, "miles", false),
            (12_104.0, 1.0, "km", 12_000.0, 1000.0, "miles", true),
            (12_104.0, 1.0, "km", 10_000.0, 10_000.0, "miles", false),
            (636.0, 1.0, "km", 636.0, 1.0, "km", false),
            (636.0, 1.0, "km", 636.0, 1.0, "kg", false),
            (0.0, 1.0, "km", 0.0, 1.0, "miles", false),
        ];
        for &(a, a_step, a_unit, t, t_step, t_unit, close) in cases {
            let unit = |u: &str| lookup_unit(u).or_else(|| unit_by_name(u)).unwrap();
            let (au, tu) = (unit(a_unit), unit(t_unit));
            let got = right_figure_other_unit(fig(a, a_step), au, fig(t, t_step), tu);
            assert_eq!(got.is_some(), close, "{t} {t_unit} for {a} {a_unit}");
            if let Some(g) = got {
                assert_eq!(g.verdict, Verdict::Wrong);
                let why = g.reason.unwrap();
                assert!(why.starts_with("right figure, but in "), "{why}");
                assert!(!why.contains("per hours"), "{why}");
            }
        }
    }
}
