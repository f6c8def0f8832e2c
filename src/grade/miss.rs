//! One line on how far off a near miss was, in the answer's own terms: "one year too
//! early", "right year, wrong month", "you said 4.5 percent; it was 4.8 percent".

use crate::quantity::{render, Date, Quantity};

fn plural(n: i64, word: &str) -> String {
    match n {
        1 => format!("one {word}"),
        n => format!("{n} {word}s"),
    }
}

/// How a given year stands to the answer's.
pub fn years(answer: i32, given: i32) -> Option<String> {
    // "12" for 2018 is most likely a shortened year, not a guess 2006 years out.
    if (0..100).contains(&given) && answer >= 1000 {
        return Some(format!(
            "years are written in full: {given} is read as the year {given}"
        ));
    }
    let d = i64::from(given) - i64::from(answer);
    match d {
        0 => None,
        d if d < 0 => Some(format!("{} too early", plural(-d, "year"))),
        d => Some(format!("{} too late", plural(d, "year"))),
    }
}

/// How a given date stands to the answer's.
pub fn dates(answer: &Date, given: &Date) -> Option<String> {
    match (answer.year, given.year) {
        (Some(a), Some(g)) if a != g => {
            let same_day = answer.month == given.month && answer.day == given.day;
            let off = years(a, g)?;
            // Only a date with a day has a "right day"; "July 2012" for "July 2018" has the
            // right month.
            Some(match (same_day, answer.day) {
                (true, Some(_)) => format!("right day, {off}"),
                (true, None) => format!("right month, {off}"),
                _ => off,
            })
        }
        (Some(_), None) if answer.month == given.month && answer.day == given.day => {
            Some(match answer.day {
                Some(_) => "right day; the year is missing".into(),
                None => "right month; the year is missing".into(),
            })
        }
        _ if answer.month != given.month => Some("right year, wrong month".into()),
        _ => match (answer.day, given.day) {
            (Some(a), Some(g)) if a != g => Some(format!(
                "right month, {} off",
                plural((i64::from(g) - i64::from(a)).abs(), "day")
            )),
            _ => None,
        },
    }
}

/// A number given for a quantity, set beside the answer in the same written form.
pub fn number(q: &Quantity, given: f64) -> Option<String> {
    let answer = q.value.number()?;
    if (given - answer).abs() <= 1e-9 * answer.abs().max(1.0) {
        return None;
    }
    let said = render(q, &q.value.with_number(given));
    let share = (given - answer).abs() / answer.abs().max(f64::MIN_POSITIVE) * 100.0;
    let side = if given < answer {
        "too low"
    } else {
        "too high"
    };
    let how = if share < 1000.0 {
        format!(" ({share:.0}% {side})")
    } else {
        format!(" ({side})")
    };
    Some(format!("you said {said}; it was {}{how}", q.text))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::quantity::find;

    #[test]
    fn says_how_far_off() {
        assert_eq!(years(1949, 1948).as_deref(), Some("one year too early"));
        assert_eq!(years(1949, 1952).as_deref(), Some("3 years too late"));
        assert_eq!(years(1949, 1949), None);
        assert_eq!(
            years(2018, 12).as_deref(),
            Some("years are written in full: 12 is read as the year 12")
        );
        assert_eq!(years(33, 30).as_deref(), Some("3 years too early"));
        let d = |y: i32, m: u8, day: u8| Date {
            year: Some(y),
            month: m,
            day: Some(day),
            end_day: None,
        };
        assert_eq!(
            dates(&d(1949, 4, 4), &d(1949, 5, 4)).as_deref(),
            Some("right year, wrong month")
        );
        assert_eq!(
            dates(&d(1949, 4, 4), &d(1949, 4, 6)).as_deref(),
            Some("right month, 2 days off")
        );
        assert_eq!(
            dates(&d(1949, 4, 4), &d(1950, 4, 4)).as_deref(),
            Some("right day, one year too late")
        );
        assert_eq!(
            dates(&d(1949, 4, 4), &d(1945, 7, 1)).as_deref(),
            Some("4 years too early")
        );
        let month = |y, m| Date {
            day: None,
            ..d(y, m, 1)
        };
        assert_eq!(
            dates(&month(2018, 7), &month(2012, 7)).as_deref(),
            Some("right month, 6 years too early")
        );
        let q = &find("It rose 4.8 percent.")[0];
        assert_eq!(
            number(q, 4.5).as_deref(),
            Some("you said 4.5 percent; it was 4.8 percent (6% too low)")
        );
        let q = &find("It cost $14 billion.")[0];
        assert_eq!(
            number(q, 13e9).as_deref(),
            Some("you said $13 billion; it was $14 billion (7% too low)")
        );
    }
}
