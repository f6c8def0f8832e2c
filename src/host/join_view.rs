//! What `factdrill join` prints: JSON lines (`--json`), or plain text.

use super::client::JoinView;
use crate::event::{self, Event};
use crate::sanitize::Terminal;
use std::io::{self, Write};

/// One JSON event per line.
pub struct JsonJoin<W: Write>(pub Terminal<W>);

impl<W: Write> JoinView for JsonJoin<W> {
    fn show(&mut self, e: &Event) -> io::Result<()> {
        writeln!(self.0, "{}", event::line(e)?)?;
        self.0.flush()
    }
}

/// Plain lines for a person.
pub struct TextJoin<W: Write>(pub Terminal<W>);

impl<W: Write> JoinView for TextJoin<W> {
    fn show(&mut self, e: &Event) -> io::Result<()> {
        let text = match e {
            Event::Welcome { name, team, total } => {
                let team = team.as_ref().map(|t| format!(", team {t}")).unwrap_or_default();
                format!("You are in the game as {name}{team} ({total} points). Wait for the teacher.")
            }
            Event::Question { number, total, prompt, cue, choices, .. } => {
                let mut s = format!("\nQuestion {number} of {total}\n{prompt}");
                if !cue.is_empty() {
                    s.push_str(&format!("\n{cue}"));
                }
                for (k, c) in choices.iter().enumerate() {
                    s.push_str(&format!("\n  {}) {c}", k + 1));
                }
                s.push_str("\n> ");
                write!(self.0, "{s}")?;
                return self.0.flush();
            }
            Event::Received { .. } => "Answer received; wait for the others.".into(),
            Event::Result { answer, verdict, points, total, rank, players, .. } => format!(
                "{}: the answer was {answer}. +{points} points, {total} in all, place {rank} of {players}.",
                match verdict.as_str() {
                    "correct" => "Right",
                    "close" => "Close",
                    "none" => "No answer",
                    _ => "Wrong",
                }
            ),
            Event::Final { total, rank, players } => {
                format!("Game over: place {rank} of {players}, with {total} points.")
            }
            Event::Refused { reason, .. } => format!("Refused: {reason}"),
            _ => return Ok(()),
        };
        writeln!(self.0, "{text}")?;
        self.0.flush()
    }
}
