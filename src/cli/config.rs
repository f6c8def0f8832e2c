//! What to do, validated: the command line turned into plain values the library understands.

use super::opts::{ColorArg, Command, FormatArg, Opts, PlayArgs, ProgressCommand};
use crate::output::ColorWhen;
use crate::question::Format;
use crate::schedule::FormatChoice;
use crate::store::{clean_profile, default_profile};

/// A validated request.
#[derive(Debug, Clone, PartialEq)]
pub enum Config {
    /// Play a session.
    Play(PlayConfig),
    /// Check decks.
    Check {
        /// Decks to check.
        decks: Vec<String>,
        /// JSON output.
        json: bool,
        /// Add missing fact ids.
        fix: bool,
    },
    /// Make a deck from a file.
    Import {
        /// The file, or "-".
        file: String,
        /// Output file.
        output: Option<std::path::PathBuf>,
        /// Prose or a table.
        from: super::opts::ImportFormat,
        /// Title.
        title: Option<String>,
        /// Replace an existing output file.
        force: bool,
    },
    /// Add a deck to the library.
    Add {
        /// The file.
        file: std::path::PathBuf,
        /// Replace an existing deck.
        replace: bool,
    },
    /// Write a starter deck.
    New {
        /// Its name.
        name: String,
        /// Replace an existing file.
        force: bool,
    },
    /// Print completions.
    Completions {
        /// For this shell.
        shell: clap_complete::Shell,
    },
    /// Print the manual page.
    Man,
    /// Play a classroom drill.
    Drill(DrillSetup),
    /// Host a live game.
    Host(HostSetup),
    /// Join a live game.
    Join {
        /// Who joins where.
        joining: crate::host::client::Joining,
        /// JSON lines.
        json: bool,
    },
    /// Write a worksheet.
    Worksheet {
        /// Deck.
        deck: String,
        /// Questions.
        questions: usize,
        /// Versions.
        versions: usize,
        /// Seed.
        seed: u64,
        /// Markdown or HTML.
        html: bool,
        /// Output file.
        output: Option<std::path::PathBuf>,
        /// Replace an existing output file.
        force: bool,
    },
    /// The teacher's report.
    Report {
        /// Deck.
        deck: Option<String>,
        /// Learners, or everyone.
        profiles: Option<Vec<String>>,
        /// HTML file.
        html: Option<std::path::PathBuf>,
        /// Replace an existing HTML file.
        force: bool,
        /// JSON output.
        json: bool,
    },
    /// Show every card in every form.
    Preview {
        /// Decks.
        decks: Vec<String>,
        /// Seed.
        seed: u64,
    },
    /// List decks.
    Decks {
        /// JSON output.
        json: bool,
        /// Whose progress to show.
        profile: String,
    },
    /// Show progress.
    Stats {
        /// Whose.
        profile: String,
        /// Only this deck.
        deck: Option<String>,
        /// JSON output.
        json: bool,
    },
    /// Set up a school's server.
    Server(super::opts::ServerCommand),
    /// Look after the progress file.
    Progress {
        /// Whose.
        profile: String,
        /// What to do.
        action: ProgressCommand,
        /// Whether prompts may be shown.
        interactive: bool,
    },
}

/// How the session talks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// dialoguer prompts, colour.
    Interactive,
    /// Plain text lines.
    Plain,
    /// JSON lines.
    Json,
}

/// A validated `play`.
#[derive(Debug, Clone, PartialEq)]
pub struct PlayConfig {
    /// Decks to play (paths or built-in ids), never empty.
    pub decks: Vec<String>,
    /// Questions to ask.
    pub questions: usize,
    /// Formats.
    pub format: FormatChoice,
    /// Seed for everything random.
    pub seed: u64,
    /// How to talk.
    pub mode: Mode,
    /// Whose progress.
    pub profile: String,
    /// New cards per deck per day.
    pub new_per_day: usize,
    /// Desired retention.
    pub retention: f32,
    /// Practise without changing the schedule.
    pub cram: bool,
    /// Read and write the progress file.
    pub save: bool,
}

