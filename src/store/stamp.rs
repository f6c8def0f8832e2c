//! A note beside the progress file (`progress.sqlite3-sound`) of the state factdrill last
//! left it in, known sound, so that the next start can skip `PRAGMA quick_check`: the check
//! read every page of the file and was about 60 % of a session's instructions at 10,000
//! facts (issue 13).
//!
//! The check guards against writing into a file damaged while factdrill was away (issue 9).
//! A file is trusted without it only when it is, as far as the file system can tell, the
//! very file a factdrill closed after a clean check: same device and inode, same size, same
//! modification and change times, and the same write-ahead log (none, after a clean close).
//! An unclean shutdown leaves the log or the file changed, so the next start checks; a copy,
//! a restore or another program's write changes the inode or the times (setting the
//! modification time back still moves the change time). As in git's index, a time not
//! older than the note itself is "racy" (a write in the same clock tick would not show) and
//! is never trusted. Damage that changes no time (a failing disk) is what the daily check
//! is for. A store notes the file at close only if nothing but its own log changed the file
//! since it opened it (see `open::Soundness`): a write by another program during a session
//! must not be vouched for. The note is written without fsync: a lost or torn note only
//! means one more check, and a torn one does not parse.

use std::path::{Path, PathBuf};

/// How long a clean check is trusted: after a day the file is checked again.
const DAY_S: u64 = 86_400;

/// How long before now a file's last change must be for its state to be a baseline: well
/// over a clock tick of file times (1 to 10 ms), so a later change cannot share its time.
const SETTLED_NS: i128 = 100_000_000;

/// The first word of a note, and its format's version.
const MAGIC: &str = "factdrill-sound 1 ";

/// What the file system says of one file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Meta {
    dev: u64,
    ino: u64,
    size: u64,
    /// Modification and change times, in ns since the epoch.
    mtime_ns: i128,
    ctime_ns: i128,
}

/// The progress file and its write-ahead log, as the file system sees them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct FileState {
    main: Meta,
    wal: Option<Meta>,
}

impl FileState {
    /// Whether a time of either file is at or after `ns` (the note's own time).
    fn racy(&self, ns: i128) -> bool {
        [Some(self.main), self.wal]
            .into_iter()
            .flatten()
            .any(|m| m.mtime_ns >= ns || m.ctime_ns >= ns)
    }

    /// Whether every time of the main file is at least [`SETTLED_NS`] before `now_ns`: a
    /// later write, even in the same clock tick as the state was read, will then show.
    pub(super) fn settled(&self, now_ns: i128) -> bool {
        self.main.mtime_ns.max(self.main.ctime_ns) < now_ns - SETTLED_NS
    }

    /// The same main file (its log aside): nothing rewrote it in between.
    pub(super) fn same_file(&self, other: &FileState) -> bool {
        self.main == other.main
    }
}

/// A note: the state the file was left in, and when a check last found it sound.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Note {
    state: FileState,
    checked_s: u64,
}

impl Note {
    fn text(&self) -> String {
        let meta = |m: &Option<Meta>| match m {
            Some(m) => format!(
                "{} {} {} {} {}",
                m.dev, m.ino, m.size, m.mtime_ns, m.ctime_ns
            ),
            None => "- - - - -".into(),
        };
        format!(
            "{MAGIC}{} {} {}\n",
            self.checked_s,
            meta(&Some(self.state.main)),
            meta(&self.state.wal)
        )
    }

    fn parse(text: &str) -> Option<Note> {
        let rest = text.strip_suffix('\n')?.strip_prefix(MAGIC)?;
        let words: Vec<&str> = rest.split_ascii_whitespace().collect();
        if words.len() != 11 {
            return None;
        }
        let meta = |f: &[&str]| -> Option<Meta> {
            Some(Meta {
                dev: f[0].parse().ok()?,
                ino: f[1].parse().ok()?,
                size: f[2].parse().ok()?,
                mtime_ns: f[3].parse().ok()?,
                ctime_ns: f[4].parse().ok()?,
            })
        };
        let wal = match &words[6..] {
            ["-", "-", "-", "-", "-"] => None,
            w => Some(meta(w)?),
        };
        Some(Note {
            checked_s: words[0].parse().ok()?,
            state: FileState {
                main: meta(&words[1..6])?,
                wal,
            },
        })
    }
}

/// Whether `now` may be trusted without a check, given the note found (written at `noted_ns`)
/// and the time `now_s`: when a check found it sound, if so.
pub(super) fn trusted(note: &Note, noted_ns: i128, now: &FileState, now_s: u64) -> Option<u64> {
    let fresh = now_s >= note.checked_s && now_s - note.checked_s < DAY_S;
    (note.state == *now && !now.racy(noted_ns) && fresh).then_some(note.checked_s)
}

fn note_path(path: &Path) -> PathBuf {
    sibling(path, "-sound")
}

/// `path` with `suffix` added to its name, as SQLite names its `-wal`.
pub(super) fn sibling(path: &Path, suffix: &str) -> PathBuf {
    let mut p = path.as_os_str().to_owned();
    p.push(suffix);
    PathBuf::from(p)
}

