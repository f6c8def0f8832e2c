//! The real interactive mode, driven in a pseudo-terminal: arrow keys, typing, Ctrl-C.

#![cfg(unix)]

use crate::common::bin;
use expectrl::session::Session;
use expectrl::WaitStatus;
use serde_json::Value;
use std::process::Command;
use std::time::Duration;

/// The events of a JSON game with the same seed: what the interactive game will ask.
fn learn(args: &[&str]) -> Vec<Value> {
    let out = assert_cmd::Command::new(bin())
        .args(["--json", "--no-save"])
        .args(args)
        .write_stdin("\n\n\n")
        .output()
        .unwrap();
    String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

fn spawn(args: &[&str]) -> Session {
    let home = tempfile::tempdir().unwrap().keep();
    let mut with_flag = vec!["--no-save"];
    with_flag.extend_from_slice(args);
    spawn_in(&home, &with_flag)
}

/// The real binary in a pseudo-terminal, with its progress in `home`.
fn spawn_in(home: &std::path::Path, args: &[&str]) -> Session {
    let mut cmd = Command::new(bin());
    cmd.args(args)
        .env("FACTDRILL_HOME", home)
        .env("TERM", "xterm-256color")
        .env("NO_COLOR", "1");
    let mut s = Session::spawn(cmd).unwrap();
    s.set_expect_timeout(Some(Duration::from_secs(20)));
    s
}

fn exit_code(s: &Session) -> i32 {
    match s.get_process().wait().unwrap() {
        // After Ctrl-C factdrill prints its summary, then dies of SIGINT so that a calling
        // shell loop stops (issue 12, point 8); a shell reports that as 128 + 2 = 130. An
        // exit(130) would let the loop go on.
        WaitStatus::Exited(_, 130) => panic!("exited 130 instead of dying of SIGINT"),
        WaitStatus::Exited(_, code) => code,
        WaitStatus::Signaled(_, expectrl::Signal::SIGINT, _) => 130,
        other => panic!("did not exit normally: {other:?}"),
    }
}

#[test]
fn answers_a_choice_and_a_typed_question() {
    // Find a seed whose game asks a choice question, then a typed one.
    let (seed, ev) = (1..100)
        .map(|seed: u32| {
            (
                seed.to_string(),
                learn(&["--seed", &seed.to_string(), "-n", "2"]),
            )
        })
        .find(|(_, ev)| {
            (ev[0]["format"].as_str(), ev[2]["format"].as_str()) == (Some("choice"), Some("typed"))
        })
        .expect("some seed mixes the formats");
    let choices: Vec<&str> = ev[0]["choices"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c.as_str().unwrap())
        .collect();
    let right = choices
        .iter()
        .position(|c| *c == ev[1]["expected"])
        .unwrap();
    let typed_answer = ev[3]["expected"].as_str().unwrap();

    let mut s = spawn(&["--seed", &seed, "-n", "2"]);
    s.expect("Question 1/2").unwrap();
    s.expect(choices[3]).unwrap();
    for _ in 0..right {
        s.send("\x1b[B").unwrap(); // Down arrow.
    }
    s.send("\r").unwrap();
    s.expect("✓ correct").unwrap();
    s.expect("Question 2/2").unwrap();
    s.expect("Ctrl-C to stop)").unwrap();
    s.send(format!("{typed_answer}\r")).unwrap();
    s.expect("✓ correct").unwrap();
    s.expect("Score: 2/2").unwrap();
    assert_eq!(exit_code(&s), 0);
}

#[test]
fn a_wrong_typed_answer_can_be_overridden() {
    let mut s = spawn(&["--seed", "1", "-n", "1", "--format", "typed"]);
    s.expect("Ctrl-C to stop)").unwrap();
    s.send("zzz\r").unwrap();
    s.expect("✗ wrong").unwrap();
    s.expect("Press r if you were right").unwrap();
    s.send("r").unwrap();
    s.expect("override recorded").unwrap();
    s.expect("Score: 1/1").unwrap();
    assert_eq!(exit_code(&s), 0);
}

#[test]
fn a_wrong_pick_waits_for_a_key_and_cannot_be_overridden() {
    let ev = learn(&["--seed", "1", "-n", "1", "--format", "choice"]);
    let choices = ev[0]["choices"].as_array().unwrap();
    let right = choices
        .iter()
        .position(|c| *c == ev[1]["expected"])
        .unwrap();
    let mut s = spawn(&["--seed", "1", "-n", "1", "--format", "choice"]);
    s.expect("Question 1/1").unwrap();
    if right == 0 {
        s.send("\x1b[B").unwrap(); // Down to a wrong option.
    }
    s.send("\r").unwrap();
    s.expect("✗ wrong").unwrap();
    s.expect("Press any key to go on.").unwrap();
    s.send("r").unwrap();
    s.expect("Score: 0/1").unwrap();
    assert_eq!(exit_code(&s), 0);
}

#[test]
fn typing_with_a_backspace_then_ctrl_d_ends_cleanly() {
    let args = ["--seed", "1", "-n", "2", "--format", "typed"];
    let ev = learn(&args);
    let answer = ev[1]["expected"].as_str().unwrap();
    let mut s = spawn(&args);
    s.expect("Ctrl-C to stop)").unwrap();
    // A slip rubbed out, and the first character typed last after moving home.
    let (first, rest) = answer.split_at(answer.chars().next().unwrap().len_utf8());
    s.send(format!("9\x7f{rest}\x1b[H{first}\x1b[F\r")).unwrap();
    s.expect("✓ correct").unwrap();
    s.expect("Question 2/2").unwrap();
    s.expect("Ctrl-C to stop)").unwrap();
    s.send("\x04").unwrap(); // Ctrl-D: end of input.
    s.expect("Score: 1/1").unwrap();
    assert_eq!(exit_code(&s), 0, "end of input is no interruption");
}

#[test]
fn a_finished_session_says_what_is_left() {
    let home = tempfile::tempdir().unwrap();
    let args = ["-n", "1", "--format", "choice", "--seed", "1", "--new", "3"];
    let mut s = spawn_in(home.path(), &args);
    s.expect("Question 1/1").unwrap();
    s.send("\r").unwrap();
    s.send(" ").unwrap(); // Past "press any key" if the first option was wrong.
    s.expect("Score: ").unwrap();
    s.expect("2 new cards left for today: play again to go on.")
        .unwrap();
    assert_eq!(exit_code(&s), 0);
}

#[test]
fn ctrl_c_at_the_offer_to_practise_exits_130_without_an_error() {
    let home = tempfile::tempdir().unwrap();
    let mut s = spawn_in(home.path(), &["--new", "0"]);
    s.expect("Nothing is due now").unwrap();
    s.send("\x03").unwrap();
    let rest = s.expect(expectrl::Eof).unwrap();
    let rest = String::from_utf8_lossy(rest.before());
    assert!(!rest.contains("error"), "{rest}");
    assert_eq!(exit_code(&s), 130);
}

#[test]
fn ctrl_c_shows_the_summary_and_exits_130() {
    // At a typed prompt and in a menu.
    for format in ["typed", "choice"] {
        let mut s = spawn(&["--seed", "1", "-n", "3", "--format", format]);
        // Sent as soon as the question starts, maybe before the prompt reads keys: the key
        // must still reach the prompt rather than be lost as a signal between two reads.
        s.expect("Question 1/3").unwrap();
        s.send("\x03").unwrap();
        s.expect("Stopped.").unwrap();
        s.expect("Score: 0/0").unwrap();
        assert_eq!(exit_code(&s), 130, "{format}");
    }
}

#[test]
fn a_timed_drill_counts_down_on_screen() {
    let home = tempfile::tempdir().unwrap();
    let args = [
        "drill",
        "--players",
        "Ana",
        "--rounds",
        "1",
        "--time",
        "30",
        "--format",
        "typed",
        "--seed",
        "1",
    ];
    let mut s = spawn_in(home.path(), &args);
    s.expect("ROUND 1 OF 1").unwrap();
    s.expect("s left").unwrap();
    s.send("zzz\r").unwrap();
    s.expect("✗ wrong").unwrap();
    s.expect("ANA").unwrap();
    assert_eq!(exit_code(&s), 0);
    assert!(
        home.path().join("drills").read_dir().unwrap().count() == 2,
        "CSV and JSON results"
    );
}

#[test]
fn a_dumb_terminal_gets_plain_lines_without_cursor_escapes() {
    let home = tempfile::tempdir().unwrap();
    let mut cmd = Command::new(bin());
    cmd.args(["--no-save", "--seed", "1", "-n", "1", "--format", "typed"])
        .env("FACTDRILL_HOME", home.path())
        .env("TERM", "dumb")
        .env_remove("NO_COLOR");
    let mut s = Session::spawn(cmd).unwrap();
    s.set_expect_timeout(Some(Duration::from_secs(20)));
    let asked = s.expect("Question 1/1").unwrap();
    s.send_line("x").unwrap();
    let rest = s.expect(expectrl::Eof).unwrap();
    let all = [
        asked.before(),
        asked.as_bytes(),
        rest.before(),
        rest.as_bytes(),
    ]
    .concat();
    let text = String::from_utf8_lossy(&all);
    assert!(
        !text.contains('\u{1b}'),
        "an escape sequence on a dumb terminal: {text:?}"
    );
    assert!(text.contains("Score: 0/1"), "{text}");
}

/// The real binary in a pseudo-terminal `cols` wide, with `TERM` set to `term`.
fn spawn_at(cols: usize, args: &[&str], term: &str) -> Session {
    let home = tempfile::tempdir().unwrap().keep();
    // The size is set before factdrill starts, so that it cannot read it too early: the
    // shell waits for a line, sent once the size is set. (A `stty` in the shell raced with
    // the pty's own default size, 80 columns, set by the parent after the fork.)
    let mut cmd = Command::new("sh");
    cmd.args(["-c", "read _ && exec \"$0\" \"$@\""])
        .arg(bin())
        .args(args)
        .env("FACTDRILL_HOME", home)
        .env("TERM", term)
        .env("NO_COLOR", "1");
    let mut s = Session::spawn(cmd).unwrap();
    s.get_process_mut()
        .set_window_size(cols as u16, 24)
        .unwrap();
    s.send_line("").unwrap();
    s.set_expect_timeout(Some(Duration::from_secs(20)));
    s
}

#[test]
fn a_dumb_terminal_gets_plain_lines_broken_between_words() {
    // Issue 12, point 3: plain mode on a terminal breaks its lines to the width too.
    const COLS: usize = 40;
    let args = ["--no-save", "--seed", "4", "-n", "1", "--format", "choice"];
    let mut s = spawn_at(COLS, &args, "dumb");
    let asked = String::from_utf8_lossy(s.expect("d) ").unwrap().as_bytes()).into_owned();
    s.send_line("b").unwrap();
    let text = asked + &all_of(&mut s, "Score:");
    assert!(
        !text.contains('\u{1b}'),
        "an escape on a dumb terminal: {text:?}"
    );
    assert!(text.contains("Question 1/1"), "{text}");
    for line in text.split(['\r', '\n']) {
        assert!(
            console::measure_text_width(line) <= COLS,
            "wider than {COLS} columns: {line:?}"
        );
    }
}

#[test]
fn a_narrow_terminal_gets_lines_broken_between_words() {
    // Issue 12, point 3: at 40 columns this prompt used to break "establishing N" / "ATO?".
    const COLS: usize = 40;
    let args = ["--no-save", "--seed", "1", "-n", "1", "--format", "typed"];
    let ev = learn(&args[1..]);
    let prompt = ev[0]["prompt"].as_str().unwrap();
    assert!(prompt.len() > COLS, "a prompt that must wrap: {prompt}");
    let mut s = spawn_at(COLS, &args, "xterm-256color");
    let asked = s.expect("stop)").unwrap();
    s.send("zzz\r").unwrap();
    s.expect("✗ wrong").unwrap();
    s.send(" ").unwrap(); // Past "press any key".
    let rest = s.expect(expectrl::Eof).unwrap();
    let all = [
        asked.before(),
        asked.as_bytes(),
        rest.before(),
        rest.as_bytes(),
    ]
    .concat();
    let text = console::strip_ansi_codes(&String::from_utf8_lossy(&all)).into_owned();
    // A line the program writes wider than the terminal is one the terminal breaks
    // wherever the edge falls, mid-word.
    for line in text.split(['\r', '\n']) {
        assert!(
            console::measure_text_width(line) <= COLS,
            "wider than {COLS} columns: {line:?}"
        );
    }
    let words = |t: &str| t.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        words(&text).contains(&words(prompt)),
        "the prompt, word for word: {text}"
    );
    assert!(words(&text).contains("Score: 0/1"), "{text}");
}

