//! What a card's sentence already pins down about any wrong value for its answer: the
//! window every distractor, and so every true/false swap (drawn from the same options),
//! must fall in. A value the prompt itself rules out reads as a trick, not a slip (issue 10,
//! round 10: 12 of 21 C grades were options the sentence made impossible, 3 more swaps that
//! contradicted a figure printed beside them).

use super::{date_key, range, sort_key};
use crate::quantity::{self, Kind, Quantity, Value};
use std::cmp::Ordering;

/// Open bounds on a wrong value's sort key (see `sort_key`): above `floor`, below `ceiling`.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Window {
    /// Every wrong value lies above this.
    pub floor: Option<f64>,
    /// Every wrong value lies below this.
    pub ceiling: Option<f64>,
}

impl Window {
    /// Whether a value with sort key `key` lies inside.
    pub fn admits(&self, key: f64) -> bool {
        self.floor.is_none_or(|f| key > f) && self.ceiling.is_none_or(|c| key < c)
    }

    /// Narrows the window by a bound at `key` lying on side `side` of the answer (`Less`: a
    /// floor, `Greater`: a ceiling); the tighter bound wins.
    pub(crate) fn bound(&mut self, key: f64, side: Ordering) {
        match side {
            Ordering::Less => self.floor = Some(self.floor.map_or(key, |f| f.max(key))),
            Ordering::Greater => self.ceiling = Some(self.ceiling.map_or(key, |c| c.min(key))),
            Ordering::Equal => {}
        }
    }
}

/// The window the sentence `text` leaves for wrong values of its figure `q`.
pub fn window(text: &str, q: &Quantity) -> Window {
    let mut w = Window::default();
    if let Some((o, side)) = range::other_end(text, q) {
        w.bound(sort_key(&o.value), side);
    }
    let found = quantity::find(text);
    for (key, side) in in_order(&found, q)
        .into_iter()
        .chain(inside_span(text, &found, q))
        .chain(inside_decade(text, &found, q))
    {
        w.bound(key, side);
    }
    let pinned = mach(text, q)
        .into_iter()
        .chain(until(text, &found, q))
        .chain(match_minute(text, q))
        .chain(after_a_named_day(text, q))
        .chain(semi_finalist(text, q))
        .chain(the_lesser_part(text, q))
        .chain(after_all(text, q))
        .chain(record(text, &found, q))
        .chain(ranked_among(&found, q))
        .chain(biggest_first(text, &found, q));
    // Here a range is one figure: "25 to 50 million of them" is one part, "to 350–375
    // million" one end of a fall.
    let joined = quantity::join_ranges(text, found.clone());
    let pinned = pinned
        .chain(part_of_whole(text, &joined, q))
        .chain(within_labor_force(text, &found, q))
        .chain(from_to(text, &joined, q))
        .chain(just_then(text, &joined, q))
        .chain(as_many_as(text, &joined, q))
        .chain(held_since(text, q))
        .chain(before_that(text, &found, q))
        .chain(as_of(text, &found, q))
        .chain(siblings(&found, q));
    for (key, side) in pinned {
        w.bound(key, side);
    }
    w
}

/// Values spread across a window closed on both sides, nearest the answer first: a span
/// or extra time may hold too few of the usual slips ("the 101st minute" has only the
/// 91st to the 120th). Dates have slips enough of their own.
pub fn spread(w: &Window, q: &Quantity) -> Vec<Value> {
    let (Some(lo), Some(hi)) = (w.floor, w.ceiling) else {
        return Vec::new();
    };
    let Some(answer) = q
        .value
        .number()
        .filter(|_| !matches!(q.value, Value::Date(_)))
    else {
        return Vec::new();
    };
    let unit = super::rounding_unit(q);
    let step = ((hi - lo) / 8.0).max(unit);
    (1..=8)
        .flat_map(|k| [answer - step * f64::from(k), answer + step * f64::from(k)])
        .map(|n| (n / unit).round() * unit)
        .filter(|&n| n > lo && n < hi)
        .map(|n| match q.value {
            Value::Year(_) => Value::Year(n as i32),
            _ => q.value.with_number(n),
        })
        .collect()
}

/// The year of a dated value.
fn year(v: &Value) -> Option<i32> {
    match v {
        Value::Year(y) => Some(*y),
        Value::Date(d) => d.year,
        _ => None,
    }
}

/// Where another dated value `o` bounds the answer `a`, as a key in `a`'s terms: a date in
/// a year bounds a year answer by the whole year, and a year a dated answer likewise.
fn key_as(a: &Value, o: &Value, side: Ordering) -> Option<f64> {
    let past = if side == Ordering::Less { -0.5 } else { 0.5 };
    match (a, o) {
        (Value::Year(_), Value::Year(x)) => Some(f64::from(*x)),
        (Value::Year(_), Value::Date(d)) => Some(f64::from(d.year?) + past),
        (Value::Date(_), Value::Date(_)) => Some(sort_key(o)),
        // A date key counts 400 a year (see `sort_key`): the year's start or its end.
        (Value::Date(_), Value::Year(x)) => {
            let edge = if side == Ordering::Less { *x } else { x + 1 };
            Some(f64::from(edge) * 400.0)
        }
        _ => None,
    }
}

/// Days known by a name rather than written as dates.
const NAMED_DAYS: &[(&str, (i32, u8, u8))] = &[("9/11", (2001, 9, 11))];

/// "After its only crash on 25 July 2000, together with the … effects of the 9/11 attacks,
/// flights stopped on _____": a date a sentence opening on "After" tells after a day known by
/// its name falls after that day (round 55b: a swap to 3 July 2001, C; 15 April 2001, B).
fn after_a_named_day(text: &str, q: &Quantity) -> Vec<(f64, Ordering)> {
    let dated = matches!(q.value, Value::Date(d) if d.year.is_some());
    let before = &text[..q.span.start];
    if !dated || !before.starts_with("After ") {
        return Vec::new();
    }
    NAMED_DAYS
        .iter()
        .filter(|(name, _)| before.contains(name))
        .map(|&(_, (y, m, day))| date_key(y, m, day))
        .filter(|&k| k < sort_key(&q.value))
        .map(|k| (k, Ordering::Less))
        .collect()
}

