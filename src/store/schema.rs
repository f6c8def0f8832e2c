//! The store's schema and its migrations. `PRAGMA user_version` holds the version and
//! `PRAGMA application_id` marks the file as factdrill's.

/// The schema version this build writes.
pub const VERSION: i64 = 4;

/// `PRAGMA application_id` of a factdrill store ("FDrl"): a file is recognised as ours by
/// this mark, never by the absence of another program's tables.
pub const APPLICATION_ID: i32 = 0x4644_726c;

/// Version 1: cards' memory state, the append-only review log, fitted parameters.
pub const V1: &str = "
CREATE TABLE cards (
    profile TEXT NOT NULL,
    card_id TEXT NOT NULL,
    deck_id TEXT NOT NULL,
    phase INTEGER NOT NULL,
    step INTEGER NOT NULL,
    stability REAL NOT NULL,
    difficulty REAL NOT NULL,
    due_ms INTEGER NOT NULL,
    last_review_ms INTEGER NOT NULL,
    reps INTEGER NOT NULL,
    lapses INTEGER NOT NULL,
    PRIMARY KEY (profile, card_id)
) WITHOUT ROWID;
CREATE INDEX cards_due ON cards (profile, deck_id, due_ms);
CREATE TABLE reviews (
    id INTEGER PRIMARY KEY,
    profile TEXT NOT NULL,
    card_id TEXT NOT NULL,
    deck_id TEXT NOT NULL,
    reviewed_at_ms INTEGER NOT NULL,
    rating INTEGER NOT NULL,
    verdict TEXT NOT NULL,
    format TEXT NOT NULL,
    given TEXT NOT NULL,
    expected TEXT NOT NULL,
    elapsed_ms INTEGER NOT NULL,
    kind TEXT NOT NULL,
    overridden INTEGER NOT NULL DEFAULT 0,
    UNIQUE (profile, card_id, reviewed_at_ms),
    FOREIGN KEY (profile, card_id) REFERENCES cards (profile, card_id) ON DELETE CASCADE
);
CREATE INDEX reviews_time ON reviews (profile, reviewed_at_ms);
CREATE TABLE parameters (
    profile TEXT PRIMARY KEY,
    parameters TEXT NOT NULL,
    fitted_at_ms INTEGER NOT NULL,
    reviews INTEGER NOT NULL
);
";

