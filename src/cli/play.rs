//! `factdrill play`: load decks, plan the session from the progress file, run it.

use super::config::{Mode, PlayConfig};
use super::load::{finish, read_source, DeckError};
use super::ExitStatus;
use crate::card::Card;
use crate::clock::{Clock, SystemClock};
use crate::deck::{parse, Diagnostic};
use crate::recorder::StoreRecorder;
use crate::schedule::{plan, Picker, Scheduler, Settings, ShuffledPicker, SrsPicker, DAY_MS};
use crate::session::{self, End, Env, NoRecorder, Recorder};
use crate::store::CompiledDeck;
use crate::store::{data_dir, Store, STORE_FILE};
use crate::ui::{JsonUi, PlainUi, TerminalUi, Ui};
use anyhow::{bail, Context};
use rand::rngs::StdRng;
use rand::SeedableRng;
use std::collections::{HashMap, HashSet};
use std::io::{self, Write};
use std::sync::atomic::AtomicBool;

/// A deck as a session sees it: its id, title and card count.
pub struct DeckInfo {
    /// Deck id.
    pub id: String,
    /// Title.
    pub title: String,
    /// Cards.
    pub cards: usize,
}

/// Loads every deck of `names`; the first deck with errors stops everything. With a store,
/// a deck whose text has not changed since it was last compiled comes from its cache.
pub fn load_cards(
    names: &[String],
    store: Option<&Store>,
) -> anyhow::Result<(Vec<Card>, Vec<DeckInfo>)> {
    let mut cards = Vec::new();
    let mut decks = Vec::new();
    let mut ids = HashSet::new();
    for name in names {
        let src = read_source(name).map_err(|msg| DeckError {
            origin: name.clone(),
            errors: vec![Diagnostic::new(0, 0, msg)],
        })?;
        let hash = content_hash(&src.bytes);
        let cached = match store {
            Some(s) => s.cached_deck(&src.key, &hash)?,
            None => None,
        };
        let deck = match cached {
            Some(deck) => deck,
            None => {
                let deck = compile_source(src.origin.clone(), &src.bytes, &src.default_id)?;
                if let Some(s) = store {
                    s.cache_deck(&src.key, &hash, &deck)?;
                }
                deck
            }
        };
        if !ids.insert(deck.id.clone()) {
            bail!(
                "two decks have the id `{}` ({name} is one): give one of them another `id:`",
                deck.id
            );
        }
        decks.push(DeckInfo {
            id: deck.id,
            title: deck.title,
            cards: deck.cards.len(),
        });
        cards.extend(deck.cards);
    }
    Ok((cards, decks))
}

fn compile_source(origin: String, bytes: &[u8], default_id: &str) -> anyhow::Result<CompiledDeck> {
    let loaded = finish(origin, parse(bytes, default_id));
    let errors = loaded.errors();
    match (loaded.parsed.deck, loaded.compiled, errors.is_empty()) {
        (Some(deck), Some(compiled), true) => Ok(CompiledDeck {
            id: deck.id,
            title: deck.title,
            cards: compiled.cards,
        }),
        _ => Err(DeckError {
            origin: loaded.origin,
            errors,
        }
        .into()),
    }
}

