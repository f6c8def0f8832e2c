//! Plain text and Markdown into fact sentences: headings and capitalised lead-ins become
//! topics, bullets and inline markup go, paragraphs split into sentences.

use super::clean::{
    is_infobox, is_table_row, join_split_decimals, join_split_powers, strip_citations,
    strip_definition_term, LeftOut,
};
use crate::sentences::split as sentences;

/// A sentence with the topic it falls under.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sentence {
    /// The heading or lead-in above it.
    pub topic: Option<String>,
    /// The sentence.
    pub text: String,
}

/// What a document holds: its sentences, and its first heading.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Document {
    /// The first Markdown heading, a title candidate.
    pub heading: Option<String>,
    /// Every sentence, in order.
    pub sentences: Vec<Sentence>,
    /// Lines that are no sentences (table rows), left out.
    pub left_out: Vec<LeftOut>,
    /// Infobox and table rows, as cleaned: some become facts once the subject is known.
    pub rows: Vec<String>,
    /// What a `Source:` line names (where a page was copied from): the deck's source.
    pub source: Option<String>,
}

/// Splits a document into sentences with their topics.
pub fn read(text: &str) -> Document {
    let mut doc = Document::default();
    let mut topic: Option<String> = None;
    let mut paragraph = String::new();
    let flush = |paragraph: &mut String, topic: &mut Option<String>, doc: &mut Document| {
        // A short line standing alone, with no sentence's end and no figure ("Bulk
        // parameters", "Statistics"), heads what follows, as a Markdown heading would.
        let alone = paragraph.trim();
        if is_label(alone) {
            *topic = Some(alone.trim_end_matches(':').trim_end().to_string());
            paragraph.clear();
            return;
        }
        for s in sentences(&strip_markup(paragraph)) {
            doc.sentences.push(Sentence {
                topic: topic.clone(),
                text: as_statement(&s),
            });
        }
        paragraph.clear();
    };
    let lines: Vec<String> = text
        .lines()
        .map(|raw| {
            let line = strip_citations(raw);
            join_split_powers(&join_split_decimals(strip_definition_term(line.trim())))
        })
        .collect();
    let lines = join_definition_values(lines);
    let infobox = infobox_lines(&lines);
    for (k, line) in lines.iter().enumerate() {
        let line = line.as_str();
        if line.is_empty() {
            flush(&mut paragraph, &mut topic, &mut doc);
            continue;
        }
        if infobox[k] {
            flush(&mut paragraph, &mut topic, &mut doc);
            doc.rows.push(line.to_string());
            continue;
        }
        if let Some(named) = source_line(line) {
            // Where the text came from: its figures are not facts to drill.
            flush(&mut paragraph, &mut topic, &mut doc);
            doc.source.get_or_insert_with(|| named.to_string());
            continue;
        }
        if let Some(heading) = heading(line) {
            flush(&mut paragraph, &mut topic, &mut doc);
            doc.heading.get_or_insert_with(|| heading.clone());
            topic = Some(heading);
            continue;
        }
        let (bullet, line) = strip_bullet(line);
        if is_table_row(line) {
            // "Land use" over "Arable land: 1.21%": a label heading the rows is one of
            // them too, naming the group they belong to.
            // "; Freshwater withdrawal (…)", a wiki definition term, heads them the same way.
            let label = paragraph.trim().trim_start_matches(';').trim_start();
            if is_label(label) {
                doc.rows.push(label.to_string());
            }
            flush(&mut paragraph, &mut topic, &mut doc);
            doc.rows.push(line.to_string());
            continue;
        }
        // List items written without bullets end in ":" or ";" (or "; and").
        let tail = paragraph.trim_end();
        let ends_unit =
            tail.ends_with([':', ';']) || tail.ends_with("; and") || tail.ends_with("; or");
        if bullet || ends_unit {
            flush(&mut paragraph, &mut topic, &mut doc);
        }
        let line = match lead_in(line) {
            Some((lead, rest)) => {
                flush(&mut paragraph, &mut topic, &mut doc);
                topic = Some(lead);
                rest
            }
            None => line,
        };
        paragraph.push(' ');
        paragraph.push_str(line);
    }
    flush(&mut paragraph, &mut topic, &mut doc);
    doc
}

/// Which lines belong to an infobox block (see [`is_infobox`]). A block is a run of lines
/// between blank lines; one holding a heading, a `Source:` line or a bullet is no infobox,
/// and a line of one that ends a sentence is kept as prose.
fn infobox_lines(lines: &[String]) -> Vec<bool> {
    let mut out = vec![false; lines.len()];
    let mut start = 0;
    for end in 0..=lines.len() {
        if end < lines.len() && !lines[end].is_empty() {
            continue;
        }
        let block: Vec<&str> = lines[start..end].iter().map(String::as_str).collect();
        let plain = block
            .iter()
            .all(|l| heading(l).is_none() && source_line(l).is_none() && !strip_bullet(l).0);
        if plain && is_infobox(&block) {
            // A sentence among the rows stays ("; Coastline: Iceland has a coastline of
            // 4,970 km." under the Iceland page's "Area:").
            for (k, line) in block.iter().enumerate() {
                out[start + k] = !line.ends_with(['.', '!', '?']);
            }
        }
        start = end + 1;
    }
    out
}

