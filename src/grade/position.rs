//! Text answers that are a position or a year of an era, which the finder leaves as text:
//! "{second}" planet, the "{18th minute}", "{240 BCE}" (heldout3). Each is read as its number,
//! so "2nd", "18'" and "240 BC" are the same answer.

use super::read::read_number;
use super::{Graded, Verdict};

/// Grades `given` against a text answer that is an ordinal (with at most one word after it)
/// or a year before Christ; `None` when the answer is neither.
pub(super) fn grade(answer: &str, given: &str) -> Option<Graded> {
    era_year(answer)
        .map(|year| grade_era(year, given))
        .or_else(|| ordinal(answer).map(|(n, word)| grade_ordinal(n, word, given)))
}

/// "second", "18th minute": the position and the word after it, if any.
fn ordinal(answer: &str) -> Option<(u32, Option<&str>)> {
    let mut words = answer.split_whitespace();
    let first = words.next()?;
    let word = words.next();
    if words.next().is_some() {
        return None;
    }
    let digits = first.trim_end_matches(char::is_alphabetic);
    let suffix = first[digits.len()..].to_lowercase();
    let n = match crate::quantity::ordinal_word(first) {
        Some(n) => n,
        None if matches!(suffix.as_str(), "st" | "nd" | "rd" | "th") => digits.parse().ok()?,
        None => return None,
    };
    Some((n, word))
}

/// Whether a word after a position names a span of time, where one step off is a near miss
/// ("19th minute" for the 18th: a minute off), unlike a rank ("third" planet for second).
fn of_time(word: Option<&str>) -> bool {
    // A century or a year one off is another era ("16th century" for the 17th).
    word.and_then(crate::quantity::lookup_unit_in_prose)
        .is_some_and(|u| matches!(u.name, "minute" | "hour" | "day"))
}

/// The century an answer names by its hundreds: "1700s", "the 1700s", "the 1700's", "late
/// 1700s" (a part of it is still in it) are the 18th century.
fn hundreds_century(given: &str) -> Option<u32> {
    let typed = given.trim().to_lowercase().replace('’', "'");
    let typed = typed.strip_prefix("the ").unwrap_or(&typed).trim();
    let typed = super::qualified::unqualified(typed).unwrap_or(typed).trim();
    let digits = typed
        .strip_suffix("00s")
        .or_else(|| typed.strip_suffix("00's"))?;
    let hundreds: u32 = digits
        .parse()
        .ok()
        .filter(|_| (1..=2).contains(&digits.len()))?;
    hundreds.checked_add(1)
}

/// "1700s" for the 18th century (`want`): the century named by its years, right or wrong;
/// `None` when the answer names no hundreds.
pub(super) fn century_by_hundreds(want: f64, given: &str) -> Option<Graded> {
    let named = hundreds_century(given)?;
    Some(if f64::from(named) == want {
        Graded::of(Verdict::Correct)
    } else {
        Graded::because(
            Verdict::Wrong,
            format!("the {}00s are the {}", named - 1, nth(named)),
        )
    })
}

fn nth(n: u32) -> String {
    format!("{n}{}", crate::quantity::ordinal_suffix(u64::from(n)))
}

/// "17th century" (or "the 1600s") for the year 1610: the century holding the year is close,
/// another is wrong (heldout5); `None` when the answer names no century.
pub(super) fn century_for_year(year: i32, given: &str) -> Option<Graded> {
    let named = match ordinal(given.trim().trim_start_matches("the ").trim()) {
        Some((n, Some(w))) if matches!(w.to_lowercase().trim_end_matches('.'), "century" | "c") => {
            n
        }
        _ => hundreds_century(given)?,
    };
    let holds = u32::try_from(year)
        .ok()
        .filter(|&y| y > 0)
        .is_some_and(|y| (y - 1) / 100 + 1 == named);
    Some(if holds {
        Graded::because(Verdict::Close, "right century; the year was asked")
    } else {
        Graded::because(Verdict::Wrong, "another century")
    })
}

fn grade_ordinal(want: u32, word: Option<&str>, given: &str) -> Graded {
    let century =
        word.is_some_and(|w| matches!(w.to_lowercase().as_str(), "century" | "centuries"));
    if let Some(graded) = century
        .then(|| century_by_hundreds(f64::from(want), given))
        .flatten()
    {
        return graded;
    }
    // "18'" is football's notation for the 18th minute; elsewhere a prime is feet.
    let g = given.trim();
    let primed = g.ends_with(['\'', '′', '’']);
    let minute = word.is_some_and(|w| w.eq_ignore_ascii_case("minute"));
    let Some(read) = read_number(given, false) else {
        return Graded::because(Verdict::Wrong, "no number found in the answer");
    };
    if (primed && !minute) || read.value.fract() != 0.0 || read.value < 0.0 {
        return Graded::of(Verdict::Wrong);
    }
    let off = (read.value - f64::from(want)).abs();
    if off == 0.0 {
        Graded::of(Verdict::Correct)
    } else if off == 1.0 && of_time(word) {
        let unit = word.unwrap_or_default().to_lowercase();
        Graded::because(Verdict::Close, format!("one {unit} off"))
    } else {
        Graded::of(Verdict::Wrong)
    }
}

