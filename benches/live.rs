//! `cargo bench --bench live`: a live game on loopback with 200 simulated students, 10
//! questions (issue 14, point 8). Each student answers as soon as a question arrives; the
//! figure is the time from sending the answer to its acknowledgement (`received`), which
//! comes only after the answer is in the results files. The host's CPU time and peak memory
//! are read from /proc. Students run in this process on the same cores as the host, so the
//! figures are an upper bound for one machine.

// A harness prints its own figures; clippy.toml keeps the program's output to the
// sanitizing boundary, which is not this.
#![allow(clippy::disallowed_macros)]

use serde_json::{json, Value};
use std::io::{BufRead, BufReader};
use std::net::TcpStream;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};
use tungstenite::Message;

const STUDENTS: usize = 200;
const QUESTIONS: usize = 10;

fn recv(socket: &mut tungstenite::WebSocket<TcpStream>) -> Option<Value> {
    loop {
        match socket.read() {
            Ok(Message::Text(t)) => return serde_json::from_str(&t).ok(),
            Ok(Message::Close(_)) | Err(_) => return None,
            Ok(_) => {}
        }
    }
}

/// One student: joins, answers each question at once; the answer-to-acknowledgement times.
fn student(address: &str, pin: &str, k: usize) -> Vec<Duration> {
    let stream = TcpStream::connect(address).unwrap();
    stream
        .set_read_timeout(Some(Duration::from_secs(120)))
        .unwrap();
    let (mut socket, _) = tungstenite::client(format!("ws://{address}/ws"), stream).unwrap();
    let join = json!({"type": "join", "pin": pin, "name": format!("Student {k}")});
    socket.send(Message::Text(join.to_string().into())).unwrap();
    let mut times = Vec::new();
    let mut sent = None;
    while let Some(m) = recv(&mut socket) {
        match m["type"].as_str() {
            Some("question") => {
                let answer = json!({"type": "answer", "number": m["number"], "answer": format!("{}", 1 + k % 4)});
                sent = Some(Instant::now());
                socket
                    .send(Message::Text(answer.to_string().into()))
                    .unwrap();
            }
            Some("received") => times.extend(sent.take().map(|t| t.elapsed())),
            Some("end") => break,
            _ => {}
        }
    }
    times
}

/// The host's CPU ticks (user + system) and peak resident memory (kB), while it runs.
fn sample(pid: u32) -> Option<(u64, u64)> {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    let fields: Vec<&str> = stat.rsplit_once(')')?.1.split_whitespace().collect();
    let ticks = fields.get(11)?.parse::<u64>().ok()? + fields.get(12)?.parse::<u64>().ok()?;
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    let hwm = status
        .lines()
        .find(|l| l.starts_with("VmHWM:"))?
        .split_whitespace()
        .nth(1)?
        .parse()
        .ok()?;
    Some((ticks, hwm))
}

fn main() {
    let home = tempfile::tempdir().unwrap();
    let mut host = Command::new(env!("CARGO_BIN_EXE_factdrill"))
        .env("FACTDRILL_HOME", home.path())
        .args([
            "host",
            "--json",
            "--listen",
            "127.0.0.1:0",
            "--format",
            "choice",
            "--seed",
            "1",
        ])
        .args([
            "--auto-start",
            &STUDENTS.to_string(),
            "--max-players",
            &STUDENTS.to_string(),
        ])
        .args(["-n", &QUESTIONS.to_string(), "--pause", "0", "--time", "60"])
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let pid = host.id();
    let mut lines = BufReader::new(host.stdout.take().unwrap()).lines();
    let lobby: Value = serde_json::from_str(&lines.next().unwrap().unwrap()).unwrap();
    let address = lobby["address"].as_str().unwrap().to_string();
    let pin = lobby["pin"].as_str().unwrap().to_string();
    // Read the host's events as they come: a full pipe would stop the host.
    let events = std::thread::spawn(move || lines.map_while(Result::ok).count());
    // Sampled until the host has exited (a zombie has no memory line left).
    let sampler = std::thread::spawn(move || {
        let mut last = (0, 0);
        while let Some(s) = sample(pid) {
            last = s;
            std::thread::sleep(Duration::from_millis(20));
        }
        last
    });
    let started = Instant::now();
    let students: Vec<_> = (0..STUDENTS)
        .map(|k| {
            let (a, p) = (address.clone(), pin.clone());
            std::thread::spawn(move || student(&a, &p, k))
        })
        .collect();
    let mut times: Vec<Duration> = students
        .into_iter()
        .flat_map(|t| t.join().unwrap())
        .collect();
    let wall = started.elapsed();
    events.join().unwrap();
    let (ticks, peak_kb) = sampler.join().unwrap();
    host.wait().unwrap();
    let hz = 100.0; // USER_HZ on Linux
    times.sort();
    let pct = |p: usize| times[(times.len() * p / 100).min(times.len() - 1)];
    println!(
        "live game, {STUDENTS} students, {QUESTIONS} questions, {} answers acknowledged in {:.1} s",
        times.len(),
        wall.as_secs_f64()
    );
    println!(
        "answer -> acknowledgement: p50 {:.1} ms, p99 {:.1} ms, max {:.1} ms",
        pct(50).as_secs_f64() * 1e3,
        pct(99).as_secs_f64() * 1e3,
        times.last().unwrap().as_secs_f64() * 1e3
    );
    println!(
        "host: {:.2} s of CPU over the game, peak memory {:.1} MB",
        ticks as f64 / hz,
        peak_kb as f64 / 1024.0
    );
}
