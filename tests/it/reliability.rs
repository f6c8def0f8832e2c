//! The store's promises under attack, through the real binary: every acknowledged answer
//! is stored exactly once when the process is killed at a random moment (also while it
//! creates the store) and when sessions of one profile race; a damaged store is refused and
//! left byte-for-byte unchanged. `FACTDRILL_TRIALS` scales the number of trials (default
//! 1: 40 kills, 20 kills at creation, 4 races, every damage); the figures in README come
//! from `FACTDRILL_TRIALS=10`.

#![cfg(unix)]
// The damage figures are printed for README (`-- --nocapture`); tests are not the terminal boundary.
#![allow(clippy::disallowed_macros)]

use crate::common::bin;
use rusqlite::Connection;
use std::io::{BufRead, BufReader, Write};
use std::path::Path;
use std::process::{Child, ChildStdout, Command, Stdio};
use std::time::Duration;

fn trials() -> usize {
    std::env::var("FACTDRILL_TRIALS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(1)
}

/// A typed-only session long enough to outlast any kill: wrong answers bring cards back.
const PLAY: &[&str] = &[
    "play", "--json", "--format", "typed", "-n", "1000", "--new", "1000",
];

/// Starts a session whose stdin is fed `answers` lines of a wrong answer.
fn start(home: &Path, answers: usize) -> Child {
    start_as(home, answers, "p")
}

/// Starts a session of `profile`.
fn start_as(home: &Path, answers: usize, profile: &str) -> Child {
    let mut child = Command::new(bin())
        .args(PLAY)
        .args(["--profile", profile])
        .env("FACTDRILL_HOME", home)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    std::thread::spawn(move || {
        let _ = stdin.write_all("nope\n".repeat(answers).as_bytes());
    });
    child
}

/// The cards of the `answer` events a session printed, in order: what it acknowledged.
fn acknowledged(child: &mut Child) -> Vec<String> {
    acknowledged_on(child.stdout.take().unwrap())
}

fn acknowledged_on(out: ChildStdout) -> Vec<String> {
    BufReader::new(out)
        .lines()
        .map_while(Result::ok)
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(&l).ok())
        .filter(|v| v["event"] == "answer")
        .map(|v| v["card"].as_str().unwrap().to_string())
        .collect()
}

/// The cards of the stored reviews, in the order they were stored, and their uids' count.
fn stored(home: &Path) -> (Vec<String>, usize) {
    let c = Connection::open(home.join("progress.sqlite3")).unwrap();
    let cards = c
        .prepare("SELECT card_id FROM reviews ORDER BY id")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<Vec<String>, _>>()
        .unwrap();
    let uids: usize = c
        .query_row("SELECT count(DISTINCT uid) FROM reviews", [], |r| r.get(0))
        .unwrap();
    (cards, uids)
}

/// A pseudo-random delay in `0..max_ms`, the same in every run (a linear congruential step).
fn delay(seed: &mut u64, max_ms: u64) -> Duration {
    *seed = seed
        .wrapping_mul(6364136223846793005)
        .wrapping_add(1442695040888963407);
    Duration::from_micros((*seed >> 33) % (max_ms * 1000))
}

fn kill_9(child: &mut Child) {
    // SAFETY: kill(2) on our own child's pid.
    unsafe { libc::kill(child.id() as i32, libc::SIGKILL) };
}

#[test]
fn every_acknowledged_answer_survives_kill_9_exactly_once() {
    let home = tempfile::tempdir().unwrap();
    let (mut seed, mut lost, mut answered) = (7u64, 0, 0);
    for trial in 0..40 * trials() {
        let (before, _) = stored_or_empty(home.path());
        // A profile of its own each time, so that every session has new cards to answer.
        let mut child = start_as(home.path(), 5000, &format!("p{trial}"));
        // Lines are read on a thread, so that the pipe never fills while the test waits.
        let (send, lines) = std::sync::mpsc::channel();
        let out = BufReader::new(child.stdout.take().unwrap());
        let reader = std::thread::spawn(move || {
            let mut acked = Vec::new();
            for line in out.lines().map_while(Result::ok) {
                let v: serde_json::Value = serde_json::from_str(&line).unwrap();
                if v["event"] == "answer" {
                    acked.push(v["card"].as_str().unwrap().to_string());
                    let _ = send.send(());
                }
            }
            acked
        });
        // The moment: after a random number of answers, then a random part of the next one.
        let wait_for = delay(&mut seed, 40).as_micros() as usize / 1000;
        for _ in 0..wait_for {
            if lines.recv_timeout(Duration::from_secs(20)).is_err() {
                break;
            }
        }
        std::thread::sleep(delay(&mut seed, 2));
        kill_9(&mut child);
        let _ = child.wait();
        let acked = reader.join().unwrap();
        let (after, uids) = stored_or_empty(home.path());
        let new = &after[before.len()..];
        answered += acked.len();
        assert_eq!(uids, after.len(), "every review has its own uid");
        assert!(
            new.len() == acked.len() || new.len() == acked.len() + 1,
            "acknowledged {} answers, stored {}",
            acked.len(),
            new.len()
        );
        if new[..acked.len()] != acked[..] {
            lost += 1;
        }
    }
    eprintln!(
        "{} kills, {answered} answers acknowledged, {lost} runs lost one",
        40 * trials()
    );
    assert_eq!(
        lost, 0,
        "runs whose acknowledged answers differ from those stored"
    );
    assert!(answered > 0, "the kills came after some answers");
}

