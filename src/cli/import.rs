//! `factdrill import`: a deck from prose or a table, written as YAML.

use super::config::Config;
use super::opts::ImportFormat;
use super::ExitStatus;
use crate::capped::{read_capped, CappedError};
use crate::fsutil::{write_output, WriteRules};
use crate::import::{from_table, from_text, given_title, to_yaml};
use anyhow::Context;
use std::io::Write;
use std::path::Path;

/// Reads the input, builds the deck, writes it; a short report goes to stderr.
pub fn run(cfg: &Config, out: &mut impl Write) -> anyhow::Result<ExitStatus> {
    let Config::Import {
        file,
        output,
        from,
        title,
        force,
    } = cfg
    else {
        return Ok(ExitStatus::Usage);
    };
    let bytes = read_input(file)?;
    let text = String::from_utf8_lossy(&bytes);
    let stem = if file == "-" {
        "Imported deck".to_string()
    } else {
        humanize(Path::new(file))
    };
    let source = (file != "-").then(|| {
        Path::new(file)
            .file_name()
            .map_or(file.clone(), |n| n.to_string_lossy().into_owned())
    });
    let title = given_title(title.as_deref());
    let deck = match from {
        ImportFormat::Text => from_text(&text, title, &stem, source.as_deref()),
        ImportFormat::Csv | ImportFormat::Tsv => {
            let delimiter = if *from == ImportFormat::Csv {
                b','
            } else {
                b'\t'
            };
            from_table(
                text.as_bytes(),
                delimiter,
                title.unwrap_or(&stem),
                source.as_deref(),
            )
            .with_context(|| format!("cannot import {file}"))?
        }
    };
    if deck.facts.is_empty() {
        anyhow::bail!("nothing in {file} can be asked: no sentence holds a date, number or amount");
    }
    let yaml = to_yaml(&deck);
    if yaml.len() > crate::deck::MAX_DECK_BYTES {
        // Ids and YAML make a deck about twice its text: refuse what `check` would refuse.
        anyhow::bail!("the deck made from {file} would be {} MiB; decks may be at most 16 MiB: split {file} into several files and import each", yaml.len() >> 20);
    }
    match output {
        Some(path) => {
            // `import notes.txt -o notes.txt` must not replace the notes with the deck.
            let input = Path::new(file);
            let inputs: &[&Path] = if file == "-" { &[] } else { &[input] };
            let rules = WriteRules {
                replace: *force,
                flag: "--force",
                inputs,
            };
            write_output(path, yaml.as_bytes(), &rules)?;
            let shown = path.display();
            let (n, id) = (deck.facts.len(), &deck.id);
            let listed = match deck.set_aside.len() {
                0 => String::new(),
                n => format!(" ({n} with figures listed at the deck's end, with why)"),
            };
            let left = match deck.left_out.len() {
                0 => "left out nothing".to_string(),
                _ => format!("left out {}{listed}", deck.left_out_summary()),
            };
            let _ = writeln!(
                crate::output::stderr(),
                "Wrote {n} facts to {shown} (id `{id}`); {left}. Next: factdrill check {shown}"
            );
        }
        None => out.write_all(yaml.as_bytes()).and_then(|()| out.flush())?,
    }
    Ok(ExitStatus::Ok)
}

/// The most `import` reads: the largest deck, since the deck it makes is about as long.
const MAX_INPUT_BYTES: usize = crate::deck::MAX_DECK_BYTES;

/// The file or standard input, refused past [`MAX_INPUT_BYTES`] after reading one byte more
/// (an endless pipe used to be read until memory ran out).
fn read_input(file: &str) -> anyhow::Result<Vec<u8>> {
    let name = if file == "-" { "standard input" } else { file };
    let read = if file == "-" {
        read_capped(std::io::stdin().lock(), MAX_INPUT_BYTES)
    } else {
        let f = std::fs::File::open(file).with_context(|| format!("cannot read {file}"))?;
        read_capped(f, MAX_INPUT_BYTES)
    };
    read.map_err(|e| match e {
        CappedError::TooLarge { .. } => anyhow::anyhow!("cannot import {name}: {e}, the most `import` reads: split it into several files and import each"),
        CappedError::Io(e) => anyhow::Error::new(e).context(format!("cannot read {name}")),
    })
}

/// "nato-fact-sheet-2018.txt" → "Nato fact sheet 2018".
fn humanize(path: &Path) -> String {
    let stem = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let words = stem.replace(['-', '_'], " ");
    let mut c = words.trim().chars();
    c.next().map_or_else(
        || "Imported deck".to_string(),
        |f| f.to_uppercase().chain(c).collect(),
    )
}
