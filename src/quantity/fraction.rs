//! Fractions as people type them: "½", "2 1/2", "9/10", "two and a half", "half a",
//! "a quarter", "three quarters", "nine out of ten", "one in four".

use super::token::{TokKind, Token};
use super::words::small_number_loosely;

/// The denominator a fraction word names ("half" → 2, "quarters" → 4, "tenth" → 10).
pub(super) fn denominator(word: &str) -> Option<f64> {
    // "an hour and a hlaf": one slip forgiven in a fraction word of four letters or more.
    const WORDS: &[&str] = &[
        "half",
        "halves",
        "third",
        "thirds",
        "quarter",
        "quarters",
        "fourth",
        "fourths",
        "fifth",
        "fifths",
        "sixth",
        "sixths",
        "eighth",
        "eighths",
        "tenth",
        "tenths",
        "hundredth",
        "hundredths",
        "thousandth",
        "thousandths",
    ];
    // A number word is never a slip of one ("fifty" is one edit from "fifth").
    let word = match small_number_loosely(word) {
        Some(_) => word,
        None => super::words::word_loosely(word, WORDS).unwrap_or(word),
    };
    let d = match word.to_lowercase().as_str() {
        "half" | "halves" => 2.0,
        "third" | "thirds" => 3.0,
        "quarter" | "quarters" | "fourth" | "fourths" => 4.0,
        "fifth" | "fifths" => 5.0,
        "sixth" | "sixths" => 6.0,
        "eighth" | "eighths" => 8.0,
        "tenth" | "tenths" => 10.0,
        "hundredth" | "hundredths" => 100.0,
        // "{one-thousandth}" (issue 11, round 3).
        "thousandth" | "thousandths" => 1000.0,
        _ => return None,
    };
    Some(d)
}

/// A vulgar fraction sign ("½", "¾").
fn vulgar(text: &str) -> Option<f64> {
    let v = match text {
        "½" => 0.5,
        "¼" => 0.25,
        "¾" => 0.75,
        "⅓" => 1.0 / 3.0,
        "⅔" => 2.0 / 3.0,
        "⅕" => 0.2,
        "⅛" => 0.125,
        "⅒" => 0.1,
        _ => return None,
    };
    Some(v)
}

/// A fraction read from typed tokens: its value, the index after it, and whether it is a
/// share of a whole ("9/10", "nine out of ten", "a quarter") rather than an amount ("2½").
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Fraction {
    /// The value.
    pub value: f64,
    /// Index of the first token after it.
    pub end: usize,
    /// Whether it names a share ("9/10"), which a percentage reads as 90.
    pub share: bool,
}

fn word_at(toks: &[Token], j: usize) -> Option<String> {
    toks.get(j)
        .filter(|t| t.kind == TokKind::Word)
        .map(Token::lower)
}

fn whole_number(toks: &[Token], j: usize) -> Option<f64> {
    let t = toks.get(j)?;
    match t.kind {
        TokKind::Num => t.text.replace(',', "").parse().ok(),
        TokKind::Word => small_number_loosely(t.text).map(f64::from),
        TokKind::Sym => None,
    }
}

/// A fraction standing alone at `i`: "½", "half" (and "half a"), "a quarter", "one third",
/// "three-quarters", "two thirds" is read by [`after`] from the number.
pub fn lead(toks: &[Token], i: usize) -> Option<Fraction> {
    let t = toks.get(i)?;
    if let Some(v) = vulgar(t.text) {
        return Some(Fraction {
            value: v,
            end: i + 1,
            share: true,
        });
    }
    let w = word_at(toks, i)?;
    if let Some((n, d)) = w.split_once('-') {
        // "three-quarters", "two-thirds".
        let n = small_number_loosely(n)?;
        let d = denominator(d)?;
        return Some(Fraction {
            value: f64::from(n) / d,
            end: i + 1,
            share: true,
        });
    }
    if denominator(&w) == Some(2.0) && !w.starts_with("halv") {
        // "half a year": the article belongs to the unit.
        let end = if word_at(toks, i + 1).as_deref() == Some("a") {
            i + 2
        } else {
            i + 1
        };
        return Some(Fraction {
            value: 0.5,
            end,
            share: true,
        });
    }
    if matches!(w.as_str(), "a" | "an" | "one") {
        let d = denominator(&word_at(toks, i + 1)?)?;
        return Some(Fraction {
            value: 1.0 / d,
            end: i + 2,
            share: true,
        });
    }
    None
}

