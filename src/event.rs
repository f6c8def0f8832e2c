//! Every JSON line factdrill writes, as one serialized type: the events of `play --json` and
//! `drill --json` ([`Event`]), and the documents of `check --json` and `decks --json`
//! ([`doc`]). The README's schema is checked against these types (see the tests), so the two
//! cannot drift apart (issue 12, point 9).
//!
//! Text from decks and players is passed through `one_line` by whoever builds an event; the
//! line itself is written by [`line`], which escapes what serde_json leaves raw.

pub mod doc;

use crate::turn::End;
use serde::{Deserialize, Serialize};

/// One JSON line of a session or a drill; `event` names the variant.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "event", rename_all = "snake_case", deny_unknown_fields)]
pub enum Event {
    /// A question is asked; the answer is read next.
    Question {
        /// Its number in the session (or the round, in a drill).
        number: usize,
        /// Questions in the session (or rounds in a drill); a missed card asked again adds
        /// none.
        total: usize,
        /// A missed card asked again, under its first number.
        again: bool,
        /// The card's id, `DECK:FACT:N`.
        card: String,
        /// The kind of the answer (`count`, `year`, …, `text`).
        kind: String,
        /// The form (`typed`, `choice`, `truefalse`, `timeline`, `estimate`).
        format: String,
        /// The question.
        prompt: String,
        /// What to type or pick ("In what year?"), or empty.
        cue: String,
        /// Options to pick from, or events to order; empty for a typed answer.
        choices: Vec<String>,
    },
    /// The verdict on an answer, shown after it is recorded.
    Answer {
        /// The card's id.
        card: String,
        /// The kind of the answer.
        kind: String,
        /// The form asked.
        format: String,
        /// The right answer.
        expected: String,
        /// What was given.
        given: String,
        /// `correct`, `close` or `wrong`.
        verdict: String,
        /// Time from the question to the answer.
        elapsed_ms: u64,
        /// The whole fact.
        fact: String,
        /// Why a close or wrong verdict, when it helps.
        reason: Option<String>,
        /// The figure a false true/false statement showed.
        altered: Option<String>,
        /// Hints asked for before answering.
        hints: u8,
    },
    /// A hint, in answer to a typed `?`.
    Hint {
        /// The hint.
        text: String,
    },
    /// An answer that cannot be graded as given (a timeline's order naming a letter not in
    /// play, one twice, or leaving one out); the question follows again.
    Retry {
        /// What was wrong with it.
        reason: String,
    },
    /// The end of a session.
    Summary {
        /// Questions answered.
        answered: usize,
        /// Correct answers.
        correct: usize,
        /// Close answers.
        close: usize,
        /// Wrong answers.
        wrong: usize,
        /// Time from the first question to the end.
        elapsed_ms: u64,
        /// How it ended.
        end: End,
    },
    /// Nothing is due: the session does not start.
    NothingDue {
        /// When the next card is due (ms since the epoch), if any is scheduled.
        next_due_ms: Option<u64>,
    },
    /// A drill's round begins.
    Round {
        /// The round, from 1.
        round: usize,
        /// Rounds in the drill.
        rounds: usize,
        /// The form asked this round.
        format: String,
    },
    /// A seat's turn in a drill.
    Turn {
        /// The player or team.
        seat: String,
        /// Who answers (the player, or a team's member).
        player: String,
        /// Seconds to answer, with `--time`.
        time_limit_s: Option<u64>,
    },
    /// Points for a drill answer.
    Points {
        /// The player or team.
        seat: String,
        /// Who answered.
        player: String,
        /// The round.
        round: usize,
        /// Points earned.
        points: u32,
        /// Answered after the time limit.
        late: bool,
        /// The seat's total.
        total: u32,
    },
    /// Standings after a round.
    Scoreboard {
        /// The round.
        round: usize,
        /// Best first.
        standings: Vec<Standing>,
    },
    /// The end of a drill.
    Podium {
        /// Best first.
        standings: Vec<Place>,
        /// Each seat's missed facts.
        missed: Vec<Missed>,
        /// How it ended.
        end: End,
    },
    /// A live game (`host`) is open: where students join, first of its events.
    Lobby {
        /// The address the game listens on.
        address: String,
        /// The student page's link (what the QR code holds).
        link: String,
        /// The game's PIN.
        pin: String,
    },
    /// A student joined a live game.
    Joined {
        /// The name as shown.
        name: String,
        /// The team picked, if any.
        team: Option<String>,
        /// Players now.
        players: usize,
    },
    /// The teacher removed a student.
    Removed {
        /// The name.
        name: String,
        /// Players now.
        players: usize,
    },
    /// How many have answered the open question.
    Answers {
        /// The question.
        number: usize,
        /// Answers so far.
        answered: usize,
        /// Players who can answer.
        players: usize,
    },
    /// A live question's answer, shown when time is up or all have answered.
    Reveal {
        /// The question.
        number: usize,
        /// The right answer.
        answer: String,
        /// The whole fact.
        fact: String,
        /// What was answered, most common first.
        counts: Vec<Count>,
        /// Right answers.
        correct: usize,
    },
    /// The end of a live game: its results files.
    End {
        /// The CSV file.
        csv: String,
        /// The JSON file.
        json: String,
    },
    /// `join`: this student is in the game.
    Welcome {
        /// The name as the game shows it.
        name: String,
        /// The team, if any.
        team: Option<String>,
        /// Points so far.
        total: u32,
    },
    /// `join`: the answer is kept; its verdict comes when time is up.
    Received {
        /// The question.
        number: usize,
    },
    /// `join`: how this student did at a question.
    Result {
        /// The question.
        number: usize,
        /// The right answer.
        answer: String,
        /// `correct`, `close`, `wrong` or `none`.
        verdict: String,
        /// Points for it.
        points: u32,
        /// Points so far.
        total: u32,
        /// Place, from 1.
        rank: usize,
        /// Players ranked.
        players: usize,
    },
    /// `join`: the game is over.
    Final {
        /// Final points.
        total: u32,
        /// Final place.
        rank: usize,
        /// Players ranked.
        players: usize,
    },
    /// `join`: the game refused a message.
    Refused {
        /// A short code (`pin`, `twice`, `late`, …).
        code: String,
        /// Why, in words.
        reason: String,
    },
}

