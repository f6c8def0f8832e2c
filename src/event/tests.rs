use super::*;

/// The README's example lines of `play --json`.
fn readme_json_lines() -> Vec<&'static str> {
    let readme = include_str!("../../README.md");
    let mut lines = Vec::new();
    let mut inside = false;
    for l in readme.lines() {
        match l.trim() {
            "```json" => inside = true,
            "```" => inside = false,
            l if inside && l.starts_with('{') && l.contains("\"event\"") => lines.push(l),
            _ => {}
        }
    }
    lines
}

#[test]
fn the_readme_examples_are_events_written_exactly_as_factdrill_writes_them() {
    let lines = readme_json_lines();
    assert!(
        lines.len() >= 3,
        "the README shows example events: {lines:?}"
    );
    for l in lines {
        let event: Event = serde_json::from_str(l).unwrap_or_else(|e| panic!("{l}: {e}"));
        assert_eq!(line(&event).unwrap(), l, "written back the same");
    }
}

#[test]
fn the_readme_names_every_event() {
    let readme = include_str!("../../README.md");
    let samples = [
        Event::Hint { text: "h".into() },
        Event::Retry { reason: "r".into() },
        Event::NothingDue { next_due_ms: None },
        Event::Round {
            round: 1,
            rounds: 1,
            format: "typed".into(),
        },
        Event::Turn {
            seat: "A".into(),
            player: "A".into(),
            time_limit_s: None,
        },
        Event::Points {
            seat: "A".into(),
            player: "A".into(),
            round: 1,
            points: 0,
            late: false,
            total: 0,
        },
        Event::Scoreboard {
            round: 1,
            standings: vec![],
        },
        Event::Podium {
            standings: vec![],
            missed: vec![],
            end: End::Finished,
        },
        Event::Lobby {
            address: "a".into(),
            link: "l".into(),
            pin: "1".into(),
        },
        Event::Joined {
            name: "A".into(),
            team: None,
            players: 1,
        },
        Event::Removed {
            name: "A".into(),
            players: 0,
        },
        Event::Answers {
            number: 1,
            answered: 0,
            players: 1,
        },
        Event::Reveal {
            number: 1,
            answer: "a".into(),
            fact: "f".into(),
            counts: vec![],
            correct: 0,
        },
        Event::End {
            csv: "c".into(),
            json: "j".into(),
        },
        Event::Welcome {
            name: "A".into(),
            team: None,
            total: 0,
        },
        Event::Received { number: 1 },
        Event::Result {
            number: 1,
            answer: "a".into(),
            verdict: "none".into(),
            points: 0,
            total: 0,
            rank: 1,
            players: 1,
        },
        Event::Final {
            total: 0,
            rank: 1,
            players: 1,
        },
        Event::Refused {
            code: "pin".into(),
            reason: "r".into(),
        },
    ];
    for event in samples {
        let value = serde_json::to_value(&event).unwrap();
        let name = value["event"].as_str().unwrap().to_string();
        assert!(
            readme.contains(&format!("`{name}`")),
            "README names `{name}`"
        );
    }
}

#[test]
fn ends_are_written_as_the_readme_says() {
    // (end, its JSON, why)
    let cases = [
        (End::Finished, "finished", "all asked"),
        (
            End::EndOfInput,
            "end_of_input",
            "Ctrl-D or the end of piped answers",
        ),
        (End::Interrupted, "interrupted", "Ctrl-C"),
    ];
    for (end, want, why) in cases {
        assert_eq!(serde_json::to_value(end).unwrap(), want, "{why}");
    }
}

#[test]
fn controls_in_text_are_escaped() {
    let l = line(&Event::Hint {
        text: "\u{9b}2J".into(),
    })
    .unwrap();
    assert_eq!(l, r#"{"event":"hint","text":"\u009b2J"}"#);
}
