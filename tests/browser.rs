//! Worksheets and reports in a real headless browser: printed to PDF (text checked with
//! pdftotext, the answer key on its own page) and rendered to a screenshot. `.ci/run`
//! installs Debian's chromium and poppler-utils; elsewhere these tests say they were skipped.

// A harness prints its own figures and notes; clippy.toml keeps the program's output to
// the sanitizing boundary, which is not this.
#![allow(clippy::disallowed_macros)]

use assert_cmd::Command;
use std::path::{Path, PathBuf};
use std::process::Command as Std;

fn find(names: &[&str]) -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    names
        .iter()
        .flat_map(|n| std::env::split_paths(&path).map(move |d| d.join(n)))
        .find(|p| p.is_file())
}

/// Chromium and pdftotext, or `None` (a failure under CI, where `.ci/run` installs them).
fn tools() -> Option<(PathBuf, PathBuf)> {
    let found = find(&["chromium", "chromium-browser"]).zip(find(&["pdftotext"]));
    if found.is_none() {
        assert!(
            std::env::var_os("CI").is_none(),
            "chromium and pdftotext are missing: .ci/run should have installed them"
        );
        eprintln!("skipped: chromium or pdftotext is not installed");
    }
    found
}

fn chromium(chrome: &Path, dir: &Path, args: &[&str]) {
    let status = Std::new(chrome)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
        ])
        .arg(format!("--user-data-dir={}", dir.join("profile").display()))
        .args(args)
        .stderr(std::process::Stdio::null()) // Chromium's D-Bus chatter, harmless here.
        .status()
        .unwrap();
    assert!(status.success(), "chromium failed: {args:?}");
}

fn factdrill(home: &Path) -> Command {
    let mut cmd = Command::cargo_bin("factdrill").unwrap();
    cmd.env("FACTDRILL_HOME", home);
    cmd
}

#[test]
fn a_printed_worksheet_has_its_questions_and_the_key_on_a_new_page() {
    let Some((chrome, pdftotext)) = tools() else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let html = dir.path().join("quiz.html");
    factdrill(dir.path())
        .args([
            "worksheet",
            "nato-2018",
            "-n",
            "12",
            "--format",
            "html",
            "-o",
        ])
        .arg(&html)
        .assert()
        .success();
    let pdf = dir.path().join("quiz.pdf");
    chromium(
        &chrome,
        dir.path(),
        &[
            "--no-pdf-header-footer",
            &format!("--print-to-pdf={}", pdf.display()),
            &format!("file://{}", html.display()),
        ],
    );
    let out = Std::new(pdftotext)
        .arg("-layout")
        .arg(&pdf)
        .arg("-")
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    let pages: Vec<&str> = text
        .split('\u{c}')
        .filter(|p| !p.trim().is_empty())
        .collect();
    assert!(pages.len() >= 2, "a sheet and a key: {} pages", pages.len());
    assert!(
        pages[0].contains("NATO in 2018") && pages[0].contains("Name:") && pages[0].contains("1."),
        "{}",
        pages[0]
    );
    let key = pages
        .iter()
        .position(|p| p.contains("Answer key"))
        .expect("an answer key");
    assert!(key > 0, "the key is not on the first page");
    let first_line = pages[key].lines().find(|l| !l.trim().is_empty()).unwrap();
    assert!(
        first_line.contains("Answer key"),
        "the key starts its page: {first_line:?}"
    );
    assert!(
        !pages[..key].iter().any(|p| p.contains("Answer key")),
        "no key before its page"
    );
}

#[test]
fn the_report_renders_with_its_charts() {
    let Some((chrome, _)) = tools() else { return };
    let dir = tempfile::tempdir().unwrap();
    factdrill(dir.path())
        .args([
            "drill",
            "--players",
            "Ana,Ben",
            "--rounds",
            "3",
            "--seed",
            "3",
            "--plain",
            "--record",
        ])
        .write_stdin("x\nx\nx\nx\nx\nx\n")
        .assert()
        .success();
    let html = dir.path().join("report.html");
    factdrill(dir.path())
        .args(["report", "--all", "--html"])
        .arg(&html)
        .assert()
        .success();
    let shot = dir.path().join("report.png");
    chromium(
        &chrome,
        dir.path(),
        &[
            "--window-size=1200,1000",
            "--hide-scrollbars",
            &format!("--screenshot={}", shot.display()),
            &format!("file://{}", html.display()),
        ],
    );
    let png = std::fs::read(&shot).unwrap();
    assert!(
        png.starts_with(b"\x89PNG") && png.len() > 10_000,
        "a real screenshot: {} bytes",
        png.len()
    );
    let dom = Std::new(&chrome)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
        ])
        .arg(format!(
            "--user-data-dir={}",
            dir.path().join("profile2").display()
        ))
        .arg("--dump-dom")
        .arg(format!("file://{}", html.display()))
        .stderr(std::process::Stdio::null())
        .output()
        .unwrap();
    let dom = String::from_utf8_lossy(&dom.stdout);
    assert!(
        dom.contains("Ana")
            && dom.contains("Ben")
            && dom.contains("<svg")
            && dom.contains("Facts the group misses most"),
        "{dom}"
    );
}
