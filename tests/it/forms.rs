//! The form asked for is the form given, and a shortened session says why (issue 12, point 2).

use crate::common::factdrill;

#[test]
fn a_drill_round_names_its_form_in_words() {
    let home = tempfile::tempdir().unwrap();
    let out = factdrill(home.path())
        .args([
            "drill",
            "--players",
            "Ana",
            "--rounds",
            "1",
            "--format",
            "truefalse",
        ])
        .args(["--seed", "1", "--plain"])
        .write_stdin("x\n")
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("=== Round 1/1: True or false ==="), "{text}");
    assert!(!text.to_lowercase().contains("(truefalse)"), "{text}");
}

#[test]
fn a_session_shortened_by_the_new_card_limit_says_how_to_raise_it() {
    let home = tempfile::tempdir().unwrap();
    let out = factdrill(home.path())
        .args([
            "play",
            "nato-2018",
            "-n",
            "12",
            "--new",
            "4",
            "--json",
            "--seed",
            "1",
        ])
        .write_stdin("x\n".repeat(20))
        .output()
        .unwrap();
    assert!(out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("Only 4 of the 12 questions") && err.contains("--new 12"),
        "{err}"
    );
    let questions = String::from_utf8_lossy(&out.stdout)
        .lines()
        .filter(|l| l.contains("\"event\":\"question\""))
        .count();
    assert!(questions >= 4, "the four new cards, and any misses again");
    // Asked for no more than the limit allows: nothing to say.
    let home = tempfile::tempdir().unwrap();
    let out = factdrill(home.path())
        .args([
            "play",
            "nato-2018",
            "-n",
            "4",
            "--new",
            "4",
            "--json",
            "--seed",
            "1",
        ])
        .write_stdin("x\n".repeat(20))
        .output()
        .unwrap();
    assert!(!String::from_utf8_lossy(&out.stderr).contains("Only"));
}

/// `--format estimate` and `--format timeline` ask only cards that take that form, and say
/// when fewer can than were asked for (issue 12, point 2: five multiple-choice questions and
/// no estimate).
#[test]
fn a_single_form_is_the_form_every_question_takes() {
    // Answers each form takes, so that every session runs to its end: a timeline's order
    // of three events, else of four (a shorter one is asked again).
    let answers = [
        ("estimate", "5000\n"),
        ("timeline", "ABC\nABCD\n"),
        ("truefalse", "t\n"),
    ];
    for ((form, many), (_, answer)) in [("estimate", 30), ("timeline", 30), ("truefalse", 5)]
        .into_iter()
        .zip(answers)
    {
        let home = tempfile::tempdir().unwrap();
        let out = factdrill(home.path())
            .args(["play", "nato-2018", "--json", "--seed", "2", "--new", "100"])
            .args(["--format", form, "-n", &many.to_string()])
            .write_stdin(answer.repeat(many * 4))
            .output()
            .unwrap();
        let events: Vec<serde_json::Value> = String::from_utf8_lossy(&out.stdout)
            .lines()
            .filter_map(|l| serde_json::from_str(l).ok())
            .collect();
        let questions: Vec<&serde_json::Value> =
            events.iter().filter(|e| e["event"] == "question").collect();
        let asked: Vec<&str> = questions
            .iter()
            .map(|e| e["format"].as_str().unwrap())
            .collect();
        assert!(!asked.is_empty(), "{form}: some card takes it");
        assert!(asked.iter().all(|f| *f == form), "{form}: {asked:?}");
        let said = String::from_utf8_lossy(&out.stderr);
        assert_eq!(events.last().unwrap()["end"], "finished", "{form}");
        // A missed card asked again is not one of the questions asked for, nor is a question
        // shown again after a malformed answer (a timeline's `retry`).
        let fresh = questions
            .iter()
            .filter(|q| q["again"] == false)
            .map(|q| q["number"].as_u64())
            .collect::<std::collections::HashSet<_>>()
            .len();
        let short = fresh < many;
        // Said before the session (the plan) or after it (cards tried at asking).
        let says = said.contains("can be asked as") || said.contains("could be asked as");
        assert_eq!(says, short, "{form}: {said}");
    }
}

#[test]
fn one_form_asked_for_plans_the_new_cards_that_can_take_it() {
    // The first ten new cards of nato-2018 hold no figure to estimate: the day's allowance
    // went to them, and `--format estimate` asked nothing. It now goes to cards that fit.
    let home = tempfile::tempdir().unwrap();
    let out = factdrill(home.path())
        .args(["play", "nato-2018", "-n", "5", "--format", "estimate"])
        .args(["--json", "--seed", "1"])
        .write_stdin("x\n".repeat(20))
        .output()
        .unwrap();
    assert!(out.status.success());
    let events = crate::common::events(&out.stdout);
    let asked: Vec<&serde_json::Value> =
        events.iter().filter(|e| e["event"] == "question").collect();
    assert!(!asked.is_empty(), "some estimate asked: {events:?}");
    assert!(asked.iter().all(|q| q["format"] == "estimate"), "{asked:?}");
    let fresh = asked.iter().filter(|q| q["again"] == false).count();
    assert!(
        fresh < 5,
        "nato-2018 has fewer than five estimates for a day: {asked:?}"
    );
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains(&format!(
            "Only {fresh} of the 5 questions asked for can be asked as estimates today"
        )),
        "says why the session is short: {err}"
    );
}
