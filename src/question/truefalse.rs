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
    // "reach the 2 percent benchmark": whoever reaches 2 percent reaches 1 percent too, so
    // a lower swap is still true (round 21: rated C); options are in ascending order.
    let floor = matches!(&card.answer, Answer::Quantity(q) if a_threshold(&card.text, q));
    let wrong: Vec<&String> = options
        .iter()
        .enumerate()
        .filter(|(k, o)| *k != right && !reads_one(o) && (!floor || *k > right))
        .map(|(_, o)| o)
        .collect();
    if wrong.is_empty() {
        return None;
    }
    // "1.15%" for an arable share of 1.21% is not clearly false to one who knows "about
    // 1.2%" (round 36: B): a swap keeps to options 5 % or more off where there are some.
    let key = match &card.answer {
        Answer::Quantity(q) => q.value.number(),
        Answer::Text { .. } => None,
    };
    let far = |o: &&String| {
        let n = crate::quantity::find(o)
            .first()
            .and_then(|f| f.value.number());
        match (key, n) {
            (Some(k), Some(n)) if k != 0.0 => ((n - k) / k).abs() >= 0.05,
            _ => true,
        }
    };
    let clear: Vec<&String> = wrong.iter().copied().filter(far).collect();
    let mut wrong = if clear.is_empty() { wrong } else { clear };
    // "the first airliner with two aisles": a small count is swapped for its nearest
    // neighbour, not for "five aisles", false on sight (round 40: B).
    if let (Answer::Quantity(q), Some(k)) = (&card.answer, key) {
        if super::distractor::few(q) {
            let gap = |o: &&String| {
                let n = crate::quantity::find(o)
                    .first()
                    .and_then(|f| f.value.number());
                n.map_or(f64::INFINITY, |n| (n - k).abs())
            };
            let nearest = wrong.iter().map(gap).fold(f64::INFINITY, f64::min);
            wrong.retain(|o| gap(o) <= nearest);
        }
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
    Some(judged(card, statement, altered))
}

/// The true-or-false question stating `statement`, false when it `altered` the fact.
fn judged(card: &Card, statement: String, altered: Option<String>) -> Question {
    let truth = altered.is_none();
    Question {
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
    }
}

/// True or false for a bound ("more than 1.1 billion people"): the fact as written, or
/// with the bound turned to its opposite ("fewer than 1.1 billion people"), which is false
/// whatever the figure beyond it. `None` when the bound has no opposite.
pub fn ask_bound(card: &Card, word: &str, rng: &mut impl Rng) -> Option<Question> {
    let Answer::Quantity(q) = &card.answer else {
        return None;
    };
    let opposite = crate::screen::bound_opposite(word, q.kind)?;
    // The bound word as written, the last one before the figure ("at least the 17th").
    let head = &card.text[..q.span.start];
    let at = head.to_ascii_lowercase().rfind(word)?;
    let end = at + word.len();
    let written = &card.text[at..end];
    // "More than 1,500 died": the opposite takes the capital the sentence opens with.
    let opposite = match written.chars().next() {
        Some(c) if c.is_uppercase() => crate::subject::capitalize(opposite),
        _ => opposite.to_string(),
    };
    let upward = matches!(
        word,
        "more than" | "upwards of" | "in excess of" | "at least" | "over" | "above"
    );
    let truth = card_number(card).is_none_or(|n| n == 1) && rng.random_bool(0.5)
        || beyond_in_view(&card.text, q, upward);
    if truth {
        return Some(judged(card, card.text.clone(), None));
    }
    // Turned round, the figure moves a third past it too: "fewer than 1,500 died" is not
    // clearly false beside estimates from 1,490, nor "under 30 short tons (27 t)" when 27 t
    // is 29.8 short tons (rounds 28–35: C five times); "fewer than 1,000" is.
    let moved = q.value.number().and_then(|n| {
        let step = super::distractor::rounding_unit(q);
        let target = if upward { n * 2.0 / 3.0 } else { n * 1.5 };
        let rounded = (target / step).round() * step;
        // "over a thousand" rounds back to a thousand: turned round alone.
        (rounded > 0.0 && (rounded - n).abs() > 1e-9 * n.abs().max(1.0))
            .then(|| crate::quantity::render(q, &q.value.with_number(rounded)))
    });
    let restated = match &moved {
        Some(value) if !value.is_empty() => replace_hidden(card, value),
        _ => card.text.clone(),
    };
    let statement = format!("{}{opposite}{}", &restated[..at], &restated[end..]);
    let figure = match &moved {
        Some(value) => format!(" {value}"),
        None => card.text[end..q.span.end].trim_end().to_string(),
    };
    let altered = Some(format!("{opposite}{figure}"));
    Some(judged(card, statement, altered))
}

