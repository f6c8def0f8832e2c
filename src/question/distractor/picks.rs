//! The wrong options chosen so far for a quantity, on each side of the answer: a candidate
//! is taken when it is sensible, honestly wrong, on the side a range allows, new, and its
//! side still has room.

use super::pinned::Window;
use super::season::Season;
use super::{outside, same_precision, sensible, sort_key, OPTIONS};
use crate::quantity::{render, Kind, Quantity, Value};
use rand::seq::SliceRandom;
use rand::Rng;

/// Which side of the answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    /// Smaller or earlier.
    Below,
    /// Larger or later.
    Above,
}

/// Whether a typed answer of `v` would be graded right or close: such a value is no wrong
/// option. The band alone misses roundings ("300" for 302 is close, rounded coarsely), which
/// grading reads by how the figure is written (issue 11).
fn graded_near(q: &Quantity, v: &Value) -> bool {
    let (Some(_), Some(value)) = (q.value.number(), v.number()) else {
        return false;
    };
    let expected = crate::tolerance::figure_of(q);
    // The option is written like the answer, and read as a typed estimate would be: "Forty"
    // beside Thirty-nine is too near to be a wrong option, though "40" typed alone is wrong.
    let typed = crate::tolerance::Figure {
        value,
        estimate: true,
        ..expected
    };
    crate::tolerance::compare_figures(q.kind, expected, typed, None)
        != crate::tolerance::Closeness::Far
}

/// Options taken so far.
pub struct Picks<'a> {
    q: &'a Quantity,
    width: f64,
    /// What the sentence leaves open (`pinned`).
    window: Window,
    answer_key: f64,
    answer_text: String,
    seen: Vec<String>,
    decades: bool,
    /// No date or year after this one (the deck's `as_of:`).
    latest: Option<i32>,
    /// No year before this one: an answer after the deck's year is of its aftermath.
    earliest: Option<i32>,
    /// Not this year either, for a year answer before it.
    not_year: Option<i32>,
    /// Only dates in this year (the answer's year is in view).
    year: Option<i32>,
    /// Only years this many apart from the answer (a tournament held every four years).
    every: Option<i32>,
    /// Only days of this run of the deck's dates.
    season: Option<Season>,
    /// Only multiples of this (a round figure told roughly).
    multiple: Option<f64>,
    /// Every value offered, when options come from a fixed set (`fixed_set`).
    fixed: Option<Vec<String>>,
    /// How many of the options the question shows.
    shown: super::Shown,
    below: Vec<(f64, String)>,
    above: Vec<(f64, String)>,
}

