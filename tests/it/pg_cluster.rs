//! A throwaway PostgreSQL cluster for the server tests: `initdb` in a temporary folder,
//! `pg_ctl` on a free local port (and a socket in that folder), stopped when dropped.
//! initdb refuses to run as root, as CI does, so as root the cluster belongs to `nobody`
//! (through `runuser`). The binaries come from PATH, else Debian's /usr/lib/postgresql/*/bin.

use std::path::PathBuf;
use std::process::{Command, Output};

/// The administrator's password in every test cluster.
pub const ADMIN_PASSWORD: &str = "admin-secret-pw";

/// A running cluster.
pub struct Cluster {
    dir: tempfile::TempDir,
    bin: PathBuf,
    /// Its TCP port on 127.0.0.1.
    pub port: u16,
    /// Whether commits wait for the disk (off for tests, on for the benchmark).
    durable: bool,
}

/// Where initdb and pg_ctl are: on PATH, or the newest of Debian's versioned folders.
fn bin_dir() -> PathBuf {
    let on_path = std::env::var_os("PATH")
        .into_iter()
        .flat_map(|p| std::env::split_paths(&p).collect::<Vec<_>>())
        .find(|d| d.join("initdb").is_file() && d.join("pg_ctl").is_file());
    if let Some(d) = on_path {
        return d;
    }
    let mut versions: Vec<PathBuf> = std::fs::read_dir("/usr/lib/postgresql")
        .map(|r| r.flatten().map(|e| e.path().join("bin")).collect())
        .unwrap_or_default();
    versions.retain(|d| d.join("initdb").is_file());
    versions.sort_by_key(|d| {
        d.parent()
            .and_then(|v| v.file_name()?.to_str()?.parse::<u32>().ok())
            .unwrap_or(0)
    });
    versions
        .pop()
        .expect("PostgreSQL is not installed: .ci/run installs Debian's postgresql package")
}

fn is_root() -> bool {
    // SAFETY: geteuid has no preconditions and cannot fail.
    unsafe { libc::geteuid() == 0 }
}

/// A free TCP port on 127.0.0.1 (free when asked; the cluster takes it at once).
pub fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .unwrap()
}

impl Cluster {
    /// Makes and starts a cluster with a `factdrill` database; commits do not wait for
    /// the disk (tests crash the client, never the server).
    pub fn start() -> Cluster {
        Cluster::make(false)
    }

    /// [`Cluster::start`] with PostgreSQL's default durability, for timings.
    #[allow(dead_code)] // used by the benchmark, which shares this file
    pub fn start_durable() -> Cluster {
        Cluster::make(true)
    }

    fn make(durable: bool) -> Cluster {
        let dir = tempfile::tempdir().unwrap();
        if is_root() {
            std::os::unix::fs::chown(dir.path(), Some(65534), Some(65534)).unwrap();
        }
        let pwfile = dir.path().join("pw");
        std::fs::write(&pwfile, ADMIN_PASSWORD).unwrap();
        if is_root() {
            std::os::unix::fs::chown(&pwfile, Some(65534), Some(65534)).unwrap();
        }
        let cluster = Cluster {
            bin: bin_dir(),
            port: free_port(),
            dir,
            durable,
        };
        let data = cluster.data();
        let out = cluster.owner(
            "initdb",
            &[
                "-D",
                &data,
                "-U",
                "postgres",
                "-E",
                "UTF8",
                "--auth=scram-sha-256",
                &format!("--pwfile={}", pwfile.display()),
            ],
        );
        assert!(
            out.status.success(),
            "initdb: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        cluster.resume();
        let out = cluster.psql(
            "postgres",
            ADMIN_PASSWORD,
            "postgres",
            "CREATE DATABASE factdrill",
        );
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        cluster
    }

    fn data(&self) -> String {
        self.dir.path().join("data").display().to_string()
    }

    /// Runs a PostgreSQL program as the cluster's owner.
    fn owner(&self, program: &str, args: &[&str]) -> Output {
        let exe = self.bin.join(program);
        let mut cmd = if is_root() {
            let mut c = Command::new("runuser");
            c.args(["-u", "nobody", "--"]).arg(exe);
            c
        } else {
            Command::new(exe)
        };
        cmd.args(args)
            .current_dir(self.dir.path())
            .output()
            .unwrap()
    }

    /// Starts (or starts again) the server.
    pub fn resume(&self) {
        let opts = format!(
            "-p {} -k {} -c listen_addresses=127.0.0.1 -c fsync={} -c max_connections=200",
            self.port,
            self.dir.path().display(),
            if self.durable { "on" } else { "off" }
        );
        let log = self.dir.path().join("log").display().to_string();
        let out = self.owner(
            "pg_ctl",
            &["-D", &self.data(), "-o", &opts, "-l", &log, "-w", "start"],
        );
        assert!(
            out.status.success(),
            "pg_ctl start: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }

    /// Stops the server (fast: open connections are cut).
    pub fn pause(&self) {
        let out = self.owner("pg_ctl", &["-D", &self.data(), "-m", "fast", "-w", "stop"]);
        assert!(
            out.status.success(),
            "pg_ctl stop: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }

    /// A connection URL for `user` with `password` to the `factdrill` database.
    pub fn url(&self, user: &str, password: &str) -> String {
        format!(
            "postgres://{user}:{password}@127.0.0.1:{}/factdrill",
            self.port
        )
    }

    /// The administrator's URL.
    pub fn admin_url(&self) -> String {
        self.url("postgres", ADMIN_PASSWORD)
    }

    /// Runs SQL through psql as `user`, unaligned and without headers.
    pub fn psql(&self, user: &str, password: &str, db: &str, sql: &str) -> Output {
        let psql = [self.bin.join("psql"), PathBuf::from("/usr/bin/psql")]
            .into_iter()
            .find(|p| p.is_file())
            .unwrap_or_else(|| PathBuf::from("psql"));
        Command::new(psql)
            .args([
                "-h",
                "127.0.0.1",
                "-p",
                &self.port.to_string(),
                "-U",
                user,
                "-d",
                db,
            ])
            .args(["-v", "ON_ERROR_STOP=1", "-Atc", sql])
            .env("PGPASSWORD", password)
            .output()
            .unwrap()
    }

    /// The single value `sql` gives, as the administrator.
    pub fn admin_value(&self, sql: &str) -> String {
        let out = self.psql("postgres", ADMIN_PASSWORD, "factdrill", sql);
        assert!(
            out.status.success(),
            "{sql}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout).trim().to_string()
    }
}

impl Drop for Cluster {
    fn drop(&mut self) {
        let _ = self.owner(
            "pg_ctl",
            &["-D", &self.data(), "-m", "immediate", "-w", "stop"],
        );
    }
}
