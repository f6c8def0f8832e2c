//! `factdrill host` and `join` on loopback: whole games with `join --json` processes and
//! WebSocket clients, and the rules of a shared network (issue 14, point 7): wrong PINs,
//! answering twice or late, a stolen name or token, oversized messages, hostile names,
//! and no answer in any message before the reveal.

use crate::common::{bin, Host, Student};
use serde_json::{json, Value};
use std::io::Write;
use std::process::{Child, Command, Stdio};

/// A `join --json` process answering `answers`, one a line.
fn joiner(host: &Host, name: &str, answers: &str) -> Child {
    let mut child = Command::new(bin())
        .args([
            "join",
            &host.address,
            "--pin",
            &host.pin,
            "--name",
            name,
            "--json",
        ])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(answers.as_bytes())
        .unwrap();
    child
}

fn lines(out: &[u8]) -> Vec<Value> {
    crate::common::events(out)
}

fn named<'a>(events: &'a [Value], name: &str) -> Vec<&'a Value> {
    events.iter().filter(|e| e["event"] == name).collect()
}

#[test]
fn a_whole_game_with_join_processes_and_a_socket() {
    let home = tempfile::tempdir().unwrap();
    let mut host = Host::start(
        home.path(),
        &[
            "--auto-start",
            "3",
            "-n",
            "3",
            "--pause",
            "0",
            "--seed",
            "2",
        ],
    );
    let ana = joiner(&host, "Ana", "1\n2\n3\n");
    let ben = joiner(&host, "Ben", "2\n2\n2\n");
    let mut chen = Student::connect(&host.address);
    assert_eq!(chen.join(&host.pin, "Chen")["type"], "welcome");
    for number in 1..=3 {
        let q = chen.until("question").unwrap();
        assert_eq!(q["number"], number);
        chen.send(json!({"type": "answer", "number": number, "answer": "1"}));
        assert_eq!(chen.until("received").unwrap()["number"], number);
        assert_eq!(chen.until("reveal").unwrap()["number"], number);
    }
    let end = chen.until("end");
    let code = host.finish();
    let end = end.unwrap_or_else(|| {
        let err = host.stderr_text();
        panic!(
            "no end; heard {:?}; host {code:?} {err}: {:?}",
            chen.heard, host.seen
        )
    });
    assert_eq!(end["players"], 3);
    assert_eq!(code, Some(0));
    let seen = host.seen.clone();
    assert_eq!(named(&seen, "joined").len(), 3);
    assert_eq!(named(&seen, "question").len(), 3);
    assert_eq!(named(&seen, "reveal").len(), 3);
    assert_eq!(named(&seen, "scoreboard").len(), 3);
    let podium = named(&seen, "podium")[0];
    assert_eq!(podium["end"], "finished");
    let end = named(&seen, "end")[0];
    assert_eq!(seen.last().unwrap()["event"], "end", "the end comes last");

    // Every answer is in the results files, and the podium adds up their points.
    let csv = std::fs::read_to_string(end["csv"].as_str().unwrap()).unwrap();
    assert_eq!(
        csv.lines().count(),
        1 + 9,
        "a header and nine answers:\n{csv}"
    );
    let doc: Value =
        serde_json::from_str(&std::fs::read_to_string(end["json"].as_str().unwrap()).unwrap())
            .unwrap();
    for place in podium["standings"].as_array().unwrap() {
        let name = place["seat"].as_str().unwrap();
        let sum: u64 = doc["answers"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|a| a["player"] == name)
            .map(|a| a["points"].as_u64().unwrap())
            .sum();
        assert_eq!(place["total"].as_u64().unwrap(), sum, "{name}");
    }

    // Each `join --json` saw the game through, and its total is the podium's.
    for (child, name) in [(ana, "Ana"), (ben, "Ben")] {
        let out = child.wait_with_output().unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let events = lines(&out.stdout);
        assert_eq!(events[0]["event"], "welcome");
        assert_eq!(named(&events, "question").len(), 3);
        assert_eq!(named(&events, "received").len(), 3);
        assert_eq!(named(&events, "result").len(), 3);
        let total = named(&events, "final")[0]["total"].clone();
        let place = podium["standings"]
            .as_array()
            .unwrap()
            .iter()
            .find(|p| p["seat"] == name)
            .unwrap();
        assert_eq!(place["total"], total, "{name}");
    }

    // Nothing listens after the game ends.
    assert!(std::net::TcpStream::connect(&host.address).is_err());
}

