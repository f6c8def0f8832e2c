//! The days a deck's dates crowd around. "Launched on July 16, 1969 … landed on July 20 …
//! splashed down on July 24": a date inside such a run wants other days of the run as
//! options, not July 20 of 1971 or 21 January, which the deck itself rules out (issue 10,
//! round 12b: six C grades, options outside the mission, the tournament, the voyage).
//! Without such a run, a date keeps to the months the deck's dates of the year around it
//! span: "In May 2017, President Trump…" in a deck of January 2017 to February 2018 is not
//! offered May 2012 (round 12, built-in decks: options before he took office).

use crate::quantity::{Date, Kind, Quantity, Value};
use crate::question::pool::{date_key, year_start, Entry, Group, Pool, Shape};

/// Deck dates this many days or fewer from the answer make a run with it.
const REACH: i64 = 45;

/// Options may lie this many days beyond the run's first and last dates.
const MARGIN: i64 = 2;

/// A single day that opens or closes its run may be offered days this far out on its open
/// side: nothing the deck dates lies there to rule them out.
const OPEN_MARGIN: i64 = 6;

/// A yearless answer reads at most this many of the deck's dates to find its run.
const YEARLESS_MAX: usize = 512;

/// Without a run of days, deck dates this many months or fewer away make a run of months.
const MONTHS_REACH: i64 = 12;

/// What a run counts in.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Unit {
    Day,
    Month,
}

/// The run of days (or months) around an answer.
#[derive(Debug, Clone, PartialEq)]
pub struct Season {
    /// Days or months.
    unit: Unit,
    /// The first and last day (or month) numbers an option may fall on.
    pub first: i64,
    /// See `first`.
    pub last: i64,
    /// The year a yearless answer is read in.
    year: i32,
    /// The answer's day number.
    answer: i64,
    /// The deck's own days in the run (not the answer's).
    days: Vec<i64>,
    /// For a single day, the deck's nearest days before and after it: each dates another
    /// event, so an option on or past one reads as that event's day or puts the events out
    /// of order ("entered lunar orbit on July 22" after a landing on July 20; round 50:
    /// four C).
    between: Option<(Option<i64>, Option<i64>)>,
}

/// The run of the deck's dates that answer `q` falls in, if the deck has another day within
/// [`REACH`] of it.
pub fn of(q: &Quantity, deck: &Pool) -> Option<Season> {
    let Value::Date(d) = q.value else {
        return None;
    };
    days_of(q.kind, d, deck).or_else(|| months_of(q.kind, d, deck))
}

/// The run of days, for an answer with a day.
fn days_of(kind: Kind, d: Date, deck: &Pool) -> Option<Season> {
    d.day?;
    let dated = deck_dates(kind, d, deck);
    let near = |year: i32| {
        let answer = d.day_number(year)?;
        let days: Vec<i64> = dated
            .iter()
            .filter(|o| **o != d)
            .flat_map(|o| ends(o, year))
            .filter(|&n| n != answer && (n - answer).abs() <= REACH)
            .collect();
        Some((answer, days))
    };
    let (year, (answer, mut days)) = match d.year {
        Some(y) => (y, near(y)?),
        // "on July 21 at 02:56 UTC" in a deck of July 1969: the year whose run holds the
        // most of the deck's days ("15 April" of a deck of April 1912, not March 1909).
        None => {
            let mut years: Vec<i32> = dated.iter().filter_map(|o| o.year).collect();
            years.sort_unstable();
            years.dedup();
            years
                .into_iter()
                .filter_map(|y| near(y).map(|n| (y, n)))
                // The deck writing the answer's own day in a year ("14 April 1912" beside
                // "On 14 April") names the year first (round 16: "31 March" of 1909 was
                // offered for the Titanic's 14 April).
                .max_by_key(|(y, (answer, days))| {
                    let own = dated
                        .iter()
                        .any(|o| o.year == Some(*y) && ends(o, *y).contains(answer));
                    (own, days.len(), -y)
                })?
        }
    };
    if days.is_empty() {
        return None;
    }
    days.sort_unstable();
    days.dedup();
    let mut first = days[0].min(answer) - MARGIN;
    let mut last = days[days.len() - 1].max(answer) + MARGIN;
    let between = d.end_day.is_none().then(|| {
        let before = days.iter().rev().copied().find(|&n| n < answer);
        let after = days.iter().copied().find(|&n| n > answer);
        if before.is_none() {
            first = answer - OPEN_MARGIN;
        }
        if after.is_none() {
            last = answer + OPEN_MARGIN;
        }
        (before, after)
    });
    Some(Season {
        unit: Unit::Day,
        first,
        last,
        year,
        answer,
        days,
        between,
    })
}

