//! "The stadium, in the Khamovniki District, was confirmed as the venue…" opening a
//! paragraph, after the text named "the Luzhniki Stadium" once: the common noun is the head
//! of a name the text gives, and only one (round 44: "The stadium" dangling, rated B). A
//! noun that heads two names ("Hillary Step", "Lhotse Face" for "the face") or none is left.

/// Names of two to four capitalised words the text writes after a mid-sentence "the", in
/// order of first sighting: "Luzhniki Stadium" of "at the Luzhniki Stadium". Table rows
/// pasted as text ("None Mean density") and openings ("New York City grew") are no names.
pub(super) fn names(text: &str) -> Vec<String> {
    let words: Vec<&str> = text.split_whitespace().collect();
    let bare = |w: &str| w.trim_end_matches(|c: char| !c.is_alphanumeric()).len() == w.len();
    let capital = |w: &str| {
        w.starts_with(char::is_uppercase)
            && w.trim_end_matches(|c: char| !c.is_alphanumeric())
                .chars()
                .all(|c| c.is_alphabetic() || "-'".contains(c))
    };
    let mut out: Vec<String> = Vec::new();
    for (k, w) in words.iter().enumerate() {
        if *w != "the" {
            continue;
        }
        let mut run = Vec::new();
        for next in &words[k + 1..] {
            if !capital(next) {
                break;
            }
            run.push(next.trim_end_matches(|c: char| !c.is_alphanumeric()));
            if !bare(next) {
                break;
            }
        }
        let name = run.join(" ");
        if (2..=4).contains(&run.len()) && !out.contains(&name) {
            out.push(name);
        }
    }
    out
}

/// `sentence` with an opening "The <noun>" named as the one name of `names` that the noun
/// heads ("The stadium" → "The Luzhniki Stadium"), unless the sentence names it already.
pub(super) fn name_the_noun(sentence: &str, names: &[String]) -> String {
    let Some(rest) = sentence.strip_prefix("The ") else {
        return sentence.to_string();
    };
    let noun: String = rest.chars().take_while(|c| c.is_alphabetic()).collect();
    let after = &rest[noun.len()..];
    if noun.is_empty() || !noun.starts_with(char::is_lowercase) || !(after.starts_with([' ', ',']))
    {
        return sentence.to_string();
    }
    let head = super::capitalize(&noun);
    let mut heads = names
        .iter()
        .filter(|n| n.rsplit(' ').next() == Some(head.as_str()));
    match (heads.next(), heads.next()) {
        (Some(name), None) if !sentence.contains(name.as_str()) => format!("The {name}{after}"),
        _ => sentence.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_opening_noun_is_named_by_the_one_name_it_heads() {
        let text = "They met at the Luzhniki Stadium in Moscow. The stadium, in the Khamovniki \
                    District, was chosen in 2012. Hillary crossed the Hillary Step.";
        let names = names(text);
        let cases: &[(&str, &str)] = &[
            (
                "The stadium, in the Khamovniki District, was chosen in 2012.",
                "The Luzhniki Stadium, in the Khamovniki District, was chosen in 2012.",
            ),
            (
                "The stadium holds 81,000.",
                "The Luzhniki Stadium holds 81,000.",
            ),
            // No name it heads, or a name already there.
            (
                "The news reached London on June 2.",
                "The news reached London on June 2.",
            ),
            (
                "The stadium, the Luzhniki Stadium, holds 81,000.",
                "The stadium, the Luzhniki Stadium, holds 81,000.",
            ),
            // Only an opening, lower-case noun.
            (
                "In 2012 the stadium was chosen.",
                "In 2012 the stadium was chosen.",
            ),
            ("The Stadium holds 81,000.", "The Stadium holds 81,000."),
        ];
        for (sentence, want) in cases {
            assert_eq!(name_the_noun(sentence, &names), *want, "{sentence}");
        }
        // A noun heading two names is left.
        let two = names_of("the Luzhniki Stadium and the Wembley Stadium");
        assert_eq!(
            name_the_noun("The stadium holds 81,000.", &two),
            "The stadium holds 81,000."
        );
    }

    fn names_of(text: &str) -> Vec<String> {
        names(&format!("They saw {text}."))
    }

    #[test]
    fn names_are_runs_of_capitals_inside_sentences() {
        let got = names(
            "Work began. They met at the Luzhniki Stadium, in Moscow. New York City grew. \
             Density None Mean density 5.2. He saw the Moore School of Engineering.",
        );
        assert_eq!(got, vec!["Luzhniki Stadium", "Moore School"]);
    }
}
