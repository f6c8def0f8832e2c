//! Times of day as answers (second held-out table): "11:45 p.m.", "23:45", "11.45pm",
//! "quarter to twelve at night", "05:18". Compared as minutes after midnight.
//!
//! | typed, against "11:45 p.m."                   | verdict                          |
//! |-----------------------------------------------|----------------------------------|
//! | the same time, 12- or 24-hour, digits or words | correct                          |
//! | the right clock figures, a.m. or p.m. missing  | close ("11:45")                  |
//! | the other half of the day, or another time     | wrong ("11:45 am", "9:30 a.m.")  |

use super::{Graded, Verdict};

/// A time of day: minutes after midnight, or after midnight or noon when the half of the
/// day was not said ("11:45" alone).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Clock {
    minutes: u32,
    /// Whether the half of the day is known (a.m./p.m., a 24-hour time, "at night").
    whole_day: bool,
}

impl Clock {
    /// A time of day the finder read, `minutes` after midnight, with its half of the day.
    pub(crate) fn of_minutes(minutes: f64) -> Clock {
        Clock {
            minutes: minutes.round().rem_euclid(1440.0) as u32,
            whole_day: true,
        }
    }
}

/// Which half of the day words after a time name: `Some(true)` for the afternoon.
fn half_of_day(words: &[String]) -> Option<bool> {
    let said = |ws: &[&str], letter: &str| {
        words.iter().any(|w| ws.contains(&w.as_str()))
            || words.windows(2).any(|p| p[0] == letter && p[1] == "m")
    };
    if said(&["pm", "night", "evening", "afternoon"], "p") {
        Some(true)
    } else if said(&["am", "morning"], "a") {
        Some(false)
    } else {
        None
    }
}

/// The words of `text`, lower case, marks dropped: "11:45 p.m." → ["11", "45", "p", "m"].
fn words(text: &str) -> Vec<String> {
    let lower = text.to_lowercase();
    let mut out: Vec<String> = Vec::new();
    for w in lower.split(|c: char| !c.is_alphanumeric()) {
        // "45pm": the digits and the letters are two words.
        let cut = w.find(|c: char| !c.is_ascii_digit()).unwrap_or(w.len());
        for part in [&w[..cut], &w[cut..]] {
            if !part.is_empty() {
                out.push(part.to_string());
            }
        }
    }
    out
}

/// An hour said in words or digits, 1 to 12 ("twelve", "11").
fn hour_word(w: &str) -> Option<u32> {
    let n = w
        .parse::<u32>()
        .ok()
        .or_else(|| crate::quantity::small_number_loosely(w))?;
    (1..=12).contains(&n).then_some(n)
}

/// Reads a time of day from `text`; `strict` (an expected answer) asks for a clock written
/// as one: with a.m./p.m., or on the 24-hour clock with two digits for the hour.
pub(crate) fn read(text: &str, strict: bool) -> Option<Clock> {
    let ws = words(text);
    let half = half_of_day(&ws);
    let (hour, minute, rest, two_digit_hour) = digits(text, &ws).or_else(|| in_words(&ws))?;
    let known = ws.iter().filter(|w| !rest.contains(w)).count();
    if known > 0 || minute >= 60 || hour > 24 {
        return None;
    }
    let whole_day = half.is_some() || hour == 0 || hour > 12 || two_digit_hour;
    if strict && !whole_day {
        return None;
    }
    let hour = match half {
        Some(pm) if hour <= 12 => hour % 12 + if pm { 12 } else { 0 },
        Some(_) => return None, // "23:45 pm"
        None => hour % 24,
    };
    Some(Clock {
        minutes: hour * 60 + minute,
        whole_day,
    })
}

/// Words a time of day may carry besides its figures.
const AROUND: &[&str] = &[
    "p",
    "m",
    "pm",
    "am",
    "a",
    "at",
    "in",
    "the",
    "night",
    "evening",
    "afternoon",
    "morning",
    "utc",
    "gmt",
    "o",
    "clock",
    "h",
    "hrs",
];

/// "11:45", "11.45", "05:18", "11:45 p.m.": hour, minute, the words allowed around them,
/// and whether the hour has two digits ("05").
fn digits(text: &str, ws: &[String]) -> Option<(u32, u32, Vec<String>, bool)> {
    let t = text.trim();
    let at = t.find([':', '.'])?;
    let (h, m) = (&t[..at], &t[at + 1..]);
    let m: String = m.chars().take_while(char::is_ascii_digit).collect();
    let hour_digits = h.trim();
    if m.len() != 2 || hour_digits.is_empty() || hour_digits.len() > 2 {
        return None;
    }
    let hour = hour_digits.parse().ok()?;
    let minute = m.parse().ok()?;
    let mut rest: Vec<String> = AROUND.iter().map(|w| w.to_string()).collect();
    rest.extend(ws.iter().take(2).cloned());
    Some((
        hour,
        minute,
        rest,
        hour_digits.len() == 2 && hour_digits.starts_with('0'),
    ))
}

