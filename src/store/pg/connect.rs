//! Connecting to a PostgreSQL server: the URL read and checked, the password found (URL,
//! `PGPASSFILE` or `~/.pgpass`, else a prompt on a terminal), TLS when the server offers it
//! or the URL asks for it, and every message scrubbed of the password.

use super::ServerError;
use postgres::config::{Host, SslMode};
use std::sync::Arc;
use std::time::Duration;

/// How long connecting may take before the server counts as unreachable.
const CONNECT_TIMEOUT: Duration = Duration::from_secs(5);

/// A server's address as the user gave it, with the password held apart from anything
/// that is ever shown.
#[derive(Clone)]
pub(crate) struct ServerUrl {
    config: postgres::Config,
    /// The URL with its password removed: the only form that appears in messages.
    shown: String,
}

impl std::fmt::Debug for ServerUrl {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.shown)
    }
}

impl ServerUrl {
    /// Reads a `postgres://` or `postgresql://` URL.
    pub(crate) fn parse(url: &str) -> Result<ServerUrl, ServerError> {
        let shown = scrub_url(url);
        if !(url.starts_with("postgres://") || url.starts_with("postgresql://")) {
            return Err(ServerError::BadUrl {
                url: shown,
                detail: "it does not begin with postgres://".into(),
            });
        }
        let config: postgres::Config =
            url.parse()
                .map_err(|e: postgres::Error| ServerError::BadUrl {
                    url: shown.clone(),
                    detail: scrub(&e.to_string(), password_in(url).as_deref()),
                })?;
        if config.get_user().is_none() {
            return Err(ServerError::BadUrl {
                url: shown,
                detail: "it names no user (postgres://USER@HOST/DATABASE)".into(),
            });
        }
        Ok(ServerUrl { config, shown })
    }

    /// The role the connection logs in as.
    pub(crate) fn user(&self) -> &str {
        self.config.get_user().unwrap_or_default()
    }

    /// The URL without its password.
    pub(crate) fn shown(&self) -> &str {
        &self.shown
    }

    /// A name for this server and role that can be a file name: the local copy's.
    pub(crate) fn file_stem(&self) -> String {
        let host = match self.config.get_hosts().first() {
            Some(Host::Tcp(h)) => h.clone(),
            Some(Host::Unix(p)) => p.display().to_string(),
            None => "localhost".into(),
        };
        let port = self.config.get_ports().first().copied().unwrap_or(5432);
        let db = self.config.get_dbname().unwrap_or(self.user());
        format!("{}@{host}-{port}-{db}", self.user())
            .chars()
            .map(|c| {
                if c.is_ascii_alphanumeric() || matches!(c, '@' | '-' | '.' | '_') {
                    c
                } else {
                    '_'
                }
            })
            .collect()
    }

    /// The same server as another role, for the connection string `add-learner` prints.
    pub(crate) fn for_role(&self, user: &str, password: &str) -> String {
        let host = match self.config.get_hosts().first() {
            Some(Host::Tcp(h)) if h.contains(':') => format!("[{h}]"),
            Some(Host::Tcp(h)) => h.clone(),
            _ => "localhost".into(),
        };
        let port = self.config.get_ports().first().copied().unwrap_or(5432);
        let db = self.config.get_dbname().unwrap_or(self.user());
        let mut url = format!("postgres://{user}:{password}@{host}:{port}/{db}");
        if let Some(Host::Unix(dir)) = self.config.get_hosts().first() {
            url = format!("postgres://{user}:{password}@/{db}?host={}", dir.display());
        }
        if self.config.get_ssl_mode() == SslMode::Require {
            url.push_str(if url.contains('?') {
                "&sslmode=require"
            } else {
                "?sslmode=require"
            });
        }
        url
    }

