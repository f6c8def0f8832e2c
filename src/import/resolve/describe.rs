//! "the disease", "The country", "the ship's" named as the subject they describe (issue 10:
//! "…people caught the disease…" with smallpox not named, "Work on the ship began…" with the
//! Titanic not named were rated B). Only a noun of the subject's own kind, learnt from the
//! text (`Subject::kinds`), and only where nothing else of that kind is near.

use crate::import::frame::{capitalize, possessive};

/// Words that may follow "the disease" when it is the whole noun phrase: "the disease
/// killed", "the ship's", "the disease and…"; not "the final whistle", "the lake bed".
const FOLLOW: &[&str] = &[
    "is", "was", "has", "had", "were", "are", "can", "could", "will", "would", "may", "might",
    "did", "does", "began", "came", "sank", "ran", "lies", "lay", "sits", "stands", "took", "and",
    "but", "in", "at", "on", "to", "from", "for", "by", "with", "during", "after", "before",
    "until", "as", "when", "while", "itself", "–", "—",
];

/// Whether `word` (lower case, bare) is one of `kinds` or its plural.
fn of_kind(word: &str, kinds: &[&str]) -> bool {
    kinds.contains(&word) || word.strip_suffix('s').is_some_and(|w| kinds.contains(&w))
}

/// The words of `s` with their byte ranges, as written.
fn spans(s: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut at = 0;
    for w in s.split_inclusive(char::is_whitespace) {
        out.push((at, w.trim_end()));
        at += w.len();
    }
    out
}

/// `w` without punctuation around it, in lower case.
fn bare(w: &str) -> String {
    w.trim_matches(|c: char| !c.is_alphanumeric())
        .to_lowercase()
}

/// Whether `s` uses a noun of the kind other than as "the NOUN" ("a liner", "two ships",
/// "the other ship"): then another thing of that kind is about.
pub(super) fn kind_used_otherwise(s: &str, kinds: &[&str]) -> bool {
    let ws = spans(s);
    ws.iter().enumerate().any(|(k, (_, w))| {
        let noun = bare(w);
        let noun = noun.strip_suffix("'s").unwrap_or(&noun);
        let after_the = k > 0 && bare(ws[k - 1].1) == "the" && !noun.ends_with('s');
        of_kind(noun, kinds) && !after_the
    })
}

/// `sentence` with every "the NOUN" of `kinds` that is a whole noun phrase replaced by
/// `name` (as written mid-sentence), "the ship's" by its possessive.
pub(super) fn name_kind(sentence: &str, kinds: &[&str], name: &str) -> String {
    let ws = spans(sentence);
    let mut out = String::with_capacity(sentence.len() + 16);
    let mut from = 0;
    for k in 1..ws.len() {
        let (at, the) = ws[k - 1];
        let (n_at, word) = ws[k];
        if the != "the" && the != "The" {
            continue;
        }
        let core = word.trim_end_matches([',', '.', ';', ':', ')']);
        let (noun, owner) = match core.strip_suffix("'s").or_else(|| core.strip_suffix("’s")) {
            Some(n) => (n, true),
            None => (core, false),
        };
        if !kinds.contains(&noun) {
            continue;
        }
        let next = ws.get(k + 1).map(|(_, w)| *w);
        let whole = owner
            || core.len() < word.len()
            || next.is_none_or(|n| {
                FOLLOW.contains(&n)
                    || (n.ends_with("ed") && n.len() > 4 && n.starts_with(char::is_lowercase))
            });
        // "…had reached the final in 2006 too" is another year's final.
        let year = |w: &str| w.chars().take(4).filter(char::is_ascii_digit).count() == 4;
        let dated =
            matches!(next, Some("in" | "of")) && ws.get(k + 2).is_some_and(|(_, w)| year(w));
        if !whole || dated {
            continue;
        }
        let mut named = if owner {
            possessive(name)
        } else {
            name.to_string()
        };
        if the == "The" {
            named = capitalize(&named);
        }
        let end = n_at + core.len();
        out.push_str(&sentence[from..at]);
        out.push_str(&named);
        from = end;
    }
    out.push_str(&sentence[from..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn descriptions_named() {
        let disease = ["disease", "illness"];
        let ship = ["ship", "liner", "vessel"];
        // (sentence, kinds, name, want, why)
        let cases: &[(&str, &[&str], &str, &str, &str)] = &[
            (
                "In 1800 the disease killed 400,000 Europeans.",
                &disease,
                "smallpox",
                "In 1800 smallpox killed 400,000 Europeans.",
                "a verb after the noun",
            ),
            (
                "WHO reckoned that 15 million people caught the disease and that 2 million died.",
                &disease,
                "smallpox",
                "WHO reckoned that 15 million people caught smallpox and that 2 million died.",
                "and after the noun",
            ),
            (
                "Work on the ship began on March 31, 1909.",
                &ship,
                "the Titanic",
                "Work on the Titanic began on March 31, 1909.",
                "no 'the the'",
            ),
            (
                "The ship's lifeboats held 1,178.",
                &ship,
                "the Titanic",
                "The Titanic's lifeboats held 1,178.",
                "a possessive, capitalised at the start",
            ),
            (
                "The country is made up of eight regions.",
                &["country"],
                "Iceland",
                "Iceland is made up of eight regions.",
                "a name without an article",
            ),
            (
                "Volcanoes dominate the planet's surface.",
                &["planet"],
                "Venus",
                "Volcanoes dominate Venus's surface.",
                "a possessive mid-sentence",
            ),
            (
                "It sank 2 miles below the ship.",
                &ship,
                "the Titanic",
                "It sank 2 miles below the Titanic.",
                "the end of the sentence",
            ),
            (
                "The final whistle blew after 90 minutes.",
                &["final"],
                "the 2018 FIFA World Cup final",
                "The final whistle blew after 90 minutes.",
                "a compound noun is left",
            ),
            (
                "The lake bed lies 1,642 m down.",
                &["lake"],
                "Lake Baikal",
                "The lake bed lies 1,642 m down.",
                "a noun after the noun",
            ),
            (
                "France had reached the final in 2006 too.",
                &["final"],
                "the 2018 FIFA World Cup final",
                "France had reached the final in 2006 too.",
                "another year's final is left",
            ),
            (
                "Three basins make up the lake – North, Central and South.",
                &["lake"],
                "Lake Baikal",
                "Three basins make up Lake Baikal – North, Central and South.",
                "a dash after the noun",
            ),
            (
                "A ship came within 10 miles.",
                &ship,
                "the Titanic",
                "A ship came within 10 miles.",
                "an indefinite is another ship",
            ),
        ];
        for (sentence, kinds, name, want, why) in cases {
            assert_eq!(name_kind(sentence, kinds, name), *want, "{why}");
        }
    }

    #[test]
    fn other_uses_of_the_kind() {
        let ship = ["ship", "liner"];
        // (sentence, whether another thing of the kind is about)
        let cases = [
            ("The Carpathia, a Cunard liner, came at 4.", true),
            ("Two ships were near.", true),
            ("The other ship stopped.", true),
            ("Work on the ship began in 1909.", false),
            ("The ship's lifeboats held 1,178.", false),
        ];
        for (s, want) in cases {
            assert_eq!(kind_used_otherwise(s, &ship), want, "{s}");
        }
    }
}
