//! How a card reads: a real question where the sentence allows one ("How many NATO Allies
//! will reach the 2 percent benchmark?"), else the sentence with a blank and a cue; never with
//! the answer showing elsewhere in it.

use super::BLANK;
use crate::card::{Answer, Card};
use crate::quantity::same_figure;
use crate::quantity::{equivalent_end, find, Kind, Quantity, Value};
use std::ops::Range;

/// Prepositions that may stand before a year or date in a question ("by what year").
const TIME_PREPOSITIONS: &[&str] = &[
    "in", "on", "by", "since", "until", "before", "after", "from", "to", "of", "during", "between",
    "and",
];

/// Words that may follow a figure without making it an adjective ("4.8 percent in Europe").
const FOLLOWERS: &[&str] = &[
    "in", "on", "at", "by", "for", "of", "to", "from", "with", "and", "or", "but", "since",
    "after", "before", "during", "over", "under", "above", "below", "across", "between", "than",
    "per", "a", "an", "the", "this", "that", "each", "every", "later", "ago", "earlier", "long",
    "high", "tall", "deep", "wide", "old", "away", "apart", "more", "less", "as", "among", "into",
    "within", "until", "when", "while", "which", "who", "whose", "where", "if", "so", "was",
    "were", "is", "are", "has", "had", "will", "plus", "minus",
];

/// The ranges of the card's text to hide: its answer, and every other place the same figure
/// (or word) is written, so that the prompt never gives the answer away.
pub fn hidden(card: &Card) -> Vec<Range<usize>> {
    let Some(span) = card.span().filter(|_| !card.is_question) else {
        return Vec::new();
    };
    let mut out = vec![span.clone()];
    match &card.answer {
        Answer::Quantity(q) => {
            // A figure and its stated equivalent are one quantity (issue 10): the blank
            // covers "420 miles (676 km)", so the other unit never shows the answer.
            let found = find(&card.text);
            // A range's equivalent follows its high end: "8–11 km (5.0–6.8 mi)".
            let with_equivalent = |r: Range<usize>, last: &Range<usize>| {
                let end = found
                    .iter()
                    .find(|f| f.span == *last)
                    .and_then(|f| equivalent_end(&card.text, f, &found));
                r.start..end.unwrap_or(r.end)
            };
            let last = q.range.as_deref().map_or(&span, |e| &e.high.span);
            out[0] = with_equivalent(span.clone(), last);
            // A range's low end written alone elsewhere is another figure ("in 1981").
            for other in found.iter().filter(|_| q.range.is_none()) {
                if other.span != span && same_figure(q, other) {
                    out.push(with_equivalent(other.span.clone(), &other.span));
                }
            }
        }
        Answer::Text { answer, .. } => {
            let lower = card.text.to_lowercase();
            let needle = answer.to_lowercase();
            let mut from = 0;
            while let Some(at) = lower[from..].find(&needle).map(|p| p + from) {
                let r = at..at + needle.len();
                if r != span
                    && card.text.is_char_boundary(r.start)
                    && card.text.is_char_boundary(r.end)
                {
                    out.push(r.clone());
                }
                from = r.end;
            }
        }
    }
    out.sort_by_key(|r| r.start);
    out
}

/// The sentence with each hidden range replaced by a blank.
pub fn cloze(card: &Card) -> String {
    let mut out = String::new();
    let mut at = 0;
    for r in hidden(card) {
        if r.start < at {
            continue;
        }
        out.push_str(&card.text[at..r.start]);
        out.push_str(BLANK);
        at = r.end;
    }
    out.push_str(&card.text[at..]);
    out
}

/// Words that make a figure at the start of a sentence approximate.
pub(super) const APPROXIMATELY: &[&str] = &[
    "almost",
    "nearly",
    "about",
    "around",
    "roughly",
    "approximately",
    "some",
];

