//! The interactive terminal: our own menus and typed prompt (drawn in dialoguer's colourful
//! theme), colour, a running score, one-key override.

use super::menu::{Menu, Picked};
use super::text::{counter, fact_marked, letter, summary_lines, timeline_dated, verdict_label};
use super::tty::CtrlCAsKey;
use super::typed::{broken, read_typed, typed_head, Typed};
use super::wrap::{hang_of, wrap};
use super::{AfterFeedback, Feedback, Progress, Reply, Then, Ui};
use crate::grade::Verdict;
use crate::question::{Expect, Question};
use crate::sanitize::{clean, for_terminal, one_line};
use crate::turn::{End, Summary};
use colored::Colorize;
use console::{Key, Term};
use dialoguer::theme::{ColorfulTheme, Theme};
use std::io::{self, Write};

/// Interactive interface on the process's terminal.
pub struct TerminalUi {
    pub(super) term: Term,
    theme: ColorfulTheme,
    /// When the current drill question must be answered by (set by the drill's board).
    pub(super) deadline: Option<std::time::Instant>,
    /// Ctrl-C reaches the prompts as a key however it is timed (restored on drop).
    _ctrl_c: CtrlCAsKey,
}

impl Default for TerminalUi {
    // The raw terminal: dialoguer draws its prompts and moves the cursor on it. Our own lines
    // still pass the sanitizer in `line`; the pieces handed to dialoguer are cleaned first.
    #[allow(clippy::disallowed_methods)]
    fn default() -> Self {
        TerminalUi {
            term: Term::stdout(),
            // An answer is echoed before it is graded: a green tick there would call a wrong
            // pick right (issue 12, point 4), so the echo is marked neutrally.
            theme: ColorfulTheme {
                success_prefix: console::style("›".to_string()).for_stderr().dim(),
                ..ColorfulTheme::default()
            },
            deadline: None,
            _ctrl_c: CtrlCAsKey::new(),
        }
    }
}

impl TerminalUi {
    /// An interface on stdout (only used when stdin, stdout and stderr are all terminals).
    pub fn new() -> Self {
        Self::default()
    }

    /// Writes a line through the sanitizer (our colour escapes pass, nothing else does),
    /// broken at spaces to the terminal's width; its lines keep its indent.
    pub(super) fn line(&self, text: &str) -> io::Result<()> {
        self.lines(&wrap(text, self.cols(), &hang_of(text)))
    }

    /// Writes lines already broken to the width, through the sanitizer.
    fn lines(&self, lines: &[String]) -> io::Result<()> {
        lines.iter().try_for_each(|l| {
            self.term
                .write_line(&for_terminal(l, crate::output::colour_on()))
        })
    }

    /// The terminal's width now: read for each line, so that a resize between questions
    /// re-wraps the next one.
    pub(super) fn cols(&self) -> usize {
        usize::from(self.term.size().1)
    }
}

