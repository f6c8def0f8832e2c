//! `factdrill play`: load decks, then run a session through the chosen interface.

use super::config::{Mode, PlayConfig};
use super::load::{load, DeckError};
use super::ExitStatus;
use crate::card::Card;
use crate::clock::SystemClock;
use crate::schedule::ShuffledPicker;
use crate::session::{self, End, Env, NoRecorder};
use crate::ui::{JsonUi, PlainUi, TerminalUi, Ui};
use anyhow::bail;
use rand::rngs::StdRng;
use rand::SeedableRng;
use std::collections::HashSet;
use std::io;
use std::sync::atomic::AtomicBool;

/// Loads every deck of `names`; the first deck with errors stops everything.
pub fn load_cards(names: &[String]) -> anyhow::Result<Vec<Card>> {
    let mut cards = Vec::new();
    let mut ids = HashSet::new();
    for name in names {
        let loaded = load(name);
        let errors = loaded.errors();
        let (Some(deck), Some(compiled), true) =
            (&loaded.parsed.deck, loaded.compiled, errors.is_empty())
        else {
            return Err(DeckError {
                origin: loaded.origin,
                errors,
            }
            .into());
        };
        if !ids.insert(deck.id.clone()) {
            bail!(
                "two decks have the id `{}` ({name} is one): give one of them another `id:`",
                deck.id
            );
        }
        cards.extend(compiled.cards);
    }
    Ok(cards)
}

/// Plays a session.
pub fn run(cfg: &PlayConfig, interrupted: &AtomicBool) -> anyhow::Result<ExitStatus> {
    let cards = load_cards(&cfg.decks)?;
    let mut rng = StdRng::seed_from_u64(cfg.seed);
    let mut picker = ShuffledPicker::new(&cards, cfg.format, &mut rng);
    let (stdin, stdout) = (io::stdin(), io::stdout());
    let mut ui: Box<dyn Ui> = match cfg.mode {
        Mode::Interactive => Box::new(TerminalUi::new()),
        Mode::Plain => Box::new(PlainUi::new(stdin.lock(), stdout.lock())),
        Mode::Json => Box::new(JsonUi::new(stdin.lock(), stdout.lock())),
    };
    let env = Env {
        picker: &mut picker,
        ui: ui.as_mut(),
        recorder: &mut NoRecorder,
        clock: &SystemClock,
        rng: &mut rng,
        interrupted,
    };
    let (_, end) = session::run(&cards, cfg.questions, env)?;
    Ok(if end == End::Interrupted {
        ExitStatus::Interrupted
    } else {
        ExitStatus::Ok
    })
}
