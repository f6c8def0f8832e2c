//! The command line: options in, one subcommand run, errors printed once, an exit code out.

mod cards;
mod check;
mod classroom;
mod config;
mod decks;
mod drill;
mod host;
mod import;
mod interrupt;
mod join;
mod library;
mod manual;
mod opts;
mod play;
mod preview;
mod progress;
mod results;
mod server;
mod stats;
mod suggest;
mod target;

pub use config::{config, Config, Mode, PlayConfig};
pub use opts::Opts;

use crate::library::Library;
use crate::output::{apply_color, color_enabled, ColorEnv};
use std::io::{self, Write};
use std::process::ExitCode;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

/// The exit codes factdrill uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExitStatus {
    /// 0: all went well.
    Ok,
    /// 1: a failure or invalid input (a bad deck, say).
    Failure,
    /// 2: a usage error (clap reports these itself).
    Usage,
    /// 130: interrupted with Ctrl-C.
    Interrupted,
}

impl ExitStatus {
    /// The process exit code.
    pub fn code(self) -> u8 {
        match self {
            ExitStatus::Ok => 0,
            ExitStatus::Failure => 1,
            ExitStatus::Usage => 2,
            ExitStatus::Interrupted => 130,
        }
    }
}

/// A usage error found after clap's parse (a near-miss subcommand, a bad `--players` list):
/// exits 2 like clap's own, so that every usage error has one exit code (issue 12, point 8).
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct UsageError(pub String);

/// Runs factdrill with parsed options: the whole program but argument parsing.
pub fn main(opts: Opts) -> ExitCode {
    let (stdout_tty, all_terminals) = crate::output::terminals();
    // TERM=dumb cannot move the cursor, which dialoguer's prompts do: play in plain lines
    // there (issue 12, point 3).
    let all_terminals = all_terminals && std::env::var_os("TERM").is_none_or(|t| t != "dumb");
    apply_color(color_enabled(
        config::color_when(opts.color),
        &ColorEnv::from_process(),
        stdout_tty,
    ));
    let data = crate::store::data_dir().ok();
    target::select(opts.store.clone(), data.as_deref());
    let library = Library::new(data, opts.deck_dirs());
    let mistyped = suggest::mistyped_subcommand(&opts, &library);
    let cfg = config(opts, all_terminals, rand::random());
    let outcome = match mistyped {
        Some(e) => Err(e.into()),
        None => shifted_clock().and_then(|()| run(&cfg, &library)),
    };
    let status = match outcome {
        Ok(status) => status,
        Err(e) if is_broken_pipe(&e) => ExitStatus::Ok,
        Err(e) if e.downcast_ref::<UsageError>().is_some() => {
            let _ = writeln!(
                crate::output::stderr(),
                "factdrill: error: {e:#}\n\nFor more information, try '--help'."
            );
            ExitStatus::Usage
        }
        Err(e) => {
            // stderr is the sanitizer's too, and never coloured: the message may quote a deck.
            let _ = writeln!(crate::output::stderr(), "factdrill: error: {e:#}");
            ExitStatus::Failure
        }
    };
    if status == ExitStatus::Interrupted {
        interrupt::reraise();
    }
    ExitCode::from(status.code())
}

/// Moves the clock to `FACTDRILL_NOW` when it is set, and says so on stderr, every run: a
/// session played as of another time must never pass for a real one.
fn shifted_clock() -> anyhow::Result<()> {
    if let Some(now) = crate::clock::shift_from_env()? {
        let _ = writeln!(
            crate::output::stderr(),
            "factdrill: {}={} is set: running as of {} (not the real time)",
            crate::clock::NOW_VAR,
            std::env::var(crate::clock::NOW_VAR).unwrap_or_default(),
            crate::clock::utc_stamp(now)
        );
    }
    Ok(())
}

/// Runs a validated request; decks are looked up in `library`.
pub fn run(cfg: &Config, library: &Library) -> anyhow::Result<ExitStatus> {
    let mut out = crate::output::stdout(colours(cfg));
    match cfg {
        Config::Check { decks, json, fix } => check::run(decks, *json, *fix, library, &mut out),
        Config::Decks { json, profile } => decks::run(*json, profile, library, &mut out),
        Config::Import { .. } => import::run(cfg, &mut out),
        Config::Add { file, replace } => library::add(file, *replace, library, &mut out),
        Config::New { name, force } => library::new(name, *force, &mut out),
        Config::Completions { shell } => library::completions(*shell, &mut out),
        Config::Man => library::man(&mut out),
        Config::Preview { decks, seed } => preview::run(decks, *seed, library, &mut out),
        Config::Worksheet { .. } => classroom::worksheet(cfg, library, &mut out),
        Config::Report {
            deck,
            profiles,
            html,
            force,
            json,
        } => classroom::report(
            deck.as_deref(),
            profiles.as_deref(),
            html.as_ref().map(|h| (h, *force)),
            *json,
            library,
            &mut out,
        ),
        Config::Stats {
            profile,
            deck,
            json,
        } => stats::run(profile, deck.as_deref(), *json, library, &mut out),
        Config::Progress {
            profile,
            action,
            interactive,
        } => progress::run(profile, action, *interactive, &mut out),
        Config::Server(action) => server::run(action, &mut out),
        Config::Drill(d) => {
            drop(out);
            let interrupted = install_interrupt(d.mode)?;
            drill::run(d, library, &interrupted)
        }
        Config::Host(h) => {
            drop(out);
            let interrupted = install_interrupt(Mode::Plain)?;
            host::run(h, library, &interrupted)
        }
        Config::Join { joining, json } => {
            drop(out);
            let interrupted = install_interrupt(Mode::Plain)?;
            join::run(joining, *json, &interrupted)
        }
        Config::Play(p) => {
            drop(out);
            let interrupted = install_interrupt(p.mode)?;
            play::run(p, library, &interrupted)
        }
    }
}

/// Whether a command's stdout carries our colours; JSON, worksheets, listings and generated
/// scripts never do, so no escape at all can reach them.
fn colours(cfg: &Config) -> bool {
    match cfg {
        Config::Check { json, .. } | Config::Report { json, .. } | Config::Stats { json, .. } => {
            !json
        }
        Config::Preview { .. } => true,
        _ => false,
    }
}

/// Ctrl-C sets the flag that ends the session with its summary: prompts read it as a key,
/// plain and JSON modes wait for answer lines on a channel that watches the flag. Outside
/// the interactive terminal a second Ctrl-C exits at once, in case something else blocks.
fn install_interrupt(mode: Mode) -> anyhow::Result<Arc<AtomicBool>> {
    let flag = Arc::new(AtomicBool::new(false));
    let seen = Arc::clone(&flag);
    ctrlc::set_handler(move || {
        let again = seen.swap(true, Ordering::SeqCst);
        if again && mode != Mode::Interactive {
            std::process::exit(i32::from(ExitStatus::Interrupted.code()));
        }
    })?;
    Ok(flag)
}

fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|c| {
        c.downcast_ref::<io::Error>()
            .is_some_and(|io| io.kind() == io::ErrorKind::BrokenPipe)
    })
}
