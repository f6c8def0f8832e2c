//! Reads what a person typed as a number, date, unit or currency, as leniently as is honest,
//! with the finder's own parsers and unit table (issue 11: one rule, one place).

use crate::quantity::fraction;
use crate::quantity::{
    glued_unit, lookup_answer_unit, lookup_unit, minus_at, ordinal_word_loosely, parse_number,
    per_time, scale_after, small_number_loosely, tokenize, unit_words, Leniency, NumMatch, Token,
    Unit,
};

/// A number read from an answer, with what was written around it.
#[derive(Debug, Clone, PartialEq)]
pub struct ReadNumber {
    /// The value, scale applied.
    pub value: f64,
    /// Whether a scale word or suffix was given ("billion", "k", "× 10^8").
    pub scaled: bool,
    /// A unit written after the number.
    pub unit: Option<Unit>,
    /// A currency written with the number.
    pub currency: Option<&'static str>,
    /// What its last written digit is worth, in its own unit ("29,032" → 1, "8.8" → 0.1).
    pub step: f64,
    /// Whether a percent sign or word was typed.
    pub percent: bool,
    /// Whether it was typed as a share of a whole ("9/10", "nine out of ten", "a quarter").
    pub share: bool,
    /// Whether it was typed in parts ("6 ft 5 in", "2:01:09").
    pub compound: bool,
    /// Whether "BC" or "BCE" followed it.
    pub before_christ: bool,
    /// The unit of its last part ("inch" in "6 ft 5 in"), where `step` is one of it.
    pub last: Option<Unit>,
}

/// An amount read at a token: value, step, whether scaled, whether a share, index after.
struct Amount {
    value: f64,
    step: f64,
    scaled: bool,
    share: bool,
    end: usize,
    unit: Option<Unit>,
}

/// The first number in `text`, with its scale, unit and currency; with `units`, a bare "m"
/// after a number means metres, not million.
pub fn read_number(text: &str, units: bool) -> Option<ReadNumber> {
    let src = multipliers(&text.replace(['\u{a0}', '\u{202f}'], " "));
    let toks = tokenize(&src);
    let lower: Vec<String> = toks.iter().map(Token::lower).collect();
    let has = |w: &str| lower.iter().any(|t| t == w);
    let currency = toks
        .iter()
        .find_map(|t| crate::quantity::currency_loosely(t.text, units));
    let percent = toks.iter().any(|t| t.is_sym('%'))
        || has("percent")
        || has("pct")
        || lower.windows(2).any(|w| w[0] == "per" && w[1] == "cent");
    let before_christ = has("bc") || has("bce") || has("b.c");
    // "6 cents", "6¢": an amount of money in hundredths, which "$0.06" also is.
    let per_cent = lower.windows(2).any(|w| w[0] == "per" && w[1] == "cent");
    let cents = currency.is_none()
        && !per_cent
        && (has("cents") || has("cent") || toks.iter().any(|t| t.text == "¢"));
    let hundredth = if cents { 0.01 } else { 1.0 };
    let currency = if cents { Some("USD") } else { currency };
    let read = |value: f64, step: f64, unit, scaled, share, last: Option<Unit>| ReadNumber {
        value: value * hundredth,
        scaled,
        unit,
        currency,
        step: step * hundredth,
        percent,
        share,
        compound: last.is_some(),
        before_christ,
        last: last.or(unit),
    };
    if units {
        if let Some((value, step)) = clock(&toks) {
            let last = lookup_unit(if step < 1.0 / 60.0 {
                "seconds"
            } else {
                "minutes"
            });
            return Some(read(value, step, lookup_unit("hours"), false, false, last));
        }
    }
    for i in 0..toks.len() {
        if let Some((years, _)) = crate::quantity::century_phrase(&toks, i) {
            return Some(read(years, 1.0, lookup_unit("years"), false, false, None));
        }
        if let Some(n) = ordinal_at(&toks, i) {
            return Some(read(n, 1.0, None, false, false, None));
        }
        let Some(a) = amount_at(&src, &toks, i, units) else {
            continue;
        };
        let negative = i > 0
            && (minus_at(&toks, i - 1) || matches!(lower[i - 1].as_str(), "minus" | "negative"));
        let sign: f64 = if negative { -1.0 } else { 1.0 };
        let (value, unit, step, last, end) = match a.unit.map(|u| (u, a.end)) {
            Some((unit, next)) => {
                let (v, step, last, end) = compound(&src, &toks, a.value, a.step, unit, next);
                (v, Some(unit), step, last, end)
            }
            None => (a.value, None, a.step, None, a.end),
        };
        // "89.2 below zero"; "243 days backwards" (heldout3: a retrograde rotation typed
        // with its direction in words).
        let below_zero = lower.get(end..).is_some_and(|rest| {
            rest.windows(2).any(|w| w[0] == "below" && w[1] == "zero")
                || rest
                    .iter()
                    .any(|w| matches!(w.as_str(), "backwards" | "backward" | "retrograde"))
        });
        let sign = if below_zero { -sign.abs() } else { sign };
        return Some(read(sign * value, step, unit, a.scaled, a.share, last));
    }
    None
}

