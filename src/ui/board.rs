//! The drill's announcements and scoreboard in each interface.

use super::lines::Lines;
use super::text::form_words;
use super::{JsonUi, PlainUi, TerminalUi};
use crate::chart::{standings, Glyphs};
use crate::event::Event;
use crate::question::Format;
use crate::sanitize::one_line;
use crate::turn::{DrillAnswer, End};
use colored::Colorize;
use std::io::{self, Write};

/// The scoreboard and announcements of a drill, beside the questions a `Ui` asks.
pub trait Board {
    /// A round begins.
    fn round(&mut self, round: usize, rounds: usize, form: Format) -> io::Result<()>;
    /// A seat's turn (and who answers for a team); `limit_s` is the time to answer.
    fn turn(&mut self, seat: &str, player: &str, limit_s: Option<u64>) -> io::Result<()>;
    /// Points for an answer, with the seat's total.
    fn scored(&mut self, answer: &DrillAnswer, total: u32) -> io::Result<()>;
    /// Standings: name, total and points gained this round, best first.
    fn scoreboard(&mut self, round: usize, rows: &[(String, u32, u32)]) -> io::Result<()>;
    /// The end: the podium (best first) and each seat's missed facts.
    fn podium(
        &mut self,
        rows: &[(String, u32)],
        missed: &[(String, Vec<String>)],
        end: End,
    ) -> io::Result<()>;
}

fn points_note(a: &DrillAnswer) -> String {
    if a.late {
        "too late: no points".to_string()
    } else {
        format!("+{} points", a.points)
    }
}

fn missed_lines(missed: &[(String, Vec<String>)]) -> Vec<String> {
    let mut out = Vec::new();
    for (name, facts) in missed.iter().filter(|(_, f)| !f.is_empty()) {
        out.push(format!("{} missed:", one_line(name)));
        out.extend(facts.iter().map(|f| format!("  - {}", one_line(f))));
    }
    out
}

impl<R: Lines, W: Write> Board for PlainUi<R, W> {
    fn round(&mut self, round: usize, rounds: usize, form: Format) -> io::Result<()> {
        writeln!(
            self.out,
            "=== Round {round}/{rounds}: {} ===",
            form_words(form)
        )
    }

    fn turn(&mut self, seat: &str, player: &str, limit_s: Option<u64>) -> io::Result<()> {
        let who = if seat == player {
            one_line(seat)
        } else {
            format!("{} ({})", one_line(seat), one_line(player))
        };
        let limit = limit_s
            .map(|s| format!(" — {s} seconds"))
            .unwrap_or_default();
        writeln!(self.out, "{who}, your turn{limit}")
    }

    fn scored(&mut self, a: &DrillAnswer, total: u32) -> io::Result<()> {
        writeln!(
            self.out,
            "{}: {} (total {total})",
            one_line(&a.seat),
            points_note(a)
        )?;
        writeln!(self.out)
    }

    fn scoreboard(&mut self, round: usize, rows: &[(String, u32, u32)]) -> io::Result<()> {
        writeln!(self.out, "Scoreboard after round {round}:")?;
        for (k, (name, total, gain)) in rows.iter().enumerate() {
            writeln!(
                self.out,
                "  {}. {} {total} (+{gain})",
                k + 1,
                one_line(name)
            )?;
        }
        writeln!(self.out)
    }

    fn podium(
        &mut self,
        rows: &[(String, u32)],
        missed: &[(String, Vec<String>)],
        end: End,
    ) -> io::Result<()> {
        let heading = if end == End::Interrupted {
            "Stopped — scores so far:"
        } else {
            "Final scores:"
        };
        writeln!(self.out, "{heading}")?;
        for (k, (name, total)) in rows.iter().enumerate() {
            writeln!(self.out, "  {}. {} {total}", k + 1, one_line(name))?;
        }
        for line in missed_lines(missed) {
            writeln!(self.out, "{line}")?;
        }
        let winners: Vec<String> = rows
            .iter()
            .filter(|r| Some(r.1) == rows.first().map(|f| f.1))
            .map(|r| one_line(&r.0))
            .collect();
        writeln!(self.out, "Winner: {}", winners.join(", "))?;
        self.out.flush()
    }
}

