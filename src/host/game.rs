//! A live game's state and rules, without network, clock or randomness of its own: players
//! join, questions open and close, answers are kept and scored, results are revealed. The
//! time (`now`, ms) and every random choice come in as arguments, so it is tested as a table.
//!
//! Issue 14, point 5: the live game is another face of the drill. A question is dealt as the
//! drill deals a round ([`deal`]), each answer is played through the one answer turn of play
//! and drill ([`take_turn`]) and scored and kept by the drill's [`Keep`].

use super::names::clean_name;
use crate::card::Card;
use crate::clock::Clock;
use crate::drill::{deal, siblings_of, DrillAnswer, Keep, Scoring, Seat};
use crate::grade::Verdict;
use crate::question::{ask, CardSource, Expect, Question};
use crate::schedule::{FormatChoice, Siblings};
use crate::session::{take_turn, Outcome, Rules, Table, Turn};
use crate::turn::{AnswerRecord, End, Reply, Summary};
use crate::ui::{AfterFeedback, Feedback, Progress, Ui};
use rand::rngs::StdRng;
use rand::Rng as _;
use std::cell::Cell;
use std::collections::{BTreeMap, HashSet};
use std::io;
use std::sync::atomic::AtomicBool;

/// What a live game is.
#[derive(Debug, Clone)]
pub struct Setup {
    /// Questions to ask.
    pub rounds: usize,
    /// Question forms.
    pub format: FormatChoice,
    /// Points rules; the host always has a time limit.
    pub scoring: Scoring,
    /// Teams to pick from when joining; empty for none.
    pub teams: Vec<String>,
    /// The most players.
    pub max_players: usize,
}

/// Why a request was refused; the message tells the student what to do.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Refusal {
    /// The PIN is wrong.
    #[error("wrong PIN: check the number on the teacher's screen")]
    Pin,
    /// Too many wrong PINs from this address.
    #[error("too many wrong PINs: wait a minute and try again")]
    Tries,
    /// The game is full.
    #[error("the game is full")]
    Full,
    /// The name is empty once cleaned.
    #[error("choose a name with letters or digits")]
    Name,
    /// No such team.
    #[error("pick one of the teams")]
    Team,
    /// The token is not a player's.
    #[error("unknown player: join again")]
    Token,
    /// The teacher removed this player.
    #[error("the teacher removed you from the game")]
    Removed,
    /// This question was answered already.
    #[error("you have answered this question")]
    Twice,
    /// Time is up.
    #[error("time is up for this question")]
    Late,
    /// No such question is open.
    #[error("this question is not open")]
    Closed,
    /// The answer could not be saved; it was not taken.
    #[error("your answer was not saved: try again")]
    Unsaved,
    /// The message was not understood, or the client has not joined.
    #[error("not understood")]
    Bad,
    /// The game is over.
    #[error("the game is over")]
    Over,
}

impl Refusal {
    /// The short code sent with the refusal.
    pub fn code(&self) -> &'static str {
        match self {
            Refusal::Pin => "pin",
            Refusal::Tries => "tries",
            Refusal::Full => "full",
            Refusal::Name => "name",
            Refusal::Team => "team",
            Refusal::Token => "token",
            Refusal::Removed => "removed",
            Refusal::Twice => "twice",
            Refusal::Late => "late",
            Refusal::Closed => "closed",
            Refusal::Unsaved => "unsaved",
            Refusal::Bad => "bad",
            Refusal::Over => "over",
        }
    }
}

/// One player.
#[derive(Debug, Clone)]
pub struct Player {
    /// The name as shown: cleaned and unique.
    pub name: String,
    /// The team, if any.
    pub team: Option<String>,
    token: String,
    /// Points so far.
    pub total: u32,
    streak: u32,
    /// Facts missed.
    pub missed: Vec<String>,
    /// Removed by the teacher: no longer answers or ranks.
    pub removed: bool,
}

impl Player {
    /// The player's secret.
    pub fn token(&self) -> &str {
        &self.token
    }
}

/// The open (or last) question.
pub struct Live {
    /// Its number, from 1.
    pub number: usize,
    card: Card,
    /// The question.
    pub question: Question,
    /// When it opened.
    pub shown_at: u64,
    /// When time is up.
    pub deadline: u64,
    answers: BTreeMap<usize, DrillAnswer>,
}

/// Where the game is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Phase {
    /// Players join; no question yet.
    Lobby,
    /// A question is open.
    Asking,
    /// Its answer is shown.
    Revealed,
    /// Over.
    Over,
}

