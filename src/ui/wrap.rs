//! Lines broken at spaces to the terminal's width (issue 12, point 3). Left to the terminal,
//! a long prompt breaks mid-word ("establishing N" / "ATO?"), and a prompt that takes more
//! rows than dialoguer counted leaves stale lines behind when it is redrawn.

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
}