/// An ordinal quantity of the fact one step off where the fact names a span of time after
/// it ("in the {18th} minute": "19th" is a minute off, close), as for a text answer.
pub(super) fn time_step_off(
    q: &crate::quantity::Quantity,
    card: &crate::card::Card,
    expected: f64,
    typed: f64,
) -> Option<Graded> {
    if q.kind != crate::quantity::Kind::Ordinal || (expected - typed).abs() != 1.0 {
        return None;
    }
    let at = card.text.find(&q.text)? + q.text.len();
    let word = card.text[at..]
        .split(|c: char| !c.is_alphabetic())
        .find(|w| !w.is_empty())?;
    of_time(Some(word))
        .then(|| Graded::because(Verdict::Close, format!("one {} off", word.to_lowercase())))
}

/// "240 BCE", "44 BC": the year, counted back.
fn era_year(answer: &str) -> Option<f64> {
    let read = read_number(answer, false)?;
    let words = answer.split_whitespace().count();
    (read.before_christ && words == 2 && read.value.fract() == 0.0).then_some(read.value)
}

pub(super) fn grade_era(want: f64, given: &str) -> Graded {
    let Some(read) = read_number(given, false) else {
        return Graded::because(Verdict::Wrong, "no year found in the answer");
    };
    let off = (read.value - want).abs();
    let after_christ = given
        .split(|c: char| !c.is_alphabetic())
        .any(|w| matches!(w.to_lowercase().as_str(), "ad" | "ce"));
    match (read.before_christ, off) {
        (true, 0.0) => Graded::of(Verdict::Correct),
        (true, o) if o <= 1.0 => Graded::because(Verdict::Close, "one year off"),
        // "240" for 240 BCE: the right figure, the era left out.
        (false, 0.0) if !after_christ => {
            Graded::because(Verdict::Close, "right year, but the era is missing: BCE")
        }
        _ => Graded::of(Verdict::Wrong),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_and_eras_are_read_as_numbers() {
        let cases: &[(&str, &str, Verdict, &str)] = &[
            ("second", "2nd", Verdict::Correct, "an ordinal in digits"),
            ("second", "second", Verdict::Correct, "as written"),
            (
                "second",
                "3rd",
                Verdict::Wrong,
                "a rank one off is another rank",
            ),
            ("18th minute", "18'", Verdict::Correct, "football's minute"),
            ("18th minute", "18th", Verdict::Correct, "the word left out"),
            ("18th minute", "19th minute", Verdict::Close, "a minute off"),
            (
                "18th minute",
                "28th minute",
                Verdict::Wrong,
                "a changed digit",
            ),
            (
                "17th century",
                "16th century",
                Verdict::Wrong,
                "another century",
            ),
            ("17th century", "17th c.", Verdict::Correct, "abbreviated"),
            (
                "18th century",
                "1700s",
                Verdict::Correct,
                "a century by its years",
            ),
            (
                "18th century",
                "the 1700's",
                Verdict::Correct,
                "with the and 's",
            ),
            (
                "18th century",
                "late 1700s",
                Verdict::Correct,
                "a part of it",
            ),
            (
                "14th century",
                "1300s",
                Verdict::Correct,
                "a century by its years",
            ),
            (
                "18th century",
                "1800s",
                Verdict::Wrong,
                "the next century's years",
            ),
            (
                "18th century",
                "1780s",
                Verdict::Wrong,
                "a decade is no century",
            ),
            ("6th place", "6'", Verdict::Wrong, "a prime is no place"),
            ("240 BCE", "240 BC", Verdict::Correct, "BC is BCE"),
            ("240 BCE", "240 B.C.", Verdict::Correct, "dotted"),
            ("240 BCE", "240", Verdict::Close, "the era left out"),
            ("240 BCE", "240 AD", Verdict::Wrong, "the other era"),
            ("240 BCE", "420 BC", Verdict::Wrong, "swapped digits"),
        ];
        for (answer, given, verdict, why) in cases {
            let got = grade(answer, given).unwrap_or_else(|| panic!("{answer} is read"));
            assert_eq!(got.verdict, *verdict, "{why}: {given} for {answer}");
        }
        assert!(grade("Apollo 11", "11").is_none(), "a name is no position");
        let years: &[(i32, &str, Option<Verdict>)] = &[
            (1610, "17th century", Some(Verdict::Close)),
            (1705, "18th century", Some(Verdict::Close)),
            (1705, "the 1700s", Some(Verdict::Close)),
            (1700, "17th century", Some(Verdict::Close)),
            (1700, "18th century", Some(Verdict::Wrong)),
            (1610, "16th century", Some(Verdict::Wrong)),
            (1610, "1610", None),
            (1610, "17th", None),
            (-44, "1st century", Some(Verdict::Wrong)),
        ];
        for (year, given, want) in years {
            let got = century_for_year(*year, given).map(|g| g.verdict);
            assert_eq!(got, *want, "{given} for {year}");
        }
        assert!(
            grade("the second empire", "2nd").is_none(),
            "words around it"
        );
    }
}
