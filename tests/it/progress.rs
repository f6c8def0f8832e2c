//! Spaced repetition through the real binary: sessions in a row, durability, stats, backups.

use crate::common::events;
use assert_cmd::Command;
use serde_json::Value;
use std::io::{BufRead, BufReader, Write};
use std::path::Path;
use std::process::{Command as Std, Stdio};

/// The binary in `home`, as the learner `ana`.
fn factdrill(home: &Path) -> Command {
    let mut cmd = crate::common::factdrill(home);
    cmd.args(["--profile", "ana"]);
    cmd
}

fn cards_asked(ev: &[Value]) -> Vec<String> {
    ev.iter()
        .filter(|e| e["event"] == "question")
        .map(|e| e["card"].as_str().unwrap().to_string())
        .collect()
}

fn stats(home: &Path) -> Value {
    let out = factdrill(home).args(["stats", "--json"]).output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

#[test]
fn a_second_session_goes_on_with_new_cards_and_respects_the_daily_limit() {
    let home = tempfile::tempdir().unwrap();
    let first = factdrill(home.path())
        .args(["--json", "-n", "3", "--new", "4", "--seed", "1"])
        .write_stdin("x\nx\nx\n")
        .assert()
        .success();
    let first = cards_asked(&events(&first.get_output().stdout));
    assert_eq!(first.len(), 3);
    assert!(
        first[0].ends_with("founding-members:1"),
        "new cards come in deck order: {first:?}"
    );
    let second = factdrill(home.path())
        .args(["--json", "-n", "3", "--new", "4", "--seed", "1"])
        .write_stdin("x\nx\nx\n")
        .assert()
        .success();
    let ev = events(&second.get_output().stdout);
    let second = cards_asked(&ev);
    assert_eq!(
        second.len(),
        1,
        "one new card left of the four allowed today: {second:?}"
    );
    assert!(!first.contains(&second[0]));
    let third = factdrill(home.path())
        .args(["--json", "--new", "4"])
        .write_stdin("")
        .assert()
        .success();
    let ev = events(&third.get_output().stdout);
    assert_eq!(ev[0]["event"], "nothing_due");
    assert!(
        ev[0]["next_due_ms"].as_u64().is_some(),
        "says when the next card is due"
    );
    let s = stats(home.path());
    assert_eq!(s["total_reviews"], 4);
    assert_eq!(s["cards"]["learning"], 4);
}

#[test]
fn cram_asks_without_touching_the_schedule() {
    let home = tempfile::tempdir().unwrap();
    factdrill(home.path())
        .args(["--json", "-n", "2", "--cram", "--seed", "3"])
        .write_stdin("x\nx\n")
        .assert()
        .success();
    assert_eq!(stats(home.path())["total_reviews"], 0);
}

#[test]
fn answers_survive_kill_9() {
    let home = tempfile::tempdir().unwrap();
    let bin = crate::common::bin();
    let mut child = Std::new(bin)
        .args(["--profile", "ana", "--plain", "-n", "10", "--seed", "2"])
        .env("FACTDRILL_HOME", home.path())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
    let mut answered = 0;
    while answered < 3 {
        let line = lines.next().unwrap().unwrap();
        if line.starts_with("Question ") {
            // The question's cue and options follow; answer once the cue line is read.
            writeln!(stdin, "x").unwrap();
            stdin.flush().unwrap();
        }
        if line.starts_with("✓") || line.starts_with("✗") || line.starts_with("≈") {
            answered += 1;
        }
    }
    // The third verdict is printed before the answer is recorded; wait for the next question,
    // which is shown only after the record is committed.
    loop {
        if lines.next().unwrap().unwrap().starts_with("Question ") {
            break;
        }
    }
    child.kill().unwrap(); // SIGKILL on Unix.
    child.wait().unwrap();
    assert_eq!(stats(home.path())["total_reviews"], 3);
    factdrill(home.path())
        .args(["progress", "check"])
        .assert()
        .success();
}

#[test]
fn two_sessions_at_once_both_record() {
    let home = tempfile::tempdir().unwrap();
    let bin = crate::common::bin();
    let spawn = |profile: &str| {
        Std::new(&bin)
            .args(["--profile", profile, "--json", "-n", "5", "--seed", "4"])
            .env("FACTDRILL_HOME", home.path())
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap()
    };
    let mut a = spawn("ana");
    let mut b = spawn("ben");
    for child in [&mut a, &mut b] {
        child
            .stdin
            .take()
            .unwrap()
            .write_all(b"x\nx\nx\nx\nx\n")
            .unwrap();
    }
    for child in [a, b] {
        let out = child.wait_with_output().unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert_eq!(events(&out.stdout).last().unwrap()["answered"], 5);
    }
    assert_eq!(stats(home.path())["total_reviews"], 5);
    let ben = factdrill(home.path())
        .args(["stats", "--json", "--profile", "ben"])
        .output()
        .unwrap();
    let ben: Value = serde_json::from_slice(&ben.stdout).unwrap();
    assert_eq!(ben["total_reviews"], 5);
}

#[test]
fn a_corrupt_store_is_reported_and_left_alone() {
    let home = tempfile::tempdir().unwrap();
    let path = home.path().join("progress.sqlite3");
    let junk: Vec<u8> = b"SQLite format 3\0"
        .iter()
        .copied()
        .chain((0..8192u32).map(|n| (n * 31 % 251) as u8))
        .collect();
    std::fs::write(&path, &junk).unwrap();
    let out = factdrill(home.path())
        .args(["--json", "-n", "1"])
        .write_stdin("x\n")
        .assert()
        .code(1);
    let err = String::from_utf8_lossy(&out.get_output().stderr).into_owned();
    assert!(
        err.contains("progress.sqlite3") && err.contains("untouched"),
        "{err}"
    );
    assert!(
        std::fs::read(&path).unwrap() == junk,
        "the file was changed"
    );
    factdrill(home.path())
        .args(["--json", "-n", "1", "--no-save"])
        .write_stdin("x\n")
        .assert()
        .success();
}

#[test]
fn stats_draw_charts_and_report_json() {
    let home = tempfile::tempdir().unwrap();
    factdrill(home.path())
        .args(["--json", "-n", "4", "--seed", "5"])
        .write_stdin("x\nx\nx\nx\n")
        .assert()
        .success();
    let s = stats(home.path());
    for key in [
        "total_reviews",
        "due_today",
        "cards",
        "retention_30d",
        "streak_days",
        "decks",
    ] {
        assert!(s.get(key).is_some(), "stats lack {key}");
    }
    assert_eq!(s["streak_days"], 1);
    assert_eq!(s["due_next_14_days"].as_array().unwrap().len(), 14);
    let text = factdrill(home.path())
        .arg("stats")
        .env("LANG", "C.UTF-8")
        .output()
        .unwrap();
    let text = String::from_utf8(text.stdout).unwrap();
    assert!(
        text.contains("Due in the next 14 days") && text.contains('█'),
        "{text}"
    );
    let ascii = factdrill(home.path())
        .arg("stats")
        .env("LANG", "C")
        .env("LC_ALL", "")
        .output()
        .unwrap();
    let ascii = String::from_utf8(ascii.stdout).unwrap();
    assert!(ascii.contains('#') && !ascii.contains('█'), "{ascii}");
}

#[test]
fn export_then_import_round_trips() {
    let home = tempfile::tempdir().unwrap();
    factdrill(home.path())
        .args(["--json", "-n", "3", "--seed", "6"])
        .write_stdin("x\nx\nx\n")
        .assert()
        .success();
    let file = home.path().join("backup.json");
    factdrill(home.path())
        .args(["progress", "export"])
        .arg(&file)
        .assert()
        .success();
    let other = tempfile::tempdir().unwrap();
    let out = factdrill(other.path())
        .args(["progress", "import"])
        .arg(&file)
        .assert()
        .success();
    assert!(String::from_utf8_lossy(&out.get_output().stdout).contains("3 reviews"));
    factdrill(other.path())
        .args(["progress", "import"])
        .arg(&file)
        .assert()
        .success()
        .stdout(predicates::str::contains("0 reviews (3 already present)"));
    assert_eq!(stats(other.path())["total_reviews"], 3);
}

#[test]
fn editing_a_fact_with_an_id_keeps_its_progress() {
    let home = tempfile::tempdir().unwrap();
    let deck = home.path().join("deck.yaml");
    std::fs::write(
        &deck,
        "title: T\nfacts:\n  - fact: The alliance had 12 founding members.\n    id: founders\n",
    )
    .unwrap();
    factdrill(home.path())
        .arg(&deck)
        .args(["--json", "-n", "1"])
        .write_stdin("12\n")
        .assert()
        .success();
    std::fs::write(&deck, "title: T\nfacts:\n  - fact: Twelve countries founded the alliance.\n    id: founders\n  - The alliance has 40 partners.\n").unwrap();
    let out = factdrill(home.path())
        .arg(&deck)
        .args(["--json", "-n", "5"])
        .write_stdin("x\nx\n")
        .assert()
        .success();
    let asked = cards_asked(&events(&out.get_output().stdout));
    assert!(
        !asked.contains(&"deck:founders:1".to_string()),
        "the reworded fact is not new: {asked:?}"
    );
    let s = factdrill(home.path())
        .args(["stats", "--json", "--deck", "deck"])
        .output()
        .unwrap();
    let s: Value = serde_json::from_slice(&s.stdout).unwrap();
    assert_eq!(s["total_reviews"], 2);
}

#[test]
fn reset_needs_confirmation() {
    let home = tempfile::tempdir().unwrap();
    factdrill(home.path())
        .args(["--json", "-n", "2", "--seed", "7"])
        .write_stdin("x\nx\n")
        .assert()
        .success();
    factdrill(home.path())
        .args(["progress", "reset", "--deck", "nato-2018"])
        .assert()
        .code(1)
        .stderr(predicates::str::contains("--yes"));
    factdrill(home.path())
        .args(["progress", "reset", "--deck", "nato-2018", "--yes"])
        .assert()
        .success();
    assert_eq!(stats(home.path())["total_reviews"], 0);
}

#[test]
fn optimize_fits_parameters_once_there_are_enough_reviews() {
    use factdrill::store::{Export, ExportCard, Review, Store};
    let home = tempfile::tempdir().unwrap();
    factdrill(home.path())
        .args(["progress", "optimize"])
        .assert()
        .success()
        .stdout(predicates::str::contains("300 more"));
    let day = 86_400_000u64;
    let mut export = Export {
        format: "factdrill-progress".into(),
        version: factdrill::store::VERSION,
        cards: vec![],
        reviews: vec![],
        decks: vec![],
    };
    for card in 0..60u64 {
        let id = format!("d:c{card}:1");
        for k in 0..6u64 {
            // Cards that are forgotten now and then, reviewed at growing intervals.
            let rating = if (card + k) % 5 == 0 { 1 } else { 3 };
            export.reviews.push(Review {
                uid: String::new(),
                profile: "ana".into(),
                card_id: id.clone(),
                deck_id: "d".into(),
                reviewed_at_ms: day * (1 + card % 7 + k * k * 3),
                rating,
                verdict: "correct".into(),
                format: "typed".into(),
                given: "x".into(),
                expected: "x".into(),
                elapsed_ms: 2000,
                kind: if k == 0 {
                    "new".into()
                } else {
                    "review".into()
                },
                overridden: false,
            });
        }
        export.cards.push(ExportCard {
            profile: "ana".into(),
            card_id: id,
            deck_id: "d".into(),
            state: factdrill::schedule::CardState {
                phase: factdrill::schedule::Phase::Review,
                step: 0,
                stability: 10.0,
                difficulty: 5.0,
                due_ms: day * 200,
                last_review_ms: day * 100,
                reps: 6,
                lapses: 1,
            },
        });
    }
    Store::open(&home.path().join("progress.sqlite3"))
        .unwrap()
        .import(&export)
        .unwrap();
    let out = factdrill(home.path())
        .args(["progress", "optimize"])
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        text.contains("Fitted FSRS parameters to 360 reviews"),
        "{text}"
    );
    assert!(
        text.contains("default parameters: log loss")
            && text.contains("fitted parameters:  log loss"),
        "{text}"
    );
}

