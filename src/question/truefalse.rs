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
    let coin = rng.random_bool(0.5);
    // "won all three games", "her two sister ships": a swap to one of a plural noun reads
    // "won all one games" (issue 10), so one is never swapped in.
    let plural = matches!(&card.answer, Answer::Quantity(q) if q.noun.as_deref().is_some_and(|n| n.ends_with('s')));
    let reads_one = |o: &str| plural && matches!(o.to_lowercase().as_str(), "1" | "one");
    let wrong: Vec<&String> = options
        .iter()
        .enumerate()
        .filter(|(k, o)| *k != right && !reads_one(o))
        .map(|(_, o)| o)
        .collect();
    if wrong.is_empty() {
        return None;
    }
    // Only a fact's first card may state it unchanged: every sibling's true statement would
    // be the same sentence again (rubric C: an exact repeat). A sibling that drew "true"
    // swaps a value picked by its number, so that the draws of a seed stay as they were.
    let sibling = card_number(card).filter(|&n| n > 1);
    let truth = coin && sibling.is_none();
    let altered = match (truth, coin, sibling) {
        (true, _, _) => None,
        (false, true, Some(n)) => Some(wrong[n % wrong.len()].clone()),
        _ => Some(wrong[rng.random_range(0..wrong.len())].clone()),
    };
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
        dates: Vec::new(),
    })
}

/// A card's number within its fact (`DECK:FACT:N`).
fn card_number(card: &Card) -> Option<usize> {
    card.id.0.rsplit_once(':').and_then(|(_, n)| n.parse().ok())
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::card::compile;
    use crate::deck::parse;
    use rand::rngs::StdRng;
    use rand::SeedableRng;

    /// Rubric C, an exact repeat: two cards of one fact must not both state it unchanged.
    #[test]
    fn only_a_facts_first_card_states_it_unchanged() {
        let src = "title: T\nfacts:\n  - The Shuttle flew 135 missions between 1981 and 2011.\n  - Apollo flew 11 crewed missions between 1968 and 1972.\n  - Mir hosted 104 people between 1986 and 2001.\n  - Skylab was crewed 3 times between 1973 and 1974.\n";
        let cards = compile(&parse(src.as_bytes(), "t").deck.unwrap()).cards;
        let pool = Pool::of(&cards);
        let (mut first_true, mut sibling_true) = (0, 0);
        for seed in 0..60 {
            for card in &cards {
                let Some(q) = ask(card, &pool, &mut StdRng::seed_from_u64(seed)) else {
                    continue;
                };
                let unchanged = q.prompt == card.text;
                assert_eq!(unchanged, q.altered.is_none(), "{}", q.prompt);
                match card_number(card) {
                    Some(1) => first_true += usize::from(unchanged),
                    _ => sibling_true += usize::from(unchanged),
                }
            }
        }
        assert!(first_true > 0, "a first card is sometimes true");
        assert_eq!(sibling_true, 0, "a sibling never repeats the fact");
    }
}
