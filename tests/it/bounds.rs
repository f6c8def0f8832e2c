//! Bounded input, bounded work (issue 9, point 10), through the real binary: reads stop one
//! byte past the limit, and one fact may not ask thousands of questions.

use assert_cmd::Command;
use std::path::Path;
use std::time::Duration;

/// Long enough for a slow machine, short enough that reading without end fails the test.
const PATIENCE: Duration = Duration::from_secs(60);

fn factdrill(home: &Path) -> Command {
    let mut cmd = Command::cargo_bin("factdrill").unwrap();
    cmd.env("FACTDRILL_HOME", home)
        .current_dir(home)
        .timeout(PATIENCE);
    cmd
}

/// Exit code 1 and the words expected, in stdout or stderr, and no panic.
fn refused(cmd: &mut Command, words: &[&str]) {
    let out = cmd.output().unwrap();
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(out.status.code(), Some(1), "{text:.2000}");
    assert!(!text.contains("panicked"), "{text:.2000}");
    for w in words {
        assert!(text.contains(w), "{w}: {text:.2000}");
    }
}

#[cfg(unix)]
#[test]
fn endless_files_are_refused_after_the_limit() {
    let home = tempfile::tempdir().unwrap();
    refused(
        factdrill(home.path()).args(["check", "/dev/zero"]),
        &["/dev/zero", "larger than 16 MiB", "split it"],
    );
    refused(
        factdrill(home.path()).args(["import", "/dev/zero"]),
        &["cannot import /dev/zero", "larger than 16 MiB"],
    );
}

#[test]
fn seventeen_mebibytes_are_refused_by_check_and_import() {
    let home = tempfile::tempdir().unwrap();
    let big = home.path().join("big.txt");
    let text = "In 1949 there were 12 members. ".repeat(17 * 1024 * 1024 / 31 + 1);
    std::fs::write(&big, &text).unwrap();
    refused(
        factdrill(home.path()).arg("check").arg(&big),
        &["big.txt", "17 MiB", "at most 16 MiB"],
    );
    refused(
        factdrill(home.path()).arg("import").arg(&big),
        &["larger than 16 MiB", "split it"],
    );
    refused(
        factdrill(home.path())
            .args(["import", "-"])
            .write_stdin(text),
        &["cannot import standard input", "larger than 16 MiB"],
    );
}

#[test]
fn a_file_at_the_limit_is_still_read() {
    let home = tempfile::tempdir().unwrap();
    let path = home.path().join("edge.yaml");
    let head = "title: Edge\nfacts:\n  - It had 12 members.\n";
    let pad = 16 * 1024 * 1024 - head.len();
    std::fs::write(&path, format!("{head}#{}", "x".repeat(pad - 1))).unwrap();
    assert_eq!(std::fs::metadata(&path).unwrap().len(), 16 * 1024 * 1024);
    factdrill(home.path())
        .arg("check")
        .arg(&path)
        .assert()
        .success();
}

#[test]
fn a_fact_asking_thousands_is_refused_at_its_line() {
    let home = tempfile::tempdir().unwrap();
    let numbers: Vec<String> = (1..=20_000).map(|n| n.to_string()).collect();
    let marks = vec!["{1}"; 40_000];
    let cases = [
        ("numbers.yaml", numbers.join(" "), "more than 50 quantities"),
        ("marks.yaml", marks.join(" "), "marks 40000 answers"),
    ];
    for (name, fact, words) in cases {
        let path = home.path().join(name);
        let deck = format!("title: T\nfacts:\n  - It had 12 members.\n  - \"{fact}\"\n");
        std::fs::write(&path, deck).unwrap();
        refused(
            factdrill(home.path()).arg("check").arg(&path),
            &[&format!("{name}:4:1: error:"), words, "split it"],
        );
    }
}
