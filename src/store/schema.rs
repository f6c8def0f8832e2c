//! The store's schema and its migrations. `PRAGMA user_version` holds the version.

/// The schema version this build writes.
pub const VERSION: i64 = 2;

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
];
