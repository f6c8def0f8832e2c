//! `factdrill worksheet` and `factdrill report`: paper for the class, figures for the teacher.

use super::config::Config;
use super::play::open_store;
use super::ExitStatus;
use crate::fsutil::WriteRules;
use crate::library::Library;
use crate::load::DeckError;
use crate::output::{println, stderr, write_user_file};
use crate::report::{html, Learner, Missed, Report};
use crate::sanitize::one_line;
use crate::worksheet::{build, markdown};
use anyhow::bail;
use std::io::Write;
use std::path::{Path, PathBuf};

/// Writes a worksheet.
pub fn worksheet(
    cfg: &Config,
    library: &Library,
    out: &mut impl Write,
) -> anyhow::Result<ExitStatus> {
    let Config::Worksheet {
        deck,
        questions,
        versions,
        seed,
        html: as_html,
        output,
        force,
    } = cfg
    else {
        return Ok(ExitStatus::Usage);
    };
    let (questions, versions, seed, as_html) = (*questions, *versions, *seed, *as_html);
    let loaded = crate::load::load(deck, library);
    let errors = loaded.errors();
    let (Some(d), Some(c), true) = (&loaded.parsed.deck, &loaded.compiled, errors.is_empty())
    else {
        return Err(DeckError {
            origin: loaded.origin,
            errors,
        }
        .into());
    };
    let sheet = build(&c.cards, &d.title, questions, versions, seed);
    let text = if as_html {
        crate::worksheet::html(&sheet)
    } else {
        markdown(&sheet)
    };
    match output {
        Some(path) => {
            let deck_file = Path::new(&loaded.origin);
            let inputs: &[&Path] = if deck_file.is_file() {
                &[deck_file]
            } else {
                &[]
            };
            let rules = WriteRules {
                replace: *force,
                flag: "--force",
                inputs,
            };
            write_user_file(path, &text, &rules)?;
            let _ = writeln!(
                stderr(),
                "Wrote {} ({} questions, {} version(s), answer key at the end).",
                path.display(),
                sheet.versions[0].items.len(),
                sheet.versions.len()
            );
        }
        None => out.write_all(text.as_bytes())?,
    }
    Ok(ExitStatus::Ok)
}

/// "2026-11-28" for a time in ms since the epoch (UTC).
fn day_of(ms: u64) -> String {
    crate::clock::utc_stamp(ms)[..10].to_string()
}

/// Prints the teacher's report, and writes it as HTML when asked.
pub fn report(
    deck: Option<&str>,
    profiles: Option<&[String]>,
    html_file: Option<(&PathBuf, bool)>,
    as_json: bool,
    library: &Library,
    out: &mut impl Write,
) -> anyhow::Result<ExitStatus> {
    let store = open_store()?;
    let everyone = store.profiles()?;
    let unknown: Vec<&String> = profiles
        .unwrap_or_default()
        .iter()
        .filter(|p| !everyone.contains(p))
        .collect();
    if !unknown.is_empty() {
        bail!(
            "no progress recorded for {}: learners with progress are {}",
            names(unknown),
            names(everyone.iter())
        );
    }
    let chosen: Vec<String> = profiles.map_or(everyone, <[String]>::to_vec);
    let mut learners = Vec::new();
    for p in &chosen {
        let (answers, right, last) = store.learner(p, deck)?;
        let mastered = store.card_facts(p, deck)?.mastered();
        let accuracy = if answers == 0 {
            0.0
        } else {
            right as f64 / answers as f64
        };
        learners.push(Learner {
            profile: p.clone(),
            answers,
            accuracy,
            mastered,
            last_active: last.map(day_of),
        });
    }
    if let Some(deck) = deck.filter(|_| learners.iter().all(|l| l.answers == 0)) {
        // A report of 0 % for a deck nobody played (or a mistyped id) says nothing true.
        let played: Vec<String> = store.decks()?.into_iter().map(|d| d.0).collect();
        bail!(
            "no answers recorded in deck `{deck}` for these learners: decks with progress are {}",
            names(played.iter())
        );
    }
    let rows = store.most_missed(&chosen, deck, 10)?;
    let texts = super::cards::texts(rows.iter().map(|r| r.0.as_str()), library);
    let missed = rows
        .into_iter()
        .map(|(card, logged, wrong, answers)| Missed {
            fact: texts.get(&card).map(|t| t.fact.clone()),
            // The card's answer, not the "true" a true/false question expected.
            answer: texts.get(&card).map_or(logged, |t| t.answer.clone()),
            card,
            wrong,
            answers,
            error_rate: wrong as f64 / answers.max(1) as f64,
        })
        .collect();
    let report = Report {
        deck: deck.map(str::to_string),
        learners,
        missed,
    };
    if let Some((path, force)) = html_file {
        write_user_file(path, &html(&report), &WriteRules::force(force))?;
        let _ = writeln!(stderr(), "Wrote {}.", path.display());
    }
    if as_json {
        println(out, &crate::sanitize::json::line(&report)?)?;
        return Ok(ExitStatus::Ok);
    }
    println(
        out,
        &format!(
            "{:<16} {:>7} {:>8} {:>8}  LAST ACTIVE",
            "LEARNER", "ANSWERS", "ACCURACY", "MASTERED"
        ),
    )?;
    for l in &report.learners {
        let line = format!(
            "{:<16} {:>7} {:>7.0}% {:>8}  {}",
            one_line(&l.profile),
            l.answers,
            l.accuracy * 100.0,
            l.mastered,
            l.last_active.as_deref().unwrap_or("–")
        );
        println(out, &line)?;
    }
    println(out, "")?;
    println(out, "Facts the group misses most:")?;
    for m in &report.missed {
        println(
            out,
            &format!(
                "  {:>3.0}%  {} of {}  {} — {}",
                m.error_rate * 100.0,
                m.wrong,
                m.answers,
                // By its fact; the id only for a deck that can no longer be read.
                one_line(m.fact.as_deref().unwrap_or(&m.card)),
                one_line(&m.answer),
            ),
        )?;
    }
    Ok(ExitStatus::Ok)
}

/// "`a`, `b`", or "none" for an empty list.
fn names<'a>(list: impl IntoIterator<Item = &'a String>) -> String {
    let all: Vec<String> = list.into_iter().map(|n| format!("`{n}`")).collect();
    if all.is_empty() {
        "none".into()
    } else {
        all.join(", ")
    }
}
