//! Property tests: any input in, no panic out; numbers written then read give the same value.

use factdrill::card::compile;
use factdrill::deck::parse;
use factdrill::grade::{grade_typed, read_date, read_number};
use factdrill::quantity::{find, Kind};
use factdrill::question::{ask, Format, InMemory};
use proptest::prelude::*;
use rand::rngs::StdRng;
use rand::SeedableRng;

fn a_card() -> factdrill::card::Card {
    let src = "title: T\nfacts:\n  - The treaty had 12 members and was signed on April 4, 1949, for $14 billion.\n";
    compile(&parse(src.as_bytes(), "t").deck.unwrap())
        .cards
        .remove(0)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn finding_quantities_never_panics_and_spans_are_exact(text in "\\PC{0,80}") {
        for q in find(&text) {
            prop_assert_eq!(&text[q.span.clone()], q.text.as_str());
        }
    }

    #[test]
    fn sentences_of_number_like_tokens_never_panic(parts in prop::collection::vec(prop_oneof![
        "[0-9]{1,5}", "[0-9]{1,3}(,[0-9]{3}){0,2}", "[0-9]\\.[0-9]{1,2}",
        Just("April".to_string()), Just("-".to_string()), Just("–".to_string()), Just(",".to_string()),
        Just("percent".to_string()), Just("$".to_string()), Just("million".to_string()), Just("th".to_string()),
        Just("km/h".to_string()), Just("Thirty-nine".to_string()), Just("in".to_string()), Just("+".to_string()),
    ], 0..12), glue in prop::collection::vec(any::<bool>(), 12)) {
        let mut text = String::new();
        for (k, p) in parts.iter().enumerate() {
            if k > 0 && !glue[k] { text.push(' '); }
            text.push_str(p);
        }
        for q in find(&text) {
            prop_assert_eq!(&text[q.span.clone()], q.text.as_str());
        }
    }

    #[test]
    fn parsing_any_bytes_never_panics(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
        let parsed = parse(&bytes, "x");
        prop_assert!(parsed.deck.is_some() || !parsed.errors.is_empty());
    }

    #[test]
    fn parsing_yaml_like_text_never_panics(text in "(title: [a-z]{0,5}\n)?(facts:\n)?(  - [a-z0-9 {}:\\[\\]&*,.'\"-]{0,30}\n){0,6}") {
        let parsed = parse(text.as_bytes(), "x");
        if let Some(deck) = parsed.deck {
            let _ = compile(&deck);
        }
    }

    #[test]
    fn any_sentence_splits_and_asks_in_every_form_without_panic(
        text in "[a-zA-Z0-9 .,°€£$%'’:;!?()é中-]{0,60}",
        seed in 0u64..1000,
    ) {
        let _ = factdrill::sentences::split(&text);
        let yaml = serde_json::to_string(&text).unwrap();
        let src = format!("title: T\nfacts:\n  - {yaml}\n  - It had 12 members in 1949.\n");
        if let Some(deck) = parse(src.as_bytes(), "t").deck {
            let cards = compile(&deck).cards;
            let mut source = InMemory::new(cards.clone());
            let mut rng = StdRng::seed_from_u64(seed);
            for card in &cards {
                for format in [Format::Typed, Format::Choice, Format::TrueFalse, Format::Timeline, Format::Estimate] {
                    let q = ask(card, format, &mut source, 2, &mut rng);
                    prop_assert!(!q.prompt.is_empty());
                }
            }
        }
    }

    /// Issue 9, point 11: fuzzed prose with braces made imports that failed `check`.
    #[test]
    fn every_imported_deck_passes_check(
        text in "[a-zA-Z0-9 .,:;#{}\\[\\]\"'*>|%@&!?\n-]{0,200}",
        title in prop::option::of("[ a-z{}:#\\-]{0,8}"),
    ) {
        let deck = factdrill::import::from_text(&text, title.as_deref(), "Fallback", None);
        if !deck.facts.is_empty() {
            let yaml = factdrill::import::to_yaml(&deck);
            let parsed = parse(yaml.as_bytes(), "x");
            prop_assert!(parsed.errors.is_empty(), "{:?}\n{}", parsed.errors, yaml);
            let compiled = compile(&parsed.deck.unwrap());
            prop_assert!(compiled.errors.is_empty(), "{:?}\n{}", compiled.errors, yaml);
        }
    }

    #[test]
    fn grading_any_answer_never_panics(answer in "\\PC{0,40}") {
        let card = a_card();
        let _ = grade_typed(&card, &answer);
        let _ = read_number(&answer, true);
        let _ = read_date(&answer);
    }

    #[test]
    fn counts_written_then_read_give_the_same_value(n in 2u64..999_999_999) {
        let grouped = n.to_string().as_bytes().rchunks(3).rev().map(|c| std::str::from_utf8(c).unwrap()).collect::<Vec<_>>().join(",");
        let found = find(&format!("There were {grouped} delegates."));
        prop_assert_eq!(found.len(), 1);
        prop_assert_eq!(found[0].value.number(), Some(n as f64));
        prop_assert_eq!(read_number(&grouped, false).map(|r| r.value), Some(n as f64));
    }

    #[test]
    fn dates_written_then_read_give_the_same_value(y in 1000i32..2199, m in 1u8..=12, d in 1u8..=28) {
        let month = factdrill::quantity::month_name(m);
        for text in [format!("{month} {d}, {y}"), format!("{d} {month} {y}"), format!("{y}-{m:02}-{d:02}")] {
            let found = find(&format!("It happened on {text}."));
            prop_assert_eq!(found.len(), 1, "{}", text);
            prop_assert_eq!(found[0].kind, Kind::Date);
            prop_assert_eq!(found[0].value.to_string(), format!("{y:04}-{m:02}-{d:02}"));
            prop_assert_eq!(read_date(&text).map(|x| x.iso()), Some(format!("{y:04}-{m:02}-{d:02}")));
        }
    }
}
