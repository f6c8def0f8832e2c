//! Files factdrill writes and decks it edits, through the real binary (issue 9, points 7, 8
//! and 11): no file replaced by surprise, never the input or the progress file, devices
//! written in place, the user's umask; `add` never stores a deck that does not parse.

#![cfg(unix)]

use crate::common::factdrill_in as factdrill;
use assert_cmd::Command;
use predicates::str::contains;
use serde_json::Value;
use std::fs;
use std::os::unix::fs::{FileTypeExt, PermissionsExt};
use std::path::Path;

/// factdrill run by a shell that first sets the umask.
fn with_umask(home: &Path, umask: &str, args: &[&str]) -> Command {
    let mut cmd = Command::new("sh");
    cmd.env("FACTDRILL_HOME", home)
        .current_dir(home)
        .args(["-c", &format!("umask {umask} && exec \"$@\""), "sh"])
        .arg(crate::common::bin())
        .args(args);
    cmd
}

const NOTES: &str = "# Notes\n\nNATO was founded in 1949. It had 12 founding members.\n";

fn notes(home: &Path) {
    fs::write(home.join("notes.txt"), NOTES).unwrap();
}

fn mode(path: &Path) -> u32 {
    fs::metadata(path).unwrap().permissions().mode() & 0o777
}

#[test]
fn import_never_writes_over_its_own_input() {
    let home = tempfile::tempdir().unwrap();
    notes(home.path());
    for force in [&[][..], &["--force"]] {
        factdrill(home.path())
            .args(["import", "notes.txt", "-o", "notes.txt"])
            .args(force)
            .assert()
            .code(1)
            .stderr(contains("is the file this command reads"));
        let kept = fs::read_to_string(home.path().join("notes.txt")).unwrap();
        assert_eq!(kept, NOTES, "{force:?}");
    }
}

#[test]
fn no_command_writes_over_the_progress_file() {
    let home = tempfile::tempdir().unwrap();
    notes(home.path());
    // A real progress file, made by playing.
    factdrill(home.path())
        .args(["--json", "-n", "1", "--seed", "3"])
        .write_stdin("x\n")
        .assert()
        .success();
    let store = home.path().join("progress.sqlite3");
    let before = fs::read(&store).unwrap();
    let attempts: &[&[&str]] = &[
        &["import", "notes.txt", "--force", "-o"],
        &["worksheet", "nato-2018", "--force", "-o"],
        &["report", "--force", "--html"],
        &["progress", "export", "--force"],
    ];
    for args in attempts {
        for target in ["progress.sqlite3", "./progress.sqlite3-wal"] {
            factdrill(home.path())
                .args(*args)
                .arg(target)
                .assert()
                .code(1)
                .stderr(contains("progress file"));
        }
    }
    assert_eq!(fs::read(&store).unwrap(), before, "the store is untouched");
    factdrill(home.path())
        .args(["progress", "check"])
        .assert()
        .success()
        .stdout(contains(": ok"));
}

#[test]
fn an_existing_file_is_replaced_only_with_force() {
    let home = tempfile::tempdir().unwrap();
    notes(home.path());
    let cases: &[(&[&str], &str)] = &[
        (&["import", "notes.txt", "-o"], "out.yaml"),
        (&["worksheet", "nato-2018", "-o"], "sheet.md"),
        (&["new"], "mine.yaml"),
    ];
    for (args, file) in cases {
        let path = home.path().join(file);
        fs::write(&path, "mine").unwrap();
        factdrill(home.path())
            .args(*args)
            .arg(file)
            .assert()
            .code(1)
            .stderr(contains("already exists: add --force"));
        assert_eq!(fs::read_to_string(&path).unwrap(), "mine", "{args:?}");
        factdrill(home.path())
            .args(*args)
            .arg(file)
            .arg("--force")
            .assert()
            .success();
        assert_ne!(fs::read_to_string(&path).unwrap(), "mine", "{args:?}");
    }
}

