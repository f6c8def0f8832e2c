//! `factdrill play` through the real binary, in plain and JSON modes with piped answers.

use crate::common::events;
use assert_cmd::Command;

/// The binary with a fresh progress folder and no arguments yet.
fn bare() -> Command {
    crate::common::factdrill(&crate::common::temp_home())
}

/// The binary with a fresh progress folder, so that no test touches a real home, and
/// without a progress file, so that these tests see the unscheduled game (see progress.rs).
fn factdrill() -> Command {
    let mut cmd = bare();
    cmd.arg("--no-save");
    cmd
}

#[test]
fn json_session_prints_question_answer_and_summary_events() {
    let out = factdrill()
        .args(["--json", "--format", "typed", "--seed", "1"])
        .write_stdin("12\n1949\n")
        .assert()
        .success();
    let ev = events(&out.get_output().stdout);
    let names: Vec<&str> = ev.iter().map(|e| e["event"].as_str().unwrap()).collect();
    assert_eq!(
        names,
        ["question", "answer", "question", "answer", "question", "summary"],
        "input ends at the third question"
    );
    for q in ev.iter().filter(|e| e["event"] == "question") {
        assert_eq!(q["format"], "typed");
        assert!(q["card"].as_str().unwrap().starts_with("nato-2018:"));
        assert!(
            q["prompt"].as_str().unwrap().contains("_____")
                || q["prompt"].as_str().unwrap().ends_with('?')
        );
        assert!(q["choices"].as_array().unwrap().is_empty());
    }
    for a in ev.iter().filter(|e| e["event"] == "answer") {
        for field in [
            "card",
            "kind",
            "format",
            "expected",
            "given",
            "verdict",
            "elapsed_ms",
        ] {
            assert!(!a[field].is_null(), "answer event lacks {field}: {a}");
        }
    }
    assert_eq!(ev[1]["given"], "12");
    assert_eq!(ev[3]["given"], "1949");
    let summary = ev.last().unwrap();
    assert_eq!(summary["answered"], 2);
    let verdicts: Vec<&str> = ev
        .iter()
        .filter(|e| e["event"] == "answer")
        .map(|e| e["verdict"].as_str().unwrap())
        .collect();
    let counted =
        ["correct", "close", "wrong"].map(|v| verdicts.iter().filter(|x| **x == v).count());
    assert_eq!(
        [
            summary["correct"].as_u64().unwrap(),
            summary["close"].as_u64().unwrap(),
            summary["wrong"].as_u64().unwrap()
        ],
        counted.map(|c| c as u64)
    );
}

