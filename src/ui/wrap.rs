//! Lines broken at spaces to the terminal's width (issue 12, point 3). Left to the terminal,
//! a long prompt breaks mid-word ("establishing N" / "ATO?"), and a prompt that takes more
//! rows than dialoguer counted leaves stale lines behind when it is redrawn.

use std::io::{self, Write};
use textwrap::{Options, WordSeparator, WordSplitter, WrapAlgorithm};

/// Columns an indented line must keep for its words.
const ROOM: usize = 8;

/// `text` broken at spaces into lines at most `width` columns wide (colour codes take no
/// columns, wide characters two). Its leading spaces indent the first line and continuation
/// lines start with `hang`; a word longer than a line is broken, as nothing else fits.
pub fn wrap(text: &str, width: usize, hang: &str) -> Vec<String> {
    let width = width.max(1);
    let body = text.trim_start_matches(' ');
    let mut indent = &text[..text.len() - body.len()];
    let mut hang = hang;
    // On a very narrow terminal an indent would leave no room for a word: drop it.
    if indent.len().max(hang.len()) + ROOM > width {
        (indent, hang) = ("", "");
    }
    // Spaces only: a hyphen or slash inside "N/ATO" or "1,000-2,000" is no place to break.
    let options = Options::new(width)
        .initial_indent(indent)
        .subsequent_indent(hang)
        .word_separator(WordSeparator::AsciiSpace)
        .word_splitter(WordSplitter::NoHyphenation)
        .wrap_algorithm(WrapAlgorithm::FirstFit);
    textwrap::wrap(body, options)
        .into_iter()
        .map(|l| l.into_owned())
        .collect()
}

/// The continuation indent of a line: its own indent, and past a list dash ("- ") or an
/// option's label ("b) ") so that an item's lines hang under its text.
pub fn hang_of(line: &str) -> String {
    let plain = console::strip_ansi_codes(line);
    let body = plain.trim_start_matches(' ');
    let indent = plain.len() - body.len();
    let mut chars = body.chars();
    let label = match (chars.next(), chars.next(), chars.next()) {
        (Some('-'), Some(' '), _) => 2,
        (Some(c), Some(')'), Some(' ')) if c.is_ascii_alphanumeric() => 3,
        _ => 0,
    };
    " ".repeat(indent + label)
}

/// A writer that breaks each whole line at spaces to the terminal's width, measured for
/// each line, when `measure` is set: plain mode on a terminal (`TERM=dumb`, `--plain`)
/// reads as well as the prompts do (issue 12, point 3). A partial line (flushed before an
/// answer is read) passes as it is.
pub struct WrapLines<W: Write> {
    inner: W,
    measure: bool,
    pending: Vec<u8>,
}

impl<W: Write> WrapLines<W> {
    /// Lines to `inner`, broken to the width of standard output when `measure` is set.
    pub fn new(inner: W, measure: bool) -> Self {
        WrapLines {
            inner,
            measure,
            pending: Vec::new(),
        }
    }
}

impl<W: Write> Write for WrapLines<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        if !self.measure {
            return self.inner.write(buf);
        }
        self.pending.extend_from_slice(buf);
        while let Some(end) = self.pending.iter().position(|&b| b == b'\n') {
            let line: Vec<u8> = self.pending.drain(..=end).collect();
            let text = String::from_utf8_lossy(&line[..end]).into_owned();
            let cols = crate::output::stdout_cols().unwrap_or(usize::MAX);
            for l in wrap(&text, cols, &hang_of(&text)) {
                writeln!(self.inner, "{l}")?;
            }
        }
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        self.inner.write_all(&std::mem::take(&mut self.pending))?;
        self.inner.flush()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use console::measure_text_width;

    #[test]
    fn breaks_at_spaces_within_the_width() {
        // (text, width, hang, lines, why)
        let cases: [(&str, usize, &str, &[&str], &str); 10] = [
            ("short", 40, "", &["short"], "fits: unchanged"),
            ("", 40, "", &[""], "an empty line stays a line"),
            (
                "Which year saw the establishing NATO?",
                32,
                "",
                &["Which year saw the establishing", "NATO?"],
                "the word moves whole to the next line",
            ),
            (
                "  Hint: it was after the war",
                16,
                "  ",
                &["  Hint: it was", "  after the war"],
                "leading spaces indent every line",
            ),
            (
                "  A) one two three",
                13,
                "     ",
                &["  A) one two", "     three"],
                "an option's lines hang under its text",
            ),
            (
                "  A) one two three",
                10,
                "     ",
                &["A) one two", "three"],
                "too narrow to indent: the words keep the room",
            ),
            (
                "Antidisestablishmentarianism x",
                10,
                "",
                &["Antidisest", "ablishment", "arianism x"],
                "a word longer than the line is broken: nothing else fits",
            ),
            (
                "N/ATO 1,000-2,000 km",
                12,
                "",
                &["N/ATO", "1,000-2,000", "km"],
                "no break at a slash or hyphen",
            ),
            (
                "東京 東京 東京",
                10,
                "",
                &["東京 東京", "東京"],
                "wide characters take two columns each",
            ),
            (
                "\u{1b}[1mbold words here\u{1b}[0m",
                10,
                "",
                &["\u{1b}[1mbold words", "here\u{1b}[0m"],
                "colour codes take no columns",
            ),
        ];
        for (text, width, hang, want, why) in cases {
            assert_eq!(wrap(text, width, hang), want, "{why}");
        }
    }

    #[test]
    fn no_line_is_wider_than_asked() {
        let text = "The North Atlantic Treaty Organization was founded in 1949 — by twelve states.";
        for width in 1..=90 {
            for line in wrap(text, width, "  ") {
                assert!(
                    measure_text_width(&line) <= width.max(1),
                    "{width}: {line:?}"
                );
            }
        }
    }

    #[test]
    fn items_hang_under_their_text() {
        // (line, hang, why)
        let cases = [
            ("plain", "", "no indent"),
            ("  Hint: x", "  ", "its indent"),
            ("  - a fact", "    ", "past a list dash"),
            ("  b) 1949: an event", "     ", "past an option's label"),
            (
                "  B) 1949: an event",
                "     ",
                "a timeline's capital letter",
            ),
            ("a)b", "", "a label needs its space"),
        ];
        for (line, want, why) in cases {
            assert_eq!(hang_of(line), want, "{why}");
        }
    }

    #[test]
    fn lines_pass_whole_without_a_terminal() {
        let mut out = WrapLines::new(Vec::new(), false);
        out.write_all(b"a long line that would wrap\npartial")
            .unwrap();
        out.flush().unwrap();
        assert_eq!(out.inner, b"a long line that would wrap\npartial");
    }
}
