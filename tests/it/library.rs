//! Making and keeping decks through the real binary: import, add, the library, new,
//! check --fix, completions and the manual page.

use crate::common::factdrill_in as factdrill;
use predicates::str::contains;
use serde_json::Value;

const SEED: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/tests/fixtures/nato-fact-sheet-2018.txt"
);

/// The fact sheet's sentences that hold a date, count, percentage or amount, by their start.
const KEPT: &[&str] = &[
    "\"In the nearly seven decades",
    "President Trump is continuing the legacy",
    "The United States is one of 12",
    "Since then, NATO has grown to include 29",
    "On April 11, 2017",
    "In May 2017",
    "In April 2017",
    "In January 2017",
    "In 2017 alone",
    // "This was the largest … in more than a quarter century": a bound, not asked.
    // "Eight NATO Allies will reach … by the end of this year" counts from when it was
    // written: left out.
    "In 2017, NATO deployed",
    "An enhanced Forward Presence",
    "In February 2018",
    "Thirty-nine Allies",
];

#[test]
fn the_fact_sheet_imports_to_a_valid_deck_of_its_quantity_sentences() {
    let home = tempfile::tempdir().unwrap();
    factdrill(home.path())
        .args(["import", SEED, "-o", "nato.yaml"])
        .assert()
        .success()
        // 15 sentences hold a figure; "by the end of this year" counts from when the sheet
        // was written, and "more than a quarter century" is a bound: both are left out.
        .stderr(contains("Wrote 13 facts"))
        .stderr(contains(
            "1 sentence counting time from when it was written",
        ));
    let text = std::fs::read_to_string(home.path().join("nato.yaml")).unwrap();
    assert!(text.starts_with("# Made by `factdrill import`"));
    assert!(!text.contains("â€"), "mis-encoded punctuation is repaired");
    let out = factdrill(home.path())
        .args(["check", "nato.yaml", "--json"])
        .assert()
        .success();
    let json: Value = serde_json::from_slice(&out.get_output().stdout).unwrap();
    let facts: Vec<String> = json["decks"][0]["facts"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["text"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(facts.len(), KEPT.len(), "{facts:#?}");
    for (fact, start) in facts.iter().zip(KEPT) {
        assert!(
            fact.starts_with(start),
            "{fact:?} should start with {start:?}"
        );
    }
    let topics = text.matches("topic: Sharing the burden").count();
    // Three sentences under that lead-in hold a figure; one counts from "this year" and one
    // holds only a bound.
    assert_eq!(topics, 1, "capitalised lead-ins become topics");
}

#[test]
fn added_decks_play_by_id_and_ids_do_not_clash() {
    let home = tempfile::tempdir().unwrap();
    factdrill(home.path())
        .args(["import", SEED, "-o", "nato.yaml"])
        .assert()
        .success();
    factdrill(home.path())
        .args(["add", "nato.yaml"])
        .assert()
        .success()
        .stdout(contains("factdrill play nato-fact-sheet-2018"));
    assert!(home
        .path()
        .join("decks/nato-fact-sheet-2018.yaml")
        .is_file());
    factdrill(home.path())
        .args(["add", "nato.yaml"])
        .assert()
        .code(1)
        .stderr(contains("--replace"));
    factdrill(home.path())
        .args(["add", "nato.yaml", "--replace"])
        .assert()
        .success();
    let out = factdrill(home.path())
        .args(["play", "nato-fact-sheet-2018", "--json", "-n", "1"])
        .write_stdin("x\n")
        .assert()
        .success();
    let first: Value = serde_json::from_str(
        String::from_utf8_lossy(&out.get_output().stdout)
            .lines()
            .next()
            .unwrap(),
    )
    .unwrap();
    assert!(
        first["card"]
            .as_str()
            .unwrap()
            .starts_with("nato-fact-sheet-2018:"),
        "{first}"
    );
    let listed = factdrill(home.path())
        .args(["decks", "--json"])
        .assert()
        .success();
    let json: Value = serde_json::from_slice(&listed.get_output().stdout).unwrap();
    let mine = json["decks"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["id"] == "nato-fact-sheet-2018")
        .unwrap()
        .clone();
    assert_eq!(mine["source"], "library");
    assert_eq!(mine["facts"], 13);
    assert!(
        mine["due"].as_u64().is_some(),
        "with progress, due cards are counted: {mine}"
    );
    factdrill(home.path())
        .args(["stats", "--deck", "nato-fact-sheet-2018", "--json"])
        .assert()
        .success();
    factdrill(home.path())
        .args(["check", "nato-fact-sheet-2018"])
        .assert()
        .success();
}

#[test]
fn a_built_in_id_cannot_be_taken() {
    let home = tempfile::tempdir().unwrap();
    std::fs::write(
        home.path().join("mine.yaml"),
        "title: Mine\nid: nato-2018\nfacts:\n  - It had 12 members.\n",
    )
    .unwrap();
    factdrill(home.path())
        .args(["add", "mine.yaml"])
        .assert()
        .code(1)
        .stderr(contains("built-in"));
}

#[test]
fn deck_dirs_are_searched_by_id() {
    let home = tempfile::tempdir().unwrap();
    let class = tempfile::tempdir().unwrap();
    std::fs::write(
        class.path().join("week1.yaml"),
        "title: Week 1\nid: week-1\nfacts:\n  - The class has 24 pupils.\n",
    )
    .unwrap();
    factdrill(home.path())
        .args(["check", "week-1", "--deck-dir"])
        .arg(class.path())
        .assert()
        .success();
    factdrill(home.path())
        .args(["check", "week-1"])
        .assert()
        .code(1);
}

#[test]
fn tables_import_from_csv() {
    let home = tempfile::tempdir().unwrap();
    std::fs::write(home.path().join("caps.csv"), "question,answer,accept\n\"Capital of France, please?\",Paris,\"paris city|Lutece\"\nCapital of Italy?,Rome\n").unwrap();
    factdrill(home.path())
        .args([
            "import",
            "--from",
            "csv",
            "caps.csv",
            "--title",
            "Capitals",
            "-o",
            "caps.yaml",
        ])
        .assert()
        .success();
    factdrill(home.path())
        .args(["check", "caps.yaml"])
        .assert()
        .success()
        .stdout(contains("Paris"));
    factdrill(home.path())
        .args(["import", "--from", "csv", "missing.csv"])
        .assert()
        .code(1)
        .stderr(contains("missing.csv"));
}

#[test]
fn import_reads_standard_input() {
    let home = tempfile::tempdir().unwrap();
    let out = factdrill(home.path())
        .args(["import", "-"])
        .write_stdin("NATO had 29 members in 2018. It is big.\n")
        .assert()
        .success();
    let yaml = String::from_utf8_lossy(&out.get_output().stdout).into_owned();
    assert!(
        yaml.contains("NATO had 29 members in 2018.") && !yaml.contains("It is big"),
        "{yaml}"
    );
    factdrill(home.path())
        .args(["import", "-"])
        .write_stdin("Nothing to ask here.\n")
        .assert()
        .code(1);
}

#[test]
fn new_writes_a_valid_starter_deck_once() {
    let home = tempfile::tempdir().unwrap();
    factdrill(home.path())
        .args(["new", "my-deck"])
        .assert()
        .success();
    factdrill(home.path())
        .args(["check", "my-deck.yaml"])
        .assert()
        .success();
    factdrill(home.path())
        .args(["new", "my-deck"])
        .assert()
        .code(1)
        .stderr(contains("already exists"));
}

#[test]
fn check_fix_adds_missing_ids() {
    let home = tempfile::tempdir().unwrap();
    std::fs::write(
        home.path().join("d.yaml"),
        "title: D\nfacts:\n  # keep this comment\n  - NATO had 29 members in 2018.\n",
    )
    .unwrap();
    factdrill(home.path())
        .args(["check", "--fix", "d.yaml"])
        .assert()
        .success()
        .stderr(contains("added 1 fact id"));
    let text = std::fs::read_to_string(home.path().join("d.yaml")).unwrap();
    assert!(
        text.contains("# keep this comment") && text.contains("id: nato-had-29-members-in"),
        "{text}"
    );
}

#[test]
fn completions_for_every_shell_and_a_manual_page() {
    let home = tempfile::tempdir().unwrap();
    for shell in ["bash", "zsh", "fish", "powershell", "elvish"] {
        let out = factdrill(home.path())
            .args(["completions", shell])
            .assert()
            .success();
        let text = String::from_utf8_lossy(&out.get_output().stdout).into_owned();
        assert!(
            text.contains("factdrill") && text.contains("import"),
            "{shell}"
        );
    }
    factdrill(home.path())
        .arg("man")
        .assert()
        .success()
        .stdout(contains(".TH factdrill"));
}

#[test]
fn every_subcommand_has_examples_in_its_help() {
    let home = tempfile::tempdir().unwrap();
    for sub in [
        "play",
        "check",
        "decks",
        "stats",
        "import",
        "add",
        "new",
        "completions",
        "man",
        "progress",
    ] {
        factdrill(home.path())
            .args([sub, "--help"])
            .assert()
            .success()
            .stdout(contains("Example"));
    }
    for sub in ["check", "export", "import", "reset", "optimize"] {
        factdrill(home.path())
            .args(["progress", sub, "--help"])
            .assert()
            .success()
            .stdout(contains("Example"));
    }
}
