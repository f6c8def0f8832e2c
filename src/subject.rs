//! What a deck is about (its `subject:`, "Mount Everest"), and whether a fact's sentence
//! names it. A fact taken out of its article must say what it is about: "The summit rises
//! how many metres?" is asked as "Mount Everest: The summit rises how many metres?" (issue
//! 10, round 12: 30 of 92 B grades were "the summit", "the lake bed", "the plague" with the
//! subject never named).

/// Nouns a title may end or start with that a text then uses alone ("The lake sits…"):
/// they name the subject's kind, not the subject.
pub(crate) const HEADS: &[&str] = &[
    "battle",
    "siege",
    "war",
    "famine",
    "plague",
    "comet",
    "lake",
    "mountain",
    "river",
    "desert",
    "final",
    "match",
    "tournament",
    "race",
    "ship",
    "island",
    "treaty",
    "mission",
    "pandemic",
    "epidemic",
    "eruption",
    "earthquake",
    "canal",
    "bridge",
    "tunnel",
    "dam",
];

/// Words of a name that single nothing out.
const NOT_NAMING: &[&str] = &["the", "of", "and", "a", "an", "mount", "in", "its"];

/// The words that name `subject`: "baikal" of "Lake Baikal", "titanic" of "the Titanic",
/// "747" and "boeing" of "the Boeing 747".
fn naming_words(subject: &str) -> Vec<String> {
    subject
        .split(|c: char| !c.is_alphanumeric())
        .map(str::to_lowercase)
        .filter(|w| w.chars().count() >= 3)
        .filter(|w| !NOT_NAMING.contains(&w.as_str()) && !HEADS.contains(&w.as_str()))
        .collect()
}

/// The label a prompt opens with when `sentence` does not name `subject`, if it is needed.
pub(crate) fn context_for(sentence: &str, subject: &str) -> Option<String> {
    let naming = naming_words(subject);
    // Of a name of several words, one names it only as a name ("Bolt won", "the World
    // Cup"), not as a common word ("the death toll" of the Black Death).
    let as_name = |w: &str| {
        naming.len() == 1 || w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
    };
    let found: std::collections::HashSet<String> = sentence
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| as_name(w))
        .map(str::to_lowercase)
        .map(|w| match w.strip_suffix('s') {
            // "747s" names "the Boeing 747".
            Some(one) if naming.iter().any(|n| n == one) => one.to_string(),
            _ => w,
        })
        .filter(|w| naming.contains(w))
        .collect();
    // One word of a longer name names it only if it is the last ("Bolt" of "Usain Bolt")
    // or its year (which the label would give away): "FIFA" alone names an organisation,
    // not "the 2018 FIFA World Cup final" (round 24: "Russia, as hosts…" of what? B).
    let named = naming.last().is_some_and(|last| {
        found.contains(last)
            || found.len() >= 2
            || found
                .iter()
                .any(|w| w.starts_with(|c: char| c.is_ascii_digit()))
    });
    (!naming.is_empty() && !named).then(|| capitalize(of_the_whole(sentence, subject.trim())))
}

/// Words that put a sentence about a tournament, not its final: the groups, the other
/// rounds, the hosts, the top scorer.
const TOURNAMENT: &[&str] = &[
    "tournament",
    "qualifying",
    "group",
    "quarter-final",
    "semi-final",
    "finals",
    "top scorer",
    "on the way",
    "country to win",
    "hosts",
    "knockout",
];

/// The label for `sentence` of a subject that is a tournament's final: the tournament, where
/// the sentence is about it ("The 1966 FIFA World Cup: Portugal finished third, having lost
/// in the semi-final"; round 51: "final:" on six such facts, B).
fn of_the_whole<'a>(sentence: &str, subject: &'a str) -> &'a str {
    let lower = sentence.to_lowercase();
    match subject.strip_suffix(" final") {
        Some(whole) if TOURNAMENT.iter().any(|w| lower.contains(w)) => whole,
        _ => subject,
    }
}

/// `name` with its first letter in upper case.
pub(crate) fn capitalize(name: &str) -> String {
    let mut c = name.chars();
    c.next()
        .map_or(String::new(), |f| f.to_uppercase().chain(c).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_sentence_that_names_no_subject_needs_it_as_context() {
        let cases: &[(&str, &str, Option<&str>, &str)] = &[
            (
                "the 2018 FIFA World Cup final",
                "Russia, as hosts, had been joined by 31 teams; FIFA ran qualifying.",
                Some("The 2018 FIFA World Cup"),
                "one word of a long name, not its last, names something else; the tournament's hosts",
            ),
            (
                "the 2018 FIFA World Cup final",
                "France led 2–1 at half-time.",
                Some("The 2018 FIFA World Cup final"),
                "a moment of the final",
            ),
            (
                "the 1966 FIFA World Cup final",
                "Portugal finished third, having lost 2–1 in the semi-final.",
                Some("The 1966 FIFA World Cup"),
                "another round of the tournament",
            ),
            (
                "the 2018 FIFA World Cup final",
                "France won the World Cup.",
                None,
                "two words of its name",
            ),
            (
                "the 1903 Tour de France",
                "The paper was renamed in 1903.",
                None,
                "its year, which the label would give away",
            ),
            (
                "the Boeing 747",
                "By 2020, 61 747s had been lost.",
                None,
                "its name in the plural",
            ),
            (
                "Mount Everest",
                "The summit rises 8,848 metres.",
                Some("Mount Everest"),
                "the summit",
            ),
            (
                "Mount Everest",
                "The first height published for Everest was 8,840 m.",
                None,
                "named",
            ),
            (
                "Mount Everest",
                "The mountain is 8,848 m high.",
                Some("Mount Everest"),
                "its kind is not its name",
            ),
            (
                "Lake Baikal",
                "The lake bed lies 1,186.5 m below sea level.",
                Some("Lake Baikal"),
                "the lake bed",
            ),
            (
                "the Titanic",
                "The Carpathia reached the scene at 04:00.",
                Some("The Titanic"),
                "a name with 'the'",
            ),
            (
                "the Titanic",
                "The Titanic's lifeboats held 1,178.",
                None,
                "a possessive names it",
            ),
            (
                "the Boeing 747",
                "The 747 first flew in 1969.",
                None,
                "its number names it",
            ),
            (
                "Halley's Comet",
                "Halley's period is 75 years.",
                None,
                "named without its kind",
            ),
            (
                "Apollo 11",
                "Aldrin followed 19 minutes later.",
                Some("Apollo 11"),
                "a short number is no name",
            ),
            (
                "The",
                "It has 12 members.",
                None,
                "a subject of no naming words",
            ),
            (
                "the Black Death",
                "It put the death toll at 30–60 percent.",
                Some("The Black Death"),
                "a common word of a longer name",
            ),
            (
                "Usain Bolt",
                "Bolt won nine golds.",
                None,
                "one word of a name, as a name",
            ),
            (
                "Smallpox",
                "Cases of smallpox fell by 90 percent.",
                None,
                "a one-word name in lower case",
            ),
        ];
        for (subject, sentence, want, why) in cases {
            assert_eq!(
                context_for(sentence, subject).as_deref(),
                *want,
                "{why}: {sentence}"
            );
        }
    }
}
