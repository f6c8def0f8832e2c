//! A cheap scan before parsing: libyaml's parser slows down quadratically on deeply nested
//! flow collections ("[[[[..."), taking seconds on 100,000 brackets before serde_yaml's own
//! depth limit (128) can refuse them. Decks never nest that deep, so refuse early.

/// Deeper flow nesting than this is refused before parsing.
pub const MAX_FLOW_DEPTH: usize = 128;

/// The 1-based line and column where flow nesting passes [`MAX_FLOW_DEPTH`], if it does.
///
/// Outside flow collections a `[` or `{` opens one only where a value starts (after `key: `,
/// `- ` or an `&anchor`/`!tag`), not inside a plain scalar: `fact: 0st [[[[...` is text,
/// and counting it refused a deck serde_yaml reads (found by the fuzzer in tests/fuzz.rs).
pub fn too_deep(src: &str) -> Option<(usize, usize)> {
    let mut depth = 0usize;
    let mut quote: Option<char> = None;
    let mut prev = ' ';
    let (mut line, mut col) = (1, 0);
    let mut comment = false;
    // In block context: inside a plain scalar, or inside an anchor, tag or alias token.
    let (mut plain, mut property) = (false, false);
    let (mut escaped, mut closed_single, mut prev_quote) = (false, false, None);
    for c in src.chars() {
        col += 1;
        if c == '\n' {
            (line, col, comment) = (line + 1, 0, false);
            (prev, plain, property) = (' ', false, false);
            continue;
        }
        let starts_value = depth > 0 || !plain && !property;
        match quote {
            // `\"` inside double quotes and `''` inside single quotes do not end them.
            Some('"') if escaped => escaped = false,
            Some('"') if c == '\\' => escaped = true,
            Some(q) if c == q => quote = None,
            Some(_) => {}
            None if c == '\'' && closed_single => quote = Some(c),
            None if comment => {}
            None if c == '#' && prev.is_whitespace() => comment = true,
            // A colon not followed by a space is text: `question: :& [[[` is a plain scalar
            // that begins with ":" (found by the fuzzer in tests/it/fuzz.rs).
            None if depth == 0 && prev == ':' && !c.is_whitespace() => plain = true,
            // A quote opens a quoted scalar only where a scalar starts, not in "NATO's".
            None if (c == '"' || c == '\'')
                && starts_value
                && matches!(prev, ' ' | '\t' | '[' | '{' | ',' | ':') =>
            {
                quote = Some(c)
            }
            None if (c == '[' || c == '{') && starts_value => {
                depth += 1;
                if depth > MAX_FLOW_DEPTH {
                    return Some((line, col));
                }
            }
            None if c == ']' || c == '}' => depth = depth.saturating_sub(1),
            None if depth > 0 => {}
            None if c.is_whitespace() => {
                property = false;
                // `key: ` and `- ` (or `? `) end what came before: a value starts next.
                if prev == ':' || (matches!(prev, '-' | '?') && !plain) {
                    plain = false;
                }
            }
            None if (c == '&' || c == '!' || c == '*') && !plain => property = true,
            None if c == ':' || property => {}
            None if matches!(c, '-' | '?') && !plain => {}
            None => plain = true,
        }
        closed_single = c == '\'' && prev_quote == Some('\'') && quote.is_none();
        prev_quote = quote;
        prev = c;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refuses_only_deep_flow_nesting() {
        assert_eq!(
            too_deep(&format!("a: {}", "[".repeat(200))),
            Some((1, 4 + MAX_FLOW_DEPTH))
        );
        assert_eq!(
            too_deep("tags: [a, b]\nfacts:\n  - Signed {April 4, 1949}.\n"),
            None
        );
        assert_eq!(
            too_deep(&format!("a: '{}'", "[".repeat(200))),
            None,
            "inside quotes"
        );
        assert_eq!(
            too_deep(&format!("a: 1 # {}", "[".repeat(200))),
            None,
            "inside a comment"
        );
        let deep = "[".repeat(200);
        // (text, refused at column, why)
        let cases = [
            (format!("- fact: 0st {deep}"), None, "inside a plain scalar"),
            (
                format!("- question: :& {deep}"),
                None,
                "a plain scalar that begins with a colon",
            ),
            (format!("- 12 {deep}"), None, "a plain item"),
            (
                format!("a: it's 'x' {deep}"),
                None,
                "quotes inside a plain scalar",
            ),
            (
                format!("- {deep}"),
                Some(3 + MAX_FLOW_DEPTH),
                "an item's value",
            ),
            (
                format!("a: &x {deep}"),
                Some(7 + MAX_FLOW_DEPTH),
                "after an anchor",
            ),
            (
                format!("a: !!seq {deep}"),
                Some(10 + MAX_FLOW_DEPTH),
                "after a tag",
            ),
            (
                format!("a: [b {deep}"),
                Some(7 + MAX_FLOW_DEPTH - 1),
                "inside a flow list",
            ),
            (
                format!("a:\n  {deep}"),
                Some(3 + MAX_FLOW_DEPTH),
                "on the next line",
            ),
            (
                format!("a: [\"\\\" {deep}\"]"),
                None,
                "an escaped double quote",
            ),
            (
                format!("a: ['it''s {deep}']"),
                None,
                "an escaped single quote",
            ),
        ];
        for (text, col, why) in cases {
            assert_eq!(too_deep(&text).map(|(_, c)| c), col, "{why}");
        }
    }
}
