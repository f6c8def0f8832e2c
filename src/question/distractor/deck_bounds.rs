//! What the rest of the deck rules out for an option: a result of another race, a figure
//! past the deck's greatest of its kind, a period before the deck's earliest year. Each
//! reads only the pool's few marked entries, or its years, never the sentence alone.

use super::pinned;
use super::sort_key;
use crate::card::Card;
use crate::quantity::{Kind, Quantity, Value};
use crate::question::pool::{Entry, Pool};

/// What `text` says its figure `q` is the most of: "its greatest depth is 1,642 metres",
/// "the maximum depth of Lake Baikal is 1,642 m" → "depth". Read from the four words
/// before the figure.
pub(crate) fn most_of(text: &str, q: &Quantity) -> Option<String> {
    const MOST: &[&str] = &[
        "greatest", "maximum", "max", "highest", "longest", "largest",
    ];
    if q.kind == Kind::Count && holds(text, q) {
        return Some(CROWD.to_string());
    }
    if q.kind != Kind::Measure {
        return None;
    }
    let words: Vec<String> = text[..q.span.start]
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    let tail = &words[words.len().saturating_sub(5)..];
    tail.windows(2)
        .find(|p| MOST.contains(&p[0].as_str()))
        .map(|p| p[1].clone())
        .filter(|noun| noun.len() > 3)
}

/// What a venue's capacity caps: "Wembley Stadium, which held 98,600" bounds the deck's
/// attendance, spectators and crowds.
const CROWD: &str = "crowd";

/// Words that say a count is of people watching.
const WATCHING: &[&str] = &["attendance", "spectators", "crowd", "watched by"];

/// Whether `q` is a venue's capacity: "which held 98,600", "a capacity of 98,600".
fn holds(text: &str, q: &Quantity) -> bool {
    let before = text[..q.span.start].trim_end().to_lowercase();
    ["held", "holds", "capacity of", "seats"]
        .iter()
        .any(|w| before.ends_with(w))
}

/// The deck's "greatest depth" caps the options for any other depth of its (round 28 and
/// 29: Lake Baikal's basins offered 2,200 and 2,800 m beside a 1,642 m maximum, rated C),
/// and a venue's capacity the options for a crowd in it (the 1966 final's attendance of
/// 96,924 offered 101,770 and more beside Wembley's 98,600; rounds 53–54b: B and C).
pub(super) fn below_the_most(window: &mut pinned::Window, card: &Card, q: &Quantity, deck: &Pool) {
    let lower = card.text.to_lowercase();
    let crowd = q.kind == Kind::Count && WATCHING.iter().any(|w| lower.contains(w));
    if q.kind != Kind::Measure && !crowd {
        return;
    }
    for entry in deck.marked() {
        let Entry::Quantity {
            kind,
            value,
            most: Some(noun),
            ..
        } = entry
        else {
            continue;
        };
        // In one unit, so the figures compare as written.
        let same_dim = matches!(
            (value, q.value),
            (Value::Amount { unit: a, .. }, Value::Amount { unit: b, .. }) if a.name == b.name
        ) || noun == CROWD && crowd;
        let named = lower.contains(noun.as_str()) || noun == CROWD;
        let (cap, key) = (sort_key(value), sort_key(&q.value));
        // Its own card, or a figure already past the cap, sets nothing.
        if *kind == q.kind && same_dim && named && key < cap {
            window.bound(cap, std::cmp::Ordering::Greater);
        }
    }
}

/// "for nearly seven decades since Harry Truman spoke at NATO's founding": a time running
/// up to the deck's own year from something it tells lasts no longer than the deck's years
/// ("ten decades" in a deck of 1949–2018 would start before anything it tells; round 52: B
/// twice).
pub(super) fn within_the_decks_years(
    window: &mut pinned::Window,
    card: &Card,
    q: &Quantity,
    deck: &Pool,
) {
    let Value::Amount { amount: n, unit } = q.value else {
        return;
    };
    let since = card.text[q.span.end..].to_lowercase().contains(" since ");
    let year = crate::quantity::unit_by_name("year");
    let (Some(as_of), Some(first), Some(year)) = (card.as_of, earliest_year(deck), year) else {
        return;
    };
    if q.kind != Kind::Duration || !since || as_of <= first {
        return;
    }
    let cap = year.convert(f64::from(as_of - first + 1), unit);
    window.bound(cap.max(n) * 1.001, std::cmp::Ordering::Greater);
}

/// "the Tu-144, … which operated in the late 1970s" in a deck whose earliest year is 1962:
/// a decade wholly before anything the deck tells is no option for a later one (round 54d:
/// the 1940s and 1950s offered, before any supersonic airliner; C).
pub(super) fn decade_after_the_earliest(window: &mut pinned::Window, q: &Quantity, deck: &Pool) {
    let (Some(first), Value::Year(y)) = (earliest_year(deck), q.value) else {
        return;
    };
    let first_decade = first - first.rem_euclid(10);
    if y >= first_decade + 10 {
        window.bound(f64::from(first_decade) - 0.5, std::cmp::Ordering::Less);
    }
}

