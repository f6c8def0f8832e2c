//! Progress in SQLite: each card's memory state and an append-only log of every answer.
//!
//! Every connection sets WAL, `synchronous=FULL`, foreign keys and a busy timeout; each
//! answer is one transaction, committed before the next question. A file that cannot be used
//! (corrupt, from a newer factdrill, not ours) is reported and never written.

mod backup;
mod cache;
mod figures;
mod paths;
mod schema;

pub use backup::{Export, ExportCard, ImportReport};
pub use cache::{CompiledDeck, DeckIndex};
pub use paths::{clean_profile, data_dir, default_profile, STORE_FILE};
pub use schema::VERSION;

use crate::schedule::{CardState, Phase};
use rusqlite::{params, Connection, OpenFlags, OptionalExtension};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// Why the store cannot be used; every variant names the file and what to do.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// Not a SQLite file, or damaged.
    #[error("{path} is damaged or not a progress file ({detail}); it was left untouched: move it away to start afresh, or restore a backup")]
    Corrupt {
        /// The file.
        path: PathBuf,
        /// What SQLite said.
        detail: String,
    },
    /// Written by a newer factdrill.
    #[error("{path} was written by a newer factdrill (schema {found}, this one reads up to {VERSION}); it was left untouched: upgrade factdrill")]
    Newer {
        /// The file.
        path: PathBuf,
        /// Its schema version.
        found: i64,
    },
    /// A SQLite database of something else.
    #[error("{path} is a SQLite database of another program; it was left untouched: set FACTDRILL_HOME to another folder")]
    NotOurs {
        /// The file.
        path: PathBuf,
    },
    /// Anything else SQLite or the file system refused.
    #[error("cannot use the progress file {path}: {detail}; check that the disk has space and the folder is writable, or play with --no-save")]
    Unusable {
        /// The file.
        path: PathBuf,
        /// What went wrong.
        detail: String,
    },
}

/// One line of the review log.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Review {
    /// The learner.
    pub profile: String,
    /// The card.
    pub card_id: String,
    /// Its deck.
    pub deck_id: String,
    /// When, in ms since the Unix epoch.
    pub reviewed_at_ms: u64,
    /// FSRS rating, 1-4.
    pub rating: u8,
    /// `correct`, `close` or `wrong`.
    pub verdict: String,
    /// `typed` or `choice`.
    pub format: String,
    /// What was given.
    pub given: String,
    /// The right answer.
    pub expected: String,
    /// Time taken to answer.
    pub elapsed_ms: u64,
    /// `new`, `learn`, `review` or `relearn`: the card's phase before this answer.
    pub kind: String,
    /// Whether the player overrode a wrong verdict.
    pub overridden: bool,
}

/// A card's state with its ids.
#[derive(Debug, Clone, PartialEq)]
pub struct CardRow {
    /// The card.
    pub card_id: String,
    /// Its deck.
    pub deck_id: String,
    /// Its memory and schedule.
    pub state: CardState,
}

/// An open progress store.
#[derive(Debug)]
pub struct Store {
    conn: Connection,
    path: PathBuf,
}

fn unusable(path: &Path, e: impl std::fmt::Display) -> StoreError {
    StoreError::Unusable {
        path: path.to_path_buf(),
        detail: e.to_string(),
    }
}

/// Classifies a SQLite error: damage is `Corrupt`, the rest `Unusable`.
fn classify(path: &Path, e: rusqlite::Error) -> StoreError {
    use rusqlite::ErrorCode::{DatabaseCorrupt, NotADatabase};
    match e.sqlite_error_code() {
        Some(DatabaseCorrupt | NotADatabase) => StoreError::Corrupt {
            path: path.to_path_buf(),
            detail: e.to_string(),
        },
        _ => unusable(path, e),
    }
}

impl Store {
    /// Opens (or creates) the store at `path`, migrating an older schema after a backup.
    pub fn open(path: &Path) -> Result<Store, StoreError> {
        // Two sessions starting on a new file at once can meet a lock that SQLite does not
        // wait for (switching to WAL, creating the schema): try again for a moment.
        let mut attempt = 0;
        loop {
            match Self::open_once(path) {
                Err(StoreError::Unusable { detail, .. })
                    if detail.contains("locked") && attempt < 100 =>
                {
                    attempt += 1;
                    std::thread::sleep(std::time::Duration::from_millis(20));
                }
                other => return other,
            }
        }
    }

