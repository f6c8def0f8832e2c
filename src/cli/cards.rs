//! Cards named by what they ask: their fact and answer read from their deck, so that stats
//! and reports show "12 founding members…" rather than a hash id, and a true/false card's
//! real answer rather than the "true" its question expected (issue 12, point 6).

use crate::library::Library;
use crate::load::load_cards;
use crate::stats::CardText;
use std::collections::HashMap;

/// The fact and answer of each card of `ids` whose deck (built-in, library or `--deck-dir`)
/// can still be read; ids are `DECK:FACT:N`. A deck that no longer loads gives no entries,
/// and its cards are shown by what the review log kept.
pub fn texts<'a>(
    ids: impl Iterator<Item = &'a str>,
    library: &Library,
) -> HashMap<String, CardText> {
    let wanted: Vec<&str> = ids.collect();
    let mut decks: Vec<&str> = wanted.iter().filter_map(|c| c.split(':').next()).collect();
    decks.sort_unstable();
    decks.dedup();
    let mut out = HashMap::new();
    for deck in decks {
        let Ok(cards) = load_cards(&[deck.to_string()], library) else {
            continue;
        };
        for card in cards.iter().filter(|c| wanted.contains(&c.id.0.as_str())) {
            let text = CardText {
                fact: card.fact(),
                answer: card.answer_text().to_string(),
            };
            out.insert(card.id.0.clone(), text);
        }
    }
    out
}