/// A hex digest of a deck's bytes, the key of its compiled cards.
fn content_hash(bytes: &[u8]) -> String {
    use sha2::{Digest, Sha256};
    Sha256::digest(bytes)
        .iter()
        .take(16)
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// Opens the progress file in the data directory.
pub fn open_store() -> anyhow::Result<Store> {
    let dir = data_dir().map_err(anyhow::Error::msg)?;
    Ok(Store::open(&dir.join(STORE_FILE))?)
}

fn make_ui(mode: Mode) -> Box<dyn Ui> {
    match mode {
        Mode::Interactive => Box::new(TerminalUi::new()),
        Mode::Plain => Box::new(PlainUi::new(io::stdin().lock(), io::stdout().lock())),
        Mode::Json => Box::new(JsonUi::new(io::stdin().lock(), io::stdout().lock())),
    }
}

fn status(end: End) -> ExitStatus {
    if end == End::Interrupted {
        ExitStatus::Interrupted
    } else {
        ExitStatus::Ok
    }
}

/// Plays a session.
pub fn run(cfg: &PlayConfig, interrupted: &AtomicBool) -> anyhow::Result<ExitStatus> {
    let mut rng = StdRng::seed_from_u64(cfg.seed);
    let clock = SystemClock;
    if !cfg.save {
        let (cards, _) = load_cards(&cfg.decks, None)?;
        return play_unscheduled(cfg, &cards, &mut rng, &mut NoRecorder, interrupted);
    }
    let mut store = open_store()?;
    let (cards, decks) = load_cards(&cfg.decks, Some(&store))?;
    let now = clock.now_ms();
    for d in &decks {
        store.register_deck(&d.id, &d.title, d.cards, now)?;
    }
    let params = store.parameters(&cfg.profile)?.unwrap_or_default();
    let settings = Settings {
        retention: cfg.retention,
        ..Settings::default()
    };
    let scheduler = Scheduler::new(&params, settings)?;
    let states = store.states(&cfg.profile)?;
    let today = now - now % DAY_MS;
    let mut allowance = HashMap::new();
    for d in &decks {
        let begun = store.new_since(&cfg.profile, &d.id, today)?;
        allowance.insert(d.id.clone(), cfg.new_per_day.saturating_sub(begun));
    }
    let planned = plan(&cards, &states, now, &allowance, &scheduler);
    if cfg.cram || planned.due.is_empty() && planned.new.is_empty() {
        if !cfg.cram && !offer_cram(cfg.mode, planned.next_due_ms, now)? {
            return Ok(ExitStatus::Ok);
        }
        return play_unscheduled(cfg, &cards, &mut rng, &mut NoRecorder, interrupted);
    }
    let stability = cards
        .iter()
        .map(|c| states.get(&c.id.0).map(|s| s.stability))
        .collect();
    let mut picker = SrsPicker::new(planned.due, planned.new, stability, cfg.format);
    let deck_of = cards
        .iter()
        .map(|c| (c.id.0.clone(), c.deck_id.clone()))
        .collect();
    let mut recorder = StoreRecorder::new(&mut store, &scheduler, &cfg.profile, states, deck_of);
    let mut ui = make_ui(cfg.mode);
    let env = Env {
        picker: &mut picker,
        ui: ui.as_mut(),
        recorder: &mut recorder,
        clock: &clock,
        rng: &mut rng,
        interrupted,
    };
    let (_, end) = session::run(&cards, cfg.questions, env)?;
    Ok(status(end))
}

/// A session in random order that leaves the schedule alone (`--cram`, `--no-save`).
fn play_unscheduled(
    cfg: &PlayConfig,
    cards: &[Card],
    rng: &mut StdRng,
    recorder: &mut dyn Recorder,
    interrupted: &AtomicBool,
) -> anyhow::Result<ExitStatus> {
    let mut picker: Box<dyn Picker> = Box::new(ShuffledPicker::new(cards, cfg.format, rng));
    let mut ui = make_ui(cfg.mode);
    let env = Env {
        picker: picker.as_mut(),
        ui: ui.as_mut(),
        recorder,
        clock: &SystemClock,
        rng,
        interrupted,
    };
    let (_, end) = session::run(cards, cfg.questions, env)?;
    Ok(status(end))
}

/// "in 3 hours", "in 2 days".
pub fn time_until(ms: u64) -> String {
    let minutes = ms / 60_000;
    match minutes {
        0 => "in less than a minute".into(),
        1..=89 => format!("in {minutes} minute{}", if minutes == 1 { "" } else { "s" }),
        90..=2159 => format!("in {} hours", (minutes + 30) / 60),
        _ => format!("in {} days", (minutes + 720) / 1440),
    }
}

/// Says nothing is due and when the next card is; on a terminal, offers to practise anyway.
fn offer_cram(mode: Mode, next_due: Option<u64>, now: u64) -> anyhow::Result<bool> {
    let when = next_due.map_or("no card is scheduled".to_string(), |d| {
        format!("the next card is due {}", time_until(d.saturating_sub(now)))
    });
    match mode {
        Mode::Json => {
            let event = serde_json::json!({"event": "nothing_due", "next_due_ms": next_due});
            writeln!(io::stdout(), "{event}")?;
            Ok(false)
        }
        Mode::Plain => {
            writeln!(
                io::stdout(),
                "Nothing is due now; {when}. Practise anyway with --cram."
            )?;
            Ok(false)
        }
        Mode::Interactive => {
            writeln!(io::stdout(), "Nothing is due now; {when}.")?;
            let answer = dialoguer::Confirm::new()
                .with_prompt("Practise anyway? (the schedule will not change)")
                .default(false)
                .interact_opt()
                .context("reading the answer")?;
            Ok(answer.unwrap_or(false))
        }
    }
}
