//! The live game's one thread: every message from students and every key of the teacher
//! comes here as a [`Cmd`], in order, so the game's rules run on one state without locks.
//! It checks PINs and tokens, feeds answers to the [`Game`], keeps time, and sends each
//! student only what is theirs to see.

use super::game::{Game, Phase, Refusal};
use super::protocol::{ClientMsg, ServerMsg};
use super::screen::Screen;
use crate::clock::Clock;
use crate::drill::DrillAnswer;
use crate::question::{CardSource, Expect};
use crate::turn::{AnswerRecord, End};
use rand::rngs::StdRng;
use std::collections::HashMap;
use std::net::IpAddr;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{Receiver, RecvTimeoutError};
use std::sync::Arc;
use std::time::Duration;

/// A connection's number.
pub type ConnId = u64;

/// Wrong PINs (or tokens) one address may send in [`TRY_WINDOW_MS`].
pub const MAX_TRIES: u32 = 5;
/// The window of [`MAX_TRIES`].
pub const TRY_WINDOW_MS: u64 = 60_000;
/// How often the room wakes without messages, to keep time.
const TICK: Duration = Duration::from_millis(100);

/// What reaches the room.
#[derive(Debug)]
pub enum Cmd {
    /// A student connected; `tx` takes the messages for them.
    Open {
        /// The connection.
        conn: ConnId,
        /// Its address.
        ip: IpAddr,
        /// Where its messages go (a full queue drops the student).
        tx: tokio::sync::mpsc::Sender<Arc<str>>,
    },
    /// A student's message.
    Msg {
        /// The connection.
        conn: ConnId,
        /// The message.
        msg: ClientMsg,
    },
    /// The connection closed (or was dropped for misbehaving).
    Closed {
        /// The connection.
        conn: ConnId,
    },
    /// The teacher's key.
    Key(Key),
}

/// What the teacher can do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Key {
    /// Start, reveal now, or go on to the next question.
    Go,
    /// Remove the player with this name.
    Remove(String),
    /// End the game now.
    Quit,
}

impl Key {
    /// Reads a teacher's line: Enter (or `next`) goes on, `remove NAME`, `quit`.
    pub fn parse(line: &str) -> Option<Key> {
        let line = line.trim();
        let (word, rest) = line.split_once(' ').unwrap_or((line, ""));
        match word.to_ascii_lowercase().as_str() {
            "" | "s" | "start" | "n" | "next" => Some(Key::Go),
            "remove" | "kick" if !rest.trim().is_empty() => Some(Key::Remove(rest.trim().into())),
            "q" | "quit" | "end" => Some(Key::Quit),
            _ => None,
        }
    }
}

/// How the room runs.
pub struct Pace {
    /// Start once this many have joined, and go on without keys.
    pub auto_start: Option<usize>,
    /// How long the answer stays up before the next question, without keys.
    pub pause_ms: u64,
}

/// Where answers are kept: each is written as it is taken, and made durable by `sync`
/// before any is acknowledged. Answers that arrive together share one sync (a group commit):
/// a class answering at once would otherwise wait on one disk flush after another.
pub trait Ledger {
    /// Writes an answer (results files, and progress with `--record`).
    fn keep(&mut self, answer: &DrillAnswer, record: &AnswerRecord) -> anyhow::Result<()>;
    /// Makes every answer written so far durable.
    fn sync(&mut self) -> anyhow::Result<()>;
}

/// Commands handled together before one sync and their acknowledgements.
const BATCH: usize = 256;

/// What the room works with.
pub struct RoomEnv<'a> {
    /// The questions' cards.
    pub cards: &'a mut dyn CardSource,
    /// Every random choice of the game (not the PIN or tokens).
    pub rng: &'a mut StdRng,
    /// Tells the time.
    pub clock: &'a dyn Clock,
    /// The teacher's screen.
    pub screen: &'a mut dyn Screen,
    /// Keeps each answer before it is acknowledged.
    pub ledger: &'a mut dyn Ledger,
    /// A new secret token for a player.
    pub token: &'a mut dyn FnMut() -> String,
    /// Set by Ctrl-C.
    pub interrupted: &'a AtomicBool,
}

