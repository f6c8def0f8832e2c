//! Records each graded answer in the progress store with its new FSRS state, in one
//! transaction, before the next question is shown.

use crate::schedule::{rating_for, CardState, Phase, Scheduler};
use crate::store::{Review, Store};
use crate::turn::{AnswerRecord, Recorder};

/// A recorder backed by the progress store.
pub struct StoreRecorder<'a> {
    store: &'a Store,
    scheduler: &'a Scheduler,
    profile: String,
    /// The last answer recorded: its review and the card's state before it, so that an
    /// override can re-rate it from the same starting point.
    last: Option<(Review, Option<CardState>)>,
}

impl<'a> StoreRecorder<'a> {
    /// A recorder for `profile`.
    pub fn new(store: &'a Store, scheduler: &'a Scheduler, profile: &str) -> Self {
        StoreRecorder {
            store,
            scheduler,
            profile: profile.to_string(),
            last: None,
        }
    }

    /// The review of `a` and the card's next state, from the state before it.
    fn review(
        &self,
        a: &AnswerRecord,
        prior: Option<&CardState>,
        uid: String,
    ) -> (Review, CardState) {
        let id = &a.card.0;
        let rating = rating_for(a.verdict, a.format, a.elapsed_ms, a.overridden, prior);
        let next = self.scheduler.review(prior, rating, a.answered_at_ms, id);
        let review = Review {
            uid,
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
            kind: kind(prior).to_string(),
            overridden: a.overridden,
        };
        (review, next)
    }
}

/// A new review's identity: 128 random bits from the operating system's generator, never
/// the session's seeded one, so that a replayed `--seed` game gets new identities.
fn new_uid() -> String {
    format!("{:032x}", rand::random::<u128>())
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
        // The state is read inside the store's transaction: another session of the same
        // profile may have moved the card since this one planned.
        let uid = new_uid();
        let mut made = None;
        let prior = self.store.record_with(&self.profile, &a.card.0, |prior| {
            let (review, next) = self.review(a, prior, uid.clone());
            made = Some(review.clone());
            (review, next)
        })?;
        self.last = made.map(|review| (review, prior));
        Ok(())
    }

    fn amend_last(&mut self, a: &AnswerRecord) -> anyhow::Result<()> {
        let Some((recorded, prior)) = self.last.take() else {
            anyhow::bail!("no answer to amend");
        };
        let (review, next) = self.review(a, prior.as_ref(), recorded.uid.clone());
        self.store.amend(&review, &next)?;
        self.last = Some((review, prior));
        Ok(())
    }
}
