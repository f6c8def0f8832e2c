//! Timelines of a deck too large to shuffle whole: partners are drawn from the ordered pool.

use super::*;
use crate::card::compile;
use crate::deck::parse;
use crate::question::InMemory;
use rand::rngs::StdRng;
use rand::SeedableRng;

/// 400 libraries opened one a year from 1700 (past the limit of 256 that are shuffled).
fn libraries() -> Vec<Card> {
    let body: String = (0..400)
        .map(|k| {
            format!(
                "  - The town of Place{k} opened its library in {}.\n",
                1700 + (k * 7) % 400
            )
        })
        .collect();
    compile(
        &parse(format!("title: T\nfacts:\n{body}").as_bytes(), "t")
            .deck
            .unwrap(),
    )
    .cards
}

/// The years shown in a timeline's answer ("B (1712) before A (1801)").
fn years(q: &Question) -> Vec<i32> {
    q.answer
        .split(['(', ')'])
        .skip(1)
        .step_by(2)
        .map(|y| y.parse().unwrap())
        .collect()
}

#[test]
fn drawn_partners_are_far_from_the_card_first_and_replay_by_seed() {
    let cards = libraries();
    let mut source = InMemory::new(cards.clone());
    for card in cards.iter().step_by(41) {
        let Answer::Quantity(q) = &card.answer else {
            unreachable!()
        };
        let own = q.value.number().unwrap() as i32;
        for (level, gap) in [(0u8, 20), (1, 5)] {
            for seed in 0..10 {
                let mut rng = StdRng::seed_from_u64(seed);
                let t = ask(card, &mut source, level, &mut rng).expect("a timeline");
                let again = ask(card, &mut source, level, &mut StdRng::seed_from_u64(seed));
                assert_eq!(Some(&t), again.as_ref(), "same seed, same timeline");
                let ys = years(&t);
                assert!(ys.contains(&own), "{}", t.answer);
                assert!(
                    ys.windows(2).all(|w| w[0] < w[1]),
                    "distinct years, in order"
                );
                // 400 years of libraries leave plenty at least `gap` years away.
                assert!(
                    ys.iter().all(|y| *y == own || (y - own).abs() >= gap),
                    "level {level}: {} for {own}",
                    t.answer
                );
            }
        }
    }
}
