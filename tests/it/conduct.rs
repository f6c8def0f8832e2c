//! Command-line conduct (issue 12, point 8): near-miss subcommands, one exit code for every
//! usage error, "nothing matched" said as such, files said where written, help and man page
//! that list only what exists.

use crate::common::{factdrill as bare, stderr_of};

#[test]
fn every_usage_error_exits_2() {
    let home = tempfile::tempdir().unwrap();
    // (arguments, why it is a usage error)
    for (args, why) in [
        (&["--retention", "2"][..], "out of range, like -n 0"),
        (&["--retention", "x"], "not a number"),
        (&["-n", "0"], "out of range"),
        (&["stat"], "a near-miss subcommand"),
        (&["drill", "--players", ","], "no players"),
    ] {
        let out = bare(home.path()).args(args).arg("--plain").assert().code(2);
        assert!(!stderr_of(&out).contains("cannot play"), "{args:?}: {why}");
    }
}

#[test]
fn a_mistyped_subcommand_is_suggested_unless_a_deck_has_that_name() {
    let home = tempfile::tempdir().unwrap();
    let out = bare(home.path()).arg("stat").assert().code(2);
    let err = stderr_of(&out);
    assert!(err.contains("did you mean `factdrill stats`?"), "{err}");
    // A deck file called `stat` is played, as it always was.
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("stat"),
        "title: T\nfacts:\n  - It was signed in 1949 by many.\n",
    )
    .unwrap();
    bare(home.path())
        .current_dir(dir.path())
        .args(["stat", "--plain", "--no-save", "-n", "1"])
        .write_stdin("1949\n")
        .assert()
        .success();
}

#[test]
fn a_missing_deck_is_one_sentence_without_play_or_a_position() {
    let home = tempfile::tempdir().unwrap();
    for args in [
        &["worksheet", "nosuch"][..],
        &["preview", "nosuch"],
        &["play", "nosuch", "--plain"],
        &["check", "nosuch"],
    ] {
        let out = bare(home.path()).args(args).assert().code(1);
        let err = stderr_of(&out) + &String::from_utf8_lossy(&out.get_output().stdout);
        assert!(
            err.contains("nosuch: ") && err.contains("no such file"),
            "{args:?}: {err}"
        );
        assert!(!err.contains("cannot play"), "{args:?}: {err}");
        assert!(!err.contains("0:0"), "{args:?}: {err}");
    }
}

#[test]
fn nothing_matched_is_said_not_reported_as_zero() {
    let home = tempfile::tempdir().unwrap();
    // Some progress, so that the store and a profile exist.
    bare(home.path())
        .args([
            "--profile",
            "ana",
            "--plain",
            "-n",
            "1",
            "--format",
            "typed",
        ])
        .write_stdin("1\n")
        .assert()
        .success();
    // (arguments, what stderr says)
    for (args, says) in [
        (
            &["report", "--deck", "nosuch"][..],
            "no answers recorded in deck `nosuch`",
        ),
        (
            &["report", "--profiles", "Zed"],
            "no progress recorded for `Zed`",
        ),
        (
            &[
                "progress",
                "reset",
                "--deck",
                "nosuch",
                "--yes",
                "--profile",
                "ana",
            ],
            "nothing to reset",
        ),
    ] {
        let out = bare(home.path()).args(args).assert().code(1);
        let err = stderr_of(&out);
        assert!(err.contains(says), "{args:?}: {err}");
        assert!(out.get_output().stdout.is_empty(), "{args:?}");
    }
    bare(home.path())
        .args(["report", "--profiles", "ana", "--deck", "nato-2018"])
        .assert()
        .success();
}

#[test]
fn progress_export_says_where_it_wrote() {
    let home = tempfile::tempdir().unwrap();
    let file = home.path().join("backup.json");
    let out = bare(home.path())
        .args(["progress", "export"])
        .arg(&file)
        .assert()
        .success();
    let err = stderr_of(&out);
    assert!(err.contains(&file.display().to_string()), "{err}");
}

#[test]
fn help_lists_only_the_options_a_subcommand_takes() {
    let home = tempfile::tempdir().unwrap();
    let help = |args: &[&str]| {
        let out = bare(home.path())
            .args(args)
            .arg("--help")
            .assert()
            .success();
        String::from_utf8_lossy(&out.get_output().stdout).into_owned()
    };
    // (subcommand, takes --profile, takes --deck-dir)
    for (sub, profile, deck_dir) in [
        (&["completions"][..], false, false),
        (&["man"], false, false),
        (&["import"], false, false),
        (&["new"], false, false),
        (&["check"], false, true),
        (&["worksheet"], false, true),
        (&["stats"], true, true),
        (&["decks"], true, true),
        (&["play"], true, true),
        (&["progress", "export"], false, false),
        (&["progress", "reset"], true, false),
    ] {
        let text = help(sub);
        assert_eq!(text.contains("--profile "), profile, "{sub:?}\n{text}");
        assert_eq!(text.contains("--deck-dir"), deck_dir, "{sub:?}\n{text}");
    }
    // A profile given before the subcommand still counts.
    let out = bare(home.path())
        .args(["--profile", "ana", "stats"])
        .assert()
        .success();
    let text = String::from_utf8_lossy(&out.get_output().stdout);
    assert!(text.starts_with("Progress of ana"), "{text}");
}

#[test]
fn the_man_page_names_itself_once_and_only_pages_that_exist() {
    let home = tempfile::tempdir().unwrap();
    let out = bare(home.path()).arg("man").assert().success();
    let page = String::from_utf8_lossy(&out.get_output().stdout).into_owned();
    assert!(
        !page.contains("factdrill \\- factdrill"),
        "NAME repeats the name"
    );
    assert!(!page.contains("(1)"), "no other pages are installed");
    for section in [
        "DECK FORMAT",
        "ENVIRONMENT",
        "FACTDRILL_HOME",
        "EXIT STATUS",
        "130",
    ] {
        assert!(page.contains(section), "{section}");
    }
}
