//! `factdrill drill`: the classroom game, its results files, and optional progress records.

use super::config::{DrillSetup, Mode};
use super::results::Keeper;
use super::ExitStatus;
use crate::clock::{Clock, SystemClock};
use crate::drill::{play, DrillAnswer, DrillConfig, DrillEnv, DrillUi, Scoring};
use crate::library::Library;
use crate::load::load_cards;
use crate::output::{stderr, stdout};
use crate::question::InMemory;
use crate::turn::{AnswerRecord, End};
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
    let mut keeper = Keeper::open(setup.record, clock.now_ms())?;
    let mut keep = |a: &DrillAnswer, record: &AnswerRecord| keeper.keep(a, record);
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
        keeper.results.csv.display(),
        keeper.results.json.display()
    );
    Ok(if end == End::Interrupted {
        ExitStatus::Interrupted
    } else {
        ExitStatus::Ok
    })
}
