//! Answer lines for plain and JSON modes, and standard input read so that Ctrl-C can end a
//! wait for the next line with the session's summary.

use std::io::{self, BufRead};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{mpsc, Arc};
use std::time::Duration;

/// One read of an answer line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Line {
    /// A line, without its line ending.
    Text(String),
    /// Input ended.
    End,
    /// Ctrl-C while waiting.
    Interrupted,
}

/// A source of answer lines.
pub trait Lines {
    /// Waits for the next line.
    fn next_line(&mut self) -> io::Result<Line>;
}

impl<R: BufRead> Lines for R {
    fn next_line(&mut self) -> io::Result<Line> {
        let mut line = Vec::new();
        if self.read_until(b'\n', &mut line)? == 0 {
            return Ok(Line::End);
        }
        // An answer that is not UTF-8 is still an answer (a wrong one), not a failed session.
        let text = String::from_utf8_lossy(&line);
        Ok(Line::Text(text.trim_end_matches(['\n', '\r']).to_string()))
    }
}

/// How often a wait for a line looks at the interrupt flag: quick enough to feel immediate.
const POLL: Duration = Duration::from_millis(25);

/// Standard input read by a thread: a blocked read cannot be woken by Ctrl-C, a wait on the
/// thread's channel can.
pub struct StdinLines {
    lines: mpsc::Receiver<io::Result<Line>>,
    interrupted: Arc<AtomicBool>,
}

impl StdinLines {
    /// Starts reading standard input; `interrupted` is the flag the Ctrl-C handler sets.
    pub fn new(interrupted: Arc<AtomicBool>) -> Self {
        let (send, lines) = mpsc::sync_channel(1);
        std::thread::spawn(move || {
            let mut input = io::stdin().lock();
            loop {
                let read = input.next_line();
                let last = !matches!(read, Ok(Line::Text(_)));
                if send.send(read).is_err() || last {
                    break;
                }
            }
        });
        StdinLines { lines, interrupted }
    }
}

impl StdinLines {
    /// A line if one is ready, without waiting (`join` reads answers between messages).
    pub fn try_line(&mut self) -> Option<io::Result<Line>> {
        match self.lines.try_recv() {
            Ok(read) => Some(read),
            Err(mpsc::TryRecvError::Empty) => None,
            Err(mpsc::TryRecvError::Disconnected) => Some(Ok(Line::End)),
        }
    }
}

impl Lines for StdinLines {
    fn next_line(&mut self) -> io::Result<Line> {
        wait_for_line(&self.lines, &self.interrupted)
    }
}

/// The next line from `lines`, or `Interrupted` as soon as the flag is set.
fn wait_for_line(
    lines: &mpsc::Receiver<io::Result<Line>>,
    interrupted: &AtomicBool,
) -> io::Result<Line> {
    loop {
        if interrupted.load(Ordering::SeqCst) {
            return Ok(Line::Interrupted);
        }
        match lines.recv_timeout(POLL) {
            Ok(read) => return read,
            Err(mpsc::RecvTimeoutError::Timeout) => {}
            Err(mpsc::RecvTimeoutError::Disconnected) => return Ok(Line::End),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_reader_gives_lines_without_endings_then_the_end() {
        let mut input = "12\r\n1949\nlast".as_bytes();
        let got: Vec<Line> = (0..4).map(|_| input.next_line().unwrap()).collect();
        assert_eq!(
            got,
            [
                Line::Text("12".into()),
                Line::Text("1949".into()),
                Line::Text("last".into()),
                Line::End
            ]
        );
    }

    #[test]
    fn a_line_that_is_not_utf8_is_read_with_replacement_characters() {
        let mut input: &[u8] = b"\xff12\n";
        assert_eq!(input.next_line().unwrap(), Line::Text("\u{fffd}12".into()));
    }

    #[test]
    fn a_wait_ends_when_the_flag_is_set_even_with_no_line_coming() {
        let (send, lines) = mpsc::sync_channel(1);
        let flag = Arc::new(AtomicBool::new(false));
        let setter = Arc::clone(&flag);
        let t = std::thread::spawn(move || {
            std::thread::sleep(Duration::from_millis(50));
            setter.store(true, Ordering::SeqCst);
        });
        assert_eq!(wait_for_line(&lines, &flag).unwrap(), Line::Interrupted);
        t.join().unwrap();
        drop(send);
    }

    #[test]
    fn a_wait_gives_a_sent_line_and_the_end_when_the_reader_is_gone() {
        let (send, lines) = mpsc::sync_channel(1);
        let flag = AtomicBool::new(false);
        send.send(Ok(Line::Text("a".into()))).unwrap();
        assert_eq!(
            wait_for_line(&lines, &flag).unwrap(),
            Line::Text("a".into())
        );
        drop(send);
        assert_eq!(wait_for_line(&lines, &flag).unwrap(), Line::End);
    }
}
