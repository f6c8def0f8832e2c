//! Plausible wrong options for multiple choice: same kind and written form as the answer,
//! close in magnitude, outside the grading tolerance, distinct, never absurd.

use super::pool::{Draw, Entry, Pool};
use crate::card::{Answer, Card};
use crate::quantity::{Date, Kind, Quantity, Value};
use crate::tolerance::band;
pub(crate) use deck_bounds::most_of;
use deck_bounds::{
    after_childhood, below_the_most, beside_the_lead, between_deck_days, between_races,
    decade_after_the_earliest, earliest_year, end_year, latest_year, shares_as_fractions,
    values_of, within_the_decks_years,
};
use nearby::Nearby;
use picks::{Picks, Side};
use rand::seq::SliceRandom;
use rand::Rng;
pub use text::asks_of;
use text::{text_choices, TextAnswer};

/// How many years past the deck's latest an option for a date or year may be.
const FEW_YEARS: i32 = 3;

/// How many options a choice question shows.
pub const OPTIONS: usize = 4;

/// A candidate wrong value and how much it is preferred (lower first).
struct Candidate {
    tier: u8,
    value: Value,
}

/// How many of the options a question shows: a choice question shows all four, so none may
/// give the key away by standing apart; a true/false swap or an estimate's pivot shows one
/// wrong value, and any honest one will do.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum Shown {
    All,
    One,
}

/// Options for a card, shown in order, and the index of the right one, for a question that
/// shows one of the wrong ones; `None` when the deck cannot supply enough plausible
/// distractors.
pub fn choices(card: &Card, deck: &Pool, rng: &mut impl Rng) -> Option<(Vec<String>, usize)> {
    options_for(card, deck, Shown::One, rng)
}

/// Options for a card as `choices`, shown as they are to a reader who sees them all.
pub(crate) fn choices_shown(
    card: &Card,
    deck: &Pool,
    rng: &mut impl Rng,
) -> Option<(Vec<String>, usize)> {
    options_for(card, deck, Shown::All, rng)
}

fn options_for(
    card: &Card,
    deck: &Pool,
    shown: Shown,
    rng: &mut impl Rng,
) -> Option<(Vec<String>, usize)> {
    match &card.answer {
        // A year before the common era is asked typed: slips of a year or two ("10,001 BC")
        // are no options for "around 10,000 BC", and the step a reader would tell apart
        // depends on the age, which nothing here yet knows.
        Answer::Quantity(q) if matches!(q.value, Value::Year(y) if y < 0) => None,
        Answer::Quantity(q)
            if hosted_games(card, q) || summed_after_so(card, q) || prepares(card, q) =>
        {
            None
        }
        Answer::Quantity(q) => match q.range.as_deref() {
            // "at consecutive Games (2008 and 2012)": other pairs of Games land before the
            // athlete's time or on his later wins; asked typed.
            Some(_) if periodic(card, q).is_some() => None,
            Some(ends) => {
                let mut window = pinned::window(&card.text, q);
                // A period of years starts no earlier than the deck's earliest year: "between
                // 1954 and 1957" for crewed Moon landings in a deck that opens with Sputnik in
                // 1957 (rounds 23, 24, 29: rated C).
                // A period within a decade of the deck's earliest year keeps options on both
                // sides (the Famine's "1841 and 1871" beside its "1840s").
                let start = q.value.number().unwrap_or_default();
                let earliest = earliest_year(deck).filter(|&f| f64::from(f) + 10.0 <= start);
                if let Some(first) = earliest.filter(|_| q.kind == Kind::Year) {
                    window.bound(f64::from(first) - 0.5, std::cmp::Ordering::Less);
                }
                // "as many as six or seven such months": a count of months in a year.
                let months = card.text[q.span.end..]
                    .split_whitespace()
                    .take(2)
                    .any(|w| w.starts_with("month"));
                let told = shares_as_fractions(q, deck);
                whole::choices(q, ends, (card.as_of, months, &told), window, rng)
            }
            None => match fixed_candidates(q, hedged(&card.text, q)).or_else(|| bracket(card, q)) {
                Some(values) => offered(card, q, after_a_lead(card, q, values), shown, rng),
                None => quantity_choices(card, q, deck, (EXACT_MAX, shown), rng),
            },
        },
        Answer::Text {
            answer,
            accept,
            distractors,
            ..
        } => {
            let asks = asks_of(card);
            let a = TextAnswer {
                answer,
                accept,
                distractors,
                asks: &asks,
            };
            text_choices(&a, deck, rng)
        }
    }
}

/// The values a kind with a fixed set of plausible answers is offered from, nearest first:
/// a share among common shares and a multiple among common multiples (by ratio: a quarter
/// and a half beside a third), a score among near results with its outcome, a time of day
/// among the same day's times (never across midnight, where the sort would put 00:10 before
/// 23:40). `None` for the kinds whose options come from the deck and the answer's digits.
fn fixed_candidates(q: &Quantity, hedged: bool) -> Option<Vec<f64>> {
    let answer = q.value.number()?;
    let by_ratio = |mut values: Vec<f64>| {
        values.sort_by(|a, b| (a / answer).ln().abs().total_cmp(&(b / answer).ln().abs()));
        values
    };
    Some(match q.kind {
        Kind::Fraction => by_ratio(
            crate::quantity::share::LADDER
                .iter()
                .map(|(n, d)| f64::from(*n) / f64::from(*d))
                .collect(),
        ),
        Kind::Multiple => by_ratio(crate::quantity::multiple::LADDER.to_vec()),
        Kind::Score => crate::quantity::score::neighbours(answer),
        // "at around 23:40": a time ten or thirty minutes off is within the hedge (round
        // 36: a swap to "around 23:30", rated C).
        Kind::Time => [20.0, 40.0, 10.0, 60.0, 30.0, 90.0, 120.0, 180.0, 240.0]
            .iter()
            .filter(|&&step| !hedged || step >= 60.0)
            .flat_map(|step| [answer - step, answer + step])
            .filter(|v| (0.0..1440.0).contains(v))
            .collect(),
        Kind::Date
        | Kind::Year
        | Kind::Count
        | Kind::Ordinal
        | Kind::Percent
        | Kind::Money
        | Kind::Duration
        | Kind::Measure => return None,
    })
}

/// "they lost 5–3 to Portugal after being 3–0 up": a side that led by three scored three or
/// more, so no option leaves the losers fewer (a swap to 5–2; round 54b: C).
fn after_a_lead(card: &Card, q: &Quantity, values: Vec<f64>) -> Vec<f64> {
    let before = card.text[..q.span.start].trim_end().to_lowercase();
    let after = card.text[q.span.end..].to_lowercase();
    let lead = after.split_once("after being ").and_then(|(_, rest)| {
        let (goals, tail) = rest.split_once(['–', '-'])?;
        let up = tail
            .split_whitespace()
            .nth(1)
            .is_some_and(|w| w.starts_with("up"));
        goals.trim().parse::<u32>().ok().filter(|_| up)
    });
    match lead {
        Some(lead) if q.kind == Kind::Score && before.ends_with("lost") => values
            .into_iter()
            .filter(|&v| crate::quantity::score::sides(v).1 >= lead)
            .collect(),
        _ => values,
    }
}

