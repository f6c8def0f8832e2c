//! A menu of options on the terminal (issue 12, point 4). dialoguer's `Select` took only the
//! arrow keys, echoed a wrong pick with a green tick, and ended on `q`/Esc as if input had
//! run out. Here an option is chosen as in plain mode — by its letter, its number, or for
//! true/false and more/less by `t`/`f`, `y`/`n`, `m`/`l` — or with the arrows, and Enter
//! answers; `q`, Esc or Ctrl-D stop the session, Ctrl-C interrupts it. The menu is drawn
//! again when the terminal's width changes, and each drawing measures it, so a menu fits
//! a resized terminal.

use super::text::letter;
use super::tty::wait_for_key;
use super::wrap::wrap;
use crate::grade::{pick_choice, two_way};
use crate::output::colour_on;
use crate::sanitize::for_terminal;
use colored::Colorize;
use console::{measure_text_width, Key, Term};
use std::io;

/// What the player did at a menu.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Picked {
    /// Answered with this option.
    Option(usize),
    /// `q`, Esc or Ctrl-D: stop, as input ending does.
    Stop,
    /// Ctrl-C.
    Interrupted,
}

/// What one key does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Step {
    Move(usize),
    Done(Picked),
    Nothing,
}

/// The effect of `key` on a menu of `choices` with option `at` highlighted.
fn step(choices: &[String], at: usize, key: &Key) -> Step {
    let n = choices.len().max(1);
    match key {
        Key::ArrowUp | Key::BackTab => Step::Move((at + n - 1) % n),
        Key::ArrowDown | Key::Tab => Step::Move((at + 1) % n),
        Key::Home => Step::Move(0),
        Key::End => Step::Move(n - 1),
        Key::Enter => Step::Done(Picked::Option(at)),
        Key::Escape | Key::Char('\u{4}') => Step::Done(Picked::Stop),
        Key::Char('\u{3}') => Step::Done(Picked::Interrupted),
        Key::Char(c) => {
            // As in plain mode: what the same answer typed on a line would pick.
            let typed = c.to_string();
            match two_way(choices, &typed).or_else(|| pick_choice(choices, &typed)) {
                Some(k) => Step::Move(k),
                None if matches!(c, 'q' | 'Q') => Step::Done(Picked::Stop),
                None => Step::Nothing,
            }
        }
        _ => Step::Nothing,
    }
}

/// The keys a menu of `choices` takes, for its help line.
fn help(choices: &[String]) -> String {
    let last = letter(choices.len().saturating_sub(1));
    let words = match (two_way(choices, "y"), choices.first().map(String::as_str)) {
        (Some(_), Some("true")) => ", t/f",
        (Some(_), _) => ", m/l",
        (None, _) => "",
    };
    format!(
        "a–{last}, 1–{}{words}, ↑↓ · Enter answers · q/Esc stops",
        choices.len()
    )
}

/// A menu: a cue, options, and a help line.
pub struct Menu<'a> {
    cue: &'a str,
    choices: &'a [String],
}

impl<'a> Menu<'a> {
    /// A menu of `choices` (already cleaned) under `cue`.
    pub fn new(cue: &'a str, choices: &'a [String]) -> Self {
        Menu { cue, choices }
    }

    /// The menu's lines with option `at` highlighted, broken to `cols`.
    fn lines(&self, at: usize, cols: usize) -> Vec<String> {
        let head = format!(
            "{} {} {}",
            "?".yellow().bold(),
            self.cue.bold(),
            "›".dimmed()
        );
        let mut out = wrap(&head, cols, "");
        for (k, choice) in self.choices.iter().enumerate() {
            let label = format!("{}) ", letter(k));
            let line = if k == at {
                format!("{} {}", "❯".green(), format!("{label}{choice}").cyan())
            } else {
                format!("  {label}{choice}")
            };
            // Its lines hang under its text, past the marker and the letter.
            out.extend(wrap(&line, cols, &" ".repeat(2 + label.len())));
        }
        out.extend(wrap(
            &format!("  {}", help(self.choices).dimmed()),
            cols,
            "  ",
        ));
        out
    }

    /// The rows the menu takes on a terminal `cols` wide.
    pub fn rows(&self, cols: usize) -> usize {
        rows(&self.lines(0, cols), cols)
    }

    /// Shows the menu on `term` and reads keys until an option is answered or the player
    /// stops; the menu is then cleared, leaving the cursor where it began.
    pub fn run(&self, term: &Term) -> io::Result<Picked> {
        term.hide_cursor()?;
        let picked = self.read(term);
        term.show_cursor()?;
        picked
    }

