//! The deck library: built-in decks, the user's `decks` folder in the data directory, and
//! any folders named with `--deck-dir` (a class's shared folder, say). Decks are found by id.

use crate::deck::MAX_DECK_BYTES;
use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

/// Where a library deck lives.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shelf {
    /// Compiled into factdrill.
    BuiltIn,
    /// The user's `decks` folder.
    User,
    /// A folder named with `--deck-dir`.
    Extra,
}

impl Shelf {
    /// A short name for listings.
    pub fn name(self) -> &'static str {
        match self {
            Shelf::BuiltIn => "built-in",
            Shelf::User => "library",
            Shelf::Extra => "deck-dir",
        }
    }
}

/// The folders decks are looked up in.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Library {
    /// The user's own folder (`$FACTDRILL_HOME/decks`).
    pub user_dir: Option<PathBuf>,
    /// Extra folders, searched after the user's.
    pub extra: Vec<PathBuf>,
}

/// Whether a file looks like a deck ("*.yaml" or "*.yml").
fn is_deck_file(path: &Path) -> bool {
    path.is_file() && path.extension().is_some_and(|e| e == "yaml" || e == "yml")
}

/// The `id:` a deck file declares on a top-level line, if any, read without parsing it all.
/// A lookup by id calls this on every file of the library, so it reads a line at a time and
/// stops at the `id:` line, and a file too large to be a deck is not read at all: a mistyped
/// id used to read a 300 MB file whole (issue 9, point 10).
pub fn declared_id(path: &Path) -> Option<String> {
    let file = std::fs::File::open(path).ok()?;
    if file.metadata().ok()?.len() > MAX_DECK_BYTES as u64 {
        return None;
    }
    let mut reader = BufReader::new(file.take(MAX_DECK_BYTES as u64 + 1));
    let mut line = Vec::new();
    let mut at_line_start = true;
    loop {
        line.clear();
        // A long line is read in pieces; only a piece that starts a line can be `id:`.
        let n = (&mut reader)
            .take(ID_LINE_BYTES)
            .read_until(b'\n', &mut line)
            .ok()?;
        if n == 0 {
            // No top-level `id:` line: layouts such as a flow map `{id: x, …}`, `"id": x`
            // or `id : x` (issue 9, point 8) are valid decks and are found by parsing.
            let bytes =
                crate::capped::read_capped(std::fs::File::open(path).ok()?, MAX_DECK_BYTES).ok()?;
            return crate::deck::parse(&bytes, "").deck.map(|d| d.id);
        }
        if at_line_start && line.starts_with(b"id:") {
            return id_of_line(std::str::from_utf8(&line).ok()?);
        }
        at_line_start = line.ends_with(b"\n");
    }
}

/// How much of a line is kept at a time while looking for `id:`.
const ID_LINE_BYTES: u64 = 4096;

/// "id: class-7b # our class" → "class-7b".
fn id_of_line(line: &str) -> Option<String> {
    let id = line["id:".len()..]
        .split('#')
        .next()?
        .trim()
        .trim_matches(['"', '\'']);
    (!id.is_empty()).then(|| id.to_string())
}

/// A deck file's id: its declared `id:`, else its file stem (as the deck parser decides).
pub fn file_id(path: &Path) -> String {
    declared_id(path).unwrap_or_else(|| {
        path.file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default()
    })
}

impl Library {
    /// The library of a data directory, with extra folders.
    pub fn new(data_dir: Option<PathBuf>, extra: Vec<PathBuf>) -> Self {
        Library {
            user_dir: data_dir.map(|d| d.join("decks")),
            extra,
        }
    }

    fn dirs(&self) -> impl Iterator<Item = (&PathBuf, Shelf)> {
        self.user_dir
            .iter()
            .map(|d| (d, Shelf::User))
            .chain(self.extra.iter().map(|d| (d, Shelf::Extra)))
    }

