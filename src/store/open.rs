//! Opening the progress file: recognise it as ours before anything writes to it, create a
//! new one atomically, and check an existing one for damage before its first write.
//!
//! The order matters. An existing file is read read-only first (its `application_id`, or for
//! files of versions 1–2, which predate the mark, its tables), so that another program's
//! database is never switched to WAL, migrated or backed up. A new file is built under a
//! temporary name and linked into place, so a crash during creation leaves nothing half-made
//! at the real path. `PRAGMA quick_check` runs on its own connection in the background while
//! the session starts; every write waits for its verdict (see [`Soundness`]), unless the note
//! a clean close left beside the file vouches that it is unchanged since (see [`stamp`]).

use super::schema::{self, APPLICATION_ID, EXPECTED, VERSION};
use super::stamp;
use super::{Store, StoreError};
use rusqlite::{Connection, OpenFlags};
use std::path::{Path, PathBuf};
use std::sync::{Mutex, OnceLock};
use std::thread::JoinHandle;
use std::time::Duration;

/// How long a connection waits for another session's lock.
const BUSY: Duration = Duration::from_secs(10);

/// SQLite's extended code for "a hot journal needs rolling back, and this connection is
/// read-only" (`SQLITE_READONLY_ROLLBACK`).
const READONLY_ROLLBACK: i32 = 776;

/// What a read-only look at an existing file found.
#[derive(Debug, PartialEq, Eq)]
enum Found {
    /// An empty file (as a crash of an older factdrill could leave): made anew.
    Empty,
    /// Ours, at this schema version.
    Ours(i64),
}

/// The result of the background integrity check, asked for before the first write.
#[derive(Debug, Default)]
pub(super) struct Soundness {
    pending: Mutex<Option<JoinHandle<Vec<String>>>>,
    verdict: OnceLock<Vec<String>>,
    /// When a check (or the file's creation) last established that the file is sound, in
    /// Unix seconds: noted beside the file at close (see [`stamp`]). `None` in memory.
    since_s: Option<u64>,
    /// The file as this store opened it: at close, a file changed since by anything but
    /// this store's own log is not noted, since what changed it is not known. `None` when
    /// it cannot be told (a new file, or one changed in the last moment).
    baseline: Option<stamp::FileState>,
    /// Whether a check was started (rather than a note or a creation trusted): for tests.
    #[cfg_attr(not(test), allow(dead_code))]
    checking: bool,
}

impl Soundness {
    /// Sound, with nothing to note: a store in memory.
    pub(super) fn sound() -> Self {
        let s = Soundness::default();
        let _ = s.verdict.set(Vec::new());
        s
    }

    /// Known sound since `since_s`: a file just created, or one its note vouches for.
    fn sound_since(since_s: u64, baseline: Option<stamp::FileState>) -> Self {
        Soundness {
            since_s: Some(since_s),
            baseline,
            ..Soundness::sound()
        }
    }

    /// Starts `PRAGMA quick_check` of `path` on a connection of its own.
    fn check_in_background(path: &Path, now_s: u64, baseline: Option<stamp::FileState>) -> Self {
        let path = path.to_path_buf();
        let handle = std::thread::spawn(move || quick_check(&path));
        Soundness {
            pending: Mutex::new(Some(handle)),
            verdict: OnceLock::new(),
            since_s: Some(now_s),
            baseline,
            checking: true,
        }
    }

    /// Whether this opening ran the integrity check.
    #[cfg(test)]
    pub(super) fn checked(&self) -> bool {
        self.checking
    }

    /// When the file at `path`, as it is now, was last known sound: waits for the check if
    /// it still runs; `None` when it is damaged, in memory, or changed since it was opened
    /// other than through this store's log (another program, or a fold of the log into the
    /// file: either way the next open checks it).
    fn sound_now_since_s(&self, path: &Path) -> Option<u64> {
        let since = self.since_s.filter(|_| self.problems().is_empty())?;
        let now = stamp::state_of(path)?;
        self.baseline
            .is_some_and(|b| b.same_file(&now))
            .then_some(since)
    }