struct Conn {
    tx: tokio::sync::mpsc::Sender<Arc<str>>,
    ip: IpAddr,
    player: Option<usize>,
    /// When it opened: one that has not joined within [`JOIN_WAIT_MS`] is let go, so that
    /// idle connections cannot hold every place.
    since: u64,
}

/// How long a connection may stay open without joining.
pub const JOIN_WAIT_MS: u64 = 120_000;

/// A live game and its connections.
pub struct Room<'a> {
    game: Game,
    env: RoomEnv<'a>,
    pin: String,
    pace: Pace,
    conns: HashMap<ConnId, Conn>,
    tries: HashMap<IpAddr, (u32, u64)>,
    before: Vec<u32>,
    reveal_until: u64,
    /// Answers taken but not yet synced, so not yet acknowledged.
    unacked: Vec<(ConnId, usize)>,
    /// Messages to a student whose answer awaits its acknowledgement: they follow it, so a
    /// student never hears "you have answered this question" before "received".
    held: Vec<(tokio::sync::mpsc::Sender<Arc<str>>, Arc<str>)>,
}

impl<'a> Room<'a> {
    /// A room for `game`, joined with `pin`.
    pub fn new(game: Game, pin: String, pace: Pace, env: RoomEnv<'a>) -> Self {
        Room {
            game,
            env,
            pin,
            pace,
            conns: HashMap::new(),
            tries: HashMap::new(),
            before: Vec::new(),
            reveal_until: 0,
            unacked: Vec::new(),
            held: Vec::new(),
        }
    }

    /// Runs the game until it ends; every student is sent the end and let go.
    pub fn run(mut self, cmds: &Receiver<Cmd>) -> anyhow::Result<End> {
        let end = loop {
            if self.env.interrupted.load(Ordering::SeqCst) {
                break End::Interrupted;
            }
            let now = self.env.clock.now_ms();
            if let Some(end) = self.step(now)? {
                break end;
            }
            let mut batch = match cmds.recv_timeout(TICK) {
                Ok(cmd) => vec![cmd],
                Err(RecvTimeoutError::Timeout) => continue,
                Err(RecvTimeoutError::Disconnected) => break End::Interrupted,
            };
            batch.extend(cmds.try_iter().take(BATCH));
            let mut ended = None;
            for cmd in batch {
                if cmd_is_quit(&cmd) {
                    ended = Some(End::Interrupted);
                    break;
                }
                let now = self.env.clock.now_ms();
                if let Some(end) = self.handle(cmd, now)? {
                    ended = Some(end);
                    break;
                }
            }
            self.acknowledge()?;
            if let Some(end) = ended {
                break end;
            }
        };
        self.finish(end)?;
        Ok(end)
    }

    /// Syncs the answers taken, then tells each student theirs is kept.
    fn acknowledge(&mut self) -> anyhow::Result<()> {
        if self.unacked.is_empty() {
            return Ok(());
        }
        self.env.ledger.sync()?;
        for (conn, number) in std::mem::take(&mut self.unacked) {
            self.send(conn, &ServerMsg::Received { number });
        }
        for (tx, text) in std::mem::take(&mut self.held) {
            // A student whose queue is full is let go by the next send to them.
            let _ = tx.try_send(text);
        }
        let (given, players) = self.game.answered();
        if let Some(l) = self.game.live() {
            let left = l.deadline.saturating_sub(self.env.clock.now_ms());
            let number = l.number;
            self.env
                .screen
                .answers(number, given, players, left.div_ceil(1000))?;
        }
        Ok(())
    }