/// Bounds from the sentence's other dates when all of them, read in order, run forward in
/// time ("Work on the ship began on March 31, 1909, and she was launched on May 31, 1911"):
/// the nearest earlier date written before the answer is a floor, the nearest later one
/// after it a ceiling. A sentence whose dates jump back ("Until 2018 … in 1998 … in 2006")
/// sets no order, and none is invented.
fn in_order(found: &[Quantity], q: &Quantity) -> Vec<(f64, Ordering)> {
    let dated: Vec<&Quantity> = found
        .iter()
        .filter(|o| matches!(o.kind, Kind::Date | Kind::Year) && year(&o.value).is_some())
        .collect();
    let (Some(at), Some(_)) = (dated.iter().position(|o| o.span == q.span), year(&q.value)) else {
        return Vec::new();
    };
    let forward = dated.windows(2).all(|p| match (p[0].value, p[1].value) {
        (Value::Date(_), Value::Date(_)) => sort_key(&p[0].value) <= sort_key(&p[1].value),
        (a, b) => year(&a) <= year(&b),
    });
    if !forward {
        return Vec::new();
    }
    let answer = sort_key(&q.value);
    let floor = dated[..at]
        .iter()
        .rev()
        .filter_map(|o| key_as(&q.value, &o.value, Ordering::Less))
        .find(|&k| k < answer)
        .map(|k| (k, Ordering::Less));
    let ceiling = dated[at + 1..]
        .iter()
        .filter_map(|o| key_as(&q.value, &o.value, Ordering::Greater))
        .find(|&k| k > answer)
        .map(|k| (k, Ordering::Greater));
    floor.into_iter().chain(ceiling).collect()
}

/// A year or date inside a range the sentence prints ("one after another from 2009 to
/// 2015; the only gap was … in 2011"): wrong values stay inside it.
fn inside_span(text: &str, found: &[Quantity], q: &Quantity) -> Vec<(f64, Ordering)> {
    if !matches!(q.value, Value::Year(_) | Value::Date(_)) {
        return Vec::new();
    }
    let answer = sort_key(&q.value);
    found
        .iter()
        .filter(|o| o.span != q.span && o.kind == q.kind)
        .find_map(|start| {
            let (end, side) = range::other_end(text, start)?;
            let (lo, hi) = (sort_key(&start.value), sort_key(&end.value));
            (side == Ordering::Greater && end.span != q.span && lo < answer && answer < hi)
                .then(|| vec![(lo, Ordering::Less), (hi, Ordering::Greater)])
        })
        .unwrap_or_default()
}

/// "the potato failures of the 1840s, the 1845 Irish famine and the 1846 Highland famine":
/// a year inside a decade its sentence names stays inside it (round 41: "the 1856 Highland
/// famine" as a swap, C).
fn inside_decade(text: &str, found: &[Quantity], q: &Quantity) -> Vec<(f64, Ordering)> {
    let Value::Year(y) = q.value else {
        return Vec::new();
    };
    found
        .iter()
        .filter(|o| o.span != q.span && text[o.span.end..].starts_with('s'))
        .find_map(|o| match o.value {
            Value::Year(d) if d % 10 == 0 && (d..d + 10).contains(&y) => Some(vec![
                (f64::from(d) - 0.5, Ordering::Less),
                (f64::from(d) + 9.5, Ordering::Greater),
            ]),
            _ => None,
        })
        .unwrap_or_default()
}

/// The sort key of a figure's top: a range's high end, else the figure.
fn top(p: &Quantity) -> f64 {
    sort_key(&p.range.as_ref().map_or(p.value, |e| e.high.value))
}

/// Words right after a figure that make it a part of the figure before ("some 25 to 50
/// million of them in Europe").
const PART_OF: &[&str] = &["of them", "of whom", "of which", "of these", "of those"];

/// "About 75 million people died worldwide, some 25 to 50 million of them in Europe": a
/// part stays below its whole, and the whole above the part's top (issue 10, round 12:
/// rated C, options for Europe's toll above the world's).
fn part_of_whole(text: &str, found: &[Quantity], q: &Quantity) -> Vec<(f64, Ordering)> {
    let is_part = |p: &Quantity| {
        let after = text.get(p.span.end..).unwrap_or_default().to_lowercase();
        let after = after.trim_start();
        PART_OF.iter().any(|w| after.starts_with(w))
    };
    // The whole of a part: the last figure of its kind before it.
    let whole_of = |part: &Quantity| {
        found
            .iter()
            .rfind(|o| o.kind == part.kind && o.span.end <= part.span.start)
    };
    let mut out = Vec::new();
    if is_part(q) {
        if let Some(whole) = whole_of(q) {
            out.push((sort_key(&whole.value), Ordering::Greater));
        }
    }
    for part in found.iter().filter(|p| p.span != q.span && is_part(p)) {
        if whole_of(part).is_some_and(|w| w.span == q.span) {
            out.push((top(part), Ordering::Less));
        }
    }
    out
}

/// The least share of the labor force at work: unemployment past 15 % is the Great
/// Depression's, not a slip in a monthly release.
const EMPLOYED_AT_LEAST: f64 = 0.85;

/// What a level of people the sentence gives counts: the labor force, those employed, or
/// neither (a change "by 925,000", or another count).
#[derive(PartialEq, Clone, Copy)]
enum Counts {
    LaborForce,
    Employed,
}

fn counts(text: &str, p: &Quantity) -> Option<Counts> {
    if p.kind != Kind::Count {
        return None;
    }
    let lead = text[..p.span.start].to_lowercase();
    let clause = lead.rsplit(['.', ';']).next().unwrap_or_default();
    let words: Vec<&str> = clause
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .collect();
    if words.last() == Some(&"by") {
        return None;
    }
    let last = words.iter().rposition(|w| {
        matches!(
            *w,
            "employment" | "employed" | "force" | "unemployment" | "unemployed"
        )
    })?;
    match words[last] {
        "force" if last > 0 && words[last - 1] == "labor" => Some(Counts::LaborForce),
        "employment" | "employed" => Some(Counts::Employed),
        _ => None,
    }
}

