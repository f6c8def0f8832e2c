//! factdrill: a terminal quiz game that turns decks of facts into questions.

pub mod deck;
pub mod quantity;
