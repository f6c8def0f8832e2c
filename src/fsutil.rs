//! Files written so that a crash never leaves half of one, and so that a file the user named
//! never replaces something by surprise (issue 9, point 7): an existing file only with
//! `--force`, never the progress file or the command's own input, a device or an open
//! descriptor (`/dev/null`, `/dev/stdout`) opened and written rather than renamed over, and
//! new files readable as the user's umask says rather than tempfile's private 0600.

use std::fs::{self, Metadata, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

/// Why a file was not written.
#[derive(Debug, thiserror::Error)]
pub enum WriteError {
    /// The file exists and the command was not told to replace it.
    #[error("{} already exists: add {flag} to replace it, or write to another file", .path.display())]
    Exists {
        /// The file named.
        path: PathBuf,
        /// The flag that allows replacing it (`--force`, `--replace`).
        flag: &'static str,
    },
    /// The file is (or is a link to) the progress file, its journal or a backup of it.
    #[error("{} is factdrill's progress file (or its journal or a backup): write to another file; nothing was changed", .path.display())]
    Progress {
        /// The file named.
        path: PathBuf,
    },
    /// The file is the one the command reads.
    #[error("{} is the file this command reads: write to another file, so the input is kept", .path.display())]
    Input {
        /// The file named.
        path: PathBuf,
    },
    /// The path is a folder.
    #[error("{} is a folder: name a file inside it", .path.display())]
    Folder {
        /// The folder named.
        path: PathBuf,
    },
    /// A symbolic link whose target does not exist.
    #[error("{} is a link to a file that does not exist: remove the link or name another file", .path.display())]
    DanglingLink {
        /// The link named.
        path: PathBuf,
    },
    /// Reading or writing failed.
    #[error("cannot write {}: {cause}", .path.display())]
    Io {
        /// The file named.
        path: PathBuf,
        /// What the system said.
        cause: io::Error,
    },
}

/// What a command allows when it writes a file the user named.
#[derive(Debug, Clone, Copy)]
pub struct WriteRules<'a> {
    /// Replace an existing file; without it, an existing file is refused.
    pub replace: bool,
    /// The flag that sets `replace`, named in the refusal.
    pub flag: &'static str,
    /// Files the command reads: never written, even with `replace`.
    pub inputs: &'a [&'a Path],
}

impl WriteRules<'_> {
    /// The rules of a command with a `--force` flag and no input file.
    pub fn force(replace: bool) -> WriteRules<'static> {
        WriteRules {
            replace,
            flag: "--force",
            inputs: &[],
        }
    }
}

/// What is at the path to write.
enum Target {
    /// Nothing yet.
    Missing,
    /// A regular file, at its real path (symbolic links resolved).
    File(PathBuf, Metadata),
    /// A device, FIFO or socket; `holds_data` for a block device (a disk).
    Special { holds_data: bool },
    /// An open descriptor of this process (`/dev/stdout`, `/dev/fd/3`, `/proc/self/fd/1`).
    Descriptor,
    /// A folder.
    Folder,
    /// A symbolic link to nothing: writing would replace the link, not fill its target.
    DanglingLink,
}

/// Writes a file the user named, by the rules; see the module comment for the policy.
pub fn write_output(path: &Path, bytes: &[u8], rules: &WriteRules) -> Result<(), WriteError> {
    write_output_beside(path, bytes, rules, crate::home::data_dir().ok().as_deref())
}

