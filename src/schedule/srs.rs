//! FSRS scheduling through the `fsrs` crate, plus what the crate leaves to us: the rating
//! of a graded answer, elapsed days, same-day learning steps, rounding, clamping and fuzz.

use crate::grade::Verdict;
use crate::question::Format;
use fsrs::{MemoryState, FSRS};
use sha2::{Digest, Sha256};

/// Milliseconds in a day.
pub const DAY_MS: u64 = 86_400_000;
/// Milliseconds in a minute.
pub const MINUTE_MS: u64 = 60_000;
/// A card whose stability reaches this many days counts as mastered.
pub const MASTERED_STABILITY_DAYS: f32 = 21.0;
/// A correct typed answer within this time, on a mastered card, is rated Easy.
const QUICK_ANSWER_MS: u64 = 10_000;

/// The four FSRS ratings.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Rating {
    /// Forgot.
    Again = 1,
    /// Recalled with difficulty.
    Hard = 2,
    /// Recalled.
    Good = 3,
    /// Recalled effortlessly.
    Easy = 4,
}

impl Rating {
    /// The rating from its number (1-4).
    pub fn from_number(n: i64) -> Option<Rating> {
        [Rating::Again, Rating::Hard, Rating::Good, Rating::Easy]
            .into_iter()
            .find(|r| *r as i64 == n)
    }
}

/// Where a card stands in its life.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Phase {
    /// Being learned: short same-day steps.
    Learning = 1,
    /// Scheduled in days.
    Review = 2,
    /// Forgotten after review: short steps again.
    Relearning = 3,
}

impl Phase {
    /// The phase from its stored number.
    pub fn from_number(n: i64) -> Option<Phase> {
        [Phase::Learning, Phase::Review, Phase::Relearning]
            .into_iter()
            .find(|p| *p as i64 == n)
    }
}

/// A card's memory and schedule.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CardState {
    /// Learning, review or relearning.
    pub phase: Phase,
    /// Index of the current learning or relearning step.
    pub step: u8,
    /// FSRS stability in days.
    pub stability: f32,
    /// FSRS difficulty, 1-10.
    pub difficulty: f32,
    /// When the card is next due, in ms since the Unix epoch.
    pub due_ms: u64,
    /// When it was last reviewed.
    pub last_review_ms: u64,
    /// Reviews so far.
    pub reps: u32,
    /// Times forgotten after reaching review.
    pub lapses: u32,
}

/// Scheduler settings.
#[derive(Debug, Clone, PartialEq)]
pub struct Settings {
    /// Desired retention, 0.7-0.99 (default 0.9).
    pub retention: f32,
    /// Longest interval, in days (default 36,500).
    pub max_interval_days: u32,
    /// Spread intervals a little so that cards learned together part.
    pub fuzz: bool,
    /// Same-day steps of a new card (default 1 and 10 minutes).
    pub learning_steps_ms: Vec<u64>,
    /// Same-day steps of a forgotten card (default 10 minutes).
    pub relearning_steps_ms: Vec<u64>,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            retention: 0.9,
            max_interval_days: 36_500,
            fuzz: true,
            learning_steps_ms: vec![MINUTE_MS, 10 * MINUTE_MS],
            relearning_steps_ms: vec![10 * MINUTE_MS],
        }
    }
}

/// What can go wrong in scheduling.
#[derive(Debug, thiserror::Error)]
pub enum ScheduleError {
    /// The FSRS parameters were refused.
    #[error("invalid FSRS parameters: {0}")]
    Parameters(String),
    /// The desired retention is out of range.
    #[error("--retention must be between 0.70 and 0.99, not {0}")]
    Retention(f32),
}

/// Schedules reviews with FSRS.
#[derive(Debug, Clone)]
pub struct Scheduler {
    fsrs: FSRS,
    decay: f32,
    settings: Settings,
}

/// The start of the local day holding `now_ms`, for a local time `offset_ms` ahead of UTC:
/// the new-card allowance renews at local midnight.
pub fn day_start(now_ms: u64, offset_ms: i64) -> u64 {
    let local = now_ms as i64 + offset_ms;
    (local - local.rem_euclid(DAY_MS as i64) - offset_ms).max(0) as u64
}

/// Elapsed days between two reviews: whole 24-hour periods, so one rule holds whatever the
/// time zone (a review 23 hours after the last counts 0 days, 25 hours counts 1).
pub fn elapsed_days(last_ms: u64, now_ms: u64) -> u32 {
    (now_ms.saturating_sub(last_ms) / DAY_MS).min(u64::from(u32::MAX)) as u32
}

/// The rating of a graded answer. Wrong is Again and close is Hard; a right answer picked
/// rather than typed (choice, true/false, timeline, estimate) is Hard too, since recognising
/// is weaker evidence than recalling; a right typed answer is Good,
/// or Easy when quick on a card already mastered. An overridden answer is at most Good.
pub fn rating_for(
    verdict: Verdict,
    format: Format,
    elapsed_ms: u64,
    overridden: bool,
    prior: Option<&CardState>,
) -> Rating {
    match verdict {
        Verdict::Wrong => Rating::Again,
        Verdict::Close => Rating::Hard,
        Verdict::Correct if !format.is_recall() => Rating::Hard,
        Verdict::Correct => {
            let mastered = prior.is_some_and(|p| {
                p.phase == Phase::Review && p.stability >= MASTERED_STABILITY_DAYS
            });
            if mastered && elapsed_ms <= QUICK_ANSWER_MS && !overridden {
                Rating::Easy
            } else {
                Rating::Good
            }
        }
    }
}

