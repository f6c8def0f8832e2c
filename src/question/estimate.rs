//! Estimation, for large counts, money and percentages: more or less than a plausible wrong
//! figure, or a typed estimate graded by how far off it is.

use super::{choices, cloze, natural, Expect, Format, Pool, Question};
use crate::card::{Answer, Card};
use crate::quantity::{find_at_most, Kind, Quantity};
use rand::Rng;

/// A typed estimate within this relative error is correct.
pub const ESTIMATE_CORRECT: f64 = 0.10;
/// Within this relative error, close.
pub const ESTIMATE_CLOSE: f64 = 0.25;

/// The figure an option shows, read by the finder that wrote it (not by the answer reader,
/// which sits above questions).
fn option_value(option: &str) -> Option<f64> {
    find_at_most(option, 1).first()?.value.number()
}

/// A "more or less" pivot is at least this far from the answer, relatively: past the band
/// a typed estimate calls close (25 %), so that a fair estimate is on the right side of it.
/// "More or less than 11 million?" for the WHO's reckoned 15 million cases was within what
/// published estimates span (round 57: C).
const PIVOT_GAP: f64 = 0.3;

/// Another figure of the same kind in the sentence, within the close band of the answer
/// ("climbed from 64.4 percent to 64.5 percent"): an estimate would only copy it.
fn near_figure_in_view(card: &Card, q: &Quantity) -> bool {
    let Some(answer) = q.value.number() else {
        return false;
    };
    crate::quantity::find(&card.text).iter().any(|o| {
        o.span != q.span
            && o.kind == q.kind
            && o.value
                .number()
                .is_some_and(|v| (v - answer).abs() <= ESTIMATE_CLOSE * answer.abs())
    })
}

/// Words right before a figure that make it a change over a period ("rose by 268,000",
/// "added 5,000 jobs", "a gain of only 19,000"): one month's change in one industry leaves
/// nothing to reason from, where a level or a rate does (issue 10, round 18: four B).
const CHANGE_WORDS: &[&str] = &[
    "by",
    "added",
    "adding",
    "lost",
    "losing",
    "shed",
    "shedding",
    "cut",
    "gained",
    "gain of",
    "increase of",
    "rise of",
    "drop of",
    "decline of",
    "loss of",
    "fall of",
    "was up",
    "were up",
    "is up",
    "are up",
    "was down",
    "were down",
    "is down",
    "are down",
];

/// Words of a clause that make the figures it lists in brackets changes: "jobs also fell in
/// fabricated metals (8,000)", "the net return of striking workers (75,000)" (round 51: B,
/// "one industry's monthly job loss is not a magnitude one can reason about").
const CHANGING: &[&str] = &[
    "fell",
    "rose",
    "grew",
    "dropped",
    "declined",
    "increased",
    "decreased",
    "gained",
    "lost",
    "return",
    "drop",
    "rise",
    "fall",
    "gain",
    "loss",
];

/// Whether `q` is one of three or more counts its sentence lists ("17,468 vacuum tubes, 7,200
/// crystal diodes, 1,500 relays…"): an inventory is recalled, not reasoned toward (round 52:
/// B for ENIAC's diodes and relays).
fn in_an_inventory(card: &Card, q: &Quantity) -> bool {
    if q.kind != crate::quantity::Kind::Count || q.noun.is_none() {
        return false;
    }
    let mut nouns: Vec<String> = crate::quantity::find(&card.text)
        .into_iter()
        .filter(|o| o.kind == q.kind)
        .filter_map(|o| o.noun)
        .collect();
    nouns.sort();
    nouns.dedup();
    nouns.len() >= 3
}

/// "51% humidity" at a match: one day's weather is guessed, not reasoned toward (rounds 52
/// and 53: B twice).
fn one_days_weather(card: &Card) -> bool {
    card.text.to_lowercase().contains("humidity")
}

/// Whether `q` is a change, by the words before it in `text`.
fn a_change(text: &str, q: &Quantity) -> bool {
    let before = text[..q.span.start].trim_end().to_lowercase();
    let before = before
        .strip_suffix("only")
        .or_else(|| before.strip_suffix("just"))
        .or_else(|| before.strip_suffix("about"))
        .unwrap_or(&before)
        .trim_end();
    let said = CHANGE_WORDS.iter().any(|w| {
        before
            .strip_suffix(w)
            .is_some_and(|head| head.is_empty() || head.ends_with([' ', '(']))
    });
    said || listed_change(before)
}

/// Whether a figure in brackets after `before` is listed in a clause of changes.
fn listed_change(before: &str) -> bool {
    let Some(head) = before.strip_suffix('(') else {
        return false;
    };
    let clause = head.rsplit([';', '.', ':']).next().unwrap_or_default();
    clause
        .split(|c: char| !c.is_alphabetic())
        .any(|w| CHANGING.contains(&w))
}

