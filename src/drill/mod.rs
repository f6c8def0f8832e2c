//! Classroom drills: players or teams take turns, points for right answers (half for close),
//! optional speed and streak bonuses, a scoreboard each round and a podium at the end.

mod game;

pub(crate) use game::{deal, siblings_of, Keep};
pub use game::{play, Board, DrillAnswer, DrillConfig, DrillEnv, DrillUi};

use crate::grade::Verdict;
use serde::Serialize;

/// Points for a correct answer.
pub const CORRECT_POINTS: u32 = 100;
/// The most a quick answer adds.
pub const SPEED_BONUS: u32 = 50;
/// Added per answer in a row beyond the first, up to [`STREAK_CAP`].
pub const STREAK_STEP: u32 = 10;
/// The most a streak adds.
pub const STREAK_CAP: u32 = 50;
/// Without a time limit, answers within this time get the whole speed bonus, and the bonus
/// falls to nothing at four times it.
pub const QUICK_MS: u64 = 5_000;

/// Who plays: each seat is a player or a team (with its members).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Seat {
    /// The player's or team's name.
    pub name: String,
    /// A team's members (empty for a single player).
    pub members: Vec<String>,
}

/// Reads `--players "Ana,Ben"` or `--teams "Red:Ana,Ben;Blue:Chen"`; an error says what to fix.
pub fn seats(players: Option<&str>, teams: Option<&str>) -> Result<Vec<Seat>, String> {
    let clean = |s: &str| crate::sanitize::one_line(s).trim().to_string();
    let seats: Vec<Seat> = match (players, teams) {
        (Some(p), None) => p
            .split(',')
            .map(clean)
            .filter(|n| !n.is_empty())
            .map(|name| Seat {
                name,
                members: vec![],
            })
            .collect(),
        (None, Some(t)) => {
            let mut out = Vec::new();
            for team in t.split(';').map(str::trim).filter(|s| !s.is_empty()) {
                let (name, members) = team.split_once(':').ok_or_else(|| {
                    format!(
                        "team `{team}` has no `:`: write teams as \"Red:Ana,Ben;Blue:Chen,Dee\""
                    )
                })?;
                let members: Vec<String> = members
                    .split(',')
                    .map(clean)
                    .filter(|m| !m.is_empty())
                    .collect();
                out.push(Seat {
                    name: clean(name),
                    members,
                });
            }
            out
        }
        (Some(_), Some(_)) => return Err("give either --players or --teams, not both".into()),
        (None, None) => return Err(
            "name who plays: --players \"Ana,Ben,Chen\" or --teams \"Red:Ana,Ben;Blue:Chen,Dee\""
                .into(),
        ),
    };
    if seats.is_empty() {
        return Err("no names given: --players \"Ana,Ben,Chen\"".into());
    }
    let mut names: Vec<&str> = seats.iter().map(|s| s.name.as_str()).collect();
    names.sort_unstable();
    if names.windows(2).any(|w| w[0].eq_ignore_ascii_case(w[1])) {
        return Err("two players or teams have the same name: give each its own".into());
    }
    Ok(seats)
}

/// How points are given.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Scoring {
    /// Quick answers earn a bonus.
    pub speed: bool,
    /// Answers in a row earn a bonus.
    pub streak: bool,
    /// Seconds to answer; a late answer scores nothing.
    pub time_limit_ms: Option<u64>,
}

/// The points of one answer: 100 for correct, 50 for close, nothing for wrong or late; a
/// speed bonus up to 50 and a streak bonus of 10 per answer in a row (up to 50) on top.
pub fn points(
    verdict: Verdict,
    elapsed_ms: u64,
    streak_before: u32,
    rules: Scoring,
) -> (u32, bool) {
    let late = rules.time_limit_ms.is_some_and(|limit| elapsed_ms > limit);
    let base = match verdict {
        _ if late => return (0, true),
        Verdict::Correct => CORRECT_POINTS,
        Verdict::Close => CORRECT_POINTS / 2,
        Verdict::Wrong => return (0, false),
    };
    let speed = if rules.speed {
        speed_bonus(elapsed_ms, rules.time_limit_ms)
    } else {
        0
    };
    let streak = if rules.streak && verdict == Verdict::Correct {
        (streak_before * STREAK_STEP).min(STREAK_CAP)
    } else {
        0
    };
    (base + speed + streak, false)
}

fn speed_bonus(elapsed_ms: u64, limit: Option<u64>) -> u32 {
    let (full, none) = match limit {
        Some(l) => (l / 4, l),
        None => (QUICK_MS, QUICK_MS * 4),
    };
    if elapsed_ms <= full {
        return SPEED_BONUS;
    }
    if elapsed_ms >= none {
        return 0;
    }
    (u64::from(SPEED_BONUS) * (none - elapsed_ms) / (none - full)) as u32
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_players_and_teams() {
        let p = seats(Some("Ana, Ben ,Chen"), None).unwrap();
        assert_eq!(
            p.iter().map(|s| s.name.as_str()).collect::<Vec<_>>(),
            ["Ana", "Ben", "Chen"]
        );
        let t = seats(None, Some("Red:Ana,Ben;Blue:Chen,Dee")).unwrap();
        assert_eq!(
            (t[0].name.as_str(), t[0].members.len(), t[1].name.as_str()),
            ("Red", 2, "Blue")
        );
        for (players, teams) in [
            (None, None),
            (Some("Ana"), Some("Red:Ana")),
            (Some(" , "), None),
            (None, Some("Red")),
            (Some("Ana,ana"), None),
        ] {
            assert!(seats(players, teams).is_err(), "{players:?} {teams:?}");
        }
    }

    #[test]
    fn scoring_rules() {
        let all = Scoring {
            speed: true,
            streak: true,
            time_limit_ms: None,
        };
        let plain = Scoring {
            speed: false,
            streak: false,
            time_limit_ms: None,
        };
        let timed = Scoring {
            speed: true,
            streak: false,
            time_limit_ms: Some(20_000),
        };
        let cases = [
            (Verdict::Correct, 1_000, 0, plain, (100, false)),
            (Verdict::Close, 1_000, 0, plain, (50, false)),
            (Verdict::Wrong, 1_000, 3, all, (0, false)),
            (Verdict::Correct, 1_000, 0, all, (150, false)),
            (Verdict::Correct, 20_000, 0, all, (100, false)),
            (Verdict::Correct, 12_500, 0, all, (125, false)),
            (Verdict::Correct, 1_000, 2, all, (170, false)),
            (Verdict::Correct, 1_000, 9, all, (200, false)),
            (Verdict::Close, 1_000, 4, all, (100, false)),
            (Verdict::Correct, 21_000, 0, timed, (0, true)),
            (Verdict::Correct, 4_000, 0, timed, (150, false)),
        ];
        for (verdict, ms, streak, rules, want) in cases {
            assert_eq!(
                points(verdict, ms, streak, rules),
                want,
                "{verdict:?} {ms} {streak} {rules:?}"
            );
        }
    }
}
