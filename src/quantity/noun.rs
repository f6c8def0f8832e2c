//! Finds the noun a number counts: "12 founding members that signed" → "founding members".

use super::token::{TokKind, Token};

/// Words that end a noun phrase: verbs, prepositions, conjunctions, pronouns.
const STOP: &[&str] = &[
    "a",
    "an",
    "the",
    "and",
    "or",
    "but",
    "nor",
    "that",
    "which",
    "who",
    "whom",
    "whose",
    "to",
    "of",
    "in",
    "on",
    "at",
    "by",
    "for",
    "from",
    "with",
    "without",
    "into",
    "onto",
    "over",
    "under",
    "around",
    "across",
    "about",
    "after",
    "before",
    "since",
    "until",
    "during",
    "per",
    "than",
    "as",
    "is",
    "are",
    "was",
    "were",
    "be",
    "been",
    "being",
    "will",
    "would",
    "shall",
    "should",
    "can",
    "could",
    "may",
    "might",
    "must",
    "have",
    "has",
    "had",
    "do",
    "does",
    "did",
    "not",
    "alone",
    "each",
    "apiece",
    "ago",
    "later",
    "earlier",
    "more",
    "less",
    "fewer",
    "so",
    "then",
    "when",
    "while",
    "where",
    "if",
    "its",
    "their",
    "his",
    "her",
    "our",
    "your",
    "my",
    "it",
    "they",
    "we",
    "he",
    "she",
    "you",
    "i",
    "this",
    "these",
    "those",
    "there",
    "here",
    "out",
    "up",
    "down",
    "off",
    "away",
    "through",
    "between",
    "among",
    "against",
    "toward",
    "towards",
    "within",
    "along",
    "including",
    "such",
    "also",
    "only",
    "just",
    "still",
    "all",
    "both",
    "every",
    "signed",
    "joined",
    "took",
    "made",
    "make",
    "reached",
    "contribute",
    "contributed",
    "met",
    "spoke",
    "agreed",
];

/// Up to three words of noun phrase directly after token `end` (exclusive index).
pub fn counted_noun(toks: &[Token], end: usize) -> Option<String> {
    let mut words = Vec::new();
    for tok in toks.iter().skip(end).take(3) {
        if tok.kind != TokKind::Word || STOP.contains(&tok.lower().as_str()) {
            break;
        }
        words.push(tok.text);
        // A plural noun usually ends the phrase ("members", "troops").
        if tok.text.len() > 3 && tok.text.ends_with('s') && !tok.text.ends_with("ss") {
            break;
        }
    }
    (!words.is_empty()).then(|| words.join(" "))
}

#[cfg(test)]
mod tests {
    use super::super::token::tokenize;
    use super::*;

    #[test]
    fn finds_the_counted_noun() {
        let cases: &[(&str, Option<&str>)] = &[
            ("12 founding members that signed", Some("founding members")),
            ("29 member states and partnerships", Some("member states")),
            (
                "40 other countries around the globe",
                Some("other countries"),
            ),
            ("16,000 troops to NATO's mission", Some("troops")),
            ("15 Allies are on track", Some("Allies")),
            ("8 NATO Allies will reach", Some("NATO Allies")),
            ("12, and then", None),
            ("3 of them", None),
        ];
        for (text, want) in cases {
            let toks = tokenize(text);
            assert_eq!(counted_noun(&toks, 1).as_deref(), *want, "{text}");
        }
    }
}
