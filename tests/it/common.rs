//! Helpers shared by the integration tests.

use assert_cmd::Command;
use serde_json::Value;
use std::path::{Path, PathBuf};

/// The path of the factdrill binary cargo built for these tests.
pub fn bin() -> PathBuf {
    assert_cmd::cargo::cargo_bin("factdrill")
}

/// The binary with its progress, library and results in `home`, so that no test touches a
/// real home, and with the colour and clock variables of the caller's shell removed, so that
/// what a test sees does not depend on who runs it.
pub fn factdrill(home: &Path) -> Command {
    let mut cmd = Command::new(bin());
    cmd.env("FACTDRILL_HOME", home)
        .env_remove("NO_COLOR")
        .env_remove("CLICOLOR_FORCE")
        .env_remove("FACTDRILL_NOW")
        .env_remove("FACTDRILL_STORE");
    cmd
}

/// [`factdrill`] run in `home` too, for tests that write files beside the deck they read.
pub fn factdrill_in(home: &Path) -> Command {
    let mut cmd = factdrill(home);
    cmd.current_dir(home);
    cmd
}

/// A fresh temporary home that outlives the test (for commands built in one line).
pub fn temp_home() -> PathBuf {
    tempfile::tempdir().unwrap().keep()
}

/// The JSON lines of `--json` output, one event each.
pub fn events(out: &[u8]) -> Vec<Value> {
    String::from_utf8_lossy(out)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("not JSON: {l}: {e}")))
        .collect()
}

/// The first of `names` found on PATH.
pub fn find_tool(names: &[&str]) -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    names
        .iter()
        .flat_map(|n| std::env::split_paths(&path).map(move |d| d.join(n)))
        .find(|p| p.is_file())
}

/// How the browser tests start Chromium: headless, quiet, nothing fetched from outside.
pub const HEADLESS: &[&str] = &[
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
];

/// What a finished command wrote to stderr.
pub fn stderr_of(out: &assert_cmd::assert::Assert) -> String {
    String::from_utf8_lossy(&out.get_output().stderr).into_owned()
}

/// A running `factdrill host --json`: its events as they come, and its stdin for keys.
pub struct Host {
    /// The process.
    pub child: std::process::Child,
    /// What it wrote to stderr, once it has exited.
    pub stderr: std::sync::Arc<std::sync::Mutex<String>>,
    /// Its stdin, for the teacher's keys.
    pub keys: Option<std::process::ChildStdin>,
    events: std::sync::mpsc::Receiver<Value>,
    /// Every event seen so far.
    pub seen: Vec<Value>,
    /// `HOST:PORT` from the `lobby` event.
    pub address: String,
    /// The PIN from the `lobby` event.
    pub pin: String,
}

/// How long a test waits for an event before it fails: a guard against a hang, not a timing.
pub const PATIENCE: std::time::Duration = std::time::Duration::from_secs(60);