/// "The civilian labor force grew by 925,000 to 140.9 million … total employment rose … to
/// _____": the employed are the labor force less the unemployed, so employment stays under
/// the labor force the sentence gives and over `EMPLOYED_AT_LEAST` of it, and the labor
/// force the other way round (round 51: 151.4 and 86.5 million offered, rated C).
fn within_labor_force(text: &str, found: &[Quantity], q: &Quantity) -> Vec<(f64, Ordering)> {
    let Some(asked) = counts(text, q) else {
        return Vec::new();
    };
    let answer = q.value.number().unwrap_or_default();
    let other = found
        .iter()
        .filter(|o| o.span != q.span && counts(text, o).is_some_and(|c| c != asked))
        .find_map(|o| o.value.number());
    match (asked, other) {
        (Counts::Employed, Some(force)) if force > answer => vec![
            (force, Ordering::Greater),
            (EMPLOYED_AT_LEAST * force, Ordering::Less),
        ],
        (Counts::LaborForce, Some(employed)) if employed < answer => vec![
            (employed, Ordering::Less),
            (employed / EMPLOYED_AT_LEAST, Ordering::Greater),
        ],
        _ => Vec::new(),
    }
}

/// Verbs that say a figure went down, and up.
const FALLS: &[&str] = &[
    "fell",
    "fall",
    "falls",
    "cut",
    "dropped",
    "drop",
    "declined",
    "decreased",
    "lowered",
    "reduced",
    "shrank",
    "slipped",
    "lost",
];
const RISES: &[&str] = &[
    "rose",
    "rise",
    "rises",
    "grew",
    "grown",
    "increased",
    "climbed",
    "raised",
    "jumped",
];

/// "cut the world's population from an estimated 450 million to 350–375 million": after a
/// verb of falling, the figure before "to" stays above the one after it, and the other way
/// round after a verb of rising (issue 10, round 13: a swap "cut from 450 million to 450–475
/// million", rated C).
fn from_to(text: &str, found: &[Quantity], q: &Quantity) -> Vec<(f64, Ordering)> {
    for pair in found.windows(2) {
        let (a, b) = (&pair[0], &pair[1]);
        let gap = text.get(a.span.end..b.span.start).unwrap_or_default();
        let gap = gap.trim().to_lowercase();
        let lead = text[..a.span.start].to_lowercase();
        let from = lead
            .rfind("from ")
            .filter(|&at| lead[at..].split_whitespace().count() <= 4);
        if a.kind != b.kind || !matches!(gap.as_str(), "to" | "to between") || from.is_none() {
            continue;
        }
        let clause = lead.rsplit([';', '.']).next().unwrap_or_default();
        let words: Vec<&str> = clause.split(|c: char| !c.is_alphabetic()).collect();
        let falls = words.iter().any(|w| FALLS.contains(w));
        let rises = words.iter().any(|w| RISES.contains(w));
        let (key, side) = match (falls, rises, q.span == a.span, q.span == b.span) {
            (true, false, true, _) => (top(b), Ordering::Less),
            (true, false, _, true) => (sort_key(&a.value), Ordering::Greater),
            (false, true, true, _) => (sort_key(&b.value), Ordering::Greater),
            (false, true, _, true) => (top(a), Ordering::Less),
            _ => continue,
        };
        return vec![(clear_of(key, q), side)];
    }
    Vec::new()
}

/// "Ireland had about 8.5 million people; by 1901 it had just 4.4 million": a figure told
/// with "just" or "only" after a greater one of its kind stays well below it, and that one
/// well above it (round 52: 8.1 million offered, B).
fn just_then(text: &str, found: &[Quantity], q: &Quantity) -> Vec<(f64, Ordering)> {
    let mut out = Vec::new();
    for (k, b) in found.iter().enumerate() {
        let before_b = text[..b.span.start].trim_end().to_lowercase();
        if !before_b.ends_with(" just") && !before_b.ends_with(" only") {
            continue;
        }
        let greater = found[..k]
            .iter()
            .rev()
            .find(|a| a.kind == b.kind && !matches!(a.kind, Kind::Year | Kind::Date));
        let Some(a) = greater.filter(|a| sort_key(&a.value) > top(b)) else {
            continue;
        };
        if q.span == b.span {
            out.push((clear_of(sort_key(&a.value), q), Ordering::Greater));
        } else if q.span == a.span {
            out.push((clear_of(top(b), q), Ordering::Less));
        }
    }
    out
}

/// A bound from the other end of a fall or rise moved a fifth of the way to the key: "cut …
/// from an estimated 450 million to 350–375 million" tells a cut of 75 million or more, and
/// 380 million, a cut of a few million, read as filler (round 52f: B). Years and days keep
/// their bound as it is: a year on is a year on.
fn clear_of(key: f64, q: &Quantity) -> f64 {
    if matches!(q.value, Value::Date(_) | Value::Year(_)) {
        return key;
    }
    key + (sort_key(&q.value) - key) / 5.0
}

/// "Until 2018 France had won the World Cup only once, in 1998 – though they had reached
/// the final in 2006 too": what the sentence tells happened before the year after "until",
/// so that year stays after every earlier year it prints (round 10 offered 2002).
fn until(text: &str, found: &[Quantity], q: &Quantity) -> Vec<(f64, Ordering)> {
    let Value::Year(a) = q.value else {
        return Vec::new();
    };
    let before = text[..q.span.start].trim_end().to_lowercase();
    if !before.ends_with("until") {
        return Vec::new();
    }
    found
        .iter()
        .filter(|o| o.span != q.span)
        .filter_map(|o| match o.value {
            Value::Year(y) if y < a => Some(y),
            _ => None,
        })
        .max()
        .map(|y| vec![(f64::from(y), Ordering::Less)])
        .unwrap_or_default()
}

