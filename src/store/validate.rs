//! What an imported export must satisfy before anything of it is written: values in the
//! ranges the store and the scheduler can hold, so that export → import → export gives the
//! same file, and reviews only of cards that exist.

use super::backup::{Export, ExportCard};
use super::{clean_profile, Review, StoreError};
use std::collections::HashSet;

/// The latest instant a store keeps (the last millisecond of year 9999): beyond it a `u64`
/// would wrap when stored as SQLite's signed integer.
pub const MAX_MS: u64 = 253_402_300_799_999;
/// The longest stability FSRS gives (100 years, in days), with room to spare.
const MAX_STABILITY: f32 = 1.0e6;
const VERDICTS: &[&str] = &["correct", "close", "wrong"];
const KINDS: &[&str] = &["new", "learn", "review", "relearn"];

/// Checks every card and review of `data`; `has_card(profile, card)` says whether the
/// store already holds a card state a review may belong to.
pub(super) fn check(
    data: &Export,
    has_card: &mut dyn FnMut(&str, &str) -> Result<bool, StoreError>,
) -> Result<(), StoreError> {
    let mut cards = HashSet::new();
    for (k, c) in data.cards.iter().enumerate() {
        card(c).map_err(|why| {
            bad(format!(
                "card {} ({} of {}): {why}",
                k + 1,
                c.card_id,
                c.profile
            ))
        })?;
        cards.insert((c.profile.as_str(), c.card_id.as_str()));
    }
    for (k, r) in data.reviews.iter().enumerate() {
        let at = || format!("review {} ({} of {})", k + 1, r.card_id, r.profile);
        review(r).map_err(|why| bad(format!("{}: {why}", at())))?;
        if !cards.contains(&(r.profile.as_str(), r.card_id.as_str()))
            && !has_card(&r.profile, &r.card_id)?
        {
            return Err(bad(format!(
                "{}: its card has no state in the file or in the store (an export holds the state of every card it has reviews of; was the file cut short or edited?)",
                at()
            )));
        }
    }
    Ok(())
}

fn bad(what: String) -> StoreError {
    StoreError::BadImport { what }
}

fn card(c: &ExportCard) -> Result<(), String> {
    profile(&c.profile)?;
    not_blank("card_id", &c.card_id)?;
    not_blank("deck_id", &c.deck_id)?;
    let s = &c.state;
    if !(s.stability.is_finite() && (0.0..=MAX_STABILITY).contains(&s.stability)) {
        return Err(format!(
            "stability {} is not between 0 and {MAX_STABILITY} days",
            s.stability
        ));
    }
    if !(s.difficulty.is_finite() && (1.0..=10.0).contains(&s.difficulty)) {
        return Err(format!(
            "difficulty {} is not between 1 and 10",
            s.difficulty
        ));
    }
    instant("due_ms", s.due_ms)?;
    instant("last_review_ms", s.last_review_ms)
}

fn review(r: &Review) -> Result<(), String> {
    profile(&r.profile)?;
    not_blank("card_id", &r.card_id)?;
    not_blank("deck_id", &r.deck_id)?;
    if r.uid.len() > 100 || r.uid.chars().any(|c| c.is_control()) {
        return Err("its uid is not an id (at most 100 characters, no control characters)".into());
    }
    if !(1..=4).contains(&r.rating) {
        return Err(format!("rating {} is not 1 to 4", r.rating));
    }
    one_of("verdict", &r.verdict, VERDICTS)?;
    one_of("kind", &r.kind, KINDS)?;
    instant("reviewed_at_ms", r.reviewed_at_ms)?;
    instant("elapsed_ms", r.elapsed_ms)
}

fn profile(name: &str) -> Result<(), String> {
    if name.is_empty() || clean_profile(name) != name {
        return Err(format!(
            "profile `{}` is not a profile name (letters, digits, `.`, `_` and `-`)",
            crate::sanitize::one_line(name)
        ));
    }
    Ok(())
}

fn not_blank(field: &str, value: &str) -> Result<(), String> {
    if value.trim().is_empty() {
        return Err(format!("{field} is empty"));
    }
    Ok(())
}

fn one_of(field: &str, value: &str, allowed: &[&str]) -> Result<(), String> {
    if allowed.contains(&value) {
        Ok(())
    } else {
        Err(format!(
            "{field} `{}` is not one of {}",
            crate::sanitize::one_line(value),
            allowed.join(", ")
        ))
    }
}

fn instant(field: &str, ms: u64) -> Result<(), String> {
    if ms > MAX_MS {
        return Err(format!("{field} {ms} is beyond the year 9999"));
    }
    Ok(())
}