/// A validated `drill`.
#[derive(Debug, Clone, PartialEq)]
pub struct DrillSetup {
    /// Decks.
    pub decks: Vec<String>,
    /// Players or teams.
    pub seats: Result<Vec<crate::drill::Seat>, String>,
    /// Rounds.
    pub rounds: usize,
    /// Seconds per question.
    pub time: Option<u64>,
    /// Forms.
    pub format: FormatChoice,
    /// Speed bonus.
    pub speed: bool,
    /// Streak bonus.
    pub streak: bool,
    /// Seed.
    pub seed: u64,
    /// Interface.
    pub mode: Mode,
    /// Record answers in players' progress.
    pub record: bool,
}

/// A validated `host`.
#[derive(Debug, Clone, PartialEq)]
pub struct HostSetup {
    /// Decks.
    pub decks: Vec<String>,
    /// Questions.
    pub rounds: usize,
    /// Seconds per question.
    pub time: u64,
    /// Forms.
    pub format: FormatChoice,
    /// Speed bonus.
    pub speed: bool,
    /// Streak bonus.
    pub streak: bool,
    /// Seed.
    pub seed: u64,
    /// Teams to pick from.
    pub teams: Vec<String>,
    /// Where to listen.
    pub listen: std::net::SocketAddr,
    /// The most players.
    pub max_players: usize,
    /// Record answers in players' progress.
    pub record: bool,
    /// JSON events.
    pub json: bool,
    /// Start at this many players.
    pub auto_start: Option<usize>,
    /// Seconds between reveal and next question, unattended.
    pub pause: u64,
}

/// `--teams "Red,Blue"`: each name cleaned as a player's is, once (in any case).
fn host_teams(list: &str) -> Vec<String> {
    let mut teams: Vec<String> = Vec::new();
    for name in list.split(',').filter_map(crate::host::names::clean_name) {
        if !teams.iter().any(|t| t.eq_ignore_ascii_case(&name)) {
            teams.push(name);
        }
    }
    teams
}

/// The built-in deck played when none is named.
pub const DEFAULT_DECK: &str = "nato-2018";

