//! Text answers: case, punctuation, articles and small typos forgiven; digits never.
//! (Below `card`, `question` and `grade`, which all compare answers' text: a distractor must
//! not match an accepted answer, and a typed answer is graded by it.)

/// Lower case, punctuation dropped, white space folded, a leading article removed;
/// "U.S.S.R." becomes "ussr" rather than four letters.
pub fn normalize(text: &str) -> String {
    // "2008 & 2012" is "2008 and 2012".
    let cleaned: String = join_initialisms(&text.replace('&', " and "))
        .chars()
        .map(|c| {
            if c.is_alphanumeric() {
                c.to_lowercase().next().unwrap_or(c)
            } else {
                ' '
            }
        })
        .collect();
    let words: Vec<&str> = cleaned.split_whitespace().collect();
    let words = match words.first() {
        Some(&"the" | &"a" | &"an") if words.len() > 1 => &words[1..],
        _ => &words[..],
    };
    words.join(" ")
}

/// Letters joined by dots ("U.S.S.R.", "u.s.") written as one word.
fn join_initialisms(text: &str) -> String {
    text.split_whitespace()
        .map(|w| {
            let parts: Vec<&str> = w.trim_end_matches('.').split('.').collect();
            let initials = parts.len() > 1
                && parts
                    .iter()
                    .all(|p| p.chars().count() == 1 && p.chars().all(char::is_alphabetic));
            if initials {
                parts.concat()
            } else {
                w.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Words a person may put around an answer without changing it ("it was Paris").
const FILLERS: &[&str] = &[
    "it", "was", "is", "its", "it's", "s", "i", "think", "maybe", "probably", "answer", "called",
    "named", "by", "in", "on", "of", "at", "mr", "mrs", "ms", "dr", "the", "a", "an", "then",
];

/// How many typos a text of this length may have and still be right.
fn allowed_typos(len: usize) -> usize {
    match len {
        0..=3 => 0,
        4..=7 => 1,
        _ => 2,
    }
}

/// Whether a text holds a negative figure: a minus sign or "minus" before a digit.
fn negative(s: &str) -> bool {
    let s = s.to_lowercase().replace("minus ", "-");
    let chars: Vec<char> = s.chars().collect();
    chars.windows(2).enumerate().any(|(k, w)| {
        let free = k == 0 || !chars[k - 1].is_alphanumeric();
        matches!(w[0], '-' | '−') && w[1].is_ascii_digit() && free
    })
}

fn digits(s: &str) -> String {
    s.chars().filter(char::is_ascii_digit).collect()
}

/// Whether a typed text matches an expected one, forgiving small typos but no changed digit.
pub fn matches(expected: &str, given: &str) -> bool {
    matches_in(expected, given, "")
}

/// As [`matches`], where words of `context` (the question) may also stand around the answer:
/// "Paris, France" answers "What is the capital of France?".
pub fn matches_in(expected: &str, given: &str, context: &str) -> bool {
    // Normalizing drops marks, so the sign is compared first: "2.94" is not "−2.94".
    if negative(expected) != negative(given) {
        return false;
    }
    let (mut e, mut g) = (normalize(expected), normalize(given));
    let as_digits = |s: &str| {
        s.split(' ')
            .map(|w| crate::quantity::small_number(w).map_or(w.to_string(), |n| n.to_string()))
            .collect::<Vec<_>>()
            .join(" ")
    };
    // "article five" for "Article 5", "11 times" for "eleven times": number words read as
    // digits on the side that has none.
    match (digits(&e).is_empty(), digits(&g).is_empty()) {
        (false, true) => g = as_digits(&g),
        (true, false) => e = as_digits(&e),
        _ => {}
    }
    if e.is_empty() || g.is_empty() {
        return false;
    }
    if e == g {
        return true;
    }
    if digits(&e) != digits(&g) {
        return false;
    }
    if strsim::damerau_levenshtein(&e, &g) <= allowed_typos(e.chars().count())
        && !short_word_changed(&e, &g)
    {
        return true;
    }
    // "armstrong, neil": the same words in another order.
    let mut ew: Vec<&str> = e.split(' ').collect();
    let mut gw: Vec<&str> = g.split(' ').collect();
    ew.sort_unstable();
    gw.sort_unstable();
    if ew.len() > 1 && ew == gw {
        return true;
    }
    // Surrounding words: "it was paris" and "N. Armstrong" hold the answer as whole words,
    // with only a few filler words or initials beside it; "Louis Armstrong" is someone else.
    let padded = format!(" {g} ");
    let Some(at) = padded.find(&format!(" {e} ")) else {
        return false;
    };
    let around = format!("{} {}", &padded[..at], &padded[at + e.len() + 2..]);
    let extra: Vec<&str> = around.split_whitespace().collect();
    let context = normalize(context);
    let asked: Vec<&str> = context.split(' ').collect();
    extra.len() <= 5
        && extra
            .iter()
            .all(|w| FILLERS.contains(w) || w.chars().count() == 1 || asked.contains(w))
}

/// Whether two answers of as many words differ in a word of three letters or fewer: "am"
/// for "pm", "may" for "mar" are other words, not slips of the keyboard.
fn short_word_changed(e: &str, g: &str) -> bool {
    let (ew, gw): (Vec<&str>, Vec<&str>) = (e.split(' ').collect(), g.split(' ').collect());
    ew.len() == gw.len()
        && ew
            .iter()
            .zip(&gw)
            .any(|(a, b)| a != b && a.chars().count().min(b.chars().count()) <= 3)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_matching_rules() {
        let cases: &[(&str, &str, bool, &str)] = &[
            ("Montenegro", "montenegro", true, "case"),
            ("Montenegro", "Montenegro.", true, "punctuation"),
            ("Montenegro", "Montenegor", true, "one transposition"),
            ("Montenegro", "Montenegrp", true, "one typo"),
            ("Montenegro", "Macedonia", false, "another country"),
            ("the Soviet Union", "Soviet Union", true, "article"),
            (
                "Neil Armstrong",
                "it was neil armstrong",
                true,
                "surrounding words",
            ),
            ("Eagle", "Eagel", true, "typo in a short word"),
            ("Oslo", "Olso", true, "a transposition is one typo"),
            ("Paris", "Pisa", false, "two edits in a short word"),
            (
                "Apollo 11",
                "Apollo 12",
                false,
                "a changed digit is never a typo",
            ),
            ("AWACS", "", false, "empty"),
            ("ISS", "IS", false, "three letters must be exact"),
            (
                "11:45 p.m.",
                "11:45 am",
                false,
                "a short word changed is another word",
            ),
            ("11:45 p.m.", "11:45 pm", true, "marks dropped"),
            ("Lake Baikal", "lake baikl", true, "a slip in a long word"),
            (
                "Armstrong",
                "Louis Armstrong",
                false,
                "another person of that name",
            ),
            ("Armstrong", "N. Armstrong", true, "an initial"),
            ("Neil Armstrong", "armstrong, neil", true, "surname first"),
            ("USSR", "U.S.S.R.", true, "dotted initialism"),
            (
                "Article 5",
                "article five",
                true,
                "a number word for the digit",
            ),
            ("Article 5", "article six", false, "a wrong number word"),
            (
                "Apollo 11",
                "apollo eleven",
                true,
                "a number word above ten",
            ),
            (
                "the United States",
                "the U.S.",
                false,
                "an abbreviation is not the name",
            ),
            ("Paris", "I think it was Paris", true, "filler words"),
            (
                "Paris",
                "Paris France Europe",
                false,
                "other words are not filler",
            ),
        ];
        for (expected, given, want, why) in cases {
            assert_eq!(
                matches(expected, given),
                *want,
                "{why}: {expected} / {given}"
            );
        }
    }

    #[test]
    fn words_of_the_question_may_stand_around_the_answer() {
        let q = "What is the capital of France?";
        assert!(matches_in("Paris", "Paris, France", q));
        assert!(!matches_in("Paris", "Paris, Texas", q));
        let q = "Who first walked on the Moon?";
        assert!(!matches_in("Armstrong", "Louis Armstrong", q));
    }
}