#[test]
fn a_wrong_pin_is_refused_and_many_are_cut_off() {
    let home = tempfile::tempdir().unwrap();
    let host = Host::start(home.path(), &["--auto-start", "5"]);
    let mut s = Student::connect(&host.address);
    let wrong = if host.pin == "111111" {
        "222222"
    } else {
        "111111"
    };
    for _ in 0..5 {
        let m = s.join(wrong, "Guesser");
        assert_eq!(
            (m["type"].as_str(), m["code"].as_str()),
            (Some("refused"), Some("pin"))
        );
    }
    // Even the right PIN is refused now, and the connection let go.
    let m = s.join(&host.pin, "Guesser");
    assert_eq!(m["code"], "tries");
    assert!(s.recv().is_none(), "cut off");
}

#[test]
fn the_rules_hold_against_a_hostile_client() {
    let home = tempfile::tempdir().unwrap();
    let mut host = Host::start(
        home.path(),
        &[
            "--auto-start",
            "2",
            "-n",
            "2",
            "--pause",
            "0",
            "--format",
            "typed",
            "--time",
            "8",
            "--seed",
            "3",
        ],
    );
    // A hostile name: terminal escapes, a bidi override and markup.
    let hostile = "<img src=x onerror=alert(1)>\u{1b}]52;c;ZXZpbA==\u{7}\u{202e}";
    let mut eve = Student::connect(&host.address);
    let welcome = eve.join(&host.pin, hostile);
    let shown = welcome["name"].as_str().unwrap().to_string();
    assert!(
        !shown.contains(['\u{1b}', '\u{7}', '\u{202e}']),
        "{shown:?}"
    );
    assert!(shown.chars().count() <= 20, "{shown:?}");

    // A stolen name makes another player; a made-up token is no one.
    let mut ana = Student::connect(&host.address);
    let ana_token = ana.join(&host.pin, "Ana")["token"]
        .as_str()
        .unwrap()
        .to_string();
    let mut thief = Student::connect(&host.address);
    thief.send(json!({"type": "rejoin", "token": "Ana"}));
    assert_eq!(thief.until("refused").unwrap()["code"], "token");

    // Question 1: Ana answers twice; Eve sends a message far too large and is dropped.
    let q = ana.until("question").unwrap();
    ana.send(json!({"type": "answer", "number": 1, "answer": "7"}));
    assert!(ana.until("received").is_some());
    ana.send(json!({"type": "answer", "number": 1, "answer": "8"}));
    assert_eq!(ana.until("refused").unwrap()["code"], "twice");
    ana.send(json!({"type": "answer", "number": 2, "answer": "8"}));
    assert_eq!(
        ana.until("refused").unwrap()["code"],
        "closed",
        "not yet open"
    );
    eve.until("question").unwrap();
    assert!(eve.send_text(&format!(
        r#"{{"type":"answer","number":1,"answer":"{}"}}"#,
        "9".repeat(5000)
    )));
    assert!(eve.until("reveal").is_none(), "dropped");

    // The game goes on: the reveal comes when time is up, and an answer after it is refused.
    let reveal = ana.until("reveal").unwrap();
    let answer = reveal["answer"].as_str().unwrap().to_string();
    ana.send(json!({"type": "answer", "number": 1, "answer": answer}));
    assert_eq!(
        ana.until("refused").unwrap()["code"],
        "closed",
        "after time"
    );

    // Nothing before the reveal held the answer: no field names it, no text is it.
    let before: Vec<Value> = ana
        .heard
        .iter()
        .filter_map(|t| serde_json::from_str::<Value>(t).ok())
        .take_while(|m| m["type"] != "reveal")
        .collect();
    assert!(before.iter().any(|m| m == &q));
    for m in &before {
        for key in ["answer", "expected", "fact", "verdict", "points"] {
            assert!(m.get(key).is_none(), "`{key}` before the reveal: {m}");
        }
        let strings = m.as_object().unwrap().values().filter_map(Value::as_str);
        for s in strings {
            assert_ne!(s.trim(), answer, "the answer before the reveal: {m}");
        }
    }

    // Eve comes back with her token and plays on; the second question ends the game.
    let mut back = Student::connect(&host.address);
    let token = welcome["token"].as_str().unwrap();
    back.send(json!({"type": "rejoin", "token": token}));
    assert_eq!(back.until("welcome").unwrap()["name"], shown.as_str());
    assert_ne!(token, ana_token);
    assert!(back.until("end").is_some());
    let code = host.finish();
    assert_eq!(code, Some(0), "{}", host.stderr_text());

    // Ana's one answer is in the results; the hostile name reaches no file raw.
    let end = named(&host.seen, "end")[0].clone();
    let csv = std::fs::read_to_string(end["csv"].as_str().unwrap()).unwrap();
    assert_eq!(
        csv.lines().filter(|l| l.contains(",Ana,")).count(),
        1,
        "{csv}"
    );
    assert_eq!(
        named(&host.seen, "joined").len(),
        2,
        "a rejoin is not a new player"
    );
    for e in &host.seen {
        let line = e.to_string();
        assert!(!line.contains(['\u{1b}', '\u{7}', '\u{202e}']), "{line}");
    }
}