#[test]
fn new_files_follow_the_umask_and_replaced_files_keep_their_mode() {
    let home = tempfile::tempdir().unwrap();
    notes(home.path());
    // (umask, the mode a new file gets): tempfile alone would give 0600 whatever the umask.
    for (umask, want) in [("022", 0o644), ("027", 0o640), ("002", 0o664)] {
        let out = format!("new-{umask}.yaml");
        with_umask(home.path(), umask, &["import", "notes.txt", "-o", &out])
            .assert()
            .success();
        assert_eq!(mode(&home.path().join(&out)), want, "umask {umask}");
    }
    // A 0644 file replaced under a strict umask stays 0644.
    let kept = home.path().join("kept.yaml");
    fs::write(&kept, "old").unwrap();
    fs::set_permissions(&kept, fs::Permissions::from_mode(0o644)).unwrap();
    with_umask(
        home.path(),
        "077",
        &["import", "notes.txt", "-o", "kept.yaml", "--force"],
    )
    .assert()
    .success();
    assert_eq!(mode(&kept), 0o644);
    assert!(fs::read_to_string(&kept).unwrap().contains("1949"));
}

#[test]
fn a_link_to_a_file_is_kept_and_the_file_written() {
    let home = tempfile::tempdir().unwrap();
    notes(home.path());
    fs::write(home.path().join("real.yaml"), "old").unwrap();
    std::os::unix::fs::symlink("real.yaml", home.path().join("link.yaml")).unwrap();
    factdrill(home.path())
        .args(["import", "notes.txt", "-o", "link.yaml", "--force"])
        .assert()
        .success();
    let link = fs::symlink_metadata(home.path().join("link.yaml")).unwrap();
    assert!(link.file_type().is_symlink(), "the link stays a link");
    let real = fs::read_to_string(home.path().join("real.yaml")).unwrap();
    assert!(real.contains("1949"), "{real}");
}

#[test]
fn a_fifo_is_opened_and_written_not_replaced() {
    let home = tempfile::tempdir().unwrap();
    notes(home.path());
    let fifo = home.path().join("pipe");
    assert!(std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .unwrap()
        .success());
    let mut reader = std::process::Command::new("cat")
        .arg(&fifo)
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let run = factdrill(home.path())
        .args(["import", "notes.txt", "-o", "pipe"])
        .timeout(std::time::Duration::from_secs(20))
        .assert();
    let still_fifo = fs::symlink_metadata(&fifo).unwrap().file_type().is_fifo();
    if !still_fifo {
        let _ = reader.kill(); // Nothing will ever open the old pipe now.
    }
    let read = reader.wait_with_output().unwrap();
    run.success();
    assert!(still_fifo, "the FIFO was replaced by a file");
    assert!(String::from_utf8_lossy(&read.stdout).contains("1949"));
}

#[test]
fn dev_null_and_dev_stdout_are_written_in_place() {
    // As root, a rename would replace the device node or the link; as anyone else it would
    // fail. Either way these must succeed and leave /dev as it was.
    let home = tempfile::tempdir().unwrap();
    notes(home.path());
    factdrill(home.path())
        .args(["import", "notes.txt", "-o", "/dev/null"])
        .assert()
        .success();
    let null = fs::symlink_metadata("/dev/null").unwrap();
    assert!(null.file_type().is_char_device());
    factdrill(home.path())
        .args(["import", "notes.txt", "-o", "/dev/stdout"])
        .assert()
        .success()
        .stdout(contains("1949"));
    assert!(fs::symlink_metadata("/dev/stdout")
        .unwrap()
        .file_type()
        .is_symlink());
}

#[test]
fn dev_stdout_redirected_to_a_file_appends_as_the_shell_asked() {
    let home = tempfile::tempdir().unwrap();
    notes(home.path());
    fs::write(home.path().join("out.yaml"), "# kept\n").unwrap();
    let bin = crate::common::bin();
    let script = format!(
        "exec '{}' import notes.txt -o /dev/stdout >> out.yaml",
        bin.display()
    );
    Command::new("sh")
        .env("FACTDRILL_HOME", home.path())
        .current_dir(home.path())
        .args(["-c", &script])
        .assert()
        .success();
    let out = fs::read_to_string(home.path().join("out.yaml")).unwrap();
    assert!(out.starts_with("# kept\n") && out.contains("1949"), "{out}");
}

/// Six valid layouts the old `add` broke by putting `id:` on a first line of its own.
const LAYOUTS: &[(&str, &str)] = &[
    ("{title: Flow, facts: [It had 12 members.]}\n", "a flow map"),
    (
        "id : spaced\ntitle: Spaced\nfacts: [It had 12 members.]\n",
        "`id :` with a space",
    ),
    (
        "%YAML 1.2\n---\ntitle: Directive\nfacts: [It had 12 members.]\n",
        "a %YAML line",
    ),
    (
        "---\ntitle: Started\nfacts: [It had 12 members.]\n",
        "a --- line",
    ),
    (
        "\"id\": quoted\ntitle: Quoted\nfacts: [It had 12 members.]\n",
        "a quoted key",
    ),
    (
        "id:\ntitle: Empty\nfacts: [It had 12 members.]\n",
        "an empty id",
    ),
    (
        "\u{feff}title: Marked\nfacts: [It had 12 members.]\n",
        "a byte-order mark",
    ),
];

