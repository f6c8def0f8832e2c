//! `factdrill drill`: the classroom game, its results files, and optional progress records.

use super::config::{DrillSetup, Mode};
use super::play::{load_cards, open_store};
use super::ExitStatus;
use crate::clock::{Clock, SystemClock};
use crate::drill::{play, Board, DrillAnswer, DrillConfig, DrillEnd, Scoring};
use crate::fsutil::write_atomic;
use crate::library::Library;
use crate::question::InMemory;
use crate::recorder::StoreRecorder;
use crate::schedule::{Scheduler, Settings};
use crate::session::{AnswerRecord, Recorder};
use crate::store::{clean_profile, data_dir};
use crate::ui::{JsonUi, PlainUi, TerminalUi, Ui};
use anyhow::Context;
use rand::rngs::StdRng;
use rand::SeedableRng;
use std::io::{self, Write};
use std::path::PathBuf;
use std::sync::atomic::AtomicBool;

/// "2026-11-28T03-20-05Z" for a time in ms since the epoch (UTC), for file names.
pub fn utc_stamp(ms: u64) -> String {
    let secs = ms / 1000;
    let (days, rest) = ((secs / 86_400) as i64, secs % 86_400);
    // Civil date from days since 1970-01-01 (Howard Hinnant's algorithm).
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!(
        "{year:04}-{month:02}-{day:02}T{:02}-{:02}-{:02}Z",
        rest / 3600,
        rest / 60 % 60,
        rest % 60
    )
}

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
        let stem = format!("drill-{}", utc_stamp(now));
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
    interrupted: &AtomicBool,
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
    let mut keep = |a: &DrillAnswer| -> anyhow::Result<()> {
        results.add(a)?;
        if let Some(store) = &store {
            let record = AnswerRecord {
                card: a.card.clone(),
                deck: a.deck.clone(),
                kind: "",
                format: a.format,
                expected: a.expected.clone(),
                given: a.given.clone(),
                hints: 0,
                verdict: a.verdict,
                overridden: false,
                elapsed_ms: a.elapsed_ms,
                answered_at_ms: a.answered_at_ms,
            };
            StoreRecorder::new(store, &scheduler, &clean_profile(&a.player)).record(&record)?;
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
    let end = match setup.mode {
        // One terminal interface in both roles, so the turn's deadline reaches the question.
        Mode::Interactive => drive(
            TerminalUi::for_drill(),
            &mut source,
            &cfg,
            &mut keep,
            &mut rng,
            interrupted,
        )?,
        Mode::Plain => {
            let ui = PlainUi::new(io::stdin().lock(), io::stdout().lock());
            drive(ui, &mut source, &cfg, &mut keep, &mut rng, interrupted)?
        }
        Mode::Json => {
            let ui = JsonUi::new(io::stdin().lock(), io::stdout().lock());
            drive(ui, &mut source, &cfg, &mut keep, &mut rng, interrupted)?
        }
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

/// Plays with one value as both the question interface and the board.
fn drive<U: Ui + Board>(
    mut ui: U,
    source: &mut InMemory,
    cfg: &DrillConfig,
    keep: &mut dyn FnMut(&DrillAnswer) -> anyhow::Result<()>,
    rng: &mut StdRng,
    interrupted: &AtomicBool,
) -> anyhow::Result<DrillEnd> {
    // Both roles write to the same stream in turn; a wrapper lends it twice.
    let shared = std::cell::RefCell::new(&mut ui);
    let mut asker = Shared(&shared);
    let mut board = Shared(&shared);
    Ok(play(
        source,
        cfg,
        &mut asker,
        &mut board,
        keep,
        &SystemClock,
        rng,
        interrupted,
    )?
    .1)
}

struct Shared<'a, 'b, U>(&'a std::cell::RefCell<&'b mut U>);

impl<U: Ui + Board> Ui for Shared<'_, '_, U> {
    fn ask(
        &mut self,
        q: &crate::question::Question,
        p: &crate::ui::Progress,
    ) -> io::Result<crate::ui::Reply> {
        self.0.borrow_mut().ask(q, p)
    }
    fn hint(&mut self, text: &str) -> io::Result<()> {
        self.0.borrow_mut().hint(text)
    }
    fn feedback(&mut self, f: &crate::ui::Feedback<'_>) -> io::Result<crate::ui::AfterFeedback> {
        self.0.borrow_mut().feedback(f)
    }
    fn summary(&mut self, s: &crate::session::Summary, end: crate::session::End) -> io::Result<()> {
        self.0.borrow_mut().summary(s, end)
    }
}

impl<U: Ui + Board> Board for Shared<'_, '_, U> {
    fn round(&mut self, round: usize, rounds: usize, form: &str) -> io::Result<()> {
        self.0.borrow_mut().round(round, rounds, form)
    }
    fn turn(&mut self, seat: &str, player: &str, limit_s: Option<u64>) -> io::Result<()> {
        self.0.borrow_mut().turn(seat, player, limit_s)
    }
    fn scored(&mut self, a: &DrillAnswer, total: u32) -> io::Result<()> {
        self.0.borrow_mut().scored(a, total)
    }
    fn scoreboard(&mut self, round: usize, rows: &[(String, u32, u32)]) -> io::Result<()> {
        self.0.borrow_mut().scoreboard(round, rows)
    }
    fn podium(
        &mut self,
        rows: &[(String, u32)],
        missed: &[(String, Vec<String>)],
        end: DrillEnd,
    ) -> io::Result<()> {
        self.0.borrow_mut().podium(rows, missed, end)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stamps_are_utc_dates() {
        assert_eq!(utc_stamp(0), "1970-01-01T00-00-00Z");
        assert_eq!(utc_stamp(1_767_268_800_000), "2026-01-01T12-00-00Z");
        assert_eq!(utc_stamp(951_825_600_000), "2000-02-29T12-00-00Z");
    }
}
