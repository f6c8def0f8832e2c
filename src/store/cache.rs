//! Compiled decks kept in the store, keyed by the content of their file: a deck is parsed
//! again only when its text changes.

use super::{Store, StoreError};
use crate::card::Card;
use rusqlite::{params, OptionalExtension};
use serde::{Deserialize, Serialize};

/// A deck compiled into cards.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CompiledDeck {
    /// Deck id.
    pub id: String,
    /// Title.
    pub title: String,
    /// Its cards.
    pub cards: Vec<Card>,
}

impl Store {
    /// The compiled deck cached for `source` when its content hash is still `hash`.
    pub fn cached_deck(
        &self,
        source: &str,
        hash: &str,
    ) -> Result<Option<CompiledDeck>, StoreError> {
        let data: Option<Vec<u8>> = self
            .conn
            .query_row(
                "SELECT data FROM deck_cache WHERE source = ?1 AND hash = ?2",
                params![source, hash],
                |r| r.get(0),
            )
            .optional()
            .map_err(|e| self.err(e))?;
        // An entry this build cannot read (written by another version) is simply rebuilt.
        let deck: Option<CompiledDeck> = data.and_then(|d| postcard::from_bytes(&d).ok());
        Ok(deck.map(|mut deck| {
            for card in &mut deck.cards {
                card.deck_id.clone_from(&deck.id);
            }
            deck
        }))
    }

    /// Caches a compiled deck for `source` at content hash `hash`.
    pub fn cache_deck(
        &self,
        source: &str,
        hash: &str,
        deck: &CompiledDeck,
    ) -> Result<(), StoreError> {
        let data = postcard::to_stdvec(deck).map_err(|e| super::unusable(&self.path, e))?;
        self.conn
            .execute(
                "INSERT OR REPLACE INTO deck_cache (source, hash, data) VALUES (?1, ?2, ?3)",
                params![source, hash, data],
            )
            .map(|_| ())
            .map_err(|e| self.err(e))
    }
}
