//! `factdrill play`: load decks, plan the session from the progress file, run it.

use super::config::{Mode, PlayConfig};
use super::load::{finish, read_source, DeckError};
use super::ExitStatus;
use crate::card::Card;
use crate::clock::{Clock, SystemClock};
use crate::deck::{parse, Diagnostic};
use crate::library::Library;
use crate::question::Pool;
use crate::recorder::StoreRecorder;
use crate::schedule::{day_start, plan, Scheduler, Settings, ShuffledPicker, Slot, SrsPicker};
use crate::session::{self, CardSource, End, Env, InMemory, NoRecorder};
use crate::store::{data_dir, CompiledDeck, Store, STORE_FILE};
use crate::ui::{time_until, JsonUi, PlainUi, StdinLines, TerminalUi, Ui};
use anyhow::{bail, Context};
use rand::rngs::StdRng;
use rand::SeedableRng;
use std::collections::{HashMap, HashSet};
use std::io::{self, Write};
use std::sync::atomic::AtomicBool;
use std::sync::Arc;

/// Loads and compiles every deck of `names`; the first deck with errors stops everything.
pub fn load_cards(names: &[String], library: &Library) -> anyhow::Result<Vec<Card>> {
    let mut cards = Vec::new();
    let mut ids = HashSet::new();
    for name in names {
        let src = source(name, library)?;
        let deck = compile_source(src.origin, &src.bytes, &src.default_id)?;
        unique(&mut ids, &deck.id, name)?;
        cards.extend(deck.cards);
    }
    Ok(cards)
}

/// A deck's text, or an error that names it.
fn source(name: &str, library: &Library) -> Result<super::load::Source, DeckError> {
    read_source(name, library).map_err(|msg| DeckError {
        origin: name.to_string(),
        errors: vec![Diagnostic::new(0, 0, msg)],
    })
}

fn unique(ids: &mut HashSet<String>, id: &str, name: &str) -> anyhow::Result<()> {
    if !ids.insert(id.to_string()) {
        bail!("two decks have the id `{id}` ({name} is one): give one of them another `id:`");
    }
    Ok(())
}

/// One deck of a session, as a range of the session's card indices.
struct Part {
    source: String,
    deck: String,
    start: usize,
    len: usize,
}

/// A session's decks from the store's cache: card ids, distractor pool, and where each
/// card is kept. A deck whose text changed since it was cached is compiled again.
struct Stored {
    parts: Vec<Part>,
    ids: Vec<String>,
    pool: Pool,
}

fn stored_decks(
    names: &[String],
    store: &Store,
    now: u64,
    library: &Library,
) -> anyhow::Result<Stored> {
    let mut out = Stored {
        parts: Vec::new(),
        ids: Vec::new(),
        pool: Pool::default(),
    };
    let mut ids = HashSet::new();
    for name in names {
        let src = source(name, library)?;
        let hash = content_hash(&src.bytes);
        let index = match store.cached_index(&src.key, &hash)? {
            Some(index) => index,
            None => store.cache_deck(
                &src.key,
                &hash,
                &compile_source(src.origin.clone(), &src.bytes, &src.default_id)?,
            )?,
        };
        unique(&mut ids, &index.id, name)?;
        store.register_deck(&index.id, &index.title, index.ids.len(), now)?;
        out.parts.push(Part {
            source: src.key,
            deck: index.id,
            start: out.ids.len(),
            len: index.ids.len(),
        });
        out.ids.extend(index.ids);
        out.pool.extend(index.pool);
    }
    Ok(out)
}

impl Stored {
    fn part(&self, index: usize) -> Option<&Part> {
        self.parts
            .iter()
            .find(|p| (p.start..p.start + p.len).contains(&index))
    }
}

/// Cards read from the store one at a time, as they are asked.
struct StoredCards<'a> {
    store: &'a Store,
    decks: &'a Stored,
}

