//! `factdrill progress`: check, export, import, reset and optimize the progress file.

use super::opts::ProgressCommand;
use super::play::open_store;
use super::ExitStatus;
use crate::clock::{Clock, SystemClock};
use crate::fsutil::WriteRules;
use crate::optimize::{fit, OptimizeError};
use crate::output::{println, write_user_file};
use crate::store::Export;
use anyhow::{bail, Context};
use std::io::Write;

/// The largest progress export `progress import` reads.
const MAX_EXPORT_BYTES: usize = 1 << 30;

/// Runs one `progress` action for `profile`.
pub fn run(
    profile: &str,
    action: &ProgressCommand,
    interactive: bool,
    out: &mut impl Write,
) -> anyhow::Result<ExitStatus> {
    let mut store = open_store()?;
    match action {
        ProgressCommand::Check => {
            let problems = store.check()?;
            if problems.is_empty() {
                println(out, &format!("{}: ok", store.path().display()))?;
                return Ok(ExitStatus::Ok);
            }
            for p in &problems {
                println(out, &format!("{}: {p}", store.path().display()))?;
            }
            Ok(ExitStatus::Failure)
        }
        ProgressCommand::Export { file, force } => {
            let data = store.export()?;
            let json = crate::sanitize::json::pretty(&data)?;
            let rules = WriteRules {
                replace: *force,
                flag: "--force",
                inputs: &[store.path()],
            };
            match file {
                Some(path) => {
                    write_user_file(path, &json, &rules)?;
                    let _ = writeln!(
                        crate::output::stderr(),
                        "Wrote the progress ({} cards, {} reviews) to {}.",
                        data.cards.len(),
                        data.reviews.len(),
                        crate::sanitize::one_line(&path.display().to_string())
                    );
                }
                None => println(out, &json)?,
            }
            Ok(ExitStatus::Ok)
        }
        ProgressCommand::Import { file } => {
            // Capped like every other input (issue 9, point 10): an export of a million
            // reviews is about 300 MB.
            let bytes = std::fs::File::open(file)
                .map_err(crate::capped::CappedError::Io)
                .and_then(|f| crate::capped::read_capped(f, MAX_EXPORT_BYTES))
                .with_context(|| format!("cannot read {}", file.display()))?;
            let data: Export = serde_json::from_slice(&bytes).with_context(|| {
                format!("{} is not a factdrill progress export", file.display())
            })?;
            if data.format != "factdrill-progress" {
                bail!(
                    "{} is not a factdrill progress export (format `{}`)",
                    file.display(),
                    data.format
                );
            }
            let r = store.import(&data)?;
            println(
                out,
                &format!(
                    "Imported {} card states and {} reviews ({} already present).",
                    r.cards, r.reviews_added, r.reviews_skipped
                ),
            )?;
            Ok(ExitStatus::Ok)
        }
        ProgressCommand::Reset { deck, yes, .. } => {
            if store.cards(profile, Some(deck))?.is_empty() {
                // "Forgot 0 cards" read as if something happened (issue 12, point 8).
                bail!("{profile} has no progress in `{deck}`: nothing to reset (`factdrill stats --profile {profile}` shows their decks)");
            }
            if !yes {
                if !interactive {
                    bail!(
                        "resetting forgets {profile}'s progress in `{deck}`: add --yes to confirm"
                    );
                }
                let sure = dialoguer::Confirm::new()
                    .with_prompt(format!("Forget {profile}'s progress in `{deck}`?"))
                    .default(false)
                    .interact_opt()?;
                if sure != Some(true) {
                    println(out, "Nothing was changed.")?;
                    return Ok(ExitStatus::Ok);
                }
            }
            let n = store.reset_deck(profile, deck)?;
            println(out, &format!("Forgot {n} cards of `{deck}` for {profile}."))?;
            Ok(ExitStatus::Ok)
        }
        ProgressCommand::Sync => {
            if super::target::selected().is_none() {
                bail!("progress sync is for progress on a server: give --store postgres://USER@HOST/DB (or set FACTDRILL_STORE)");
            }
            if !store.online() {
                bail!("nothing was sent, since the server cannot be reached: the answers kept here wait for the next start or `progress sync`");
            }
            // Opening the store has just synced; a second pass catches what came meanwhile.
            let first = store.synced();
            let again = store.sync()?;
            println(
                out,
                &format!(
                    "Sent {} answers kept offline ({} the server had already); received {} reviews.",
                    first.sent + again.sent,
                    first.already + again.already,
                    first.received + again.received
                ),
            )?;
            Ok(ExitStatus::Ok)
        }
        ProgressCommand::Optimize { .. } => {
            let reviews = store.reviews(Some(profile))?;
            match fit(&reviews) {
                Ok(f) => {
                    store.set_parameters(
                        profile,
                        &f.parameters,
                        f.reviews,
                        SystemClock.now_ms(),
                    )?;
                    println(
                        out,
                        &format!(
                            "Fitted FSRS parameters to {} reviews of {profile}.",
                            f.reviews
                        ),
                    )?;
                    println(
                        out,
                        &format!(
                            "  default parameters: log loss {:.4}, RMSE {:.4}",
                            f.default.log_loss, f.default.rmse
                        ),
                    )?;
                    println(
                        out,
                        &format!(
                            "  fitted parameters:  log loss {:.4}, RMSE {:.4}",
                            f.fitted.log_loss, f.fitted.rmse
                        ),
                    )?;
                    println(
                        out,
                        "They are stored and used from now on for this profile.",
                    )?;
                    Ok(ExitStatus::Ok)
                }
                Err(e @ OptimizeError::NotEnough { .. }) => {
                    println(out, &format!("Not yet: {e}."))?;
                    Ok(ExitStatus::Ok)
                }
                Err(e) => Err(e.into()),
            }
        }
    }
}
