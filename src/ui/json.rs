//! JSON lines on stdout, answers read from stdin: the interface for autograders and tests.

use super::lines::Lines;
use super::plain::read_reply;
use super::{AfterFeedback, Feedback, Progress, Reply, Ui};
use crate::question::Question;
use crate::sanitize::{json, one_line, Terminal};
use crate::turn::{End, Summary};
use serde_json::json;
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
    pub(super) fn emit(&mut self, value: serde_json::Value) -> io::Result<()> {
        writeln!(self.out, "{}", json::line(&value)?)?;
        self.out.flush()
    }
}

impl<R: Lines, W: Write> Ui for JsonUi<R, W> {
    fn ask(&mut self, q: &Question, p: &Progress) -> io::Result<Reply> {
        let choices: Vec<String> = q.choices.iter().map(|c| one_line(c)).collect();
        self.emit(json!({
            "event": "question",
            "number": p.number,
            "total": p.total,
            "card": q.card,
            "kind": q.kind.name(),
            "format": q.format.name(),
            "prompt": one_line(&q.prompt),
            "cue": one_line(&q.cue),
            "choices": choices,
        }))?;
        read_reply(&mut self.input)
    }

    fn feedback(&mut self, f: &Feedback<'_>) -> io::Result<AfterFeedback> {
        let r = f.record;
        self.emit(json!({
            "event": "answer",
            "card": r.card,
            "kind": r.kind,
            "format": r.format.name(),
            "expected": one_line(&r.expected),
            "given": one_line(&r.given),
            "verdict": r.verdict.name(),
            "elapsed_ms": r.elapsed_ms,
            "fact": one_line(&f.card.fact()),
            "reason": f.reason.map(one_line),
            "altered": f.question.altered.as_deref().map(one_line),
            "hints": r.hints,
        }))?;
        Ok(AfterFeedback::Continue)
    }

    fn hint(&mut self, text: &str) -> io::Result<()> {
        self.emit(json!({"event": "hint", "text": one_line(text)}))
    }

    fn summary(&mut self, s: &Summary, end: End) -> io::Result<()> {
        let end = match end {
            End::Finished => "finished",
            End::EndOfInput => "end_of_input",
            End::Interrupted => "interrupted",
        };
        self.emit(json!({
            "event": "summary",
            "answered": s.answered,
            "correct": s.correct,
            "close": s.close,
            "wrong": s.wrong,
            "elapsed_ms": s.elapsed_ms,
            "end": end,
        }))
    }
}
