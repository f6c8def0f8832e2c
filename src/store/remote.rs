//! Progress on a school's server behind the same [`Store`]: the server holds the truth,
//! and a local SQLite copy (one per server and role, under `servers/` in the data folder)
//! serves reads, so that a session starts from local disk, and keeps answers while the
//! server cannot be reached.
//!
//! An answer is recorded on the server in one transaction, committed before it is
//! acknowledged, then copied here. When the server is gone (at start or mid-session) the
//! answer is recorded here and its uid put in the `outbox`; the next start or
//! `progress sync` sends the outbox first (the server skips uids it has, so a retry after
//! a lost acknowledgement never doubles an answer) and then pulls what changed.

use super::pg::{self, ServerError, ServerUrl};
use super::{insert_review, upsert_card, Export, ExportCard, ImportReport, Store, StoreError};
use crate::schedule::CardState;
use rusqlite::params;
use std::cell::{Cell, RefCell};
use std::io::Write;
use std::path::Path;

/// The local copy's own tables: answers still to send, and how far it has pulled.
const LOCAL_TABLES: &str = "
CREATE TABLE IF NOT EXISTS outbox (uid TEXT PRIMARY KEY) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS pulled (what TEXT PRIMARY KEY, upto INTEGER NOT NULL) WITHOUT ROWID;";

/// Whether a store address names a PostgreSQL server rather than a local file.
pub fn is_server_url(target: &str) -> bool {
    target.starts_with("postgres://") || target.starts_with("postgresql://")
}

/// The user a server URL logs in as, if it can be read.
pub fn server_user(url: &str) -> Option<String> {
    ServerUrl::parse(url).ok().map(|u| u.user().to_string())
}

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

/// The server behind a store, and the connection to it (`None`: offline).
pub(crate) struct Server {
    url: ServerUrl,
    link: RefCell<Option<postgres::Client>>,
    /// Whether "playing offline" has been said.
    said: Cell<bool>,
    /// What the sync at opening did.
    synced: Cell<SyncReport>,
}

impl std::fmt::Debug for Server {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Server").field("url", &self.url).finish()
    }
}

impl Server {
    /// Drops the connection after `e` when it means the server is gone, saying so once;
    /// any other error is the caller's.
    fn offline_after(&self, e: ServerError) -> Result<(), StoreError> {
        if !e.is_unreachable() {
            return Err(e.into());
        }
        *self.link.borrow_mut() = None;
        if !self.said.replace(true) {
            let _ = writeln!(
                crate::output::stderr(),
                "factdrill: {e}; playing offline: answers are kept on this computer and sent when the server is back (next start, or `factdrill progress sync`)"
            );
        }
        Ok(())
    }

    /// Runs `op` on the server; `Ok(None)` when offline (or it just went away).
    fn with<T>(
        &self,
        op: impl FnOnce(&mut postgres::Client, &ServerUrl) -> Result<T, ServerError>,
    ) -> Result<Option<T>, StoreError> {
        let outcome = match self.link.borrow_mut().as_mut() {
            Some(client) => op(client, &self.url),
            None => return Ok(None),
        };
        match outcome {
            Ok(v) => Ok(Some(v)),
            Err(e) => self.offline_after(e).map(|()| None),
        }
    }

    /// Amends an answer on the server: `false` when offline (kept to send).
    pub(crate) fn amend(
        &self,
        review: &super::Review,
        state: &CardState,
    ) -> Result<bool, StoreError> {
        Ok(self.with(|c, u| pg::amend(c, u, review, state))?.is_some())
    }

    /// Stores fitted parameters on the server (when it is there).
    pub(crate) fn set_parameters(
        &self,
        profile: &str,
        text: &str,
        reviews: usize,
        now_ms: u64,
    ) -> Result<(), StoreError> {
        let op = |c: &mut postgres::Client, u: &ServerUrl| {
            pg::set_parameters(c, profile, text, reviews, now_ms)
                .map_err(|e| ServerError::from_pg(u, &e, None))
        };
        self.with(op).map(drop)
    }

    /// Notes a deck on the server, when it is there; a deck's title is no answer, so a
    /// failure here is left for the next session.
    pub(crate) fn register_deck(&self, id: &str, title: &str, cards: usize, now_ms: u64) {
        let op = |c: &mut postgres::Client, u: &ServerUrl| {
            pg::register_deck(c, id, title, cards, now_ms)
                .map_err(|e| ServerError::from_pg(u, &e, None))
        };
        let _ = self.with(op);
    }

