//! The typed deck: what a valid deck file says.

use serde::Serialize;
use std::fmt;

/// A validated deck.
#[derive(Debug, Clone, PartialEq)]
pub struct Deck {
    /// Stable id: the `id:` key, else the file stem.
    pub id: String,
    /// Human title.
    pub title: String,
    /// Optional longer description.
    pub description: Option<String>,
    /// Where the facts come from.
    pub source: Option<String>,
    /// Free-form tags.
    pub tags: Vec<String>,
    /// The year the deck's facts are as of (`as_of: 2018`): no date or year later than it is
    /// offered as a wrong option, since none could be true of such a deck.
    pub as_of: Option<i32>,
    /// What the deck is about ("Mount Everest"): a prompt whose sentence does not name it
    /// opens with it.
    pub subject: Option<String>,
    /// The facts, in file order.
    pub facts: Vec<Fact>,
}

/// One item of `facts:`.
#[derive(Debug, Clone, PartialEq)]
pub struct Fact {
    /// The `id:` key, when given: progress follows it when the wording changes.
    pub id: Option<String>,
    /// What is asked.
    pub body: FactBody,
    /// Optional topic (a heading for the fact).
    pub topic: Option<String>,
    /// Optional hint.
    pub hint: Option<String>,
    /// Optional note shown after answering.
    pub note: Option<String>,
    /// Optional source of this fact.
    pub source: Option<String>,
    /// Optional grading tolerance for the fact's quantities.
    pub tolerance: Option<Tolerance>,
    /// Line of the item in the deck file (1-based).
    pub line: usize,
}

/// A sentence with quantities, or a question with its answer.
#[derive(Debug, Clone, PartialEq)]
pub enum FactBody {
    /// A sentence; `{...}` marks answers explicitly.
    Sentence(String),
    /// A question and its answers (the first is shown as the answer).
    Question {
        /// The question.
        question: String,
        /// The answer.
        answer: String,
        /// Other accepted answers.
        accept: Vec<String>,
        /// Wrong options for multiple choice, written by the author.
        distractors: Vec<String>,
    },
}

/// How far from the answer a typed value is still `close`.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, serde::Deserialize)]
pub enum Tolerance {
    /// Within this many units ("1" year).
    Absolute(f64),
    /// Within this fraction of the answer ("5%" is 0.05).
    Relative(f64),
}

impl Tolerance {
    /// Reads "5%", "0.5" or "1"; `None` for anything else or negative values.
    pub fn parse(text: &str) -> Option<Tolerance> {
        let t = text.trim();
        if let Some(p) = t.strip_suffix('%') {
            let v: f64 = p.trim().parse().ok()?;
            return (v.is_finite() && v >= 0.0).then_some(Tolerance::Relative(v / 100.0));
        }
        let v: f64 = t.parse().ok()?;
        (v.is_finite() && v >= 0.0).then_some(Tolerance::Absolute(v))
    }
}

/// A problem found in a deck, at a place in its file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Diagnostic {
    /// 1-based line.
    pub line: usize,
    /// 1-based column.
    pub column: usize,
    /// What is wrong and how to fix it.
    pub message: String,
}

impl Diagnostic {
    /// A diagnostic at a line and column.
    pub fn new(line: usize, column: usize, message: impl Into<String>) -> Self {
        Diagnostic {
            line,
            column,
            message: message.into(),
        }
    }

    /// "3:5:" in the file, or nothing for a problem with the file as a whole (line 0: it is
    /// missing, a folder, too large), which used to read "0:0:" (issue 12, point 8).
    pub fn position(&self) -> String {
        if self.line == 0 {
            String::new()
        } else {
            format!("{}:{}:", self.line, self.column)
        }
    }

    /// "origin:3:5: message", or "origin: message" for the file as a whole.
    pub fn at(&self, origin: &str) -> String {
        format!("{origin}:{} {}", self.position(), self.message)
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.position().as_str() {
            "" => write!(f, "{}", self.message),
            at => write!(f, "{at} {}", self.message),
        }
    }
}
