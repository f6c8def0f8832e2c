//! `cargo bench --bench scale`: whole-process timings of factdrill on this machine.
//!
//! (a) start to first question, built-in deck, empty store; (b) the same with a 10,000-fact
//! deck and a 100,000-review history; (c) `stats` at that scale; (d) recording one answer
//! durably; (e) peak memory of (b). Medians of repeated runs; fixtures are generated here.

// A harness prints its own figures and notes; clippy.toml keeps the program's output to
// the sanitizing boundary, which is not this.
#![allow(clippy::disallowed_macros)]

use factdrill::card::compile;
use factdrill::deck::parse;
use factdrill::schedule::{CardState, Phase, DAY_MS};
use factdrill::store::{Export, ExportCard, Review, Store};
use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

const BIN: &str = env!("CARGO_BIN_EXE_factdrill");
const FACTS: usize = 10_000;
const REVIEWS: usize = 100_000;
const RUNS: usize = 30;

fn now_ms() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap()
        .as_millis() as u64
}

/// A deck of `FACTS` facts, each with a count and a date.
fn write_deck(path: &Path) {
    let mut text = String::from("title: Synthetic\nid: synthetic\nfacts:\n");
    for n in 0..FACTS {
        text.push_str(&format!(
            "  - fact: In record {n}, exactly {} delegates met on April {}, {}, to sign accord number {n}.\n    id: f{n}\n",
            n % 90 + 2,
            n % 28 + 1,
            1900 + n % 120
        ));
    }
    std::fs::write(path, text).unwrap();
}

/// A store with `REVIEWS` reviews spread over the deck's cards and the past year.
fn write_history(home: &Path, deck: &Path) {
    let d = parse(&std::fs::read(deck).unwrap(), "synthetic")
        .deck
        .unwrap();
    let cards = compile(&d).cards;
    let now = now_ms();
    let per_card = REVIEWS / cards.len().min(REVIEWS);
    let mut export = Export {
        format: "factdrill-progress".into(),
        version: factdrill::store::VERSION,
        cards: vec![],
        reviews: vec![],
        decks: vec![],
    };
    for (k, card) in cards.iter().enumerate().take(REVIEWS / per_card) {
        let start = now - 365 * DAY_MS + (k as u64 % 100) * DAY_MS;
        for r in 0..per_card {
            export.reviews.push(Review {
                uid: String::new(),
                profile: "bench".into(),
                card_id: card.id.0.clone(),
                deck_id: "synthetic".into(),
                reviewed_at_ms: start + (r as u64) * 25 * DAY_MS + k as u64,
                rating: if (k + r) % 7 == 0 { 1 } else { 3 },
                verdict: "correct".into(),
                format: "typed".into(),
                given: "12".into(),
                expected: card.answer_text().to_string(),
                elapsed_ms: 3000,
                kind: if r == 0 {
                    "new".into()
                } else {
                    "review".into()
                },
                overridden: false,
            });
        }
        let s = CardState {
            phase: Phase::Review,
            step: 0,
            stability: 5.0 + (k % 60) as f32,
            difficulty: 5.0,
            due_ms: now - 5 * DAY_MS + (k as u64 % 40) * DAY_MS,
            last_review_ms: now - 10 * DAY_MS,
            reps: per_card as u32,
            lapses: (k % 3) as u32,
        };
        export.cards.push(ExportCard {
            profile: "bench".into(),
            card_id: card.id.0.clone(),
            deck_id: "synthetic".into(),
            state: s,
        });
    }
    export
        .decks
        .push(("synthetic".into(), "Synthetic".into(), cards.len()));
    let mut store = Store::open(&home.join("progress.sqlite3")).unwrap();
    store.import(&export).unwrap();
}

/// Time from spawning factdrill to its first line of output.
fn first_line(home: &Path, args: &[&str]) -> Duration {
    let start = Instant::now();
    let mut child = Command::new(BIN)
        .args(args)
        .env("FACTDRILL_HOME", home)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut line = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    let took = start.elapsed();
    assert!(line.starts_with('{'), "unexpected output: {line}");
    let status =
        std::fs::read_to_string(format!("/proc/{}/status", child.id())).unwrap_or_default();
    let hwm = status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<f64>().ok());
    PEAK_KB.with(|p| p.set(p.get().max(hwm.unwrap_or(0.0))));
    drop(child.stdin.take());
    child.wait().unwrap();
    took
}

