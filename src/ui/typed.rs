//! A one-line answer prompt for the terminal. dialoguer's text input ignores Ctrl-D, yet at a
//! terminal Ctrl-D is how input ends: here it ends the session cleanly, as end of input does
//! in plain mode. Editing keys are a shell's: arrows, Home/End (Ctrl-A/Ctrl-E), Backspace,
//! Delete, Ctrl-U; Enter answers; Ctrl-C stops.

use super::tty::wait_for_key;
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

/// The prompt drawn with `theme` like the other prompts; it is broken at spaces to the
/// terminal's width each time it is drawn (see [`broken`]).
pub fn typed_head(theme: &dyn Theme, prompt: &str) -> io::Result<String> {
    let mut head = String::new();
    theme
        .format_input_prompt(&mut head, prompt, None)
        .map_err(io::Error::other)?;
    Ok(head)
}

/// `text` broken to `cols`, keeping the space that ends it (the answer follows it), so that
/// no word of it is split at the terminal's edge.
pub fn broken(text: &str, cols: usize) -> String {
    let body = text.trim_end_matches(' ');
    let tail = &text[body.len()..];
    // The tail stays on the last line only if it fits there; otherwise the cursor wraps.
    format!("{}{tail}", wrap(body, cols, "").join("\n"))
}

/// Asks for one line on `term` after `head` (from `typed_head`); once answered, the line
/// shows `label` (the prompt without its help) and the answer, drawn with `theme`. Each
/// redraw measures the terminal again: the head is broken to the width of now, and what was
/// drawn before is cleared as the terminal has re-wrapped it, so a resize leaves no stale
/// lines (issue 12, point 3).
pub fn read_typed(term: &Term, theme: &dyn Theme, head: &str, label: &str) -> io::Result<Typed> {
    let mut line = Line::default();
    let mut shown = draw(term, head, &line, None)?;
    let mut before = line.clone();
    loop {
        // Drawn again as soon as the terminal's width changes.
        let mut drawn = usize::from(term.size().1);
        wait_for_key(|| {
            let cols = usize::from(term.size().1);
            if cols != drawn {
                shown = draw(term, head, &before, Some((&shown, &before)))?;
                drawn = cols;
            }
            Ok(())
        })?;
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
            shown = draw(term, head, &line, Some((&shown, &before)))?;
            before = line.clone();
            continue;
        };
        let text = match &typed {
            Typed::Line(text) => text.as_str(),
            _ => "",
        };
        let mut done = String::new();
        theme
            .format_input_prompt_selection(&mut done, label, text)
            .map_err(io::Error::other)?;
        draw(term, &done, &Line::default(), Some((&shown, &before)))?;
        term.write_line("")?;
        return Ok(typed);
    }
}

/// The row, counted from the first, that the cursor is on when `head` (already broken) and
/// `line` after it are drawn on a terminal `cols` wide. Lines of the head wider than `cols`
/// (drawn when it was wider) take the rows the terminal re-wraps them into.
fn cursor_row(head: &str, line: &Line, cols: usize) -> usize {
    let cols = cols.max(1);
    let (lines, last) = match head.rsplit_once('\n') {
        Some((lines, last)) => (lines, last),
        None => ("", head),
    };
    let above: usize = if head.contains('\n') {
        lines
            .split('\n')
            .map(|l| measure_text_width(l).div_ceil(cols).max(1))
            .sum()
    } else {
        0
    };
    let last = measure_text_width(last);
    if line.at < line.chars.len() {
        let before: String = line.chars[..line.at].iter().collect();
        above + (last + measure_text_width(&before)) / cols
    } else {
        above + last_row(last + measure_text_width(&line.text()), cols)
    }
}

/// Clears what was drawn before (`shown`: the head as broken then, and the line), draws
/// `head` broken to the width of now and `line` after it, leaves the cursor at the line's
/// cursor, and returns the head as drawn.
fn draw(
    term: &Term,
    head: &str,
    line: &Line,
    shown: Option<(&String, &Line)>,
) -> io::Result<String> {
    let cols = usize::from(term.size().1).max(1);
    let up = shown.map_or(0, |(h, l)| cursor_row(h, l, cols));
    if up > 0 {
        term.move_cursor_up(up)?;
    }
    term.write_str("\r")?;
    term.clear_to_end_of_screen()?;
    let head = broken(head, cols);
    let text = line.text();
    term.write_str(&head)?;
    term.write_str(&text)?;
    let end = cursor_row(
        &head,
        &Line {
            at: line.chars.len(),
            ..line.clone()
        },
        cols,
    );
    if line.at < line.chars.len() {
        // Up to the cursor's row, then across to its column.
        let target = cursor_row(&head, line, cols);
        if end > target {
            term.move_cursor_up(end - target)?;
        }
        let last = head.rsplit('\n').next().unwrap_or("");
        let before: String = line.chars[..line.at].iter().collect();
        let at = measure_text_width(last) + measure_text_width(&before);
        term.write_str("\r")?;
        if !at.is_multiple_of(cols) {
            term.move_cursor_right(at % cols)?;
        }
    }
    term.flush()?;
    Ok(head)
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
    fn the_cursor_row_counts_lines_a_narrower_terminal_rewraps() {
        let typed = |text: &str, at: usize| Line {
            chars: text.chars().collect(),
            at,
        };
        let wide = format!("{}\n? Year › ", "x".repeat(100));
        // (head, line, cols, row, why)
        let cases = [
            ("? Year › ", typed("1949", 4), 80, 0, "one line"),
            (
                "? Your\nanswer › ",
                typed("1949", 4),
                80,
                1,
                "a head of two lines",
            ),
            (wide.as_str(), typed("", 0), 120, 1, "the long line fits"),
            (
                wide.as_str(),
                typed("", 0),
                40,
                3,
                "re-wrapped into three rows",
            ),
            (
                "? › ",
                typed("abcdef", 6),
                6,
                1,
                "the answer runs onto a second row",
            ),
            (
                "? › ",
                typed("abcdef", 1),
                6,
                0,
                "the cursor back on the first row",
            ),
        ];
        for (head, line, cols, want, why) in cases {
            assert_eq!(cursor_row(head, &line, cols), want, "{why}");
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