/// Everything a session wrote until `until`, and then to its end, as text without colour.
fn all_of(s: &mut Session, until: &str) -> String {
    let before = s.expect(until).unwrap();
    let rest = s.expect(expectrl::Eof).unwrap();
    // `as_bytes` is all that was read: what came before the match, then the match.
    let all = [before.as_bytes(), rest.as_bytes()].concat();
    console::strip_ansi_codes(&String::from_utf8_lossy(&all)).into_owned()
}

/// The index of the right option and of a wrong one in a one-question game's events.
fn right_and_wrong(ev: &[Value]) -> (usize, usize) {
    let choices = ev[0]["choices"].as_array().unwrap();
    let right = choices
        .iter()
        .position(|c| *c == ev[1]["expected"])
        .unwrap();
    (right, usize::from(right == 0))
}

#[test]
fn a_letter_chooses_in_a_menu_and_a_wrong_pick_gets_no_tick() {
    // Issue 12, point 4: dialoguer echoed every pick with a green ✔, a wrong one too, and
    // took only the arrow keys; a letter now chooses as in plain mode.
    let args = ["--seed", "1", "-n", "1", "--format", "choice"];
    let (_, wrong) = right_and_wrong(&learn(&args));
    let mut s = spawn(&args);
    s.expect("q/Esc stops").unwrap();
    s.send(((b'a' + wrong as u8) as char).to_string()).unwrap();
    s.send("\r").unwrap();
    s.expect("✗ wrong").unwrap();
    s.send(" ").unwrap();
    let text = all_of(&mut s, "Score: 0/1");
    assert!(!text.contains('✔'), "a tick before the verdict: {text}");
    assert_eq!(exit_code(&s), 0);
}

