//! Wrong options for a text answer: the author's own first, then the answer with its number
//! changed ("Article 4" for "Article 5"), then other answers of the deck that answer the same
//! sort of question and look alike. Never a name offered for a country, or a word for a
//! number: with too few of these the card is simply not asked as multiple choice.

use super::OPTIONS;
use crate::card::Card;
use crate::question::pool::{Entry, Pool};
use crate::textmatch::matches as text_matches;
use rand::seq::SliceRandom;
use rand::Rng;

/// A text answer as its options need it.
pub struct TextAnswer<'a> {
    /// The answer shown.
    pub answer: &'a str,
    /// Other accepted answers: never offered as wrong.
    pub accept: &'a [String],
    /// The author's wrong options.
    pub distractors: &'a [String],
    /// What the question asks for (see [`asks`]).
    pub asks: &'a str,
}

/// Options in order and the index of the right one; `None` without three good distractors.
pub fn text_choices(
    a: &TextAnswer<'_>,
    deck: &Pool,
    rng: &mut impl Rng,
) -> Option<(Vec<String>, usize)> {
    let right = |other: &str| {
        std::iter::once(a.answer)
            .chain(a.accept.iter().map(String::as_str))
            .any(|r| text_matches(r, other) || text_matches(other, r))
    };
    let look = shape(a.answer);
    let alike: Vec<String> = deck
        .0
        .iter()
        .filter_map(|e| match e {
            Entry::Text { answer, asks } if asks == a.asks && shape(answer) == look => {
                Some(answer.clone())
            }
            _ => None,
        })
        .collect();
    let mut picked: Vec<String> = Vec::new();
    for mut tier in [a.distractors.to_vec(), renumbered(a.answer), alike] {
        tier.shuffle(rng);
        for c in tier {
            let taken = picked
                .iter()
                .any(|p| text_matches(p, &c) || text_matches(&c, p));
            if picked.len() < OPTIONS - 1 && !right(&c) && !taken {
                picked.push(c);
            }
        }
    }
    if picked.len() < OPTIONS - 1 {
        return None;
    }
    picked.shuffle(rng);
    let at = rng.random_range(0..OPTIONS);
    picked.insert(at, a.answer.to_string());
    Some((picked, at))
}

/// What a card's question asks for; empty for a sentence's marked text.
pub fn asks_of(card: &Card) -> String {
    if card.is_question {
        asks(&card.text)
    } else {
        String::new()
    }
}

/// What a question asks for, as its question word and the word after it ("which country",
/// "who was", "how many"); empty when it has none. Answers to the same sort of question make
/// plausible options for each other.
pub fn asks(question: &str) -> String {
    const WH: &[&str] = &[
        "who", "whom", "whose", "what", "which", "when", "where", "how",
    ];
    let words: Vec<String> = question
        .split_whitespace()
        .map(|w| {
            let w = w.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'');
            let w = w.strip_suffix("'s").or(w.strip_suffix("’s")).unwrap_or(w);
            w.to_lowercase()
        })
        .collect();
    match words.iter().position(|w| WH.contains(&w.as_str())) {
        Some(k) => words[k..(k + 2).min(words.len())].join(" "),
        None => String::new(),
    }
}

/// How an answer looks: its number of words (past a leading article, up to three), whether it
/// holds a digit, and whether it is an acronym.
fn shape(text: &str) -> (usize, bool, bool) {
    let words: Vec<&str> = text.split_whitespace().collect();
    let lead = usize::from(
        words
            .first()
            .is_some_and(|w| ["the", "a", "an"].contains(&w.to_lowercase().as_str())),
    );
    let letters: Vec<char> = text.chars().filter(|c| c.is_alphabetic()).collect();
    let acronym =
        words.len() == 1 && letters.len() >= 2 && letters.iter().all(|c| c.is_uppercase());
    (
        (words.len() - lead.min(words.len())).min(3),
        text.chars().any(|c| c.is_ascii_digit()),
        acronym,
    )
}

