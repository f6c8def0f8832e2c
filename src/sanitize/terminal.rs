//! The terminal boundary: a writer through which every byte for stdout and stderr passes, so
//! that a deck can never write the clipboard (OSC 52), retitle the window or clear the screen,
//! whichever of the formatting sites forgot to clean its piece (issue 9: the Markdown
//! worksheet was printed raw).

use super::is_unsafe;
use std::borrow::Cow;
use std::io::{self, Write};

/// `text` as it may reach a terminal: controls, DEL and bidi marks removed, tabs made spaces;
/// when `colour` is on, complete SGR sequences (`ESC [ 1;31 m`, the only escapes `colored`
/// and `console` emit for colour) survive and nothing else does.
pub fn for_terminal(text: &str, colour: bool) -> Cow<'_, str> {
    if !text.chars().any(is_unsafe) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(c) = rest.chars().next() {
        let len = match sgr_len(rest).filter(|_| colour) {
            Some(len) => {
                out.push_str(&rest[..len]);
                len
            }
            None => {
                match c {
                    '\t' => out.push(' '),
                    c if is_unsafe(c) => {}
                    c => out.push(c),
                }
                c.len_utf8()
            }
        };
        rest = &rest[len..];
    }
    Cow::Owned(out)
}

/// The length of the Select Graphic Rendition sequence `text` starts with, if it starts with
/// one: ESC, `[`, digits and semicolons, `m`. Cursor moves, erases and OSC are not SGR.
fn sgr_len(text: &str) -> Option<usize> {
    let body = text.strip_prefix("\u{1b}[")?;
    let params = body
        .bytes()
        .take_while(|b| b.is_ascii_digit() || *b == b';')
        .count();
    (body.as_bytes().get(params) == Some(&b'm')).then_some(2 + params + 1)
}

/// A writer that passes text through [`for_terminal`] a line at a time. Whole lines are
/// cleaned, so an escape sequence split across two writes is still seen whole; `flush` sends
/// a partial line (a prompt) but keeps back a character cut in the middle of its UTF-8 bytes.
pub struct Terminal<W: Write> {
    inner: W,
    colour: bool,
    pending: Vec<u8>,
}

impl<W: Write> Terminal<W> {
    /// Cleans what is written to `inner`; our colour escapes pass only when `colour` is on.
    pub fn new(inner: W, colour: bool) -> Self {
        Terminal {
            inner,
            colour,
            pending: Vec::new(),
        }
    }

    /// Cleans and writes the first `end` pending bytes.
    fn emit(&mut self, end: usize) -> io::Result<()> {
        if end == 0 {
            return Ok(());
        }
        let chunk: Vec<u8> = self.pending.drain(..end).collect();
        let text = String::from_utf8_lossy(&chunk);
        self.inner
            .write_all(for_terminal(&text, self.colour).as_bytes())
    }
}

/// How many of `bytes` can be decoded now: all but an incomplete character at the end.
fn complete_prefix(bytes: &[u8]) -> usize {
    match std::str::from_utf8(bytes) {
        Err(e) if e.error_len().is_none() => e.valid_up_to(),
        _ => bytes.len(),
    }
}

impl<W: Write> Write for Terminal<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.pending.extend_from_slice(buf);
        if let Some(last) = self.pending.iter().rposition(|&b| b == b'\n') {
            self.emit(last + 1)?;
        }
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        self.emit(complete_prefix(&self.pending))?;
        self.inner.flush()
    }
}

impl<W: Write> Drop for Terminal<W> {
    fn drop(&mut self) {
        // Nothing is left to report an error to: a closed pipe at the end is not one.
        let _ = self.flush();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_our_colour_escapes_pass() {
        // (input, colour on, expected, why)
        let cases = [
            ("plain", false, "plain", "text is untouched"),
            (
                "\u{1b}[1;31mred\u{1b}[0m",
                true,
                "\u{1b}[1;31mred\u{1b}[0m",
                "SGR passes when colouring",
            ),
            (
                "\u{1b}[1;31mred\u{1b}[0m",
                false,
                "[1;31mred[0m",
                "no escape at all without colour",
            ),
            (
                "\u{1b}]52;c;aGk=\u{7}x",
                true,
                "]52;c;aGk=x",
                "OSC 52 never passes",
            ),
            (
                "\u{1b}]0;title\u{1b}\\x",
                true,
                "]0;title\\x",
                "OSC with ST never passes",
            ),
            (
                "\u{1b}[2J\u{1b}[H",
                true,
                "[2J[H",
                "clear screen is not SGR",
            ),
            ("\u{1b}[31", true, "[31", "unterminated SGR"),
            ("\u{9b}31m", true, "31m", "C1 CSI"),
            ("a\u{0}b\u{7}c\u{7f}d", true, "abcd", "NUL, BEL, DEL"),
            (
                "\u{202e}txet \u{2066}x\u{2069}",
                true,
                "txet x",
                "bidi override and isolate",
            ),
            (
                "a\tb\r\n",
                false,
                "a b\n",
                "tab to space, CR dropped, LF kept",
            ),
        ];
        for (input, colour, want, why) in cases {
            assert_eq!(for_terminal(input, colour), want, "{why}");
        }
    }

    #[test]
    fn the_writer_cleans_sequences_split_across_writes() {
        let mut out = Vec::new();
        {
            let mut t = Terminal::new(&mut out, true);
            // An OSC cut in two, a character cut in its UTF-8 bytes, and a flushed prompt.
            t.write_all(b"a\x1b").unwrap();
            t.write_all(b"]0;x\x07\n").unwrap();
            t.write_all(&"é".as_bytes()[..1]).unwrap();
            t.flush().unwrap();
            t.write_all(&"é".as_bytes()[1..]).unwrap();
            t.write_all(b" \x1b[1mok\x1b[0m?").unwrap();
            t.flush().unwrap();
            t.write_all(b"\x1b[2J left at drop").unwrap();
        }
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "a]0;x\né \u{1b}[1mok\u{1b}[0m?[2J left at drop"
        );
    }
}