/// A date's month number (months since year 0), in `year` when it has none.
fn month_number(d: &Date, year: i32) -> i64 {
    i64::from(d.year.unwrap_or(year)) * 12 + i64::from(d.month) - 1
}

/// The run of months, for an answer with a year: the deck's dates within [`MONTHS_REACH`].
fn months_of(kind: Kind, d: Date, deck: &Pool) -> Option<Season> {
    let year = d.year?;
    let answer = month_number(&d, year);
    let keys = Some((year_start(year - 1), year_start(year + 2)));
    let mut months: Vec<i64> = [(false, false), (true, false), (true, true)]
        .into_iter()
        .flat_map(|(day, range_of_days)| {
            dates_in(deck, kind, Shape::Date(true, day, range_of_days), keys)
        })
        .flatten()
        .map(|o| month_number(&o, year))
        .filter(|&n| n != answer && (n - answer).abs() <= MONTHS_REACH)
        .collect();
    if months.is_empty() {
        return None;
    }
    months.sort_unstable();
    months.dedup();
    Some(Season {
        unit: Unit::Month,
        first: months[0].min(answer),
        last: months[months.len() - 1].max(answer),
        year,
        answer,
        days: months,
        between: None,
    })
}

impl Season {
    /// Whether `v`, a date shaped like `answer`, falls inside the run and two days or more
    /// from the answer (a day off is graded close).
    pub fn admits(&self, answer: &Date, v: &Value) -> bool {
        let Value::Date(o) = v else {
            return false;
        };
        if self.unit == Unit::Month {
            // A month off, or the same month a year off, is graded close.
            let n = month_number(o, self.year);
            let off = (n - self.answer).abs();
            let same_days = o.day == answer.day && o.end_day == answer.end_day;
            return (self.first..=self.last).contains(&n) && off >= 2 && off != 12 && same_days;
        }
        let len = span(answer);
        let Some(n) = o.day_number(self.year) else {
            return false;
        };
        // A range of days is offered only ranges clear of it: "14–22 July" shares most of
        // "16–24 July" and is half right.
        let clear = len == 0 || n + len < self.answer || n > self.answer + len;
        let (before, after) = self.between.unwrap_or_default();
        let in_order = before.is_none_or(|b| n > b) && after.is_none_or(|a| n < a);
        n >= self.first && n + len <= self.last && (n - self.answer).abs() >= 2 && clear && in_order
    }

    /// Whether the run's options are all the choice a single day may have: between the
    /// deck's days around it there may be too few for a question, and any other option
    /// would cross one of them.
    pub fn binds(&self) -> bool {
        self.between.is_some()
    }

    /// Candidate options, written like `answer`: the deck's own days first, then the other
    /// days of the run, nearest first.
    pub fn candidates(&self, answer: &Date) -> Vec<Value> {
        let mut near: Vec<i64> = (self.first..=self.last).collect();
        near.sort_by_key(|n| (n - self.answer).abs());
        self.days
            .iter()
            .chain(&near)
            .map(|&n| Value::Date(self.date(answer, n)))
            .collect()
    }

    /// The date numbered `n` in this run's unit, written like `answer`.
    fn date(&self, answer: &Date, n: i64) -> Date {
        match self.unit {
            Unit::Day => shaped_like(answer, n),
            Unit::Month => Date {
                year: i32::try_from(n.div_euclid(12)).ok(),
                month: n.rem_euclid(12) as u8 + 1,
                ..*answer
            },
        }
    }
}

/// The deck's dates with a day, near enough to `d` to be read (all of them, up to
/// [`YEARLESS_MAX`], for a yearless `d`).
fn deck_dates(kind: Kind, d: Date, deck: &Pool) -> Vec<Date> {
    let ends = d.day_number(0).filter(|_| d.year.is_some()).map(|n| {
        (
            Date::from_day_number(n - REACH - 31),
            Date::from_day_number(n + REACH),
        )
    });
    let span = |lo: Date, hi: Date| (date_key(&lo), date_key(&hi) + 31.0);
    let keys = ends.map(|(lo, hi)| span(lo, hi));
    // A dated answer reads the deck's yearless days too, as of its year: Everest's summit on
    // 29 May 1953 and "The news reached London on June 2" (round 50: "2 June 1953" was
    // offered for the summit, after the news).
    let yearless = ends.map(|(lo, hi)| span(Date { year: None, ..lo }, Date { year: None, ..hi }));
    // Only where the deck dates other days of the year nearby: a yearless day is of the
    // story told around it, not of every year (Messner's 8 May 1978 in the same deck).
    let mut dated: Vec<Date> = [false, true]
        .into_iter()
        .flat_map(|range_of_days| {
            dates_in(deck, kind, Shape::Date(true, true, range_of_days), keys)
        })
        .flatten()
        .collect();
    if dated.iter().any(|o| *o != d) {
        let undated = [false, true]
            .into_iter()
            .filter(|_| yearless.is_some_and(|(lo, hi)| lo < hi))
            .flat_map(|range_of_days| {
                dates_in(
                    deck,
                    kind,
                    Shape::Date(false, true, range_of_days),
                    yearless,
                )
            });
        dated.extend(undated.flatten());
    }
    dated
}

