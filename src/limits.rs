//! Bounds on what one fact may ask, so that the work a deck costs grows with its size and
//! no faster (issue 9, point 10). One fact holding 20,000 numbers made 20,000 cards, each
//! with a copy of the whole sentence, and compared every figure with every other: 229 kB of
//! deck took 16 s and 4.5 GB to `check`. No real sentence asks more than a few quantities,
//! and no real question lists more than a few accepted answers or wrong options.

use crate::deck::Diagnostic;

/// The most answers one fact may ask: quantities found, or spans marked with braces.
pub const MAX_ANSWERS: usize = 50;

/// The most entries of a question's `accept:` or `distractors:` list (each is compared with
/// every other when the deck is checked).
pub const MAX_LIST: usize = 50;

/// The error for a fact that asks more than [`MAX_ANSWERS`] answers, if it does.
/// `marked` says whether they were marked with braces (`count` is then exact) or found in
/// the text (where the search stops at one over the cap).
pub fn too_many_answers(count: usize, marked: bool, line: usize) -> Option<Diagnostic> {
    if count <= MAX_ANSWERS {
        return None;
    }
    let msg = if marked {
        format!("this fact marks {count} answers with braces; a fact may mark at most {MAX_ANSWERS}: split it into several facts")
    } else {
        format!("this fact holds more than {MAX_ANSWERS} quantities; a fact may ask at most {MAX_ANSWERS}: split it into several facts, or mark the few to ask with braces (`{{1949}}`)")
    };
    Some(Diagnostic::new(line, 1, msg))
}

/// The error for a question whose `accept:` or `distractors:` list is longer than
/// [`MAX_LIST`], if one is.
pub fn too_long_lists(accept: usize, distractors: usize, line: usize) -> Option<Diagnostic> {
    let (key, count) = if accept > MAX_LIST {
        ("accept", accept)
    } else if distractors > MAX_LIST {
        ("distractors", distractors)
    } else {
        return None;
    };
    let msg = format!("`{key}:` lists {count} entries; a question may list at most {MAX_LIST}: keep the likeliest ones");
    Some(Diagnostic::new(line, 1, msg))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn answers_over_the_cap_are_an_error_at_the_fact_line() {
        // (count, marked, error expected, words in the fix)
        let cases = [
            (0, false, false, ""),
            (MAX_ANSWERS, false, false, ""),
            (MAX_ANSWERS, true, false, ""),
            (MAX_ANSWERS + 1, false, true, "more than 50 quantities"),
            (20_000, false, true, "mark the few to ask"),
            (MAX_ANSWERS + 1, true, true, "split it into several facts"),
            (40_000, true, true, "marks 40000 answers"),
        ];
        for (count, marked, expected, words) in cases {
            let got = too_many_answers(count, marked, 7);
            assert_eq!(got.is_some(), expected, "{count} {marked}");
            if let Some(d) = got {
                assert_eq!((d.line, d.column), (7, 1));
                assert!(d.message.contains(words), "{}", d.message);
            }
        }
    }

    #[test]
    fn lists_over_the_cap_name_their_key() {
        let cases = [
            (MAX_LIST, MAX_LIST, None),
            (MAX_LIST + 1, 0, Some("`accept:`")),
            (0, MAX_LIST + 1, Some("`distractors:`")),
            (3000, 3000, Some("`accept:` lists 3000")),
        ];
        for (accept, distractors, words) in cases {
            let got = too_long_lists(accept, distractors, 3);
            assert_eq!(
                got.as_ref().map(|d| d.line),
                words.map(|_| 3),
                "{accept} {distractors}"
            );
            if let (Some(d), Some(w)) = (got, words) {
                assert!(d.message.contains(w), "{}", d.message);
            }
        }
    }
}