impl Scheduler {
    /// A scheduler with FSRS `parameters` (empty: the FSRS-6 defaults).
    pub fn new(parameters: &[f32], settings: Settings) -> Result<Self, ScheduleError> {
        if !(0.7..=0.99).contains(&settings.retention) {
            return Err(ScheduleError::Retention(settings.retention));
        }
        let bad = |e: fsrs::FSRSError| ScheduleError::Parameters(format!("{e:?}"));
        let filled = fsrs::check_and_fill_parameters(parameters).map_err(bad)?;
        let decay = filled.get(20).copied().unwrap_or(fsrs::FSRS6_DEFAULT_DECAY);
        let fsrs = FSRS::new(parameters).map_err(bad)?;
        Ok(Scheduler {
            fsrs,
            decay,
            settings,
        })
    }

    /// The probability of recalling a card now.
    pub fn retrievability(&self, state: &CardState, now_ms: u64) -> f32 {
        let days = now_ms.saturating_sub(state.last_review_ms) as f32 / DAY_MS as f32;
        let memory = MemoryState {
            stability: state.stability.max(0.01),
            difficulty: state.difficulty,
        };
        fsrs::current_retrievability(memory, days, self.decay)
    }

    /// The state after a review rated `rating` at `now_ms`; `key` makes fuzz deterministic.
    pub fn review(
        &self,
        prior: Option<&CardState>,
        rating: Rating,
        now_ms: u64,
        key: &str,
    ) -> CardState {
        let days = prior.map_or(0, |p| elapsed_days(p.last_review_ms, now_ms));
        let memory = prior.map(|p| MemoryState {
            stability: p.stability,
            difficulty: p.difficulty,
        });
        let next = self
            .fsrs
            .next_states(memory, self.settings.retention, days)
            .ok();
        let item = next.map(|n| match rating {
            Rating::Again => n.again,
            Rating::Hard => n.hard,
            Rating::Good => n.good,
            Rating::Easy => n.easy,
        });
        // FSRS refuses only states it could not have made; keep the old memory then.
        let (stability, difficulty, interval) = match (&item, prior) {
            (Some(i), _) => (i.memory.stability, i.memory.difficulty, i.interval),
            (None, Some(p)) => (p.stability, p.difficulty, p.stability),
            (None, None) => (1.0, 5.0, 1.0),
        };
        let reps = prior.map_or(0, |p| p.reps) + 1;
        let lapses = prior.map_or(0, |p| p.lapses)
            + u32::from(rating == Rating::Again && prior.is_some_and(|p| p.phase == Phase::Review));
        let (phase, step, wait_ms) = self.transition(prior, rating, interval, reps, key);
        CardState {
            phase,
            step,
            stability,
            difficulty,
            due_ms: now_ms + wait_ms,
            last_review_ms: now_ms,
            reps,
            lapses,
        }
    }

    /// The next phase, step and wait: same-day steps while learning, days once in review.
    fn transition(
        &self,
        prior: Option<&CardState>,
        rating: Rating,
        interval: f32,
        reps: u32,
        key: &str,
    ) -> (Phase, u8, u64) {
        let (phase, step) = prior.map_or((Phase::Learning, 0), |p| (p.phase, p.step));
        let graduate = |s: &Self| (Phase::Review, 0, s.days_ms(interval, reps, key));
        let steps = match phase {
            Phase::Learning => &self.settings.learning_steps_ms,
            Phase::Relearning => &self.settings.relearning_steps_ms,
            Phase::Review
                if rating == Rating::Again && !self.settings.relearning_steps_ms.is_empty() =>
            {
                return (Phase::Relearning, 0, self.settings.relearning_steps_ms[0]);
            }
            Phase::Review => return graduate(self),
        };
        let step = usize::from(step);
        match rating {
            _ if steps.is_empty() => graduate(self),
            Rating::Again => (phase, 0, steps[0]),
            Rating::Hard => {
                let wait = match (step, steps.get(1)) {
                    (0, Some(second)) => (steps[0] + second) / 2,
                    _ => steps[step.min(steps.len() - 1)] * 3 / 2,
                };
                (phase, step as u8, wait)
            }
            Rating::Good if step + 1 < steps.len() => (phase, step as u8 + 1, steps[step + 1]),
            Rating::Good | Rating::Easy => graduate(self),
        }
    }

    /// A review interval in ms: rounded to whole days, fuzzed, clamped to 1..=max days.
    fn days_ms(&self, interval: f32, reps: u32, key: &str) -> u64 {
        let max = f64::from(self.settings.max_interval_days);
        let mut days = f64::from(interval).round().clamp(1.0, max);
        if self.settings.fuzz && days >= 2.5 {
            days = fuzzed(days, reps, key).clamp(1.0, max);
        }
        days as u64 * DAY_MS
    }
}

/// Spreads an interval by a deterministic amount: within 15% up to a week, 10% up to 20
/// days, 5% beyond (py-fsrs's ranges), chosen by a hash of the card and its review count.
fn fuzzed(days: f64, reps: u32, key: &str) -> f64 {
    let mut delta = 1.0;
    for (start, end, factor) in [
        (2.5, 7.0, 0.15),
        (7.0, 20.0, 0.1),
        (20.0, f64::INFINITY, 0.05),
    ] {
        delta += factor * (days.min(end) - start).max(0.0);
    }
    let digest = Sha256::digest(format!("{key}/{reps}").as_bytes());
    let unit = f64::from(u32::from_le_bytes([
        digest[0], digest[1], digest[2], digest[3],
    ])) / f64::from(u32::MAX);
    let (low, high) = ((days - delta).round().max(2.0), (days + delta).round());
    (low + unit * (high - low + 1.0)).floor().min(high)
}

#[cfg(test)]
mod tests;
