//! The benchmark's decks and review histories, generated.

use factdrill::card::compile;
use factdrill::deck::parse;
use factdrill::schedule::{CardState, Phase, DAY_MS};
use factdrill::store::{Export, ExportCard, Review, Store};
use std::path::Path;

/// What a generated deck is made of.
#[derive(Clone, Copy)]
pub enum Facts {
    /// Each fact holds a count and a date: every card of one kind has few of its kind
    /// near it (the case the benchmark had first).
    Mixed,
    /// Each fact counts wells: one kind, one unit, one counted noun (issue 13).
    Counts,
    /// Each fact dates an event by its year: timelines.
    Events,
}

/// The text of fact `n`.
fn fact(facts: Facts, n: usize) -> String {
    match facts {
        Facts::Mixed => format!(
            "In record {n}, exactly {} delegates met on April {}, {}, to sign accord number {n}.",
            n % 90 + 2,
            n % 28 + 1,
            1900 + n % 120
        ),
        Facts::Counts => format!(
            "The district of Place{n} counted {} wells in its survey.",
            (n * 7919) % 900 + 100
        ),
        Facts::Events => format!(
            "The town of Place{n} opened its library in {}.",
            1700 + (n * 7919) % 320
        ),
    }
}

/// Writes a deck of `count` facts with id `id` to `path`.
pub fn write_deck(path: &Path, id: &str, facts: Facts, count: usize) {
    let mut text = format!("title: {id}\nid: {id}\nfacts:\n");
    for n in 0..count {
        text.push_str(&format!("  - fact: {}\n    id: f{n}\n", fact(facts, n)));
    }
    std::fs::write(path, text).unwrap();
    // Written an hour ago, as a user's deck is: a file changed in the last two seconds is
    // hashed at every start (its times could still change unseen), and no user's is.
    let an_hour_ago = std::time::SystemTime::now() - std::time::Duration::from_secs(3600);
    std::fs::File::options()
        .write(true)
        .open(path)
        .and_then(|f| f.set_modified(an_hour_ago))
        .unwrap();
}

/// A store in `home` with `reviews` reviews of the first `cards` cards of a deck of `total`
/// facts, over the past year, each card due from five days ago to 35 days ahead.
pub fn write_history(home: &Path, deck: (&str, Facts, usize), cards: usize, reviews: usize) {
    let (id, facts, total) = deck;
    // The reviewed cards' ids, from a deck of just those facts: ids come from fact ids.
    let mut text = format!("title: {id}\nid: {id}\nfacts:\n");
    for n in 0..cards {
        text.push_str(&format!("  - fact: {}\n    id: f{n}\n", fact(facts, n)));
    }
    let compiled = compile(&parse(text.as_bytes(), id).deck.unwrap()).cards;
    let now = now_ms();
    let per_card = reviews.div_ceil(compiled.len().min(reviews).max(1));
    let mut export = Export {
        format: "factdrill-progress".into(),
        version: factdrill::store::VERSION,
        cards: vec![],
        reviews: vec![],
        decks: vec![],
    };
    for (k, card) in compiled.iter().enumerate().take(reviews / per_card) {
        let start = now - 365 * DAY_MS + (k as u64 % 100) * DAY_MS;
        for r in 0..per_card {
            export
                .reviews
                .push(review(id, &card.id.0, card.answer_text(), k, r, start));
        }
        export.cards.push(ExportCard {
            profile: "bench".into(),
            card_id: card.id.0.clone(),
            deck_id: id.into(),
            state: CardState {
                phase: Phase::Review,
                step: 0,
                stability: 5.0 + (k % 60) as f32,
                difficulty: 5.0,
                due_ms: now - 5 * DAY_MS + (k as u64 % 40) * DAY_MS,
                last_review_ms: now - 10 * DAY_MS,
                reps: per_card as u32,
                lapses: (k % 3) as u32,
            },
        });
    }
    export.decks.push((id.into(), id.into(), total));
    let mut store = Store::open(&home.join("progress.sqlite3")).unwrap();
    store.import(&export).unwrap();
}

/// The `r`th review of the `k`th card, 25 days after the one before.
fn review(deck: &str, card: &str, expected: &str, k: usize, r: usize, start: u64) -> Review {
    Review {
        uid: String::new(),
        profile: "bench".into(),
        card_id: card.into(),
        deck_id: deck.into(),
        reviewed_at_ms: start + (r as u64) * 25 * DAY_MS + k as u64,
        rating: if (k + r).is_multiple_of(7) { 1 } else { 3 },
        verdict: "correct".into(),
        format: "typed".into(),
        given: "12".into(),
        expected: expected.into(),
        elapsed_ms: 3000,
        kind: if r == 0 {
            "new".into()
        } else {
            "review".into()
        },
        overridden: false,
    }
}

/// One right answer of `profile`'s to `card_id` now (`at`), with the state it leaves: what
/// the benchmarks record to time a store.
pub fn right_answer(profile: &str, card_id: &str, uid: String, at: u64) -> (Review, CardState) {
    let review = Review {
        uid,
        profile: profile.into(),
        card_id: card_id.into(),
        deck_id: card_id.split(':').next().unwrap_or_default().into(),
        reviewed_at_ms: at,
        rating: 3,
        verdict: "correct".into(),
        format: "typed".into(),
        given: "3".into(),
        expected: "3".into(),
        elapsed_ms: 1000,
        kind: "review".into(),
        overridden: false,
    };
    let state = CardState {
        phase: Phase::Review,
        step: 0,
        stability: 9.0,
        difficulty: 5.0,
        due_ms: at + 9 * DAY_MS,
        last_review_ms: at,
        reps: 11,
        lapses: 0,
    };
    (review, state)
}

/// Now, in ms since the Unix epoch.
pub fn now_ms() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_millis() as u64
}