    fn open_once(path: &Path) -> Result<Store, StoreError> {
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir).map_err(|e| unusable(path, e))?;
        }
        let existing = path.exists();
        if existing {
            probe(path)?;
        }
        let flags = OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_CREATE;
        let conn = Connection::open_with_flags(path, flags).map_err(|e| classify(path, e))?;
        let mut store = Store {
            conn,
            path: path.to_path_buf(),
        };
        store.configure()?;
        store.migrate(existing)?;
        Ok(store)
    }

    /// An in-memory store, for tests.
    pub fn in_memory() -> Result<Store, StoreError> {
        let path = PathBuf::from(":memory:");
        let conn = Connection::open_in_memory().map_err(|e| classify(&path, e))?;
        let mut store = Store { conn, path };
        store.configure()?;
        store.migrate(false)?;
        Ok(store)
    }

    /// The file.
    pub fn path(&self) -> &Path {
        &self.path
    }

    fn err(&self, e: rusqlite::Error) -> StoreError {
        classify(&self.path, e)
    }

    /// Every row `sql` gives, each read by `read`.
    fn rows<T>(
        &self,
        sql: &str,
        params: impl rusqlite::Params,
        read: impl FnMut(&rusqlite::Row) -> rusqlite::Result<T>,
    ) -> Result<Vec<T>, StoreError> {
        let mut stmt = self.conn.prepare_cached(sql).map_err(|e| self.err(e))?;
        let rows = stmt.query_map(params, read).map_err(|e| self.err(e))?;
        rows.collect::<Result<_, _>>().map_err(|e| self.err(e))
    }

    fn configure(&self) -> Result<(), StoreError> {
        // The timeout first: switching to WAL needs a lock another session may hold. Reads go
        // through a memory map, which halves the time to load a large cached deck.
        self.conn
            .busy_timeout(std::time::Duration::from_secs(10))
            .map_err(|e| self.err(e))?;
        self.conn
            .execute_batch("PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON; PRAGMA mmap_size=268435456;")
            .map_err(|e| self.err(e))
    }

    fn version(&self) -> Result<i64, StoreError> {
        self.conn
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .map_err(|e| self.err(e))
    }

    /// Brings the schema to [`VERSION`]: a new file gets it whole; an older one is backed up
    /// with `VACUUM INTO`, then migrated in one transaction.
    fn migrate(&mut self, existing: bool) -> Result<(), StoreError> {
        let version = self.version()?;
        if version > VERSION {
            return Err(StoreError::Newer {
                path: self.path.clone(),
                found: version,
            });
        }
        if version == VERSION {
            return Ok(());
        }
        if existing && version > 0 {
            self.backup(&format!("before-v{VERSION}"))?;
        }
        let path = self.path.clone();
        let fail = |e| classify(&path, e);
        // Immediate: two sessions creating the store at once take turns, and the second
        // sees the first one's work when it reads the version again below.
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)
            .map_err(fail)?;
        let version: i64 = tx
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .map_err(fail)?;
        let tables: i64 = tx
            .query_row("SELECT count(*) FROM sqlite_master", [], |r| r.get(0))
            .map_err(fail)?;
        if version == 0 && tables > 0 {
            return Err(StoreError::NotOurs {
                path: self.path.clone(),
            });
        }
        if version == 0 {
            tx.execute_batch(schema::V1).map_err(fail)?;
        }
        for step in schema::MIGRATIONS.iter().skip(version.max(1) as usize - 1) {
            tx.execute_batch(step).map_err(fail)?;
        }
        tx.pragma_update(None, "user_version", VERSION)
            .map_err(fail)?;
        tx.commit().map_err(fail)
    }

    /// Writes a consistent copy of the store beside it (`VACUUM INTO`, safe while in use).
    pub fn backup(&self, label: &str) -> Result<PathBuf, StoreError> {
        let stamp = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_secs());
        let target = self
            .path
            .with_extension(format!("sqlite3.{label}-{stamp}.bak"));
        let _ = std::fs::remove_file(&target);
        self.conn
            .execute("VACUUM INTO ?1", [target.to_string_lossy()])
            .map_err(|e| self.err(e))?;
        Ok(target)
    }

    /// Notes a deck and its card count, so that stats can count cards never seen.
    pub fn register_deck(
        &self,
        deck_id: &str,
        title: &str,
        cards: usize,
        now_ms: u64,
    ) -> Result<(), StoreError> {
        self.conn
            .execute(
                "INSERT INTO decks (deck_id, title, cards, updated_ms) VALUES (?1, ?2, ?3, ?4)
                 ON CONFLICT (deck_id) DO UPDATE SET title = ?2, cards = ?3, updated_ms = ?4
                 WHERE title != ?2 OR cards != ?3",
                params![deck_id, title, cards as i64, now_ms as i64],
            )
            .map(|_| ())
            .map_err(|e| self.err(e))
    }

    /// The decks the store knows: id, title and card count.
    pub fn decks(&self) -> Result<Vec<(String, String, usize)>, StoreError> {
        self.rows(
            "SELECT deck_id, title, cards FROM decks ORDER BY deck_id",
            [],
            |r| Ok((r.get(0)?, r.get(1)?, r.get::<_, i64>(2)? as usize)),
        )
    }

    /// Every card state of a profile, optionally of one deck.
    pub fn cards(&self, profile: &str, deck: Option<&str>) -> Result<Vec<CardRow>, StoreError> {
        self.rows(
            "SELECT card_id, deck_id, phase, step, stability, difficulty, due_ms, last_review_ms, reps, lapses
             FROM cards WHERE profile = ?1 AND (?2 IS NULL OR deck_id = ?2)",
            params![profile, deck],
            card_row,
        )
    }

    /// One card's state, if it has been seen.
    pub fn state(&self, profile: &str, card: &str) -> Result<Option<CardState>, StoreError> {
        self.conn
            .prepare_cached("SELECT phase, step, stability, difficulty, due_ms, last_review_ms, reps, lapses FROM cards WHERE profile = ?1 AND card_id = ?2")
            .and_then(|mut stmt| stmt.query_row(params![profile, card], |r| state_at(r, 0)).optional())
            .map_err(|e| self.err(e))
    }

    /// The states of the cards `ids` (in that order) for a profile; `None` for cards never
    /// seen. Rows are matched by binary search on borrowed ids, with no allocation per row:
    /// this runs before every session, over every card of its decks.
    pub fn states_for(
        &self,
        profile: &str,
        ids: &[String],
    ) -> Result<Vec<Option<CardState>>, StoreError> {
        // A map from id to position: at 10,000 cards, sorting and binary search spent more
        // time comparing strings than SQLite spent reading the rows.
        let position: HashMap<&str, usize> = ids
            .iter()
            .enumerate()
            .map(|(k, id)| (id.as_str(), k))
            .collect();
        let mut out = vec![None; ids.len()];
        let mut stmt = self
            .conn
            .prepare_cached("SELECT card_id, phase, step, stability, difficulty, due_ms, last_review_ms, reps, lapses FROM cards WHERE profile = ?1")
            .map_err(|e| self.err(e))?;
        let mut rows = stmt.query([profile]).map_err(|e| self.err(e))?;
        while let Some(r) = rows.next().map_err(|e| self.err(e))? {
            let id = r
                .get_ref(0)
                .and_then(|v| v.as_str().map_err(Into::into))
                .map_err(|e| self.err(e))?;
            if let Some(&at) = position.get(id) {
                out[at] = Some(state_at(r, 1).map_err(|e| self.err(e))?);
            }
        }
        Ok(out)
    }

    /// Card states of a profile keyed by card id (a lean query: this runs before every session).
    pub fn states(&self, profile: &str) -> Result<HashMap<String, CardState>, StoreError> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT card_id, phase, step, stability, difficulty, due_ms, last_review_ms, reps, lapses FROM cards WHERE profile = ?1")
            .map_err(|e| self.err(e))?;
        let mut rows = stmt.query([profile]).map_err(|e| self.err(e))?;
        let mut out = HashMap::new();
        while let Some(r) = rows.next().map_err(|e| self.err(e))? {
            let id = r
                .get_ref(0)
                .and_then(|v| v.as_str().map_err(Into::into))
                .map_err(|e| self.err(e))?
                .to_string();
            out.insert(id, state_at(r, 1).map_err(|e| self.err(e))?);
        }
        Ok(out)
    }

    /// How far local time is ahead of UTC at `at_ms`, from the C library's time zone (TZ),
    /// as SQLite reads it; 0 when it cannot tell.
    pub fn local_offset_ms(&self, at_ms: u64) -> i64 {
        let secs = (at_ms / 1000) as i64;
        self.conn
            .query_row(
                "SELECT CAST(strftime('%s', ?1, 'unixepoch', 'localtime') AS INTEGER) - ?1",
                [secs],
                |r| r.get::<_, i64>(0),
            )
            .map_or(0, |s| s * 1000)
    }

    /// How many new cards of a deck a profile began since `since_ms`.
    pub fn new_since(&self, profile: &str, deck: &str, since_ms: u64) -> Result<usize, StoreError> {
        self.conn
            .query_row(
                "SELECT count(*) FROM reviews WHERE profile = ?1 AND deck_id = ?2 AND kind = 'new' AND reviewed_at_ms >= ?3",
                params![profile, deck, since_ms as i64],
                |r| r.get::<_, i64>(0),
            )
            .map(|n| n as usize)
            .map_err(|e| self.err(e))
    }

    /// Records one answer and the card's new state in a single durable transaction.
    pub fn record(&self, review: &Review, state: &CardState) -> Result<(), StoreError> {
        let path = self.path.clone();
        let fail = |e| classify(&path, e);
        // `&self`, so that a session can read cards while it records: rusqlite's unchecked
        // transaction is safe here because nothing else opens one on this connection meanwhile.
        let tx = self.conn.unchecked_transaction().map_err(fail)?;
        upsert_card(
            &tx,
            &review.profile,
            &review.card_id,
            &review.deck_id,
            state,
        )
        .map_err(fail)?;
        insert_review(&tx, review).map_err(fail)?;
        tx.commit().map_err(fail)
    }

    /// The review log, oldest first, optionally of one profile.
    pub fn reviews(&self, profile: Option<&str>) -> Result<Vec<Review>, StoreError> {
        self.rows(
                "SELECT profile, card_id, deck_id, reviewed_at_ms, rating, verdict, format, given, expected, elapsed_ms, kind, overridden
                 FROM reviews WHERE ?1 IS NULL OR profile = ?1 ORDER BY reviewed_at_ms, id",
            params![profile], |r| {
                Ok(Review {
                    profile: r.get(0)?,
                    card_id: r.get(1)?,
                    deck_id: r.get(2)?,
                    reviewed_at_ms: r.get::<_, i64>(3)?.max(0) as u64,
                    rating: r.get::<_, i64>(4)?.clamp(1, 4) as u8,
                    verdict: r.get(5)?,
                    format: r.get(6)?,
                    given: r.get(7)?,
                    expected: r.get(8)?,
                    elapsed_ms: r.get::<_, i64>(9)?.max(0) as u64,
                    kind: r.get(10)?,
                    overridden: r.get(11)?,
                })
            })
    }

    /// The profile's fitted FSRS parameters, if any.
    pub fn parameters(&self, profile: &str) -> Result<Option<Vec<f32>>, StoreError> {
        let text: Option<String> = self
            .conn
            .query_row(
                "SELECT parameters FROM parameters WHERE profile = ?1",
                [profile],
                |r| r.get(0),
            )
            .optional()
            .map_err(|e| self.err(e))?;
        Ok(text.and_then(|t| serde_json::from_str(&t).ok()))
    }

    /// Stores fitted parameters for a profile.
    pub fn set_parameters(
        &self,
        profile: &str,
        parameters: &[f32],
        reviews: usize,
        now_ms: u64,
    ) -> Result<(), StoreError> {
        let text = serde_json::to_string(parameters).unwrap_or_default();
        self.conn
            .execute(
                "INSERT OR REPLACE INTO parameters (profile, parameters, fitted_at_ms, reviews) VALUES (?1, ?2, ?3, ?4)",
                params![profile, text, now_ms as i64, reviews as i64],
            )
            .map(|_| ())
            .map_err(|e| self.err(e))
    }

    /// Deletes a profile's progress in one deck (card states and their reviews).
    pub fn reset_deck(&mut self, profile: &str, deck: &str) -> Result<usize, StoreError> {
        self.conn
            .execute(
                "DELETE FROM cards WHERE profile = ?1 AND deck_id = ?2",
                params![profile, deck],
            )
            .map_err(|e| self.err(e))
    }

    /// SQLite's integrity and foreign-key checks: an empty list means all is well.
    pub fn check(&self) -> Result<Vec<String>, StoreError> {
        let mut problems = self.rows("PRAGMA integrity_check", [], |r| r.get::<_, String>(0))?;
        problems.retain(|p| p != "ok");
        problems.extend(self.rows("PRAGMA foreign_key_check", [], |r| {
            Ok(format!(
                "foreign key: row {} of {}",
                r.get::<_, i64>(1)?,
                r.get::<_, String>(0)?
            ))
        })?);
        Ok(problems)
    }
}

