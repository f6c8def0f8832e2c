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

/// What a finished command wrote to stderr.
pub fn stderr_of(out: &assert_cmd::assert::Assert) -> String {
    String::from_utf8_lossy(&out.get_output().stderr).into_owned()
}