/// [`write_output`] with the data directory (where the progress file is) given.
fn write_output_beside(
    path: &Path,
    bytes: &[u8],
    rules: &WriteRules,
    data_dir: Option<&Path>,
) -> Result<(), WriteError> {
    let io_err = |cause| WriteError::Io {
        path: path.to_path_buf(),
        cause,
    };
    let target = classify(path).map_err(io_err)?;
    refuse_protected(path, rules.inputs, data_dir)?;
    let exists = || WriteError::Exists {
        path: path.to_path_buf(),
        flag: rules.flag,
    };
    match target {
        Target::Folder => Err(WriteError::Folder {
            path: path.to_path_buf(),
        }),
        Target::DanglingLink => Err(WriteError::DanglingLink {
            path: path.to_path_buf(),
        }),
        Target::Missing if rules.replace => replace_atomically(path, bytes, None).map_err(io_err),
        Target::Missing => create_new(path, bytes).map_err(|e| match e.kind() {
            io::ErrorKind::AlreadyExists => exists(), // Made by someone else meanwhile.
            _ => io_err(e),
        }),
        Target::File(..) | Target::Special { holds_data: true } if !rules.replace => Err(exists()),
        // Through a link, the file it points to is replaced and the link kept: the user named
        // the file by its link, and replacing the link with a copy would fork the two.
        Target::File(real, meta) => replace_atomically(&real, bytes, Some(&meta)).map_err(io_err),
        Target::Special { .. } | Target::Descriptor => write_in_place(path, bytes).map_err(io_err),
    }
}

/// Writes one of factdrill's own files (a drill's results) atomically, replacing what
/// is there; new files get the user's umask.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> anyhow::Result<()> {
    let meta = fs::metadata(path).ok().filter(Metadata::is_file);
    replace_atomically(path, bytes, meta.as_ref()).map_err(|cause| WriteError::Io {
        path: path.to_path_buf(),
        cause,
    })?;
    Ok(())
}

fn classify(path: &Path) -> io::Result<Target> {
    if is_descriptor(path) {
        return Ok(Target::Descriptor);
    }
    let meta = match fs::metadata(path) {
        Ok(m) => m,
        Err(e) if e.kind() == io::ErrorKind::NotFound => {
            let link = fs::symlink_metadata(path).is_ok();
            return Ok(if link {
                Target::DanglingLink
            } else {
                Target::Missing
            });
        }
        Err(e) => return Err(e),
    };
    Ok(if meta.is_dir() {
        Target::Folder
    } else if meta.is_file() {
        Target::File(fs::canonicalize(path)?, meta)
    } else {
        Target::Special {
            holds_data: is_block_device(&meta),
        }
    })
}

/// Whether the path leads, through links, to `/proc/PID/fd/N`: a descriptor this process
/// already has open, which the shell may have pointed at a file (`-o /dev/stdout > x`).
fn is_descriptor(path: &Path) -> bool {
    let mut at = path.to_path_buf();
    for _ in 0..16 {
        let in_fd_dir = at
            .parent()
            .and_then(|p| fs::canonicalize(p).ok())
            .is_some_and(|p| p.starts_with("/proc") && p.ends_with("fd"));
        if in_fd_dir {
            return true;
        }
        match fs::read_link(&at) {
            Ok(next) => at = at.parent().unwrap_or(Path::new("/")).join(next),
            Err(_) => return false,
        }
    }
    false
}

/// Refuses the progress file, its journals and backups, and the command's inputs, whether
/// named directly, through a link or by another hard link.
fn refuse_protected(
    path: &Path,
    inputs: &[&Path],
    data_dir: Option<&Path>,
) -> Result<(), WriteError> {
    let real = real_path(path);
    let here = fs::metadata(path).ok();
    let same = |other: &Path| {
        let there = fs::metadata(other).ok();
        match (&here, &there) {
            (Some(a), Some(b)) => same_file(a, b),
            _ => real.is_some() && real == real_path(other),
        }
    };
    if let Some(dir) = data_dir {
        let store = dir.join(crate::home::STORE_FILE);
        let beside = real.as_ref().is_some_and(|r| {
            r.parent() == fs::canonicalize(dir).ok().as_deref()
                && r.file_name()
                    .is_some_and(|n| n.to_string_lossy().starts_with(crate::home::STORE_FILE))
        });
        let journals = ["", "-wal", "-shm", "-journal"].map(|s| {
            let mut p = store.clone().into_os_string();
            p.push(s);
            PathBuf::from(p)
        });
        if beside || journals.iter().any(|j| same(j)) {
            return Err(WriteError::Progress {
                path: path.to_path_buf(),
            });
        }
    }
    if inputs.iter().any(|i| same(i)) {
        return Err(WriteError::Input {
            path: path.to_path_buf(),
        });
    }
    Ok(())
}