#[test]
fn check_fix_carries_progress_over_to_the_new_fact_ids() {
    let home = tempfile::tempdir().unwrap();
    let deck = home.path().join("club.yaml");
    std::fs::write(
        &deck,
        "title: Club\nfacts:\n  - The club was founded in 1921.\n  - It has 340 members.\n",
    )
    .unwrap();
    factdrill(home.path())
        .arg(&deck)
        .args(["--json", "--format", "typed", "-n", "2"])
        .write_stdin("1921\n340\n")
        .assert()
        .success();
    let cards = |home: &Path| -> Vec<String> {
        let out = factdrill(home)
            .args(["progress", "export"])
            .output()
            .unwrap();
        let export: Value = serde_json::from_slice(&out.stdout).unwrap();
        let mut ids: Vec<String> = export["reviews"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| r["card_id"].as_str().unwrap().to_string())
            .collect();
        ids.sort();
        ids
    };
    let before = cards(home.path());
    assert_eq!(before.len(), 2);
    let out = factdrill(home.path())
        .args(["check", "--fix"])
        .arg(&deck)
        .assert()
        .success();
    let said = crate::common::stderr_of(&out);
    assert!(said.contains("carried over"), "{said}");
    let after = cards(home.path());
    let text = std::fs::read_to_string(&deck).unwrap();
    assert_eq!(after.len(), 2, "no review lost");
    for id in &after {
        let fact = id.split(':').nth(1).unwrap();
        assert!(text.contains(&format!("id: {fact}")), "{id} not in\n{text}");
        assert!(!before.contains(id), "{id} was renamed");
    }
    // Nothing is new again: the session finds both cards already seen, none due.
    let out = factdrill(home.path())
        .arg(&deck)
        .args(["--json", "-n", "2"])
        .write_stdin("")
        .output()
        .unwrap();
    let asked = events(&out.stdout)
        .iter()
        .filter(|e| e["event"] == "question")
        .count();
    assert_eq!(asked, 0, "{}", String::from_utf8_lossy(&out.stdout));
}
