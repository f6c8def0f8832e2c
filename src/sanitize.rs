//! Removes what could drive a terminal from untrusted text: deck text and messages quoting it.
//!
//! Every output has one boundary here: [`Terminal`] for stdout and stderr, [`csv_cell`] for
//! spreadsheet cells, [`json`] for JSON documents and [`html`] for HTML text; generated text
//! files pass [`clean`] in `output::write_text_file`. [`one_line`] stays at the places where
//! a piece of deck text must keep to its line.

mod cell;
pub mod json;
mod terminal;

pub use cell::csv_cell;
pub use terminal::{for_terminal, Terminal};

/// Whether a character must never reach a terminal: C0 and C1 controls (ESC, CSI U+009B),
/// DEL, and the bidirectional overrides and isolates that can reorder what is shown.
pub(crate) fn is_unsafe(c: char) -> bool {
    matches!(c, '\u{0}'..='\u{8}' | '\u{b}'..='\u{1f}' | '\u{7f}'..='\u{9f}')
        || matches!(c, '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{61c}')
}

/// `text` without control characters; tabs become spaces, newlines stay.
pub fn clean(text: &str) -> String {
    text.chars()
        .filter(|&c| !is_unsafe(c))
        .map(|c| if c == '\t' { ' ' } else { c })
        .collect()
}

/// `text` on one line: like [`clean`], with line breaks turned into spaces.
pub fn one_line(text: &str) -> String {
    clean(text)
        .split(['\n', '\r'])
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// `text` on one line and escaped for HTML text and attribute values.
pub fn html(text: &str) -> String {
    one_line(text)
        .replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strips_what_drives_terminals() {
        let cases = [
            ("plain text", "plain text"),
            ("red \u{1b}[31mtext\u{1b}[0m", "red [31mtext[0m"),
            ("csi \u{9b}2J", "csi 2J"),
            ("bell\u{7}", "bell"),
            ("rtl \u{202e}txet", "rtl txet"),
            ("isolate \u{2067}x\u{2069}", "isolate x"),
            ("tab\there", "tab here"),
            ("line\nbreak", "line\nbreak"),
            ("café – “quotes” €", "café – “quotes” €"),
        ];
        for (input, want) in cases {
            assert_eq!(clean(input), want, "{input:?}");
        }
        assert_eq!(one_line("a\nb\r\nc"), "a b c");
        assert_eq!(
            html("<b a=\"1\">&\u{1b}</b>"),
            "&lt;b a=&quot;1&quot;&gt;&amp;&lt;/b&gt;"
        );
    }
}
