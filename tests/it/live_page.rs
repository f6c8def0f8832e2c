//! The student page of `factdrill host` in a real headless Chromium, driven over the
//! DevTools protocol (a WebSocket, as the game's own): it joins, answers, is reloaded in the
//! middle of a question and comes back as the same player with its points, and shows a
//! hostile name as text. Ignored without chromium, like the other browser tests; `.ci/run`
//! installs Debian's chromium and runs it with `--include-ignored`.

use crate::common::{find_tool, read_message, Host, Student, HEADLESS};
use serde_json::{json, Value};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};
use tungstenite::{Message, WebSocket};

fn chromium_path() -> PathBuf {
    find_tool(&["chromium", "chromium-browser"])
        .unwrap_or_else(|| panic!("chromium is not installed: `apt-get install chromium`"))
}

/// A headless Chromium with one page, and a DevTools session on that page.
struct Browser {
    child: Child,
    socket: WebSocket<TcpStream>,
    session: String,
    next_id: u64,
}

impl Drop for Browser {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Browser {
    fn start(profile: &Path) -> Browser {
        let child = Command::new(chromium_path())
            .args(HEADLESS)
            .arg("--remote-debugging-port=0")
            .arg(format!("--user-data-dir={}", profile.display()))
            .arg("about:blank")
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        // Chromium writes the port it took, and its browser endpoint, to this file.
        let file = profile.join("DevToolsActivePort");
        let started = Instant::now();
        let text = loop {
            if let Ok(t) = std::fs::read_to_string(&file) {
                if t.lines().count() >= 2 {
                    break t;
                }
            }
            assert!(
                started.elapsed() < crate::common::PATIENCE,
                "chromium did not start"
            );
            std::thread::sleep(Duration::from_millis(100));
        };
        let mut l = text.lines();
        let (port, path) = (l.next().unwrap(), l.next().unwrap());
        let stream = TcpStream::connect(("127.0.0.1", port.parse::<u16>().unwrap())).unwrap();
        stream
            .set_read_timeout(Some(crate::common::PATIENCE))
            .unwrap();
        let (socket, _) =
            tungstenite::client(format!("ws://127.0.0.1:{port}{path}"), stream).unwrap();
        let mut b = Browser {
            child,
            socket,
            session: String::new(),
            next_id: 0,
        };
        let targets = b.call("Target.getTargets", json!({}));
        let page = targets["targetInfos"]
            .as_array()
            .unwrap()
            .iter()
            .find(|t| t["type"] == "page")
            .unwrap()["targetId"]
            .clone();
        let attached = b.call(
            "Target.attachToTarget",
            json!({"targetId": page, "flatten": true}),
        );
        b.session = attached["sessionId"].as_str().unwrap().to_string();
        b
    }

    /// Calls a DevTools method (on the page, once attached) and returns its result.
    fn call(&mut self, method: &str, params: Value) -> Value {
        self.next_id += 1;
        let id = self.next_id;
        let mut msg = json!({"id": id, "method": method, "params": params});
        if !self.session.is_empty() {
            msg["sessionId"] = json!(self.session);
        }
        self.socket
            .send(Message::Text(msg.to_string().into()))
            .unwrap();
        loop {
            let Message::Text(t) = read_message(&mut self.socket).unwrap() else {
                continue;
            };
            let v: Value = serde_json::from_str(&t).unwrap();
            if v["id"] == id {
                assert!(v.get("error").is_none(), "{method}: {v}");
                return v["result"].clone();
            }
        }
    }

    /// Evaluates JavaScript in the page and returns its value; it must not throw.
    fn eval(&mut self, js: &str) -> Value {
        let r = self.evaluate(js);
        assert!(r.get("exceptionDetails").is_none(), "{js}: {r}");
        r["result"]["value"].clone()
    }

    /// What evaluating JavaScript in the page gave, an exception included.
    fn evaluate(&mut self, js: &str) -> Value {
        self.call(
            "Runtime.evaluate",
            json!({"expression": js, "returnByValue": true}),
        )
    }

