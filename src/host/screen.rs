//! The teacher's screen of a live game: JSON lines for scripts and tests, or text for a
//! terminal (countdown, answers, distribution, scoreboard, podium). Both write through the
//! sanitizer: names and answers come from the network.

use super::game::Reveal;
use crate::chart::{bars, standings, Glyphs};
use crate::event::{self, Count, Event};
use crate::question::Question;
use crate::sanitize::{one_line, Terminal};
use crate::turn::End;
use colored::Colorize;
use std::io::{self, Write};

/// What the teacher sees.
pub trait Screen {
    /// The game is open: where to join, and the QR code of the link (text, may be empty).
    fn lobby(&mut self, address: &str, link: &str, pin: &str, qr: &str) -> io::Result<()>;
    /// A student joined.
    fn joined(&mut self, name: &str, team: Option<&str>, players: usize) -> io::Result<()>;
    /// The teacher removed a student.
    fn removed(&mut self, name: &str, players: usize) -> io::Result<()>;
    /// A question opens.
    fn question(
        &mut self,
        number: usize,
        total: usize,
        q: &Question,
        limit_s: u64,
    ) -> io::Result<()>;
    /// Answers so far, with the seconds left.
    fn answers(
        &mut self,
        number: usize,
        answered: usize,
        players: usize,
        left_s: u64,
    ) -> io::Result<()>;
    /// The answer and what was answered.
    fn reveal(&mut self, reveal: &Reveal) -> io::Result<()>;
    /// Standings (name, total, gained), best first; team standings after them, if any.
    fn scoreboard(
        &mut self,
        number: usize,
        rows: &[(String, u32, u32)],
        teams: &[(String, u32, u32)],
    ) -> io::Result<()>;
    /// The end: the podium, best first, and each player's missed facts.
    fn podium(
        &mut self,
        rows: &[(String, u32)],
        missed: &[(String, Vec<String>)],
        end: End,
    ) -> io::Result<()>;
    /// The results files.
    fn end(&mut self, csv: &str, json: &str) -> io::Result<()>;
    /// Tells the teacher what key does what now.
    fn hint(&mut self, text: &str) -> io::Result<()>;
}

/// One JSON event per line.
pub struct JsonScreen<W: Write> {
    out: Terminal<W>,
    /// The question and count of the last `answers` event: one event per change.
    counted: (usize, usize),
}

impl<W: Write> JsonScreen<W> {
    /// Writes to `out`.
    pub fn new(out: W) -> Self {
        JsonScreen {
            out: Terminal::new(out, false),
            counted: (0, usize::MAX),
        }
    }

    fn emit(&mut self, e: &Event) -> io::Result<()> {
        writeln!(self.out, "{}", event::line(e)?)?;
        self.out.flush()
    }
}

impl<W: Write> Screen for JsonScreen<W> {
    fn lobby(&mut self, address: &str, link: &str, pin: &str, _qr: &str) -> io::Result<()> {
        self.emit(&Event::Lobby {
            address: address.into(),
            link: link.into(),
            pin: pin.into(),
        })
    }
    fn joined(&mut self, name: &str, team: Option<&str>, players: usize) -> io::Result<()> {
        self.emit(&Event::Joined {
            name: one_line(name),
            team: team.map(one_line),
            players,
        })
    }
    fn removed(&mut self, name: &str, players: usize) -> io::Result<()> {
        self.emit(&Event::Removed {
            name: one_line(name),
            players,
        })
    }
    fn question(&mut self, number: usize, total: usize, q: &Question, _: u64) -> io::Result<()> {
        self.emit(&Event::question(q, number, total, false))
    }
    fn answers(
        &mut self,
        number: usize,
        answered: usize,
        players: usize,
        _: u64,
    ) -> io::Result<()> {
        if self.counted == (number, answered) {
            return Ok(());
        }
        self.counted = (number, answered);
        self.emit(&Event::Answers {
            number,
            answered,
            players,
        })
    }
    fn reveal(&mut self, r: &Reveal) -> io::Result<()> {
        self.emit(&Event::Reveal {
            number: r.number,
            answer: one_line(&r.answer),
            fact: one_line(&r.fact),
            counts: r
                .counts
                .iter()
                .map(|(a, n)| Count {
                    answer: one_line(a),
                    players: *n,
                })
                .collect(),
            correct: correct(r),
        })
    }
    fn scoreboard(
        &mut self,
        number: usize,
        rows: &[(String, u32, u32)],
        teams: &[(String, u32, u32)],
    ) -> io::Result<()> {
        let all: Vec<(String, u32, u32)> = rows.iter().chain(teams).cloned().collect();
        self.emit(&Event::scoreboard(number, &all))
    }
    fn podium(
        &mut self,
        rows: &[(String, u32)],
        missed: &[(String, Vec<String>)],
        end: End,
    ) -> io::Result<()> {
        self.emit(&Event::podium(rows, missed, end))
    }
    fn end(&mut self, csv: &str, json: &str) -> io::Result<()> {
        self.emit(&Event::End {
            csv: csv.into(),
            json: json.into(),
        })
    }
    fn hint(&mut self, _text: &str) -> io::Result<()> {
        Ok(())
    }
}