/// The word that makes the card's figure a bound ("more than", "by"), if one stands
/// right before it (`screen::bound_word`). Such a card is asked typed only: in the typed
/// form the bound stays in
/// the prompt and only the figure is recalled, while choice, true/false and estimate would
/// each accept more than one answer.
pub fn bound(card: &Card) -> Option<&'static str> {
    let Answer::Quantity(q) = &card.answer else {
        return None;
    };
    crate::screen::bound_word(&card.text, q)
}

/// The card as a natural question, when its sentence allows a clean rewrite.
pub fn natural(card: &Card) -> Option<String> {
    let Answer::Quantity(q) = &card.answer else {
        return None;
    };
    let blanks = hidden(card);
    if card.is_question || blanks.len() > 1 {
        return None; // Several blanks read better as a cloze.
    }
    // "ran from what year", "held from what dates": a range asked whole keeps its cloze.
    let days = matches!(q.value, crate::quantity::Value::Date(d) if d.end_day.is_some());
    let from = card.text[..q.span.start].trim_end().to_lowercase();
    if q.range.is_some() || days && (from.ends_with(" from") || from.ends_with(" between")) {
        return None;
    }
    // The blank may reach past the figure, over its stated equivalent.
    let blank_end = blanks.first().map_or(q.span.end, |r| r.end);
    let text = card.text.trim();
    let body = text.strip_suffix('.')?;
    let several = crate::sentences::split(text).len() > 1;
    if several || body.contains(['"', '“', ':', ';']) {
        return None; // More than one sentence, a quotation, or a list.
    }
    let before = &body[..q.span.start];
    let after = &body[blank_end.min(body.len())..];
    let first = before.trim().is_empty();
    // "the 2 percent benchmark": a figure used as an adjective makes "the what percentage
    // benchmark"; such sentences stay a cloze.
    let next = after.split_whitespace().next().unwrap_or("");
    let adjective = q.kind != Kind::Count
        && next.chars().next().is_some_and(char::is_lowercase)
        && !FOLLOWERS.contains(&next.trim_matches(',').to_lowercase().as_str());
    if adjective || aside(before, after) || listed(before, after) || awkward(before, after) {
        return None;
    }
    if let Some(question) = opening_time(q, before, after) {
        return Some(question);
    }
    // "Almost 16,000 troops serve" asks "About how many troops serve?", not "Almost how many".
    let rough = APPROXIMATELY.contains(&before.trim().to_lowercase().as_str());
    let (before, first) = if rough { ("", true) } else { (before, first) };
    let mut phrase = wh_phrase(q, before, first)?;
    if rough {
        phrase = format!("About {}", phrase.to_lowercase());
    }
    let after = many_after(q, &phrase, after);
    let question = format!("{before}{phrase}{after}?");
    let mut chars = question.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
}

/// What follows "how many" with its counted noun in the plural: "went up 0.4 percentage
/// point" asks "went up how many percentage points" (round 25 preview: "how many percentage
/// point").
fn many_after(q: &Quantity, phrase: &str, after: &str) -> String {
    let singular = q.value.number().is_some_and(|n| n <= 1.0);
    let many = phrase.to_lowercase().ends_with("how many");
    match q.noun.as_deref() {
        Some(noun) if singular && many && !noun.ends_with('s') => {
            let rest = after.trim_start();
            match rest.strip_prefix(noun) {
                Some(tail) if !tail.starts_with(char::is_alphanumeric) => {
                    format!(" {}{tail}", super::plural(noun))
                }
                _ => after.to_string(),
            }
        }
        _ => after.to_string(),
    }
}

/// A figure set off by commas in mid-sentence ("Its diameter, 12,104 km, is close to
/// Earth's"; "at ground level, at 92 atmospheres, it behaves"): "how many km" put there
/// reads as an interjection (issue 10, rubric B), so the sentence stays a cloze.
fn aside(before: &str, after: &str) -> bool {
    let last = before.trim_end().rsplit(',').next().unwrap_or_default();
    let opened = before.contains(',') && last.split_whitespace().count() <= 2;
    let closed = after.trim_start().starts_with(',');
    // "teenagers (12.8 percent), whites (3.5 percent)": a question word in brackets.
    let bracketed = before.trim_end().ends_with('(');
    opened && closed || bracketed
}

