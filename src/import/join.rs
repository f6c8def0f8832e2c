//! A sentence that cannot stand without the one before it ("Aldrin followed him 19 minutes
//! later.", "They led 2–1 at half-time.", "Around 50 of them are tiny") is joined to that
//! sentence, so the fact carries what its pronoun stands for. Rounds 19–24 rated such
//! facts B ("dangling 'him', Armstrong not named") or left them out, losing their figures.

use super::clean::leans_back;
use super::frame::Subject;
use super::lead::{lead, Class, Lead};

/// A joined fact longer than this reads as a passage, not a question.
pub(crate) const MAX_JOINED: usize = 340;

/// What a dangling sentence needs the sentence before it to offer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Needs {
    /// Anything: "Nobody else…", "That is twice the mass…".
    Any,
    /// A name, for "he", "she", "him".
    Name,
    /// A plural or two names, for "they", "them", "The two", "These".
    Plural,
}

/// What `sentence` (its opening pronoun already resolved where it could be) needs from
/// the sentence before it, if it leans on it at all. An unresolved "It" is left: the
/// resolver names "It" wherever it safely can, and "Its diameter" after a sentence about
/// moons would read as the moons'.
pub(crate) fn dangles(sentence: &str, subject: Option<&Subject>) -> Option<Needs> {
    if leans_back(sentence) {
        return Some(Needs::Any);
    }
    if let Lead::Pronoun(p) = lead(sentence, subject) {
        match p.class {
            Class::Thing => {}
            Class::Male | Class::Female => return Some(Needs::Name),
            Class::Plural => return Some(Needs::Plural),
        }
    }
    // "the net effect was to add 75,000 workers": of what? "Most of that gain came from…":
    // which gain? (round 25: rated C and B.)
    let lower = sentence.to_lowercase();
    if BACK_PHRASES.iter().any(|p| lower.contains(p)) {
        return Some(Needs::Any);
    }
    let words = words(sentence);
    if let Some(needs) = opens_back(&words) {
        return Some(needs);
    }
    // A name in brackets is an aside, no referent: "an assembly (where Harold had been
    // elected) chose him king" means William (round 26: rated B, "him" read as Harold).
    let outside = without_brackets(sentence);
    let words = self::words(&outside);
    (0..words.len()).find_map(|k| object(&words, k))
}

/// Whether `sentence` names early on, as "the paper", what `before` brought in as "a new
/// paper" ("a new paper, L'Auto-Vélo, was started in 1900…. Made to rename the paper
/// L'Auto in 1903, Desgrange…": which paper? Rounds 31–32: B six times).
pub(crate) fn introduced(before: &str, sentence: &str) -> bool {
    surname(before, sentence) || the_noun_again(before, sentence)
}

/// Whether `sentence` opens on a surname `before` gave in full: "Hunt picked two pairs"
/// after "a ninth British expedition under John Hunt" (round 38: B twice, "Hunt is never
/// introduced").
fn surname(before: &str, sentence: &str) -> bool {
    let Some(first) = words(sentence).first().copied().filter(|w| capitalised(w)) else {
        return false;
    };
    // Raw words, so that "Moscow, Russia" or "the Sun, Jupiter" is no name.
    let raw: Vec<&str> = before.split_whitespace().collect();
    let plain = |w: &str| w.chars().all(char::is_alphabetic);
    (1..raw.len()).any(|k| {
        let given = raw[k - 1];
        let name = raw[k].trim_end_matches([',', '.', ';', ':', ')']);
        // The surname ends the name: "Edmund Hillary" gives no "Edmund".
        let ends = name.len() < raw[k].len() || raw.get(k + 1).is_none_or(|n| !capitalised(n));
        name == first
            && ends
            && capitalised(given)
            && plain(given)
            && given.chars().count() > 1
            && !matches!(given, "The" | "A" | "An" | "In" | "On" | "At" | "By" | "Of")
    })
}

