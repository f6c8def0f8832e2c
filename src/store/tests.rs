use super::*;

/// A card in review, last seen at `at`, due three days later.
pub(super) fn state(at: u64) -> CardState {
    CardState {
        phase: Phase::Review,
        step: 0,
        stability: 3.0,
        difficulty: 5.0,
        due_ms: at + 3 * 86_400_000,
        last_review_ms: at,
        reps: 1,
        lapses: 0,
    }
}

/// A correct typed answer by ana.
pub(super) fn review(card: &str, at: u64) -> Review {
    Review {
        uid: String::new(),
        profile: "ana".into(),
        card_id: card.into(),
        deck_id: "d".into(),
        reviewed_at_ms: at,
        rating: 3,
        verdict: "correct".into(),
        format: "typed".into(),
        given: "12".into(),
        expected: "12".into(),
        elapsed_ms: 1500,
        kind: "new".into(),
        overridden: false,
    }
}

#[test]
fn records_and_reads_back() {
    let s = Store::in_memory().unwrap();
    s.record(&review("d:a:1", 1000), &state(1000)).unwrap();
    s.record(&review("d:b:1", 2000), &state(2000)).unwrap();
    let states = s.states("ana").unwrap();
    assert_eq!(states.len(), 2);
    assert_eq!(states["d:a:1"], state(1000));
    assert_eq!(s.reviews(Some("ana")).unwrap().len(), 2);
    assert!(s.states("ben").unwrap().is_empty(), "profiles are apart");
    assert_eq!(s.new_since("ana", "d", 1500).unwrap(), 1);
    let ids: super::Ids = ["d:z:1", "d:b:1", "d:a:1"].into_iter().collect();
    assert_eq!(
        s.states_for("ana", &ids)
            .unwrap()
            .iter()
            .map(|s| s.cloned())
            .collect::<Vec<_>>(),
        vec![None, Some(state(2000)), Some(state(1000))]
    );
}

#[test]
fn export_then_import_round_trips_without_duplicates() {
    let a = Store::in_memory().unwrap();
    a.record(&review("d:a:1", 1000), &state(1000)).unwrap();
    a.record(&review("d:a:1", 5000), &state(5000)).unwrap();
    let data = a.export().unwrap();
    let json = serde_json::to_string(&data).unwrap();
    let back: Export = serde_json::from_str(&json).unwrap();
    let mut b = Store::in_memory().unwrap();
    let first = b.import(&back).unwrap();
    assert_eq!(
        (first.cards, first.reviews_added, first.reviews_skipped),
        (1, 2, 0)
    );
    let again = b.import(&back).unwrap();
    assert_eq!(
        (again.cards, again.reviews_added, again.reviews_skipped),
        (0, 0, 2)
    );
    assert_eq!(b.export().unwrap(), data);
}

#[test]
fn export_keeps_every_profiles_cards_once_in_profile_order() {
    let s = Store::in_memory().unwrap();
    let as_ben = Review {
        uid: String::new(),
        profile: "ben".into(),
        ..review("d:a:1", 3000)
    };
    s.record(&as_ben, &state(3000)).unwrap();
    s.record(&review("d:a:1", 1000), &state(1000)).unwrap();
    s.record(&review("d:b:1", 2000), &state(2000)).unwrap();
    let data = s.export().unwrap();
    let mut owners: Vec<(&str, &str)> = data
        .cards
        .iter()
        .map(|c| (c.profile.as_str(), c.card_id.as_str()))
        .collect();
    let profiles: Vec<&str> = owners.iter().map(|o| o.0).collect();
    assert_eq!(
        profiles,
        ["ana", "ana", "ben"],
        "grouped by profile, in order"
    );
    owners.sort();
    assert_eq!(
        owners,
        [("ana", "d:a:1"), ("ana", "d:b:1"), ("ben", "d:a:1")]
    );
    assert_eq!(data.reviews.len(), 3);
}

#[test]
fn reset_removes_a_decks_cards_and_reviews() {
    let mut s = Store::in_memory().unwrap();
    s.record(&review("d:a:1", 1000), &state(1000)).unwrap();
    assert_eq!(s.reset_deck("ana", "d").unwrap(), 1);
    assert!(
        s.reviews(None).unwrap().is_empty(),
        "reviews go with their cards"
    );
    assert!(s.check().unwrap().is_empty());
}

