//! Progress in SQLite: each card's memory state and an append-only log of every answer.
//!
//! Every connection sets WAL, `synchronous=FULL`, foreign keys and a busy timeout; each
//! answer is one transaction, committed before the next question. A file that cannot be used
//! (corrupt, from a newer factdrill, not ours) is reported and never written.

mod backup;
mod cache;
mod facts;
mod figures;
mod ids;
mod open;

mod pg;
mod remote;
mod rename;
mod schema;
mod stamp;
mod sync;
mod validate;

pub use crate::home::{clean_profile, data_dir, default_profile, STORE_FILE};
pub use backup::{Export, ExportCard, ImportReport};
pub use cache::{decode_pool, CompiledDeck, DeckIndex, EncodedPool, LazyIndex};
pub use facts::{due_by, local_day, CardFacts, CardGroup, ReviewFacts};
pub use ids::Ids;
pub use pg::{ServerError, SERVER_VERSION};
pub use remote::{add_learner, init_server, is_server_url, server_user, ServerInit};
pub use schema::{legacy_uid, APPLICATION_ID, VERSION};
pub use sync::SyncReport;

use crate::schedule::{CardState, CardStates, Phase};
use rusqlite::{params, Connection, OptionalExtension};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// Why the store cannot be used; every variant names the file and what to do.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// Not a SQLite file, or damaged beyond reading.
    #[error("{path} is damaged or not a progress file ({detail}); it was left untouched: move it away to start afresh, or restore a backup (progress.sqlite3.*.bak beside it)")]
    Corrupt {
        /// The file.
        path: PathBuf,
        /// What SQLite said.
        detail: String,
    },
    /// Readable, but its integrity check found problems: never written.
    #[error("{path} is damaged ({first}{}); it was left untouched: save what is readable with `factdrill progress export FILE`, then move the file away and `progress import FILE`, or restore a backup (progress.sqlite3.*.bak beside it)", if *.count > 1 { format!(", and {} more problems", count - 1) } else { String::new() })]
    Damaged {
        /// The file.
        path: PathBuf,
        /// The first problem found.
        first: String,
        /// How many were found (the check stops at 20).
        count: usize,
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
    #[error("{path} is not factdrill's progress file (a SQLite database without factdrill's mark and tables); it was left untouched: set FACTDRILL_HOME to another folder")]
    NotOurs {
        /// The file.
        path: PathBuf,
    },
    /// An import that would not make a consistent store.
    #[error("{what}: nothing was imported")]
    BadImport {
        /// What is wrong, naming the record.
        what: String,
    },
    /// The progress server refused or could not be reached.
    #[error(transparent)]
    Server(#[from] ServerError),
    /// Anything else SQLite or the file system refused, with what to do about it.
    #[error("cannot use the progress file {path}: {detail}; {hint}")]
    Unusable {
        /// The file.
        path: PathBuf,
        /// What went wrong.
        detail: String,
        /// What to do.
        hint: String,
    },
}

/// One line of the review log.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Review {
    /// This review's identity: random for each answer, so that a retried import or sync
    /// never doubles it and two answers in one millisecond never collapse. Empty in an
    /// export of an older factdrill: [`legacy_uid`] is used then.
    #[serde(default)]
    pub uid: String,
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
    soundness: open::Soundness,
    /// The school's server, when progress lives there: this file is then its local copy.
    server: Option<remote::Server>,
}

/// An `Unusable` error with the hint that fits it.
fn unusable_with(path: &Path, detail: impl std::fmt::Display, hint: &str) -> StoreError {
    StoreError::Unusable {
        path: path.to_path_buf(),
        detail: detail.to_string(),
        hint: hint.to_string(),
    }
}

