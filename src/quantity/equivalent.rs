//! A figure and its stated equivalent are one quantity (issue 10, "a figure with its
//! conversion beside it"): "ran 420 miles (676 km)", "rises 1,345 m (4,413 ft)", "4 °C or
//! 39 °F", "100 km/60 mi". The first figure is asked; the equivalent is hidden with it and
//! never asked on its own, so no question shows the answer in the other unit.

use super::{Kind, Quantity, Value};

/// Where the stated equivalent of `q` ends in `text` (the byte after its closing bracket),
/// when one follows `q` directly; `found` is every quantity of `text`, in order.
pub fn equivalent_end(text: &str, q: &Quantity, found: &[Quantity]) -> Option<usize> {
    if let Some(end) = time_in_another_zone(text, q, found) {
        return Some(end);
    }
    if !has_unit(q) && !is_mach(text, q) {
        return None;
    }
    if let Some(end) = restated_money(text, q) {
        return Some(end);
    }
    let mut later = found.iter().filter(|o| o.span.start >= q.span.end);
    let first = later.next()?;
    let gap = text.get(q.span.end..first.span.start)?.trim();
    // "(5.0–6.8 mi)": a figure the finder passes over ("5.0") may open the bracket.
    let opens = gap
        .strip_prefix(['(', '['])
        .is_some_and(|g| g.chars().all(|c| c.is_ascii_digit() || ".,–- ".contains(c)));
    match gap {
        _ if opens => bracket_end(text, first, later),
        // "4 °C or 39 °F", "100 km/60 mi": another unit of the same dimension, or money in
        // another currency; "six or seven months" is a range, not this.
        "or" | "/" if converts(q, first) => Some(first.span.end),
        // "1.8986 × 10^27 kg, or about 318 Earths": a hedged restatement after a comma.
        ", or about" | ", or roughly" | ", or some" | "or about" if converts(q, first) => {
            Some(first.span.end)
        }
        _ => None,
    }
}

/// "at 02:20 (05:18 GMT)": the same moment in another zone, in brackets right after a time
/// of day; the end of the bracket.
fn time_in_another_zone(text: &str, q: &Quantity, found: &[Quantity]) -> Option<usize> {
    let next = found.iter().find(|o| o.span.start >= q.span.end)?;
    let gap = text.get(q.span.end..next.span.start)?.trim();
    let both = q.kind == Kind::Time && next.kind == Kind::Time;
    let close = text.get(next.span.end..)?.trim_start().starts_with(')');
    (both && gap == "(" && close).then(|| {
        let rest = &text[next.span.end..];
        next.span.end + rest.find(')').map_or(0, |k| k + 1)
    })
}

/// Whether a quantity is written with a unit or currency, so that it can be converted.
fn has_unit(q: &Quantity) -> bool {
    matches!(q.kind, Kind::Measure | Kind::Duration | Kind::Money)
}

/// Words that may open a bracket of an equivalent: "(approximately $6,000,000 today)".
pub const HEDGES: &[&str] = &[
    "approximately",
    "about",
    "roughly",
    "around",
    "nearly",
    "c.",
    "~",
];

/// "$500,000 (approximately $6,000,000 today)", "$7,995 ($12.5 thousand in 2018 dollars)":
/// money restated in a bracket right after it, in today's or another year's money. The whole
/// bracket is the equivalent: its figure gives the answer away, and its year is no question.
fn restated_money(text: &str, q: &Quantity) -> Option<usize> {
    if q.kind != Kind::Money {
        return None;
    }
    let tail = text.get(q.span.end..)?;
    let inside = tail.trim_start().strip_prefix('(')?;
    let close = inside.find(')')?;
    let inside = &inside[..close];
    let mut rest = inside.trim_start();
    if let Some(h) = HEDGES.iter().find(|h| rest.starts_with(*h)) {
        rest = rest[h.len()..].trim_start();
    }
    let sign: String = rest
        .chars()
        .take_while(|c| !c.is_ascii_digit() && !c.is_whitespace())
        .collect();
    let money = !sign.is_empty() && super::currency_before(&sign).is_some();
    let short = inside.split_whitespace().count() <= 8 && !inside.contains([';', '(']);
    let opened = tail.len() - tail.trim_start().len() + 1;
    (money && short).then(|| q.span.end + opened + close + 1)
}

