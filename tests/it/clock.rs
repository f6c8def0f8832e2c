//! `FACTDRILL_NOW` runs factdrill as of another time (issue 12, point 10): a second day is
//! tried without waiting for one, and output says the time is not real.

use std::path::Path;

fn play_at(home: &Path, now: &str, args: &[&str]) -> (Vec<serde_json::Value>, String) {
    let out = crate::common::factdrill(home)
        .env("FACTDRILL_NOW", now)
        .args(["play", "nato-2018", "--json", "--seed", "1"])
        .args(args)
        .write_stdin("x\n".repeat(30))
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let events = crate::common::events(&out.stdout);
    (events, String::from_utf8_lossy(&out.stderr).into_owned())
}

fn questions(events: &[serde_json::Value]) -> usize {
    events.iter().filter(|e| e["event"] == "question").count()
}

#[test]
fn the_next_day_comes_without_waiting() {
    let home = tempfile::tempdir().unwrap();
    let (day1, note) = play_at(home.path(), "2026-12-24T09:00", &["-n", "3", "--new", "3"]);
    assert!(questions(&day1) >= 3);
    assert!(
        note.contains("running as of 2026-12-24T09-00-00Z") && note.contains("not the real time"),
        "{note}"
    );
    // Later the same day, with no new cards allowed: the missed cards are not due yet.
    let (later, _) = play_at(home.path(), "2026-12-24T09:01", &["--new", "0"]);
    assert_eq!(later[0]["event"], "nothing_due", "{later:?}");
    // Two days on, they are due, and the day's new cards are allowed again.
    let (day3, _) = play_at(home.path(), "2026-12-26T09:00", &["-n", "20", "--new", "2"]);
    let asked: std::collections::HashSet<&str> = day3
        .iter()
        .filter(|e| e["event"] == "question")
        .map(|e| e["card"].as_str().unwrap())
        .collect();
    let before: std::collections::HashSet<&str> = day1
        .iter()
        .filter(|e| e["event"] == "question")
        .map(|e| e["card"].as_str().unwrap())
        .collect();
    assert_eq!(
        before.intersection(&asked).count(),
        3,
        "yesterday's three are due"
    );
    assert_eq!(asked.len(), 5, "and two new cards: {asked:?}");
}

#[test]
fn a_time_that_is_not_one_is_refused() {
    let home = tempfile::tempdir().unwrap();
    crate::common::factdrill(home.path())
        .env("FACTDRILL_NOW", "next tuesday")
        .args(["play", "--json"])
        .assert()
        .code(1)
        .stderr(predicates::str::contains("2026-12-24T09:00"));
}
