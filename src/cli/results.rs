//! A drill's results files, `drills/drill-STAMP.csv` and `.json` in the data directory: one
//! pair per drill, rewritten after every answer, and never shared with another drill.

use crate::drill::DrillAnswer;
use crate::host::room::Ledger;
use crate::output::write_text_file;
use crate::recorder::StoreRecorder;
use crate::sanitize::clean;
use crate::sanitize::{csv_cell, json};
use crate::schedule::{Scheduler, Settings};
use crate::store::{clean_profile, data_dir, Store};
use crate::turn::{AnswerRecord, Recorder};
use anyhow::Context;
use std::fs::{File, OpenOptions};
use std::io::{ErrorKind, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};

const HEADER: [&str; 14] = [
    "round",
    "seat",
    "player",
    "card",
    "deck",
    "format",
    "question",
    "expected",
    "given",
    "verdict",
    "points",
    "late",
    "elapsed_ms",
    "answered_at_ms",
];

/// How many drills may start in the same second before we give up finding a free name.
const MAX_SAME_SECOND: usize = 1000;

/// Where each answer of a drill or a live game goes as it is given: the results files, and
/// with `--record` the progress of a profile named after the player.
pub struct Keeper {
    /// The results files.
    pub results: Results,
    store: Option<(Store, Scheduler)>,
}

impl Keeper {
    /// Claims the results files for a game started at `now` (and opens the store to record).
    pub fn open(record: bool, now: u64) -> anyhow::Result<Keeper> {
        let store = if record {
            let scheduler = Scheduler::new(&[], Settings::default())?;
            Some((super::play::open_store()?, scheduler))
        } else {
            None
        };
        let dir = data_dir().map_err(anyhow::Error::msg)?.join("drills");
        Ok(Keeper {
            results: Results::create(&dir, now)?,
            store,
        })
    }

    /// Keeps one answer: the results files, then the player's progress, each durably.
    pub fn keep(&mut self, a: &DrillAnswer, record: &AnswerRecord) -> anyhow::Result<()> {
        Ledger::keep(self, a, record)?;
        self.results.sync()
    }
}

/// A live game's answers: written as they come, synced once for those that came together.
/// A recorded answer is committed to the store at once (one transaction per answer).
impl Ledger for Keeper {
    fn keep(&mut self, a: &DrillAnswer, record: &AnswerRecord) -> anyhow::Result<()> {
        self.results.write(a)?;
        if let Some((store, scheduler)) = &self.store {
            StoreRecorder::new(store, scheduler, &clean_profile(&a.player)).record(record)?;
        }
        Ok(())
    }

    fn sync(&mut self) -> anyhow::Result<()> {
        self.results.sync()
    }
}

/// Where a drill's results go. The files are written when created, then each answer is
/// added in place and synced before `add` returns.
///
/// Issue 14, point 8: rewriting both files whole after every answer made each answer cost
/// as much as all before it (a live game of 200 students writes 2,000 rows); now a row is
/// appended to the CSV and the JSON's closing `]}` is written again after the new row.
pub struct Results {
    /// The CSV file.
    pub csv: PathBuf,
    /// The JSON file.
    pub json: PathBuf,
    files: (File, File),
    rows: usize,
    /// Where the JSON's closing [`JSON_TAIL`] begins.
    json_end: u64,
}

/// The JSON document's start, before its rows.
const JSON_HEAD: &str = "{\n  \"answers\": [";
/// The JSON document's end, after its rows.
const JSON_TAIL: &str = "\n  ]\n}\n";