/// Turns parsed options into a config; `all_terminals` says whether stdin, stdout and stderr
/// are terminals, `random_seed` is used when no `--seed` is given.
pub fn config(opts: Opts, all_terminals: bool, random_seed: u64) -> Config {
    // On a school's server a learner's profile is their role: its rows are the only ones
    // they may write.
    let profile = opts
        .profile()
        .map(clean_profile)
        .filter(|p| !p.is_empty())
        .or_else(|| super::target::selected().and_then(|t| crate::store::server_user(&t)))
        .unwrap_or_else(default_profile);
    match opts.command {
        Some(Command::Check(c)) => Config::Check {
            decks: c.decks,
            json: c.json,
            fix: c.fix,
        },
        Some(Command::Import(i)) => Config::Import {
            file: i.file,
            output: i.output,
            from: i.from,
            title: i.title,
            force: i.force,
        },
        Some(Command::Add(a)) => Config::Add {
            file: a.file,
            replace: a.replace,
        },
        Some(Command::New(n)) => Config::New {
            name: n.name,
            force: n.force,
        },
        Some(Command::Completions { shell }) => Config::Completions { shell },
        Some(Command::Man) => Config::Man,
        Some(Command::Preview { decks, seed, .. }) => Config::Preview { decks, seed },
        Some(Command::Worksheet {
            deck,
            questions,
            versions,
            seed,
            format,
            output,
            force,
            ..
        }) => Config::Worksheet {
            deck,
            questions: questions as usize,
            versions: versions as usize,
            seed,
            html: format == super::opts::SheetFormat::Html,
            output,
            force,
        },
        Some(Command::Report {
            deck,
            profiles,
            all: _,
            html,
            force,
            json,
            ..
        }) => Config::Report {
            deck,
            profiles: profiles.map(|p| {
                p.split(',')
                    .map(clean_profile)
                    .filter(|p| !p.is_empty())
                    .collect()
            }),
            html,
            force,
            json,
        },
        Some(Command::Drill(d)) => Config::Drill(DrillSetup {
            seats: crate::drill::seats(d.players.as_deref(), d.teams.as_deref())
                .and_then(|s| recordable(s, d.record)),
            decks: if d.decks.is_empty() {
                vec![DEFAULT_DECK.to_string()]
            } else {
                d.decks
            },
            rounds: d.rounds as usize,
            time: d.time,
            format: format_choice(d.format),
            speed: !d.bonus.no_speed,
            streak: !d.bonus.no_streak,
            seed: d.seed.unwrap_or(random_seed),
            mode: mode(d.json, d.plain, all_terminals),
            record: d.record,
        }),
        Some(Command::Host(h)) => Config::Host(HostSetup {
            decks: if h.decks.is_empty() {
                vec![DEFAULT_DECK.to_string()]
            } else {
                h.decks
            },
            rounds: h.rounds as usize,
            time: h.time,
            format: format_choice(h.format),
            speed: !h.bonus.no_speed,
            streak: !h.bonus.no_streak,
            seed: h.seed.unwrap_or(random_seed),
            teams: host_teams(h.teams.as_deref().unwrap_or_default()),
            listen: h.listen,
            max_players: h.max_players as usize,
            record: h.record,
            json: h.json,
            auto_start: h.auto_start.map(|n| n as usize),
            pause: h.pause,
        }),
        Some(Command::Join(j)) => Config::Join {
            joining: crate::host::client::Joining {
                address: j.address,
                pin: j.pin,
                name: j.name,
                team: j.team,
            },
            json: j.json,
        },
        Some(Command::Decks(d)) => Config::Decks {
            json: d.json,
            profile,
        },
        Some(Command::Stats(s)) => Config::Stats {
            profile,
            deck: s.deck,
            json: s.json,
        },
        Some(Command::Server(action)) => Config::Server(action),
        Some(Command::Progress(action)) => Config::Progress {
            profile,
            action,
            interactive: all_terminals,
        },
        Some(Command::Play(p)) => Config::Play(play(p, profile, all_terminals, random_seed)),
        None => Config::Play(play(opts.play, profile, all_terminals, random_seed)),
    }
}

/// With `--record`, each player's answers go to the profile named after them; a name that
/// cleans to nothing (`!!!`) would have no profile of its own.
fn recordable(
    seats: Vec<crate::drill::Seat>,
    record: bool,
) -> Result<Vec<crate::drill::Seat>, String> {
    let players = seats.iter().flat_map(|s| {
        if s.members.is_empty() {
            std::slice::from_ref(&s.name)
        } else {
            s.members.as_slice()
        }
    });
    if let Some(bad) = players
        .filter(|_| record)
        .find(|p| clean_profile(p).is_empty())
    {
        return Err(format!("with --record, each player's name is their profile, and `{bad}` has no letter or digit: rename the player"));
    }
    Ok(seats)
}

fn play(p: PlayArgs, profile: String, all_terminals: bool, random_seed: u64) -> PlayConfig {
    let mode = mode(p.json, p.plain, all_terminals);
    let format = format_choice(p.format);
    let decks = if p.decks.is_empty() {
        vec![DEFAULT_DECK.to_string()]
    } else {
        p.decks
    };
    PlayConfig {
        decks,
        questions: p.questions as usize,
        format,
        seed: p.seed.unwrap_or(random_seed),
        mode,
        profile,
        new_per_day: p.new_per_day as usize,
        retention: p.retention,
        cram: p.cram,
        save: !p.no_save,
    }
}

fn mode(json: bool, plain: bool, all_terminals: bool) -> Mode {
    if json {
        Mode::Json
    } else if plain || !all_terminals {
        Mode::Plain
    } else {
        Mode::Interactive
    }
}

