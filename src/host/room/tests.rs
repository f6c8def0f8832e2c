use super::*;
use crate::card::compile;
use crate::clock::StepClock;
use crate::deck::parse;
use crate::drill::Scoring;
use crate::host::game::Setup;
use crate::host::screen::JsonScreen;
use crate::question::InMemory;
use crate::schedule::FormatChoice;
use rand::SeedableRng;
use std::sync::mpsc;
use tokio::sync::mpsc::error::TryRecvError;

#[test]
fn reads_the_teachers_lines() {
    let cases = [
        ("", Some(Key::Go)),
        ("next", Some(Key::Go)),
        ("remove  Ana Lee ", Some(Key::Remove("Ana Lee".into()))),
        ("remove", None),
        ("q", Some(Key::Quit)),
        ("dance", None),
    ];
    for (line, want) in cases {
        assert_eq!(Key::parse(line), want, "{line:?}");
    }
}

/// A ledger that keeps answers in memory and fails to sync when told to.
struct Book {
    kept: usize,
    synced: usize,
    fail: bool,
}

impl Ledger for Book {
    fn keep(&mut self, _a: &DrillAnswer, _r: &AnswerRecord) -> anyhow::Result<()> {
        self.kept += 1;
        Ok(())
    }
    fn sync(&mut self) -> anyhow::Result<()> {
        anyhow::ensure!(!self.fail, "disk full");
        self.synced = self.kept;
        Ok(())
    }
}

/// Runs a room (PIN `123456`, answers kept in `book`) on `cmds`, with a clock that moves
/// `step` ms at each reading; what it ended with.
fn run_room(cmds: &Receiver<Cmd>, book: &mut Book, step: u64) -> anyhow::Result<End> {
    let deck =
        "title: T\nfacts:\n  - fact: NATO was founded in 1949.\n  - fact: The Wall fell in 1989.\n";
    let cards = compile(&parse(deck.as_bytes(), "t").deck.unwrap()).cards;
    let mut source = InMemory::new(cards);
    let setup = Setup {
        rounds: 2,
        format: FormatChoice::Typed,
        scoring: Scoring {
            speed: true,
            streak: true,
            time_limit_ms: Some(1_000_000_000),
        },
        teams: vec![],
        max_players: 10,
    };
    let game = Game::new(setup, &mut source).unwrap();
    let mut rng = StdRng::seed_from_u64(1);
    let clock = StepClock::new(1_000, step);
    let mut screen = JsonScreen::new(Vec::new());
    let mut n = 0;
    let mut token = || {
        n += 1;
        format!("token-{n}")
    };
    let still = AtomicBool::new(false);
    let env = RoomEnv {
        cards: &mut source,
        rng: &mut rng,
        clock: &clock,
        screen: &mut screen,
        ledger: book,
        token: &mut token,
        interrupted: &still,
    };
    let pace = Pace {
        auto_start: None,
        pause_ms: 0,
    };
    Room::new(game, "123456".into(), pace, env).run(cmds)
}

fn open(tx: &mpsc::Sender<Cmd>, conn: ConnId) -> tokio::sync::mpsc::Receiver<Arc<str>> {
    let (out, inbox) = tokio::sync::mpsc::channel(64);
    let ip = IpAddr::from([10, 0, 0, conn as u8]);
    tx.send(Cmd::Open { conn, ip, tx: out }).unwrap();
    inbox
}

fn say(tx: &mpsc::Sender<Cmd>, conn: ConnId, json: &str) {
    let msg = crate::host::protocol::parse_client(json).unwrap();
    tx.send(Cmd::Msg { conn, msg }).unwrap();
}

fn heard(inbox: &mut tokio::sync::mpsc::Receiver<Arc<str>>) -> Vec<String> {
    let mut out = Vec::new();
    while let Ok(m) = inbox.try_recv() {
        let v: serde_json::Value = serde_json::from_str(&m).unwrap();
        out.push(v["type"].as_str().unwrap_or_default().to_string());
    }
    out
}

#[test]
fn an_answer_is_acknowledged_only_once_it_is_synced() {
    for fail in [false, true] {
        let (tx, rx) = mpsc::channel();
        let mut inbox = open(&tx, 1);
        say(&tx, 1, r#"{"type":"join","pin":"123456","name":"Ana"}"#);
        tx.send(Cmd::Key(Key::Go)).unwrap();
        say(&tx, 1, r#"{"type":"answer","number":1,"answer":"1949"}"#);
        tx.send(Cmd::Key(Key::Quit)).unwrap();
        let mut book = Book {
            kept: 0,
            synced: 0,
            fail,
        };
        let ended = run_room(&rx, &mut book, 10);
        let got = heard(&mut inbox);
        assert_eq!(book.kept, 1, "fail={fail}");
        if fail {
            assert!(ended.is_err(), "a failed sync ends the game with its error");
            assert!(!got.contains(&"received".to_string()), "{got:?}");
        } else {
            assert_eq!(ended.unwrap(), End::Interrupted);
            assert_eq!(book.synced, 1);
            assert_eq!(
                got,
                ["teams", "welcome", "lobby", "question", "received", "end"]
            );
        }
    }
}

#[test]
fn a_second_answer_in_the_same_batch_is_refused_after_the_first_is_received() {
    let (tx, rx) = mpsc::channel();
    let mut inbox = open(&tx, 1);
    say(&tx, 1, r#"{"type":"join","pin":"123456","name":"Ana"}"#);
    tx.send(Cmd::Key(Key::Go)).unwrap();
    say(&tx, 1, r#"{"type":"answer","number":1,"answer":"1949"}"#);
    say(&tx, 1, r#"{"type":"answer","number":1,"answer":"1950"}"#);
    tx.send(Cmd::Key(Key::Quit)).unwrap();
    let mut book = Book {
        kept: 0,
        synced: 0,
        fail: false,
    };
    run_room(&rx, &mut book, 10).unwrap();
    assert_eq!(book.kept, 1);
    assert_eq!(
        heard(&mut inbox),
        ["teams", "welcome", "lobby", "question", "received", "refused", "end"]
    );
}

#[test]
fn a_connection_that_never_joins_is_let_go() {
    let (tx, rx) = mpsc::channel();
    let mut idle = open(&tx, 1);
    let mut joined = open(&tx, 2);
    say(&tx, 2, r#"{"type":"join","pin":"123456","name":"Ben"}"#);
    // Each reading of the clock moves it a minute on: the idle connection's wait runs out
    // within a few ticks. The teacher quits once the room has let it go (or, as a guard
    // against a hang, after a while, and the test fails).
    let watcher = std::thread::spawn(move || {
        for _ in 0..600 {
            if matches!(idle.try_recv(), Err(TryRecvError::Disconnected)) {
                let _ = tx.send(Cmd::Key(Key::Quit));
                return true;
            }
            std::thread::sleep(std::time::Duration::from_millis(20));
        }
        let _ = tx.send(Cmd::Key(Key::Quit));
        false
    });
    let mut book = Book {
        kept: 0,
        synced: 0,
        fail: false,
    };
    run_room(&rx, &mut book, 60_000).unwrap();
    assert!(watcher.join().unwrap(), "the idle connection was let go");
    assert!(heard(&mut joined).contains(&"welcome".to_string()));
}
