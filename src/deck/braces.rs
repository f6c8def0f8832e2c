//! `{...}` marks in a fact: "The treaty was signed on {April 4, 1949}." A literal brace is
//! written twice, as in Rust's `format!`: "The set {{1, 2}} has {2} members." (issue 9,
//! point 11: prose with braces, imported, must not read as marks).

use std::ops::Range;

/// A sentence with its braces removed and the byte ranges they marked in the plain text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Marked {
    /// The sentence without braces.
    pub plain: String,
    /// Ranges of `plain` that were inside braces.
    pub spans: Vec<Range<usize>>,
}

/// Removes braces from `text`; an error names the 1-based character column and the fix.
pub fn split_marks(text: &str) -> Result<Marked, (usize, String)> {
    let mut plain = String::with_capacity(text.len());
    let mut spans = Vec::new();
    let mut open: Option<(usize, usize)> = None;
    let mut chars = text.chars().enumerate().map(|(k, c)| (k + 1, c)).peekable();
    while let Some((col, c)) = chars.next() {
        // A doubled brace is a literal one, inside a mark or outside.
        if matches!(c, '{' | '}') && chars.next_if(|&(_, d)| d == c).is_some() {
            plain.push(c);
            continue;
        }
        match (c, open) {
            ('{', None) => open = Some((plain.len(), col)),
            ('{', Some((_, at))) => {
                return Err((col, format!("a `{{` inside the answer opened at column {at}: braces cannot nest; close the first with `}}` (write `{{{{` for a brace that is text)")));
            }
            ('}', None) => {
                return Err((
                    col,
                    "a `}` with no `{` before it: remove it, add the opening `{`, or write `}}` for a brace that is text".into(),
                ))
            }
            ('}', Some((start, at))) => {
                if plain[start..].trim().is_empty() {
                    return Err((
                        at,
                        "empty braces `{}`: put the answer inside them or remove them".into(),
                    ));
                }
                spans.push(start..plain.len());
                open = None;
            }
            _ => plain.push(c),
        }
    }
    if let Some((_, at)) = open {
        return Err((
            at,
            "a `{` that is never closed: add `}` after the answer, or write `{{` for a brace that is text".into(),
        ));
    }
    Ok(Marked { plain, spans })
}

/// Doubles every brace, so that `split_marks` reads the text back as it is, unmarked.
pub fn escape_braces(text: &str) -> String {
    text.replace('{', "{{").replace('}', "}}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn removes_marks_and_keeps_spans() {
        let m = split_marks("Signed on {April 4, 1949} by {12} members.").unwrap();
        assert_eq!(m.plain, "Signed on April 4, 1949 by 12 members.");
        let texts: Vec<_> = m.spans.iter().map(|r| &m.plain[r.clone()]).collect();
        assert_eq!(texts, ["April 4, 1949", "12"]);
    }

    #[test]
    fn reports_unbalanced_braces_with_columns() {
        let cases = [
            ("a {b", 3, "never closed"),
            ("a b}", 4, "no `{`"),
            ("{a {b}}", 4, "cannot nest"),
            ("x {} y", 3, "empty"),
            ("a {b}}", 3, "never closed"),
            ("{{a}", 4, "no `{`"),
        ];
        for (text, col, words) in cases {
            let (at, msg) = split_marks(text).unwrap_err();
            assert_eq!(at, col, "{text}");
            assert!(msg.contains(words), "{text}: {msg}");
        }
    }

    #[test]
    fn doubled_braces_are_text() {
        // (written, plain text, marked answers, why)
        let cases: &[(&str, &str, &[&str], &str)] = &[
            ("a {{b}} c", "a {b} c", &[], "a literal pair"),
            ("{{", "{", &[], "a lone open brace"),
            ("}}", "}", &[], "a lone close brace"),
            (
                "set {{1}} has {2}",
                "set {1} has 2",
                &["2"],
                "text and a mark",
            ),
            ("{a}}b}", "a}b", &["a}b"], "a literal brace inside a mark"),
            ("{{{a}", "{a", &["a"], "a literal brace, then a mark"),
        ];
        for (text, plain, marked, why) in cases {
            let m = split_marks(text).unwrap_or_else(|e| panic!("{why}: {e:?}"));
            assert_eq!(m.plain, *plain, "{why}");
            let got: Vec<_> = m.spans.iter().map(|r| &m.plain[r.clone()]).collect();
            assert_eq!(got, *marked, "{why}");
        }
    }

    #[test]
    fn escaped_text_reads_back_unmarked() {
        for text in ["{x}", "a } b { c", "}}{{", "{{}}", "no braces", "{}"] {
            let m = split_marks(&escape_braces(text)).unwrap();
            assert_eq!((m.plain.as_str(), m.spans.len()), (text, 0), "{text}");
        }
    }
}