/// Each migration takes the schema from version `k + 1` to `k + 2` (index 0: 1 → 2).
pub const MIGRATIONS: &[&str] = &[
    // 2: decks known to the store, so that stats can count cards never seen; daily review
    // counts (by local day, from the system time zone) kept by triggers, so that stats never scan the whole log; and decks compiled
    // into cards, keyed by their file's content, so that large decks start fast.
    "CREATE TABLE decks (
        deck_id TEXT PRIMARY KEY,
        title TEXT NOT NULL,
        cards INTEGER NOT NULL,
        updated_ms INTEGER NOT NULL
    );
    DROP INDEX reviews_time;
    CREATE INDEX reviews_time ON reviews (profile, reviewed_at_ms, deck_id, kind, rating);
    CREATE TABLE daily (
        profile TEXT NOT NULL,
        deck_id TEXT NOT NULL,
        day INTEGER NOT NULL,
        reviews INTEGER NOT NULL,
        review_answers INTEGER NOT NULL,
        remembered INTEGER NOT NULL,
        PRIMARY KEY (profile, deck_id, day)
    ) WITHOUT ROWID;
    CREATE TRIGGER reviews_daily_insert AFTER INSERT ON reviews BEGIN
        INSERT INTO daily (profile, deck_id, day, reviews, review_answers, remembered)
        VALUES (NEW.profile, NEW.deck_id, CAST(strftime('%s', NEW.reviewed_at_ms / 1000, 'unixepoch', 'localtime') AS INTEGER) / 86400, 1,
                NEW.kind = 'review', NEW.kind = 'review' AND NEW.rating > 1)
        ON CONFLICT (profile, deck_id, day) DO UPDATE SET
            reviews = reviews + 1,
            review_answers = review_answers + excluded.review_answers,
            remembered = remembered + excluded.remembered;
    END;
    CREATE TRIGGER reviews_daily_delete AFTER DELETE ON reviews BEGIN
        UPDATE daily SET
            reviews = reviews - 1,
            review_answers = review_answers - (OLD.kind = 'review'),
            remembered = remembered - (OLD.kind = 'review' AND OLD.rating > 1)
        WHERE profile = OLD.profile AND deck_id = OLD.deck_id AND day = CAST(strftime('%s', OLD.reviewed_at_ms / 1000, 'unixepoch', 'localtime') AS INTEGER) / 86400;
    END;
    INSERT INTO daily (profile, deck_id, day, reviews, review_answers, remembered)
        SELECT profile, deck_id, CAST(strftime('%s', reviewed_at_ms / 1000, 'unixepoch', 'localtime') AS INTEGER) / 86400, count(*), sum(kind = 'review'),
               sum(kind = 'review' AND rating > 1)
        FROM reviews GROUP BY 1, 2, 3;
    CREATE TABLE deck_cache (
        source TEXT PRIMARY KEY,
        hash TEXT NOT NULL,
        data BLOB NOT NULL
    );
    CREATE TABLE deck_cards (
        source TEXT NOT NULL,
        idx INTEGER NOT NULL,
        data BLOB NOT NULL,
        PRIMARY KEY (source, idx)
    );",
    // 3: every review has its own identity. Version 2 kept one review per card and
    // millisecond (`INSERT OR IGNORE`), so a second answer in the same millisecond was lost
    // while the card's `reps` counted it. A `uid` (random for each answer) lets retries and
    // imports skip what is already there without collapsing two real answers. Reviews of
    // older stores get a uid derived from the old key (see `legacy_uid`), so that older
    // exports import idempotently. An override ("I was right") amends its review's rating,
    // so `daily` follows updates too.
    "DROP TRIGGER reviews_daily_insert;
    DROP TRIGGER reviews_daily_delete;
    CREATE TABLE reviews_v3 (
        id INTEGER PRIMARY KEY,
        uid TEXT NOT NULL UNIQUE,
        profile TEXT NOT NULL,
        card_id TEXT NOT NULL,
        deck_id TEXT NOT NULL,
        reviewed_at_ms INTEGER NOT NULL,
        rating INTEGER NOT NULL,
        verdict TEXT NOT NULL,
        format TEXT NOT NULL,
        given TEXT NOT NULL,
        expected TEXT NOT NULL,
        elapsed_ms INTEGER NOT NULL,
        kind TEXT NOT NULL,
        overridden INTEGER NOT NULL DEFAULT 0,
        FOREIGN KEY (profile, card_id) REFERENCES cards (profile, card_id) ON DELETE CASCADE
    );
    INSERT INTO reviews_v3 (id, uid, profile, card_id, deck_id, reviewed_at_ms, rating, verdict,
            format, given, expected, elapsed_ms, kind, overridden)
        SELECT id, 'legacy-' || hex(profile) || '-' || hex(card_id) || '-' || reviewed_at_ms,
            profile, card_id, deck_id, reviewed_at_ms, rating, verdict, format, given, expected,
            elapsed_ms, kind, overridden
        FROM reviews;
    DROP TABLE reviews;
    ALTER TABLE reviews_v3 RENAME TO reviews;
    CREATE INDEX reviews_time ON reviews (profile, reviewed_at_ms, deck_id, kind, rating);
    CREATE INDEX reviews_card ON reviews (profile, card_id);
    CREATE TRIGGER reviews_daily_insert AFTER INSERT ON reviews BEGIN
        INSERT INTO daily (profile, deck_id, day, reviews, review_answers, remembered)
        VALUES (NEW.profile, NEW.deck_id, CAST(strftime('%s', NEW.reviewed_at_ms / 1000, 'unixepoch', 'localtime') AS INTEGER) / 86400, 1,
                NEW.kind = 'review', NEW.kind = 'review' AND NEW.rating > 1)
        ON CONFLICT (profile, deck_id, day) DO UPDATE SET
            reviews = reviews + 1,
            review_answers = review_answers + excluded.review_answers,
            remembered = remembered + excluded.remembered;
    END;
    CREATE TRIGGER reviews_daily_delete AFTER DELETE ON reviews BEGIN
        UPDATE daily SET
            reviews = reviews - 1,
            review_answers = review_answers - (OLD.kind = 'review'),
            remembered = remembered - (OLD.kind = 'review' AND OLD.rating > 1)
        WHERE profile = OLD.profile AND deck_id = OLD.deck_id AND day = CAST(strftime('%s', OLD.reviewed_at_ms / 1000, 'unixepoch', 'localtime') AS INTEGER) / 86400;
    END;
    CREATE TRIGGER reviews_daily_update AFTER UPDATE OF rating ON reviews BEGIN
        UPDATE daily SET
            remembered = remembered - (OLD.kind = 'review' AND OLD.rating > 1)
                + (NEW.kind = 'review' AND NEW.rating > 1)
        WHERE profile = NEW.profile AND deck_id = NEW.deck_id AND day = CAST(strftime('%s', NEW.reviewed_at_ms / 1000, 'unixepoch', 'localtime') AS INTEGER) / 86400;
    END;",
    // 4: each card counts its answers and misses, kept by triggers, so that `stats` and
    // `report` rank the most missed cards from the card states rather than by grouping the
    // whole review log (which took `stats` from 20 to 54 ms at 104,000 reviews).
    "ALTER TABLE cards ADD COLUMN answers INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE cards ADD COLUMN misses INTEGER NOT NULL DEFAULT 0;
    UPDATE cards SET
        answers = (SELECT count(*) FROM reviews r WHERE r.profile = cards.profile AND r.card_id = cards.card_id),
        misses = (SELECT count(*) FROM reviews r WHERE r.profile = cards.profile AND r.card_id = cards.card_id AND r.verdict = 'wrong');
    CREATE INDEX cards_misses ON cards (profile, misses) WHERE misses > 0;
    CREATE TRIGGER reviews_card_insert AFTER INSERT ON reviews BEGIN
        UPDATE cards SET answers = answers + 1, misses = misses + (NEW.verdict = 'wrong')
        WHERE profile = NEW.profile AND card_id = NEW.card_id;
    END;
    CREATE TRIGGER reviews_card_verdict AFTER UPDATE OF verdict ON reviews BEGIN
        UPDATE cards SET misses = misses - (OLD.verdict = 'wrong') + (NEW.verdict = 'wrong')
        WHERE profile = NEW.profile AND card_id = NEW.card_id;
    END;",
];

/// The uid migration 3 gives a review of an older store, and import gives a review from an
/// older export: derived from the key version 2 kept unique, so both agree.
pub fn legacy_uid(profile: &str, card_id: &str, reviewed_at_ms: u64) -> String {
    let hex = |s: &str| s.bytes().map(|b| format!("{b:02X}")).collect::<String>();
    format!("legacy-{}-{}-{reviewed_at_ms}", hex(profile), hex(card_id))
}

/// The tables and columns a factdrill store of version 1 or later has: a file at one of
/// those versions without them is another program's.
pub const EXPECTED: &[(&str, &[&str])] = &[
    (
        "cards",
        &[
            "profile",
            "card_id",
            "deck_id",
            "phase",
            "stability",
            "due_ms",
            "reps",
        ],
    ),
    (
        "reviews",
        &[
            "profile",
            "card_id",
            "deck_id",
            "reviewed_at_ms",
            "rating",
            "verdict",
            "kind",
        ],
    ),
    ("parameters", &["profile", "parameters"]),
];