    /// Waits until `js` is true in the page (a guard against a hang, not a timing).
    fn wait(&mut self, js: &str) {
        let started = Instant::now();
        // While a page reloads its elements are missing: that is "not yet", not a failure.
        while self.evaluate(js)["result"]["value"] != json!(true) {
            assert!(
                started.elapsed() < crate::common::PATIENCE,
                "the page never had {js}; it shows: {}",
                self.eval("document.body.innerText")
            );
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    fn visible(&mut self, id: &str) {
        self.wait(&format!(
            "!!document.getElementById('{id}') && !document.getElementById('{id}').classList.contains('hidden')"
        ));
    }

    fn text(&mut self, id: &str) -> String {
        self.eval(&format!("document.getElementById('{id}').textContent"))
            .as_str()
            .unwrap_or_default()
            .to_string()
    }
}

#[test]
#[ignore = "needs chromium: `cargo test -- --include-ignored` (as .ci/run)"]
fn the_page_joins_answers_reloads_and_rejoins_with_its_points() {
    let home = tempfile::tempdir().unwrap();
    let mut host = Host::start(
        home.path(),
        &[
            "--auto-start",
            "2",
            "-n",
            "3",
            "--pause",
            "1",
            "--format",
            "choice",
            "--time",
            "60",
            "--seed",
            "5",
        ],
    );
    let mut b = Browser::start(&home.path().join("profile"));
    // The link the QR code holds: the PIN is filled in.
    let link = format!("http://{}/?pin={}", host.address, host.pin);
    b.call("Page.navigate", json!({"url": link}));
    b.visible("join");
    assert_eq!(
        b.eval("document.getElementById('pin').value"),
        json!(host.pin)
    );
    b.eval(
        "document.getElementById('name').value = '  Pat  '; document.getElementById('go').click()",
    );
    b.visible("lobby");
    assert_eq!(host.until("joined")["name"], "Pat");

    // A second student with a hostile name; the game starts with two.
    let hostile = "<img src=x onerror=\"document.title='pwned'\">";
    let mut eve = Student::connect(&host.address);
    assert_eq!(eve.join(&host.pin, hostile)["type"], "welcome");

    // Question 1: the page picks the first option; Eve answers too.
    b.visible("ask");
    b.eval("document.querySelector('#choices button').click()");
    b.wait("document.getElementById('status').textContent.startsWith('Answer received')");
    eve.until("question").unwrap();
    eve.send(json!({"type": "answer", "number": 1, "answer": "2"}));
    b.visible("result");
    let score = b.text("score");
    let reveal = host.until("reveal");
    assert_eq!(reveal["number"], 1);

    // Question 2: reloaded before answering; the page comes back as Pat with its points.
    b.wait("document.getElementById('qhead').textContent === 'Question 2 of 3' && !document.getElementById('ask').classList.contains('hidden')");
    b.call("Page.reload", json!({}));
    b.wait("document.getElementById('qhead').textContent === 'Question 2 of 3' && !document.getElementById('ask').classList.contains('hidden')");
    assert!(b.visible_join_is_hidden(), "no second join form");
    let total_before: u64 = score.split(' ').next().unwrap().parse().unwrap();
    assert_eq!(
        b.text("points"),
        format!("{total_before} points"),
        "points kept"
    );
    b.eval("document.querySelector('#choices button').click()");
    b.wait("document.getElementById('status').textContent.startsWith('Answer received')");
    eve.until("question").unwrap();
    eve.send(json!({"type": "answer", "number": 2, "answer": "2"}));
    b.visible("result");
    let total_after: u64 = b.text("score").split(' ').next().unwrap().parse().unwrap();
    assert!(total_after >= total_before, "points kept");

    // Question 3, then the end.
    b.wait("document.getElementById('qhead').textContent === 'Question 3 of 3' && !document.getElementById('ask').classList.contains('hidden')");
    b.eval("document.querySelector('#choices button').click()");
    eve.until("question").unwrap();
    eve.send(json!({"type": "answer", "number": 3, "answer": "2"}));
    b.visible("final");
    assert_eq!(host.finish(), Some(0));
    let podium = host
        .seen
        .iter()
        .find(|e| e["event"] == "podium")
        .unwrap()
        .clone();
    let pat = podium["standings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["seat"] == "Pat")
        .unwrap()["total"]
        .as_u64()
        .unwrap();
    assert!(
        b.text("finalline").contains(&format!("with {pat} points")),
        "{}",
        b.text("finalline")
    );
    let joined = host.seen.iter().filter(|e| e["event"] == "joined").count();
    assert_eq!(joined, 2, "the reload is the same player, not a new one");
    // The hostile name is shown as text on the podium, and ran nothing.
    assert_ne!(b.eval("document.title"), json!("pwned"));
    assert!(b.text("podium").contains("<img"), "{}", b.text("podium"));
    assert_eq!(b.eval("document.querySelectorAll('img').length"), json!(0));
}

impl Browser {
    fn visible_join_is_hidden(&mut self) -> bool {
        self.eval("document.getElementById('join').classList.contains('hidden')") == json!(true)
    }
}

/// Plays a one-question game of `format` on the page, answering with `answer` (JavaScript
/// run once the question shows) in a game of `seed`; the host's events, and the home that
/// holds the results.
fn one_question(format: &str, seed: &str, answer: &str) -> (Vec<Value>, tempfile::TempDir) {
    let home = tempfile::tempdir().unwrap();
    // Six events decades apart, so that a timeline can order several (the built-in decks'
    // events are few once those that lean on their article are left out).
    let deck = home.path().join("events.yaml");
    std::fs::write(&deck, EVENTS).unwrap();
    let deck = deck.to_string_lossy().into_owned();
    let args = [
        deck.as_str(),
        "--auto-start",
        "1",
        "-n",
        "1",
        "--pause",
        "0",
        "--format",
        format,
        "--time",
        "15",
        "--seed",
        seed,
    ];
    let mut host = Host::start(home.path(), &args);
    let mut b = Browser::start(&home.path().join("profile"));
    let link = format!("http://{}/?pin={}", host.address, host.pin);
    b.call("Page.navigate", json!({"url": link}));
    b.visible("join");
    b.eval("document.getElementById('name').value = 'Pat'; document.getElementById('go').click()");
    b.visible("ask");
    b.eval(answer);
    b.visible("final");
    host.finish();
    (host.seen.clone(), home)
}

/// The deck of [`one_question`].
const EVENTS: &str = "title: Events\nid: events\nfacts:\n  - The Wright brothers flew at Kitty Hawk in 1903.\n  - The Titanic sank in 1912.\n  - Lindbergh flew alone across the Atlantic in 1927.\n  - The Hindenburg burned at Lakehurst in 1937.\n  - Sputnik 1 was launched in 1957.\n  - Apollo 11 landed on the Moon in 1969.\n";

#[test]
#[ignore = "needs chromium: `cargo test -- --include-ignored` (as .ci/run)"]
fn the_page_answers_typed_questions_and_orders_timelines() {
    // (form, seed, how the page answers, why); seed 1 deals a timeline of four events.
    let cases = [
        (
            "typed",
            "2",
            "document.getElementById('text').value = '1949'; document.querySelector('#typed button').click()",
            "a typed answer from the field",
        ),
        (
            "timeline",
            "1",
            "(() => { for (const b of document.querySelectorAll('#choices button')) { b.click(); } \
             const order = document.getElementById('send'); \
             if (!order.classList.contains('hidden')) { order.click(); } })()",
            "events tapped in order, then sent",
        ),
    ];
    for (format, seed, answer, why) in cases {
        let (seen, _home) = one_question(format, seed, answer);
        let q = seen.iter().find(|e| e["event"] == "question").unwrap();
        assert_eq!(q["format"], format, "{why}: the form asked: {q}");
        let answers = seen.iter().rev().find(|e| e["event"] == "answers").unwrap();
        assert_eq!(answers["answered"], 1, "{why}: {q}\n{seen:?}");
        let end = seen.iter().find(|e| e["event"] == "end").unwrap();
        let csv = std::fs::read_to_string(end["csv"].as_str().unwrap()).unwrap();
        assert_eq!(csv.lines().count(), 2, "{why}: one answer kept\n{csv}");
    }
}
