//! `factdrill decks`: the built-in decks with their sizes.

use super::load::load;
use super::ExitStatus;
use crate::deck::BUILTIN;
use crate::library::Library;
use crate::output::println;
use serde_json::json;
use std::io::Write;

/// Lists the built-in decks.
pub fn run(as_json: bool, out: &mut impl Write) -> anyhow::Result<ExitStatus> {
    let mut rows = Vec::new();
    for (id, _) in BUILTIN {
        let l = load(id, &Library::default());
        let (title, facts) = l
            .parsed
            .deck
            .as_ref()
            .map_or((String::new(), 0), |d| (d.title.clone(), d.facts.len()));
        let cards = l.compiled.as_ref().map_or(0, |c| c.cards.len());
        rows.push((id.to_string(), title, facts, cards));
    }
    if as_json {
        let all: Vec<_> = rows.iter().map(|(id, title, facts, cards)| json!({"id": id, "title": title, "facts": facts, "cards": cards, "builtin": true})).collect();
        println(out, &json!({ "decks": all }).to_string())?;
        return Ok(ExitStatus::Ok);
    }
    println(
        out,
        &format!("{:<12} {:>5} {:>5}  {}", "ID", "FACTS", "CARDS", "TITLE"),
    )?;
    for (id, title, facts, cards) in rows {
        println(out, &format!("{id:<12} {facts:>5} {cards:>5}  {title}"))?;
    }
    Ok(ExitStatus::Ok)
}