    /// Connects, finding the password if the URL has none.
    pub(crate) fn connect(&self) -> Result<postgres::Client, ServerError> {
        let mut config = self.config.clone();
        if config.get_password().is_none() {
            if let Some(p) = passfile_password(&config) {
                config.password(p);
            } else if let Some(p) = prompt_password(&self.shown) {
                config.password(p);
            }
        }
        let secret = config
            .get_password()
            .map(|p| String::from_utf8_lossy(p).into_owned());
        config
            .connect_timeout(CONNECT_TIMEOUT)
            .tcp_user_timeout(CONNECT_TIMEOUT)
            .keepalives_idle(Duration::from_secs(10))
            .application_name("factdrill");
        config
            .connect(tls())
            .map_err(|e| ServerError::from_pg(self, &e, secret.as_deref()))
    }
}

/// The URL with any password replaced by `***`.
pub(crate) fn scrub_url(url: &str) -> String {
    let mut out = url.to_string();
    if let Some(p) = password_in(url) {
        out = out.replacen(&format!(":{p}@"), ":***@", 1);
    }
    // A password given as a parameter (`?password=…`).
    if let Some(at) = out.find("password=") {
        let end = out[at..].find('&').map_or(out.len(), |e| at + e);
        out.replace_range(at..end, "password=***");
    }
    out
}

/// The password between `user:` and `@` in a URL, if any.
fn password_in(url: &str) -> Option<String> {
    let rest = url.split_once("://")?.1;
    let authority = &rest[..rest.find(['/', '?']).unwrap_or(rest.len())];
    let userinfo = &authority[..authority.rfind('@')?];
    let (_, password) = userinfo.split_once(':')?;
    Some(password.to_string()).filter(|p| !p.is_empty())
}

/// A message with every appearance of the password removed.
pub(crate) fn scrub(message: &str, password: Option<&str>) -> String {
    match password.filter(|p| !p.is_empty()) {
        Some(p) => message.replace(p, "***"),
        None => message.to_string(),
    }
}

/// The password for this connection in `PGPASSFILE` (else `~/.pgpass`), as libpq reads it:
/// `host:port:database:user:password`, `*` matching anything, `\` escaping `:` and `\`.
fn passfile_password(config: &postgres::Config) -> Option<String> {
    let file = std::env::var_os("PGPASSFILE")
        .map(std::path::PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| std::path::Path::new(&h).join(".pgpass")))?;
    let text = std::fs::read_to_string(file).ok()?;
    let host = match config.get_hosts().first() {
        Some(Host::Tcp(h)) => h.clone(),
        _ => "localhost".into(),
    };
    let port = config
        .get_ports()
        .first()
        .copied()
        .unwrap_or(5432)
        .to_string();
    let user = config.get_user().unwrap_or_default();
    let db = config.get_dbname().unwrap_or(user);
    lookup_passfile(&text, [&host, &port, db, user])
}

/// The password of the first line of a password file that matches host, port, database and
/// user.
fn lookup_passfile(text: &str, wanted: [&str; 4]) -> Option<String> {
    text.lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(passfile_fields)
        .find(|f| f.len() == 5 && f[..4].iter().zip(wanted).all(|(a, b)| a == "*" || a == b))
        .map(|f| f[4].clone())
}

/// The fields of a password file's line.
fn passfile_fields(line: &str) -> Vec<String> {
    let mut fields = vec![String::new()];
    let mut chars = line.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => fields
                .last_mut()
                .into_iter()
                .for_each(|f| f.extend(chars.next())),
            ':' if fields.len() < 5 => fields.push(String::new()),
            c => fields.last_mut().into_iter().for_each(|f| f.push(c)),
        }
    }
    fields
}

/// Asks for the password, only when stdin, stdout and stderr are terminals.
fn prompt_password(shown: &str) -> Option<String> {
    if !crate::output::terminals().1 {
        return None;
    }
    dialoguer::Password::new()
        .with_prompt(format!("Password for {}", crate::sanitize::one_line(shown)))
        .allow_empty_password(true)
        .interact()
        .ok()
}

