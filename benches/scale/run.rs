//! Running the binary and measuring it: wall time to its first line, CPU time and peak
//! memory from the kernel's accounting of the finished process.

use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::Instant;

const BIN: &str = env!("CARGO_BIN_EXE_factdrill");

/// A FACTDRILL_HOME, and a copy of its store to start each session from.
pub struct Home {
    /// The folder.
    pub path: PathBuf,
}

impl Home {
    /// A new, empty home under `dir`.
    pub fn new(dir: &Path, name: &str) -> Home {
        let path = dir.join(name);
        std::fs::create_dir_all(&path).unwrap();
        Home { path }
    }

    /// Keeps a copy of the store as it is now (no process has it open).
    pub fn keep(&self) {
        for ext in ["", "-wal"] {
            let from = self.path.join(format!("progress.sqlite3{ext}"));
            if from.exists() {
                std::fs::copy(&from, self.path.join(format!("kept.sqlite3{ext}"))).unwrap();
            }
        }
    }

    /// Puts the kept copy back, so that a session answers the same cards as the last.
    fn restore(&self) {
        for ext in ["", "-wal", "-shm", "-sound"] {
            let _ = std::fs::remove_file(self.path.join(format!("progress.sqlite3{ext}")));
            let kept = self.path.join(format!("kept.sqlite3{ext}"));
            if kept.exists() {
                std::fs::copy(&kept, self.path.join(format!("progress.sqlite3{ext}"))).unwrap();
            }
        }
    }

    fn command(&self, args: &[&str]) -> Command {
        let mut c = Command::new(BIN);
        c.args(args).env("FACTDRILL_HOME", &self.path);
        c
    }
}

/// Waits for `child`: its exit status and CPU time (user and system) in ms, from the
/// kernel's accounting of it.
fn reap(child: Child) -> (i32, f64) {
    let mut status = 0;
    // SAFETY: a zeroed rusage is a valid value for wait4 to fill in.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    // SAFETY: the pid is our own child, not yet waited for; both pointers are valid.
    let pid = unsafe { libc::wait4(child.id() as i32, &mut status, 0, &mut usage) };
    assert_eq!(pid, child.id() as i32, "wait4 failed");
    let ms = |t: libc::timeval| t.tv_sec as f64 * 1000.0 + t.tv_usec as f64 / 1000.0;
    (status, ms(usage.ru_utime) + ms(usage.ru_stime))
}

/// Wall time from spawning factdrill to its first line of output, in ms, and its peak memory
/// by then in MB (read from /proc before the process ends).
pub fn first_line(home: &Home, args: &[&str]) -> (f64, f64) {
    let start = Instant::now();
    let mut child = home
        .command(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut line = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    let took = start.elapsed().as_secs_f64() * 1000.0;
    assert!(line.starts_with('{'), "unexpected output: {line}");
    let peak = vm_hwm_mb(child.id());
    drop(child.stdin.take());
    reap(child);
    (took, peak)
}

/// Wall time and CPU time of a whole command, in ms.
pub fn whole(home: &Home, args: &[&str]) -> (f64, f64) {
    let start = Instant::now();
    let child = home
        .command(args)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let (status, cpu) = reap(child);
    assert_eq!(status, 0, "factdrill {args:?} failed");
    (start.elapsed().as_secs_f64() * 1000.0, cpu)
}

/// CPU time in ms of a session (run with `--json`) that answers `n` questions, from the
/// kept store, and its peak memory in MB by its n-th question; it must ask at least `n`.
/// `settled`: a session that answers nothing runs first, as a player's last session
/// did, so that the store is the file factdrill closed cleanly (its note beside it lets the
/// session skip the integrity check); otherwise it is a fresh copy, which is checked.
pub fn answers(home: &Home, args: &[&str], n: usize, settled: bool) -> (f64, f64) {
    home.restore();
    if settled {
        // A file changed in the last 100 ms is checked at its next open and not noted at
        // its close (see the store's `stamp`): the copy just made, and the session before,
        // are given that long, as no player starts a session sooner.
        let pause = || std::thread::sleep(std::time::Duration::from_millis(150));
        pause();
        whole(home, args);
        pause();
    }
    let mut child = home
        .command(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    // Each question is answered as it comes (`--json`): an order of three or four events
    // takes all its letters, anything else "a" (a timeline's malformed order is asked
    // again, so answers written ahead could run out). The peak memory is read at the n-th
    // question, while the process still lives. (The kernel's own count for a finished
    // child starts from the benchmark's size: the child was spawned sharing it.)
    let mut out = BufReader::new(child.stdout.take().unwrap()).lines();
    let (mut asked, mut peak) = (0, 0.0);
    while let Some(Ok(line)) = out.next() {
        let Ok(event) = serde_json::from_str::<serde_json::Value>(&line) else {
            continue;
        };
        if event["event"] != "question" {
            continue;
        }
        asked += 1;
        if asked == n {
            peak = vm_hwm_mb(child.id());
        }
        let cue = event["cue"].as_str().unwrap_or_default();
        let options = event["choices"].as_array().map_or(0, Vec::len);
        let reply = if cue.contains("letters") {
            (0..options).map(|k| (b'A' + k as u8) as char).collect()
        } else {
            "a".to_string()
        };
        if stdin.write_all(format!("{reply}\n").as_bytes()).is_err() || asked == n {
            break;
        }
    }
    // The n-th answer given, input ends: the session stops there, as a player who leaves.
    drop(stdin);
    out.for_each(drop);
    let (status, cpu) = reap(child);
    assert_eq!(status, 0, "factdrill {args:?} failed");
    assert!(asked >= n, "factdrill {args:?} asked {asked} questions");
    (cpu, peak)
}

/// The peak resident memory of process `pid` so far, in MB.
fn vm_hwm_mb(pid: u32) -> f64 {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap_or_default();
    let kb = status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<f64>().ok());
    kb.unwrap_or(0.0) / 1024.0
}

/// The median of `runs` measurements, after three to warm up.
pub fn median(mut f: impl FnMut() -> f64, runs: usize) -> f64 {
    for _ in 0..3 {
        f();
    }
    let mut all: Vec<f64> = (0..runs).map(|_| f()).collect();
    all.sort_by(f64::total_cmp);
    all[all.len() / 2]
}
