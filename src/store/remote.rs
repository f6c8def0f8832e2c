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
use super::sync::{SyncReport, LOCAL_TABLES};
use super::{Export, ImportReport, Store, StoreError};
use crate::schedule::CardState;
use std::cell::{Cell, RefCell};
use std::io::Write;
use std::path::Path;

/// Whether a store address names a PostgreSQL server rather than a local file.
pub fn is_server_url(target: &str) -> bool {
    target.starts_with("postgres://") || target.starts_with("postgresql://")
}

/// The user a server URL logs in as, if it can be read.
pub fn server_user(url: &str) -> Option<String> {
    ServerUrl::parse(url).ok().map(|u| u.user().to_string())
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
    pub(super) fn with<T>(
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

    /// The error for what needs the server while it is unreachable.
    pub(super) fn unreachable(&self) -> StoreError {
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