/// A figure in a list of figures ("were 17,468 vacuum tubes, 7,200 crystal diodes, 1,500
/// relays…", "depths of 900 m, 1,600 m and 1,400 m respectively"): "how many" put among them
/// buries the question (issue 10, rated B), so the sentence stays a cloze.
fn listed(before: &str, after: &str) -> bool {
    let numeric = |w: &str| {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-');
        w.starts_with(|c: char| c.is_ascii_digit()) || crate::quantity::small_number(w).is_some()
    };
    let starts = |s: &str| s.split_whitespace().next().is_some_and(numeric);
    // The clause that opens the list may hold its first figure near its end ("Inside were
    // 17,468 vacuum tubes, …"); every other item starts with its figure.
    let ends = |s: &str| s.split_whitespace().rev().take(4).any(numeric);
    // Figures keep their thousands commas ("1,500"), so items are split at ", " and "and".
    // A date's comma ("April 4, 1949") parts no items.
    let items = |s: &str| -> Vec<String> {
        let mut parts: Vec<String> = Vec::new();
        for p in s.split(", ") {
            let day = parts.last().and_then(|l| l.split_whitespace().last());
            let day = day.is_some_and(|d| d.len() <= 2 && d.chars().all(|c| c.is_ascii_digit()));
            let year = p.chars().take(4).filter(char::is_ascii_digit).count() == 4;
            match parts.last_mut() {
                Some(last) if day && year => last.push_str(&format!(" {p}")),
                _ => parts.push(p.to_string()),
            }
        }
        parts
            .iter()
            .flat_map(|p| p.split(" and "))
            .map(|p| p.trim_start().trim_start_matches("and ").to_string())
            .collect()
    };
    let mut before_items = items(before);
    before_items.pop();
    let opening = before_items.first().is_some_and(|s| ends(s) || starts(s));
    let later = before_items.iter().skip(1).filter(|s| starts(s)).count();
    let after_items = items(after);
    let following = after_items.iter().skip(1).filter(|s| starts(s)).count();
    // "three Olympic and four World titles": two figures sharing one noun read as a list
    // ("with how many Olympic and four World titles?" was rated B in round 26).
    let mut next = after.split_whitespace();
    let mut last = before.split_whitespace().rev();
    let word = |w: Option<&str>| w.is_some_and(|w| w.chars().all(char::is_alphabetic));
    let shared_noun =
        word(next.next()) && next.next() == Some("and") && next.next().is_some_and(numeric)
            || last.next() == Some("and") && word(last.next()) && last.next().is_some_and(numeric);
    // One other figure is no list ("Twenty aircraft were made, six of them prototypes").
    usize::from(opening) + later + following >= 2 || after.contains("respectively") || shared_noun
}

