use super::*;

fn errors(src: &str) -> Vec<Diagnostic> {
    parse(src.as_bytes(), "test").errors
}

fn first_error(src: &str) -> Diagnostic {
    let errs = errors(src);
    assert!(!errs.is_empty(), "expected an error for {src:?}");
    errs[0].clone()
}

#[test]
fn reads_every_item_form() {
    let src = "title: T\nfacts:\n  - Plain 12 members.\n  - fact: Signed on {April 4, 1949}.\n    id: treaty\n    tolerance: 5%\n  - question: Capital of France?\n    answer: Paris\n    accept: [paris city]\n";
    let deck = parse(src.as_bytes(), "stem").deck.unwrap();
    assert_eq!(deck.id, "stem");
    assert_eq!(deck.facts.len(), 3);
    assert_eq!(deck.facts[1].id.as_deref(), Some("treaty"));
    assert_eq!(deck.facts[1].tolerance, Some(Tolerance::Relative(0.05)));
    assert_eq!(deck.facts[2].line, 7);
    assert!(matches!(&deck.facts[2].body, FactBody::Question { answer, .. } if answer == "Paris"));
}

#[test]
fn reports_errors_at_their_lines() {
    let cases: &[(&str, usize, &str, &str)] = &[
        (
            "title: T\nfacts: [\n",
            3,
            "invalid deck",
            "YAML syntax error at the end",
        ),
        ("facts:\n  - a 1\n", 1, "no `title`", "missing title"),
        (
            "title: ''\nfacts:\n  - a 1\n",
            1,
            "no `title`",
            "empty title",
        ),
        ("title: T\n", 1, "no facts", "missing facts"),
        (
            "title: T\nas_of: soon\nfacts:\n  - a 1\n",
            2,
            "names no year",
            "as_of without a year",
        ),
        ("title: T\nfacts: []\n", 2, "no facts", "empty facts"),
        (
            "title: T\nfacts: twelve\n",
            2,
            "`facts:` takes a list",
            "facts not a list",
        ),
        (
            "title: T\nfacts:\n  - question: Q?\n    answer: A\n    distractors: B\n",
            5,
            "`distractors:` takes a list",
            "distractors not a list",
        ),
        (
            "title: [a, b]\nfacts:\n  - It had 12.\n",
            1,
            "`title:` takes one value",
            "title a list",
        ),
        (
            "title: T\nfacts:\n  - fact: The ratio was 3: 1 in 2019.\n",
            3,
            "put the whole text in double quotes",
            "colon inside a plain value",
        ),
        (
            "title: T\nfacts:\n  - @home 12 people\n",
            3,
            "character YAML reserves",
            "reserved first character",
        ),
        (
            "title: T\nfacts:\n  - fatc: x 1\n",
            3,
            "did you mean `fact`",
            "misspelt key",
        ),
        (
            "title: T\ntitel: U\nfacts:\n  - a 1\n",
            2,
            "did you mean `title`",
            "misspelt top-level key",
        ),
        (
            "title: T\nfacts:\n  - a 1\n  - b {2\n",
            4,
            "never closed",
            "unbalanced braces",
        ),
        (
            "title: T\nfacts:\n  - fact: a 1\n    id: x\n  - fact: b 2\n    id: x\n",
            5,
            "already used on line 3",
            "duplicate id",
        ),
        (
            "title: T\nfacts:\n  - question: Q?\n",
            3,
            "no `answer:`",
            "question without answer",
        ),
        (
            "title: T\nfacts:\n  - fact: a 1\n    tolerance: lots\n",
            3,
            "not a tolerance",
            "bad tolerance",
        ),
        ("", 1, "empty", "empty file"),
        ("# only a comment\n", 1, "empty", "comment only"),
        ("just words", 1, "YAML map", "not a map"),
        (
            "title: T\nid: 'a b'\nfacts:\n  - a 1\n",
            2,
            "deck id",
            "bad deck id",
        ),
    ];
    for (src, line, words, why) in cases {
        let e = first_error(src);
        assert_eq!(e.line, *line, "{why}: {e}");
        assert!(e.message.contains(words), "{why}: {e}");
    }
}

#[test]
fn survives_hostile_input() {
    let bomb = "a: &a [\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\nf: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]\ng: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]\nh: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]\ni: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]\n";
    assert!(!errors(bomb).is_empty());
    let deep = format!("title: T\nfacts: {}", "[".repeat(100_000));
    let e = first_error(&deep);
    assert!(e.message.contains("nested too deeply"), "{e}");
    let bytes: Vec<u8> = (0..4096u32)
        .map(|n| (n.wrapping_mul(2_654_435_761) >> 24) as u8)
        .collect();
    assert!(!parse(&bytes, "x").errors.is_empty());
    let bad_utf8 = b"title: T\nfacts:\n  - caf\xe9 12\n";
    let e = parse(bad_utf8, "x").errors.remove(0);
    assert_eq!((e.line, e.column), (3, 8));
    let big = vec![b'#'; MAX_DECK_BYTES + 1];
    assert!(parse(&big, "x").errors[0].message.contains("16 MiB"));
}

#[test]
fn builtin_decks_are_valid() {
    for (id, text) in BUILTIN {
        let parsed = parse(text.as_bytes(), id);
        assert!(parsed.errors.is_empty(), "{id}: {:?}", parsed.errors);
        assert_eq!(parsed.deck.unwrap().id, *id);
    }
}

#[test]
fn the_starter_deck_is_valid_and_shows_every_item_form() {
    let text = starter("My deck", "my-deck");
    let parsed = parse(text.as_bytes(), "x");
    assert!(parsed.errors.is_empty(), "{:?}", parsed.errors);
    let deck = parsed.deck.unwrap();
    assert_eq!(
        (deck.title.as_str(), deck.id.as_str()),
        ("My deck", "my-deck")
    );
    assert!(deck
        .facts
        .iter()
        .any(|f| matches!(f.body, FactBody::Question { .. })));
    assert!(deck
        .facts
        .iter()
        .any(|f| f.tolerance.is_some() && f.note.is_some() && f.hint.is_some()));
    let compiled = crate::card::compile(&deck);
    assert!(compiled.errors.is_empty(), "{:?}", compiled.errors);
}

#[test]
fn a_leading_byte_order_mark_is_not_part_of_the_deck() {
    // (text after the mark, why): each must read exactly as it does without the mark.
    let cases = [
        ("title: T\nfacts:\n  - It had 12.\n", "a valid deck"),
        ("title: T\nfacts: [\n", "a syntax error keeps its line"),
        (
            "title: T: x\nfacts: [a 1]\n",
            "an error on line 1 keeps its column",
        ),
        (
            "title: T\nfacts:\n  - a {b 1\n",
            "a fact error keeps its line",
        ),
    ];
    for (text, why) in cases {
        let plain = parse(text.as_bytes(), "d");
        let marked = parse(format!("\u{feff}{text}").as_bytes(), "d");
        assert_eq!(marked.deck, plain.deck, "{why}");
        assert_eq!(marked.errors, plain.errors, "{why}");
    }
    assert!(parse("\u{feff}title: T\nfacts: [a 1]\n".as_bytes(), "d")
        .deck
        .is_some());
}
