//! Fact ids: a slug of a sentence's first words, made unique within a deck.

use std::collections::{HashMap, HashSet};

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

/// The ids given so far, and the next suffix to try for each base.
#[derive(Debug, Default)]
pub(crate) struct Ids {
    seen: HashSet<String>,
    next: HashMap<String, usize>,
}

impl Ids {
    /// Ids that are already taken, such as those a deck declares.
    pub(crate) fn taking(seen: HashSet<String>) -> Ids {
        Ids {
            seen,
            next: HashMap::new(),
        }
    }

    /// `base`, with a suffix where needed so that all ids are distinct. Each base resumes
    /// at its last suffix: trying `-2`, `-3`, ... afresh made 40,000 sentences sharing their
    /// first five words take 281 s to import (issue 9, point 10). The ids are the same as
    /// that search gave, since every suffix below the last one given stays taken.
    pub(crate) fn unique(&mut self, base: String) -> String {
        let mut n = self.next.get(&base).copied().unwrap_or(1);
        let mut id = if n == 1 {
            base.clone()
        } else {
            format!("{base}-{n}")
        };
        while !self.seen.insert(id.clone()) {
            n = n.max(1) + 1;
            id = format!("{base}-{n}");
        }
        self.next.insert(base, n + 1);
        id
    }
}