/// A Mach number stays on its side of the speed of sound, which its stated conversions or
/// the reader's knowledge fix ("Mach 0.85 (… 900 km/h)" is never 1.16), and above two when
/// the sentence says "twice the speed of sound" (Concorde's Mach 2.04 is never 1.80).
fn mach(text: &str, q: &Quantity) -> Vec<(f64, Ordering)> {
    let before = text[..q.span.start].trim_end();
    let Some(n) = q.value.number().filter(|_| before.ends_with("Mach")) else {
        return Vec::new();
    };
    let twice = text.to_lowercase().contains("twice the speed of sound");
    match (n > 1.0, twice && n > 2.0) {
        (_, true) => vec![(2.0, Ordering::Less)],
        (true, false) => vec![(1.0, Ordering::Less)],
        (false, false) => vec![(1.0, Ordering::Greater)],
    }
}

/// A record beside the one it broke ("broke the 200 metres world record twice, running
/// 19.30 in 2008 and 19.19 in 2009"; "lowered his record of 9.69 to 9.58"): a figure
/// timed to hundredths stays on its side of the other, and as near as the two are apart
/// thrice over (issue 10, round 10: 14.58 and 21.49 offered for 19.19, rated C).
fn record(text: &str, found: &[Quantity], q: &Quantity) -> Vec<(f64, Ordering)> {
    let Some(a) = q.value.number().filter(|_| q.style.num.decimals > 0) else {
        return Vec::new();
    };
    if !text.to_lowercase().contains("record") {
        return Vec::new();
    }
    let other = found.iter().find_map(|o| {
        let n = o.value.number()?;
        // "of 9.69 to 9.58 seconds": the unit is written once, the other figure bare.
        let bare = matches!(o.value, Value::Number(_));
        let alike = o.span != q.span
            && (o.kind == q.kind || bare)
            && o.style.num.decimals == q.style.num.decimals
            && (bare || std::mem::discriminant(&o.value) == std::mem::discriminant(&q.value));
        (alike && n != a && (n / a - 1.0).abs() < 0.1).then_some(n)
    });
    let Some(n) = other else {
        return Vec::new();
    };
    let reach = 3.0 * (n - a).abs();
    if n > a {
        vec![(n, Ordering::Greater), (a - reach, Ordering::Less)]
    } else {
        vec![(n, Ordering::Less), (a + reach, Ordering::Greater)]
    }
}

/// "England were the fifth country to win it, and the third host to do so": a place among
/// all is no lower than a place among some, so no option ranks before the smaller ordinal
/// beside it (round 25: "the second country … and the third host" rated C).
fn ranked_among(found: &[Quantity], q: &Quantity) -> Vec<(f64, Ordering)> {
    let Some(a) = q.value.number().filter(|_| q.kind == Kind::Ordinal) else {
        return Vec::new();
    };
    found
        .iter()
        .filter(|o| o.kind == Kind::Ordinal && o.span != q.span)
        .filter_map(|o| o.value.number())
        .filter(|&n| n < a)
        .fold(None, |m: Option<f64>, n| Some(m.map_or(n, |m| m.max(n))))
        .map(|n| vec![(n - 1.0, Ordering::Less)])
        .unwrap_or_default()
}

/// "The biggest losses were in industrial machinery, down 8,000 jobs, and in electronic
/// equipment, down 7,000": a list a superlative heads, written from the largest down, keeps
/// each figure's options between its neighbours (round 37: 4,000 to 6,000 offered for the
/// 8,000, below the 7,000 after it, rated B and C).
fn biggest_first(text: &str, found: &[Quantity], q: &Quantity) -> Vec<(f64, Ordering)> {
    const MOST: &[&str] = &["biggest", "largest", "greatest", "highest", "most", "top"];
    let Some(key) = q.value.number().filter(|_| q.kind == Kind::Count) else {
        return Vec::new();
    };
    let like: Vec<&Quantity> = found
        .iter()
        .filter(|o| o.kind == q.kind && o.range.is_none() && o.value.number().is_some())
        .collect();
    let first = like.first().map_or(0, |o| o.span.start);
    let heads = text[..first]
        .split(|c: char| !c.is_alphabetic())
        .any(|w| MOST.contains(&w.to_lowercase().as_str()));
    let values: Vec<f64> = like.iter().filter_map(|o| o.value.number()).collect();
    let falling = values.windows(2).all(|p| p[0] >= p[1]);
    let Some(at) = like.iter().position(|o| o.span == q.span) else {
        return Vec::new();
    };
    if !heads || !falling || like.len() < 2 {
        return Vec::new();
    }
    let after = values.get(at + 1).map(|&n| (n, Ordering::Less));
    let before = at
        .checked_sub(1)
        .map(|k| (values[k], Ordering::Greater))
        .filter(|(n, _)| *n > key);
    after.into_iter().chain(before).collect()
}

/// "about three to five months …; in the south-central part there are as many as six or
/// seven such months": the figure after "as many as" is the most of its sentence's like
/// figures (the same word after both), so its options stay above the others' high end and
/// theirs below its low end (round 26: "two or three" and "eight to ten" rated C). So with
/// "as much as" and shares: "fell by 20–25% …, in some towns by as much as 67%" is never
/// offered 70–75% (round 53: B).
fn as_many_as(text: &str, found: &[Quantity], q: &Quantity) -> Vec<(f64, Ordering)> {
    let most = |o: &Quantity| {
        let before = text[..o.span.start].trim_end().to_lowercase();
        before.ends_with("as many as") || before.ends_with("as much as")
    };
    let counted = |o: &Quantity| -> Option<String> {
        // "fell by 20–25% …, and in some towns by as much as 67%": shares are alike.
        if o.kind == Kind::Percent {
            return Some("percent".to_string());
        }
        text[o.span.end..]
            .split_whitespace()
            .take(2)
            .map(|w| w.trim_matches(|c: char| !c.is_alphabetic()).to_lowercase())
            .find(|w| w.len() > 3 && w.ends_with('s') && w != "such")
            .or_else(|| o.text.split_whitespace().last().map(str::to_lowercase))
    };
    let high = |o: &Quantity| {
        o.range
            .as_ref()
            .map_or(o.value.number(), |e| e.high.value.number())
    };
    let Some(mine) = counted(q) else {
        return Vec::new();
    };
    let like: Vec<&Quantity> = found
        .iter()
        .filter(|o| o.span != q.span && counted(o).as_deref() == Some(mine.as_str()))
        .collect();
    if most(q) {
        like.iter()
            .filter_map(|o| high(o))
            .map(|h| (h, Ordering::Less))
            .collect()
    } else {
        like.iter()
            .filter(|o| most(o))
            .filter_map(|o| o.value.number())
            .map(|l| (l, Ordering::Greater))
            .collect()
    }
}

