//! Cards: one per quantity (or marked answer, or question) of each fact, with a stable id.

use crate::deck::{split_marks, Deck, Diagnostic, Fact, FactBody, Marked, Tolerance};
use crate::limits;
use crate::quantity::{self, Kind, Quantity};
use crate::screen::Dropped;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::fmt;
use std::ops::Range;

/// A card's stable id: `deck:fact-key:n`, where the fact key is its `id` or a hash of its text.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct CardId(pub String);

/// A number naming the fact of card `id` (`DECK:FACT:N` without `:N`): FNV-1a, the same on
/// every run and build, unlike the standard library's seeded hasher. Timelines, sibling
/// burying and worksheets all name facts by it. Runs twice per card at every start, so the
/// last `:` is found by a plain byte scan from the end (`rsplit_once` cost five times more,
/// issue 13).
pub fn fact_key(id: &str) -> u64 {
    let end = id.bytes().rposition(|b| b == b':').unwrap_or(id.len());
    fnv(&id.as_bytes()[..end])
}

/// A number naming the deck of card `id` (`DECK:FACT:N` without `:FACT:N`), as
/// [`fact_key`] names its fact.
pub fn deck_key(id: &str) -> u64 {
    let fact_end = id.bytes().rposition(|b| b == b':').unwrap_or(id.len());
    let end = id.as_bytes()[..fact_end]
        .iter()
        .rposition(|&b| b == b':')
        .unwrap_or(fact_end);
    fnv(&id.as_bytes()[..end])
}

fn fnv(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325u64, |h, &b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

impl fmt::Display for CardId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// What kind of answer a card has: a quantity kind, or free text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CardKind {
    /// A quantity of this kind.
    Quantity(Kind),
    /// A text answer (`question:`/`answer:`, or braces around words).
    Text,
}

impl CardKind {
    /// The name used in JSON output.
    pub fn name(self) -> &'static str {
        match self {
            CardKind::Quantity(k) => k.name(),
            CardKind::Text => "text",
        }
    }
}

/// What a card asks for.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Answer {
    /// A quantity whose span in the fact is blanked.
    Quantity(Quantity),
    /// Text: a span of the fact that was marked, or the answer to a question.
    Text {
        /// The span in the fact text, for marked answers.
        span: Option<Range<usize>>,
        /// The answer shown.
        answer: String,
        /// Other accepted answers.
        accept: Vec<String>,
        /// Wrong options written by the deck's author, preferred for multiple choice.
        distractors: Vec<String>,
    },
}

/// One thing to ask.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Card {
    /// Stable id.
    pub id: CardId,
    /// Id of the deck (not cached: the deck's own id is set again when read).
    #[serde(skip)]
    pub deck_id: String,
    /// The fact sentence without braces, or the question.
    pub text: String,
    /// Whether `text` is a question (not a sentence with a blank).
    pub is_question: bool,
    /// What is asked.
    pub answer: Answer,
    /// Optional topic.
    pub topic: Option<String>,
    /// Optional hint.
    pub hint: Option<String>,
    /// Optional note shown after answering.
    pub note: Option<String>,
    /// The fact's tolerance, if it sets one.
    pub tolerance: Option<Tolerance>,
    /// The deck's `as_of:` year: no later date is a plausible wrong option.
    #[serde(default)]
    pub as_of: Option<i32>,
    /// The deck's subject, when the sentence does not name it: the prompt opens with it.
    #[serde(default)]
    pub context: Option<String>,
}

impl Card {
    /// The card's kind.
    pub fn kind(&self) -> CardKind {
        match &self.answer {
            Answer::Quantity(q) => CardKind::Quantity(q.kind),
            Answer::Text { .. } => CardKind::Text,
        }
    }

    /// The answer as shown to the player.
    pub fn answer_text(&self) -> &str {
        match &self.answer {
            Answer::Quantity(q) => &q.text,
            Answer::Text { answer, .. } => answer,
        }
    }