/// Words that put a count of teams in a knockout draw.
const KNOCKOUT: [&str; 5] = ["knockout", "knock-out", "round of", "bracket", "play-off"];

/// "16 of them went on to the knockout stage": a knockout draw halves at every round, so
/// its teams are a power of two and so are its options; 12, 14 and 22 were offered (round
/// 52: C, "cannot make a knockout bracket").
fn bracket(card: &Card, q: &Quantity) -> Option<Vec<f64>> {
    let n = q.value.number()?;
    let power = (4.0..=128.0).contains(&n) && n.log2().fract() == 0.0;
    let lower = card.text.to_lowercase();
    // The count the draw itself is of: "All 32 teams played a group stage, and 16 of them
    // went on to the knockout stage" puts the 16 in it, not the 32 of another clause.
    let after = &lower[q.span.end..];
    let knockout = KNOCKOUT
        .iter()
        .filter_map(|w| after.find(w))
        .min()
        .is_some_and(|k| !after[..k].contains(", "));
    let teams = ["team", "side", "club", "player"]
        .iter()
        .any(|t| lower.contains(t));
    (q.kind == Kind::Count && power && knockout && teams).then(|| {
        // A draw of two is a final, not a stage: no option below four.
        [n / 2.0, n * 2.0, n / 4.0, n * 4.0, n * 8.0]
            .into_iter()
            .filter(|v| *v >= 4.0)
            .collect()
    })
}

/// The round unit of a whole figure told roughly ("about 900 m": 100, "Around 50": 10),
/// scale included: its options are as round, or the key is the one round figure among
/// "1,120, 1,220 and 1,440 m" (round 47: B three times). `None` for a figure not ending
/// in a zero.
fn round_unit(q: &Quantity) -> Option<f64> {
    if q.style.num.decimals > 0 || q.style.parts.is_some() {
        return None;
    }
    let scale = q.style.num.scale.as_ref().map_or(1.0, |(f, _)| *f);
    let shown = (q.value.number()? / scale).abs().round();
    // No coarser than a third of the figure: "about $10 billion" is offered $6 and $14
    // billion, not $20 and $30 billion.
    let mut unit = 1.0;
    while unit * 10.0 <= shown / 3.0 && (shown / (unit * 10.0)).fract() == 0.0 {
        unit *= 10.0;
    }
    (unit > 1.0).then_some(unit * scale)
}

/// A whole count of tens under a hundred ("partnerships with 40 other countries"): its
/// options are tens too. Beside the deck's 29 and 39 it stood apart as the one round figure,
/// and 39 read as the same figure (round 51: B).
fn round_tens(q: &Quantity) -> Option<f64> {
    let n = q.value.number()?;
    let plain = q.style.num.decimals == 0 && q.style.num.scale.is_none();
    (q.kind == Kind::Count && plain && (20.0..100.0).contains(&n) && n % 10.0 == 0.0)
        .then_some(10.0)
}

/// Whether the figure is said to be rough: "around 23:40", "about 1.2 million".
fn hedged(text: &str, q: &Quantity) -> bool {
    let before = text[..q.span.start].trim_end().to_lowercase();
    let last = before.rsplit(' ').next().unwrap_or_default();
    super::wording::APPROXIMATELY.contains(&last)
}

/// Whether `q` is a whole count of three or fewer: typed rather than picked (see
/// `question::ask_bare`), and its true/false swaps kept to the nearest counts (`Picks`).
pub(crate) fn few(q: &Quantity) -> bool {
    q.kind == Kind::Count
        && q.value
            .number()
            .is_some_and(|n| n.fract() == 0.0 && n <= 3.0)
}

/// Options for `q` from `values`, in the order they are offered, under the rules every
/// question of `card` keeps to.
fn offered(
    card: &Card,
    q: &Quantity,
    values: Vec<f64>,
    shown: Shown,
    rng: &mut impl Rng,
) -> Option<(Vec<String>, usize)> {
    let mut picks = picks_for(
        card,
        q,
        band(q, card.tolerance),
        pinned::window(&card.text, q),
    );
    picks.shown(shown);
    picks.fixed_set();
    for v in values {
        picks.offer(&Value::Number(v));
    }
    picks.finish(rng)
}