/// Whether `sentence` names early on, as "the paper", what `before` brought in as "a new
/// paper".
fn the_noun_again(before: &str, sentence: &str) -> bool {
    let earlier: Vec<String> = words(before).iter().map(|w| w.to_lowercase()).collect();
    let brought_in = |noun: &str| {
        earlier.windows(3).any(|w| {
            matches!(w[0].as_str(), "a" | "an") && (w[1] == noun || w[2] == noun && w[1] != "the")
        })
    };
    let opening = words(sentence);
    opening.windows(2).take(8).any(|w| {
        let noun = w[1].to_lowercase();
        w[0] == "the"
            && noun.len() > 3
            && !capitalised(w[1])
            && brought_in(&noun)
            // Already "the paper" before: it was brought in further back.
            && !earlier.windows(2).any(|e| e[0] == "the" && e[1] == noun)
    })
}

/// `sentence` without what it holds in round brackets.
fn without_brackets(sentence: &str) -> String {
    let mut depth = 0usize;
    sentence
        .chars()
        .filter(|&c| {
            match c {
                '(' => depth += 1,
                ')' => {
                    depth = depth.saturating_sub(1);
                    return false;
                }
                _ => {}
            }
            depth == 0
        })
        .collect()
}

/// Phrases that point at what the sentence before told.
const BACK_PHRASES: &[&str] = &[
    "the net effect",
    "of that gain",
    "of that rise",
    "of that increase",
    "of that decline",
    "of this gain",
    "of this rise",
    "of this increase",
    "of the rise",
    "of the gain",
    // "Garin therefore won that stage too": which stage, and why? (round 25: B.)
    " therefore ",
    // "For the other major worker groups…": other than which? (round 27: B.)
    "for the other",
    "that stage",
    "that season",
    // "Over most of the desert, though, it is above 25 °C": against what? (rounds 28–33:
    // C three times, "a dangling 'though'".)
    ", though,",
    ", however,",
    // "In September the rise was only 69,000": the rise of what? (round 32: B.)
    "the rise was",
    "the gain was",
    "the increase was",
    "the decline was",
    "the drop was",
    "the fall was",
];

/// Whether `sentence` says how its figure follows from the sentence before ("That is
/// halfway between the gains of 160,000 in August and 241,000 in July"): joined, each
/// figure would give the other away (round 27: rated C), so it stays out.
pub(crate) fn derives(sentence: &str) -> bool {
    let lower = sentence.to_lowercase();
    ["halfway", "half way", "the average of", "the sum of"]
        .iter()
        .any(|p| lower.contains(p))
}

/// Whether `before` offers what a dangling sentence needs.
pub(crate) fn offers(before: &str, needs: Needs) -> bool {
    let words = words(before);
    // A sentence's first word is a name unless it opens a phrase or is a determiner.
    const DETERMINERS: &[&str] = &[
        "the", "a", "an", "it", "its", "this", "that", "these", "those", "some", "then",
    ];
    let opening = |w: &str| {
        let w = w.to_lowercase();
        DETERMINERS.contains(&w.as_str()) || super::lead::FRONTED.contains(&w.as_str())
    };
    let names = words
        .iter()
        .enumerate()
        .any(|(k, w)| capitalised(w) && (k > 0 || !opening(w)));
    match needs {
        Needs::Any => true,
        Needs::Name => names,
        Needs::Plural => words
            .iter()
            .any(|w| plural(w) || matches!(*w, "and" | "two" | "three" | "they" | "both")),
    }
}

/// The sentence's words, with their capitals, without punctuation.
fn words(sentence: &str) -> Vec<&str> {
    sentence
        .split(|c: char| !c.is_alphanumeric() && c != '-' && c != '\'')
        .filter(|w| !w.is_empty())
        .collect()
}

