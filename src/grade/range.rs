//! Ranges as answers and as expected values (held-out table): "20–25%", "20 to 25 percent",
//! "between a fifth and a quarter", "75–76 years". Each end is read by the answer reader and
//! compared by the kind's own rules (`tolerance::compare_figures`).
//!
//! | typed                                              | verdict                        |
//! |----------------------------------------------------|--------------------------------|
//! | a range, both ends right (rounding as for figures) | correct                        |
//! | a range, both ends right or close                  | close                          |
//! | one figure, the range no wider than its rounding   | correct ("about 76" for 75–76) |
//! | one figure inside the range, or close to an end    | close ("about 25%" for 20–25%) |
//! | anything else                                      | wrong                          |

use super::read::{read_number, ReadNumber};
use super::{Graded, Verdict};
use crate::quantity::{Dimension, Kind, Quantity, Unit};
use crate::textmatch::normalize;
use crate::tolerance::{compare_figures, Closeness, Figure};

/// A range read from text: its two ends and what they measure.
#[derive(Debug, Clone, PartialEq)]
pub struct Range {
    ends: [Figure; 2],
    percent: bool,
    unit: Option<Unit>,
    /// Whether a scale word was written ("300–500 million", "25-30 thousand").
    scaled: bool,
}

/// Words and marks between the two ends of a range.
const SEPARATORS: &[&str] = &["–", "—", "-", " to ", " and ", " & ", " or "];

/// Reads `text` as a range of two figures, if it is one: the second end lends its unit or
/// percent sign to the first ("20 to 25 percent").
pub fn read(text: &str) -> Option<Range> {
    // "11 July to 30 July 1966" is a range of dates, which the date reader compares.
    let names_month = text
        .split(|c: char| !c.is_alphabetic())
        .any(|w| w.len() >= 3 && crate::quantity::month_loosely(w).is_some());
    if names_month {
        return None;
    }
    let (left, right) = split(text)?;
    let (mut a, mut b) = (read_number(left, true)?, read_number(right, true)?);
    // "300–500 million": the second end lends its scale to the first, when that leaves the
    // first no larger ("15 million" is then outside the range, not inside 300 to 500 million).
    if b.scaled && !a.scaled {
        let figure_end = right
            .find(|c: char| !(c.is_ascii_digit() || ".,".contains(c)))
            .unwrap_or(right.len());
        let scaled = read_number(&format!("{left}{}", &right[figure_end..]), true);
        if let Some(n) = scaled.filter(|n| n.scaled && n.value <= b.value) {
            a = n;
        }
    }
    // "1845–52": an end year written with two digits is in the start's century.
    let short_end = right.trim().len() == 2 && right.trim().chars().all(|c| c.is_ascii_digit());
    if short_end
        && a.unit.is_none()
        && (1000.0..3000.0).contains(&a.value)
        && a.value.fract() == 0.0
    {
        let century = (a.value / 100.0).floor() * 100.0;
        b.value += if century + b.value >= a.value {
            century
        } else {
            century + 100.0
        };
    }
    let unit = b.unit.or(a.unit);
    if a.unit.zip(b.unit).is_some_and(|(x, y)| x.dim != y.dim) {
        return None;
    }
    let percent = a.percent || b.percent || a.share || b.share;
    let end = |n: &ReadNumber| {
        let (value, step) = match (n.unit, unit) {
            (Some(from), Some(to)) => (from.convert(n.value, to), from.convert_step(n.step, to)),
            _ => (n.value, n.step),
        };
        // "a fifth" for 20 %: a share is read as a percentage where a percentage is meant.
        let share = percent && !n.percent && (n.share || value.abs() <= 1.0);
        let k = if share { 100.0 } else { 1.0 };
        Figure {
            value: value * k,
            step: step * k,
            precise: false,
            digits: None,
            estimate: false,
        }
    };
    Some(Range {
        ends: [end(&a), end(&b)],
        percent,
        unit,
        scaled: a.scaled || b.scaled,
    })
}