#[test]
fn right_answers_are_graded_correct_end_to_end() {
    // Learn the questions of a seeded game, then replay it answering each one right.
    let first = factdrill()
        .args(["--json", "--format", "typed", "--seed", "5", "-n", "6"])
        .write_stdin("\n\n\n\n\n\n")
        .assert()
        .success();
    let expected: Vec<String> = events(&first.get_output().stdout)
        .iter()
        .filter(|e| e["event"] == "answer")
        .map(|e| e["expected"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(expected.len(), 6);
    let second = factdrill()
        .args(["--json", "--format", "typed", "--seed", "5", "-n", "6"])
        .write_stdin(expected.join("\n") + "\n")
        .assert()
        .success();
    let ev = events(&second.get_output().stdout);
    assert_eq!(ev.last().unwrap()["correct"], 6, "{ev:?}");
}

#[test]
fn choices_answer_by_letter_number_or_value() {
    // Seed 4 draws a card asked by choice ("partner countries"); seed 3 drew "By 2018 NATO
    // had grown…", a bound, which is asked typed only.
    let learn = factdrill()
        .args(["--json", "--format", "choice", "--seed", "4", "-n", "1"])
        .write_stdin("\n")
        .assert()
        .success();
    let ev = events(&learn.get_output().stdout);
    let choices: Vec<String> = ev[0]["choices"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c.as_str().unwrap().to_string())
        .collect();
    assert_eq!(choices.len(), 4);
    let expected = ev[1]["expected"].as_str().unwrap();
    let k = choices.iter().position(|c| c == expected).unwrap();
    let letter = ((b'a' + k as u8) as char).to_string();
    for answer in [letter, (k + 1).to_string(), expected.to_string()] {
        let out = factdrill()
            .args(["--json", "--format", "choice", "--seed", "4", "-n", "1"])
            .write_stdin(format!("{answer}\n"))
            .assert()
            .success();
        assert_eq!(
            events(&out.get_output().stdout)[1]["verdict"],
            "correct",
            "answered {answer}"
        );
    }
}

#[test]
fn the_same_seed_replays_the_same_game() {
    let run = |seed: &str| {
        factdrill()
            .args(["--plain", "--seed", seed, "-n", "5"])
            .write_stdin("a\n1\n2\n3\n4\n")
            .assert()
            .success()
            .get_output()
            .stdout
            .clone()
    };
    assert_eq!(run("9"), run("9"));
    assert_ne!(run("9"), run("10"));
}

#[test]
fn plain_mode_ends_with_the_score() {
    let out = factdrill()
        .args(["space-race", "--plain", "--seed", "2", "-n", "3"])
        .write_stdin("x\nx\nx\n")
        .assert()
        .success();
    let text = String::from_utf8(out.get_output().stdout.clone()).unwrap();
    assert_eq!(text.lines().last(), Some("Score: 0/3"), "{text}");
    assert!(text.contains("Question 1/3"));
    assert!(!text.contains('\u{1b}'), "no colour when not on a terminal");
}

#[test]
fn end_of_input_at_once_is_a_clean_empty_session() {
    let out = factdrill()
        .args(["--plain"])
        .write_stdin("")
        .assert()
        .success();
    let text = String::from_utf8(out.get_output().stdout.clone()).unwrap();
    assert!(text.ends_with("Score: 0/0\n"), "{text}");
}

#[test]
fn usage_errors_exit_2() {
    for args in [
        &["--questions", "0"][..],
        &["--format", "essay"],
        &["play", "--nope"],
        &["check"],
    ] {
        bare().args(args).assert().code(2);
    }
}

#[test]
fn a_near_miss_says_how_far_off_on_the_verdict_line() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("one.yaml");
    std::fs::write(
        &path,
        "title: T\nfacts:\n  - It was signed in 1949 by many.\n",
    )
    .unwrap();
    let out = factdrill()
        .arg(&path)
        .args(["--plain", "--format", "typed", "-n", "1"])
        .write_stdin("1950\n")
        .assert()
        .success();
    let text = String::from_utf8(out.get_output().stdout.clone()).unwrap();
    let verdict = text
        .lines()
        .find(|l| l.starts_with("≈ close"))
        .unwrap_or_default();
    assert_eq!(
        verdict, "≈ close: the answer is 1949 — one year too late",
        "{text}"
    );
}

#[test]
fn a_bad_deck_stops_play_with_its_line() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("bad.yaml");
    std::fs::write(&path, "title: T\nfacts:\n  - fatc: 12 things\n").unwrap();
    let out = bare()
        .arg("play")
        .arg(&path)
        .arg("--plain")
        .assert()
        .code(1);
    let err = String::from_utf8(out.get_output().stderr.clone()).unwrap();
    assert!(err.contains("bad.yaml:3:"), "{err}");
    assert!(err.contains("did you mean `fact`"), "{err}");
    assert!(!err.contains("panicked"));
}

#[test]
fn deck_text_cannot_reach_the_terminal_as_escape_codes() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("evil.yaml");
    std::fs::write(&path, "title: \"Evil \\e[31m deck\"\nfacts:\n  - \"The \\e]0;pwned\\a treaty had 12 members \\u009b2J and \\u202e 40 partners.\"\n").unwrap();
    let out = factdrill()
        .arg(&path)
        .args(["--plain", "--seed", "1", "-n", "2"])
        .write_stdin("12\n40\n")
        .assert()
        .success();
    let text = String::from_utf8(out.get_output().stdout.clone()).unwrap();
    for bad in ['\u{1b}', '\u{9b}', '\u{7}', '\u{202e}'] {
        assert!(!text.contains(bad), "{bad:?} reached the output: {text:?}");
    }
    assert!(text.contains("treaty had"));
}

