//! `factdrill host`: a live game on the classroom network. Wires the cards, the results
//! files, the server, the teacher's keys and screen to the room that runs the game.

use super::config::HostSetup;
use super::results::Keeper;
use super::ExitStatus;
use crate::clock::{Clock, SystemClock};
use crate::drill::Scoring;
use crate::host::game::{Game, Setup};
use crate::host::room::{Cmd, Key, Pace, Room, RoomEnv};
use crate::host::screen::{JsonScreen, Screen, TextScreen};
use crate::host::{new_pin, new_token, qr_text, server};
use crate::library::Library;
use crate::load::load_cards;
use crate::output::stdout;
use crate::question::InMemory;
use crate::turn::End;
use crate::ui::{Line, Lines, StdinLines};
use rand::rngs::StdRng;
use rand::SeedableRng;
use std::sync::atomic::AtomicBool;
use std::sync::{mpsc, Arc};
use std::time::Duration;

/// Connections allowed beyond the players: pages that reload, and tries before joining.
const SPARE_CONNS: usize = 50;

/// Runs a live game until its podium.
pub fn run(
    setup: &HostSetup,
    library: &Library,
    interrupted: &Arc<AtomicBool>,
) -> anyhow::Result<ExitStatus> {
    let cards = load_cards(&setup.decks, library)?;
    let clock = SystemClock;
    let mut keeper = Keeper::open(setup.record, clock.now_ms())?;
    let mut source = InMemory::new(cards);
    let game = Game::new(
        Setup {
            rounds: setup.rounds,
            format: setup.format,
            scoring: Scoring {
                speed: setup.speed,
                streak: setup.streak,
                time_limit_ms: Some(setup.time * 1000),
            },
            teams: setup.teams.clone(),
            max_players: setup.max_players,
        },
        &mut source,
    )?;
    let (tx, rx) = mpsc::channel();
    let server = server::start(
        setup.listen,
        tx.clone(),
        setup.max_players * 2 + SPARE_CONNS,
    )?;
    // The PIN and tokens are secrets: from the system's generator, never from --seed.
    let mut secret = rand::rng();
    let pin = new_pin(&mut secret);
    let shown_ip = if server.addr.ip().is_unspecified() {
        server::lan_ip().unwrap_or(std::net::Ipv4Addr::LOCALHOST.into())
    } else {
        server.addr.ip()
    };
    let address = std::net::SocketAddr::new(shown_ip, server.addr.port()).to_string();
    let link = format!("http://{address}/?pin={pin}");
    let mut screen: Box<dyn Screen> = if setup.json {
        Box::new(JsonScreen::new(stdout(false)))
    } else {
        // The text screen's own colours must pass the stdout boundary too.
        let colour = crate::output::colour_on();
        Box::new(TextScreen::new(stdout(colour), colour))
    };
    screen.lobby(&address, &link, &pin, &qr_text(&link))?;
    if setup.auto_start.is_none() {
        screen.hint("Enter: start the game · remove NAME: remove a player · q: end")?;
    }
    read_keys(tx, Arc::clone(interrupted));
    let mut rng = StdRng::seed_from_u64(setup.seed);
    let mut token = move || new_token(&mut secret);
    let env = RoomEnv {
        cards: &mut source,
        rng: &mut rng,
        clock: &clock,
        screen: screen.as_mut(),
        ledger: &mut keeper,
        token: &mut token,
        interrupted,
    };
    let pace = Pace {
        auto_start: setup.auto_start,
        pause_ms: setup.pause * 1000,
    };
    let end = Room::new(game, pin, pace, env).run(&rx)?;
    // Students get their last messages; then nothing listens any more.
    server.close(Duration::from_secs(2));
    screen.end(
        &keeper.results.csv.display().to_string(),
        &keeper.results.json.display().to_string(),
    )?;
    Ok(if end == End::Interrupted {
        ExitStatus::Interrupted
    } else {
        ExitStatus::Ok
    })
}

/// The teacher's keys: one command a line on stdin, for as long as stdin lasts.
fn read_keys(tx: mpsc::Sender<Cmd>, interrupted: Arc<AtomicBool>) {
    std::thread::spawn(move || {
        let mut lines = StdinLines::new(interrupted);
        while let Ok(Line::Text(line)) = lines.next_line() {
            if let Some(key) = Key::parse(&line) {
                if tx.send(Cmd::Key(key)).is_err() {
                    break;
                }
            }
        }
    });
}
