//! Progress on a PostgreSQL server (issue 15), against a throwaway cluster of the tests' own:
//! play, stats, report, export and import through the server; row-level security between
//! learners; the server stopped mid-session; the client killed between answers; schema
//! versions; and one clear line, without the password, for each bad connection.

use crate::common::{factdrill, stderr_of, temp_home};
use crate::pg_cluster::{free_port, Cluster, ADMIN_PASSWORD};
use std::io::{BufRead, BufReader, Write};
use std::process::Stdio;

/// The connection string a command printed on its own indented line.
fn printed_url(out: &[u8]) -> String {
    String::from_utf8_lossy(out)
        .lines()
        .map(str::trim)
        .find(|l| l.starts_with("postgres://"))
        .unwrap_or_else(|| panic!("no connection string in {}", String::from_utf8_lossy(out)))
        .to_string()
}

/// A cluster with factdrill's schema, and the teacher's URL.
fn school() -> (Cluster, String) {
    let cluster = Cluster::start();
    let out = factdrill(&temp_home())
        .args(["server", "init", &cluster.admin_url()])
        .assert()
        .success();
    let teacher = printed_url(&out.get_output().stdout);
    (cluster, teacher)
}

/// Adds a learner as the teacher; returns their URL.
fn learner(teacher: &str, name: &str) -> String {
    let out = factdrill(&temp_home())
        .args(["--store", teacher, "server", "add-learner", name])
        .assert()
        .success();
    printed_url(&out.get_output().stdout)
}

/// A session on `store` in `home`, answering `answers` (one a line).
fn play(home: &std::path::Path, store: &str, answers: &str) -> assert_cmd::assert::Assert {
    factdrill(home)
        .args([
            "--store", store, "play", "--json", "--format", "typed", "--seed", "1",
        ])
        .write_stdin(answers)
        .assert()
        .success()
}

/// A session on `store` answering what the test writes to it, one line at a time: the
/// child, its stdin, and its stdout's lines.
fn session(
    home: &std::path::Path,
    store: &str,
    seed: &str,
) -> (
    std::process::Child,
    std::process::ChildStdin,
    impl Iterator<Item = std::io::Result<String>>,
) {
    let mut child = std::process::Command::new(crate::common::bin())
        .env("FACTDRILL_HOME", home)
        .args([
            "--store", store, "play", "--json", "--format", "typed", "--seed", seed,
        ])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let stdin = child.stdin.take().unwrap();
    let lines = BufReader::new(child.stdout.take().unwrap()).lines();
    (child, stdin, lines)
}

/// How many reviews the server holds, and how many distinct uids among them.
fn reviews_on(cluster: &Cluster, profile: &str) -> (i64, i64) {
    let v = cluster.admin_value(&format!(
        "SELECT count(*) || ' ' || count(DISTINCT uid) FROM factdrill.reviews WHERE profile = '{profile}'"
    ));
    let mut n = v.split(' ').map(|x| x.parse::<i64>().unwrap());
    (n.next().unwrap(), n.next().unwrap())
}

/// What psql as a learner (password from their URL) gets for `sql`.
fn as_role(cluster: &Cluster, url: &str, sql: &str) -> std::process::Output {
    let (user, rest) = url["postgres://".len()..].split_once(':').unwrap();
    let password = rest.split_once('@').unwrap().0;
    cluster.psql(user, password, "factdrill", sql)
}

