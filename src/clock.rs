//! Time, passed in: the real clock for play, a fixed or stepping one for tests.

use std::cell::Cell;
use std::sync::OnceLock;
use std::time::{SystemTime, UNIX_EPOCH};

/// The environment variable that runs factdrill as of another time, for trying a second day
/// without waiting and for tests (issue 12, point 10): `FACTDRILL_NOW=2026-12-24T09:00`.
pub const NOW_VAR: &str = "FACTDRILL_NOW";

/// How far `FACTDRILL_NOW` moves the system clock, in ms (0 when unset); set once, at start.
static SHIFT_MS: OnceLock<i64> = OnceLock::new();

/// Why `FACTDRILL_NOW` cannot be used.
#[derive(Debug, thiserror::Error)]
#[error("{NOW_VAR}={0:?} is not a time: write it as 2026-12-24T09:00 (UTC), or unset it")]
pub struct BadNow(String);

/// Reads `FACTDRILL_NOW` once and shifts [`SystemClock`] to it (time then runs on from
/// there). Returns the time it runs as of, in ms since the epoch, when the variable is set.
pub fn shift_from_env() -> Result<Option<u64>, BadNow> {
    let Some(raw) = std::env::var_os(NOW_VAR) else {
        return Ok(None);
    };
    let text = raw.to_string_lossy().into_owned();
    if text.is_empty() {
        return Ok(None);
    }
    let target = parse_utc(&text).ok_or(BadNow(text))?;
    let real = real_now_ms();
    let _ = SHIFT_MS.set(target as i64 - real as i64);
    Ok(Some(target))
}

fn real_now_ms() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_millis() as u64)
}

/// `YYYY-MM-DD`, `YYYY-MM-DDTHH:MM` or `YYYY-MM-DDTHH:MM:SS`, with an optional `Z`: UTC.
pub fn parse_utc(text: &str) -> Option<u64> {
    let text = text.trim().trim_end_matches(['Z', 'z']);
    let (date, time) = text.split_once(['T', ' ']).unwrap_or((text, "00:00"));
    let mut d = date.split('-').map(|p| p.parse::<i64>().ok());
    let (y, m, day) = (d.next()??, d.next()??, d.next()??);
    let mut t = time.split(':').map(|p| p.parse::<i64>().ok());
    let (hh, mm) = (t.next()??, t.next()??);
    let ss = t.next().unwrap_or(Some(0))?;
    if d.next().is_some() || t.next().is_some() || !(1970..=9999).contains(&y) {
        return None;
    }
    let days_in = [
        31,
        28 + i64::from(y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)),
        31,
        30,
        31,
        30,
        31,
        31,
        30,
        31,
        30,
        31,
    ];
    let month_ok = (1..=12).contains(&m) && (1..=days_in[(m - 1) as usize]).contains(&day);
    if !month_ok || !(0..24).contains(&hh) || !(0..60).contains(&mm) || !(0..60).contains(&ss) {
        return None;
    }
    // Days since 1970-01-01 from a civil date (Howard Hinnant's algorithm).
    let (yy, mp) = if m <= 2 { (y - 1, m + 9) } else { (y, m - 3) };
    let era = yy.div_euclid(400);
    let yoe = yy - era * 400;
    let doy = (153 * mp + 2) / 5 + day - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    let days = era * 146_097 + doe - 719_468;
    Some(((days * 86_400 + hh * 3600 + mm * 60 + ss) * 1000) as u64)
}

/// A source of the current time, in milliseconds since the Unix epoch.
pub trait Clock {
    /// Now, in milliseconds since 1970-01-01T00:00:00Z.
    fn now_ms(&self) -> u64;
}

/// The system's clock.
#[derive(Debug, Clone, Copy, Default)]
pub struct SystemClock;

impl Clock for SystemClock {
    /// The system's time, moved by `FACTDRILL_NOW` when [`shift_from_env`] read it.
    fn now_ms(&self) -> u64 {
        let shift = SHIFT_MS.get().copied().unwrap_or(0);
        (real_now_ms() as i64).saturating_add(shift).max(0) as u64
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

/// "2026-11-28T03-20-05Z" for a time in ms since the epoch (UTC), for file names.
pub fn utc_stamp(ms: u64) -> String {
    let secs = ms / 1000;
    let (days, rest) = ((secs / 86_400) as i64, secs % 86_400);
    // Day numbers count from 1 March of year 0, 719,468 days before 1970-01-01.
    let date = crate::quantity::Date::from_day_number(days + 719_468);
    let (year, month, day) = (date.year.unwrap_or(0), date.month, date.day.unwrap_or(1));
    format!(
        "{year:04}-{month:02}-{day:02}T{:02}-{:02}-{:02}Z",
        rest / 3600,
        rest / 60 % 60,
        rest % 60
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn factdrill_now_reads_utc_times() {
        // (text, ms since the epoch or none, why)
        let cases = [
            ("1970-01-01", Some(0), "the epoch"),
            ("2026-01-01T12:00", Some(1_767_268_800_000), "minutes"),
            (
                "2026-01-01T12:00:00Z",
                Some(1_767_268_800_000),
                "seconds and Z",
            ),
            ("2000-02-29T12:00", Some(951_825_600_000), "a leap day"),
            ("2001-02-29", None, "not a leap year"),
            ("2026-13-01", None, "no month 13"),
            ("2026-12-24T25:00", None, "no hour 25"),
            ("tomorrow", None, "not a date"),
            ("2026-12-24T09", None, "minutes are needed"),
        ];
        for (text, want, why) in cases {
            assert_eq!(parse_utc(text), want, "{text}: {why}");
        }
    }

    #[test]
    fn stamps_are_utc_dates() {
        assert_eq!(utc_stamp(0), "1970-01-01T00-00-00Z");
        assert_eq!(utc_stamp(1_767_268_800_000), "2026-01-01T12-00-00Z");
        assert_eq!(utc_stamp(951_825_600_000), "2000-02-29T12-00-00Z");
    }
}