    /// Whether the check has finished and found nothing, without waiting for it.
    pub(super) fn known_sound(&self) -> bool {
        if let Some(v) = self.verdict.get() {
            return v.is_empty();
        }
        let done = self
            .pending
            .lock()
            .ok()
            .is_some_and(|h| h.as_ref().is_none_or(JoinHandle::is_finished));
        done && self.problems().is_empty()
    }

    /// The problems found (empty when sound), waiting for the check if it is still running.
    pub(super) fn problems(&self) -> &[String] {
        self.verdict.get_or_init(|| {
            let handle = self.pending.lock().ok().and_then(|mut h| h.take());
            match handle.map(JoinHandle::join) {
                Some(Ok(problems)) => problems,
                Some(Err(_)) => vec!["the integrity check failed to run".into()],
                None => Vec::new(),
            }
        })
    }
}

/// `PRAGMA quick_check` on a read-only connection: the problems, or none.
fn quick_check(path: &Path) -> Vec<String> {
    let run = || -> rusqlite::Result<Vec<String>> {
        let conn = Connection::open_with_flags(
            path,
            OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )?;
        conn.busy_timeout(BUSY)?;
        let mut stmt = conn.prepare("PRAGMA quick_check(20)")?;
        let rows = stmt.query_map([], |r| r.get::<_, String>(0))?;
        rows.collect()
    };
    match run() {
        Ok(mut problems) => {
            problems.retain(|p| p != "ok");
            problems
        }
        Err(e) => vec![e.to_string()],
    }
}

impl Store {
    /// Opens (or creates) the store at `path`, migrating an older schema after a backup.
    pub fn open(path: &Path) -> Result<Store, StoreError> {
        // Two sessions on one new file can meet a lock SQLite does not wait for (the first
        // switch to WAL of a store a crash left in rollback mode): try again for a moment.
        let mut attempt = 0;
        loop {
            match Self::open_once(path) {
                Err(StoreError::Unusable { detail, .. })
                    if detail.contains("locked") && attempt < 100 =>
                {
                    attempt += 1;
                    std::thread::sleep(Duration::from_millis(20));
                }
                other => return other,
            }
        }
    }

    fn open_once(path: &Path) -> Result<Store, StoreError> {
        // The file as it was before any connection of ours touched it, for its note.
        let before = stamp::state_of(path);
        let found = match std::fs::metadata(path) {
            Ok(m) if m.is_dir() => {
                return Err(super::unusable_with(
                    path,
                    "it is a folder",
                    "move it away or set FACTDRILL_HOME to another folder",
                ))
            }
            Ok(_) => Some(recognise(path)?),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
            Err(e) => return Err(super::io_error(path, &e)),
        };
        let now = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap_or_default();
        let now_s = now.as_secs();
        // Unchanged by looking at it (a hot journal rolled back would change it), and not
        // changed in the last moment: a change in the same clock tick as the state read
        // would not show in its times.
        let baseline = before.filter(|b| {
            b.settled(now.as_nanos() as i128)
                && stamp::state_of(path).is_some_and(|after| after.same_file(b))
        });
        let (soundness, version) = match found {
            Some(Found::Ours(version)) => match noted_sound(path, baseline, now_s) {
                Some(since_s) => (Soundness::sound_since(since_s, baseline), version),
                None => (
                    Soundness::check_in_background(path, now_s, baseline),
                    version,
                ),
            },
            Some(Found::Empty) | None => {
                create(path)?;
                (Soundness::sound_since(now_s, None), VERSION)
            }
        };
        // NO_MUTEX: a connection is never shared between threads (rusqlite's `Connection` is
        // not `Sync`), and SQLite's own locking of each column read was a tenth of start-up
        // at 10,000 cards (issue 13).
        let flags = OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let conn =
            Connection::open_with_flags(path, flags).map_err(|e| super::classify(path, e))?;
        let mut store = Store {
            conn,
            path: path.to_path_buf(),
            soundness,
            server: None,
        };
        store.configure()?;
        if version < VERSION {
            store.writable()?;
            store.migrate()?;
        }
        Ok(store)
    }

