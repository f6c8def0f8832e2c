//! Worksheets and the teacher's report through the real binary.

use crate::common::factdrill;
use factdrill::schedule::{CardState, Phase};
use factdrill::store::{Export, ExportCard, Review, Store, VERSION};
use serde_json::Value;

#[test]
fn worksheet_wording_is_reviewed_on_purpose() {
    let home = tempfile::tempdir().unwrap();
    let out = factdrill(home.path())
        .args([
            "worksheet",
            "nato-2018",
            "-n",
            "8",
            "--versions",
            "2",
            "--seed",
            "3",
        ])
        .output()
        .unwrap();
    assert!(out.status.success());
    insta::assert_snapshot!(
        "worksheet-nato-2018",
        String::from_utf8(out.stdout).unwrap()
    );
}

fn review(profile: &str, card: &str, at: u64, verdict: &str) -> Review {
    Review {
        uid: String::new(),
        profile: profile.into(),
        card_id: card.into(),
        deck_id: "d".into(),
        reviewed_at_ms: at,
        rating: if verdict == "wrong" { 1 } else { 3 },
        verdict: verdict.into(),
        format: "typed".into(),
        given: "x".into(),
        expected: format!("answer {card}"),
        elapsed_ms: 1000,
        kind: "review".into(),
        overridden: false,
    }
}

#[test]
fn report_figures_come_from_the_store() {
    let home = tempfile::tempdir().unwrap();
    let day = 86_400_000u64;
    let t0 = 20_000 * day;
    let mut export = Export {
        format: "factdrill-progress".into(),
        version: VERSION,
        cards: vec![],
        reviews: vec![],
        decks: vec![("d".into(), "D".into(), 3)],
    };
    // Ana: 4 answers, 3 right; Ben: 2 answers, 0 right. Card c1 is missed 3 times out of 4.
    let log = [
        ("Ana", "d:c1:1", "wrong"),
        ("Ana", "d:c2:1", "correct"),
        ("Ana", "d:c3:1", "correct"),
        ("Ana", "d:c3:1", "correct"),
        ("Ben", "d:c1:1", "wrong"),
        ("Ben", "d:c1:1", "wrong"),
    ];
    for (k, (who, card, verdict)) in log.iter().enumerate() {
        export
            .reviews
            .push(review(who, card, t0 + k as u64 * 1000, verdict));
    }
    for (who, card, stability) in [
        ("Ana", "d:c1:1", 2.0),
        ("Ana", "d:c2:1", 30.0),
        ("Ana", "d:c3:1", 25.0),
        ("Ben", "d:c1:1", 1.0),
    ] {
        let state = CardState {
            phase: Phase::Review,
            step: 0,
            stability,
            difficulty: 5.0,
            due_ms: t0 + day,
            last_review_ms: t0,
            reps: 2,
            lapses: 0,
        };
        export.cards.push(ExportCard {
            profile: who.into(),
            card_id: card.into(),
            deck_id: "d".into(),
            state,
        });
    }
    Store::open(&home.path().join("progress.sqlite3"))
        .unwrap()
        .import(&export)
        .unwrap();
    // The deck in the library, so the report can say which fact each card asks about.
    std::fs::create_dir_all(home.path().join("decks")).unwrap();
    std::fs::write(
        home.path().join("decks/d.yaml"),
        "title: D\nfacts:\n  - fact: It had 12 members.\n    id: c1\n  - fact: It had 3 doors.\n    id: c2\n  - fact: It had 7 rooms.\n    id: c3\n",
    )
    .unwrap();
    let out = factdrill(home.path())
        .args(["report", "--all", "--json"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let report: Value = serde_json::from_slice(&out.stdout).unwrap();
    let learners = report["learners"].as_array().unwrap();
    assert_eq!(learners[0]["profile"], "Ana");
    assert_eq!(
        (
            learners[0]["answers"].as_u64(),
            learners[0]["accuracy"].as_f64(),
            learners[0]["mastered"].as_u64()
        ),
        (Some(4), Some(0.75), Some(2))
    );
    assert_eq!(
        (
            learners[1]["answers"].as_u64(),
            learners[1]["accuracy"].as_f64()
        ),
        (Some(2), Some(0.0))
    );
    assert_eq!(learners[0]["last_active"], "2024-10-04");
    let missed = report["missed"].as_array().unwrap();
    assert_eq!(missed[0]["card"], "d:c1:1");
    assert_eq!(missed[0]["fact"], "It had 12 members.");
    assert_eq!(
        (missed[0]["wrong"].as_u64(), missed[0]["answers"].as_u64()),
        (Some(3), Some(3))
    );
    assert_eq!(missed.len(), 1, "cards never missed are not listed");
    let only_ana = factdrill(home.path())
        .args(["report", "--profiles", "Ana", "--json"])
        .output()
        .unwrap();
    let only: Value = serde_json::from_slice(&only_ana.stdout).unwrap();
    assert_eq!(only["learners"].as_array().unwrap().len(), 1);
    assert_eq!(only["missed"][0]["answers"], 1);
}

/// Plays true/false questions answering `t` to each, in a fresh home, until one is missed;
/// returns that home.
fn a_missed_true_false() -> tempfile::TempDir {
    for answer in ["t\n", "f\n"] {
        let home = tempfile::tempdir().unwrap();
        let out = factdrill(home.path())
            .args(["--json", "--format", "truefalse", "-n", "4", "--seed", "3"])
            .write_stdin(answer.repeat(4))
            .output()
            .unwrap();
        let wrong = crate::common::events(&out.stdout)
            .iter()
            .any(|e| e["event"] == "answer" && e["verdict"] == "wrong");
        if wrong {
            return home;
        }
    }
    panic!("no true/false question was missed either way");
}

#[test]
fn stats_and_report_show_a_missed_card_by_its_fact_and_real_answer() {
    let home = a_missed_true_false();
    let out = factdrill(home.path())
        .args(["stats", "--json"])
        .output()
        .unwrap();
    let stats: Value = serde_json::from_slice(&out.stdout).unwrap();
    let weakest = stats["weakest"].as_array().unwrap();
    assert!(
        !weakest.is_empty(),
        "a card missed minutes ago is weak: {stats}"
    );
    for w in weakest {
        assert!(w["fact"].is_string(), "{w}");
        assert!(
            !["true", "false"].contains(&w["answer"].as_str().unwrap()),
            "{w}"
        );
        assert!(w["misses"].as_u64().unwrap() >= 1, "{w}");
    }
    for args in [&["stats"][..], &["report"]] {
        let out = factdrill(home.path()).args(args).output().unwrap();
        let text = String::from_utf8_lossy(&out.stdout);
        let fact = weakest[0]["fact"].as_str().unwrap();
        assert!(text.contains(fact), "{args:?}: {text}");
        assert!(
            !text.contains("nato-2018:"),
            "{args:?}: no card ids: {text}"
        );
        assert!(!text.contains("recall now 100%"), "{args:?}: {text}");
    }
}