    /// The byte range of the answer in `text`, when it is a blank in a sentence.
    pub fn span(&self) -> Option<Range<usize>> {
        match &self.answer {
            Answer::Quantity(q) => Some(q.span.clone()),
            Answer::Text { span, .. } => span.clone(),
        }
    }

    /// The whole fact, with the answer in place (for feedback after answering).
    pub fn fact(&self) -> String {
        if self.is_question {
            format!("{} {}", self.text, self.answer_text())
        } else {
            self.text.clone()
        }
    }
}

/// A fact as `check` shows it: its text and the quantities found.
#[derive(Debug, Clone, PartialEq)]
pub struct CompiledFact {
    /// The fact's key in card ids (its `id` or a hash).
    pub key: String,
    /// The text without braces, or the question.
    pub text: String,
    /// The answers found or marked in it.
    pub answers: Vec<Answer>,
    /// Line in the deck file.
    pub line: usize,
    /// Figures found but not asked, with why (issue 10): `check` lists them.
    pub dropped: Vec<crate::screen::Dropped>,
}

/// A deck turned into cards, with what was found wrong on the way.
#[derive(Debug, Clone, Default)]
pub struct Compiled {
    /// Every fact, in deck order.
    pub facts: Vec<CompiledFact>,
    /// Every card, in deck order.
    pub cards: Vec<Card>,
    /// Facts in which nothing can be asked.
    pub errors: Vec<Diagnostic>,
    /// Facts that would ask poorly: a figure written twice, an answer inside its question.
    pub warnings: Vec<Diagnostic>,
}

/// Turns a deck's facts into cards.
pub fn compile(deck: &Deck) -> Compiled {
    let mut out = Compiled::default();
    for fact in &deck.facts {
        let (text, asked, is_question) = fact_answers(fact, deck.as_of);
        let key = fact.id.clone().unwrap_or_else(|| text_key(&text));
        let Asked { answers, dropped } = match asked {
            Ok(asked) => {
                if asked.answers.is_empty() && asked.dropped.is_empty() {
                    let msg = "nothing can be asked in this fact: it has no date, number or amount; mark the answer with braces (`The capital is {Paris}.`) or write it as `question:` and `answer:`";
                    out.errors.push(Diagnostic::new(fact.line, 1, msg));
                } else if asked.answers.is_empty() {
                    let msg = "nothing is asked in this fact: each of its figures would make a bad question (see the figures listed as not asked); mark the answer with braces to ask one anyway";
                    out.warnings.push(Diagnostic::new(fact.line, 1, msg));
                }
                asked
            }
            Err(too_many) => {
                out.errors.push(too_many);
                Asked::default()
            }
        };
        for (n, answer) in answers.iter().enumerate() {
            let text = through_answer(&text, answer, is_question);
            out.cards.push(Card {
                id: CardId(format!("{}:{key}:{}", deck.id, n + 1)),
                deck_id: deck.id.clone(),
                is_question,
                answer: answer.clone(),
                topic: fact.topic.clone(),
                hint: fact.hint.clone(),
                note: fact.note.clone(),
                tolerance: fact.tolerance,
                as_of: deck.as_of,
                context: deck
                    .subject
                    .as_deref()
                    .and_then(|s| crate::subject::context_for(&text, s)),
                text,
            });
        }
        out.warnings
            .extend(warnings(&text, &answers, is_question, fact.line));
        out.facts.push(CompiledFact {
            key,
            text,
            answers,
            line: fact.line,
            dropped,
        });
    }
    out
}

