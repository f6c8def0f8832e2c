//! Ending after Ctrl-C the way a shell expects.

/// Dies of SIGINT after the summary is printed, as fd does, so that a calling shell loop
/// (`for d in a b c; do factdrill play $d; done`) stops instead of going on to the next deck:
/// shells stop a loop only when the child was killed by the signal, not when it exits 130.
/// The parent then sees signal 2 (a shell reports it as status 130). Not on Windows, where
/// exit code 130 is all there is.
pub fn reraise() {
    #[cfg(unix)]
    // SAFETY: restoring the default action and raising a signal in our own process; no
    // memory is shared with a handler (ctrlc's thread only sets a flag).
    unsafe {
        libc::signal(libc::SIGINT, libc::SIG_DFL);
        libc::raise(libc::SIGINT);
    }
}
