//! How a session talks to the player: interactive terminal, plain text, or JSON lines.

mod board;
mod json;
mod lines;
mod menu;
mod plain;
mod terminal;
mod text;
mod tty;
mod typed;
mod wrap;

pub use board::Board;
pub use json::JsonUi;
pub use lines::{Line, Lines, StdinLines};
pub use plain::PlainUi;
pub use terminal::TerminalUi;
pub use text::{time_until, what_next};
pub use tty::CtrlCAsKey;

use crate::card::Card;
use crate::question::Question;
pub use crate::turn::Reply;
use crate::turn::{AnswerRecord, End, Summary};
use std::io;

/// What the player did after seeing the verdict.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AfterFeedback {
    /// Go on.
    Continue,
    /// "I was right": turn a `wrong` verdict into `correct`.
    Override,
    /// Ctrl-C.
    Interrupted,
}

/// Where the session stands before a question.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Progress {
    /// This question's number, from 1.
    pub number: usize,
    /// Questions in the session. A missed card asked again is not one more: it keeps its
    /// first number and is marked `again`, so the total promised stays as it was (issue 12).
    pub total: usize,
    /// Whether this question is a missed card asked again.
    pub again: bool,
    /// Correct answers so far.
    pub correct: usize,
    /// Correct answers in a row so far.
    pub streak: usize,
    /// Whether `number` and `total` count a drill's rounds rather than a session's questions.
    pub rounds: bool,
}

/// What to show after an answer.
#[derive(Debug, Clone)]
pub struct Feedback<'a> {
    /// The question asked.
    pub question: &'a Question,
    /// Its card.
    pub card: &'a Card,
    /// The graded answer.
    pub record: &'a AnswerRecord,
    /// Why the verdict, when it helps.
    pub reason: Option<&'a str>,
    /// The streak after this answer.
    pub streak_after: usize,
    /// What the player may do next (the turn's rules decide, not the interface).
    pub then: Then,
}

/// What the player may do after seeing the verdict.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Then {
    /// Go on at once.
    GoOn,
    /// Wait for a key, so that the right answer is read.
    Read,
    /// Wait for a key; `r` says "I was right" (overrides a wrong verdict).
    MayOverride,
}

/// A way to ask questions and show results.
pub trait Ui {
    /// Shows a question and reads the answer.
    fn ask(&mut self, question: &Question, progress: &Progress) -> io::Result<Reply>;
    /// Reads another answer to the question on screen, after a hint or a malformed answer,
    /// without showing the whole question again.
    fn ask_again(&mut self, question: &Question, progress: &Progress) -> io::Result<Reply> {
        self.ask(question, progress)
    }
    /// Shows a hint the player asked for (with `?`).
    fn hint(&mut self, text: &str) -> io::Result<()>;
    /// Says why an answer cannot be graded as given (a timeline's order naming letters not in
    /// play, or one twice); the question is asked again.
    fn retry(&mut self, why: &str) -> io::Result<()>;
    /// Shows the verdict; interactive players may override a wrong one.
    fn feedback(&mut self, feedback: &Feedback<'_>) -> io::Result<AfterFeedback>;
    /// Shows the end-of-session summary.
    fn summary(&mut self, summary: &Summary, end: End) -> io::Result<()>;
}
