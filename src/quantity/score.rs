//! Scores of a game ("France won 4–2", "finished 1–1", "beat Italy 1–0"): two small counts
//! joined by a dash, read as one figure where a word of winning, losing or levelling stands
//! next to them. What `Kind::Score` reads and how its values are written. Teachers ask them
//! (issue 10, round 19 recall: the 2018 final's 2–1 and 4–2 were missed as "ends of a range").
//! The value packs both sides, `first * 1000 + second`, so that options sort by the first.

use super::token::{TokKind, Token};
use super::{Kind, Quantity, Style, Value};

/// Words up to two before a score that say it is one. Not "levelled at 1–1" nor "make it
/// 3–2": a score reached by one more goal follows from the one before it (round 20: the
/// level after "went ahead" rated C, the answer in view). Nor "being 3–0 up": a lead on the
/// way to another result, which a swap ("5–0 up" before losing 5–3) contradicts (round 21).
const BEFORE: &[&str] = &[
    "won", "lost", "led", "beat", "beaten", "drew", "trailed", "leading", "trailing", "score",
    "win", "defeated", "finished", "ended",
];

/// Words right after a score that say it is one.
const AFTER: &[&str] = &["win", "victory", "defeat", "loss", "draw"];

/// What a side's goals pack into.
const SIDE: f64 = 1000.0;

/// The two sides of a score value.
pub(crate) fn sides(value: f64) -> (u32, u32) {
    let v = value.round().max(0.0) as u32;
    (v / SIDE as u32, v % SIDE as u32)
}

/// A score value of two sides.
pub(crate) fn value(first: u32, second: u32) -> f64 {
    f64::from(first) * SIDE + f64::from(second)
}

/// A score at token `i` and the index after it.
pub(super) fn at(src: &str, toks: &[Token], i: usize) -> Option<(Box<Quantity>, usize)> {
    let small = |k: usize| {
        toks.get(k)
            .filter(|t| t.kind == TokKind::Num && t.text.len() <= 2)
            .and_then(|t| t.text.parse::<u32>().ok())
    };
    let first = small(i)?;
    let dash = toks
        .get(i + 1)
        .filter(|t| ['–', '-', '—'].iter().any(|&c| t.is_sym(c)) && t.start == toks[i].end)?;
    let second = small(i + 2).filter(|_| toks[i + 2].start == dash.end)?;
    let lower = |k: usize| toks.get(k).map(Token::lower).unwrap_or_default();
    let said_before = (1..=2).any(|back| i >= back && BEFORE.contains(&lower(i - back).as_str()));
    let said_after = AFTER.contains(&lower(i + 3).as_str());
    if !(said_before || said_after) {
        return None;
    }
    let span = toks[i].start..toks[i + 2].end;
    let style = Style {
        prefix: String::new(),
        num: super::NumStyle::default(),
        // The dash as written, between the sides.
        suffix: dash.text.to_string(),
        date: None,
        parts: None,
    };
    let q = Quantity {
        text: src[span.clone()].to_string(),
        span,
        kind: Kind::Score,
        value: Value::Number(value(first, second)),
        noun: None,
        style,
        range: None,
    };
    Some((Box::new(q), i + 3))
}

/// A score value written with the answer's dash: "3–2".
pub(super) fn render(v: f64, style: &Style) -> String {
    let (a, b) = sides(v);
    let dash = if style.suffix.is_empty() {
        "–"
    } else {
        style.suffix.as_str()
    };
    format!("{a}{dash}{b}")
}

/// Wrong scores that keep the answer's outcome (a win stays a win by the first side, a draw
/// a draw), nearest first.
pub(crate) fn neighbours(v: f64) -> Vec<f64> {
    let (a, b) = sides(v);
    let (a, b) = (i64::from(a), i64::from(b));
    let steps: &[(i64, i64)] = &[
        (1, 0),
        (0, 1),
        (-1, 0),
        (0, -1),
        (1, 1),
        (-1, -1),
        (2, 0),
        (2, 1),
        (0, 2),
        (-2, 0),
        (3, 1),
        (1, 2),
        (2, 2),
        (3, 3),
    ];
    steps
        .iter()
        .map(|(da, db)| (a + da, b + db))
        .filter(|(x, y)| *x >= 0 && *y >= 0 && (x - y).signum() == (a - b).signum())
        .map(|(x, y)| value(x as u32, y as u32))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::super::find;

    /// A sentence and the score found in it, with its two sides.
    type Case<'a> = (&'a str, Option<(&'a str, (u32, u32))>);

    #[test]
    fn scores_are_found_beside_a_word_of_the_game() {
        let cases: &[Case] = &[
            ("France won 4–2.", Some(("4–2", (4, 2)))),
            ("France led 2–1 at half-time.", Some(("2–1", (2, 1)))),
            (
                "The game finished 1–1 after extra time.",
                Some(("1–1", (1, 1))),
            ),
            (
                // A level reached by one more goal follows from the score before it.
                "Hurst then levelled at 1–1 with a header.",
                None,
            ),
            (
                "North Korea beat Italy 1–0 on the way.",
                Some(("1–0", (1, 0))),
            ),
            ("after being 3–0 up", None),
            ("a 3-1 win over Spain", Some(("3-1", (3, 1)))),
            // Ranges and pages are no scores.
            ("The population fell by 20–25% in a decade.", None),
            ("See pages 4–6 for more.", None),
            ("It lasted 3–4 days.", None),
        ];
        for (text, want) in cases {
            let got = find(text)
                .into_iter()
                .find(|q| q.kind == super::Kind::Score)
                .map(|q| (q.text.clone(), super::sides(q.value.number().unwrap())));
            let want = want.map(|(t, v)| (t.to_string(), v));
            assert_eq!(got, want, "{text}");
        }
    }

    #[test]
    fn wrong_scores_keep_the_outcome() {
        let style = find("won 4–2").remove(0).style;
        let shown = |v: f64| super::render(v, &style);
        let win: Vec<String> = super::neighbours(super::value(4, 2))
            .into_iter()
            .map(shown)
            .collect();
        assert_eq!(&win[..4], ["5–2", "4–3", "3–2", "4–1"]);
        let draw: Vec<String> = super::neighbours(super::value(1, 1))
            .into_iter()
            .map(shown)
            .collect();
        assert_eq!(draw, ["2–2", "0–0", "3–3", "4–4"]);
    }
}