/// How one player did at a revealed question.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mark {
    /// The verdict, or `None` without an answer.
    pub verdict: Option<Verdict>,
    /// Points earned.
    pub points: u32,
}

/// A revealed question.
#[derive(Debug, Clone, PartialEq)]
pub struct Reveal {
    /// The question's number.
    pub number: usize,
    /// The right answer.
    pub answer: String,
    /// The whole fact.
    pub fact: String,
    /// Answers given, most common first: the answer (an option's text for a pick) and how
    /// many gave it.
    pub counts: Vec<(String, usize)>,
    /// Each player's mark, by player index.
    pub marks: Vec<Mark>,
}

/// A live game.
pub struct Game {
    setup: Setup,
    players: Vec<Player>,
    phase: Phase,
    live: Option<Live>,
    asked: usize,
    used: HashSet<usize>,
    siblings: Siblings,
}

/// An answer already given, handed to the one answer turn as a `Ui` would read it.
struct Given(Option<String>);

impl Ui for Given {
    fn ask(&mut self, _q: &Question, _p: &Progress) -> io::Result<Reply> {
        // A second read follows a `?` (a hint, which the network face does not offer): no
        // more answer, so the turn grades an empty one.
        Ok(Reply::Answer(self.0.take().unwrap_or_default()))
    }
    fn hint(&mut self, _text: &str) -> io::Result<()> {
        Ok(())
    }
    fn retry(&mut self, _why: &str) -> io::Result<()> {
        // A malformed timeline order: the network face has no second read, so the turn
        // grades the empty answer that follows (the page only sends whole orders).
        Ok(())
    }
    fn feedback(&mut self, _f: &Feedback<'_>) -> io::Result<AfterFeedback> {
        Ok(AfterFeedback::Continue)
    }
    fn summary(&mut self, _s: &Summary, _end: End) -> io::Result<()> {
        Ok(())
    }
}

/// The times of one network answer: when its question opened, then when it came.
struct Times {
    reads: Cell<usize>,
    shown: u64,
    answered: u64,
}

impl Clock for Times {
    fn now_ms(&self) -> u64 {
        let n = self.reads.get();
        self.reads.set(n + 1);
        if n == 0 {
            self.shown
        } else {
            self.answered
        }
    }
}

impl Game {
    /// A game in its lobby over `cards`.
    pub fn new(setup: Setup, cards: &mut dyn CardSource) -> anyhow::Result<Game> {
        Ok(Game {
            siblings: siblings_of(cards)?,
            setup,
            players: Vec::new(),
            phase: Phase::Lobby,
            live: None,
            asked: 0,
            used: HashSet::new(),
        })
    }

    /// The rules.
    pub fn setup(&self) -> &Setup {
        &self.setup
    }

    /// Where the game is.
    pub fn phase(&self) -> Phase {
        self.phase
    }

    /// Every player who ever joined, by index (removed ones too).
    pub fn players(&self) -> &[Player] {
        &self.players
    }

    /// Players still in the game.
    pub fn playing(&self) -> usize {
        self.players.iter().filter(|p| !p.removed).count()
    }

    /// The open or last question.
    pub fn live(&self) -> Option<&Live> {
        self.live.as_ref()
    }

    /// Adds a player under `name` (cleaned, and numbered if taken) with its secret `token`.
    pub fn join(
        &mut self,
        name: &str,
        team: Option<&str>,
        token: String,
    ) -> Result<usize, Refusal> {
        if self.phase == Phase::Over {
            return Err(Refusal::Over);
        }
        if self.playing() >= self.setup.max_players {
            return Err(Refusal::Full);
        }
        let base = clean_name(name).ok_or(Refusal::Name)?;
        let team = match (self.setup.teams.is_empty(), team) {
            (true, _) => None,
            (false, Some(t)) => Some(
                self.setup
                    .teams
                    .iter()
                    .find(|k| k.eq_ignore_ascii_case(t.trim()))
                    .ok_or(Refusal::Team)?
                    .clone(),
            ),
            (false, None) => return Err(Refusal::Team),
        };
        let name = self.unique(&base);
        self.players.push(Player {
            name,
            team,
            token,
            total: 0,
            streak: 0,
            missed: Vec::new(),
            removed: false,
        });
        Ok(self.players.len() - 1)
    }

    /// `base`, or `base 2`, `base 3`… when a player (or a team) has it in any case.
    fn unique(&self, base: &str) -> String {
        let taken = |n: &str| {
            self.players.iter().any(|p| p.name.eq_ignore_ascii_case(n))
                || self.setup.teams.iter().any(|t| t.eq_ignore_ascii_case(n))
        };
        (1..)
            .map(|k| {
                if k == 1 {
                    base.to_string()
                } else {
                    format!("{base} {k}")
                }
            })
            .find(|n| !taken(n))
            .unwrap_or_default()
    }

