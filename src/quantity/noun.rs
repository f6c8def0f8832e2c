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
    // Irregular past tenses, which "-ed" does not catch: "the first 747 came out of the
    // plant" counts no "came" (issue 10, round 13: the model asked as a count).
    "came",
    "went",
    "became",
    "began",
    "flew",
    "ran",
    "won",
    "fell",
    "rose",
    "grew",
    "kept",
    "held",
    "stood",
    "brought",
    "built",
    "sold",
    "led",
    "lost",
    "paid",
    "said",
    "sent",
    "spent",
    "told",
    "wrote",
    "gave",
    "got",
    "sank",
    "broke",
    "chose",
    "drove",
    "struck",
    "fought",
    "caught",
    "bought",
    "knew",
    "threw",
];

/// Plurals that do not end in "s" but end a noun phrase as "members" does.
const IRREGULAR_PLURALS: &[&str] = &[
    "people",
    "children",
    "men",
    "women",
    "police",
    "staff",
    "personnel",
    "cattle",
    "feet",
    "teeth",
    "mice",
    "geese",
    "sheep",
    "fish",
    "deer",
    "aircraft",
    "crew",
];

/// Whether a lower-case word reads as a plural noun ("members", "titles"; not "class").
pub(crate) fn plural_word(lower: &str) -> bool {
    lower.len() > 3 && lower.ends_with('s') && !lower.ends_with("ss")
}

/// Up to three words of noun phrase directly after token `end` (exclusive index).
pub fn counted_noun(toks: &[Token], end: usize) -> Option<String> {
    let mut words = Vec::new();
    let mut plural_head = false;
    let mut last = end;
    for (k, tok) in toks.iter().enumerate().skip(end).take(3) {
        let lower = tok.lower();
        // After the first word, one in "-ed" is a verb ("650 million people watched"); as
        // the first it is an adjective ("12 armed groups").
        let verb = !words.is_empty() && lower.len() > 3 && lower.ends_with("ed");
        if tok.kind != TokKind::Word || STOP.contains(&lower.as_str()) || verb {
            break;
        }
        words.push(tok.text);
        last = k;
        // A plural noun usually ends the phrase ("members", "troops", "people").
        if plural_word(&lower) || IRREGULAR_PLURALS.contains(&lower.as_str()) {
            plural_head = true;
            break;
        }
    }
    // "4 multinational, battalion-sized groups": an adjective before a comma starts a list of
    // adjectives, whose noun is too far to tell ("the 15th century, when" keeps "century").
    let comma_next = toks.get(last + 1).is_some_and(|t| t.is_sym(','));
    let adjective = words.last().is_some_and(|w| {
        let w = w.to_lowercase();
        [
            "al", "ive", "ous", "ic", "ful", "ary", "less", "able", "ible", "ish", "ed",
        ]
        .iter()
        .any(|end| w.len() > end.len() + 2 && w.ends_with(end))
    });
    if words.is_empty() || !plural_head && comma_next && adjective {
        return None;
    }
    if !plural_head {
        if let Some(head) = shared_head(toks, last + 1) {
            words.push(head);
        }
    }
    Some(words.join(" "))
}

/// The plural noun a coordinated figure at token `at` shares: "three Olympic and four World
/// titles" counts Olympic titles ("How many Olympic?" was rated B in round 32).
fn shared_head<'a>(toks: &[Token<'a>], at: usize) -> Option<&'a str> {
    let conj = toks.get(at)?.lower();
    let number = toks.get(at + 1)?;
    let numeric = number.kind == TokKind::Num
        || number.kind == TokKind::Word && super::words::small_number(&number.lower()).is_some();
    if !matches!(conj.as_str(), "and" | "or") || !numeric {
        return None;
    }
    // The head, with at most one modifier before it: "four World titles".
    for tok in toks.iter().skip(at + 2).take(2) {
        let lower = tok.lower();
        if tok.kind != TokKind::Word || STOP.contains(&lower.as_str()) {
            return None;
        }
        if plural_word(&lower) {
            return Some(tok.text);
        }
    }
    None
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
            ("650 people watched the landing", Some("people")),
            ("1,500 people died", Some("people")),
            ("12 armed groups fought", Some("armed groups")),
            ("3 children ran", Some("children")),
            ("4 crew landed", Some("crew")),
            ("4 multinational, battalion-sized groups", None),
            ("3 centuries, the press", Some("centuries")),
            ("3 century, the press", Some("century")),
            ("29 member states, and 40 partners", Some("member states")),
            ("3 of them", None),
            (
                "three Olympic and four World titles",
                Some("Olympic titles"),
            ),
            ("3 gold and 2 silver medals", Some("gold medals")),
            ("3 goals and 2 assists", Some("goals")),
            ("three Olympic and four World", Some("Olympic")),
        ];
        for (text, want) in cases {
            let toks = tokenize(text);
            assert_eq!(counted_noun(&toks, 1).as_deref(), *want, "{text}");
        }
    }
}
