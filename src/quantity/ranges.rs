//! Ranges as one quantity (issue 10): "22–23%", "25 to 50 million", "between 350 and 400
//! million", "six or seven months". A blank on one end breaks the written figure (rubric
//! C), so the two ends found side by side are joined and asked as a whole.

use super::{Ends, Kind, Quantity, Value};

/// Verbs before "from" that make "from X to Y" a change, not a range ("fell from 450
/// million to 350 million").
const CHANGES: &[&str] = &[
    "rose",
    "risen",
    "rising",
    "fell",
    "fallen",
    "falling",
    "grew",
    "grown",
    "growing",
    "increased",
    "increasing",
    "decreased",
    "dropped",
    "declined",
    "reduced",
    "raised",
    "cut",
    "went",
    "gone",
    "changed",
    "expanded",
    "shrank",
    "climbed",
    "jumped",
    "lowered",
    "improved",
    "slipped",
    "soared",
    "plunged",
    "halved",
    "doubled",
    "moved",
    "lifted",
];

/// `found` (the quantities of `text`, in order) with each range's two ends joined into one.
pub fn join(text: &str, found: Vec<Quantity>) -> Vec<Quantity> {
    // An amount in parts is one figure first: "8 days, 3 hours" is no range of its parts.
    let found = super::parts::join(text, found);
    let mut out = Vec::with_capacity(found.len());
    let mut it = found.into_iter().peekable();
    while let Some(a) = it.next() {
        match it.peek().and_then(|b| joined(text, &a, b)) {
            Some(range) => {
                it.next();
                out.push(range);
            }
            None => out.push(a),
        }
    }
    out
}

/// The range `a` to `b` of `text`, if the two are its ends.
fn joined(text: &str, a: &Quantity, b: &Quantity) -> Option<Quantity> {
    let gap = text.get(a.span.end..b.span.start)?;
    if let Some(days) = day_range(a, b, gap.trim()) {
        return Some(Quantity {
            span: a.span.start..b.span.end,
            text: text[a.span.start..b.span.end].to_string(),
            value: Value::Date(days),
            ..b.clone()
        });
    }
    let before = words_before(text, a.span.start);
    let lent = lends(a, b);
    let ok = match gap.trim() {
        "-" | "–" | "—" => gap.len() <= 5,
        "to" => match before.first().map(String::as_str) {
            Some("from") => !before.get(1).is_some_and(|w| CHANGES.contains(&w.as_str())),
            // "rose 20 to 25 percent" is a change too.
            _ => lent && !before.iter().any(|w| CHANGES.contains(&w.as_str())),
        },
        // "at consecutive Games (2008 and 2012)": two years a bracket holds alone are one
        // answer, as "between 1841 and 1871" is (round 56 recall: Bolt's pair missed).
        "and" => before.first().is_some_and(|w| w == "between") || bracketed_years(text, a, b),
        // "six or seven months", not "10 km or 6 miles" (a conversion has its own unit).
        "or" => lent || same_unit(a, b) && a.kind != Kind::Year,
        _ => false,
    };
    if !ok || !askable_kind(b.kind) {
        return None;
    }
    let low = low_value(a, b)?;
    let rises = low.number()? < b.value.number()?;
    rises.then(|| Quantity {
        span: a.span.start..b.span.end,
        text: text[a.span.start..b.span.end].to_string(),
        kind: b.kind,
        value: low,
        noun: b.noun.clone().or_else(|| a.noun.clone()),
        style: b.style.clone(),
        range: Some(Box::new(Ends {
            low: a.clone(),
            high: b.clone(),
        })),
    })
}

/// Whether `a` and `b` are years that a bracket holds alone: "(2008 and 2012)".
fn bracketed_years(text: &str, a: &Quantity, b: &Quantity) -> bool {
    let years = a.kind == Kind::Year && b.kind == Kind::Year;
    let opens = text[..a.span.start].ends_with('(');
    let closes = text[b.span.end..].starts_with(')');
    years && opens && closes
}