    /// The player a token belongs to.
    pub fn by_token(&self, token: &str) -> Result<usize, Refusal> {
        let k = self
            .players
            .iter()
            .position(|p| !token.is_empty() && p.token == token)
            .ok_or(Refusal::Token)?;
        if self.players[k].removed {
            return Err(Refusal::Removed);
        }
        Ok(k)
    }

    /// Removes the player named `name` (in any case); their index, if there was one.
    pub fn remove(&mut self, name: &str) -> Option<usize> {
        let k = self
            .players
            .iter()
            .position(|p| !p.removed && p.name.eq_ignore_ascii_case(name.trim()))?;
        self.players[k].removed = true;
        Some(k)
    }

    /// Opens the next question at `now`; `false` when the game has asked them all (or the
    /// decks have run out).
    pub fn open(
        &mut self,
        cards: &mut dyn CardSource,
        rng: &mut StdRng,
        now: u64,
    ) -> anyhow::Result<bool> {
        if self.asked >= self.setup.rounds || self.phase == Phase::Over {
            return Ok(false);
        }
        let Some(&index) = deal(cards, 1, &self.used, &self.siblings, rng).first() else {
            return Ok(false);
        };
        self.used.insert(index);
        self.siblings.asked(index, &[]);
        let format = self.setup.format.pick(rng.random_bool(0.5), rng);
        let card = cards.card(index)?;
        let question = ask(&card, format, cards, 0, rng);
        self.siblings.asked(index, &question.shows);
        self.asked += 1;
        self.phase = Phase::Asking;
        self.live = Some(Live {
            number: self.asked,
            card,
            question,
            shown_at: now,
            deadline: now + self.limit_ms(),
            answers: BTreeMap::new(),
        });
        Ok(true)
    }

    /// Time to answer each question.
    pub fn limit_ms(&self) -> u64 {
        self.setup.scoring.time_limit_ms.unwrap_or(20_000)
    }

    /// Whether `player` has answered the open question.
    pub fn has_answered(&self, player: usize) -> bool {
        self.live
            .as_ref()
            .is_some_and(|l| l.answers.contains_key(&player))
    }

    /// Answers so far to the open question, and players who can answer.
    pub fn answered(&self) -> (usize, usize) {
        let given = self.live.as_ref().map_or(0, |l| {
            l.answers
                .keys()
                .filter(|&&k| !self.players[k].removed)
                .count()
        });
        (given, self.playing())
    }

    /// Takes `player`'s answer to question `number` at `now`: graded and scored by the one
    /// answer turn, and handed to `keep` (results files, progress) before it counts. An answer
    /// `keep` fails to save is not taken, and may be given again.
    pub fn answer(
        &mut self,
        player: usize,
        number: usize,
        text: &str,
        now: u64,
        keep: &mut dyn FnMut(&DrillAnswer, &AnswerRecord) -> anyhow::Result<()>,
    ) -> Result<(), Refusal> {
        let p = self.players.get(player).ok_or(Refusal::Token)?;
        if p.removed {
            return Err(Refusal::Removed);
        }
        let live = match (&self.phase, &self.live) {
            (Phase::Asking, Some(l)) if l.number == number => l,
            _ => return Err(Refusal::Closed),
        };
        if live.answers.contains_key(&player) {
            return Err(Refusal::Twice);
        }
        if now > live.deadline {
            return Err(Refusal::Late);
        }
        let seat = Seat {
            name: p.team.clone().unwrap_or_else(|| p.name.clone()),
            members: vec![],
        };
        let mut kept = Keep {
            on_answer: keep,
            round: number,
            seat: &seat,
            player: p.name.clone(),
            prompt: live.question.prompt.clone(),
            streak: p.streak,
            scoring: self.setup.scoring,
            kept: None,
        };
        let turn = Turn {
            card: &live.card,
            question: &live.question,
            progress: Progress {
                number,
                total: self.setup.rounds,
                again: false,
                correct: 0,
                streak: p.streak as usize,
                rounds: true,
            },
            streak: p.streak as usize,
            rules: Rules {
                overrides: false,
                limit_ms: Some(self.limit_ms()),
            },
        };
        let given: String = crate::sanitize::one_line(text).chars().take(200).collect();
        let times = Times {
            reads: Cell::new(0),
            shown: live.shown_at,
            answered: now,
        };
        let still = AtomicBool::new(false);
        let mut table = Table {
            ui: &mut Given(Some(given)),
            recorder: &mut kept,
            clock: &times,
            interrupted: &still,
        };
        let answered = match take_turn(&turn, &mut table) {
            Ok(Outcome::Answered(a)) => a,
            _ => return Err(Refusal::Unsaved),
        };
        let Some(answer) = kept.kept else {
            return Err(Refusal::Unsaved);
        };
        let p = &mut self.players[player];
        p.streak = answered.streak as u32;
        p.total += answer.points;
        if let Some(live) = self.live.as_mut() {
            live.answers.insert(player, answer);
        }
        Ok(())
    }

