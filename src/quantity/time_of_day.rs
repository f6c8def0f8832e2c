//! Times of day in prose ("hit an iceberg at around 23:40", "landed at 20:17 UTC", "at
//! 11:45 p.m."): what `Kind::Time` reads, and how its values are written. Teachers ask
//! them (issue 10, round 18 recall: the Titanic's 23:40, 02:20 and 09:15 were missed).
//! The value is minutes after midnight; a race time ("finished in 12:37") is no time of day.

use super::token::{TokKind, Token};
use super::{Kind, NumStyle, Quantity, Style, Value};

/// Words right before a figure that make it a time of day.
const BEFORE: &[&str] = &[
    "at", "around", "by", "until", "till", "before", "after", "about",
];

/// Words right after a figure that make it a time of day.
const ZONES: &[&str] = &["utc", "gmt"];

/// A time of day at token `i` and the index after it.
pub(super) fn at(src: &str, toks: &[Token], i: usize) -> Option<(Box<Quantity>, usize)> {
    let hour_tok = toks.get(i).filter(|t| t.kind == TokKind::Num)?;
    let glued = |k: usize| toks.get(k).is_some_and(|t| t.start == toks[k - 1].end);
    let two_digits = |k: usize| {
        toks.get(k)
            .is_some_and(|t| t.kind == TokKind::Num && t.text.len() == 2)
    };
    let colon = |k: usize| toks.get(k).is_some_and(|t| t.is_sym(':')) && glued(k) && glued(k + 1);
    if !(colon(i + 1) && two_digits(i + 2)) || hour_tok.text.len() > 2 {
        return None;
    }
    let hour: u32 = hour_tok.text.parse().ok()?;
    let minute: u32 = toks[i + 2].text.parse().ok()?;
    let mut end = i + 3;
    // "13:32:00": seconds are read and dropped; the question asks the minute.
    if colon(end) && two_digits(end + 1) {
        end += 2;
    }
    if hour > 24 || minute >= 60 {
        return None;
    }
    let word = |k: usize| toks.get(k).map(Token::lower).unwrap_or_default();
    let (half, after_half) = match word(end).as_str() {
        "am" | "a.m" => (Some(false), end + 1),
        "pm" | "p.m" => (Some(true), end + 1),
        _ => (None, end),
    };
    // The closing dot of "a.m." belongs to it unless it ends the sentence.
    let after_half = match half {
        Some(_) if toks.get(after_half).is_some_and(|t| t.is_sym('.')) => after_half + 1,
        _ => after_half,
    };
    let zone = ZONES.contains(&word(after_half).as_str());
    let said = i > 0 && BEFORE.contains(&toks[i - 1].lower().as_str());
    if !(said || zone || half.is_some()) {
        return None;
    }
    let minutes = match half {
        Some(pm) if (1..=12).contains(&hour) => (hour % 12 + if pm { 12 } else { 0 }) * 60 + minute,
        Some(_) => return None,
        None => (hour % 24) * 60 + minute,
    };
    let last = if zone { after_half + 1 } else { after_half };
    let span = hour_tok.start..toks[last - 1].end;
    let style = Style {
        prefix: String::new(),
        // A 12-hour time keeps its "a.m."/"p.m." ("words"); a 24-hour one its leading zero.
        num: NumStyle {
            words: half.is_some(),
            grouped: hour_tok.text.len() == 2,
            ..NumStyle::default()
        },
        suffix: src[toks[i + 2].end..span.end]
            .trim_start_matches(|c: char| c == ':' || c.is_ascii_digit())
            .to_string(),
        date: None,
        parts: None,
    };
    let q = Quantity {
        text: src[span.clone()].to_string(),
        span,
        kind: Kind::Time,
        value: Value::Number(f64::from(minutes)),
        noun: None,
        style,
        range: None,
    };
    Some((Box::new(q), last))
}

/// `minutes` after midnight written as `style` was: "23:40", "02:20 UTC", "11:45 p.m.".
pub(super) fn render(minutes: f64, style: &Style) -> String {
    let total = minutes.round().rem_euclid(1440.0) as u32;
    let (hour, minute) = (total / 60, total % 60);
    if style.num.words {
        // The suffix holds " p.m." or " a.m." and what follows; the half is the value's.
        let half = if hour >= 12 { "p.m." } else { "a.m." };
        let rest = style
            .suffix
            .trim_start()
            .trim_start_matches(['a', 'p', 'A', 'P'])
            .trim_start_matches(['.', 'm', 'M'])
            .trim_start_matches('.');
        let twelve = if hour % 12 == 0 { 12 } else { hour % 12 };
        return format!("{twelve}:{minute:02} {half}{rest}");
    }
    let hour = if style.num.grouped {
        format!("{hour:02}")
    } else {
        hour.to_string()
    };
    format!("{hour}:{minute:02}{}", style.suffix)
}

#[cfg(test)]
mod tests {
    use super::super::find;

    #[test]
    fn times_of_day_are_found_where_the_sentence_says_so() {
        let cases: &[(&str, Option<(&str, f64)>)] = &[
            (
                "hit an iceberg at around 23:40 (ship's time)",
                Some(("23:40", 1420.0)),
            ),
            (
                "landed on July 20, 1969, at 20:17 UTC.",
                Some(("20:17 UTC", 1217.0)),
            ),
            ("at 02:20 (05:18 GMT) on 15 April", Some(("02:20", 140.0))),
            ("by 09:15 on 15 April", Some(("09:15", 555.0))),
            (
                "She left at 11:45 p.m. that night.",
                Some(("11:45 p.m.", 1425.0)),
            ),
            ("launched 13:32:00 UTC", Some(("13:32:00 UTC", 812.0))),
            // A race time and a score are no times of day.
            ("He finished in 12:37 flat.", None),
            ("The vote went 10:12 against.", None),
            ("at 25:10 the clock broke", None),
        ];
        super::super::check_found(super::Kind::Time, cases);
    }

    #[test]
    fn times_are_written_as_the_answer_was() {
        let written = |text: &str, minutes: f64| {
            let q = find(text).into_iter().next().unwrap();
            super::render(minutes, &q.style)
        };
        assert_eq!(written("at 23:40", 1380.0), "23:00");
        assert_eq!(written("at 02:20", 100.0), "01:40");
        assert_eq!(written("at 20:17 UTC", 1237.0), "20:37 UTC");
        assert_eq!(written("at 9:15", 600.0), "10:00");
        assert_eq!(written("at 11:45 p.m. sharp", 1305.0), "9:45 p.m.");
        assert_eq!(written("at 11:45 p.m. sharp", 45.0), "12:45 a.m.");
    }
}
