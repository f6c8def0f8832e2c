//! PostgreSQL: a school's shared progress. The server holds every learner's card states
//! and review log; row-level security keeps each learner to their own rows. These are the
//! server's operations; [`super::remote`] puts them behind [`super::Store`].

mod admin;
mod connect;
mod ops;
mod schema;

pub(crate) use admin::{add_learner, init};
pub(crate) use connect::ServerUrl;
pub(crate) use ops::{
    amend, begin, check_version, finish, pull, push, register_deck, reset_deck, set_parameters,
    Delta,
};
pub use schema::VERSION as SERVER_VERSION;

/// What went wrong with the server: one line each, naming the server (never its password)
/// and what to do.
#[derive(Debug, thiserror::Error)]
pub enum ServerError {
    /// The URL cannot be read.
    #[error("{url} is not a usable server address ({detail}): write it as postgres://USER@HOST:PORT/DATABASE")]
    BadUrl {
        /// The URL, without its password.
        url: String,
        /// What is wrong.
        detail: String,
    },
    /// Nothing answered, or the connection broke.
    #[error("cannot reach the progress server {url} ({detail}): check the address and that the server is running")]
    Unreachable {
        /// The URL, without its password.
        url: String,
        /// What the network said.
        detail: String,
    },
    /// The server refused the login.
    #[error("the progress server {url} refused the login ({detail}): check the user name and password (in the URL, PGPASSFILE or ~/.pgpass)")]
    Login {
        /// The URL, without its password.
        url: String,
        /// What the server said.
        detail: String,
    },
    /// The server has no factdrill schema yet.
    #[error("the progress server {url} has no factdrill tables: a teacher runs `factdrill server init ADMIN_URL` first")]
    NoSchema {
        /// The URL, without its password.
        url: String,
    },
    /// Written by an older factdrill: `server init` upgrades it.
    #[error("the progress server {url} has factdrill's schema {found}, older than this factdrill's {}: upgrade it with `factdrill server init ADMIN_URL`", schema::VERSION)]
    Older {
        /// The URL, without its password.
        url: String,
        /// Its schema version.
        found: i64,
    },
    /// Written by a newer factdrill: never written.
    #[error("the progress server {url} was set up by a newer factdrill (schema {found}, this one reads up to {}); nothing was written: upgrade factdrill", schema::VERSION)]
    Newer {
        /// The URL, without its password.
        url: String,
        /// Its schema version.
        found: i64,
    },
    /// The role may not do this (another learner's rows, or a learner running `server`).
    #[error("the progress server {url} did not allow this to the role `{role}` ({detail}): a learner's role reaches only its own progress (profile `{role}`), and `server` commands need the teacher's or an administrator's")]
    Denied {
        /// The URL, without its password.
        url: String,
        /// The role connected.
        role: String,
        /// What the server said.
        detail: String,
    },
    /// Anything else the server said.
    #[error("the progress server {url} failed: {detail}")]
    Failed {
        /// The URL, without its password.
        url: String,
        /// What the server said.
        detail: String,
    },
}

impl ServerError {
    /// Whether the server could not be reached: the session goes on offline then.
    pub(crate) fn is_unreachable(&self) -> bool {
        matches!(self, ServerError::Unreachable { .. })
    }

    /// Classifies a client error, scrubbing `secret` from what it says.
    pub(crate) fn from_pg(
        server: &ServerUrl,
        e: &postgres::Error,
        secret: Option<&str>,
    ) -> ServerError {
        use postgres::error::SqlState as S;
        let url = server.shown().to_string();
        let Some(db) = e.as_db_error() else {
            let mut detail = e.to_string();
            let mut source = std::error::Error::source(e);
            while let Some(s) = source {
                detail = format!("{detail}: {s}");
                source = s.source();
            }
            let detail = connect::scrub(&detail, secret);
            // The network (refused, timed out, cut) means offline; anything else, such as
            // a server without the TLS the URL demands, is an error to fix.
            let network = e.is_closed()
                || std::iter::successors(std::error::Error::source(e), |s| s.source())
                    .any(|s| s.is::<std::io::Error>());
            return if network {
                ServerError::Unreachable { url, detail }
            } else {
                ServerError::Failed { url, detail }
            };
        };
        let detail = connect::scrub(db.message(), secret);
        let code = db.code();
        if [S::INVALID_PASSWORD, S::INVALID_AUTHORIZATION_SPECIFICATION].contains(code) {
            ServerError::Login { url, detail }
        } else if [S::UNDEFINED_TABLE, S::INVALID_SCHEMA_NAME].contains(code) {
            ServerError::NoSchema { url }
        } else if [S::ADMIN_SHUTDOWN, S::CANNOT_CONNECT_NOW, S::CRASH_SHUTDOWN].contains(code) {
            ServerError::Unreachable { url, detail }
        } else if *code == S::INSUFFICIENT_PRIVILEGE {
            ServerError::Denied {
                url,
                role: server.user().to_string(),
                detail,
            }
        } else {
            ServerError::Failed { url, detail }
        }
    }
}
