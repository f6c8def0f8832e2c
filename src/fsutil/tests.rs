use super::*;
use std::os::unix::fs::{FileTypeExt, PermissionsExt};

/// The process's umask, read without changing it (Linux 4.7 and later show it here).
fn umask() -> Option<u32> {
    let status = fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("Umask:"))?;
    u32::from_str_radix(line["Umask:".len()..].trim(), 8).ok()
}

fn mode(path: &Path) -> u32 {
    fs::metadata(path).unwrap().permissions().mode() & 0o777
}

/// What a case expects: the new text in a file, a device still a device, or a refusal (by
/// its variant's name) that leaves the path as it was.
#[derive(Debug, PartialEq)]
enum Expect {
    Wrote,
    StillADevice,
    Refused(&'static str),
}

/// Makes what is at the path in a fresh folder, and returns the path to write.
type Prepare = fn(&Path) -> PathBuf;

#[test]
fn the_policy_for_every_kind_of_target() {
    // (why, what is there, replace?, is it the input?, expected)
    let cases: &[(&str, Prepare, bool, bool, Expect)] = &[
        (
            "a new file is written",
            |d| d.join("new.yaml"),
            false,
            false,
            Expect::Wrote,
        ),
        (
            "an existing file is refused without the flag",
            |d| {
                fs::write(d.join("notes.yaml"), "mine").unwrap();
                d.join("notes.yaml")
            },
            false,
            false,
            Expect::Refused("Exists"),
        ),
        (
            "an existing file is replaced with the flag",
            |d| {
                fs::write(d.join("notes.yaml"), "mine").unwrap();
                d.join("notes.yaml")
            },
            true,
            false,
            Expect::Wrote,
        ),
        (
            "the input is refused even with the flag",
            |d| {
                fs::write(d.join("in.txt"), "mine").unwrap();
                d.join("in.txt")
            },
            true,
            true,
            Expect::Refused("Input"),
        ),
        (
            "the input spelled another way is refused",
            |d| {
                fs::write(d.join("in.txt"), "mine").unwrap();
                fs::create_dir(d.join("sub")).unwrap();
                d.join("sub/../in.txt")
            },
            true,
            true,
            Expect::Refused("Input"),
        ),
        (
            "a hard link to the input is refused",
            |d| {
                fs::write(d.join("in.txt"), "mine").unwrap();
                fs::hard_link(d.join("in.txt"), d.join("other.txt")).unwrap();
                d.join("other.txt")
            },
            true,
            true,
            Expect::Refused("Input"),
        ),
        (
            "the progress file is refused even with the flag",
            |d| {
                fs::write(d.join("progress.sqlite3"), "db").unwrap();
                d.join("progress.sqlite3")
            },
            true,
            false,
            Expect::Refused("Progress"),
        ),
        (
            "the progress file is refused before it exists",
            |d| d.join("progress.sqlite3"),
            true,
            false,
            Expect::Refused("Progress"),
        ),
        (
            "the write-ahead log is refused",
            |d| d.join("progress.sqlite3-wal"),
            true,
            false,
            Expect::Refused("Progress"),
        ),
        (
            "a link to the progress file is refused",
            |d| {
                fs::write(d.join("progress.sqlite3"), "db").unwrap();
                std::os::unix::fs::symlink(d.join("progress.sqlite3"), d.join("out.json")).unwrap();
                d.join("out.json")
            },
            true,
            false,
            Expect::Refused("Progress"),
        ),
        (
            "a folder is refused",
            |d| {
                fs::create_dir(d.join("dir")).unwrap();
                d.join("dir")
            },
            true,
            false,
            Expect::Refused("Folder"),
        ),
        (
            "a link to nothing is refused",
            |d| {
                std::os::unix::fs::symlink(d.join("nowhere"), d.join("link.yaml")).unwrap();
                d.join("link.yaml")
            },
            true,
            false,
            Expect::Refused("DanglingLink"),
        ),
        (
            "a link to a file writes the file and keeps the link",
            |d| {
                fs::write(d.join("real.yaml"), "old").unwrap();
                std::os::unix::fs::symlink(d.join("real.yaml"), d.join("link.yaml")).unwrap();
                d.join("link.yaml")
            },
            true,
            false,
            Expect::Wrote,
        ),
        (
            "/dev/null is written without the flag and stays a device",
            |_| PathBuf::from("/dev/null"),
            false,
            false,
            Expect::StillADevice,
        ),
    ];
    for (why, prepare, replace, input, expected) in cases {
        let dir = tempfile::tempdir().unwrap();
        let path = prepare(dir.path());
        let before = fs::read(&path).ok();
        let in_file = dir.path().join("in.txt");
        let inputs: &[&Path] = if *input { &[in_file.as_path()] } else { &[] };
        let rules = WriteRules {
            replace: *replace,
            flag: "--force",
            inputs,
        };
        let got = write_output_beside(&path, b"new text", &rules, Some(dir.path()));
        match (expected, got) {
            (Expect::Wrote, Ok(())) => {
                assert_eq!(fs::read_to_string(&path).unwrap(), "new text", "{why}")
            }
            (Expect::StillADevice, Ok(())) => {
                let kind = fs::symlink_metadata(&path).unwrap().file_type();
                assert!(kind.is_char_device(), "{why}");
            }
            (Expect::Refused(variant), Err(e)) => {
                assert!(format!("{e:?}").starts_with(variant), "{why}: {e:?}");
                assert_eq!(fs::read(&path).ok(), before, "{why}: left as it was");
            }
            (want, got) => panic!("{why}: expected {want:?}, got {got:?}"),
        }
    }
}

#[test]
fn a_link_is_kept_and_its_target_replaced() {
    let dir = tempfile::tempdir().unwrap();
    let (real, link) = (dir.path().join("real.yaml"), dir.path().join("link.yaml"));
    fs::write(&real, "old").unwrap();
    std::os::unix::fs::symlink(&real, &link).unwrap();
    write_output_beside(&link, b"new", &WriteRules::force(true), None).unwrap();
    assert!(fs::symlink_metadata(&link).unwrap().is_symlink());
    assert_eq!(fs::read_to_string(&real).unwrap(), "new");
}

#[test]
fn modes_follow_the_umask_or_the_file_replaced() {
    let dir = tempfile::tempdir().unwrap();
    let new = dir.path().join("new.yaml");
    write_output_beside(&new, b"x", &WriteRules::force(false), None).unwrap();
    if let Some(mask) = umask() {
        assert_eq!(mode(&new), 0o666 & !mask, "a new file: 0666 less the umask");
    }
    for kept in [0o644, 0o640, 0o604] {
        let old = dir.path().join(format!("old-{kept:o}.yaml"));
        fs::write(&old, "old").unwrap();
        fs::set_permissions(&old, fs::Permissions::from_mode(kept)).unwrap();
        write_output_beside(&old, b"x", &WriteRules::force(true), None).unwrap();
        assert_eq!(mode(&old), kept, "a replaced file keeps its mode");
        write_atomic(&old, b"y").unwrap();
        assert_eq!(
            mode(&old),
            kept,
            "also when factdrill rewrites its own file"
        );
    }
}

#[test]
fn a_refusal_names_the_file_and_the_fix() {
    let err = WriteError::Exists {
        path: PathBuf::from("notes.txt"),
        flag: "--force",
    };
    assert_eq!(
        err.to_string(),
        "notes.txt already exists: add --force to replace it, or write to another file"
    );
}

#[test]
fn a_descriptor_is_recognised_through_its_links() {
    let cases = [
        ("/dev/stdout", true),
        ("/dev/fd/1", true),
        ("/proc/self/fd/2", true),
        ("/dev/null", false),
        ("/tmp", false),
        ("relative-name.yaml", false),
    ];
    for (path, want) in cases {
        if Path::new("/proc/self/fd").exists() {
            assert_eq!(is_descriptor(Path::new(path)), want, "{path}");
        }
    }
}