impl<R: Lines, W: Write> Board for JsonUi<R, W> {
    fn round(&mut self, round: usize, rounds: usize, form: Format) -> io::Result<()> {
        self.emit(&Event::Round {
            round,
            rounds,
            format: form.name().to_string(),
        })
    }

    fn turn(&mut self, seat: &str, player: &str, limit_s: Option<u64>) -> io::Result<()> {
        self.emit(&Event::Turn {
            seat: one_line(seat),
            player: one_line(player),
            time_limit_s: limit_s,
        })
    }

    fn scored(&mut self, a: &DrillAnswer, total: u32) -> io::Result<()> {
        self.emit(&Event::Points {
            seat: one_line(&a.seat),
            player: one_line(&a.player),
            round: a.round,
            points: a.points,
            late: a.late,
            total,
        })
    }

    fn scoreboard(&mut self, round: usize, rows: &[(String, u32, u32)]) -> io::Result<()> {
        self.emit(&Event::scoreboard(round, rows))
    }

    fn podium(
        &mut self,
        rows: &[(String, u32)],
        missed: &[(String, Vec<String>)],
        end: End,
    ) -> io::Result<()> {
        self.emit(&Event::podium(rows, missed, end))
    }
}

/// Block-letter-free "large" output: wide spacing, bold, and bars a room can read.
impl Board for TerminalUi {
    fn round(&mut self, round: usize, rounds: usize, form: Format) -> io::Result<()> {
        self.line("")?;
        self.line(
            &format!(
                "══════  ROUND {round} OF {rounds}  ·  {}  ══════",
                form_words(form)
            )
            .bold()
            .to_string(),
        )
    }

    fn turn(&mut self, seat: &str, player: &str, limit_s: Option<u64>) -> io::Result<()> {
        self.deadline =
            limit_s.map(|s| std::time::Instant::now() + std::time::Duration::from_secs(s));
        let who = if seat == player {
            one_line(seat)
        } else {
            format!("{} — {}", one_line(seat), one_line(player))
        };
        let limit = limit_s.map(|s| format!("   ⏱ {s} s")).unwrap_or_default();
        self.line("")?;
        self.line(
            &format!("▶  {}{limit}", who.to_uppercase())
                .cyan()
                .bold()
                .to_string(),
        )
    }

    fn scored(&mut self, a: &DrillAnswer, total: u32) -> io::Result<()> {
        let note = points_note(a);
        let note = if a.points > 0 {
            note.green().bold()
        } else {
            note.red().bold()
        };
        self.line(&format!(
            "   {note}   ({} now has {total})",
            one_line(&a.seat)
        ))
    }

    fn scoreboard(&mut self, round: usize, rows: &[(String, u32, u32)]) -> io::Result<()> {
        self.line("")?;
        self.line(&format!("SCOREBOARD AFTER ROUND {round}").bold().to_string())?;
        for line in standings(rows, 40, Glyphs::detect()) {
            self.line(&format!("   {line}"))?;
        }
        Ok(())
    }

    fn podium(
        &mut self,
        rows: &[(String, u32)],
        missed: &[(String, Vec<String>)],
        end: End,
    ) -> io::Result<()> {
        self.term.show_cursor()?;
        self.line("")?;
        // Ctrl-C, and q, Esc or Ctrl-D at a prompt, all stop a drill before its end.
        if end != End::Finished {
            self.line(&"Stopped — scores so far:".dimmed().to_string())?;
        }
        let medals = ["🥇", "🥈", "🥉"];
        for (k, (name, total)) in rows.iter().enumerate() {
            let medal = medals.get(k).copied().unwrap_or("  ");
            self.line(
                &format!("   {medal}  {}  {total}", one_line(name).to_uppercase())
                    .bold()
                    .to_string(),
            )?;
        }
        for line in missed_lines(missed) {
            self.line(&line)?;
        }
        Ok(())
    }
}
