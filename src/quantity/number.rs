//! Reads one number (digits or words, with an optional scale word) from a run of tokens.

use super::token::{TokKind, Token};
use super::words::{is_prose_scale, scale, scale_loosely, small_number, small_number_loosely};

/// How a number was written, so that other values can be written the same way.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct NumStyle {
    /// Written in words ("Eight", "sixteen thousand").
    pub words: bool,
    /// The first letter was upper case (a sentence-initial "Eight").
    pub capitalized: bool,
    /// Digits after the decimal point.
    pub decimals: u8,
    /// Thousands separated with commas ("16,000").
    pub grouped: bool,
    /// The scale's factor and its text as written, with its leading space (" billion", "bn").
    pub scale: Option<(f64, String)>,
}

impl NumStyle {
    /// What the last written digit is worth ("8.8" → 0.1, "14bn" → 1e9, "16,000" → 1).
    pub fn step(&self) -> f64 {
        let scale = self.scale.as_ref().map_or(1.0, |(f, _)| *f);
        scale / 10f64.powi(i32::from(self.decimals))
    }
}

/// A number found at a token position.
#[derive(Debug, Clone, PartialEq)]
pub struct NumMatch {
    /// The value, scale applied ("1.2 million" → 1 200 000).
    pub value: f64,
    /// Index of the first token after the number.
    pub end: usize,
    /// How it was written.
    pub style: NumStyle,
}

/// How strict to be: prose in a deck, or an answer a person typed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Leniency {
    /// Deck text: only prose scale words, no bare "one", no "16 000".
    Prose,
    /// Typed answers: "16k", "14bn", "16 000", "one" all count.
    Answer,
}

/// Reads the number starting at token `i`, if there is one.
pub fn parse_number(src: &str, toks: &[Token], i: usize, mode: Leniency) -> Option<NumMatch> {
    let tok = toks.get(i)?;
    match tok.kind {
        TokKind::Num => parse_digits(src, toks, i, mode),
        TokKind::Word => parse_words(src, toks, i, mode),
        TokKind::Sym => None,
    }
}

fn parse_digits(src: &str, toks: &[Token], i: usize, mode: Leniency) -> Option<NumMatch> {
    let tok = &toks[i];
    let read = digits_value(tok.text);
    let (mut value, mut style) = match (read, mode) {
        (Some(read), _) => read,
        (None, Leniency::Answer) => decimal_comma(tok.text)?,
        (None, Leniency::Prose) => return None,
    };
    let mut end = i + 1;
    if mode == Leniency::Answer && !style.grouped && style.decimals == 0 {
        // "16 000": space-grouped thousands, only in answers where nothing else follows.
        while let Some(next) = toks.get(end) {
            let joined = next.kind == TokKind::Num
                && next.text.len() == 3
                && next.text.bytes().all(|b| b.is_ascii_digit());
            if !joined || value >= 1000.0 && tok.text.len() > 3 {
                break;
            }
            value = value * 1000.0 + next.text.parse::<f64>().ok()?;
            end += 1;
        }
    }
    let scaled = exponent_after(src, toks, end, mode).or_else(|| scale_after(src, toks, end, mode));
    if let Some((factor, written, after)) = scaled {
        value *= factor;
        style.scale = Some((factor, written));
        end = after;
    }
    Some(NumMatch { value, end, style })
}

/// A power of ten after a number, kept as its scale: "× 10^24", "x 10²⁴", "·10^8", "*10^8"
/// in prose and answers, "e8" or "E24" glued to the digits in answers only.
fn exponent_after(
    src: &str,
    toks: &[Token],
    j: usize,
    mode: Leniency,
) -> Option<(f64, String, usize)> {
    let times = toks.get(j)?;
    let (power_at, e_form) = match times.text {
        "×" | "x" | "X" | "·" | "*" | "⋅" => (j + 1, false),
        "e" | "E" if mode == Leniency::Answer && times.start == toks[j - 1].end => (j, true),
        _ => return None,
    };
    if let Some((exp, end)) = (!e_form).then(|| flat_power(toks, j)).flatten() {
        // Kept as it should have been written, so that a miss line does not say "×1027".
        return Some((10f64.powi(exp), format!(" × 10^{exp}"), end));
    }
    let (exp, end) = if e_form {
        exponent_digits(toks, j + 1, true)?
    } else {
        let ten = toks.get(power_at).filter(|t| t.text == "10")?;
        let caret = toks.get(power_at + 1).filter(|t| t.start == ten.end)?;
        if caret.text == "^" {
            exponent_digits(toks, power_at + 2, false)?
        } else {
            superscript(toks, power_at + 1)?
        }
    };
    let start = toks[j - 1].end;
    let last = toks[end - 1].end;
    Some((10f64.powi(exp), src[start..last].to_string(), end))
}