    /// Forgets a profile's deck on the server: refused offline, since the copies would
    /// disagree.
    pub(crate) fn reset_deck(&self, profile: &str, deck: &str) -> Result<(), StoreError> {
        let op = |c: &mut postgres::Client, u: &ServerUrl| {
            pg::reset_deck(c, profile, deck).map_err(|e| ServerError::from_pg(u, &e, None))
        };
        self.with(op)?.map(drop).ok_or_else(|| self.unreachable())
    }

    /// Sends an export to the server: refused offline.
    pub(crate) fn push(&self, data: &Export) -> Result<ImportReport, StoreError> {
        let op = |c: &mut postgres::Client, u: &ServerUrl| {
            pg::push(c, u, &data.cards, &data.reviews, &data.decks)
        };
        self.with(op)?.ok_or_else(|| self.unreachable())
    }

    fn unreachable(&self) -> StoreError {
        ServerError::Unreachable {
            url: self.url.shown().into(),
            detail: "it was not reachable when this began".into(),
        }
        .into()
    }
}

impl Store {
    /// Opens the progress kept on the server `url`, with its local copy in `data_dir`;
    /// sends what was kept offline and brings the copy up to date. An unreachable server
    /// is not an error: the session plays offline, and says so.
    pub fn connect(url: &str, data_dir: &Path) -> Result<Store, StoreError> {
        let url = ServerUrl::parse(url)?;
        let file = data_dir
            .join("servers")
            .join(format!("{}.sqlite3", url.file_stem()));
        let mut store = Store::open(&file)?;
        // Written only once: a write waits for the integrity check that runs in the
        // background while the session starts.
        let have: Vec<String> = store.rows(
            "SELECT name FROM sqlite_master WHERE name IN ('outbox', 'pulled')",
            [],
            |r| r.get(0),
        )?;
        if have.len() < 2 {
            store.writable()?;
            store
                .conn
                .execute_batch(LOCAL_TABLES)
                .map_err(|e| store.err(e))?;
        }
        let link = url.connect().and_then(|mut c| {
            pg::check_version(&mut c, &url)?;
            Ok(c)
        });
        let (link, lost) = match link {
            Ok(c) => (Some(c), None),
            Err(e) if e.is_unreachable() => (None, Some(e)),
            Err(e) => return Err(e.into()),
        };
        store.server = Some(Server {
            url,
            link: RefCell::new(link),
            said: Cell::new(false),
            synced: Cell::new(SyncReport::default()),
        });
        // While the server acknowledges answers, this copy is a cache that the next pull
        // mends: its commits need not wait for the disk (WAL keeps it consistent either
        // way). Answers kept here offline are the only copy, and are written with FULL.
        if lost.is_none() {
            store.durable(false)?;
        }
        if let Some(server) = &store.server {
            match lost {
                Some(e) => server.offline_after(e)?,
                None => {
                    let report = store.sync()?;
                    server.synced.set(report);
                }
            }
        }
        Ok(store)
    }

    /// Whether this store is a server's, and it is reachable.
    pub fn online(&self) -> bool {
        self.server
            .as_ref()
            .is_some_and(|s| s.link.borrow().is_some())
    }

    /// What the sync at opening did (nothing for a local file).
    pub fn synced(&self) -> SyncReport {
        self.server
            .as_ref()
            .map_or_else(SyncReport::default, |s| s.synced.get())
    }

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

    /// Records an answer on the server, then here; offline, here with its uid in the outbox.
    pub(super) fn record_on_server(
        &self,
        server: &Server,
        profile: &str,
        card_id: &str,
        decide: impl FnOnce(Option<&CardState>) -> (super::Review, CardState),
    ) -> Result<Option<CardState>, StoreError> {
        // The connection is taken out while it is used, so that a failure can mark the
        // store offline without a borrow of it outstanding.
        let taken = server.link.borrow_mut().take();
        let Some(mut client) = taken else {
            self.durable(true)?;
            return self.record_here(profile, card_id, decide, true);
        };
        let mut decide = Some(decide);
        let tried = attempt(&mut client, &server.url, profile, card_id, &mut decide);
        *server.link.borrow_mut() = Some(client);
        let (done, review, state, prior) = match (tried, decide) {
            (Ok(decided), _) => decided,
            (Err(e), Some(decide)) => {
                server.offline_after(e)?;
                self.durable(true)?;
                return self.record_here(profile, card_id, decide, true);
            }
            (Err(e), None) => return Err(e.into()),
        };
        // Lost after deciding (the commit's reply, say): the same answer, kept to send; the
        // server skips it if it did commit.
        let kept = match done {
            Ok(()) => false,
            Err(e) => {
                server.offline_after(e)?;
                self.durable(true)?;
                true
            }
        };
        let here = self.record_here(profile, card_id, |_| (review, state), kept);
        // Once the server has it, the copy here is a cache, which the next pull mends if
        // this write failed: its failure is not the answer's.
        if kept {
            here?;
        }
        Ok(prior)
    }

