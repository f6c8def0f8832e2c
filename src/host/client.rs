//! `factdrill join`: a live game from a terminal. It speaks the page's protocol over a
//! WebSocket, shows each question, reads one answer per line, and comes back with its token
//! when the connection drops.

use super::protocol::{ClientMsg, ServerMsg};
use crate::event::Event;
use crate::turn::End;
use crate::ui::{Line, StdinLines};
use std::io;
use std::net::TcpStream;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;
use tungstenite::{Message, WebSocket};

/// How long a read waits before looking at the answer lines again.
const POLL: Duration = Duration::from_millis(30);
/// Tries to reach the game again after the connection drops.
const RECONNECTS: u32 = 5;

/// Why `join` could not play.
#[derive(Debug, thiserror::Error)]
pub enum JoinError {
    /// The address is not `HOST:PORT` or the game's link.
    #[error("`{0}` is not a game's address: give it as the teacher's screen shows it, e.g. 192.168.1.20:8080")]
    Address(String),
    /// The game cannot be reached.
    #[error("cannot reach the game at {0}: {1}")]
    Connect(String, String),
    /// The game refused to let this player in.
    #[error("the game refused: {0}")]
    Refused(String),
}

/// Who joins where.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Joining {
    /// `HOST:PORT`, or the join link.
    pub address: String,
    /// The game's PIN.
    pub pin: String,
    /// The name to play under.
    pub name: String,
    /// The team, if the game has teams.
    pub team: Option<String>,
}

/// What a student sees: each event of the game, as JSON or text.
pub trait JoinView {
    /// Shows one event.
    fn show(&mut self, event: &Event) -> io::Result<()>;
}

/// `HOST:PORT` from an address or a link (`http://HOST:PORT/?pin=…`).
pub fn host_port(address: &str) -> Result<String, JoinError> {
    let rest = address
        .trim()
        .trim_start_matches("http://")
        .trim_start_matches("ws://");
    let host = rest.split(['/', '?']).next().unwrap_or_default();
    if host.is_empty() || !host.contains(':') || host.chars().any(char::is_whitespace) {
        return Err(JoinError::Address(crate::sanitize::one_line(address)));
    }
    Ok(host.to_string())
}

type Socket = WebSocket<TcpStream>;

fn connect(host: &str) -> Result<Socket, JoinError> {
    let failed = |e: &dyn std::fmt::Display| JoinError::Connect(host.into(), e.to_string());
    let stream = TcpStream::connect(host).map_err(|e| failed(&e))?;
    stream
        .set_read_timeout(Some(POLL))
        .map_err(|e| failed(&e))?;
    let (socket, _) =
        tungstenite::client(format!("ws://{host}/ws"), stream).map_err(|e| failed(&e))?;
    Ok(socket)
}

fn send(socket: &mut Socket, msg: &ClientMsg) -> tungstenite::Result<()> {
    let text = serde_json::to_string(msg).unwrap_or_default();
    socket.send(Message::Text(text.into()))
}

/// Where a game stands for this player.
#[derive(Default)]
struct Seat {
    token: Option<String>,
    open: Option<usize>,
    input_ended: bool,
}

/// Plays a game: joins, answers from `lines`, shows every event on `view`.
pub fn play(
    joining: &Joining,
    lines: &mut StdinLines,
    view: &mut dyn JoinView,
    interrupted: &AtomicBool,
) -> anyhow::Result<End> {
    let host = host_port(&joining.address)?;
    let mut seat = Seat::default();
    let mut drops = 0;
    loop {
        let mut socket = match connect(&host) {
            Ok(s) => s,
            Err(e) if seat.token.is_none() || drops >= RECONNECTS => return Err(e.into()),
            Err(_) => {
                drops += 1;
                std::thread::sleep(Duration::from_millis(500 * u64::from(drops)));
                continue;
            }
        };
        let hello = match &seat.token {
            Some(token) => ClientMsg::Rejoin {
                token: token.clone(),
            },
            None => ClientMsg::Join {
                pin: joining.pin.trim().to_string(),
                name: joining.name.clone(),
                team: joining.team.clone(),
            },
        };
        send(&mut socket, &hello)?;
        match session(&mut socket, &mut seat, lines, view, interrupted)? {
            Some(end) => {
                let _ = socket.close(None);
                return Ok(end);
            }
            None if drops < RECONNECTS && seat.token.is_some() => drops += 1,
            None => return Ok(End::EndOfInput),
        }
    }
}