/// How many gave one answer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Count {
    /// The answer (a picked option's text).
    pub answer: String,
    /// How many gave it.
    pub players: usize,
}

/// A seat's line on the scoreboard.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Standing {
    /// The player or team.
    pub seat: String,
    /// Points so far.
    pub total: u32,
    /// Points gained this round.
    pub gained: u32,
}

/// A seat's place on the podium.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Place {
    /// The player or team.
    pub seat: String,
    /// Final points.
    pub total: u32,
}

/// The facts a seat missed in a drill.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Missed {
    /// The player or team.
    pub seat: String,
    /// The facts, as sentences.
    pub facts: Vec<String>,
}

impl Event {
    /// A question, its deck text kept to one line: the same for `play`, `drill` and `host`.
    pub fn question(
        q: &crate::question::Question,
        number: usize,
        total: usize,
        again: bool,
    ) -> Event {
        use crate::sanitize::one_line;
        Event::Question {
            number,
            total,
            again,
            card: q.card.0.clone(),
            kind: q.kind.name().to_string(),
            format: q.format.name().to_string(),
            prompt: one_line(&q.prompt),
            cue: one_line(&q.cue),
            choices: q.choices.iter().map(|c| one_line(c)).collect(),
        }
    }

    /// Standings after a round (or a live question): name, total and gain, best first.
    pub fn scoreboard(round: usize, rows: &[(String, u32, u32)]) -> Event {
        let standings = rows
            .iter()
            .map(|(n, t, g)| Standing {
                seat: crate::sanitize::one_line(n),
                total: *t,
                gained: *g,
            })
            .collect();
        Event::Scoreboard { round, standings }
    }

    /// The end of a drill or a live game: the podium and each one's missed facts.
    pub fn podium(rows: &[(String, u32)], missed: &[(String, Vec<String>)], end: End) -> Event {
        use crate::sanitize::one_line;
        Event::Podium {
            standings: rows
                .iter()
                .map(|(n, t)| Place {
                    seat: one_line(n),
                    total: *t,
                })
                .collect(),
            missed: missed
                .iter()
                .map(|(n, f)| Missed {
                    seat: one_line(n),
                    facts: f.iter().map(|x| one_line(x)).collect(),
                })
                .collect(),
            end,
        }
    }
}

/// `value` as one line of JSON, keys in alphabetical order (as the README shows them), with
/// what serde_json leaves raw (DEL, C1, bidi) escaped.
pub fn line<T: Serialize + ?Sized>(value: &T) -> serde_json::Result<String> {
    // Through a `Value`, whose map keeps keys sorted: the order every line had when events
    // were built with `json!`, so no consumer that compares lines sees a change.
    crate::sanitize::json::line(&serde_json::to_value(value)?)
}

#[cfg(test)]
mod tests;