/// Options for a quantity; deck values are all shuffled when at most `exact_max` are near
/// the answer, and drawn when more are.
fn quantity_choices(
    card: &Card,
    q: &Quantity,
    deck: &Pool,
    (exact_max, shown): (usize, Shown),
    rng: &mut impl Rng,
) -> Option<(Vec<String>, usize)> {
    // "roughly two and a quarter hours": an option within the hedge ("2 hours") is no
    // honest wrong one, and its true/false swap may be true (round 40: B and C).
    let rough = hedged(&card.text, q).then(|| 0.15 * q.value.number().unwrap_or_default().abs());
    let width = band(q, card.tolerance)
        .max(rough.unwrap_or_default())
        .max(pinned::recorded_apart(q));
    let race = crate::screen::race_named(&card.text, q);
    let mut window = pinned::window(&card.text, q);
    between_races(&mut window, q, race, deck);
    below_the_most(&mut window, card, q, deck);
    within_the_decks_years(&mut window, card, q, deck);
    after_childhood(&mut window, card, q, deck);
    if super::is_decade(card, q) {
        decade_after_the_earliest(&mut window, q, deck);
    } else {
        beside_the_lead(&mut window, card, q, deck);
    }

    let first = dates_a_first(card, q);
    match season_choices(card, q, deck, (width, window, shown), rng) {
        Seasonal::Options(found) => return Some(found),
        Seasonal::NoneFit => return None,
        Seasonal::NoRun => {}
    }
    let other_end = range::other_end(&card.text, q).map(|(o, side)| (sort_key(&o.value), side));
    let near = if first {
        between_deck_days(&mut window, q, deck);
        Nearby::default()
    } else {
        Nearby::of(q, width, rounding_unit(q), other_end, deck)
    };
    let mut picks = picks_for(card, q, width, window);
    picks.shown(shown);
    if super::is_decade(card, q) {
        picks.decades_only();
    }
    let round = rough.and_then(|_| round_unit(q)).or_else(|| round_tens(q));
    if let Some(unit) = round {
        picks.multiples_of(unit);
    }
    picks.exclude(editions_told(card, q, deck).map(|y| y.to_string()));
    let period = periodic(card, q);
    if let Some(p) = period {
        picks.every(p);
        picks.exclude(not_held(card).into_iter().map(|y| y.to_string()));
        // A tournament's edition after the deck's own year, as the text's latest news, has
        // no later edition for an option: the text knows none.
        let after_the_deck = card
            .as_of
            .is_some_and(|a| q.value.number() > Some(f64::from(a)));
        if let (Value::Year(y), Some(last), true) = (q.value, latest_year(deck), after_the_deck) {
            picks.no_option_after(y, last);
        }
    }
    // A date in the very year the deck is about ("The 1903 Tour de France") is offered in
    // that year: the key was the only date of 1903 among 1897–1901 (round 14: rated C).
    let deck_year = match (card.as_of, q.value) {
        (Some(y), Value::Date(d)) if d.year == Some(y) => Some(y),
        _ => None,
    };
    // Nor, for any date or year, more than a few years past the deck's latest: "March 5,
    // 2027" for a telescope launched on December 25, 2021 is in the future of the text.
    // (A tournament's editions keep their own rule, above.)
    if let (Some(y), Some(last), None) = (picks::year_of(&q.value), latest_year(deck), period) {
        picks.no_option_after(y, last + FEW_YEARS);
    }
    // Nor, for a date before the deck's end ("wiped out worldwide" in 1979), after it; the
    // end's own year keeps options on both sides.
    if let (Some(y), Some(end)) = (picks::year_of(&q.value), end_year(card, deck)) {
        if y < end {
            picks.no_option_after(y, end);
        }
    }
    let year_in_view = year_in_view(card, q).or(deck_year);
    if let Some(year) = year_in_view {
        picks.in_year(year);
    }
    if near.all.iter().map(ExactSizeIterator::len).sum::<usize>() <= exact_max {
        // Every candidate in one shuffle, as before the pool was ordered: a small deck's
        // options for a seed stay what they were.
        let mut cands = deck_values(q, deck, &near.all, race);
        cands.extend(generated(q, round, rng));
        cands.shuffle(rng); // Random among equals; the stable sort below keeps tiers in order.
        cands.sort_by_key(|c| c.tier);
        for c in cands {
            picks.offer(&c.value);
        }
    } else {
        let mut made = generated(q, round, rng);
        for (side, ranges) in [(Side::Below, near.below), (Side::Above, near.above)] {
            draw_deck_values((q, race), deck, ranges, side, &mut picks, rng);
        }
        made.shuffle(rng);
        made.sort_by_key(|c| c.tier);
        for c in made {
            picks.offer(&c.value);
        }
    }
    if let (Some(year), Value::Date(d)) = (year_in_view, q.value) {
        for c in same_year_dates(&d, year) {
            picks.offer(&c);
        }
    }
    if let (Some(p), Value::Year(y)) = (period, q.value) {
        for k in [1, -1, 2, -2, 3, -3, 4, -4, 5, -5, 6, -6, 7, -7, 8, -8] {
            picks.offer(&Value::Year(y + k * p));
        }
    }
    for v in pinned::spread(&window, q) {
        picks.offer(&v);
    }
    if let (true, Value::Year(y)) = (super::is_decade(card, q), q.value) {
        // The slips made for a year are rarely decades: neighbouring decades stand in.
        for step in [10, -10, 20, -20, 30, -30, 40, -40] {
            picks.offer(&Value::Year(y + step));
        }
    }
    picks.finish(rng)
}

/// Picks for `q` with what every question of `card` keeps to: the window its sentence
/// leaves, no figure the sentence prints, nothing after the deck's year.
fn picks_for<'a>(card: &Card, q: &'a Quantity, width: f64, window: pinned::Window) -> Picks<'a> {
    let mut picks = Picks::new(q, width, window);
    picks.exclude(in_view(card, q));
    if let Some(year) = card.as_of {
        picks.no_later_than(year);
    }
    picks
}

/// The sentence's other figures of the answer's kind, as options would print them.
/// Issue 10, impossible options: another figure of the same sentence ("Uruguay in 1930"
/// beside "Italy in what year?") is no plausible wrong answer; it reads as a trick.
fn in_view(card: &Card, q: &Quantity) -> Vec<String> {
    crate::quantity::find(&card.text)
        .into_iter()
        .filter(|o| o.span != q.span && o.kind == q.kind)
        .map(|o| match (o.value, q.value) {
            // "flights stopped on 24 October 2003, and the last flight took place on _____
            // that year": "24 October" is in view for a yearless answer too (round 13: B).
            (Value::Date(d), Value::Date(a)) if a.year.is_none() => {
                Value::Date(Date { year: None, ..d })
            }
            (v, _) => v,
        })
        // Written as an option would be: "1,400 m" in view beside a 900 m key is grouped
        // as its option is (round 35: the other basins' depths offered, rated C).
        .flat_map(|v| [crate::quantity::render(q, &v), picks::shown(q, &v)])
        .collect()
}

/// What a run of the deck's dates makes of a date's options.
enum Seasonal {
    /// Options inside the run.
    Options((Vec<String>, usize)),
    /// A single day between the deck's days, with too few days between them: no option
    /// that crosses none (so no choice and no swap).
    NoneFit,
    /// No run, or one too thin to offer options: the usual options.
    NoRun,
}

/// Options for a date inside a run of the deck's dates (`season`), all inside the run.
fn season_choices(
    card: &Card,
    q: &Quantity,
    deck: &Pool,
    (width, window, shown): (f64, pinned::Window, Shown),
    rng: &mut impl Rng,
) -> Seasonal {
    let (Value::Date(answer), Some(run)) = (q.value, season::of(q, deck)) else {
        return Seasonal::NoRun;
    };
    let candidates = run.candidates(&answer);
    let binds = run.binds();
    let mut picks = picks_for(card, q, width, window);
    picks.in_season(run);
    picks.shown(shown);
    for c in &candidates {
        picks.offer(c);
    }
    match picks.finish(rng) {
        Some(found) => Seasonal::Options(found),
        None if binds => Seasonal::NoneFit,
        None => Seasonal::NoRun,
    }
}

/// Words of events held every four years: World Cups, Olympic Games, elections.
const QUADRENNIAL: &[&str] = &["World Cup", "Olympic", "Games", "election", "Euro "];

/// Years a four-yearly event named in the card was not held: the world wars (no World Cup
/// in 1942 or 1946, no Olympic Games in 1916, 1940 or 1944; issue 10, round 13: rated C)
/// and the years before the first (the World Cup began in 1930: round 19 offered 1922 and
/// 1926 for Uruguay's first title).
fn not_held(card: &Card) -> Vec<i32> {
    let named = |w: &str| card.text.contains(w) || deck_named(card, w);
    let (first, wars): (i32, &[i32]) = if named("World Cup") {
        (1930, &[1942, 1946])
    } else if named("Olympic") {
        (1896, &[1916, 1940, 1944])
    } else {
        return Vec::new();
    };
    (first - 40..first).chain(wars.iter().copied()).collect()
}

/// The editions the deck tells of, for the year of another side's ("France became the second
/// team, after Brazil in _____, to win every knockout match"): the deck's own editions are
/// its subjects' (France won in 1998 and reached the final in 2006), so beside Brazil's they
/// are ruled out by the deck itself (round 54: 1998 and 2006 offered, C).
fn editions_told<'a>(card: &Card, q: &Quantity, deck: &'a Pool) -> impl Iterator<Item = i32> + 'a {
    let before: Vec<&str> = card.text[..q.span.start]
        .split_whitespace()
        .rev()
        .take(3)
        .collect();
    let another = matches!(before.as_slice(), ["in", name, "after"]
        if name.starts_with(char::is_uppercase));
    let key = match q.value {
        Value::Year(y) => Some(y),
        _ => None,
    };
    // Only for "after Brazil in _____": no other question reads the deck's years here.
    let kind = another.then_some(Kind::Year);
    kind.into_iter()
        .flat_map(move |k| values_of(deck, k))
        .filter_map(move |v| match v {
            Value::Year(y) if Some(*y) != key => Some(*y),
            _ => None,
        })
}