/// A card's text: its fact up to the end of the sentence that holds its answer. A sentence
/// after it adds nothing to the question and stands between the blank and its cue (round
/// 25: "an irrelevant second sentence" rated B); the sentences before it are its context.
fn through_answer(text: &str, answer: &Answer, is_question: bool) -> String {
    let Answer::Quantity(q) = answer else {
        return text.to_string();
    };
    // Most facts are one sentence: no need to split them (a deck of 100,000 compiles each).
    let one_sentence = !text
        .trim_end()
        .char_indices()
        .any(|(k, c)| matches!(c, '.' | '!' | '?') && text[k + c.len_utf8()..].starts_with(' '));
    if is_question || one_sentence || q.span.end >= text.trim_end().len() {
        return text.to_string();
    }
    let mut end = 0;
    for sentence in crate::sentences::split(text) {
        let Some(at) = text[end..].find(sentence.as_str()).map(|k| k + end) else {
            return text.to_string();
        };
        end = at + sentence.len();
        if end >= q.span.end {
            return text[..end].to_string();
        }
    }
    text.to_string()
}

/// What a fact asks, and the figures it leaves out with why.
#[derive(Debug, Default)]
struct Asked {
    answers: Vec<Answer>,
    dropped: Vec<Dropped>,
}

/// A fact's text, its answers (or why it asks too many) and whether it is a question.
fn fact_answers(fact: &Fact, about: Option<i32>) -> (String, Result<Asked, Diagnostic>, bool) {
    match &fact.body {
        FactBody::Sentence(s) => {
            let (plain, answers) = sentence_answers(s, fact.line, about);
            (plain, answers, false)
        }
        FactBody::Question {
            question,
            answer,
            accept,
            distractors,
        } => {
            let asked = match limits::too_long_lists(accept.len(), distractors.len(), fact.line) {
                Some(too_long) => Err(too_long),
                None => Ok(Asked {
                    answers: vec![Answer::Text {
                        span: None,
                        answer: answer.clone(),
                        accept: accept.clone(),
                        distractors: distractors.clone(),
                    }],
                    dropped: Vec::new(),
                }),
            };
            (question.clone(), asked, true)
        }
    }
}

/// The answers of a sentence: its marked spans when it has braces (always asked), else
/// every quantity that makes a fair question, with the figures left out and why; an error
/// when there are more than a fact may ask.
fn sentence_answers(
    sentence: &str,
    line: usize,
    about: Option<i32>,
) -> (String, Result<Asked, Diagnostic>) {
    let Ok(marked) = split_marks(sentence) else {
        return (sentence.to_string(), Ok(Asked::default())); // Reported by deck validation already.
    };
    let answers = if marked.spans.is_empty() {
        found_answers(&marked.plain, line, about)
    } else {
        marked_answers(&marked, line).map(|answers| Asked {
            answers,
            dropped: Vec::new(),
        })
    };
    (marked.plain, answers)
}

/// Every quantity of an unmarked sentence that makes a fair question; the search stops one
/// past the cap, so a refused fact builds no more than that.
fn found_answers(plain: &str, line: usize, about: Option<i32>) -> Result<Asked, Diagnostic> {
    let found = quantity::find_at_most(plain, limits::MAX_ANSWERS + 1);
    if let Some(too_many) = limits::too_many_answers(found.len(), false, line) {
        return Err(too_many);
    }
    let screened = crate::screen::screen_about(plain, found, about);
    Ok(Asked {
        answers: screened.asked.into_iter().map(Answer::Quantity).collect(),
        dropped: screened.dropped,
    })
}

/// The marked spans of a sentence, counted before anything is built for them.
fn marked_answers(marked: &Marked, line: usize) -> Result<Vec<Answer>, Diagnostic> {
    if let Some(too_many) = limits::too_many_answers(marked.spans.len(), true, line) {
        return Err(too_many);
    }
    let in_context = quantity::find(&marked.plain);
    Ok(marked
        .spans
        .iter()
        .map(|span| marked_answer(&marked.plain, span.clone(), &in_context))
        .collect())
}

