//! The corpus of real texts (issue 10): every text imported and asked in every form. A
//! per-text summary and the full preview of three texts are snapshots, reviewed on purpose
//! when they change; the rules below hold for every question of every text.

use factdrill::card::{compile, Card};
use factdrill::deck::parse;
use factdrill::import::{from_text, to_yaml};
use factdrill::question::{ask, Format, InMemory, BLANK};
use rand::rngs::StdRng;
use rand::SeedableRng;
use std::path::PathBuf;

const FORMATS: [Format; 5] = [
    Format::Typed,
    Format::Choice,
    Format::TrueFalse,
    Format::Estimate,
    Format::Timeline,
];

/// The texts shown in full: conversions (Everest), race labels (Bolt), a year in a
/// tournament's name and scores (1966 final).
const IN_FULL: [&str; 3] = [
    "04-mount-everest",
    "09-usain-bolt",
    "17-world-cup-1966-final",
];

fn texts() -> Vec<(String, PathBuf)> {
    let dir = PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/corpus"));
    let mut out: Vec<(String, PathBuf)> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .map(|p| (p.file_stem().unwrap().to_string_lossy().into_owned(), p))
        .collect();
    out.sort();
    out
}

/// A text imported as `import` does, and compiled.
fn compiled(name: &str, path: &PathBuf) -> factdrill::card::Compiled {
    let text = std::fs::read_to_string(path).unwrap();
    let yaml = to_yaml(&from_text(&text, None, name, None));
    let parsed = parse(yaml.as_bytes(), name);
    assert!(parsed.errors.is_empty(), "{name}: {:?}", parsed.errors);
    compile(&parsed.deck.unwrap())
}

/// Every question of every card, in every form it supports.
fn questions(cards: &[Card]) -> Vec<(Card, factdrill::question::Question)> {
    let mut source = InMemory::new(cards.to_vec());
    let mut rng = StdRng::seed_from_u64(1);
    let mut out = Vec::new();
    for card in cards {
        for format in FORMATS {
            let q = ask(card, format, &mut source, 0, &mut rng);
            if q.format == format {
                out.push((card.clone(), q));
            }
        }
    }
    out
}

#[test]
fn corpus_summary_is_reviewed_on_purpose() {
    let mut summary = String::from("text: facts, cards, questions; figures not asked by reason\n");
    for (name, path) in texts() {
        let c = compiled(&name, &path);
        let n = questions(&c.cards).len();
        let mut reasons = std::collections::BTreeMap::new();
        for d in c.facts.iter().flat_map(|f| &f.dropped) {
            *reasons.entry(format!("{:?}", d.why)).or_insert(0) += 1;
        }
        let reasons: Vec<String> = reasons.iter().map(|(r, n)| format!("{r} {n}")).collect();
        summary.push_str(&format!(
            "{name}: {}, {}, {n}; {}\n",
            c.facts.len(),
            c.cards.len(),
            reasons.join(", ")
        ));
    }
    insta::assert_snapshot!("corpus-summary", summary);
}

#[test]
fn corpus_previews_are_reviewed_on_purpose() {
    let home = tempfile::tempdir().unwrap();
    for (name, path) in texts()
        .into_iter()
        .filter(|(n, _)| IN_FULL.contains(&n.as_str()))
    {
        let deck = home.path().join(format!("{name}.yaml"));
        let text = std::fs::read_to_string(&path).unwrap();
        std::fs::write(&deck, to_yaml(&from_text(&text, None, &name, None))).unwrap();
        let out = assert_cmd::Command::cargo_bin("factdrill")
            .unwrap()
            .args(["preview", "--seed", "1", "--color", "never"])
            .arg(&deck)
            .env("FACTDRILL_HOME", home.path())
            .output()
            .unwrap();
        assert!(out.status.success(), "{name}");
        insta::assert_snapshot!(
            format!("corpus-{name}"),
            String::from_utf8(out.stdout).unwrap()
        );
    }
}

/// The shapes of issue 10 that no question of the corpus may have.
#[test]
fn no_question_breaks_a_figure_or_asks_a_conversion() {
    let broken = |p: &str| {
        let dashes = ['–', '-'];
        dashes.iter().any(|d| {
            p.contains(&format!("{BLANK}{d}")) && !p.contains(&format!("{BLANK}{d}{BLANK}"))
                || p.contains(&format!("{d}{BLANK}"))
        })
    };
    let mut bad = Vec::new();
    for (name, path) in texts() {
        let c = compiled(&name, &path);
        for (card, q) in questions(&c.cards) {
            let p = &q.prompt;
            // A blank or "how many" inside a bracket asks a conversion, and a bracketed
            // figure right after the blank shows it; a dash beside a blank breaks a range
            // or score; "× _____" a product.
            let measure = matches!(card.kind().name(), "measure" | "duration");
            let in_view = format!("{BLANK} (");
            let shown = p.match_indices(&in_view).any(|(at, _)| {
                let rest = &p[at + in_view.len()..];
                rest.starts_with(|c: char| c.is_ascii_digit())
            });
            let conversion =
                measure && (p.contains(&format!("({BLANK}")) || shown) || p.contains("(how many");
            let product = p.contains(&format!("× {BLANK}")) || p.contains(&format!("{BLANK} ×"));
            if conversion || broken(p) || product {
                bad.push(format!("{name} {}: {p}", card.id));
            }
        }
    }
    assert!(
        bad.is_empty(),
        "{} questions:\n{}",
        bad.len(),
        bad.join("\n")
    );
}
