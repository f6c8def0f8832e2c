//! `factdrill decks`: built-in and library decks with their sizes and, when there is
//! progress, due and mastered cards.

use super::ExitStatus;
use crate::deck::BUILTIN;
use crate::event::doc::{Listed, ListedDeck};
use crate::library::{Library, Shelf};
use crate::load::load;
use crate::output::println;
use crate::sanitize::one_line;
use crate::store::{Store, STORE_FILE};
use std::io::Write;

struct Row {
    id: String,
    title: String,
    shelf: Shelf,
    path: Option<String>,
    facts: usize,
    cards: usize,
    due: Option<usize>,
    mastered: Option<usize>,
    /// Why a library file could not be read; it is listed rather than left out (issue 9,
    /// point 8), so a deck that stopped parsing does not silently vanish.
    error: Option<String>,
}

fn listed(r: &Row) -> ListedDeck {
    let readable = r.error.is_none();
    ListedDeck {
        id: r.id.clone(),
        title: one_line(&r.title),
        source: r.shelf.name(),
        builtin: r.shelf == Shelf::BuiltIn,
        path: r.path.clone(),
        facts: readable.then_some(r.facts),
        cards: readable.then_some(r.cards),
        due: r.due,
        mastered: r.mastered,
        error: r.error.as_deref().map(one_line),
    }
}

/// Lists every deck factdrill can find by id.
pub fn run(
    as_json: bool,
    profile: &str,
    library: &Library,
    out: &mut impl Write,
) -> anyhow::Result<ExitStatus> {
    let names: Vec<(String, Shelf, Option<String>)> = BUILTIN
        .iter()
        .map(|(id, _)| (id.to_string(), Shelf::BuiltIn, None))
        .chain(library.files().into_iter().map(|(p, shelf)| {
            (
                p.display().to_string(),
                shelf,
                Some(p.display().to_string()),
            )
        }))
        .collect();
    // Progress is shown only where a progress file already exists; listing creates nothing.
    // With a school's server chosen, its progress.
    let server = super::target::selected().and_then(|_| super::play::open_store().ok());
    let store = server.or_else(|| {
        library
            .user_dir
            .as_ref()
            .and_then(|d| d.parent())
            .map(|d| d.join(STORE_FILE))
            .filter(|p| p.exists())
            .and_then(|p| Store::open(&p).ok())
    });
    let now = crate::clock::Clock::now_ms(&crate::clock::SystemClock);
    let mut rows = Vec::new();
    for (name, shelf, path) in names {
        let l = load(&name, library);
        let (Some(deck), Some(compiled)) = (&l.parsed.deck, &l.compiled) else {
            rows.push(unreadable(&l, shelf, path));
            continue;
        };
        let facts = store
            .as_ref()
            .and_then(|s| s.card_facts(profile, Some(&deck.id)).ok());
        let end_of_today =
            crate::stats::local_day(now, store.as_ref().map_or(0, |s| s.local_offset_ms(now)));
        let due = facts.as_ref().map(|f| f.due_by(end_of_today));
        let mastered = facts.as_ref().map(|f| f.mastered());
        rows.push(Row {
            id: deck.id.clone(),
            title: deck.title.clone(),
            shelf,
            path,
            facts: deck.facts.len(),
            cards: compiled.cards.len(),
            due,
            mastered,
            error: None,
        });
    }
    if as_json {
        let doc = Listed {
            decks: rows.iter().map(listed).collect(),
        };
        println(out, &crate::event::line(&doc)?)?;
        return Ok(ExitStatus::Ok);
    }
    println(
        out,
        &format!(
            "{:<20} {:<9} {:>5} {:>5} {:>4} {:>8}  TITLE",
            "ID", "SOURCE", "FACTS", "CARDS", "DUE", "MASTERED"
        ),
    )?;
    for r in rows {
        let opt = |v: Option<usize>| v.map_or("-".to_string(), |n| n.to_string());
        if let Some(error) = &r.error {
            let line = format!(
                "{:<20} {:<9} {:>5} {:>5} {:>4} {:>8}  cannot be read: {}",
                one_line(&r.id),
                r.shelf.name(),
                "-",
                "-",
                "-",
                "-",
                one_line(error)
            );
            println(out, &line)?;
            continue;
        }
        let line = format!(
            "{:<20} {:<9} {:>5} {:>5} {:>4} {:>8}  {}",
            one_line(&r.id),
            r.shelf.name(),
            r.facts,
            r.cards,
            opt(r.due),
            opt(r.mastered),
            one_line(&r.title)
        );
        println(out, &line)?;
    }
    Ok(ExitStatus::Ok)
}

/// The row of a library file that does not load: its id as the library finds it, and the
/// first error as `check` words it (`path:line:column: message`).
fn unreadable(l: &crate::load::Loaded, shelf: Shelf, path: Option<String>) -> Row {
    let file = path.as_deref().map(std::path::Path::new);
    let error = l.errors().first().map_or_else(
        || "it does not load: run `factdrill check` on it".to_string(),
        |d| d.at(&l.origin),
    );
    Row {
        id: file.map_or_else(|| l.origin.clone(), crate::library::file_id),
        title: String::new(),
        shelf,
        path,
        facts: 0,
        cards: 0,
        due: None,
        mastered: None,
        error: Some(error),
    }
}