impl CardSource for StoredCards<'_> {
    fn card(&mut self, index: usize) -> anyhow::Result<Card> {
        let part = self
            .decks
            .part(index)
            .ok_or_else(|| anyhow::anyhow!("no card at index {index}"))?;
        let card = self
            .store
            .cached_card(&part.source, index - part.start, &part.deck)?;
        card.ok_or_else(|| {
            anyhow::anyhow!(
                "the deck `{}` changed in the progress file during the session: play again",
                part.deck
            )
        })
    }

    fn pool(&self) -> &Pool {
        &self.decks.pool
    }
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

fn make_ui(mode: Mode, interrupted: &Arc<AtomicBool>) -> Box<dyn Ui> {
    let lines = || StdinLines::new(Arc::clone(interrupted));
    match mode {
        Mode::Interactive => Box::new(TerminalUi::new()),
        Mode::Plain => Box::new(PlainUi::new(lines(), io::stdout().lock())),
        Mode::Json => Box::new(JsonUi::new(lines(), io::stdout().lock())),
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
pub fn run(
    cfg: &PlayConfig,
    library: &Library,
    interrupted: &Arc<AtomicBool>,
) -> anyhow::Result<ExitStatus> {
    let mut rng = StdRng::seed_from_u64(cfg.seed);
    if !cfg.save {
        let cards = load_cards(&cfg.decks, library)?;
        let count = cards.len();
        return play_unscheduled(cfg, &mut InMemory::new(cards), count, &mut rng, interrupted);
    }
    let clock = SystemClock;
    let now = clock.now_ms();
    let store = open_store()?;
    let decks = stored_decks(&cfg.decks, &store, now, library)?;
    let settings = Settings {
        retention: cfg.retention,
        ..Settings::default()
    };
    let scheduler = Scheduler::new(
        &store.parameters(&cfg.profile)?.unwrap_or_default(),
        settings,
    )?;
    let states = store.states_for(&cfg.profile, &decks.ids)?;
    let today = day_start(now, store.local_offset_ms(now));
    let mut allowance = HashMap::new();
    for p in &decks.parts {
        let begun = store.new_since(&cfg.profile, &p.deck, today)?;
        allowance.insert(p.deck.clone(), cfg.new_per_day.saturating_sub(begun));
    }
    let slots: Vec<Slot> = decks
        .parts
        .iter()
        .flat_map(|p| {
            decks.ids[p.start..p.start + p.len]
                .iter()
                .map(|id| Slot { id, deck: &p.deck })
        })
        .collect();
    let planned = plan(&slots, &states, now, &allowance, &scheduler);
    let mut cards = StoredCards {
        store: &store,
        decks: &decks,
    };
    if cfg.cram || planned.due.is_empty() && planned.new.is_empty() {
        if !cfg.cram && !offer_cram(cfg.mode, planned.next_due_ms, now)? {
            return Ok(ExitStatus::Ok);
        }
        return play_unscheduled(cfg, &mut cards, decks.ids.len(), &mut rng, interrupted);
    }
    let stability = states
        .iter()
        .map(|s| s.as_ref().map(|s| s.stability))
        .collect();
    let mut picker = SrsPicker::new(planned.due, planned.new, stability, cfg.format);
    let mut recorder = StoreRecorder::new(&store, &scheduler, &cfg.profile);
    let mut ui = make_ui(cfg.mode, interrupted);
    let env = Env {
        picker: &mut picker,
        ui: ui.as_mut(),
        recorder: &mut recorder,
        clock: &clock,
        rng: &mut rng,
        interrupted,
    };
    let (_, end) = session::run(&mut cards, cfg.questions, env)?;
    Ok(status(end))
}

/// A session in random order that leaves the schedule alone (`--cram`, `--no-save`).
fn play_unscheduled(
    cfg: &PlayConfig,
    cards: &mut dyn CardSource,
    count: usize,
    rng: &mut StdRng,
    interrupted: &Arc<AtomicBool>,
) -> anyhow::Result<ExitStatus> {
    let mut picker = ShuffledPicker::new(count, cfg.format, rng);
    let mut ui = make_ui(cfg.mode, interrupted);
    let env = Env {
        picker: &mut picker,
        ui: ui.as_mut(),
        recorder: &mut NoRecorder,
        clock: &SystemClock,
        rng,
        interrupted,
    };
    let (_, end) = session::run(cards, cfg.questions, env)?;
    Ok(status(end))
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
