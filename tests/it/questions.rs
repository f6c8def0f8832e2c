//! Question quality over a corpus of varied facts and the built-in decks: the answer never
//! shows in the prompt, options are distinct and wrong, altered statements are really false,
//! timelines are in the right order. And snapshots of the built-in decks' wording.

use factdrill::card::{compile, Answer, Card};
use factdrill::deck::{builtin, parse};
use factdrill::grade::{grade_typed, read_number, Verdict};
use factdrill::quantity::{find, Date, Value};
use factdrill::question::{
    as_stated, ask, bound, event_of, same_figure, Expect, Format, InMemory, BLANK,
};
use rand::rngs::StdRng;
use rand::SeedableRng;

fn cards_of(yaml: &str, id: &str) -> Vec<Card> {
    let parsed = parse(yaml.as_bytes(), id);
    assert!(parsed.errors.is_empty(), "{id}: {:?}", parsed.errors);
    let compiled = compile(&parsed.deck.unwrap());
    assert!(compiled.errors.is_empty(), "{id}: {:?}", compiled.errors);
    compiled.cards
}

fn decks() -> Vec<(String, Vec<Card>)> {
    let corpus = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/corpus.yaml"
    ))
    .unwrap();
    vec![
        ("corpus".to_string(), cards_of(&corpus, "corpus")),
        (
            "nato-2018".to_string(),
            cards_of(builtin("nato-2018").unwrap(), "nato-2018"),
        ),
        (
            "space-race".to_string(),
            cards_of(builtin("space-race").unwrap(), "space-race"),
        ),
    ]
}

#[test]
fn the_corpus_is_large_and_varied() {
    let corpus = &decks()[0].1;
    let facts: std::collections::HashSet<&str> = corpus.iter().map(|c| c.text.as_str()).collect();
    assert!(facts.len() >= 40, "{} facts", facts.len());
    let kinds: std::collections::HashSet<&str> = corpus.iter().map(|c| c.kind().name()).collect();
    for kind in [
        "date", "year", "count", "percent", "money", "duration", "measure",
    ] {
        assert!(kinds.contains(kind), "no {kind} in the corpus");
    }
}

/// Whether the prompt shows the card's answer (the same figure, in any written form).
fn shows_answer(prompt: &str, card: &Card) -> bool {
    match &card.answer {
        Answer::Quantity(q) => find(prompt).iter().any(|p| same_figure(q, p)),
        Answer::Text { answer, .. } => {
            !card.is_question && prompt.to_lowercase().contains(&answer.to_lowercase())
        }
    }
}

fn when(v: &Value) -> Option<i64> {
    match v {
        Value::Year(y) => Some(i64::from(*y) * 400 + 200),
        Value::Date(Date {
            year: Some(y),
            month,
            day,
            ..
        }) => Some(i64::from(*y) * 400 + i64::from(*month) * 32 + i64::from(day.unwrap_or(0))),
        _ => None,
    }
}