/// One connection's part of the game; `None` if the connection dropped before the end.
fn session(
    socket: &mut Socket,
    seat: &mut Seat,
    lines: &mut StdinLines,
    view: &mut dyn JoinView,
    interrupted: &AtomicBool,
) -> anyhow::Result<Option<End>> {
    loop {
        if interrupted.load(Ordering::SeqCst) {
            return Ok(Some(End::Interrupted));
        }
        match socket.read() {
            Ok(Message::Text(text)) => {
                let Ok(msg) = serde_json::from_str::<ServerMsg>(&text) else {
                    continue;
                };
                if let Some(end) = on_message(msg, seat, view)? {
                    return Ok(Some(end));
                }
            }
            Ok(Message::Close(_)) => return Ok(None),
            Ok(_) => {}
            Err(tungstenite::Error::Io(e))
                if matches!(
                    e.kind(),
                    io::ErrorKind::WouldBlock | io::ErrorKind::TimedOut
                ) => {}
            Err(_) => return Ok(None),
        }
        if let (Some(number), false) = (seat.open, seat.input_ended) {
            match lines.try_line() {
                Some(Ok(Line::Text(answer))) => {
                    seat.open = None;
                    send(socket, &ClientMsg::Answer { number, answer })?;
                }
                Some(Ok(Line::End)) => seat.input_ended = true,
                Some(Ok(Line::Interrupted)) => return Ok(Some(End::Interrupted)),
                Some(Err(e)) => return Err(e.into()),
                None => {}
            }
        }
    }
}

/// Shows a message; `Some` when the game is over for this player.
fn on_message(
    msg: ServerMsg,
    seat: &mut Seat,
    view: &mut dyn JoinView,
) -> anyhow::Result<Option<End>> {
    use crate::sanitize::one_line;
    let event = match msg {
        ServerMsg::Welcome {
            token,
            name,
            team,
            total,
        } => {
            seat.token = Some(token);
            Event::Welcome {
                name: one_line(&name),
                team: team.as_deref().map(one_line),
                total,
            }
        }
        ServerMsg::Teams { .. } | ServerMsg::Lobby { .. } => return Ok(None),
        ServerMsg::Question {
            number,
            total,
            card,
            kind,
            format,
            prompt,
            cue,
            choices,
            answered,
            ..
        } => {
            seat.open = (!answered).then_some(number);
            Event::Question {
                number,
                total,
                again: false,
                card: one_line(&card),
                kind: one_line(&kind),
                format: one_line(&format),
                prompt: one_line(&prompt),
                cue: one_line(&cue),
                choices: choices.iter().map(|c| one_line(c)).collect(),
            }
        }
        ServerMsg::Received { number } => Event::Received { number },
        ServerMsg::Reveal {
            number,
            answer,
            verdict,
            points,
            total,
            rank,
            players,
            ..
        } => {
            seat.open = None;
            Event::Result {
                number,
                answer: one_line(&answer),
                verdict: one_line(&verdict),
                points,
                total,
                rank,
                players,
            }
        }
        ServerMsg::End {
            total,
            rank,
            players,
            ..
        } => {
            view.show(&Event::Final {
                total,
                rank,
                players,
            })?;
            return Ok(Some(End::Finished));
        }
        ServerMsg::Refused { code, reason } => {
            view.show(&Event::Refused {
                code: one_line(&code),
                reason: one_line(&reason),
            })?;
            // Refused before joining, or let go: nothing more to play.
            if seat.token.is_none() || matches!(code.as_str(), "removed" | "tries" | "over") {
                return Err(JoinError::Refused(one_line(&reason)).into());
            }
            return Ok(None);
        }
    };
    view.show(&event)?;
    Ok(None)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_addresses_and_links() {
        // (given, host:port or none)
        let cases = [
            ("127.0.0.1:8080", Some("127.0.0.1:8080")),
            (
                "http://192.168.1.20:41234/?pin=123456",
                Some("192.168.1.20:41234"),
            ),
            ("ws://h:1/ws", Some("h:1")),
            ("localhost", None),
            ("", None),
            ("a b:1", None),
        ];
        for (given, want) in cases {
            assert_eq!(host_port(given).ok().as_deref(), want, "{given}");
        }
    }
}