#[test]
fn a_kill_while_the_store_is_created_never_bricks_it() {
    let mut seed = 11u64;
    for _ in 0..20 * trials() {
        let home = tempfile::tempdir().unwrap();
        let mut child = start(home.path(), 1);
        std::thread::sleep(delay(&mut seed, 8));
        kill_9(&mut child);
        let _ = child.wait();
        let out = Command::new(bin())
            .args(PLAY)
            .args(["--profile", "p"])
            .env("FACTDRILL_HOME", home.path())
            .stdin(Stdio::null())
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "the next run works: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let leftovers: Vec<_> = std::fs::read_dir(home.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|n| n == "progress.sqlite3-journal")
            .collect();
        assert!(leftovers.is_empty(), "no hot journal: {leftovers:?}");
    }
}

#[test]
fn sessions_of_one_profile_racing_keep_every_answer() {
    let mut total = 0;
    for round in 0..4 * trials() {
        let home = tempfile::tempdir().unwrap();
        let players = 2 + round % 3;
        let mut children: Vec<Child> = (0..players).map(|_| start(home.path(), 400)).collect();
        let acked: usize = children
            .iter_mut()
            .map(|c| {
                let n = acknowledged(c).len();
                assert!(c.wait().unwrap().success());
                n
            })
            .sum();
        let (stored, uids) = stored(home.path());
        assert_eq!(stored.len(), acked, "{players} sessions at once");
        assert_eq!(uids, acked);
        total += acked;
    }
    eprintln!(
        "{} races, {total} answers acknowledged and stored",
        4 * trials()
    );
}

/// What was stored before a run, or nothing when the store does not exist yet.
fn stored_or_empty(home: &Path) -> (Vec<String>, usize) {
    if home.join("progress.sqlite3").exists() {
        stored(home)
    } else {
        (Vec::new(), 0)
    }
}

/// A damaged copy of a store: each case spoils the file in its own way.
type Damage = fn(&mut Vec<u8>);

fn page(bytes: &mut [u8], page: usize, at: usize, with: &[u8]) {
    let start = page * 4096 + at;
    if start + with.len() <= bytes.len() {
        bytes[start..start + with.len()].copy_from_slice(with);
    }
}

/// Every way of damaging a store this test tries; each page of the file is also spoiled
/// on its own by `damages_of`.
const DAMAGES: &[(&str, Damage)] = &[
    ("truncated to half", |b| b.truncate(b.len() / 2)),
    ("truncated to its header", |b| b.truncate(100)),
    ("magic spoiled", |b| b[0] = b'X'),
    ("page size spoiled", |b| b[16..18].copy_from_slice(&[0, 3])),
    ("page count spoiled", |b| {
        b[28..32].copy_from_slice(&[0xff; 4])
    }),
    ("schema page spoiled", |b| page(b, 0, 100, &[0xa5; 200])),
    ("another program's mark", |b| {
        b[68..72].copy_from_slice(&[0, 0, 0, 7])
    }),
    ("a newer schema", |b| {
        b[60..64].copy_from_slice(&[0, 0, 0, 99])
    }),
];