impl<'a> Picks<'a> {
    /// None yet, for answer `q` with band `width`, inside `window`.
    pub fn new(q: &'a Quantity, width: f64, window: Window) -> Picks<'a> {
        let answer_text = render(q, &q.value);
        Picks {
            q,
            width,
            window,
            answer_key: sort_key(&q.value),
            seen: vec![answer_text.clone()],
            decades: false,
            latest: None,
            earliest: None,
            not_year: None,
            year: None,
            every: None,
            season: None,
            multiple: None,
            fixed: None,
            shown: super::Shown::One,
            answer_text,
            below: Vec::new(),
            above: Vec::new(),
        }
    }

    /// Offers only decades ("the 1840s" wants 1830 and 1850, never 1842).
    pub fn decades_only(&mut self) {
        self.decades = true;
    }

    /// Offers no date or year after `year` (a deck's `as_of:`), unless the answer is itself
    /// later (a deadline such as "by 2024").
    pub fn no_later_than(&mut self, year: i32) {
        // The deck's own year as a year answer keeps later options: else the key is always
        // the latest ("1061, 1062, 1063, 1066" for the Battle of Hastings' year; round 32: C).
        let own_year = matches!(self.q.value, Value::Year(y) if y == year);
        if year_of(&self.q.value).is_some_and(|y| y <= year) && !own_year {
            self.latest = Some(year);
        }
        // "France became the second team, after Brazil in 2002, …" in the deck of the 2018
        // final: 2018 itself is no wrong year for an earlier one (issue 10, round 10: C).
        if matches!(self.q.value, Value::Year(y) if y < year) {
            self.not_year = Some(year);
        }
        // "The race was held again in 1904" in the deck of the 1903 Tour: what came after the
        // deck's year is offered after it, not in 1900 or 1902 (round 22: rated C).
        if matches!(self.q.value, Value::Year(y) if y > year) {
            self.earliest = Some(year + 1);
        }
    }

    /// Offers no year after `last` for an answer `year` no later than it: the latest year
    /// of the deck's answers, after which its text knows nothing ("until Mbappé in _____":
    /// 2030 and 2034 were offered; round 40: C).
    pub fn no_option_after(&mut self, year: i32, last: i32) {
        if year <= last {
            self.latest = Some(self.latest.map_or(last, |l| l.min(last)));
        }
    }

    /// Offers only dates in `year`, another month being wrong enough: the sentence prints
    /// the year, so an option in another year would be plainly wrong.
    pub fn in_year(&mut self, year: i32) {
        self.year = Some(year);
    }

    /// Offers only years a multiple of `period` from the answer's: "Uruguay, winners in
    /// 1930 and _____" wants other World Cup years, never 1905 or 1940 (issue 10, round 7:
    /// rated C, impossible options).
    pub fn every(&mut self, period: i32) {
        self.every = Some(period);
    }

    /// Offers only multiples of `unit`: "about 900 m" is offered 800 and 1,000 m, not 1,120.
    pub fn multiples_of(&mut self, unit: f64) {
        self.multiple = Some(unit);
    }

    /// Takes options only from the values offered, even when respacing them: a kind with a
    /// fixed set of plausible answers (a time "around 23:40" is offered times an hour off).
    pub fn fixed_set(&mut self) {
        self.fixed = Some(Vec::new());
    }

    /// Options for a question that shows `shown` of them.
    pub fn shown(&mut self, shown: super::Shown) {
        self.shown = shown;
    }

    /// Offers only days of `run`, two or more from the answer's.
    pub fn in_season(&mut self, run: Season) {
        self.season = Some(run);
    }

    /// Never offers these texts (figures already in view).
    pub fn exclude(&mut self, texts: impl IntoIterator<Item = String>) {
        self.seen.extend(texts);
    }

    /// How many options `side` has.
    pub fn taken(&self, side: Side) -> usize {
        match side {
            Side::Below => self.below.len(),
            Side::Above => self.above.len(),
        }
    }

    /// Takes `v` if it fits. A full side takes no more: only its first `OPTIONS - 1` are ever
    /// shown, and a text already seen is always on the same side as its first sighting.
    pub fn offer(&mut self, v: &Value) {
        if let Some(fixed) = &mut self.fixed {
            fixed.push(shown(self.q, v));
        }
        let key = sort_key(v);
        let admitted = self.admits(v);
        let beside = self.beside_another(key, v);
        let side = if key < self.answer_key {
            &mut self.below
        } else {
            &mut self.above
        };
        if side.len() >= OPTIONS - 1 || !admitted {
            return;
        }
        let text = shown(self.q, v);
        // "39 hours 0 minutes 54 seconds" beside "31 hours 27 minutes 49 seconds": a part
        // that comes to nothing is written by no one (round 55 preview).
        let zero_part = text.contains(" 0 ") && !self.answer_text.contains(" 0 ");
        if self.seen.contains(&text) || beside || zero_part {
            return;
        }
        self.seen.push(text.clone());
        side.push((key, text));
    }

    /// Whether `v` may be an option at all, whatever else is taken.
    fn admits(&self, v: &Value) -> bool {
        let off_multiple =
            |(unit, n): (f64, f64)| ((n / unit).round() * unit - n).abs() > 1e-6 * unit;
        let off_period = |p: i32| !matches!((v, self.q.value), (Value::Year(y), Value::Year(a)) if (y - a) % p == 0);
        // One end of a range stays on its side of the other ("between what year and 1972"),
        // and so on for all the sentence shows (`pinned`).
        self.window.admits(sort_key(v))
            && !same_day_another_year(&self.q.value, v)
            && !self.multiple.zip(v.number()).is_some_and(off_multiple)
            && !self
                .not_year
                .is_some_and(|n| matches!(v, Value::Year(y) if *y == n))
            && sensible(self.q, v)
            && self.padded_ok(v)
            && self.halves_ok(v)
            && self.wrong_enough(v)
            && (!self.decades || matches!(v, Value::Year(y) if y % 10 == 0))
            && !self.every.is_some_and(off_period)
            && self
                .latest
                .zip(year_of(v))
                .is_none_or(|(last, y)| y <= last)
            && self
                .earliest
                .zip(year_of(v))
                .is_none_or(|(first, y)| y >= first)
    }

    /// Whether `v` is written with real decimals where the answer is: "24.0°, 33.0° and
    /// 51.0°" padded beside a 37.5° key leave it the one figure with a fraction (round 47:
    /// B, as "1,400.0 m" beside 1,186.5 m was in round 27).
    fn padded_ok(&self, v: &Value) -> bool {
        let fraction = self
            .q
            .value
            .number()
            .is_some_and(|a| !super::whole_as_shown(self.q, a));
        !fraction || same_precision(self.q, v)
    }

    /// Whether `v` is a half-step where the answer, a multiple, is one: "2½ times" beside
    /// "2, 3 and 4 times" is the one option of its form (round 50: B, "stands apart by
    /// form"); without half-steps enough, the multiple is asked typed.
    fn halves_ok(&self, v: &Value) -> bool {
        let half = |n: f64| (n.fract().abs() - 0.5).abs() < 1e-9;
        let halved = self.q.kind == Kind::Multiple && self.q.value.number().is_some_and(half);
        !halved || v.number().is_some_and(half)
    }

    /// Whether `v` (with sort key `key`) is a number nearer an option already taken than a
    /// tenth of its distance from the answer: "353,000" beside "358,000" reads as one option twice (issue 10,
    /// round 10: rated B).
    fn beside_another(&self, key: f64, v: &Value) -> bool {
        matches!(
            v,
            Value::Number(_) | Value::Money { .. } | Value::Amount { .. }
        ) && self.below.iter().chain(&self.above).any(|(k, _)| {
            let gap = (k - key).abs();
            // Far from the key, a few percent apart is one option twice too: "£31
            // million" beside "£32 million" for £23 million (round 52e: B).
            let far = (key - self.answer_key).abs() >= 0.2 * self.answer_key.abs();
            gap <= 0.1 * (key - self.answer_key).abs()
                || far && gap <= 0.04 * key.abs().max(k.abs())
        })
    }

    /// Honestly wrong: outside the grading band, or, with the year in view, in that year
    /// and another month.
    fn wrong_enough(&self, v: &Value) -> bool {
        if let (Some(run), Value::Date(a)) = (&self.season, self.q.value) {
            return run.admits(&a, v);
        }
        match (self.year, self.q.value, v) {
            // A day two off is far; another month would stand out beside them.
            (Some(year), Value::Date(a), Value::Date(b)) if by_days(&a) => {
                b.year == Some(year)
                    && b.month == a.month
                    && b.day.zip(a.day).is_some_and(|(x, y)| x.abs_diff(y) >= 3)
            }
            // A month off is graded close: two or more away.
            (Some(year), Value::Date(a), Value::Date(b)) => {
                b.year == Some(year) && a.month.abs_diff(b.month) >= 2
            }
            (Some(_), _, _) => false,
            // A temperature is near by degrees (`tolerance::band`), which grading, reading a
            // share of the figure, does not yet know: 44 °C is no slip for a 47 °C record.
            (None, _, _) => {
                outside(self.q, v, self.width)
                    && (super::on_degrees(self.q) || !graded_near(self.q, v))
            }
        }
    }

    /// With one side closed by the sentence, the answer is an end option; standing apart
    /// from the others it gives itself away ("800, 1,000 and 1,200 m" then "1,600 m",
    /// "June 1991, March 1992, February 1993" then "April 1997"; round 49: B six times).
    /// The options are then spaced evenly over about the span they covered, where all
    /// three fit: 700, 1,000, 1,300 and 1,600 m.
    fn respaced(&self) -> Option<(Vec<(f64, String)>, Side)> {
        let (taken, side, sign) = match (self.below.len(), self.above.len()) {
            (n, 0) if n == OPTIONS - 1 => (&self.below, Side::Below, -1.0),
            (0, n) if n == OPTIONS - 1 => (&self.above, Side::Above, 1.0),
            _ => return None,
        };
        if super::few(self.q) {
            return None;
        }
        let at = self.position(self.answer_key)?;
        let mut gaps = taken
            .iter()
            .map(|(k, _)| Some((self.position(*k)? - at).abs()))
            .collect::<Option<Vec<f64>>>()?;
        gaps.sort_by(f64::total_cmp);
        let run: Vec<f64> = gaps.windows(2).map(|p| p[1] - p[0]).collect();
        let (narrowest, widest) = run.iter().fold((f64::INFINITY, 0.0_f64), |(lo, hi), g| {
            (lo.min(*g), hi.max(*g))
        });
        let nearest = gaps[0];
        if widest > 1.5 * narrowest || nearest <= 1.25 * widest {
            return None;
        }
        // Spread over as wide a span as before, in steps of the answer's rounding (a month
        // for a date): where the sentence rules a step's third option out, the next nearest
        // step is tried, up to the nearest option's own distance.
        let unit = match self.q.value {
            Value::Date(_) => 1.0,
            _ => self.multiple.unwrap_or(0.0).max(super::option_unit(self.q)),
        };
        let target = (gaps[gaps.len() - 1] / 3.0 / unit).round() * unit;
        let steps = (0..12)
            .flat_map(|k| [target + unit * f64::from(k), target - unit * f64::from(k)])
            .filter(|s| *s >= narrowest && *s <= nearest)
            .chain([nearest]);
        steps
            .filter_map(|step| self.evenly(at, sign * step, taken))
            .next()
            .map(|side_now| (side_now, side))
    }

    /// Where the value with sort key `key` lies on the scale options are spaced on: its
    /// number, or for a dated answer its month counted from year 0, when it falls on the
    /// answer's day.
    fn position(&self, key: f64) -> Option<f64> {
        let Value::Date(d) = self.q.value else {
            return Some(key);
        };
        let (year, month, day) = super::key_date(key);
        let same_day = day == f64::from(d.day.unwrap_or(0));
        (d.year.is_some() && d.end_day.is_none() && same_day).then_some(year * 12.0 + month - 1.0)
    }

    /// The value at `position` (see `position`).
    fn value_at(&self, position: f64) -> Value {
        match self.q.value {
            Value::Date(d) => Value::Date(crate::quantity::Date {
                year: Some(position.div_euclid(12.0) as i32),
                month: position.rem_euclid(12.0) as u8 + 1,
                ..d
            }),
            other => other.with_number(position),
        }
    }

    /// Three options `step` apart going on from the answer at `at`, if all may be taken.
    fn evenly(&self, at: f64, step: f64, taken: &[(f64, String)]) -> Option<Vec<(f64, String)>> {
        (1..OPTIONS)
            .map(|k| {
                let v = self.value_at(at + step * k as f64);
                let text = shown(self.q, &v);
                let free = !self.seen.contains(&text) || taken.iter().any(|(_, t)| *t == text);
                let in_set = self.fixed.as_ref().is_none_or(|f| f.contains(&text));
                (free && in_set && self.admits(&v)).then_some((sort_key(&v), text))
            })
            .collect()
    }

    /// The options in order and the index of the answer, at a random rank both sides can
    /// fill; `None` when none can.
    pub fn finish(self, rng: &mut impl Rng) -> Option<(Vec<String>, usize)> {
        let mut ranks: Vec<usize> = (0..OPTIONS).collect();
        ranks.shuffle(rng);
        // A small count keeps every smaller count it can, and the nearest larger ones: "two
        // wins" among two to five wins is the lowest and "five" absurd beside "and a draw"
        // in a group of three games (round 32: rated C).
        let small = super::few(self.q);
        let dated = matches!(self.q.value, Value::Date(d) if d.year.is_some());
        let (below, mut above) = match self.respaced() {
            Some((side, Side::Below)) => (side, self.above),
            Some((side, Side::Above)) => (self.below, side),
            None => (self.below, self.above),
        };
        if small {
            ranks.sort_by_key(|&r| std::cmp::Reverse(r.min(below.len())));
            above.sort_by(|a, b| a.0.total_cmp(&b.0));
        }
        let answer = (self.answer_key, self.answer_text);
        let fits = |r: &usize| below.len() >= *r && above.len() >= OPTIONS - 1 - *r;
        // The answer standing apart ("24, 25, 26 and 30 °C"; the one date of 1970 among
        // three of 1969) gives itself away: another rank both sides can fill is tried, and
        // where every one sets it apart the figure is not asked as a choice (round 51: B and
        // C for "1841, 1842, 1843 and 1845", "15, 17, 18 and 19 April"). A swap shows one
        // option, which stands apart from nothing.
        let mut first = None;
        for rank in ranks.into_iter().filter(fits) {
            let picked = settle(below.clone(), above.clone(), rank, &answer);
            let apart = stray(&picked).is_some_and(|k| picked[k].1 == answer.1)
                || breaks_run(&picked, &answer.1)
                || (dated && alone_in_its_year(&picked, &answer.1));
            if !apart {
                return Some((picked.into_iter().map(|p| p.1).collect(), rank));
            }
            first.get_or_insert((picked, rank));
        }
        first
            .filter(|_| self.shown == super::Shown::One)
            .map(|(picked, rank)| (picked.into_iter().map(|p| p.1).collect(), rank))
    }
}

/// Whether a date whose year is in view is offered other days of its month: one day, not
/// a run of days. "15 March, April and May 2018" for a World Cup final in July fell outside
/// the tournament (round 47: C, and B three times for the Tour's and 1966's months).
pub(super) fn by_days(d: &crate::quantity::Date) -> bool {
    d.day.is_some() && d.end_day.is_none()
}

/// Whether `v` is the answer's day and month in another year: beside other days, the two
/// options sharing "25 July" narrow the key to them (round 47: B five times), and three
/// sharing "October 22" to those three.
fn same_day_another_year(answer: &Value, v: &Value) -> bool {
    matches!(
        (answer, v),
        (Value::Date(a), Value::Date(b))
            if a.day.is_some() && a.year.is_some() && a.day == b.day && a.month == b.month
    )
}

/// Whether the answer is the one date of its year, every other option sharing another:
/// "February 22, October 22 and November 22, 1969" then "January 22, 1970".
fn alone_in_its_year(sorted: &[(f64, String)], answer: &str) -> bool {
    let year = |key: f64| super::key_date(key).0;
    let Some((key, _)) = sorted.iter().find(|(_, t)| t == answer) else {
        return false;
    };
    let mut others = sorted
        .iter()
        .filter(|(_, t)| t != answer)
        .map(|p| year(p.0));
    let Some(first) = others.next() else {
        return false;
    };
    first != year(*key) && others.all(|y| y == first)
}

/// Whether the answer, at an end, breaks the even run the other options make: "1, 2 and
/// 3 million" then "5 million", "1841, 1842, 1843" then "1845" (round 47: B six times).
fn breaks_run(sorted: &[(f64, String)], answer: &str) -> bool {
    let Some(at) = sorted.iter().position(|(_, t)| t == answer) else {
        return false;
    };
    if sorted.len() < 4 || (at != 0 && at != sorted.len() - 1) {
        return false;
    }
    let gaps: Vec<f64> = sorted.windows(2).map(|p| p[1].0 - p[0].0).collect();
    let (key_gap, run) = if at == 0 {
        (gaps[0], &gaps[1..])
    } else {
        (gaps[gaps.len() - 1], &gaps[..gaps.len() - 1])
    };
    let step = run[0];
    let even = run
        .iter()
        .all(|g| (g - step).abs() <= 0.01 * step.abs().max(f64::EPSILON));
    even && (key_gap - step).abs() > 0.25 * step
}

/// The options for `rank`: an option standing apart while its side has another to offer
/// gives way; of the sets tried, the first without one, else the narrowest ("85.0
/// million" in place of a stray 16.7 million beside 6.5, 8.5 and 10.5 million would be
/// worse).
fn settle(
    mut below: Vec<(f64, String)>,
    mut above: Vec<(f64, String)>,
    rank: usize,
    answer: &(f64, String),
) -> Vec<(f64, String)> {
    let mut best = composed(&below, &above, rank, answer);
    loop {
        let picked = composed(&below, &above, rank, answer);
        if spread(&picked) < spread(&best) {
            best = picked.clone();
        }
        let far = stray(&picked);
        let side = match far {
            None => return picked,
            Some(0) if rank > 0 && below.len() > rank => &mut below,
            Some(k) if k == OPTIONS - 1 && rank < k && above.len() > OPTIONS - 1 - rank => {
                &mut above
            }
            Some(_) => return best,
        };
        let far = &picked[far.unwrap_or_default()].1;
        let before = side.len();
        side.retain(|(_, text)| text != far);
        if side.len() == before {
            return best;
        }
    }
}

/// The options, sorted: the first `rank` of `below`, the answer, and the rest from `above`.
fn composed(
    below: &[(f64, String)],
    above: &[(f64, String)],
    rank: usize,
    answer: &(f64, String),
) -> Vec<(f64, String)> {
    let mut picked: Vec<(f64, String)> = below.iter().take(rank).cloned().collect();
    picked.extend(above.iter().take(OPTIONS - 1 - rank).cloned());
    picked.push(answer.clone());
    picked.sort_by(|a, b| a.0.total_cmp(&b.0));
    picked
}

/// How far the sorted options run.
fn spread(sorted: &[(f64, String)]) -> f64 {
    match (sorted.first(), sorted.last()) {
        (Some(a), Some(b)) => b.0 - a.0,
        _ => 0.0,
    }
}

/// The index of an end option far from all the others, if any: its gap to the next is more
/// than three times every other gap. "1989" beside 1965, 1966 and 1971, or "40.0 percent"
/// beside 15.4, 17.2 and 19.1, is ruled out on sight (rounds 31 and 32: rated B and C).
fn stray(sorted: &[(f64, String)]) -> Option<usize> {
    let gaps: Vec<f64> = sorted.windows(2).map(|p| p[1].0 - p[0].0).collect();
    let (first, last) = (*gaps.first()?, *gaps.last()?);
    let inner = |skip: usize| {
        gaps.iter()
            .enumerate()
            .filter(|(k, _)| *k != skip)
            .map(|(_, g)| *g)
            .fold(0.0, f64::max)
    };
    if first > 3.0 * inner(0) {
        Some(0)
    } else if last > 3.0 * inner(gaps.len() - 1) {
        Some(sorted.len() - 1)
    } else {
        None
    }
}

/// `v` written like the answer `q`, grouped past a thousand as prose writes it ("1,220 m"
/// beside a 900 m key, not "1220 m"; round 29: rated B). Options for a range use it too.
pub(super) fn shown(q: &Quantity, v: &Value) -> String {
    // Only where the key's own writing does not tell: a key of 1642 written bare keeps
    // its options bare.
    let scale = q.style.num.scale.as_ref().map_or(1.0, |(f, _)| *f);
    let past = |n: f64| n.abs() / scale >= 1000.0;
    let big = v.number().is_some_and(past) && !q.value.number().is_some_and(past);
    let plain = !matches!(v, Value::Year(_) | Value::Date(_)) && !q.style.num.words;
    if big && plain && !q.style.num.grouped && q.kind != crate::quantity::Kind::Year {
        let mut q = q.clone();
        q.style.num.grouped = true;
        render(&q, v)
    } else {
        render(q, v)
    }
}

/// The year of a date or year value.
pub(super) fn year_of(v: &Value) -> Option<i32> {
    match v {
        Value::Year(y) => Some(*y),
        Value::Date(d) => d.year,
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rand::SeedableRng;

    #[test]
    fn no_year_is_offered_past_the_latest_the_deck_knows() {
        let q = &crate::quantity::find("until Kylian Mbappé in 2022.")[0];
        let mut picks = Picks::new(q, 0.0, Window::default());
        picks.no_option_after(2022, 2022);
        for y in [2026, 2030, 2018, 2014] {
            picks.offer(&Value::Year(y));
        }
        assert_eq!((picks.taken(Side::Below), picks.taken(Side::Above)), (2, 0));
        let mut later = Picks::new(q, 0.0, Window::default());
        later.no_option_after(2022, 2018);
        later.offer(&Value::Year(2026));
        assert_eq!(
            later.taken(Side::Above),
            1,
            "an answer past the deck's years"
        );
    }

    #[test]
    fn the_answer_never_stands_apart_where_another_rank_can_be_filled() {
        let q = &crate::quantity::find("it can come close to 30 °C all year")[0];
        for seed in 0..20 {
            let mut picks = Picks::new(q, 2.0, Window::default());
            for n in [24.0, 25.0, 26.0, 34.0, 36.0] {
                picks.offer(&q.value.with_number(n));
            }
            let mut rng = rand::rngs::StdRng::seed_from_u64(seed);
            let (options, rank) = picks.finish(&mut rng).expect("options");
            assert_eq!(options[rank], "30 °C");
            assert_ne!(options, ["24 °C", "25 °C", "26 °C", "30 °C"], "seed {seed}");
        }
    }

    #[test]
    fn an_answer_the_sentence_leaves_at_one_end_is_spaced_like_the_others() {
        // (figure, band, floor, ceiling, offered, options wanted)
        type Case<'a> = (
            &'a str,
            f64,
            Option<f64>,
            Option<f64>,
            &'a [f64],
            &'a [&'a str],
        );
        let jobs = "down 7,000 jobs";
        let cases: &[Case] = &[
            // An even run, the answer two steps off: spread as widely, in the figure's steps.
            (
                jobs,
                0.0,
                None,
                Some(7_001.0),
                &[5e3, 4e3, 3e3],
                &["4,000", "5,000", "6,000", "7,000"],
            ),
            // 6,000 is inside the band: the next step out.
            (
                jobs,
                1_500.0,
                None,
                Some(7_001.0),
                &[5e3, 4e3, 3e3],
                &["1,000", "3,000", "5,000", "7,000"],
            ),
            (
                "until 23:40",
                0.0,
                None,
                Some(1421.0),
                &[1360.0, 1330.0, 1300.0],
                &["21:40", "22:20", "23:00", "23:40"],
            ),
            (
                "about 1,600 m",
                0.0,
                Some(600.0),
                Some(1601.0),
                &[1200.0, 1000.0, 800.0],
                &["700 m", "1,000 m", "1,300 m", "1,600 m"],
            ),
            // An uneven set is left as it is: no run to break.
            (
                jobs,
                0.0,
                None,
                Some(7_001.0),
                &[5e3, 4.5e3, 2e3],
                &["2,000", "4,500", "5,000", "7,000"],
            ),
            // 1844 is graded close and 1839 is below the floor: the options stay.
            (
                "in 1845",
                0.0,
                Some(1840.0),
                Some(1846.0),
                &[1843.0, 1842.0, 1841.0],
                &["1841", "1842", "1843", "1845"],
            ),
        ];
        for (text, band, floor, ceiling, offered, want) in cases {
            let q = &crate::quantity::find(text)[0];
            let window = Window {
                floor: *floor,
                ceiling: *ceiling,
            };
            let mut picks = Picks::new(q, *band, window);
            for n in *offered {
                picks.offer(&q.value.with_number(*n));
            }
            let mut rng = rand::rngs::StdRng::seed_from_u64(1);
            let options = picks.finish(&mut rng).map(|(o, _)| o);
            let want: Vec<String> = want.iter().map(|w| w.to_string()).collect();
            assert_eq!(options, Some(want), "{text}");
        }
    }

