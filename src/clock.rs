//! Time, passed in: the real clock for play, a fixed or stepping one for tests.

use std::cell::Cell;
use std::time::{SystemTime, UNIX_EPOCH};

/// A source of the current time, in milliseconds since the Unix epoch.
pub trait Clock {
    /// Now, in milliseconds since 1970-01-01T00:00:00Z.
    fn now_ms(&self) -> u64;
}

/// The system's clock.
#[derive(Debug, Clone, Copy, Default)]
pub struct SystemClock;

impl Clock for SystemClock {
    fn now_ms(&self) -> u64 {
        SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map_or(0, |d| d.as_millis() as u64)
    }
}

/// A clock that starts at a time and moves by a step each time it is read.
#[derive(Debug, Clone)]
pub struct StepClock {
    now: Cell<u64>,
    step: u64,
}

impl StepClock {
    /// A clock at `start` that advances `step` milliseconds per reading.
    pub fn new(start: u64, step: u64) -> Self {
        StepClock {
            now: Cell::new(start),
            step,
        }
    }
}

impl Clock for StepClock {
    fn now_ms(&self) -> u64 {
        let t = self.now.get();
        self.now.set(t + self.step);
        t
    }
}