/// A file-system error, with the hint its kind calls for.
fn io_error(path: &Path, e: &std::io::Error) -> StoreError {
    use std::io::ErrorKind as K;
    let hint = match e.kind() {
        K::PermissionDenied | K::ReadOnlyFilesystem => {
            "make the folder writable, or play with --no-save"
        }
        K::StorageFull => "free some disk space",
        K::NotADirectory | K::AlreadyExists => {
            "a file stands where a folder should be: move it away or set FACTDRILL_HOME"
        }
        _ => "check the folder, or play with --no-save",
    };
    unusable_with(path, e, hint)
}

/// Classifies a SQLite error: damage is `Corrupt`; the rest `Unusable`, with the hint that
/// fits what SQLite said (never "disk space" for a failed constraint).
fn classify(path: &Path, e: rusqlite::Error) -> StoreError {
    use rusqlite::ErrorCode as C;
    let hint = match e.sqlite_error_code() {
        Some(C::DatabaseCorrupt | C::NotADatabase) => {
            return StoreError::Corrupt {
                path: path.to_path_buf(),
                detail: e.to_string(),
            }
        }
        Some(C::DiskFull) => {
            "the disk is full: free some space and try again; the answer was not saved"
        }
        Some(C::ReadOnly | C::PermissionDenied) => {
            "the file or its folder is read-only: make it writable, or play with --no-save"
        }
        Some(C::CannotOpen) => {
            "check that its folder exists, is a folder and is writable, or set FACTDRILL_HOME"
        }
        Some(C::DatabaseBusy | C::DatabaseLocked) => {
            "another factdrill is holding it: try again in a moment"
        }
        Some(C::ConstraintViolation) => "a record does not fit what is stored; nothing was written",
        Some(C::SystemIoFailure) => {
            "the disk reported an error: check that it has space and is healthy"
        }
        _ => "nothing was written",
    };
    unusable_with(path, e, hint)
}