fn format_choice(arg: FormatArg) -> FormatChoice {
    match arg {
        FormatArg::Typed => FormatChoice::Typed,
        FormatArg::Choice => FormatChoice::Choice,
        FormatArg::Truefalse => FormatChoice::Only(Format::TrueFalse),
        FormatArg::Timeline => FormatChoice::Only(Format::Timeline),
        FormatArg::Estimate => FormatChoice::Only(Format::Estimate),
        FormatArg::Mixed => FormatChoice::Mixed,
    }
}

/// The colour flag as the output layer's type.
pub fn color_when(arg: ColorArg) -> ColorWhen {
    match arg {
        ColorArg::Auto => ColorWhen::Auto,
        ColorArg::Always => ColorWhen::Always,
        ColorArg::Never => ColorWhen::Never,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::Parser;

    fn cfg(args: &[&str], terminals: bool) -> Config {
        let opts =
            Opts::try_parse_from(std::iter::once("factdrill").chain(args.iter().copied())).unwrap();
        config(opts, terminals, 42)
    }

    #[test]
    fn host_teams_are_cleaned_and_kept_once() {
        let cases = [
            ("Red,Blue", vec!["Red", "Blue"]),
            (" Red , red,,Blue\u{1b}[2J", vec!["Red", "Blue[2J"]),
            ("", vec![]),
        ];
        for (given, want) in cases {
            assert_eq!(host_teams(given), want, "{given:?}");
        }
    }

    #[test]
    fn modes_and_defaults() {
        let Config::Play(p) = cfg(&[], true) else {
            panic!()
        };
        assert_eq!(
            (p.mode, p.questions, p.seed, p.decks[0].as_str()),
            (Mode::Interactive, 10, 42, DEFAULT_DECK)
        );
        let Config::Play(p) = cfg(&[], false) else {
            panic!()
        };
        assert_eq!(p.mode, Mode::Plain, "no terminal, no prompts");
        let Config::Play(p) = cfg(&["--plain"], true) else {
            panic!()
        };
        assert_eq!(p.mode, Mode::Plain);
        let Config::Play(p) = cfg(
            &["play", "--json", "--seed", "1", "-n", "3", "space-race"],
            true,
        ) else {
            panic!()
        };
        assert_eq!(
            (p.mode, p.seed, p.questions, p.decks[0].as_str()),
            (Mode::Json, 1, 3, "space-race")
        );
        assert!(matches!(
            cfg(&["check", "x.yaml"], true),
            Config::Check { .. }
        ));
    }

    #[test]
    fn usage_errors() {
        for args in [
            &["--questions", "0"][..],
            &["--format", "essay"],
            &["check"],
            &["--seed", "-1"],
            &["bogus-flag", "--nope"],
            &["--profile", "!!!"],
            &["stats", "--profile", " "],
            &["report", "--profiles", "Ana,!!!"],
        ] {
            let all = std::iter::once("factdrill").chain(args.iter().copied());
            assert!(Opts::try_parse_from(all).is_err(), "{args:?}");
        }
    }

    #[test]
    fn profile_names_must_keep_something_once_cleaned() {
        // (argument, the profile it gives): a name that cleans to nothing is a usage error
        // (above), never the shared "default".
        for (arg, want) in [
            ("ana", "ana"),
            ("Ana Lee!", "AnaLee"),
            ("ana.b-2", "ana.b-2"),
        ] {
            let Config::Stats { profile, .. } = cfg(&["stats", "--profile", arg], false) else {
                panic!()
            };
            assert_eq!(profile, want, "{arg}");
        }
        let seats = |record: &[&str]| {
            let mut args = vec!["drill", "--players", "Ana,!!!"];
            args.extend(record);
            let Config::Drill(d) = cfg(&args, false) else {
                panic!()
            };
            d.seats
        };
        assert!(seats(&[]).is_ok(), "a name is fine for the scoreboard");
        assert!(seats(&["--record"]).unwrap_err().contains("`!!!`"));
    }
}