/// "quarter to twelve", "half past eleven", "eleven o'clock", "noon", "midnight".
fn in_words(ws: &[String]) -> Option<(u32, u32, Vec<String>, bool)> {
    let mut rest: Vec<String> = AROUND.iter().map(|w| w.to_string()).collect();
    let find = |w: &str| ws.iter().position(|x| x == w);
    if ws.first().map(String::as_str) == Some("noon") {
        rest.push("noon".into());
        return Some((12, 0, rest, true));
    }
    if ws.first().map(String::as_str) == Some("midnight") {
        rest.push("midnight".into());
        return Some((0, 0, rest, true));
    }
    let (minutes, before, at) = match (find("past"), find("to")) {
        (Some(k), _) => (ws.first()?, false, k),
        (None, Some(k)) => (ws.first()?, true, k),
        (None, None) => {
            let hour = hour_word(ws.first()?)?;
            find("clock")?;
            rest.push(ws[0].clone());
            return Some((hour, 0, rest, false));
        }
    };
    let m = match minutes.as_str() {
        "quarter" => 15,
        "half" => 30,
        w => crate::quantity::small_number_loosely(w).filter(|&m| m < 60)?,
    };
    let hour = hour_word(ws.get(at + 1)?)?;
    rest.extend([minutes.clone(), ws[at].clone(), ws[at + 1].clone()]);
    let (hour, minute) = if before {
        ((hour + 11) % 12, 60 - m)
    } else {
        (hour, m)
    };
    // "quarter to one" is 12:45; hour 0 of a 12-hour clock is 12.
    Some((if hour == 0 { 12 } else { hour }, minute, rest, false))
}

/// Grades `given` against the time of day `want`.
pub(crate) fn grade(want: Clock, given: &str) -> Graded {
    let Some(typed) = read(given, false) else {
        return Graded::because(Verdict::Wrong, "no time of day found in the answer");
    };
    if typed.whole_day {
        return Graded::of(if typed.minutes == want.minutes {
            Verdict::Correct
        } else {
            Verdict::Wrong
        });
    }
    if typed.minutes % 720 == want.minutes % 720 {
        return Graded::because(Verdict::Close, "say which half of the day: a.m. or p.m.");
    }
    Graded::of(Verdict::Wrong)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn grades_times_of_day_as_a_teacher_does() {
        let cases: &[(&str, &str, Verdict, &str)] = &[
            ("11:45 p.m.", "11:45 pm", Verdict::Correct, "as written"),
            ("11:45 p.m.", "23:45", Verdict::Correct, "24-hour clock"),
            ("11:45 p.m.", "11.45pm", Verdict::Correct, "a dot, glued"),
            (
                "11:45 p.m.",
                "quarter to twelve at night",
                Verdict::Correct,
                "in words",
            ),
            (
                "11:45 p.m.",
                "11:45",
                Verdict::Close,
                "half of the day missing",
            ),
            ("11:45 p.m.", "11:45 am", Verdict::Wrong, "the other half"),
            ("11:45 p.m.", "9:30 a.m.", Verdict::Wrong, "another time"),
            ("11:45 p.m.", "12:45 pm", Verdict::Wrong, "a changed digit"),
            (
                "05:18",
                "5:18 am",
                Verdict::Correct,
                "two-digit hour is 24-hour",
            ),
            ("05:18", "5:18 pm", Verdict::Wrong, "the other half"),
            ("05:18", "5:18", Verdict::Close, "half of the day missing"),
            (
                "9:30 a.m.",
                "half past nine in the morning",
                Verdict::Correct,
                "words",
            ),
        ];
        for (want, given, verdict, why) in cases {
            let clock = read(want, true).unwrap_or_else(|| panic!("{want} is a time"));
            assert_eq!(
                grade(clock, given).verdict,
                *verdict,
                "{why}: {given} for {want}"
            );
        }
        for not_a_time in ["1:48", "2:01:09", "11.45", "3.5 percent", "8.8"] {
            assert_eq!(read(not_a_time, true), None, "{not_a_time}");
        }
    }
}