#[test]
fn files_that_cannot_be_used_are_left_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let garbage = dir.path().join("garbage.sqlite3");
    std::fs::write(
        &garbage,
        b"this is not a database at all, not even close to one....",
    )
    .unwrap();
    let before = std::fs::read(&garbage).unwrap();
    assert!(matches!(
        Store::open(&garbage),
        Err(StoreError::Corrupt { .. })
    ));
    assert!(
        std::fs::read(&garbage).unwrap() == before,
        "garbage file changed"
    );

    let foreign = dir.path().join("foreign.sqlite3");
    {
        let c = Connection::open(&foreign).unwrap();
        c.execute_batch("CREATE TABLE t (x); INSERT INTO t VALUES (1);")
            .unwrap();
    }
    let before = std::fs::read(&foreign).unwrap();
    assert!(matches!(
        Store::open(&foreign),
        Err(StoreError::NotOurs { .. })
    ));
    assert!(
        std::fs::read(&foreign).unwrap() == before,
        "foreign file changed"
    );

    let newer = dir.path().join("newer.sqlite3");
    {
        let c = Connection::open(&newer).unwrap();
        c.execute_batch(&format!(
            "CREATE TABLE t (x); PRAGMA user_version = 99; PRAGMA application_id = {};",
            schema::APPLICATION_ID
        ))
        .unwrap();
    }
    let before = std::fs::read(&newer).unwrap();
    assert!(matches!(
        Store::open(&newer),
        Err(StoreError::Newer { found: 99, .. })
    ));
    assert!(
        std::fs::read(&newer).unwrap() == before,
        "newer file changed"
    );
}

/// Another program's SQLite file is recognised by what it lacks (our mark, our tables),
/// whatever its `user_version`, and is never changed: no WAL switch, no backup beside it.
#[test]
fn another_programs_database_is_never_touched() {
    let cases = [
        ("version 0, tables", "CREATE TABLE t (x); INSERT INTO t VALUES (1);"),
        ("version 1, tables", "CREATE TABLE t (x); PRAGMA user_version = 1;"),
        ("version 2, tables", "CREATE TABLE t (x); PRAGMA user_version = 2;"),
        ("version 3, no mark", "CREATE TABLE cards (x); PRAGMA user_version = 3;"),
        ("version 2, half our tables", "CREATE TABLE cards (profile, card_id, deck_id, phase, stability, due_ms, reps); CREATE TABLE reviews (x); PRAGMA user_version = 2;"),
        ("another mark", "CREATE TABLE t (x); PRAGMA application_id = 7; PRAGMA user_version = 2;"),
        ("empty, version 0", "PRAGMA user_version = 0; CREATE TABLE t(x); DROP TABLE t;"),
    ];
    for (why, sql) in cases {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("progress.sqlite3");
        Connection::open(&path).unwrap().execute_batch(sql).unwrap();
        let before = std::fs::read(&path).unwrap();
        let got = Store::open(&path);
        assert!(
            matches!(got, Err(StoreError::NotOurs { .. })),
            "{why}: {got:?}"
        );
        assert!(
            std::fs::read(&path).unwrap() == before,
            "{why}: file changed"
        );
        let names: Vec<_> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        assert_eq!(names, ["progress.sqlite3"], "{why}: files beside it");
    }
}

#[test]
fn a_new_store_is_marked_as_ours_and_an_empty_file_is_made_anew() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("progress.sqlite3");
    std::fs::write(&path, b"").unwrap();
    let s = Store::open(&path).unwrap();
    let app: i32 = s
        .conn
        .query_row("PRAGMA application_id", [], |r| r.get(0))
        .unwrap();
    assert_eq!(
        (app, s.version().unwrap()),
        (schema::APPLICATION_ID, VERSION)
    );
    drop(s);
    let names: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(
        names,
        ["progress.sqlite3"],
        "no temporary file is left behind"
    );
}