    #[test]
    fn a_key_every_rank_sets_apart_is_no_choice_but_still_a_swap() {
        // (figure, window's floor and ceiling, offered, whether all four may be shown)
        let date = |year, month, day| {
            Value::Date(crate::quantity::Date {
                year: Some(year),
                month,
                day: Some(day),
                end_day: None,
            })
        };
        let year = |y: f64| Value::Year(y as i32);
        type Case<'a> = (&'a str, Option<f64>, Option<f64>, Vec<Value>, bool);
        let cases: &[Case] = &[
            // The run 1841–1843 below a key the sentence pins under 1846.
            (
                "in 1845",
                Some(1840.0),
                Some(1846.0),
                vec![year(1843.0), year(1842.0), year(1841.0)],
                false,
            ),
            // Room on both sides: the key sits among the others.
            (
                "in 1845",
                None,
                None,
                vec![year(1843.0), year(1842.0), year(1847.0), year(1848.0)],
                true,
            ),
            // The one date of 1970 among three of 1968, though none is a stray.
            (
                "on January 22, 1970",
                None,
                None,
                vec![date(1968, 2, 22), date(1968, 8, 22), date(1968, 11, 22)],
                false,
            ),
            // Three years among four: nothing sets the key apart.
            (
                "on January 22, 1970",
                None,
                None,
                vec![date(1967, 10, 22), date(1967, 11, 22), date(1972, 4, 22)],
                true,
            ),
        ];
        for (text, floor, ceiling, offered, all_ok) in cases {
            let q = &crate::quantity::find(text)[0];
            let finish = |shown| {
                let window = Window {
                    floor: *floor,
                    ceiling: *ceiling,
                };
                let mut picks = Picks::new(q, 1.0, window);
                picks.shown(shown);
                for v in offered {
                    picks.offer(v);
                }
                picks.finish(&mut rand::rngs::StdRng::seed_from_u64(1))
            };
            assert_eq!(
                finish(super::super::Shown::All).is_some(),
                *all_ok,
                "{text} {offered:?}"
            );
            assert!(finish(super::super::Shown::One).is_some(), "{text}: a swap");
        }
    }

    #[test]
    fn far_from_the_key_a_few_percent_apart_is_one_option_twice() {
        // Round 52e: "£31 million" beside "£32 million" for £23 million (B).
        let q = &crate::quantity::find("The unit cost was £23 million.")[0];
        let taken = |offered: &[f64]| {
            let mut picks = Picks::new(q, 0.0, Window::default());
            for n in offered {
                picks.offer(&q.value.with_number(*n));
            }
            picks
                .above
                .iter()
                .map(|(_, t)| t.clone())
                .collect::<Vec<_>>()
        };
        assert_eq!(taken(&[31e6, 32e6, 40e6]), ["£31 million", "£40 million"]);
        // Near the key, a step of a few percent is a distinct slip.
        assert_eq!(taken(&[32e6, 40e6]), ["£32 million", "£40 million"]);
    }

    #[test]
    fn a_date_standing_apart_is_spaced_by_months() {
        let q = &crate::quantity::find("at or below 5 percent since April 1997")[1];
        let month = |year, month| {
            Value::Date(crate::quantity::Date {
                year: Some(year),
                month,
                day: None,
                end_day: None,
            })
        };
        let ceiling = Some(sort_key(&q.value) + 1.0);
        let mut picks = Picks::new(
            q,
            0.0,
            Window {
                floor: None,
                ceiling,
            },
        );
        for v in [month(1993, 2), month(1991, 6), month(1992, 3)] {
            picks.offer(&v);
        }
        let mut rng = rand::rngs::StdRng::seed_from_u64(1);
        let (options, _) = picks.finish(&mut rng).expect("options");
        assert_eq!(
            options,
            ["July 1991", "June 1993", "May 1995", "April 1997"]
        );
    }

    #[test]
    fn an_end_option_far_from_the_rest_is_a_stray() {
        let cases: &[(&[f64], Option<usize>)] = &[
            (&[1965.0, 1966.0, 1971.0, 1989.0], Some(3)),
            (&[15.4, 17.2, 19.1, 40.0], Some(3)),
            (&[6.0, 14.0, 16.0, 18.0], Some(0)),
            (&[1970.0, 1973.0, 1976.0, 1979.0], None),
            (&[40.0, 46.1, 64.1, 87.2], None),
            (&[1.0, 2.0, 3.0, 6.0], None),
        ];
        for (keys, want) in cases {
            let sorted: Vec<(f64, String)> = keys.iter().map(|k| (*k, k.to_string())).collect();
            assert_eq!(stray(&sorted), *want, "{keys:?}");
        }
    }
}
