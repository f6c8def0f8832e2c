//! What each kind of quantity means for grading and wording, in one table (issue 11):
//! whether it can be negative and how near a typed value must be to count as close.
//! Detection (signs), grading and distractors (which must lie outside `close`) read it.

use super::Kind;

/// How near counts as close for a kind.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Close {
    /// Only the exact value: a position ("ninth") is right or wrong.
    Exact,
    /// Within this many units: a year one off is close.
    Within(f64),
    /// Calendar dates: a missing part, or one day, month or year off (`compare_dates`).
    Calendar,
    /// A figure: right when it is the answer rounded as a person would write it, close when
    /// rounded coarsely or (for a round figure of one or two significant digits) within
    /// `share` of it; counts below `exact_below` must be exact.
    Figure {
        /// The band around a round figure, as a share of it.
        share: f64,
        /// Below this a figure must be exact (twelve members, not eleven).
        exact_below: f64,
        /// Below this a rounded figure is close, not right: "about 130" for 135 missions.
        round_from: f64,
    },
}

/// The rules of a kind.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rules {
    /// Whether the finder reads a minus sign on it ("−89.2 °C", "−0.4 percent").
    pub signed: bool,
    /// How near is close.
    pub close: Close,
    /// From what size a figure of this kind can be estimated (`None`: never). Small counts
    /// are known, not estimated; dates, durations and measures are asked exactly.
    pub estimated_from: Option<f64>,
    /// Whether it is an amount of something that "more than" and "fewer than" compare
    /// (not a date, a position, a time of day or a score): a bound on it has an opposite.
    pub amount: bool,
    /// Whether its value is packed for sorting, with no reading of its own ("4–2" is 4002,
    /// "23:40" is 1420 minutes): it is shown as written.
    pub packed: bool,
}

impl Kind {
    /// This kind's rules. Shares from the blind grading table: "$8 billion" for $10 billion
    /// and "15,000" for 16,000 are near misses; small counts are exact.
    pub fn rules(self) -> Rules {
        let figure = |share, exact_below, round_from| Close::Figure {
            share,
            exact_below,
            round_from,
        };
        // (signed, close, estimated from, an amount, packed)
        let (signed, close, estimated_from, amount, packed) = match self {
            Kind::Date => (false, Close::Calendar, None, false, false),
            Kind::Year => (false, Close::Within(1.0), None, false, false),
            Kind::Ordinal => (false, Close::Exact, None, false, false),
            Kind::Count => (true, figure(0.10, 100.0, 1000.0), Some(1000.0), true, false),
            Kind::Percent => (true, figure(0.10, 0.0, 0.0), Some(0.0), true, false),
            Kind::Money => (false, figure(0.20, 0.0, 0.0), Some(0.0), true, false),
            Kind::Duration => (false, figure(0.10, 0.0, 0.0), None, true, false),
            Kind::Measure => (true, figure(0.10, 0.0, 0.0), None, true, false),
            // "a third" is a third: a quarter is another share, and none is estimated.
            Kind::Fraction => (false, Close::Exact, None, true, false),
            // "23:40" is a minute of the day: 23:45 is another (`grade::clock`).
            Kind::Time => (false, Close::Exact, None, false, true),
            // "2½ times" is a ratio the fact states: three times is another.
            Kind::Multiple => (false, Close::Exact, None, true, false),
            // "4–2" is one result: 4–1 is another game.
            Kind::Score => (false, Close::Exact, None, false, true),
        };
        Rules {
            signed,
            close,
            estimated_from,
            amount,
            packed,
        }
    }

    /// Whether the value is packed and shown as written (`Rules::packed`).
    pub fn packed(self) -> bool {
        self.rules().packed
    }

    /// Whether a value of this kind may be negative.
    pub fn signed(self) -> bool {
        self.rules().signed
    }
}