    /// Moves the game on with time: start, reveal, next question.
    fn step(&mut self, now: u64) -> anyhow::Result<Option<End>> {
        self.conns
            .retain(|_, c| c.player.is_some() || now.saturating_sub(c.since) < JOIN_WAIT_MS);
        let auto = self.pace.auto_start;
        match self.game.phase() {
            Phase::Lobby => {
                if auto.is_some_and(|n| self.game.playing() >= n.max(1)) {
                    return self.next(now);
                }
            }
            Phase::Asking => {
                let deadline = self.game.live().map_or(now, |l| l.deadline);
                let (given, players) = self.game.answered();
                if now > deadline || (players > 0 && given >= players) {
                    self.reveal(now)?;
                } else if let Some(l) = self.game.live() {
                    let left = deadline.saturating_sub(now).div_ceil(1000);
                    self.env.screen.answers(l.number, given, players, left)?;
                }
            }
            Phase::Revealed => {
                if auto.is_some() && now >= self.reveal_until {
                    return self.next(now);
                }
            }
            Phase::Over => return Ok(Some(End::Finished)),
        }
        Ok(None)
    }

    fn handle(&mut self, cmd: Cmd, now: u64) -> anyhow::Result<Option<End>> {
        match cmd {
            Cmd::Open { conn, ip, tx } => {
                self.conns.insert(
                    conn,
                    Conn {
                        tx,
                        ip,
                        player: None,
                        since: now,
                    },
                );
                let teams = self.game.setup().teams.clone();
                self.send(conn, &ServerMsg::Teams { teams });
            }
            Cmd::Closed { conn } => {
                self.conns.remove(&conn);
            }
            Cmd::Msg { conn, msg } => self.message(conn, msg, now)?,
            Cmd::Key(Key::Go) => match self.game.phase() {
                Phase::Lobby if self.game.playing() == 0 => {
                    self.env.screen.hint("No one has joined yet.")?;
                }
                Phase::Lobby | Phase::Revealed => return self.next(now),
                Phase::Asking => self.reveal(now)?,
                Phase::Over => return Ok(Some(End::Finished)),
            },
            Cmd::Key(Key::Remove(name)) => self.remove(&name)?,
            Cmd::Key(Key::Quit) => return Ok(Some(End::Interrupted)),
        }
        Ok(None)
    }

    fn message(&mut self, conn: ConnId, msg: ClientMsg, now: u64) -> anyhow::Result<()> {
        let Some(c) = self.conns.get(&conn) else {
            return Ok(());
        };
        let (ip, player) = (c.ip, c.player);
        let result = match (msg, player) {
            (ClientMsg::Join { pin, name, team }, None) => self
                .tried(ip, now, pin.trim() == self.pin, Refusal::Pin)
                .and_then(|()| self.join(conn, &name, team.as_deref())),
            (ClientMsg::Rejoin { token }, None) => {
                let found = self.game.by_token(&token);
                self.tried(ip, now, found != Err(Refusal::Token), Refusal::Token)
                    .and(found)
                    .map(|k| self.attach(conn, k))
            }
            (ClientMsg::Answer { number, answer }, Some(k)) => {
                let ledger = &mut *self.env.ledger;
                let mut keep = |a: &DrillAnswer, r: &AnswerRecord| ledger.keep(a, r);
                let taken = self.game.answer(k, number, &answer, now, &mut keep);
                if taken.is_ok() {
                    self.unacked.push((conn, number));
                }
                taken
            }
            _ => Err(Refusal::Bad),
        };
        if let Err(refusal) = result {
            self.refuse(conn, &refusal);
        }
        Ok(())
    }

    /// Counts a wrong PIN or token from `ip` (refused as `wrong`); refuses once it has sent
    /// too many lately, so neither can be guessed.
    fn tried(&mut self, ip: IpAddr, now: u64, right: bool, wrong: Refusal) -> Result<(), Refusal> {
        let entry = self.tries.entry(ip).or_insert((0, now));
        if now.saturating_sub(entry.1) > TRY_WINDOW_MS {
            *entry = (0, now);
        }
        if entry.0 >= MAX_TRIES {
            return Err(Refusal::Tries);
        }
        if right {
            return Ok(());
        }
        entry.0 += 1;
        Err(wrong)
    }

