//! What a sentence opens with, read far enough to tell what a pronoun in the next sentence
//! may stand for: the text's subject, a pronoun, another named thing or person, a plural, or
//! something else. Word shapes only; no grammar beyond them.

use super::frame::Subject;

/// A sentence-initial pronoun, by what it can stand for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Class {
    /// It, Its.
    Thing,
    /// He, His.
    Male,
    /// She, Her (a woman, or a ship).
    Female,
    /// They, Their.
    Plural,
}

/// A pronoun at a sentence's opening.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Pronoun {
    pub(crate) class: Class,
    /// "Its", "His", "Her", "Their".
    pub(crate) possessive: bool,
    /// Byte range of the word.
    pub(crate) at: (usize, usize),
}

/// What a sentence opens with.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Lead {
    /// The text's subject, by name or by its head noun ("The lake sits…").
    Subject,
    /// A pronoun.
    Pronoun(Pronoun),
    /// Another name: "Harold Godwinson", "The 1966 FIFA World Cup", "England and West
    /// Germany". `defines` when a definition follows ("… is an oomycete").
    Named {
        name: String,
        defines: bool,
        plural: bool,
    },
    /// A plural that no "It" or "He" can stand for: "Volcanoes", "Vaccination campaigns".
    Plural,
    /// Anything else ("The summit rises…", "On 14 April the ship…").
    Other,
}

/// Openings set off by a comma before the subject: "Soon after, Pitana decided…", "In
/// October, 1977, Ali Maow Maalin…", "Leaving out Greenland, it is…".
pub(crate) const FRONTED: &[&str] = &[
    "in",
    "on",
    "at",
    "after",
    "before",
    "during",
    "soon",
    "meanwhile",
    "altogether",
    "counting",
    "leaving",
    "since",
    "by",
    "back",
    "then",
    "later",
    "today",
    "by",
];

/// Openings that no "It" or "He" can stand for: "No hot desert in the world is larger…".
const QUANTIFIERS: &[&str] = &[
    "no", "all", "most", "many", "some", "both", "several", "few",
];

/// Capitalised first words that open no name.
const OPENERS: &[&str] = &[
    "on",
    "in",
    "at",
    "of",
    "for",
    "from",
    "with",
    "after",
    "before",
    "over",
    "under",
    "between",
    "during",
    "as",
    "when",
    "while",
    "although",
    "only",
    "meanwhile",
    "altogether",
    "neither",
    "some",
    "about",
    "almost",
    "nearly",
    "since",
    "by",
    "to",
    "this",
    "these",
    "that",
    "those",
    "there",
    "here",
    "both",
    "each",
    "every",
    "all",
    "most",
    "many",
    "because",
    "no",
    "not",
    "yet",
    "but",
    "and",
    "so",
    "if",
    "though",
    "however",
    "also",
    "even",
    "once",
    "other",
    "another",
    "such",
];

/// Words that join a name's parts: "Battle of Hastings", "Tour de France".
const JOINERS: &[&str] = &[
    "of", "de", "the", "and", "von", "van", "da", "du", "la", "le",
];

/// Where the subject starts, past a short opening phrase set off by commas.
fn subject_start(s: &str) -> usize {
    let first = s.split_whitespace().next().unwrap_or_default();
    let first = first.trim_end_matches(',').to_lowercase();
    // "Holding 23,615 km3 of water, it is…": a participle opens as a preposition does.
    let participle = first.len() > 5 && first.ends_with("ing");
    if !FRONTED.contains(&first.as_str()) && !participle {
        return long_opening(s);
    }
    let longest = if participle { 9 } else { 6 };
    let mut at = 0;
    // "In October, 1977, Ali…": a date's year after the comma belongs to the opening.
    for _ in 0..2 {
        let Some(comma) = s[at..].find(", ").map(|c| at + c + 2) else {
            return figure_opening(s);
        };
        if s[..comma].split_whitespace().count() > longest {
            return long_opening(s);
        }
        at = comma;
        if !s[at..].starts_with(|c: char| c.is_ascii_digit()) {
            return at;
        }
    }
    0
}