    fn read(&self, term: &Term) -> io::Result<Picked> {
        let mut at = 0;
        let mut shown = Vec::new();
        loop {
            let mut drawn = usize::from(term.size().1).max(1);
            let lines = self.lines(at, drawn);
            redraw(term, &shown, &lines, drawn)?;
            shown = lines;
            // Drawn again as soon as the terminal's width changes.
            wait_for_key(|| {
                let cols = usize::from(term.size().1).max(1);
                if cols != drawn {
                    let lines = self.lines(at, cols);
                    redraw(term, &shown, &lines, cols)?;
                    (shown, drawn) = (lines, cols);
                }
                Ok(())
            })?;
            let key = match term.read_key() {
                Ok(key) => key,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => Key::Char('\u{3}'),
                Err(e) if e.kind() == io::ErrorKind::UnexpectedEof => Key::Char('\u{4}'),
                Err(e) => return Err(e),
            };
            match step(self.choices, at, &key) {
                Step::Move(k) => at = k,
                Step::Nothing => {}
                Step::Done(picked) => {
                    let cols = usize::from(term.size().1).max(1);
                    redraw(term, &shown, &[], cols)?;
                    return Ok(picked);
                }
            }
        }
    }
}

/// Rows that `lines` take on a terminal `cols` wide. A terminal that narrows re-wraps what
/// is on it, so lines drawn at a wider size are counted at the width of now: clearing that
/// many rows leaves no stale lines behind.
fn rows(lines: &[String], cols: usize) -> usize {
    lines
        .iter()
        .map(|l| measure_text_width(l).div_ceil(cols.max(1)).max(1))
        .sum()
}

/// Clears the rows `shown` took (the cursor being below them) and draws `lines`.
fn redraw(term: &Term, shown: &[String], lines: &[String], cols: usize) -> io::Result<()> {
    let up = rows(shown, cols);
    if up > 0 {
        term.move_cursor_up(up)?;
    }
    term.write_str("\r")?;
    term.clear_to_end_of_screen()?;
    for line in lines {
        term.write_line(&for_terminal(line, colour_on()))?;
    }
    term.flush()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn strings(v: &[&str]) -> Vec<String> {
        v.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn keys_choose_as_plain_answers_do() {
        let four = strings(&["4", "8", "12", "15"]);
        let tf = strings(&["true", "false"]);
        let years = strings(&["1949", "1955", "1961"]);
        let stop = Step::Done(Picked::Stop);
        // (choices, highlighted, key, what it does, why)
        let cases = [
            (&four, 0, Key::Char('c'), Step::Move(2), "a letter"),
            (&four, 0, Key::Char('D'), Step::Move(3), "a capital letter"),
            (&four, 3, Key::Char('2'), Step::Move(1), "a number"),
            (&four, 0, Key::Char('e'), Step::Nothing, "no fifth option"),
            (&four, 0, Key::Char('9'), Step::Nothing, "no ninth option"),
            (
                &four,
                0,
                Key::ArrowUp,
                Step::Move(3),
                "up from the top wraps",
            ),
            (
                &four,
                3,
                Key::ArrowDown,
                Step::Move(0),
                "down from the foot wraps",
            ),
            (
                &four,
                2,
                Key::Enter,
                Step::Done(Picked::Option(2)),
                "Enter answers",
            ),
            (&tf, 0, Key::Char('f'), Step::Move(1), "f is false"),
            (&tf, 1, Key::Char('y'), Step::Move(0), "y is true"),
            (&tf, 0, Key::Char('n'), Step::Move(1), "n is false"),
            (
                &years,
                0,
                Key::Char('f'),
                Step::Nothing,
                "f means false only there",
            ),
            (&four, 1, Key::Char('q'), stop, "q stops"),
            (&four, 1, Key::Escape, stop, "Esc stops"),
            (&four, 1, Key::Char('\u{4}'), stop, "Ctrl-D stops"),
            (
                &four,
                1,
                Key::Char('\u{3}'),
                Step::Done(Picked::Interrupted),
                "Ctrl-C interrupts",
            ),
        ];
        for (choices, at, key, want, why) in cases {
            assert_eq!(step(choices, at, &key), want, "{why}");
        }
    }

    #[test]
    fn the_help_line_names_the_keys_in_play() {
        let tf = strings(&["true", "false"]);
        assert_eq!(help(&tf), "a–b, 1–2, t/f, ↑↓ · Enter answers · q/Esc stops");
        let ml = strings(&["more", "less"]);
        assert!(help(&ml).starts_with("a–b, 1–2, m/l, ↑↓"), "{}", help(&ml));
        let three = strings(&["x", "y", "z"]);
        assert!(
            help(&three).starts_with("a–c, 1–3, ↑↓ ·"),
            "{}",
            help(&three)
        );
    }

    #[test]
    fn every_line_fits_the_width_and_rows_count_rewrapped_lines() {
        let choices = strings(&[
            "The North Atlantic Treaty Organization was founded in Washington",
            "short",
        ]);
        let menu = Menu::new("Which of these came first?", &choices);
        for cols in [12, 20, 40, 80] {
            let lines = menu.lines(0, cols);
            assert!(
                lines.iter().all(|l| measure_text_width(l) <= cols),
                "{cols}"
            );
            assert_eq!(menu.rows(cols), lines.len(), "one row a line at {cols}");
        }
        // Drawn 80 wide, then the terminal narrows to 20: the long lines take more rows.
        let wide = menu.lines(0, 80);
        assert!(rows(&wide, 20) > wide.len());
    }
}
