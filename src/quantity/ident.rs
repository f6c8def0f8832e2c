//! Recognizes numbers that are names, not quantities: "Article 5", "COVID-19", "Boeing 747",
//! "version 2.0", phone and room numbers. These are never asked.

use super::token::{TokKind, Token};
use super::words::month;

/// Words after which a number names something ("room 101", "Article 5").
const NAMING_WORDS: &[&str] = &[
    "article",
    "record",
    "section",
    "chapter",
    "page",
    "pages",
    "room",
    "suite",
    "flight",
    "version",
    "no",
    "number",
    "route",
    "gate",
    "platform",
    "line",
    "order",
    "resolution",
    "model",
    "code",
    "title",
    "act",
    "amendment",
    "rule",
    "bus",
    "highway",
    "interstate",
    "channel",
    "track",
    "unit",
    "building",
    "floor",
    "level",
    "phase",
    "stage",
    "apollo",
    "boeing",
    "airbus",
    "v",
    "tel",
    "phone",
    "fax",
    "call",
    "ext",
    "apartment",
    "apt",
    "box",
    "station",
    "exit",
    "item",
    "clause",
    "paragraph",
    "volume",
    "vol",
    "issue",
    "episode",
    "season",
    "psalm",
    "op",
    "no.",
];

/// Capitalized words that commonly stand before a quantity and do not name it.
const FUNCTION_WORDS: &[&str] = &[
    "in",
    "on",
    "since",
    "by",
    "from",
    "to",
    "at",
    "after",
    "before",
    "during",
    "until",
    "between",
    "of",
    "for",
    "about",
    "around",
    "nearly",
    "almost",
    "over",
    "under",
    "some",
    "only",
    "just",
    "exactly",
    "approximately",
    "roughly",
    "and",
    "or",
    "the",
    "a",
    "an",
    "all",
    "its",
    "their",
    "his",
    "her",
    "our",
    "these",
    "those",
    "every",
    "each",
    "fewer",
    "more",
    "less",
    "than",
    "within",
    "through",
    "per",
    "when",
    "where",
    "with",
    "without",
    "across",
    "above",
    "below",
    "as",
    "circa",
    "c",
    "by",
    "then",
    "still",
    "another",
    "first",
    "last",
    "next",
    "past",
    "top",
    "up",
    "down",
    "out",
    "into",
    "onto",
    "upon",
    "today",
    "now",
    "also",
    "even",
    "well",
    "both",
    "we",
    "they",
    "it",
    "there",
    "here",
    "i",
    "you",
    "he",
    "she",
    "spent",
    "took",
    "lasted",
    "ad",
    "bc",
    "bce",
    "ce",
    "early",
    "late",
    "mid",
    "spring",
    "summer",
    "autumn",
    "fall",
    "winter",
    "christmas",
    "easter",
];

/// Returns the index just past an identifier whose number is at token `i`, if it is one.
pub fn identifier_end(toks: &[Token], i: usize) -> Option<usize> {
    let tok = toks.get(i).filter(|t| t.kind == TokKind::Num)?;
    let prev = i.checked_sub(1).and_then(|p| toks.get(p));
    let joined_prev = prev.is_some_and(|p| p.end == tok.start);
    if let Some(end) = phone_end(toks, i) {
        return Some(end);
    }
    if let Some(end) = clock_end(toks, i) {
        return Some(end);
    }
    let named = prev.is_some() && names_number(toks, i - 1, joined_prev);
    let glued_letters =
        joined_prev && prev.is_some_and(|q| q.kind == TokKind::Word) || next_glued_letters(toks, i);
    let dashed_name = joined_prev && prev.is_some_and(|p| p.is_sym('-')) && i >= 2 && {
        let word = &toks[i - 2];
        word.end == toks[i - 1].start
            && word.kind == TokKind::Word
            && word.text.chars().any(char::is_uppercase)
    };
    let hash = joined_prev && prev.is_some_and(|p| p.is_sym('#'));
    let leading_zero =
        tok.text.len() > 1 && tok.text.starts_with('0') && !tok.text.starts_with("0.");
    let version = tok.text.matches('.').count() > 1;
    (named || glued_letters || dashed_name || hash || leading_zero || version).then_some(i + 1)
}