    /// Whether this copy's commits wait for the disk (`synchronous=FULL`) or not (`NORMAL`).
    pub(super) fn durable(&self, full: bool) -> Result<(), StoreError> {
        let mode = if full { "FULL" } else { "NORMAL" };
        self.conn
            .execute_batch(&format!("PRAGMA synchronous={mode}"))
            .map_err(|e| self.err(e))
    }

    /// The answers kept offline, oldest first, with their cards' states here.
    fn outbox(&self) -> Result<(Vec<ExportCard>, Vec<super::Review>), StoreError> {
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
        for r in &delta.reviews {
            let here = self.rows("SELECT 1 FROM reviews WHERE uid = ?1", [&r.uid], |_| Ok(()))?;
            if here.is_empty() {
                return Ok(false);
            }
        }
        for c in &delta.cards {
            if self.state(&c.profile, &c.card_id)?.as_ref() != Some(&c.state) {
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

/// What recording on the server came to once decided: the commit's outcome, the answer and
/// state decided, and the state read; an error before deciding leaves `decide` unused.
type Attempt = (
    Result<(), ServerError>,
    super::Review,
    CardState,
    Option<CardState>,
);

/// Begins the answer's transaction on the server, decides, and finishes it.
fn attempt<F>(
    client: &mut postgres::Client,
    url: &ServerUrl,
    profile: &str,
    card_id: &str,
    decide: &mut Option<F>,
) -> Result<Attempt, ServerError>
where
    F: FnOnce(Option<&CardState>) -> (super::Review, CardState),
{
    let (tx, prior) = pg::begin(client, url, profile, card_id)?;
    let Some(decide) = decide.take() else {
        return Err(ServerError::Failed {
            url: url.shown().into(),
            detail: "an answer was decided twice".into(),
        });
    };
    let (review, state) = decide(prior.as_ref());
    let done = pg::finish(tx, url, profile, card_id, &review, &state);
    Ok((done, review, state, prior))
}

/// Marks an answer, inside the transaction that records it here, as still to send.
pub(super) fn to_send(tx: &rusqlite::Transaction, uid: &str) -> rusqlite::Result<usize> {
    tx.execute("INSERT OR IGNORE INTO outbox (uid) VALUES (?1)", [uid])
}

/// What `server init` did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ServerInit {
    /// The schema version found (0: none).
    pub from: i64,
    /// The teacher's connection string, when the teacher's role was made just now.
    pub teacher: Option<String>,
}

/// Creates or upgrades factdrill's schema, roles and policies on a server, connected with
/// an administrator's URL.
pub fn init_server(admin_url: &str) -> Result<ServerInit, StoreError> {
    let done = pg::init(&ServerUrl::parse(admin_url)?)?;
    Ok(ServerInit {
        from: done.from,
        teacher: done.teacher,
    })
}

/// Creates a learner's role on the server `url` (connected as the teacher or an
/// administrator); returns their connection string, password included: shown once.
pub fn add_learner(url: &str, name: &str) -> Result<String, StoreError> {
    Ok(pg::add_learner(&ServerUrl::parse(url)?, name)?)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A server address where nothing listens.
    fn nowhere() -> String {
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .and_then(|l| l.local_addr())
            .map(|a| a.port())
            .unwrap();
        format!("postgres://ana:not-shown@127.0.0.1:{port}/factdrill")
    }

    #[test]
    fn an_unreachable_server_keeps_answers_here_to_send() {
        let dir = tempfile::tempdir().unwrap();
        let url = nowhere();
        let store = Store::connect(&url, dir.path()).unwrap();
        assert!(!store.online(), "offline, not an error");
        for (uid, at) in [("u1", 5), ("u2", 6)] {
            let review = super::super::Review {
                uid: uid.into(),
                ..super::super::tests::review("d:c:1", at)
            };
            store
                .record(&review, &super::super::tests::state(1))
                .unwrap();
        }
        let (cards, reviews) = store.outbox().unwrap();
        let uids: Vec<&str> = reviews.iter().map(|r| r.uid.as_str()).collect();
        assert_eq!(uids, ["u1", "u2"], "both kept to send, oldest first");
        assert_eq!(cards.len(), 1, "with their card's state");
        let err = store.sync().unwrap_err().to_string();
        assert!(
            err.contains("cannot reach") && !err.contains("not-shown"),
            "{err}"
        );
        // The next start (still offline) finds them where they were.
        drop(store);
        let again = Store::connect(&url, dir.path()).unwrap();
        assert_eq!(again.outbox().unwrap().1.len(), 2);
    }
}
