//! A one-line answer prompt for the terminal. dialoguer's text input ignores Ctrl-D, yet at a
//! terminal Ctrl-D is how input ends: here it ends the session cleanly, as end of input does
//! in plain mode. Typing, Backspace and Ctrl-U edit; Enter answers; Ctrl-C stops.

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

/// What one key does to the line being typed.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Edit {
    Keep,
    Changed,
    Done(Typed),
}

/// Applies one key to `text`.
fn apply(text: &mut String, key: Key) -> Edit {
    match key {
        Key::Enter => Edit::Done(Typed::Line(std::mem::take(text))),
        Key::Char('\u{4}') if text.is_empty() => Edit::Done(Typed::End),
        Key::Char('\u{15}') => {
            text.clear(); // Ctrl-U, as in a shell.
            Edit::Changed
        }
        Key::Backspace => Edit::from(text.pop().is_some()),
        Key::Char(c) if !c.is_control() => {
            text.push(c);
            Edit::Changed
        }
        _ => Edit::Keep,
    }
}

impl From<bool> for Edit {
    fn from(changed: bool) -> Edit {
        if changed {
            Edit::Changed
        } else {
            Edit::Keep
        }
    }
}

/// How many terminal rows `width` columns of text take on a terminal `cols` wide.
fn rows(width: usize, cols: usize) -> usize {
    width.saturating_sub(1) / cols.max(1) + 1
}

/// Asks for one line on `term`, drawn with `theme` like the other prompts.
pub fn read_typed(term: &Term, theme: &dyn Theme, prompt: &str) -> io::Result<Typed> {
    let mut head = String::new();
    theme
        .format_input_prompt(&mut head, prompt, None)
        .map_err(io::Error::other)?;
    let mut text = String::new();
    let mut drawn = draw(term, &head, &text, 1)?;
    loop {
        let key = match term.read_key() {
            Ok(key) => key,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {
                term.write_line("")?;
                return Ok(Typed::Interrupted);
            }
            Err(e) => return Err(e),
        };
        match apply(&mut text, key) {
            Edit::Keep => {}
            Edit::Changed => drawn = draw(term, &head, &text, drawn)?,
            Edit::Done(typed) => {
                let shown = match &typed {
                    Typed::Line(line) => line.as_str(),
                    _ => "",
                };
                let mut done = String::new();
                theme
                    .format_input_prompt_selection(&mut done, prompt, shown)
                    .map_err(io::Error::other)?;
                draw(term, &done, "", drawn)?;
                term.write_line("")?;
                return Ok(typed);
            }
        }
    }
}

/// Redraws the prompt and the text over the `drawn` rows drawn last; returns the rows now.
fn draw(term: &Term, head: &str, text: &str, drawn: usize) -> io::Result<usize> {
    if drawn > 1 {
        term.move_cursor_up(drawn - 1)?;
    }
    term.write_str("\r")?;
    term.clear_to_end_of_screen()?;
    term.write_str(head)?;
    term.write_str(text)?;
    term.flush()?;
    let cols = usize::from(term.size().1);
    Ok(rows(
        measure_text_width(head) + measure_text_width(text),
        cols,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn typed(keys: &[Key]) -> (String, Option<Typed>) {
        let mut text = String::new();
        for key in keys {
            if let Edit::Done(t) = apply(&mut text, key.clone()) {
                return (text, Some(t));
            }
        }
        (text, None)
    }

    #[test]
    fn keys_edit_the_line() {
        use Key::{Backspace, Char, Enter};
        type Case = (Vec<Key>, (&'static str, Option<Typed>));
        let cases: Vec<Case> = vec![
            (
                vec![Char('1'), Char('2'), Enter],
                ("", Some(Typed::Line("12".into()))),
            ),
            (
                vec![Char('1'), Char('3'), Backspace, Char('2'), Enter],
                ("", Some(Typed::Line("12".into()))),
            ),
            (
                vec![Char('x'), Char('\u{15}'), Char('9'), Enter],
                ("", Some(Typed::Line("9".into()))),
            ),
            (vec![Char('\u{4}')], ("", Some(Typed::End))),
            (
                vec![Char('7'), Char('\u{4}'), Key::ArrowLeft, Char('\u{1b}')],
                ("7", None),
            ),
            (
                vec![Backspace, Enter],
                ("", Some(Typed::Line(String::new()))),
            ),
            (
                vec![Char('é'), Char('?'), Enter],
                ("", Some(Typed::Line("é?".into()))),
            ),
        ];
        for (keys, (left, done)) in cases {
            let (text, got) = typed(&keys);
            assert_eq!((text.as_str(), got), (left, done), "{keys:?}");
        }
    }

    #[test]
    fn rows_a_prompt_takes() {
        let cases = [
            (0, 80, 1),
            (79, 80, 1),
            (80, 80, 1),
            (81, 80, 2),
            (160, 80, 2),
            (161, 80, 3),
            (5, 0, 5),
        ];
        for (width, cols, want) in cases {
            assert_eq!(rows(width, cols), want, "{width} on {cols}");
        }
    }
}