/// Whether the deck's id, its title's words ("2018-fifa-world-cup-final"), names `words`.
fn deck_named(card: &Card, words: &str) -> bool {
    let id = card.deck_id.replace('-', " ").to_lowercase();
    id.contains(&words.to_lowercase())
}

/// Four, when the answer is a year of an event held every four years and the sentence's
/// other years all fall four, eight… years from it ("winners in 1930 and 1950").
fn periodic(card: &Card, q: &Quantity) -> Option<i32> {
    let Value::Year(y) = q.value else {
        return None;
    };
    // The ends of a pair ("consecutive Games (2008 and 2012)") are the answer's own.
    let others: Vec<i32> = crate::quantity::find(&card.text)
        .into_iter()
        .filter(|o| o.span.start < q.span.start || o.span.end > q.span.end)
        .filter_map(|o| match o.value {
            Value::Year(x) => Some(x),
            _ => None,
        })
        .collect();
    let in_text = QUADRENNIAL.iter().any(|w| card.text.contains(w));
    let named = in_text
        || QUADRENNIAL
            .iter()
            .any(|w| card.topic.as_deref().is_some_and(|t| t.contains(w)) || deck_named(card, w));
    // "until Kylian Mbappé did it in 2022" of a hat-trick in a World Cup final: the year of
    // the event the sentence names, with no other year beside it (issue 10, round 12b: C).
    let alone = others.is_empty() && in_text;
    let in_step = !others.is_empty() && others.iter().all(|x| x != &y && (x - y) % 4 == 0);
    // "the second team, after Brazil in 2002, to win every knockout match" in the deck of
    // the 2018 final: a year four, eight… before the deck's is another tournament's (round
    // 25: 1992 and 1999 offered, rated C).
    let deck_step =
        named && others.is_empty() && card.as_of.is_some_and(|a| a != y && (a - y) % 4 == 0);
    // "at the 2008 Olympics", "the 2008 Beijing Olympics": the year names the Games, other
    // years beside it or not (round 27: 2011 and 2013 offered, rated C).
    let next = words_after(card, q).join(" ");
    let names_games = ["Olympic", "World Cup"].iter().any(|e| next.contains(e));
    // "silver at the _____ World Championship": world championships run every year or every
    // other, athletics' in odd years only; a step of two offers none that was not held in
    // either (round 53: 2004 offered, C twice).
    if !names_games && next.contains("World Championship") {
        return Some(2);
    }
    (named && in_step || alone || deck_step || names_games).then_some(4)
}

/// Whether the card dates a first to the day ("the first artificial satellite", "the first
/// woman in space"): the deck's other days are of what came after it, or of other firsts,
/// and beside it they read as impossible or as a trick (round 51: Sputnik offered Gagarin's
/// and Tereshkova's days, Tereshkova Gagarin's; B). Its options are the usual slips.
fn dates_a_first(card: &Card, q: &Quantity) -> bool {
    let day = matches!(q.value, Value::Date(d) if d.day.is_some());
    day && card
        .text
        .split(|c: char| !c.is_alphanumeric())
        .any(|w| w.eq_ignore_ascii_case("first"))
}

/// The three words after the answer: what a year names ("the 2008 Beijing Olympics").
fn words_after<'a>(card: &'a Card, q: &Quantity) -> Vec<&'a str> {
    crate::screen::words_after(&card.text, q.span.end, 3)
}

/// Whether the answer is the year of Games its host names ("the _____ Beijing Olympics"):
/// the host fixes the year, so options of other Games fall away without knowing the fact,
/// and a swap ("the 2004 Beijing Olympics") is false on sight (round 51: C). Asked typed.
fn hosted_games(card: &Card, q: &Quantity) -> bool {
    const NOT_HOSTS: &[&str] = &["Summer", "Winter", "Olympic", "Olympics", "FIFA", "World"];
    if !matches!(q.value, Value::Year(_)) {
        return false;
    }
    let next = words_after(card, q);
    let host = next.first().is_some_and(|w| {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        w.chars().next().is_some_and(char::is_uppercase) && !NOT_HOSTS.contains(&w)
    });
    let games = next.join(" ");
    host && ["Olympic", "World Cup", "Games"]
        .iter()
        .any(|e| games.contains(e))
}

/// Whether the answer is the day something was readied for a later event the sentence
/// names by its year ("confirmed as the venue for the 2018 FIFA World Cup final on 14
/// December 2012"): a day years before it crosses the event's own history (the award to
/// Russia in December 2010), which no deck tells, and days after it leave the key the
/// earliest (round 54 and 55: 2006, 2008 and 2009 offered, C). Asked typed.
fn prepares(card: &Card, q: &Quantity) -> bool {
    let Value::Date(Date {
        year: Some(y),
        day: Some(_),
        ..
    }) = q.value
    else {
        return false;
    };
    let text = &card.text;
    text.match_indices("for the ").any(|(at, m)| {
        let rest = &text[at + m.len()..];
        let year: Option<i32> = rest.get(..4).and_then(|d| d.parse().ok());
        let alone = !rest.as_bytes().get(4).is_some_and(u8::is_ascii_digit);
        year.is_some_and(|e| alone && e > y && e - y <= 10)
    })
}

/// Whether the answer is a part of a whole the sentence gives after ", so", in its unit:
/// "beneath it there are roughly 7 km of sediment, so the floor of the rift is some 8–11 km
/// beneath the surface". Any other sediment breaks the sum, below as above (round 53: 14 km
/// then 1, 3 and 5 km, C each time). Asked typed.
fn summed_after_so(card: &Card, q: &Quantity) -> bool {
    let Some(at) = card.text.find(", so ") else {
        return false;
    };
    let unit = |o: &Quantity| match o.value {
        Value::Amount { unit, .. } => Some(unit.name),
        _ => None,
    };
    q.span.end <= at
        && unit(q).is_some()
        && crate::quantity::find(&card.text)
            .iter()
            .any(|o| o.span.start > at && unit(o) == unit(q))
}

/// The year of a dated answer when the sentence prints it elsewhere ("the final … on 30 July
/// 1966 to decide who won the 1966 World Cup"): options in other years would be plainly
/// wrong (issue 10, rubric C: only one option of the right kind).
fn year_in_view(card: &Card, q: &Quantity) -> Option<i32> {
    let Value::Date(d) = q.value else {
        return None;
    };
    let year = d.year?;
    let digits = year.to_string();
    let text = &card.text;
    text.match_indices(&digits).find_map(|(at, m)| {
        let end = at + m.len();
        let inside = at >= q.span.start && end <= q.span.end;
        let digit_at = |i: usize| text.as_bytes().get(i).is_some_and(u8::is_ascii_digit);
        let alone = (at == 0 || !digit_at(at - 1)) && !digit_at(end);
        (!inside && alone).then_some(year)
    })
}

