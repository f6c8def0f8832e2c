//! `factdrill check`: validate decks and show what will be asked in each fact.

use super::ExitStatus;
use crate::card::{Answer, CompiledFact};
use crate::event::doc::{Asked, Checked, CheckedDeck, CheckedFact, Diagnostic, NotAsked};
use crate::library::Library;
use crate::load::{load, Loaded};
use crate::output::println;
use crate::sanitize::one_line;
use colored::Colorize;
use std::io::Write;

/// Checks every deck; exit 1 when any has an error.
pub fn run(
    decks: &[String],
    as_json: bool,
    fix: bool,
    library: &Library,
    out: &mut impl Write,
) -> anyhow::Result<ExitStatus> {
    let mut loaded: Vec<Loaded> = decks.iter().map(|d| load(d, library)).collect();
    if fix {
        for l in loaded.iter().filter(|l| l.errors().is_empty()) {
            fix_ids(l)?;
        }
        loaded = decks.iter().map(|d| load(d, library)).collect();
    }
    let failed = loaded.iter().any(|l| !l.errors().is_empty());
    if as_json {
        let doc = Checked {
            decks: loaded.iter().map(checked_deck).collect(),
        };
        println(out, &crate::event::line(&doc)?)?;
    } else {
        for l in &loaded {
            print_deck(l, out)?;
        }
    }
    Ok(if failed {
        ExitStatus::Failure
    } else {
        ExitStatus::Ok
    })
}

fn asked(a: &Answer) -> Asked {
    match a {
        Answer::Quantity(q) => Asked {
            text: one_line(&q.text),
            kind: q.kind.name().to_string(),
            value: q.value.to_string(),
            noun: q.noun.as_deref().map(one_line),
            accept: None,
            distractors: None,
        },
        Answer::Text {
            answer,
            accept,
            distractors,
            ..
        } => {
            let list = |v: &[String]| v.iter().map(|s| one_line(s)).collect::<Vec<_>>();
            Asked {
                text: one_line(answer),
                kind: "text".to_string(),
                value: one_line(answer),
                noun: None,
                accept: Some(list(accept)),
                distractors: Some(list(distractors)),
            }
        }
    }
}

fn checked_fact(f: &CompiledFact) -> CheckedFact {
    CheckedFact {
        id: one_line(&f.key),
        line: f.line,
        text: one_line(&f.text),
        quantities: f.answers.iter().map(asked).collect(),
        not_asked: f
            .dropped
            .iter()
            .map(|d| NotAsked {
                text: one_line(&d.text),
                why: d.why.reason(),
            })
            .collect(),
    }
}

fn diagnostics(list: &[crate::deck::Diagnostic]) -> Vec<Diagnostic> {
    list.iter()
        .map(|d| Diagnostic {
            line: d.line,
            column: d.column,
            message: one_line(&d.message),
        })
        .collect()
}

fn checked_deck(l: &Loaded) -> CheckedDeck {
    let deck = l.parsed.deck.as_ref();
    CheckedDeck {
        path: one_line(&l.origin),
        id: deck.map(|d| one_line(&d.id)),
        title: deck.map(|d| one_line(&d.title)),
        cards: l.compiled.as_ref().map_or(0, |c| c.cards.len()),
        facts: l
            .compiled
            .iter()
            .flat_map(|c| c.facts.iter().map(checked_fact))
            .collect(),
        errors: diagnostics(&l.errors()),
        warnings: diagnostics(&l.warnings()),
    }
}

fn print_deck(l: &Loaded, out: &mut impl Write) -> std::io::Result<()> {
    let origin = one_line(&l.origin);
    if let (Some(deck), Some(c)) = (&l.parsed.deck, &l.compiled) {
        let head = format!(
            "{origin}: {} (id {}) — {} facts, {} cards",
            one_line(&deck.title),
            one_line(&deck.id),
            c.facts.len(),
            c.cards.len()
        );
        println(out, &head.bold().to_string())?;
        for f in &c.facts {
            println(out, &format!("  line {:<4} {}", f.line, one_line(&f.text)))?;
            for a in &f.answers {
                println(out, &answer_line(a))?;
            }
            for d in &f.dropped {
                println(out, &dropped_line(d))?;
            }
        }
    }
    for d in &l.warnings() {
        println(out, &diagnostic(&origin, "warning:".yellow().bold(), d))?;
    }
    let errors = l.errors();
    for d in &errors {
        println(out, &diagnostic(&origin, "error:".red().bold(), d))?;
    }
    let verdict = if errors.is_empty() {
        "ok".green().to_string()
    } else {
        let n = errors.len();
        format!("{n} error{}", if n == 1 { "" } else { "s" })
            .red()
            .to_string()
    };
    println(out, &format!("{origin}: {verdict}"))
}