    fn join(&mut self, conn: ConnId, name: &str, team: Option<&str>) -> Result<(), Refusal> {
        let token = (self.env.token)();
        let k = self.game.join(name, team, token)?;
        let p = &self.game.players()[k];
        let _ = self
            .env
            .screen
            .joined(&p.name, p.team.as_deref(), self.game.playing());
        self.attach(conn, k);
        Ok(())
    }

    /// Makes `conn` player `k`'s only connection, and brings it up to date.
    fn attach(&mut self, conn: ConnId, k: usize) {
        // A player has one connection: the old one (a slept phone's) is let go.
        self.conns
            .retain(|&id, c| id == conn || c.player != Some(k));
        if let Some(c) = self.conns.get_mut(&conn) {
            c.player = Some(k);
        }
        let p = &self.game.players()[k];
        let welcome = ServerMsg::Welcome {
            token: p.token().to_string(),
            name: p.name.clone(),
            team: p.team.clone(),
            total: p.total,
        };
        self.send(conn, &welcome);
        let now_msg = match self.game.phase() {
            Phase::Lobby => Some(ServerMsg::Lobby {
                players: self.game.playing(),
            }),
            Phase::Asking => self.question_msg(k),
            Phase::Revealed => self.reveal_msg(k),
            Phase::Over => None,
        };
        if let Some(m) = now_msg {
            self.send(conn, &m);
        }
    }

    fn remove(&mut self, name: &str) -> anyhow::Result<()> {
        let Some(k) = self.game.remove(name) else {
            return Ok(self.env.screen.hint(&format!("No player named {name}."))?);
        };
        let ids: Vec<ConnId> = self
            .conns
            .iter()
            .filter(|(_, c)| c.player == Some(k))
            .map(|(id, _)| *id)
            .collect();
        for id in ids {
            self.refuse(id, &Refusal::Removed);
            self.conns.remove(&id);
        }
        let shown = self.game.players()[k].name.clone();
        Ok(self.env.screen.removed(&shown, self.game.playing())?)
    }

    /// Opens the next question, or ends the game when there is none.
    fn next(&mut self, now: u64) -> anyhow::Result<Option<End>> {
        self.before = self.game.players().iter().map(|p| p.total).collect();
        let env = &mut self.env;
        if !self.game.open(env.cards, env.rng, now)? {
            return Ok(Some(End::Finished));
        }
        let Some(live) = self.game.live() else {
            return Ok(Some(End::Finished));
        };
        let (number, total) = (live.number, self.game.setup().rounds);
        let limit_s = self.game.limit_ms() / 1000;
        self.env
            .screen
            .question(number, total, &live.question, limit_s)?;
        if self.pace.auto_start.is_none() {
            self.env.screen.hint("Enter: show the answer now")?;
        }
        self.broadcast(|room, k| room.question_msg(k));
        Ok(None)
    }

    fn question_msg(&self, k: usize) -> Option<ServerMsg> {
        let live = self.game.live()?;
        let q = &live.question;
        let answer_by = match q.expect {
            Expect::Option(_) => "pick",
            Expect::Sequence(_) => "order",
            Expect::Text | Expect::Estimate => "text",
        };
        Some(ServerMsg::Question {
            number: live.number,
            total: self.game.setup().rounds,
            card: q.card.0.clone(),
            kind: q.kind.name().to_string(),
            format: q.format.name().to_string(),
            answer_by: answer_by.into(),
            prompt: q.prompt.clone(),
            cue: q.cue.clone(),
            choices: q.choices.clone(),
            left_ms: live.deadline.saturating_sub(self.env.clock.now_ms()),
            answered: self.game.has_answered(k),
        })
    }