/// Dates in `year` on other months (the same day where the month has it), for an answer
/// whose year is in view; for one day, other days of its month (`picks::by_days`).
fn same_year_dates(d: &Date, year: i32) -> Vec<Value> {
    if picks::by_days(d) {
        let last = crate::quantity::days_in_month(Some(year), d.month);
        let day = i32::from(d.day.unwrap_or(1));
        return [3, -3, 4, -4, 6, -6, 7, -7, 10, -10, 12, -12]
            .iter()
            .map(|k| day + k)
            .filter(|n| (1..=i32::from(last)).contains(n))
            .map(|n| {
                Value::Date(Date {
                    year: Some(year),
                    day: u8::try_from(n).ok(),
                    ..*d
                })
            })
            .collect();
    }
    let last_needed = d.end_day.or(d.day).unwrap_or(1);
    // Nearest months first, and none more than four away: a summer tournament's final is
    // not offered in January (round 26: three winter months rated C).
    let mut months: Vec<u8> = (1..=12)
        .filter(|&m: &u8| m != d.month && m.abs_diff(d.month) <= 4)
        .collect();
    months.sort_by_key(|m| m.abs_diff(d.month));
    months
        .into_iter()
        .filter(|&m| crate::quantity::days_in_month(Some(year), m) >= last_needed)
        .map(|month| {
            Value::Date(Date {
                year: Some(year),
                month,
                ..*d
            })
        })
        .collect()
}

/// Above this many deck values near an answer, they are drawn at random rather than all
/// shuffled (issue 13: a question's cost must not grow with the deck).
const EXACT_MAX: usize = 256;

/// At most this many distinct deck values are looked at on each side of an answer: enough
/// when nearly every value in the ranges fits, which the ordered pool makes the rule.
const DRAWS_PER_SIDE: usize = 64;

/// Deck values on one `side` of the answer, drawn one distinct value at a time with the
/// chance of each proportional to how often the deck holds it, until the side is full: the
/// same law as taking them in shuffled order, without reading the rest.
fn draw_deck_values(
    (q, race): (&Quantity, Option<u32>),
    deck: &Pool,
    ranges: Vec<std::ops::Range<usize>>,
    side: Side,
    picks: &mut Picks<'_>,
    rng: &mut impl Rng,
) {
    let order = deck.order();
    let mut draw = Draw::new(ranges);
    for _ in 0..DRAWS_PER_SIDE {
        if picks.taken(side) >= OPTIONS - 1 {
            return;
        }
        let Some((k, within)) = draw.pick(rng) else {
            return;
        };
        // The whole run of this value goes: a second sighting would only be a repeat.
        draw.remove(order.run(&deck.0, within, k));
        if let Some(value) = deck_value(q, race, &deck.0[order.at(k)]) {
            picks.offer(&value);
        }
    }
}

/// Sort units in a year and in a month of a date's key (`date_key`).
pub(super) const YEAR_UNITS: f64 = 400.0;
pub(super) const MONTH_UNITS: f64 = 32.0;

/// Orders values: numbers by size, dates by day.
fn sort_key(v: &Value) -> f64 {
    match v {
        Value::Date(d) => date_key(d.year.unwrap_or(0), d.month, d.day.unwrap_or(0)),
        other => other.number().unwrap_or_default(),
    }
}

/// The sort key of a day (day 0: the month itself; month and day 0 of year 0: no year).
pub(super) fn date_key(year: i32, month: u8, day: u8) -> f64 {
    f64::from(year) * YEAR_UNITS + f64::from(month) * MONTH_UNITS + f64::from(day)
}

/// The year, month and day a date's sort key was made of (`date_key`'s inverse).
pub(super) fn key_date(key: f64) -> (f64, f64, f64) {
    let year = (key / YEAR_UNITS).floor();
    let month = ((key - year * YEAR_UNITS) / MONTH_UNITS).floor();
    (year, month, key - year * YEAR_UNITS - month * MONTH_UNITS)
}

/// Values of the same kind and unit from the deck's other cards, when near enough to fit, in
/// deck order; `ranges` of the pool's order hold every one of them.
fn deck_values(
    q: &Quantity,
    deck: &Pool,
    ranges: &[std::ops::Range<usize>],
    race: Option<u32>,
) -> Vec<Candidate> {
    let mut at: Vec<usize> = ranges
        .iter()
        .flat_map(|r| r.clone().map(|k| deck.order().at(k)))
        .collect();
    at.sort_unstable();
    at.into_iter()
        .filter_map(|k| deck_value(q, race, &deck.0[k]))
        .map(|value| Candidate { tier: 0, value })
        .collect()
}

/// One deck answer as a value in `q`'s unit, if it is of the same kind and written alike,
/// near enough and rounded no finer than `q`, and no result of another race than `race`,
/// the one `q` is of.
fn deck_value(q: &Quantity, race: Option<u32>, entry: &Entry) -> Option<Value> {
    let Entry::Quantity {
        kind,
        value: other,
        race: theirs,
        ..
    } = entry
    else {
        return None;
    };
    let other_race = matches!((race, theirs), (Some(a), Some(b)) if a != *b);
    if *kind != q.kind || other_race {
        return None;
    }
    let value = match (q.value, *other) {
        (Value::Date(a), Value::Date(b)) if same_shape(&a, &b) => Value::Date(b),
        (Value::Year(_), Value::Year(y)) => Value::Year(y),
        (Value::Number(_), Value::Number(n)) => Value::Number(n),
        (
            Value::Money { currency: a, .. },
            Value::Money {
                currency: b,
                amount,
            },
        ) if a == b => q.value.with_number(amount),
        // Through the unit table, so that °F offered for °C is converted with its offset.
        (Value::Amount { unit: a, .. }, Value::Amount { unit: b, amount }) if a.dim == b.dim => {
            q.value.with_number(b.convert(amount, a))
        }
        _ => return None,
    };
    let fits = near(q, &value) && rounded_like(q, &value) && same_precision(q, &value);
    (fits && !coarser_reading(q, &value)).then_some(value)
}

/// Another figure of the deck that is the answer read more coarsely: the infobox's
/// "23,610 km3" beside the lead's 23,615.39 is a second defensible answer, not a wrong one
/// (issue 10, round 12: rated C). Within one step of its own rounding of the answer.
fn coarser_reading(q: &Quantity, v: &Value) -> bool {
    let amount = matches!(
        v,
        Value::Number(_) | Value::Money { .. } | Value::Amount { .. }
    );
    let (Some(a), Some(n), true) = (q.value.number(), v.number(), amount) else {
        return false;
    };
    let step = granularity(n.abs(), 0);
    // "103,000 km2" beside a land area of 100,329 km2: a rounder figure within a few
    // percent reads as the same thing told roughly (round 31: a true/false swap to the
    // total area, rated C).
    let close = a != 0.0 && ((n - a) / a).abs() < 0.05;
    step > rounding_unit(q) && ((n - a).abs() <= step || close)
}