/// "The two then spent…", "These multiple jobholders made up…", "Both…".
fn opens_back(words: &[&str]) -> Option<Needs> {
    match words {
        ["The", "two" | "three" | "pair", ..] | ["These" | "Those" | "Both", ..] => {
            Some(Needs::Plural)
        }
        // "The news reached London…": what news? (round 27: B.) "Others think…": others
        // than whom? (round 38: C.) "The eastbound one, still the world record, was set
        // on…": which one? (round 38: B.)
        ["The", "news", ..] | ["Others", ..] | ["The", _, "one", ..] => Some(Needs::Any),
        _ => None,
    }
}

/// What word `k` needs, where it is a pronoun or demonstrative whose referent no earlier
/// word of the sentence offers: "Aldrin followed him" (a subject is never its own verb's
/// object), "The Saturn V carried them", "Once these special factors are adjusted for".
fn object(words: &[&str], k: usize) -> Option<Needs> {
    let before = &words[..k];
    match words[k] {
        "him" => (!names_a_person(before)).then_some(Needs::Name),
        "them" => (!before.iter().any(|b| plural(b))).then_some(Needs::Plural),
        // "the eighth of these tournaments" is as unclear as "these special factors".
        "these" | "those" if k > 0 => Some(Needs::Plural),
        _ => None,
    }
}

/// Whether `words` (before a "him") hold a name that is not the sentence's first word nor
/// a place or a day after a preposition ("in Westminster Abbey", "On Christmas Day").
fn names_a_person(words: &[&str]) -> bool {
    const PREPOSITIONS: &[&str] = &["in", "on", "at", "to", "from", "of", "near", "by", "into"];
    let mut place = false;
    for (k, w) in words.iter().enumerate() {
        if PREPOSITIONS.contains(&w.to_lowercase().as_str()) {
            place = true;
        } else if !capitalised(w) {
            place = false;
        } else if k > 0 && !place {
            return true;
        }
    }
    false
}

fn capitalised(word: &str) -> bool {
    word.starts_with(char::is_uppercase)
}