    fn reveal(&mut self, now: u64) -> anyhow::Result<()> {
        self.acknowledge()?;
        let Some(reveal) = self.game.reveal() else {
            return Ok(());
        };
        self.env.screen.reveal(&reveal)?;
        let gained = |k: usize, total: u32| total - self.before.get(k).copied().unwrap_or(0);
        let playing = || {
            let players = self.game.players().iter().enumerate();
            players.filter(|(_, p)| !p.removed)
        };
        let mut rows: Vec<(String, u32, u32)> = playing()
            .map(|(k, p)| (p.name.clone(), p.total, gained(k, p.total)))
            .collect();
        rows.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        let teams: Vec<(String, u32, u32)> = self
            .game
            .team_standings()
            .into_iter()
            .map(|(team, total)| {
                let mine = playing().filter(|(_, p)| p.team.as_deref() == Some(team.as_str()));
                let gain = mine.map(|(k, p)| gained(k, p.total)).sum();
                (team, total, gain)
            })
            .collect();
        self.env.screen.scoreboard(reveal.number, &rows, &teams)?;
        self.reveal_until = now + self.pace.pause_ms;
        self.broadcast(|room, k| room.reveal_msg(k));
        if self.pace.auto_start.is_none() {
            self.env.screen.hint("Enter: next question")?;
        }
        Ok(())
    }

    fn reveal_msg(&self, k: usize) -> Option<ServerMsg> {
        let live = self.game.live()?;
        let p = self.game.players().get(k)?;
        let mark = self.game.mark(k);
        Some(ServerMsg::Reveal {
            number: live.number,
            answer: live.question.answer.clone(),
            fact: self.game.fact(),
            verdict: mark.verdict.map_or("none", |v| v.name()).to_string(),
            points: mark.points,
            total: p.total,
            rank: self.game.rank(k),
            players: self.game.playing(),
        })
    }

    /// Ends the game: the podium on the screen, each student's result, connections let go.
    fn finish(&mut self, end: End) -> anyhow::Result<()> {
        self.acknowledge()?;
        if self.game.phase() == Phase::Asking {
            self.game.reveal();
        }
        self.game.finish();
        let rows = if self.game.setup().teams.is_empty() {
            self.game.standings()
        } else {
            self.game.team_standings()
        };
        let missed: Vec<(String, Vec<String>)> = self
            .game
            .players()
            .iter()
            .filter(|p| !p.removed)
            .map(|p| (p.name.clone(), p.missed.clone()))
            .collect();
        self.env.screen.podium(&rows, &missed, end)?;
        let podium: Vec<(String, u32)> = self.game.standings().into_iter().take(3).collect();
        self.broadcast(|room, k| {
            Some(ServerMsg::End {
                total: room.game.players()[k].total,
                rank: room.game.rank(k),
                players: room.game.playing(),
                podium: podium.clone(),
            })
        });
        self.conns.clear();
        Ok(())
    }

    /// Sends each joined student their own message.
    fn broadcast(&mut self, each: impl Fn(&Self, usize) -> Option<ServerMsg>) {
        let targets: Vec<(ConnId, usize)> = self
            .conns
            .iter()
            .filter_map(|(id, c)| Some((*id, c.player?)))
            .filter(|(_, k)| !self.game.players()[*k].removed)
            .collect();
        for (id, k) in targets {
            if let Some(m) = each(self, k) {
                self.send(id, &m);
            }
        }
    }

    fn refuse(&mut self, conn: ConnId, r: &Refusal) {
        let msg = ServerMsg::Refused {
            code: r.code().into(),
            reason: r.to_string(),
        };
        self.send(conn, &msg);
        if matches!(r, Refusal::Tries | Refusal::Removed | Refusal::Bad) {
            // Asking too often, removed, or not speaking the protocol: let go.
            self.conns.remove(&conn);
        }
    }

    /// Queues a message; a student whose queue is full (not reading) is let go.
    fn send(&mut self, conn: ConnId, msg: &ServerMsg) {
        let Some(c) = self.conns.get(&conn) else {
            return;
        };
        let text = Arc::from(msg.to_text());
        if self.unacked.iter().any(|(c, _)| *c == conn) {
            self.held.push((c.tx.clone(), text));
        } else if c.tx.try_send(text).is_err() {
            self.conns.remove(&conn);
        }
    }
}

fn cmd_is_quit(cmd: &Cmd) -> bool {
    matches!(cmd, Cmd::Key(Key::Quit))
}

#[cfg(test)]
mod tests;
