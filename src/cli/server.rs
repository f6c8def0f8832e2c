//! `factdrill server`: set up a school's PostgreSQL server and add learners to it.

use super::opts::ServerCommand;
use super::ExitStatus;
use crate::output::println;
use anyhow::bail;
use std::io::Write;

/// Runs one `server` action.
pub fn run(action: &ServerCommand, out: &mut impl Write) -> anyhow::Result<ExitStatus> {
    match action {
        ServerCommand::Init { admin_url } => {
            let done = crate::store::init_server(admin_url)?;
            let version = crate::store::SERVER_VERSION;
            let what = match done.from {
                0 => format!("Created factdrill's tables (schema {version}) and row-level security."),
                v if v < version => format!("Upgraded factdrill's tables from schema {v} to {version}."),
                _ => format!("factdrill's tables are already at schema {version}; roles and policies renewed."),
            };
            println(out, &what)?;
            if let Some(teacher) = done.teacher {
                println(out, "The teacher's connection (shown once; keep it safe):")?;
                println(out, &format!("  {teacher}"))?;
            }
            Ok(ExitStatus::Ok)
        }
        ServerCommand::AddLearner { name } => {
            let Some(url) = super::target::selected() else {
                bail!("`server add-learner` needs the server: give --store postgres://factdrill_teacher@HOST/DB (or set FACTDRILL_STORE)");
            };
            let connection = crate::store::add_learner(&url, name)?;
            println(
                out,
                &format!("Added learner {name}. Their connection (shown once; give it to them):"),
            )?;
            println(out, &format!("  {connection}"))?;
            Ok(ExitStatus::Ok)
        }
    }
}