impl Store {
    /// An in-memory store, for tests.
    pub fn in_memory() -> Result<Store, StoreError> {
        let path = PathBuf::from(":memory:");
        let mut conn = Connection::open_in_memory().map_err(|e| classify(&path, e))?;
        open::build_schema(&mut conn).map_err(|e| classify(&path, e))?;
        let store = Store {
            conn,
            path,
            soundness: open::Soundness::sound(),
            server: None,
        };
        store.configure()?;
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
        // Read first: a session on an unchanged deck writes nothing, and so need not wait
        // for the integrity check before its first question.
        let known: Option<(String, i64)> = self
            .conn
            .query_row(
                "SELECT title, cards FROM decks WHERE deck_id = ?1",
                [deck_id],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()
            .map_err(|e| self.err(e))?;
        if known.is_some_and(|(t, c)| t == title && c == cards as i64) {
            return Ok(());
        }
        if let Some(server) = &self.server {
            server.register_deck(deck_id, title, cards, now_ms);
        }
        self.writable()?;
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

    /// The states of the cards `ids` (in that order) for a profile; none for cards never
    /// seen. This runs before every session, over every card of its decks.
    pub fn states_for(&self, profile: &str, ids: &Ids) -> Result<CardStates, StoreError> {
        // Each row's id is looked up among the deck's (in the table its cache keeps), not
        // each of the deck's ids among the rows: a profile has seen far fewer cards than a
        // large deck holds, and looking up 100,000 ids and writing a state for each was a
        // quarter of start-up at 100,000 cards (issue 13). Rows of other decks are skipped
        // unread.
        let find = ids.finder();
        let mut states = CardStates::unseen(ids.len());
        let mut stmt = self
            .conn
            .prepare_cached("SELECT card_id, phase, step, stability, difficulty, due_ms, last_review_ms, reps, lapses FROM cards WHERE profile = ?1")
            .map_err(|e| self.err(e))?;
        let mut found = stmt.query([profile]).map_err(|e| self.err(e))?;
        while let Some(r) = found.next().map_err(|e| self.err(e))? {
            let id = r
                .get_ref(0)
                .and_then(|v| v.as_str().map_err(Into::into))
                .map_err(|e| self.err(e))?;
            if let Some(k) = find.position(id) {
                states.set(k, state_at(r, 1).map_err(|e| self.err(e))?);
            }
        }
        Ok(states)
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
        self.record_with(&review.profile, &review.card_id, |_| {
            (review.clone(), state.clone())
        })
        .map(|_| ())
    }

    /// Records one answer durably: reads the card's state, lets `decide` make the review
    /// and the new state from it, and writes both, all in one immediate transaction, so
    /// that two sessions of one profile answering the same card take turns instead of
    /// each building on a state the other has replaced. Returns the state read.
    pub fn record_with(
        &self,
        profile: &str,
        card_id: &str,
        decide: impl FnOnce(Option<&CardState>) -> (Review, CardState),
    ) -> Result<Option<CardState>, StoreError> {
        match &self.server {
            Some(server) => self.record_on_server(server, profile, card_id, decide),
            None => self.record_here(profile, card_id, decide, false),
        }
    }

    /// [`Store::record_with`] in this file; with `outbox`, the answer is also marked as
    /// still to be sent to the server.
    fn record_here(
        &self,
        profile: &str,
        card_id: &str,
        decide: impl FnOnce(Option<&CardState>) -> (Review, CardState),
        outbox: bool,
    ) -> Result<Option<CardState>, StoreError> {
        self.writable()?;
        let fail = |e| self.err(e);
        let tx = self.immediate().map_err(fail)?;
        let prior = read_state(&tx, profile, card_id).map_err(fail)?;
        let (review, state) = decide(prior.as_ref());
        upsert_card(&tx, profile, card_id, &review.deck_id, &state).map_err(fail)?;
        insert_review(&tx, &review).map_err(fail)?;
        if outbox {
            sync::to_send(&tx, &review.uid).map_err(fail)?;
        }
        tx.commit().map_err(fail)?;
        Ok(prior)
    }

    /// Changes the rating and verdict of the review `uid` (an override: "I was right") and
    /// sets its card's state, in one durable transaction.
    pub fn amend(&self, review: &Review, state: &CardState) -> Result<(), StoreError> {
        let outbox = match &self.server {
            Some(server) => !server.amend(review, state)?,
            None => false,
        };
        if outbox {
            self.durable(true)?;
        }
        self.amend_here(review, state, outbox)
    }

    /// [`Store::amend`] in this file, marking the answer as still to send with `outbox`.
    fn amend_here(
        &self,
        review: &Review,
        state: &CardState,
        outbox: bool,
    ) -> Result<(), StoreError> {
        self.writable()?;
        let fail = |e| self.err(e);
        let tx = self.immediate().map_err(fail)?;
        let changed = tx
            .execute(
                "UPDATE reviews SET rating = ?2, verdict = ?3, overridden = ?4 WHERE uid = ?1",
                params![
                    review.uid,
                    i64::from(review.rating),
                    review.verdict,
                    review.overridden
                ],
            )
            .map_err(fail)?;
        if changed != 1 {
            return Err(unusable_with(
                &self.path,
                format!("the answer to amend ({}) is not in the log", review.uid),
                "nothing was changed",
            ));
        }
        upsert_card(
            &tx,
            &review.profile,
            &review.card_id,
            &review.deck_id,
            state,
        )
        .map_err(fail)?;
        if outbox {
            sync::to_send(&tx, &review.uid).map_err(fail)?;
        }
        tx.commit().map_err(fail)
    }

    /// A write transaction that takes the lock at once (`BEGIN IMMEDIATE`), so that what it
    /// reads cannot change before it writes. `&self`, so that a session can read cards while
    /// it records: safe, since nothing else opens a transaction on this connection meanwhile.
    fn immediate(&self) -> rusqlite::Result<rusqlite::Transaction<'_>> {
        rusqlite::Transaction::new_unchecked(&self.conn, rusqlite::TransactionBehavior::Immediate)
    }

    /// The review log, oldest first, optionally of one profile.
    pub fn reviews(&self, profile: Option<&str>) -> Result<Vec<Review>, StoreError> {
        self.rows(
                &format!("SELECT {REVIEW_COLUMNS} FROM reviews WHERE ?1 IS NULL OR profile = ?1 ORDER BY reviewed_at_ms, id"),
            params![profile], review_row)
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
        if let Some(server) = &self.server {
            server.set_parameters(profile, &text, reviews, now_ms)?;
        }
        self.writable()?;
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
        if let Some(server) = &self.server {
            server.reset_deck(profile, deck)?;
        }
        self.writable()?;
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

/// A review from the columns [`REVIEW_COLUMNS`] lists, in order.
fn review_row(r: &rusqlite::Row) -> rusqlite::Result<Review> {
    Ok(Review {
        uid: r.get(12)?,
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
}

/// The columns of a review, in the order [`review_row`] reads them.
const REVIEW_COLUMNS: &str = "profile, card_id, deck_id, reviewed_at_ms, rating, verdict, format, given, expected, elapsed_ms, kind, overridden, uid";

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
    // Read through `get_ref` rather than `get`: this runs for every seen card at every start
    // (8 columns of 8,000 rows), and `get`'s conversions were a fifth of it (issue 13).
    let int = |k: usize| -> rusqlite::Result<i64> { Ok(r.get_ref(at + k)?.as_i64()?) };
    let real = |k: usize| -> rusqlite::Result<f64> {
        match r.get_ref(at + k)? {
            rusqlite::types::ValueRef::Integer(i) => Ok(i as f64),
            v => Ok(v.as_f64()?),
        }
    };
    let ints = [int(0)?, int(1)?, int(4)?, int(5)?, int(6)?, int(7)?];
    Ok(state_from(ints, [real(2)?, real(3)?]))
}

/// A card state from its stored columns, each kept in its range: the integers phase,
/// step, due, last review, reps and lapses, and the reals stability and difficulty. The
/// progress file and the server read their rows through this one rule.
pub(super) fn state_from(ints: [i64; 6], reals: [f64; 2]) -> CardState {
    let [phase, step, due, last, reps, lapses] = ints;
    CardState {
        phase: Phase::from_number(phase).unwrap_or(Phase::Review),
        step: step.clamp(0, 255) as u8,
        stability: reals[0] as f32,
        difficulty: reals[1] as f32,
        due_ms: due.max(0) as u64,
        last_review_ms: last.max(0) as u64,
        reps: reps.clamp(0, i64::from(u32::MAX)) as u32,
        lapses: lapses.clamp(0, i64::from(u32::MAX)) as u32,
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

/// A card's state inside a transaction.
fn read_state(
    tx: &rusqlite::Transaction,
    profile: &str,
    card: &str,
) -> rusqlite::Result<Option<CardState>> {
    tx.prepare_cached("SELECT phase, step, stability, difficulty, due_ms, last_review_ms, reps, lapses FROM cards WHERE profile = ?1 AND card_id = ?2")?
        .query_row(params![profile, card], |r| state_at(r, 0))
        .optional()
}

/// Adds a review unless one with its uid is there (0 rows then): a retried import skips
/// what it already brought, while two answers, each with its own uid, both stay.
fn insert_review(tx: &rusqlite::Transaction, r: &Review) -> rusqlite::Result<usize> {
    let uid = if r.uid.is_empty() {
        legacy_uid(&r.profile, &r.card_id, r.reviewed_at_ms)
    } else {
        r.uid.clone()
    };
    tx.prepare_cached(
        "INSERT INTO reviews (uid, profile, card_id, deck_id, reviewed_at_ms, rating, verdict, format, given, expected, elapsed_ms, kind, overridden)
         VALUES (?13, ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12) ON CONFLICT (uid) DO NOTHING",
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
        r.overridden,
        uid
    ])
}

#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_integrity;