/// A time of day after the number at `i` ("11 a.m.", "9pm", "10:30", "6 o'clock"): the
/// index past it. A clock reading is no quantity to ask.
fn clock_end(toks: &[Token], i: usize) -> Option<usize> {
    let word = |k: usize| toks.get(k).map(Token::lower).unwrap_or_default();
    let glued = |k: usize| toks.get(k).is_some_and(|t| t.start == toks[k - 1].end);
    // "10:30": a colon and two digits glued on.
    let minutes = toks
        .get(i + 2)
        .is_some_and(|t| t.kind == TokKind::Num && t.text.len() == 2);
    if toks.get(i + 1).is_some_and(|t| t.is_sym(':')) && glued(i + 1) && glued(i + 2) && minutes {
        return Some(i + 3);
    }
    // The tokenizer keeps "a.m" and "o'clock" as words; a closing dot follows "a.m".
    match word(i + 1).as_str() {
        "am" | "pm" | "o'clock" | "o’clock" => Some(i + 2),
        "a.m" | "p.m" => Some(i + 2 + usize::from(toks.get(i + 2).is_some_and(|t| t.is_sym('.')))),
        _ => None,
    }
}

/// Whether the word at `w` (just before a number) names the number rather than counting it.
fn names_number(toks: &[Token], w: usize, joined: bool) -> bool {
    let word = &toks[w];
    if word.is_sym('.') && w >= 1 {
        return toks[w - 1].text.eq_ignore_ascii_case("no");
    }
    if word.kind != TokKind::Word || joined {
        return false;
    }
    let lower = word.lower();
    if NAMING_WORDS.contains(&lower.as_str()) {
        return true;
    }
    let capital = word.is_capitalized();
    capital
        && !FUNCTION_WORDS.contains(&lower.as_str())
        && month(&lower).is_none()
        && !measures_or_counts(toks, w + 1)
}

/// Whether the number at `i` is written as an amount, whatever capital stands before it
/// (issue 10: "It takes Saturn 10,759 Earth days", "circles Mars 3 times a day", "the Olympic
/// 100 m"): grouped thousands or decimals, which names do not use, or a unit or a plural
/// noun after it. "Apollo 11 carried", "Boeing 747 jets" stay names by their naming word.
fn measures_or_counts(toks: &[Token], i: usize) -> bool {
    let num = &toks[i];
    if num.text.ends_with(".0") {
        return false; // "Web 2.0 sites": a version.
    }
    if num.text.contains([',', '.']) {
        return true;
    }
    let Some(next) = toks.get(i + 1).filter(|t| t.kind == TokKind::Word) else {
        return false;
    };
    let unit = super::unit::lookup_in_prose(next.text).is_some()
        || matches!(next.lower().as_str(), "square" | "sq" | "cubic" | "short");
    let lower = next.lower();
    let plural =
        !next.is_capitalized() && lower.len() > 3 && lower.ends_with('s') && !lower.ends_with("ss");
    // "Saturn 10,759 Earth days": a capitalised word, then a unit.
    let unit_after_name = next.is_capitalized()
        && toks
            .get(i + 2)
            .is_some_and(|t| super::unit::lookup_in_prose(t.text).is_some());
    unit || plural || unit_after_name
}

/// Letters glued after the digits that are no suffix factdrill knows ("747s", "5G", "3D").
fn next_glued_letters(toks: &[Token], i: usize) -> bool {
    let Some(next) = toks.get(i + 1) else {
        return false;
    };
    if next.start != toks[i].end || next.kind != TokKind::Word {
        return false;
    }
    let known = matches!(
        next.text,
        "st" | "nd"
            | "rd"
            | "th"
            | "k"
            | "bn"
            | "m"
            | "km"
            | "kg"
            | "cm"
            | "mm"
            | "g"
            | "ft"
            | "mph"
            | "h"
            | "s"
            | "l"
            | "ha"
    ) || super::unit::lookup_in_prose(next.text).is_some();
    !known
}