/// The text before and after the first separator with a figure on both sides. "and" joins
/// ends only after "between" ("one hundred and sixty-seven" is one figure), and a hyphen only
/// after a digit ("sixty-seven", "COVID-19").
fn split(text: &str) -> Option<(&str, &str)> {
    let text = text.trim();
    SEPARATORS.iter().find_map(|sep| {
        let at = text.find(sep)?;
        let (left, right) = (text[..at].trim_end(), text[at + sep.len()..].trim());
        let last = left.chars().last()?;
        let joins = match *sep {
            // "2008 and 2012": two years are a pair as much as a range.
            " and " | " & " => {
                left.to_lowercase().contains("between") || (year(left) && year(right))
            }
            "-" => last.is_ascii_digit(),
            _ => last.is_alphanumeric(),
        };
        (joins && !right.is_empty()).then_some((left, right))
    })
}

/// Whether `text` ends with a year in four digits ("Beijing 2008").
fn year(text: &str) -> bool {
    let last = text.rsplit(' ').next().unwrap_or_default();
    last.len() == 4 && last.chars().all(|c| c.is_ascii_digit())
}

/// Whether the range typed in `text` holds `value`, read in `unit` (the answer's, `None`
/// for a plain number): "between 17,000 and 18,000" holds 17,468.
pub(super) fn holds(text: &str, value: f64, unit: Option<Unit>) -> bool {
    let Some(r) = read(text) else {
        return false;
    };
    let ends = r.ends.map(|f| match (r.unit, unit) {
        (Some(from), Some(to)) if from.dim == to.dim => from.convert(f.value, to),
        _ => f.value,
    });
    ends[0].min(ends[1]) <= value && value <= ends[0].max(ends[1])
}

/// The kind whose closeness rules compare the ends.
fn kind(r: &Range) -> Kind {
    match r.unit.map(|u| u.dim) {
        _ if r.percent => Kind::Percent,
        Some(Dimension::Time) => Kind::Duration,
        Some(_) => Kind::Measure,
        None => Kind::Count,
    }
}

/// Grades `given` against the expected range `want`.
pub fn grade(want: &Range, given: &str) -> Graded {
    grade_as(want, given, kind(want))
}

/// [`grade`], the ends compared by the rules of `kind`.
fn grade_as(want: &Range, given: &str, kind: Kind) -> Graded {
    let cmp = |e: Figure, t: Figure| compare_figures(kind, e, t, None);
    if let Some(typed) = read(given).and_then(|t| in_terms_of(want, t)) {
        let ends = [
            cmp(want.ends[0], typed.ends[0]),
            cmp(want.ends[1], typed.ends[1]),
        ];
        return match ends[0].max(ends[1]) {
            Closeness::Exact => Graded::of(Verdict::Correct),
            Closeness::Near => Graded::of(Verdict::Close),
            // "1845 to 1849" for 1845 to 1852: one end right is partly right.
            Closeness::Far if ends.contains(&Closeness::Exact) => {
                Graded::because(Verdict::Close, "only one end is right")
            }
            // "300-500" for 300–500 million: the right figures without their scale.
            Closeness::Far if scale_missing(want, &typed).is_some() => {
                let word = scale_missing(want, &typed).unwrap_or_default();
                Graded::because(
                    Verdict::Close,
                    format!("right figures, but the scale is missing: {word}"),
                )
            }
            Closeness::Far => Graded::of(Verdict::Wrong),
        };
    }
    let Some(one) = read_number(given, true) else {
        return Graded::because(Verdict::Wrong, "no number found in the answer");
    };
    let Some(typed) = in_terms_of(
        want,
        Range {
            ends: [figure(&one); 2],
            percent: one.percent,
            unit: one.unit,
            scaled: one.scaled,
        },
    ) else {
        return Graded::because(Verdict::Wrong, "not what the range measures");
    };
    let t = typed.ends[0];
    let [lo, hi] = want.ends.map(|f| f.value);
    let inside = (lo.min(hi)..=lo.max(hi)).contains(&t.value);
    if inside && (hi - lo).abs() <= t.step + 1e-9 {
        return Graded::of(Verdict::Correct);
    }
    let near_end = want.ends.iter().any(|&e| cmp(e, t) != Closeness::Far);
    if inside || near_end {
        return Graded::because(Verdict::Close, "the answer is a range: give both ends");
    }
    Graded::because(Verdict::Wrong, "outside the range")
}