/// "The rate has stayed at or below 5 percent since January 1998": a state held since a
/// date held since every later one too, so only earlier dates are wrong (round 27: later
/// months offered, rated C).
fn held_since(text: &str, q: &Quantity) -> Vec<(f64, Ordering)> {
    let before = text[..q.span.start].trim_end().to_lowercase();
    let Some(clause) = before.strip_suffix("since") else {
        return Vec::new();
    };
    let perfect = clause
        .split(|c: char| !c.is_alphabetic())
        .any(|w| matches!(w, "has" | "have" | "had"));
    let dated = matches!(q.kind, Kind::Date | Kind::Year);
    if perfect && dated {
        vec![(sort_key(&q.value), Ordering::Greater)]
    } else {
        Vec::new()
    }
}

/// "first ran the 100 m at the 2008 Olympics; before that he had already won … silver at
/// the 2007 World Championship": a date told after "before that" came earlier, so options
/// for the first stay after it (round 28: 1996 offered, rated C); "after that" the other
/// way round.
fn before_that(text: &str, found: &[Quantity], q: &Quantity) -> Vec<(f64, Ordering)> {
    if !matches!(q.kind, Kind::Date | Kind::Year) {
        return Vec::new();
    }
    let rest = text[q.span.end..].to_lowercase();
    let side = if rest.contains("before that") {
        Ordering::Less
    } else if rest.contains("after that") {
        Ordering::Greater
    } else {
        return told_after_that(text, found, q);
    };
    let marker = q.span.end
        + rest
            .find("before that")
            .or_else(|| rest.find("after that"))
            .unwrap_or(0);
    found
        .iter()
        .filter(|o| o.span.start > marker && matches!(o.kind, Kind::Date | Kind::Year))
        .map(|o| (sort_key(&o.value), side))
        .collect()
}

/// The other way round: the answer told after "before that" ("…at the 2008 Olympics;
/// before that he had … won silver at the _____ World Championship") came before the
/// dates told ahead of it (round 48: 2009 offered, C).
fn told_after_that(text: &str, found: &[Quantity], q: &Quantity) -> Vec<(f64, Ordering)> {
    let head = text[..q.span.start].to_lowercase();
    let (marker, side) = match (head.rfind("before that"), head.rfind("after that")) {
        (Some(b), a) if a.is_none_or(|a| a < b) => (b, Ordering::Greater),
        (_, Some(a)) => (a, Ordering::Less),
        _ => return Vec::new(),
    };
    found
        .iter()
        .filter(|o| o.span.end <= marker && matches!(o.kind, Kind::Date | Kind::Year))
        .map(|o| (sort_key(&o.value), side))
        .collect()
}

/// "As of 2016, he had won … from 2009 to 2015": no year of the sentence lies after the
/// year it is told as of (round 30: "2019 to 2025" offered, rated C).
fn as_of(text: &str, found: &[Quantity], q: &Quantity) -> Vec<(f64, Ordering)> {
    if !matches!(q.kind, Kind::Date | Kind::Year) {
        return Vec::new();
    }
    found
        .iter()
        .filter(|o| o.span != q.span && matches!(o.kind, Kind::Year))
        .filter(|o| {
            text[..o.span.start]
                .trim_end()
                .to_lowercase()
                .ends_with("as of")
        })
        .filter(|o| sort_key(&o.value) > sort_key(&q.value))
        .map(|o| (sort_key(&o.value) + 1.0, Ordering::Greater))
        .collect()
}

/// Bounds from a list of like figures around the answer: "adult men (3.2 percent),
/// teenagers (12.8 percent), whites (_____), Hispanics (5.6 percent)" is offered nothing far
/// below or above the list's own span ("1.5 percent" for whites: round 34, B). A quarter
/// of the span's ends either side.
fn siblings(found: &[Quantity], q: &Quantity) -> Vec<(f64, Ordering)> {
    let listed = matches!(
        q.kind,
        Kind::Percent | Kind::Count | Kind::Money | Kind::Measure
    );
    let unit_of = |v: &Value| match v {
        Value::Amount { unit, .. } => Some(unit.name),
        _ => None,
    };
    let Some(key) = q.value.number().filter(|&k| k > 0.0 && listed) else {
        return Vec::new();
    };
    let like: Vec<f64> = found
        .iter()
        .filter(|o| o.span != q.span && o.kind == q.kind && o.range.is_none())
        .filter(|o| unit_of(&o.value) == unit_of(&q.value))
        .filter_map(|o| o.value.number())
        .filter(|&n| n > 0.0)
        .collect();
    if like.len() < 2 {
        return Vec::new();
    }
    let lo = like.iter().copied().fold(key, f64::min);
    let hi = like.iter().copied().fold(key, f64::max);
    // "average highs of 43.8 °C, 46.4 °C, 45.5 °C and 41.9 °C": on a scale with an
    // arbitrary zero a quarter of the span, not of the figure (54.3 °C was offered; round
    // 38: C).
    if super::on_degrees(q) {
        let pad = (0.25 * (hi - lo)).max(1.5);
        return vec![(lo - pad, Ordering::Less), (hi + pad, Ordering::Greater)];
    }
    vec![(0.75 * lo, Ordering::Less), (1.25 * hi, Ordering::Greater)]
}

