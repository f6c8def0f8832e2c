//! JSON lines on stdout, answers read from stdin: the interface for autograders and tests.

use super::lines::Lines;
use super::plain::read_reply;
use super::{AfterFeedback, Feedback, Progress, Reply, Ui};
use crate::event::{self, Event};
use crate::question::Question;
use crate::sanitize::{one_line, Terminal};
use crate::turn::{End, Summary};
use std::io::{self, Write};

/// JSON-lines interface over any reader and writer.
pub struct JsonUi<R, W: Write> {
    input: R,
    out: Terminal<W>,
}

impl<R: Lines, W: Write> JsonUi<R, W> {
    /// Reads answers from `input`, writes one JSON object per line to `out`.
    pub fn new(input: R, out: W) -> Self {
        JsonUi {
            input,
            out: Terminal::new(out, false),
        }
    }

    /// Writes an event as one line, with what serde_json leaves raw (C1, bidi) escaped.
    pub(super) fn emit(&mut self, event: &Event) -> io::Result<()> {
        writeln!(self.out, "{}", event::line(event)?)?;
        self.out.flush()
    }
}

impl<R: Lines, W: Write> Ui for JsonUi<R, W> {
    fn ask(&mut self, q: &Question, p: &Progress) -> io::Result<Reply> {
        self.emit(&Event::question(q, p.number, p.total, p.again))?;
        read_reply(&mut self.input)
    }

    fn feedback(&mut self, f: &Feedback<'_>) -> io::Result<AfterFeedback> {
        let r = f.record;
        self.emit(&Event::Answer {
            card: r.card.0.clone(),
            kind: r.kind.to_string(),
            format: r.format.name().to_string(),
            expected: one_line(&r.expected),
            given: one_line(&r.given),
            verdict: r.verdict.name().to_string(),
            elapsed_ms: r.elapsed_ms,
            fact: one_line(&f.card.fact()),
            reason: f.reason.map(one_line),
            altered: f.question.altered.as_deref().map(one_line),
            hints: r.hints,
        })?;
        Ok(AfterFeedback::Continue)
    }

    fn hint(&mut self, text: &str) -> io::Result<()> {
        self.emit(&Event::Hint {
            text: one_line(text),
        })
    }

    fn retry(&mut self, why: &str) -> io::Result<()> {
        self.emit(&Event::Retry {
            reason: one_line(why),
        })
    }

    fn summary(&mut self, s: &Summary, end: End) -> io::Result<()> {
        self.emit(&Event::Summary {
            answered: s.answered,
            correct: s.correct,
            close: s.close,
            wrong: s.wrong,
            elapsed_ms: s.elapsed_ms,
            end,
        })
    }
}
