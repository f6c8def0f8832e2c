//! `check --fix`: adds an `id` to every fact that has none, editing only those facts' lines,
//! so comments and layout stay; the result is parsed again and kept only if it says the same.

use super::locate::fact_lines;
use super::model::{Deck, FactBody};
use super::parse::parse;
use super::{slug, Ids};

/// The deck text with ids added, and how many; `None` when the layout is not one this can
/// edit safely (flow-style lists, block scalars, multi-line items).
pub fn add_missing_ids(src: &str, deck: &Deck) -> Option<(String, usize)> {
    let items = fact_lines(src);
    if items.len() != deck.facts.len() {
        return None;
    }
    let mut lines: Vec<String> = src.lines().map(str::to_string).collect();
    let mut taken = Ids::taking(deck.facts.iter().filter_map(|f| f.id.clone()).collect());
    let mut added = 0;
    // From the last fact up, so that inserted lines do not move the ones still to edit.
    for (k, fact) in deck.facts.iter().enumerate().rev() {
        if fact.id.is_some() {
            continue;
        }
        let at = items[k] - 1;
        let line = lines.get(at)?.clone();
        let indent = line.len() - line.trim_start().len();
        let content = line
            .trim_start()
            .strip_prefix('-')?
            .trim_start()
            .to_string();
        let next_indent = lines.get(at + 1).map(|l| {
            if l.trim().is_empty() {
                0
            } else {
                l.len() - l.trim_start().len()
            }
        });
        let text = match &fact.body {
            FactBody::Sentence(s) => s,
            FactBody::Question { question, .. } => question,
        };
        let id = taken.unique(slug(text, 5));
        let pad = " ".repeat(indent + 2);
        let is_map = content.split_once(':').is_some_and(|(key, _)| {
            matches!(
                key.trim(),
                "fact"
                    | "question"
                    | "answer"
                    | "accept"
                    | "distractors"
                    | "topic"
                    | "hint"
                    | "note"
                    | "source"
                    | "tolerance"
            )
        });
        if content.ends_with('|')
            || content.ends_with('>')
            || content.ends_with("|-")
            || content.ends_with(">-")
        {
            return None;
        }
        if is_map {
            lines.insert(at + 1, format!("{pad}id: {id}"));
        } else {
            if next_indent.is_some_and(|n| n > indent) {
                return None; // A plain string that goes on over several lines.
            }
            lines[at] = format!("{}- fact: {content}", " ".repeat(indent));
            lines.insert(at + 1, format!("{pad}id: {id}"));
        }
        added += 1;
    }
    let mut out = lines.join("\n");
    if src.ends_with('\n') {
        out.push('\n');
    }
    let again = parse(out.as_bytes(), &deck.id).deck?;
    let same = again.facts.len() == deck.facts.len()
        && again
            .facts
            .iter()
            .zip(&deck.facts)
            .all(|(a, b)| a.body == b.body && a.id.is_some());
    same.then_some((out, added))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fixed(src: &str) -> Option<(String, usize)> {
        let deck = parse(src.as_bytes(), "d").deck.unwrap();
        add_missing_ids(src, &deck)
    }

    #[test]
    fn adds_ids_and_keeps_everything_else() {
        let src = "title: T # the title\nfacts:\n  # first\n  - NATO had 29 members in 2018.\n  - fact: It has 40 partners.\n    topic: P\n  - fact: Kept 12.\n    id: kept\n  - question: Capital?\n    answer: Paris\n";
        let (out, n) = fixed(src).unwrap();
        assert_eq!(n, 3);
        assert_eq!(
            out,
            "title: T # the title\nfacts:\n  # first\n  - fact: NATO had 29 members in 2018.\n    id: nato-had-29-members-in\n  - fact: It has 40 partners.\n    id: it-has-40-partners\n    topic: P\n  - fact: Kept 12.\n    id: kept\n  - question: Capital?\n    id: capital\n    answer: Paris\n"
        );
        let (again, none) = fixed(&out).unwrap();
        assert_eq!((again, none), (out, 0), "a second fix changes nothing");
    }

    #[test]
    fn refuses_layouts_it_cannot_edit_safely() {
        assert!(
            fixed("title: T\nfacts: [\"NATO had 29 members.\"]\n").is_none(),
            "flow style"
        );
        assert!(
            fixed("title: T\nfacts:\n  - fact: |\n      NATO had 29 members.\n").is_none(),
            "block scalar"
        );
        assert!(
            fixed("title: T\nfacts:\n  - NATO had 29\n    members in all.\n").is_none(),
            "multi-line plain item"
        );
    }
}
