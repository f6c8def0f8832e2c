//! The game loop: pick a card, ask it through a [`Ui`], grade, record, repeat.

mod turn;

pub use turn::{take_turn, Answered, Outcome, Rules, Table, Turn};

use crate::card::Card;
use crate::clock::Clock;
use crate::grade::Verdict;
use crate::question::ask;
pub use crate::question::{CardSource, InMemory};
use crate::schedule::Picker;
pub use crate::turn::{AnswerRecord, End, NoRecorder, Recorder, Summary};
use crate::ui::{Progress, Ui};
use rand::rngs::StdRng;
use std::collections::HashMap;
use std::sync::atomic::AtomicBool;

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

/// Cards passed over in a row, for not taking the form asked for, before a session ends.
const MAX_UNFIT_IN_ROW: usize = 64;

/// Plays up to `questions` questions from `cards`. A missed card that comes back is asked
/// again besides them: it keeps its first number and is marked `again`, so the total the
/// header promised stays as it was ("1/4" used to become "2/5", issue 12, point 2).
pub fn run(
    cards: &mut dyn CardSource,
    questions: usize,
    env: Env<'_>,
) -> anyhow::Result<(Summary, End)> {
    let mut summary = Summary::default();
    let started = env.clock.now_ms();
    let (mut streak, mut end) = (0, End::Finished);
    let mut table = Table {
        ui: env.ui,
        recorder: env.recorder,
        clock: env.clock,
        interrupted: env.interrupted,
    };
    // Each card asked, by the number it was first asked under.
    let mut numbers: HashMap<usize, usize> = HashMap::new();
    // The total only ever shrinks: when a card's fact is shown by another question, or it
    // cannot take the one form asked for.
    let mut total = questions;
    // Cards passed over in a row for not taking the form asked for: a bound, so that a deck
    // with few such cards ends the session instead of being read whole.
    let mut unfit_in_row = 0;
    loop {
        let fresh = numbers.len();
        total = total.min(fresh + env.picker.remaining(questions.saturating_sub(fresh)));
        let Some(pick) = env.picker.next(env.rng) else {
            break;
        };
        let again = numbers.get(&pick.card).copied();
        if again.is_none() && fresh >= questions {
            break;
        }
        let card = &cards.card(pick.card)?;
        // Timeline pairs come closer as the player does well.
        let level = match streak {
            0..=2 => 0,
            3..=5 => 1,
            _ => 2,
        };
        let question = ask(card, pick.format, cards, level, env.rng);
        if env.picker.only().is_some_and(|f| f != question.format) {
            summary.unfit += 1;
            unfit_in_row += 1;
            if unfit_in_row >= MAX_UNFIT_IN_ROW {
                break;
            }
            continue;
        }
        unfit_in_row = 0;
        let number = again.unwrap_or(fresh + 1);
        let turn = Turn {
            card,
            question: &question,
            progress: Progress {
                number,
                total: total.max(number),
                correct: summary.correct,
                streak,
                rounds: false,
                again: again.is_some(),
            },
            streak,
            rules: Rules {
                overrides: true,
                limit_ms: None,
            },
        };
        // The prompt shows the fact (all but the blank) as soon as it is asked.
        env.picker.asked(pick.card, &question.shows);
        numbers.insert(pick.card, number);
        let answered = match take_turn(&turn, &mut table)? {
            Outcome::Answered(a) => a,
            Outcome::Ended(how) => {
                end = how;
                break;
            }
        };
        env.picker.answered(pick, answered.record.verdict);
        summary.again += usize::from(again.is_some());
        tally(&mut summary, &mut streak, card, answered.record.verdict);
        if answered.stop {
            end = End::Interrupted;
            break;
        }
    }
    summary.elapsed_ms = env.clock.now_ms().saturating_sub(started);
    table.ui.summary(&summary, end)?;
    Ok((summary, end))
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
