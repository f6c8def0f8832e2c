//! True or false: the fact as written, or with its quantity swapped for a plausible wrong one.

use super::{choices, Expect, Format, Pool, Question};
use crate::card::{Answer, Card};
use rand::Rng;

/// A true/false question for a card with a quantity, if the deck can supply a wrong value.
pub fn ask(card: &Card, deck: &Pool, rng: &mut impl Rng) -> Option<Question> {
    if card.is_question || !matches!(card.answer, Answer::Quantity(_)) {
        return None;
    }
    let (options, right) = choices(card, deck, rng)?;
    let truth = rng.random_bool(0.5);
    let wrong: Vec<&String> = options
        .iter()
        .enumerate()
        .filter(|(k, _)| *k != right)
        .map(|(_, o)| o)
        .collect();
    let altered = (!truth).then(|| wrong[rng.random_range(0..wrong.len())].clone());
    let statement = match &altered {
        Some(value) => replace_hidden(card, value),
        None => card.text.clone(),
    };
    Some(Question {
        card: card.id.clone(),
        kind: card.kind(),
        format: Format::TrueFalse,
        prompt: statement,
        cue: "True or false?".into(),
        choices: vec!["true".into(), "false".into()],
        expect: Expect::Option(usize::from(!truth)),
        topic: card.topic.clone(),
        altered,
        answer: if truth { "true".into() } else { "false".into() },
        shows: Vec::new(),
    })
}

/// The fact with the answer (everywhere it is written) replaced by `value`.
fn replace_hidden(card: &Card, value: &str) -> String {
    let mut out = String::new();
    let mut at = 0;
    for r in super::hidden(card) {
        if r.start < at {
            continue;
        }
        out.push_str(&card.text[at..r.start]);
        out.push_str(value);
        at = r.end;
    }
    out.push_str(&card.text[at..]);
    out
}