#[test]
fn numbers_and_true_or_false_words_choose_too() {
    for (format, key) in [("choice", "number"), ("truefalse", "word")] {
        let args = ["--seed", "3", "-n", "1", "--format", format];
        let (right, _) = right_and_wrong(&learn(&args));
        let press = match (key, right) {
            ("word", 0) => "t".to_string(),
            ("word", _) => "n".to_string(),
            _ => (right + 1).to_string(),
        };
        let mut s = spawn(&args);
        s.expect("q/Esc stops").unwrap();
        s.send(&press).unwrap();
        s.send("\r").unwrap();
        s.expect("✓ correct").unwrap();
        s.expect("Score: 1/1").unwrap();
        assert_eq!(exit_code(&s), 0, "{format}");
    }
}

#[test]
fn q_or_esc_in_a_menu_stops_with_the_summary() {
    // Issue 12, point 4: q and Esc end a session as Ctrl-D does, saying so.
    for key in ["q", "\x1b"] {
        let mut s = spawn(&["--seed", "1", "-n", "3", "--format", "choice"]);
        s.expect("Question 1/3").unwrap();
        s.expect("q/Esc stops").unwrap();
        s.send(key).unwrap();
        let text = all_of(&mut s, "Stopped.");
        assert!(text.contains("Score: 0/0"), "{key:?}: {text}");
        assert_eq!(exit_code(&s), 0, "{key:?}");
    }
    // A drill too.
    let home = tempfile::tempdir().unwrap();
    let drill: Vec<&str> = "drill --players Ana --rounds 1 --format choice --seed 1"
        .split(' ')
        .collect();
    let mut s = spawn_in(home.path(), &drill);
    s.expect("q/Esc stops").unwrap();
    s.send("q").unwrap();
    s.expect("Stopped — scores so far:").unwrap();
    assert_eq!(exit_code(&s), 0);
}

