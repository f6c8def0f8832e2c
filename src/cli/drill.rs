//! `factdrill drill`: the classroom game, its results files, and optional progress records.

use super::config::{DrillSetup, Mode};
use super::play::open_store;
use super::results::Results;
use super::ExitStatus;
use crate::clock::{Clock, SystemClock};
use crate::drill::{play, DrillAnswer, DrillConfig, DrillEnv, DrillUi, Scoring};
use crate::library::Library;
use crate::load::load_cards;
use crate::output::{stderr, stdout};
use crate::question::InMemory;
use crate::recorder::StoreRecorder;
use crate::schedule::{Scheduler, Settings};
use crate::store::{clean_profile, data_dir};
use crate::turn::{AnswerRecord, End, Recorder};
use crate::ui::{JsonUi, PlainUi, StdinLines, TerminalUi};
use rand::rngs::StdRng;
use rand::SeedableRng;
use std::io::Write;
use std::sync::atomic::AtomicBool;
use std::sync::Arc;

/// Runs a drill.
pub fn run(
    setup: &DrillSetup,
    library: &Library,
    interrupted: &Arc<AtomicBool>,
) -> anyhow::Result<ExitStatus> {
    let seats = setup.seats.clone().map_err(super::UsageError)?;
    let cards = load_cards(&setup.decks, library)?;
    let clock = SystemClock;
    let store = if setup.record {
        Some(open_store()?)
    } else {
        None
    };
    let scheduler = Scheduler::new(&[], Settings::default())?;
    let dir = data_dir().map_err(anyhow::Error::msg)?.join("drills");
    let mut results = Results::create(&dir, clock.now_ms())?;
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
        Mode::Interactive => run(&mut TerminalUi::new())?,
        Mode::Plain => run(&mut PlainUi::wrapped(
            lines(),
            stdout(false),
            crate::output::terminals().0,
        ))?,
        Mode::Json => run(&mut JsonUi::new(lines(), stdout(false)))?,
    };
    let _ = writeln!(
        stderr(),
        "Results: {} and {}",
        results.csv.display(),
        results.json.display()
    );
    Ok(if end == End::Interrupted {
        ExitStatus::Interrupted
    } else {
        ExitStatus::Ok
    })
}