    /// Sets every connection's pragmas. The busy timeout comes first: switching to WAL needs
    /// a lock another session may hold. No memory map: after a disk filled up, reading a
    /// mapped page the file system could not allocate kills the process with SIGBUS.
    pub(super) fn configure(&self) -> Result<(), StoreError> {
        self.conn.busy_timeout(BUSY).map_err(|e| self.err(e))?;
        self.conn
            .execute_batch(
                "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON; PRAGMA mmap_size=0;",
            )
            .map_err(|e| self.err(e))
    }

    /// The schema version in the file.
    #[cfg(test)]
    pub(super) fn version(&self) -> Result<i64, StoreError> {
        self.conn
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .map_err(|e| self.err(e))
    }

    /// Refuses to write a store whose integrity check found problems.
    /// Whether a write may go ahead now without waiting for the integrity check: for writes
    /// that are only a convenience (a deck file's stamp), which are skipped rather than make
    /// the start wait.
    pub(super) fn writable_now(&self) -> bool {
        self.soundness.known_sound()
    }

    pub(super) fn writable(&self) -> Result<(), StoreError> {
        let problems = self.soundness.problems();
        if problems.is_empty() {
            Ok(())
        } else {
            Err(StoreError::Damaged {
                path: self.path.clone(),
                first: problems[0].clone(),
                count: problems.len(),
            })
        }
    }

    /// Brings an older schema to [`VERSION`]: backed up with `VACUUM INTO`, then migrated
    /// in one transaction, which also marks the file as ours.
    fn migrate(&mut self) -> Result<(), StoreError> {
        self.backup(&format!("before-v{VERSION}"))?;
        let path = self.path.clone();
        let fail = |e| super::classify(&path, e);
        // Immediate: two sessions migrating at once take turns; the second finds the
        // version already raised and does nothing.
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)
            .map_err(fail)?;
        let version: i64 = tx
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .map_err(fail)?;
        for step in schema::MIGRATIONS.iter().skip(version.max(1) as usize - 1) {
            tx.execute_batch(step).map_err(fail)?;
        }
        tx.pragma_update(None, "user_version", VERSION)
            .map_err(fail)?;
        tx.pragma_update(None, "application_id", APPLICATION_ID)
            .map_err(fail)?;
        tx.commit().map_err(fail)
    }
}

/// When the file was last checked sound, if its note vouches for it as it was opened
/// (see [`stamp`]).
fn noted_sound(path: &Path, opened: Option<stamp::FileState>, now_s: u64) -> Option<u64> {
    let (note, noted_ns) = stamp::read(path)?;
    stamp::trusted(&note, noted_ns, &opened?, now_s)
}

impl Drop for Store {
    /// Notes the file as sound beside it, once it is closed (the last connection folds the
    /// log into the file), so that the next start need not check it. Waits for a check still
    /// running: it was started at opening, and its verdict spares every later start one.
    /// A session long enough for SQLite to fold its log into the file while it ran (about
    /// 1,000 pages, some 100 answers) leaves no note: the next start checks.
    fn drop(&mut self) {
        let Some(since_s) = self.soundness.sound_now_since_s(&self.path) else {
            return;
        };
        let Ok(spare) = Connection::open_in_memory() else {
            return;
        };
        if std::mem::replace(&mut self.conn, spare).close().is_ok() {
            stamp::write(&self.path, since_s);
        }
    }
}

/// Reads an existing file read-only and says whether it is ours: marked with our
/// `application_id`, or (versions 1–2, before the mark) with our tables.
fn recognise(path: &Path) -> Result<Found, StoreError> {
    if std::fs::metadata(path).is_ok_and(|m| m.len() == 0) {
        return Ok(Found::Empty);
    }
    match look(path) {
        Err(e) if e.extended_code() == Some(READONLY_ROLLBACK) => recover_journal(path),
        other => other.map_err(StoreError::from),
    }
    .and_then(|found| match found {
        Found::Ours(v) if v > VERSION => Err(StoreError::Newer {
            path: path.to_path_buf(),
            found: v,
        }),
        other => Ok(other),
    })
}

