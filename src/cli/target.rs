//! Which store this run uses: `--store`, else `FACTDRILL_STORE`, else the first line of the
//! data folder's `store` file, else the local progress file. Chosen once, before the
//! options become a config, since the profile on a server defaults to its role.

use std::path::Path;
use std::sync::OnceLock;

/// The server URL chosen for this run; `None`: the local file.
static SELECTED: OnceLock<Option<String>> = OnceLock::new();

/// The file in the data folder that may name the store.
pub const STORE_CONFIG: &str = "store";

/// Chooses the store for this run (the first call wins).
pub fn select(flag: Option<String>, data_dir: Option<&Path>) {
    let from_file = || {
        let text = std::fs::read_to_string(data_dir?.join(STORE_CONFIG)).ok()?;
        text.lines().next().map(|l| l.trim().to_string())
    };
    let chosen = flag
        .or_else(|| std::env::var("FACTDRILL_STORE").ok())
        .or_else(from_file)
        .filter(|t| !t.is_empty() && t != "local");
    let _ = SELECTED.set(chosen);
}

/// The server URL chosen, if any.
pub fn selected() -> Option<String> {
    SELECTED.get().cloned().flatten()
}
