//! Keys as keys for the whole interactive session.
//!
//! Prompts read keys in raw mode, where Ctrl-C and Ctrl-D are bytes: one stops the session
//! with its summary, the other ends input. Between two reads the terminal is back in cooked
//! mode, where Ctrl-C is a signal and Ctrl-D an end-of-line, and a key typed just before a
//! read starts would be spent on the terminal instead: the read would then block with the
//! interrupt lost. Turning off the terminal's signal keys, line editing and echo for the
//! session makes every key a byte the next read sees, whenever it was pressed (and keys
//! typed ahead are not echoed over the prompt).

/// Keeps the terminal's signal keys, line editing and echo off until dropped, then restores
/// its settings.
pub struct CtrlCAsKey {
    #[cfg(unix)]
    saved: Option<libc::termios>,
}

#[cfg(unix)]
impl CtrlCAsKey {
    /// Turns them off on standard input, if it is a terminal (otherwise does nothing).
    pub fn new() -> Self {
        use std::os::fd::AsRawFd;
        let fd = std::io::stdin().as_raw_fd();
        let mut termios = std::mem::MaybeUninit::<libc::termios>::uninit();
        // SAFETY: tcgetattr fills the struct when it returns 0; it is only read then.
        if unsafe { libc::tcgetattr(fd, termios.as_mut_ptr()) } != 0 {
            return CtrlCAsKey { saved: None };
        }
        // SAFETY: initialised by the successful tcgetattr above.
        let saved = unsafe { termios.assume_init() };
        let mut quiet = saved;
        quiet.c_lflag &= !(libc::ISIG | libc::ICANON | libc::ECHO);
        quiet.c_cc[libc::VMIN] = 1; // Without line editing, a read waits for one key.
        quiet.c_cc[libc::VTIME] = 0;
        // SAFETY: a valid termios for this descriptor; failure leaves the terminal as it was.
        let set = unsafe { libc::tcsetattr(fd, libc::TCSADRAIN, &quiet) } == 0;
        CtrlCAsKey {
            saved: set.then_some(saved),
        }
    }
}

#[cfg(not(unix))]
impl CtrlCAsKey {
    /// Elsewhere the console reports Ctrl-C to reads itself: nothing to change.
    pub fn new() -> Self {
        CtrlCAsKey {}
    }
}

impl Default for CtrlCAsKey {
    fn default() -> Self {
        Self::new()
    }
}

#[cfg(unix)]
impl Drop for CtrlCAsKey {
    fn drop(&mut self) {
        use std::os::fd::AsRawFd;
        if let Some(saved) = &self.saved {
            // SAFETY: restores the settings read from this descriptor in `new`.
            unsafe { libc::tcsetattr(std::io::stdin().as_raw_fd(), libc::TCSADRAIN, saved) };
        }
    }
}

/// Waits until a key can be read from standard input, calling `idle` about ten times a
/// second meanwhile, so that a prompt can redraw itself when the terminal is resized before
/// any key is pressed (issue 12, point 3). Returns at once if the wait fails: the read that
/// follows blocks as it would have.
#[cfg(unix)]
pub fn wait_for_key(mut idle: impl FnMut() -> std::io::Result<()>) -> std::io::Result<()> {
    use std::os::fd::AsRawFd;
    let fd = std::io::stdin().as_raw_fd();
    loop {
        let mut ready = libc::pollfd {
            fd,
            events: libc::POLLIN,
            revents: 0,
        };
        // SAFETY: one valid pollfd, alive for the whole call.
        if unsafe { libc::poll(&mut ready, 1, 100) } != 0 {
            return Ok(());
        }
        idle()?;
    }
}

/// Elsewhere the read waits on its own.
#[cfg(not(unix))]
pub fn wait_for_key(_idle: impl FnMut() -> std::io::Result<()>) -> std::io::Result<()> {
    Ok(())
}