/// The rest of a "Source: …" (or "Sources:") line.
fn source_line(line: &str) -> Option<&str> {
    let (label, rest) = line.split_once(':')?;
    matches!(label.trim().to_lowercase().as_str(), "source" | "sources")
        .then(|| rest.trim())
        .filter(|r| !r.is_empty())
}

/// Whether a paragraph is a label heading what follows: one short line without a figure
/// or a sentence's end.
fn is_label(paragraph: &str) -> bool {
    let words = paragraph.split_whitespace().count();
    // "Area:" labels what follows; "NATO deployed forces including:" leads a list.
    let lead = paragraph.ends_with(':') && words > 2;
    (1..=6).contains(&words)
        && !lead
        && paragraph.starts_with(|c: char| c.is_uppercase())
        && !paragraph.ends_with(['.', '!', '?', ',', ';'])
        && !paragraph.chars().any(|c| c.is_ascii_digit())
}

/// Words that announce a list and mean nothing once the list is a sentence of its own.
const LIST_LEADS: &[&str] = &[
    "including",
    "such as",
    "as follows",
    "the following",
    "namely",
];

/// A list's lead-in or item as a sentence: "…of our Allies including:" becomes "…of our
/// Allies." and "…4 Battle Groups; and" becomes "…4 Battle Groups.".
fn as_statement(sentence: &str) -> String {
    let mut s = sentence.trim_end();
    let mut cut = false;
    for end in ["; and", "; or", ";", ":"] {
        if let Some(rest) = s.strip_suffix(end) {
            s = rest.trim_end();
            cut = true;
            break;
        }
    }
    if !cut {
        return sentence.to_string();
    }
    for lead in LIST_LEADS {
        let lower = s.to_lowercase();
        if lower.ends_with(lead) && lower[..lower.len() - lead.len()].ends_with([' ', ',']) {
            s = s[..s.len() - lead.len()].trim_end_matches([' ', ',']);
            break;
        }
    }
    format!("{s}.")
}

/// A Markdown heading's text ("## Sharing the burden").
fn heading(line: &str) -> Option<String> {
    let rest = line.strip_prefix('#')?.trim_start_matches('#');
    rest.starts_with(' ')
        .then(|| {
            strip_markup(rest.trim())
                .trim_end_matches('#')
                .trim()
                .to_string()
        })
        .filter(|h| !h.is_empty())
}

/// A list bullet removed: "- ", "* ", "+ ", "• ", "1. ", "2) ".
fn strip_bullet(line: &str) -> (bool, &str) {
    for b in ["- ", "* ", "+ ", "• ", "– "] {
        if let Some(rest) = line.strip_prefix(b) {
            return (true, rest.trim_start());
        }
    }
    let digits = line.chars().take_while(char::is_ascii_digit).count();
    let after = &line[digits..];
    if digits > 0 && digits < 4 && (after.starts_with(". ") || after.starts_with(") ")) {
        return (true, after[2..].trim_start());
    }
    (false, line)
}

/// A capitalised lead-in ("SHARING THE BURDEN: President...") as a topic in sentence case.
fn lead_in(line: &str) -> Option<(String, &str)> {
    let (lead, rest) = line.split_once(':')?;
    let letters: Vec<char> = lead.chars().filter(|c| c.is_alphabetic()).collect();
    let caps = letters.len() >= 3
        && letters.iter().all(|c| c.is_uppercase())
        && lead.split_whitespace().count() <= 8;
    caps.then(|| (sentence_case(lead.trim()), rest.trim_start()))
}

/// "SHARING THE BURDEN" → "Sharing the burden"; "NATO" and other short words stay capitals.
fn sentence_case(caps: &str) -> String {
    let words: Vec<String> = caps
        .split_whitespace()
        .enumerate()
        .map(|(k, w)| {
            let lower = w.to_lowercase();
            match (k, w.chars().count()) {
                (_, 0..=4) if matches!(w, "NATO" | "UN" | "EU" | "US" | "USA" | "UK" | "ISIS") => {
                    w.to_string()
                }
                (0, _) => {
                    let mut c = lower.chars();
                    c.next()
                        .map_or(String::new(), |f| f.to_uppercase().chain(c).collect())
                }
                _ => lower,
            }
        })
        .collect();
    words.join(" ")
}