/// The scale word that makes both typed ends the expected ones, if any. A range typed with
/// a scale of its own has another scale, not a missing one: "25-30 thousand years" for 25–30
/// million is wrong (heldout3).
fn scale_missing(want: &Range, typed: &Range) -> Option<&'static str> {
    if typed.scaled {
        return None;
    }
    let kind = kind(want);
    [(1e3, "thousand"), (1e6, "million"), (1e9, "billion")]
        .into_iter()
        .find(|(factor, _)| {
            want.ends.iter().zip(&typed.ends).all(|(&e, t)| {
                let scaled = Figure {
                    value: t.value * factor,
                    step: t.step * factor,
                    ..*t
                };
                compare_figures(kind, e, scaled, None) == Closeness::Exact
            })
        })
        .map(|(_, word)| word)
}

fn figure(n: &ReadNumber) -> Figure {
    Figure {
        value: n.value,
        step: n.step,
        precise: false,
        digits: None,
        estimate: false,
    }
}

/// A typed range in the unit (or as the percentage) of the expected one; `None` when it
/// measures something else.
fn in_terms_of(want: &Range, mut typed: Range) -> Option<Range> {
    match (typed.unit, want.unit) {
        (Some(t), Some(w)) if t.dim != w.dim => return None,
        (Some(t), Some(w)) => {
            for f in &mut typed.ends {
                f.value = t.convert(f.value, w);
                f.step = t.convert_step(f.step, w);
            }
        }
        _ => {}
    }
    // "0.2" for 20 %: a share typed for a percentage.
    if want.percent && !typed.percent && typed.ends.iter().all(|f| f.value.abs() <= 1.0) {
        for f in &mut typed.ends {
            f.value *= 100.0;
            f.step *= 100.0;
        }
    }
    Some(typed)
}