/// A whole count beside a figure written with decimals ("nine" gold medals offered as
/// "9.00" for a 19.30 time) comes from another question, not a plausible slip.
pub(super) fn same_precision(q: &Quantity, v: &Value) -> bool {
    let whole = v.number().is_some_and(|n| whole_as_shown(q, n));
    // "1,400.0 m" and "1,642.0 m" padded beside a 1,186.5 m key leave the key the only
    // figure with a decimal (round 27: rated B twice).
    let measured = matches!(q.kind, Kind::Count | Kind::Measure | Kind::Duration);
    !(measured && q.style.num.decimals > 0 && whole)
}

/// Whether `n`, written like `q`, shows no decimals: "100.2 million" does, though 100,200,000
/// is whole (options for 131.8 million were held to the three whose floating-point noise
/// passed for a fraction: 179.2, 195.1 and 226.7 million; round 51: C twice).
pub(super) fn whole_as_shown(q: &Quantity, n: f64) -> bool {
    let scale = q.style.num.scale.as_ref().map_or(1.0, |(f, _)| *f);
    let shown = n / scale;
    (shown - shown.round()).abs() <= 1e-9 * shown.abs().max(1.0)
}

/// The multiple a figure written like `q` is rounded to, scale included ("16,000" is 1,000;
/// "1.2 million" is 100,000).
pub(super) fn rounding_unit(q: &Quantity) -> f64 {
    let Some(a) = q.value.number() else {
        return 1.0;
    };
    let scale = q.style.num.scale.as_ref().map_or(1.0, |(f, _)| *f);
    granularity(a / scale, q.style.num.decimals) * scale
}

/// The step options for `q` move by, scale included (`option_step`).
pub(super) fn option_unit(q: &Quantity) -> f64 {
    let Some(a) = q.value.number() else {
        return 1.0;
    };
    let scale = q.style.num.scale.as_ref().map_or(1.0, |(f, _)| *f);
    option_step(a / scale, q.style.num.decimals) * scale
}

/// Written with no more precision than the answer ("4.8" does not join "2" and "3").
fn rounded_like(q: &Quantity, v: &Value) -> bool {
    let Some(n) = v.number() else {
        return true;
    };
    let scale = q.style.num.scale.as_ref().map_or(1.0, |(f, _)| *f);
    let step = option_unit(q) / scale;
    let shown = n / scale;
    (round_to(shown, step) - shown).abs() < 1e-9 * shown.abs().max(1.0)
}

/// The step options for a figure written `shown` move by: its rounding, or for a round
/// thousands figure with one significant digit its leading digit's place ("4,000" is
/// offered 3,000 and 5,000, not 5,400 beside a list of round thousands; round 34: B).
fn option_step(shown: f64, decimals: u8) -> f64 {
    let step = granularity(shown, decimals);
    let whole = shown.abs().round();
    let place = 10f64.powf(whole.max(1.0).log10().floor());
    if decimals == 0 && whole >= 1000.0 && (whole / place).fract() == 0.0 {
        // "10,000" and "20,000" move by halves: 5,000 and 15,000 beside them.
        if whole / place <= 2.0 {
            place / 2.0
        } else {
            place
        }
    } else {
        step
    }
}

fn same_shape(a: &Date, b: &Date) -> bool {
    a.year.is_some() == b.year.is_some()
        && a.day.is_some() == b.day.is_some()
        && a.end_day.is_some() == b.end_day.is_some()
}

/// Another date of the deck this many years or fewer from a dated answer may be offered:
/// further off, it gives the key away as the only date of its period ("Apollo 11 landed
/// on" offered the launches of Voyager in 1977 and Hubble in 1990; issue 10, round 12,
/// built-in decks: rated C).
const DECK_DATE_YEARS: i32 = 6;

/// Another year of the deck this many years or fewer from a year answer may be offered:
/// further off, it stands apart from the other options and is ruled out on sight ("1989"
/// beside 1965 and 1963 for the year the 747's design began, the 747-400's 1989 offered
/// 1965; rounds 31 and 32: rated B and C).
pub(crate) const DECK_YEARS: i32 = 15;

/// Another amount of the deck at most this many times larger or smaller than the answer may
/// be offered: "40.0 percent" beside a 15.4 percent teen jobless rate, or 87.2 percent for an
/// employment-population ratio of 64.1, is ruled out on sight (rounds 32 and 33: rated B).
pub(crate) const DECK_RATIO: f64 = 2.0;

/// How far off a deck's other figure may be for a figure told closely (`told_closely`) or a
/// share told to three figures: 40.0 and 46.1 percent for an employment ratio of 64.1, or
/// 270.7 million for a labor force of 138.1 million, are ruled out on sight (round 51: C).
const CLOSE_RATIO: f64 = 1.25;

/// Close enough in magnitude to be plausible.
fn near(q: &Quantity, v: &Value) -> bool {
    match (q.value, v) {
        (Value::Date(a), Value::Date(b)) => match (a.year, b.year) {
            (Some(x), Some(y)) => (x - y).abs() <= DECK_DATE_YEARS,
            _ => true,
        },
        (Value::Year(a), Value::Year(b)) => (a - b).abs() <= DECK_YEARS,
        _ if on_degrees(q) => within_degrees(q, v),
        _ => {
            let (a, b) = (
                q.value.number().unwrap_or_default(),
                v.number().unwrap_or_default(),
            );
            let ratio = deck_ratio(q);
            a != 0.0 && b / a > 1.0 / ratio && b / a < ratio
        }
    }
}

/// A ratio means nothing on a scale with an arbitrary zero: 30 °C and 61.9 °C are both
/// "near" 45 °C by ratio, and both impossible for a hottest month's average (issue 10).
/// Temperatures stay within 15 % of the answer or 6 degrees of it (a quarter or 10
/// degrees let 57 °C stand beside a 46 °C average high; round 38: B).
fn within_degrees(q: &Quantity, v: &Value) -> bool {
    let (a, b) = (
        q.value.number().unwrap_or_default(),
        v.number().unwrap_or_default(),
    );
    (a - b).abs() <= (0.15 * a.abs()).max(6.0)
}

/// Whether `q` is a temperature in degrees Celsius or Fahrenheit, whose zero is arbitrary.
pub(crate) fn on_degrees(q: &Quantity) -> bool {
    matches!(q.value, Value::Amount { unit, .. } if unit.zero_is_arbitrary())
}

