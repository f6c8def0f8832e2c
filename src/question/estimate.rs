//! Estimation, for large counts, money and percentages: more or less than a plausible wrong
//! figure, or a typed estimate graded by how far off it is.

use super::{choices, cloze, natural, Expect, Format, Pool, Question};
use crate::card::{Answer, Card};
use crate::grade::read_number;
use crate::quantity::Quantity;
use rand::Rng;

/// A typed estimate within this relative error is correct.
pub const ESTIMATE_CORRECT: f64 = 0.10;
/// Within this relative error, close.
pub const ESTIMATE_CLOSE: f64 = 0.25;

/// Whether a quantity is one people estimate: counts of a thousand or more, money, percentages.
pub fn estimable(q: &Quantity) -> bool {
    let Some(n) = q.value.number() else {
        return false;
    };
    // An estimate is right within 10 %: a band tighter than the figure's own rounding ("2
    // percent", right only from 1.8 to 2.2) asks for more than the fact says (rubric C).
    let band_fits = ESTIMATE_CORRECT * n.abs() >= q.style.num.step() - 1e-9;
    q.kind
        .rules()
        .estimated_from
        .is_some_and(|from| n.abs() >= from)
        && band_fits
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn estimated_where_the_band_fits_the_figure() {
        // (sentence, estimable): the kind table's floor, and a 10 % band no tighter than
        // the figure's own rounding.
        let cases = [
            ("Almost 16,000 troops serve.", true),
            ("It cost $14 billion.", true),
            ("Spending rose by 4.8 percent.", true),
            ("Allies reach the 2 percent benchmark.", false),
            ("The treaty had 12 founding members.", false),
            ("It is 384,400 km away.", false),
        ];
        for (text, want) in cases {
            let q = crate::quantity::find(text).remove(0);
            assert_eq!(estimable(&q), want, "{text}");
        }
    }
}