/// A line counting down the seconds left, redrawn in place by a thread until dropped.
struct Countdown {
    stop: std::sync::Arc<std::sync::atomic::AtomicBool>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl Countdown {
    // Cursor saves and moves are ours and must reach the terminal; the line holds no deck text.
    #[allow(clippy::disallowed_methods)]
    fn start(deadline: std::time::Instant, below: usize) -> Countdown {
        use std::sync::atomic::Ordering;
        let stop = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
        let seen = std::sync::Arc::clone(&stop);
        // The line itself, printed once now; the thread rewrites it.
        let _ =
            crate::output::stdout(true).write_all(format!("{}\n", Self::text(deadline)).as_bytes());
        let thread = std::thread::spawn(move || {
            while !seen.load(Ordering::SeqCst) {
                std::thread::sleep(std::time::Duration::from_millis(200));
                if seen.load(Ordering::SeqCst) {
                    break;
                }
                // Save the cursor, go up to the countdown line, rewrite it, come back.
                let mut out = io::stdout().lock();
                let _ = write!(
                    out,
                    "\u{1b}7\u{1b}[{below}A\r\u{1b}[2K{}\u{1b}8",
                    Self::text(deadline)
                );
                let _ = out.flush();
            }
        });
        Countdown {
            stop,
            thread: Some(thread),
        }
    }

    fn text(deadline: std::time::Instant) -> String {
        let left = deadline
            .saturating_duration_since(std::time::Instant::now())
            .as_secs_f64()
            .ceil() as u64;
        if left == 0 {
            "⏱  time's up: an answer now scores nothing"
                .red()
                .bold()
                .to_string()
        } else {
            format!("⏱  {left} s left").yellow().bold().to_string()
        }
    }
}

impl Drop for Countdown {
    fn drop(&mut self) {
        self.stop.store(true, std::sync::atomic::Ordering::SeqCst);
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

/// A typed answer as a reply.
fn typed_reply(read: io::Result<Typed>) -> io::Result<Reply> {
    Ok(match read? {
        Typed::Line(line) => Reply::Answer(line),
        Typed::End => Reply::EndOfInput,
        Typed::Interrupted => Reply::Interrupted,
    })
}

impl TerminalUi {
    /// A choice: our own menu (letters, numbers and t/f choose, as in plain mode), each
    /// option broken to the width; the answer is echoed without a verdict's tick.
    fn pick(&mut self, cue: &str, items: &[String]) -> io::Result<Reply> {
        let cue = if cue.is_empty() { "Pick one" } else { cue };
        let menu = Menu::new(cue, items);
        // A timed drill question shows a countdown on the line above the menu; the cursor
        // waits on the row below the menu.
        let below = menu.rows(self.cols()) + 1;
        let countdown = self.deadline.take().map(|d| Countdown::start(d, below));
        let picked = menu.run(&self.term);
        drop(countdown);
        match picked? {
            Picked::Option(k) => {
                let mut echo = String::new();
                self.theme
                    .format_select_prompt_selection(&mut echo, cue, &items[k])
                    .map_err(io::Error::other)?;
                self.line(&echo)?;
                Ok(Reply::Answer(items[k].clone()))
            }
            Picked::Stop => Ok(Reply::EndOfInput),
            Picked::Interrupted => Ok(Reply::Interrupted),
        }
    }

    /// A typed answer, under the question's items (a timeline's events) if it has any.
    fn type_in(&mut self, prompt: &str, ask: &str, items: &[String]) -> io::Result<Reply> {
        // The countdown goes above the items, so that it counts the rows they take too.
        let cols = self.cols();
        let head = typed_head(&self.theme, prompt)?;
        // Each item's lines hang under its text, past its letter.
        let lines: Vec<String> = items
            .iter()
            .enumerate()
            .flat_map(|(k, item)| {
                let label = format!("  {}) ", letter(k).to_ascii_uppercase());
                wrap(&format!("{label}{item}"), cols, &hang_of(&label))
            })
            .collect();
        let below = lines.len() + broken(&head, cols).lines().count().max(1);
        let countdown = self.deadline.take().map(|d| Countdown::start(d, below));
        self.lines(&lines)?;
        let reply = typed_reply(read_typed(&self.term, &self.theme, &head, ask));
        drop(countdown);
        reply
    }
}

/// The typed prompt with its help, and the prompt alone (shown with the answer once given).
fn typed_prompt(q: &Question) -> (String, String) {
    let cue = clean(&q.cue);
    let ask = if cue.is_empty() {
        "Your answer".to_string()
    } else {
        cue
    };
    let help = if matches!(q.expect, Expect::Sequence(_)) {
        "Ctrl-C to stop"
    } else {
        "? for a hint, Ctrl-C to stop"
    };
    (format!("{ask} ({help})"), ask)
}

impl Ui for TerminalUi {
    fn ask(&mut self, q: &Question, p: &Progress) -> io::Result<Reply> {
        let streak = if p.streak >= 2 {
            format!(" · streak {} 🔥", p.streak)
        } else {
            String::new()
        };
        let topic = q
            .topic
            .as_deref()
            .map(|t| format!(" · {}", one_line(t)))
            .unwrap_or_default();
        self.line("")?;
        // In a drill the board shows the score; the header only says where the round is.
        let header = if p.rounds {
            format!("Round {}/{}{topic}{streak}", p.number, p.total)
        } else {
            format!(
                "Question {}{topic} · {} correct{streak}",
                counter(p),
                p.correct
            )
        };
        self.line(&header.dimmed().to_string())?;
        self.line(&one_line(&q.prompt).bold().to_string())?;
        let cue = clean(&q.cue);
        let items: Vec<String> = q.choices.iter().map(|c| one_line(c)).collect();
        match &q.expect {
            Expect::Option(_) => self.pick(&cue, &items),
            Expect::Sequence(_) | Expect::Text | Expect::Estimate => {
                let (prompt, ask) = typed_prompt(q);
                self.type_in(&prompt, &ask, &items)
            }
        }
    }

    /// After a hint or a malformed order: only the prompt again, not the whole question.
    fn ask_again(&mut self, q: &Question, p: &Progress) -> io::Result<Reply> {
        match &q.expect {
            Expect::Option(_) => self.ask(q, p),
            Expect::Sequence(_) | Expect::Text | Expect::Estimate => {
                let (prompt, ask) = typed_prompt(q);
                self.type_in(&prompt, &ask, &[])
            }
        }
    }

    fn retry(&mut self, why: &str) -> io::Result<()> {
        self.line(&format!("  {}", clean(why)).yellow().to_string())
    }

    fn hint(&mut self, text: &str) -> io::Result<()> {
        self.line(&format!("  Hint: {}", clean(text)).cyan().to_string())
    }

    fn feedback(&mut self, f: &Feedback<'_>) -> io::Result<AfterFeedback> {
        let r = f.record;
        let label = verdict_label(r.verdict);
        let expected = one_line(&r.expected);
        let headline = match r.verdict {
            Verdict::Correct if f.streak_after >= 3 => {
                format!("{} — {} in a row!", label.green().bold(), f.streak_after)
            }
            Verdict::Correct => label.green().bold().to_string(),
            Verdict::Close => format!(
                "{}: the answer is {}",
                label.yellow().bold(),
                expected.bold()
            ),
            Verdict::Wrong => format!("{}: the answer is {}", label.red().bold(), expected.bold()),
        };
        self.line(&headline)?;
        if let Some(why) = f.reason.filter(|_| r.verdict != Verdict::Correct) {
            self.line(&format!("  {why}").yellow().to_string())?;
        }
        if let Some(shown) = &f.question.altered {
            let said = format!(
                "  It said {}; the fact says {}.",
                one_line(shown).red(),
                one_line(&crate::question::as_stated(f.card)).green()
            );
            self.line(&said)?;
        }
        // The answer stands out in the fact: underlined in colour, in brackets without.
        let marked = if colored::control::SHOULD_COLORIZE.should_colorize() {
            let answer = one_line(f.card.answer_text())
                .bold()
                .underline()
                .to_string();
            fact_marked(f.card, "", "").replacen(&one_line(f.card.answer_text()), &answer, 1)
        } else {
            fact_marked(f.card, "[", "]")
        };
        self.line(&format!("  {marked}"))?;
        for (label, event) in timeline_dated(f.question) {
            self.line(&format!("  {label}{event}"))?;
        }
        if let Some(note) = &f.card.note {
            self.line(&format!("  Note: {}", one_line(note)).italic().to_string())?;
        }
        let typed = match f.then {
            Then::GoOn => return Ok(AfterFeedback::Continue),
            Then::Read => false,
            Then::MayOverride => true,
        };
        let prompt = if typed {
            "  Press r if you were right, any other key to go on."
        } else {
            "  Press any key to go on."
        };
        self.line(&prompt.dimmed().to_string())?;
        match self.term.read_key() {
            Ok(Key::Char('r' | 'R')) if typed => {
                self.line(
                    &"  Counted as correct (override recorded)."
                        .green()
                        .to_string(),
                )?;
                Ok(AfterFeedback::Override)
            }
            Ok(_) => Ok(AfterFeedback::Continue),
            Err(e) if e.kind() == io::ErrorKind::Interrupted => Ok(AfterFeedback::Interrupted),
            Err(e) if e.kind() == io::ErrorKind::UnexpectedEof => Ok(AfterFeedback::Continue),
            Err(e) => Err(e),
        }
    }

    fn summary(&mut self, s: &Summary, end: End) -> io::Result<()> {
        self.term.show_cursor()?;
        self.line("")?;
        // Ctrl-C, and q, Esc or Ctrl-D at a prompt, all stop a session before its end.
        if end != End::Finished {
            self.line(&"Stopped.".dimmed().to_string())?;
        }
        let mut lines = summary_lines(s).into_iter();
        if let Some(first) = lines.next() {
            self.line(&first.bold().to_string())?;
        }
        for line in lines {
            self.line(&line)?;
        }
        self.line(
            &format!("Score: {}/{}", s.correct, s.answered)
                .bold()
                .to_string(),
        )
    }
}
