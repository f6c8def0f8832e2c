//! Every flag, in one place. clap types stop here: [`super::config`] turns them into a Config.

use clap::{Args, Parser, Subcommand, ValueEnum};

const EXAMPLES: &str = "\
Examples:
  factdrill                               play the built-in NATO deck
  factdrill play space-race --format typed
  factdrill play my-deck.yaml --questions 20 --seed 7
  printf '12\\n1949\\n' | factdrill play --json --format typed --seed 1
  factdrill check decks/*.yaml            validate decks and show what will be asked
  factdrill decks                         list the built-in decks";

/// factdrill: drill the numbers in facts — dates, counts, percentages, money — in your terminal.
#[derive(Debug, Parser)]
#[command(name = "factdrill", version, after_help = EXAMPLES)]
pub struct Opts {
    /// What to do (default: play).
    #[command(subcommand)]
    pub command: Option<Command>,

    /// Options of `play`, accepted without the word `play`.
    #[command(flatten)]
    pub play: PlayArgs,

    /// When to use colour: auto (a terminal, unless NO_COLOR is set), always or never.
    #[arg(long, value_enum, default_value_t = ColorArg::Auto, global = true, value_name = "WHEN")]
    pub color: ColorArg,

    /// Where progress lives: a school's PostgreSQL server (postgres://USER@HOST/DB, with
    /// ?sslmode=require for TLS), or `local` for the progress file. Default: FACTDRILL_STORE,
    /// else the first line of `store` in the data folder, else local. Example:
    /// --store postgres://ana@school.example/factdrill?sslmode=require
    #[arg(long, global = true, value_name = "URL")]
    pub store: Option<String>,
}

impl Opts {
    /// Whose progress: the subcommand's `--profile`, else one given before the subcommand.
    pub fn profile(&self) -> Option<&str> {
        let own = match &self.command {
            Some(Command::Play(p)) => &p.profile,
            Some(Command::Decks(d)) => &d.profile,
            Some(Command::Stats(s)) => &s.profile,
            Some(Command::Progress(
                ProgressCommand::Reset { profile, .. } | ProgressCommand::Optimize { profile },
            )) => profile,
            _ => &ProfileArg { profile: None },
        };
        own.profile
            .as_deref()
            .or(self.play.profile.profile.as_deref())
    }

    /// The extra deck folders: the subcommand's `--deck-dir`s and those given before it.
    pub fn deck_dirs(&self) -> Vec<std::path::PathBuf> {
        let own = match &self.command {
            Some(Command::Play(p)) => Some(&p.deck_dirs),
            Some(Command::Drill(d)) => Some(&d.deck_dirs),
            Some(Command::Host(h)) => Some(&h.deck_dirs),
            Some(Command::Check(c)) => Some(&c.deck_dirs),
            Some(Command::Decks(d)) => Some(&d.deck_dirs),
            Some(Command::Add(a)) => Some(&a.deck_dirs),
            Some(Command::Stats(s)) => Some(&s.deck_dirs),
            Some(Command::Worksheet { deck_dirs, .. })
            | Some(Command::Report { deck_dirs, .. })
            | Some(Command::Preview { deck_dirs, .. }) => Some(deck_dirs),
            _ => None,
        };
        let mut dirs = self.play.deck_dirs.dirs.clone();
        dirs.extend(own.into_iter().flat_map(|d| d.dirs.iter().cloned()));
        dirs
    }

    /// The subcommand names, for suggesting one when a deck name is a near miss.
    pub fn subcommands() -> Vec<String> {
        <Opts as clap::CommandFactory>::command()
            .get_subcommands()
            .map(|c| c.get_name().to_string())
            .collect()
    }
}

/// `--profile`, on the subcommands that read or write one profile's progress: not global,
/// so that `--help` lists only the options a subcommand takes (issue 12, point 8).
#[derive(Debug, Args, Clone, Default, PartialEq)]
pub struct ProfileArg {
    /// Whose progress to use (default: your login name). Example: `--profile ana`
    #[arg(long, value_name = "NAME", value_parser = profile_name)]
    pub profile: Option<String>,
}

/// `--deck-dir`, on the subcommands that find decks by id.
#[derive(Debug, Args, Clone, Default)]
pub struct DeckDirArg {
    /// Another folder of decks to find decks in by id (repeatable). Example: `--deck-dir ~/class`
    #[arg(long = "deck-dir", value_name = "DIR")]
    pub dirs: Vec<std::path::PathBuf>,
}

/// A profile name that keeps something once cleaned: `!!!` would otherwise become the
/// shared "default" profile, mixing strangers' progress (issue 9, point 11).
fn profile_name(name: &str) -> Result<String, String> {
    if crate::store::clean_profile(name).is_empty() {
        return Err(
            "a profile name needs a letter, a digit, `.`, `_` or `-` (example: `--profile ana`)"
                .into(),
        );
    }
    Ok(name.to_string())
}

/// A desired retention clap can refuse, so that an out-of-range `--retention` is a usage
/// error (exit 2) like `-n 0`, not a failure found later (issue 12, point 8).
fn retention(text: &str) -> Result<f32, String> {
    let r: f32 = text
        .trim()
        .parse()
        .map_err(|_| format!("`{text}` is not a number (example: `--retention 0.9`)"))?;
    if (0.70..=0.99).contains(&r) {
        Ok(r)
    } else {
        Err(format!(
            "{text} is not in 0.70..=0.99 (example: `--retention 0.9`)"
        ))
    }
}

/// A comma-separated list of profile names, each of which must keep something once cleaned.
fn profile_names(names: &str) -> Result<String, String> {
    names
        .split(',')
        .filter(|n| !n.trim().is_empty())
        .try_for_each(|n| profile_name(n).map(drop))?;
    Ok(names.to_string())
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Play a quiz session (the default).
    #[command(after_help = EXAMPLES)]
    Play(PlayArgs),
    /// Validate decks and show the quantities found in every fact.
    #[command(
        after_help = "Examples:\n  factdrill check decks/*.yaml\n  factdrill check my-deck.yaml --json"
    )]
    Check(CheckArgs),
    /// List built-in and library decks: id, title, facts, cards, and due and mastered cards.
    #[command(
        after_help = "Examples:\n  factdrill decks\n  factdrill decks --json --deck-dir ~/class-decks"
    )]
    Decks(DecksArgs),
    /// Make a deck from text or Markdown (every sentence with a quantity), or from a CSV/TSV
    /// table of questions and answers.
    #[command(
        after_help = "Examples:\n  factdrill import notes.md -o notes.yaml\n  factdrill import fact-sheet.txt --title \"NATO in 2018\" -o nato.yaml\n  pbpaste | factdrill import - -o pasted.yaml\n  factdrill import --from csv capitals.csv -o capitals.yaml\n  factdrill import --from tsv anki-export.txt -o cards.yaml"
    )]
    Import(ImportArgs),
    /// Check a deck and copy it into your library, so it can be played by its id.
    #[command(
        after_help = "Examples:\n  factdrill add nato.yaml\n  factdrill add nato.yaml --replace\n  factdrill play nato"
    )]
    Add(AddArgs),
    /// A classroom game on one screen: players or teams take turns, with a scoreboard.
    #[command(after_help = DRILL_HELP)]
    Drill(DrillArgs),
    /// A live quiz on the classroom network: students join from a phone's browser.
    #[command(after_help = HOST_HELP)]
    Host(HostArgs),
    /// Play a live quiz from a terminal: the game `factdrill host` serves.
    #[command(
        after_help = "Examples:\n  factdrill join 192.168.1.20:41234 --pin 482913 --name Ana\n  printf '2\\n1949\\n' | factdrill join 127.0.0.1:41234 --pin 482913 --name Bot --json"
    )]
    Join(JoinArgs),
    /// A printable quiz with an answer key, in Markdown or as an HTML page to print.
    #[command(
        after_help = "Examples:\n  factdrill worksheet nato-2018 --questions 20 -o quiz.md\n  factdrill worksheet nato-2018 --versions 2 --format html -o quiz.html --seed 7"
    )]
    Worksheet {
        /// The deck (file or id).
        #[arg(value_name = "DECK")]
        deck: String,
        /// Questions on the sheet.
        #[arg(short = 'n', long, default_value_t = 20, value_parser = clap::value_parser!(u32).range(1..=500), value_name = "N")]
        questions: u32,
        /// Versions, which differ in order and wrong options.
        #[arg(long, default_value_t = 1, value_parser = clap::value_parser!(u32).range(1..=26), value_name = "N")]
        versions: u32,
        /// Seed, to print the same sheet again.
        #[arg(long, default_value_t = 1, value_name = "N")]
        seed: u64,
        /// Markdown, or one HTML page with print styles.
        #[arg(long, value_enum, default_value_t = SheetFormat::Markdown)]
        format: SheetFormat,
        /// Where to write it (default: standard output); an existing file only with --force.
        #[arg(short, long, value_name = "FILE")]
        output: Option<std::path::PathBuf>,
        /// Replace the output file if it exists (never the progress file or the deck read).
        #[arg(long)]
        force: bool,
        #[command(flatten)]
        deck_dirs: DeckDirArg,
    },
    /// The teacher's report: each learner's answers, accuracy and mastery, and the facts the
    /// group misses most.
    #[command(
        after_help = "Examples:\n  factdrill report --all\n  factdrill report --deck nato-2018 --profiles Ana,Ben --html report.html"
    )]
    Report {
        /// Only this deck (its id).
        #[arg(long, value_name = "ID")]
        deck: Option<String>,
        /// These learners, comma-separated (default: everyone).
        #[arg(long, value_name = "NAMES", conflicts_with = "all", value_parser = profile_names)]
        profiles: Option<String>,
        /// Every learner (the default).
        #[arg(long)]
        all: bool,
        /// Also write the report, with charts, as an HTML page; an existing file only with --force.
        #[arg(long, value_name = "FILE")]
        html: Option<std::path::PathBuf>,
        /// Replace the HTML file if it exists (never the progress file).
        #[arg(long)]
        force: bool,
        /// Print JSON instead of text.
        #[arg(long)]
        json: bool,
        #[command(flatten)]
        deck_dirs: DeckDirArg,
    },
    /// Print every card in every form it can be asked in, with answers and wrong options.
    #[command(
        after_help = "Examples:\n  factdrill preview decks/nato-2018.yaml\n  factdrill preview space-race --seed 3 | less -R"
    )]
    Preview {
        /// Deck files or ids.
        #[arg(required = true, value_name = "DECK")]
        decks: Vec<String>,
        /// Seed for the wrong options chosen.
        #[arg(long, default_value_t = 1, value_name = "N")]
        seed: u64,
        #[command(flatten)]
        deck_dirs: DeckDirArg,
    },
    /// Write a commented starter deck that shows every feature of the format.
    #[command(after_help = "Example:\n  factdrill new my-deck   # writes my-deck.yaml")]
    New(NewArgs),
    /// Print a shell completion script (bash, zsh, fish, powershell, elvish).
    #[command(
        after_help = "Examples:\n  factdrill completions bash > ~/.local/share/bash-completion/completions/factdrill\n  factdrill completions zsh > ~/.zfunc/_factdrill\n  factdrill completions fish > ~/.config/fish/completions/factdrill.fish"
    )]
    Completions {
        /// The shell.
        shell: clap_complete::Shell,
    },
    /// Print the manual page (roff).
    #[command(after_help = "Example:\n  factdrill man > factdrill.1 && man ./factdrill.1")]
    Man,
    /// Show progress: cards by state, due cards, reviews, retention, streak, weakest facts.
    #[command(
        after_help = "Examples:\n  factdrill stats\n  factdrill stats --deck nato-2018 --json\n  factdrill stats --profile ana"
    )]
    Stats(StatsArgs),
    /// Look after the progress file: check, export, import, reset, optimize.
    #[command(
        subcommand,
        after_help = "Examples:\n  factdrill progress check\n  factdrill progress export backup.json\n  factdrill progress optimize --profile ana"
    )]
    Progress(ProgressCommand),
    /// Set up a school's PostgreSQL server: its tables, the teacher's role, learners' roles.
    #[command(
        subcommand,
        after_help = "Examples:\n  factdrill server init postgres://postgres@school.example/factdrill\n  factdrill --store postgres://factdrill_teacher@school.example/factdrill server add-learner ana"
    )]
    Server(ServerCommand),
}

/// `server` subcommands.
#[derive(Debug, Clone, PartialEq, Subcommand)]
pub enum ServerCommand {
    /// Create (or upgrade) factdrill's tables, the teacher's role and the row-level security
    /// that keeps each learner to their own progress; prints the teacher's connection string
    /// once, when it makes the role.
    #[command(
        after_help = "Example:\n  factdrill server init postgres://postgres@localhost/factdrill"
    )]
    Init {
        /// An administrator's connection URL (a role that may create roles and the schema).
        #[arg(value_name = "ADMIN_URL")]
        admin_url: String,
    },
    /// Create a learner's role, connected with --store as the teacher; prints their
    /// connection string (with a new password) once.
    #[command(
        name = "add-learner",
        after_help = "Example:\n  factdrill --store postgres://factdrill_teacher@localhost/factdrill server add-learner ana"
    )]
    AddLearner {
        /// The learner's name: lower-case letters, digits and _; also their profile.
        name: String,
    },
}

/// Options of `stats`.
#[derive(Debug, Args)]
pub struct StatsArgs {
    /// Only this deck (its id).
    #[arg(long, value_name = "ID")]
    pub deck: Option<String>,

    /// Print one JSON object.
    #[arg(long)]
    pub json: bool,

    #[command(flatten)]
    pub profile: ProfileArg,

    #[command(flatten)]
    pub deck_dirs: DeckDirArg,
}

/// `progress` subcommands.
#[derive(Debug, Clone, PartialEq, Subcommand)]
pub enum ProgressCommand {
    /// Run SQLite's integrity checks on the progress file.
    #[command(after_help = "Example:\n  factdrill progress check")]
    Check,
    /// Write the whole progress file (cards and review log) as JSON, to FILE or stdout.
    #[command(after_help = "Example:\n  factdrill progress export backup.json")]
    Export {
        /// Where to write (default: stdout); an existing file only with --force.
        file: Option<std::path::PathBuf>,
        /// Replace FILE if it exists (never the progress file itself).
        #[arg(long)]
        force: bool,
    },
    /// Merge an export back in; reviews already present are skipped.
    #[command(after_help = "Example:\n  factdrill progress import backup.json")]
    Import {
        /// The export to read.
        file: std::path::PathBuf,
    },
    /// Forget a profile's progress in one deck.
    #[command(after_help = "Example:\n  factdrill progress reset --deck nato-2018 --yes")]
    Reset {
        /// The deck id.
        #[arg(long, value_name = "ID")]
        deck: String,
        /// Do not ask for confirmation.
        #[arg(long)]
        yes: bool,
        #[command(flatten)]
        profile: ProfileArg,
    },
    /// Fit FSRS parameters to the profile's own reviews (needs 300 or more).
    #[command(after_help = "Example:\n  factdrill progress optimize --profile ana")]
    Optimize {
        #[command(flatten)]
        profile: ProfileArg,
    },
    /// Send the answers kept while the server was unreachable, and fetch what changed.
    #[command(
        after_help = "Example:\n  factdrill --store postgres://ana@school.example/factdrill progress sync"
    )]
    Sync,
}

/// Options of `play`.
#[derive(Debug, Args, Clone)]
pub struct PlayArgs {
    /// Deck files or built-in deck ids (default: the built-in `nato-2018`).
    ///
    /// Example: `factdrill play space-race decks/my-deck.yaml`
    #[arg(value_name = "DECK")]
    pub decks: Vec<String>,

    /// How many questions to ask (example: `-n 20`).
    ///
    /// A missed card that comes back is asked again on top of these, under its first number
    /// ("Question 2/20 again"), so the total shown stays the one first promised.
    #[arg(short = 'n', long, default_value_t = 10, value_parser = clap::value_parser!(u32).range(1..=100_000), value_name = "N")]
    pub questions: u32,

    /// How to ask: typed answers, multiple choice, or a mix.
    #[arg(short, long, value_enum, default_value_t = FormatArg::Mixed, value_name = "FORMAT")]
    pub format: FormatArg,

    /// Seed for every random choice, to replay the same game (example: `--seed 7`).
    #[arg(long, value_name = "N")]
    pub seed: Option<u64>,

    /// Plain text: questions printed, one answer read per line from stdin.
    #[arg(long)]
    pub plain: bool,

    /// JSON lines on stdout (implies --plain): question, answer and summary events.
    #[arg(long)]
    pub json: bool,

    /// New cards per deck per day.
    #[arg(long = "new", default_value_t = 10, value_name = "N")]
    pub new_per_day: u32,

    /// Desired retention: the chance of remembering a card when it falls due (0.70-0.99).
    #[arg(long, default_value_t = 0.9, value_name = "R", value_parser = retention)]
    pub retention: f32,

    /// Practise any cards, due or not, without changing the schedule.
    #[arg(long)]
    pub cram: bool,

    /// Play without reading or writing the progress file.
    #[arg(long)]
    pub no_save: bool,

    #[command(flatten)]
    pub profile: ProfileArg,

    #[command(flatten)]
    pub deck_dirs: DeckDirArg,
}

/// Options of `check`.
#[derive(Debug, Args)]
pub struct CheckArgs {
    /// Deck files, or ids of built-in or library decks, to check.
    #[arg(required = true, value_name = "DECK")]
    pub decks: Vec<String>,

    /// Print one JSON object instead of text.
    #[arg(long)]
    pub json: bool,

    /// Rewrite what is safe to rewrite: add an `id` to every fact that has none.
    #[arg(long)]
    pub fix: bool,

    #[command(flatten)]
    pub deck_dirs: DeckDirArg,
}

const DRILL_HELP: &str = "\
Scoring: a correct answer scores 100 points, a close one 50, a wrong or late one nothing.
On top, unless switched off:
  speed bonus   up to 50 points for a quick answer (full within a quarter of --time, or
                5 s without it, falling to nothing at the limit, or at 20 s)  [--no-speed]
  streak bonus  10 points for each right answer in a row before this one, up to 50
                [--no-streak]
Both bonuses favour the quickest pupils; switch them off when that shuts others out.
Results (one row per answer) are written as CSV and JSON in the data directory's `drills`
folder; --record also puts each answer into the progress of a profile named after the player.

Examples:
  factdrill drill --players \"Ana,Ben,Chen\"
  factdrill drill space-race --teams \"Red:Ana,Ben;Blue:Chen,Dee\" --rounds 3 --time 20
  factdrill drill --players \"Ana,Ben\" --no-speed --no-streak --format choice --seed 4
  factdrill drill --players \"Ana,Ben\" --record";

/// The bonuses a drill and a live game can switch off.
#[derive(Debug, Args, Clone)]
pub struct BonusArgs {
    /// No bonus for quick answers.
    #[arg(long)]
    pub no_speed: bool,

    /// No bonus for answers in a row.
    #[arg(long)]
    pub no_streak: bool,
}

/// Options of `drill`.
#[derive(Debug, Args, Clone)]
pub struct DrillArgs {
    /// Deck files or ids (default: the built-in `nato-2018`).
    #[arg(value_name = "DECK")]
    pub decks: Vec<String>,

    /// Players, comma-separated. Example: `--players "Ana,Ben,Chen"`
    #[arg(long, value_name = "NAMES", conflicts_with = "teams")]
    pub players: Option<String>,

    /// Teams: name, colon, members; teams separated by `;`. Example: `--teams "Red:Ana,Ben;Blue:Chen,Dee"`
    #[arg(long, value_name = "TEAMS")]
    pub teams: Option<String>,

    /// Rounds to play; each seat answers once a round.
    #[arg(long, default_value_t = 5, value_parser = clap::value_parser!(u32).range(1..=100), value_name = "N")]
    pub rounds: u32,

    /// Seconds to answer each question; a late answer scores nothing.
    #[arg(long, value_parser = clap::value_parser!(u64).range(1..=3600), value_name = "SECS")]
    pub time: Option<u64>,

    /// How to ask (as in `play`); one form per round.
    #[arg(short, long, value_enum, default_value_t = FormatArg::Mixed, value_name = "FORMAT")]
    pub format: FormatArg,

    #[command(flatten)]
    pub bonus: BonusArgs,

    /// Seed for every random choice, to replay the same game.
    #[arg(long, value_name = "N")]
    pub seed: Option<u64>,

    /// Plain text, answers from stdin.
    #[arg(long)]
    pub plain: bool,

    /// JSON lines on stdout (implies --plain).
    #[arg(long)]
    pub json: bool,

    /// Also record each answer in the progress of a profile named after the player.
    #[arg(long)]
    pub record: bool,

    #[command(flatten)]
    pub deck_dirs: DeckDirArg,
}

const HOST_HELP: &str = "\
The teacher's terminal shows the join link, its QR code and a 6-digit PIN; students open the
link on a phone (same network, no internet needed), or run `factdrill join`. Keys on the
teacher's terminal: Enter starts, shows the answer, goes on; `remove NAME` removes a player;
`q` ends the game. Scoring and results files are the drill's (see `factdrill drill --help`).

Examples:
  factdrill host
  factdrill host space-race --rounds 8 --time 30 --teams \"Red,Blue\"
  factdrill host --listen 0.0.0.0:8080 --record
  factdrill host --json --auto-start 3 --listen 127.0.0.1:0";

/// Options of `host`.
#[derive(Debug, Args, Clone)]
pub struct HostArgs {
    /// Deck files or ids (default: the built-in `nato-2018`).
    #[arg(value_name = "DECK")]
    pub decks: Vec<String>,

    /// Questions to ask. Example: `-n 8`
    #[arg(short = 'n', long, default_value_t = 10, value_parser = clap::value_parser!(u32).range(1..=100), value_name = "N")]
    pub rounds: u32,

    /// Seconds to answer each question.
    #[arg(long, default_value_t = 20, value_parser = clap::value_parser!(u64).range(1..=3600), value_name = "SECS")]
    pub time: u64,

    /// How to ask (as in `play`).
    #[arg(short, long, value_enum, default_value_t = FormatArg::Mixed, value_name = "FORMAT")]
    pub format: FormatArg,

    #[command(flatten)]
    pub bonus: BonusArgs,

    /// Seed for the questions (not the PIN), to replay the same game.
    #[arg(long, value_name = "N")]
    pub seed: Option<u64>,

    /// Teams students pick from when joining, comma-separated. Example: `--teams "Red,Blue"`
    #[arg(long, value_name = "NAMES")]
    pub teams: Option<String>,

    /// Where to listen (default: every interface, a free port; the address is printed).
    /// Example: `--listen 0.0.0.0:8080`
    #[arg(long, value_name = "ADDR:PORT", default_value = "0.0.0.0:0")]
    pub listen: std::net::SocketAddr,

    /// The most players.
    #[arg(long, default_value_t = 100, value_parser = clap::value_parser!(u32).range(1..=1000), value_name = "N")]
    pub max_players: u32,

    /// Record each answer in the progress of a profile named after the student.
    #[arg(long)]
    pub record: bool,

    /// One JSON event per line on stdout, for scripts (keys are still read from stdin).
    #[arg(long)]
    pub json: bool,

    /// Start once N students have joined, and go on without keys.
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(1..=1000))]
    pub auto_start: Option<u32>,

    /// Seconds the answer stays up before the next question, with --auto-start.
    #[arg(long, default_value_t = 5, value_parser = clap::value_parser!(u64).range(0..=600), value_name = "SECS")]
    pub pause: u64,

    #[command(flatten)]
    pub deck_dirs: DeckDirArg,
}

/// Options of `join`.
#[derive(Debug, Args, Clone)]
pub struct JoinArgs {
    /// The game's address or link, as the teacher's screen shows it. Example: `192.168.1.20:41234`
    #[arg(value_name = "ADDRESS")]
    pub address: String,

    /// The game's PIN.
    #[arg(long)]
    pub pin: String,

    /// Your name in the game.
    #[arg(long)]
    pub name: String,

    /// Your team, when the game has teams.
    #[arg(long)]
    pub team: Option<String>,

    /// Plain text, answers from stdin.
    #[arg(long)]
    pub plain: bool,

    /// JSON lines on stdout (implies --plain).
    #[arg(long)]
    pub json: bool,
}

/// Worksheet formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SheetFormat {
    /// Markdown.
    Markdown,
    /// One HTML page to print.
    Html,
}

/// Options of `import`.
#[derive(Debug, Args)]
pub struct ImportArgs {
    /// The file to read, or `-` for standard input.
    #[arg(value_name = "FILE")]
    pub file: String,

    /// Where to write the deck (default: standard output); an existing file only with --force.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<std::path::PathBuf>,

    /// Replace the output file if it exists (never the file read, nor the progress file).
    /// Example: `factdrill import notes.md -o notes.yaml --force`
    #[arg(long)]
    pub force: bool,

    /// What the file is: prose (text or Markdown), or a csv/tsv table.
    #[arg(long = "from", value_enum, default_value_t = ImportFormat::Text)]
    pub from: ImportFormat,

    /// The deck's title (default: the first heading, else the file name).
    #[arg(long)]
    pub title: Option<String>,
}

/// What `import` reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ImportFormat {
    /// Plain text or Markdown.
    Text,
    /// Comma-separated question,answer[,accepted|alternatives].
    Csv,
    /// Tab-separated, as flashcard programs export.
    Tsv,
}

/// Options of `add`.
#[derive(Debug, Args)]
pub struct AddArgs {
    /// The deck file to add.
    #[arg(value_name = "FILE")]
    pub file: std::path::PathBuf,

    /// Replace a library deck with the same id.
    #[arg(long)]
    pub replace: bool,

    #[command(flatten)]
    pub deck_dirs: DeckDirArg,
}

/// Options of `new`.
#[derive(Debug, Args)]
pub struct NewArgs {
    /// The deck's name: writes NAME.yaml (or NAME, if it ends in .yaml).
    #[arg(value_name = "NAME")]
    pub name: String,

    /// Replace NAME.yaml if it exists.
    #[arg(long)]
    pub force: bool,
}

/// Options of `decks`.
#[derive(Debug, Args)]
pub struct DecksArgs {
    /// Print JSON instead of a table.
    #[arg(long)]
    pub json: bool,

    #[command(flatten)]
    pub profile: ProfileArg,

    #[command(flatten)]
    pub deck_dirs: DeckDirArg,
}

/// `--format` values.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FormatArg {
    /// Type the answer (`?` for a hint).
    Typed,
    /// Pick one of four options.
    Choice,
    /// Say whether a statement is true or false.
    Truefalse,
    /// Which event came first, or the order of several.
    Timeline,
    /// More or less than a figure, or a typed estimate.
    Estimate,
    /// Recognition while a card is new or weak (choice, true/false), recall once it is
    /// strong (typed, estimate), timelines now and then.
    Mixed,
}

/// `--color` values.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorArg {
    /// Colour on a terminal, honouring NO_COLOR, CLICOLOR, CLICOLOR_FORCE and TERM=dumb.
    Auto,
    /// Always colour.
    Always,
    /// Never colour.
    Never,
}
