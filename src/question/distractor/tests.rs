use super::*;
use crate::card::compile;
use crate::deck::parse;
use crate::grade::{grade_typed, Verdict};
use rand::rngs::StdRng;
use rand::SeedableRng;

const FACTS: &[&str] = &[
    "The treaty had 12 founding members.",
    "It was signed on April 4, 1949.",
    "They met in May 2017.",
    "The summit was held on July 11-12, 2018.",
    "NATO was founded in 1949.",
    "Almost 16,000 troops serve.",
    "Spending rose by 4.8 percent.",
    "It amounted to nearly $14 billion.",
    "NATO has kept the peace for nearly seven decades.",
    "Eight Allies met the target.",
    "Everest rises 8,849 metres.",
    "Mars is the fourth planet.",
    "He was the 45th President.",
    "About 1.2 million people live there.",
    "Only 2 percent of the budget went there.",
    "The orbit lasted 108 minutes.",
    "Two astronauts walked there.",
];

fn deck_cards() -> Vec<Card> {
    let body: String = FACTS.iter().map(|f| format!("  - {f}\n")).collect();
    let src = format!("title: T\nfacts:\n{body}");
    compile(&parse(src.as_bytes(), "t").deck.unwrap()).cards
}

#[test]
fn options_are_four_distinct_wrong_and_ordered() {
    let cards = deck_cards();
    for card in &cards {
        for seed in 0..40 {
            let mut rng = StdRng::seed_from_u64(seed);
            let (opts, right) = choices(card, &Pool::of(&cards), &mut rng)
                .unwrap_or_else(|| panic!("no choices for {}", card.text));
            assert_eq!(opts.len(), OPTIONS, "{}", card.text);
            assert_eq!(opts[right], card.answer_text(), "{}", card.text);
            let Answer::Quantity(q) = &card.answer else {
                unreachable!()
            };
            let keys: Vec<f64> = opts.iter().map(|o| option_key(q, o)).collect();
            assert!(
                keys.windows(2).all(|w| w[0] < w[1]),
                "{}: not sorted or not distinct: {opts:?}",
                card.text
            );
            for (k, o) in opts.iter().enumerate().filter(|(k, _)| *k != right) {
                let g = grade_typed(card, o);
                assert_eq!(
                    g.verdict,
                    Verdict::Wrong,
                    "{}: option {k} {o:?} is not wrong in {opts:?}",
                    card.text
                );
                let found = crate::quantity::find(&format!("x {o} x"));
                let kind = found
                    .first()
                    .map(|f| f.kind)
                    .or(crate::quantity::ordinal_word(o).map(|_| Kind::Ordinal));
                if !q.style.num.words {
                    assert_eq!(kind, Some(q.kind), "{}: {o:?} is another kind", card.text);
                }
            }
        }
    }
}

/// The option's value, read back the way a quantity in a sentence is read.
fn option_key(q: &Quantity, option: &str) -> f64 {
    if let Some(n) = crate::quantity::ordinal_word(option) {
        return f64::from(n); // "first" and "second" are options, though never asked.
    }
    if q.style.num.words {
        return crate::grade::read_number(option, false).unwrap().value;
    }
    let found = crate::quantity::find(&format!("in {option} x"));
    let v = found
        .first()
        .unwrap_or_else(|| panic!("{option:?} does not read as a quantity"))
        .value;
    assert_eq!(
        std::mem::discriminant(&v),
        std::mem::discriminant(&q.value),
        "{option}"
    );
    sort_key(&v)
}

#[test]
fn never_absurd() {
    let cards = deck_cards();
    for card in &cards {
        for seed in 0..40 {
            let (opts, _) =
                choices(card, &Pool::of(&cards), &mut StdRng::seed_from_u64(seed)).unwrap();
            for o in &opts {
                assert!(
                    !o.starts_with('-')
                        && !o.starts_with("0 ")
                        && o != "0"
                        && !o.starts_with("0%")
                        && !o.contains("0 percent")
                        || o.contains('.'),
                    "{o}"
                );
            }
        }
    }
}

#[test]
fn the_answer_takes_every_rank_about_equally() {
    let cards = deck_cards();
    let mut counts = [0usize; OPTIONS];
    for card in &cards {
        for seed in 0..100 {
            let (_, right) =
                choices(card, &Pool::of(&cards), &mut StdRng::seed_from_u64(seed)).unwrap();
            counts[right] += 1;
        }
    }
    let total: usize = counts.iter().sum();
    for c in counts {
        let share = c as f64 / total as f64;
        assert!((0.18..=0.32).contains(&share), "rank shares {counts:?}");
    }
}