#[test]
fn a_hint_shows_the_hint_not_the_question_again() {
    let args = ["--seed", "1", "-n", "1", "--format", "typed"];
    let ev = learn(&args);
    let prompt = ev[0]["prompt"].as_str().unwrap();
    let mut s = spawn(&args);
    let mut seen = Vec::new();
    let mut see = |s: &mut Session, what: &str| {
        seen.extend_from_slice(s.expect(what).unwrap().as_bytes());
    };
    see(&mut s, "Ctrl-C to stop)");
    s.send("?\r").unwrap();
    see(&mut s, "Hint:");
    see(&mut s, "Ctrl-C to stop)");
    s.send("zzz\r").unwrap();
    see(&mut s, "✗ wrong");
    s.send(" ").unwrap();
    let text = String::from_utf8_lossy(&seen).into_owned() + &all_of(&mut s, "Score: 0/1");
    let text = console::strip_ansi_codes(&text).into_owned();
    let words = |t: &str| t.split_whitespace().collect::<Vec<_>>().join(" ");
    assert_eq!(
        words(&text).matches(&words(prompt)).count(),
        1,
        "the question once: {text}"
    );
    assert_eq!(text.matches("Question 1/1").count(), 1, "{text}");
    assert!(text.contains("Hint:"), "{text}");
}