/// A word that may be what "them" stands for: a plural noun.
fn plural(word: &str) -> bool {
    const IRREGULAR: &[&str] = &[
        "people", "men", "women", "children", "aircraft", "crew", "staff", "police", "sheep",
        "fish", "teams", "data",
    ];
    const NOT: &[&str] = &[
        "was",
        "has",
        "does",
        "is",
        "its",
        "this",
        "his",
        "thus",
        "as",
        "us",
        "yes",
        "less",
        "across",
        "always",
        "perhaps",
        "towards",
        "afterwards",
    ];
    // "Collins", "Airways": a name, singular or not, is no plural noun.
    if capitalised(word) {
        return false;
    }
    let lower = word.to_lowercase();
    IRREGULAR.contains(&lower.as_str())
        || lower.len() > 3
            && lower.ends_with('s')
            && !lower.ends_with("ss")
            && !lower.ends_with("us")
            && !lower.ends_with('\'')
            && !NOT.contains(&lower.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_sentence_dangles_when_a_word_in_it_needs_the_one_before() {
        let cases = [
            ("Aldrin followed him 19 minutes later.", true),
            ("The two then spent roughly two and a quarter hours together.", true),
            ("They gathered 47.5 pounds (21.5 kg) of lunar material.", true),
            ("The Saturn V SA-506 carried them up from Kennedy Space Center LC-39A.", true),
            ("Once these special factors are adjusted for, employment rose by 204,000.", true),
            ("These multiple jobholders made up 6.0 percent of all employed people.", true),
            ("Around 50 of them are tiny, under five kilometres across.", true),
            ("Nobody else scored a hat-trick in a final until 2022.", true),
            ("Taken across all industries, the net effect was to add 75,000 workers.", true),
            ("Most of that gain came from oil and gas extraction, 29,000 jobs.", true),
            ("In September the rise was only 69,000.", true),
            ("Over most of the desert, though, it is above 25 °C.", true),
            ("The rise was only 69,000, the smallest in a year.", true),
            ("The rise of the Roman empire took 300 years.", false),
            ("Garin therefore won that stage too, three hours ahead.", true),
            ("All 32 teams played a group stage, and 16 of them went on.", false),
            ("He could not afford to lose 20,000 readers.", true),
            (
                "Desgrange needed cycling readers; with a circulation of 20,000, Desgrange could not afford to lose them.",
                false,
            ),
            ("Within a few weeks William persuaded 12 nobles to accept him as king.", false),
            (
                "On Christmas Day, 1066, an assembly in Westminster Abbey (where Harold had been elected a year earlier) chose him king.",
                true,
            ),
            ("It was the first time anyone had scored 3 goals.", false),
            ("Its diameter is 142,984 km.", false),
            ("Jupiter has at least 79 moons.", false),
            ("Only 20 aircraft were built, and two airlines agreed to buy them.", false),
        ];
        for (sentence, want) in cases {
            assert_eq!(dangles(sentence, None).is_some(), want, "{sentence}");
        }
    }

    #[test]
    fn a_surname_given_in_full_before_is_whom_the_next_sentence_names() {
        let cases = [
            (
                "In 1953 an expedition under John Hunt came back.",
                "Hunt picked two pairs.",
                true,
            ),
            (
                "In 1953 an expedition came back.",
                "Hunt picked two pairs.",
                false,
            ),
            (
                "John Hunt led it in 1953.",
                "John Hunt picked two pairs.",
                false,
            ),
            ("It ran on New Year's Day.", "Day after day it ran.", false),
            (
                "They met in Moscow, Russia.",
                "Russia, as hosts, had 31 rivals.",
                false,
            ),
            (
                "The Boeing 747's wings are swept.",
                "Boeing brought in the 747-200.",
                false,
            ),
            (
                "The second pair, the New Zealander Edmund Hillary, tried.",
                "Edmund Hillary stood on top.",
                false,
            ),
        ];
        for (before, sentence, want) in cases {
            assert_eq!(surname(before, sentence), want, "{before} / {sentence}");
        }
    }

    #[test]
    fn a_thing_brought_in_before_is_what_the_next_sentence_names() {
        let before = "When advertisers left, a new paper, L'Auto-Vélo, was started in 1900.";
        let cases = [
            (
                "Made to rename the paper L'Auto in 1903, Desgrange needed readers.",
                true,
            ),
            (
                "Desgrange needed readers; the circulation was 20,000.",
                false,
            ),
            ("In 1903 the Tour began with 60 riders.", false),
        ];
        for (sentence, want) in cases {
            assert_eq!(introduced(before, sentence), want, "{sentence}");
        }
        assert!(!introduced(
            "The paper, a new paper, was started in 1900.",
            "Made to rename the paper L'Auto in 1903, he needed readers."
        ));
    }

    #[test]
    fn a_sentence_saying_how_its_figure_follows_is_not_joined() {
        assert!(derives(
            "That is halfway between the gains of 160,000 in August and 241,000 in July."
        ));
        assert!(!derives("That is twice the mass of all the other planets."));
    }

    #[test]
    fn the_sentence_before_must_offer_what_the_pronoun_stands_for() {
        let cases = [
            (
                "Meanwhile pilot Michael Collins kept Columbia in orbit.",
                Needs::Plural,
                false,
            ),
            (
                "Armstrong and Aldrin landed at 20:17 UTC.",
                Needs::Plural,
                true,
            ),
            ("Jupiter has at least 79 moons.", Needs::Plural, true),
            ("Then Armstrong stepped out.", Needs::Name, true),
            ("The crew stepped out.", Needs::Name, false),
            ("The crew stepped out.", Needs::Any, true),
        ];
        for (before, needs, want) in cases {
            assert_eq!(offers(before, needs), want, "{before} {needs:?}");
        }
    }
}