/// Why a fact would ask poorly, if it would.
fn warnings(text: &str, answers: &[Answer], is_question: bool, line: usize) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let quantities: Vec<&Quantity> = answers
        .iter()
        .filter_map(|a| match a {
            Answer::Quantity(q) => Some(q),
            Answer::Text { .. } => None,
        })
        .collect();
    for (k, a) in quantities.iter().enumerate() {
        if let Some(b) = quantities[k + 1..]
            .iter()
            .find(|b| crate::quantity::same_figure(a, b))
        {
            let msg = format!("the figure `{}` is written twice (also as `{}`): each card hides both, so the question has two blanks; say it once if you can", a.text, b.text);
            out.push(Diagnostic::new(line, 1, msg));
        }
    }
    for a in answers {
        if let Answer::Text {
            answer,
            accept,
            distractors,
            ..
        } = a
        {
            for d in distractors {
                let rights = std::iter::once(answer).chain(accept);
                if let Some(r) = rights
                    .into_iter()
                    .find(|r| crate::textmatch::matches(r, d) || crate::textmatch::matches(d, r))
                {
                    let msg = format!("the distractor `{d}` would be graded right (it reads as `{r}`), so it is never shown: change or remove it");
                    out.push(Diagnostic::new(line, 1, msg));
                }
            }
            if is_question && text.to_lowercase().contains(&answer.to_lowercase()) {
                out.push(Diagnostic::new(
                    line,
                    1,
                    format!(
                        "the answer `{answer}` appears in the question itself: reword the question"
                    ),
                ));
            }
        }
    }
    out
}

/// A marked span is a quantity when the finder sees exactly one covering it; else text.
/// Found in the whole sentence it keeps its context (the noun it counts, for one), so it
/// is taken from there when the sentence sees the same span.
fn marked_answer(plain: &str, span: Range<usize>, in_context: &[Quantity]) -> Answer {
    let inner = &plain[span.clone()];
    let lead = inner.len() - inner.trim_start().len();
    let exact = span.start + lead..span.start + lead + inner.trim().len();
    // Found quantities are in order and never overlap: a binary search, not a scan per
    // span (40,000 marks in one fact made that scan quadratic).
    let at = in_context.partition_point(|q| q.span.start < exact.start);
    if let Some(q) = in_context.get(at).filter(|q| q.span == exact) {
        return Answer::Quantity(q.clone());
    }
    // "{75 to 200 million}": a range the finder reads as two figures is one answer, as the
    // screen asks it unbraced (it was read as text: round 36).
    if let Some(q) = crate::screen::whole(plain)
        .into_iter()
        .find(|q| q.span == exact && q.range.is_some())
    {
        return Answer::Quantity(q);
    }
    // "{31 hours 27 minutes 49 seconds}": one time told in parts, as it is asked unbraced
    // (it was read as text, and asked without options: round 53).
    let found = quantity::parts::join(inner, quantity::find(inner));
    if let [q] = found.as_slice() {
        if q.text == inner.trim() {
            let mut q = q.clone();
            q.span = span.start + lead..span.start + lead + q.text.len();
            return Answer::Quantity(q);
        }
    }
    Answer::Text {
        span: Some(span),
        answer: inner.trim().to_string(),
        accept: Vec::new(),
        distractors: Vec::new(),
    }
}