/// A card row: card id, deck id, then the eight columns of its state.
fn card_row(r: &rusqlite::Row) -> rusqlite::Result<CardRow> {
    Ok(CardRow {
        card_id: r.get(0)?,
        deck_id: r.get(1)?,
        state: state_at(r, 2)?,
    })
}

/// A card state from eight columns of a row, starting at `at`: phase, step, stability,
/// difficulty, due, last review, reps, lapses.
fn state_at(r: &rusqlite::Row, at: usize) -> rusqlite::Result<CardState> {
    let int = |k: usize| r.get::<_, i64>(at + k);
    Ok(CardState {
        phase: Phase::from_number(int(0)?).unwrap_or(Phase::Review),
        step: int(1)?.clamp(0, 255) as u8,
        stability: r.get::<_, f64>(at + 2)? as f32,
        difficulty: r.get::<_, f64>(at + 3)? as f32,
        due_ms: int(4)?.max(0) as u64,
        last_review_ms: int(5)?.max(0) as u64,
        reps: int(6)?.clamp(0, i64::from(u32::MAX)) as u32,
        lapses: int(7)?.clamp(0, i64::from(u32::MAX)) as u32,
    })
}

/// Reads an existing file read-only first, so that damage, a foreign database or a newer
/// schema is found before anything (even switching to WAL) writes to it.
fn probe(path: &Path) -> Result<(), StoreError> {
    let conn = Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY)
        .map_err(|e| classify(path, e))?;
    conn.busy_timeout(std::time::Duration::from_secs(10))
        .map_err(|e| classify(path, e))?;
    let tables: i64 = conn
        .query_row("SELECT count(*) FROM sqlite_master", [], |r| r.get(0))
        .map_err(|e| classify(path, e))?;
    let version: i64 = conn
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .map_err(|e| classify(path, e))?;
    match version {
        v if v > VERSION => Err(StoreError::Newer {
            path: path.to_path_buf(),
            found: v,
        }),
        0 if tables > 0 => Err(StoreError::NotOurs {
            path: path.to_path_buf(),
        }),
        _ => Ok(()),
    }
}