/// Not absurd: no negative or zero counts, no 0% or over 100%, real calendar days, no
/// temperature far from the answer.
fn sensible(q: &Quantity, v: &Value) -> bool {
    let answer = q.value.number().unwrap_or_default();
    if on_degrees(q) && !within_degrees(q, v) {
        return false;
    }
    // An angle up to a half turn (an inclination, a latitude) has options that are too:
    // "220.7°" for Halley's 162.3° inclination is false on sight (round 18: rated C).
    let angle = matches!(q.value, Value::Amount { unit, .. } if unit.dim == crate::quantity::Dimension::Angle);
    if angle && answer <= 180.0 && v.number().is_some_and(|n| n >= 180.0) {
        return false;
    }
    match v {
        Value::Date(d) => d.is_valid(),
        Value::Year(y) => *y >= 1 && *y <= 2200,
        _ => {
            let n = v.number().unwrap_or_default();
            let whole_if_needed = q.kind != Kind::Count && q.kind != Kind::Ordinal
                || answer.fract() != 0.0
                || n.fract() == 0.0;
            let in_range = match q.kind {
                Kind::Percent => n > 0.0 && (n <= 100.0 || answer > 100.0),
                // "the 71st century", "the 21st" for a storm seen through early telescopes:
                // centuries stay near the answer and no later than the one we live in.
                Kind::Ordinal if names_century(q) => {
                    n > 0.0 && (n - answer).abs() <= 4.0 && n <= answer.max(20.0)
                }
                Kind::Measure if answer < 0.0 => true,
                // "an apparent magnitude of −2.94": a signed count's options keep its sign.
                Kind::Count if answer < 0.0 => n < 0.0,
                _ => n > 0.0,
            };
            in_range && whole_if_needed
        }
    }
}

/// An ordinal that numbers centuries or millennia ("the 17th century").
pub(crate) fn names_century(q: &Quantity) -> bool {
    let first = q.noun.as_deref().and_then(|n| n.split_whitespace().next());
    matches!(first, Some("century" | "centuries" | "millennium"))
}

/// Outside the grading tolerance, so that picking it is honestly wrong.
fn outside(q: &Quantity, v: &Value, width: f64) -> bool {
    match (q.value, v) {
        (Value::Date(a), Value::Date(b)) => match (a.year, b.year) {
            (Some(x), Some(y)) => (x - y).abs() >= 2,
            _ => a.month != b.month,
        },
        _ => {
            let (a, b) = (
                q.value.number().unwrap_or_default(),
                v.number().unwrap_or_default(),
            );
            (a - b).abs() > width + 1e-9 * a.abs().max(1.0)
        }
    }
}

/// The slips people make and near neighbours, rounded like the answer.
fn generated(q: &Quantity, round: Option<f64>, rng: &mut impl Rng) -> Vec<Candidate> {
    match q.value {
        Value::Date(d) => date_candidates(&d, rng),
        Value::Year(y) => {
            let mut out = vec![
                Candidate {
                    tier: 1,
                    value: Value::Year(y - 10),
                },
                Candidate {
                    tier: 1,
                    value: Value::Year(y + 10),
                },
            ];
            if let Some(swapped) = swap_last_digits(y) {
                out.push(Candidate {
                    tier: 1,
                    value: Value::Year(swapped),
                });
            }
            for k in [2, 3, 4, 5, 6, 7, 8, 12, 15] {
                let tier = if k <= 5 { 1 } else { 2 };
                out.push(Candidate {
                    tier,
                    value: Value::Year(y - k),
                });
                out.push(Candidate {
                    tier,
                    value: Value::Year(y + k),
                });
            }
            out
        }
        _ => number_candidates(q, round),
    }
}

fn swap_last_digits(y: i32) -> Option<i32> {
    let (tens, ones) = ((y / 10) % 10, y % 10);
    let swapped = y - tens * 10 - ones + ones * 10 + tens;
    ((swapped - y).abs() <= 50 && swapped != y).then_some(swapped)
}

fn number_candidates(q: &Quantity, round: Option<f64>) -> Vec<Candidate> {
    let answer = q.value.number().unwrap_or_default();
    let scale = q.style.num.scale.as_ref().map_or(1.0, |(f, _)| *f);
    let shown = answer / scale;
    // "nine and a half hours" is offered halves too, whole hours apart ("7½ and 11½ hours"):
    // beside "6, 7 and 13 hours" it was the one option with minutes (round 51: B).
    if let Some(whole) = fraction_whole(q) {
        return (1..=4_u8)
            .flat_map(|k| [-1.0, 1.0].map(|sign| (k, answer + sign * whole * f64::from(k))))
            .filter(|(_, v)| *v >= 0.4 * answer)
            .map(|(k, v)| Candidate {
                tier: k,
                value: q.value.with_number(v),
            })
            .collect();
    }
    let step = fraction_step(q).unwrap_or_else(|| option_step(shown, q.style.num.decimals));
    let step = round.map_or(step, |r| step.max(r / scale));
    let make = |tier: u8, shown: f64| Candidate {
        tier,
        value: q.value.with_number(round_to(shown, step) * scale),
    };
    // Ten times off ("£0.1 billion" for £1.3 billion, "0.4 million" people for 4.5 million)
    // is a slip nobody takes for the figure (rounds 28–33: rated B and C): no option.
    let mut out = Vec::new();
    // A time to hundredths is a race's result, stepped by 1.5 % (3 % offered 41.20 s for a
    // 45.28 s 400 m, faster than the world record; round 40: C): a few percent apart is a
    // different result,
    // twelve is another event, and swapped digits no slip (round 26: 10.91 s offered for a
    // 14.35 s 150 m, 63.84 s for a 36.84 s relay, rated C).
    let timed = q.kind == Kind::Duration && q.style.num.decimals >= 2;
    // Only a swap that stays near: "817,000" for 187,000 or "91.19" for 19.19 is no slip
    // anyone makes (issue 10, round 10: rated B and C).
    // Nor is a swap a slip of a figure written to hundredths ("32,615.39" for 23,615.39
    // keeps the ".39" that marks the key; round 22: rated B).
    let ratio = deck_ratio(q);
    if let Some(s) = swap_digits(shown, q.style.num.decimals)
        .filter(|s| (1.0 / ratio..ratio).contains(&(s / shown)) && q.style.num.decimals < 2)
    {
        out.push(make(1, s));
    }
    // Neighbours at a spread that grows with the answer's tolerance, none below two fifths
    // of it: "0.2 percent" beside an unemployment rate of 3.9 is no plausible rate (round
    // 19: three B, the one far option under a pinned side).
    // Any figure written to hundredths is precise: its slips are near it ("1.95 m" tall is
    // offered 1.85 or 2.05 m, not 1.25 m; round 28: rated C).
    // A share moves less than a count: "87.2 percent" beside an employment ratio of 64.1,
    // twelve points a step, was rated implausible (rounds 32 and 33: B).
    // A temperature on a scale with an arbitrary zero moves by degrees, not by a share of
    // itself: 36 and 58 °C for a 46 °C average high are both ruled out on sight (rounds
    // 35–38: C and B nine times in the Sahara's text).
    let degrees = on_degrees(q);
    let spread = if degrees {
        0.04
    } else if timed {
        0.015
    } else if q.style.num.decimals >= 2 || told_closely(q) {
        0.05
    } else if told_to_three(q) {
        // "67.1 percent" of everyone 16 and over in the labor force: 83.0 % is no rate
        // anyone has seen (round 48: B twice).
        0.04
    } else if q.kind == Kind::Percent {
        0.08
    } else {
        0.12
    };
    let least = if degrees { 2.0 } else { 0.0 };
    let base = (shown.abs() * spread).max(step).max(least);
    // Nor, told closely, more than a quarter off (`CLOSE_RATIO`).
    let widest = told_reach(q).map_or(f64::INFINITY, |(share, _)| share * shown.abs());
    for k in 1..=8 {
        let delta = round_to(base * f64::from(k), step).max(step * f64::from(k));
        if delta > widest {
            break;
        }
        let tier = if k <= 3 { 1 } else { 2 };
        if degrees || shown < 0.0 || shown - delta >= 0.4 * shown {
            out.push(make(tier, shown - delta));
        }
        out.push(make(tier, shown + delta));
    }
    out
}

