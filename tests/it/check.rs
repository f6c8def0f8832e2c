//! `factdrill check` and `factdrill decks` through the real binary, on good and bad decks.

use assert_cmd::Command;
use serde_json::Value;
use std::path::Path;

fn factdrill() -> Command {
    crate::common::factdrill(&crate::common::temp_home())
}

fn check_json(path: &Path) -> (i32, Value, String) {
    let out = factdrill()
        .arg("check")
        .arg(path)
        .arg("--json")
        .output()
        .unwrap();
    let json = serde_json::from_slice(&out.stdout).unwrap_or(Value::Null);
    (
        out.status.code().unwrap(),
        json,
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn builtin_deck_files_pass_and_show_their_quantities() {
    let out = factdrill()
        .args(["check", "decks/nato-2018.yaml", "decks/space-race.yaml"])
        .assert()
        .success();
    let text = String::from_utf8(out.get_output().stdout.clone()).unwrap();
    assert!(text.contains("\"April 4, 1949\""), "{text}");
    assert!(text.contains("money"));
    assert!(text.contains("decks/space-race.yaml: ok"));
}

#[test]
fn json_output_has_the_documented_shape() {
    let (code, json, _) = check_json(Path::new("decks/nato-2018.yaml"));
    assert_eq!(code, 0);
    let deck = &json["decks"][0];
    assert_eq!(deck["id"], "nato-2018");
    assert_eq!(deck["errors"].as_array().unwrap().len(), 0);
    let founding = deck["facts"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["id"] == "founding-members")
        .unwrap();
    let q = &founding["quantities"];
    assert_eq!(q[0]["text"], "12");
    assert_eq!(q[0]["kind"], "count");
    assert_eq!(q[0]["value"], "12");
    assert_eq!(q[1]["kind"], "date");
    assert_eq!(q[1]["value"], "1949-04-04");
    let general = deck["facts"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["id"] == "secretary-general")
        .unwrap();
    let a = &general["quantities"][0];
    assert_eq!(a["kind"], "text");
    assert_eq!(a["accept"], serde_json::json!(["Stoltenberg"]));
    assert_eq!(a["distractors"].as_array().map(Vec::len), Some(3));
}

#[test]
fn every_bad_deck_gets_a_clear_error_and_exit_1() {
    let dir = tempfile::tempdir().unwrap();
    let deep = format!("title: T\nfacts: {}", "[".repeat(100_000));
    let bomb = (b'a'..=b'i').enumerate().map(|(k, c)| {
        let prev = (c - 1) as char;
        if k == 0 { format!("{}: &{} [x, x, x, x, x, x, x, x, x]\n", c as char, c as char) } else { format!("{}: &{} [*{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}]\n", c as char, c as char) }
    }).collect::<String>();
    let random: Vec<u8> = (0..4096u32)
        .map(|n| (n.wrapping_mul(2_654_435_761) >> 24) as u8)
        .collect();
    let cases: Vec<(&str, Vec<u8>, usize)> = vec![
        ("empty.yaml", b"".to_vec(), 1),
        (
            "syntax.yaml",
            b"title: T\nfacts:\n  - fact: \"12 things\n".to_vec(),
            0,
        ),
        ("no-title.yaml", b"facts:\n  - 12 things\n".to_vec(), 1),
        ("not-list.yaml", b"title: T\nfacts: 12 things\n".to_vec(), 2),
        (
            "unknown-key.yaml",
            b"title: T\nfacts:\n  - fact: 12 things\n    hnit: x\n".to_vec(),
            4,
        ),
        (
            "braces.yaml",
            b"title: T\nfacts:\n  - Signed on {April 4, 1949.\n".to_vec(),
            3,
        ),
        (
            "dup-id.yaml",
            b"title: T\nfacts:\n  - fact: 12 things\n    id: a\n  - fact: 13 things\n    id: a\n"
                .to_vec(),
            5,
        ),
        (
            "nothing.yaml",
            b"title: T\nfacts:\n  - NATO is an alliance.\n".to_vec(),
            3,
        ),
        (
            "utf8.yaml",
            b"title: T\nfacts:\n  - caf\xe9 12\n".to_vec(),
            3,
        ),
        ("random.yaml", random, 0),
        ("bomb.yaml", bomb.into_bytes(), 1),
        ("deep.yaml", deep.into_bytes(), 2),
    ];
    for (name, bytes, line) in cases {
        let path = dir.path().join(name);
        std::fs::write(&path, &bytes).unwrap();
        let out = factdrill().arg("check").arg(&path).output().unwrap();
        let stdout = String::from_utf8_lossy(&out.stdout);
        assert_eq!(out.status.code(), Some(1), "{name}: {stdout}");
        assert!(
            !String::from_utf8_lossy(&out.stderr).contains("panicked"),
            "{name}"
        );
        assert!(
            stdout.contains(name) && stdout.contains("error:"),
            "{name}: {stdout}"
        );
        let (_, json, _) = check_json(&path);
        let errors = json["decks"][0]["errors"].as_array().unwrap().clone();
        assert!(!errors.is_empty(), "{name}");
        if line > 0 {
            assert_eq!(errors[0]["line"], line, "{name}: {errors:?}");
        }
    }
}

#[test]
fn oversized_and_missing_files() {
    let dir = tempfile::tempdir().unwrap();
    let big = dir.path().join("big.yaml");
    let f = std::fs::File::create(&big).unwrap();
    f.set_len(17 * 1024 * 1024).unwrap();
    let out = factdrill().arg("check").arg(&big).assert().code(1);
    assert!(String::from_utf8_lossy(&out.get_output().stdout).contains("16 MiB"));
    let out = factdrill()
        .args(["check", "no-such-deck.yaml"])
        .assert()
        .code(1);
    assert!(String::from_utf8_lossy(&out.get_output().stdout).contains("no such file"));
}

#[test]
fn a_large_deck_checks_quickly_enough_to_finish() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("large.yaml");
    let mut text = String::from("title: Large\nfacts:\n");
    for n in 0..20_000 {
        text.push_str(&format!(
            "  - fact: Fact {n} says that {} members met on April {}, {}.\n    id: f{n}\n",
            n % 90 + 2,
            n % 28 + 1,
            1900 + n % 120
        ));
    }
    std::fs::write(&path, text).unwrap();
    let (code, json, _) = check_json(&path);
    assert_eq!(code, 0);
    assert_eq!(json["decks"][0]["facts"].as_array().unwrap().len(), 20_000);
}

#[test]
fn decks_lists_the_builtin_decks() {
    let out = factdrill().args(["decks", "--json"]).assert().success();
    let json: Value = serde_json::from_slice(&out.get_output().stdout).unwrap();
    let ids: Vec<&str> = json["decks"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, ["nato-2018", "space-race"]);
    assert!(
        json["decks"][0]["cards"].as_u64().unwrap()
            > json["decks"][0]["facts"].as_u64().unwrap() - 1
    );
    factdrill()
        .arg("decks")
        .assert()
        .success()
        .stdout(predicates::str::contains("nato-2018"));
}
