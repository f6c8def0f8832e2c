use super::*;

const T0: u64 = 1_767_268_800_000; // 2026-01-01T12:00:00Z

fn plain() -> Scheduler {
    let settings = Settings {
        fuzz: false,
        learning_steps_ms: vec![],
        relearning_steps_ms: vec![],
        ..Settings::default()
    };
    Scheduler::new(&[], settings).unwrap()
}

/// Default learning steps, no fuzz: the schedule a learner gets, made exact.
fn stepped() -> Scheduler {
    let settings = Settings {
        fuzz: false,
        ..Settings::default()
    };
    Scheduler::new(&[], settings).unwrap()
}

fn rating(n: u64) -> Rating {
    Rating::from_number(n as i64).unwrap()
}

#[test]
fn matches_the_reference_implementation() {
    let text = include_str!("../../../tests/fixtures/fsrs_reference.json");
    let fixture: serde_json::Value = serde_json::from_str(text).unwrap();
    let s = plain();
    for (name, steps) in fixture["sequences"].as_object().unwrap() {
        let mut state: Option<CardState> = None;
        let mut now = T0;
        for (k, step) in steps.as_array().unwrap().iter().enumerate() {
            now += step["days"].as_u64().unwrap() * DAY_MS;
            let next = s.review(
                state.as_ref(),
                rating(step["rating"].as_u64().unwrap()),
                now,
                name,
            );
            let (want_s, want_d) = (
                step["stability"].as_f64().unwrap() as f32,
                step["difficulty"].as_f64().unwrap() as f32,
            );
            assert!(
                (next.stability - want_s).abs() <= 1e-3 * want_s.max(1.0),
                "{name} step {k}: stability {} vs {want_s}",
                next.stability
            );
            assert!(
                (next.difficulty - want_d).abs() <= 1e-3 * want_d.max(1.0),
                "{name} step {k}: difficulty {} vs {want_d}",
                next.difficulty
            );
            let interval = (next.due_ms - now) / DAY_MS;
            assert_eq!(
                interval,
                step["interval"].as_u64().unwrap(),
                "{name} step {k}: interval"
            );
            state = Some(next);
        }
    }
}

fn interval_days(state: &CardState) -> u64 {
    (state.due_ms - state.last_review_ms) / DAY_MS
}

#[test]
fn good_answers_grow_intervals_and_again_shrinks_them() {
    let s = plain();
    let mut state = s.review(None, Rating::Good, T0, "k");
    let mut last = interval_days(&state);
    for _ in 0..5 {
        state = s.review(Some(&state), Rating::Good, state.due_ms, "k");
        assert!(
            interval_days(&state) > last,
            "{} after {last}",
            interval_days(&state)
        );
        last = interval_days(&state);
    }
    let lapsed = s.review(Some(&state), Rating::Again, state.due_ms, "k");
    assert!(interval_days(&lapsed) < last);
    assert_eq!(lapsed.lapses, 1);
}

#[test]
fn again_on_a_mature_card_is_due_within_the_session() {
    let s = stepped();
    let mut state = CardState {
        phase: Phase::Review,
        step: 0,
        stability: 60.0,
        difficulty: 5.0,
        due_ms: T0,
        last_review_ms: T0 - 60 * DAY_MS,
        reps: 6,
        lapses: 0,
    };
    state = s.review(Some(&state), Rating::Again, T0, "k");
    assert_eq!(state.phase, Phase::Relearning);
    assert_eq!(state.due_ms, T0 + 10 * MINUTE_MS);
    let back = s.review(Some(&state), Rating::Good, state.due_ms, "k");
    assert_eq!(back.phase, Phase::Review);
    assert!(back.due_ms >= state.due_ms + DAY_MS);
}

#[test]
fn learning_steps_come_before_review() {
    let s = stepped();
    let first = s.review(None, Rating::Good, T0, "k");
    assert_eq!(
        (first.phase, first.step, first.due_ms - T0),
        (Phase::Learning, 1, 10 * MINUTE_MS)
    );
    let again = s.review(None, Rating::Again, T0, "k");
    assert_eq!(
        (again.phase, again.due_ms - T0),
        (Phase::Learning, MINUTE_MS)
    );
    let hard = s.review(None, Rating::Hard, T0, "k");
    assert_eq!(
        hard.due_ms - T0,
        330_000,
        "halfway between the first two steps"
    );
    let graduated = s.review(Some(&first), Rating::Good, first.due_ms, "k");
    assert_eq!(graduated.phase, Phase::Review);
    let easy = s.review(None, Rating::Easy, T0, "k");
    assert_eq!(easy.phase, Phase::Review, "easy skips the steps");
}

#[test]
fn a_right_choice_grows_the_interval_less_than_a_right_typed_answer() {
    let s = plain();
    let start = s.review(None, Rating::Good, T0, "k");
    let when = start.due_ms;
    let choice = rating_for(Verdict::Correct, Format::Choice, 2_000, false, Some(&start));
    let typed = rating_for(Verdict::Correct, Format::Typed, 2_000, false, Some(&start));
    let after_choice = s.review(Some(&start), choice, when, "k");
    let after_typed = s.review(Some(&start), typed, when, "k");
    assert!(interval_days(&after_choice) < interval_days(&after_typed));
}