/// Adds missing fact ids to a deck file in place; reports to stderr so that stdout stays the
/// check's own output.
fn fix_ids(l: &Loaded) -> anyhow::Result<()> {
    let path = std::path::Path::new(&l.origin);
    let (Some(deck), true) = (&l.parsed.deck, path.is_file()) else {
        return Ok(());
    };
    let text = std::fs::read_to_string(path)?;
    match crate::deck::add_missing_ids(&text, deck) {
        Some((_, 0)) => {}
        Some((fixed, n)) => {
            // --fix is the request to rewrite this very file; the other rules still hold.
            let rules = crate::fsutil::WriteRules {
                replace: true,
                flag: "--fix",
                inputs: &[],
            };
            let renames = renamed_cards(l, &fixed, &deck.id);
            // Progress moves first, in one transaction, and moves back if the file cannot
            // be written: either way deck and progress keep the same ids.
            let moved = carry_progress(&renames)?;
            if let Err(e) = crate::fsutil::write_output(path, fixed.as_bytes(), &rules) {
                let back: Vec<_> = renames
                    .iter()
                    .map(|(o, n)| (n.clone(), o.clone()))
                    .collect();
                carry_progress(&back)?;
                return Err(e.into());
            }
            let carried = match moved {
                0 => String::new(),
                m => format!("; progress of {m} card state(s) carried over to the new ids"),
            };
            let _ = writeln!(
                crate::output::stderr(),
                "{}: added {n} fact id(s){carried}",
                one_line(&l.origin)
            );
        }
        None => {
            let _ = writeln!(crate::output::stderr(), "{}: ids not added: the deck's layout (flow lists, block text, multi-line items) is not one --fix edits safely", one_line(&l.origin));
        }
    }
    Ok(())
}

/// "path:3:5: error: message", the form editors and compilers use.
fn diagnostic(origin: &str, label: colored::ColoredString, d: &crate::deck::Diagnostic) -> String {
    format!("{origin}:{} {label} {}", d.position(), one_line(&d.message))
}

/// A figure found but not asked, and why (issue 10: `check` lists what was dropped).
fn dropped_line(d: &crate::screen::Dropped) -> String {
    format!(
        "             {:<9} {:<24} {}",
        "not asked".dimmed(),
        format!("\"{}\"", one_line(&d.text)),
        d.why
    )
}

fn answer_line(a: &Answer) -> String {
    match a {
        Answer::Quantity(q) => {
            let noun = q
                .noun
                .as_deref()
                .map(|n| format!("  (counts {})", one_line(n)))
                .unwrap_or_default();
            let value = if q.kind.packed() {
                crate::quantity::render(q, &q.value)
            } else {
                q.value.to_string()
            };
            format!(
                "             {:<9} {:<24} = {value}{noun}",
                q.kind.name().cyan(),
                format!("\"{}\"", one_line(&q.text)),
            )
        }
        Answer::Text {
            answer,
            accept,
            distractors,
            ..
        } => {
            let list = |label: &str, v: &[String]| {
                let items: Vec<String> = v.iter().map(|s| one_line(s)).collect();
                if items.is_empty() {
                    String::new()
                } else {
                    format!("  ({label} {})", items.join(", "))
                }
            };
            format!(
                "             {:<9} \"{}\"{}{}",
                "text".cyan(),
                one_line(answer),
                list("also", accept),
                list("wrong options:", distractors)
            )
        }
    }
}

/// The card ids the fix changes, old to new: a fact without an id is keyed by a hash of its
/// text, so adding ids renamed its cards and left their progress behind (issue 12, point 7).
/// Cards are compiled from the deck before and after; the fix only adds `id:` lines, so the
/// two lists pair up card by card (anything else pairs nothing).
fn renamed_cards(l: &Loaded, fixed: &str, deck_id: &str) -> Vec<(String, String)> {
    let after = crate::deck::parse(fixed.as_bytes(), deck_id);
    let (Some(before), Some(after)) = (&l.compiled, after.deck.as_ref().map(crate::card::compile))
    else {
        return Vec::new();
    };
    if before.cards.len() != after.cards.len() {
        return Vec::new();
    }
    before
        .cards
        .iter()
        .zip(&after.cards)
        .filter(|(b, a)| b.id != a.id)
        .map(|(b, a)| (b.id.0.clone(), a.id.0.clone()))
        .collect()
}

/// Renames cards in the progress file, if there is one (it is never created for this).
fn carry_progress(renames: &[(String, String)]) -> anyhow::Result<usize> {
    let Ok(dir) = crate::store::data_dir() else {
        return Ok(0);
    };
    let file = dir.join(crate::store::STORE_FILE);
    if renames.is_empty() || !file.is_file() {
        return Ok(0);
    }
    Ok(crate::store::Store::open(&file)?.rename_cards(renames)?)
}