/// Where "how many" would read clumsily: after a hedge in mid-sentence ("was some how many
/// feet long", "only how many people", "nearly what percentage"), at the end of a subject
/// ("its surface of how many km2 is the largest"), or in a clause that opens the sentence
/// ("When it came by in what year, Halley's Comet was…"); such sentences stay a cloze.
fn awkward(before: &str, after: &str) -> bool {
    let words: Vec<String> = before
        .split_whitespace()
        .map(|w| w.to_lowercase())
        .collect();
    let last = words.last().map_or("", String::as_str);
    // "nearly how much" and "only how many" read naturally in mid-sentence; "some how many
    // feet" does not, nor does a question that opens "Only how many".
    // "start all how many stages": "all" wants its figure in place.
    let hedged = words.len() > 1
        && ["some", "roughly", "approximately", "around", "all"].contains(&last)
        || words.len() == 1 && ["only", "just"].contains(&last);
    let rest: Vec<&str> = after.split_whitespace().collect();
    let verb_next = |w: &&str| ["is", "was", "are", "were", "has", "had"].contains(w);
    let subject_ends = last == "of" && rest.first().is_some_and(verb_next);
    let opening_clause = [
        "when", "after", "before", "as", "while", "once", "although", "if",
    ]
    .contains(&words.first().map_or("", String::as_str))
        && !before.contains(',')
        && after.trim_start().starts_with(',');
    // "With how many nations taking part, the event had…": a figure in an opening "with"
    // phrase (round 52: B three times, "awkward inverted wording").
    let with_opening =
        words.first().is_some_and(|w| w == "with") && !before.contains(',') && after.contains(',');
    // "…and the morning of 15 April 1912, how many days after she had set out…": a time
    // set off after a comma reads as a second question (round 53 preview).
    let set_off_time = before.trim_end().ends_with(',')
        && words.len() > 3
        && rest
            .iter()
            .take(2)
            .any(|w| matches!(*w, "after" | "before" | "later" | "earlier"));
    hedged
        || subject_ends
        || with_opening
        || set_off_time
        || opening_clause
        || inverted_clause(before, after)
        || clause_after(after)
}

/// Joints after which a new clause starts.
const JOINTS: &[&str] = &[", and ", ", but ", "; ", " – ", " — ", "—", ", yet "];

/// "…goes back to an Indian survey of what year, and a Chinese survey in 1975 confirmed
/// it?": a question word with a whole clause after it reads as two questions glued; the
/// cloze with its cue reads cleanly (issue 10, rounds 13 and 14: six cards rated B).
fn clause_after(after: &str) -> bool {
    let joined = JOINTS.iter().any(|j| {
        after
            .split_once(j)
            .is_some_and(|(_, rest)| rest.split_whitespace().count() >= 3)
    });
    // "…measured in what year and was 8,840 m?", "…in what year and will be back in
    // 2061?": a second verb joined by a bare "and" (round 19: rated B).
    let words: Vec<&str> = after.split_whitespace().collect();
    let verb_joined = words.windows(2).any(|w| {
        w[0] == "and" && (AUXILIARIES.contains(&w[1]) || matches!(w[1], "then" | "later"))
    });
    // "winners in what year and 1950?": a figure joined on reads as half a question.
    let figure_joined = matches!(words.first(), Some(&("and" | "or")))
        && words
            .get(1)
            .is_some_and(|w| w.starts_with(|c: char| c.is_ascii_digit()));
    joined || verb_joined || figure_joined
}

/// A time phrase that opens a later clause ("…, and on 19 January 1903 L'Auto announced the
/// Tour"): "and on what date L'Auto announced" needs the verb turned round ("did L'Auto
/// announce"), which is not safe to guess (issue 10, round 10: rated B), so it stays a cloze.
fn inverted_clause(before: &str, after: &str) -> bool {
    let words: Vec<&str> = before.split_whitespace().collect();
    let [.., joint, prep] = words.as_slice() else {
        return false;
    };
    let joined = ["and", "but", "so", "then"].contains(joint) || joint.ends_with(',');
    let timed = ["on", "in", "during", "by"].contains(prep);
    let next = after.split_whitespace().next().unwrap_or_default();
    let pronoun = [
        "the", "a", "an", "he", "she", "it", "they", "we", "his", "her", "its",
    ];
    let subject = next.starts_with(char::is_uppercase) || pronoun.contains(&next);
    words.len() > 2 && joined && timed && subject
}

/// Auxiliary verbs that can move before the subject to make a question.
const AUXILIARIES: &[&str] = &[
    "was", "were", "is", "are", "had", "has", "have", "will", "would", "could", "can",
];