#[test]
fn migrates_from_the_first_schema_after_a_backup() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("progress.sqlite3");
    {
        let c = Connection::open(&path).unwrap();
        c.execute_batch(schema::V1).unwrap();
        c.execute_batch(
            "INSERT INTO cards VALUES ('ana', 'd:a:1', 'd', 2, 0, 3.0, 5.0, 100, 50, 1, 0);
             INSERT INTO reviews (profile, card_id, deck_id, reviewed_at_ms, rating, verdict, format, given, expected, elapsed_ms, kind)
             VALUES ('ana', 'd:a:1', 'd', 50, 3, 'correct', 'typed', '12', '12', 900, 'new');
             PRAGMA user_version = 1;",
        )
        .unwrap();
    }
    let s = Store::open(&path).unwrap();
    assert_eq!(s.version().unwrap(), VERSION);
    assert_eq!(s.reviews(None).unwrap().len(), 1);
    let facts = s.review_facts("ana", None, 0).unwrap();
    assert_eq!(
        facts.per_day.values().sum::<usize>(),
        1,
        "daily counts are filled from the old log"
    );
    s.register_deck("d", "Deck", 3, 0).unwrap();
    let backups: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| e.file_name().to_string_lossy().ends_with(".bak"))
        .collect();
    assert_eq!(backups.len(), 1, "a backup was written before migrating");
    let old = Connection::open(backups[0].path()).unwrap();
    let v: i64 = old
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .unwrap();
    assert_eq!(v, 1, "the backup holds the old schema");
}

#[test]
fn settings_are_applied_on_every_connection() {
    let dir = tempfile::tempdir().unwrap();
    let s = Store::open(&dir.path().join("p.sqlite3")).unwrap();
    let mode: String = s
        .conn
        .query_row("PRAGMA journal_mode", [], |r| r.get(0))
        .unwrap();
    let sync: i64 = s
        .conn
        .query_row("PRAGMA synchronous", [], |r| r.get(0))
        .unwrap();
    let fk: i64 = s
        .conn
        .query_row("PRAGMA foreign_keys", [], |r| r.get(0))
        .unwrap();
    assert_eq!((mode.as_str(), sync, fk), ("wal", 2, 1));
}

#[test]
fn parameters_are_kept_per_profile() {
    let s = Store::in_memory().unwrap();
    assert_eq!(s.parameters("ana").unwrap(), None);
    s.set_parameters("ana", &[0.5, 1.5], 300, 0).unwrap();
    assert_eq!(s.parameters("ana").unwrap(), Some(vec![0.5, 1.5]));
    assert_eq!(s.parameters("ben").unwrap(), None);
}

#[test]
fn compiled_decks_are_cached_by_content() {
    let src = "title: T\nfacts:\n  - It had 12 members and cost $14 billion over 7 decades on April 4, 1949, across 17 million square miles.\n";
    let deck = crate::deck::parse(src.as_bytes(), "d").deck.unwrap();
    let cards = crate::card::compile(&deck).cards;
    let s = Store::in_memory().unwrap();
    let compiled = CompiledDeck {
        id: "d".into(),
        title: "T".into(),
        cards: cards.clone(),
    };
    let index = s.cache_deck("file:/d.yaml", "h1", None, &compiled).unwrap();
    assert_eq!(index.ids.len(), cards.len());
    assert_eq!(
        s.cached_index("file:/d.yaml", "h1").unwrap(),
        Some(index.clone())
    );
    assert_eq!(
        s.cached_index("file:/d.yaml", "h2").unwrap(),
        None,
        "changed content misses"
    );
    // A file's stamp, once recorded with its hash, finds the index without the hash.
    let stamped = |stamp| s.cached_index_stamped("file:/d.yaml", stamp).unwrap();
    assert_eq!(stamped("10 5"), None, "no stamp recorded yet");
    s.stamp_cached("file:/d.yaml", "h2", "10 5").unwrap();
    assert_eq!(
        stamped("10 5"),
        None,
        "a stamp is kept only beside its own hash"
    );
    s.stamp_cached("file:/d.yaml", "h1", "10 5").unwrap();
    assert_eq!(stamped("10 5"), Some(index.clone()));
    assert_eq!(stamped("10 6"), None, "a touched file misses");
    assert_eq!(
        s.cached_index("file:/d.yaml", "h1").unwrap(),
        Some(index.clone()),
        "the hash still finds it"
    );
    s.cache_deck("file:/d.yaml", "h3", Some("11 7"), &compiled)
        .unwrap();
    assert_eq!(
        stamped("10 5"),
        None,
        "a new compilation replaces the stamp"
    );
    assert_eq!(stamped("11 7"), Some(index));
    for (k, card) in cards.iter().enumerate() {
        assert_eq!(
            s.cached_card("file:/d.yaml", k, "d").unwrap().as_ref(),
            Some(card)
        );
    }
    assert_eq!(
        s.cached_card("file:/d.yaml", cards.len(), "d").unwrap(),
        None
    );
    let last = &cards[cards.len() - 1].id.0;
    let facts = s.cached_facts(&[last, "d:gone:1"]).unwrap();
    assert_eq!(facts.get(last.as_str()), Some(&cards[0].text));
    assert!(
        !facts.contains_key("d:gone:1"),
        "a card no cached deck holds"
    );
}