/// The earliest year any of the deck's answers is in, for a deck of two or more years.
pub(super) fn earliest_year(deck: &Pool) -> Option<i32> {
    year_span(deck).map(|(low, _)| low)
}

/// The latest year any of the deck's answers is in, for a deck of two or more years: the
/// text knows nothing after it, so a later year is no option for a year it tells of
/// ("Nobody else scored a hat-trick in a final until Mbappé in _____": 2030 and 2034
/// were offered, future World Cups; round 40: C).
pub(super) fn latest_year(deck: &Pool) -> Option<i32> {
    year_span(deck).map(|(_, high)| high)
}

/// The earliest and latest years of the deck's answers, if they differ.
fn year_span(deck: &Pool) -> Option<(i32, i32)> {
    let years = deck.0.iter().filter_map(|e| match e {
        Entry::Quantity {
            value: Value::Year(y),
            ..
        } => Some(*y),
        Entry::Quantity {
            value: Value::Date(d),
            ..
        } => d.year,
        _ => None,
    });
    let (low, high) = years.fold((i32::MAX, i32::MIN), |(l, h), y| (l.min(y), h.max(y)));
    (low < high).then_some((low, high))
}

/// A time in a race lies between the deck's times in shorter and longer races: a 150 m
/// best is slower than any 100 m time and faster than any 200 m time (round 26: 9.18 s
/// and 12.63 s offered for Bolt's 14.35 s over 150 m, rated C). Relays stand apart.
pub(super) fn between_races(
    window: &mut pinned::Window,
    q: &Quantity,
    race: Option<u32>,
    deck: &Pool,
) {
    let Some(r) = race.filter(|&r| r < 4000 && q.kind == Kind::Duration) else {
        return;
    };
    for entry in deck.marked() {
        let Entry::Quantity {
            kind,
            value,
            race: Some(other),
            ..
        } = entry
        else {
            continue;
        };
        let (time, a) = (sort_key(value), sort_key(&q.value));
        if *kind != q.kind || *other >= 4000 || *other == r {
            continue;
        }
        // A shorter race's time is below the answer's, a longer race's above.
        match (*other < r, time < a) {
            (true, true) => window.bound(time, std::cmp::Ordering::Less),
            (false, false) => window.bound(time, std::cmp::Ordering::Greater),
            _ => {}
        }
    }
}

/// No option crosses the deck's lead date (`pool::lead_of`): a text tells what led up to
/// its event and what followed, so the 747-200 of 1971 is offered no year before the first
/// 747 of 1968, and Harold's accession in January 1066 no "October 1066" before the battle
/// of 14 October 1066 (rounds 44–46: rated B and C). The lead is compared at the answer's
/// precision.
pub(super) fn beside_the_lead(window: &mut pinned::Window, card: &Card, q: &Quantity, deck: &Pool) {
    let own = crate::card::deck_key(&card.id.0);
    let lead = deck.marked().find_map(|e| match e {
        Entry::Quantity {
            value,
            lead: Some(d),
            ..
        } if *d == own => Some(*value),
        _ => None,
    });
    let Some((start, end)) = lead.and_then(|l| lead_span(&q.value, &l)) else {
        return;
    };
    // A day in the lead's year, a month beside it, or a run of days over it, is of the
    // lead's own story: Apollo 11's orbit of 19 July beside its landing on the 20th keeps
    // options on both sides (a bound there left only days before the launch), as does
    // Apollo 12's November beside July, offered the months of the deck's dates.
    let (key, last) = (
        sort_key(&q.value),
        sort_key(&q.value) + run_of_days(&q.value),
    );
    let apart = match q.value {
        Value::Date(d) if d.day.is_some() && d.year.is_some() => super::YEAR_UNITS,
        Value::Date(_) => super::MONTH_UNITS,
        _ => 1.0,
    };
    if last + apart <= start {
        window.bound(start, std::cmp::Ordering::Greater);
    } else if key >= end + apart {
        window.bound(end, std::cmp::Ordering::Less);
    }
}

/// How many days after its first a date's run of days ends ("11–30 July": 19).
fn run_of_days(v: &Value) -> f64 {
    match v {
        Value::Date(d) => super::season::span(d) as f64,
        _ => 0.0,
    }
}
/// The first and last sort keys the `lead` spans, at the precision of `answer`: a year's
/// whole year for a date, a day's month for a month. `None` where they do not compare.
fn lead_span(answer: &Value, lead: &Value) -> Option<(f64, f64)> {
    match (answer, lead) {
        (Value::Year(_), Value::Year(l)) => Some((f64::from(*l), f64::from(*l))),
        (Value::Year(_), Value::Date(l)) => l.year.map(|y| (f64::from(y), f64::from(y))),
        (Value::Date(a), Value::Year(l)) if a.year.is_some() => {
            Some((super::date_key(*l, 0, 0), super::date_key(*l, 12, 31)))
        }
        (Value::Date(a), Value::Date(l)) => {
            // A yearless answer ("On 14 April") is of the lead's year; a monthly one
            // compares with the lead's month.
            let year = if a.year.is_some() { l.year? } else { 0 };
            match (a.day, l.day) {
                (Some(_), Some(d)) => Some((
                    super::date_key(year, l.month, d),
                    super::date_key(year, l.month, d),
                )),
                (Some(_), None) => Some((
                    super::date_key(year, l.month, 0),
                    super::date_key(year, l.month, 31),
                )),
                (None, _) => Some((
                    super::date_key(year, l.month, 0),
                    super::date_key(year, l.month, 0),
                )),
            }
        }
        _ => None,
    }
}

