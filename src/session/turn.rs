//! One answer turn, the same for a learner's session and a classroom drill: ask (with hints),
//! time, read, grade, record, show the verdict, take an override.
//!
//! Issue 12: the drill had its own copy of this loop, and it drifted (its prompt offered `?`
//! for a hint and then graded `?` as a wrong answer). Both loops now call [`take_turn`].

use crate::card::Card;
use crate::clock::Clock;
use crate::grade::{grade_question, order_problem, Graded, Verdict};
use crate::question::{hint, Expect, Question};
use crate::turn::{AnswerRecord, End, Recorder, Reply};
use crate::ui::{AfterFeedback, Feedback, Progress, Then, Ui};
use anyhow::Context;
use std::sync::atomic::{AtomicBool, Ordering};

/// The rules a turn is played by.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rules {
    /// Whether a wrong typed answer may be overridden ("I was right"); not in a contest.
    pub overrides: bool,
    /// Time to answer; an answer after it is late (it breaks a streak, and scores nothing in
    /// a drill).
    pub limit_ms: Option<u64>,
}

/// One question to put to the player.
#[derive(Debug, Clone, Copy)]
pub struct Turn<'a> {
    /// The card asked.
    pub card: &'a Card,
    /// The question made from it.
    pub question: &'a Question,
    /// Where the game stands, for the header.
    pub progress: Progress,
    /// Correct answers in a row before this one.
    pub streak: usize,
    /// Overrides and time limit.
    pub rules: Rules,
}

/// What a turn talks to.
pub struct Table<'a> {
    /// Asks and shows.
    pub ui: &'a mut dyn Ui,
    /// Keeps the answer before anything shows it.
    pub recorder: &'a mut dyn Recorder,
    /// Tells the time.
    pub clock: &'a dyn Clock,
    /// Set by the Ctrl-C handler.
    pub interrupted: &'a AtomicBool,
}

/// An answered turn.
#[derive(Debug, Clone, PartialEq)]
pub struct Answered {
    /// The answer as recorded (after any override).
    pub record: AnswerRecord,
    /// Given after the time limit.
    pub late: bool,
    /// Correct answers in a row after this one.
    pub streak: usize,
    /// Ctrl-C was pressed at the verdict: the game stops after this answer.
    pub stop: bool,
}

/// How a turn went.
#[derive(Debug, Clone, PartialEq)]
pub enum Outcome {
    /// The player answered; the answer is recorded.
    Answered(Answered),
    /// The game ends without an answer (input ended or Ctrl-C).
    Ended(End),
}

/// Plays one turn. The answer is recorded before the verdict is shown, and an override is
/// recorded (`amend_last`) as soon as it is given.
pub fn take_turn(turn: &Turn<'_>, table: &mut Table<'_>) -> anyhow::Result<Outcome> {
    if table.interrupted.load(Ordering::SeqCst) {
        return Ok(Outcome::Ended(End::Interrupted));
    }
    let shown_at = table.clock.now_ms();
    let (given, hints) = match ask_with_hints(table.ui, turn)? {
        (Reply::Answer(text), hints) => (text, hints),
        (Reply::EndOfInput, _) => return Ok(Outcome::Ended(End::EndOfInput)),
        (Reply::Interrupted, _) => return Ok(Outcome::Ended(End::Interrupted)),
    };
    let answered_at = table.clock.now_ms();
    let elapsed_ms = answered_at.saturating_sub(shown_at);
    let graded = discount_hints(grade_question(turn.card, turn.question, &given), hints);
    let mut record = AnswerRecord {
        card: turn.card.id.clone(),
        deck: turn.card.deck_id.clone(),
        kind: turn.card.kind().name(),
        format: turn.question.format,
        expected: turn.question.answer.clone(),
        given,
        hints,
        verdict: graded.verdict,
        overridden: false,
        elapsed_ms,
        answered_at_ms: answered_at,
    };
    // Recorded before any output says the answer was taken: if this fails, the error
    // (reported once, at the top) takes the place of the verdict.
    table
        .recorder
        .record(&record)
        .context("your last answer was not saved")?;
    let late = turn.rules.limit_ms.is_some_and(|limit| elapsed_ms > limit);
    let streak_after = |v: Verdict| {
        if v == Verdict::Correct && !late {
            turn.streak + 1
        } else {
            0
        }
    };
    let feedback = Feedback {
        question: turn.question,
        card: turn.card,
        record: &record,
        reason: graded.reason.as_deref(),
        streak_after: streak_after(record.verdict),
        then: then(turn, record.verdict),
    };
    let after = table.ui.feedback(&feedback)?;
    if after == AfterFeedback::Override && feedback.then == Then::MayOverride {
        record.verdict = Verdict::Correct;
        record.overridden = true;
        table
            .recorder
            .amend_last(&record)
            .context("your override was not saved")?;
    }
    Ok(Outcome::Answered(Answered {
        streak: streak_after(record.verdict),
        late,
        stop: after == AfterFeedback::Interrupted,
        record,
    }))
}

