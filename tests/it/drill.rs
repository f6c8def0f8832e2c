//! Classroom drills through the real binary, with scripted answers in plain and JSON modes.

use crate::common::{events, factdrill};
use serde_json::Value;
use std::io::{BufRead, BufReader, Write};
use std::path::Path;
use std::process::{Command as Std, Stdio};

const GAME: &[&str] = &[
    "drill",
    "--players",
    "Ana,Ben,Chen",
    "--rounds",
    "2",
    "--format",
    "typed",
    "--no-speed",
    "--no-streak",
    "--seed",
    "8",
];

fn results_csv(home: &Path) -> Vec<csv::StringRecord> {
    let dir = home.join("drills");
    let file = std::fs::read_dir(&dir)
        .unwrap()
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .find(|p| p.extension().is_some_and(|x| x == "csv"))
        .unwrap();
    csv::Reader::from_path(file)
        .unwrap()
        .records()
        .map(|r| r.unwrap())
        .collect()
}

#[test]
fn three_players_two_rounds_scores_podium_and_results() {
    // Learn the questions of the seeded game, then play it: Ana always right, Ben right once.
    let scout = tempfile::tempdir().unwrap();
    let out = factdrill(scout.path())
        .args(GAME)
        .arg("--json")
        .write_stdin("x\nx\nx\nx\nx\nx\n")
        .assert()
        .success();
    let expected: Vec<String> = events(&out.get_output().stdout)
        .iter()
        .filter(|e| e["event"] == "answer")
        .map(|e| e["expected"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(expected.len(), 6);
    let answers = [
        &expected[0],
        &expected[1],
        "nonsense",
        &expected[3],
        "nonsense",
        "nonsense",
    ]
    .join("\n")
        + "\n";
    let home = tempfile::tempdir().unwrap();
    let out = factdrill(home.path())
        .args(GAME)
        .arg("--json")
        .write_stdin(answers)
        .assert()
        .success();
    let ev = events(&out.get_output().stdout);
    let kinds: Vec<&str> = ev.iter().map(|e| e["event"].as_str().unwrap()).collect();
    assert_eq!(kinds.iter().filter(|k| **k == "round").count(), 2);
    assert_eq!(kinds.iter().filter(|k| **k == "scoreboard").count(), 2);
    let podium = ev.iter().find(|e| e["event"] == "podium").unwrap();
    let standings: Vec<(String, u64)> = podium["standings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| {
            (
                s["seat"].as_str().unwrap().to_string(),
                s["total"].as_u64().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        standings,
        [
            ("Ana".to_string(), 200),
            ("Ben".to_string(), 100),
            ("Chen".to_string(), 0)
        ]
    );
    let chen = podium["missed"]
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["seat"] == "Chen")
        .unwrap();
    assert_eq!(
        chen["facts"].as_array().unwrap().len(),
        2,
        "each player's missed facts are listed"
    );
    let rows = results_csv(home.path());
    assert_eq!(rows.len(), 6, "one row per answer");
    let points: Vec<&str> = rows.iter().map(|r| &r[10]).collect();
    assert_eq!(points, ["100", "100", "0", "100", "0", "0"]);
    assert_eq!(&rows[0][1], "Ana");
    assert_eq!(&rows[2][9], "wrong");
}

#[test]
fn plain_drills_show_scoreboards_and_a_winner() {
    let home = tempfile::tempdir().unwrap();
    let out = factdrill(home.path())
        .args(GAME)
        .arg("--plain")
        .write_stdin("x\nx\nx\nx\nx\nx\n")
        .assert()
        .success();
    let text = String::from_utf8_lossy(&out.get_output().stdout).into_owned();
    assert!(
        text.contains("=== Round 1/2")
            && text.contains("Scoreboard after round 2:")
            && text.contains("Winner:"),
        "{text}"
    );
    assert!(text.contains("Ana, your turn"));
}

#[test]
fn teams_take_turns_by_member() {
    let home = tempfile::tempdir().unwrap();
    factdrill(home.path())
        .args([
            "drill",
            "--teams",
            "Red:Ana,Ben;Blue:Chen",
            "--rounds",
            "2",
            "--seed",
            "2",
            "--plain",
        ])
        .write_stdin("x\nx\nx\nx\n")
        .assert()
        .success();
    let rows = results_csv(home.path());
    let who: Vec<(&str, &str)> = rows.iter().map(|r| (&r[1], &r[2])).collect();
    assert_eq!(
        who,
        [
            ("Red", "Ana"),
            ("Blue", "Chen"),
            ("Red", "Ben"),
            ("Blue", "Chen")
        ]
    );
}

#[test]
fn late_answers_score_nothing() {
    let scout = tempfile::tempdir().unwrap();
    let args = [
        "drill",
        "--players",
        "Ana",
        "--rounds",
        "1",
        "--format",
        "typed",
        "--time",
        "1",
        "--seed",
        "5",
    ];
    let out = factdrill(scout.path())
        .args(args)
        .arg("--json")
        .write_stdin("x\n")
        .assert()
        .success();
    let right = events(&out.get_output().stdout)
        .iter()
        .find(|e| e["event"] == "answer")
        .unwrap()["expected"]
        .as_str()
        .unwrap()
        .to_string();
    let home = tempfile::tempdir().unwrap();
    let mut child = Std::new(crate::common::bin())
        .args(args)
        .arg("--json")
        .env("FACTDRILL_HOME", home.path())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
    while !lines.next().unwrap().unwrap().contains("\"question\"") {}
    std::thread::sleep(std::time::Duration::from_millis(1300));
    writeln!(child.stdin.take().unwrap(), "{right}").unwrap();
    let rest: Vec<Value> = lines
        .map(|l| serde_json::from_str(&l.unwrap()).unwrap())
        .collect();
    child.wait().unwrap();
    let answer = rest.iter().find(|e| e["event"] == "answer").unwrap();
    assert_eq!(answer["verdict"], "correct");
    let points = rest.iter().find(|e| e["event"] == "points").unwrap();
    assert_eq!(
        (points["points"].as_u64(), points["late"].as_bool()),
        (Some(0), Some(true))
    );
}

#[test]
fn record_feeds_each_players_progress() {
    let home = tempfile::tempdir().unwrap();
    factdrill(home.path())
        .args([
            "drill",
            "--players",
            "Ana,Ben",
            "--rounds",
            "2",
            "--seed",
            "1",
            "--plain",
            "--record",
        ])
        .write_stdin("x\nx\nx\nx\n")
        .assert()
        .success();
    for who in ["Ana", "Ben"] {
        let out = factdrill(home.path())
            .args(["stats", "--json", "--profile", who])
            .output()
            .unwrap();
        let s: Value = serde_json::from_slice(&out.stdout).unwrap();
        assert_eq!(s["total_reviews"], 2, "{who}");
    }
}

#[test]
fn who_plays_must_be_said() {
    // A usage error, so exit 2 like every other (issue 12, point 8).
    let home = tempfile::tempdir().unwrap();
    factdrill(home.path())
        .args(["drill", "--plain"])
        .assert()
        .code(2)
        .stderr(predicates::str::contains("--players"));
    factdrill(home.path())
        .args(["drill", "--teams", "Red", "--plain"])
        .assert()
        .code(2)
        .stderr(predicates::str::contains("Red:Ana"));
}

#[test]
fn drills_started_in_the_same_second_keep_both_classes_results() {
    // Two classes start at once; before issue 9 the second drill's files replaced the first's.
    // Started together they nearly always share a second; a pair that straddles one is retried.
    let bin = crate::common::bin();
    for _attempt in 0..5 {
        let home = tempfile::tempdir().unwrap();
        let start = |players: &str| {
            let mut child = Std::new(&bin)
                .env("FACTDRILL_HOME", home.path())
                .args([
                    "drill",
                    "--players",
                    players,
                    "--rounds",
                    "2",
                    "--format",
                    "typed",
                ])
                .args(["--seed", "3", "--plain"])
                .stdin(Stdio::piped())
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .spawn()
                .unwrap();
            child.stdin.take().unwrap().write_all(b"x\nx\n").unwrap();
            child
        };
        let (mut a, mut b) = (start("Ana"), start("Ben"));
        assert!(a.wait().unwrap().success() && b.wait().unwrap().success());
        let mut names: Vec<String> = std::fs::read_dir(home.path().join("drills"))
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        assert_eq!(names.len(), 4, "a CSV and a JSON for each drill: {names:?}");
        let stamp = |n: &str| n["drill-".len().."drill-".len() + 20].to_string();
        if stamp(&names[0]) != stamp(&names[2]) {
            continue;
        }
        let stem = format!("drill-{}", stamp(&names[0]));
        let want = [
            format!("{stem}-2.csv"),
            format!("{stem}-2.json"),
            format!("{stem}.csv"),
            format!("{stem}.json"),
        ];
        assert_eq!(names, want, "the second drill of the second gets -2");
        let mut players: Vec<String> = Vec::new();
        for csv in names.iter().filter(|n| n.ends_with(".csv")) {
            let rows: Vec<csv::StringRecord> =
                csv::Reader::from_path(home.path().join("drills").join(csv))
                    .unwrap()
                    .records()
                    .map(|r| r.unwrap())
                    .collect();
            assert_eq!(rows.len(), 2, "{csv}: both answers of its drill");
            assert!(
                rows.iter().all(|r| r[2] == rows[0][2]),
                "{csv}: one drill's players only"
            );
            players.push(rows[0][2].to_string());
        }
        players.sort();
        assert_eq!(players, ["Ana", "Ben"], "each class's results kept");
        return;
    }
    panic!("five pairs of drills started together never shared a second");
}

#[test]
fn a_question_mark_in_a_drill_is_a_hint_not_an_answer() {
    // Issue 12: the drill's prompt offered `?` for a hint, then graded `?` as a wrong answer.
    // One turn now serves play and drill: `?` shows a hint, and the answer after it counts
    // at most close (half points), as in play.
    let args = [
        "drill",
        "--players",
        "Ana",
        "--rounds",
        "1",
        "--format",
        "typed",
        "--no-speed",
        "--no-streak",
        "--seed",
        "4",
        "--json",
    ];
    let scout = tempfile::tempdir().unwrap();
    let out = factdrill(scout.path())
        .args(args)
        .write_stdin("x\n")
        .assert()
        .success();
    let right = events(&out.get_output().stdout)
        .iter()
        .find(|e| e["event"] == "answer")
        .unwrap()["expected"]
        .as_str()
        .unwrap()
        .to_string();
    let home = tempfile::tempdir().unwrap();
    let out = factdrill(home.path())
        .args(args)
        .write_stdin(format!("?\n{right}\n"))
        .assert()
        .success();
    let ev = events(&out.get_output().stdout);
    let names: Vec<&str> = ev.iter().map(|e| e["event"].as_str().unwrap()).collect();
    assert_eq!(
        names,
        [
            "round",
            "turn",
            "question",
            "hint",
            "question",
            "answer",
            "points",
            "scoreboard",
            "podium"
        ],
        "{ev:?}"
    );
    let answer = ev.iter().find(|e| e["event"] == "answer").unwrap();
    assert_eq!(
        (answer["given"].as_str(), answer["hints"].as_u64()),
        (Some(right.as_str()), Some(1))
    );
    assert_eq!(
        answer["verdict"], "close",
        "a hinted answer counts at most close"
    );
    let points = ev.iter().find(|e| e["event"] == "points").unwrap();
    assert_eq!(points["points"], 50);
}