/// `text` with every power of ten pasted flat ([`flat_power`]) written as it should have
/// been: "1.8986×1027 kg" → "1.8986 × 10^27 kg", so that no prompt prints the flat figure.
pub fn unflatten_powers(text: &str) -> String {
    let toks = super::token::tokenize(text);
    let mut out = String::with_capacity(text.len() + 8);
    let mut at = 0;
    for j in 0..toks.len() {
        if let Some((exp, end)) = flat_power(&toks, j) {
            out.push_str(&text[at..toks[j].start]);
            out.push_str(&format!(" × 10^{exp}"));
            at = toks[end - 1].end;
        }
    }
    out.push_str(&text[at..]);
    out
}

/// A power of ten pasted without its superscript, "1.8986×1027" for 1.8986 × 10²⁷: the
/// sign `×` at token `j` glued between a mantissa written with decimals from 1 up to 10 and
/// "10" followed by one or two digits, the first not 0. Anything else ("3×1000", "2 × 105",
/// "12.5×1024") is left as written. The exponent and the index after.
fn flat_power(toks: &[Token], j: usize) -> Option<(i32, usize)> {
    let times = toks.get(j).filter(|t| t.text == "×")?;
    let mantissa = toks.get(j.checked_sub(1)?)?;
    let power = toks.get(j + 1)?;
    let glued = mantissa.end == times.start && times.end == power.start;
    let value = mantissa
        .text
        .contains('.')
        .then(|| mantissa.text.parse::<f64>().ok())
        .flatten()?;
    let exp = power.text.strip_prefix("10")?;
    let shaped = glued
        && (1.0..10.0).contains(&value)
        && (1..=2).contains(&exp.len())
        && exp.bytes().all(|b| b.is_ascii_digit())
        && !exp.starts_with('0');
    shaped.then(|| Some((exp.parse().ok()?, j + 2))).flatten()
}

/// Digits of an exponent, with an optional sign, at token `k`: the value and index after.
fn exponent_digits(toks: &[Token], k: usize, glued: bool) -> Option<(i32, usize)> {
    let first = toks.get(k)?;
    if glued && first.start != toks[k - 1].end {
        return None;
    }
    let (sign, k) = match first.text {
        "-" | "−" => (-1, k + 1),
        "+" => (1, k + 1),
        _ => (1, k),
    };
    let digits = toks
        .get(k)
        .filter(|t| t.kind == TokKind::Num && t.text.len() <= 3)?;
    Some((sign * digits.text.parse::<i32>().ok()?, k + 1))
}

/// Superscript digits glued from token `k` ("²⁴", "⁻³"): the exponent and index after.
fn superscript(toks: &[Token], k: usize) -> Option<(i32, usize)> {
    const DIGITS: [char; 10] = ['⁰', '¹', '²', '³', '⁴', '⁵', '⁶', '⁷', '⁸', '⁹'];
    let mut exp = 0i32;
    let mut sign = 1;
    let mut end = k;
    while let Some(t) = toks.get(end).filter(|t| t.start == toks[end - 1].end) {
        let c = t.text.chars().next()?;
        match DIGITS.iter().position(|&d| d == c) {
            Some(d) => exp = exp.checked_mul(10)?.checked_add(d as i32)?,
            None if c == '⁻' && end == k => sign = -1,
            None => break,
        }
        end += 1;
    }
    (end > k && exp <= 400).then_some((sign * exp, end))
}

/// The value and style of a run of digits ("16,000", "4.8"); `None` for malformed groups.
pub fn digits_value(text: &str) -> Option<(f64, NumStyle)> {
    let (int, frac) = match text.split_once('.') {
        Some((a, b)) if !b.contains('.') && !b.contains(',') => (a, Some(b)),
        Some(_) => return None,
        None => (text, None),
    };
    let grouped = int.contains(',');
    if grouped {
        let mut groups = int.split(',');
        let first = groups.next()?;
        if first.is_empty() || first.len() > 3 || !groups.all(|g| g.len() == 3) {
            return None;
        }
    }
    let clean: String = text.chars().filter(|&c| c != ',').collect();
    let value = clean.parse::<f64>().ok()?;
    let decimals = frac.map_or(0, |f| f.len().min(6) as u8);
    Some((
        value,
        NumStyle {
            grouped,
            decimals,
            ..NumStyle::default()
        },
    ))
}

