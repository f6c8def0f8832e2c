//! The game loop: pick a card, ask it through a [`Ui`], grade, record, repeat.

use crate::card::{Card, CardId};
use crate::clock::Clock;
use crate::grade::{grade_question, Graded, Verdict};
use crate::question::{ask, hint, Expect, Format, Question};
pub use crate::question::{CardSource, InMemory};
use crate::schedule::Picker;
use crate::ui::{AfterFeedback, Feedback, Progress, Reply, Ui};
use anyhow::Context;
use rand::rngs::StdRng;
use serde::Serialize;
use std::sync::atomic::{AtomicBool, Ordering};

/// One graded answer, as recorded.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AnswerRecord {
    /// The card.
    pub card: CardId,
    /// The card's deck.
    pub deck: String,
    /// The card's kind name.
    pub kind: &'static str,
    /// How it was asked.
    pub format: Format,
    /// The right answer.
    pub expected: String,
    /// What was given.
    pub given: String,
    /// Hints asked for before answering.
    pub hints: u8,
    /// The verdict (after any override).
    pub verdict: Verdict,
    /// Whether the player overrode a `wrong` verdict ("I was right").
    pub overridden: bool,
    /// Time from showing the question to the answer.
    pub elapsed_ms: u64,
    /// When the answer was given, in ms since the Unix epoch.
    pub answered_at_ms: u64,
}

/// Where answers go the moment they are graded, before anything acknowledges them.
pub trait Recorder {
    /// Records one answer durably. Nothing may show or send the verdict before this returns.
    fn record(&mut self, answer: &AnswerRecord) -> anyhow::Result<()>;
    /// Turns the answer recorded last into `answer` (an override: "I was right").
    fn amend_last(&mut self, answer: &AnswerRecord) -> anyhow::Result<()>;
}

/// A recorder that keeps nothing.
#[derive(Debug, Default)]
pub struct NoRecorder;

impl Recorder for NoRecorder {
    fn record(&mut self, _answer: &AnswerRecord) -> anyhow::Result<()> {
        Ok(())
    }

    fn amend_last(&mut self, _answer: &AnswerRecord) -> anyhow::Result<()> {
        Ok(())
    }
}

/// How a session ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum End {
    /// All questions asked.
    Finished,
    /// Input ended (Ctrl-D, or the end of piped answers).
    EndOfInput,
    /// Interrupted (Ctrl-C).
    Interrupted,
}

/// What a session achieved.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Summary {
    /// Questions answered.
    pub answered: usize,
    /// Answers graded correct.
    pub correct: usize,
    /// Answers graded close.
    pub close: usize,
    /// Answers graded wrong.
    pub wrong: usize,
    /// Longest run of correct answers.
    pub best_streak: usize,
    /// Time from the first question to the end.
    pub elapsed_ms: u64,
    /// The facts missed (wrong answers), as whole sentences.
    pub missed: Vec<String>,
}

impl Summary {
    /// Share of answers that were correct, 0.0 to 1.0.
    pub fn accuracy(&self) -> f64 {
        if self.answered == 0 {
            0.0
        } else {
            self.correct as f64 / self.answered as f64
        }
    }
}

/// What a session needs besides its cards.
pub struct Env<'a> {
    /// Chooses the cards.
    pub picker: &'a mut dyn Picker,
    /// Asks and shows.
    pub ui: &'a mut dyn Ui,
    /// Keeps answers.
    pub recorder: &'a mut dyn Recorder,
    /// Tells the time.
    pub clock: &'a dyn Clock,
    /// All randomness of the session.
    pub rng: &'a mut StdRng,
    /// Set by the Ctrl-C handler.
    pub interrupted: &'a AtomicBool,
}