#[test]
fn a_student_who_drops_comes_back_with_their_points_and_no_duplicate() {
    let home = tempfile::tempdir().unwrap();
    let mut host = Host::start(
        home.path(),
        &[
            "--auto-start",
            "1",
            "-n",
            "2",
            "--pause",
            "0",
            "--format",
            "choice",
            "--time",
            "10",
        ],
    );
    let mut s = Student::connect(&host.address);
    let token = s.join(&host.pin, "Dee")["token"]
        .as_str()
        .unwrap()
        .to_string();
    s.until("question").unwrap();
    s.send(json!({"type": "answer", "number": 1, "answer": "1"}));
    s.until("received").unwrap();
    let reveal = s.until("reveal").unwrap();
    s.until("question").unwrap();
    drop(s); // the phone sleeps mid-question
    let mut again = Student::connect(&host.address);
    again.send(json!({"type": "rejoin", "token": token}));
    let welcome = again.until("welcome").unwrap();
    assert_eq!(
        (welcome["name"].as_str(), &welcome["total"]),
        (Some("Dee"), &reveal["total"])
    );
    let q = again.until("question").unwrap();
    assert_eq!(
        (q["number"].as_u64(), q["answered"].as_bool()),
        (Some(2), Some(false))
    );
    again.send(json!({"type": "answer", "number": 2, "answer": "1"}));
    again.until("received").unwrap();
    assert!(again.until("end").is_some());
    let code = host.finish();
    assert_eq!(code, Some(0), "{}", host.stderr_text());
    assert_eq!(named(&host.seen, "joined").len(), 1);
    assert_eq!(
        named(&host.seen, "podium")[0]["standings"]
            .as_array()
            .unwrap()
            .len(),
        1
    );
}

#[test]
fn the_teacher_removes_a_player_and_ends_the_game() {
    let home = tempfile::tempdir().unwrap();
    let mut host = Host::start(home.path(), &["--teams", "Red,Blue"]);
    let mut ana = Student::connect(&host.address);
    assert_eq!(ana.until("teams").unwrap()["teams"], json!(["Red", "Blue"]));
    ana.send(json!({"type": "join", "pin": host.pin, "name": "Ana", "team": "red"}));
    assert_eq!(ana.until("welcome").unwrap()["team"], "Red");
    let mut ben = Student::connect(&host.address);
    let refused = ben.join(&host.pin, "Ben");
    assert_eq!(refused["code"], "team", "a team must be picked");
    ben.send(json!({"type": "join", "pin": host.pin, "name": "Ben", "team": "Blue"}));
    let token = ben.until("welcome").unwrap()["token"]
        .as_str()
        .unwrap()
        .to_string();
    host.until("joined");
    host.until("joined");
    host.key("remove ben");
    assert_eq!(host.until("removed")["name"], "Ben");
    assert_eq!(ben.until("refused").unwrap()["code"], "removed");
    let mut back = Student::connect(&host.address);
    back.send(json!({"type": "rejoin", "token": token}));
    assert_eq!(back.until("refused").unwrap()["code"], "removed");
    host.key(""); // start
    host.until("question");
    host.key("q");
    let podium = host.until("podium");
    assert_eq!(podium["end"], "interrupted");
    assert_eq!(
        podium["standings"],
        json!([{"seat": "Blue", "total": 0}, {"seat": "Red", "total": 0}])
    );
    assert!(ana.until("end").is_some());
    host.finish();
    assert_eq!(named(&host.seen, "end").len(), 1);
}

#[test]
fn record_puts_each_answer_in_the_students_progress() {
    let home = tempfile::tempdir().unwrap();
    let mut host = Host::start(
        home.path(),
        &["--auto-start", "1", "-n", "2", "--pause", "0", "--record"],
    );
    let out = joiner(&host, "Zoë", "1\n1\n").wait_with_output().unwrap();
    assert!(out.status.success());
    let code = host.finish();
    assert_eq!(code, Some(0), "{}", host.stderr_text());
    let stats = crate::common::factdrill(home.path())
        .args(["stats", "--json", "--profile", "Zoë"])
        .output()
        .unwrap();
    let s: Value = serde_json::from_slice(&stats.stdout).unwrap();
    assert_eq!(s["total_reviews"], 2);
}