#[test]
fn every_form_of_every_card_asks_honestly() {
    for (deck, cards) in decks() {
        let mut source = InMemory::new(cards.clone());
        // Every dated sentence's event, with its time, to check timeline answers against.
        let events: Vec<(String, i64)> = cards
            .iter()
            .filter_map(|c| match &c.answer {
                Answer::Quantity(q) if !c.is_question => {
                    Some((event_of(&c.text, q.span.clone())?, when(&q.value)?))
                }
                _ => None,
            })
            .collect();
        let event_time = |text: &str| events.iter().find(|(e, _)| e == text).map(|(_, t)| *t);
        for card in &cards {
            for seed in 0..6u64 {
                for format in [
                    Format::Typed,
                    Format::Choice,
                    Format::TrueFalse,
                    Format::Estimate,
                    Format::Timeline,
                ] {
                    let mut rng = StdRng::seed_from_u64(seed);
                    let q = ask(card, format, &mut source, (seed % 3) as u8, &mut rng);
                    let what = format!("{deck} {} as {}: {:?}", card.id, q.format.name(), q.prompt);
                    match (&q.format, &q.expect) {
                        (Format::Typed | Format::Choice | Format::Estimate, _) => {
                            assert!(!shows_answer(&q.prompt, card), "answer visible in {what}");
                        }
                        (Format::TrueFalse, Expect::Option(1)) => {
                            let shown = q
                                .altered
                                .as_deref()
                                .expect("a false statement says what it changed");
                            assert!(q.prompt.contains(shown), "{what}");
                            if let Some(word) = bound(card) {
                                // "fewer than 1,000" for "more than 1,500": the bound turned
                                // round, its figure moved past it where it can be.
                                let stated = as_stated(card).to_lowercase();
                                let shown = shown.to_lowercase();
                                assert_ne!(shown, stated, "{what}");
                                assert!(!shown.starts_with(&word.to_lowercase()), "{what}");
                                continue;
                            }
                            assert_eq!(
                                grade_typed(card, shown).verdict,
                                Verdict::Wrong,
                                "the altered value is not really wrong in {what}"
                            );
                        }
                        (Format::TrueFalse, _) => assert_eq!(q.prompt, card.text, "{what}"),
                        (Format::Timeline, expect) => {
                            let times: Vec<i64> = q
                                .choices
                                .iter()
                                .map(|c| {
                                    event_time(c)
                                        .unwrap_or_else(|| panic!("unknown event {c:?} in {what}"))
                                })
                                .collect();
                            let years: std::collections::HashSet<i64> =
                                times.iter().map(|t| t / 400).collect();
                            assert_eq!(
                                years.len(),
                                times.len(),
                                "two events in the same year in {what}"
                            );
                            match expect {
                                Expect::Option(k) => {
                                    assert_eq!(times[*k], *times.iter().min().unwrap(), "{what}")
                                }
                                Expect::Sequence(s) => {
                                    let order: Vec<i64> = s
                                        .chars()
                                        .map(|c| times[(c as u8 - b'A') as usize])
                                        .collect();
                                    assert!(
                                        order.windows(2).all(|w| w[0] < w[1]),
                                        "{s} is not in order in {what}"
                                    );
                                }
                                other => panic!("{other:?} in {what}"),
                            }
                        }
                    }
                    if let Expect::Option(right) = q.expect {
                        let options: std::collections::HashSet<String> =
                            q.choices.iter().map(|c| c.to_lowercase()).collect();
                        assert_eq!(
                            options.len(),
                            q.choices.len(),
                            "options repeat in {what}: {:?}",
                            q.choices
                        );
                        if q.format == Format::Choice {
                            assert_eq!(q.choices[right], card.answer_text(), "{what}");
                            for (k, o) in q.choices.iter().enumerate().filter(|(k, _)| *k != right)
                            {
                                assert_eq!(
                                    grade_typed(card, o).verdict,
                                    Verdict::Wrong,
                                    "option {k} {o:?} is not wrong in {what}"
                                );
                            }
                        }
                        if q.format == Format::Estimate {
                            let pivot = q
                                .cue
                                .trim_start_matches("More or less than ")
                                .trim_end_matches('?');
                            let (Answer::Quantity(a), Some(p)) =
                                (&card.answer, read_number(pivot, false))
                            else {
                                panic!("{what}")
                            };
                            assert_eq!(right == 0, a.value.number().unwrap() > p.value, "{what}");
                        }
                    }
                }
            }
        }
    }
}

#[test]
fn questions_read_like_questions_or_show_one_blank() {
    for (deck, cards) in decks() {
        let mut source = InMemory::new(cards.clone());
        for card in cards.iter().filter(|c| !c.is_question) {
            let q = ask(
                card,
                Format::Typed,
                &mut source,
                0,
                &mut StdRng::seed_from_u64(1),
            );
            let blanks = q.prompt.matches(BLANK).count();
            // A bound is judged true or false, whatever form was asked for.
            if q.format == Format::TrueFalse && bound(card).is_some() {
                continue;
            }
            assert!(
                q.prompt.ends_with('?') && blanks == 0 || blanks >= 1 && !q.cue.is_empty(),
                "{deck} {}: {:?} / {:?}",
                card.id,
                q.prompt,
                q.cue
            );
        }
    }
}

#[test]
fn built_in_wording_is_reviewed_on_purpose() {
    for id in ["nato-2018", "space-race"] {
        let out = crate::common::factdrill(&crate::common::temp_home())
            .args(["preview", id, "--color", "never"])
            .output()
            .unwrap();
        assert!(out.status.success());
        insta::assert_snapshot!(
            format!("preview-{id}"),
            String::from_utf8(out.stdout).unwrap()
        );
    }
}
