//! Issue 9, "no input reaches past its place": a hostile deck, hostile player names and
//! hostile answers go through every output of the real binary — terminal text, Markdown,
//! HTML, CSV and JSON, to stdout, stderr and files — and none may carry a control character,
//! a raw `<script>` or a spreadsheet formula out. One table: a new output is one row.

use std::path::Path;

/// Every kind of hostile text a deck can hold: OSC 52 (write the clipboard), OSC 0 (retitle
/// the window), CSI 2J (clear the screen), C1 CSI, BEL, NUL, DEL, bidi overrides and
/// isolates, HTML, and answers that a spreadsheet would run as formulas. YAML forbids most
/// raw controls, so they are written as escapes in double-quoted strings.
const DECK: &str = r#"title: "Evil \e]52;c;ZXZpbA==\a deck \e]0;pwned\a <script>alert(1)</script> \u202eright"
id: evil
description: "A deck \e[2J that \u009b2J attacks \0 every output"
facts:
  - fact: "The \e[2J treaty \e]0;title\a had 12 members \u009b2J and \u202e 40 partners \x7f <script>x</script>."
    hint: "a \e]0;hint\a hint \u202e"
  - question: "Which \e]52;c;aGk=\a attack \u2066is\u2069 this <script>?"
    answer: "=HYPERLINK(\"http://evil\",\"x\")"
    distractors: ["+cmd|' /C calc'!A0", "@SUM(1)", "-2+3"]
    note: "\e[31m red \a note"
    hint: "a \e]0;hint\a hint \u202e"
  - question: "Whose \e]0;q\a name is this?"
    answer: "\e]0;ans\aZed \u202eSmith"
  - question: "What \u200f is -5 plus 0?"
    answer: "-5"
    distractors: ["=1+1", "@x", "+5"]
  - fact: "In 1949 \e]8;;http://evil\e\\link\e]8;;\e\\ the \u2067alliance\u2069 was founded with \0 nations."
    hint: "a \e]0;hint\a hint \u202e"
"#;

/// A deck whose error messages quote hostile text.
const BAD: &str = r#"title: "Bad \e]0;x\a deck"
facts:
  - "f\e]0;t\aact": 12 things
"#;

/// The same deck under a file name that holds an escape: paths are quoted everywhere.
const EVIL_NAME: &str = "ev\u{1b}]0;t\u{7}il.yaml";

/// Player names and typed answers that a spreadsheet would run.
const PLAYERS: &str = "=HYPERLINK(\"x\"),@cmd";
const ANSWERS: &str = "=1+1\n-5\n+cmd|' /C calc'!A0\n@SUM(A1)\n\u{1b}]0;typed\u{7}\n";

/// How an output is checked.
#[derive(Debug, Clone, Copy)]
enum Form {
    /// Text for a terminal or a text file: no control character but the line feed.
    Text,
    /// Coloured terminal text: as `Text` once SGR colour codes (`ESC [ 1;31 m`) are taken out.
    Coloured,
    /// JSON, one document or one per line: as `Text` in its bytes (a deck's controls may only
    /// appear escaped), and it parses.
    Json,
    /// HTML: as `Text`, and no raw `<script`.
    Html,
    /// CSV: as `Text`, and no cell begins with `=`, `+`, `-` or `@`.
    Csv,
}

/// Where an output is.
#[derive(Debug, Clone, Copy)]
enum Place {
    Stdout,
    Stderr,
    /// A file, relative to the working folder.
    File(&'static str),
    /// Every file in a folder with this extension (a drill's results).
    Every(&'static str, &'static str),
}

/// One run of the binary and what each of its outputs must be.
struct Case {
    args: &'static [&'static str],
    stdin: &'static str,
    code: i32,
    /// (where, checked as, text it must hold so the case cannot pass by printing nothing)
    checks: &'static [(Place, Form, &'static str)],
}

use Form::*;
use Place::*;

