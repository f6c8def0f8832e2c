//! Keeping a server's local copy in step: answers kept offline sent first (the server skips
//! uids it has, so a retry never doubles one), then what changed on the server pulled in.

use super::pg;
use super::{insert_review, upsert_card, ExportCard, Store, StoreError};
use rusqlite::params;

/// The local copy's own tables: answers still to send, and how far it has pulled.
pub(super) const LOCAL_TABLES: &str = "
CREATE TABLE IF NOT EXISTS outbox (uid TEXT PRIMARY KEY) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS pulled (what TEXT PRIMARY KEY, upto INTEGER NOT NULL) WITHOUT ROWID;";

/// What a sync did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct SyncReport {
    /// Answers kept offline that the server took.
    pub sent: usize,
    /// Answers kept offline that the server had already (an acknowledgement lost).
    pub already: usize,
    /// Reviews brought from the server.
    pub received: usize,
}

impl Store {
    /// Sends the answers kept offline, then brings the local copy up to date. Nothing to do
    /// for a local file; an error when the server cannot be reached.
    pub fn sync(&self) -> Result<SyncReport, StoreError> {
        let Some(server) = &self.server else {
            return Ok(SyncReport::default());
        };
        let mut report = SyncReport::default();
        let (cards, reviews) = self.outbox()?;
        if !reviews.is_empty() {
            let pushed = server
                .with(|c, u| pg::push(c, u, &cards, &reviews, &[]))?
                .ok_or_else(|| server.unreachable())?;
            report.sent = pushed.reviews_added;
            report.already = pushed.reviews_skipped;
            self.sent(&reviews)?;
        }
        let (rev, id) = (self.pulled("cards")?, self.pulled("reviews")?);
        let delta = server
            .with(|c, u| pg::pull(c, u, rev, id))?
            .ok_or_else(|| server.unreachable())?;
        report.received = self.apply(&delta)?;
        Ok(report)
    }
    /// The answers kept offline, oldest first, with their cards' states here.
    pub(super) fn outbox(&self) -> Result<(Vec<ExportCard>, Vec<super::Review>), StoreError> {
        let reviews = self.rows(
            &format!(
                // The outbox first (CROSS JOIN fixes the order): it is short, while
                // SQLite would otherwise walk the whole log in id order (95 ms at 100,000).
                "SELECT {} FROM outbox o CROSS JOIN reviews r ON r.uid = o.uid ORDER BY r.id",
                super::REVIEW_COLUMNS
                    .split(", ")
                    .map(|c| format!("r.{c}"))
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
            [],
            super::review_row,
        )?;
        let mut cards: Vec<ExportCard> = Vec::new();
        for r in &reviews {
            if cards
                .iter()
                .any(|c| c.profile == r.profile && c.card_id == r.card_id)
            {
                continue;
            }
            if let Some(state) = self.state(&r.profile, &r.card_id)? {
                cards.push(ExportCard {
                    profile: r.profile.clone(),
                    card_id: r.card_id.clone(),
                    deck_id: r.deck_id.clone(),
                    state,
                });
            }
        }
        Ok((cards, reviews))
    }

    /// Takes answers the server has now out of the outbox.
    fn sent(&self, reviews: &[super::Review]) -> Result<(), StoreError> {
        self.writable()?;
        let fail = |e| self.err(e);
        let tx = self.immediate().map_err(fail)?;
        for r in reviews {
            tx.execute("DELETE FROM outbox WHERE uid = ?1", [&r.uid])
                .map_err(fail)?;
        }
        tx.commit().map_err(fail)
    }

    /// How far the copy has pulled `what` (`cards` or `reviews`).
    fn pulled(&self, what: &str) -> Result<i64, StoreError> {
        let upto = self.rows("SELECT upto FROM pulled WHERE what = ?1", [what], |r| {
            r.get::<_, i64>(0)
        })?;
        Ok(upto.first().copied().unwrap_or(0))
    }

    /// Whether a pull brings nothing this copy lacks: then nothing is written, and a
    /// session starts without waiting for the copy's integrity check.
    fn holds(&self, delta: &pg::Delta) -> Result<bool, StoreError> {
        if self.pulled("cards")? != delta.rev || self.pulled("reviews")? != delta.id {
            return Ok(false);
        }
        // One query a few hundred rows at a time, not one a row: this runs at every start.
        for chunk in delta.reviews.chunks(500) {
            let marks = vec!["?"; chunk.len()].join(", ");
            let sql = format!("SELECT count(*) FROM reviews WHERE uid IN ({marks})");
            let uids = chunk.iter().map(|r| r.uid.as_str());
            let here = self.rows(&sql, rusqlite::params_from_iter(uids), |r| {
                r.get::<_, i64>(0)
            })?;
            if here.first().copied() != Some(chunk.len() as i64) {
                return Ok(false);
            }
        }
        for chunk in delta.cards.chunks(400) {
            let marks = vec!["(?, ?)"; chunk.len()].join(", ");
            let sql = format!(
                "SELECT profile, card_id, phase, step, stability, difficulty, due_ms, last_review_ms, reps, lapses
                 FROM cards WHERE (profile, card_id) IN (VALUES {marks})"
            );
            let keys = chunk
                .iter()
                .flat_map(|c| [c.profile.as_str(), c.card_id.as_str()]);
            let here: std::collections::HashMap<(String, String), crate::schedule::CardState> =
                self.rows(&sql, rusqlite::params_from_iter(keys), |r| {
                    Ok(((r.get(0)?, r.get(1)?), super::state_at(r, 2)?))
                })?
                .into_iter()
                .collect();
            let same = |c: &ExportCard| {
                here.get(&(c.profile.clone(), c.card_id.clone())) == Some(&c.state)
            };
            if !chunk.iter().all(same) {
                return Ok(false);
            }
        }
        let params: Vec<(String, String, i64, i64)> = self.rows(
            "SELECT profile, parameters, fitted_at_ms, reviews FROM parameters ORDER BY profile",
            [],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
        )?;
        let mut theirs = delta.parameters.clone();
        theirs.sort();
        let mut decks = delta.decks.clone();
        decks.sort();
        Ok(params == theirs && self.decks()? == decks)
    }

    /// Writes what the server changed into the copy, in one transaction; returns how many
    /// reviews were new here.
    fn apply(&self, delta: &pg::Delta) -> Result<usize, StoreError> {
        if self.holds(delta)? {
            return Ok(0);
        }
        self.writable()?;
        let fail = |e| self.err(e);
        let tx = self.immediate().map_err(fail)?;
        for (id, title, cards) in &delta.decks {
            tx.execute(
                "INSERT INTO decks (deck_id, title, cards, updated_ms) VALUES (?1, ?2, ?3, 0)
                 ON CONFLICT (deck_id) DO UPDATE SET title = ?2, cards = ?3",
                params![id, title, *cards as i64],
            )
            .map_err(fail)?;
        }
        for c in &delta.cards {
            upsert_card(&tx, &c.profile, &c.card_id, &c.deck_id, &c.state).map_err(fail)?;
        }
        let mut received = 0;
        for r in &delta.reviews {
            received += insert_review(&tx, r).map_err(fail)?;
        }
        for (profile, text, at, reviews) in &delta.parameters {
            tx.execute(
                "INSERT OR REPLACE INTO parameters (profile, parameters, fitted_at_ms, reviews) VALUES (?1, ?2, ?3, ?4)",
                params![profile, text, at, reviews],
            )
            .map_err(fail)?;
        }
        for (what, upto) in [("cards", delta.rev), ("reviews", delta.id)] {
            tx.execute(
                "INSERT OR REPLACE INTO pulled (what, upto) VALUES (?1, ?2)",
                params![what, upto],
            )
            .map_err(fail)?;
        }
        tx.commit().map_err(fail)?;
        Ok(received)
    }
}

/// Marks an answer, inside the transaction that records it here, as still to send.
pub(super) fn to_send(tx: &rusqlite::Transaction, uid: &str) -> rusqlite::Result<usize> {
    tx.execute("INSERT OR IGNORE INTO outbox (uid) VALUES (?1)", [uid])
}
