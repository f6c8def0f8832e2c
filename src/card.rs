//! Cards: one per quantity (or marked answer, or question) of each fact, with a stable id.

use crate::deck::{split_marks, Deck, Diagnostic, FactBody, Tolerance};
use crate::quantity::{self, Kind, Quantity};
use crate::screen::{screen, Dropped};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::fmt;
use std::ops::Range;

/// A card's stable id: `deck:fact-key:n`, where the fact key is its `id` or a hash of its text.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct CardId(pub String);

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
        let mut dropped = Vec::new();
        let (text, answers, is_question) = match &fact.body {
            FactBody::Sentence(s) => {
                let (plain, answers, left) = sentence_answers(s);
                dropped = left;
                (plain, answers, false)
            }
            FactBody::Question {
                question,
                answer,
                accept,
                distractors,
            } => {
                let a = Answer::Text {
                    span: None,
                    answer: answer.clone(),
                    accept: accept.clone(),
                    distractors: distractors.clone(),
                };
                (question.clone(), vec![a], true)
            }
        };
        let key = fact.id.clone().unwrap_or_else(|| text_key(&text));
        if answers.is_empty() && dropped.is_empty() {
            let msg = "nothing can be asked in this fact: it has no date, number or amount; mark the answer with braces (`The capital is {Paris}.`) or write it as `question:` and `answer:`";
            out.errors.push(Diagnostic::new(fact.line, 1, msg));
        } else if answers.is_empty() {
            let msg = "nothing is asked in this fact: each of its figures would make a bad question (see the figures listed as not asked); mark the answer with braces to ask one anyway";
            out.warnings.push(Diagnostic::new(fact.line, 1, msg));
        }
        for (n, answer) in answers.iter().enumerate() {
            out.cards.push(Card {
                id: CardId(format!("{}:{key}:{}", deck.id, n + 1)),
                deck_id: deck.id.clone(),
                text: text.clone(),
                is_question,
                answer: answer.clone(),
                topic: fact.topic.clone(),
                hint: fact.hint.clone(),
                note: fact.note.clone(),
                tolerance: fact.tolerance,
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

/// The answers of a sentence: its marked spans when it has braces, else every quantity that
/// makes a fair question, with the figures left out and why (a marked span is always asked).
fn sentence_answers(sentence: &str) -> (String, Vec<Answer>, Vec<Dropped>) {
    let Ok(marked) = split_marks(sentence) else {
        // Reported by deck validation already.
        return (sentence.to_string(), Vec::new(), Vec::new());
    };
    if marked.spans.is_empty() {
        let screened = screen(&marked.plain, quantity::find(&marked.plain));
        let answers = screened.asked.into_iter().map(Answer::Quantity).collect();
        return (marked.plain, answers, screened.dropped);
    }
    let in_context = quantity::find(&marked.plain);
    let answers = marked
        .spans
        .iter()
        .map(|span| marked_answer(&marked.plain, span.clone(), &in_context))
        .collect();
    (marked.plain, answers, Vec::new())
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
            .find(|b| crate::question::same_figure(a, b))
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
                    .find(|r| crate::grade::text_matches(r, d) || crate::grade::text_matches(d, r))
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
    if let Some(q) = in_context.iter().find(|q| q.span == exact) {
        return Answer::Quantity(q.clone());
    }
    let found = quantity::find(inner);
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
        let c = compiled("title: T\nfacts:\n  - Eight reach 2 percent now, and 15 spend 2 percent by 2024.\n  - question: Which city hosts Brussels airport?\n    answer: Brussels\n  - It had 12 members.\n");
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
}
