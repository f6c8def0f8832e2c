//! A near-miss subcommand: `factdrill stat` is `stats` mistyped, not a deck called `stat`.

use super::{Opts, UsageError};
use crate::library::Library;
use std::path::Path;

/// The usage error for a first deck name that names nothing (no file, no built-in or library
/// deck) but is one or two edits from a subcommand; before this, `factdrill stat` said
/// "cannot play stat" (issue 12, point 8). `None` when the name may be a deck after all.
pub fn mistyped_subcommand(opts: &Opts, library: &Library) -> Option<UsageError> {
    if opts.command.is_some() {
        return None;
    }
    let name = opts.play.decks.first()?;
    if Path::new(name).exists()
        || crate::deck::builtin(name).is_some()
        || library.find(name).is_some()
    {
        return None;
    }
    let names = Opts::subcommands();
    let near = nearest(name, &names)?;
    Some(UsageError(format!(
        "`{name}` is neither a subcommand nor a deck: did you mean `factdrill {near}`?"
    )))
}

/// The subcommand closest to `typed`, if close enough to be a slip of the keyboard: one edit,
/// or two in a name of five letters or more (so `deck` finds `decks` but `man` is no `nato`).
fn nearest<'a>(typed: &str, names: &'a [String]) -> Option<&'a str> {
    names
        .iter()
        .map(|n| (strsim::damerau_levenshtein(typed, n), n))
        .filter(|&(d, _)| d == 1 || (d == 2 && typed.chars().count() >= 5))
        .min_by_key(|&(d, _)| d)
        .map(|(_, n)| n.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn near_misses() {
        let names = Opts::subcommands();
        // (typed, suggestion, why)
        for (typed, want, why) in [
            ("stat", Some("stats"), "a letter dropped"),
            ("chekc", Some("check"), "two letters swapped"),
            ("deck", Some("decks"), "singular"),
            ("reprot", Some("report"), "a transposition"),
            ("workshet", Some("worksheet"), "a letter dropped"),
            ("nato", None, "a deck name, far from every subcommand"),
            ("mna", Some("man"), "a transposition is one edit"),
            ("nat", None, "two edits in a short word (`man`)"),
            ("space-race", None, "a built-in deck"),
        ] {
            assert_eq!(nearest(typed, &names), want, "{typed}: {why}");
        }
    }
}