/// A short content hash of a fact's text, whitespace folded, for facts without an `id`.
fn text_key(text: &str) -> String {
    let folded: Vec<&str> = text.split_whitespace().collect();
    let digest = Sha256::digest(folded.join(" ").as_bytes());
    let hex: String = digest.iter().take(6).map(|b| format!("{b:02x}")).collect();
    format!("h{hex}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_card_shows_its_fact_through_the_sentence_of_its_answer() {
        let src = "title: T\nfacts:\n  - fact: Armstrong stepped out at 02:56 UTC. Aldrin followed him 19 minutes later.\n";
        let deck = crate::deck::parse(src.as_bytes(), "t").deck.unwrap();
        let texts: Vec<String> = compile(&deck).cards.into_iter().map(|c| c.text).collect();
        assert_eq!(
            texts,
            [
                "Armstrong stepped out at 02:56 UTC.",
                "Armstrong stepped out at 02:56 UTC. Aldrin followed him 19 minutes later."
            ]
        );
    }

    #[test]
    fn fact_keys_name_the_fact_without_the_card_number() {
        // FNV-1a 64 of "a" is the published test vector af63dc4c8601ec8c: cached pools hold
        // these numbers, so the function must never change.
        let cases: &[(&str, u64)] = &[
            ("a:1", 0xaf63_dc4c_8601_ec8c),
            ("a:27", 0xaf63_dc4c_8601_ec8c),
            ("a", 0xaf63_dc4c_8601_ec8c),
            ("", 0xcbf2_9ce4_8422_2325),
        ];
        for &(id, want) in cases {
            assert_eq!(fact_key(id), want, "{id}");
        }
        assert_eq!(fact_key("d:c:1"), fact_key("d:c:2"));
        assert_ne!(fact_key("d:c:1"), fact_key("d:e:1"));
        assert_ne!(fact_key("d:c:1"), fact_key("e:c:1"));
    }
    use crate::deck::parse;

    fn compiled(src: &str) -> Compiled {
        compile(&parse(src.as_bytes(), "d").deck.unwrap())
    }

    #[test]
    fn one_card_per_quantity_with_stable_ids() {
        let c = compiled("title: T\nfacts:\n  - fact: 12 members signed on April 4, 1949.\n    id: treaty\n  - Some 40 countries.\n");
        let ids: Vec<_> = c.cards.iter().map(|c| c.id.0.as_str()).collect();
        assert_eq!(ids[..2], ["d:treaty:1", "d:treaty:2"]);
        assert!(ids[2].starts_with("d:h") && ids[2].ends_with(":1"));
        let again = compiled("title: T\nfacts:\n  - fact: Twelve members signed on April 4, 1949.\n    id: treaty\n  - Some   40 countries.\n");
        let same: Vec<_> = again.cards.iter().map(|c| c.id.0.as_str()).collect();
        assert_eq!(
            ids, same,
            "ids survive rewording with an id, and white space changes without"
        );
    }

    #[test]
    fn braces_choose_the_answers() {
        let c = compiled("title: T\nfacts:\n  - Signed on {April 4, 1949} by 12 members.\n  - The capital of France is {Paris}.\n");
        assert_eq!(c.cards.len(), 2);
        assert_eq!(c.cards[0].kind(), CardKind::Quantity(Kind::Date));
        assert_eq!(c.cards[0].text, "Signed on April 4, 1949 by 12 members.");
        assert_eq!(
            &c.cards[0].text[c.cards[0].span().unwrap()],
            "April 4, 1949"
        );
        assert_eq!(c.cards[1].kind(), CardKind::Text);
        assert_eq!(c.cards[1].answer_text(), "Paris");
        // A time told in parts is one time braced as unbraced.
        let parts = compiled("title: T\nfacts:\n  - The flight of 15 August 1995 took {31 hours 27 minutes 49 seconds}.\n");
        assert_eq!(parts.cards.len(), 1);
        assert_eq!(parts.cards[0].kind(), CardKind::Quantity(Kind::Duration));
    }

    #[test]
    fn a_fact_with_nothing_to_ask_is_an_error() {
        let c = compiled("title: T\nfacts:\n  - 12 members.\n  - NATO is an alliance.\n");
        assert_eq!(c.errors.len(), 1);
        assert_eq!(c.errors[0].line, 4);
    }

    #[test]
    fn builtin_decks_have_cards_for_every_fact() {
        for (id, text) in crate::deck::BUILTIN {
            let c = compile(&parse(text.as_bytes(), id).deck.unwrap());
            assert!(c.errors.is_empty(), "{id}: {:?}", c.errors);
            assert!(c.cards.len() >= c.facts.len());
        }
    }

    #[test]
    fn warns_about_facts_that_would_ask_poorly() {
        let c = compiled("title: T\nfacts:\n  - Eight reach {2 percent} now, and 15 spend {2 percent} by 2024.\n  - question: Which city hosts Brussels airport?\n    answer: Brussels\n  - It had 12 members.\n");
        let lines: Vec<usize> = c.warnings.iter().map(|w| w.line).collect();
        assert_eq!(lines, [3, 4], "{:?}", c.warnings);
        assert!(c.warnings[0].message.contains("written twice"));
        assert!(c.warnings[1].message.contains("appears in the question"));
    }

    #[test]
    fn warns_about_a_distractor_that_reads_as_the_answer() {
        let c = compiled("title: T\nfacts:\n  - question: Who walked first?\n    answer: Neil Armstrong\n    accept: [Armstrong]\n    distractors: [Buzz Aldrin, armstrong, Niel Armstrong]\n");
        let named: Vec<&str> = c
            .warnings
            .iter()
            .map(|w| w.message.split('`').nth(1).unwrap_or(""))
            .collect();
        assert_eq!(named, ["armstrong", "Niel Armstrong"], "{:?}", c.warnings);
        assert_eq!(c.warnings[0].line, 3);
    }

    #[test]
    fn distractors_belong_to_questions() {
        let p = parse(
            b"title: T\nfacts:\n  - fact: It had 12 members.\n    distractors: [3]\n",
            "t",
        );
        assert_eq!(p.errors.len(), 1, "{:?}", p.errors);
        assert!(p.errors[0]
            .message
            .contains("`distractors:` go with `question:`"));
    }

    #[test]
    fn a_fact_may_ask_at_most_the_cap() {
        // Sentences quoted: a bare item starting with `{` would be a YAML map.
        let quoted = |s: String| format!("'{s}'");
        let words = |n: usize| (1..=n).map(|k| k.to_string()).collect::<Vec<_>>().join(" ");
        let numbers = |n: usize| quoted(words(n));
        let marks = |n: usize| quoted(vec!["{1}"; n].join(" "));
        let list = |n: usize| {
            (0..n)
                .map(|k| format!("w{k}"))
                .collect::<Vec<_>>()
                .join(", ")
        };
        let max = crate::limits::MAX_ANSWERS;
        // (the fact item, cards expected from it, words of the error if refused)
        let cases = [
            (numbers(max), max, None),
            (numbers(max + 1), 0, Some("more than 50 quantities")),
            (numbers(20_000), 0, Some("more than 50 quantities")),
            (marks(max), max, None),
            (marks(max + 1), 0, Some("marks 51 answers")),
            (quoted(format!("{{x}} {}", words(500))), 1, None),
            (
                format!("question: Q?\n    answer: A\n    accept: [{}]", list(51)),
                0,
                Some("`accept:` lists 51"),
            ),
            (
                format!(
                    "question: Q?\n    answer: A\n    distractors: [{}]",
                    list(50)
                ),
                1,
                None,
            ),
        ];
        for (item, cards, error) in cases {
            let src = format!("title: T\nfacts:\n  - Before 12.\n  - {item}\n  - After 13.\n");
            let parsed = parse(src.as_bytes(), "d");
            let shown = &item[..item.len().min(40)];
            let c = compile(
                parsed
                    .deck
                    .as_ref()
                    .unwrap_or_else(|| panic!("{shown}: {:?}", parsed.errors)),
            );
            let shown = &item[..item.len().min(40)];
            assert_eq!(
                c.cards.len(),
                cards + 2,
                "{shown}: the other facts still compile"
            );
            let messages: Vec<(usize, &str)> = c
                .errors
                .iter()
                .map(|e| (e.line, e.message.as_str()))
                .collect();
            match error {
                None => assert!(messages.is_empty(), "{shown}: {messages:?}"),
                Some(words) => {
                    assert_eq!(messages.len(), 1, "{shown}: {messages:?}");
                    assert_eq!(messages[0].0, 4, "{shown}: the fact's line");
                    assert!(messages[0].1.contains(words), "{shown}: {messages:?}");
                }
            }
        }
    }
}