/// A sentence that opens with its date, turned round where an auxiliary verb allows it:
/// "In 1975, the European Space Agency was founded" asks "In what year was the European
/// Space Agency founded?". A plain past tense ("In 2017, NATO deployed…") would need the verb
/// inflected ("did NATO deploy"), which is not safe to guess: those stay a cloze.
fn opening_time(q: &Quantity, before: &str, after: &str) -> Option<String> {
    let lead = before.trim();
    if !["In", "On", "By", "Since", "During"].contains(&lead) {
        return None;
    }
    let wh = when_words(q)?;
    let words: Vec<&str> = after
        .trim_start_matches([',', ' '])
        .split_whitespace()
        .collect();
    let k = words
        .iter()
        .position(|w| AUXILIARIES.contains(&w.to_lowercase().as_str()))
        .filter(|&k| (1..=8).contains(&k))?;
    // A clause before the verb ("after a long debate,"), a verb inside what would be the
    // subject ("President Trump said NATO had…"), or nothing after the verb: no rewrite.
    let verb_like = |w: &&str| {
        let w = w.to_lowercase();
        w.ends_with("ed")
            || ["said", "says", "told", "thought", "knew", "wrote", "that"].contains(&w.as_str())
    };
    if words[..k].iter().any(|w| w.ends_with(','))
        || words[1..k].iter().any(verb_like)
        || k + 1 >= words.len()
    {
        return None;
    }
    let mut subject = words[..k].to_vec();
    let determiner = ["The", "A", "An", "This", "These", "Its", "Their"];
    let lowered = subject[0].to_lowercase();
    if determiner.contains(&subject[0]) {
        subject[0] = &lowered;
    }
    Some(format!(
        "{lead} {wh} {} {} {}?",
        words[k].to_lowercase(),
        subject.join(" "),
        words[k + 1..].join(" ")
    ))
}

/// The words that take the quantity's place, or `None` where they would read clumsily.
fn wh_phrase(q: &Quantity, before: &str, first: bool) -> Option<String> {
    let last_word = before
        .split_whitespace()
        .last()
        .map(str::to_lowercase)
        .unwrap_or_default();
    let words_before = before.split_whitespace().count();
    let unit = q.style.suffix.trim();
    // "among them the four large moons" would read "the how many large moons"; "At 1,642 m
    // Lake Baikal is…" would need its verb moved ("At how many metres is Lake Baikal…"):
    // both stay a cloze (issue 10: rated C as ungrammatical).
    // ("With how many nations taking part, …" reads well: a count keeps its question.)
    let opening_preposition =
        words_before == 1 && !matches!(q.kind, Kind::Year | Kind::Date | Kind::Count);
    // "in those how many months" reads as badly as "the how many" (issue 10, round 8).
    // "another how many very small moons" (round 45: B twice) likewise.
    let determiner = matches!(
        last_word.as_str(),
        "the"
            | "those"
            | "these"
            | "this"
            | "that"
            | "its"
            | "their"
            | "his"
            | "her"
            | "our"
            | "another"
    );
    let mut back = before.split_whitespace().rev().map(str::to_lowercase);
    let (last, second) = (
        back.next().unwrap_or_default(),
        back.next().unwrap_or_default(),
    );
    // "took the last how many stages" (round 33: B): an adjective after a determiner.
    let after_determiner = matches!(
        last.as_str(),
        "last"
            | "first"
            | "next"
            | "final"
            | "previous"
            | "past"
            | "other"
            | "following"
            | "remaining"
            | "coming"
            | "extra"
    ) && matches!(second.as_str(), "the" | "its" | "their" | "his" | "her");
    // "and with how many titles he is among the most successful" wants its verb turned
    // round (round 33: B); "With how many nations taking part, …" opens the sentence.
    let clause_with = last == "with"
        && (second == "and" || second == "but" || second.ends_with(','))
        && q.kind == Kind::Count;
    if determiner || opening_preposition || after_determiner || clause_with {
        return None;
    }
    match (q.kind, q.value) {
        // An amount in parts is asked "how long", never "how many minutes".
        (Kind::Duration, _) if q.style.parts.is_some() => {
            Some(if first { "How long" } else { "how long" }.into())
        }
        (Kind::Measure, _) if q.style.parts.is_some() => None,
        (Kind::Count, _) if q.noun.is_some() => Some(if first {
            "How many".into()
        } else {
            "how many".into()
        }),
        (Kind::Duration | Kind::Measure, _)
            if !first
                && !unit.is_empty()
                && !q.style.suffix.starts_with('-')
                && unit.chars().any(char::is_alphabetic) =>
        {
            // "how many metres high", not "how many m high"; "km" and "km/h" read fine.
            let letters = unit.chars().filter(|c| c.is_alphabetic()).count();
            match q.value {
                Value::Amount { unit: u, .. } if unit == "°" => {
                    Some(format!("how many {}s", u.name))
                }
                // "how many nmi" is a puzzle to most readers (round 24: rated B).
                Value::Amount { unit: u, .. }
                    if letters == 1 && !unit.contains('°')
                        || unit.contains(['²', '³'])
                        || matches!(unit, "nmi" | "kn" | "ha" | "lb") =>
                {
                    Some(format!("how many {}s", u.name))
                }
                _ => Some(format!("how many {unit}")),
            }
        }
        // At the start too: `natural` capitalises the question's first letter.
        (Kind::Percent, _) => Some("what percentage".into()),
        // "rose by nearly how much?" reads as a share as well as an amount (round 33: B).
        (Kind::Money, Value::Money { currency, .. }) => Some(
            crate::quantity::currency::plural_name(currency.0)
                .map_or_else(|| "how much".into(), |name| format!("how many {name}")),
        ),
        (Kind::Money, _) => Some("how much".into()),
        // A time phrase at the very start ("In 2017, NATO deployed") needs the verb turned
        // round, which a rewrite cannot do well: those stay a cloze.
        (Kind::Year | Kind::Date, _)
            if words_before > 2 && TIME_PREPOSITIONS.contains(&last_word.as_str()) =>
        {
            when_words(q).map(String::from)
        }
        _ => None,
    }
}

