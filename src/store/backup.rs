//! Export of the whole store as JSON, and import that merges without duplicating reviews.

use super::{classify, insert_review, upsert_card, Review, Store, StoreError};
use crate::schedule::CardState;
use serde::{Deserialize, Serialize};

/// The JSON form of a store.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Export {
    /// Always "factdrill-progress".
    pub format: String,
    /// Schema version of the store that wrote it.
    pub version: i64,
    /// Every card state.
    pub cards: Vec<ExportCard>,
    /// Every review, oldest first.
    pub reviews: Vec<Review>,
    /// The decks the store knows: id, title, card count.
    #[serde(default)]
    pub decks: Vec<(String, String, usize)>,
}

/// One card state in an export.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ExportCard {
    /// The learner.
    pub profile: String,
    /// The card.
    pub card_id: String,
    /// Its deck.
    pub deck_id: String,
    /// Its memory and schedule.
    #[serde(flatten)]
    pub state: CardState,
}

/// What an import did.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
pub struct ImportReport {
    /// Card states written (new, or newer than the store's).
    pub cards: usize,
    /// Reviews added.
    pub reviews_added: usize,
    /// Reviews already present.
    pub reviews_skipped: usize,
}

impl Store {
    /// The whole store as an [`Export`].
    pub fn export(&self) -> Result<Export, StoreError> {
        // UNION keeps each profile once, in byte order as Rust sorts strings.
        let profiles: Vec<String> = self.rows(
            "SELECT profile FROM cards UNION SELECT profile FROM reviews ORDER BY profile",
            [],
            |r| r.get(0),
        )?;
        let mut cards = Vec::new();
        for p in &profiles {
            for row in self.cards(p, None)? {
                cards.push(ExportCard {
                    profile: p.clone(),
                    card_id: row.card_id,
                    deck_id: row.deck_id,
                    state: row.state,
                });
            }
        }
        Ok(Export {
            format: "factdrill-progress".into(),
            version: super::VERSION,
            cards,
            reviews: self.reviews(None)?,
            decks: self.decks()?,
        })
    }

    /// Merges an export: newer card states win, reviews already present are skipped.
    pub fn import(&mut self, data: &Export) -> Result<ImportReport, StoreError> {
        super::validate::check(data, &mut |profile, card| {
            Ok(self.state(profile, card)?.is_some())
        })?;
        if let Some(server) = &self.server {
            // The server first: what it took comes back into this copy by the pull.
            let report = server.push(data)?;
            self.sync()?;
            return Ok(report);
        }
        let current = |store: &Store, profile: &str| store.states(profile);
        let mut known = std::collections::HashMap::new();
        for c in &data.cards {
            if !known.contains_key(&c.profile) {
                known.insert(c.profile.clone(), current(self, &c.profile)?);
            }
        }
        let path = self.path.clone();
        let fail = |e| classify(&path, e);
        self.writable()?;
        let tx = self.conn.transaction().map_err(fail)?;
        let mut report = ImportReport::default();
        for (id, title, cards) in &data.decks {
            tx.execute(
                "INSERT INTO decks (deck_id, title, cards, updated_ms) VALUES (?1, ?2, ?3, 0) ON CONFLICT (deck_id) DO NOTHING",
                rusqlite::params![id, title, *cards as i64],
            )
            .map_err(fail)?;
        }
        for c in &data.cards {
            let newer = known
                .get(&c.profile)
                .and_then(|m| m.get(&c.card_id))
                .is_none_or(|s| s.last_review_ms < c.state.last_review_ms);
            if newer {
                upsert_card(&tx, &c.profile, &c.card_id, &c.deck_id, &c.state).map_err(fail)?;
                report.cards += 1;
            }
        }
        for r in &data.reviews {
            match insert_review(&tx, r).map_err(fail)? {
                0 => report.reviews_skipped += 1,
                _ => report.reviews_added += 1,
            }
        }
        tx.commit().map_err(fail)?;
        Ok(report)
    }
}
