//! Text answers: case, punctuation, articles and small typos forgiven; digits never.

/// Lower case, punctuation dropped, white space folded, a leading article removed.
pub fn normalize(text: &str) -> String {
    let cleaned: String = text
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

/// How many typos a text of this length may have and still be right.
fn allowed_typos(len: usize) -> usize {
    match len {
        0..=3 => 0,
        4..=7 => 1,
        _ => 2,
    }
}

fn digits(s: &str) -> String {
    s.chars().filter(char::is_ascii_digit).collect()
}

/// Whether a typed text matches an expected one, forgiving small typos but no changed digit.
pub fn matches(expected: &str, given: &str) -> bool {
    let (e, g) = (normalize(expected), normalize(given));
    if e.is_empty() || g.is_empty() {
        return false;
    }
    if e == g {
        return true;
    }
    if digits(&e) != digits(&g) {
        return false;
    }
    if strsim::damerau_levenshtein(&e, &g) <= allowed_typos(e.chars().count()) {
        return true;
    }
    // Surrounding words: "it was paris" holds the answer as whole words, if only a few extra.
    let padded = format!(" {g} ");
    padded.contains(&format!(" {e} ")) && g.split(' ').count() <= e.split(' ').count() + 3
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
        ];
        for (expected, given, want, why) in cases {
            assert_eq!(
                matches(expected, given),
                *want,
                "{why}: {expected} / {given}"
            );
        }
    }
}
