//! A one-line answer prompt for the terminal. dialoguer's text input ignores Ctrl-D, yet at a
//! terminal Ctrl-D is how input ends: here it ends the session cleanly, as end of input does
//! in plain mode. Editing keys are a shell's: arrows, Home/End (Ctrl-A/Ctrl-E), Backspace,
//! Delete, Ctrl-U; Enter answers; Ctrl-C stops.

use super::wrap::wrap;
use console::{measure_text_width, Key, Term};
use dialoguer::theme::Theme;
use std::io;

/// What was typed at the prompt.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Typed {
    /// A line, answered with Enter.
    Line(String),
    /// Ctrl-D on an empty line.
    End,
    /// Ctrl-C.
    Interrupted,
}

/// The line being typed and the cursor's place in it (in characters).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
struct Line {
    chars: Vec<char>,
    at: usize,
}

impl Line {
    fn text(&self) -> String {
        self.chars.iter().collect()
    }

    /// Applies one key; `Some` when the prompt is done.
    fn apply(&mut self, key: Key) -> Option<Typed> {
        match key {
            Key::Enter => return Some(Typed::Line(self.text())),
            Key::Char('\u{4}') if self.chars.is_empty() => return Some(Typed::End),
            // Ctrl-D on a line deletes under the cursor, as in a shell.
            Key::Del | Key::Char('\u{4}') if self.at < self.chars.len() => {
                self.chars.remove(self.at);
            }
            Key::Backspace if self.at > 0 => {
                self.at -= 1;
                self.chars.remove(self.at);
            }
            Key::Char('\u{15}') => *self = Line::default(), // Ctrl-U.
            Key::ArrowLeft => self.at = self.at.saturating_sub(1),
            Key::ArrowRight => self.at = (self.at + 1).min(self.chars.len()),
            Key::Home => self.at = 0,
            Key::End => self.at = self.chars.len(),
            Key::Char(c) if !c.is_control() => {
                self.chars.insert(self.at, c);
                self.at += 1;
            }
            _ => {}
        }
        None
    }
}

/// Where text of `width` columns ends on a terminal `cols` wide: its row, counting from 0.
/// Text that exactly fills a row leaves the cursor on that row, waiting to wrap.
fn last_row(width: usize, cols: usize) -> usize {
    width.saturating_sub(1) / cols.max(1)
}

/// The prompt drawn with `theme` like the other prompts, broken at spaces to `cols` so that
/// no word of it is split at the terminal's edge; the answer is typed after its last line.
pub fn typed_head(theme: &dyn Theme, prompt: &str, cols: usize) -> io::Result<String> {
    let mut head = String::new();
    theme
        .format_input_prompt(&mut head, prompt, None)
        .map_err(io::Error::other)?;
    Ok(broken(&head, cols))
}

/// `text` broken to `cols`, keeping the space that ends it (the answer follows it).
fn broken(text: &str, cols: usize) -> String {
    let body = text.trim_end_matches(' ');
    let tail = &text[body.len()..];
    // The tail stays on the last line only if it fits there; otherwise the cursor wraps.
    format!("{}{tail}", wrap(body, cols, "").join("\n"))
}

/// Asks for one line on `term` after `head` (from `typed_head`); once answered, the line
/// shows `label` (the prompt without its help) and the answer, drawn with `theme`.
pub fn read_typed(term: &Term, theme: &dyn Theme, head: &str, label: &str) -> io::Result<Typed> {
    let mut line = Line::default();
    let mut row = draw(term, head, &line, 0)?;
    loop {
        let key = match term.read_key() {
            Ok(key) => key,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {
                term.write_line("")?;
                return Ok(Typed::Interrupted);
            }
            Err(e) if e.kind() == io::ErrorKind::UnexpectedEof => {
                term.write_line("")?;
                return Ok(Typed::End);
            }
            Err(e) => return Err(e),
        };
        let Some(typed) = line.apply(key) else {
            row = draw(term, head, &line, row)?;
            continue;
        };
        let shown = match &typed {
            Typed::Line(text) => text.as_str(),
            _ => "",
        };
        let mut done = String::new();
        theme
            .format_input_prompt_selection(&mut done, label, shown)
            .map_err(io::Error::other)?;
        let done = broken(&done, usize::from(term.size().1));
        draw(term, &done, &Line::default(), row)?;
        term.write_line("")?;
        return Ok(typed);
    }
}

