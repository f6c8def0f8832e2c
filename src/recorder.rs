//! Records each graded answer in the progress store with its new FSRS state, in one
//! transaction, before the next question is shown.

use crate::schedule::{rating_for, CardState, Phase, Scheduler};
use crate::session::{AnswerRecord, Recorder};
use crate::store::{Review, Store};

/// A recorder backed by the progress store.
pub struct StoreRecorder<'a> {
    store: &'a Store,
    scheduler: &'a Scheduler,
    profile: String,
}

impl<'a> StoreRecorder<'a> {
    /// A recorder for `profile`.
    pub fn new(store: &'a Store, scheduler: &'a Scheduler, profile: &str) -> Self {
        StoreRecorder {
            store,
            scheduler,
            profile: profile.to_string(),
        }
    }
}

/// The log's name for the phase a card was in before an answer.
fn kind(prior: Option<&CardState>) -> &'static str {
    match prior.map(|p| p.phase) {
        None => "new",
        Some(Phase::Learning) => "learn",
        Some(Phase::Review) => "review",
        Some(Phase::Relearning) => "relearn",
    }
}

impl Recorder for StoreRecorder<'_> {
    fn record(&mut self, a: &AnswerRecord) -> anyhow::Result<()> {
        let id = &a.card.0;
        // Read afresh: another session of the same profile may have moved the card since.
        let prior = self.store.state(&self.profile, id)?;
        let rating = rating_for(
            a.verdict,
            a.format,
            a.elapsed_ms,
            a.overridden,
            prior.as_ref(),
        );
        let next = self
            .scheduler
            .review(prior.as_ref(), rating, a.answered_at_ms, id);
        let review = Review {
            profile: self.profile.clone(),
            card_id: id.clone(),
            deck_id: a.deck.clone(),
            reviewed_at_ms: a.answered_at_ms,
            rating: rating as u8,
            verdict: a.verdict.name().to_string(),
            format: a.format.name().to_string(),
            given: a.given.clone(),
            expected: a.expected.clone(),
            elapsed_ms: a.elapsed_ms,
            kind: kind(prior.as_ref()).to_string(),
            overridden: a.overridden,
        };
        self.store.record(&review, &next)?;
        Ok(())
    }
}
