//! `factdrill drill`: the classroom game, its results files, and optional progress records.

use super::config::{DrillSetup, Mode};
use super::play::open_store;
use super::ExitStatus;
use crate::clock::{Clock, SystemClock};
use crate::drill::{play, DrillAnswer, DrillConfig, DrillEnd, DrillEnv, DrillUi, Scoring};
use crate::fsutil::write_atomic;
use crate::library::Library;
use crate::load::load_cards;
use crate::question::InMemory;
use crate::recorder::StoreRecorder;
use crate::schedule::{Scheduler, Settings};
use crate::session::{AnswerRecord, Recorder};
use crate::store::{clean_profile, data_dir};
use crate::ui::{JsonUi, PlainUi, StdinLines, TerminalUi};
use anyhow::Context;
use rand::rngs::StdRng;
use rand::SeedableRng;
use std::io::{self, Write};
use std::path::PathBuf;
use std::sync::atomic::AtomicBool;
use std::sync::Arc;

/// Where a drill's results go: `drills/drill-STAMP.csv` and `.json` in the data directory.
struct Results {
    csv: PathBuf,
    json: PathBuf,
    rows: Vec<DrillAnswer>,
}

impl Results {
    fn new(now: u64) -> anyhow::Result<Results> {
        let dir = data_dir().map_err(anyhow::Error::msg)?.join("drills");
        std::fs::create_dir_all(&dir)
            .with_context(|| format!("cannot create {}", dir.display()))?;
        let stem = format!("drill-{}", crate::clock::utc_stamp(now));
        Ok(Results {
            csv: dir.join(format!("{stem}.csv")),
            json: dir.join(format!("{stem}.json")),
            rows: Vec::new(),
        })
    }

    /// Adds an answer and rewrites both files, so an interrupted drill keeps every answer.
    fn add(&mut self, answer: &DrillAnswer) -> anyhow::Result<()> {
        self.rows.push(answer.clone());
        let mut csv = csv::Writer::from_writer(Vec::new());
        csv.write_record([
            "round",
            "seat",
            "player",
            "card",
            "deck",
            "format",
            "question",
            "expected",
            "given",
            "verdict",
            "points",
            "late",
            "elapsed_ms",
            "answered_at_ms",
        ])?;
        for r in &self.rows {
            let (round, points, elapsed, at) = (
                r.round.to_string(),
                r.points.to_string(),
                r.elapsed_ms.to_string(),
                r.answered_at_ms.to_string(),
            );
            let late = if r.late { "true" } else { "false" };
            csv.write_record([
                round.as_str(),
                &r.seat,
                &r.player,
                &r.card.0,
                &r.deck,
                r.format.name(),
                &r.question,
                &r.expected,
                &r.given,
                r.verdict.name(),
                &points,
                late,
                &elapsed,
                &at,
            ])?;
        }
        write_atomic(
            &self.csv,
            &csv.into_inner().map_err(|e| anyhow::anyhow!("{e}"))?,
        )?;
        write_atomic(
            &self.json,
            serde_json::to_string_pretty(&serde_json::json!({ "answers": self.rows }))?.as_bytes(),
        )
    }
}

/// Runs a drill.
pub fn run(
    setup: &DrillSetup,
    library: &Library,
    interrupted: &Arc<AtomicBool>,
) -> anyhow::Result<ExitStatus> {
    let seats = setup.seats.clone().map_err(anyhow::Error::msg)?;
    let cards = load_cards(&setup.decks, library)?;
    let clock = SystemClock;
    let mut results = Results::new(clock.now_ms())?;
    let store = if setup.record {
        Some(open_store()?)
    } else {
        None
    };
    let scheduler = Scheduler::new(&[], Settings::default())?;
    let mut keep = |a: &DrillAnswer, record: &AnswerRecord| -> anyhow::Result<()> {
        results.add(a)?;
        if let Some(store) = &store {
            StoreRecorder::new(store, &scheduler, &clean_profile(&a.player)).record(record)?;
        }
        Ok(())
    };
    let cfg = DrillConfig {
        seats,
        rounds: setup.rounds,
        format: setup.format,
        scoring: Scoring {
            speed: setup.speed,
            streak: setup.streak,
            time_limit_ms: setup.time.map(|s| s * 1000),
        },
    };
    let mut rng = StdRng::seed_from_u64(setup.seed);
    let mut source = InMemory::new(cards);
    let mut run = |ui: &mut dyn DrillUi| {
        let env = DrillEnv {
            ui,
            on_answer: &mut keep,
            clock: &clock,
            rng: &mut rng,
            interrupted,
        };
        play(&mut source, &cfg, env)
    };
    let lines = || StdinLines::new(Arc::clone(interrupted));
    let end = match setup.mode {
        // One terminal interface asks and keeps score, so a turn's deadline reaches its question.
        Mode::Interactive => run(&mut TerminalUi::for_drill())?,
        Mode::Plain => run(&mut PlainUi::new(lines(), io::stdout().lock()))?,
        Mode::Json => run(&mut JsonUi::new(lines(), io::stdout().lock()))?,
    };
    let _ = writeln!(
        io::stderr(),
        "Results: {} and {}",
        results.csv.display(),
        results.json.display()
    );
    Ok(if end == DrillEnd::Interrupted {
        ExitStatus::Interrupted
    } else {
        ExitStatus::Ok
    })
}