/// Whether a quantity is one people estimate: counts of a thousand or more, money, percentages.
pub fn estimable(q: &Quantity) -> bool {
    let Some(n) = q.value.number() else {
        return false;
    };
    // An estimate is right within 10 %: a band tighter than the figure's own rounding ("2
    // percent", right only from 1.8 to 2.2; "an estimated 400,000", which stands for 350,000
    // to 450,000) asks for more than the fact says (rubric C; round 16).
    let band_fits = ESTIMATE_CORRECT * n.abs() >= last_digit(q) / 2.0 - 1e-9;
    q.kind
        .rules()
        .estimated_from
        .is_some_and(|from| n.abs() >= from)
        && band_fits
}

/// What the last significant digit of a written figure is worth: 100,000 for "400,000", 1
/// for "2,224", 0.1 million for "1.2 million".
fn last_digit(q: &Quantity) -> f64 {
    let num = &q.style.num;
    let step = num.step();
    let Some(n) = q.value.number().filter(|_| num.decimals == 0) else {
        return step;
    };
    let shown = (n / step).abs().round();
    let mut unit = 1.0;
    while shown >= unit * 10.0 && (shown / (unit * 10.0)).fract() == 0.0 {
        unit *= 10.0;
    }
    unit * step
}

/// An estimation question, or `None` for cards that are not estimated.
pub fn ask(card: &Card, deck: &Pool, rng: &mut impl Rng) -> Option<Question> {
    let Answer::Quantity(q) = &card.answer else {
        return None;
    };
    // A range is recalled whole: an estimate of its low end alone would misread it.
    if card.is_question
        || q.range.is_some()
        || !estimable(q)
        || near_figure_in_view(card, q)
        || a_change(&card.text, q)
        || in_an_inventory(card, q)
        || one_days_weather(card)
    {
        return None;
    }
    let prompt = natural(card).unwrap_or_else(|| cloze(card));
    // "…stood at what percentage? Your best estimate?" asks twice (round 32: B).
    let cue = if prompt.trim_end().ends_with('?') {
        "Give your best estimate."
    } else {
        "Your best estimate?"
    };
    let base = Question {
        card: card.id.clone(),
        kind: card.kind(),
        format: Format::Estimate,
        prompt,
        cue: cue.into(),
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
        .filter_map(|(_, o)| Some((o.clone(), option_value(o)?)))
        // "More or less than 254,000?" for 267,000 asks for more than an estimate can know.
        .filter(|(_, v)| (v - answer).abs() >= PIVOT_GAP * answer.abs())
        // "More or less than 99%?" of a town's fall in people asks nothing: a share at the
        // edge of its scale has one side no one takes (round 57e: C).
        .filter(|(_, v)| q.kind != Kind::Percent || (5.0..=95.0).contains(v))
        .collect();
    let (shown, value) = pivots
        .get(rng.random_range(0..pivots.len().max(1)))?
        .clone();
    let more = answer > value;
    // "The humidity was what percentage? More or less than 63%?" asks twice (round 52: B):
    // the pivot follows the sentence with its blank.
    let prompt = if card.is_question {
        base.prompt.clone()
    } else {
        cloze(card)
    };
    Some(Question {
        prompt,
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
    use rand::SeedableRng;

    /// The cards of deck `src` and their pool.
    fn compiled(src: &str) -> (Vec<Card>, Pool) {
        let cards =
            crate::card::compile(&crate::deck::parse(src.as_bytes(), "t").deck.unwrap()).cards;
        let pool = Pool::of(&cards);
        (cards, pool)
    }

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
            // Round 16: one significant digit of 400,000 stands for 350,000 to 450,000.
            (
                "Smallpox killed an estimated 400,000 Europeans a year.",
                false,
            ),
            ("About 600,000 people died.", true),
            ("Some 2,224 people were aboard.", true),
            ("About 1.2 million people live there.", true),
        ];
        for (text, want) in cases {
            let q = crate::quantity::find(text).remove(0);
            assert_eq!(estimable(&q), want, "{text}");
        }
    }

    #[test]
    fn a_change_over_a_period_is_not_estimated() {
        let cases = [
            ("Payroll employment rose by 268,000 in January.", true),
            ("That came after a gain of only 19,000 in December.", true),
            ("Mining added 5,000 jobs.", true),
            ("Lumber kept losing jobs, shedding 6,000 in January.", true),
            ("Payrolls were cut by 38,000 as plants shut.", true),
            ("Employment rose to 132.1 million.", false),
            ("About 75 million people died.", false),
            ("Jobs fell in metals (5,000).", true),
            ("The net return of striking workers (75,000) helped.", true),
            (
                "Total payroll employment was up 161,000 in September.",
                true,
            ),
            (
                "These jobholders made up 5.9 percent of the employed.",
                false,
            ),
            ("Rates went down for adult women (3.5 percent).", false),
            ("The labor force (140.9 million) grew.", false),
            ("The stand-by crew of 4,000 waited.", false),
        ];
        for (text, want) in cases {
            let q = crate::quantity::find(text).remove(0);
            assert_eq!(a_change(text, &q), want, "{text}");
        }
    }

    #[test]
    fn one_days_humidity_is_not_estimated() {
        let src = "title: T\nfacts:\n  - The humidity at the final was 51 percent.\n  - The turnout at the vote was 51 percent.\n  - The share was 40 percent.\n  - The rate was 14 percent.\n";
        let (cards, pool) = compiled(src);
        let asked = |k: usize| {
            (0..10).any(|seed| {
                ask(
                    &cards[k],
                    &pool,
                    &mut rand::rngs::StdRng::seed_from_u64(seed),
                )
                .is_some()
            })
        };
        assert!(!asked(0), "a day's humidity");
        assert!(asked(1), "a turnout");
    }

    #[test]
    fn an_option_is_read_back_as_the_figure_it_shows() {
        let cases = [
            ("254,000", Some(254_000.0)),
            ("$14 billion", Some(14e9)),
            ("4.1 percent", Some(4.1)),
            ("1.2 million", Some(1.2e6)),
            ("45,000 km", Some(45_000.0)),
            ("none", None),
        ];
        for (option, want) in cases {
            assert_eq!(option_value(option), want, "{option}");
        }
    }

    #[test]
    fn no_estimate_beside_a_near_figure_or_with_a_close_pivot() {
        let src = "title: T\nfacts:\n  - The rate climbed from {64.4 percent} to 64.5 percent.\n  - The rate rose to {64.4 percent}, from 31 percent.\n  - The town had 16,000 people.\n  - The city had 14,000 people.\n  - The county had 19,000 people.\n  - The state had 90,000 people.\n";
        let (cards, pool) = compiled(src);
        for seed in 0..20 {
            let mut rng = rand::rngs::StdRng::seed_from_u64(seed);
            assert!(ask(&cards[0], &pool, &mut rng).is_none(), "64.5 is in view");
            let town = ask(&cards[2], &pool, &mut rng);
            if let Some(pivot) = town
                .as_ref()
                .and_then(|q| q.cue.strip_prefix("More or less than "))
            {
                assert!(
                    !pivot.starts_with("14,000") && !pivot.starts_with("19,000"),
                    "{pivot}"
                );
            }
        }
        let far = (0..20).any(|seed| {
            ask(
                &cards[1],
                &pool,
                &mut rand::rngs::StdRng::seed_from_u64(seed),
            )
            .is_some()
        });
        assert!(far, "31 percent is far from 64.4");
        // A share's pivot keeps off the ends of its scale.
        let src = "title: T\nfacts:\n  - In some towns the population fell by as much as 67%.\n  - Turnout was 99%.\n  - Turnout was 98%.\n  - Turnout was 97%.\n";
        let (cards, pool) = compiled(src);
        let mut pivots = 0;
        for seed in 0..40 {
            let mut rng = rand::rngs::StdRng::seed_from_u64(seed);
            let asked = ask(&cards[0], &pool, &mut rng);
            if let Some(pivot) = asked
                .as_ref()
                .and_then(|q| q.cue.strip_prefix("More or less than "))
            {
                let n: f64 = pivot.trim_end_matches("%?").parse().unwrap();
                assert!((5.0..=95.0).contains(&n), "{pivot}");
                pivots += 1;
            }
        }
        assert!(pivots > 0, "some seed asks more or less");
    }

    #[test]
    fn an_inventory_is_not_estimated_and_a_pivot_follows_a_blank() {
        let src = "title: T\nfacts:\n  - Inside were 17,468 vacuum tubes, 7,200 crystal diodes and 1,500 relays.\n  - The turnout at the vote was {63 percent}.\n  - Payroll rose by 268,000 to {132.1 million}, after a gain of 19,000.\n  - The town had 16,000 people.\n  - The city had 34,000 people.\n  - The county had 49,000 people.\n  - The rate was 14 percent.\n  - The share was 40 percent.\n";
        let (cards, pool) = compiled(src);
        let asked = |k: usize| {
            (0..20)
                .filter_map(|seed| {
                    ask(
                        &cards[k],
                        &pool,
                        &mut rand::rngs::StdRng::seed_from_u64(seed),
                    )
                })
                .collect::<Vec<_>>()
        };
        for (k, card) in cards.iter().enumerate().take(3) {
            assert!(asked(k).is_empty(), "{}", card.text);
        }
        // The turnout: a pivot's question follows the sentence with its blank, not a
        // question of its own ("was what percentage? More or less than 40 percent?").
        let turnout = asked(3);
        assert!(turnout.iter().any(|q| q.cue.starts_with("More or less")));
        for q in turnout.iter().filter(|q| q.cue.starts_with("More or less")) {
            assert!(
                q.prompt.contains("_____") && !q.prompt.ends_with('?'),
                "{}",
                q.prompt
            );
        }
        assert!(
            !asked(4).is_empty(),
            "a level beside two changes is estimated"
        );
    }
}
