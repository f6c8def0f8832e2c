//! Setting up a server for a school: `server init` makes (or upgrades) the schema, the
//! learners' group role, the teacher's role and the row-level security policies;
//! `server add-learner` makes one learner's login role.

use super::schema::{self, LEARNERS, TEACHER, VERSION};
use super::{ServerError, ServerUrl};
use rand::distr::{Alphanumeric, SampleString};

/// A lock number that keeps two `server init`s from running at once ("FDrl").
const INIT_LOCK: i64 = 0x4644_726c;

/// What `server init` did.
#[derive(Debug)]
pub(crate) struct Init {
    /// The schema version found before (0: none).
    pub from: i64,
    /// The teacher's connection string, when the teacher's role was made just now: shown
    /// once, since only the server keeps its password (hashed).
    pub teacher: Option<String>,
}

/// Creates or upgrades the schema, roles and policies, in one transaction, connected as an
/// administrator (a role that may create roles and owns, or may create, the schema).
pub(crate) fn init(url: &ServerUrl) -> Result<Init, ServerError> {
    let mut client = url.connect()?;
    let fail = |e| ServerError::from_pg(url, &e, None);
    let mut tx = client.transaction().map_err(fail)?;
    tx.execute("SELECT pg_advisory_xact_lock($1)", &[&INIT_LOCK])
        .map_err(fail)?;
    let exists: bool = tx
        .query_one(
            "SELECT EXISTS (SELECT 1 FROM pg_namespace WHERE nspname = 'factdrill')",
            &[],
        )
        .and_then(|r| r.try_get(0))
        .map_err(fail)?;
    if !exists {
        tx.batch_execute(schema::V1).map_err(fail)?;
    }
    let found: i64 = tx
        .query_opt(
            "SELECT value FROM factdrill.meta WHERE key = 'version'",
            &[],
        )
        .and_then(|r| r.map_or(Ok(0), |r| r.try_get(0)))
        .map_err(fail)?;
    if found > VERSION {
        return Err(ServerError::Newer {
            url: url.shown().into(),
            found,
        });
    }
    let from = if exists { found } else { 0 };
    for step in schema::MIGRATIONS.iter().skip(found.max(1) as usize - 1) {
        tx.batch_execute(step).map_err(fail)?;
    }
    tx.execute(
        "UPDATE factdrill.meta SET value = $1 WHERE key = 'version'",
        &[&VERSION],
    )
    .map_err(fail)?;
    let role_exists = |tx: &mut postgres::Transaction, name: &str| {
        tx.query_one(
            "SELECT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = $1)",
            &[&name],
        )
        .and_then(|r| r.try_get::<_, bool>(0))
    };
    if !role_exists(&mut tx, LEARNERS).map_err(fail)? {
        tx.batch_execute(&format!("CREATE ROLE {LEARNERS} NOLOGIN"))
            .map_err(fail)?;
    }
    let mut teacher = None;
    if !role_exists(&mut tx, TEACHER).map_err(fail)? {
        let password = new_password();
        // CREATEROLE, and the learners' group with its admin option, so that the teacher
        // adds learners without the administrator's password.
        tx.batch_execute(&format!(
            "CREATE ROLE {TEACHER} LOGIN CREATEROLE PASSWORD '{password}';
             GRANT {LEARNERS} TO {TEACHER} WITH ADMIN OPTION;"
        ))
        .map_err(fail)?;
        teacher = Some(url.for_role(TEACHER, &password));
    }
    tx.batch_execute(schema::SECURITY).map_err(fail)?;
    tx.commit().map_err(fail)?;
    Ok(Init { from, teacher })
}

/// Why a learner's name cannot be a role: `None` when it can.
pub(crate) fn bad_learner_name(name: &str) -> Option<&'static str> {
    let mut chars = name.chars();
    if !chars.next().is_some_and(|c| c.is_ascii_lowercase()) {
        Some("it must begin with a lower-case letter a-z")
    } else if !chars.all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_') {
        Some("it may hold only lower-case letters a-z, digits and _")
    } else if name.len() > 40 {
        Some("it is longer than 40 characters")
    } else if name.starts_with("pg_") || name.starts_with("factdrill") {
        Some("names beginning with pg_ or factdrill are reserved")
    } else {
        None
    }
}

/// Creates a learner's login role in the learners' group, and returns their connection
/// string (with the new password: shown once).
pub(crate) fn add_learner(url: &ServerUrl, name: &str) -> Result<String, ServerError> {
    if let Some(why) = bad_learner_name(name) {
        return Err(ServerError::Failed {
            url: url.shown().into(),
            detail: format!("`{name}` cannot be a learner's name: {why}"),
        });
    }
    let mut client = url.connect()?;
    super::check_version(&mut client, url)?;
    let password = new_password();
    // Neither can be a bound parameter in CREATE ROLE; both are checked above or generated
    // from letters and digits only.
    client
        .batch_execute(&format!(
            "CREATE ROLE {name} LOGIN PASSWORD '{password}' IN ROLE {LEARNERS}"
        ))
        .map_err(|e| match e.code() {
            Some(&postgres::error::SqlState::DUPLICATE_OBJECT) => ServerError::Failed {
                url: url.shown().into(),
                detail: format!("a role named `{name}` already exists: choose another name"),
            },
            _ => ServerError::from_pg(url, &e, None),
        })?;
    Ok(url.for_role(name, &password))
}

/// A fresh random password: 24 letters and digits.
fn new_password() -> String {
    Alphanumeric.sample_string(&mut rand::rng(), 24)
}

#[cfg(test)]
mod tests {
    use super::bad_learner_name;

    #[test]
    fn learner_names_are_plain_role_names() {
        for (name, ok, why) in [
            ("ana", true, "lower-case letters"),
            ("ana_2", true, "digits and underscore"),
            (
                "Ana",
                false,
                "upper case would need quoting and differ from the profile",
            ),
            ("2ana", false, "begins with a digit"),
            ("ana; DROP ROLE x", false, "SQL in a name"),
            ("pg_monitor", false, "reserved prefix"),
            ("factdrill_teacher", false, "our own roles"),
            ("", false, "empty"),
        ] {
            assert_eq!(bad_learner_name(name).is_none(), ok, "{why}");
        }
    }
}