/// What the player may do after the verdict. A learner's wrong answer waits for a key so that
/// the right one is read; only a typed answer can be misread by the grader, so only it may be
/// overridden. A contest (a drill) moves on at once and takes no overrides.
fn then(turn: &Turn<'_>, verdict: Verdict) -> Then {
    let typed = matches!(turn.question.expect, Expect::Text | Expect::Estimate);
    match (turn.rules.overrides, verdict, typed) {
        (false, _, _) | (_, Verdict::Correct | Verdict::Close, _) => Then::GoOn,
        (true, Verdict::Wrong, false) => Then::Read,
        (true, Verdict::Wrong, true) => Then::MayOverride,
    }
}

/// A hinted answer counts less: at most close, for the score, the points and the schedule.
fn discount_hints(graded: Graded, hints: u8) -> Graded {
    if hints == 0 || graded.verdict != Verdict::Correct {
        return graded;
    }
    Graded {
        verdict: Verdict::Close,
        reason: Some(format!(
            "right, with {hints} hint{}",
            if hints == 1 { "" } else { "s" }
        )),
    }
}

/// Asks the question; a typed `?` asks for a hint, and a timeline's order that names
/// letters not in play, or one twice, or leaves one out is not graded: the player is told
/// why. Either way only the prompt is shown again, not the whole question (issue 12).
fn ask_with_hints(ui: &mut dyn Ui, turn: &Turn<'_>) -> anyhow::Result<(Reply, u8)> {
    let mut hints = 0u8;
    let q = turn.question;
    let typed = matches!(q.expect, Expect::Text | Expect::Estimate);
    let mut reply = ui.ask(q, &turn.progress)?;
    loop {
        match (&reply, &q.expect) {
            (Reply::Answer(text), _) if typed && text.trim() == "?" => {
                let shown = hint(turn.card, hints);
                if shown.is_some() {
                    hints = hints.saturating_add(1);
                }
                ui.hint(shown.as_deref().unwrap_or("No more hints."))?;
            }
            (Reply::Answer(text), Expect::Sequence(order)) => match order_problem(order, text) {
                Some(why) => ui.retry(&why)?,
                None => return Ok((reply, hints)),
            },
            _ => return Ok((reply, hints)),
        }
        reply = ui.ask_again(q, &turn.progress)?;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::card::compile;
    use crate::clock::StepClock;
    use crate::deck::parse;
    use crate::question::{ask, Format, InMemory};
    use crate::turn::Summary;
    use rand::{rngs::StdRng, SeedableRng};
    use std::cell::RefCell;
    use std::io;
    use std::rc::Rc;

    /// A script of replies, and a log shared with the recorder of what happened in which order.
    struct Script {
        replies: Vec<Reply>,
        after: AfterFeedback,
        log: Rc<RefCell<Vec<String>>>,
    }

    impl Ui for Script {
        fn ask(&mut self, _q: &Question, _p: &Progress) -> io::Result<Reply> {
            self.log.borrow_mut().push("ask".into());
            Ok(self.replies.remove(0))
        }
        fn ask_again(&mut self, _q: &Question, _p: &Progress) -> io::Result<Reply> {
            self.log.borrow_mut().push("again".into());
            Ok(self.replies.remove(0))
        }
        fn hint(&mut self, _text: &str) -> io::Result<()> {
            self.log.borrow_mut().push("hint".into());
            Ok(())
        }
        fn retry(&mut self, why: &str) -> io::Result<()> {
            self.log.borrow_mut().push(format!("retry {why}"));
            Ok(())
        }
        fn feedback(&mut self, f: &Feedback<'_>) -> io::Result<AfterFeedback> {
            let seen = format!("feedback {:?} {:?}", f.record.verdict, f.then);
            self.log.borrow_mut().push(seen);
            Ok(self.after)
        }
        fn summary(&mut self, _s: &Summary, _end: End) -> io::Result<()> {
            Ok(())
        }
    }

    struct Log(Rc<RefCell<Vec<String>>>);

    impl Recorder for Log {
        fn record(&mut self, a: &AnswerRecord) -> anyhow::Result<()> {
            self.0.borrow_mut().push(format!("record {:?}", a.verdict));
            Ok(())
        }
        fn amend_last(&mut self, a: &AnswerRecord) -> anyhow::Result<()> {
            self.0.borrow_mut().push(format!("amend {:?}", a.verdict));
            Ok(())
        }
    }

    /// The progress of a session's only question.
    fn first_of_one() -> Progress {
        Progress {
            number: 1,
            total: 1,
            correct: 0,
            streak: 0,
            rounds: false,
            again: false,
        }
    }

    /// Plays one typed turn on "NATO was founded in 1949." with `replies`.
    fn one(replies: &[&str], after: AfterFeedback, overrides: bool) -> (Outcome, Vec<String>) {
        one_as(|q| q, replies, after, overrides)
    }

    /// Plays one turn of the typed question turned into another by `asked`.
    fn one_as(
        asked: impl Fn(Question) -> Question,
        replies: &[&str],
        after: AfterFeedback,
        overrides: bool,
    ) -> (Outcome, Vec<String>) {
        let deck = "title: T\nfacts:\n  - fact: NATO was founded in 1949.\n";
        let cards = compile(&parse(deck.as_bytes(), "t").deck.unwrap()).cards;
        let mut source = InMemory::new(cards.clone());
        let mut rng = StdRng::seed_from_u64(1);
        let question = asked(ask(&cards[0], Format::Typed, &mut source, 0, &mut rng));
        let log = Rc::new(RefCell::new(Vec::new()));
        let mut ui = Script {
            replies: replies
                .iter()
                .map(|r| Reply::Answer(r.to_string()))
                .collect(),
            after,
            log: Rc::clone(&log),
        };
        let turn = Turn {
            card: &cards[0],
            question: &question,
            progress: first_of_one(),
            streak: 0,
            rules: Rules {
                overrides,
                limit_ms: None,
            },
        };
        let flag = AtomicBool::new(false);
        let mut table = Table {
            ui: &mut ui,
            recorder: &mut Log(Rc::clone(&log)),
            clock: &StepClock::new(0, 10),
            interrupted: &flag,
        };
        let outcome = take_turn(&turn, &mut table).unwrap();
        let log = log.borrow().clone();
        (outcome, log)
    }

    #[test]
    fn the_answer_is_recorded_before_the_verdict_shows_and_an_override_amends_it() {
        // (replies, after the verdict, overrides allowed, the log expected, why)
        let go = AfterFeedback::Continue;
        let over = AfterFeedback::Override;
        type Case<'a> = (&'a [&'a str], AfterFeedback, bool, &'a [&'a str], &'a str);
        let cases: &[Case] = &[
            (
                &["1949"],
                go,
                true,
                &["ask", "record Correct", "feedback Correct GoOn"],
                "right",
            ),
            (
                &["?", "1949"],
                go,
                true,
                &[
                    "ask",
                    "hint",
                    "again",
                    "record Close",
                    "feedback Close GoOn",
                ],
                "a hint, then right: at most close",
            ),
            (
                &["1700"],
                over,
                true,
                &[
                    "ask",
                    "record Wrong",
                    "feedback Wrong MayOverride",
                    "amend Correct",
                ],
                "wrong, then \"I was right\"",
            ),
            (
                &["1700"],
                over,
                false,
                &["ask", "record Wrong", "feedback Wrong GoOn"],
                "a contest takes no override, whatever the interface says",
            ),
        ];
        for (replies, after, overrides, want, why) in cases {
            let (_, log) = one(replies, *after, *overrides);
            assert_eq!(log, *want, "{why}");
        }
    }

    #[test]
    fn a_malformed_order_is_asked_again_and_a_wrong_one_graded() {
        let timeline = |q: Question| Question {
            format: Format::Timeline,
            expect: Expect::Sequence("BAC".into()),
            choices: vec!["x".into(), "y".into(), "z".into()],
            ..q
        };
        let go = AfterFeedback::Continue;
        let (_, log) = one_as(timeline, &["BAD", "BA", "bac"], go, true);
        assert_eq!(
            log,
            [
                "ask",
                "retry D is not one of the letters: give each of A–C once, earliest first",
                "again",
                "retry C is missing: give each of A–C once, earliest first",
                "again",
                "record Correct",
                "feedback Correct GoOn"
            ]
        );
        let (_, log) = one_as(timeline, &["CAB"], go, true);
        assert_eq!(
            log,
            ["ask", "record Wrong", "feedback Wrong Read"],
            "a wrong order is an answer: graded"
        );
        let (_, log) = one_as(timeline, &["?", "BAC"], go, true);
        assert_eq!(
            log[..2],
            [
                "ask",
                "retry ? is not one of the letters: give each of A–C once, earliest first"
            ],
            "no hints for an order: ? is not a letter"
        );
    }

    #[test]
    fn an_interrupt_before_the_question_ends_the_turn_unasked() {
        let deck = "title: T\nfacts:\n  - fact: NATO was founded in 1949.\n";
        let cards = compile(&parse(deck.as_bytes(), "t").deck.unwrap()).cards;
        let mut source = InMemory::new(cards.clone());
        let question = ask(
            &cards[0],
            Format::Typed,
            &mut source,
            0,
            &mut StdRng::seed_from_u64(1),
        );
        let log = Rc::new(RefCell::new(Vec::new()));
        let mut ui = Script {
            replies: vec![],
            after: AfterFeedback::Continue,
            log: Rc::clone(&log),
        };
        let turn = Turn {
            card: &cards[0],
            question: &question,
            progress: first_of_one(),
            streak: 0,
            rules: Rules {
                overrides: true,
                limit_ms: None,
            },
        };
        let flag = AtomicBool::new(true);
        let mut table = Table {
            ui: &mut ui,
            recorder: &mut Log(Rc::clone(&log)),
            clock: &StepClock::new(0, 10),
            interrupted: &flag,
        };
        assert_eq!(
            take_turn(&turn, &mut table).unwrap(),
            Outcome::Ended(End::Interrupted)
        );
        assert!(log.borrow().is_empty());
    }
}