/// "1 to 19 July": a bare day before a date is the first of a range of days, which dates
/// hold themselves ("11–12 June"), asked and graded as one date.
fn day_range(a: &Quantity, b: &Quantity, gap: &str) -> Option<super::Date> {
    let Value::Date(d) = b.value else {
        return None;
    };
    let last = d.day.filter(|_| d.end_day.is_none())?;
    // "the night of 14 April and the morning of 15 April 1912": a night across two days of
    // one month is one span; asking either day shows the other (rubric: answer in view).
    if let Value::Date(first) = a.value {
        let same_month = first.year.is_none() && first.month == d.month;
        let first = first
            .day
            .filter(|&f| same_month && first.end_day.is_none() && f < last)?;
        return (joins_days(gap) || night_to_morning(gap)).then_some(super::Date {
            day: Some(first),
            end_day: Some(last),
            ..d
        });
    }
    let first = a
        .value
        .number()
        .filter(|_| a.kind == Kind::Count && a.style.suffix.is_empty())?;
    let day = (1.0..f64::from(last)).contains(&first) && first.fract() == 0.0;
    let joins = joins_days(gap);
    (day && joins).then_some(super::Date {
        day: Some(first as u8),
        end_day: Some(last),
        ..d
    })
}

/// Whether `gap` joins two days as a range ("1 to 19 July", "11–12 June").
fn joins_days(gap: &str) -> bool {
    matches!(gap, "to" | "-" | "–" | "—")
}

/// "and the morning of", "and the early hours of": the end of a night named by its two days.
fn night_to_morning(gap: &str) -> bool {
    let words: Vec<&str> = gap.split_whitespace().collect();
    words.len() <= 5
        && words.first() == Some(&"and")
        && words.last() == Some(&"of")
        && words
            .iter()
            .any(|w| matches!(*w, "morning" | "hours" | "dawn"))
}

/// Kinds whose ranges are asked whole: dates keep their own day ranges ("11–12 June"), and
/// a range of positions ("5th to 8th") is rare and reads as two answers.
fn askable_kind(kind: Kind) -> bool {
    match kind {
        Kind::Year | Kind::Count | Kind::Percent | Kind::Money | Kind::Duration => true,
        Kind::Measure => true,
        Kind::Date | Kind::Ordinal | Kind::Fraction | Kind::Time | Kind::Multiple | Kind::Score => {
            false
        }
    }
}

/// Up to two lower-case words before `at`, nearest first.
fn words_before(text: &str, at: usize) -> Vec<String> {
    text.get(..at)
        .unwrap_or_default()
        .split_whitespace()
        .rev()
        .take(2)
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .collect()
}

/// Whether bare `a` takes its unit, sign or scale from `b` ("25 to 50 million", "20–25%").
fn lends(a: &Quantity, b: &Quantity) -> bool {
    let bare = a.kind == Kind::Count && a.style.suffix.is_empty() && a.style.prefix.is_empty();
    let b_more = b.kind != Kind::Count || b.style.num.scale.is_some() || b.noun.is_some();
    bare && a.style.num.scale.is_none() && b_more
}

/// Whether `a` and `b` are of one kind and unit ("8 km to 11 km", "$5 to $10").
fn same_unit(a: &Quantity, b: &Quantity) -> bool {
    a.kind == b.kind
        && match (a.value, b.value) {
            (Value::Amount { unit: x, .. }, Value::Amount { unit: y, .. }) => x.name == y.name,
            (Value::Money { currency: x, .. }, Value::Money { currency: y, .. }) => x == y,
            (Value::Year(_), Value::Year(_)) | (Value::Number(_), Value::Number(_)) => true,
            _ => false,
        }
}

