//! Estimation, for large counts, money and percentages: more or less than a plausible wrong
//! figure, or a typed estimate graded by how far off it is.

use super::{choices, cloze, natural, Expect, Format, Pool, Question};
use crate::card::{Answer, Card};
use crate::grade::read_number;
use crate::quantity::{Kind, Quantity};
use rand::Rng;

/// A typed estimate within this relative error is correct.
pub const ESTIMATE_CORRECT: f64 = 0.10;
/// Within this relative error, close.
pub const ESTIMATE_CLOSE: f64 = 0.25;

/// Whether a quantity is one people estimate: counts of a thousand or more, money, percentages.
pub fn estimable(q: &Quantity) -> bool {
    match q.kind {
        Kind::Count => q.value.number().is_some_and(|n| n >= 1000.0),
        Kind::Money | Kind::Percent => true,
        _ => false,
    }
}

/// An estimation question, or `None` for cards that are not estimated.
pub fn ask(card: &Card, deck: &Pool, rng: &mut impl Rng) -> Option<Question> {
    let Answer::Quantity(q) = &card.answer else {
        return None;
    };
    if card.is_question || !estimable(q) {
        return None;
    }
    let prompt = natural(card).unwrap_or_else(|| cloze(card));
    let base = Question {
        card: card.id.clone(),
        kind: card.kind(),
        format: Format::Estimate,
        prompt,
        cue: "Your best estimate?".into(),
        choices: Vec::new(),
        expect: Expect::Estimate,
        topic: card.topic.clone(),
        altered: None,
        answer: q.text.clone(),
        shows: Vec::new(),
        dates: Vec::new(),
    };
    if rng.random_bool(0.5) {
        return Some(base);
    }
    // More or less than a wrong option that is clearly on one side.
    let (options, right) = choices(card, deck, rng)?;
    let answer = q.value.number()?;
    let pivots: Vec<(String, f64)> = options
        .iter()
        .enumerate()
        .filter(|(k, _)| *k != right)
        .filter_map(|(_, o)| Some((o.clone(), read_number(o, false)?.value)))
        .collect();
    let (shown, value) = pivots
        .get(rng.random_range(0..pivots.len().max(1)))?
        .clone();
    let more = answer > value;
    Some(Question {
        cue: format!("More or less than {shown}?"),
        choices: vec!["more".into(), "less".into()],
        expect: Expect::Option(usize::from(!more)),
        answer: if more { "more".into() } else { "less".into() },
        ..base
    })
}