/// Whether the sentence prints another figure of the answer's kind past its bound: "above
/// 20 °C everywhere, and close to 30 °C in the hottest regions" turned to "below 20 °C"
/// would contradict its own 30 °C (rounds 33 and 34: C). Such a bound is stated true.
fn beyond_in_view(text: &str, q: &crate::quantity::Quantity, upward: bool) -> bool {
    use crate::quantity::Value;
    let Some(bound) = q.value.number() else {
        return false;
    };
    crate::quantity::find(text).iter().any(|o| {
        let value = match (q.value, o.value) {
            (Value::Amount { unit: a, .. }, Value::Amount { unit: b, amount })
                if a.dim == b.dim =>
            {
                b.convert(amount, a)
            }
            (Value::Amount { .. }, _) | (_, Value::Amount { .. }) => return false,
            _ => match o.value.number() {
                Some(n) => n,
                None => return false,
            },
        };
        o.span != q.span && o.kind == q.kind && if upward { value > bound } else { value < bound }
    })
}

/// Whether the figure names a threshold to reach ("the 2 percent benchmark", "a target of").
fn a_threshold(text: &str, q: &crate::quantity::Quantity) -> bool {
    let next = text[q.span.end..]
        .split_whitespace()
        .next()
        .unwrap_or_default()
        .trim_matches(|c: char| !c.is_alphabetic())
        .to_lowercase();
    let noun = |w: &str| {
        matches!(
            w,
            "benchmark" | "target" | "threshold" | "goal" | "minimum" | "guideline"
        )
    };
    // "the benchmark of spending 2 percent of GDP", "a target of 2 percent".
    let before: Vec<String> = text[..q.span.start]
        .split_whitespace()
        .rev()
        .take(4)
        .map(|w| w.to_lowercase())
        .collect();
    // Read backwards: "of" right after one of the nouns, the figure within four words.
    let of_noun = before.windows(2).any(|p| p[0] == "of" && noun(&p[1]));
    noun(&next) || of_noun
}

/// A card's number within its fact (`DECK:FACT:N`).
fn card_number(card: &Card) -> Option<usize> {
    card.id.0.rsplit_once(':').and_then(|(_, n)| n.parse().ok())
}

/// The fact with the answer (everywhere it is written) replaced by `value`.
fn replace_hidden(card: &Card, value: &str) -> String {
    // An amount in parts is one figure: its minutes are no equivalent of its hours.
    let parts = crate::quantity::parts::join;
    let found = parts(&card.text, crate::quantity::find(&card.text));
    // A range's high end is no equivalent of its low end: the range is swapped whole.
    let ranged = matches!(&card.answer, Answer::Quantity(q) if q.range.is_some());
    let swapped = parts(value, crate::quantity::find(value))
        .into_iter()
        .next()
        .filter(|_| !ranged);
    let mut out = String::new();
    let mut at = 0;
    for r in super::hidden(card) {
        if r.start < at {
            continue;
        }
        out.push_str(&card.text[at..r.start]);
        agree_article(&mut out, value);
        out.push_str(&restated(
            &card.text,
            &found,
            r.clone(),
            value,
            swapped.as_ref(),
        ));
        at = r.end;
    }
    out.push_str(&card.text[at..]);
    out
}

/// "a" or "an" before `next` as it is said: "a ninth expedition" swapped reads "an eighth
/// expedition", not "a eighth" (round 33 preview).
fn agree_article(out: &mut String, next: &str) {
    let lower = next.to_lowercase();
    let digits: String = lower.chars().take_while(char::is_ascii_digit).collect();
    let vowel = if digits.is_empty() {
        lower.starts_with(['a', 'e', 'i', 'o'])
            || lower.starts_with('u') && !lower.starts_with("uni") && !lower.starts_with("use")
    } else {
        // "an 8", "an 11th", "an 18-year", "an 800 m": said with a vowel first.
        digits.starts_with('8')
            || (digits.starts_with("11") || digits.starts_with("18"))
                && matches!(digits.len(), 2 | 5 | 6)
    };
    // The article as the text has it, at the end of `out`, after a space or at the start.
    let Some(word) = ["a ", "A ", "an ", "An "].into_iter().find(|w| {
        out.ends_with(w) && (out.len() == w.len() || out[..out.len() - w.len()].ends_with(' '))
    }) else {
        return;
    };
    let capital = word.starts_with('A');
    let wanted = match (vowel, capital) {
        (true, false) => "an ",
        (true, true) => "An ",
        (false, false) => "a ",
        (false, true) => "A ",
    };
    out.truncate(out.len() - word.len());
    out.push_str(wanted);
}

