//! Finds the line of each item of a deck's `facts:` list, so that errors found after parsing
//! (duplicate ids, unbalanced braces) can name a line. serde_yaml keeps no positions, so this
//! reads the block-style layout that decks use; a flow-style list falls back to its key's line.

/// The 1-based line of each item of the top-level `facts:` list, in order.
pub fn fact_lines(src: &str) -> Vec<usize> {
    let lines: Vec<&str> = src.lines().collect();
    let Some(key) = lines.iter().position(|l| l.starts_with("facts:")) else {
        return Vec::new();
    };
    let mut indent = None;
    let mut found = Vec::new();
    for (n, line) in lines.iter().enumerate().skip(key + 1) {
        let body = line.trim_start();
        if body.is_empty() || body.starts_with('#') {
            continue;
        }
        let depth = line.len() - body.len();
        let is_item = body == "-" || body.starts_with("- ");
        match indent {
            None if is_item => indent = Some(depth),
            Some(d) if depth == d && is_item => {}
            Some(d) if depth < d || depth == 0 && !is_item => break,
            _ => continue,
        }
        found.push(n + 1);
    }
    found
}

/// The 1-based line of a top-level key, or 1 when absent.
pub fn key_line(src: &str, key: &str) -> usize {
    let prefix = format!("{key}:");
    src.lines()
        .position(|l| l.starts_with(&prefix))
        .map_or(1, |n| n + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_item_lines() {
        let src = "title: T\nfacts:\n  # a comment\n  - one 1\n  - fact: |\n      - not an item\n    id: x\n\n  - three 3\ntags: [a]\n";
        assert_eq!(fact_lines(src), vec![4, 5, 9]);
    }

    #[test]
    fn handles_unindented_lists_and_flow_style() {
        assert_eq!(fact_lines("facts:\n- a 1\n- b 2\ntitle: x\n"), vec![2, 3]);
        assert!(fact_lines("facts: [a, b]\n").is_empty());
        assert_eq!(key_line("title: x\nfacts: [a]\n", "facts"), 2);
    }
}
