//! The one place where YAML is read: bytes in, a typed and validated [`Deck`] out.

use super::braces::split_marks;
use super::guard::too_deep;
use super::locate::{fact_lines, key_line};
use super::model::{Deck, Diagnostic, Fact, FactBody, Tolerance};
use serde::de::{self, Deserializer, MapAccess, Visitor};
use serde::Deserialize;
use std::collections::HashMap;
use std::fmt;

/// The largest deck file read, checked before parsing (serde_yaml has no limit of its own).
pub const MAX_DECK_BYTES: usize = 16 * 1024 * 1024;

/// The outcome of reading a deck: the deck when it is valid, and what was found wrong.
#[derive(Debug, Clone, Default)]
pub struct Parsed {
    /// The deck, when there are no errors.
    pub deck: Option<Deck>,
    /// Problems that make the deck unusable.
    pub errors: Vec<Diagnostic>,
    /// Problems worth fixing that do not stop play.
    pub warnings: Vec<Diagnostic>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawDeck {
    title: Option<Scalar>,
    id: Option<Scalar>,
    description: Option<Scalar>,
    source: Option<Scalar>,
    tags: Option<Vec<Scalar>>,
    as_of: Option<Scalar>,
    subject: Option<Scalar>,
    facts: Option<Vec<RawItem>>,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct RawFields {
    fact: Option<Scalar>,
    question: Option<Scalar>,
    answer: Option<Scalar>,
    accept: Option<Vec<Scalar>>,
    distractors: Option<Vec<Scalar>>,
    id: Option<Scalar>,
    topic: Option<Scalar>,
    hint: Option<Scalar>,
    note: Option<Scalar>,
    source: Option<Scalar>,
    tolerance: Option<Scalar>,
}

/// A fact written as a bare string, or as a map of fields.
enum RawItem {
    Text(String),
    Fields(Box<RawFields>),
}

/// A YAML scalar read as text: `answer: 1969` is the text "1969".
struct Scalar(String);

impl<'de> Deserialize<'de> for Scalar {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl Visitor<'_> for V {
            type Value = Scalar;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("text, a number or true/false")
            }
            fn visit_str<E: de::Error>(self, s: &str) -> Result<Scalar, E> {
                Ok(Scalar(s.to_string()))
            }
            fn visit_i64<E: de::Error>(self, n: i64) -> Result<Scalar, E> {
                Ok(Scalar(n.to_string()))
            }
            fn visit_u64<E: de::Error>(self, n: u64) -> Result<Scalar, E> {
                Ok(Scalar(n.to_string()))
            }
            fn visit_f64<E: de::Error>(self, n: f64) -> Result<Scalar, E> {
                Ok(Scalar(n.to_string()))
            }
            fn visit_bool<E: de::Error>(self, b: bool) -> Result<Scalar, E> {
                Ok(Scalar(b.to_string()))
            }
        }
        d.deserialize_any(V)
    }
}

impl<'de> Deserialize<'de> for RawItem {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = RawItem;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a fact sentence, or a map with `fact:` (or `question:` and `answer:`)")
            }
            fn visit_str<E: de::Error>(self, s: &str) -> Result<RawItem, E> {
                Ok(RawItem::Text(s.to_string()))
            }
            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<RawItem, A::Error> {
                let fields = RawFields::deserialize(de::value::MapAccessDeserializer::new(map))?;
                Ok(RawItem::Fields(Box::new(fields)))
            }
        }
        d.deserialize_any(V)
    }
}

/// Reads and validates a deck from the bytes of a file; `default_id` is used without `id:`.
pub fn parse(bytes: &[u8], default_id: &str) -> Parsed {
    let mut out = Parsed::default();
    if bytes.len() > MAX_DECK_BYTES {
        let msg = format!(
            "the file is {} MiB; decks may be at most 16 MiB: split it into several decks",
            bytes.len() >> 20
        );
        out.errors.push(Diagnostic::new(1, 1, msg));
        return out;
    }
    let src = match std::str::from_utf8(bytes) {
        // Editors on Windows start UTF-8 files with a byte-order mark, which serde_yaml reads
        // as the start of a second document (issue 9, point 11). Editors do not count it as a
        // column either, so dropping it keeps line and column numbers as the user sees them.
        Ok(s) => s.strip_prefix('\u{feff}').unwrap_or(s),
        Err(e) => {
            out.errors.push(utf8_error(bytes, e.valid_up_to()));
            return out;
        }
    };
    if src
        .lines()
        .all(|l| l.trim().is_empty() || l.trim_start().starts_with('#'))
    {
        out.errors.push(Diagnostic::new(
            1,
            1,
            "the file is empty: a deck needs `title:` and a list of `facts:`",
        ));
        return out;
    }
    if let Some((line, column)) = too_deep(src) {
        let msg = "the YAML is nested too deeply: a deck needs only a map with a list of facts";
        out.errors.push(Diagnostic::new(line, column, msg));
        return out;
    }
    match serde_yaml::from_str::<RawDeck>(src) {
        Ok(raw) => out.deck = validate(raw, src, default_id, &mut out.errors, &mut out.warnings),
        Err(e) => out.errors.push(yaml_error(&e)),
    }
    if !out.errors.is_empty() {
        out.deck = None;
    }
    out
}

