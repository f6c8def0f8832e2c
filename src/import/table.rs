//! Question/answer tables: CSV or TSV rows of question, answer and optional accepted
//! alternatives separated by `|`, as spreadsheets and flashcard programs export them. A header
//! row may name further columns: wrong options for multiple choice (`distractors`).

use super::text::strip_markup;
use super::{slug, Fact, Ids, Imported};

/// A table that cannot be read.
#[derive(Debug, thiserror::Error)]
pub enum TableError {
    /// The CSV parser refused a row.
    #[error("row {row}: {message}")]
    Row {
        /// 1-based row.
        row: u64,
        /// What is wrong.
        message: String,
    },
    /// Nothing usable.
    #[error("no row has both a question and an answer: write one question per row, the answer in the next column")]
    Empty,
}

fn is_header(row: &[String]) -> bool {
    let q = row
        .first()
        .map(|s| s.trim().to_lowercase())
        .unwrap_or_default();
    let a = row
        .get(1)
        .map(|s| s.trim().to_lowercase())
        .unwrap_or_default();
    matches!(
        q.as_str(),
        "question" | "questions" | "q" | "front" | "prompt" | "term"
    ) && matches!(
        a.as_str(),
        "answer" | "answers" | "a" | "back" | "definition"
    )
}

/// Where the optional columns are: the third holds accepted answers unless a header says
/// otherwise; wrong options only come from a column a header names.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Columns {
    accept: Option<usize>,
    distractors: Option<usize>,
}

impl Columns {
    const UNNAMED: Columns = Columns {
        accept: Some(2),
        distractors: None,
    };

    fn named(header: &[String]) -> Columns {
        let find = |names: &[&str]| {
            header
                .iter()
                .position(|h| names.contains(&h.trim().to_lowercase().as_str()))
        };
        Columns {
            accept: find(&["accept", "accepted", "alternatives", "also"]),
            distractors: find(&["distractors", "wrong", "wrong answers", "wrong options"]),
        }
    }
}

/// The `|`-separated items of an optional column.
fn items(row: &[String], column: Option<usize>) -> Vec<String> {
    column
        .and_then(|c| row.get(c))
        .map(|a| a.split('|').map(clean).filter(|s| !s.is_empty()).collect())
        .unwrap_or_default()
}

fn clean(cell: &str) -> String {
    let text = strip_markup(
        &cell
            .replace("<br>", " ")
            .replace("&nbsp;", " ")
            .replace("&amp;", "&"),
    );
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A deck from a table; `delimiter` is `b','` or `b'\t'`.
pub fn from_table(
    data: &[u8],
    delimiter: u8,
    title: &str,
    source: Option<&str>,
) -> Result<Imported, TableError> {
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .has_headers(false)
        .flexible(true)
        .comment(Some(b'#'))
        .from_reader(data);
    let mut facts = Vec::new();
    let mut ids = Ids::default();
    let mut left_out = Vec::new();
    let mut columns = Columns::UNNAMED;
    for (k, record) in reader.records().enumerate() {
        let record = record.map_err(|e| TableError::Row {
            row: e.position().map_or(k as u64 + 1, |p| p.line()),
            message: e.to_string(),
        })?;
        let row: Vec<String> = record.iter().map(super::repair).collect();
        if k == 0 && is_header(&row) {
            columns = Columns::named(&row);
            continue;
        }
        let (question, answer) = (
            clean(row.first().map_or("", |s| s)),
            clean(row.get(1).map_or("", |s| s)),
        );
        if question.is_empty() || answer.is_empty() {
            left_out.push(super::LeftOut::Incomplete);
            continue;
        }
        let (accept, distractors) = (
            items(&row, columns.accept),
            items(&row, columns.distractors),
        );
        // Longer lists than a question may have would make a deck `check` refuses.
        if accept.len().max(distractors.len()) > crate::limits::MAX_LIST {
            left_out.push(super::LeftOut::TooMany);
            continue;
        }
        let id = ids.unique(slug(&question, 5));
        facts.push(Fact::Question {
            id,
            question,
            answer,
            accept,
            distractors,
        });
    }
    if facts.is_empty() {
        return Err(TableError::Empty);
    }
    Ok(Imported {
        id: slug(title, 6),
        title: title.to_string(),
        source: source.map(str::to_string),
        as_of: None,
        subject: None,
        facts,
        left_out,
        set_aside: Vec::new(),
    })
}