/// The low end `a` in `b`'s kind, unit and scale: "25" of "25 to 50 million" is 25 million
/// (unless that passes `b`: "500 to 2 million" keeps its 500).
fn low_value(a: &Quantity, b: &Quantity) -> Option<Value> {
    let n = a.value.number()?;
    if same_unit(a, b) && (a.style.num.scale.is_some() || b.style.num.scale.is_none()) {
        return Some(a.value);
    }
    if !(lends(a, b) || same_unit(a, b)) {
        return None;
    }
    let factor = b.style.num.scale.as_ref().map_or(1.0, |(f, _)| *f);
    let high = b.value.number()?;
    let scaled = n * factor;
    Some(b.value.with_number(if scaled <= high { scaled } else { n }))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::quantity::find;

    #[test]
    fn a_day_before_a_date_opens_a_range_of_days() {
        let text = "The Tour was held from 1 to 19 July 1903 in six stages.";
        let found = join(text, find(text));
        let got: Vec<String> = found
            .iter()
            .take(1)
            .map(|q| format!("{}={}", q.text, q.value))
            .collect();
        assert_eq!(got, ["1 to 19 July 1903=1903-07-01/1903-07-19"]);
    }

    #[test]
    fn two_days_of_one_month_are_one_range() {
        // (sentence, the first quantity's text, its days when it is a range of days)
        type Case<'a> = (&'a str, &'a str, Option<(u8, u8)>);
        let cases: &[Case] = &[
            (
                "It sank during the night of 14 April and the morning of 15 April 1912.",
                "14 April and the morning of 15 April 1912",
                Some((14, 15)),
            ),
            (
                "It was held from 11 July to 30 July 1966.",
                "11 July to 30 July 1966",
                Some((11, 30)),
            ),
            // Two dates that are no span, or a night across two months: left apart.
            (
                "It left on 10 April and sank on 15 April 1912.",
                "10 April",
                None,
            ),
            (
                "The night of 30 March and the morning of 1 April 1912 passed.",
                "30 March",
                None,
            ),
        ];
        for (text, want_text, want_days) in cases {
            let found = join(text, find(text));
            let first = found.first().expect(text);
            let days = match first.value {
                Value::Date(d) => d.end_day.and_then(|end| Some((d.day?, end))),
                _ => None,
            };
            assert_eq!(
                (first.text.as_str(), days),
                (*want_text, *want_days),
                "{text}"
            );
        }
    }

    #[test]
    fn ranges_are_joined_and_changes_are_not() {
        // (sentence, ranges joined as "text=low value", in order)
        let cases: &[(&str, &[&str])] = &[
            ("It holds 22–23% of the water.", &["22–23%=22"]),
            (
                "It formed 25–30 million years ago.",
                &["25–30 million years=25000000 year"],
            ),
            (
                "Some 25 to 50 million of them lived there.",
                &["25 to 50 million=25000000"],
            ),
            (
                "It fell from an estimated 450 million to between 350 and 400 million.",
                &["350 and 400 million=350000000"],
            ),
            ("The ridge is 8–11 km wide.", &["8–11 km=8 kilometre"]),
            (
                "It lasted six or seven months.",
                &["six or seven months=6 month"],
            ),
            (
                "Between 7,000 and 12,000 soldiers died.",
                &["7,000 and 12,000=7000"],
            ),
            ("He ruled from 1981 to 2011.", &["1981 to 2011=1981"]),
            ("The war of 1845–1852 ended.", &["1845–1852=1845"]),
            (
                "He won both titles at consecutive Games (2008 and 2012).",
                &["2008 and 2012=2008"],
            ),
            ("Uruguay won in 1930 and 1950.", &[]),
            // A change, a score, a falling pair, a conversion: no range.
            ("Sales rose from 20 to 25 percent.", &[]),
            ("France led 2–1 at half time.", &[]),
            ("It is 10 km or 6 miles long.", &[]),
            ("In 1990 there were 40 people.", &[]),
            ("In the winter of 1846–47 many died.", &[]),
            ("It ran from 1 to 19 July 1903.", &[]),
        ];
        for (text, want) in cases {
            let got: Vec<String> = join(text, find(text))
                .into_iter()
                .filter(|q| q.range.is_some())
                .map(|q| format!("{}={}", q.text, q.value))
                .collect();
            assert_eq!(got, *want, "{text}");
        }
    }
}
