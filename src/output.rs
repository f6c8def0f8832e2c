//! The one output layer: colour policy decided once, every byte for the terminal and every
//! text file through the sanitizer, and writes that end quietly on a closed pipe.

use crate::sanitize::{clean, Terminal};
use std::io::{self, Write};
use std::path::Path;

/// When to colour output, as asked with `--color`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ColorWhen {
    /// Colour when writing to a terminal that can show it.
    #[default]
    Auto,
    /// Always colour.
    Always,
    /// Never colour.
    Never,
}

/// The environment variables that bear on colour.
#[derive(Debug, Clone, Default)]
pub struct ColorEnv {
    /// NO_COLOR.
    pub no_color: Option<String>,
    /// CLICOLOR.
    pub clicolor: Option<String>,
    /// CLICOLOR_FORCE.
    pub clicolor_force: Option<String>,
    /// TERM.
    pub term: Option<String>,
}

impl ColorEnv {
    /// Reads the variables from the process environment.
    pub fn from_process() -> Self {
        let var = |k: &str| std::env::var(k).ok();
        ColorEnv {
            no_color: var("NO_COLOR"),
            clicolor: var("CLICOLOR"),
            clicolor_force: var("CLICOLOR_FORCE"),
            term: var("TERM"),
        }
    }
}

/// Whether to colour, from the flag, the environment and whether stdout is a terminal.
pub fn color_enabled(when: ColorWhen, env: &ColorEnv, is_terminal: bool) -> bool {
    let set = |v: &Option<String>| v.as_deref().is_some_and(|s| !s.is_empty());
    match when {
        ColorWhen::Always => true,
        ColorWhen::Never => false,
        ColorWhen::Auto if set(&env.no_color) => false,
        ColorWhen::Auto
            if set(&env.clicolor_force) && env.clicolor_force.as_deref() != Some("0") =>
        {
            true
        }
        ColorWhen::Auto if env.term.as_deref() == Some("dumb") => false,
        ColorWhen::Auto if env.clicolor.as_deref() == Some("0") => false,
        ColorWhen::Auto => is_terminal,
    }
}

/// Pushes the decision into `colored` and `console`, which would otherwise each decide alone.
pub fn apply_color(enabled: bool) {
    colored::control::set_override(enabled);
    console::set_colors_enabled(enabled);
    console::set_colors_enabled_stderr(enabled);
}

/// Whether colour is on, as [`apply_color`] decided.
pub fn colour_on() -> bool {
    colored::control::SHOULD_COLORIZE.should_colorize()
}

/// Whether stdout is a terminal, and whether stdin, stdout and stderr all are.
#[allow(clippy::disallowed_methods)] // Asks about the streams; writes nothing.
pub fn terminals() -> (bool, bool) {
    use std::io::IsTerminal;
    let stdout = io::stdout().is_terminal();
    (
        stdout,
        stdout && io::stdin().is_terminal() && io::stderr().is_terminal(),
    )
}

/// The width of the terminal on standard output, if it is one.
#[allow(clippy::disallowed_methods)] // Measures the terminal; writes nothing.
pub(crate) fn stdout_cols() -> Option<usize> {
    console::Term::stdout()
        .size_checked()
        .map(|(_, cols)| usize::from(cols))
}

/// Standard output through the sanitizer. Our colour escapes pass only for output that is
/// `coloured` while colour is on; anything else (JSON, worksheets, plain games) never carries
/// an escape, whatever a deck holds.
#[allow(clippy::disallowed_methods)] // The one place stdout is opened.
pub fn stdout(coloured: bool) -> Terminal<io::StdoutLock<'static>> {
    Terminal::new(io::stdout().lock(), coloured && colour_on())
}

/// Standard error through the sanitizer, never coloured: messages there quote deck text.
#[allow(clippy::disallowed_methods)] // The one place stderr is opened.
pub fn stderr() -> Terminal<io::Stderr> {
    Terminal::new(io::stderr(), false)
}

/// Writes a text file we generate (worksheet, report, results) atomically, without control
/// characters: the file will be printed, opened in an editor or `cat` to a terminal.
pub fn write_text_file(path: &Path, text: &str) -> anyhow::Result<()> {
    crate::fsutil::write_atomic(path, clean(text).as_bytes())
}

/// Writes a file the user named (`-o`, `--html`, an export) without control characters,
/// by the rules of [`crate::fsutil::write_output`]: never over an existing file unless
/// asked, never over the progress file or the input.
pub fn write_user_file(
    path: &Path,
    text: &str,
    rules: &crate::fsutil::WriteRules,
) -> anyhow::Result<()> {
    Ok(crate::fsutil::write_output(
        path,
        clean(text).as_bytes(),
        rules,
    )?)
}

/// Writes a line to stdout; a closed pipe surfaces as `BrokenPipe` for the caller to end on.
pub fn println(out: &mut impl Write, line: &str) -> io::Result<()> {
    writeln!(out, "{line}")?;
    out.flush()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env(
        no_color: Option<&str>,
        clicolor: Option<&str>,
        force: Option<&str>,
        term: Option<&str>,
    ) -> ColorEnv {
        let s = |v: Option<&str>| v.map(String::from);
        ColorEnv {
            no_color: s(no_color),
            clicolor: s(clicolor),
            clicolor_force: s(force),
            term: s(term),
        }
    }

    #[test]
    fn colour_policy() {
        use ColorWhen::*;
        let cases = [
            (
                Auto,
                env(None, None, None, Some("xterm")),
                true,
                true,
                "terminal",
            ),
            (
                Auto,
                env(None, None, None, Some("xterm")),
                false,
                false,
                "pipe",
            ),
            (
                Auto,
                env(Some("1"), None, None, None),
                true,
                false,
                "NO_COLOR",
            ),
            (
                Auto,
                env(Some(""), None, None, None),
                true,
                true,
                "empty NO_COLOR is unset",
            ),
            (
                Auto,
                env(None, None, None, Some("dumb")),
                true,
                false,
                "dumb terminal",
            ),
            (
                Auto,
                env(None, Some("0"), None, None),
                true,
                false,
                "CLICOLOR=0",
            ),
            (
                Auto,
                env(None, None, Some("1"), None),
                false,
                true,
                "CLICOLOR_FORCE",
            ),
            (
                Auto,
                env(Some("1"), None, Some("1"), None),
                false,
                false,
                "NO_COLOR beats CLICOLOR_FORCE",
            ),
            (
                Always,
                env(Some("1"), None, None, Some("dumb")),
                false,
                true,
                "--color always",
            ),
            (
                Never,
                env(None, None, Some("1"), None),
                true,
                false,
                "--color never",
            ),
        ];
        for (when, e, tty, want, why) in cases {
            assert_eq!(color_enabled(when, &e, tty), want, "{why}");
        }
    }
}
