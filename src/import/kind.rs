//! What kind of thing a text's subject is ("a disease", "a country", "a liner"), learnt from
//! the text itself, so that "the disease" or "The country…" in a fact can be named (issue
//! 10: "…people caught the disease…" with smallpox not named was rated B). Only nouns of
//! this table count: a kind outside it is never guessed.

/// Nouns that name one kind of thing; a text may use any of a group for its subject
/// ("RMS Titanic was a British passenger liner… the ship… the vessel").
const KINDS: &[&[&str]] = &[
    &["ship", "liner", "vessel", "steamship"],
    &["aircraft", "airliner", "airplane", "plane"],
    &["disease", "illness"],
    &["country", "nation"],
    &["planet"],
    &["lake"],
    &["mountain", "peak"],
    &["computer"],
    &["desert"],
    &["comet"],
    &["final"],
    &["battle"],
    &["siege"],
    &["war"],
    &["famine"],
    &["plague"],
    &["river"],
    &["tournament"],
    &["race"],
    &["island"],
    &["treaty"],
    &["mission"],
    &["pandemic", "epidemic"],
    &["eruption"],
    &["earthquake"],
    &["canal"],
    &["bridge"],
    &["tunnel"],
    &["dam"],
];

/// Words that end the noun phrase after "is a…": "a Nordic island country in the North
/// Atlantic" is a country, not an island.
const STOPS: &[&str] = &[
    "in", "on", "of", "at", "to", "that", "which", "who", "where", "and", "or", "with", "from",
    "for", "built", "by", "made", "powered", "between",
];

/// The group of nouns `noun` belongs to, if the table knows it.
pub(crate) fn group(noun: &str) -> Option<&'static [&'static str]> {
    let noun = noun.to_lowercase();
    KINDS.iter().copied().find(|g| g.contains(&noun.as_str()))
}

/// Every noun the text may use for its subject: the group of the title's `head`, of the
/// noun that defines it ("Smallpox was an infectious disease", "Iceland is a Nordic island
/// country") and of a heading that reads "The disease".
pub(crate) fn kinds(name: &str, head: Option<&str>, text: &str) -> Vec<&'static str> {
    let mut out: Vec<&'static str> = Vec::new();
    let found = [head.and_then(group), defined(name, text), heading(text)];
    for g in found.into_iter().flatten() {
        for n in g {
            if !out.contains(n) {
                out.push(n);
            }
        }
    }
    out
}

/// The kind a sentence "NAME (…) is a [adjectives] NOUN …" gives, at the name's first
/// such use: "ENIAC (…) was the first general-purpose electronic computer."
fn defined(name: &str, text: &str) -> Option<&'static [&'static str]> {
    let core = name.trim_start_matches("the ");
    if core.is_empty() {
        return None;
    }
    let lower = text.to_lowercase();
    let core = core.to_lowercase();
    let mut from = 0;
    while let Some(k) = lower.get(from..).and_then(|t| t.find(&core)) {
        let at = from + k + core.len();
        from = at;
        let rest = lower.get(at..).unwrap_or_default();
        if let Some(g) = predicate(skip_aside(rest)) {
            return Some(g);
        }
    }
    None
}

/// Past a bracket or a short aside after a name: " (Icelandic: Ísland) is…", ", called
/// Sagarmāthā in Nepal, is…".
fn skip_aside(rest: &str) -> &str {
    let mut rest = rest.trim_start();
    if let Some(inner) = rest.strip_prefix('(') {
        rest = inner.find(')').map_or("", |e| &inner[e + 1..]);
    }
    // "…)[d] is": a citation mark.
    while let Some(inner) = rest.trim_start().strip_prefix('[') {
        rest = inner.find(']').map_or("", |e| &inner[e + 1..]);
    }
    if let Some(aside) = rest.strip_prefix(',') {
        if let Some(end) = aside.find(", ") {
            if aside[..end].split_whitespace().count() <= 10 {
                return &aside[end + 1..];
            }
        }
    }
    rest
}

/// The kind in " is a Nordic island country in…": the last noun of the table before the
/// noun phrase ends.
fn predicate(rest: &str) -> Option<&'static [&'static str]> {
    let mut ws = rest.split_whitespace();
    if !matches!(ws.next(), Some("is" | "was")) {
        return None;
    }
    let mut found = None;
    for (k, w) in ws.enumerate().take(8) {
        let bare = w.trim_end_matches(|c: char| !c.is_alphanumeric());
        if k == 0 && !matches!(bare, "a" | "an" | "the") {
            return None;
        }
        if STOPS.contains(&bare) {
            break;
        }
        if let Some(g) = group(bare) {
            found = Some(g);
        }
        if bare.len() != w.len() {
            break;
        }
    }
    found
}

/// The kind a heading "The disease" gives: a section about the subject by its kind.
fn heading(text: &str) -> Option<&'static [&'static str]> {
    text.lines().find_map(|l| {
        let title = l.trim_start_matches('#');
        if title.len() == l.len() {
            return None;
        }
        let noun = title.trim().strip_prefix("The ")?;
        group(noun).filter(|_| !noun.contains(' '))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_from_text() {
        // (name, head, text, a noun of the kind learnt or None, why)
        let cases = [
            (
                "Iceland",
                None,
                "Iceland (Icelandic: Ísland)[d] is a Nordic island country in the North Atlantic.",
                Some("country"),
                "the last noun before the phrase ends, past a bracket",
            ),
            (
                "Smallpox",
                None,
                "Smallpox was an infectious disease caused by a virus.",
                Some("disease"),
                "was an",
            ),
            (
                "the Titanic",
                None,
                "RMS Titanic was a British passenger liner that sank.",
                Some("vessel"),
                "a synonym of the group",
            ),
            (
                "Mount Everest",
                None,
                "Mount Everest, called Sagarmāthā in Nepal, is the highest mountain on Earth.",
                Some("peak"),
                "past an aside",
            ),
            (
                "Smallpox",
                None,
                "# Smallpox\n## The disease\nSmallpox is thought to have appeared.",
                Some("illness"),
                "a heading of one noun of the table",
            ),
            (
                "the Boeing 747",
                None,
                "The Boeing 747 is a big long-range wide-body airliner and cargo aircraft.",
                Some("plane"),
                "the first noun phrase only",
            ),
            (
                "Iceland",
                None,
                "Iceland is active both volcanically and geologically.",
                None,
                "no definition",
            ),
            (
                "Venus",
                None,
                "Venus is thought to have a planet-wide ocean once.",
                None,
                "no article after is: no definition",
            ),
            (
                "the Battle of Hastings",
                Some("battle"),
                "",
                Some("battle"),
                "the title's head",
            ),
        ];
        for (name, head, text, want, why) in cases {
            let got = kinds(name, head, text);
            match want {
                Some(noun) => assert!(got.contains(&noun), "{why}: {got:?}"),
                None => assert!(got.is_empty(), "{why}: {got:?}"),
            }
        }
    }
}