/// The deck's dates of `kind` and `shape` with keys from `keys.0` to `keys.1`, or all of
/// them when `keys` is `None` (then `None` above [`YEARLESS_MAX`]).
fn dates_in(deck: &Pool, kind: Kind, shape: Shape, keys: Option<(f64, f64)>) -> Option<Vec<Date>> {
    let order = deck.order();
    let within = order.group(
        &deck.0,
        Group {
            kind,
            shape,
            round: 0,
        },
    );
    let span = match keys {
        Some((lo, hi)) => order.span_in(&deck.0, within, lo, hi),
        None if within.len() <= YEARLESS_MAX => within,
        None => return None,
    };
    Some(
        span.filter_map(|k| match deck.0[order.at(k)] {
            Entry::Quantity {
                value: Value::Date(o),
                ..
            } => Some(o),
            _ => None,
        })
        .collect(),
    )
}

/// The first and last day numbers of a deck date, in `year` when it has none.
fn ends(o: &Date, year: i32) -> Vec<i64> {
    let first = o.day_number(year);
    let last = o
        .end_day
        .and_then(|e| Date { day: Some(e), ..*o }.day_number(year));
    first.into_iter().chain(last).collect()
}

/// How many days after its first an answer's range of days ends (0 for one day).
pub(super) fn span(d: &Date) -> i64 {
    d.end_day
        .zip(d.day)
        .map_or(0, |(e, s)| i64::from(e) - i64::from(s))
}

