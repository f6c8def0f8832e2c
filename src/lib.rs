//! factdrill: a terminal quiz game that turns decks of facts into questions.
//!
//! Data flows one way: [`deck`] → [`quantity`] → [`card`] → [`question`] → [`ui`] →
//! [`grade`] → [`schedule`] → [`store`] → [`stats`] / [`report`]. [`session`] drives a
//! learner's loop and [`drill`] a classroom's; [`import`], [`library`], [`load`] and [`worksheet`]
//! make, find, read and print decks; [`cli`] wires it all to the command line, one file per
//! subcommand.

#![warn(missing_docs)]

pub mod capped;
pub mod card;
pub mod chart;
pub mod cli;
pub mod clock;
pub mod deck;
pub mod drill;
pub mod event;
pub mod fsutil;
pub mod grade;
pub mod home;
pub mod host;
pub mod import;
pub mod library;
pub mod limits;
pub mod load;
pub mod optimize;
pub mod output;
pub mod quantity;
pub mod question;
pub mod recorder;
pub mod report;
pub mod sanitize;
pub mod schedule;
pub mod screen;
pub mod sentences;
pub mod session;
pub mod stats;
pub mod store;
pub(crate) mod subject;
pub mod textmatch;
pub mod tolerance;
pub mod turn;
pub mod ui;
pub mod worksheet;
