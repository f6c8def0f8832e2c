//! `factdrill play`: load decks, plan the session from the progress file, run it.

use super::config::{Mode, PlayConfig};
use super::ExitStatus;
use crate::clock::{Clock, SystemClock};
use crate::library::Library;
use crate::load::{decode_pools, load_cards, StoredDecks};
use crate::output::stdout;
use crate::question::{ask, Format};
use crate::recorder::StoreRecorder;
use crate::schedule::{
    bury_new_but, day_start, fact_key, plan_without, CardStates, Plan, Scheduler, Settings,
    ShuffledPicker, Siblings, SrsPicker,
};
use crate::session::{self, CardSource, End, Env, InMemory, NoRecorder};
use crate::store::{data_dir, Store, STORE_FILE};
use crate::ui::{time_until, what_next, CtrlCAsKey, JsonUi, PlainUi, StdinLines, TerminalUi, Ui};
use anyhow::Context;
use colored::Colorize;
use rand::rngs::StdRng;
use rand::SeedableRng;
use std::collections::{HashMap, HashSet};
use std::io::{self, Write};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

/// Opens the progress: the school's server chosen with --store (or FACTDRILL_STORE, or the
/// data folder's `store` file), else the progress file in the data directory.
pub fn open_store() -> anyhow::Result<Store> {
    let dir = data_dir().map_err(anyhow::Error::msg)?;
    match super::target::selected() {
        Some(url) => Ok(Store::connect(&url, &dir)?),
        None => Ok(Store::open(&dir.join(STORE_FILE))?),
    }
}

fn make_ui(mode: Mode, interrupted: &Arc<AtomicBool>) -> Box<dyn Ui> {
    let lines = || StdinLines::new(Arc::clone(interrupted));
    match mode {
        Mode::Interactive => Box::new(TerminalUi::new()),
        Mode::Plain => Box::new(PlainUi::wrapped(
            lines(),
            stdout(false),
            crate::output::terminals().0,
        )),
        Mode::Json => Box::new(JsonUi::new(lines(), stdout(false))),
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
        let siblings = Siblings::of(cards.iter().map(|c| c.id.0.as_str()));
        let count = cards.len();
        let mut cards = InMemory::new(cards);
        return play_unscheduled(cfg, &mut cards, (count, siblings), &mut rng, interrupted);
    }
    let clock = SystemClock;
    let now = clock.now_ms();
    let store = open_store()?;
    let mut decks = StoredDecks::load_deferred(&cfg.decks, &store, now, library)?;
    let pools = decks.take_pools();
    let settings = Settings {
        retention: cfg.retention,
        ..Settings::default()
    };
    let scheduler = Scheduler::new(
        &store.parameters(&cfg.profile)?.unwrap_or_default(),
        settings,
    )?;
    if cfg.cram {
        decks.set_pools(&store, decode_pools(pools))?;
        // Cramming follows no plan: reading every card's state for one was most of the
        // start at 100,000 cards, and held 4 MB through the session (issue 13).
        let siblings = Siblings::of(decks.ids.iter());
        let deal = (decks.ids.len(), siblings);
        return play_unscheduled(cfg, &mut decks.cards(&store), deal, &mut rng, interrupted);
    }
    let (plan, siblings) = if cfg.format.only().is_some() {
        // Planning for one form asks questions, which need the pool.
        decks.set_pools(&store, decode_pools(pools))?;
        let plan = plan_now(cfg, &store, &decks, &scheduler, now)?;
        (plan, Siblings::of(decks.ids.iter()))
    } else {
        // The answer pool is decoded on the other core while the plan is made, and the
        // cards' facts are then read from it rather than hashed from every id: at 100,000
        // facts the pool was a fifth of the start, and the hashing a twentieth (issue 13).
        let (plan, side) = std::thread::scope(|s| {
            let decks = &decks;
            let side = s.spawn(move || {
                let pools = decode_pools(pools);
                let siblings = Siblings::of_facts(decks.facts(&pools));
                (pools, siblings)
            });
            let plan = plan_now(cfg, &store, decks, &scheduler, now);
            (plan, side.join())
        });
        let (pools, siblings) = side.unwrap_or_else(|panic| std::panic::resume_unwind(panic));
        decks.set_pools(&store, pools)?;
        (plan?, siblings)
    };
    let (states, planned, waiting, unfit) = plan;
    let mut cards = decks.cards(&store);
    if planned.due.is_empty() && planned.new.is_empty() {
        drop(states);
        match offer_cram(cfg.mode, planned.next_due_ms, now, interrupted)? {
            Offer::Practise => {}
            Offer::Stop => return Ok(ExitStatus::Ok),
            Offer::Interrupted => return Ok(ExitStatus::Interrupted),
        }
        let deal = (decks.ids.len(), siblings);
        return play_unscheduled(cfg, &mut cards, deal, &mut rng, interrupted);
    }
    say_if_capped(cfg, planned.due.len() + planned.new.len(), waiting, unfit)?;
    let stability = due_stability(&planned.due, &states);
    let mut picker =
        SrsPicker::new(planned.due, planned.new, stability, cfg.format).with_siblings(siblings);
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
    let (summary, end) = session::run(&mut cards, cfg.questions, env)?;
    say_if_unfit(cfg, &summary, end)?;
    if cfg.mode == Mode::Interactive && end == End::Finished {
        let now = clock.now_ms();
        let (_, next, _, _) = plan_now(cfg, &store, &decks, &scheduler, now)?;
        let left = next.next_due_ms.map(|d| d.saturating_sub(now));
        let line = what_next(next.due.len(), next.new.len(), left);
        writeln!(stdout(true), "{}", line.dimmed())?;
    }
    Ok(status(end))
}

