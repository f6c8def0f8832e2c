//! Worksheets and reports in a real headless browser: printed to PDF (text checked with
//! pdftotext, the answer key on its own page) and rendered to a screenshot. They are ignored
//! by a plain `cargo test`, which reports them as ignored rather than passing them when
//! chromium is missing (issue 12, point 11); `.ci/run` installs Debian's chromium and
//! poppler-utils and runs them with `--include-ignored`.

use crate::common::{factdrill, find_tool, HEADLESS};
use std::path::{Path, PathBuf};
use std::process::Command as Std;

/// Why the browser tests are ignored unless asked for.
const NEEDS: &str = "needs chromium and pdftotext: `cargo test -- --include-ignored` (as .ci/run)";

/// Chromium and pdftotext; a test asked for by name fails without them, never passes.
fn tools() -> (PathBuf, PathBuf) {
    find_tool(&["chromium", "chromium-browser"])
        .zip(find_tool(&["pdftotext"]))
        .unwrap_or_else(|| panic!("chromium or pdftotext is not installed: {NEEDS}"))
}

fn chromium(chrome: &Path, dir: &Path, args: &[&str]) {
    let status = Std::new(chrome)
        .args(HEADLESS)
        .arg("--disable-quic")
        .arg(format!("--user-data-dir={}", dir.join("profile").display()))
        .args(args)
        .stderr(std::process::Stdio::null()) // Chromium's D-Bus chatter, harmless here.
        .status()
        .unwrap();
    assert!(status.success(), "chromium failed: {args:?}");
}

#[test]
#[ignore = "needs chromium and pdftotext: `cargo test -- --include-ignored` (as .ci/run)"]
fn a_printed_worksheet_has_its_questions_and_the_key_on_a_new_page() {
    let (chrome, pdftotext) = tools();
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
#[ignore = "needs chromium and pdftotext: `cargo test -- --include-ignored` (as .ci/run)"]
fn the_report_renders_with_its_charts() {
    let (chrome, _) = tools();
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
        .args(HEADLESS)
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