/// Run in this order in one home: `add` and the recorded drill come before the outputs
/// that read the library and the progress file. One row per run, so kept from rustfmt.
#[rustfmt::skip]
const CASES: &[Case] = &[
    Case { args: &["add", "evil.yaml"], stdin: "", code: 0, checks: &[(Stdout, Text, "Added `evil`")] },
    Case { args: &["check", "evil.yaml"], stdin: "", code: 0, checks: &[(Stdout, Text, "treaty")] },
    Case { args: &["check", "--color", "always", "evil.yaml"], stdin: "", code: 0, checks: &[(Stdout, Coloured, "\u{1b}[1m")] },
    Case { args: &["check", "--json", "evil.yaml"], stdin: "", code: 0, checks: &[(Stdout, Json, "treaty")] },
    Case { args: &["check", EVIL_NAME], stdin: "", code: 0, checks: &[(Stdout, Text, "il.yaml")] },
    Case { args: &["check", "bad.yaml"], stdin: "", code: 1, checks: &[(Stdout, Text, "unknown key")] },
    Case { args: &["check", "--json", "bad.yaml"], stdin: "", code: 1, checks: &[(Stdout, Json, "unknown key")] },
    Case { args: &["play", "bad.yaml", "--plain"], stdin: "", code: 1, checks: &[(Stderr, Text, "unknown key")] },
    Case { args: &["play", EVIL_NAME, "--plain", "--no-save"], stdin: "", code: 0, checks: &[(Stdout, Text, "Score")] },
    Case { args: &["preview", "evil.yaml"], stdin: "", code: 0, checks: &[(Stdout, Text, "HYPERLINK")] },
    Case { args: &["preview", "--color", "always", "evil.yaml"], stdin: "", code: 0, checks: &[(Stdout, Coloured, "treaty")] },
    Case { args: &["play", "evil.yaml", "--plain", "--no-save", "--format", "typed", "--seed", "1"], stdin: ANSWERS, code: 0, checks: &[(Stdout, Text, "Missed:")] },
    Case { args: &["play", "evil.yaml", "--plain", "--no-save", "--format", "choice", "--seed", "2"], stdin: ANSWERS, code: 0, checks: &[(Stdout, Text, "a) ")] },
    Case { args: &["play", "evil.yaml", "--plain", "--no-save", "--color", "always", "--seed", "3"], stdin: ANSWERS, code: 0, checks: &[(Stdout, Text, "Score")] },
    Case { args: &["play", "evil.yaml", "--json", "--no-save", "--format", "typed", "--seed", "1"], stdin: ANSWERS, code: 0, checks: &[(Stdout, Json, "\"event\":\"summary\"")] },
    Case { args: &["play", "evil.yaml", "--plain", "--no-save", "--format", "typed", "-n", "1", "--seed", "8"], stdin: "?\n=1\n", code: 0, checks: &[(Stdout, Text, "starting with")] },
    Case { args: &["play", "evil.yaml", "--json", "--no-save", "--format", "typed", "-n", "1", "--seed", "8"], stdin: "?\n=1\n", code: 0, checks: &[(Stdout, Json, "starting with")] },
    Case { args: &["worksheet", "evil.yaml", "-n", "4"], stdin: "", code: 0, checks: &[(Stdout, Text, "# Answer key")] },
    Case { args: &["worksheet", "evil.yaml", "-n", "4", "--color", "always"], stdin: "", code: 0, checks: &[(Stdout, Text, "# Answer key")] },
    Case { args: &["worksheet", "evil.yaml", "-n", "4", "-o", "sheet.md"], stdin: "", code: 0, checks: &[(File("sheet.md"), Text, "# Answer key"), (Stderr, Text, "sheet.md")] },
    Case { args: &["worksheet", "evil.yaml", "-n", "4", "--format", "html", "-o", "sheet.html"], stdin: "", code: 0, checks: &[(File("sheet.html"), Html, "&lt;script&gt;")] },
    Case {
        args: &["drill", "evil.yaml", "--plain", "--players", PLAYERS, "--rounds", "2", "--format", "typed", "--record", "--seed", "4"],
        stdin: ANSWERS,
        code: 0,
        checks: &[
            (Stdout, Text, "Winner: =HYPERLINK"),
            (Stderr, Text, "Results:"),
            (Every("home/drills", "csv"), Csv, "'=HYPERLINK"),
            (Every("home/drills", "json"), Json, "\\u001b"),
        ],
    },
    Case {
        args: &["drill", "evil.yaml", "--json", "--players", PLAYERS, "--rounds", "2", "--format", "choice", "--seed", "5"],
        stdin: "a\nb\nc\nd\n",
        code: 0,
        checks: &[(Stdout, Json, "\"event\":\"podium\""), (Every("home/drills", "csv"), Csv, "'@cmd")],
    },
    Case { args: &["report"], stdin: "", code: 0, checks: &[(Stdout, Text, "=HYPERLINK")] },
    Case { args: &["report", "--color", "always"], stdin: "", code: 0, checks: &[(Stdout, Coloured, "=HYPERLINK")] },
    Case { args: &["report", "--html", "report.html"], stdin: "", code: 0, checks: &[(File("report.html"), Html, "HYPERLINK"), (Stdout, Text, "")] },
    Case { args: &["report", "--json"], stdin: "", code: 0, checks: &[(Stdout, Json, "HYPERLINK")] },
    Case { args: &["stats", "--profile", "cmd"], stdin: "", code: 0, checks: &[(Stdout, Text, "HYPERLINK")] },
    Case { args: &["stats", "--profile", "cmd", "--json"], stdin: "", code: 0, checks: &[(Stdout, Json, "HYPERLINK")] },
    Case { args: &["decks"], stdin: "", code: 0, checks: &[(Stdout, Text, "Evil")] },
    Case { args: &["decks", "--json"], stdin: "", code: 0, checks: &[(Stdout, Json, "Evil")] },
    Case { args: &["--profile", "cmd", "progress", "export"], stdin: "", code: 0, checks: &[(Stdout, Json, "HYPERLINK")] },
    Case { args: &["--profile", "cmd", "progress", "export", "export.json"], stdin: "", code: 0, checks: &[(File("export.json"), Json, "HYPERLINK")] },
];