/// A session in random order that leaves the schedule alone (`--cram`, `--no-save`).
fn play_unscheduled(
    cfg: &PlayConfig,
    cards: &mut dyn CardSource,
    (count, siblings): (usize, Siblings),
    rng: &mut StdRng,
    interrupted: &Arc<AtomicBool>,
) -> anyhow::Result<ExitStatus> {
    let mut picker = ShuffledPicker::new(count, cfg.format, rng).with_siblings(siblings);
    let mut ui = make_ui(cfg.mode, interrupted);
    let env = Env {
        picker: &mut picker,
        ui: ui.as_mut(),
        recorder: &mut NoRecorder,
        clock: &SystemClock,
        rng,
        interrupted,
    };
    let (summary, end) = session::run(cards, cfg.questions, env)?;
    say_if_unfit(cfg, &summary, end)?;
    Ok(status(end))
}

/// Says (on stderr) when fewer cards than asked for can take the one form asked for, as
/// `--format estimate` on a deck with few large figures (issue 12, point 2).
/// Only a session that ran out of cards says so; one the player stopped says nothing.
fn say_if_unfit(cfg: &PlayConfig, summary: &session::Summary, end: End) -> anyhow::Result<()> {
    let Some(form) = cfg.format.only() else {
        return Ok(());
    };
    // Missed cards asked again are not among the questions asked for.
    let asked = summary.answered - summary.again;
    if end != End::Finished || summary.unfit == 0 || asked >= cfg.questions {
        return Ok(());
    }
    writeln!(
        crate::output::stderr(),
        "Only {} of the {} questions asked for could be asked as {}: the other cards \
         tried cannot take that form.",
        asked,
        cfg.questions,
        as_form(form)
    )?;
    Ok(())
}

/// A form as the questions it makes, for a sentence: "estimates".
fn as_form(form: Format) -> &'static str {
    match form {
        Format::Estimate => "estimates",
        Format::Timeline => "timeline questions",
        Format::TrueFalse => "true or false",
        Format::Choice => "multiple choice",
        Format::Typed => "typed questions",
    }
}

/// Says (on stderr, which `--json` keeps free of) when the daily new-card limit leaves the
/// session shorter than `-n` asked for, and how to raise it (issue 12, point 2).
/// With one form asked for, new cards that cannot take it (`unfit`) were left out of the
/// plan: when that leaves it short and no new card waits, it says that instead.
fn say_if_capped(
    cfg: &PlayConfig,
    planned: usize,
    waiting: usize,
    unfit: usize,
) -> anyhow::Result<()> {
    if planned >= cfg.questions {
        return Ok(());
    }
    if waiting == 0 {
        if let Some(form) = cfg.format.only().filter(|_| unfit > 0) {
            writeln!(
                crate::output::stderr(),
                "Only {planned} of the {} questions asked for can be asked as {} today: \
                 {unfit} new card{} tried cannot take that form.",
                cfg.questions,
                as_form(form),
                if unfit == 1 { "" } else { "s" }
            )?;
        }
        return Ok(());
    }
    let more = waiting.min(cfg.questions - planned);
    writeln!(
        crate::output::stderr(),
        "Only {planned} of the {} questions asked for: new cards are limited to {} a day per \
         deck, and {waiting} more wait. Raise the limit with --new {}.",
        cfg.questions,
        cfg.new_per_day,
        cfg.new_per_day + more
    )?;
    Ok(())
}

