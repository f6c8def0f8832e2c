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
    // A count of three or fewer keeps the smaller counts (`Picks::finish`): its rank is set.
    let small = |c: &Card| matches!(&c.answer, Answer::Quantity(q) if few(q));
    for card in cards.iter().filter(|c| !small(c)) {
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
    let src = "title: T\nfacts:\n  - Six missions landed between {1969} and {1972}.\n  - The Shuttle flew from {1981} to {2011}.\n  - NATO was founded in 1949.\n  - ESA was founded in 1975.\n";
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

/// A deck of `n` facts that each count wells, `count(k)` in the `k`th.
fn wells(n: usize, count: impl Fn(usize) -> usize) -> Vec<Card> {
    let body: String = (0..n)
        .map(|k| {
            format!(
                "  - The district of Place{k} counted {} wells in its survey.\n",
                count(k)
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

/// Options for `card` with deck values all shuffled (`exact`) or drawn.
fn options_by(card: &Card, pool: &Pool, exact: bool, seed: u64) -> Option<(Vec<String>, usize)> {
    let Answer::Quantity(q) = &card.answer else {
        unreachable!()
    };
    let exact_max = if exact { usize::MAX } else { 0 };
    quantity_choices(
        card,
        q,
        pool,
        (exact_max, Shown::One),
        &mut StdRng::seed_from_u64(seed),
    )
}

#[test]
fn drawn_deck_values_are_the_ones_a_full_shuffle_offers() {
    // 300 facts, 97 distinct counts from 150 to 630: every fitting one turns up in 300
    // questions either way, and none that does not fit.
    let cards = wells(300, |k| 150 + (k * 37) % 97 * 5);
    let pool = Pool::of(&cards);
    for card in [&cards[0], &cards[5], &cards[77]] {
        let offered = |exact: bool| {
            let mut all = std::collections::BTreeSet::new();
            for seed in 0..300 {
                let (opts, right) = options_by(card, &pool, exact, seed).unwrap();
                all.extend(opts.into_iter().enumerate().filter(|(k, _)| *k != right));
            }
            all.into_iter()
                .map(|(_, o)| o)
                .collect::<std::collections::BTreeSet<_>>()
        };
        assert_eq!(offered(false), offered(true), "{}", card.text);
    }
}

#[test]
fn drawn_options_keep_the_rules_and_replay_by_seed() {
    let cards = wells(400, |k| 100 + 2 * k);
    let pool = Pool::of(&cards);
    for card in cards.iter().step_by(37) {
        let Answer::Quantity(q) = &card.answer else {
            unreachable!()
        };
        for seed in 0..20 {
            let (opts, right) = options_by(card, &pool, false, seed).unwrap();
            assert_eq!(
                Some((opts.clone(), right)),
                options_by(card, &pool, false, seed)
            );
            assert_eq!(opts[right], card.answer_text());
            let keys: Vec<f64> = opts
                .iter()
                .map(|o| o.replace(',', "").parse().unwrap())
                .collect();
            assert!(keys.windows(2).all(|w| w[0] < w[1]), "{opts:?}");
            let answer = q.value.number().unwrap();
            for (k, o) in opts.iter().enumerate().filter(|(k, _)| *k != right) {
                assert_eq!(grade_typed(card, o).verdict, Verdict::Wrong, "{o}");
                // Every even count from 100 to 898 leaves at least three that fit (rounded
                // like the answer, outside its band) on each side of the answers from 200
                // to 700: the deck's own come first.
                let from_deck = cards.iter().any(|c| c.answer_text() == o.as_str());
                let v = keys[k];
                // Not absurd: a round answer's close band is wide (issue 11), so a made-up
                // option for 100 may be 30.
                assert!(v / answer >= 0.25 && v / answer < 3.0, "{o} for {answer}");
                let middle = (200.0..=700.0).contains(&answer);
                assert!(from_deck || !middle, "{o} for {answer} is made up");
            }
        }
    }
}

#[test]
fn a_value_the_deck_holds_often_is_drawn_as_often_as_a_shuffle_would() {
    // Below the answer 700: 500 written 100 times, and 400, 420, 440, 460 once each. In a
    // shuffle 500 comes before at least two of the four nearly always; drawn by distinct
    // value it would be in only three questions of five.
    let mut counts = vec![700, 400, 420, 440, 460];
    counts.extend([500; 100]);
    counts.extend([900, 950, 1000, 1050]);
    let cards = wells(counts.len(), |k| counts[k]);
    let pool = Pool::of(&cards);
    let with_500 = (0..200)
        .filter(|&seed| {
            let (opts, _) = options_by(&cards[0], &pool, false, seed).unwrap();
            opts.contains(&"500".to_string())
        })
        .count();
    let below = (0..200)
        .filter(|&seed| options_by(&cards[0], &pool, false, seed).unwrap().1 > 0)
        .count();
    // 500 can be shown only when the answer is not the lowest option.
    assert!(with_500 * 100 >= below * 95, "500 in {with_500} of {below}");
}

#[test]
fn nearby_ranges_hold_every_deck_value_that_fits() {
    // The ranges of the ordered pool must leave out nothing a full scan of the deck offers.
    let ranges = "title: T\nfacts:\n  - Six missions landed between 1969 and 1972.\n  - The Shuttle flew from 1981 to 2011.\n  - NATO was founded in 1949.\n  - ESA was founded in 1975.\n  - It ran from May 1990 to June 1995.\n  - They met in March 1993.\n  - It is 2 km long.\n  - It is 900 metres long.\n  - It is 1.5 miles long.\n";
    let decks = [
        deck_cards(),
        wells(300, |k| 150 + (k * 37) % 97 * 5),
        wells(60, |k| {
            [16_000, 12_000, 15_500, 20_000, 9_000, 30_000][k % 6]
        }),
        compile(&parse(ranges.as_bytes(), "t").deck.unwrap()).cards,
    ];
    for cards in &decks {
        let pool = Pool::of(cards);
        let everything = std::iter::once(0..pool.order().len()).collect::<Vec<_>>();
        for card in cards {
            let Answer::Quantity(q) = &card.answer else {
                continue;
            };
            let width = band(q, card.tolerance);
            let other_end =
                range::other_end(&card.text, q).map(|(o, side)| (sort_key(&o.value), side));
            let near = Nearby::of(q, width, rounding_unit(q), other_end, &pool);
            let values = |r: &[std::ops::Range<usize>]| -> Vec<Value> {
                deck_values(q, &pool, r, crate::screen::race_named(&card.text, q))
                    .into_iter()
                    .map(|c| c.value)
                    .collect()
            };
            let all = values(&everything);
            assert_eq!(values(&near.all), all, "{}", card.text);
            let sided = values(&[near.below.clone(), near.above.clone()].concat());
            for v in all {
                let in_range = match other_end {
                    Some((end, std::cmp::Ordering::Greater)) => sort_key(&v) < end,
                    Some((start, _)) => sort_key(&v) > start,
                    None => true,
                };
                if outside(q, &v, width) && sensible(q, &v) && in_range {
                    assert!(sided.contains(&v), "{}: {v:?} left out", card.text);
                }
            }
        }
    }
}

#[test]
fn drawn_options_give_the_answer_every_rank_about_equally() {
    let cards = wells(400, |k| (k * 7919) % 900 + 100);
    let pool = Pool::of(&cards);
    let mut counts = [0usize; OPTIONS];
    for (k, card) in cards.iter().enumerate() {
        let (_, right) = options_by(card, &pool, false, k as u64).unwrap();
        counts[right] += 1;
    }
    for c in counts {
        let share = c as f64 / cards.len() as f64;
        assert!((0.18..=0.32).contains(&share), "rank shares {counts:?}");
    }
}

/// Rubric C, impossible options: "in the _____s" offered 1842 beside 1840 (the 1842s).
#[test]
fn a_decade_is_asked_as_a_decade_with_decades_for_options() {
    let src = "title: T\nfacts:\n  - Blight hit potato crops across Europe in the 1840s.\n  - The famine ended in 1852.\n  - The union was made in 1801.\n";
    let cards = compile(&parse(src.as_bytes(), "t").deck.unwrap()).cards;
    let pool = Pool::of(&cards);
    let decade = &cards[0];
    assert_eq!(crate::question::cue(decade), "In what decade?");
    for seed in 0..20 {
        let (opts, right) = choices(decade, &pool, &mut StdRng::seed_from_u64(seed)).unwrap();
        assert_eq!(opts[right], "1840");
        for o in &opts {
            let y: i32 = o.parse().unwrap();
            assert_eq!(y % 10, 0, "{o} is no decade: {opts:?}");
        }
    }
    assert_ne!(
        crate::question::cue(&cards[1]),
        "In what decade?",
        "a plain year"
    );
}

#[test]
fn a_deck_as_of_a_year_offers_no_later_date() {
    let src = "title: T\nas_of: 2018\nfacts:\n  - The summit met in July 2018.\n  - The treaty was signed in 1949.\n  - Montenegro joined in June 2017.\n  - Allies aim to spend more by {2024}.\n";
    let cards = crate::card::compile(&crate::deck::parse(src.as_bytes(), "t").deck.unwrap()).cards;
    let pool = Pool::of(&cards);
    for seed in 0..20 {
        for card in &cards[..3] {
            let (options, _) = choices(card, &pool, &mut StdRng::seed_from_u64(seed)).unwrap();
            for o in &options {
                let year: i32 = o.rsplit(' ').next().unwrap().parse().unwrap();
                assert!(year <= 2018, "{o} offered for {}", card.text);
            }
        }
        // A deadline after the deck's year keeps later options, and only later ones: what
        // follows the deck's year is no earlier event (round 22: 1900 for "held again").
        let (options, _) = choices(&cards[3], &pool, &mut StdRng::seed_from_u64(seed)).unwrap();
        assert_eq!(options.len(), 4);
        for o in &options {
            assert!(o.parse::<i32>().unwrap() > 2018, "{options:?}");
        }
    }
}

#[test]
fn a_date_whose_year_is_in_view_is_offered_in_that_year() {
    // Issue 10: "held on what date to decide who won the 1966 World Cup" offered 1961–1964.
    let src = "title: T\nfacts:\n  - The final was held on 30 July 1966 to decide who won the 1966 World Cup.\n  - The first final was held on 30 July 1930.\n  - The cup was stolen on 20 March 1966.\n";
    let cards = compile(&parse(src.as_bytes(), "t").deck.unwrap()).cards;
    let pool = Pool::of(&cards);
    let final_card = cards
        .iter()
        .find(|c| c.answer_text() == "30 July 1966")
        .unwrap();
    for seed in 0..30 {
        let (options, right) =
            choices(final_card, &pool, &mut StdRng::seed_from_u64(seed)).unwrap();
        assert_eq!(options[right], "30 July 1966");
        for o in &options {
            assert!(o.ends_with(" 1966"), "seed {seed}: {options:?}");
        }
    }
    // A year printed only inside the date itself changes nothing.
    let first = cards
        .iter()
        .find(|c| c.answer_text() == "30 July 1930")
        .unwrap();
    let any_other_year = (0..30).any(|seed| {
        let (options, _) = choices(first, &pool, &mut StdRng::seed_from_u64(seed)).unwrap();
        options.iter().any(|o| !o.ends_with(" 1930"))
    });
    assert!(any_other_year);
}

#[test]
fn centuries_stay_near_the_answer_and_in_the_past() {
    // Issue 10: "known since at least the 17th century" offered the 21st and the 71st.
    let src = "title: T\nfacts:\n  - The storm has been known since the 17th century, when telescopes came.\n  - The plague came back in the 14th century.\n";
    let cards = compile(&parse(src.as_bytes(), "t").deck.unwrap()).cards;
    let pool = Pool::of(&cards);
    for seed in 0..30 {
        let (options, _) = choices(&cards[0], &pool, &mut StdRng::seed_from_u64(seed)).unwrap();
        for o in &options {
            let n: i32 = o.trim_end_matches(char::is_alphabetic).parse().unwrap();
            assert!((13..=20).contains(&n), "seed {seed}: {options:?}");
        }
    }
    assert_eq!(crate::question::cue(&cards[0]), "Which century (e.g. 3rd)?");
}

#[test]
fn temperatures_are_offered_near_the_answer_by_degrees_not_by_ratio() {
    // Issue 10: 30 °C and 61.9 °C were offered for a hottest month's average of 45 °C.
    let src = "title: T\nfacts:\n  - The hottest month averages 45 °C there.\n  - The yearly mean is 30 °C.\n  - The record is 62 °C.\n  - Winter nights fall to 5 °C.\n  - A spring day reaches 104 °F.\n";
    let cards = compile(&parse(src.as_bytes(), "t").deck.unwrap()).cards;
    let pool = Pool::of(&cards);
    for seed in 0..30 {
        let (options, _) = choices(&cards[0], &pool, &mut StdRng::seed_from_u64(seed)).unwrap();
        for o in &options {
            let n: f64 = o.trim_end_matches(" °C").parse().unwrap();
            assert!((33.75..=56.25).contains(&n), "seed {seed}: {options:?}");
        }
    }
}

#[test]
fn no_two_options_read_as_one() {
    // Issue 10, round 10: 353,000 and 358,000 were offered side by side (rated B).
    let src = "title: T\nfacts:\n  - Payrolls grew by 187,000 a month.\n  - The labor force grew by 353,000.\n  - Household employment rose by 358,000.\n  - Factories added 229,000.\n  - Stores added 105,000.\n";
    let cards = compile(&parse(src.as_bytes(), "t").deck.unwrap()).cards;
    let pool = Pool::of(&cards);
    for seed in 0..30 {
        let (options, _) = choices(&cards[0], &pool, &mut StdRng::seed_from_u64(seed)).unwrap();
        let both = ["353,000", "358,000"]
            .iter()
            .all(|o| options.contains(&o.to_string()));
        assert!(!both, "seed {seed}: {options:?}");
    }
}

/// The options of the card answering `answer` in deck `src`, over the 30 seeds that ask it as
/// a choice at all.
fn asked_over_seeds(src: &str, answer: &str) -> Vec<Vec<String>> {
    let cards = compile(&parse(src.as_bytes(), "t").deck.unwrap()).cards;
    let pool = Pool::of(&cards);
    let card = cards.iter().find(|c| c.answer_text() == answer).unwrap();
    (0..30)
        .filter_map(|seed| choices(card, &pool, &mut StdRng::seed_from_u64(seed)))
        .map(|(options, _)| options)
        .collect()
}

/// Every option of the card answering `answer` in deck `src`, over 30 seeds.
fn options_over_seeds(src: &str, answer: &str) -> Vec<Vec<String>> {
    let cards = compile(&parse(src.as_bytes(), "t").deck.unwrap()).cards;
    let pool = Pool::of(&cards);
    let card = cards.iter().find(|c| c.answer_text() == answer).unwrap();
    (0..30)
        .map(|seed| {
            let (options, right) = choices(card, &pool, &mut StdRng::seed_from_u64(seed)).unwrap();
            assert_eq!(options[right], answer, "seed {seed}");
            options
        })
        .collect()
}

#[test]
fn a_date_among_the_decks_days_is_offered_days_between_its_neighbours() {
    // Issue 10, round 12b: the landing's options were July 20 of 1971, 1973 and 1974,
    // outside the mission; round 50: options that were the deck's other days, or past them
    // ("entered lunar orbit on July 22" after the landing on the 20th), rated C.
    let src = "title: T\nfacts:\n  - Apollo 11 launched on July 10, 1969.\n  - The Eagle landed on July 20, 1969.\n  - They splashed down on July 30, 1969.\n  - Apollo 12 launched on November 14, 1969.\n";
    let day = |o: &str| -> u32 {
        let d = o
            .strip_prefix("July ")
            .and_then(|o| o.strip_suffix(", 1969"));
        d.and_then(|d| d.parse().ok()).unwrap_or(0)
    };
    for options in options_over_seeds(src, "July 20, 1969") {
        for o in options.iter().filter(|o| *o != "July 20, 1969") {
            // Inside the launch and splashdown, two days or more off (a day is close).
            let d = day(o);
            assert!((11..=29).contains(&d) && d.abs_diff(20) >= 2, "{options:?}");
        }
    }
    // The first day of its run is offered days before it, up to a week, and none past the
    // next day the deck dates.
    for options in options_over_seeds(src, "July 10, 1969") {
        for o in options.iter().filter(|o| *o != "July 10, 1969") {
            let d = day(o);
            assert!((4..=19).contains(&d) && d.abs_diff(10) >= 2, "{options:?}");
        }
    }
    // Alone in its days, a date keeps to the months of the deck's dates around it.
    for options in options_over_seeds(src, "November 14, 1969") {
        assert!(
            options.iter().all(|o| o.ends_with(" 14, 1969")),
            "{options:?}"
        );
    }
    // Alone in its year, as before: other years.
    let src = "title: T\nfacts:\n  - Apollo 11 launched on July 16, 1969.\n  - Apollo 17 launched on December 7, 1972.\n";
    let far = options_over_seeds(src, "July 16, 1969");
    assert!(
        far.iter().flatten().any(|o| !o.ends_with("1969")),
        "{far:?}"
    );
}

#[test]
fn a_day_crowded_by_the_decks_days_is_not_a_choice() {
    // Between a launch on the 16th, an orbit on the 19th and a landing on the 20th, with
    // "stepped out on July 21" yearless, no day is two days off the orbit or landing and
    // crosses nothing: neither is asked as a choice, nor swapped in a true/false.
    let src = "title: T\nfacts:\n  - Apollo 11 launched on July 16, 1969.\n  - It entered lunar orbit on July 19, 1969.\n  - The Eagle landed on July 20, 1969.\n  - Armstrong stepped out on July 21.\n  - They splashed down on July 24, 1969.\n";
    let cards = compile(&parse(src.as_bytes(), "t").deck.unwrap()).cards;
    let pool = Pool::of(&cards);
    for answer in ["July 19, 1969", "July 20, 1969", "July 21"] {
        let card = cards.iter().find(|c| c.answer_text() == answer).unwrap();
        for seed in 0..10 {
            let found = choices(card, &pool, &mut StdRng::seed_from_u64(seed));
            assert!(found.is_none(), "{answer}: {found:?}");
        }
    }
    // The launch opens the run: days before it are free.
    let launch = options_over_seeds(src, "July 16, 1969");
    assert!(!launch.is_empty());
}

#[test]
fn a_year_of_a_four_yearly_event_alone_in_its_sentence_steps_by_four() {
    // Issue 10, round 12b: "until Kylian Mbappé did it in 2022" in a World Cup final was
    // offered 2012 and 2019, years without a World Cup.
    let src = "title: T\nfacts:\n  - Nobody else scored a hat-trick in a World Cup final until Kylian Mbappé did it in 2022.\n  - The stadium opened in 2007.\n";
    for options in options_over_seeds(src, "2022") {
        for o in &options {
            let y: i32 = o.parse().unwrap();
            assert_eq!((y - 2022) % 4, 0, "{options:?}");
        }
    }
    // In the deck of an earlier final, the text's latest edition has no later one (round
    // 40: 2026, 2030 and 2034 offered, C).
    let src = "title: T\nas_of: 1966\nfacts:\n  - Nobody else scored a hat-trick in a World Cup final until Kylian Mbappé did it in 2022.\n  - The stadium opened in 2007.\n";
    for options in options_over_seeds(src, "2022") {
        assert!(options.iter().all(|o| o.as_str() <= "2022"), "{options:?}");
    }
    // No World Cup was held in the war years.
    let src = "title: T\nfacts:\n  - England were the third host to win the World Cup, after Uruguay in 1930 and Italy in 1934.\n";
    for options in options_over_seeds(src, "1934") {
        assert!(
            !options.iter().any(|o| o == "1942" || o == "1946"),
            "{options:?}"
        );
    }
    // Nor before the first, in 1930 (round 19: 1922 and 1926 were offered).
    let src = "title: T\nfacts:\n  - Uruguay won the World Cup in 1930.\n";
    for options in options_over_seeds(src, "1930") {
        assert!(
            options.iter().all(|o| o.parse::<i32>().unwrap() >= 1930),
            "{options:?}"
        );
    }
    // Named only by the deck, a year with no other year beside it may be anything.
    let src = "title: 2018 FIFA World Cup final\nfacts:\n  - Russia was chosen as host in 2010.\n  - The stadium opened in 2007.\n";
    let any = options_over_seeds(src, "2010");
    assert!(
        any.iter()
            .flatten()
            .any(|o| (o.parse::<i32>().unwrap() - 2010) % 4 != 0),
        "{any:?}"
    );
}

#[test]
fn a_coarser_reading_of_the_answer_is_no_wrong_option() {
    // Issue 10, round 12: the lead's 23,615.39 km3 was offered the infobox's 23,610 km3.
    let src = "title: T\nfacts:\n  - The lake holds 23,615.39 km3 of water.\n  - Its infobox gives 23,610 km3.\n  - Lake Tanganyika holds 18,900 km3.\n  - Lake Superior holds 12,100 km3.\n";
    for options in options_over_seeds(src, "23,615.39 km3") {
        assert!(
            !options.iter().any(|o| o.starts_with("23,610")),
            "{options:?}"
        );
    }
    // Round 31: "103,000 km2", the text's rounder area, beside a 100,329 km2 land area.
    let src = "title: T\nfacts:\n  - Its land area is 100,329 km2.\n  - It has an area of 103,000 km2.\n  - Its sea zone is 751,345 km2.\n";
    for options in options_over_seeds(src, "100,329 km2") {
        assert!(
            !options.iter().any(|o| o.starts_with("103,000")),
            "{options:?}"
        );
    }
    // A year is no rounding: 1950 stays a wrong year for 1953.
    let src =
        "title: T\nfacts:\n  - The summit was reached in 1953.\n  - The survey ended in 1950.\n";
    let years = options_over_seeds(src, "1953");
    assert!(years.iter().flatten().any(|o| o == "1950"), "{years:?}");
}

#[test]
fn a_date_in_the_decks_own_year_is_offered_in_that_year() {
    // Round 14: "on 19 January 1903 L'Auto announced the Tour de France", in a deck of the
    // 1903 Tour, was offered 1897, 1900 and 1901: the key was the only date of 1903.
    let src = "title: The 1903 Tour de France\nas_of: 1903\nfacts:\n  - On 19 January 1903 L'Auto announced the Tour de France.\n  - The race paid 20,000 francs.\n";
    for options in options_over_seeds(src, "19 January 1903") {
        assert!(options.iter().all(|o| o.ends_with(" 1903")), "{options:?}");
    }
}

#[test]
fn an_angle_up_to_a_half_turn_is_offered_angles_up_to_a_half_turn() {
    // Issue 10, round 18: 220.7° was offered for Halley's orbital inclination of 162.3°.
    let src = "title: T\nfacts:\n  - The orbit is inclined at 162.3° to the ecliptic.\n  - The axis tilts by 23.4°.\n";
    for options in options_over_seeds(src, "162.3°") {
        for o in &options {
            let n: f64 = o.trim_end_matches('°').parse().unwrap();
            assert!(n < 180.0, "{options:?}");
        }
    }
}

#[test]
fn no_option_falls_below_two_fifths_of_the_answer() {
    // Round 19: "0.2 percent" was offered for an unemployment rate that fell to 3.9 percent.
    let src = "title: T\nfacts:\n  - The unemployment rate fell to 3.9 percent in September.\n  - Adult men were at 3.2 percent.\n";
    for options in options_over_seeds(src, "3.9 percent") {
        for o in &options {
            let n: f64 = o.trim_end_matches(" percent").parse().unwrap();
            assert!(n >= 0.4 * 3.9, "{options:?}");
        }
    }
}

/// Round 26: a 150 m best of 14.35 s was offered 9.18 s (faster than the 100 m record
/// beside it) and 12.63 s. A race's time lies between the deck's shorter and longer races'
/// times, and near its own.
#[test]
fn a_race_time_stays_between_the_neighbouring_races() {
    let src = "title: T\nfacts:\n  - He ran the 100 m in 9.58 seconds.\n  - His best in the 150 m is 14.35 seconds.\n  - He ran the 200 m in 19.19 seconds.\n";
    let cards = compile(&parse(src.as_bytes(), "t").deck.unwrap()).cards;
    let pool = Pool::of(&cards);
    let card = cards.iter().find(|c| c.text.contains("150 m")).unwrap();
    for seed in 0..30 {
        let (opts, _) = choices(card, &pool, &mut StdRng::seed_from_u64(seed)).unwrap();
        for o in &opts {
            let n: f64 = o.trim_end_matches(" seconds").parse().unwrap();
            assert!(n > 12.5 && n < 16.5, "seed {seed}: {opts:?}");
        }
    }
}

/// Round 28: a sprinter 1.95 m tall was offered 1.25 m. A figure written to hundredths is
/// offered figures near it, and never its digits swapped.
#[test]
fn a_figure_to_hundredths_is_offered_near_figures() {
    let src = "title: T\nfacts:\n  - He is 1.95 m tall.\n  - It holds 23,615.39 km3 of water.\n";
    let cards = compile(&parse(src.as_bytes(), "t").deck.unwrap()).cards;
    let pool = Pool::of(&cards);
    for card in &cards {
        let Answer::Quantity(q) = &card.answer else {
            continue;
        };
        let number = |t: &str| -> f64 {
            let first = t.split_whitespace().next().unwrap_or_default();
            first.replace(',', "").parse().unwrap()
        };
        let key = number(&q.text);
        for seed in 0..30 {
            let (opts, _) = choices(card, &pool, &mut StdRng::seed_from_u64(seed)).unwrap();
            for o in &opts {
                let ratio = number(o) / key;
                assert!((0.75..1.25).contains(&ratio), "seed {seed}: {opts:?}");
            }
        }
    }
}

/// Rounds 28 and 29: Lake Baikal's basins were offered 2,200 and 2,800 m beside the deck's
/// "greatest depth is 1,642 m", and "1220 m" printed without its comma.
#[test]
fn a_decks_greatest_figure_caps_the_options_of_its_kind() {
    let src = "title: T\nfacts:\n  - No lake is deeper; its greatest depth is 1,642 m.\n  - The basin reaches depths of about 1,400 m.\n  - The shore is 2,100 km long.\n";
    let cards = compile(&parse(src.as_bytes(), "t").deck.unwrap()).cards;
    let pool = Pool::of(&cards);
    let card = cards.iter().find(|c| c.text.contains("basin")).unwrap();
    let Answer::Quantity(q) = &card.answer else {
        panic!("a quantity")
    };
    assert_eq!(
        most_of(&cards[0].text, q_of(&cards[0])),
        Some("depth".into())
    );
    assert_eq!(most_of(&card.text, q), None);
    for seed in 0..30 {
        let (opts, _) = choices(card, &pool, &mut StdRng::seed_from_u64(seed)).unwrap();
        for o in &opts {
            let n: f64 = o.trim_end_matches(" m").replace(',', "").parse().unwrap();
            assert!(n < 1642.0, "seed {seed}: {opts:?}");
            assert!(n < 1000.0 || o.contains(','), "grouped: {opts:?}");
        }
    }
}

fn q_of(card: &Card) -> &Quantity {
    match &card.answer {
        Answer::Quantity(q) => q,
        Answer::Text { .. } => panic!("a quantity"),
    }
}

#[test]
fn a_small_count_keeps_the_smaller_counts() {
    let src = "title: T\nfacts:\n  - France topped the group with two wins and a draw.\n  - The 747 was the first airliner with three aisles.\n";
    let cards = compile(&parse(src.as_bytes(), "t").deck.unwrap()).cards;
    for card in &cards {
        for seed in 0..20 {
            let (opts, right) =
                choices(card, &Pool::of(&cards), &mut StdRng::seed_from_u64(seed)).unwrap();
            // Never the lowest, and the nearest counts: no "five" above a two.
            assert!(right >= 1, "{opts:?}");
            let words = ["one", "two", "three", "four", "five", "six"];
            let at = words.iter().position(|w| *w == opts[0]).unwrap();
            assert_eq!(opts, words[at..at + 4], "{opts:?}");
        }
    }
}

#[test]
fn a_hedged_time_is_offered_times_an_hour_or_more_away() {
    let src = "title: T\nfacts:\n  - She hit an iceberg at around 23:40 on 14 April 1912.\n";
    let cards = compile(&parse(src.as_bytes(), "t").deck.unwrap()).cards;
    let card = cards.iter().find(|c| c.answer_text() == "23:40").unwrap();
    for seed in 0..20 {
        let (opts, _) = choices(card, &Pool::of(&cards), &mut StdRng::seed_from_u64(seed)).unwrap();
        let minutes = |t: &str| {
            let (h, m) = t.split_once(':').unwrap();
            h.parse::<i32>().unwrap() * 60 + m.parse::<i32>().unwrap()
        };
        for o in opts.iter().filter(|o| *o != "23:40") {
            assert!((minutes(o) - minutes("23:40")).abs() >= 60, "{opts:?}");
        }
    }
}

#[test]
fn a_time_told_with_a_half_in_words_is_offered_by_halves() {
    // Round 39: "58 minutes" and "1 hour and 8 minutes" for "about an hour and a half".
    let cases = [
        ("about an hour and a half after", Some(30.0)),
        ("some nine and a half hours after", Some(30.0)),
        ("two and a quarter hours outside", Some(15.0)),
        ("8 days, 3 hours, 18 minutes", None),
        ("for 90 minutes", None),
    ];
    for (text, want) in cases {
        let q = &crate::quantity::find(text)[0];
        assert_eq!(super::fraction_step(q), want, "{text}");
    }
}

#[test]
fn a_rough_figure_is_offered_nothing_within_its_hedge() {
    // Round 40: "roughly two and a quarter hours" was offered "2 hours", and its swap to
    // "roughly 2 hours" was defensibly true (C).
    let src = "title: T\nfacts:\n  - The two then spent roughly two and a quarter hours outside.\n  - The flight took 8 days.\n";
    let cards = compile(&parse(src.as_bytes(), "t").deck.unwrap()).cards;
    let pool = Pool::of(&cards);
    for seed in 0..30 {
        let (options, right) = choices(&cards[0], &pool, &mut StdRng::seed_from_u64(seed)).unwrap();
        // Written in words as the key is ("two and a quarter hours").
        assert_eq!(options[right], "two hours and fifteen minutes");
        let near = ["two hours", "two hours and thirty minutes"];
        assert!(
            !options.iter().any(|o| near.contains(&o.as_str())),
            "{options:?}"
        );
    }
}

#[test]
fn a_race_time_is_offered_times_within_a_few_percent() {
    // Round 40: 41.20 s and 42.56 s for a 45.28 s 400 m, faster than the world record (C).
    let src = "title: T\nfacts:\n  - His best in the 400 m is 45.28 seconds.\n";
    for options in options_over_seeds(src, "45.28 seconds") {
        for o in &options {
            let n: f64 = o.trim_end_matches(" seconds").parse().unwrap();
            assert!((n / 45.28 - 1.0).abs() <= 0.05, "{options:?}");
        }
    }
}

#[test]
fn no_option_crosses_the_decks_lead_date() {
    // (deck, answer, the lead's side that no option may reach: Less = before it.)
    let lead = "  - The first airliner of the type was rolled out on September 30, 1968.\n";
    let cases: &[(&str, &str, &str)] = &[
        (
            "  - A longer-range model came in 1971.\n  - A freighter followed in 1972.\n",
            "1971",
            "after",
        ),
        (
            "  - Its designer was given the project in 1965.\n  - The first order came in 1966.\n",
            "1965",
            "before",
        ),
        (
            "  - The contract was signed on June 5, 1967.\n  - Tests ran until May 9, 1966.\n",
            "June 5, 1967",
            "before",
        ),
    ];
    for (facts, answer, side) in cases {
        let src = format!("title: T\nfacts:\n{lead}{facts}");
        for options in options_over_seeds(&src, answer) {
            for o in options.iter().filter(|o| o != answer) {
                let year: i32 = o[o.len() - 4..].parse().unwrap();
                let ok = match *side {
                    "after" => year > 1968,
                    _ => year < 1968,
                };
                assert!(ok, "{answer}: {o} crosses the lead in {options:?}");
            }
        }
    }
    // A date a few days after the lead is of its story: offered days after it (the run of
    // the deck's days keeps their order), not years away.
    let src = format!("title: T\nfacts:\n{lead}  - Taxi tests began on October 6, 1968.\n");
    for options in options_over_seeds(&src, "October 6, 1968") {
        assert!(
            options
                .iter()
                .all(|o| o.starts_with("October") && o.ends_with("1968")),
            "{options:?}"
        );
    }
}

#[test]
fn no_option_is_the_answers_day_in_another_year() {
    let src = "title: T\nfacts:\n  - It first flew on March 2, 1969.\n  - It entered service on January 21, 1976.\n  - The last flight was on 24 October 2003.\n";
    for answer in ["March 2, 1969", "January 21, 1976"] {
        let day = &answer[..answer.len() - 5];
        for options in options_over_seeds(src, answer) {
            let partners = options.iter().filter(|o| o.starts_with(day)).count();
            assert_eq!(partners, 1, "{answer}: {options:?}");
        }
    }
}

#[test]
fn no_option_runs_years_past_the_decks_latest() {
    let src = "title: T\nfacts:\n  - Sputnik 1 was launched on October 4, 1957.\n  - Hubble was launched on April 24, 1990.\n  - Webb was launched on December 25, 2021.\n";
    for options in options_over_seeds(src, "December 25, 2021") {
        for o in &options {
            let year: i32 = o[o.len() - 4..].parse().unwrap();
            assert!(year <= 2021 + FEW_YEARS, "{options:?}");
        }
    }
}

#[test]
fn a_round_figure_told_roughly_is_offered_figures_as_round() {
    let cases: &[(&str, &str, f64)] = &[
        ("The North basin reaches about 900 m.", "900 m", 100.0),
        ("Around 50 of them are tiny.", "50", 10.0),
        // Not told roughly: any figure near it.
        ("The North basin reaches 900 m.", "900 m", 1.0),
    ];
    for (fact, answer, unit) in cases {
        let src = format!("title: T\nfacts:\n  - {fact}\n  - The South basin reaches 1,120 m.\n  - It is 1,440 m deep.\n");
        for options in options_over_seeds(&src, answer) {
            for o in &options {
                let digits: String = o.chars().filter(char::is_ascii_digit).collect();
                let n: f64 = digits.parse().unwrap();
                assert_eq!(n % unit, 0.0, "{fact}: {options:?}");
            }
        }
    }
    // No coarser than a third of the figure: $6 and $14 billion beside $10 billion.
    let src = "title: T\nfacts:\n  - It cost about $10 billion.\n";
    let offered = options_over_seeds(src, "$10 billion").concat();
    assert!(
        offered
            .iter()
            .any(|o| o != "$10 billion" && !o.contains("0 billion")),
        "{offered:?}"
    );
    let src = "title: T\nfacts:\n  - The North basin reaches 900 m.\n  - The South basin reaches 1,120 m.\n";
    let anywhere = options_over_seeds(src, "900 m").concat();
    assert!(anywhere.iter().any(|o| o == "1,120 m"), "{anywhere:?}");
}

#[test]
fn a_day_whose_year_is_in_view_is_offered_days_of_its_month() {
    let src = "title: The 2018 final\nas_of: 2018\nfacts:\n  - The 2018 final was played on 15 July 2018 in Moscow.\n  - Russia was chosen as host in 2010.\n";
    for options in options_over_seeds(src, "15 July 2018") {
        for o in options.iter().filter(|o| *o != "15 July 2018") {
            let day: i32 = o.split(' ').next().unwrap().parse().unwrap();
            assert!(
                o.ends_with(" July 2018") && (day - 15).abs() >= 3,
                "{options:?}"
            );
        }
    }
}

#[test]
fn a_figure_with_a_fraction_is_offered_no_padded_whole_figures() {
    let src = "title: T\nfacts:\n  - The wings are swept back at 37.5°.\n";
    for options in options_over_seeds(src, "37.5°") {
        assert!(options.iter().all(|o| !o.ends_with(".0°")), "{options:?}");
    }
}

#[test]
fn a_scaled_figure_with_a_decimal_is_offered_its_nearest_slips() {
    // 131.8 million is stored as 131,800,000.00000001: its nearest slips (116.0 and 147.6
    // million, whole as numbers) were refused as padded, leaving +36 % to +72 % (round 51: C).
    let src = "title: T\nfacts:\n  - Total employment grew to 131.8 million.\n";
    let near = |o: &String| {
        let n: f64 = o.trim_end_matches(" million").parse().unwrap();
        (n - 131.8).abs() <= 0.25 * 131.8
    };
    let mut with_near = 0;
    for options in options_over_seeds(src, "131.8 million") {
        assert!(options.iter().all(|o| o.contains('.')), "{options:?}");
        with_near += usize::from(options.iter().filter(|o| near(o)).count() >= 2);
    }
    assert!(
        with_near >= 25,
        "{with_near} of 30 seeds had a near option besides the key"
    );
}

#[test]
fn a_figure_told_closely_is_offered_figures_within_a_quarter() {
    // Round 51: 5,660 and 12,020 m for a published height of 8,840 m; 270.7 million (the
    // deck's population) for a labor force of 138.1 million. Rated C.
    let cases = [
        (
            "title: T\nfacts:\n  - The first height published was 8,840 m.\n  - Lhotse is 8,516 m high.\n  - The base camp is at 5,364 m.\n",
            "8,840 m",
            8840.0,
        ),
        (
            "title: T\nfacts:\n  - The labor force rose to 138.1 million.\n  - The population was 270.7 million.\n  - Employment was 131.8 million.\n",
            "138.1 million",
            138.1,
        ),
    ];
    for (src, key, value) in cases {
        for options in options_over_seeds(src, key) {
            for o in &options {
                let n: f64 = o
                    .split(' ')
                    .next()
                    .unwrap()
                    .replace(',', "")
                    .parse()
                    .unwrap();
                assert!((n / value - 1.0).abs() <= 0.25, "{options:?}");
            }
        }
    }
    // A figure told to a unit of a few hundred keeps the wider spread.
    let src = "title: T\nfacts:\n  - The lake is 366 m deep.\n";
    let wide = options_over_seeds(src, "366 m")
        .into_iter()
        .flatten()
        .any(|o| {
            let n: f64 = o.trim_end_matches(" m").parse().unwrap();
            (n / 366.0 - 1.0).abs() > 0.25
        });
    assert!(
        wide,
        "a figure told to the metre of a few hundred is not told closely"
    );
}

#[test]
fn a_share_told_to_three_figures_is_offered_shares_near_it() {
    let src = "title: T\nfacts:\n  - The participation rate was 67.1 percent.\n  - The jobless rate was 4.0 percent.\n";
    for options in options_over_seeds(src, "67.1 percent") {
        for o in &options {
            let n: f64 = o.trim_end_matches(" percent").parse().unwrap();
            assert!((n - 67.1).abs() <= 0.15 * 67.1, "{options:?}");
        }
    }
}

#[test]
fn a_half_step_multiple_is_offered_half_steps_or_asked_typed() {
    // Round 50: "2½ times" among "2, 3 and 4 times" stood apart by its form (B).
    let src = "title: T\nfacts:\n  - It wanted a jet 2½ times that size.\n  - The 707 was 3 times the size of the DC-3.\n  - The 737 was 2 times smaller.\n";
    for options in asked_over_seeds(src, "2½ times") {
        assert!(options.iter().all(|o| o.contains('½')), "{options:?}");
    }
    // A whole multiple keeps whole options.
    let whole = asked_over_seeds(src, "3 times");
    assert!(!whole.is_empty(), "asked as a choice");
    for options in whole {
        assert!(options.iter().any(|o| !o.contains('½')), "{options:?}");
    }
}

#[test]
fn a_year_its_games_host_names_has_no_options() {
    // (fact, whether the year has options)
    let cases = [
        (
            "His wins at the {2008} Beijing Olympics made him famous.",
            false,
        ),
        ("England won the {1966} London World Cup.", false),
        (
            "He first ran the 100 m at the {2008} Olympics; he won it.",
            true,
        ),
        ("He won at the {2008} Summer Olympics.", true),
        ("The famine of {1845} ended in 1852.", true),
    ];
    for (fact, asked) in cases {
        let src = format!("title: T\nfacts:\n  - \"{fact}\"\n  - It began in 1998.\n  - It grew in 2004.\n  - It fell in 2012.\n");
        let cards = compile(&parse(src.as_bytes(), "t").deck.unwrap()).cards;
        let pool = Pool::of(&cards);
        let got = choices(&cards[0], &pool, &mut StdRng::seed_from_u64(1)).is_some();
        assert_eq!(got, asked, "{fact}");
    }
}

#[test]
fn a_first_dated_to_the_day_is_offered_none_of_the_decks_other_days() {
    let src = "title: T\nfacts:\n  - Sputnik 1, the first artificial satellite, was launched on October 4, 1957.\n  - Yuri Gagarin flew on April 12, 1961.\n  - Valentina Tereshkova flew on June 16, 1963.\n  - Explorer 1 was launched on January 31, 1958.\n";
    // A generated slip may fall on one of them by chance, rarely.
    let deck_day =
        |o: &String| ["April 12, 1961", "June 16, 1963", "January 31, 1958"].contains(&o.as_str());
    let offered = options_over_seeds(src, "October 4, 1957")
        .into_iter()
        .filter(|options| options.iter().any(deck_day))
        .count();
    assert!(
        offered <= 2,
        "{offered} of 30 seeds offered the deck's days"
    );
    // A first lies between the deck's days around it: the first woman in space flew after
    // the first human (round 52: options before Gagarin's day, C).
    let src2 = "title: T\nfacts:\n  - Sputnik 1 was launched on October 4, 1957.\n  - Yuri Gagarin flew on April 12, 1961.\n  - Valentina Tereshkova became the first woman in space on June 16, 1963.\n  - Apollo 11 landed on July 20, 1969.\n";
    let year = |o: &String| -> i32 { o.rsplit(' ').next().unwrap().parse().unwrap() };
    for options in options_over_seeds(src2, "June 16, 1963") {
        assert!(
            options.iter().all(|o| (1961..=1969).contains(&year(o))),
            "{options:?}"
        );
    }
    // Another day keeps the deck's days as options.
    let deck_days = options_over_seeds(src, "April 12, 1961")
        .into_iter()
        .flatten()
        .any(|o| o == "June 16, 1963" || o == "January 31, 1958");
    assert!(deck_days, "a day that is no first draws on the deck's days");
}

#[test]
fn a_time_with_a_half_in_words_is_offered_halves() {
    // Round 51: "9 hours and 30 minutes" among "6, 7 and 13 hours" stood apart (B).
    let src = "title: T\nfacts:\n  - The last survivors were taken on some {nine and a half hours} after the collision.\n  - The Apollo crew spent {two and a quarter hours} outside.\n";
    for (key, part) in [
        ("nine and a half hours", " and thirty minutes"),
        ("two and a quarter hours", " and fifteen minutes"),
    ] {
        let asked = asked_over_seeds(src, key);
        assert!(asked.len() >= 20, "{key}: {} of 30 seeds", asked.len());
        for options in asked {
            assert!(options.iter().all(|o| o.ends_with(part)), "{options:?}");
        }
    }
}

#[test]
fn no_option_for_a_date_before_the_decks_end_falls_after_it() {
    // Round 52: smallpox cases offered 1980 to 1983, after its eradication in 1979 (C).
    let src = "title: T\nfacts:\n  - The last case of variola major was in 1975.\n  - In 1979 the WHO certified that smallpox had been wiped out.\n  - Rinderpest was declared eradicated in 2011.\n  - The WHO reckoned 15 million cases in 1967.\n";
    for options in options_over_seeds(src, "1975") {
        assert!(
            options.iter().all(|o| o.parse::<i32>().unwrap() <= 1979),
            "{options:?}"
        );
    }
    // The end's own year, and a year after it, keep later options.
    let later = |answer: &str, past: i32| {
        options_over_seeds(src, answer)
            .into_iter()
            .flatten()
            .any(|o| o.parse::<i32>().unwrap() > past)
    };
    assert!(later("1979", 1979), "the end itself");
    assert!(later("2011", 2011), "after the end");
}

#[test]
fn a_count_of_tens_under_a_hundred_is_offered_tens() {
    // Round 51: 39 beside "partnerships with 40 other countries" (B).
    let src = "title: T\nfacts:\n  - NATO had partnerships with 40 other countries.\n  - Thirty-nine Allies sent troops.\n  - It had 29 member states.\n  - It had 12 founding members.\n";
    for options in options_over_seeds(src, "40") {
        for o in &options {
            assert_eq!(o.parse::<u32>().unwrap() % 10, 0, "{options:?}");
        }
    }
    // A count not of tens keeps the deck's figures.
    let deck = options_over_seeds(src, "29")
        .into_iter()
        .flatten()
        .any(|o| o != "29" && o.parse::<u32>().unwrap() % 10 != 0);
    assert!(deck);
}

#[test]
fn a_knockout_draw_is_offered_powers_of_two() {
    // Round 52: 12, 14 and 22 teams for a knockout stage (C).
    let src = "title: T\nfacts:\n  - After the group stage, 16 teams went into the knockout rounds.\n  - The group stage had 48 matches.\n  - It drew 14 sides from Europe.\n";
    every_option(src, "16", |o| {
        let n: u32 = o.parse().unwrap();
        n.is_power_of_two() && n >= 4
    });
    // The count of another clause is not the draw's: "All 32 teams played a group stage,
    // and 16 of them went on" (round 55 preview: 64, 128 and 256 offered for the 32).
    let group = "title: T\nfacts:\n  - All 32 teams played a group stage, and 16 of them went on to the knockout stage.\n  - It drew 14 sides from Europe.\n";
    every_option(group, "32", |o| o.parse::<u32>().unwrap() < 128);
    // Without a knockout, a count of sides keeps the deck's figures.
    let plain = src.replace("knockout rounds", "second round");
    let deck = options_over_seeds(&plain, "16")
        .into_iter()
        .flatten()
        .any(|o| !o.parse::<u32>().unwrap().is_power_of_two());
    assert!(deck);
}

#[test]
fn a_time_since_something_the_deck_tells_is_no_longer_than_its_years() {
    // Round 52: "ten decades" for NATO's seven, in a deck of 1949–2018 (B twice).
    let src = "title: T\nas_of: 2018\nfacts:\n  - The treaty was signed on April 4, 1949.\n  - A summit was held in July 2018.\n  - The alliance had kept the peace for nearly seven decades since its founding.\n";
    let decades = |o: &str| o.split(' ').next().and_then(crate::quantity::small_number);
    every_option(src, "seven decades", |o| decades(o).is_some_and(|n| n <= 7));
    // Not counted up to the deck's year: no cap.
    let plain = src.replace(" since its founding", "");
    let longer = options_over_seeds(&plain, "seven decades")
        .into_iter()
        .flatten()
        .any(|o| decades(&o).is_some_and(|n| n > 7));
    assert!(longer);
}

#[test]
fn a_rate_told_to_a_tenth_is_offered_rates_within_two_fifths() {
    // Rounds 52 and 53: 1.8 and 2.4 percent for unemployment rates of 4.0 and 4.2 (B).
    let src = "title: T\nfacts:\n  - The unemployment rate was 4.2 percent.\n  - Adult women had a rate of 1.8 percent.\n  - Teenagers had a rate of 13.1 percent.\n";
    every_option(src, "4.2 percent", |o| {
        let n: f64 = o.trim_end_matches(" percent").parse().unwrap();
        (2.5..=5.9).contains(&n)
    });
    // Told to a whole percent, a share keeps its wider reach.
    let whole = src.replace("4.2 percent", "42 percent");
    let wider = options_over_seeds(&whole, "42 percent")
        .into_iter()
        .flatten()
        .any(|o| {
            let n: f64 = o.trim_end_matches(" percent").parse().unwrap();
            !(25.0..=59.0).contains(&n)
        });
    assert!(wider);
}

#[test]
fn a_part_of_a_whole_told_after_so_is_asked_typed() {
    // Round 53: a swap to 14 km of sediment, then options of 1, 3 and 5 km (C each time).
    let src = "title: T\nfacts:\n  - Beneath it there are roughly 7 km of sediment, so the floor is some 9 km beneath the surface.\n  - The lake is 2 km deep.\n  - It is 80 km wide.\n";
    assert!(asked_over_seeds(src, "7 km").is_empty());
    let plain = src.replace(", so the floor", ", and the floor");
    assert!(!asked_over_seeds(&plain, "7 km").is_empty());
}

#[test]
fn a_world_championship_is_offered_years_two_apart() {
    // Round 53: silver "at the 2007 World Championship" offered 2004 (none held; C).
    let src = "title: T\nfacts:\n  - Before that he won silver at the 2007 World Championship.\n  - He was born in 1986.\n  - He retired in 2017.\n";
    every_option(src, "2007", |o| o.parse::<i32>().unwrap() % 2 == 1);
}

#[test]
fn no_deed_is_offered_in_the_subjects_childhood() {
    // Round 53: silver "at the 2007 World Championship" offered 1997, when he was eleven (C).
    let src = "title: T\nfacts:\n  - Bolt (born 21 August 1986) is a sprinter.\n  - He won his first title in 2004.\n  - He set a record in 2009.\n";
    every_option(src, "2004", |o| o.parse::<i32>().unwrap() >= 2000);
    // Without a birth, the deck's years alone bound it.
    let unborn = src.replace("(born 21 August 1986) ", "(from 21 August 1986) ");
    let earlier = options_over_seeds(&unborn, "2004")
        .into_iter()
        .flatten()
        .any(|o| o.parse::<i32>().unwrap() < 2000);
    assert!(earlier);
}

#[test]
fn a_crowd_stays_within_its_venue_and_a_lead_is_kept() {
    // Rounds 53–54b: 101,770 and more for the 1966 final's 96,924 beside Wembley's 98,600.
    let src = "title: T\nfacts:\n  - The final was at Wembley Stadium, which held 98,600.\n  - The attendance at the final was 96,924.\n  - The town had 91,000 people.\n  - The city had 120,000 people.\n";
    every_option(src, "96,924", |o| {
        o.replace(',', "").parse::<u32>().unwrap() < 98_600
    });
    // Round 54b: "lost 5–2 … after being 3–0 up" (C): the losers scored three or more.
    let lead = "title: T\nfacts:\n  - They lost 5–3 to Portugal after being 3–0 up.\n";
    for set in options_over_seeds(lead, "5–3") {
        for o in &set {
            let losers: u32 = o.rsplit('–').next().unwrap().parse().unwrap();
            assert!(losers >= 3, "{set:?}");
        }
    }
}

#[test]
fn a_later_decade_is_offered_none_before_the_decks_first() {
    // Round 54d: the 1940s and 1950s for the Tu-144's "late 1970s", in a deck from 1962 (C).
    let src = "title: T\nfacts:\n  - The treaty was signed in 1962.\n  - It first flew on March 2, 1969.\n  - The Tu-144 operated in the late 1970s.\n  - Flights stopped in 2003.\n";
    every_option(src, "1970", |o| o.parse::<i32>().unwrap() >= 1960);
}

#[test]
fn a_goals_minute_is_offered_none_within_two_minutes() {
    // Round 54: "12th" beside Haller's 11th, "89th" beside Weber's 90th; sources differ so.
    let src = "title: T\nfacts:\n  - West Germany went ahead in the 11th minute.\n  - England were close to winning when Weber equalised in the 90th minute.\n  - Peters scored a 78th minute goal.\n";
    for (key, at) in [("11th", 11), ("90th", 90), ("78th", 78)] {
        every_option(src, key, |o| {
            let n: i32 = o.trim_end_matches(char::is_alphabetic).parse().unwrap();
            n == at || (n - at).abs() > 2
        });
    }
}

/// Asserts that the card answering `answer` in deck `src` is asked as a choice over the
/// seeds, and that every option it is offered passes `ok`.
fn every_option(src: &str, answer: &str, ok: impl Fn(&str) -> bool) {
    let options = options_over_seeds(src, answer);
    assert!(!options.is_empty(), "{answer}: no choice");
    for set in &options {
        for o in set {
            assert!(ok(o), "{answer}: {set:?}");
        }
    }
}

#[test]
fn another_sides_edition_is_offered_none_the_deck_tells_of() {
    // Round 54: "after Brazil in _____" offered 1998 and 2006, France's final years (C).
    let src = "title: The 2018 FIFA World Cup final\nfacts:\n  - Until 2018 France had won the World Cup only once, in 1998.\n  - They had reached the final in 2006 too.\n  - France became the second team, after Brazil in 2002, to win every knockout match.\n";
    every_option(src, "2002", |o| o != "1998" && o != "2006");
}

#[test]
fn a_share_is_offered_none_holding_a_share_the_deck_tells_as_a_fraction() {
    // Rounds 54 and 55: "18 to 27%" for 8 to 12% helium by volume, beside the deck's "a
    // quarter of its mass is helium" (C).
    let src = "title: Jupiter\nfacts:\n  - Jupiter is mostly hydrogen, and a quarter of its mass is helium.\n  - Near the surface its atmosphere is about 8 to 12% helium.\n";
    every_option(src, "8 to 12%", |o| {
        let ends: Vec<f64> = o
            .trim_end_matches('%')
            .split(" to ")
            .map(|n| n.parse().unwrap())
            .collect();
        !(ends[0] <= 25.0 && 25.0 <= ends[ends.len() - 1])
    });
}

#[test]
fn the_day_a_later_event_was_readied_for_is_asked_typed() {
    // Rounds 54 and 55: 2006–2009 offered before Russia was awarded the 2018 World Cup (C).
    let src = "title: T\nfacts:\n  - The stadium was confirmed as the venue for the 2018 FIFA World Cup final on 14 December 2012.\n  - The final was played on 15 July 2018.\n";
    assert!(asked_over_seeds(src, "14 December 2012").is_empty());
    assert!(!asked_over_seeds(src, "15 July 2018").is_empty());
}

#[test]
fn a_time_in_parts_is_offered_none_with_a_part_of_nothing() {
    // Round 55 preview: "39 hours 0 minutes 54 seconds" beside 31 hours 27 minutes 49 seconds.
    let src = "title: T\nfacts:\n  - The flight went round the world in 31 hours 27 minutes 49 seconds.\n";
    every_option(src, "31 hours 27 minutes 49 seconds", |o| {
        !o.contains(" 0 ")
    });
}

#[test]
fn a_date_told_after_a_named_day_falls_after_it() {
    // Round 55b: a swap to 3 July 2001 for flights stopped after "the 9/11 attacks" (C).
    let src = "title: T\nfacts:\n  - After its only crash on 25 July 2000, together with the effects of the 9/11 attacks, flights stopped on 24 October 2003.\n";
    let asked = asked_over_seeds(src, "24 October 2003");
    assert!(!asked.is_empty());
    for o in asked.iter().flatten() {
        let parts: Vec<&str> = o.split(' ').collect();
        let month = crate::quantity::MONTH_NAMES
            .iter()
            .position(|m| *m == parts[1]);
        let day = (
            parts[2].parse::<i32>().unwrap(),
            month.unwrap(),
            parts[0].parse::<u8>().unwrap(),
        );
        assert!(day > (2001, 8, 11), "{asked:?}");
    }
}