/// `text` with multipliers written as one word spelled out: "sixfold" and "6x" read "six
/// times" and "6 times" (issue 11: "6 times" for a braced "sixfold").
fn multipliers(text: &str) -> String {
    text.split(' ')
        .map(|w| {
            let lower = w.to_lowercase();
            let number = |n: &str| {
                !n.is_empty()
                    && (n.chars().all(|c| c.is_ascii_digit())
                        || crate::quantity::small_number(n).is_some())
            };
            // "sixfod": one slip forgiven in the "fold" after a number word.
            let fold = lower.strip_suffix("fold").or_else(|| {
                (3..lower.len()).find_map(|k| {
                    let (n, rest) = (lower.get(..k)?, lower.get(k..)?);
                    (rest.len() >= 3
                        && crate::quantity::small_number(n).is_some()
                        && crate::quantity::one_edit(rest, "fold"))
                    .then_some(n)
                })
            });
            match (fold, lower.strip_suffix('x')) {
                (Some(n), _) if number(n) => format!("{n} times"),
                (_, Some(n)) if n.chars().all(|c| c.is_ascii_digit()) && !n.is_empty() => {
                    format!("{n} times")
                }
                _ => w.to_string(),
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// An ordinal at token `i`: "ninth", "nineth", "forty-second", "forty second".
fn ordinal_at(toks: &[Token], i: usize) -> Option<f64> {
    let t = toks.get(i)?;
    // "fourty" is a slip of forty, not of fourth: a number word first.
    let cardinal = small_number_loosely(t.text).is_some() && !t.lower().ends_with("th");
    let ordinal = crate::quantity::ordinal_word(t.text)
        .or_else(|| ordinal_word_loosely(t.text).filter(|_| !cardinal));
    if let Some(n) = ordinal {
        return Some(f64::from(n));
    }
    let tens = small_number_loosely(t.text).filter(|n| n % 10 == 0 && *n >= 20)?;
    let unit = ordinal_word_loosely(toks.get(i + 1)?.text).filter(|&u| (1..10).contains(&u))?;
    Some(f64::from(tens + unit))
}

/// A number, fraction or "a"/"an" before a unit at token `i`, with the unit after it.
fn amount_at(src: &str, toks: &[Token], i: usize, units: bool) -> Option<Amount> {
    let (value, step, scaled, share, end) = if let Some(f) = fraction::lead(toks, i) {
        scaled_fraction(src, toks, f.value, f.share, f.end)
    } else if let Some(mut m) = parse_number(src, toks, i, Leniency::Answer) {
        // "542 m/s", "540000 m³": a longer unit from the would-be scale wins.
        let longer = m.style.scale.is_some() && units;
        let unit_at_scale = longer
            .then(|| unit_after(src, toks, m.end - 1))
            .flatten()
            .filter(|(_, next)| *next > m.end);
        if let (Some((unit, next)), Some((factor, _))) = (unit_at_scale, m.style.scale.clone()) {
            return Some(Amount {
                value: m.value / factor,
                step: m.style.step() / factor,
                scaled: false,
                share: false,
                end: next,
                unit,
            });
        }
        let as_unit = if units { unscale(&mut m) } else { None };
        if let Some(unit) = as_unit {
            return Some(Amount {
                value: m.value,
                step: m.style.step(),
                scaled: false,
                share: false,
                end: m.end,
                unit: Some(unit),
            });
        }
        match fraction::after(toks, m.end, m.value) {
            Some(f) => scaled_fraction(src, toks, f.value, f.share, f.end),
            None => (
                m.value,
                m.style.step(),
                m.style.scale.is_some(),
                false,
                m.end,
            ),
        }
    } else if matches!(toks[i].lower().as_str(), "a" | "an") {
        // "a year and three months": the article is one of the unit.
        let (unit, end) = unit_after(src, toks, i + 1).filter(|(u, _)| u.is_some())?;
        return Some(Amount {
            value: 1.0,
            step: 1.0,
            scaled: false,
            share: false,
            end,
            unit,
        });
    } else {
        return None;
    };
    let (unit, end) = match unit_after(src, toks, end) {
        Some((unit, next)) if units => (unit, next),
        _ => (None, end),
    };
    Some(Amount {
        value,
        step,
        scaled,
        share,
        end,
        unit,
    })
}

/// A fraction with the scale word after it: "eight and a half million", "half a million
/// dollars" (the article between is the scale's). Value, step, scaled, share, index after.
fn scaled_fraction(
    src: &str,
    toks: &[Token],
    value: f64,
    share: bool,
    end: usize,
) -> (f64, f64, bool, bool, usize) {
    let step = fraction_step(value, value.trunc() != 0.0);
    let article = toks
        .get(end)
        .is_some_and(|t| matches!(t.lower().as_str(), "a" | "an"));
    let at = if article { end + 1 } else { end };
    match scale_after(src, toks, at, Leniency::Answer) {
        Some((factor, _, next)) => (value * factor, step * factor, true, false, next),
        None => (value, step, false, share, end),
    }
}

/// The step a fraction is written to: "six and a half hours" is 6.65 hours rounded to the
/// half hour (close for six hours and 39 minutes), "two and a quarter" to the quarter; other
/// fractions, and a share alone ("a half" is no rounding of 40 %), to their decimals.
fn fraction_step(value: f64, whole: bool) -> f64 {
    let part = value.fract().abs();
    if !whole {
        return if (value * 10.0).fract().abs() < 1e-9 {
            0.1
        } else {
            0.01
        };
    }
    if (part - 0.5).abs() < 1e-9 {
        0.5
    } else if (part - 0.25).abs() < 1e-9 || (part - 0.75).abs() < 1e-9 {
        0.25
    } else if (value * 10.0).fract().abs() < 1e-9 {
        0.1
    } else {
        0.01
    }
}

/// "2:01:09" or "1:48": hours, minutes and seconds, in hours, with the step of the last part.
fn clock(toks: &[Token]) -> Option<(f64, f64)> {
    let parts: Vec<&Token> = toks.iter().filter(|t| !t.is_sym(':')).collect();
    let colons = toks.iter().filter(|t| t.is_sym(':')).count();
    let glued = toks.windows(2).all(|w| w[0].end == w[1].start);
    if !glued || !(1..=2).contains(&colons) || parts.len() != colons + 1 {
        return None;
    }
    let nums: Vec<f64> = parts
        .iter()
        .map(|t| t.text.parse::<f64>().ok())
        .collect::<Option<_>>()?;
    if nums[1..].iter().any(|&n| n >= 60.0) {
        return None;
    }
    let hours = nums
        .iter()
        .zip([1.0, 60.0, 3600.0])
        .map(|(n, d)| n / d)
        .sum();
    Some((hours, 1.0 / [60.0, 3600.0][colons - 1]))
}

/// Takes back a scale that is a unit where the answer has units: "8m" is 8 metres (or
/// minutes after hours), "184 K" is kelvins, never 8 million or 184,000. Returns the unit.
fn unscale(m: &mut NumMatch) -> Option<Unit> {
    let (factor, written) = m.style.scale.clone()?;
    let unit = lookup_answer_unit(written.trim())?;
    m.value /= factor;
    m.style.scale = None;
    Some(unit)
}

/// The unit written at token `j` ("km", "km per hour", "-day", "sq mi", "°C", "'"), with the
/// index after it; a `None` unit for "degrees" alone (a temperature in the asked scale).
fn unit_after(src: &str, toks: &[Token], j: usize) -> Option<(Option<Unit>, usize)> {
    let first = toks.get(j)?;
    let start = if first.is_sym('-') { j + 1 } else { j };
    if let Some((unit, next)) = glued_unit(src, toks, start, lookup_unit) {
        return Some(per_time(unit, toks, next).map_or((Some(unit), next), |(u, n)| (Some(u), n)));
    }
    if let Some(found) = unit_words(toks, start) {
        return Some(found);
    }
    // Marks and forms read only in answers ("6'5\"", "77 in", "184 K"), one token or two.
    let two = toks.get(start + 1).filter(|t| t.start == first.end);
    let pair = two.and_then(|t| lookup_answer_unit(&src[first.start..t.end]));
    match pair {
        Some(unit) => Some((Some(unit), start + 2)),
        None => lookup_answer_unit(first.text).map(|u| (Some(u), start + 1)),
    }
}

/// "1 h 48 min", "5 ft 10 in", "6'5\"", "a year and three months", "6 feet 5": smaller units
/// of the same kind after the first, added to `value` (in `unit`); a bare number after hours
/// counts minutes, after feet inches. Returns the total, the step of its last part (both in
/// `unit`), the unit of the last part when there were parts, and the index after.
fn compound(
    src: &str,
    toks: &[Token],
    mut value: f64,
    mut step: f64,
    unit: Unit,
    mut j: usize,
) -> (f64, f64, Option<Unit>, usize) {
    let mut last = unit;
    let mut parts = None;
    loop {
        let k = match toks.get(j) {
            Some(t) if t.is_sym(',') || t.lower() == "and" => j + 1,
            _ => j,
        };
        if let Some(f) = fraction::lead(toks, k).filter(|_| k > j) {
            // "a year and a quarter", "an hour and a half": written to the fraction's own
            // digits, as "1.5 hours" is, so that "half an hour" is not one step off.
            value += f.value * last.factor / unit.factor;
            let step = fraction_step(f.value, true) * last.factor / unit.factor;
            return (value, step, Some(last), f.end);
        }
        let Some(mut m) = parse_number(src, toks, k, Leniency::Answer) else {
            break;
        };
        // "48m" after hours is minutes, after metres nothing else: never 48 million.
        let m_suffix = unscale(&mut m).is_some();
        let written = unit_after(src, toks, m.end).and_then(|(u, n)| u.map(|u| (u, n)));
        let at_end = m.end == toks.len();
        let bare = |name: &str| lookup_unit(name).map(|u| (u, m.end));
        // "94h 33' 14\"": after hours a prime is minutes and a double prime seconds (the
        // marks of arc and of time), never feet and inches.
        let mark = toks.get(m.end).map(|t| t.text);
        let primed = match (last.name, mark) {
            ("hour", Some("'" | "′" | "’")) => lookup_unit("minutes").map(|u| (u, m.end + 1)),
            ("minute", Some("\"" | "″" | "”")) => {
                lookup_unit("seconds").map(|u| (u, m.end + 1))
            }
            _ => None,
        };
        let written = primed.or(written);
        let next = match (written, last.name) {
            (Some((u, after)), _) if u.dim == unit.dim && u.factor < last.factor => {
                Some((u, after))
            }
            (None, "hour") if m_suffix || at_end => bare("minutes"),
            (None, "minute") if at_end => bare("seconds"),
            (None, "foot") if at_end => bare("inches"),
            _ => None,
        };
        let Some((part, after)) = next else {
            break;
        };
        value += m.value * part.factor / unit.factor;
        step = m.style.step() * part.factor / unit.factor;
        last = part;
        parts = Some(part);
        j = after;
    }
    (value, step, parts, j)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_numbers_people_type() {
        let cases: &[(&str, f64, bool)] = &[
            ("12", 12.0, false),
            ("12 countries", 12.0, false),
            ("twelve", 12.0, false),
            ("16k", 16_000.0, true),
            ("16,000", 16_000.0, false),
            ("16 000", 16_000.0, false),
            ("14bn", 14e9, true),
            ("$14B", 14e9, true),
            ("about 14 billion dollars", 14e9, true),
            ("4.8%", 4.8, false),
            ("4,8", 4.8, false),
            ("4,8 %", 4.8, false),
            ("12,50", 12.5, false),
            ("1,500", 1500.0, false),
            ("14 mil", 14e6, true),
            ("45th", 45.0, false),
            ("forty-fifth", 45.0, false),
            ("eight and a half million", 8.5e6, true),
            ("half a million dollars", 5e5, true),
        ];
        for (text, value, scaled) in cases {
            let n = read_number(text, false).unwrap();
            assert_eq!((n.value, n.scaled), (*value, *scaled), "{text}");
        }
        assert_eq!(read_number("$14B", false).unwrap().currency, Some("USD"));
        assert_eq!(
            read_number("8.849 km", true).unwrap().unit.map(|u| u.name),
            Some("kilometre")
        );
        assert_eq!(read_number("no idea", false), None);
        assert_eq!(read_number("8,849 m", true).unwrap().value, 8_849.0);
        assert_eq!(read_number("5m", false).unwrap().value, 5e6);
    }
}
