//! factdrill: a terminal quiz game that turns decks of facts into questions.

pub mod card;
pub mod grade;
pub mod deck;
pub mod quantity;
pub mod question;
pub mod tolerance;