/// "Croatia won all three games": "all two games" is no English (two are "both"), so a
/// count after "all" keeps its options and swaps above two (round 53 preview).
fn after_all(text: &str, q: &Quantity) -> Vec<(f64, Ordering)> {
    let all = text[..q.span.start]
        .trim_end()
        .to_lowercase()
        .ends_with(" all");
    bound_if(q.kind == Kind::Count && all, 2.5, Ordering::Less)
}

/// The one bound `(at, side)` where `holds`, else none.
fn bound_if(holds: bool, at: f64, side: Ordering) -> Vec<(f64, Ordering)> {
    holds.then_some((at, side)).into_iter().collect()
}

/// "Jupiter is mostly hydrogen, and a quarter of its mass is helium": beside what a thing
/// is mostly made of, any other part is less than half (round 53: "half" offered, B).
fn the_lesser_part(text: &str, q: &Quantity) -> Vec<(f64, Ordering)> {
    let lower = text.to_lowercase();
    let mostly = ["mostly", "mainly", "largely"]
        .iter()
        .any(|w| lower.split(|c: char| !c.is_alphabetic()).any(|x| x == *w));
    let half = match q.kind {
        Kind::Fraction => 0.5,
        Kind::Percent => 50.0,
        _ => return Vec::new(),
    };
    let below = q.value.number().is_some_and(|n| n < half);
    bound_if(mostly && below, half, Ordering::Greater)
}

/// "Portugal finished _____, having lost 2–1 to England in the semi-final": a beaten
/// semi-finalist finishes third or fourth, never fifth or sixth (round 52: C).
fn semi_finalist(text: &str, q: &Quantity) -> Vec<(f64, Ordering)> {
    let lower = text.to_lowercase();
    let placed = ["finished", "placed", "came"]
        .iter()
        .any(|w| lower[..q.span.start].trim_end().ends_with(w));
    let lost = lower.contains("lost")
        && ["semi-final", "semifinal"]
            .iter()
            .any(|w| lower.contains(w));
    let n = q.value.number().unwrap_or_default();
    if q.kind != Kind::Ordinal || !placed || !lost || !(3.0..=4.0).contains(&n) {
        return Vec::new();
    }
    vec![(2.5, Ordering::Less), (4.5, Ordering::Greater)]
}

/// How far apart records of `q` may honestly lie: a goal's minute is told a minute or two
/// apart from one source to another (Haller's opener in the 1966 final is the 11th minute in
/// one, "after 12 minutes 32 seconds" in FIFA's; Weber's equaliser the 90th or the 89th), so
/// an option within two minutes of it is no honest wrong one (round 54: "12th" beside the
/// 11th and "89th" beside the 90th, C each).
pub(super) fn recorded_apart(q: &Quantity) -> f64 {
    if a_matchs_minute(q) {
        2.0
    } else {
        0.0
    }
}

/// Whether `q` is the minute of a match: an ordinal counting minutes ("the 11th minute").
fn a_matchs_minute(q: &Quantity) -> bool {
    q.kind == Kind::Ordinal && q.noun.as_deref().is_some_and(|n| n.starts_with("minute"))
}

