//! `factdrill import`: a deck from prose or a table, written as YAML.

use super::config::Config;
use super::opts::ImportFormat;
use super::ExitStatus;
use crate::fsutil::{write_output, WriteRules};
use crate::import::{from_table, from_text, given_title, to_yaml};
use anyhow::Context;
use std::io::{Read, Write};
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
    let bytes = if file == "-" {
        let mut buf = Vec::new();
        std::io::stdin()
            .read_to_end(&mut buf)
            .context("cannot read standard input")?;
        buf
    } else {
        std::fs::read(file).with_context(|| format!("cannot read {file}"))?
    };
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
            let left = match deck.left_out.len() {
                0 => "left out nothing".to_string(),
                _ => format!("left out {}", deck.left_out_summary()),
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