fn utf8_error(bytes: &[u8], valid: usize) -> Diagnostic {
    let before = &bytes[..valid];
    let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
    let line_start = before
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(0, |p| p + 1);
    let column = String::from_utf8_lossy(&before[line_start..])
        .chars()
        .count()
        + 1;
    Diagnostic::new(
        line,
        column,
        "the file is not valid UTF-8 text: save it as UTF-8",
    )
}

fn yaml_error(e: &serde_yaml::Error) -> Diagnostic {
    let (line, column) = e.location().map_or((1, 1), |l| (l.line(), l.column()));
    let raw = e.to_string();
    // serde_yaml appends " at line L column C"; the diagnostic carries the place itself.
    let text = raw.split(" at line ").next().unwrap_or(&raw).to_string();
    let message = if text.contains("expected struct RawDeck") {
        "a deck must be a YAML map with `title:` and `facts:` keys (to make one from text or Markdown, run `factdrill import FILE`)".to_string()
    } else if let Some(fix) = unknown_key_hint(&text) {
        fix
    } else if let Some(fix) = list_hint(&text) {
        fix
    } else if text.contains("mapping values are not allowed") {
        "a `: ` inside a value reads as a new key: put the whole text in double quotes (`fact: \"The ratio was 3: 1.\"`)".to_string()
    } else if text.contains("cannot start any token") {
        "this value starts with a character YAML reserves (such as `@`, `` ` `` or `%`): put the whole text in double quotes".to_string()
    } else if text.contains("recursion limit") {
        "the YAML is nested too deeply: a deck needs only a map with a list of facts".to_string()
    } else if text.contains("repetition limit") {
        "the YAML expands aliases too many times: remove the `&`/`*` aliases".to_string()
    } else {
        format!("invalid deck: {text}")
    };
    Diagnostic::new(line, column, message)
}

/// "facts[0].accept: invalid type: string \"x\", expected a sequence" → how to write a list.
/// Also "title: invalid type: sequence, expected text…" → that it takes one value.
fn list_hint(text: &str) -> Option<String> {
    let (path, _) = text.split_once(": invalid type")?;
    let key = path.rsplit('.').next().unwrap_or(path);
    let key = key.split('[').next().unwrap_or(key);
    if text.contains("expected a sequence") {
        Some(format!(
            "`{key}:` takes a list: write `{key}: [one, two]`, or one item per line starting with `- `"
        ))
    } else if text.contains("expected text, a number or true/false") {
        Some(format!(
            "`{key}:` takes one value (text or a number), not a list or a map: quote it if it holds `: ` or starts with `[`, `{{` or `-`"
        ))
    } else {
        None
    }
}

/// "unknown field `fatc`, expected one of `fact`, ..." → a sentence with a suggestion.
fn unknown_key_hint(text: &str) -> Option<String> {
    let rest = text.split("unknown field `").nth(1)?;
    let (key, expected) = rest.split_once('`')?;
    let options: Vec<&str> = expected.split('`').skip(1).step_by(2).collect();
    let best = options
        .iter()
        .map(|o| (strsim::damerau_levenshtein(key, o), *o))
        .filter(|(d, o)| *d <= 1.max(o.len() / 3) && *d < key.len())
        .min();
    let list = options.join(", ");
    Some(match best {
        Some((_, o)) => format!("unknown key `{key}`: did you mean `{o}`? (allowed here: {list})"),
        None => format!("unknown key `{key}`: allowed here are {list}"),
    })
}

fn text(s: Option<Scalar>) -> Option<String> {
    s.map(|s| s.0.trim().to_string()).filter(|s| !s.is_empty())
}

