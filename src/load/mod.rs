//! Finds a deck by path, library id or built-in id, reads it, and compiles it into cards.

mod session;

pub use session::{decode_pools, load_cards, LoadError, Part, PartPool, StoredCards, StoredDecks};

use crate::capped::{read_capped, CappedError};
use crate::card::{compile, Compiled};
use crate::deck::{builtin, parse, Diagnostic, Parsed, MAX_DECK_BYTES};
use crate::library::Library;
use std::fmt;
use std::path::Path;

/// A deck as read from its source, with everything found wrong in it.
#[derive(Debug)]
pub struct Loaded {
    /// The path, or `builtin:ID`.
    pub origin: String,
    /// The parse result.
    pub parsed: Parsed,
    /// Cards, when the deck parsed.
    pub compiled: Option<Compiled>,
}

impl Loaded {
    /// Every error: the parser's and the compiler's.
    pub fn errors(&self) -> Vec<Diagnostic> {
        let mut all = self.parsed.errors.clone();
        if let Some(c) = &self.compiled {
            all.extend(c.errors.iter().cloned());
        }
        all
    }

    /// Every warning: the parser's and the compiler's.
    pub fn warnings(&self) -> Vec<Diagnostic> {
        let mut all = self.parsed.warnings.clone();
        if let Some(c) = &self.compiled {
            all.extend(c.warnings.iter().cloned());
        }
        all
    }
}

/// A deck that cannot be played, with each problem at its line.
#[derive(Debug, thiserror::Error)]
pub struct DeckError {
    /// Where the deck came from.
    pub origin: String,
    /// What is wrong.
    pub errors: Vec<Diagnostic>,
}

impl fmt::Display for DeckError {
    /// Without a verb: worksheets, reports and drills load decks too, and "cannot play" read
    /// wrong there (issue 12, point 8). A deck that cannot be read at all is one sentence.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let [only] = self.errors.as_slice() {
            if only.line == 0 {
                return write!(f, "{}", only.at(&self.origin));
            }
        }
        let lines: Vec<String> = self
            .errors
            .iter()
            .map(|d| format!("  {}", d.at(&self.origin)))
            .collect();
        let n = self.errors.len();
        let plural = if n == 1 { "" } else { "s" };
        write!(
            f,
            "deck {} has {n} error{plural} (fix them, then `factdrill check` the deck)\n{}",
            self.origin,
            lines.join("\n")
        )
    }
}

/// A deck's text and where it came from, before parsing.
pub struct Source {
    /// The path as given, or `builtin:ID`.
    pub origin: String,
    /// A stable key for caching: the canonical path, or `builtin:ID`.
    pub key: String,
    /// The id a deck without `id:` gets: the file stem.
    pub default_id: String,
    /// The file's bytes.
    pub bytes: std::borrow::Cow<'static, [u8]>,
}

/// Where a deck's text is, found but not yet read.
pub struct Found {
    /// The path as given, or `builtin:ID`.
    pub origin: String,
    /// A stable key for caching: the canonical path, or `builtin:ID`.
    pub key: String,
    /// The id a deck without `id:` gets: the file stem.
    pub default_id: String,
    text: Text,
}

enum Text {
    Builtin(&'static str),
    File(std::path::PathBuf),
}

impl Found {
    /// Reads the text, refusing a file larger than a deck may be.
    pub fn read(self) -> Result<Source, String> {
        let bytes = match &self.text {
            Text::Builtin(text) => text.as_bytes().into(),
            Text::File(path) => read_deck_file(path)?.into(),
        };
        Ok(Source {
            origin: self.origin,
            key: self.key,
            default_id: self.default_id,
            bytes,
        })
    }

    /// What the file system says of a deck file (size, times, inode), to tell it unchanged
    /// without reading it: hashing 12 MB was a sixth of start-up at 100,000 facts (issue 13).
    /// `None` for a built-in deck, and for a file changed in the last two seconds, whose
    /// next change could leave the same times behind (git's "racy" rule).
    pub fn stamp(&self) -> Option<String> {
        let Text::File(path) = &self.text else {
            return None;
        };
        let meta = std::fs::metadata(path).ok()?;
        let changed = meta.modified().ok()?;
        let settled = std::time::SystemTime::now().duration_since(changed).ok()?;
        if settled < std::time::Duration::from_secs(2) {
            return None;
        }
        Some(stamp_of(&meta, changed))
    }

