//! Records each graded answer in the progress store with its new FSRS state, in one
//! transaction, before the next question is shown.

use crate::schedule::{rating_for, CardState, Phase, Scheduler};
use crate::session::{AnswerRecord, Recorder};
use crate::store::{Review, Store};
use std::collections::HashMap;

/// A recorder backed by the progress store.
pub struct StoreRecorder<'a> {
    store: &'a mut Store,
    scheduler: &'a Scheduler,
    profile: String,
    states: HashMap<String, CardState>,
    decks: HashMap<String, String>,
}

impl<'a> StoreRecorder<'a> {
    /// A recorder for `profile`; `states` are the profile's card states, `decks` maps card
    /// ids to deck ids.
    pub fn new(
        store: &'a mut Store,
        scheduler: &'a Scheduler,
        profile: &str,
        states: HashMap<String, CardState>,
        decks: HashMap<String, String>,
    ) -> Self {
        StoreRecorder {
            store,
            scheduler,
            profile: profile.to_string(),
            states,
            decks,
        }
    }

    /// The card states as they stand now.
    pub fn states(&self) -> &HashMap<String, CardState> {
        &self.states
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
        let prior = self.states.get(id);
        let rating = rating_for(a.verdict, a.format, a.elapsed_ms, a.overridden, prior);
        let next = self.scheduler.review(prior, rating, a.answered_at_ms, id);
        let review = Review {
            profile: self.profile.clone(),
            card_id: id.clone(),
            deck_id: self.decks.get(id).cloned().unwrap_or_default(),
            reviewed_at_ms: a.answered_at_ms,
            rating: rating as u8,
            verdict: a.verdict.name().to_string(),
            format: a.format.name().to_string(),
            given: a.given.clone(),
            expected: a.expected.clone(),
            elapsed_ms: a.elapsed_ms,
            kind: kind(prior).to_string(),
            overridden: a.overridden,
        };
        self.store.record(&review, &next)?;
        self.states.insert(id.clone(), next);
        Ok(())
    }
}