#[test]
fn a_closed_pipe_ends_quietly() {
    use std::io::{BufRead, BufReader};
    use std::process::{Command as Std, Stdio};
    let bin = crate::common::bin();
    let mut child = Std::new(bin)
        .args(["check", "nato-2018", "space-race"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut first)
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success(), "exit {:?}", out.status);
    assert!(
        out.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// An unchanged deck file is found in the cache by its size and times alone (issue 13); a
/// deck rewritten in place, with its old modification time put back as a careful sync tool
/// would, is still read again: its change time moved.
#[test]
fn a_deck_rewritten_with_its_old_time_is_read_again() {
    let home = tempfile::tempdir().unwrap();
    let deck = home.path().join("d.yaml");
    let old = std::time::SystemTime::now() - std::time::Duration::from_secs(3600);
    let write = |count: u32| {
        std::fs::write(
            &deck,
            format!("id: d\ntitle: Club\nfacts:\n  - The club has {count} members.\n"),
        )
        .unwrap();
        std::fs::File::options()
            .write(true)
            .open(&deck)
            .unwrap()
            .set_modified(old)
            .unwrap();
    };
    let ask = || {
        let out = crate::common::factdrill(home.path())
            .args(["--json", "--format", "typed", "-n", "1", "--cram"])
            .arg(&deck)
            .write_stdin("")
            .assert()
            .success();
        let ev = events(&out.get_output().stdout);
        ev[0]["prompt"].as_str().unwrap().to_string()
    };
    write(17);
    assert!(ask().contains("how many members"));
    // Twice: the second run takes the index by the recorded stamp.
    assert!(ask().contains("how many members"));
    write(18); // Same size, same modification time.
    let out = crate::common::factdrill(home.path())
        .args(["--json", "--format", "typed", "-n", "1", "--cram"])
        .arg(&deck)
        .write_stdin("18\n")
        .assert()
        .success();
    let ev = events(&out.get_output().stdout);
    assert_eq!(
        ev[1]["verdict"], "correct",
        "the new count is asked: {ev:?}"
    );
}

#[test]
fn a_missed_card_asked_again_keeps_its_number_and_the_total() {
    // Issue 12, point 2: "1/4" became "2/5" when a missed card came back. It now comes back
    // under its first number, marked again, and the total stays the one first shown.
    let home = crate::common::temp_home();
    let deck = home.join("two.yaml");
    std::fs::write(
        &deck,
        "title: Two\nfacts:\n  - The treaty had 12 founding members.\n  - NATO was founded in 1949.\n",
    )
    .unwrap();
    let deck = deck.to_str().unwrap();
    let args = ["play", deck, "--format", "typed", "-n", "10", "--seed", "1"];
    let out = crate::common::factdrill(&home)
        .args(args)
        .arg("--json")
        .write_stdin("x\nx\nx\nx\n")
        .assert()
        .success();
    let asked: Vec<(u64, u64, bool)> = events(&out.get_output().stdout)
        .iter()
        .filter(|e| e["event"] == "question")
        .map(|q| {
            let n = |k: &str| q[k].as_u64().unwrap();
            (n("number"), n("total"), q["again"].as_bool().unwrap())
        })
        .collect();
    assert_eq!(
        asked[..4],
        [(1, 2, false), (2, 2, false), (1, 2, true), (2, 2, true)],
        "two cards, each missed and asked again: {asked:?}"
    );
    let out = crate::common::factdrill(&crate::common::temp_home())
        .args(args)
        .arg("--plain")
        .write_stdin("x\nx\nx\n")
        .assert()
        .success();
    let text = String::from_utf8_lossy(&out.get_output().stdout).into_owned();
    let headers: Vec<&str> = text.lines().filter(|l| l.starts_with("Question")).collect();
    assert_eq!(
        headers[..3],
        [
            "Question 1/2 [count]",
            "Question 2/2 [year]",
            "Question 1/2 again [count]"
        ],
        "{text}"
    );
    assert!(
        text.contains("Answered 3 (1 again): 0 correct"),
        "the summary counts the re-asks apart: {text}"
    );
}
