//! `factdrill join`: a live game from a terminal.

use super::ExitStatus;
use crate::host::client::{play, JoinView, Joining};
use crate::host::join_view::{JsonJoin, TextJoin};
use crate::output::stdout;
use crate::turn::End;
use crate::ui::StdinLines;
use std::sync::atomic::AtomicBool;
use std::sync::Arc;

/// Joins a game and plays it to the end.
pub fn run(
    joining: &Joining,
    json: bool,
    interrupted: &Arc<AtomicBool>,
) -> anyhow::Result<ExitStatus> {
    let mut lines = StdinLines::new(Arc::clone(interrupted));
    let mut view: Box<dyn JoinView> = if json {
        Box::new(JsonJoin(crate::sanitize::Terminal::new(
            stdout(false),
            false,
        )))
    } else {
        Box::new(TextJoin(crate::sanitize::Terminal::new(
            stdout(false),
            false,
        )))
    };
    let end = play(joining, &mut lines, view.as_mut(), interrupted)?;
    Ok(if end == End::Interrupted {
        ExitStatus::Interrupted
    } else {
        ExitStatus::Ok
    })
}