impl Results {
    /// Claims a new pair of files in `dir` for a drill started at `now` (ms) and writes their
    /// headers, so the files exist, complete, from the start.
    pub fn create(dir: &Path, now: u64) -> anyhow::Result<Results> {
        std::fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
        let (csv, json) = reserve(dir, &crate::clock::utc_stamp(now))?;
        let mut header = csv::Writer::from_writer(Vec::new());
        header.write_record(HEADER)?;
        let header = header.into_inner().map_err(|e| anyhow::anyhow!("{e}"))?;
        write_text_file(&csv, &String::from_utf8_lossy(&header))?;
        write_text_file(&json, &format!("{JSON_HEAD}{JSON_TAIL}"))?;
        let open = |p: &Path| {
            OpenOptions::new()
                .write(true)
                .open(p)
                .with_context(|| format!("cannot write {}", p.display()))
        };
        let files = (open(&csv)?, open(&json)?);
        Ok(Results {
            csv,
            json,
            files,
            rows: 0,
            json_end: JSON_HEAD.len() as u64,
        })
    }

    /// Makes every answer written so far durable.
    pub fn sync(&mut self) -> anyhow::Result<()> {
        let context = |p: &Path| format!("cannot write {}", p.display());
        self.files
            .0
            .sync_data()
            .with_context(|| context(&self.csv))?;
        self.files
            .1
            .sync_data()
            .with_context(|| context(&self.json))
    }

    /// Adds an answer to both files, not yet synced: [`Results::sync`] makes it durable.
    fn write(&mut self, answer: &DrillAnswer) -> anyhow::Result<()> {
        let mut row = csv::Writer::from_writer(Vec::new());
        row.write_record(cells(answer).iter().map(|c| csv_cell(c)))?;
        let row = row.into_inner().map_err(|e| anyhow::anyhow!("{e}"))?;
        let (csv_file, json_file) = &mut self.files;
        let context = |p: &Path| format!("cannot write {}", p.display());
        csv_file
            .seek(SeekFrom::End(0))
            .and_then(|_| csv_file.write_all(clean(&String::from_utf8_lossy(&row)).as_bytes()))
            .with_context(|| context(&self.csv))?;
        let item: String = json::pretty(answer)?
            .lines()
            .map(|l| format!("\n    {l}"))
            .collect();
        let item = clean(&format!("{}{item}", if self.rows == 0 { "" } else { "," }));
        json_file
            .seek(SeekFrom::Start(self.json_end))
            .and_then(|_| json_file.write_all(format!("{item}{JSON_TAIL}").as_bytes()))
            .with_context(|| context(&self.json))?;
        self.json_end += item.len() as u64;
        self.rows += 1;
        Ok(())
    }
}

/// An answer's cells, in the order of [`HEADER`], before [`csv_cell`] makes them safe.
fn cells(r: &DrillAnswer) -> [String; 14] {
    [
        r.round.to_string(),
        r.seat.clone(),
        r.player.clone(),
        r.card.0.clone(),
        r.deck.clone(),
        r.format.name().to_string(),
        r.question.clone(),
        r.expected.clone(),
        r.given.clone(),
        r.verdict.name().to_string(),
        r.points.to_string(),
        r.late.to_string(),
        r.elapsed_ms.to_string(),
        r.answered_at_ms.to_string(),
    ]
}

/// Creates `drill-STAMP.csv` and `.json`, or `drill-STAMP-2.*`, `-3.*`… when a drill started in
/// the same second holds them. Each file is created with O_EXCL (`create_new`), so two drills
/// racing for a name cannot both get it, and the first class's results are never overwritten.
fn reserve(dir: &Path, stamp: &str) -> anyhow::Result<(PathBuf, PathBuf)> {
    for n in 1..=MAX_SAME_SECOND {
        let stem = if n == 1 {
            format!("drill-{stamp}")
        } else {
            format!("drill-{stamp}-{n}")
        };
        let csv = dir.join(format!("{stem}.csv"));
        let json = dir.join(format!("{stem}.json"));
        if !claim(&csv)? {
            continue;
        }
        if claim(&json)? {
            return Ok((csv, json));
        }
        // A stray JSON of that name: give the CSV back and try the next name.
        let _ = std::fs::remove_file(&csv);
    }
    anyhow::bail!(
        "{MAX_SAME_SECOND} drills' results already start with drill-{stamp} in {}: move some away",
        dir.display()
    )
}

