//! Hints for typed answers: first the magnitude or decade, then the first digit (or letters).

use crate::card::{Answer, Card};
use crate::quantity::{render, Kind, Value};

/// The `level`-th hint (from 0) for a card, or `None` when there are no more.
pub fn hint(card: &Card, level: u8) -> Option<String> {
    match &card.answer {
        Answer::Text { answer, .. } => text_hint(answer, level),
        Answer::Quantity(q) => match (q.value, level) {
            (Value::Year(y), 0) => Some(format!("A year in the {}00s.", y / 100)),
            (Value::Year(y), 1) => Some(format!("A year in the {}0s.", y / 10)),
            (Value::Date(d), 0) => d.year.map(|y| format!("In the {}0s.", y / 10)),
            (Value::Date(d), 1) => d.year.map(|y| format!("In {y}.")),
            (Value::Date(_) | Value::Year(_), _) => None,
            (v, 0) => {
                let n = v.number()?;
                let scale = q.style.num.scale.as_ref().map_or(1.0, |(f, _)| *f);
                let shown = (n / scale).abs();
                if q.kind == Kind::Ordinal || shown < 1.0 {
                    return None;
                }
                let low = 10f64.powi(shown.log10().floor() as i32);
                let (a, b) = (
                    render(q, &v.with_number(low * scale)),
                    render(q, &v.with_number(low * 10.0 * scale)),
                );
                Some(format!("Between {a} and {b}."))
            }
            (v, 1) => {
                let n = v.number()?;
                let scale = q.style.num.scale.as_ref().map_or(1.0, |(f, _)| *f);
                let first = format!("{}", (n / scale).abs())
                    .chars()
                    .find(|c| c.is_ascii_digit() && *c != '0')?;
                Some(format!("It starts with {first}."))
            }
            _ => None,
        },
    }
}

fn text_hint(answer: &str, level: u8) -> Option<String> {
    let letters = answer.chars().filter(|c| c.is_alphanumeric()).count();
    let first = answer.chars().next()?;
    match level {
        0 => Some(format!("{letters} letters, starting with “{first}”.")),
        1 => {
            let half: String = answer
                .chars()
                .take(answer.chars().count().div_ceil(2))
                .collect();
            Some(format!("It starts “{half}…”."))
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::card::compile;
    use crate::deck::parse;

    fn card(fact: &str) -> Card {
        let src = format!("title: T\nfacts:\n  - {fact}\n");
        compile(&parse(src.as_bytes(), "t").deck.unwrap())
            .cards
            .remove(0)
    }

    #[test]
    fn hints_narrow_down_without_giving_away() {
        let cases: &[(&str, [Option<&str>; 3])] = &[
            (
                "NATO was founded in 1949.",
                [
                    Some("A year in the 1900s."),
                    Some("A year in the 1940s."),
                    None,
                ],
            ),
            (
                "It was signed on April 4, 1949.",
                [Some("In the 1940s."), Some("In 1949."), None],
            ),
            (
                "Almost 16,000 troops serve.",
                [
                    Some("Between 10,000 and 100,000."),
                    Some("It starts with 1."),
                    None,
                ],
            ),
            (
                "It cost $14 billion.",
                [
                    Some("Between $10 billion and $100 billion."),
                    Some("It starts with 1."),
                    None,
                ],
            ),
            (
                "It rose 4.8 percent.",
                [
                    Some("Between 1.0 percent and 10.0 percent."),
                    Some("It starts with 4."),
                    None,
                ],
            ),
            (
                "question: Capital of Norway?\n    answer: Oslo",
                [
                    Some("4 letters, starting with “O”."),
                    Some("It starts “Os…”."),
                    None,
                ],
            ),
        ];
        for (fact, want) in cases {
            let c = card(fact);
            for (level, w) in want.iter().enumerate() {
                assert_eq!(hint(&c, level as u8).as_deref(), *w, "{fact} level {level}");
            }
        }
    }
}
