//! Shares of a whole written as fractions in words ("one third of her capacity", "a quarter
//! of its mass", "one-thousandth of the Sun's"): what `Kind::Fraction` reads, how its
//! values are written, and which shares can stand as options. Teachers ask them (issue 10,
//! round 18 recall: five of 28 misses were fractions in words).

use super::token::{TokKind, Token};
use super::words::{small_number, small_number_words};
use super::{Kind, Quantity, Style, Value};

/// The shares a fraction in words is offered among, smallest first, as (numerator,
/// denominator): common enough that a wrong one reads as a fair guess.
pub(crate) const LADDER: &[(u32, u32)] = &[
    (1, 1000),
    (1, 100),
    (1, 10),
    (1, 8),
    (1, 6),
    (1, 5),
    (1, 4),
    (1, 3),
    (2, 5),
    (1, 2),
    (2, 3),
    (3, 4),
];

/// The word for a denominator, singular and plural.
fn denominator_words(d: u32) -> Option<(&'static str, &'static str)> {
    Some(match d {
        2 => ("half", "halves"),
        3 => ("third", "thirds"),
        4 => ("quarter", "quarters"),
        5 => ("fifth", "fifths"),
        6 => ("sixth", "sixths"),
        8 => ("eighth", "eighths"),
        10 => ("tenth", "tenths"),
        100 => ("hundredth", "hundredths"),
        1000 => ("thousandth", "thousandths"),
        _ => return None,
    })
}

/// The denominator a word names, and whether the word is plural.
fn denominator(word: &str) -> Option<(u32, bool)> {
    [2, 3, 4, 5, 6, 8, 10, 100, 1000].into_iter().find_map(|d| {
        let (one, many) = denominator_words(d)?;
        match word {
            w if w == one => Some((d, false)),
            w if w == many => Some((d, true)),
            _ => None,
        }
    })
}

/// A share of a whole at token `i`: "one third of", "a quarter of", "two-thirds of". Only
/// before "of" and not before "a" or "an" ("a quarter of an hour" is a duration), and no
/// bare "half", which names halves of matches and centuries as often as shares.
pub(super) fn at(src: &str, toks: &[Token], i: usize) -> Option<(Box<Quantity>, usize)> {
    let first = toks.get(i).filter(|t| t.kind == TokKind::Word)?;
    let lower = first.lower();
    // "one-thousandth" is one token; "one - third" three.
    let (lead, glued) = match lower.split_once('-') {
        Some((lead, rest)) => (lead.to_string(), Some(rest.to_string())),
        None => (lower, None),
    };
    let (numerator, article) = match lead.as_str() {
        "a" | "an" => (1, true),
        w => (small_number(w).filter(|n| (1..=9).contains(n))?, false),
    };
    let (denominator_word, hyphen, last) = match glued {
        Some(rest) => (rest, true, i),
        None => {
            let split = toks
                .get(i + 1)
                .is_some_and(|t| t.is_sym('-') && t.start == first.end);
            let k = if split { i + 2 } else { i + 1 };
            let word = toks.get(k).filter(|t| t.kind == TokKind::Word)?;
            (word.lower(), split, k)
        }
    };
    let (d, plural) = denominator(&denominator_word)?;
    if plural != (numerator > 1) || d == 2 && lead != "one" || numerator >= d {
        return None;
    }
    let j = last;
    let of = toks.get(j + 1).is_some_and(|t| t.lower() == "of");
    let whole_follows = toks
        .get(j + 2)
        .is_some_and(|t| !matches!(t.lower().as_str(), "a" | "an"));
    if !of || !whole_follows {
        return None;
    }
    let span = first.start..toks[j].end;
    let style = Style {
        prefix: if article { "a".into() } else { String::new() },
        num: super::NumStyle {
            words: true,
            capitalized: first.is_capitalized(),
            ..Default::default()
        },
        suffix: if hyphen { "-".into() } else { " ".into() },
        date: None,
        parts: None,
    };
    let q = Quantity {
        text: src[span.clone()].to_string(),
        span,
        kind: Kind::Fraction,
        value: Value::Number(f64::from(numerator) / f64::from(d)),
        noun: None,
        style,
        range: None,
    };
    Some((Box::new(q), j + 1))
}

/// `value` written as the share `style` was: "a quarter", "one-third", "two thirds".
pub(super) fn render(value: f64, style: &Style) -> String {
    // Any share of a denominator with a word ("two-fifths"), not only the ladder's.
    let written = [2, 3, 4, 5, 6, 8, 10, 100, 1000].into_iter().find_map(|d| {
        let n = value * f64::from(d);
        let whole = (n - n.round()).abs() < 1e-6 && n.round() >= 1.0 && n.round() < f64::from(d);
        whole.then(|| (n.round() as u32, d))
    });
    let Some(((one, many), (n, d))) =
        written.and_then(|(n, d)| Some((denominator_words(d)?, (n, d))))
    else {
        return format!("{:.0}%", value * 100.0);
    };
    let words = match (n, d) {
        (1, 2) if style.prefix == "a" => "half".to_string(),
        (1, _) if style.prefix == "a" => {
            let article = if one.starts_with('e') { "an" } else { "a" };
            format!("{article} {one}")
        }
        (1, _) => format!("one{}{one}", style.suffix),
        _ => {
            let count = small_number_words(n).unwrap_or_else(|| n.to_string());
            format!("{count}{}{many}", style.suffix)
        }
    };
    super::render::capitalize_if(words, style.num.capitalized)
}

#[cfg(test)]
mod tests {
    use super::super::find;

    #[test]
    fn shares_in_words_are_found_before_of() {
        let cases: &[(&str, Option<(&str, f64)>)] = &[
            (
                "room for one third of her full capacity",
                Some(("one third", 1.0 / 3.0)),
            ),
            ("a third of all blindness", Some(("a third", 1.0 / 3.0))),
            (
                "whose mass is one-thousandth of the Sun's",
                Some(("one-thousandth", 0.001)),
            ),
            ("about a tenth of the molecules", Some(("a tenth", 0.1))),
            ("Two thirds of the voters", Some(("Two thirds", 2.0 / 3.0))),
            ("three-quarters of the land", Some(("three-quarters", 0.75))),
            ("one half of the crew", Some(("one half", 0.5))),
            // Not shares: a duration, an ordinal, a bare half, a fraction with no whole.
            ("a quarter of an hour later", None),
            ("a third monthly drop in a row", None),
            ("under half the time", None),
            ("half of the crew", None),
            ("it fell by a third", None),
            ("one thirds of", None),
        ];
        super::super::check_found(super::Kind::Fraction, cases);
    }

    #[test]
    fn shares_are_written_as_the_answer_was() {
        let written = |text: &str, value: f64| {
            let q = find(text).into_iter().next().unwrap();
            super::render(value, &q.style)
        };
        assert_eq!(written("a third of it", 0.25), "a quarter");
        assert_eq!(written("a third of it", 0.125), "an eighth");
        assert_eq!(written("a third of it", 0.5), "half");
        assert_eq!(written("one third of it", 0.5), "one half");
        assert_eq!(written("one-thousandth of it", 0.01), "one-hundredth");
        assert_eq!(written("One third of it", 2.0 / 3.0), "Two thirds");
        assert_eq!(written("two-thirds of it", 0.75), "three-quarters");
        assert_eq!(written("two-thirds of it", 0.4), "two-fifths");
    }
}
