//! The interactive terminal: dialoguer prompts, colour, a running score, one-key override.

use super::text::{summary_lines, verdict_label};
use super::{AfterFeedback, Feedback, Progress, Reply, Ui};
use crate::grade::Verdict;
use crate::question::{Format, Question};
use crate::sanitize::{clean, one_line};
use crate::session::{End, Summary};
use colored::Colorize;
use console::{Key, Term};
use dialoguer::theme::ColorfulTheme;
use dialoguer::{Input, Select};
use std::io;

/// Interactive interface on the process's terminal.
pub struct TerminalUi {
    term: Term,
    theme: ColorfulTheme,
}

impl Default for TerminalUi {
    fn default() -> Self {
        TerminalUi {
            term: Term::stdout(),
            theme: ColorfulTheme::default(),
        }
    }
}

impl TerminalUi {
    /// An interface on stdout (only used when stdin, stdout and stderr are all terminals).
    pub fn new() -> Self {
        Self::default()
    }

    fn line(&self, text: &str) -> io::Result<()> {
        self.term.write_line(text)
    }
}

/// Ctrl-C while a prompt reads keys arrives as an `Interrupted` error (our SIGINT handler
/// keeps the process alive so that the summary can be shown).
fn reply_from(result: dialoguer::Result<Reply>) -> io::Result<Reply> {
    match result {
        Ok(r) => Ok(r),
        Err(dialoguer::Error::IO(e)) if e.kind() == io::ErrorKind::Interrupted => {
            Ok(Reply::Interrupted)
        }
        Err(dialoguer::Error::IO(e)) if e.kind() == io::ErrorKind::UnexpectedEof => {
            Ok(Reply::EndOfInput)
        }
        Err(dialoguer::Error::IO(e)) => Err(e),
    }
}

impl Ui for TerminalUi {
    fn ask(&mut self, q: &Question, p: &Progress) -> io::Result<Reply> {
        let streak = if p.streak >= 2 {
            format!(" · streak {} 🔥", p.streak)
        } else {
            String::new()
        };
        self.line("")?;
        self.line(
            &format!(
                "Question {}/{} · {} correct{streak}",
                p.number, p.total, p.correct
            )
            .dimmed()
            .to_string(),
        )?;
        self.line(&one_line(&q.prompt).bold().to_string())?;
        let cue = clean(&q.cue);
        let result = match q.format {
            Format::Choice => {
                let items: Vec<String> = q.choices.iter().map(|c| one_line(c)).collect();
                Select::with_theme(&self.theme)
                    .with_prompt(cue)
                    .items(&items)
                    .default(0)
                    .interact_on_opt(&self.term)
                    .map(|k| k.map_or(Reply::EndOfInput, |k| Reply::Answer(items[k].clone())))
            }
            Format::Typed => Input::<String>::with_theme(&self.theme)
                .with_prompt(format!("{cue} (Ctrl-C to stop)"))
                .allow_empty(true)
                .interact_text_on(&self.term)
                .map(Reply::Answer),
        };
        reply_from(result)
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
        self.line(
            &format!("  {}", one_line(&f.card.fact()))
                .dimmed()
                .to_string(),
        )?;
        if let Some(note) = &f.card.note {
            self.line(&format!("  Note: {}", one_line(note)).italic().to_string())?;
        }
        if r.verdict != Verdict::Wrong {
            return Ok(AfterFeedback::Continue);
        }
        self.line(
            &"  Press r if you were right, any other key to go on."
                .dimmed()
                .to_string(),
        )?;
        match self.term.read_key() {
            Ok(Key::Char('r' | 'R')) => {
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
        if end == End::Interrupted {
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