#[test]
#[ignore = "needs PostgreSQL (initdb, pg_ctl): CI installs it"]
fn a_learner_reaches_only_their_own_progress_and_the_teacher_everyone_s() {
    let (cluster, teacher) = school();
    let ana = learner(&teacher, "ana");
    let ben = learner(&teacher, "ben");
    play(&temp_home(), &ana, "12\n1949\n");
    play(&temp_home(), &ben, "12\n");
    assert_eq!(reviews_on(&cluster, "ana"), (2, 2));
    assert_eq!(reviews_on(&cluster, "ben"), (1, 1));
    // Ben with psql and his own password sees, changes and adds only his own rows.
    let seen = as_role(&cluster, &ben, "SELECT count(*) FROM factdrill.reviews");
    assert_eq!(
        String::from_utf8_lossy(&seen.stdout).trim(),
        "1",
        "only his review"
    );
    let changed = as_role(
        &cluster,
        &ben,
        "UPDATE factdrill.reviews SET given = 'x' WHERE profile = 'ana'",
    );
    assert_eq!(String::from_utf8_lossy(&changed.stdout).trim(), "UPDATE 0");
    let forged = as_role(
        &cluster,
        &ben,
        "INSERT INTO factdrill.parameters VALUES ('ana', '[]', 0, 0)",
    );
    assert!(
        !forged.status.success(),
        "row-level security refuses ana's row from ben"
    );
    assert_eq!(
        cluster.admin_value("SELECT count(*) FROM factdrill.reviews WHERE given = 'x'"),
        "0"
    );
    // The teacher's live quiz records each player's answers in their own progress.
    factdrill(&temp_home())
        .args([
            "--store",
            &teacher,
            "drill",
            "--players",
            "ana,ben",
            "--rounds",
            "1",
        ])
        .args(["--seed", "1", "--plain", "--record"])
        .write_stdin("x\nx\n")
        .assert()
        .success();
    assert_eq!(reviews_on(&cluster, "ana"), (3, 3));
    assert_eq!(reviews_on(&cluster, "ben"), (2, 2));
    // The teacher's report and stats read everyone's.
    let out = factdrill(&temp_home())
        .args(["--store", &teacher, "report", "--json"])
        .assert()
        .success();
    let report = String::from_utf8_lossy(&out.get_output().stdout).into_owned();
    assert!(
        report.contains("\"ana\"") && report.contains("\"ben\""),
        "{report}"
    );
    let out = factdrill(&temp_home())
        .args(["--store", &teacher, "stats", "--profile", "ana", "--json"])
        .assert()
        .success();
    let stats: serde_json::Value = serde_json::from_slice(&out.get_output().stdout).unwrap();
    assert_eq!(stats["total_reviews"], 3);
    // Ben asking for Ana's stats through the server gets nothing of hers.
    let out = factdrill(&temp_home())
        .args(["--store", &ben, "stats", "--profile", "ana", "--json"])
        .assert()
        .success();
    let stats: serde_json::Value = serde_json::from_slice(&out.get_output().stdout).unwrap();
    assert_eq!(stats["total_reviews"], 0);
}

#[test]
#[ignore = "needs PostgreSQL (initdb, pg_ctl): CI installs it"]
fn answers_given_while_the_server_is_down_are_sent_once() {
    let (cluster, teacher) = school();
    let ana = learner(&teacher, "ana");
    let home = temp_home();
    // A session whose server stops after its first answer.
    let (child, mut stdin, mut lines) = session(&home, &ana, "1");
    for given in ["12", "1949", "3"] {
        if given == "1949" {
            cluster.pause();
        }
        writeln!(stdin, "{given}").unwrap();
        let ack = lines.find(|l| l.as_ref().unwrap().contains("\"event\":\"answer\""));
        assert!(ack.is_some(), "{given} was acknowledged");
    }
    drop(stdin);
    let rest: Vec<String> = lines.map(Result::unwrap).collect();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success());
    assert!(rest.iter().any(|l| l.contains("summary")));
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(
        err.matches("playing offline").count(),
        1,
        "said once: {err}"
    );
    assert!(!err.contains(ADMIN_PASSWORD));
    cluster.resume();
    assert_eq!(
        reviews_on(&cluster, "ana"),
        (1, 1),
        "two answers wait on this computer"
    );
    let out = factdrill(&home)
        .args(["--store", &ana, "progress", "sync"])
        .assert()
        .success();
    let said = String::from_utf8_lossy(&out.get_output().stdout).into_owned();
    assert!(said.starts_with("Sent 2 answers"), "{said}");
    assert_eq!(reviews_on(&cluster, "ana"), (3, 3));
    // Again, and a session start: nothing is sent twice.
    let out = factdrill(&home)
        .args(["--store", &ana, "progress", "sync"])
        .assert()
        .success();
    assert!(String::from_utf8_lossy(&out.get_output().stdout).starts_with("Sent 0 answers"));
    play(&home, &ana, "");
    assert_eq!(reviews_on(&cluster, "ana"), (3, 3));
}