/// Creates `path` if no file has that name; false when one has.
fn claim(path: &Path) -> anyhow::Result<bool> {
    match OpenOptions::new().write(true).create_new(true).open(path) {
        Ok(_) => Ok(true),
        Err(e) if e.kind() == ErrorKind::AlreadyExists => Ok(false),
        Err(e) => Err(e).with_context(|| format!("cannot create {}", path.display())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_answer_is_added_to_both_files_which_stay_whole() {
        let dir = tempfile::tempdir().unwrap();
        let mut r = Results::create(dir.path(), 1_790_000_000_000).unwrap();
        let answer = |k: usize| DrillAnswer {
            round: k,
            seat: "=cmd".into(),
            player: "Ana \u{1b}[2J".into(),
            card: crate::card::CardId(format!("d:f:{k}")),
            deck: "d".into(),
            format: crate::question::Format::Typed,
            question: "How many, \"really\"?\nSay".into(),
            expected: "12".into(),
            given: "1,2".into(),
            verdict: crate::grade::Verdict::Wrong,
            points: 0,
            late: false,
            elapsed_ms: 5,
            answered_at_ms: 6,
        };
        for k in 1..=3 {
            r.write(&answer(k)).unwrap();
            r.sync().unwrap();
            let doc: serde_json::Value =
                serde_json::from_str(&std::fs::read_to_string(&r.json).unwrap()).unwrap();
            let rows = doc["answers"].as_array().unwrap();
            assert_eq!(rows.len(), k, "the JSON is whole after each answer");
            assert_eq!(rows[k - 1]["round"], k);
            let csv = std::fs::read_to_string(&r.csv).unwrap();
            let mut reader = csv::Reader::from_reader(csv.as_bytes());
            let cells: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
            assert_eq!(cells.len(), k, "one CSV row per answer");
            assert_eq!(&cells[k - 1][1], "'=cmd", "a formula is neutralized");
            assert!(!csv.contains('\u{1b}'), "no escape in the CSV");
        }
    }

    #[test]
    fn drills_in_the_same_second_get_their_own_files() {
        let dir = tempfile::tempdir().unwrap();
        let now = 1_790_000_000_123;
        let first = Results::create(dir.path(), now).unwrap();
        let second = Results::create(dir.path(), now + 500).unwrap();
        // A stray JSON where the third pair would go: that name is skipped whole.
        let stamp = crate::clock::utc_stamp(now);
        std::fs::write(dir.path().join(format!("drill-{stamp}-3.json")), "theirs").unwrap();
        let third = Results::create(dir.path(), now).unwrap();
        let name = |p: &Path| p.file_name().unwrap().to_string_lossy().into_owned();
        let cases = [
            (
                &first,
                format!("drill-{stamp}"),
                "the documented name first",
            ),
            (&second, format!("drill-{stamp}-2"), "then a suffix"),
            (
                &third,
                format!("drill-{stamp}-4"),
                "a half-taken name is skipped",
            ),
        ];
        for (r, stem, why) in cases {
            assert_eq!(name(&r.csv), format!("{stem}.csv"), "{why}");
            assert_eq!(name(&r.json), format!("{stem}.json"), "{why}");
            let csv = std::fs::read_to_string(&r.csv).unwrap();
            assert!(
                csv.starts_with("round,seat,player,"),
                "{why}: header written"
            );
            let json = std::fs::read_to_string(&r.json).unwrap();
            assert_eq!(
                serde_json::from_str::<serde_json::Value>(&json).unwrap()["answers"],
                serde_json::json!([]),
                "{why}"
            );
        }
        let stray = dir.path().join(format!("drill-{stamp}-3.json"));
        assert_eq!(
            std::fs::read_to_string(stray).unwrap(),
            "theirs",
            "never ours to write"
        );
        assert!(!dir.path().join(format!("drill-{stamp}-3.csv")).exists());
    }
}