#[cfg(unix)]
fn meta_of(path: &Path) -> std::io::Result<Meta> {
    use std::os::unix::fs::MetadataExt;
    let m = std::fs::metadata(path)?;
    let ns = |s: i64, n: i64| i128::from(s) * 1_000_000_000 + i128::from(n);
    Ok(Meta {
        dev: m.dev(),
        ino: m.ino(),
        size: m.size(),
        mtime_ns: ns(m.mtime(), m.mtime_nsec()),
        ctime_ns: ns(m.ctime(), m.ctime_nsec()),
    })
}

/// Without inodes and change times the file cannot be told from a copy: always checked.
#[cfg(not(unix))]
fn meta_of(_: &Path) -> std::io::Result<Meta> {
    Err(std::io::ErrorKind::Unsupported.into())
}

/// The state of the progress file at `path` and its log; `None` when it cannot be told.
pub(super) fn state_of(path: &Path) -> Option<FileState> {
    let main = meta_of(path).ok()?;
    let wal = match meta_of(&sibling(path, "-wal")) {
        Ok(m) => Some(m),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
        Err(_) => return None,
    };
    Some(FileState { main, wal })
}

/// The note beside `path` and its own modification time, if there is a readable one.
pub(super) fn read(path: &Path) -> Option<(Note, i128)> {
    let at = note_path(path);
    let text = std::fs::read_to_string(&at).ok()?;
    let noted = meta_of(&at).ok()?.mtime_ns;
    Some((Note::parse(&text)?, noted))
}

/// Notes that the file at `path`, as it is now (closed), is sound since `checked_s`.
/// Written again, a millisecond later, while the note's time is not after the file's: a
/// note from the same clock tick as the last write would never be trusted.
pub(super) fn write(path: &Path, checked_s: u64) {
    let Some(state) = state_of(path) else {
        return;
    };
    let text = Note { state, checked_s }.text();
    let at = note_path(path);
    let dir = path
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    for _ in 0..20 {
        let Ok(mut tmp) = tempfile::Builder::new()
            .prefix(".progress-sound-")
            .tempfile_in(dir)
        else {
            return;
        };
        if std::io::Write::write_all(&mut tmp, text.as_bytes()).is_err()
            || tmp.persist(&at).is_err()
        {
            return;
        }
        match meta_of(&at) {
            Ok(m) if !state.racy(m.mtime_ns) => return,
            Ok(_) => std::thread::sleep(std::time::Duration::from_millis(1)),
            Err(_) => return,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn meta(t: i128) -> Meta {
        Meta {
            dev: 1,
            ino: 2,
            size: 4096,
            mtime_ns: t,
            ctime_ns: t,
        }
    }

    fn state(t: i128, wal: Option<i128>) -> FileState {
        FileState {
            main: meta(t),
            wal: wal.map(meta),
        }
    }

    #[test]
    fn a_note_round_trips_and_a_torn_one_does_not_parse() {
        for wal in [None, Some(7)] {
            let note = Note {
                state: state(-5, wal),
                checked_s: 9,
            };
            let text = note.text();
            assert_eq!(Note::parse(&text), Some(note));
            for cut in 0..text.len() {
                assert_eq!(Note::parse(&text[..cut]), None, "{:?}", &text[..cut]);
            }
        }
        assert_eq!(Note::parse(&"\0".repeat(80)), None);
    }

    #[test]
    fn only_the_same_older_file_checked_within_a_day_is_trusted() {
        let day = DAY_S;
        let note = Note {
            state: state(100, None),
            checked_s: 1000,
        };
        let mut moved = state(100, None);
        moved.main.ino = 3;
        let mut grown = state(100, None);
        grown.main.size += 4096;
        let mut touched = state(100, None);
        touched.main.ctime_ns = 300;
        // (note time, file now, now in s, trusted, why)
        #[rustfmt::skip]
        let cases = [
            (200, state(100, None), 1000 + day - 1, true, "unchanged, checked within a day"),
            (200, state(100, None), 1000 + day, false, "checked a day ago"),
            (200, state(100, None), 999, false, "checked in the future"),
            (100, state(100, None), 1000, false, "written in the note's tick (racy)"),
            (200, state(100, Some(150)), 1000, false, "a log appeared (unclean stop)"),
            (200, state(150, None), 1000, false, "modified since"),
            (200, moved, 1000, false, "another file (a copy or a restore)"),
            (200, grown, 1000, false, "another size"),
            (400, touched, 1000, false, "changed, then its time set back"),
        ];
        for (noted, now, now_s, want, why) in cases {
            assert_eq!(trusted(&note, noted, &now, now_s).is_some(), want, "{why}");
        }
    }

    #[cfg(unix)]
    #[test]
    fn a_note_written_after_the_file_trusts_it_until_it_changes() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("progress.sqlite3");
        std::fs::write(&file, b"abc").unwrap();
        write(&file, 42);
        let (note, noted) = read(&file).unwrap();
        let now = state_of(&file).unwrap();
        assert_eq!(trusted(&note, noted, &now, 42), Some(42));
        std::fs::write(&file, b"abd").unwrap();
        let now = state_of(&file).unwrap();
        assert_eq!(trusted(&note, noted, &now, 42), None, "rewritten in place");
    }
}
