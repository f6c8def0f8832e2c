//! Deck files: the YAML model, validation with line and column, and the built-in decks.

mod braces;
mod builtin;
mod declare;
mod fix;
mod guard;
mod ids;
mod locate;
mod model;
mod parse;
mod starter;

pub use braces::{escape_braces, split_marks, Marked};
pub use builtin::{builtin, BUILTIN};
pub use declare::{declare_id, reads_as};
pub use fix::add_missing_ids;
pub use ids::slug;
pub(crate) use ids::Ids;
pub use model::{Deck, Diagnostic, Fact, FactBody, Tolerance};
pub use parse::{parse, Parsed, MAX_DECK_BYTES};
pub use starter::{starter, STARTER};

#[cfg(test)]
mod tests;