/// The date starting on day `n`, with `answer`'s parts: its year only if it has one, and a
/// range of days of the same length (kept in one month, or left invalid for `sensible`).
fn shaped_like(answer: &Date, n: i64) -> Date {
    let start = Date::from_day_number(n);
    let end_day = answer
        .end_day
        .map(|_| start.day.unwrap_or(1) + span(answer) as u8);
    Date {
        year: answer.year.and(start.year),
        end_day,
        ..start
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::quantity::find;

    fn date(text: &str) -> Quantity {
        find(text).into_iter().next().expect(text)
    }

    fn pool(texts: &[&str]) -> Pool {
        Pool::new(
            texts
                .iter()
                .map(|t| {
                    let q = date(t);
                    Entry::Quantity {
                        kind: q.kind,
                        value: q.value,
                        fact: 0,
                        race: None,
                        most: None,
                        lead: None,
                        end: None,
                        born: None,
                    }
                })
                .collect(),
        )
    }

    #[test]
    fn day_numbers_go_both_ways() {
        for text in [
            "March 1, 2000",
            "February 29, 2000",
            "December 31, 1969",
            "January 1, 1970",
            "July 20, 1969",
        ] {
            let Value::Date(d) = date(text).value else {
                panic!("{text}");
            };
            let n = d.day_number(0).expect(text);
            assert_eq!(Date::from_day_number(n), d, "{text}");
            assert_eq!(
                Date::from_day_number(n + 1).day_number(0),
                Some(n + 1),
                "{text}"
            );
        }
        let day = |t: &str| match date(t).value {
            Value::Date(d) => d.day_number(0).expect(t),
            _ => panic!("{t}"),
        };
        assert_eq!(
            day("March 1, 2000") - day("February 28, 2000"),
            2,
            "a leap day between"
        );
        assert_eq!(day("January 1, 1970") - day("December 31, 1969"), 1);
    }

    #[test]
    fn a_run_is_the_decks_days_near_the_answer() {
        let deck = pool(&[
            "July 16, 1969",
            "July 24, 1969",
            "March 1, 1961",
            "August 30, 1969",
            "July 10, 1909",
        ]);
        /// An answer, the first and last day options may fall on, and why.
        type Case = (
            &'static str,
            Option<(&'static str, &'static str)>,
            &'static str,
        );
        let cases: &[Case] = &[
            (
                "July 20, 1969",
                Some(("July 14, 1969", "September 1, 1969")),
                "launch, splashdown and a day 41 days on",
            ),
            (
                "July 21",
                Some(("July 14, 1969", "September 1, 1969")),
                "a yearless day takes the year of the run with the most days",
            ),
            ("July 20, 1971", None, "no deck day within reach"),
        ];
        for (answer, want, why) in cases {
            let got = of(&date(answer), &deck).map(|s| (s.first, s.last));
            let want = want.map(|(a, b)| {
                let n = |t: &str| match date(t).value {
                    Value::Date(d) => d.day_number(0).unwrap(),
                    _ => panic!(),
                };
                (n(a), n(b))
            });
            assert_eq!(got, want, "{why}: {answer}");
        }
    }

    #[test]
    fn without_a_run_of_days_options_keep_to_the_decks_months() {
        // Issue 10, round 12 (built-in decks): "In May 2017, President Trump…" was offered
        // May 2012, May 2013 and January 2015, before he took office.
        let deck = pool(&[
            "January 2017",
            "April 11, 2017",
            "February 2018",
            "April 4, 1949",
            "July 11-12, 2018",
        ]);
        let texts = |answer: &str| -> Vec<String> {
            let q = date(answer);
            let Value::Date(d) = q.value else {
                panic!("{answer}")
            };
            let Some(run) = of(&q, &deck) else {
                return Vec::new();
            };
            run.candidates(&d)
                .iter()
                .filter(|v| run.admits(&d, v))
                .map(|v| crate::quantity::render(&q, v))
                .collect()
        };
        let may = texts("May 2017");
        assert_eq!(
            may[..2],
            ["January 2017", "February 2018"],
            "the deck's own months first"
        );
        for banned in [
            "April 2017",
            "June 2017",
            "May 2016",
            "May 2018",
            "December 2016",
            "March 2018",
        ] {
            assert!(!may.contains(&banned.to_string()), "{banned} in {may:?}");
        }
        assert!(may.contains(&"September 2017".to_string()), "{may:?}");
        let day = texts("June 5, 2017");
        assert!(
            day.contains(&"January 5, 2017".to_string()) && day.iter().all(|d| d.contains(" 5, ")),
            "{day:?}"
        );
        assert!(texts("May 1960").is_empty(), "no deck date within a year");
    }

    #[test]
    fn a_yearless_day_takes_the_year_the_deck_writes_it_in() {
        // Round 16: "On 14 April the Titanic was sent six warnings" was offered 31 March,
        // the day work began in 1909, as if the run were of 1909.
        let titanic = pool(&[
            "March 31, 1909",
            "April 14, 1912",
            "April 17, 1912",
            "May 31, 1911",
        ]);
        let run = of(&date("April 14"), &titanic).expect("a run");
        assert_eq!(Date::from_day_number(run.first).year, Some(1912), "{run:?}");
    }

    #[test]
    fn a_range_of_days_is_offered_only_ranges_clear_of_it() {
        let deck = pool(&["July 2, 1969", "July 30, 1969"]);
        let q = date("July 16-24, 1969");
        let Value::Date(answer) = q.value else {
            panic!()
        };
        let season = of(&q, &deck).expect("a run");
        let start = answer.day_number(0).unwrap();
        let admitted: Vec<i64> = season
            .candidates(&answer)
            .iter()
            .filter(|v| season.admits(&answer, v))
            .filter_map(|v| match v {
                Value::Date(d) => d.day_number(0),
                _ => None,
            })
            .collect();
        assert!(!admitted.is_empty());
        for n in admitted {
            assert!(n + 8 < start || n > start + 8, "{n} overlaps {start}");
        }
    }

    #[test]
    fn options_stay_between_the_neighbouring_days_and_off_the_answer() {
        let deck = pool(&["July 16, 1969", "July 24, 1969"]);
        let q = date("July 20, 1969");
        let Value::Date(answer) = q.value else {
            panic!()
        };
        let season = of(&q, &deck).expect("a run");
        let mut texts: Vec<String> = season
            .candidates(&answer)
            .iter()
            .filter(|v| season.admits(&answer, v))
            .map(|v| crate::quantity::render(&q, v))
            .collect();
        texts.sort();
        texts.dedup();
        // Not the deck's own days (other events), nor past them, nor a day off (close).
        assert_eq!(
            texts,
            [
                "July 17, 1969",
                "July 18, 1969",
                "July 22, 1969",
                "July 23, 1969"
            ]
        );
        // The last day of the run is offered up to six days after it.
        let q = date("July 24, 1969");
        let Value::Date(answer) = q.value else {
            panic!()
        };
        let deck = pool(&["July 16, 1969", "July 20, 1969"]);
        let season = of(&q, &deck).expect("a run");
        let days: Vec<String> = season
            .candidates(&answer)
            .iter()
            .filter(|v| season.admits(&answer, v))
            .map(|v| crate::quantity::render(&q, v))
            .collect();
        for want in ["July 22, 1969", "July 26, 1969", "July 30, 1969"] {
            assert!(days.contains(&want.to_string()), "{want} in {days:?}");
        }
        assert!(!days.contains(&"July 31, 1969".to_string()), "{days:?}");
    }
}