fn validate(
    raw: RawDeck,
    src: &str,
    default_id: &str,
    errors: &mut Vec<Diagnostic>,
    warnings: &mut Vec<Diagnostic>,
) -> Option<Deck> {
    let title = text(raw.title);
    if title.is_none() {
        errors.push(Diagnostic::new(
            key_line(src, "title"),
            1,
            "the deck has no `title`: add a line such as `title: NATO in 2018`",
        ));
    }
    let id = text(raw.id).unwrap_or_else(|| default_id.to_string());
    if !id
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
        || id.is_empty()
    {
        let msg = format!("the deck id `{id}` may use only letters, digits, `-` and `_`: for example `id: nato-2018`");
        errors.push(Diagnostic::new(key_line(src, "id"), 1, msg));
    }
    let as_of = text(raw.as_of).and_then(|t| {
        let year = t
            .split(|c: char| !c.is_ascii_digit())
            .find(|w| w.len() == 4)
            .and_then(|w| w.parse().ok());
        if year.is_none() {
            let msg = format!("`as_of: {t}` names no year: write the year the facts are as of, such as `as_of: 2018`");
            errors.push(Diagnostic::new(key_line(src, "as_of"), 1, msg));
        }
        year
    });
    let items = raw.facts.unwrap_or_default();
    if items.is_empty() {
        let msg = "the deck has no facts: add a `facts:` list with at least one fact sentence";
        errors.push(Diagnostic::new(key_line(src, "facts"), 1, msg));
    }
    let lines = fact_lines(src);
    let fallback = key_line(src, "facts");
    let mut seen: HashMap<String, usize> = HashMap::new();
    let mut facts = Vec::with_capacity(items.len());
    for (k, item) in items.into_iter().enumerate() {
        let line = lines.get(k).copied().unwrap_or(fallback);
        if let Some(fact) = fact(item, line, errors, warnings) {
            if let Some(fid) = &fact.id {
                if let Some(first) = seen.insert(fid.clone(), line) {
                    let msg = format!("the fact id `{fid}` is already used on line {first}: fact ids must be unique in a deck");
                    errors.push(Diagnostic::new(line, 1, msg));
                }
            }
            facts.push(fact);
        }
    }
    let tags = raw
        .tags
        .unwrap_or_default()
        .into_iter()
        .map(|t| t.0)
        .collect();
    Some(Deck {
        id,
        title: title?,
        description: text(raw.description),
        source: text(raw.source),
        tags,
        as_of,
        subject: text(raw.subject),
        facts,
    })
}

/// The non-empty texts of a list field.
fn texts(list: Option<Vec<Scalar>>) -> Vec<String> {
    list.unwrap_or_default()
        .into_iter()
        .filter_map(|a| text(Some(a)))
        .collect()
}

fn fact(
    item: RawItem,
    line: usize,
    errors: &mut Vec<Diagnostic>,
    warnings: &mut Vec<Diagnostic>,
) -> Option<Fact> {
    let f = match item {
        RawItem::Text(t) => RawFields {
            fact: Some(Scalar(t)),
            ..RawFields::default()
        },
        RawItem::Fields(f) => *f,
    };
    let mut err = |msg: String| errors.push(Diagnostic::new(line, 1, msg));
    let tolerance = match text(f.tolerance) {
        Some(t) => match Tolerance::parse(&t) {
            Some(tol) => Some(tol),
            None => {
                err(format!("`tolerance: {t}` is not a tolerance: write a number (`1`) or a percentage (`5%`)"));
                None
            }
        },
        None => None,
    };
    let body = match (text(f.fact), text(f.question), text(f.answer)) {
        (Some(_), Some(_), _) => {
            return {
                err(
                    "a fact has either `fact:` or `question:`, not both: split it into two facts"
                        .into(),
                );
                None
            }
        }
        (Some(sentence), None, answer) => {
            if answer.is_some() {
                err("`answer:` goes with `question:`; in a `fact:` mark the answer with braces: `{1949}`".into());
            }
            if f.distractors.is_some() {
                err("`distractors:` go with `question:`; the wrong options of a `fact:` are made from the deck".into());
            }
            if let Err((col, msg)) = split_marks(&sentence) {
                err(format!("in this fact, at character {col}: {msg}"));
            }
            FactBody::Sentence(sentence)
        }
        (None, Some(question), Some(answer)) => FactBody::Question {
            question,
            answer,
            accept: texts(f.accept),
            distractors: texts(f.distractors),
        },
        (None, Some(_), None) => {
            return {
                err("this question has no `answer:`: add one".into());
                None
            }
        }
        (None, None, _) => {
            err("this fact is empty: write a sentence, or `fact:` with a sentence, or `question:` and `answer:`".into());
            return None;
        }
    };
    if tolerance.is_some() && matches!(body, FactBody::Question { .. }) {
        warnings.push(Diagnostic::new(
            line,
            1,
            "`tolerance:` applies only to quantities in a `fact:`; it is ignored here",
        ));
    }
    Some(Fact {
        id: text(f.id),
        body,
        topic: text(f.topic),
        hint: text(f.hint),
        note: text(f.note),
        source: text(f.source),
        tolerance,
        line,
    })
}
