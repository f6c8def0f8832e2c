//! Every integration test, in one crate: one link instead of one per file, and the helpers
//! (the binary with a temporary home, JSON events) in `common` instead of copied into each
//! file (issue 12, point 11; `just` does the same).

mod common;

mod bounds;
mod browser;
mod check;
mod classroom;
mod clock;
mod conduct;
mod corpus;
mod drill;
mod fair;
mod files;
mod forms;
mod fuzz;
mod grading;
mod host;
mod injection;
mod interrupt;
mod layers;
mod library;
mod live_page;
mod nato_deck;
mod pg_cluster;
mod play;
mod progress;
mod properties;
mod pty;
mod questions;
mod reliability;
mod server;
