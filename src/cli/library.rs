//! `factdrill add`, `new`, `completions` and `man`: the deck library and shell integration.

use super::ExitStatus;
use crate::deck::{declare_id, reads_as, starter, Deck, BUILTIN};
use crate::fsutil::{write_output, WriteRules};
use crate::import::slug;
use crate::library::Library;
use crate::load::load;
use crate::output::{println, write_user_file};
use anyhow::{bail, Context};
use std::io::Write;
use std::path::Path;

/// Checks a deck and copies it into the user's library as `ID.yaml`.
pub fn add(
    file: &Path,
    replace: bool,
    library: &Library,
    out: &mut impl Write,
) -> anyhow::Result<ExitStatus> {
    let name = file.to_string_lossy();
    if !file.is_file() {
        bail!("{name} is not a file: name the deck file to add");
    }
    let loaded = load(&name, library);
    let errors = loaded.errors();
    let Some(deck) = loaded.parsed.deck.as_ref().filter(|_| errors.is_empty()) else {
        return Err(crate::load::DeckError {
            origin: loaded.origin,
            errors,
        }
        .into());
    };
    if BUILTIN.iter().any(|(id, _)| *id == deck.id) {
        bail!(
            "`{}` is the id of a built-in deck: give your deck another `id:` and add it again",
            deck.id
        );
    }
    let dir = library
        .user_dir
        .as_ref()
        .context("no data directory for the library: set FACTDRILL_HOME")?;
    std::fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
    let target = dir.join(format!("{}.yaml", deck.id));
    let taken = library.find(&deck.id);
    if let Some(existing) = taken.filter(|_| !replace) {
        bail!("your library already has a deck with id `{}` ({}): add --replace to replace it, or give this deck another `id:`", deck.id, existing.display());
    }
    let bytes = std::fs::read(file).with_context(|| format!("cannot read {name}"))?;
    let text = stored_text(&String::from_utf8_lossy(&bytes), deck, &name)?;
    let rules = WriteRules {
        replace,
        flag: "--replace",
        inputs: &[file],
    };
    // The user's own deck, copied as it is: it is theirs, and it passed the parser.
    write_output(&target, text.as_bytes(), &rules)?;
    let cards = loaded.compiled.as_ref().map_or(0, |c| c.cards.len());
    println(
        out,
        &format!(
            "Added `{}` ({} facts, {cards} cards) to {}. Play it with: factdrill play {}",
            deck.id,
            deck.facts.len(),
            target.display(),
            deck.id
        ),
    )?;
    Ok(ExitStatus::Ok)
}

/// The text to store in the library: with the deck's id declared, so that it keeps it
/// whatever the file is called; else as it is, when its file name (the id) gives it the same
/// id. Never a text that does not read back as this deck (issue 9, point 8).
fn stored_text(text: &str, deck: &Deck, name: &str) -> anyhow::Result<String> {
    if let Some(declared) = declare_id(text, deck) {
        return Ok(declared);
    }
    if reads_as(text, &deck.id, deck) {
        return Ok(text.to_string());
    }
    bail!("{name} changed while it was being added, or its layout cannot be copied safely: check it with `factdrill check {name}` and add it again")
}

/// Writes a commented starter deck.
pub fn new(name: &str, force: bool, out: &mut impl Write) -> anyhow::Result<ExitStatus> {
    let file = if name.ends_with(".yaml") || name.ends_with(".yml") {
        name.to_string()
    } else {
        format!("{name}.yaml")
    };
    let path = Path::new(&file);
    let stem = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let title = stem.replace(['-', '_'], " ");
    write_user_file(
        path,
        &starter(title.trim(), &slug(&stem, 8)),
        &WriteRules::force(force),
    )?;
    println(
        out,
        &format!(
            "Wrote {file}: edit it, then `factdrill check {file}` and `factdrill play {file}`."
        ),
    )?;
    Ok(ExitStatus::Ok)
}

/// Prints a completion script for a shell.
pub fn completions(
    shell: clap_complete::Shell,
    out: &mut impl Write,
) -> anyhow::Result<ExitStatus> {
    let mut cmd = <super::Opts as clap::CommandFactory>::command();
    clap_complete::generate(shell, &mut cmd, "factdrill", out);
    Ok(ExitStatus::Ok)
}

/// Prints the manual page.
pub fn man(out: &mut impl Write) -> anyhow::Result<ExitStatus> {
    super::manual::render(out)?;
    Ok(ExitStatus::Ok)
}
