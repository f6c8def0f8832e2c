//! Grading of the other question forms: true/false and more/less words, orders of events,
//! and estimates graded by relative error.

use super::{read_number, Graded, Verdict};
use crate::card::{Answer, Card};
use crate::question::{ESTIMATE_CLOSE, ESTIMATE_CORRECT};

/// The option an answer word names among two-way options ("t", "yes", "higher"...).
pub fn two_way(choices: &[String], given: &str) -> Option<usize> {
    let g = given.trim().to_lowercase();
    let first = [
        "t", "true", "y", "yes", "right", "m", "more", "higher", "over", "above", "greater",
    ];
    let second = [
        "f", "false", "n", "no", "wrong", "l", "less", "lower", "under", "below", "fewer",
        "smaller",
    ];
    let two_way = choices.len() == 2 && matches!(choices[0].as_str(), "true" | "more");
    if !two_way {
        return None;
    }
    if first.contains(&g.as_str()) {
        Some(0)
    } else if second.contains(&g.as_str()) {
        Some(1)
    } else {
        None
    }
}

/// What is wrong with an order given for `expected` ("BDAC") that names letters not in
/// play, names one twice or leaves one out: such an answer is no order at all, so it is asked
/// again rather than graded wrong (issue 12, point 4). `None` for a well-formed order.
pub(crate) fn order_problem(expected: &str, given: &str) -> Option<String> {
    let mut play: Vec<char> = expected.chars().collect();
    play.sort_unstable();
    let letters: Vec<char> = given
        .chars()
        .filter(|c| !c.is_whitespace() && !matches!(c, ',' | ';' | '.' | '/' | '-' | '–' | '>'))
        .map(|c| c.to_ascii_uppercase())
        .collect();
    let mut sorted = letters.clone();
    sorted.sort_unstable();
    if sorted == play {
        return None;
    }
    let (first, last) = (play.first()?, play.last()?);
    let what = if let Some(c) = letters.iter().find(|c| !play.contains(c)) {
        format!("{c} is not one of the letters")
    } else if let Some(c) = play
        .iter()
        .find(|p| letters.iter().filter(|c| c == p).count() > 1)
    {
        format!("{c} is given twice")
    } else if let Some(c) = play.iter().find(|p| !letters.contains(p)) {
        format!("{c} is missing")
    } else {
        "not an order".to_string()
    };
    Some(format!(
        "{what}: give each of {first}–{last} once, earliest first"
    ))
}

/// Grades letters in order ("BDAC"): exact is correct, one swap of neighbours is close.
pub fn grade_order(expected: &str, given: &str) -> Graded {
    let letters: String = given
        .chars()
        .filter(|c| c.is_ascii_alphabetic())
        .map(|c| c.to_ascii_uppercase())
        .collect();
    if letters == expected {
        return Graded {
            verdict: Verdict::Correct,
            reason: None,
        };
    }
    let mut sorted_given: Vec<char> = letters.chars().collect();
    let mut sorted_expected: Vec<char> = expected.chars().collect();
    sorted_given.sort_unstable();
    sorted_expected.sort_unstable();
    if sorted_given != sorted_expected {
        let reason = format!(
            "give each of the {} letters once, earliest first",
            expected.len()
        );
        return Graded {
            verdict: Verdict::Wrong,
            reason: Some(reason),
        };
    }
    let g: Vec<char> = letters.chars().collect();
    let e: Vec<char> = expected.chars().collect();
    let one_swap = (0..e.len().saturating_sub(1)).any(|k| {
        let mut s = g.clone();
        s.swap(k, k + 1);
        s == e
    });
    if one_swap {
        Graded {
            verdict: Verdict::Close,
            reason: Some("two neighbours the wrong way round".into()),
        }
    } else {
        Graded {
            verdict: Verdict::Wrong,
            reason: None,
        }
    }
}