/// What a read-only connection sees of the file; a hot journal is reported as SQLite's
/// error so that the caller can decide whether to let SQLite roll it back.
fn look(path: &Path) -> Result<Found, LookError> {
    let conn = Connection::open_with_flags(
        path,
        OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )
    .map_err(|e| LookError::Sql(path.to_path_buf(), e))?;
    let sql = |e| LookError::Sql(path.to_path_buf(), e);
    conn.busy_timeout(BUSY).map_err(sql)?;
    let app: i32 = conn
        .query_row("PRAGMA application_id", [], |r| r.get(0))
        .map_err(sql)?;
    let version: i64 = conn
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .map_err(sql)?;
    if app == APPLICATION_ID && version == 0 {
        // Our stores get their mark and schema in one transaction: this one was made
        // by hand or damaged.
        return Err(LookError::Store(StoreError::Corrupt {
            path: path.to_path_buf(),
            detail: "marked as a progress file, but without its schema".into(),
        }));
    }
    if app == APPLICATION_ID {
        return Ok(Found::Ours(version));
    }
    let not_ours = || {
        LookError::Store(StoreError::NotOurs {
            path: path.to_path_buf(),
        })
    };
    if app != 0 || !(1..=2).contains(&version) {
        // Version 0 with no tables is an empty SQLite database nobody has used: still not
        // made by us, so left alone like any other.
        return Err(not_ours());
    }
    for (table, columns) in EXPECTED {
        let mut stmt = conn
            .prepare("SELECT name FROM pragma_table_info(?1)")
            .map_err(sql)?;
        let have: Vec<String> = stmt
            .query_map([table], |r| r.get(0))
            .and_then(|rows| rows.collect())
            .map_err(sql)?;
        if !columns.iter().all(|c| have.iter().any(|h| h == c)) {
            return Err(not_ours());
        }
    }
    Ok(Found::Ours(version))
}

/// Why [`look`] failed.
enum LookError {
    Sql(PathBuf, rusqlite::Error),
    Store(StoreError),
}

impl LookError {
    fn extended_code(&self) -> Option<i32> {
        match self {
            LookError::Sql(_, rusqlite::Error::SqliteFailure(e, _)) => Some(e.extended_code),
            _ => None,
        }
    }
}

impl From<LookError> for StoreError {
    fn from(e: LookError) -> Self {
        match e {
            LookError::Sql(path, e) => super::classify(&path, e),
            LookError::Store(e) => e,
        }
    }
}

/// A file with a hot rollback journal (a crash in the middle of a write): rolled back by a
/// read-write connection, as SQLite means it to be, but only when the file's header says
/// it is ours. The header is read from the file itself, since SQLite cannot read the file
/// read-only until the journal is rolled back.
fn recover_journal(path: &Path) -> Result<Found, StoreError> {
    if !header_says_ours(path) {
        return Err(super::unusable_with(
            path,
            "a program was stopped while writing it, and its unfinished change (the -journal file beside it) must be undone before it can be read",
            "if this is factdrill's progress file, open it once with the sqlite3 tool to undo the change; otherwise set FACTDRILL_HOME to another folder",
        ));
    }
    let conn = Connection::open_with_flags(
        path,
        OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )
    .map_err(|e| super::classify(path, e))?;
    conn.busy_timeout(BUSY)
        .map_err(|e| super::classify(path, e))?;
    conn.query_row("SELECT count(*) FROM sqlite_master", [], |_| Ok(()))
        .map_err(|e| super::classify(path, e))?;
    drop(conn);
    Ok(look(path)?)
}

