//! Deck files: the YAML model, validation with line and column, and the built-in decks.

mod braces;
mod builtin;
mod guard;
mod locate;
mod model;
mod parse;

pub use braces::{split_marks, Marked};
pub use builtin::{builtin, BUILTIN};
pub use model::{Deck, Diagnostic, Fact, FactBody, Tolerance};
pub use parse::{parse, Parsed, MAX_DECK_BYTES};

#[cfg(test)]
mod tests;