    /// Feeds the text to `eat` a piece at a time, without holding it all: a cached deck of
    /// 100,000 facts is 8 MB of text that a session needs only to check (issue 13).
    pub fn stream(&self, eat: &mut dyn FnMut(&[u8])) -> Result<(), String> {
        use std::io::Read;
        let path = match &self.text {
            Text::Builtin(text) => {
                eat(text.as_bytes());
                return Ok(());
            }
            Text::File(path) => path,
        };
        let file = open_capped(path)?;
        let mut buf = vec![0; 1 << 16];
        let mut reader = file.take(MAX_DECK_BYTES as u64 + 1);
        loop {
            match reader.read(&mut buf) {
                Ok(0) => return Ok(()),
                Ok(n) => eat(&buf[..n]),
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
                Err(e) => return Err(format!("cannot read it: {e}")),
            }
        }
    }
}

/// Reads a deck by path, or else by id: built-in first, then the library's folders. Errors
/// are sentences.
pub fn read_source(name: &str, library: &Library) -> Result<Source, String> {
    find_source(name, library)?.read()
}

/// Finds a deck by path, or else by id, as [`read_source`] does, without reading it.
pub fn find_source(name: &str, library: &Library) -> Result<Found, String> {
    let found;
    let mut path = Path::new(name);
    if !path.exists() {
        if let Some(text) = builtin(name) {
            let origin = format!("builtin:{name}");
            return Ok(Found {
                key: origin.clone(),
                origin,
                default_id: name.to_string(),
                text: Text::Builtin(text),
            });
        }
        if let Some(p) = library.find(name) {
            found = p;
            path = &found;
        }
    }
    let stem = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| "deck".into());
    let default_id = stem
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' || c == '_' {
                c
            } else {
                '-'
            }
        })
        .collect();
    let key = std::fs::canonicalize(path)
        .map_or_else(|_| name.to_string(), |p| p.to_string_lossy().into_owned());
    Ok(Found {
        origin: path.display().to_string(),
        key,
        default_id,
        text: Text::File(path.to_path_buf()),
    })
}

/// Loads a deck by path or id.
pub fn load(name: &str, library: &Library) -> Loaded {
    match read_source(name, library) {
        Ok(src) => finish(src.origin, parse(&src.bytes, &src.default_id)),
        Err(msg) => finish(
            name.to_string(),
            Parsed {
                errors: vec![Diagnostic::new(0, 0, msg)],
                ..Parsed::default()
            },
        ),
    }
}

/// Compiles a parsed deck.
pub fn finish(origin: String, parsed: Parsed) -> Loaded {
    let compiled = parsed.deck.as_ref().map(compile);
    Loaded {
        origin,
        parsed,
        compiled,
    }
}

/// Reads a file, refusing one larger than a deck may be: by its size when it has one, and
/// by reading at most one byte past the limit, for `/dev/zero`, pipes and files that grow.
fn read_deck_file(path: &Path) -> Result<Vec<u8>, String> {
    read_capped(open_capped(path)?, MAX_DECK_BYTES).map_err(|e| match e {
        CappedError::TooLarge { .. } => {
            "the file is larger than 16 MiB; decks may be at most 16 MiB: split it into several decks".to_string()
        }
        CappedError::Io(e) => format!("cannot read it: {e}"),
    })
}

/// Opens a deck file, refusing a folder, a missing file or one larger than a deck may be.
fn open_capped(path: &Path) -> Result<std::fs::File, String> {
    let known = crate::deck::BUILTIN
        .iter()
        .map(|(id, _)| *id)
        .collect::<Vec<_>>()
        .join(", ");
    let meta = std::fs::metadata(path).map_err(|e| match e.kind() {
        std::io::ErrorKind::NotFound => {
            format!("no such file, and no deck with that id among the built-in decks ({known}) or in your library (`factdrill decks` lists them)")
        }
        _ => format!("cannot read it: {e}"),
    })?;
    if meta.is_dir() {
        return Err("this is a folder: name a deck file inside it".into());
    }
    let too_large = |size: &str| {
        format!("the file is {size}; decks may be at most 16 MiB: split it into several decks")
    };
    if meta.len() > MAX_DECK_BYTES as u64 {
        return Err(too_large(&format!("{} MiB", meta.len() >> 20)));
    }
    std::fs::File::open(path).map_err(|e| format!("cannot read it: {e}"))
}

/// [`Found::stamp`]'s text: everything a rewrite of the file changes (the change time too,
/// which `touch` cannot set back).
fn stamp_of(meta: &std::fs::Metadata, modified: std::time::SystemTime) -> String {
    let nanos = |t: std::time::SystemTime| {
        t.duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_nanos())
    };
    #[cfg(unix)]
    let (ctime, inode) = {
        use std::os::unix::fs::MetadataExt;
        (
            format!("{}.{}", meta.ctime(), meta.ctime_nsec()),
            format!("{}:{}", meta.dev(), meta.ino()),
        )
    };
    #[cfg(not(unix))]
    let (ctime, inode) = (String::new(), String::new());
    format!("{} {} {ctime} {inode}", meta.len(), nanos(modified))
}