/// The answer with its one whole number moved by one and two either way ("Apollo 11" gives
/// "Apollo 10", "Apollo 12", ...); nothing when it holds no number, or several.
fn renumbered(answer: &str) -> Vec<String> {
    let numbers: Vec<(usize, &str)> = answer.match_indices(|c: char| c.is_ascii_digit()).collect();
    let Some(&(start, _)) = numbers.first() else {
        return Vec::new();
    };
    let end = answer[start..]
        .find(|c: char| !c.is_ascii_digit())
        .map_or(answer.len(), |k| start + k);
    if answer[end..].contains(|c: char| c.is_ascii_digit()) || end - start > 4 {
        return Vec::new();
    }
    let Ok(n) = answer[start..end].parse::<i64>() else {
        return Vec::new();
    };
    [n - 1, n + 1, n - 2, n + 2]
        .into_iter()
        .filter(|v| *v >= 1)
        .map(|v| format!("{}{v}{}", &answer[..start], &answer[end..]))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use rand::rngs::StdRng;
    use rand::SeedableRng;

    fn entry(answer: &str, question: &str) -> Entry {
        Entry::Text {
            answer: answer.into(),
            asks: asks(question),
        }
    }

    #[test]
    fn what_a_question_asks_for() {
        let cases = [
            ("Which country's accession did he ratify?", "which country"),
            ("In which country is the brigade?", "which country"),
            ("Who was NATO's Secretary General in 2018?", "who was"),
            ("How many members?", "how many"),
            ("Name the treaty.", ""),
            ("Who?", "who"),
        ];
        for (q, want) in cases {
            assert_eq!(asks(q), want, "{q}");
        }
    }

    #[test]
    fn renumbering_moves_the_one_number() {
        assert_eq!(
            renumbered("Article 5"),
            ["Article 4", "Article 6", "Article 3", "Article 7"]
        );
        assert_eq!(renumbered("Apollo 1"), ["Apollo 2", "Apollo 3"]);
        assert!(renumbered("Montenegro").is_empty());
        assert!(renumbered("from 3 to 4").is_empty(), "two numbers");
    }

    #[test]
    fn shapes_tell_names_acronyms_and_numbered_names_apart() {
        assert_eq!(shape("the Soviet Union"), shape("North Macedonia"));
        assert_ne!(shape("Jens Stoltenberg"), shape("Romania"));
        assert_ne!(shape("AWACS"), shape("Romania"));
        assert_ne!(shape("Article 5"), shape("Eagle Two"));
    }

    fn options(a: &TextAnswer<'_>, deck: &Pool, seed: u64) -> Option<Vec<String>> {
        let mut rng = StdRng::seed_from_u64(seed);
        text_choices(a, deck, &mut rng).map(|(opts, at)| {
            assert_eq!(opts[at], a.answer);
            opts
        })
    }

    #[test]
    fn only_answers_to_the_same_sort_of_question_that_look_alike() {
        let q = "Which country joined in 2017?";
        let deck = Pool::new(vec![
            entry("Montenegro", q),
            entry("Romania", "In which country is the brigade?"),
            entry("Jens Stoltenberg", "Who was Secretary General?"),
            entry("AWACS", "Which aircraft fly?"),
            entry("Albania", "Which country joined in 2009?"),
        ]);
        let a = TextAnswer {
            answer: "Montenegro",
            accept: &[],
            distractors: &[],
            asks: &asks(q),
        };
        assert_eq!(options(&a, &deck, 1), None, "two countries are not three");
        let mut more = deck.clone();
        more.0.push(entry("Croatia", "Which country hosted it?"));
        for seed in 0..20 {
            let mut opts = options(&a, &more, seed).unwrap();
            opts.sort();
            assert_eq!(opts, ["Albania", "Croatia", "Montenegro", "Romania"]);
        }
    }

    #[test]
    fn the_authors_distractors_come_first_and_never_an_accepted_answer() {
        let own = [
            "Buzz Aldrin".to_string(),
            "Armstrong".to_string(),
            "John Glenn".into(),
            "Yuri Gagarin".into(),
            "Buzz Aldrin".into(),
        ];
        let a = TextAnswer {
            answer: "Neil Armstrong",
            accept: &["Armstrong".to_string()],
            distractors: &own,
            asks: "who was",
        };
        let deck = Pool::new(vec![entry("Michael Collins", "Who was the pilot?")]);
        for seed in 0..20 {
            let mut opts = options(&a, &deck, seed).unwrap();
            opts.sort();
            assert_eq!(
                opts,
                [
                    "Buzz Aldrin",
                    "John Glenn",
                    "Neil Armstrong",
                    "Yuri Gagarin"
                ]
            );
        }
    }

    #[test]
    fn a_numbered_name_gets_its_neighbours() {
        let a = TextAnswer {
            answer: "Article 5",
            accept: &["5".to_string(), "Article V".to_string()],
            distractors: &[],
            asks: "which article",
        };
        let opts = options(&a, &Pool::default(), 3).unwrap();
        assert!(opts.iter().all(|o| o.starts_with("Article ")), "{opts:?}");
    }
}