/// Where a lower-case pronoun follows an opening with a figure and no comma: "In 2009 he
/// lowered…", "At 1,642 m (5,387 ft) it is the deepest lake anywhere."
fn figure_opening(s: &str) -> usize {
    let ws = words(s);
    for (k, (at, w)) in ws.iter().enumerate().take(7).skip(2) {
        let figure = ws[1..k]
            .iter()
            .any(|(_, w)| w.contains(|c: char| c.is_ascii_digit()));
        // "By area it is…", "Near the surface its atmosphere…": a short opening phrase.
        let short = k <= 3 && PREPOSITIONS.contains(&ws[0].1.to_lowercase().as_str());
        if w.starts_with(char::is_lowercase) && pronoun(w).is_some() {
            return if figure || short {
                *at
            } else {
                long_opening(s)
            };
        }
        // "In 2009 Usain Bolt lowered his…": a name is the subject, "his" is not.
        if w.starts_with(char::is_uppercase) {
            return long_opening(s);
        }
    }
    long_opening(s)
}

/// Where "it", "he", "she" or "they" and its verb follow a longer phrase of place or
/// measure with no verb of its own: "Of all the rocky bodies in the Solar System it has
/// the thickest atmosphere" (issue 10: Venus not named, rated B). A verb, a clause word or
/// a comma before the pronoun means it is not the sentence's subject.
fn long_opening(s: &str) -> usize {
    let ws = words(s);
    let first = ws.first().map_or(String::new(), |(_, w)| w.to_lowercase());
    if !LONG_OPENERS.contains(&first.as_str()) {
        return 0;
    }
    for (k, (at, w)) in ws.iter().enumerate().take(13).skip(2) {
        let comma = s[*at..]
            .split_whitespace()
            .next()
            .is_some_and(|r| r.ends_with(','));
        let lower = w.to_lowercase();
        if let Some((_, false)) = pronoun(w).filter(|_| w.starts_with(char::is_lowercase)) {
            let next = ws.get(k + 1).map_or("", |(_, n)| n);
            return if verbish(next) { *at } else { 0 };
        }
        if comma || verbish(&lower) || CLAUSE.contains(&lower.as_str()) || pronoun(w).is_some() {
            return 0;
        }
    }
    0
}

/// Prepositions a longer opening phrase may start with.
const LONG_OPENERS: &[&str] = &[
    "of", "in", "on", "at", "by", "near", "across", "from", "among", "within", "under", "over",
];

/// Words that start or join a clause: a pronoun after them is that clause's subject.
const CLAUSE: &[&str] = &[
    "that", "which", "who", "whom", "whose", "when", "where", "while", "and", "but", "or", "as",
    "because", "if", "said", "says", "thought", "think", "believed", "found", "made", "saw",
    "knew",
];

/// Prepositions that may open a sentence before its subject with no comma.
const PREPOSITIONS: &[&str] = &["by", "near", "at", "across", "from", "with", "for", "among"];

/// "Some of its sand dunes…", "Most of their…": a possessive after a quantity and "of".
fn quantified_possessive(ws: &[(usize, &str)]) -> Option<usize> {
    let [(_, q), (_, of), (at, p), ..] = ws else {
        return None;
    };
    let quantity = [
        "some", "most", "much", "half", "part", "all", "many", "each",
    ];
    let possessive = pronoun(p).is_some_and(|(_, possessive)| possessive);
    (quantity.contains(&q.to_lowercase().as_str()) && *of == "of" && possessive).then_some(*at)
}

/// The pronoun a word is, if it is one.
fn pronoun(word: &str) -> Option<(Class, bool)> {
    Some(match word.to_lowercase().as_str() {
        "it" => (Class::Thing, false),
        "its" => (Class::Thing, true),
        "he" => (Class::Male, false),
        "his" => (Class::Male, true),
        "she" => (Class::Female, false),
        "her" => (Class::Female, true),
        "they" => (Class::Plural, false),
        "their" => (Class::Plural, true),
        _ => return None,
    })
}

