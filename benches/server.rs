//! `cargo bench --bench server`: factdrill's progress on a local PostgreSQL server (issue 15).
//!
//! A throwaway cluster (commits synced to disk, as PostgreSQL's default) on loopback; then
//! (1) 50 learners, each with their own role and local copy, answering at once for a minute
//! (FACTDRILL_BENCH_SECONDS), one answer every 200 ms each (FACTDRILL_BENCH_THINK_MS): the
//! time to record an answer (server transaction committed, then the local copy), p50 and
//! p99, and a count of the server's reviews against the answers acknowledged; (2) start to
//! first question with a 10,000-fact deck and 100,000 reviews on the server: the first start
//! on a new computer (which copies them all), the median of later ones, and the same start
//! from a local progress file with that history, for comparison at the same moment.

// A harness prints its own figures; clippy.toml keeps the program's output to the
// sanitizing boundary, which is not this.
#![allow(clippy::disallowed_macros)]

#[allow(dead_code)]
#[path = "scale/fixtures.rs"]
mod fixtures;
#[allow(dead_code)]
#[path = "../tests/it/pg_cluster.rs"]
mod pg_cluster;
#[allow(dead_code)]
#[path = "scale/run.rs"]
mod run;

use factdrill::store::{add_learner, init_server, Store};
use fixtures::{now_ms, right_answer, write_deck, write_history, Facts};
use std::time::{Duration, Instant};

const LEARNERS: usize = 50;

fn env_or(name: &str, default: u64) -> u64 {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

fn main() {
    let cluster = pg_cluster::Cluster::start_durable();
    let teacher = init_server(&cluster.admin_url()).unwrap().teacher.unwrap();
    let dir = tempfile::tempdir().unwrap();
    println!(
        "factdrill server benchmark ({} cores), PostgreSQL on loopback",
        std::thread::available_parallelism().map_or(1, |n| n.get())
    );
    load(&cluster, &teacher, dir.path());
    start(&cluster, &teacher, dir.path());
}

/// A uid no other answer of this run has.
fn uid(profile: &str, n: usize) -> String {
    use std::hash::{BuildHasher, Hasher};
    let mut h = std::collections::hash_map::RandomState::new().build_hasher();
    h.write_u64(now_ms());
    format!("{profile}-{n}-{:x}", h.finish())
}

/// (1): 50 learners answering at once.
fn load(cluster: &pg_cluster::Cluster, teacher: &str, dir: &std::path::Path) {
    let seconds = env_or("FACTDRILL_BENCH_SECONDS", 60);
    let think = Duration::from_millis(env_or("FACTDRILL_BENCH_THINK_MS", 200));
    let urls: Vec<String> = (0..LEARNERS)
        .map(|k| add_learner(teacher, &format!("learner{k}")).unwrap())
        .collect();
    let until = Instant::now() + Duration::from_secs(seconds);
    let threads: Vec<_> = urls
        .into_iter()
        .enumerate()
        .map(|(k, url)| {
            let home = dir.join(format!("learner{k}"));
            std::thread::spawn(move || {
                let store = Store::connect(&url, &home).unwrap();
                let profile = format!("learner{k}");
                let mut times = Vec::new();
                let mut n = 0;
                while Instant::now() < until {
                    let card = format!("load:f{}:1", n % 200);
                    let (review, state) = right_answer(&profile, &card, uid(&profile, n), now_ms());
                    let t = Instant::now();
                    store.record(&review, &state).unwrap();
                    times.push(t.elapsed().as_secs_f64() * 1000.0);
                    n += 1;
                    std::thread::sleep(think);
                }
                times
            })
        })
        .collect();
    let mut times: Vec<f64> = threads
        .into_iter()
        .flat_map(|t| t.join().unwrap())
        .collect();
    times.sort_by(f64::total_cmp);
    let at = |q: f64| times[((times.len() - 1) as f64 * q).round() as usize];
    let stored =
        cluster.admin_value("SELECT count(*) || ' ' || count(DISTINCT uid) FROM factdrill.reviews");
    println!(
        "(1) {LEARNERS} learners for {seconds} s, one answer every {} ms each: {} answers acknowledged; on the server (reviews, distinct uids): {stored}",
        think.as_millis(),
        times.len()
    );
    println!(
        "    time to record an answer: p50 {:.2} ms, p99 {:.2} ms, max {:.2} ms",
        at(0.5),
        at(0.99),
        at(1.0)
    );
}

/// (2): start to first question with 10,000 facts and 100,000 reviews on the server.
fn start(cluster: &pg_cluster::Cluster, teacher: &str, dir: &std::path::Path) {
    let url = add_learner(teacher, "bench").unwrap();
    let deck = dir.join("synthetic.yaml");
    write_deck(&deck, "synthetic", Facts::Mixed, 10_000);
    let local = dir.join("local");
    write_history(&local, ("synthetic", Facts::Mixed, 10_000), 10_000, 100_000);
    let export = Store::open(&local.join("progress.sqlite3"))
        .unwrap()
        .export()
        .unwrap();
    let t = Instant::now();
    let mut importer = Store::connect(&url, &dir.join("importer")).unwrap();
    let done = importer.import(&export).unwrap();
    println!(
        "(2) imported {} card states and {} reviews to the server in {:.1} s",
        done.cards,
        done.reviews_added,
        t.elapsed().as_secs_f64()
    );
    // As autovacuum would soon: without statistics the planner scans the whole log for
    // the few rows a start pulls.
    cluster.admin_value("ANALYZE");
    let home = run::Home::new(dir, "player");
    let deck = deck.to_str().unwrap();
    let args = ["--store", url.as_str(), "--json", "-n", "1", deck];
    let cold = run::first_line(&home, &args).0;
    let warm = run::median(|| run::first_line(&home, &args).0, 15);
    println!(
        "    start to first question, first start on a new computer (copies it all): {cold:.0} ms"
    );
    println!(
        "    start to first question, later starts (median of 15):                 {warm:.1} ms"
    );
    // The same start from a progress file with the same history, at the same time on the
    // same machine: what the server adds.
    let file = run::Home::new(dir, "local");
    let args = ["--profile", "bench", "--json", "-n", "1", deck];
    run::first_line(&file, &args);
    let local = run::median(|| run::first_line(&file, &args).0, 15);
    println!(
        "    the same start from a local progress file (median of 15):             {local:.1} ms"
    );
}