#[test]
#[ignore = "needs PostgreSQL (initdb, pg_ctl): CI installs it"]
fn every_acknowledged_answer_is_on_the_server_after_kill_9() {
    let (cluster, teacher) = school();
    let ana = learner(&teacher, "ana");
    let (mut child, mut stdin, mut lines) = session(&temp_home(), &ana, "3");
    let mut acknowledged = 0;
    for given in ["1", "2", "3"] {
        writeln!(stdin, "{given}").unwrap();
        let ack = lines.find(|l| l.as_ref().unwrap().contains("\"event\":\"answer\""));
        acknowledged += usize::from(ack.is_some());
    }
    child.kill().unwrap(); // SIGKILL: between answers, nothing flushed on the way out
    let _ = child.wait();
    assert_eq!(acknowledged, 3);
    assert_eq!(reviews_on(&cluster, "ana"), (3, 3));
}

#[test]
#[ignore = "needs PostgreSQL (initdb, pg_ctl): CI installs it"]
fn progress_moves_between_a_local_file_and_the_server_both_ways() {
    let (cluster, teacher) = school();
    let ana = learner(&teacher, "ana");
    let local = temp_home();
    factdrill(&local)
        .args([
            "--profile",
            "ana",
            "play",
            "--json",
            "--format",
            "typed",
            "--seed",
            "1",
        ])
        .write_stdin("12\n1949\n")
        .assert()
        .success();
    let file = local.join("ana.json");
    factdrill(&local)
        .args(["progress", "export"])
        .arg(&file)
        .assert()
        .success();
    let import = |home: &std::path::Path| {
        let out = factdrill(home)
            .args(["--store", &ana, "progress", "import"])
            .arg(&file)
            .assert()
            .success();
        String::from_utf8_lossy(&out.get_output().stdout).into_owned()
    };
    assert!(import(&temp_home()).contains("and 2 reviews (0 already present)"));
    assert!(import(&temp_home()).contains("and 0 reviews (2 already present)"));
    assert_eq!(reviews_on(&cluster, "ana"), (2, 2));
    play(&temp_home(), &ana, "3\n");
    // Back from the server into a fresh local file: all three.
    let back = temp_home();
    let served = back.join("served.json");
    factdrill(&back)
        .args(["--store", &ana, "progress", "export"])
        .arg(&served)
        .assert()
        .success();
    let out = factdrill(&back)
        .args(["progress", "import"])
        .arg(&served)
        .assert()
        .success();
    assert!(String::from_utf8_lossy(&out.get_output().stdout).contains("and 3 reviews"));
    let out = factdrill(&back)
        .args(["stats", "--profile", "ana", "--json"])
        .assert()
        .success();
    let stats: serde_json::Value = serde_json::from_slice(&out.get_output().stdout).unwrap();
    assert_eq!(stats["total_reviews"], 3);
}

#[test]
#[ignore = "needs PostgreSQL (initdb, pg_ctl): CI installs it"]
fn an_older_schema_is_upgraded_by_init_and_a_newer_one_refused_unwritten() {
    let (cluster, teacher) = school();
    let ana = learner(&teacher, "ana");
    play(&temp_home(), &ana, "12\n");
    // Back to schema 1 (before card change numbers), as an older factdrill left it.
    cluster.admin_value(
        "ALTER TABLE factdrill.cards DROP COLUMN rev; DROP SEQUENCE factdrill.card_rev;
         UPDATE factdrill.meta SET value = 1 WHERE key = 'version'",
    );
    let out = factdrill(&temp_home())
        .args(["--store", &ana, "play", "--json"])
        .write_stdin("")
        .assert()
        .failure();
    assert!(
        stderr_of(&out).contains("server init"),
        "{}",
        stderr_of(&out)
    );
    let out = factdrill(&temp_home())
        .args(["server", "init", &cluster.admin_url()])
        .assert()
        .success();
    let said = String::from_utf8_lossy(&out.get_output().stdout).into_owned();
    assert!(said.contains("from schema 1 to 2"), "{said}");
    play(&temp_home(), &ana, "1949\n");
    assert_eq!(
        reviews_on(&cluster, "ana"),
        (2, 2),
        "kept through the upgrade"
    );
    cluster.admin_value("UPDATE factdrill.meta SET value = 99 WHERE key = 'version'");
    for args in [
        vec!["--store", ana.as_str(), "play", "--json"],
        vec!["server", "init", &cluster.admin_url()],
    ] {
        let out = factdrill(&temp_home())
            .args(&args)
            .write_stdin("12\n")
            .assert()
            .code(1);
        let err = stderr_of(&out);
        assert!(err.contains("newer factdrill (schema 99"), "{err}");
        assert_eq!(err.trim_end().lines().count(), 1, "{err}");
    }
    assert_eq!(reviews_on(&cluster, "ana"), (2, 2), "nothing written");
    assert_eq!(
        cluster.admin_value("SELECT value FROM factdrill.meta"),
        "99"
    );
}