/// Words of `s` with their byte offsets, punctuation trimmed off each.
fn words(s: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut at = 0;
    for w in s.split_inclusive(char::is_whitespace) {
        let trimmed = w.trim_end();
        let core = trimmed.trim_end_matches([',', ';', ':', '.']);
        out.push((at, core));
        at += w.len();
    }
    out
}

/// Verbs (and verb endings) that may follow "The lake…" as its predicate; "The lake bed"
/// is no lake.
fn verbish(word: &str) -> bool {
    const AUX: &[&str] = &[
        "is", "was", "has", "had", "were", "are", "can", "could", "will", "would", "may", "might",
        "did", "does", "ran", "lies", "lay", "sits", "stands", "took", "began", "came",
        // "From Crimea it spread to Western Europe…" (round 56 recall: the 1340s missed).
        "spread", "went", "grew", "fell", "rose", "became", "won", "lost", "flew", "sank",
    ];
    AUX.contains(&word) || (word.ends_with("ed") && word.len() > 3)
}

/// What `s` opens with, for a text about `subject`.
pub(crate) fn lead(s: &str, subject: Option<&Subject>) -> Lead {
    let start = subject_start(s);
    let start = quantified_possessive(&words(s))
        .filter(|_| start == 0)
        .unwrap_or(start);
    let rest = &s[start..];
    let ws = words(rest);
    let Some(&(_, first)) = ws.first() else {
        return Lead::Other;
    };
    if let Some((class, possessive)) = pronoun(first) {
        let at = (start, start + first.len());
        return Lead::Pronoun(Pronoun {
            class,
            possessive,
            at,
        });
    }
    if subject.is_some_and(|sub| short_name(sub, &ws)) {
        return Lead::Subject;
    }
    if let Some(head) = description(&ws) {
        let ours = subject.is_some_and(|sub| sub.kinds.contains(&head.as_str()));
        return if ours { Lead::Subject } else { Lead::Other };
    }
    match name(rest, &ws) {
        // "The lake bed…", "A later version…": a determiner is no name; nor is "On 14
        // April the ship…" or "Of all the rocky bodies…".
        Some(("The" | "A" | "An", _)) => Lead::Other,
        Some(_) if QUANTIFIERS.contains(&first.to_lowercase().as_str()) => Lead::Plural,
        Some(_) if OPENERS.contains(&first.to_lowercase().as_str()) => Lead::Other,
        // "Chinese, Babylonian and medieval European chroniclers left…"
        Some((name, _)) if !name.contains(' ') && ws.iter().take(5).any(|(_, w)| *w == "and") => {
            Lead::Plural
        }
        // "Volcanoes dominate…", "Vaccination campaigns ran…": a common noun capitalised.
        Some((name, next))
            if !name.contains(' ')
                && !matches!(next, "is" | "was" | "has")
                && plural_or_other(&ws) == Lead::Plural =>
        {
            Lead::Plural
        }
        Some((name, next)) => named(name, next, subject),
        None => plural_or_other(&ws),
    }
}

/// Whether the opening names the subject by its last word: "The first 747 was rolled
/// out…" (the Boeing 747), "Bolt has been…". Not for a name with "of": "Hastings" is a
/// town, not the battle.
fn short_name(sub: &Subject, ws: &[(usize, &str)]) -> bool {
    let Some(last) = sub.name.split_whitespace().last() else {
        return false;
    };
    let distinct = last.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit());
    if sub.words.len() < 2 || sub.words.iter().any(|w| w == "of") || !distinct {
        return false;
    }
    let opening = ws
        .iter()
        .take(3)
        .map(|(_, w)| w.strip_suffix("'s").unwrap_or(w));
    let mut before = true;
    for w in opening {
        if w == last && before {
            return true;
        }
        // "The lake bed…", "The first…": articles and lower-case modifiers may come first.
        before = matches!(w, "The" | "the") || w.starts_with(char::is_lowercase);
    }
    false
}