/// How far off, by ratio, another figure may be to stand beside `q` as an option.
fn deck_ratio(q: &Quantity) -> f64 {
    told_reach(q).map_or(DECK_RATIO, |(_, ratio)| ratio)
}

/// How near its options keep to a figure told precisely: the widest step its neighbours
/// take, as a share of it, and the ratio deck figures and digit swaps keep within. `None`
/// for a figure told as usual.
fn told_reach(q: &Quantity) -> Option<(f64, f64)> {
    if told_closely(q) || told_to_three(q) {
        Some((CLOSE_RATIO - 1.0, CLOSE_RATIO))
    } else if told_to_a_tenth(q) {
        Some((TENTH_REACH, 1.0 / (1.0 - TENTH_REACH)))
    } else {
        None
    }
}

/// How far, as a share of itself, a rate told to a tenth is offered options.
const TENTH_REACH: f64 = 0.4;

/// Whether a share under ten is told to a tenth ("4.0 percent", "3.2 percent"): a reader
/// who knows an unemployment rate of 4.0 knows it within a third or so, and 1.8 or 2.4
/// percent read as no rate the country has had (rounds 52 and 53: B three times).
fn told_to_a_tenth(q: &Quantity) -> bool {
    q.kind == Kind::Percent
        && q.style.num.decimals == 1
        && q.value.number().is_some_and(|n| n.abs() < 10.0)
}

/// Whether a share is told to three significant figures ("67.1 percent").
fn told_to_three(q: &Quantity) -> bool {
    q.kind == Kind::Percent && crate::tolerance::figure_of(q).significant().1 >= 3
}

/// Whether a count or measure is told to a fifth of a percent or finer ("8,840 m", "131.8
/// million"): a reader who knows it knows it within a few percent, and a slip of a third
/// (5,660 or 12,020 m for Everest's first published height) is no slip at all (round 51: C).
fn told_closely(q: &Quantity) -> bool {
    let figure = crate::tolerance::figure_of(q);
    let (step, _) = figure.significant();
    matches!(q.kind, Kind::Count | Kind::Measure) && step <= 0.002 * figure.value.abs()
}

/// The step of a time told with a fraction in words ("nine and a half hours", "an hour and
/// a half"): its options move by that half or quarter, not by minutes ("58 minutes" and "1
/// hour and 8 minutes" for an hour and a half read as no slip anyone makes).
fn fraction_step(q: &Quantity) -> Option<f64> {
    let parts = q.style.parts.as_ref().filter(|p| p.units.len() == 2)?;
    let Value::Amount { amount, unit } = q.value else {
        return None;
    };
    let big = parts.units[0].0;
    let whole = unit.convert(amount, big);
    let quarters = whole * 4.0;
    if whole.fract() == 0.0 || (quarters - quarters.round()).abs() > 1e-9 {
        return None;
    }
    let fraction = if (whole * 2.0).fract().abs() < 1e-9 {
        0.5
    } else {
        0.25
    };
    // Unit factors are floats: 0.5 h in minutes is 29.999….
    Some((big.convert_step(fraction, unit) * 1e6).round() / 1e6)
}

/// The bigger unit of a time told with a fraction in words, in the answer's unit: an hour
/// (60 minutes) for "nine and a half hours".
fn fraction_whole(q: &Quantity) -> Option<f64> {
    fraction_step(q)?;
    let big = q.style.parts.as_ref()?.units[0].0;
    let Value::Amount { unit, .. } = q.value else {
        return None;
    };
    Some((big.convert_step(1.0, unit) * 1e6).round() / 1e6)
}

/// The rounding step of a written number: 0.1 for "4.8", 1000 for "16,000", 1 for "12".
fn granularity(shown: f64, decimals: u8) -> f64 {
    if decimals > 0 {
        return 10f64.powi(-i32::from(decimals));
    }
    let mut step = 1.0;
    let whole = shown.round().abs();
    while whole >= step * 100.0 && (whole / (step * 10.0)).fract() == 0.0 {
        step *= 10.0;
    }
    step
}

fn round_to(v: f64, step: f64) -> f64 {
    (v / step).round() * step
}

/// The first two significant digits swapped, a classic slip ("48" for "84").
fn swap_digits(shown: f64, decimals: u8) -> Option<f64> {
    let text = format!("{shown:.*}", usize::from(decimals));
    let digits: Vec<char> = text.chars().collect();
    let positions: Vec<usize> = digits
        .iter()
        .enumerate()
        .filter(|(_, c)| c.is_ascii_digit())
        .map(|(k, _)| k)
        .collect();
    let (&a, &b) = (positions.first()?, positions.get(1)?);
    if digits[a] == digits[b] || digits[b] == '0' {
        return None;
    }
    let mut swapped = digits.clone();
    swapped.swap(a, b);
    swapped.into_iter().collect::<String>().parse().ok()
}

fn date_candidates(d: &Date, rng: &mut impl Rng) -> Vec<Candidate> {
    let Some(year) = d.year else {
        return (1..=12)
            .filter(|&m| m != d.month)
            .map(|m| Candidate {
                tier: 2,
                value: Value::Date(Date { month: m, ..*d }),
            })
            .collect();
    };
    let mut out = Vec::new();
    for dy in [-12, -8, -6, -5, -4, -3, -2, 2, 3, 4, 5, 6, 8, 12] {
        let mut c = Date {
            year: Some(year + dy),
            ..*d
        };
        // Vary month and day too: the answer's day in another year is never offered
        // (`picks::same_day_another_year`), and options are not one date in four years.
        {
            c.month = rng.random_range(1..=12);
            if let (Some(day), end) = (d.day, d.end_day) {
                let len = end.map_or(0, |e| e - day);
                let max = crate::quantity::days_in_month(c.year, c.month) - len;
                let new = rng.random_range(1..=max);
                c.day = Some(new);
                c.end_day = end.map(|_| new + len);
            }
        }
        let tier = if dy.abs() <= 6 { 2 } else { 3 };
        out.push(Candidate {
            tier,
            value: Value::Date(c),
        });
    }
    out
}

mod deck_bounds;
mod nearby;
mod picks;
pub(crate) mod pinned;
pub(crate) mod range;
mod season;
mod text;
mod whole;

#[cfg(test)]
mod tests;