/// A fraction continuing the number `whole` read before token `j`: "2½", "2 1/2", "9/10",
/// "two and a half", "three quarters", "nine tenths", "nine out of ten", "one in four".
pub fn after(toks: &[Token], j: usize, whole: f64) -> Option<Fraction> {
    let t = toks.get(j)?;
    let glued = j > 0 && toks[j - 1].end == t.start;
    if let Some(v) = vulgar(t.text) {
        return Some(Fraction {
            value: whole + v,
            end: j + 1,
            share: false,
        });
    }
    if t.is_sym('/') && glued {
        let d = toks
            .get(j + 1)
            .filter(|d| d.kind == TokKind::Num && d.start == t.end)?;
        let d: f64 = d.text.parse().ok().filter(|&d: &f64| d > 0.0)?;
        return Some(Fraction {
            value: whole / d,
            end: j + 2,
            share: true,
        });
    }
    if t.kind == TokKind::Num && !glued {
        // "2 1/2": a whole number, then a fraction of its own.
        let n: f64 = t.text.parse().ok()?;
        let part = after(toks, j + 1, n).filter(|f| f.share && f.value < 1.0)?;
        return Some(Fraction {
            value: whole + part.value,
            end: part.end,
            share: false,
        });
    }
    let w = word_at(toks, j)?;
    if let Some(d) = denominator(&w).filter(|_| whole >= 1.0 && w != "fourth") {
        return Some(Fraction {
            value: whole / d,
            end: j + 1,
            share: true,
        });
    }
    match w.as_str() {
        "and" => {
            let part = lead(toks, j + 1).or_else(|| {
                let n = whole_number(toks, j + 1)?;
                after(toks, j + 2, n).filter(|f| f.share)
            })?;
            (part.value < 1.0).then_some(Fraction {
                value: whole + part.value,
                end: part.end,
                share: false,
            })
        }
        "out" if word_at(toks, j + 1).as_deref() == Some("of") => share_of(toks, j + 2, whole),
        "in" => share_of(toks, j + 1, whole),
        _ => None,
    }
}

fn share_of(toks: &[Token], k: usize, whole: f64) -> Option<Fraction> {
    let d = whole_number(toks, k).filter(|&d| d > 0.0 && d >= whole)?;
    Some(Fraction {
        value: whole / d,
        end: k + 1,
        share: true,
    })
}

#[cfg(test)]
mod tests {
    use super::super::token::tokenize;
    use super::*;

    #[test]
    fn reads_fractions() {
        // (text, whole number read before the fraction, value, share)
        let after_cases: &[(&str, f64, f64, bool)] = &[
            ("2½", 2.0, 2.5, false),
            ("2 1/2", 2.0, 2.5, false),
            ("9/10", 9.0, 0.9, true),
            ("two and a half", 2.0, 2.5, false),
            ("one and a quarter", 1.0, 1.25, false),
            ("three quarters", 3.0, 0.75, true),
            ("nine tenths", 9.0, 0.9, true),
            ("nine out of ten", 9.0, 0.9, true),
            ("one in four", 1.0, 0.25, true),
        ];
        for (text, whole, value, share) in after_cases {
            let toks = tokenize(text);
            let f = after(&toks, 1, *whole).unwrap_or_else(|| panic!("{text}"));
            assert!((f.value - value).abs() < 1e-9, "{text}: {f:?}");
            assert_eq!(f.share, *share, "{text}");
            assert_eq!(f.end, toks.len(), "{text}: reads to the end");
        }
        let lead_cases: &[(&str, f64)] = &[
            ("½", 0.5),
            ("half a year", 0.5),
            ("a quarter", 0.25),
            ("three-quarters", 0.75),
            ("a third", 1.0 / 3.0),
        ];
        for (text, value) in lead_cases {
            let f = lead(&tokenize(text), 0).unwrap_or_else(|| panic!("{text}"));
            assert!((f.value - value).abs() < 1e-9, "{text}");
        }
        assert_eq!(
            lead(&tokenize("a year"), 0),
            None,
            "an article is no fraction"
        );
        assert_eq!(
            after(&tokenize("6 in"), 1, 6.0),
            None,
            "inches, not a share"
        );
    }
}