#[test]
fn same_seed_same_options() {
    let cards = deck_cards();
    for card in &cards {
        let a = choices(card, &Pool::of(&cards), &mut StdRng::seed_from_u64(7));
        let b = choices(card, &Pool::of(&cards), &mut StdRng::seed_from_u64(7));
        assert_eq!(a, b);
    }
}

#[test]
fn deck_values_are_preferred() {
    let src = "title: T\nfacts:\n  - A had 12 members.\n  - B had 29 members.\n  - C had 17 members.\n  - D had 9 members.\n";
    let cards = compile(&parse(src.as_bytes(), "t").deck.unwrap()).cards;
    let mut total = 0;
    for seed in 0..20 {
        let (opts, _) = choices(
            &cards[0],
            &Pool::of(&cards),
            &mut StdRng::seed_from_u64(seed),
        )
        .unwrap();
        let from_deck = opts
            .iter()
            .filter(|o| ["29", "17", "9"].contains(&o.as_str()))
            .count();
        assert!(from_deck >= 1, "{opts:?}");
        total += from_deck;
    }
    assert!(
        total >= 30,
        "deck values used {total} times in 20 questions"
    );
}

#[test]
fn text_choices_come_from_other_answers() {
    let src = "title: T\nfacts:\n  - question: Capital of France?\n    answer: Paris\n  - question: Capital of Italy?\n    answer: Rome\n  - question: Capital of Norway?\n    answer: Oslo\n  - question: Capital of Spain?\n    answer: Madrid\n";
    let cards = compile(&parse(src.as_bytes(), "t").deck.unwrap()).cards;
    let (opts, right) =
        choices(&cards[0], &Pool::of(&cards), &mut StdRng::seed_from_u64(3)).unwrap();
    assert_eq!(opts[right], "Paris");
    let mut sorted = opts.clone();
    sorted.sort();
    assert_eq!(sorted, ["Madrid", "Oslo", "Paris", "Rome"]);
    assert!(
        choices(
            &cards[0],
            &Pool::of(&cards[..2]),
            &mut StdRng::seed_from_u64(3)
        )
        .is_none(),
        "too few answers for a choice"
    );
}

#[test]
fn options_for_an_end_of_a_range_stay_on_their_side() {
    let src = "title: T\nfacts:\n  - Six missions landed between 1969 and 1972.\n  - The Shuttle flew from 1981 to 2011.\n  - NATO was founded in 1949.\n  - ESA was founded in 1975.\n";
    let cards = compile(&parse(src.as_bytes(), "t").deck.unwrap()).cards;
    let pool = Pool::of(&cards);
    let ends = [
        ("1969", "1972", true),
        ("1972", "1969", false),
        ("1981", "2011", true),
        ("2011", "1981", false),
    ];
    for (answer, other, is_start) in ends {
        let card = cards.iter().find(|c| c.answer_text() == answer).unwrap();
        let other: f64 = other.parse().unwrap();
        let mut asked = 0;
        for seed in 0..30 {
            let mut rng = StdRng::seed_from_u64(seed);
            let Some((opts, _)) = choices(card, &pool, &mut rng) else {
                continue;
            };
            asked += 1;
            for o in opts {
                let v: f64 = o.parse().unwrap();
                assert!(
                    if is_start { v < other } else { v > other },
                    "{answer}: option {o} is on the wrong side of {other}"
                );
            }
        }
        assert!(asked > 0, "{answer} still gets choices");
    }
}

#[test]
fn no_option_is_another_figure_of_the_same_sentence() {
    // Issue 10: "Italy in what year?" beside "Uruguay in 1930" offered 1930.
    let src = "title: T\nfacts:\n  - Uruguay won in 1930 and Italy in 1934.\n  - France won in 1998.\n  - Brazil won in 1958.\n  - England won in 1966.\n  - Germany won in 1954.\n";
    let cards = compile(&parse(src.as_bytes(), "t").deck.unwrap()).cards;
    let pool = Pool::of(&cards);
    let italy = cards.iter().find(|c| c.answer_text() == "1934").unwrap();
    for seed in 0..30 {
        let mut rng = StdRng::seed_from_u64(seed);
        if let Some((opts, _)) = choices(italy, &pool, &mut rng) {
            assert!(!opts.contains(&"1930".to_string()), "seed {seed}: {opts:?}");
        }
    }
}
