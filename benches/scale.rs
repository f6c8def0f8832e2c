//! `cargo bench --bench scale`: whole-process timings of factdrill on this machine.
//!
//! (a) start to first question, built-in deck, empty store; (b) the same with a 10,000-fact
//! deck of mixed kinds and a 100,000-review history; (c) `stats` at that scale; (d) recording
//! one answer durably; (e) peak memory of (b). Then decks of one kind (issue 13), where
//! every question has the whole deck near its answer: 10,000 and 100,000 facts that count
//! wells, and 10,000 dated events, each with 104,000 reviews of 8,000 cards: start to first
//! question, 100 answers piped in (a scheduled session in mixed form, and `--cram`, each on
//! the store as factdrill closed it; and mixed on a fresh copy, which is checked whole),
//! stats, peak memory, and the CPU each question adds. Medians of repeated runs; fixtures are
//! generated here. FACTDRILL_BENCH_KEEP=1 keeps them, to profile by hand.

// A harness prints its own figures and notes; clippy.toml keeps the program's output to
// the sanitizing boundary, which is not this.
#![allow(clippy::disallowed_macros)]

#[path = "scale/fixtures.rs"]
mod fixtures;
#[path = "scale/run.rs"]
mod run;

use factdrill::store::Store;
use fixtures::{now_ms, write_deck, write_history, Facts};
use run::{answers, first_line, median, whole, Home};
use std::path::Path;
use std::time::Instant;

const FACTS: usize = 10_000;
const REVIEWS: usize = 100_000;
const RUNS: usize = 30;
/// Runs of the 100-answer sessions, which take longer.
const SESSION_RUNS: usize = 9;

fn main() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = if std::env::var_os("FACTDRILL_BENCH_KEEP").is_some() {
        tempfile::TempDir::with_prefix("factdrill-bench")
            .map(|d| d.keep())
            .unwrap()
    } else {
        tmp.path().to_path_buf()
    };
    println!(
        "factdrill scale benchmark ({} cores), medians of {RUNS} runs ({SESSION_RUNS} for sessions)",
        std::thread::available_parallelism().map_or(1, |n| n.get())
    );
    mixed_deck(&dir);
    for (id, facts, count) in [
        ("wells10k", Facts::Counts, 10_000),
        ("wells100k", Facts::Counts, 100_000),
        ("events10k", Facts::Events, 10_000),
    ] {
        one_kind(&dir, id, facts, count);
    }
    if std::env::var_os("FACTDRILL_BENCH_KEEP").is_some() {
        eprintln!("fixtures kept in {}", dir.display());
    }
}

/// Cases (a) to (e): the deck of mixed kinds.
fn mixed_deck(dir: &Path) {
    let (empty, big) = (Home::new(dir, "empty"), Home::new(dir, "big"));
    let deck = dir.join("synthetic.yaml");
    write_deck(&deck, "synthetic", Facts::Mixed, FACTS);
    write_history(
        &big.path,
        ("synthetic", Facts::Mixed, FACTS),
        FACTS,
        REVIEWS,
    );
    let deck = deck.to_str().unwrap();
    let play_big = ["--profile", "bench", "--json", "-n", "1", deck];
    first_line(&big, &play_big); // Compiles and caches the deck.
    let peak = first_line(&big, &play_big).1;
    let a = median(
        || first_line(&empty, &["--profile", "bench", "--json", "-n", "1"]).0,
        RUNS,
    );
    let b = median(|| first_line(&big, &play_big).0, RUNS);
    let c = median(
        || whole(&big, &["--profile", "bench", "stats", "--json"]).0,
        RUNS,
    );
    let store = Store::open(&big.path.join("progress.sqlite3")).unwrap();
    let d = median(|| record_one(&store), 200);
    println!("(a) start to first question, built-in deck, empty store: {a:.1} ms");
    println!("(b) start to first question, {FACTS} facts, {REVIEWS} reviews:  {b:.1} ms");
    println!("(c) stats --json at that scale:                        {c:.1} ms");
    println!("(d) record one answer durably (median of 200):         {d:.2} ms");
    println!("(e) peak memory of (b) at its first question:          {peak:.1} MB");
}

/// Records one answer in `store`: the time it takes, in ms.
fn record_one(store: &Store) -> f64 {
    let (review, state) =
        fixtures::right_answer("bench", "synthetic:f1:1", String::new(), now_ms());
    let start = Instant::now();
    store.record(&review, &state).unwrap();
    start.elapsed().as_secs_f64() * 1000.0
}

/// The cases of a deck of one kind (issue 13): `count` facts, 104,000 reviews of 8,000 cards.
fn one_kind(dir: &Path, id: &str, facts: Facts, count: usize) {
    let home = Home::new(dir, id);
    let deck = dir.join(format!("{id}.yaml"));
    write_deck(&deck, id, facts, count);
    write_history(&home.path, (id, facts, count), 8_000, 104_000);
    let deck = deck.to_str().unwrap();
    let base = ["--profile", "bench", "--plain", "--seed", "1", deck];
    let with = |more: &[&'static str]| -> Vec<&str> {
        base.iter().copied().chain(more.iter().copied()).collect()
    };
    let start = with(&["--json", "-n", "1"]);
    first_line(&home, &start); // Compiles and caches the deck.
    home.keep(); // Every session below starts from this store.
    let peak = first_line(&home, &start).1;
    let first = median(|| first_line(&home, &start).0, RUNS);
    let stats = median(
        || whole(&home, &["--profile", "bench", "stats", "--json"]).0,
        RUNS,
    );
    let forms: &[(&str, &[&'static str])] = match facts {
        Facts::Events => &[("mixed", &[]), ("timeline", &["--format", "timeline"])],
        _ => &[("mixed", &[]), ("--cram", &["--cram"])],
    };
    println!("{id}: {count} facts of one kind, 104,000 reviews of 8,000 cards");
    println!("  start to first question:           {first:.1} ms");
    println!("  stats --json:                      {stats:.1} ms");
    println!("  peak memory at its first question: {peak:.1} MB");
    for (name, args) in forms {
        // The CPU of a whole process that asks one question in this form: what 100
        // answers add to it is the cost of 99 more questions.
        let one = with(&[&["--json", "-n", "1"], *args].concat());
        let one_cpu = median(|| whole(&home, &one).1, RUNS);
        let args = with(&[&["--json", "-n", "100"], *args].concat());
        let mut rss = 0.0f64;
        let cpu = median(
            || {
                let (cpu, mb) = answers(&home, &args, 100, true);
                rss = rss.max(mb);
                cpu
            },
            SESSION_RUNS,
        );
        let per = (cpu - one_cpu) / 99.0;
        println!(
            "  100 answers, {name:<8}: {cpu:.0} ms CPU, {per:.2} ms CPU per question, peak {rss:.1} MB"
        );
    }
    // The first session on a store copied into place (or after an unclean stop) runs the
    // integrity check of the whole file.
    let args = with(&["--json", "-n", "100"]);
    let cold = median(|| answers(&home, &args, 100, false).0, SESSION_RUNS);
    println!("  100 answers, mixed, first session on a copied store: {cold:.0} ms CPU");
}