#[test]
fn review_facts_in_sql_match_the_pure_ones() {
    use super::ReviewFacts;
    let s = Store::in_memory().unwrap();
    let day = 86_400_000;
    let mut all = Vec::new();
    for (k, (card, at, rating, kind)) in [
        ("d:a:1", 5 * day + 10, 3, "new"),
        ("d:a:1", 9 * day, 1, "review"),
        ("d:b:1", 9 * day + 5, 3, "review"),
        ("d:b:1", 12 * day, 2, "review"),
    ]
    .into_iter()
    .enumerate()
    {
        let mut r = review(card, at);
        r.rating = rating;
        r.kind = kind.into();
        s.record(&r, &state(at + k as u64)).unwrap();
        all.push(r);
    }
    let offset = s.local_offset_ms(9 * day);
    let since = super::local_day(8 * day, offset);
    assert_eq!(
        s.review_facts("ana", None, since).unwrap(),
        ReviewFacts::from_reviews(&all, since, offset)
    );
    assert_eq!(
        s.review_facts("ana", Some("other"), since).unwrap(),
        ReviewFacts::default()
    );
    assert_eq!(
        s.last_expected("ana", "d:b:1").unwrap().as_deref(),
        Some("12")
    );
}

#[test]
fn card_facts_in_sql_match_the_pure_ones() {
    use super::CardFacts;
    let s = Store::in_memory().unwrap();
    let day = 86_400_000;
    let mut rows = Vec::new();
    for (k, (card, stability, lapses)) in [
        ("d:a:1", 3.0, 0),
        ("d:b:1", 30.0, 2),
        ("d:c:1", 3.0, 1),
        ("d:d:1", 25.0, 0),
    ]
    .into_iter()
    .enumerate()
    {
        let mut st = state(k as u64 * day);
        st.stability = stability;
        st.lapses = lapses;
        st.difficulty = 4.0 + k as f32;
        s.record(&review(card, k as u64 * day), &st).unwrap();
        rows.push(CardRow {
            card_id: card.into(),
            deck_id: "d".into(),
            state: st,
        });
    }
    let offset = s.local_offset_ms(0);
    assert_eq!(
        s.card_facts("ana", None).unwrap(),
        CardFacts::from_rows(&rows, offset)
    );
    assert_eq!(
        s.card_facts("ana", Some("other")).unwrap(),
        CardFacts::default()
    );
}

#[test]
fn the_local_offset_is_a_real_time_zone_offset() {
    let s = Store::in_memory().unwrap();
    let offset = s.local_offset_ms(1_767_268_800_000);
    assert_eq!(offset % (15 * 60_000), 0, "{offset}");
    assert!(offset.abs() <= 14 * 3_600_000, "{offset}");
    // Run with TZ=ABC-5:30 (a POSIX zone 5½ hours ahead of UTC) to see the zone read.
    if std::env::var("TZ").as_deref() == Ok("ABC-5:30") {
        assert_eq!(offset, 19_800_000);
    }
}