    /// Closes the open question: who missed it, what was answered, each player's mark.
    pub fn reveal(&mut self) -> Option<Reveal> {
        if self.phase != Phase::Asking {
            return None;
        }
        self.phase = Phase::Revealed;
        let marks: Vec<Mark> = (0..self.players.len()).map(|k| self.mark(k)).collect();
        let live = self.live.as_ref()?;
        let reveal = Reveal {
            number: live.number,
            answer: live.question.answer.clone(),
            fact: live.card.fact(),
            counts: counts(&live.question, live.answers.values()),
            marks,
        };
        for (p, m) in self.players.iter_mut().zip(&reveal.marks) {
            if m.verdict != Some(Verdict::Correct) {
                p.missed.push(reveal.fact.clone());
            }
            if m.verdict.is_none() {
                p.streak = 0;
            }
        }
        Some(reveal)
    }

    /// How `player` did at the open or last question.
    pub fn mark(&self, player: usize) -> Mark {
        let answer = self.live.as_ref().and_then(|l| l.answers.get(&player));
        Mark {
            verdict: answer.map(|a| a.verdict),
            points: answer.map_or(0, |a| a.points),
        }
    }

    /// The fact of the open or last question.
    pub fn fact(&self) -> String {
        self.live
            .as_ref()
            .map(|l| l.card.fact())
            .unwrap_or_default()
    }

    /// Ends the game.
    pub fn finish(&mut self) {
        self.phase = Phase::Over;
    }

    /// Players in the game, best first: name and points.
    pub fn standings(&self) -> Vec<(String, u32)> {
        let mut rows: Vec<(String, u32)> = self
            .players
            .iter()
            .filter(|p| !p.removed)
            .map(|p| (p.name.clone(), p.total))
            .collect();
        rows.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        rows
    }

    /// Teams, best first, with the sum of their players' points (empty without teams).
    pub fn team_standings(&self) -> Vec<(String, u32)> {
        let mut rows: Vec<(String, u32)> = self
            .setup
            .teams
            .iter()
            .map(|t| {
                let sum = self
                    .players
                    .iter()
                    .filter(|p| !p.removed && p.team.as_deref() == Some(t))
                    .map(|p| p.total)
                    .sum();
                (t.clone(), sum)
            })
            .collect();
        rows.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        rows
    }

    /// A player's place: one more than those with more points (ties share a place).
    pub fn rank(&self, player: usize) -> usize {
        let mine = self.players.get(player).map_or(0, |p| p.total);
        1 + self
            .players
            .iter()
            .filter(|p| !p.removed && p.total > mine)
            .count()
    }
}

/// Answers given, most common first. A picked option is named by its text, so the screen
/// shows what was chosen rather than a letter.
fn counts<'a>(
    q: &Question,
    answers: impl Iterator<Item = &'a DrillAnswer>,
) -> Vec<(String, usize)> {
    let mut by: BTreeMap<String, usize> = BTreeMap::new();
    for a in answers {
        let shown = match q.expect {
            Expect::Option(_) => option_text(&q.choices, &a.given),
            _ => a.given.trim().to_lowercase(),
        };
        *by.entry(shown).or_default() += 1;
    }
    let mut rows: Vec<(String, usize)> = by.into_iter().collect();
    rows.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    rows.truncate(8);
    rows
}

/// The option an answer picks (`2`, `b`, or its text), else the answer itself.
fn option_text(choices: &[String], given: &str) -> String {
    let g = given.trim();
    let index = g
        .parse::<usize>()
        .ok()
        .and_then(|n| n.checked_sub(1))
        .or_else(|| {
            let mut c = g.chars();
            match (c.next(), c.next()) {
                (Some(l), None) if l.is_ascii_alphabetic() => {
                    Some((l.to_ascii_uppercase() as u8 - b'A') as usize)
                }
                _ => None,
            }
        });
    index
        .and_then(|k| choices.get(k))
        .cloned()
        .unwrap_or_else(|| g.to_string())
}

#[cfg(test)]
mod tests;