/// The profile's card states, the plan of a session at `now` (due cards, and new cards
/// within each deck's allowance for the local day), how many new cards the allowance left
/// out, and how many were left out for not taking the one form asked for.
fn plan_now(
    cfg: &PlayConfig,
    store: &Store,
    decks: &StoredDecks,
    scheduler: &Scheduler,
    now: u64,
) -> anyhow::Result<(CardStates, Plan, usize, usize)> {
    let states = store.states_for(&cfg.profile, &decks.ids)?;
    let today = day_start(now, store.local_offset_ms(now));
    let mut allowance = HashMap::new();
    for p in &decks.parts {
        let begun = store.new_since(&cfg.profile, &p.deck, today)?;
        allowance.insert(p.deck.clone(), cfg.new_per_day.saturating_sub(begun));
    }
    // New siblings of a fact seen today wait for another day (issue 12, point 1).
    // With one form asked for, cards that cannot take it are left out first, so that a
    // sibling that can is not buried behind one of them.
    let unfit = match cfg.format.only() {
        Some(form) => unfit_new(form, decks, store, &states, &allowance)?,
        None => HashSet::new(),
    };
    let mut buried = bury_new_but(decks, &states, now, today, &unfit, &decks.shared);
    let unfit_count = unfit.len();
    buried.extend(unfit);
    let planned = plan_without(decks, &states, now, &allowance, scheduler, &buried);
    // Every buried card is new: counted from the few buried, not over every card.
    let unseen =
        states.len() - states.seen() - buried.iter().filter(|&&k| states.is_new(k)).count();
    let waiting = unseen.saturating_sub(planned.new.len());
    Ok((states, planned, waiting, unfit_count))
}

/// The stability of each due card, by card index, for the picker: only a due card can be
/// picked with a stability (new cards have none), so the list ends at the last due card
/// rather than holding one for each of 100,000 cards (issue 13).
fn due_stability(due: &[usize], states: &CardStates) -> Vec<Option<f32>> {
    let mut out = vec![None; due.iter().max().map_or(0, |&k| k + 1)];
    for &k in due {
        out[k] = states.get(k).map(|s| s.stability);
    }
    out
}

/// New cards that cannot take the one form asked for, so that the day's allowance goes to
/// cards that can (issue 12, point 2: `--format estimate` planned the first ten new cards,
/// none of which could be an estimate, and asked nothing). Each deck's new cards are tried in
/// order only until enough of its facts have a card that fits for its allowance (one new
/// card a fact a day: see `bury_new`).
fn unfit_new(
    form: Format,
    decks: &StoredDecks,
    store: &Store,
    states: &CardStates,
    allowance: &HashMap<String, usize>,
) -> anyhow::Result<HashSet<usize>> {
    let mut cards = decks.cards(store);
    // Whether a card can take a form does not hang on the draw: any seed will do.
    let mut rng = StdRng::seed_from_u64(0);
    let mut unfit = HashSet::new();
    for p in &decks.parts {
        let mut facts = HashSet::new();
        let wanted = allowance.get(&p.deck).copied().unwrap_or(0);
        for k in p.start..p.start + p.len {
            if facts.len() >= wanted {
                break;
            }
            if !states.is_new(k) {
                continue;
            }
            let card = cards.card(k)?;
            if ask(&card, form, &mut cards, 0, &mut rng).format == form {
                facts.insert(fact_key(&card.id.0));
            } else {
                unfit.insert(k);
            }
        }
    }
    Ok(unfit)
}

/// What the player said to practising with nothing due.
enum Offer {
    Practise,
    Stop,
    Interrupted,
}

/// Says nothing is due and when the next card is; on a terminal, offers to practise anyway.
fn offer_cram(
    mode: Mode,
    next_due: Option<u64>,
    now: u64,
    interrupted: &AtomicBool,
) -> anyhow::Result<Offer> {
    let when = next_due.map_or("no card is scheduled".to_string(), |d| {
        format!("the next card is due {}", time_until(d.saturating_sub(now)))
    });
    match mode {
        Mode::Json => {
            let event = crate::event::Event::NothingDue {
                next_due_ms: next_due,
            };
            writeln!(stdout(false), "{}", crate::event::line(&event)?)?;
            Ok(Offer::Stop)
        }
        Mode::Plain => {
            writeln!(
                stdout(false),
                "Nothing is due now; {when}. Practise anyway with --cram."
            )?;
            Ok(Offer::Stop)
        }
        Mode::Interactive => {
            // From here Ctrl-C is a key the prompt reads; one pressed before is in the flag.
            let _keys = CtrlCAsKey::new();
            if interrupted.load(Ordering::SeqCst) {
                return Ok(Offer::Interrupted);
            }
            writeln!(stdout(false), "Nothing is due now; {when}.")?;
            let answer = dialoguer::Confirm::new()
                .with_prompt("Practise anyway? (the schedule will not change)")
                .default(false)
                .interact_opt();
            match answer {
                Ok(Some(true)) => Ok(Offer::Practise),
                Ok(_) => Ok(Offer::Stop),
                Err(dialoguer::Error::IO(e)) if e.kind() == io::ErrorKind::Interrupted => {
                    Ok(Offer::Interrupted)
                }
                Err(e) => Err(e).context("reading the answer"),
            }
        }
    }
}