/// TLS through rustls, tried when the server offers it and required with `sslmode=require`.
/// Like libpq's `require`, the server's certificate is not checked against an authority
/// (a school's server usually has a self-signed one): the link is encrypted, not verified.
fn tls() -> tokio_postgres_rustls::MakeRustlsConnect {
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let config = rustls::ClientConfig::builder_with_provider(Arc::clone(&provider))
        .with_safe_default_protocol_versions()
        .map(|b| {
            b.dangerous()
                .with_custom_certificate_verifier(Arc::new(Unverified(provider)))
                .with_no_client_auth()
        })
        .unwrap_or_else(|_| {
            rustls::ClientConfig::builder()
                .with_root_certificates(rustls::RootCertStore::empty())
                .with_no_client_auth()
        });
    tokio_postgres_rustls::MakeRustlsConnect::new(config)
}

/// Accepts the server's certificate as libpq's `sslmode=require` does, while still checking
/// that the handshake is signed by it.
#[derive(Debug)]
struct Unverified(Arc<rustls::crypto::CryptoProvider>);

impl rustls::client::danger::ServerCertVerifier for Unverified {
    fn verify_server_cert(
        &self,
        _: &rustls::pki_types::CertificateDer<'_>,
        _: &[rustls::pki_types::CertificateDer<'_>],
        _: &rustls::pki_types::ServerName<'_>,
        _: &[u8],
        _: rustls::pki_types::UnixTime,
    ) -> Result<rustls::client::danger::ServerCertVerified, rustls::Error> {
        Ok(rustls::client::danger::ServerCertVerified::assertion())
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &rustls::pki_types::CertificateDer<'_>,
        dss: &rustls::DigitallySignedStruct,
    ) -> Result<rustls::client::danger::HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls12_signature(
            message,
            cert,
            dss,
            &self.0.signature_verification_algorithms,
        )
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &rustls::pki_types::CertificateDer<'_>,
        dss: &rustls::DigitallySignedStruct,
    ) -> Result<rustls::client::danger::HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls13_signature(
            message,
            cert,
            dss,
            &self.0.signature_verification_algorithms,
        )
    }

    fn supported_verify_schemes(&self) -> Vec<rustls::SignatureScheme> {
        self.0.signature_verification_algorithms.supported_schemes()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_are_shown_without_their_password() {
        for (url, shown, why) in [
            (
                "postgres://ana:s3cret@h/db",
                "postgres://ana:***@h/db",
                "user:password@",
            ),
            ("postgres://ana@h/db", "postgres://ana@h/db", "no password"),
            (
                "postgres://a:p@ss@h/db",
                "postgres://a:***@h/db",
                "an @ in the password",
            ),
            (
                "postgres://ana@h/db?password=x&sslmode=require",
                "postgres://ana@h/db?password=***&sslmode=require",
                "as a parameter",
            ),
        ] {
            assert_eq!(scrub_url(url), shown, "{why}");
        }
    }

    #[test]
    fn password_file_lines_match_as_libpq_reads_them() {
        let file = "# comment\nother:5432:*:*:no\nh:*:db:ana:pa\\:ss\n*:*:*:*:fallback\n";
        for (wanted, expected, why) in [
            (
                ["h", "5432", "db", "ana"],
                Some("pa:ss"),
                "wildcard port, escaped colon",
            ),
            (
                ["h", "5432", "db", "ben"],
                Some("fallback"),
                "first match wins",
            ),
            (
                ["other", "5432", "x", "y"],
                Some("no"),
                "wildcards in database and user",
            ),
        ] {
            assert_eq!(lookup_passfile(file, wanted).as_deref(), expected, "{why}");
        }
        assert_eq!(
            lookup_passfile("h:1:d:u:p", ["h", "2", "d", "u"]),
            None,
            "port differs"
        );
    }
}
