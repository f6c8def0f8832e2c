//! Wording shared by the plain and terminal interfaces.

use super::Progress;
use crate::grade::Verdict;
use crate::question::{Expect, Format, Question};
use crate::sanitize::one_line;
use crate::turn::Summary;

/// The option label of index `k`: "a", "b", ...
pub fn letter(k: usize) -> char {
    (b'a' + (k % 26) as u8) as char
}

/// Where a question stands: "2/4", or "1/4 again" for a missed card asked again, which
/// keeps its first number so that the total stays the one promised (issue 12, point 2).
pub fn counter(p: &Progress) -> String {
    let again = if p.again { " again" } else { "" };
    format!("{}/{}{again}", p.number, p.total)
}

/// A timeline's events in time order, each as its letter as asked and its date and text, for after
/// the answer (issue 12, point 4: the answer alone named only letters and years).
pub fn timeline_dated(q: &Question) -> Vec<(String, String)> {
    let upper = matches!(q.expect, Expect::Sequence(_));
    q.dates
        .iter()
        .filter_map(|(k, date)| {
            let l = letter(*k);
            let l = if upper { l.to_ascii_uppercase() } else { l };
            let event = q.choices.get(*k)?;
            Some((
                format!("{l}) "),
                format!("{}: {}", one_line(date), one_line(event)),
            ))
        })
        .collect()
}

/// The whole fact with its answer between `open` and `close` (sanitised first, so the marks
/// are the only control text in it).
pub fn fact_marked(card: &crate::card::Card, open: &str, close: &str) -> String {
    match card.span().filter(|_| !card.is_question) {
        Some(r) => format!(
            "{}{open}{}{close}{}",
            one_line(&card.text[..r.start]),
            one_line(&card.text[r.clone()]),
            one_line(&card.text[r.end..])
        ),
        None => one_line(&card.fact()),
    }
}

/// "1m 12s", "8s".
pub fn duration(ms: u64) -> String {
    let s = ms / 1000;
    if s >= 60 {
        format!("{}m {:02}s", s / 60, s % 60)
    } else {
        format!("{s}s")
    }
}

/// How far off something is, in the unit a person would say: "in 3 hours", "in 2 days".
pub fn time_until(ms: u64) -> String {
    let minutes = ms / 60_000;
    match minutes {
        0 => "in less than a minute".into(),
        1..=89 => format!("in {minutes} minute{}", if minutes == 1 { "" } else { "s" }),
        90..=2159 => format!("in {} hours", (minutes + 30) / 60),
        _ => format!("in {} days", (minutes + 720) / 1440),
    }
}

/// What is left after a session: cards due now, new cards left for today, or when the next
/// card falls due (`next_due_in`, ms from now).
pub fn what_next(due: usize, new: usize, next_due_in: Option<u64>) -> String {
    let cards = |n: usize, what: &str| format!("{n} {what}card{}", if n == 1 { "" } else { "s" });
    match (due, new, next_due_in) {
        (0, 0, None) => "Nothing is scheduled: every card is done.".into(),
        (0, 0, Some(ms)) => format!("All done for now; the next card is due {}.", time_until(ms)),
        (0, n, _) => format!("{} left for today: play again to go on.", cards(n, "new ")),
        (d, 0, _) => format!("{} due now: play again to go on.", cards(d, "")),
        (d, n, _) => format!(
            "{} due now and {n} new left for today: play again to go on.",
            cards(d, "")
        ),
    }
}

/// The verdict as a symbol and a word, so colour is never the only signal.
pub fn verdict_label(v: Verdict) -> &'static str {
    match v {
        Verdict::Correct => "✓ correct",
        Verdict::Close => "≈ close",
        Verdict::Wrong => "✗ wrong",
    }
}

/// The summary's lines, before the final score.
pub fn summary_lines(s: &Summary) -> Vec<String> {
    let again = if s.again > 0 {
        format!(" ({} again)", s.again)
    } else {
        String::new()
    };
    let mut lines = vec![format!(
        "Answered {}{again}: {} correct, {} close, {} wrong ({:.0}%) in {}. Best streak: {}.",
        s.answered,
        s.correct,
        s.close,
        s.wrong,
        s.accuracy() * 100.0,
        duration(s.elapsed_ms),
        s.best_streak
    )];
    if !s.missed.is_empty() {
        lines.push("Missed:".into());
        lines.extend(s.missed.iter().map(|m| format!("  - {}", one_line(m))));
    }
    lines
}

/// A form in words, for a round's header: "True or false", not `truefalse` (issue 12, point 2).
pub fn form_words(form: Format) -> &'static str {
    match form {
        Format::Typed => "Type the answer",
        Format::Choice => "Multiple choice",
        Format::TrueFalse => "True or false",
        Format::Timeline => "Timeline",
        Format::Estimate => "Estimate",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats() {
        assert_eq!(letter(0), 'a');
        assert_eq!(letter(3), 'd');
        assert_eq!(duration(8_400), "8s");
        assert_eq!(duration(72_000), "1m 12s");
        let s = Summary {
            answered: 4,
            correct: 3,
            wrong: 1,
            missed: vec!["A \u{1b}fact".into()],
            ..Summary::default()
        };
        let lines = summary_lines(&s);
        assert!(
            lines[0].starts_with("Answered 4: 3 correct, 0 close, 1 wrong (75%)"),
            "{}",
            lines[0]
        );
        assert_eq!(lines[2], "  - A fact");
        let again = summary_lines(&Summary {
            again: 1,
            ..s.clone()
        });
        assert!(
            again[0].starts_with("Answered 4 (1 again): 3 correct"),
            "{}",
            again[0]
        );
    }

    #[test]
    fn time_until_picks_the_unit_a_person_would_say() {
        let minute = 60_000;
        let cases = [
            (59_999, "in less than a minute"),
            (minute, "in 1 minute"),
            (89 * minute, "in 89 minutes"),
            (90 * minute, "in 2 hours"),
            (2159 * minute, "in 36 hours"),
            (2160 * minute, "in 2 days"),
            (10 * 1440 * minute, "in 10 days"),
        ];
        for (ms, want) in cases {
            assert_eq!(time_until(ms), want, "{ms} ms");
        }
    }

    #[test]
    fn what_next_says_what_is_left() {
        let cases = [
            (0, 0, None, "Nothing is scheduled: every card is done."),
            (
                0,
                0,
                Some(3 * 60_000),
                "All done for now; the next card is due in 3 minutes.",
            ),
            (
                0,
                1,
                None,
                "1 new card left for today: play again to go on.",
            ),
            (
                0,
                9,
                Some(1),
                "9 new cards left for today: play again to go on.",
            ),
            (2, 0, Some(1), "2 cards due now: play again to go on."),
            (
                1,
                5,
                None,
                "1 card due now and 5 new left for today: play again to go on.",
            ),
        ];
        for (due, new, next, want) in cases {
            assert_eq!(what_next(due, new, next), want, "{due} {new} {next:?}");
        }
    }
}