#[test]
fn join_says_why_it_cannot_play_and_exits_1() {
    let home = tempfile::tempdir().unwrap();
    let host = Host::start(home.path(), &["--auto-start", "5"]);
    let wrong = if host.pin == "111111" {
        "222222"
    } else {
        "111111"
    };
    // (address, pin, what stderr says, why)
    let cases = [
        (host.address.as_str(), wrong, "wrong PIN", "a wrong PIN"),
        ("localhost", "1", "is not a game's address", "no port"),
    ];
    for (address, pin, says, why) in cases {
        let out = crate::common::factdrill(home.path())
            .args(["join", address, "--pin", pin, "--name", "Ana", "--json"])
            .write_stdin("")
            .output()
            .unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{why}: {err}");
        assert!(err.contains(says), "{why}: {err}");
    }
    // Nothing listening there any more: a clear error, not a hang.
    let free = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let gone = free.local_addr().unwrap().to_string();
    drop(free);
    crate::common::factdrill(home.path())
        .args(["join", &gone, "--pin", "1", "--name", "Ana"])
        .write_stdin("")
        .assert()
        .code(1)
        .stderr(predicates::str::contains("cannot reach the game"));
}

#[test]
fn the_teachers_screen_shows_a_hostile_name_inertly() {
    use std::io::{BufRead, BufReader, Read};
    let home = tempfile::tempdir().unwrap();
    let mut child = Command::new(bin())
        .env("FACTDRILL_HOME", home.path())
        .args(["host", "--listen", "127.0.0.1:0", "--color", "always"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut out = BufReader::new(child.stdout.take().unwrap());
    let mut screen = String::new();
    let link = loop {
        let mut line = String::new();
        assert!(
            out.read_line(&mut line).unwrap() > 0,
            "no join link: {screen}"
        );
        screen.push_str(&line);
        if let Some(at) = line.find("http://") {
            break line[at..].split_whitespace().next().unwrap().to_string();
        }
    };
    let address = link
        .trim_start_matches("http://")
        .split('/')
        .next()
        .unwrap()
        .to_string();
    // The link is bold on a coloured screen: the PIN is its digits.
    let pin: String = link
        .rsplit('=')
        .next()
        .unwrap()
        .chars()
        .take_while(char::is_ascii_digit)
        .collect();
    let mut eve = Student::connect(&address);
    let name = "\u{1b}]52;c;ZXZpbA==\u{7}\u{1b}[2JEve\u{202e}";
    assert_eq!(eve.join(&pin, name)["type"], "welcome");
    child.stdin.as_mut().unwrap().write_all(b"q\n").unwrap();
    out.read_to_string(&mut screen).unwrap();
    child.wait().unwrap();
    assert!(
        screen.contains("]52;c;ZXZpbA==[2JEve"),
        "the name, inert: {screen}"
    );
    for bad in ['\u{7}', '\u{202e}'] {
        assert!(
            !screen.contains(bad),
            "{bad:?} reached the screen: {screen:?}"
        );
    }
    // Colour is on, so escapes appear, but only our own colour codes (SGR, ending in `m`).
    for (k, _) in screen.match_indices('\u{1b}') {
        let rest = &screen[k + 1..];
        let sgr = rest.starts_with('[')
            && rest[1..].chars().find(|c| !c.is_ascii_digit() && *c != ';') == Some('m');
        assert!(
            sgr,
            "an escape that is not a colour: {:?}",
            &screen[k..k + 8.min(screen.len() - k)]
        );
    }
}

#[test]
fn answers_sent_at_once_count_once() {
    let home = tempfile::tempdir().unwrap();
    let mut host = Host::start(
        home.path(),
        &[
            "--auto-start",
            "2",
            "-n",
            "1",
            "--pause",
            "0",
            "--format",
            "choice",
            "--time",
            "2",
        ],
    );
    // A second player who does not answer keeps the question open until its time is up.
    let mut slow = Student::connect(&host.address);
    slow.join(&host.pin, "Slow");
    let mut s = Student::connect(&host.address);
    s.join(&host.pin, "Quick");
    s.until("question").unwrap();
    for k in 1..=4 {
        s.send(json!({"type": "answer", "number": 1, "answer": k.to_string()}));
    }
    assert!(s.until("end").is_some());
    let code = host.finish();
    assert_eq!(code, Some(0), "{}", host.stderr_text());
    let kinds: Vec<&str> = s
        .heard
        .iter()
        .filter_map(|t| serde_json::from_str::<Value>(t).ok())
        .map(|m| {
            let code = m["code"].as_str().map(str::to_string);
            if m["type"] == "refused" {
                if code.as_deref() == Some("twice") {
                    "twice"
                } else {
                    "other refusal"
                }
            } else if m["type"] == "received" {
                "received"
            } else {
                "-"
            }
        })
        .filter(|k| *k != "-")
        .collect();
    assert_eq!(
        kinds,
        ["received", "twice", "twice", "twice"],
        "{:?}",
        s.heard
    );
    assert!(slow.until("end").is_some());
}
