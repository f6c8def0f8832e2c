//! Plain text: questions printed, one answer line read per question. For pipes and scripts.

use super::lines::{Line, Lines};
use super::text::{counter, fact_marked, letter, summary_lines, timeline_dated, verdict_label};
use super::wrap::WrapLines;
use super::{AfterFeedback, Feedback, Progress, Reply, Ui};
use crate::grade::Verdict;
use crate::question::{Expect, Question};
use crate::sanitize::{one_line, Terminal};
use crate::turn::{End, Summary};
use std::io::{self, Write};

/// Plain-text interface over any reader and writer.
pub struct PlainUi<R, W: Write> {
    input: R,
    /// Everything shown passes the sanitizer, whatever writer it was given, so no line here
    /// needs to clean deck text for safety (`one_line` keeps a piece to its line).
    pub(super) out: Terminal<WrapLines<W>>,
}

impl<R: Lines, W: Write> PlainUi<R, W> {
    /// Reads answers from `input`, writes to `out` without colour or control characters.
    pub fn new(input: R, out: W) -> Self {
        Self::wrapped(input, out, false)
    }

    /// As [`PlainUi::new`], with every line broken between words to the width of standard
    /// output when `on_terminal` (it is one: `--plain` or `TERM=dumb` at a terminal).
    pub fn wrapped(input: R, out: W, on_terminal: bool) -> Self {
        PlainUi {
            input,
            out: Terminal::new(WrapLines::new(out, on_terminal), false),
        }
    }
}

/// Reads one answer line as a reply.
pub(super) fn read_reply(input: &mut impl Lines) -> io::Result<Reply> {
    Ok(match input.next_line()? {
        Line::Text(a) => Reply::Answer(a),
        Line::End => Reply::EndOfInput,
        Line::Interrupted => Reply::Interrupted,
    })
}

impl<R: Lines, W: Write> Ui for PlainUi<R, W> {
    fn ask(&mut self, q: &Question, p: &Progress) -> io::Result<Reply> {
        writeln!(
            self.out,
            "{} {} [{}]",
            if p.rounds { "Round" } else { "Question" },
            counter(p),
            q.kind.name()
        )?;
        writeln!(self.out, "{}", one_line(&q.prompt))?;
        if !q.cue.is_empty() {
            writeln!(self.out, "{}", q.cue)?;
        }
        let upper = matches!(q.expect, Expect::Sequence(_));
        for (k, c) in q.choices.iter().enumerate() {
            let l = if upper {
                letter(k).to_ascii_uppercase()
            } else {
                letter(k)
            };
            writeln!(self.out, "  {l}) {}", one_line(c))?;
        }
        self.out.flush()?;
        read_reply(&mut self.input)
    }

    fn feedback(&mut self, f: &Feedback<'_>) -> io::Result<AfterFeedback> {
        let r = f.record;
        let mut line = verdict_label(r.verdict).to_string();
        if r.verdict != Verdict::Correct {
            line.push_str(&format!(": the answer is {}", one_line(&r.expected)));
        }
        if let Some(why) = f.reason.filter(|_| r.verdict != Verdict::Correct) {
            line.push_str(&format!(" — {why}"));
        }
        writeln!(self.out, "{line}")?;
        if let Some(shown) = &f.question.altered {
            writeln!(
                self.out,
                "  It said {}; the fact says {}.",
                one_line(shown),
                one_line(&crate::question::as_stated(f.card))
            )?;
        }
        writeln!(self.out, "  {}", fact_marked(f.card, "[", "]"))?;
        for (label, event) in timeline_dated(f.question) {
            writeln!(self.out, "  {label}{event}")?;
        }
        if let Some(note) = &f.card.note {
            writeln!(self.out, "  Note: {}", one_line(note))?;
        }
        writeln!(self.out)?;
        Ok(AfterFeedback::Continue)
    }

    /// The question is still on screen above the hint: only the next answer is read.
    fn ask_again(&mut self, _q: &Question, _p: &Progress) -> io::Result<Reply> {
        self.out.flush()?;
        read_reply(&mut self.input)
    }

    fn hint(&mut self, text: &str) -> io::Result<()> {
        writeln!(self.out, "Hint: {text}")
    }

    fn retry(&mut self, why: &str) -> io::Result<()> {
        writeln!(self.out, "{}", one_line(why))
    }

    fn summary(&mut self, s: &Summary, end: End) -> io::Result<()> {
        if end == End::Interrupted {
            writeln!(self.out, "Stopped.")?;
        }
        for line in summary_lines(s) {
            writeln!(self.out, "{line}")?;
        }
        writeln!(self.out, "Score: {}/{}", s.correct, s.answered)?;
        self.out.flush()
    }
}