fn correct(r: &Reveal) -> usize {
    r.marks
        .iter()
        .filter(|m| m.verdict == Some(crate::grade::Verdict::Correct))
        .count()
}

/// The presenter's screen on a terminal.
pub struct TextScreen<W: Write> {
    out: Terminal<W>,
    /// The count and seconds last shown, so that a line is written only when they change.
    shown: (usize, u64),
}

impl<W: Write> TextScreen<W> {
    /// Writes to `out`, in colour if `colour`.
    pub fn new(out: W, colour: bool) -> Self {
        TextScreen {
            out: Terminal::new(out, colour),
            shown: (usize::MAX, 0),
        }
    }

    fn line(&mut self, text: &str) -> io::Result<()> {
        writeln!(self.out, "{text}")?;
        self.out.flush()
    }
}

impl<W: Write> Screen for TextScreen<W> {
    fn lobby(&mut self, address: &str, link: &str, pin: &str, qr: &str) -> io::Result<()> {
        self.line(&format!("{}", "factdrill — live quiz".bold()))?;
        self.line(qr)?;
        self.line(&format!("Join at   {}", link.bold()))?;
        self.line(&format!("Game PIN  {}", pin.bold()))?;
        self.line(&format!("Address   {address}  (for `factdrill join`)"))?;
        self.line("Players arrive below.")
    }
    fn joined(&mut self, name: &str, team: Option<&str>, players: usize) -> io::Result<()> {
        let team = team.map(|t| format!(" ({t})")).unwrap_or_default();
        self.line(&format!("  + {name}{team}   [{players} in the game]"))
    }
    fn removed(&mut self, name: &str, players: usize) -> io::Result<()> {
        self.line(&format!("  - {name} removed   [{players} in the game]"))
    }
    fn question(
        &mut self,
        number: usize,
        total: usize,
        q: &Question,
        limit_s: u64,
    ) -> io::Result<()> {
        self.shown = (usize::MAX, limit_s);
        self.line("")?;
        self.line(&format!(
            "{}",
            format!("Question {number} of {total}  ·  {limit_s} s").bold()
        ))?;
        self.line(&q.prompt)?;
        if !q.cue.is_empty() {
            self.line(&q.cue)?;
        }
        for (k, c) in q.choices.iter().enumerate() {
            self.line(&format!("  {}) {c}", k + 1))?;
        }
        Ok(())
    }
    fn answers(
        &mut self,
        _number: usize,
        answered: usize,
        players: usize,
        left_s: u64,
    ) -> io::Result<()> {
        // A line when someone answers, and a countdown every five seconds: the whole class
        // reads the screen, and the lines stay readable in a log.
        let tick = left_s.is_multiple_of(5) && left_s != self.shown.1;
        if answered == self.shown.0 && !tick {
            return Ok(());
        }
        self.shown = (answered, left_s);
        self.line(&format!(
            "  {left_s:>3} s left   {answered}/{players} answered"
        ))
    }
    fn reveal(&mut self, r: &Reveal) -> io::Result<()> {
        self.line(&format!("Answer: {}", r.answer.green().bold()))?;
        self.line(&format!("  {}", r.fact))?;
        let labels: Vec<String> = r.counts.iter().map(|c| c.0.clone()).collect();
        let values: Vec<usize> = r.counts.iter().map(|c| c.1).collect();
        for line in bars(&labels, &values, 20, Glyphs::detect()) {
            self.line(&format!("  {line}"))?;
        }
        let answered: usize = values.iter().sum();
        self.line(&format!("  {} right of {answered} answers", correct(r)))
    }
    fn scoreboard(
        &mut self,
        _number: usize,
        rows: &[(String, u32, u32)],
        teams: &[(String, u32, u32)],
    ) -> io::Result<()> {
        self.line("Scoreboard")?;
        // The best five on the screen the class watches; everyone sees their own place.
        let mut shown: Vec<(String, u32, u32)> = rows.iter().take(5).cloned().collect();
        shown.extend(teams.iter().map(|(n, t, g)| (format!("team {n}"), *t, *g)));
        for line in standings(&shown, 30, Glyphs::detect()) {
            self.line(&format!("  {line}"))?;
        }
        Ok(())
    }
    fn podium(
        &mut self,
        rows: &[(String, u32)],
        _missed: &[(String, Vec<String>)],
        end: End,
    ) -> io::Result<()> {
        self.line("")?;
        let title = if end == End::Finished {
            "Podium"
        } else {
            "Podium (game stopped)"
        };
        self.line(&format!("{}", title.bold()))?;
        for (k, (name, total)) in rows.iter().take(3).enumerate() {
            let medal = ["1st", "2nd", "3rd"][k];
            self.line(&format!("  {medal}  {name:<20} {total:>6}"))?;
        }
        Ok(())
    }
    fn end(&mut self, csv: &str, json: &str) -> io::Result<()> {
        self.line(&format!("Results: {csv} and {json}"))
    }
    fn hint(&mut self, text: &str) -> io::Result<()> {
        self.line(&format!("{}", text.dimmed()))
    }
}
