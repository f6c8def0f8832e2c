//! Splits prose into sentences without breaking at "U.S.", "Dr.", "No.", "e.g.", "Rs.",
//! initials or decimals: for importing text and for telling one sentence from several.

/// Words that end with a period without ending a sentence.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "no", "nos", "vs", "e.g", "i.e", "cf",
    "gen", "sen", "rep", "gov", "lt", "col", "capt", "sgt", "maj", "adm", "inc", "ltd", "co",
    "corp", "dept", "fig", "approx", "est", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec", "mt", "ft", "ave", "blvd", "pp", "vol", "ch", "art", "sec", "rs",
];

/// The word that ends just before byte `end` (letters and inner dots).
fn word_before(text: &str, end: usize) -> &str {
    let start = text[..end]
        .char_indices()
        .rev()
        .find(|&(_, c)| !(c.is_alphanumeric() || c == '.'))
        .map_or(0, |(p, c)| p + c.len_utf8()); // After the separator, however wide it is.
    &text[start..end]
}

/// Whether the period at byte `at` belongs to an abbreviation or an initial.
fn is_abbreviation(text: &str, at: usize) -> bool {
    let word = word_before(text, at);
    let lower = word.to_lowercase();
    // "at 11 a.m. The next day…": a time of day often ends a sentence; so does "212 °F.".
    let degrees = text[..at - word.len()].ends_with('°');
    // "…appeared around 10,000 B.C. The WHO…": an era after a year ends a sentence too.
    if matches!(lower.as_str(), "a.m" | "p.m" | "b.c" | "b.c.e") || degrees {
        return false;
    }
    let initial = word.chars().count() == 1 && word.chars().all(char::is_uppercase);
    initial || word.contains('.') || ABBREVIATIONS.contains(&lower.as_str())
}

/// The sentences of a paragraph, trimmed.
pub fn split(paragraph: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut start = 0;
    let chars: Vec<(usize, char)> = paragraph.char_indices().collect();
    for (k, &(at, c)) in chars.iter().enumerate() {
        if !matches!(c, '.' | '!' | '?') {
            continue;
        }
        // Closing quotes and brackets stay with their sentence.
        let mut j = k + 1;
        while chars
            .get(j)
            .is_some_and(|&(_, q)| matches!(q, '"' | '\'' | '”' | '’' | ')' | ']'))
        {
            j += 1;
        }
        let Some(&(space_at, space)) = chars.get(j) else {
            continue;
        };
        let next = chars.get(j + 1).map(|&(_, n)| n);
        let starts_sentence = next.is_some_and(|n| {
            n.is_uppercase() || n.is_ascii_digit() || matches!(n, '"' | '“' | '‘' | '\'')
        });
        if !space.is_whitespace() || !starts_sentence || c == '.' && is_abbreviation(paragraph, at)
        {
            continue;
        }
        push(&mut out, &paragraph[start..space_at]);
        start = space_at;
    }
    push(&mut out, &paragraph[start..]);
    out
}

fn push(out: &mut Vec<String>, piece: &str) {
    let clean = piece.split_whitespace().collect::<Vec<_>>().join(" ");
    if !clean.is_empty() {
        out.push(clean);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_where_sentences_end() {
        let cases: &[(&str, &[&str], &str)] = &[
            ("One. Two. Three.", &["One.", "Two.", "Three."], "plain"),
            (
                "The U.S. commitment is firm. It holds.",
                &["The U.S. commitment is firm.", "It holds."],
                "U.S.",
            ),
            (
                "Dr. Smith came. He left.",
                &["Dr. Smith came.", "He left."],
                "title",
            ),
            (
                "See No. 5 for details. Then stop.",
                &["See No. 5 for details.", "Then stop."],
                "No.",
            ),
            (
                "Use e.g. Rust here. Fine.",
                &["Use e.g. Rust here.", "Fine."],
                "e.g.",
            ),
            (
                "President Donald J. Trump spoke. Then left.",
                &["President Donald J. Trump spoke.", "Then left."],
                "initial",
            ),
            (
                "Water boils at 212 °F. It is hot.",
                &["Water boils at 212 °F.", "It is hot."],
                "a wide character before the last word",
            ),
            (
                "The war ended at 11 a.m. The peace began.",
                &["The war ended at 11 a.m.", "The peace began."],
                "a time of day ends a sentence",
            ),
            (
                "It appeared around 10,000 B.C. The WHO certified its end.",
                &[
                    "It appeared around 10,000 B.C.",
                    "The WHO certified its end.",
                ],
                "an era after a year ends a sentence",
            ),
            (
                "It rose 4.8 percent. Then fell.",
                &["It rose 4.8 percent.", "Then fell."],
                "decimal",
            ),
            (
                "\"It works.\" Then it did.",
                &["\"It works.\"", "Then it did."],
                "closing quote",
            ),
            (
                "Really? Yes! 12 came.",
                &["Really?", "Yes!", "12 came."],
                "question, exclamation, digit",
            ),
            (
                "\"Seven decades.\" – President Trump",
                &["\"Seven decades.\" – President Trump"],
                "attribution stays",
            ),
            (
                "Signed on Apr. 4, 1949. Done.",
                &["Signed on Apr. 4, 1949.", "Done."],
                "month abbreviation",
            ),
            ("no final stop", &["no final stop"], "no stop"),
        ];
        for (text, want, why) in cases {
            assert_eq!(split(text), *want, "{why}");
        }
    }
}