#[cfg(test)]
#[test]
fn an_article_agrees_with_the_swapped_value() {
    let cases = [
        ("In 1953, a ", "eighth", "In 1953, an "),
        ("It was an ", "ninth", "It was a "),
        ("A ", "eighth", "An "),
        ("It was an ", "8", "It was an "),
        ("It was a ", "11th", "It was an "),
        ("It was a ", "12th", "It was a "),
        ("Santa ", "eighth", "Santa "),
        ("It was an ", "unique", "It was a "),
    ];
    for (before, next, want) in cases {
        let mut out = before.to_string();
        agree_article(&mut out, next);
        assert_eq!(out, want, "{before}{next}");
    }
}

/// `value` for the hidden range `r`, with the one stated equivalent `r` also covers converted
/// to match: "43.8 °C or 110.8 °F" swapped reads "57.5 °C or 135.5 °F", not "57.5 °C" alone
/// beside figures that keep theirs (issue 10: swap both consistently; round 8 rated the bare
/// swap C, it gave itself away). Money, or several equivalents, keep the value alone.
fn restated(
    text: &str,
    found: &[crate::quantity::Quantity],
    r: std::ops::Range<usize>,
    value: &str,
    swapped: Option<&crate::quantity::Quantity>,
) -> String {
    use crate::quantity::Value;
    let Some(figure) = found
        .iter()
        .find(|q| q.span.start == r.start && swapped.is_some())
    else {
        return value.to_string();
    };
    let inside: Vec<_> = found
        .iter()
        .filter(|q| q.span.start >= figure.span.end && q.span.end <= r.end)
        .collect();
    let [equivalent] = inside.as_slice() else {
        return value.to_string();
    };
    match (swapped.map(|s| s.value), equivalent.value) {
        (Some(Value::Amount { amount, unit }), Value::Amount { unit: to, .. })
            if unit.dim == to.dim =>
        {
            // Rounded as the stated equivalent is written: "110.8 °F" to tenths, "735,000 lb"
            // to thousands.
            let step = super::distractor::rounding_unit(equivalent);
            let converted = Value::Amount {
                amount: (unit.convert(amount, to) / step).round() * step,
                unit: to,
            };
            format!(
                "{value}{}{}{}",
                &text[figure.span.end..equivalent.span.start],
                crate::quantity::render(equivalent, &converted),
                &text[equivalent.span.end..r.end]
            )
        }
        _ => value.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::card::compile;
    use crate::deck::parse;
    use rand::rngs::StdRng;
    use rand::SeedableRng;

    /// Issue 10: a swapped figure's stated equivalent is swapped with it, as written.
    #[test]
    fn a_stated_equivalent_is_swapped_with_its_figure() {
        // (fact, swapped value, statement)
        let cases = [
            (
                "It reached 46.4 °C or 115.5 °F in July.",
                "57.5 °C",
                "It reached 57.5 °C or 135.5 °F in July.",
            ),
            (
                "The lake is 636 km (395 mi) long.",
                "700 km",
                "The lake is 700 km (435 mi) long.",
            ),
            (
                "It weighs 333,400 kg (735,000 lb).",
                "213,400 kg",
                "It weighs 213,400 kg (470,000 lb).",
            ),
            (
                "It cost $500,000 or €450,000.",
                "$200,000",
                "It cost $200,000.",
            ),
        ];
        for (fact, value, want) in cases {
            let src = format!("title: T\nfacts:\n  - fact: \"{fact}\"\n");
            let cards = compile(&parse(src.as_bytes(), "t").deck.unwrap()).cards;
            assert_eq!(replace_hidden(&cards[0], value), want, "{fact}");
        }
    }

    /// A bound is stated as written, or turned to its opposite, never with another figure.
    #[test]
    fn a_bound_is_judged_true_as_written_and_false_turned_round() {
        let cases = [
            (
                "More than 1,500 people died.",
                "Fewer than 1,000 people died.",
                "more than 1,500",
            ),
            (
                "It weighed over 30 short tons.",
                "It weighed under 20 short tons.",
                "over 30 short tons",
            ),
            (
                "It killed more than 80 percent of children.",
                "It killed less than 53 percent of children.",
                "more than 80 percent",
            ),
            (
                "At least 2.1 million people left.",
                "Fewer than 1.4 million people left.",
                "at least 2.1 million",
            ),
            (
                "Its bed lies well over 1,186 m below.",
                "Its bed lies well under 791 m below.",
                "over 1,186 m",
            ),
        ];
        for (fact, turned, stated) in cases {
            let src = format!("title: T\nfacts:\n  - fact: \"{fact}\"\n");
            let cards = compile(&parse(src.as_bytes(), "t").deck.unwrap()).cards;
            let mut seen = std::collections::HashSet::new();
            for seed in 0..20 {
                let mut rng = StdRng::seed_from_u64(seed);
                let word = super::super::wording::bound(&cards[0]).unwrap();
                let q = ask_bound(&cards[0], word, &mut rng).unwrap();
                let want = if q.expect == Expect::Option(0) {
                    fact
                } else {
                    turned
                };
                assert_eq!(q.prompt, want, "{fact}");
                seen.insert(q.prompt);
            }
            assert_eq!(seen.len(), 2, "both statements drawn: {fact}");
            assert_eq!(super::super::as_stated(&cards[0]).to_lowercase(), stated);
        }
    }

    /// The values swapped into the first card of a one-fact deck over 40 seeds.
    fn swaps(fact: &str) -> Vec<String> {
        let src = format!("title: T\nfacts:\n  - {fact}\n");
        let cards = compile(&parse(src.as_bytes(), "t").deck.unwrap()).cards;
        let pool = crate::question::pool::Pool::of(&cards);
        (0..40)
            .filter_map(|seed| ask(&cards[0], &pool, &mut StdRng::seed_from_u64(seed)))
            .filter_map(|q| q.altered)
            .collect()
    }

    #[test]
    fn a_swap_keeps_clear_of_the_figure() {
        let shown = swaps("Arable land makes up 1.21% of the land.");
        assert!(shown.len() > 5, "{} swaps drawn", shown.len());
        for value in shown {
            let n: f64 = value.trim_end_matches('%').parse().unwrap();
            assert!(((n - 1.21) / 1.21).abs() >= 0.05, "{value}");
        }
    }

    #[test]
    fn a_small_count_is_swapped_for_its_nearest_neighbour() {
        let shown = swaps("The 747 was the first airliner with two aisles.");
        assert!(shown.len() > 5, "{} swaps drawn", shown.len());
        assert!(shown.iter().all(|v| v == "three"), "{shown:?}");
    }

    #[test]
    fn a_bound_beside_a_figure_past_it_is_stated_true() {
        let fact = "It is above 20 °C everywhere, and close to 30 °C in the hottest regions.";
        let src = format!("title: T\nfacts:\n  - fact: \"{fact}\"\n");
        let cards = compile(&parse(src.as_bytes(), "t").deck.unwrap()).cards;
        let card = cards.iter().find(|c| c.text.contains("above")).unwrap();
        let word = super::super::wording::bound(card).unwrap();
        for seed in 0..20 {
            let q = ask_bound(card, word, &mut StdRng::seed_from_u64(seed)).unwrap();
            assert!(!q.prompt.contains("below"), "{}", q.prompt);
        }
    }

    /// A threshold to reach is swapped upward only: reaching 2 percent reaches 1 percent.
    #[test]
    fn a_threshold_is_swapped_upward_only() {
        // Round 21: the NATO deck's "reach the 2 percent benchmark" was swapped to 1 percent.
        let src = crate::deck::builtin("nato-2018").unwrap();
        let cards = compile(&parse(src.as_bytes(), "nato-2018").deck.unwrap()).cards;
        let pool = Pool::of(&cards);
        let card = cards
            .iter()
            .find(|c| c.text.contains("benchmark") && c.answer_text() == "2 percent")
            .unwrap();
        for seed in 0..60 {
            let q = ask(card, &pool, &mut StdRng::seed_from_u64(seed)).unwrap();
            if let Some(altered) = &q.altered {
                let n: f64 = altered.trim_end_matches(" percent").parse().unwrap();
                assert!(n > 2.0, "seed {seed}: {altered}");
            }
        }
    }

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