/// A first dated to the day ("the first woman in space") lies between the deck's nearest
/// days before and after it: a first woman in space flew after the first human, a first
/// satellite before him (round 52: options for Tereshkova's flight of 1963 all before
/// Gagarin's of 1961, C; Sputnik's after it, B).
pub(super) fn between_deck_days(window: &mut pinned::Window, q: &Quantity, deck: &Pool) {
    let single =
        |d: &crate::quantity::Date| d.year.is_some() && d.day.is_some() && d.end_day.is_none();
    if !matches!(q.value, Value::Date(d) if single(&d)) {
        return;
    }
    let key = sort_key(&q.value);
    let (mut before, mut after) = (f64::NEG_INFINITY, f64::INFINITY);
    for e in &deck.0 {
        let Entry::Quantity {
            value: v @ Value::Date(d),
            ..
        } = e
        else {
            continue;
        };
        let k = sort_key(v);
        if !single(d) || k == key {
            continue;
        }
        if k < key {
            before = before.max(k);
        } else {
            after = after.min(k);
        }
    }
    if before.is_finite() {
        window.bound(before, std::cmp::Ordering::Less);
    }
    if after.is_finite() {
        window.bound(after, std::cmp::Ordering::Greater);
    }
}

/// Years a person is a child: no deed of theirs is offered in them.
const CHILDHOOD: i32 = 14;

/// "silver at the _____ World Championship" in the deck of a sprinter born in 1986: no
/// option falls before he was fourteen, where the answer does not (round 53: 1997, when he
/// was eleven, C twice). The birth is the deck's `pool::born_of`.
pub(super) fn after_childhood(window: &mut pinned::Window, card: &Card, q: &Quantity, deck: &Pool) {
    let born = marked_year(card, deck, |e| match e {
        Entry::Quantity { born, .. } => *born,
        Entry::Text { .. } => None,
    });
    let (Some(born), Some(year)) = (born, super::picks::year_of(&q.value)) else {
        return;
    };
    let grown = born + CHILDHOOD;
    if year >= grown {
        let key = match q.value {
            Value::Year(_) => f64::from(grown) - 0.5,
            _ => super::date_key(grown, 0, 0) - 0.5,
        };
        window.bound(key, std::cmp::Ordering::Less);
    }
}

/// The year of the deck's end date (`pool::end_of`), for a card of that deck.
pub(super) fn end_year(card: &Card, deck: &Pool) -> Option<i32> {
    marked_year(card, deck, |e| match e {
        Entry::Quantity { end, .. } => *end,
        Entry::Text { .. } => None,
    })
}

/// The year of the entry of `card`'s deck that `mark` names (`mark` gives the deck an
/// entry's mark is for: its end, its subject's birth).
fn marked_year(card: &Card, deck: &Pool, mark: impl Fn(&Entry) -> Option<u64>) -> Option<i32> {
    let own = crate::card::deck_key(&card.id.0);
    deck.marked().find_map(|e| match e {
        Entry::Quantity { value, .. } if mark(e) == Some(own) => super::picks::year_of(value),
        _ => None,
    })
}

/// The shares the deck tells as fractions, in percent, for an answer that is a percentage:
/// beside "about 8 to 12% helium" (by volume), "18 to 27%" holds the deck's "a quarter of
/// its mass is helium", and reads as true (rounds 54 and 55: C). The pool does not say
/// what each share is of, so a range offered keeps off them all.
pub(super) fn shares_as_fractions(q: &Quantity, deck: &Pool) -> Vec<f64> {
    if q.kind != Kind::Percent {
        return Vec::new();
    }
    values_of(deck, Kind::Fraction)
        .filter_map(|v| v.number().map(|f| f * 100.0))
        .collect()
}

/// The values of the deck's answers of `kind`, read through the pool's order by group, so
/// that a question reads only those entries, not the whole deck (issue 13).
pub(super) fn values_of(deck: &Pool, kind: Kind) -> impl Iterator<Item = &Value> {
    let order = deck.order();
    order
        .groups(&deck.0)
        .into_iter()
        .filter(move |(group, _)| group.kind == kind)
        .flat_map(move |(_, places)| places.map(move |k| order.at(k)))
        .filter_map(move |at| match &deck.0[at] {
            Entry::Quantity { value, .. } => Some(value),
            Entry::Text { .. } => None,
        })
}
