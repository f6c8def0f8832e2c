//! How many times as large: "2½ times the size of the 707", "two-and-a-half times the mass
//! of all the other planets", "twice the speed of sound", "30 times the price". What
//! `Kind::Multiple` reads and how its values are written (issue 10, round 19 recall: three
//! of them were missed, and "2½" was asked as a bare "2").

use super::token::{TokKind, Token};
use super::words::{small_number, small_number_words};
use super::{Kind, NumStyle, Quantity, Style, Value};

/// Words after "times" (or "twice") that make it a multiple of something, not a count of
/// occasions ("won it 11 times").
pub(crate) const OF: &[&str] = &[
    "the", "as", "that", "its", "their", "his", "her", "this", "those", "more", "larger", "bigger",
    "heavier", "faster", "higher", "longer", "greater", "smaller",
];

/// The multiples offered as options, smallest first.
pub(crate) const LADDER: &[f64] = &[
    1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 6.0, 8.0, 10.0, 12.0, 15.0, 20.0, 25.0, 30.0, 40.0, 50.0, 75.0,
    100.0,
];

/// How the half of a multiple is written, kept in the style's prefix (the span of a multiple
/// has no text before its number): "½" glued, "-" in hyphenated words, " " in spaced words.
fn half_mark(style: &Style) -> &str {
    style.prefix.as_str()
}

/// A multiple at token `i` and the index after it.
pub(super) fn at(src: &str, toks: &[Token], i: usize) -> Option<(Box<Quantity>, usize)> {
    let first = toks.get(i)?;
    let word = |k: usize| toks.get(k).map(Token::lower).unwrap_or_default();
    let (value, words, mark, times_at) = match first.kind {
        TokKind::Word if matches!(first.lower().as_str(), "twice" | "thrice") => {
            let v = if first.lower() == "twice" { 2.0 } else { 3.0 };
            (v, true, String::new(), None)
        }
        TokKind::Word => {
            let lower = first.lower();
            if let Some(whole) = lower.strip_suffix("-and-a-half") {
                (
                    f64::from(small_number(whole)?) + 0.5,
                    true,
                    "-".into(),
                    Some(i + 1),
                )
            } else if word(i + 1) == "and" && word(i + 2) == "a" && word(i + 3) == "half" {
                (
                    f64::from(small_number(&lower)?) + 0.5,
                    true,
                    " ".into(),
                    Some(i + 4),
                )
            } else {
                (
                    f64::from(small_number(&lower)?),
                    true,
                    String::new(),
                    Some(i + 1),
                )
            }
        }
        TokKind::Num => {
            let whole: f64 = first.text.replace(',', "").parse().ok()?;
            let half = toks
                .get(i + 1)
                .is_some_and(|t| t.text == "½" && t.start == first.end);
            let v = if half { whole + 0.5 } else { whole };
            let mark = if half { "½" } else { "" };
            (v, false, mark.into(), Some(i + 1 + usize::from(half)))
        }
        TokKind::Sym => return None,
    };
    // "twice the speed": the word is the whole multiple; else "times" must follow.
    let end = match times_at {
        Some(k) if word(k) == "times" => k + 1,
        Some(_) => return None,
        None => i + 1,
    };
    if !OF.contains(&word(end).as_str()) || value < 1.5 {
        return None;
    }
    let span = first.start..toks[end - 1].end;
    let style = Style {
        prefix: mark,
        num: NumStyle {
            words,
            capitalized: first.is_capitalized(),
            ..NumStyle::default()
        },
        suffix: " times".into(),
        date: None,
        parts: None,
    };
    let q = Quantity {
        text: src[span.clone()].to_string(),
        span,
        kind: Kind::Multiple,
        value: Value::Number(value),
        noun: None,
        style,
        range: None,
    };
    Some((Box::new(q), end))
}

/// `value` written as the multiple `style` was: "3½ times", "three-and-a-half times",
/// "twice" for two in words, "40 times".
pub(super) fn render(value: f64, style: &Style) -> String {
    let whole = value.trunc();
    let half = (value - whole - 0.5).abs() < 1e-9;
    let text = if style.num.words {
        let n = whole as u32;
        let count = small_number_words(n).unwrap_or_else(|| n.to_string());
        match (n, half, half_mark(style)) {
            (2, false, _) => "twice".to_string(),
            (_, true, "-") => format!("{count}-and-a-half times"),
            (_, true, _) => format!("{count} and a half times"),
            _ => format!("{count} times"),
        }
    } else if half && half_mark(style) == "½" {
        format!("{whole}½ times")
    } else {
        format!("{} times", super::format_number(value, &style.num))
    };
    super::render::capitalize_if(text, style.num.capitalized)
}

#[cfg(test)]
mod tests {
    use super::super::find;

    #[test]
    fn multiples_are_found_before_what_they_multiply() {
        let cases: &[(&str, Option<(&str, f64)>)] = &[
            (
                "Pan Am wanted a jet 2½ times the size of the 707.",
                Some(("2½ times", 2.5)),
            ),
            (
                "a mass two-and-a-half times the mass of the rest",
                Some(("two-and-a-half times", 2.5)),
            ),
            (
                "a mass two and a half times that of the rest",
                Some(("two and a half times", 2.5)),
            ),
            ("more than twice the speed of sound", Some(("twice", 2.0))),
            (
                "over 30 times the price of the cheapest fare",
                Some(("30 times", 30.0)),
            ),
            ("three times as large as Earth", Some(("three times", 3.0))),
            // Counts of occasions, not multiples.
            ("He won it 11 times.", None),
            ("She flew twice a week.", None),
        ];
        super::super::check_found(super::Kind::Multiple, cases);
    }

    #[test]
    fn multiples_are_written_as_the_answer_was() {
        let written = |text: &str, value: f64| {
            let q = find(text).into_iter().next().unwrap();
            super::render(value, &q.style)
        };
        assert_eq!(written("a jet 2½ times the size", 3.5), "3½ times");
        assert_eq!(written("a jet 2½ times the size", 4.0), "4 times");
        assert_eq!(
            written("two-and-a-half times the mass", 1.5),
            "one-and-a-half times"
        );
        assert_eq!(written("two-and-a-half times the mass", 2.0), "twice");
        assert_eq!(written("twice the speed", 3.0), "three times");
        assert_eq!(written("twice the speed", 2.5), "two and a half times");
        assert_eq!(written("30 times the price", 40.0), "40 times");
    }
}
