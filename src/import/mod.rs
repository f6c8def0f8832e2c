//! Turns material people have into decks: prose and Markdown (every sentence that holds a
//! quantity), or question/answer tables (CSV, TSV, flashcard exports).

mod clean;
mod mojibake;
mod table;
mod text;

pub use crate::sentences::split as sentences;
use clean::is_relative_time;
pub use clean::LeftOut;
pub use mojibake::repair;
pub use table::{from_table, TableError};
pub use text::{read, strip_markup, Document, Sentence};

use crate::deck::escape_braces;
use crate::quantity;
use serde::Serialize;
use std::collections::HashSet;

/// A deck made by an import, ready to be written as YAML.
#[derive(Debug, Clone, PartialEq)]
pub struct Imported {
    /// Title.
    pub title: String,
    /// Deck id.
    pub id: String,
    /// Where it came from.
    pub source: Option<String>,
    /// The facts kept.
    pub facts: Vec<Fact>,
    /// Why each sentence, line or row left out was left out.
    pub left_out: Vec<LeftOut>,
}

impl Imported {
    /// How many were left out, by reason, most first: "12 table rows, 3 repeats".
    pub fn left_out_summary(&self) -> String {
        let mut counts = std::collections::BTreeMap::new();
        for r in &self.left_out {
            *counts.entry(*r).or_insert(0usize) += 1;
        }
        let mut counts: Vec<_> = counts.into_iter().collect();
        counts.sort_by_key(|(_, n)| std::cmp::Reverse(*n));
        counts
            .iter()
            .map(|(r, n)| r.count(*n))
            .collect::<Vec<_>>()
            .join(", ")
    }
}

/// One imported fact.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(untagged)]
pub enum Fact {
    /// A sentence with quantities.
    Sentence {
        /// The sentence.
        fact: String,
        /// Stable id.
        id: String,
        /// Its topic.
        #[serde(skip_serializing_if = "Option::is_none")]
        topic: Option<String>,
    },
    /// A question and its answer.
    Question {
        /// The question.
        question: String,
        /// Stable id.
        id: String,
        /// The answer.
        answer: String,
        /// Other accepted answers.
        #[serde(skip_serializing_if = "Vec::is_empty")]
        accept: Vec<String>,
        /// Wrong options for multiple choice.
        #[serde(skip_serializing_if = "Vec::is_empty")]
        distractors: Vec<String>,
    },
}

/// A lower-case id made of the first words of `text` ("founding-members-signed").
pub fn slug(text: &str, words: usize) -> String {
    let cleaned: String = text
        .chars()
        .map(|c| {
            if c.is_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                ' '
            }
        })
        .collect();
    let parts: Vec<&str> = cleaned
        .split_whitespace()
        .filter(|w| w.is_ascii())
        .take(words)
        .collect();
    if parts.is_empty() {
        "fact".to_string()
    } else {
        parts.join("-")
    }
}

/// A title given on the command line, trimmed; `None` when blank.
pub fn given_title(title: Option<&str>) -> Option<&str> {
    title.map(str::trim).filter(|t| !t.is_empty())
}

/// Gives each id a suffix where needed so that all are distinct.
pub(crate) fn unique_id(seen: &mut HashSet<String>, base: String) -> String {
    let mut id = base.clone();
    let mut n = 2;
    while !seen.insert(id.clone()) {
        id = format!("{base}-{n}");
        n += 1;
    }
    id
}

/// A deck from prose: every sentence that holds a quantity, with its topic; the rest and
/// repeats dropped. `title` wins over the first heading, which wins over `fallback_title`.
pub fn from_text(
    text: &str,
    title: Option<&str>,
    fallback_title: &str,
    source: Option<&str>,
) -> Imported {
    let doc = read(&repair(text));
    // A blank `--title ' '` would write a deck without a title, which `check` rejects.
    let title = given_title(title)
        .map(str::to_string)
        .or(doc.heading.clone())
        .unwrap_or_else(|| fallback_title.to_string());
    let mut ids = HashSet::new();
    let mut seen = HashSet::new();
    let mut facts = Vec::new();
    let mut left_out = doc.left_out;
    for s in doc.sentences {
        let reason = if quantity::find(&s.text).is_empty() {
            Some(LeftOut::NoQuantity)
        } else if crate::screen::askable(&s.text).is_empty() {
            Some(LeftOut::NothingAskable)
        } else if is_relative_time(&s.text) {
            Some(LeftOut::RelativeTime)
        } else if !seen.insert(s.text.to_lowercase()) {
            Some(LeftOut::Repeat)
        } else {
            None
        };
        if let Some(reason) = reason {
            left_out.push(reason);
            continue;
        }
        let id = unique_id(&mut ids, slug(&s.text, 5));
        facts.push(Fact::Sentence {
            id,
            // Braces in prose are text; in a fact they would mark (or break) the answer.
            fact: escape_braces(&s.text),
            topic: s.topic,
        });
    }
    Imported {
        id: slug(&title, 6),
        title,
        source: doc.source.or(source.map(str::to_string)),
        facts,
        left_out,
    }
}

#[derive(Serialize)]
struct Out<'a> {
    title: &'a str,
    id: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    source: Option<&'a str>,
    facts: &'a [Fact],
}

/// The deck as YAML, with a comment on how to go on editing it.
pub fn to_yaml(deck: &Imported) -> String {
    let body = serde_yaml::to_string(&Out {
        title: &deck.title,
        id: &deck.id,
        source: deck.source.as_deref(),
        facts: &deck.facts,
    })
    .unwrap_or_default();
    let questions_only = deck
        .facts
        .iter()
        .all(|f| matches!(f, Fact::Question { .. }));
    let how = if questions_only {
        "# Made by `factdrill import`. Each row is a question; `accept:` lists other right answers\n\
         # and `distractors:` the wrong options multiple choice may offer (without them, options\n\
         # come from the deck's other answers). Keep the `id`s: progress follows them when you\n\
         # reword a question. Check your edits with `factdrill check`.\n"
    } else {
        "# Made by `factdrill import`. Every quantity in a fact is asked; to ask only some, mark\n\
         # them with braces: `fact: The treaty was signed on {April 4, 1949}.` Keep the `id`s:\n\
         # progress follows them when you reword a fact. Check your edits with `factdrill check`.\n"
    };
    format!("{how}{body}")
}

#[cfg(test)]
mod tests;