/// A store with history, then every damage: each copy must either pass SQLite's integrity
/// check (the damage hit unused bytes) or be refused by every command that writes, and stay
/// byte-for-byte unchanged.
#[test]
fn a_damaged_store_is_refused_and_left_unchanged() {
    let pristine_home = tempfile::tempdir().unwrap();
    for _ in 0..3 {
        let mut c = start(pristine_home.path(), 300);
        acknowledged(&mut c);
        c.wait().unwrap();
    }
    let export = pristine_home.path().join("export.json");
    run(
        pristine_home.path(),
        &["progress", "export", export.to_str().unwrap()],
    );
    let pristine = std::fs::read(pristine_home.path().join("progress.sqlite3")).unwrap();
    let pages = pristine.len() / 4096;
    let mut cases: Vec<(String, Vec<u8>)> = DAMAGES
        .iter()
        .map(|(why, spoil)| {
            let mut b = pristine.clone();
            spoil(&mut b);
            (why.to_string(), b)
        })
        .collect();
    for p in 1..pages {
        let mut b = pristine.clone();
        page(&mut b, p, 0, &[0x5a; 48]);
        cases.push((format!("page {p} spoiled"), b));
    }
    let writes: [&[&str]; 3] = [
        &["progress", "import", export.to_str().unwrap()],
        &[
            "progress",
            "reset",
            "--deck",
            "nato-2018",
            "--yes",
            "--profile",
            "p",
        ],
        &[
            "drill",
            "--plain",
            "--players",
            "p",
            "--rounds",
            "1",
            "--record",
        ],
    ];
    let mut refused = 0;
    for (why, bytes) in &cases {
        let home = tempfile::tempdir().unwrap();
        let file = home.path().join("progress.sqlite3");
        std::fs::write(&file, bytes).unwrap();
        let check = Command::new(bin())
            .args(["progress", "check"])
            .env("FACTDRILL_HOME", home.path())
            .output()
            .unwrap();
        if check.status.success() {
            continue;
        }
        refused += 1;
        // A profile with new cards, so that play has answers to record.
        let mut play = start_as(home.path(), 3, "fresh");
        let acked = acknowledged(&mut play);
        assert!(!play.wait().unwrap().success(), "{why}: play refused");
        assert!(acked.is_empty(), "{why}: no answer acknowledged");
        for args in writes {
            let out = assert_cmd::Command::new(bin())
                .args(args)
                .env("FACTDRILL_HOME", home.path())
                // An answer to any form: a drill's timeline order of three or four events
                // asks again until its letters are all there.
                .write_stdin("a\nabc\nabcd\n")
                .output()
                .unwrap();
            assert!(!out.status.success(), "{why}: {args:?} refused");
            let said = String::from_utf8_lossy(&out.stderr);
            assert!(
                !said.contains("space"),
                "{why}: {args:?} blames the disk: {said}"
            );
        }
        assert!(
            std::fs::read(&file).unwrap() == *bytes,
            "{why}: file unchanged"
        );
        // SQLite's own shared-memory index may appear beside a WAL-mode file read read-only,
        // and an empty WAL; no backup, no journal, no content.
        let names: Vec<_> = std::fs::read_dir(home.path())
            .unwrap()
            .map(|e| e.unwrap())
            .filter(|e| {
                let n = e.file_name().to_string_lossy().into_owned();
                let empty_wal = n.ends_with("-wal") && e.metadata().unwrap().len() == 0;
                !(n == "progress.sqlite3" || n == "drills" || n.ends_with("-shm") || empty_wal)
            })
            .map(|e| e.file_name())
            .collect();
        assert!(names.is_empty(), "{why}: nothing beside it: {names:?}");
    }
    eprintln!(
        "{} damaged copies, {refused} found damaged and refused",
        cases.len()
    );
    assert!(
        refused >= cases.len() / 2,
        "most damage is found: {refused} of {}",
        cases.len()
    );
}

fn run(home: &Path, args: &[&str]) {
    let out = Command::new(bin())
        .args(args)
        .env("FACTDRILL_HOME", home)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// Errors say what is actually wrong, never "disk space" for something else.
#[test]
fn store_errors_name_the_real_problem() {
    let dir = tempfile::tempdir().unwrap();
    let file_home = dir.path().join("a-file");
    std::fs::write(&file_home, "").unwrap();
    let folder_store = dir.path().join("folder-store");
    std::fs::create_dir_all(folder_store.join("progress.sqlite3")).unwrap();
    let orphan = dir.path().join("orphan.json");
    std::fs::write(
        &orphan,
        r#"{"format":"factdrill-progress","version":3,"cards":[],"reviews":[{"uid":"x","profile":"p","card_id":"d:a:1","deck_id":"d","reviewed_at_ms":1,"rating":3,"verdict":"correct","format":"typed","given":"1","expected":"1","elapsed_ms":1,"kind":"new","overridden":false}]}"#,
    )
    .unwrap();
    let cases: [(&Path, &[&str], &str); 3] = [
        (
            &file_home,
            &["play", "--json"],
            "a file stands where a folder should be",
        ),
        (&folder_store, &["play", "--json"], "it is a folder"),
        (
            dir.path(),
            &["progress", "import", orphan.to_str().unwrap()],
            "its card has no state in the file or in the store",
        ),
    ];
    for (home, args, want) in cases {
        let out = Command::new(bin())
            .args(args)
            .env("FACTDRILL_HOME", home)
            .stdin(Stdio::null())
            .output()
            .unwrap();
        let said = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{args:?}: {said}");
        assert!(said.contains(want), "{args:?}: {said}");
        assert!(!said.contains("space"), "{args:?}: {said}");
    }
}