#[test]
fn ratings_for_verdicts() {
    let mature = CardState {
        phase: Phase::Review,
        step: 0,
        stability: 30.0,
        difficulty: 5.0,
        due_ms: T0,
        last_review_ms: T0,
        reps: 5,
        lapses: 0,
    };
    let cases = [
        (
            Verdict::Wrong,
            Format::Typed,
            1_000,
            false,
            None,
            Rating::Again,
        ),
        (
            Verdict::Close,
            Format::Typed,
            1_000,
            false,
            None,
            Rating::Hard,
        ),
        (
            Verdict::Correct,
            Format::Choice,
            1_000,
            false,
            Some(&mature),
            Rating::Hard,
        ),
        (
            Verdict::Correct,
            Format::Typed,
            1_000,
            false,
            None,
            Rating::Good,
        ),
        (
            Verdict::Correct,
            Format::Typed,
            1_000,
            false,
            Some(&mature),
            Rating::Easy,
        ),
        (
            Verdict::Correct,
            Format::Typed,
            30_000,
            false,
            Some(&mature),
            Rating::Good,
        ),
        (
            Verdict::Correct,
            Format::Typed,
            1_000,
            true,
            Some(&mature),
            Rating::Good,
        ),
    ];
    for (verdict, format, ms, overridden, prior, want) in cases {
        assert_eq!(
            rating_for(verdict, format, ms, overridden, prior),
            want,
            "{verdict:?} {format:?} {ms} {overridden}"
        );
    }
}

#[test]
fn the_day_starts_at_local_midnight() {
    let midnight_utc = T0 - 12 * 3_600_000; // 2026-01-01T00:00Z
    let hour: u64 = 3_600_000;
    assert_eq!(day_start(T0, 0), midnight_utc);
    assert_eq!(
        day_start(T0, 2 * hour as i64),
        midnight_utc - 2 * hour,
        "UTC+2: local midnight is 22:00 UTC"
    );
    assert_eq!(
        day_start(midnight_utc + hour, -4 * hour as i64),
        midnight_utc - DAY_MS + 4 * hour,
        "UTC-4 at 01:00 UTC is still yesterday"
    );
}

#[test]
fn elapsed_days_counts_whole_24_hour_periods() {
    let cases = [
        (0, 0),
        (DAY_MS - 1, 0),
        (DAY_MS, 1),
        (25 * 3_600_000, 1),
        (10 * DAY_MS + 5, 10),
    ];
    for (gap, want) in cases {
        assert_eq!(elapsed_days(T0, T0 + gap), want, "{gap}");
    }
    assert_eq!(
        elapsed_days(T0, T0 - 5),
        0,
        "a clock that went back counts nothing"
    );
}

#[test]
fn intervals_are_clamped_and_fuzz_is_deterministic_and_small() {
    let tight = Settings {
        fuzz: false,
        max_interval_days: 30,
        learning_steps_ms: vec![],
        relearning_steps_ms: vec![],
        ..Settings::default()
    };
    let s = Scheduler::new(&[], tight).unwrap();
    let mut state = s.review(None, Rating::Easy, T0, "k");
    for _ in 0..6 {
        state = s.review(Some(&state), Rating::Easy, state.due_ms, "k");
        assert!(interval_days(&state) <= 30);
        assert!(interval_days(&state) >= 1);
    }
    let fuzzy = Scheduler::new(
        &[],
        Settings {
            learning_steps_ms: vec![],
            ..Settings::default()
        },
    )
    .unwrap();
    let plain = plain();
    let base = plain.review(None, Rating::Easy, T0, "a");
    let mut spread = std::collections::HashSet::new();
    for key in ["a", "b", "c", "d", "e", "f", "g", "h"] {
        let one = fuzzy.review(Some(&base), Rating::Good, base.due_ms, key);
        let two = fuzzy.review(Some(&base), Rating::Good, base.due_ms, key);
        assert_eq!(one.due_ms, two.due_ms, "same card, same fuzz");
        let exact =
            interval_days(&plain.review(Some(&base), Rating::Good, base.due_ms, key)) as f64;
        let got = interval_days(&one) as f64;
        assert!(
            (got - exact).abs() <= (exact * 0.15).max(2.0),
            "{got} vs {exact}"
        );
        spread.insert(one.due_ms);
    }
    assert!(spread.len() > 1, "cards learned together part");
}

#[test]
fn moving_the_clock_lowers_retrievability() {
    let s = plain();
    let state = s.review(None, Rating::Good, T0, "k");
    let r_now = s.retrievability(&state, T0);
    let r_due = s.retrievability(&state, state.due_ms);
    let r_late = s.retrievability(&state, state.due_ms + 30 * DAY_MS);
    assert!(
        r_now > 0.99 && (r_due - 0.9).abs() < 0.05 && r_late < r_due,
        "{r_now} {r_due} {r_late}"
    );
}

#[test]
fn retention_out_of_range_is_refused() {
    assert!(Scheduler::new(
        &[],
        Settings {
            retention: 0.5,
            ..Settings::default()
        }
    )
    .is_err());
    assert!(Scheduler::new(&[1.0, 2.0], Settings::default()).is_err());
}
