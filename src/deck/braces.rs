//! `{...}` marks in a fact: "The treaty was signed on {April 4, 1949}."

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
    for (col, c) in text.chars().enumerate().map(|(k, c)| (k + 1, c)) {
        match (c, open) {
            ('{', None) => open = Some((plain.len(), col)),
            ('{', Some((_, at))) => {
                return Err((col, format!("a `{{` inside the answer opened at column {at}: braces cannot nest; close the first with `}}`")));
            }
            ('}', None) => {
                return Err((
                    col,
                    "a `}` with no `{` before it: remove it or add the opening `{`".into(),
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
            "a `{` that is never closed: add `}` after the answer".into(),
        ));
    }
    Ok(Marked { plain, spans })
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
        ];
        for (text, col, words) in cases {
            let (at, msg) = split_marks(text).unwrap_err();
            assert_eq!(at, col, "{text}");
            assert!(msg.contains(words), "{text}: {msg}");
        }
    }
}