#[test]
fn a_timeline_names_its_letters_asks_again_and_dates_every_event() {
    // A seed whose first question is an order of three or four events (of the space deck:
    // the NATO deck's events span too few years for orders of three).
    let (seed, ev) = (1..200)
        .map(|seed: u32| {
            let seed = seed.to_string();
            // Letters enough for any order: a shorter one is asked again, then this one.
            let out = assert_cmd::Command::new(bin())
                .args(["--json", "--no-save", "--seed", &seed, "-n", "1"])
                .args(["--format", "timeline", "space-race"])
                .write_stdin("ABC\nABCD\n")
                .output()
                .unwrap();
            (seed, crate::common::events(&out.stdout))
        })
        .find(|(_, ev)| ev[0]["cue"].as_str().is_some_and(|c| c.contains("letters")))
        .expect("some seed asks an order");
    let n = ev[0]["choices"].as_array().unwrap().len();
    let last = (b'A' + n as u8 - 1) as char;
    let answer = ev.iter().find(|e| e["event"] == "answer").unwrap();
    let expected = answer["expected"].as_str().unwrap();
    let order: String = expected
        .split(", ")
        .map(|e| e.chars().next().unwrap())
        .collect();
    let mut s = spawn(&[
        "--seed",
        &seed,
        "-n",
        "1",
        "--format",
        "timeline",
        "space-race",
    ]);
    s.expect(format!("letters A–{last} in order").as_str())
        .unwrap();
    s.send("AAZ\r").unwrap();
    s.expect("Z is not one of the letters").unwrap();
    s.expect("Ctrl-C to stop)").unwrap();
    s.send(format!("{order}\r")).unwrap();
    let text = all_of(&mut s, "✓ correct");
    // Every event's year, each after its letter, once the answer is in.
    for event in expected.split(", ") {
        let (letter, year) = (&event[..1], &event[3..event.len() - 1]);
        assert!(
            text.contains(&format!("{letter}) {year}:")),
            "{letter} with {year}: {text}"
        );
    }
    assert_eq!(exit_code(&s), 0);
}

#[test]
fn a_menu_redrawn_after_a_resize_fits_the_new_width() {
    // Issue 12, point 3: a resize mid-question redraws the menu to the new width.
    const NARROW: usize = 30;
    let mut s = spawn(&["--seed", "1", "-n", "1", "--format", "choice"]);
    s.expect("q/Esc stops").unwrap();
    s.get_process_mut()
        .set_window_size(NARROW as u16, 24)
        .unwrap();
    // No key: the menu is drawn again when the width changes.
    let redrawn = s.expect("stops").unwrap();
    let text = console::strip_ansi_codes(&String::from_utf8_lossy(redrawn.before())).into_owned();
    let lines: Vec<&str> = text.split(['\r', '\n']).filter(|l| !l.is_empty()).collect();
    assert!(lines.len() >= 4, "the menu drawn again: {text:?}");
    for line in lines {
        assert!(
            console::measure_text_width(line) <= NARROW,
            "wider than {NARROW} columns: {line:?}"
        );
    }
    s.send("q").unwrap();
    s.expect("Stopped.").unwrap();
}