/// Whether `q` is a Mach number ("at Mach 2.04 (1,354 mph)"): a speed the finder reads as a
/// bare figure, whose bracket states it in mph or km/h.
pub fn is_mach(text: &str, q: &Quantity) -> bool {
    q.kind == Kind::Count
        && text
            .get(..q.span.start)
            .is_some_and(|t| t.trim_end().ends_with("Mach") && t.ends_with(' '))
}

/// Whether `b` states `a` in another unit or currency.
fn converts(a: &Quantity, b: &Quantity) -> bool {
    match (a.value, b.value) {
        (Value::Amount { unit: x, .. }, Value::Amount { unit: y, .. }) => {
            x.dim == y.dim && x.name != y.name
        }
        (Value::Money { currency: x, .. }, Value::Money { currency: y, .. }) => x != y,
        _ => false,
    }
}

/// The end of a bracket that holds only figures ("(676 km)", "(5.0–6.8 mi)", "(27,940 ft;
/// 8,516 m)", "(0.8 in)"): the first figure is no year or date, figures are joined only by
/// separators, and a short unit word the finder does not know may close it.
fn bracket_end<'a>(
    text: &str,
    first: &Quantity,
    mut rest: impl Iterator<Item = &'a Quantity>,
) -> Option<usize> {
    if matches!(first.kind, Kind::Year | Kind::Date) {
        return None; // "Everest (1953)" dates the name; it converts nothing.
    }
    let mut last = first;
    loop {
        let tail = text.get(last.span.end..)?;
        if let Some(close) = closing(tail) {
            return Some(last.span.end + close);
        }
        let next = rest.next()?;
        let gap = text.get(last.span.end..next.span.start)?.trim();
        // "(660 and 1,310 ft)" converts "between 200 and 400 metres"; in "(6 ft 5 in)" the
        // next part of a compound amount follows with no separator.
        let compound = gap.is_empty() && has_unit(last);
        if !compound && !matches!(gap, ";" | "," | "–" | "-" | "or" | "to" | "and") {
            return None;
        }
        last = next;
    }
}

/// The byte just past a closing bracket at the start of `tail`, allowing one unit word before
/// it that the finder does not read as a unit ("0.8 in)", "898 fathoms)"), or a short
/// qualifier ("2,180 km/h at cruise altitude)").
fn closing(tail: &str) -> Option<usize> {
    let close = tail.find([')', ']'])?;
    let inside = &tail[..close];
    let words: Vec<&str> = inside.split_whitespace().collect();
    let wordy = |w: &&str| {
        w.chars()
            .all(|c| c.is_alphabetic() || matches!(c, '.' | '²' | '³'))
    };
    let unit = words.len() == 1 && words[0].chars().count() <= 12;
    let qualifier = words.len() <= 3
        && words
            .iter()
            .skip(1)
            .all(|w| w.starts_with(char::is_lowercase));
    let fits = words.is_empty() || (words.iter().all(wordy) && (unit || qualifier));
    fits.then_some(close + 1)
}

#[cfg(test)]
mod tests {
    use super::super::find;
    use super::*;

    /// The text of the first figure's equivalent, with its brackets, if it has one.
    fn equivalent(text: &str) -> Option<String> {
        let found = find(text);
        let q = found.first()?;
        let end = equivalent_end(text, q, &found)?;
        Some(text[q.span.end..end].trim().to_string())
    }

