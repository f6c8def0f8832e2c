//! What travels over a live game's WebSocket: [`ClientMsg`] from a student's page or `join`,
//! [`ServerMsg`] back. One JSON object per text message, tagged by `type`.
//!
//! Everything a client sends is untrusted: it is capped in size ([`MAX_MESSAGE`]) before it is
//! parsed, and a name or an answer is cleaned by the game, never here.

use serde::{Deserialize, Serialize};

/// The largest message a client may send, in bytes; a larger one drops the client.
pub const MAX_MESSAGE: usize = 1024;

/// A message from a student.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case", deny_unknown_fields)]
pub enum ClientMsg {
    /// Join the game with its PIN, a name and (with teams) a team.
    Join {
        /// The game's PIN, as shown on the teacher's screen.
        pin: String,
        /// The name to play under.
        name: String,
        /// The team, when the game has teams.
        #[serde(default)]
        team: Option<String>,
    },
    /// Come back as the player a token was given to (after a reload or a lost connection).
    Rejoin {
        /// The secret token from [`ServerMsg::Welcome`].
        token: String,
    },
    /// An answer to question `number`: an option's number, `true`/`false`, letters in order
    /// for a timeline, or the typed text.
    Answer {
        /// The question answered.
        number: usize,
        /// The answer.
        answer: String,
    },
}

/// A message to a student.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case", deny_unknown_fields)]
pub enum ServerMsg {
    /// Joined (or rejoined): the secret token that alone answers for this player.
    Welcome {
        /// The player's secret.
        token: String,
        /// The name as the game shows it (trimmed, made unique).
        name: String,
        /// The team, if any.
        team: Option<String>,
        /// Points so far (more than nothing after a rejoin).
        total: u32,
    },
    /// The teams to pick from, sent to a page before it joins.
    Teams {
        /// Team names; empty when the game has none.
        teams: Vec<String>,
    },
    /// Waiting for the teacher to start.
    Lobby {
        /// Players in the game.
        players: usize,
    },
    /// A question is open. It never holds the answer.
    Question {
        /// Its number, from 1.
        number: usize,
        /// Questions in the game.
        total: usize,
        /// The card's id, `DECK:FACT:N`.
        card: String,
        /// The kind of the answer (`count`, `year`, …, `text`).
        kind: String,
        /// `typed`, `choice`, `truefalse`, `timeline` or `estimate`.
        format: String,
        /// How to answer: `pick` (one option), `order` (letters in order) or `text`.
        answer_by: String,
        /// The question.
        prompt: String,
        /// What to give ("In what year?"), or empty.
        cue: String,
        /// Options, or the events to order.
        choices: Vec<String>,
        /// Milliseconds left to answer.
        left_ms: u64,
        /// Whether this player has answered it already (after a rejoin).
        answered: bool,
    },
    /// The answer to `number` is kept; its verdict comes with the reveal.
    Received {
        /// The question answered.
        number: usize,
    },
    /// Time is up: the right answer, and how this player did.
    Reveal {
        /// The question.
        number: usize,
        /// The right answer.
        answer: String,
        /// The whole fact.
        fact: String,
        /// `correct`, `close`, `wrong`, or `none` (no answer).
        verdict: String,
        /// Points for this question.
        points: u32,
        /// Points so far.
        total: u32,
        /// Place among the players, from 1.
        rank: usize,
        /// Players ranked.
        players: usize,
    },
    /// The game is over.
    End {
        /// Final points.
        total: u32,
        /// Final place, from 1.
        rank: usize,
        /// Players ranked.
        players: usize,
        /// The best three: name and points.
        podium: Vec<(String, u32)>,
    },
    /// A message was refused; `reason` says why in words.
    Refused {
        /// A short code: `pin`, `tries`, `full`, `name`, `team`, `token`, `twice`, `late`,
        /// `closed`, `removed`, `unsaved`, `bad`.
        code: String,
        /// What to do.
        reason: String,
    },
}

impl ServerMsg {
    /// The message as one JSON text.
    pub fn to_text(&self) -> String {
        // Serializing these types cannot fail: no maps with non-string keys, no floats.
        serde_json::to_string(self).unwrap_or_default()
    }
}

/// Reads a client's message; `None` for one that is too long or not one of ours.
pub fn parse_client(text: &str) -> Option<ClientMsg> {
    if text.len() > MAX_MESSAGE {
        return None;
    }
    serde_json::from_str(text).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_only_small_well_formed_messages() {
        // (text, read, why)
        let long = format!(
            "{{\"type\":\"answer\",\"number\":1,\"answer\":\"{}\"}}",
            "9".repeat(MAX_MESSAGE)
        );
        let cases: &[(&str, bool, &str)] = &[
            (
                r#"{"type":"answer","number":1,"answer":"B"}"#,
                true,
                "an answer",
            ),
            (r#"{"type":"join","pin":"1","name":"A"}"#, true, "no team"),
            (r#"{"type":"rejoin","token":"x"}"#, true, "a rejoin"),
            (
                r#"{"type":"answer","number":-1,"answer":"B"}"#,
                false,
                "negative",
            ),
            (
                r#"{"type":"answer","number":1,"answer":"B","x":1}"#,
                false,
                "extra",
            ),
            (r#"{"type":"reveal"}"#, false, "a server's message"),
            ("not json", false, "garbage"),
            (&long, false, "too long"),
        ];
        for (text, ok, why) in cases {
            assert_eq!(parse_client(text).is_some(), *ok, "{why}");
        }
    }
}