/// Whether the first 100 bytes of the file are a SQLite header with our application id
/// (bytes 68–71, big-endian) or, for older stores, a user version of 1 or 2 (bytes 60–63).
fn header_says_ours(path: &Path) -> bool {
    use std::io::Read;
    let mut header = [0u8; 100];
    let read = std::fs::File::open(path).and_then(|mut f| f.read_exact(&mut header));
    if read.is_err() || &header[..16] != b"SQLite format 3\0" {
        return false;
    }
    let word = |at: usize| {
        i32::from_be_bytes([header[at], header[at + 1], header[at + 2], header[at + 3]])
    };
    word(68) == APPLICATION_ID || (word(68) == 0 && (1..=2).contains(&word(60)))
}

/// Creates a new store at `path` atomically: built under a temporary name in the same
/// folder, synced, then hard-linked into place (which fails rather than replace a store
/// another session created meanwhile), and the folder synced.
fn create(path: &Path) -> Result<(), StoreError> {
    let dir = path
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir).map_err(|e| super::io_error(dir, &e))?;
    sweep_stale(dir);
    let tmp = tempfile::Builder::new()
        .prefix(".progress-new-")
        .suffix(".sqlite3")
        .tempfile_in(dir)
        .map_err(|e| super::io_error(dir, &e))?;
    build(tmp.path()).map_err(|e| super::classify(path, e))?;
    tmp.as_file()
        .sync_all()
        .map_err(|e| super::io_error(path, &e))?;
    // Sessions creating the store at once take turns from here: one that saw no file could
    // otherwise remove the -wal of a store another session has just linked and written
    // to, losing answers it acknowledged. The lock is the folder's, released on drop.
    let turn = std::fs::File::open(dir).map_err(|e| super::io_error(dir, &e))?;
    turn.lock().map_err(|e| super::io_error(dir, &e))?;
    // An empty file at the real path (an older factdrill stopped while creating it) holds
    // nothing; its journal, if any, belongs to nothing and must not be replayed into ours.
    if std::fs::metadata(path).is_ok_and(|m| m.len() == 0) {
        let _ = std::fs::remove_file(path);
    }
    if !path.exists() {
        for side in ["-journal", "-wal", "-shm", "-sound"] {
            let _ = std::fs::remove_file(stamp::sibling(path, side));
        }
    }
    match std::fs::hard_link(tmp.path(), path) {
        Ok(()) => {}
        // Another session created it first: use theirs.
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {}
        Err(e) => return Err(super::io_error(path, &e)),
    }
    drop(tmp);
    let _ = turn.sync_all();
    Ok(())
}

/// Removes what a creation killed midway left: temporary stores (and their journals) older
/// than a minute, so that one being built by another session right now is spared.
fn sweep_stale(dir: &Path) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let stale = e
            .metadata()
            .and_then(|m| m.modified())
            .is_ok_and(|t| t.elapsed().is_ok_and(|age| age > Duration::from_secs(60)));
        if stale
            && e.file_name()
                .to_string_lossy()
                .starts_with(".progress-new-")
        {
            let _ = std::fs::remove_file(e.path());
        }
    }
}

/// Writes the whole schema into a fresh file, marks it ours and leaves it in WAL mode.
fn build(path: &Path) -> rusqlite::Result<()> {
    let mut conn = Connection::open(path)?;
    conn.execute_batch("PRAGMA journal_mode=DELETE; PRAGMA synchronous=FULL;")?;
    build_schema(&mut conn)?;
    conn.query_row("PRAGMA journal_mode=WAL", [], |_| Ok(()))?;
    conn.close().map_err(|(_, e)| e)
}

/// The whole schema at [`VERSION`], marked as ours, in one transaction.
pub(super) fn build_schema(conn: &mut Connection) -> rusqlite::Result<()> {
    let tx = conn.transaction()?;
    tx.execute_batch(schema::V1)?;
    for step in schema::MIGRATIONS {
        tx.execute_batch(step)?;
    }
    tx.pragma_update(None, "user_version", VERSION)?;
    tx.pragma_update(None, "application_id", APPLICATION_ID)?;
    tx.commit()
}