#[test]
fn add_stores_every_valid_layout_as_a_deck_that_parses() {
    for (k, (text, why)) in LAYOUTS.iter().enumerate() {
        let home = tempfile::tempdir().unwrap();
        let file = format!("deck{k}.yaml");
        fs::write(home.path().join(&file), text).unwrap();
        let id = match *why {
            "`id :` with a space" => "spaced".to_string(),
            "a quoted key" => "quoted".to_string(),
            _ => format!("deck{k}"),
        };
        factdrill(home.path())
            .args(["add", &file])
            .assert()
            .success()
            .stdout(contains(format!("Added `{id}`")));
        let stored = home.path().join(format!("decks/{id}.yaml"));
        factdrill(home.path())
            .arg("check")
            .arg(&stored)
            .assert()
            .success();
        let out = factdrill(home.path())
            .args(["decks", "--json"])
            .assert()
            .success();
        let json: Value = serde_json::from_slice(&out.get_output().stdout).unwrap();
        let listed = json["decks"]
            .as_array()
            .unwrap()
            .iter()
            .find(|d| d["source"] == "library")
            .unwrap_or_else(|| panic!("{why}: not listed: {json}"));
        assert_eq!(
            (listed["id"].as_str(), listed["facts"].as_u64()),
            (Some(id.as_str()), Some(1)),
            "{why}"
        );
        // Renamed, it keeps its id: the id is written in it.
        fs::rename(&stored, home.path().join("decks/renamed.yaml")).unwrap();
        factdrill(home.path())
            .args(["check", &id])
            .assert()
            .success();
    }
}

#[test]
fn decks_lists_a_library_file_it_cannot_read() {
    let home = tempfile::tempdir().unwrap();
    fs::create_dir_all(home.path().join("decks")).unwrap();
    fs::write(home.path().join("decks/broken.yaml"), "title: [\n").unwrap();
    factdrill(home.path())
        .arg("decks")
        .assert()
        .success()
        .stdout(contains("broken"))
        .stdout(contains("cannot be read"))
        .stdout(contains("broken.yaml:"));
    let out = factdrill(home.path())
        .args(["decks", "--json"])
        .assert()
        .success();
    let json: Value = serde_json::from_slice(&out.get_output().stdout).unwrap();
    let row = json["decks"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["id"] == "broken")
        .unwrap_or_else(|| panic!("{json}"));
    assert!(
        row["error"].as_str().is_some_and(|e| !e.is_empty()),
        "{row}"
    );
    assert!(row["facts"].is_null(), "{row}");
}

#[test]
fn imports_with_braces_and_a_blank_title_pass_check() {
    let home = tempfile::tempdir().unwrap();
    fs::write(
        home.path().join("prose.txt"),
        "The set {1, 2} had 2 members in 1990. A stray } closed 12 files. An open { was left in 2017.\n",
    )
    .unwrap();
    factdrill(home.path())
        .args(["import", "prose.txt", "--title", " ", "-o", "prose.yaml"])
        .assert()
        .success()
        .stderr(contains("Wrote 3 facts"));
    let out = factdrill(home.path())
        .args(["check", "prose.yaml", "--json"])
        .assert()
        .success();
    let json: Value = serde_json::from_slice(&out.get_output().stdout).unwrap();
    let deck = &json["decks"][0];
    assert_eq!(
        deck["title"], "Prose",
        "a blank title falls back to the file name"
    );
    let texts: Vec<&str> = deck["facts"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|f| f["text"].as_str())
        .collect();
    assert!(texts.iter().any(|t| t.contains("{1, 2}")), "{texts:?}");
}

#[test]
fn a_profile_name_that_cleans_to_nothing_is_refused() {
    let home = tempfile::tempdir().unwrap();
    for args in [
        &["stats", "--profile", "!!!"][..],
        &["--profile", "???", "-n", "1"],
    ] {
        factdrill(home.path())
            .args(args)
            .assert()
            .code(2)
            .stderr(contains("a profile name needs a letter"));
    }
    assert!(
        !home.path().join("progress.sqlite3").exists(),
        "nothing was played under another name"
    );
}