/// "4,8" typed the European way: one comma followed by other than three digits is a decimal
/// comma ("16,000" stays sixteen thousand).
fn decimal_comma(text: &str) -> Option<(f64, NumStyle)> {
    let (int, frac) = text.split_once(',')?;
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    if !digits(int) || !digits(frac) || frac.len() == 3 {
        return None;
    }
    let value = format!("{int}.{frac}").parse::<f64>().ok()?;
    let decimals = frac.len().min(6) as u8;
    Some((
        value,
        NumStyle {
            decimals,
            ..NumStyle::default()
        },
    ))
}

/// A scale word at token `j`: its factor, its text with spacing, and the index after it.
/// A scale word or suffix at token `j` after a number ("million", "bn"): its factor, the text
/// from the number's end, and the index after it.
pub fn scale_after(
    src: &str,
    toks: &[Token],
    j: usize,
    mode: Leniency,
) -> Option<(f64, String, usize)> {
    let tok = toks.get(j)?;
    if tok.kind != TokKind::Word {
        return None;
    }
    let adjacent = toks
        .get(j.wrapping_sub(1))
        .is_some_and(|p| p.end == tok.start);
    let allowed = match mode {
        Leniency::Answer => true,
        // In prose "14bn" is a scale but "8 m" is metres and "M" a name.
        Leniency::Prose => {
            is_prose_scale(tok.text) && tok.text != "hundred"
                || adjacent && matches!(tok.text, "bn" | "k")
        }
    };
    if !allowed {
        return None;
    }
    let factor = match mode {
        Leniency::Answer => scale_loosely(tok.text)?,
        Leniency::Prose => scale(tok.text)?,
    };
    let start = toks[j - 1].end;
    Some((factor, src[start..tok.end].to_string(), j + 1))
}

fn parse_words(src: &str, toks: &[Token], i: usize, mode: Leniency) -> Option<NumMatch> {
    let first = &toks[i];
    let mut total = 0.0;
    let mut current = 0.0;
    let mut seen_any = false;
    let mut end = i;
    let mut last_scale: Option<(f64, String)> = None;
    let mut decimals = 0u8;
    let mut j = i;
    while let Some(tok) = toks.get(j) {
        if tok.kind != TokKind::Word {
            break;
        }
        let w = tok.lower();
        let small = match mode {
            Leniency::Prose => small_number(&w),
            Leniency::Answer => small_number_loosely(&w),
        };
        if let Some(n) = small {
            // "twenty five" is two numbers in prose, where only hyphens join; a person typing
            // "twenty nine" means 29.
            let tens_then_unit = mode == Leniency::Answer
                && current % 100.0 >= 20.0
                && current % 10.0 == 0.0
                && n < 10;
            if seen_any && current % 100.0 != 0.0 && !tens_then_unit {
                break;
            }
            current += f64::from(n);
        } else if w == "hundred" && seen_any {
            current = current.max(1.0) * 100.0;
        } else if let Some(f) = scale(&w).filter(|_| seen_any && is_prose_scale(&w)) {
            total += current.max(1.0) * f;
            current = 0.0;
            last_scale = Some((f, src[toks[j - 1].end..tok.end].to_string()));
        } else if w == "and"
            && seen_any
            && toks
                .get(j + 1)
                .is_some_and(|t| small_number(t.text).is_some())
        {
            // "one hundred and twenty"
        } else if w == "dozen" && mode == Leniency::Answer {
            current = current.max(1.0) * 12.0; // "a dozen", "two dozen".
        } else if w == "point" && seen_any && mode == Leniency::Answer {
            // "nine point five eight": digits after the point, one word each.
            let (frac, next) = point_digits(toks, j + 1);
            if next == j + 1 {
                break;
            }
            current += frac;
            decimals = (next - j - 1).min(6) as u8;
            seen_any = true;
            j = next;
            end = j;
            continue;
        } else if w == "a" && !seen_any && (mode == Leniency::Answer || a_scale(toks, j + 1)) {
            current = 1.0; // "a million"; the article alone is no number (checked below).
            seen_any = true;
            j += 1;
            continue;
        } else {
            break;
        }
        seen_any = true;
        j += 1;
        end = j;
    }
    if !seen_any || end == i {
        return None;
    }
    let value = total + current;
    let bare_one = value <= 1.0 && end == i + 1;
    if mode == Leniency::Prose && bare_one {
        return None; // "one of 12 members", "zero tolerance": not worth asking.
    }
    // A written scale keeps only the part before it ("sixteen thousand" shows 16 + " thousand").
    let style = NumStyle {
        words: true,
        capitalized: first.is_capitalized(),
        scale: last_scale,
        decimals,
        ..NumStyle::default()
    };
    Some(NumMatch { value, end, style })
}