/// Plays up to `questions` questions from `cards`.
pub fn run(
    cards: &mut dyn CardSource,
    questions: usize,
    env: Env<'_>,
) -> anyhow::Result<(Summary, End)> {
    let mut summary = Summary::default();
    let started = env.clock.now_ms();
    let (mut streak, mut end) = (0, End::Finished);
    while summary.answered < questions {
        if env.interrupted.load(Ordering::SeqCst) {
            end = End::Interrupted;
            break;
        }
        let total = questions.min(summary.answered + env.picker.remaining());
        let Some(pick) = env.picker.next(env.rng) else {
            break;
        };
        let card = &cards.card(pick.card)?;
        // Timeline pairs come closer as the player does well.
        let level = match streak {
            0..=2 => 0,
            3..=5 => 1,
            _ => 2,
        };
        let question = ask(card, pick.format, cards, level, env.rng);
        let progress = Progress {
            number: summary.answered + 1,
            total,
            correct: summary.correct,
            streak,
            rounds: false,
        };
        let shown_at = env.clock.now_ms();
        let (given, hints) = match ask_with_hints(env.ui, card, &question, &progress)? {
            (Reply::Answer(text), hints) => (text, hints),
            (Reply::EndOfInput, _) => {
                end = End::EndOfInput;
                break;
            }
            (Reply::Interrupted, _) => {
                end = End::Interrupted;
                break;
            }
        };
        let answered_at = env.clock.now_ms();
        let mut graded = grade_question(card, &question, &given);
        if hints > 0 && graded.verdict == Verdict::Correct {
            // A hinted answer counts less: at most close, for the score and the schedule.
            graded = Graded {
                verdict: Verdict::Close,
                reason: Some(format!(
                    "right, with {hints} hint{}",
                    if hints == 1 { "" } else { "s" }
                )),
            };
        }
        let mut record = AnswerRecord {
            card: card.id.clone(),
            deck: card.deck_id.clone(),
            kind: card.kind().name(),
            format: question.format,
            expected: question.answer.clone(),
            given,
            hints,
            verdict: graded.verdict,
            overridden: false,
            elapsed_ms: answered_at.saturating_sub(shown_at),
            answered_at_ms: answered_at,
        };
        // Recorded before any output says the answer was taken: if this fails, the error
        // (reported once, at the top) takes the place of the verdict.
        env.recorder
            .record(&record)
            .context("your last answer was not saved")?;
        let feedback = Feedback {
            question: &question,
            card,
            record: &record,
            reason: graded.reason.as_deref(),
            streak_after: if graded.verdict == Verdict::Correct {
                streak + 1
            } else {
                0
            },
        };
        let after = env.ui.feedback(&feedback)?;
        if after == AfterFeedback::Override {
            record.verdict = Verdict::Correct;
            record.overridden = true;
            env.recorder
                .amend_last(&record)
                .context("your override was not saved")?;
        }
        env.picker.answered(pick, record.verdict);
        tally(&mut summary, &mut streak, card, record.verdict);
        if after == AfterFeedback::Interrupted {
            end = End::Interrupted;
            break;
        }
    }
    summary.elapsed_ms = env.clock.now_ms().saturating_sub(started);
    env.ui.summary(&summary, end)?;
    Ok((summary, end))
}

/// Asks a question; a typed `?` asks for a hint (shown, then the question again).
fn ask_with_hints(
    ui: &mut dyn Ui,
    card: &Card,
    question: &Question,
    progress: &Progress,
) -> anyhow::Result<(Reply, u8)> {
    let mut hints = 0u8;
    loop {
        let reply = ui.ask(question, progress)?;
        let typed = matches!(question.expect, Expect::Text | Expect::Estimate);
        match reply {
            Reply::Answer(text) if typed && text.trim() == "?" => {
                let shown = hint(card, hints);
                if shown.is_some() {
                    hints += 1;
                }
                ui.hint(shown.as_deref().unwrap_or("No more hints."))?;
            }
            other => return Ok((other, hints)),
        }
    }
}

fn tally(summary: &mut Summary, streak: &mut usize, card: &Card, verdict: Verdict) {
    summary.answered += 1;
    match verdict {
        Verdict::Correct => {
            summary.correct += 1;
            *streak += 1;
            summary.best_streak = summary.best_streak.max(*streak);
        }
        Verdict::Close => {
            summary.close += 1;
            *streak = 0;
        }
        Verdict::Wrong => {
            summary.wrong += 1;
            *streak = 0;
            let fact = card.fact();
            if !summary.missed.contains(&fact) {
                summary.missed.push(fact);
            }
        }
    }
}

#[cfg(test)]
mod tests;