/// Time for a whole command.
fn whole(home: &Path, args: &[&str]) -> Duration {
    let start = Instant::now();
    let out = Command::new(BIN)
        .args(args)
        .env("FACTDRILL_HOME", home)
        .stdin(Stdio::null())
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    start.elapsed()
}

fn median(mut f: impl FnMut() -> Duration, runs: usize) -> f64 {
    for _ in 0..3 {
        f(); // Warm-up: the first run creates the store and compiles the deck.
    }
    let mut times: Vec<f64> = (0..runs).map(|_| f().as_secs_f64() * 1000.0).collect();
    times.sort_by(f64::total_cmp);
    times[times.len() / 2]
}

thread_local! {
    /// The highest VmHWM seen at a first question, in kB (read from /proc before the process ends).
    static PEAK_KB: std::cell::Cell<f64> = const { std::cell::Cell::new(0.0) };
}

fn main() {
    let dir = tempfile::tempdir().unwrap();
    // FACTDRILL_BENCH_KEEP=1 keeps the fixtures, to profile them by hand.
    let dir = if std::env::var_os("FACTDRILL_BENCH_KEEP").is_some() {
        tempfile::TempDir::with_prefix("factdrill-bench")
            .map(|d| d.keep())
            .unwrap()
    } else {
        dir.path().to_path_buf()
    };
    let (empty, big) = (dir.join("empty"), dir.join("big"));
    std::fs::create_dir_all(&empty).unwrap();
    std::fs::create_dir_all(&big).unwrap();
    let deck = dir.join("synthetic.yaml");
    write_deck(&deck);
    write_history(&big, &deck);
    let deck = deck.to_str().unwrap();
    let play_big = ["--profile", "bench", "--json", "-n", "1", deck];

    first_line(&big, &play_big); // Compiles and caches the deck.
    PEAK_KB.with(|p| p.set(0.0));
    first_line(&big, &play_big);
    let peak = PEAK_KB.with(|p| p.get()) / 1024.0;
    let a = median(
        || first_line(&empty, &["--profile", "bench", "--json", "-n", "1"]),
        RUNS,
    );
    let b = median(|| first_line(&big, &play_big), RUNS);
    if std::env::var_os("FACTDRILL_BENCH_KEEP").is_some() {
        eprintln!("fixtures kept in {}", dir.display());
    }
    let c = median(
        || whole(&big, &["--profile", "bench", "stats", "--json"]),
        RUNS,
    );
    let store = Store::open(&big.join("progress.sqlite3")).unwrap();
    let d = median(
        || {
            let at = now_ms();
            let review = Review {
                uid: String::new(),
                profile: "bench".into(),
                card_id: "synthetic:f1:1".into(),
                deck_id: "synthetic".into(),
                reviewed_at_ms: at,
                rating: 3,
                verdict: "correct".into(),
                format: "typed".into(),
                given: "3".into(),
                expected: "3".into(),
                elapsed_ms: 1000,
                kind: "review".into(),
                overridden: false,
            };
            let state = CardState {
                phase: Phase::Review,
                step: 0,
                stability: 9.0,
                difficulty: 5.0,
                due_ms: at + 9 * DAY_MS,
                last_review_ms: at,
                reps: 11,
                lapses: 0,
            };
            let start = Instant::now();
            store.record(&review, &state).unwrap();
            start.elapsed()
        },
        200,
    );
    println!(
        "factdrill scale benchmark ({} cores), medians of {RUNS} runs",
        std::thread::available_parallelism().map_or(1, |n| n.get())
    );
    println!("(a) start to first question, built-in deck, empty store: {a:.1} ms");
    println!("(b) start to first question, {FACTS} facts, {REVIEWS} reviews:  {b:.1} ms");
    println!("(c) stats --json at that scale:                        {c:.1} ms");
    println!("(d) record one answer durably (median of 200):         {d:.2} ms");
    println!("(e) peak memory of (b) at its first question:          {peak:.1} MB");
}
