//! Where factdrill keeps its files (progress, caches, the library): `$FACTDRILL_HOME`, else
//! the platform's data directory.

use etcetera::BaseStrategy;
use std::path::PathBuf;

/// The store's file name inside the data directory.
pub const STORE_FILE: &str = "progress.sqlite3";

/// The data directory: `$FACTDRILL_HOME` when set and not empty, else the platform's
/// (`~/.local/share/factdrill` on Linux, honouring `XDG_DATA_HOME`).
pub fn data_dir() -> Result<PathBuf, String> {
    if let Some(home) = std::env::var_os("FACTDRILL_HOME").filter(|h| !h.is_empty()) {
        return Ok(PathBuf::from(home));
    }
    let base = etcetera::choose_base_strategy()
        .map_err(|e| format!("cannot find a data directory ({e}): set FACTDRILL_HOME"))?;
    Ok(base.data_dir().join("factdrill"))
}

/// The default profile: the login name, else "default".
pub fn default_profile() -> String {
    ["USER", "LOGNAME", "USERNAME"]
        .iter()
        .filter_map(|k| std::env::var(k).ok())
        .map(|n| clean_profile(&n))
        .find(|n| !n.is_empty())
        .unwrap_or_else(|| "default".to_string())
}

/// A profile name reduced to letters, digits, `.`, `_` and `-`.
pub fn clean_profile(name: &str) -> String {
    name.chars()
        .filter(|c| c.is_alphanumeric() || matches!(c, '.' | '_' | '-'))
        .take(64)
        .collect()
}