/// A phone number: "+1 202 555 0143", "555-0123", "202-555-0143". Returns the index after it.
fn phone_end(toks: &[Token], i: usize) -> Option<usize> {
    // "+2.3 %" is a signed change, not a dialling code.
    let plus = i >= 1
        && toks[i - 1].is_sym('+')
        && toks[i - 1].end == toks[i].start
        && !toks[i].text.contains('.');
    let mut groups = vec![toks[i].text.len()];
    let mut j = i + 1;
    while let (Some(sep), Some(num)) = (toks.get(j), toks.get(j + 1)) {
        let dash = sep.is_sym('-') && sep.start == toks[j - 1].end && num.start == sep.end;
        if dash && num.kind == TokKind::Num {
            groups.push(num.text.len());
            j += 2;
        } else if plus && sep.kind == TokKind::Num {
            groups.push(sep.text.len());
            j += 1;
        } else {
            break;
        }
    }
    let phone = plus || groups.len() >= 3 || groups == [3, 4] || groups == [3, 3];
    phone.then_some(j)
}

#[cfg(test)]
mod tests {
    use super::super::token::tokenize;
    use super::*;

    fn is_ident(s: &str, num: &str) -> bool {
        let toks = tokenize(s);
        let i = toks.iter().position(|t| t.text == num).unwrap();
        identifier_end(&toks, i).is_some()
    }

    #[test]
    fn names_are_not_quantities() {
        let cases: &[(&str, &str, bool, &str)] = &[
            ("the Treaty's Article 5 is", "5", true, "article"),
            ("Executive Order 14017 of", "14017", true, "executive order"),
            ("Apollo 11 landed", "11", true, "mission name"),
            ("a Boeing 747 jet", "747", true, "aircraft model"),
            ("during COVID-19 lockdowns", "19", true, "disease name"),
            ("Web 2.0 sites", "2.0", true, "version after a name"),
            ("version 1.2.3", "1.2.3", true, "version"),
            ("call 555-0123 now", "555", true, "phone"),
            ("+1 202 555 0143", "1", true, "international phone"),
            ("room 101", "101", true, "room"),
            ("No. 5 squadron", "5", true, "No."),
            ("#3 seed", "3", true, "hash"),
            ("5G networks", "5", true, "glued letters"),
            ("In 2017 alone", "2017", false, "preposition then year"),
            ("Since 1949, NATO", "1949", false, "since"),
            ("April 4", "4", false, "a month is no name"),
            (
                "About 16,000 troops",
                "16,000",
                false,
                "sentence-initial adverb",
            ),
            ("12 founding members", "12", false, "plain count"),
            ("the 45th President", "45", false, "ordinal suffix"),
            ("a 100-day plan", "100", false, "hyphenated duration"),
            ("from 1939-1945", "1939", false, "year range is not a phone"),
            ("ended at 11 a.m. on", "11", true, "clock time a.m."),
            ("at 9pm sharp", "9", true, "clock time pm"),
            ("at 10:30 the", "10", true, "clock time with minutes"),
            ("at 6 o'clock", "6", true, "o'clock"),
            ("a ratio of 3:1", "3", false, "a ratio is no clock"),
            ("11 members", "11", false, "a count"),
            // Issue 10: a capital before an amount is no name.
            (
                "It takes Saturn 10,759 Earth days",
                "10,759",
                false,
                "grouped digits",
            ),
            (
                "It circles Mars 3 times a day",
                "3",
                false,
                "a plural noun after",
            ),
            (
                "the Olympic 100 m and 200 m titles",
                "100",
                false,
                "a unit after",
            ),
            (
                "Apollo 11 carried a crew",
                "11",
                true,
                "naming word, verb after",
            ),
            (
                "the Boeing 747 jets",
                "747",
                true,
                "naming word wins over a plural",
            ),
            (
                "Saturn V rockets and Gemini 12 launched",
                "12",
                true,
                "a name, a verb after",
            ),
        ];
        for (text, num, want, why) in cases {
            assert_eq!(is_ident(text, num), *want, "{why}: {text}");
        }
    }
}