/// Redraws the prompt and the line from the prompt's first row (the cursor being on row
/// `row` of them), leaves the cursor at the line's cursor, and returns the row it is on.
fn draw(term: &Term, head: &str, line: &Line, row: usize) -> io::Result<usize> {
    if row > 0 {
        term.move_cursor_up(row)?;
    }
    term.write_str("\r")?;
    term.clear_to_end_of_screen()?;
    let text = line.text();
    term.write_str(head)?;
    term.write_str(&text)?;
    let cols = usize::from(term.size().1).max(1);
    // The head's lines before its last are broken to the width: one row each. The answer
    // goes on after the last.
    let (above, last) = match head.rsplit_once('\n') {
        Some((lines, last)) => (lines.matches('\n').count() + 1, last),
        None => (0, head),
    };
    let before: String = line.chars[..line.at].iter().collect();
    let end = above + last_row(measure_text_width(last) + measure_text_width(&text), cols);
    let at = measure_text_width(last) + measure_text_width(&before);
    if line.at < line.chars.len() {
        // Up to the cursor's row, then across to its column.
        let target = above + at / cols;
        if end > target {
            term.move_cursor_up(end - target)?;
        }
        term.write_str("\r")?;
        if at % cols > 0 {
            term.move_cursor_right(at % cols)?;
        }
        term.flush()?;
        return Ok(target);
    }
    term.flush()?;
    Ok(end)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn typed(keys: &[Key]) -> (Line, Option<Typed>) {
        let mut line = Line::default();
        for key in keys {
            if let Some(t) = line.apply(key.clone()) {
                return (line, Some(t));
            }
        }
        (line, None)
    }

    #[test]
    fn keys_edit_the_line() {
        use Key::{ArrowLeft, ArrowRight, Backspace, Char, Del, End, Enter, Home};
        let done = |s: &str| Some(Typed::Line(s.into()));
        type Case = (Vec<Key>, Option<Typed>);
        let cases: Vec<Case> = vec![
            (vec![Char('1'), Char('2'), Enter], done("12")),
            (
                vec![Char('1'), Char('3'), Backspace, Char('2'), Enter],
                done("12"),
            ),
            (vec![Char('x'), Char('\u{15}'), Char('9'), Enter], done("9")),
            (vec![Char('\u{4}')], Some(Typed::End)),
            (vec![Backspace, ArrowLeft, Del, Enter], done("")),
            (vec![Char('é'), Char('?'), Enter], done("é?")),
            // Home, then Delete and a new first digit.
            (
                vec![Char('1'), Char('9'), Char('4'), Home, Del, Char('2'), Enter],
                done("294"),
            ),
            (
                vec![
                    Char('1'),
                    Char('4'),
                    ArrowLeft,
                    Char('9'),
                    End,
                    Char('9'),
                    Enter,
                ],
                done("1949"),
            ),
            (
                vec![
                    Char('a'),
                    ArrowLeft,
                    ArrowLeft,
                    ArrowRight,
                    ArrowRight,
                    Char('b'),
                    Enter,
                ],
                done("ab"),
            ),
            (
                vec![
                    Char('a'),
                    Char('b'),
                    ArrowLeft,
                    ArrowLeft,
                    Char('\u{4}'),
                    Enter,
                ],
                done("b"),
            ),
        ];
        for (keys, want) in cases {
            assert_eq!(typed(&keys).1, want, "{keys:?}");
        }
        let (line, none) = typed(&[Char('7'), Char('\u{4}')]);
        assert_eq!(
            (line.text().as_str(), none),
            ("7", None),
            "Ctrl-D at the end of a line"
        );
    }

    #[test]
    fn a_head_keeps_the_space_the_answer_follows() {
        // (head, cols, want, why)
        let cases = [
            ("? Year › ", 40, "? Year › ", "fits: unchanged"),
            (
                "? Your answer (? for a hint) › ",
                16,
                "? Your answer (?\nfor a hint) › ",
                "broken at a space, the trailing space kept",
            ),
        ];
        for (head, cols, want, why) in cases {
            assert_eq!(broken(head, cols), want, "{why}");
        }
    }

    #[test]
    fn the_row_text_ends_on() {
        let cases = [
            (0, 80, 0),
            (79, 80, 0),
            (80, 80, 0),
            (81, 80, 1),
            (160, 80, 1),
            (161, 80, 2),
            (5, 0, 4),
        ];
        for (width, cols, want) in cases {
            assert_eq!(last_row(width, cols), want, "{width} on {cols}");
        }
    }
}