/// What the rule forbids, written from the rule rather than from the sanitizer: C0 controls
/// but the line feed, DEL, C1 controls, and the bidi marks, overrides and isolates.
fn forbidden(c: char) -> bool {
    (c < ' ' && c != '\n')
        || ('\u{7f}'..='\u{9f}').contains(&c)
        || matches!(c, '\u{61c}' | '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// `text` without SGR sequences: ESC, `[`, digits and semicolons, `m`.
fn without_sgr(text: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(at) = rest.find("\u{1b}[") {
        out.push_str(&rest[..at]);
        let body = &rest[at + 2..];
        let params = body
            .find(|c: char| !c.is_ascii_digit() && c != ';')
            .unwrap_or(body.len());
        if body[params..].starts_with('m') {
            rest = &body[params + 1..];
        } else {
            // Not colour: keep the ESC for the control check to find.
            out.push_str("\u{1b}[");
            rest = body;
        }
    }
    out.push_str(rest);
    out
}

/// What is wrong with `text` as a `form`; empty when nothing is.
fn problems(text: &str, form: Form) -> Vec<String> {
    let plain = match form {
        Coloured => without_sgr(text),
        _ => text.to_string(),
    };
    let mut found: Vec<String> = plain
        .char_indices()
        .filter(|(_, c)| forbidden(*c))
        .take(3)
        .map(|(at, c)| format!("{c:?} at byte {at}: …{}…", context(&plain, at)))
        .collect();
    match form {
        Json => {
            let whole = serde_json::from_str::<serde_json::Value>(text).is_ok();
            let lines = text
                .lines()
                .filter(|l| !l.trim().is_empty())
                .all(|l| serde_json::from_str::<serde_json::Value>(l).is_ok());
            if !whole && !lines {
                found.push("not JSON".into());
            }
        }
        Html if text.to_ascii_lowercase().contains("<script") => found.push("raw <script".into()),
        Csv => match csv::ReaderBuilder::new()
            .has_headers(false)
            .flexible(true)
            .from_reader(text.as_bytes())
            .records()
            .collect::<Result<Vec<_>, _>>()
        {
            Ok(rows) => found.extend(
                rows.iter()
                    .flat_map(|r| r.iter().map(str::to_string).collect::<Vec<_>>())
                    .filter(|cell| cell.starts_with(['=', '+', '-', '@', '\t', '\r']))
                    .map(|cell| format!("formula cell {cell:?}")),
            ),
            Err(e) => found.push(format!("not CSV: {e}")),
        },
        _ => {}
    }
    found
}

fn context(text: &str, at: usize) -> String {
    let start = text.floor_char_boundary_compat(at.saturating_sub(20));
    text[start..]
        .chars()
        .take(40)
        .collect::<String>()
        .escape_debug()
        .to_string()
}

/// `str::floor_char_boundary` is not stable yet.
trait Floor {
    fn floor_char_boundary_compat(&self, at: usize) -> usize;
}

impl Floor for str {
    fn floor_char_boundary_compat(&self, mut at: usize) -> usize {
        while !self.is_char_boundary(at) {
            at -= 1;
        }
        at
    }
}

/// The texts at `place` after a run.
fn read(place: Place, work: &Path, out: &std::process::Output) -> Vec<(String, String)> {
    let lossy = |b: &[u8]| String::from_utf8_lossy(b).into_owned();
    match place {
        Stdout => vec![("stdout".into(), lossy(&out.stdout))],
        Stderr => vec![("stderr".into(), lossy(&out.stderr))],
        File(name) => vec![(
            name.into(),
            std::fs::read(work.join(name))
                .map(|b| lossy(&b))
                .unwrap_or_default(),
        )],
        Every(dir, ext) => std::fs::read_dir(work.join(dir))
            .map(|files| {
                files
                    .filter_map(Result::ok)
                    .map(|e| e.path())
                    .filter(|p| p.extension().is_some_and(|x| x == ext))
                    .map(|p| (p.display().to_string(), lossy(&std::fs::read(&p).unwrap())))
                    .collect()
            })
            .unwrap_or_default(),
    }
}

#[test]
fn no_hostile_text_reaches_any_output() {
    let work = tempfile::tempdir().unwrap();
    let dir = work.path();
    for (name, text) in [("evil.yaml", DECK), ("bad.yaml", BAD), (EVIL_NAME, DECK)] {
        std::fs::write(dir.join(name), text).unwrap();
    }
    let mut failures = Vec::new();
    let mut checked = 0;
    for case in CASES {
        let out = crate::common::factdrill(&dir.join("home"))
            .current_dir(dir)
            .env("USER", "tester")
            .env_remove("NO_COLOR")
            .env_remove("CLICOLOR_FORCE")
            .args(case.args)
            .write_stdin(case.stdin)
            .output()
            .unwrap();
        let what = format!("factdrill {}", case.args.join(" ").escape_debug());
        if out.status.code() != Some(case.code) {
            failures.push(format!(
                "{what}: exit {:?}, not {}: {}",
                out.status.code(),
                case.code,
                String::from_utf8_lossy(&out.stderr)
            ));
        }
        // stderr is terminal text in every case, whatever else is checked.
        let checks = case.checks.iter().copied().chain([(Stderr, Text, "")]);
        for (place, form, shows) in checks {
            let texts = read(place, dir, &out);
            if texts.is_empty() {
                failures.push(format!("{what}: nothing at {place:?}"));
            }
            for (label, text) in texts {
                checked += 1;
                for p in problems(&text, form) {
                    failures.push(format!("{what}: {label} as {form:?}: {p}"));
                }
                if !text.contains(shows) {
                    failures.push(format!("{what}: {label} does not show {shows:?}: {text:?}"));
                }
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {checked} outputs fail:\n{}",
        failures.len(),
        failures.join("\n")
    );
    assert!(
        checked > CASES.len(),
        "every case checks stdout or a file, and stderr"
    );
}

#[test]
fn the_checks_catch_what_they_are_for() {
    // (text, form, caught, why): the checks themselves must be able to fail.
    let cases = [
        ("ok\n", Text, false, "plain text"),
        ("a \u{1b}]52;c;aGk=\u{7}", Text, true, "OSC 52"),
        ("\u{1b}[2J", Coloured, true, "clear screen is not colour"),
        ("\u{1b}[1;31mred\u{1b}[0m", Coloured, false, "colour"),
        (
            "\u{1b}[1;31mred\u{1b}[0m",
            Text,
            true,
            "colour where none may be",
        ),
        ("x\u{0}y", Text, true, "NUL"),
        ("x\u{9b}2J", Text, true, "C1 CSI"),
        ("x\u{202e}y", Text, true, "bidi override"),
        ("{\"a\":\"\\u001b\"}", Json, false, "escaped in JSON"),
        ("{\"a\":\"\u{9b}\"}", Json, true, "raw C1 in JSON"),
        ("{\"a\":", Json, true, "not JSON"),
        ("<p>&lt;script&gt;</p>", Html, false, "escaped HTML"),
        ("<SCRIPT>x</SCRIPT>", Html, true, "raw script"),
        ("a,'=1,b\n", Csv, false, "neutralized formula"),
        (
            "a,\"=1\",b\n",
            Csv,
            true,
            "quoted formula is still a formula",
        ),
        ("-5,x\n", Csv, true, "a leading minus"),
    ];
    for (text, form, caught, why) in cases {
        assert_eq!(
            !problems(text, form).is_empty(),
            caught,
            "{why}: {:?}",
            problems(text, form)
        );
    }
}

/// What is wrong with the bytes of an interactive session: there the terminal also gets
/// dialoguer's cursor moves, so CSI sequences (`ESC [ params final`) are allowed and
/// carriage returns too, but never an OSC, a lone ESC, BEL, NUL, C1, bidi, or a clear screen.
fn terminal_problems(bytes: &[u8]) -> Vec<String> {
    let text = String::from_utf8_lossy(bytes);
    let mut found = Vec::new();
    for (bad, why) in [("\u{1b}]", "OSC"), ("\u{1b}[2J", "clear screen")] {
        if text.contains(bad) {
            found.push(format!("{why} reached the terminal"));
        }
    }
    let mut rest: &str = &text;
    let mut outside = String::new();
    while let Some(at) = rest.find("\u{1b}[") {
        outside.push_str(&rest[..at]);
        let body = &rest[at + 2..];
        let params = body
            .find(|c: char| !(c.is_ascii_digit() || c == ';' || c == '?'))
            .unwrap_or(body.len());
        match body[params..].chars().next() {
            Some(c) if c.is_ascii_alphabetic() => rest = &body[params + 1..],
            _ => {
                outside.push_str("\u{1b}[");
                rest = body;
            }
        }
    }
    outside.push_str(rest);
    found.extend(
        outside
            .char_indices()
            .filter(|(_, c)| *c != '\r' && forbidden(*c))
            .take(3)
            .map(|(at, c)| format!("{c:?}: …{}…", context(&outside, at))),
    );
    found
}

#[cfg(unix)]
#[test]
fn the_interactive_game_shows_a_hostile_deck_inertly() {
    use expectrl::session::Session;
    let work = tempfile::tempdir().unwrap();
    std::fs::write(work.path().join("evil.yaml"), DECK).unwrap();
    let mut cmd = std::process::Command::new(crate::common::bin());
    cmd.current_dir(work.path())
        .args([
            "play",
            "evil.yaml",
            "--no-save",
            "--format",
            "typed",
            "-n",
            "3",
            "--seed",
            "1",
        ])
        .env("FACTDRILL_HOME", work.path().join("home"))
        .env("TERM", "xterm-256color")
        .env_remove("NO_COLOR");
    let mut s = Session::spawn(cmd).unwrap();
    s.set_expect_timeout(Some(std::time::Duration::from_secs(20)));
    let mut seen = Vec::new();
    let mut wait = |s: &mut Session, what: &str| {
        let c = s.expect(what).unwrap_or_else(|e| panic!("{what}: {e}"));
        seen.extend_from_slice(c.before());
        c.matches().for_each(|m| seen.extend_from_slice(m));
    };
    for _ in 0..3 {
        wait(&mut s, "Ctrl-C to stop)");
        s.send("=1+1\r").unwrap();
        wait(&mut s, "Press r if you were right");
        s.send("x").unwrap();
    }
    wait(&mut s, "Score: 0/3");
    let text = String::from_utf8_lossy(&seen).into_owned();
    assert!(
        text.contains("\u{1b}[1m"),
        "colour is on, so the check is of the coloured path"
    );
    assert!(text.contains("the answer is"), "{text:?}");
    let found = terminal_problems(&seen);
    assert!(found.is_empty(), "{found:#?}\n{text:?}");
}

#[test]
fn the_terminal_check_catches_what_it_is_for() {
    // (bytes, caught, why)
    let cases: [(&str, bool, &str); 7] = [
        (
            "\u{1b}[1mbold\u{1b}[0m\r\n",
            false,
            "colour and a carriage return",
        ),
        (
            "\u{1b}[2K\u{1b}[1A\u{1b}[?25l",
            false,
            "dialoguer's line and cursor moves",
        ),
        ("\u{1b}]52;c;aGk=\u{7}", true, "OSC 52"),
        ("\u{1b}[2J", true, "clear screen"),
        ("a\u{1b}7b", true, "a lone ESC"),
        ("x\u{9b}2J", true, "C1 CSI"),
        ("x\u{202e}y", true, "bidi override"),
    ];
    for (text, caught, why) in cases {
        let found = terminal_problems(text.as_bytes());
        assert_eq!(!found.is_empty(), caught, "{why}: {found:?}");
    }
}