/// Inline Markdown and HTML removed: emphasis, code, links, images, tags.
pub fn strip_markup(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let chars: Vec<char> = text.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        match c {
            '!' if chars.get(i + 1) == Some(&'[') => i += 1,
            '[' => {
                // [text](url) keeps the text.
                if let Some(close) = chars[i..].iter().position(|&x| x == ']').map(|p| p + i) {
                    if chars.get(close + 1) == Some(&'(') {
                        if let Some(end) = chars[close..]
                            .iter()
                            .position(|&x| x == ')')
                            .map(|p| p + close)
                        {
                            out.extend(&chars[i + 1..close]);
                            i = end + 1;
                            continue;
                        }
                    }
                }
                out.push(c);
                i += 1;
            }
            '<' => match chars[i..].iter().position(|&x| x == '>') {
                Some(p)
                    if chars
                        .get(i + 1)
                        .is_some_and(|n| n.is_alphabetic() || *n == '/') =>
                {
                    i += p + 1
                }
                _ => {
                    out.push(c);
                    i += 1;
                }
            },
            '*' | '`' => i += 1,
            '_' if chars.get(i + 1) == Some(&'_')
                || i == 0
                || !chars[i - 1].is_alphanumeric()
                || chars.get(i + 1).is_none_or(|n| !n.is_alphanumeric()) =>
            {
                i += 1
            }
            _ => {
                out.push(c);
                i += 1;
            }
        }
    }
    out
}

/// A wiki definition term on its own line joined to the figure on the next: ";
/// Total renewable water resources" over " 170 km3 (2011)" is one row, "Total renewable
/// water resources: 170 km3 (2011)" (round 30 recall: the Iceland statistics were missed).
fn join_definition_values(lines: Vec<String>) -> Vec<String> {
    let mut out: Vec<String> = Vec::with_capacity(lines.len());
    let mut it = lines.into_iter().peekable();
    while let Some(line) = it.next() {
        let term = line
            .strip_prefix(';')
            .map(str::trim)
            .filter(|t| !t.is_empty() && !t.contains(':') && t.split_whitespace().count() <= 5);
        let value_next = it
            .peek()
            .is_some_and(|n| n.trim_start().starts_with(|c: char| c.is_ascii_digit()));
        match term {
            Some(term) if value_next => {
                let value = it.next().unwrap_or_default();
                out.push(format!("{term}: {}", value.trim()));
            }
            _ => out.push(line),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_definition_term_over_its_figure_is_one_row() {
        let lines = [
            "; Total renewable water resources",
            " 170 km3 (2011)",
            "; Natural hazards",
            "Volcanism",
        ]
        .map(String::from)
        .to_vec();
        assert_eq!(
            super::join_definition_values(lines),
            [
                "Total renewable water resources: 170 km3 (2011)",
                "; Natural hazards",
                "Volcanism"
            ]
        );
    }

    use super::*;

    #[test]
    fn topics_bullets_and_markup() {
        let text = "# Space facts\n\nSome **bold** text with [a link](http://x.org) and `code`.\n\nA LASTING COMMITMENT: The treaty had 12 members. It held.\n\n- First item with 3 things;\n- Second item.\n1. Numbered one.\n\n## Later\nLine one\ncontinues here.\n";
        let doc = read(text);
        assert_eq!(doc.heading.as_deref(), Some("Space facts"));
        let got: Vec<(Option<&str>, &str)> = doc
            .sentences
            .iter()
            .map(|s| (s.topic.as_deref(), s.text.as_str()))
            .collect();
        assert_eq!(
            got,
            [
                (Some("Space facts"), "Some bold text with a link and code."),
                (Some("A lasting commitment"), "The treaty had 12 members."),
                (Some("A lasting commitment"), "It held."),
                (Some("A lasting commitment"), "First item with 3 things."),
                (Some("A lasting commitment"), "Second item."),
                (Some("A lasting commitment"), "Numbered one."),
                (Some("Later"), "Line one continues here."),
            ]
        );
    }

    #[test]
    fn lines_after_a_colon_or_semicolon_start_anew() {
        let doc = read("NATO deployed forces including:\n\nAn enhanced presence of 4 groups; and\nA tailored presence in Romania.\n");
        let texts: Vec<&str> = doc.sentences.iter().map(|s| s.text.as_str()).collect();
        assert_eq!(
            texts,
            [
                "NATO deployed forces.",
                "An enhanced presence of 4 groups.",
                "A tailored presence in Romania."
            ]
        );
    }

    #[test]
    fn list_lead_ins_and_items_become_statements() {
        let cases = [
            (
                "It covers three regions, such as:",
                "It covers three regions.",
            ),
            ("The costs are as follows:", "The costs are."),
            ("Membership grew to 29; or", "Membership grew to 29."),
            ("It ends here.", "It ends here."),
            ("Note: 12 members", "Note: 12 members"),
        ];
        for (from, want) in cases {
            assert_eq!(as_statement(from), want, "{from}");
        }
    }

    #[test]
    fn markup_is_removed_but_words_stay() {
        let cases = [
            ("**bold** and *em*", "bold and em"),
            ("snake_case stays", "snake_case stays"),
            ("_em_ goes", "em goes"),
            ("<b>tag</b> gone", "tag gone"),
            ("a < b", "a < b"),
            ("![alt](img.png) text", "alt text"),
        ];
        for (input, want) in cases {
            assert_eq!(strip_markup(input), want, "{input}");
        }
    }
}