/// The words that ask for a year or a date: "what year", "what month and year", "what date"
/// or, for a range of days, "what dates"; `None` for other kinds.
pub(super) fn when_words(q: &Quantity) -> Option<&'static str> {
    match (q.kind, q.value) {
        (Kind::Year, _) => Some("what year"),
        (Kind::Date, Value::Date(d)) => Some(match (d.day, d.end_day) {
            (Some(_), Some(_)) => "what dates",
            (Some(_), None) => "what date",
            _ => "what month and year",
        }),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::card::compile;
    use crate::deck::parse;

    fn cards(fact: &str) -> Vec<Card> {
        let src = format!("title: T\nfacts:\n  - {fact}\n");
        compile(&parse(src.as_bytes(), "t").deck.unwrap()).cards
    }

    #[test]
    fn rewrites_into_questions_where_it_reads_well() {
        let cases: &[(&str, usize, Option<&str>)] = &[
            ("The United States is one of 12 founding members that signed the Washington Treaty on April 4, 1949.", 0, Some("The United States is one of how many founding members that signed the Washington Treaty on April 4, 1949?")),
            ("The United States is one of 12 founding members that signed the Washington Treaty on April 4, 1949.", 1, Some("The United States is one of 12 founding members that signed the Washington Treaty on what date?")),
            ("Eight NATO Allies reached the target.", 0, Some("How many NATO Allies reached the target?")),
            ("Its diameter, 12,104 km, is close to Earth's.", 0, None),
            ("At ground level, at 92 atmospheres, it behaves as a fluid.", 0, None),
            ("Rates for teenagers (12.8 percent) and whites held.", 0, None),
            ("Jupiter has moons, among them the four large Galilean moons.", 0, None),
            ("At 1,642 m Lake Baikal is the deepest lake anywhere.", 0, None),
            ("In Europe, spending rose by 4.8 percent, a record.", 0, Some("In Europe, spending rose by what percentage, a record?")),
            ("Defense spending rose by 4.8 percent in Europe.", 0, Some("Defense spending rose by what percentage in Europe?")),
            ("The rise amounted to nearly $14 billion.", 0, Some("The rise amounted to nearly how many dollars?")),
            ("Garin took the last three stages.", 0, None),
            // Round 40: "kept flying for the following how many years" (B); round 42: "after
            // the extra how many minutes" (C).
            ("It kept flying for the following 27 years.", 0, None),
            ("The game ended 4–2 after the extra 30 minutes.", 1, None),
            // Round 45: "In 2018 another how many very small moons were found?" (B twice).
            ("In 2018 another 10 very small moons were found.", 1, None),
            ("He won four titles, and with three titles he is among the best.", 1, None),
            ("NATO has kept the peace for seven decades.", 0, Some("NATO has kept the peace for how many decades?")),
            // Round 52: "With how many nations taking part, the 1966 event had…?" (B).
            ("With 70 nations taking part, the event had more teams than any before.", 0, None),
            ("She sank on 15 April 1912, four days after she had set out.", 1, None),
            ("Over the years, 200 people died.", 0, Some("Over the years, how many people died?")),
            ("Riders did not need to start all six stages.", 0, None),
            ("\"{15} Allies are on track to spend more by {2024}.\"", 1, Some("15 Allies are on track to spend more by what year?")),
            ("In 2017, NATO deployed a new force.", 0, None),
            ("In 1975, the European Space Agency was founded.", 0, Some("In what year was the European Space Agency founded?")),
            ("By {2018} NATO had grown to {29} member states.", 0, Some("By what year had NATO grown to 29 member states?")),
            ("In May 2017, The Allies were told to spend more.", 0, Some("In what month and year were the Allies told to spend more?")),
            ("On April 4, 1949, twelve nations were founding members.", 0, Some("On what date were twelve nations founding members?")),
            ("In 2017, after a long debate, NATO was enlarged.", 0, None),
            ("In 2017 alone, spending was up.", 0, None),
            ("In July 2018, President Trump said NATO had been a bulwark.", 0, None),
            ("In 2019, experts believed NATO was strong.", 0, None),
            ("Mars is the fourth planet from the Sun.", 0, None),
            // Round 19: a second verb after a bare "and" reads as two questions glued.
            ("The height was first measured in 1856 and was found to be 8,840 m.", 0, None),
            ("The comet was last seen in 1986 and will be back in mid-2061.", 0, None),
            ("Uruguay were World Cup winners in 1930 and 1950.", 0, None),
            ("'\"Seven decades of peace.\" – a President'", 0, None),
            ("A 100-day plan was agreed in the end.", 0, None),
            ("Eight Allies will reach the 2 percent benchmark.", 1, None),
            ("Spending rose by 4.8 percent, a record.", 0, Some("Spending rose by what percentage, a record?")),
            ("Almost 16,000 troops serve in the mission.", 0, Some("About how many troops serve in the mission?")),
            ("Mount Kilimanjaro is 5,895 m high.", 0, Some("Mount Kilimanjaro is how many metres high?")),
            ("The rate went up 0.4 percentage point to 67.5 percent.", 0, Some("The rate went up how many percentage points to 67.5 percent?")),
            ("The territorial sea is 12 nmi wide.", 0, Some("The territorial sea is how many nautical miles wide?")),
            ("The 200 m is his best event, with three Olympic and four World titles.", 0, None),
            ("The 200 m is his best event, with three Olympic and four World titles.", 1, None),
            ("The road is 12 km long.", 0, Some("The road is how many km long?")),
            ("Russia covers 17.1 million km² in all.", 0, Some("Russia covers how many square kilometres in all?")),
            ("A match lasts 90 minutes plus stoppage time.", 0, Some("A match lasts how many minutes plus stoppage time?")),
            ("Roughly 70% of the Earth's surface is covered by water.", 0, Some("About what percentage of the Earth's surface is covered by water?")),
            ("4.8 percent was the rise in spending.", 0, Some("What percentage was the rise in spending?")),
            ("The U.S. sent 4 battle groups to the Baltic States.", 0, Some("The U.S. sent how many battle groups to the Baltic States?")),
            ("It rained. Then 4 battle groups left the Baltic States.", 0, None),
            ("\"{Eight} NATO Allies met the target by {2018}.\"", 0, Some("How many NATO Allies met the target by 2018?")),
            ("Inside were 17,468 vacuum tubes, 7,200 diodes, 1,500 relays and 70,000 resistors.", 1, None),
            ("Inside were 17,468 vacuum tubes, 7,200 diodes, 1,500 relays and 70,000 resistors.", 3, None),
            ("Twenty aircraft were made, six of them prototypes.", 0, Some("How many aircraft were made, six of them prototypes?")),
            ("The basins reach 900 m, 1,600 m and 1,400 m respectively.", 1, None),
            ("A strip survives, some 230 feet long.", 0, None),
            ("Only 20 aircraft were built.", 0, None),
            ("Its surface of 31,722 km2 is the largest in Asia.", 0, None),
            ("When it came by in 1986, the comet was studied.", 0, None),
            ("On April 4, 1949, twelve nations signed.", 1, Some("On April 4, 1949, how many nations signed?")),
            ("Food products added 11,000 jobs, after losses in November 2000 and December 2000.", 0, Some("Food products added how many jobs, after losses in November 2000 and December 2000?")),
            ("The rise was the largest since the survey of 1955, and a record.", 0, Some("The rise was the largest since the survey of what year, and a record?")),
            ("Goddet agreed, and on 19 January 1903 L'Auto announced the race.", 0, None),
            ("Goddet agreed, and in 1903 the paper announced the race.", 0, None),
            ("Goddet agreed and announced it on 19 January 1903 in Paris.", 0, Some("Goddet agreed and announced it on what date in Paris?")),
        ];
        for (fact, k, want) in cases {
            assert_eq!(natural(&cards(fact)[*k]).as_deref(), *want, "{fact} #{k}");
        }
    }

    #[test]
    fn a_conversion_is_hidden_with_its_figure() {
        let cases: &[(&str, &str, Option<&str>)] = &[
            (
                "The summit rises 8,848 metres (29,029 ft) above sea level.",
                "The summit rises _____ above sea level.",
                Some("The summit rises how many metres above sea level?"),
            ),
            (
                "It measures 636 km (395 mi) in length and 79 km (49 mi) in width.",
                "It measures _____ in length and 79 km (49 mi) in width.",
                Some("It measures how many km in length and 79 km (49 mi) in width?"),
            ),
            (
                "The water stays at 4 °C or 39 °F all year.",
                "The water stays at _____ all year.",
                None,
            ),
        ];
        for (fact, prompt, question) in cases {
            let card = &cards(fact)[0];
            assert_eq!(cloze(card), *prompt, "{fact}");
            assert_eq!(natural(card).as_deref(), *question, "{fact}");
        }
    }

    #[test]
    fn the_same_figure_is_hidden_everywhere() {
        let c = cards(
            "Eight Allies reach {2 percent} this year, and 15 Allies spend 2 percent by 2024.",
        );
        let two = c.iter().find(|c| c.answer_text() == "2 percent").unwrap();
        let prompt = cloze(two);
        assert!(!prompt.contains("2 percent"), "{prompt}");
        assert_eq!(prompt.matches(BLANK).count(), 2);
        assert_eq!(natural(two), None, "two blanks stay a cloze");
        let twelve = &cards("There were {12} members; twelve signed.")[0];
        assert!(
            !cloze(twelve).to_lowercase().contains("twelve"),
            "the word form is hidden too"
        );
    }
}