/// The minute of a football match: 1 to 90, or 91 to 120 in extra time (the 1966 final's
/// "In extra time Hurst scored … in the 101st minute" is never the 78th or the 137th).
fn match_minute(text: &str, q: &Quantity) -> Vec<(f64, Ordering)> {
    let Some(n) = q.value.number().filter(|_| a_matchs_minute(q)) else {
        return Vec::new();
    };
    // Past the 90th is extra time whether or not the sentence says so.
    let mut out = if n > 90.0 {
        vec![(90.5, Ordering::Less), (120.5, Ordering::Greater)]
    } else {
        vec![(90.5, Ordering::Greater)]
    };
    // "France led 2–1 at half-time. In the _____ minute they went further ahead": a minute
    // told after the half-time score is in the second half (round 33: the 18th and 45th
    // offered, rated C).
    let before = text[..q.span.start].to_lowercase();
    if n > 45.0 && (before.contains("half-time") || before.contains("half time")) {
        out.push((45.5, Ordering::Less));
    }
    // "England were close to winning in normal time when Weber equalised in the 90th
    // minute": a goal that nearly came too late is in normal time's last ten minutes (round
    // 52: the 58th, 68th and 78th offered, C).
    let late = ["close to winning", "minutes from winning", "moments from"]
        .iter()
        .any(|w| before.contains(w));
    if late && (81.0..=90.0).contains(&n) {
        out.push((80.5, Ordering::Less));
    }
    // "in the 101st minute to make it 3–2 after the first 15 minutes of extra time": a goal
    // of extra time's first half falls by the 105th (round 52: the 109th and 113th, C).
    let after = text[q.span.end..].to_lowercase();
    let first_half = ["first 15 minutes of extra time", "first half of extra time"]
        .iter()
        .any(|w| after.contains(w));
    if n > 90.0 && n <= 105.0 && first_half {
        out.push((105.5, Ordering::Greater));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn beside_what_a_thing_is_mostly_any_other_part_is_under_half() {
        let text = "Jupiter is mostly hydrogen, and a quarter of its mass is helium.";
        let tries = ["a fifth of it", "a third of it", "two thirds of it"];
        assert_eq!(
            kept(text, "a quarter", &tries),
            ["a fifth of it", "a third of it"]
        );
        let plain = "Jupiter is hydrogen, and a quarter of its mass is helium.";
        assert_eq!(
            kept(plain, "a quarter", &tries),
            tries,
            "nothing said to be most"
        );
    }

    #[test]
    fn a_beaten_semi_finalist_finishes_third_or_fourth() {
        let text = "Portugal finished third, having lost 2–1 to England in the semi-final.";
        let tries = ["2nd", "4th", "5th", "6th"];
        assert_eq!(kept(text, "third", &tries), ["4th"]);
        let won = "Portugal finished third in the group.";
        assert_eq!(kept(won, "third", &tries), tries, "no semi-final lost");
    }

    #[test]
    fn a_match_minute_stays_in_the_part_of_the_match_the_sentence_tells() {
        let text = "In extra time Hurst scored in the 101st minute to make it 3–2 after the first 15 minutes of extra time.";
        let tries = ["91st", "96th", "104th", "109th", "113th"];
        assert_eq!(kept(text, "101st", &tries), ["91st", "96th", "104th"]);
        let close =
            "England were close to winning in normal time when Weber equalised in the 90th minute.";
        let normal = ["58th", "78th", "84th", "87th"];
        assert_eq!(kept(close, "90th", &normal), ["84th", "87th"]);
        let later = "In extra time Hurst scored in the 101st minute to make it 3–2.";
        assert_eq!(kept(later, "101st", &tries), tries, "no half told");
    }

    #[test]
    fn a_year_inside_a_decade_in_view_stays_inside_it() {
        let text = "It caused the failures of the 1840s, the 1845 Irish famine and the 1846 Highland famine.";
        assert_eq!(
            kept(text, "1846", &["1836", "1848", "1849", "1856"]),
            ["1848", "1849"]
        );
    }

    #[test]
    fn a_list_headed_by_a_superlative_keeps_its_order() {
        let text = "The biggest losses were in machinery, down 8,000 jobs, and in electronics, down 7,000.";
        assert_eq!(
            kept(text, "8,000", &["5,000", "6,000", "9,000", "10,000"]),
            ["9,000", "10,000"]
        );
        let plain = "Losses were in machinery, down 8,000 jobs, and in electronics, down 7,000.";
        assert_eq!(
            kept(plain, "8,000", &["5,000", "6,000", "9,000"]),
            ["5,000", "6,000", "9,000"],
            "no superlative, no order"
        );
    }

    #[test]
    fn employment_stays_within_the_labor_force_in_view() {
        let both = "The civilian labor force grew by 925,000 to 140.9 million. Total employment rose by about the same amount, to 135.2 million.";
        let tries = [
            "86.5 million",
            "121.7 million",
            "137.8 million",
            "151.4 million",
        ];
        assert_eq!(
            kept(both, "135.2 million", &tries),
            ["121.7 million", "137.8 million"]
        );
        // The labor force stays above employment, and within what 85 % at work allows.
        assert_eq!(
            kept(
                both,
                "140.9 million",
                &["130.0 million", "150.0 million", "160.0 million"]
            ),
            ["150.0 million"]
        );
        // A change "by" is neither; nor is the number of unemployed.
        let found = quantity::find(both);
        let change = found.iter().find(|q| q.text == "925,000").unwrap();
        assert!(within_labor_force(both, &found, change).is_empty());
        let jobless =
            "The labor force was 140.9 million, and the number of unemployed persons 5.7 million.";
        assert_eq!(
            kept(jobless, "5.7 million", &["3.6 million", "8.4 million"]),
            ["3.6 million", "8.4 million"]
        );
    }

    /// Wrong values kept for `answer` in `text` out of `tries`, in the order given.
    fn kept(text: &str, answer: &str, tries: &[&str]) -> Vec<String> {
        let found = quantity::find(text);
        let q = found
            .iter()
            .find(|q| q.text == answer)
            .unwrap_or_else(|| panic!("{answer} not found in {text}"));
        let w = window(text, q);
        tries
            .iter()
            .filter(|t| {
                let v = quantity::find(t).remove(0).value;
                w.admits(sort_key(&v))
            })
            .map(|t| t.to_string())
            .collect()
    }

    #[test]
    fn a_closed_window_is_filled_from_inside() {
        let text = "In extra time Hurst scored in the 101st minute.";
        let q = quantity::find(text).remove(0);
        let w = window(text, &q);
        let got: Vec<f64> = spread(&w, &q).iter().filter_map(Value::number).collect();
        assert!(got.len() >= 3, "{got:?}");
        assert!(got.iter().all(|n| (91.0..=120.0).contains(n)), "{got:?}");
        let open = quantity::find("Haller scored in the 12th minute.").remove(0);
        assert!(
            spread(&Window::default(), &open).is_empty(),
            "an open window"
        );
    }

    #[test]
    fn wrong_values_keep_what_the_sentence_shows() {
        // (sentence, answer, wrong values tried, those kept, why)
        type Case<'a> = (&'a str, &'a str, &'a [&'a str], &'a [&'a str], &'a str);
        let cases: &[Case] = &[
            (
                "Work on the ship began on March 31, 1909, and she was launched on May 31, 1911.",
                "March 31, 1909",
                &["June 1, 1905", "April 14, 1912", "January 2, 1911", "June 2, 1911"],
                &["June 1, 1905", "January 2, 1911"],
                "a start before the launch in view",
            ),
            (
                "Work on the ship began on March 31, 1909, and she was launched on May 31, 1911.",
                "May 31, 1911",
                &["June 19, 1905", "May 31, 1908", "June 1, 1909", "May 31, 1916"],
                &["June 1, 1909", "May 31, 1916"],
                "a launch after the start in view",
            ),
            (
                "Most places have 3 months of heat; some have as many as 6 such months.",
                "6",
                &["2 months", "4 months", "7 months", "9 months"],
                &["4 months", "7 months", "9 months"],
                "the most of its sentence stays above the rest",
            ),
            (
                "The population fell by 22% between 1841 and 1871, and in some towns it fell by as much as 67%.",
                "22%",
                &["30%", "60%", "70%"],
                &["30%", "60%"],
                "shares below the most told with as much as",
            ),
            (
                "He first ran it at the 2008 Olympics; before that he won silver at the 2007 championship.",
                "2008",
                &["1996", "2004", "2012"],
                &["2012"],
                "a date told after 'before that' came earlier",
            ),
            (
                "He first ran it at the 2008 Olympics; before that he won silver at the 2007 championship.",
                "2007",
                &["2003", "2005", "2009", "2011"],
                &["2003", "2005"],
                "the date told after 'before that' stays before the one ahead of it",
            ),
            (
                "As of 2016, he had won in 2009 and again in 2013.",
                "2009",
                &["2005", "2012", "2019"],
                &["2005", "2012"],
                "no year after the one the sentence is told as of",
            ),
            (
                "The rate has stayed at or below 5 percent since January 1998.",
                "January 1998",
                &["March 1997", "March 1998", "June 1999"],
                &["March 1997"],
                "a state held since a date holds since every later one",
            ),
            (
                "England were the fifth country to win it, and the third host to do so.",
                "fifth",
                &["the second host", "the third host", "the sixth host"],
                &["the third host", "the sixth host"],
                "a place among all no lower than one among some",
            ),
            (
                "Until 2018 France had won the World Cup only once, in 1998, though they reached the final in 2006 too.",
                "1998",
                &["1990", "2010", "2022"],
                &["1990", "2010", "2022"],
                "dates out of order set no order",
            ),
            (
                "He won one after another from 2009 to 2015; the only gap was a false start in 2011.",
                "2011",
                &["2008", "2013", "2014", "2016", "2021"],
                &["2013", "2014"],
                "a year inside a span in view",
            ),
            (
                "It flew at more than twice the speed of sound, at Mach 2.04 (1,354 mph).",
                "2.04",
                &["1.55", "1.80", "2.53"],
                &["2.53"],
                "more than twice the speed of sound",
            ),
            (
                "The wings allow a cruise speed of Mach 0.85 (490 kn; 560 mph; 900 km/h).",
                "0.85",
                &["0.54", "1.16", "8.05", "0.95"],
                &["0.54", "0.95"],
                "subsonic beside its conversions",
            ),
            (
                "In extra time Hurst scored in the 101st minute, and again in the 120th minute.",
                "101st",
                &["78th", "90th", "98th", "137th"],
                &["98th"],
                "extra time is the 91st to 120th minute",
            ),
            (
                "France led 2–1 at half-time. In the 59th minute they went further ahead.",
                "59th",
                &["18th", "45th", "66th", "73rd"],
                &["66th", "73rd"],
                "a minute told after the half-time score is in the second half",
            ),
            (
                "Rates were adult men (3.2 percent), teenagers (12.8 percent), whites (3.5 percent) and Hispanics (5.6 percent).",
                "3.5 percent",
                &["1.5 percent", "2.6 percent", "4.4 percent", "17.0 percent"],
                &["2.6 percent", "4.4 percent"],
                "nothing far outside the list's own span",
            ),
            (
                "About 75 million people died worldwide, some 25 to 50 million of them in Europe.",
                "50 million",
                &["40 million", "70 million", "90 million", "120 million"],
                &["40 million", "70 million"],
                "a part below its whole",
            ),
            (
                "About 75 million people died worldwide, some 25 to 50 million of them in Europe.",
                "75 million",
                &["40 million", "60 million", "90 million"],
                &["60 million", "90 million"],
                "a whole above its part",
            ),
            (
                "The plague cut the world's population from an estimated 450 million to 350 million.",
                "350 million",
                &["300 million", "400 million", "460 million", "500 million"],
                &["300 million", "400 million"],
                "after a fall, below where it fell from",
            ),
            (
                "The plague cut the world's population from an estimated 450 million to 350 million.",
                "450 million",
                &["300 million", "400 million", "500 million"],
                &["400 million", "500 million"],
                "before a fall, above where it fell to",
            ),
            (
                "The plague cut the world's population from an estimated 450 million to 350–375 million.",
                "450 million",
                &["380 million", "400 million", "420 million", "500 million"],
                &["400 million", "420 million", "500 million"],
                "before a fall, a fifth of the way clear of where it fell to",
            ),
            (
                "Ireland had about 8.5 million people; by 1901 it had just 4.4 million.",
                "4.4 million",
                &["2.2 million", "5.5 million", "8.1 million", "8.6 million"],
                &["2.2 million", "5.5 million"],
                "told with just, well below the greater figure before it",
            ),
            (
                "Ireland had about 8.5 million people; by 1901 it had 4.4 million.",
                "4.4 million",
                &["2.2 million", "5.5 million", "8.1 million", "8.6 million"],
                &["2.2 million", "5.5 million", "8.1 million", "8.6 million"],
                "without just, nothing said of the two",
            ),
            (
                "Employment grew from 120 million to 135 million.",
                "135 million",
                &["110 million", "125 million", "150 million"],
                &["125 million", "150 million"],
                "after a rise, above where it rose from",
            ),
            (
                "Haller scored in the 12th minute.",
                "12th",
                &["30th", "95th"],
                &["30th"],
                "normal time",
            ),
            (
                "Bolt broke the 200 metres world record twice, running 19.30 in 2008 and 19.19 in 2009.",
                "19.19",
                &["14.58", "16.89", "19.02", "19.25", "19.35", "21.49"],
                &["19.02", "19.25"],
                "a record below the one it broke, and near it",
            ),
            (
                "In 2009 he lowered his 100 m world record of 9.69 to 9.58 seconds.",
                "9.58 seconds",
                &["7.28 seconds", "9.49 seconds", "9.62 seconds", "11.88 seconds"],
                &["9.49 seconds", "9.62 seconds"],
                "the unit written once",
            ),
            (
                "Until 2018 France had won only once, in 1998, though they had reached the final in 2006 too.",
                "2018",
                &["2002", "2010", "2014", "2022"],
                &["2010", "2014", "2022"],
                "after every year the sentence tells before it",
            ),
            (
                "The final was watched by 78,011 spectators.",
                "78,011",
                &["70,000", "90,000"],
                &["70,000", "90,000"],
                "nothing pinned",
            ),
        ];
        for (text, answer, tries, want, why) in cases {
            assert_eq!(kept(text, answer, tries), *want, "{why}: {text}");
        }
    }
}