fn upsert_card(
    tx: &rusqlite::Transaction,
    profile: &str,
    card: &str,
    deck: &str,
    s: &CardState,
) -> rusqlite::Result<usize> {
    tx.prepare_cached(
        "INSERT INTO cards (profile, card_id, deck_id, phase, step, stability, difficulty, due_ms, last_review_ms, reps, lapses)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)
         ON CONFLICT (profile, card_id) DO UPDATE SET deck_id = ?3, phase = ?4, step = ?5, stability = ?6,
           difficulty = ?7, due_ms = ?8, last_review_ms = ?9, reps = ?10, lapses = ?11",
    )?
    .execute(params![
        profile,
        card,
        deck,
        s.phase as i64,
        i64::from(s.step),
        f64::from(s.stability),
        f64::from(s.difficulty),
        s.due_ms as i64,
        s.last_review_ms as i64,
        i64::from(s.reps),
        i64::from(s.lapses)
    ])
}

fn insert_review(tx: &rusqlite::Transaction, r: &Review) -> rusqlite::Result<usize> {
    tx.prepare_cached(
        "INSERT OR IGNORE INTO reviews (profile, card_id, deck_id, reviewed_at_ms, rating, verdict, format, given, expected, elapsed_ms, kind, overridden)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
    )?
    .execute(params![
        r.profile,
        r.card_id,
        r.deck_id,
        r.reviewed_at_ms as i64,
        i64::from(r.rating),
        r.verdict,
        r.format,
        r.given,
        r.expected,
        r.elapsed_ms as i64,
        r.kind,
        r.overridden
    ])
}

#[cfg(test)]
mod tests;
