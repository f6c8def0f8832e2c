//! A cheap scan before parsing: libyaml's parser slows down quadratically on deeply nested
//! flow collections ("[[[[..."), taking seconds on 100,000 brackets before serde_yaml's own
//! depth limit (128) can refuse them. Decks never nest that deep, so refuse early.

/// Deeper flow nesting than this is refused before parsing.
pub const MAX_FLOW_DEPTH: usize = 128;

/// The 1-based line and column where flow nesting passes [`MAX_FLOW_DEPTH`], if it does.
pub fn too_deep(src: &str) -> Option<(usize, usize)> {
    let mut depth = 0usize;
    let mut quote: Option<char> = None;
    let mut prev = ' ';
    let (mut line, mut col) = (1, 0);
    let mut comment = false;
    for c in src.chars() {
        col += 1;
        if c == '\n' {
            (line, col, comment) = (line + 1, 0, false);
            prev = ' ';
            continue;
        }
        match quote {
            Some(q) if c == q => quote = None,
            Some(_) => {}
            None if comment => {}
            None if c == '#' && prev.is_whitespace() => comment = true,
            // A quote opens a quoted scalar only where a scalar starts, not in "NATO's".
            None if (c == '"' || c == '\'')
                && matches!(prev, ' ' | '\t' | '[' | '{' | ',' | ':') =>
            {
                quote = Some(c)
            }
            None if c == '[' || c == '{' => {
                depth += 1;
                if depth > MAX_FLOW_DEPTH {
                    return Some((line, col));
                }
            }
            None if c == ']' || c == '}' => depth = depth.saturating_sub(1),
            None => {}
        }
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
    }
}
