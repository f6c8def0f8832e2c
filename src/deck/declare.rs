//! `add` stores a deck with its `id:` written in it, so that it keeps its id whatever its
//! library file is called. A key added by text can break valid YAML (issue 9, point 8: a flow
//! map, `id :`, a `%YAML` line, `---`, `"id":`, an empty `id:`), so every edit is parsed again
//! and kept only if it reads as the same deck with the id declared.

use super::model::{Deck, Fact};
use super::parse::parse;

/// The deck's text with its id declared, or `None` when no edit this knows reads back as the
/// same deck. A leading byte-order mark is dropped.
pub fn declare_id(src: &str, deck: &Deck) -> Option<String> {
    let src = src.strip_prefix('\u{feff}').unwrap_or(src);
    let edits = [
        Some(src.to_string()),
        fill_empty_key(src, &deck.id),
        insert_key(src, &deck.id),
    ];
    // Parsed with an empty default id, which is invalid, a text that does not name its id
    // itself fails; so this keeps only texts that declare it.
    edits
        .into_iter()
        .flatten()
        .find(|text| reads_as(text, "", deck))
}

/// Whether `text`, read with `default_id` for a missing `id:`, is `deck`: same id, title,
/// fields and facts (fact lines may differ, since an added key moves them).
pub fn reads_as(text: &str, default_id: &str, deck: &Deck) -> bool {
    let Some(again) = parse(text.as_bytes(), default_id).deck else {
        return false;
    };
    let unplaced = |facts: &[Fact]| -> Vec<Fact> {
        facts
            .iter()
            .map(|f| Fact {
                line: 0,
                ..f.clone()
            })
            .collect()
    };
    Deck {
        facts: unplaced(&again.facts),
        ..again
    } == Deck {
        facts: unplaced(&deck.facts),
        ..deck.clone()
    }
}

/// Puts the id into a top-level `id:` key that is there but empty (`id:`, `"id" :`).
fn fill_empty_key(src: &str, id: &str) -> Option<String> {
    let mut lines: Vec<&str> = src.lines().collect();
    let at = lines.iter().position(|l| {
        let Some((key, value)) = l.split_once(':') else {
            return false;
        };
        let value = value.trim();
        matches!(key.trim_end(), "id" | "\"id\"" | "'id'")
            && (value.is_empty() || value.starts_with('#'))
    })?;
    let line = format!("id: {id}");
    lines[at] = &line;
    Some(rejoin(&lines, src))
}

/// Adds `id:` as the first key of the top-level map, after any directives (`%YAML 1.2`),
/// comments and a `---` document start: a line of its own in a block map, the first entry
/// of a flow map (`{id: x, title: …}`).
fn insert_key(src: &str, id: &str) -> Option<String> {
    let mut offset = 0;
    for line in src.split_inclusive('\n') {
        let body = line.trim_start();
        let rest = body.strip_prefix("---").unwrap_or(body);
        let rest_trimmed = rest.trim_start();
        if rest_trimmed.is_empty() || rest_trimmed.starts_with('#') || body.starts_with('%') {
            offset += line.len();
            continue;
        }
        let start = offset + (line.len() - rest_trimmed.len());
        return Some(if rest_trimmed.starts_with('{') {
            format!("{}{{id: {id}, {}", &src[..start], &src[start + 1..])
        } else if rest.len() == body.len() {
            // A block map: the key goes on a line of its own, indented like the next.
            let indent = &line[..line.len() - body.len()];
            format!("{}id: {id}\n{indent}{}", &src[..start], &src[start..])
        } else {
            return None; // Content on the `---` line itself.
        });
    }
    None
}

fn rejoin(lines: &[&str], like: &str) -> String {
    let mut out = lines.join("\n");
    if like.ends_with('\n') {
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every layout must come back with the id declared and the same facts.
    #[test]
    fn declares_the_id_in_every_valid_layout() {
        let cases = [
            ("title: T\nfacts:\n  - It had 12.\n", "a plain block map"),
            ("{title: T, facts: [It had 12.]}\n", "a flow map"),
            (
                "id : mine\ntitle: T\nfacts: [It had 12.]\n",
                "`id :` with a space",
            ),
            (
                "%YAML 1.2\n---\ntitle: T\nfacts: [It had 12.]\n",
                "a %YAML line",
            ),
            ("---\ntitle: T\nfacts: [It had 12.]\n", "a document start"),
            (
                "\"id\": mine\ntitle: T\nfacts: [It had 12.]\n",
                "a quoted key",
            ),
            ("id:\ntitle: T\nfacts: [It had 12.]\n", "an empty id"),
            (
                "title: T\nid: # later\nfacts: [It had 12.]\n",
                "an empty id with a comment",
            ),
            (
                "# A deck\n\ntitle: T\nfacts: [It had 12.]\n",
                "comments first",
            ),
            (
                "--- # start\n{title: T, facts: [It had 12.]}\n",
                "---, then a flow map",
            ),
            ("  title: T\n  facts: [It had 12.]\n", "an indented map"),
            (
                "\u{feff}title: T\nfacts: [It had 12.]\n",
                "a byte-order mark",
            ),
        ];
        for (src, why) in cases {
            let deck = parse(src.as_bytes(), "mine").deck.unwrap_or_else(|| {
                panic!(
                    "{why}: the case must be a valid deck: {:?}",
                    parse(src.as_bytes(), "mine").errors
                )
            });
            let out = declare_id(src, &deck).unwrap_or_else(|| panic!("{why}: not declared"));
            let again = parse(out.as_bytes(), "").deck;
            assert_eq!(
                again.map(|d| d.id),
                Some("mine".to_string()),
                "{why}: {out}"
            );
            assert!(reads_as(&out, "other", &deck), "{why}: {out}");
        }
    }

    #[test]
    fn leaves_a_declared_id_as_it_is() {
        let src = "title: T # mine\nid: kept\nfacts: [It had 12.]\n";
        let deck = parse(src.as_bytes(), "stem").deck.unwrap();
        assert_eq!(declare_id(src, &deck).as_deref(), Some(src));
    }

    #[test]
    fn a_different_deck_does_not_read_as_the_same() {
        let deck = parse(b"title: T\nfacts: [It had 12.]\n", "d").deck.unwrap();
        let cases = [
            ("title: U\nfacts: [It had 12.]\n", "another title"),
            ("title: T\nfacts: [It had 13.]\n", "another fact"),
            ("title: T\nid: e\nfacts: [It had 12.]\n", "another id"),
            ("title: T\nfacts: [It had 12.\n", "no deck at all"),
        ];
        for (text, why) in cases {
            assert!(!reads_as(text, "d", &deck), "{why}");
        }
    }
}
