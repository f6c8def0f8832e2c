//! The manual page: clap_mangen's title, synopsis and options, then our own sections.
//!
//! clap_mangen's SUBCOMMANDS section names a page per subcommand (`factdrill-play(1)`) that
//! nobody installs, and its NAME line repeated the name ("factdrill \- factdrill: …"); the
//! page also lacked the environment, exit codes and deck format (issue 12, point 8).

use std::io::Write;

/// One line for NAME: the `about` without the leading "factdrill:".
const ABOUT: &str =
    "drill the numbers in facts (dates, counts, percentages, money) in your terminal";

/// The sections clap knows nothing of, in roff.
const SECTIONS: &str = r#".SH "DECK FORMAT"
A deck is a YAML file with a \fBtitle\fR and a non-empty list of \fBfacts\fR; \fBid\fR,
\fBdescription\fR, \fBsource\fR, \fBtags\fR, \fBas_of\fR (the year the facts are as of) and
\fBsubject\fR (what the deck is about: a question whose sentence does not name it opens with
it) are optional. A fact is a sentence (every date,
count, percentage, sum of money, duration or measure in it becomes a card), or a map with
\fBfact\fR and optional \fBid\fR (keeps progress when the wording changes), \fBtopic\fR,
\fBhint\fR, \fBnote\fR, \fBsource\fR and \fBtolerance\fR (\fB1\fR or \fB5%\fR). Braces mark the
answers explicitly: \fIThe treaty was signed on {April 4, 1949}.\fR A map with \fBquestion\fR
and \fBanswer\fR (and optional \fBaccept\fR and \fBdistractors\fR lists) asks a question whose
answer is not a number. Decks may be up to 16 MiB.
\fBfactdrill new NAME\fR writes a commented example; \fBfactdrill check DECK\fR shows what will
be asked.
.SH ENVIRONMENT
.TP
\fBFACTDRILL_HOME\fR
The folder for the progress file (\fIprogress.sqlite3\fR), the deck library (\fIdecks/\fR) and
drill results (\fIdrills/\fR). Default: \fI~/.local/share/factdrill\fR (the platform's data
folder).
.TP
\fBFACTDRILL_NOW\fR
Run as of another time (\fI2026\-01\-02T09:00Z\fR), to try a schedule; said on every run.
.TP
\fBNO_COLOR\fR, \fBCLICOLOR\fR, \fBCLICOLOR_FORCE\fR, \fBTERM\fR
Colour, as \fB\-\-color auto\fR reads them; \fBTERM=dumb\fR means no colour and no cursor
movement.
.SH "EXIT STATUS"
.TP
\fB0\fR
Success.
.TP
\fB1\fR
A failure or invalid input: a bad deck, an unreadable file, nothing matched.
.TP
\fB2\fR
A usage error: an unknown option or subcommand, a value out of range.
.TP
\fB130\fR
Interrupted with Ctrl\-C. After the summary factdrill dies of SIGINT, so a shell reports
130 and stops a loop that called it.
"#;

/// Writes the manual page.
pub fn render(out: &mut impl Write) -> std::io::Result<()> {
    let cmd = <super::Opts as clap::CommandFactory>::command().about(ABOUT);
    let man = clap_mangen::Man::new(cmd.clone());
    man.render_title(out)?;
    man.render_name_section(out)?;
    man.render_synopsis_section(out)?;
    man.render_options_section(out)?;
    writeln!(out, ".SH SUBCOMMANDS")?;
    for sub in cmd.get_subcommands().filter(|s| !s.is_hide_set()) {
        let about = sub.get_about().map(|a| a.to_string()).unwrap_or_default();
        writeln!(
            out,
            ".TP\n\\fBfactdrill {}\\fR\n{}",
            sub.get_name(),
            roff_text(&about)
        )?;
    }
    writeln!(
        out,
        ".PP\n\\fBfactdrill help SUBCOMMAND\\fR lists the options a subcommand takes."
    )?;
    write!(out, "{SECTIONS}")?;
    man.render_extra_section(out)?;
    man.render_version_section(out)
}

/// Text safe in a roff paragraph: backslashes and hyphens escaped, no line starting with a
/// control character (`.` or `'`).
fn roff_text(text: &str) -> String {
    let escaped = text.replace('\\', "\\e").replace('-', "\\-");
    escaped
        .lines()
        .map(|l| {
            if l.starts_with(['.', '\'']) {
                format!("\\&{l}")
            } else {
                l.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}
