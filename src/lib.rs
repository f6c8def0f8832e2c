//! factdrill: a terminal quiz game that turns decks of facts into questions.
//!
//! Data flows one way: [`deck`] → [`quantity`] → [`card`] → [`question`] → [`ui`] →
//! [`grade`] → [`schedule`]; [`session`] drives the loop and [`cli`] wires it to the command line.

pub mod card;
pub mod chart;
pub mod cli;
pub mod clock;
pub mod deck;
pub mod drill;
pub mod fsutil;
pub mod grade;
pub mod import;
pub mod library;
pub mod optimize;
pub mod output;
pub mod quantity;
pub mod question;
pub mod recorder;
pub mod report;
pub mod sanitize;
pub mod schedule;
pub mod session;
pub mod stats;
pub mod store;
pub mod tolerance;
pub mod ui;
pub mod worksheet;