    /// Every deck file on the user's and the extra shelves, sorted by path within each.
    pub fn files(&self) -> Vec<(PathBuf, Shelf)> {
        let mut out = Vec::new();
        for (dir, shelf) in self.dirs() {
            let Ok(entries) = std::fs::read_dir(dir) else {
                continue;
            };
            let mut files: Vec<PathBuf> = entries
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| is_deck_file(p))
                .collect();
            files.sort();
            out.extend(files.into_iter().map(|p| (p, shelf)));
        }
        out
    }

    /// The file of the deck with this id, on the user's or an extra shelf.
    pub fn find(&self, id: &str) -> Option<PathBuf> {
        let files = self.files();
        let by_stem = files
            .iter()
            .find(|(p, _)| p.file_stem().is_some_and(|s| s == id) && file_id(p) == id);
        by_stem
            .or_else(|| files.iter().find(|(p, _)| file_id(p) == id))
            .map(|(p, _)| p.clone())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_decks_by_id_on_every_shelf() {
        let user = tempfile::tempdir().unwrap();
        let extra = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(user.path().join("decks")).unwrap();
        std::fs::write(
            user.path().join("decks/space.yaml"),
            "title: S\nfacts: [a 1]\n",
        )
        .unwrap();
        std::fs::write(
            extra.path().join("class.yml"),
            "title: C\nid: class-7b # our class\nfacts: [a 1]\n",
        )
        .unwrap();
        std::fs::write(extra.path().join("notes.txt"), "not a deck").unwrap();
        let lib = Library::new(
            Some(user.path().to_path_buf()),
            vec![extra.path().to_path_buf()],
        );
        assert_eq!(lib.files().len(), 2);
        assert_eq!(
            lib.find("space"),
            Some(user.path().join("decks/space.yaml"))
        );
        assert_eq!(
            lib.find("class-7b"),
            Some(extra.path().join("class.yml")),
            "by declared id"
        );
        assert_eq!(
            lib.find("class"),
            None,
            "a stem that is not the id does not count"
        );
        assert_eq!(lib.find("nothing"), None);
    }

    #[test]
    fn reads_the_declared_id_in_every_layout() {
        let cases = [
            ("id: plain # note\ntitle: T\nfacts: [a 1]\n", Some("plain")),
            ("{id: flow, title: T, facts: [a 1]}\n", Some("flow")),
            ("\"id\": quoted\ntitle: T\nfacts: [a 1]\n", Some("quoted")),
            ("id : spaced\ntitle: T\nfacts: [a 1]\n", Some("spaced")),
            ("id:\ntitle: T\nfacts: [a 1]\n", None),
            ("title: T\nfacts: [a 1]\n", None),
        ];
        let dir = tempfile::tempdir().unwrap();
        for (k, (text, want)) in cases.iter().enumerate() {
            let path = dir.path().join(format!("stem{k}.yaml"));
            std::fs::write(&path, text).unwrap();
            assert_eq!(declared_id(&path).as_deref(), *want, "{text}");
            let stem = format!("stem{k}");
            assert_eq!(file_id(&path), want.unwrap_or(&stem), "{text}");
        }
    }

    #[test]
    fn declared_id_reads_lines_and_skips_files_too_large_to_be_decks() {
        let dir = tempfile::tempdir().unwrap();
        let long = "x".repeat(10_000);
        // (file text, id expected)
        let cases = [
            ("id: a\ntitle: T\n".to_string(), Some("a")),
            ("title: T\r\nid: 'b' # note\r\n".to_string(), Some("b")),
            (format!("title: {long}\nid: c\n"), Some("c")),
            (format!("title: {long}id: d\n"), None),
            ("title: T\n  id: e\n".to_string(), None),
            ("title: caf\u{e9}\nid:\n".to_string(), None),
        ];
        for (k, (text, id)) in cases.iter().enumerate() {
            let path = dir.path().join(format!("{k}.yaml"));
            std::fs::write(&path, text).unwrap();
            assert_eq!(declared_id(&path).as_deref(), *id, "case {k}");
        }
        let big = dir.path().join("big.yaml");
        std::fs::write(&big, "id: big\n").unwrap();
        let f = std::fs::OpenOptions::new().write(true).open(&big).unwrap();
        f.set_len(MAX_DECK_BYTES as u64 + 1).unwrap();
        assert_eq!(declared_id(&big), None, "not a deck: not read");
    }
}