#[test]
#[ignore = "needs PostgreSQL (initdb, pg_ctl): CI installs it"]
fn bad_connections_give_one_line_each_without_the_password() {
    let (cluster, _teacher) = school();
    let secret = "pw-that-must-not-show";
    let nobody_listens = free_port();
    for (url, expect) in [
        (
            format!("mysql://ana:{secret}@127.0.0.1/x"),
            "not a usable server address",
        ),
        (
            format!("postgres://ana:{secret}@127.0.0.1:notaport/x"),
            "not a usable server address",
        ),
        (cluster.url("postgres", secret), "refused the login"),
        (
            format!("{}?sslmode=require", cluster.url("postgres", secret)),
            "does not support TLS",
        ),
        (
            format!("postgres://ana:{secret}@127.0.0.1:{nobody_listens}/factdrill"),
            "cannot reach",
        ),
    ] {
        let out = factdrill(&temp_home())
            .args(["server", "init", &url])
            .assert()
            .code(1);
        let err = stderr_of(&out);
        assert!(err.contains(expect), "{url}: {err}");
        assert!(!err.contains(secret), "{err}");
        assert_eq!(err.trim_end().lines().count(), 1, "{err}");
    }
    // A URL without a password finds it in PGPASSFILE, as libpq would.
    let home = temp_home();
    let passfile = home.join("pgpass");
    let line = format!(
        "127.0.0.1:{}:factdrill:postgres:{ADMIN_PASSWORD}\n",
        cluster.port
    );
    std::fs::write(&passfile, line).unwrap();
    let bare = format!("postgres://postgres@127.0.0.1:{}/factdrill", cluster.port);
    factdrill(&home)
        .env("PGPASSFILE", &passfile)
        .args(["server", "init", &bare])
        .assert()
        .success();
    // A session with the wrong password stops at once, with the same one line.
    let out = factdrill(&temp_home())
        .args([
            "--store",
            &cluster.url("postgres", secret),
            "play",
            "--json",
        ])
        .write_stdin("")
        .assert()
        .code(1);
    assert!(stderr_of(&out).contains("refused the login") && !stderr_of(&out).contains(secret));
}

#[test]
fn the_data_folder_s_store_file_chooses_the_server_and_an_unreachable_one_plays_offline() {
    // No PostgreSQL needed: nothing listens at this address.
    let home = temp_home();
    let url = format!(
        "postgres://ana:hidden-pw@127.0.0.1:{}/factdrill",
        free_port()
    );
    std::fs::write(home.join("store"), format!("{url}\n")).unwrap();
    let out = factdrill(&home)
        .args(["play", "--json", "--format", "typed", "--seed", "1"])
        .write_stdin("12\n")
        .assert()
        .success();
    let err = stderr_of(&out);
    assert_eq!(err.matches("playing offline").count(), 1, "{err}");
    assert!(!err.contains("hidden-pw"), "{err}");
    assert!(
        home.join("servers").read_dir().unwrap().count() > 0,
        "the answer is kept in the server's local copy"
    );
    assert!(
        !home.join("progress.sqlite3").exists(),
        "not in the progress file"
    );
    // `local` in the file, or --store local, means the progress file.
    std::fs::write(home.join("store"), "local\n").unwrap();
    factdrill(&home)
        .args(["play", "--json", "--format", "typed", "--seed", "1"])
        .write_stdin("12\n")
        .assert()
        .success();
    assert!(home.join("progress.sqlite3").exists());
}
