//! The vocabulary of one answer turn, shared by the learner's session, the classroom drill and
//! every interface: what the player did ([`Reply`]), the graded answer ([`AnswerRecord`]),
//! how a game ended ([`End`]) and what it achieved ([`Summary`]), and a drill's answer as its
//! results keep it ([`DrillAnswer`]).
//!
//! It sits below `ui`, `session` and `drill` so that none of them imports another for these
//! types (issue 12: `ui` used to import them from `session`).

use crate::card::CardId;
use crate::grade::Verdict;
use crate::question::Format;
use serde::{Deserialize, Serialize};

/// What the player did at a question.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reply {
    /// An answer (a choice's letter, number or text, or a typed value).
    Answer(String),
    /// Input ended.
    EndOfInput,
    /// Ctrl-C.
    Interrupted,
}

/// One graded answer, as recorded.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AnswerRecord {
    /// The card.
    pub card: CardId,
    /// The card's deck.
    pub deck: String,
    /// The card's kind name.
    pub kind: &'static str,
    /// How it was asked.
    pub format: Format,
    /// The right answer.
    pub expected: String,
    /// What was given.
    pub given: String,
    /// Hints asked for before answering.
    pub hints: u8,
    /// The verdict (after any override).
    pub verdict: Verdict,
    /// Whether the player overrode a `wrong` verdict ("I was right").
    pub overridden: bool,
    /// Time from showing the question to the answer.
    pub elapsed_ms: u64,
    /// When the answer was given, in ms since the Unix epoch.
    pub answered_at_ms: u64,
}

/// Where answers go the moment they are graded, before anything acknowledges them.
pub trait Recorder {
    /// Records one answer durably. Nothing may show or send the verdict before this returns.
    fn record(&mut self, answer: &AnswerRecord) -> anyhow::Result<()>;
    /// Turns the answer recorded last into `answer` (an override: "I was right").
    fn amend_last(&mut self, answer: &AnswerRecord) -> anyhow::Result<()>;
}

/// A recorder that keeps nothing.
#[derive(Debug, Default)]
pub struct NoRecorder;

impl Recorder for NoRecorder {
    fn record(&mut self, _answer: &AnswerRecord) -> anyhow::Result<()> {
        Ok(())
    }

    fn amend_last(&mut self, _answer: &AnswerRecord) -> anyhow::Result<()> {
        Ok(())
    }
}

/// How a session or a drill ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum End {
    /// All questions (or rounds) asked.
    Finished,
    /// Input ended (Ctrl-D, or the end of piped answers).
    EndOfInput,
    /// Interrupted (Ctrl-C).
    Interrupted,
}

/// What a session achieved.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Summary {
    /// Questions answered, a missed card asked again included.
    pub answered: usize,
    /// Of those, missed cards asked again.
    pub again: usize,
    /// Answers graded correct.
    pub correct: usize,
    /// Answers graded close.
    pub close: usize,
    /// Answers graded wrong.
    pub wrong: usize,
    /// Longest run of correct answers.
    pub best_streak: usize,
    /// Time from the first question to the end.
    pub elapsed_ms: u64,
    /// The facts missed (wrong answers), as whole sentences.
    pub missed: Vec<String>,
    /// Cards left out because they cannot take the one form asked for.
    pub unfit: usize,
}

impl Summary {
    /// Share of answers that were correct, 0.0 to 1.0.
    pub fn accuracy(&self) -> f64 {
        if self.answered == 0 {
            0.0
        } else {
            self.correct as f64 / self.answered as f64
        }
    }
}

/// One answer in a drill, as the results files keep it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DrillAnswer {
    /// Round, from 1.
    pub round: usize,
    /// The player or team.
    pub seat: String,
    /// Who answered (a team member in turn, or the player).
    pub player: String,
    /// The card.
    pub card: CardId,
    /// Its deck.
    pub deck: String,
    /// The form asked in.
    pub format: Format,
    /// The question as shown.
    pub question: String,
    /// The right answer.
    pub expected: String,
    /// What was given.
    pub given: String,
    /// The verdict.
    pub verdict: Verdict,
    /// Points earned.
    pub points: u32,
    /// Answered after the time limit.
    pub late: bool,
    /// Time taken.
    pub elapsed_ms: u64,
    /// When, in ms since the epoch.
    pub answered_at_ms: u64,
}