/// The head of "The lake sits…" (lower case, a verb after it).
fn description(ws: &[(usize, &str)]) -> Option<String> {
    let [(_, the), (_, noun), (_, verb), ..] = ws else {
        return None;
    };
    (*the == "The" && noun.starts_with(char::is_lowercase) && verbish(verb))
        .then(|| noun.to_string())
}

/// A run of capitalised words (with joiners and figures) at the start, and the word after.
fn name<'a>(rest: &'a str, ws: &[(usize, &'a str)]) -> Option<(&'a str, &'a str)> {
    let mut end = 0;
    let mut k = 0;
    while k < ws.len() {
        let (at, w) = ws[k];
        let capital = w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit());
        let joiner = k > 0 && JOINERS.contains(&w);
        if !(capital || joiner) {
            break;
        }
        end = at + w.len();
        k += 1;
        // A comma or bracket ends the name: "Harold Godwinson, from…", "ENIAC (…)".
        let raw_end = rest[at..].split_whitespace().next().unwrap_or_default();
        let listed = raw_end.ends_with(',') && in_list(&ws[k..]);
        if raw_end.ends_with(',') && !listed || ws.get(k).is_some_and(|(_, n)| n.starts_with('(')) {
            break;
        }
    }
    // "Phytophthora infestans is…": a binomial's lower-case second word.
    if k == 1 {
        if let [_, (at, second), (_, verb), ..] = ws {
            if second.starts_with(char::is_lowercase) && matches!(*verb, "is" | "was") {
                end = at + second.len();
                k = 2;
            }
        }
    }
    let name = rest[..end].trim_end_matches(" and");
    let next = ws.get(k).map_or("", |(_, w)| *w);
    (k > 0 && !name.is_empty()).then_some((name, next))
}

/// Whether the words after a comma go on a list of names: "Uranus and Neptune are…".
fn in_list(ws: &[(usize, &str)]) -> bool {
    for (k, (_, w)) in ws.iter().enumerate() {
        if *w == "and" {
            return ws
                .get(k + 1)
                .is_some_and(|(_, n)| n.starts_with(char::is_uppercase));
        }
        if !w.starts_with(char::is_uppercase) {
            return false;
        }
    }
    false
}

/// A name read as the subject, or as another thing.
fn named(name: &str, next: &str, subject: Option<&Subject>) -> Lead {
    // "Concorde's top speed…" is about Concorde too.
    let bare = |w: &str| {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'');
        w.strip_suffix("'s").unwrap_or(w).to_lowercase()
    };
    let lower: Vec<String> = name.split_whitespace().map(bare).collect();
    if let Some(sub) = subject {
        if sub.words.iter().all(|w| lower.contains(&bare(w))) {
            return Lead::Subject;
        }
    }
    let plural = lower.iter().any(|w| w == "and");
    let name = name.trim_end_matches(',').to_string();
    Lead::Named {
        defines: matches!(next, "is" | "was"),
        plural,
        name,
    }
}

/// "Volcanoes dominate…", "Scientists and industrialists were…", "Vaccination campaigns
/// ran…": a plural noun first or second.
fn plural_or_other(ws: &[(usize, &str)]) -> Lead {
    let plural = |w: &str| {
        w.len() > 3
            && w.ends_with('s')
            && !w.ends_with("ss")
            && !w.ends_with("us")
            && !w.ends_with("is")
            && !w.ends_with("'s")
    };
    // A plural subject takes a verb without -s: "Volcanoes dominate", not "Hastings lies".
    let agrees = |k: usize| ws.get(k + 1).is_some_and(|(_, v)| !v.ends_with('s'));
    let found = ws
        .iter()
        .take(2)
        .position(|(_, w)| plural(&w.to_lowercase()) && !matches!(*w, "has" | "was"));
    if found.is_some_and(agrees) {
        Lead::Plural
    } else {
        Lead::Other
    }
}

#[cfg(test)]
mod tests;
