//! Wording shared by the plain and terminal interfaces.

use crate::grade::Verdict;
use crate::sanitize::one_line;
use crate::session::Summary;

/// The option label of index `k`: "a", "b", ...
pub fn letter(k: usize) -> char {
    (b'a' + (k % 26) as u8) as char
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
    let mut lines = vec![format!(
        "Answered {}: {} correct, {} close, {} wrong ({:.0}%) in {}. Best streak: {}.",
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
    }
}