    #[test]
    fn stated_equivalents_belong_to_their_figure() {
        let cases: &[(&str, Option<&str>, &str)] = &[
            (
                "Jupiter has a mass of 1.8986 × 10^27 kg, or about 318 Earths.",
                Some(", or about 318 Earths"),
                "a mass restated in Earth masses",
            ),
            (
                "It ran 420 miles (676 km) that day.",
                Some("(676 km)"),
                "bracketed conversion",
            ),
            (
                "The summit rises 8,848 metres (29,029 ft) above sea level.",
                Some("(29,029 ft)"),
                "metres to feet",
            ),
            (
                "It measures 636 km (395 mi) in length.",
                Some("(395 mi)"),
                "miles",
            ),
            (
                "Its height is 1.95 m (6 ft 5 in) in shoes.",
                Some("(6 ft 5 in)"),
                "a compound amount, whose inches the finder reads as a count",
            ),
            (
                "It flew at Mach 2.04 (1,354 mph or 2,180 km/h at cruise altitude), and",
                Some("(1,354 mph or 2,180 km/h at cruise altitude)"),
                "a Mach number's speeds",
            ),
            (
                "a cruise speed of Mach 0.85 (490 kn; 560 mph; 900 km/h).",
                Some("(490 kn; 560 mph; 900 km/h)"),
                "a Mach number's speeds, listed",
            ),
            ("It made 2.04 (1,354 mph) laps.", None, "no Mach, no speed"),
            (
                "it had cost almost $500,000 (approximately $6,000,000 today).",
                Some("(approximately $6,000,000 today)"),
                "money in today's dollars",
            ),
            (
                "a ticket cost $7,995 ($12.5 thousand in 2018 dollars), over 30 times",
                Some("($12.5 thousand in 2018 dollars)"),
                "money in another year's dollars, with that year",
            ),
            (
                "a ticket cost $7,995 (the cheapest seat), over 30 times",
                None,
                "a note, not money",
            ),
            (
                "It weighed 3.2 kg (7 lb 1 oz) at birth.",
                Some("(7 lb 1 oz)"),
                "pounds and ounces",
            ),
            (
                "its surface of 31,722 km2 (12,248 sq mi) is the largest",
                Some("(12,248 sq mi)"),
                "square miles",
            ),
            (
                "it grows wider by about 2 cm (0.8 in) every year",
                Some("(0.8 in)"),
                "a unit word not read",
            ),
            (
                "Lhotse, 8,516 m (27,940 ft); Nuptse, 7,855 m (25,771 ft)",
                Some("(27,940 ft)"),
                "only its own bracket",
            ),
            (
                "Height 1.95 m (6 ft 5 in)",
                Some("(6 ft 5 in)"),
                "an amount in parts",
            ),
            (
                "the towns lie 400 metres (660 and 1,310 ft) above",
                Some("(660 and 1,310 ft)"),
                "a range joined by and (its high end)",
            ),
            (
                "the rift is some 11 km (5.0–6.8 mi) beneath",
                Some("(5.0–6.8 mi)"),
                "a range inside",
            ),
            (
                "It carried 30 short tons (27 t) of cargo.",
                Some("(27 t)"),
                "short tons",
            ),
            (
                "The water is 4 °C or 39 °F at depth.",
                Some("or 39 °F"),
                "or, another unit",
            ),
            ("a limit of 100 km/60 mi each way", Some("/60 mi"), "slash"),
            (
                "It lasted six or seven months.",
                None,
                "a range, not a conversion",
            ),
            (
                "It lasted 6 months or 7 months.",
                None,
                "or with the same unit is a range",
            ),
            (
                "The peak (1953) is 8,848 m high.",
                None,
                "no unit before the bracket",
            ),
            (
                "It rose 8,848 m (in 1955) after all.",
                None,
                "a year in brackets dates it",
            ),
            (
                "striking workers (75,000) returned",
                None,
                "a count has no conversion",
            ),
            (
                "It is 8,848 m high (29,029 ft at the top, they say).",
                None,
                "words in the bracket",
            ),
        ];
        for (text, want, why) in cases {
            assert_eq!(equivalent(text).as_deref(), *want, "{why}: {text}");
        }
    }
}
