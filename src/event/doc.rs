//! The one-object documents of `check --json` and `decks --json`. They are documents, not
//! events: their shape (`{"decks": [...]}`, no `event` key) is kept as README documents it.

use serde::Serialize;

/// `check --json`: every deck checked.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Checked {
    /// One entry per deck named.
    pub decks: Vec<CheckedDeck>,
}

/// One deck as `check` read it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CheckedDeck {
    /// The file or id named.
    pub path: String,
    /// The deck's id, when it parsed.
    pub id: Option<String>,
    /// Its title, when it parsed.
    pub title: Option<String>,
    /// Cards compiled.
    pub cards: usize,
    /// Each fact and what will be asked in it.
    pub facts: Vec<CheckedFact>,
    /// Errors (the deck cannot be played).
    pub errors: Vec<Diagnostic>,
    /// Warnings.
    pub warnings: Vec<Diagnostic>,
}

/// A fact and the quantities found in it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CheckedFact {
    /// The fact's id.
    pub id: String,
    /// Its line in the file.
    pub line: usize,
    /// Its sentence.
    pub text: String,
    /// What will be asked.
    pub quantities: Vec<Asked>,
    /// Figures found but not asked, and why (issue 10).
    pub not_asked: Vec<NotAsked>,
}

/// A figure the screen kept out of the questions.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct NotAsked {
    /// As written.
    pub text: String,
    /// Why it is not asked.
    pub why: String,
}

/// One answer a fact yields.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Asked {
    /// As written.
    pub text: String,
    /// Its kind (`text` for a question's answer).
    pub kind: String,
    /// Its normalized value.
    pub value: String,
    /// The noun counted, if any.
    pub noun: Option<String>,
    /// Other accepted answers (text answers only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub accept: Option<Vec<String>>,
    /// Given wrong options (text answers only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub distractors: Option<Vec<String>>,
}

/// An error or warning at a place in a deck.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Diagnostic {
    /// Line, from 1.
    pub line: usize,
    /// Column, from 1.
    pub column: usize,
    /// What is wrong and what to do.
    pub message: String,
}

/// `decks --json`: every deck found.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Listed {
    /// One entry per deck.
    pub decks: Vec<ListedDeck>,
}

/// One deck in the list.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ListedDeck {
    /// Its id.
    pub id: String,
    /// Its title.
    pub title: String,
    /// `built-in`, `library` or `deck-dir`.
    pub source: &'static str,
    /// Whether it is built in.
    pub builtin: bool,
    /// Its file, for a library deck.
    pub path: Option<String>,
    /// Facts (none when it cannot be read).
    pub facts: Option<usize>,
    /// Cards (none when it cannot be read).
    pub cards: Option<usize>,
    /// Cards due today, with progress.
    pub due: Option<usize>,
    /// Cards mastered, with progress.
    pub mastered: Option<usize>,
    /// Why it cannot be read.
    pub error: Option<String>,
}
