use super::*;
use crate::schedule::DAY_MS;
use crate::schedule::{CardState, Settings};
use crate::store::{CardRow, Review};

const NOW: u64 = 20_000 * DAY_MS + 12 * 3_600_000; // noon UTC

fn row(card: &str, phase: Phase, stability: f32, due: u64, lapses: u32) -> CardRow {
    let state = CardState {
        phase,
        step: 0,
        stability,
        difficulty: 5.0,
        due_ms: due,
        last_review_ms: NOW - DAY_MS,
        reps: 3,
        lapses,
    };
    CardRow {
        card_id: card.into(),
        deck_id: "d".into(),
        state,
    }
}

/// A review of a card; public to the store's tests, which check SQL against `from_reviews`.
pub fn review(card: &str, at: u64, rating: u8, kind: &str) -> Review {
    Review {
        uid: String::new(),
        profile: "p".into(),
        card_id: card.into(),
        deck_id: "d".into(),
        reviewed_at_ms: at,
        rating,
        verdict: "correct".into(),
        format: "typed".into(),
        given: "x".into(),
        expected: format!("answer of {card}"),
        elapsed_ms: 1000,
        kind: kind.into(),
        overridden: false,
    }
}

#[test]
fn figures_from_rows() {
    let cards = [
        row("a", Phase::Learning, 0.5, NOW - 1000, 0),
        row("b", Phase::Review, 5.0, NOW + 2 * DAY_MS, 2),
        row("c", Phase::Review, 30.0, NOW + 40 * DAY_MS, 0),
    ];
    let reviews = [
        review("a", NOW - 1000, 1, "new"),
        review("b", NOW - DAY_MS, 3, "review"),
        review("b", NOW - 2 * DAY_MS, 1, "review"),
        review("c", NOW - 2 * DAY_MS, 3, "review"),
        review("c", NOW - 40 * DAY_MS, 3, "review"),
    ];
    let facts = ReviewFacts::from_reviews(&reviews, local_day(NOW, 0) - (RETENTION_DAYS - 1), 0);
    let st = compute(
        &[("d".into(), "Deck".into(), 10)],
        &CardFacts::from_rows(&cards, 0),
        &facts,
        Vec::new(),
        NOW,
        0,
    );
    assert_eq!(st.total_reviews, 5);
    assert_eq!(
        st.cards,
        CardCounts {
            new: 7,
            learning: 1,
            review: 1,
            mastered: 1
        }
    );
    assert_eq!(st.due_today, 1);
    assert_eq!(st.due_next_14_days[2], 1);
    assert_eq!(
        st.due_next_14_days.iter().sum::<usize>(),
        2,
        "the card due in 40 days is beyond the chart"
    );
    assert_eq!(
        (
            st.reviews_last_30_days[29],
            st.reviews_last_30_days[28],
            st.reviews_last_30_days[27]
        ),
        (1, 1, 2)
    );
    assert_eq!(
        st.reviews_last_30_days.iter().sum::<usize>(),
        4,
        "the review 40 days ago is outside the chart"
    );
    assert_eq!(
        st.retention_30d,
        Some(2.0 / 3.0),
        "three review answers in 30 days, two remembered"
    );
    assert_eq!(st.streak_days, 3);
    assert_eq!(st.decks[0].mastery, 0.1);
}

#[test]
fn a_weak_card_is_shown_by_its_fact_and_real_answer() {
    let s = Scheduler::new(&[], Settings::default()).unwrap();
    let text = CardText {
        fact: "It had 12 members.".into(),
        answer: "12".into(),
    };
    let missed = |logged: &str| ("d:f:1".to_string(), logged.to_string(), 1, 1);
    let learning = row("d:f:1", Phase::Learning, 0.5, NOW, 0).state;
    let review = row("d:f:1", Phase::Review, 5.0, NOW, 1).state;
    // (text from the deck, state, answer shown, fact shown, in review, why)
    for (text, state, answer, fact, in_review, why) in [
        (Some(&text), Some(&learning), "12", Some("It had 12 members."), false,
            "a true/false review logged `true`: the card's answer is shown, and no forecast in learning"),
        (Some(&text), Some(&review), "12", Some("It had 12 members."), true, "a forecast once in review"),
        (None, None, "true", None, false, "a deck that no longer loads: what the log kept"),
    ] {
        let w = weak(missed("true"), text, state, NOW, &s);
        assert_eq!((w.answer.as_str(), w.fact.as_deref(), w.in_review), (answer, fact, in_review), "{why}");
    }
}

#[test]
fn a_streak_survives_until_the_end_of_today() {
    let reviews = [
        review("a", NOW - DAY_MS, 3, "new"),
        review("a", NOW - 2 * DAY_MS, 3, "new"),
    ];
    let facts = ReviewFacts::from_reviews(&reviews, 0, 0);
    assert_eq!(
        streak(&facts.per_day, local_day(NOW, 0)),
        2,
        "no review yet today: yesterday's streak still counts"
    );
    assert_eq!(streak(&BTreeMap::new(), local_day(NOW, 0)), 0);
}