/// Grades `given` against a range of a fact asked whole ("22–23%", "350 and 400 million"):
/// its two ends read as one range, whatever joined them in the sentence.
pub fn grade_whole(q: &Quantity, given: &str) -> Graded {
    let whole = q
        .range
        .as_deref()
        .and_then(|e| read(&format!("{} to {}", e.low.text, e.high.text)));
    match whole {
        // Years are compared as years: 1900 is no near miss for 1852.
        Some(want) if q.kind == Kind::Year => grade_as(&want, given, Kind::Year),
        Some(want) => grade(&want, given),
        None if normalize(&q.text) == normalize(given) => Graded::of(Verdict::Correct),
        None => Graded::of(Verdict::Wrong),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn grades_ranges_as_a_teacher_does() {
        let cases: &[(&str, &str, Verdict, &str)] = &[
            ("20–25%", "20–25%", Verdict::Correct, "as written"),
            ("20–25%", "20 to 25 percent", Verdict::Correct, "in words"),
            (
                "20–25%",
                "between a fifth and a quarter",
                Verdict::Correct,
                "as shares",
            ),
            ("20–25%", "about 25%", Verdict::Close, "one end"),
            (
                "20–25%",
                "22%",
                Verdict::Close,
                "inside, but a range was asked",
            ),
            ("20–25%", "20–30%", Verdict::Close, "one end close"),
            ("20–25%", "40–50%", Verdict::Wrong, "another range"),
            ("20–25%", "60%", Verdict::Wrong, "outside"),
            (
                "20–60 percent",
                "20-60%",
                Verdict::Correct,
                "a hyphen and a sign",
            ),
            (
                "75–76 years",
                "about 76 years",
                Verdict::Correct,
                "within its rounding",
            ),
            (
                "75–76 years",
                "76",
                Verdict::Correct,
                "unit from the question",
            ),
            ("75–76 years", "90 years", Verdict::Wrong, "far"),
            (
                "300–500 million",
                "300,000,000–500,000,000",
                Verdict::Correct,
                "the scale lent to both ends",
            ),
            (
                "300–500 million",
                "15 million",
                Verdict::Wrong,
                "outside the range once scaled",
            ),
            (
                "300–500 million",
                "300-500",
                Verdict::Close,
                "the scale missing from both ends",
            ),
            (
                "2008 and 2012",
                "2004 and 2016",
                Verdict::Wrong,
                "neither year",
            ),
            ("75–76 years", "76 km", Verdict::Wrong, "another dimension"),
            (
                "25–30 million years",
                "25-30 thousand years",
                Verdict::Wrong,
                "another scale is no missing scale",
            ),
            (
                "75 to 200 million",
                "75-200 thousand",
                Verdict::Wrong,
                "another scale, in words",
            ),
        ];
        for (want, given, verdict, why) in cases {
            let range = read(want).unwrap_or_else(|| panic!("{want} is a range"));
            assert_eq!(
                grade(&range, given).verdict,
                *verdict,
                "{why}: {given} for {want}"
            );
        }
        assert_eq!(read("1,642 metres"), None, "one figure is no range");
        assert_eq!(read("COVID-19"), None, "a name is no range");
    }
}

#[cfg(test)]
mod whole_tests {
    use super::*;
    use crate::quantity::{find, join_ranges};

    #[test]
    fn a_range_of_a_sentence_is_graded_whole() {
        // (sentence, typed, verdict)
        let cases: &[(&str, &str, Verdict)] = &[
            ("It holds 22–23% of the water.", "22-23%", Verdict::Correct),
            (
                "It holds 22–23% of the water.",
                "22 to 23 percent",
                Verdict::Correct,
            ),
            ("It holds 22–23% of the water.", "22–23", Verdict::Correct),
            // No wider than its rounding: one figure is right, as "about 76" for 75–76 years.
            ("It holds 22–23% of the water.", "22%", Verdict::Correct),
            ("It holds 22–23% of the water.", "22–30%", Verdict::Close),
            ("It holds 22–23% of the water.", "40%", Verdict::Wrong),
            (
                "It fell to between 350 and 400 million.",
                "350-400 million",
                Verdict::Correct,
            ),
            (
                "It fell to between 350 and 400 million.",
                "370 million",
                Verdict::Close,
            ),
            (
                "It fell to between 350 and 400 million.",
                "35-40 million",
                Verdict::Wrong,
            ),
            (
                "Some 25 to 50 million of them.",
                "25 to 50 million",
                Verdict::Correct,
            ),
            (
                "It lasted six or seven months.",
                "6 or 7 months",
                Verdict::Correct,
            ),
            ("It lasted six or seven months.", "6-7", Verdict::Correct),
            ("It lasted six or seven months.", "9 months", Verdict::Wrong),
            ("The war of 1845–1852 ended.", "1845-1852", Verdict::Correct),
            (
                "The war of 1845–1852 ended.",
                "1845 to 1849",
                Verdict::Close,
            ),
            ("The war of 1845–1852 ended.", "1900", Verdict::Wrong),
            (
                "The ridge is 8–11 km wide.",
                "8 to 11 kilometres",
                Verdict::Correct,
            ),
            ("The ridge is 8–11 km wide.", "20 km", Verdict::Wrong),
        ];
        for (text, typed, want) in cases {
            let q = join_ranges(text, find(text))
                .into_iter()
                .find(|q| q.range.is_some())
                .expect(text);
            let got = grade_whole(&q, typed);
            assert_eq!(got.verdict, *want, "{text} / {typed}: {:?}", got.reason);
        }
    }
}