/// The path with its folder's links resolved and, when it exists, its own; `None` when the
/// folder does not exist.
fn real_path(path: &Path) -> Option<PathBuf> {
    if let Ok(p) = fs::canonicalize(path) {
        return Some(p);
    }
    let dir = parent_dir(path);
    Some(fs::canonicalize(dir).ok()?.join(path.file_name()?))
}

fn parent_dir(path: &Path) -> &Path {
    path.parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."))
}

/// A new file with the user's umask, written to a temporary file and moved into place only
/// if nothing has appeared at the path meanwhile.
fn create_new(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let tmp = filled_temp(parent_dir(path), bytes, None)?;
    match tmp.persist_noclobber(path) {
        Ok(_) => {}
        Err(e) if e.error.kind() == io::ErrorKind::AlreadyExists => return Err(e.error),
        // A filesystem with neither hard links nor no-replace renames (FAT, some shares):
        // check, then rename, leaving only a small race rather than failing outright.
        Err(e) if fs::symlink_metadata(path).is_err() => {
            e.file.persist(path).map_err(|e| e.error)?;
        }
        Err(e) => return Err(e.error),
    }
    sync_dir(parent_dir(path));
    Ok(())
}

/// Replaces (or creates) a regular file atomically; a replaced file keeps its mode and,
/// where allowed, its owner.
fn replace_atomically(path: &Path, bytes: &[u8], old: Option<&Metadata>) -> io::Result<()> {
    let tmp = filled_temp(parent_dir(path), bytes, old)?;
    tmp.persist(path).map_err(|e| e.error)?;
    sync_dir(parent_dir(path));
    Ok(())
}

fn filled_temp(
    dir: &Path,
    bytes: &[u8],
    old: Option<&Metadata>,
) -> io::Result<tempfile::NamedTempFile> {
    let mut builder = tempfile::Builder::new();
    builder.prefix(".factdrill-");
    // tempfile makes 0600 files; asking for 0666 lets the umask decide, as `open` would.
    #[cfg(unix)]
    builder.permissions(std::os::unix::fs::PermissionsExt::from_mode(0o666));
    let mut tmp = builder.tempfile_in(dir)?;
    if let Some(old) = old {
        tmp.as_file().set_permissions(old.permissions())?;
        keep_owner(tmp.as_file(), old);
    }
    tmp.write_all(bytes)?;
    tmp.as_file().sync_all()?;
    Ok(tmp)
}

/// Writes into an existing device, FIFO or descriptor as a shell redirect does. Appending:
/// through `/dev/stdout` reopened on a file, the shell's `>` has emptied it already and
/// `>>` means to add at its end; devices and pipes ignore it.
fn write_in_place(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let mut f = OpenOptions::new().append(true).open(path)?;
    f.write_all(bytes)?;
    f.flush()
}

fn sync_dir(dir: &Path) {
    // A rename survives a crash only once its folder is synced; some systems cannot.
    if let Ok(d) = fs::File::open(dir) {
        let _ = d.sync_all();
    }
}

#[cfg(unix)]
fn same_file(a: &Metadata, b: &Metadata) -> bool {
    use std::os::unix::fs::MetadataExt;
    (a.dev(), a.ino()) == (b.dev(), b.ino())
}

#[cfg(not(unix))]
fn same_file(_: &Metadata, _: &Metadata) -> bool {
    false // Falls back to comparing real paths.
}

#[cfg(unix)]
fn is_block_device(meta: &Metadata) -> bool {
    std::os::unix::fs::FileTypeExt::is_block_device(&meta.file_type())
}

#[cfg(not(unix))]
fn is_block_device(_: &Metadata) -> bool {
    false
}

#[cfg(unix)]
fn keep_owner(file: &fs::File, old: &Metadata) {
    use std::os::unix::fs::MetadataExt;
    // Only root may give a file away; for anyone else the owner is already theirs.
    let _ = std::os::unix::fs::fchown(file, Some(old.uid()), Some(old.gid()));
}

#[cfg(not(unix))]
fn keep_owner(_: &fs::File, _: &Metadata) {}

#[cfg(all(test, unix))]
mod tests;