/// Whether token `j` is a scale word an article counts as one of in prose: "over a
/// thousand passengers", "a million people" (round 30 recall: missed).
fn a_scale(toks: &[Token], j: usize) -> bool {
    toks.get(j).is_some_and(|t| {
        let w = t.lower();
        w == "hundred" || is_prose_scale(&w) && scale(&w).is_some()
    })
}

/// Digit words after "point" ("five eight" → 0.58), and the index after them.
fn point_digits(toks: &[Token], mut j: usize) -> (f64, usize) {
    let mut frac = 0.0;
    let mut place = 0.1;
    while let Some(d) = toks
        .get(j)
        .and_then(|t| small_number(t.text))
        .filter(|&d| d < 10)
    {
        frac += f64::from(d) * place;
        place /= 10.0;
        j += 1;
    }
    (frac, j)
}

#[cfg(test)]
mod tests {
    use super::super::token::tokenize;
    use super::*;

    fn read(s: &str, mode: Leniency) -> Option<(f64, usize)> {
        let toks = tokenize(s);
        parse_number(s, &toks, 0, mode).map(|m| (m.value, m.end))
    }

    #[test]
    fn reads_prose_numbers() {
        let cases: &[(&str, Option<f64>, &str)] = &[
            ("16,000 troops", Some(16_000.0), "grouped digits"),
            ("4.8 percent", Some(4.8), "decimal"),
            (
                "1.2 million people",
                Some(1_200_000.0),
                "decimal with scale",
            ),
            ("14bn", Some(14e9), "short scale joined"),
            ("Eight Allies", Some(8.0), "capitalized word"),
            ("Thirty-nine Allies", Some(39.0), "hyphenated word"),
            ("sixteen thousand troops", Some(16_000.0), "word with scale"),
            ("one hundred and twenty days", Some(120.0), "hundred and"),
            ("two million", Some(2e6), "word scale"),
            ("one of 12", None, "bare one is not a quantity"),
            (
                "a thousand passengers",
                Some(1000.0),
                "an article counts one",
            ),
            ("a million people", Some(1e6), "an article counts one"),
            ("a few people", None, "an article alone is no number"),
            (
                "a hundred and twenty",
                Some(120.0),
                "an article and hundred",
            ),
            ("1,2,3", None, "a list, not grouping"),
            ("1.2.3", None, "version number"),
            (
                "8 m",
                Some(8.0),
                "m after a number in prose is metres, not million",
            ),
            (
                "1.8986×1027 kg",
                Some(1.8986e27),
                "a power of ten pasted flat",
            ),
            ("2.2×1014 kg", Some(2.2e14), "a power of ten pasted flat"),
            ("5.97×109 kg", Some(5.97e9), "one digit of exponent"),
            (
                "3×1000 kg",
                Some(3.0),
                "no decimals: a product, not a power",
            ),
            (
                "12.5×1024 px",
                Some(12.5),
                "mantissa over ten: not scientific",
            ),
            ("2.5 × 105", Some(2.5), "spaced: a product, not a power"),
            ("2.5×1005", Some(2.5), "an exponent starting with 0"),
            ("2.5×10345", Some(2.5), "three digits after 10"),
        ];
        for (input, want, why) in cases {
            // As near as a power of ten computed allows: 1.8986 × 10^27 is 1.8986e27.
            let got = read(input, Leniency::Prose).map(|r| r.0);
            let near = match (got, *want) {
                (Some(g), Some(w)) => (g - w).abs() <= 1e-12 * w.abs(),
                (g, w) => g == w,
            };
            assert!(near, "{why}: {input}: got {got:?}, want {want:?}");
        }
    }

    #[test]
    fn reads_typed_answers() {
        let cases: &[(&str, Option<f64>)] = &[
            ("16k", Some(16_000.0)),
            ("16 000", Some(16_000.0)),
            ("14B", Some(14e9)),
            ("1.2m", Some(1_200_000.0)),
            ("one", Some(1.0)),
            ("a million", Some(1e6)),
            ("twelve", Some(12.0)),
            ("fourteen billion", Some(14e9)),
        ];
        for (input, want) in cases {
            assert_eq!(read(input, Leniency::Answer).map(|r| r.0), *want, "{input}");
        }
    }

    #[test]
    fn records_the_written_style() {
        let toks = tokenize("16,000.5");
        let m = parse_number("16,000.5", &toks, 0, Leniency::Prose).unwrap();
        assert!(m.style.grouped);
        assert_eq!(m.style.decimals, 1);
        let s = "$14 billion";
        let toks = tokenize(s);
        let m = parse_number(s, &toks, 1, Leniency::Prose).unwrap();
        assert_eq!(m.style.scale, Some((1e9, " billion".to_string())));
    }
}