impl Host {
    /// Starts `host --json --listen 127.0.0.1:0 ARGS` in `home` and reads its `lobby` event.
    pub fn start(home: &Path, args: &[&str]) -> Host {
        use std::io::BufRead;
        use std::process::Stdio;
        let mut child = std::process::Command::new(bin())
            .env("FACTDRILL_HOME", home)
            .env_remove("NO_COLOR")
            .env_remove("FACTDRILL_NOW")
            .args(["host", "--json", "--listen", "127.0.0.1:0"])
            .args(args)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let out = child.stdout.take().unwrap();
        let mut err = child.stderr.take().unwrap();
        let stderr = std::sync::Arc::new(std::sync::Mutex::new(String::new()));
        let keep = std::sync::Arc::clone(&stderr);
        std::thread::spawn(move || {
            let mut text = String::new();
            let _ = std::io::Read::read_to_string(&mut err, &mut text);
            *keep.lock().unwrap() = text;
        });
        let (tx, events) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            for line in std::io::BufReader::new(out).lines().map_while(Result::ok) {
                let e: Value =
                    serde_json::from_str(&line).unwrap_or_else(|e| panic!("not JSON: {line}: {e}"));
                if tx.send(e).is_err() {
                    break;
                }
            }
        });
        let keys = child.stdin.take();
        let mut host = Host {
            child,
            stderr,
            keys,
            events,
            seen: Vec::new(),
            address: String::new(),
            pin: String::new(),
        };
        let lobby = host.next();
        assert_eq!(lobby["event"], "lobby", "the lobby comes first: {lobby}");
        host.address = lobby["address"].as_str().unwrap().to_string();
        host.pin = lobby["pin"].as_str().unwrap().to_string();
        host
    }

    /// The next event.
    pub fn next(&mut self) -> Value {
        let e = self
            .events
            .recv_timeout(PATIENCE)
            .unwrap_or_else(|_| panic!("no event from the host; seen: {:?}", self.seen));
        self.seen.push(e.clone());
        e
    }

    /// Events until (and with) the next one named `name`.
    pub fn until(&mut self, name: &str) -> Value {
        loop {
            let e = self.next();
            if e["event"] == name {
                return e;
            }
        }
    }

    /// Sends the teacher's line.
    pub fn key(&mut self, line: &str) {
        use std::io::Write;
        let keys = self.keys.as_mut().unwrap();
        writeln!(keys, "{line}").unwrap();
        keys.flush().unwrap();
    }

    /// Reads every event to the end and waits for the process; its exit code.
    pub fn finish(&mut self) -> Option<i32> {
        while let Ok(e) = self.events.recv_timeout(PATIENCE) {
            self.seen.push(e);
        }
        self.keys = None;
        self.child.wait().unwrap().code()
    }

    /// What the host wrote to stderr (complete once it has exited and its reader caught up).
    pub fn stderr_text(&self) -> String {
        std::thread::sleep(std::time::Duration::from_millis(100));
        self.stderr.lock().unwrap().clone()
    }
}

impl Drop for Host {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A student's WebSocket, as the page speaks it.
pub struct Student {
    socket: tungstenite::WebSocket<std::net::TcpStream>,
    /// Every message received so far, as text.
    pub heard: Vec<String>,
}

impl Student {
    /// Connects to a host at `HOST:PORT`.
    pub fn connect(address: &str) -> Student {
        let stream = std::net::TcpStream::connect(address).unwrap();
        stream.set_read_timeout(Some(PATIENCE)).unwrap();
        let (socket, _) = tungstenite::client(format!("ws://{address}/ws"), stream).unwrap();
        Student {
            socket,
            heard: Vec::new(),
        }
    }

    /// Sends a message as text.
    pub fn send_text(&mut self, text: &str) -> bool {
        self.socket
            .send(tungstenite::Message::Text(text.into()))
            .is_ok()
    }

    /// Sends a JSON message.
    pub fn send(&mut self, v: Value) -> bool {
        self.send_text(&v.to_string())
    }

    /// The next message, or `None` once the host has closed the connection.
    pub fn recv(&mut self) -> Option<Value> {
        loop {
            match read_message(&mut self.socket) {
                Ok(tungstenite::Message::Text(t)) => {
                    self.heard.push(t.to_string());
                    return Some(serde_json::from_str(&t).unwrap());
                }
                Ok(tungstenite::Message::Close(_)) => {
                    self.heard.push("<closed by the host>".into());
                    return None;
                }
                Err(e) => {
                    self.heard.push(format!("<error: {e}>"));
                    return None;
                }
                Ok(_) => {}
            }
        }
    }

    /// Messages until (and with) the next of `kind`; `None` if the connection closes first.
    pub fn until(&mut self, kind: &str) -> Option<Value> {
        loop {
            let m = self.recv()?;
            if m["type"] == kind {
                return Some(m);
            }
        }
    }

    /// Joins with `pin` and `name`; the welcome or the refusal.
    pub fn join(&mut self, pin: &str, name: &str) -> Value {
        self.send(serde_json::json!({"type": "join", "pin": pin, "name": name}));
        loop {
            let m = self.recv().expect("an answer to joining");
            if m["type"] == "welcome" || m["type"] == "refused" {
                return m;
            }
        }
    }
}

/// The next WebSocket message, read again when a signal interrupts the read: the test
/// process runs children and terminals whose signals can land on any thread, and
/// tungstenite keeps a partly read frame in its buffer, so reading again is safe.
pub fn read_message<S: std::io::Read + std::io::Write>(
    socket: &mut tungstenite::WebSocket<S>,
) -> tungstenite::Result<tungstenite::Message> {
    loop {
        match socket.read() {
            Err(tungstenite::Error::Io(e)) if e.kind() == std::io::ErrorKind::Interrupted => {}
            other => return other,
        }
    }
}