/// Grades a typed estimate by relative error: within 10% correct, within 25% close.
pub fn grade_estimate(card: &Card, given: &str) -> Graded {
    let Answer::Quantity(q) = &card.answer else {
        return super::grade_typed(card, given);
    };
    let (Some(answer), Some(read)) = (q.value.number(), read_number(given, false)) else {
        return Graded {
            verdict: Verdict::Wrong,
            reason: Some("no number found in the answer".into()),
        };
    };
    let scale = q.style.num.scale.as_ref().map_or(1.0, |(f, _)| *f);
    // "14" for "$14 billion" is read in the answer's scale: an estimate is about the figure.
    let value = if read.scaled || scale == 1.0 {
        read.value
    } else {
        read.value * scale
    };
    let error = (value - answer).abs() / answer.abs().max(f64::MIN_POSITIVE);
    let off = format!(
        "{:.0}% {}",
        error * 100.0,
        if value < answer {
            "too low"
        } else {
            "too high"
        }
    );
    match error {
        e if e <= ESTIMATE_CORRECT => Graded {
            verdict: Verdict::Correct,
            reason: (e > 0.0).then_some(off),
        },
        e if e <= ESTIMATE_CLOSE => Graded {
            verdict: Verdict::Close,
            reason: Some(off),
        },
        _ => Graded {
            verdict: Verdict::Wrong,
            reason: Some(off),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn orders() {
        let cases = [
            ("BDAC", "BDAC", Verdict::Correct),
            ("BDAC", "b d a c", Verdict::Correct),
            ("BDAC", "DBAC", Verdict::Close),
            ("BDAC", "BDCA", Verdict::Close),
            ("BDAC", "CADB", Verdict::Wrong),
            ("BDAC", "BDA", Verdict::Wrong),
            ("BDAC", "BBAC", Verdict::Wrong),
        ];
        for (expected, given, want) in cases {
            assert_eq!(grade_order(expected, given).verdict, want, "{given}");
        }
    }

    #[test]
    fn a_malformed_order_is_named() {
        // (expected, given, problem, why)
        let cases = [
            ("BAC", "bac", None, "well formed, whatever the case"),
            ("BAC", "C, A, B", None, "commas and spaces between letters"),
            ("BAC", "B > A > C", None, "arrows between letters"),
            (
                "BAC",
                "CAB",
                None,
                "a wrong order is still an order: graded",
            ),
            (
                "BAC",
                "BAD",
                Some("D is not one of the letters"),
                "not in play",
            ),
            ("BAC", "BAA", Some("A is given twice"), "a repeat"),
            ("BAC", "BA", Some("C is missing"), "a letter left out"),
            ("BAC", "", Some("A is missing"), "nothing"),
            (
                "BAC",
                "1 2 3",
                Some("1 is not one of the letters"),
                "digits",
            ),
        ];
        for (expected, given, want, why) in cases {
            let got = order_problem(expected, given);
            match want {
                None => assert_eq!(got, None, "{why}"),
                Some(w) => assert_eq!(
                    got.as_deref(),
                    Some(format!("{w}: give each of A–C once, earliest first").as_str()),
                    "{why}"
                ),
            }
        }
    }

    #[test]
    fn two_way_words() {
        let tf = vec!["true".to_string(), "false".to_string()];
        let ml = vec!["more".to_string(), "less".to_string()];
        assert_eq!(two_way(&tf, "T"), Some(0));
        assert_eq!(two_way(&tf, "no"), Some(1));
        assert_eq!(two_way(&ml, "higher"), Some(0));
        assert_eq!(two_way(&ml, "fewer"), Some(1));
        assert_eq!(two_way(&ml, "maybe"), None);
        assert_eq!(two_way(&["a".to_string(), "b".to_string()], "t"), None);
    }

    #[test]
    fn estimates_by_relative_error() {
        let src = "title: T\nfacts:\n  - Almost 16,000 troops serve.\n  - It cost $14 billion.\n";
        let cards =
            crate::card::compile(&crate::deck::parse(src.as_bytes(), "t").deck.unwrap()).cards;
        let cases = [
            (0, "16000", Verdict::Correct),
            (0, "15,000", Verdict::Correct),
            (0, "13,000", Verdict::Close),
            (0, "10,000", Verdict::Wrong),
            (1, "14", Verdict::Correct),
            (1, "$11 billion", Verdict::Close),
            (1, "5 billion", Verdict::Wrong),
            (1, "lots", Verdict::Wrong),
        ];
        for (k, given, want) in cases {
            assert_eq!(grade_estimate(&cards[k], given).verdict, want, "{given}");
        }
    }
}
