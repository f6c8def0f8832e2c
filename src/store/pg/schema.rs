//! The server's schema, its migrations, and the roles and row-level security that keep
//! each learner to their own rows. Everything lives in the schema `factdrill`; its version
//! is the row `version` of `factdrill.meta`.

/// The server schema version this build writes.
pub const VERSION: i64 = 2;

/// Version 1: the same tables as the local file, keyed by profile, which on a server is
/// the learner's role name.
pub(crate) const V1: &str = "
CREATE SCHEMA factdrill;
CREATE TABLE factdrill.meta (key text PRIMARY KEY, value bigint NOT NULL);
CREATE TABLE factdrill.cards (
    profile text NOT NULL,
    card_id text NOT NULL,
    deck_id text NOT NULL,
    phase integer NOT NULL,
    step integer NOT NULL,
    stability double precision NOT NULL,
    difficulty double precision NOT NULL,
    due_ms bigint NOT NULL,
    last_review_ms bigint NOT NULL,
    reps bigint NOT NULL,
    lapses bigint NOT NULL,
    PRIMARY KEY (profile, card_id)
);
CREATE TABLE factdrill.reviews (
    id bigserial PRIMARY KEY,
    uid text NOT NULL UNIQUE,
    profile text NOT NULL,
    card_id text NOT NULL,
    deck_id text NOT NULL,
    reviewed_at_ms bigint NOT NULL,
    rating smallint NOT NULL,
    verdict text NOT NULL,
    format text NOT NULL,
    given text NOT NULL,
    expected text NOT NULL,
    elapsed_ms bigint NOT NULL,
    kind text NOT NULL,
    overridden boolean NOT NULL DEFAULT false,
    FOREIGN KEY (profile, card_id) REFERENCES factdrill.cards (profile, card_id) ON DELETE CASCADE
);
CREATE INDEX reviews_profile ON factdrill.reviews (profile, reviewed_at_ms);
CREATE TABLE factdrill.decks (
    deck_id text PRIMARY KEY,
    title text NOT NULL,
    cards bigint NOT NULL,
    updated_ms bigint NOT NULL
);
CREATE TABLE factdrill.parameters (
    profile text PRIMARY KEY,
    parameters text NOT NULL,
    fitted_at_ms bigint NOT NULL,
    reviews bigint NOT NULL
);
INSERT INTO factdrill.meta (key, value) VALUES ('version', 1);
";

/// Each migration takes the schema from version `k + 1` to `k + 2` (index 0: 1 → 2).
pub(crate) const MIGRATIONS: &[&str] = &[
    // 2: every card state carries a change number, so that a client brings its local copy
    // up to date with the cards changed since it last looked, not all of them.
    "CREATE SEQUENCE factdrill.card_rev;
    ALTER TABLE factdrill.cards ADD COLUMN rev bigint NOT NULL DEFAULT nextval('factdrill.card_rev');
    CREATE INDEX cards_rev ON factdrill.cards (rev);",
];

/// The group role every learner belongs to, and the teacher's role.
pub(crate) const LEARNERS: &str = "factdrill_learner";
/// The teacher's role: reads and writes everyone's rows, adds learners.
pub(crate) const TEACHER: &str = "factdrill_teacher";

/// Grants and row-level security, safe to run again: learners reach only rows whose profile
/// is their own role's name; the teacher reaches all. Policies, not views, so that a pupil
/// with `psql` and their own password meets the same wall.
pub(crate) const SECURITY: &str = "
GRANT USAGE ON SCHEMA factdrill TO factdrill_learner, factdrill_teacher;
GRANT SELECT ON factdrill.meta TO factdrill_learner, factdrill_teacher;
GRANT SELECT, INSERT, UPDATE ON factdrill.decks TO factdrill_learner, factdrill_teacher;
GRANT SELECT, INSERT, UPDATE, DELETE ON factdrill.cards, factdrill.reviews, factdrill.parameters
    TO factdrill_learner, factdrill_teacher;
GRANT USAGE ON ALL SEQUENCES IN SCHEMA factdrill TO factdrill_learner, factdrill_teacher;
ALTER TABLE factdrill.cards ENABLE ROW LEVEL SECURITY;
ALTER TABLE factdrill.reviews ENABLE ROW LEVEL SECURITY;
ALTER TABLE factdrill.parameters ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS own ON factdrill.cards;
DROP POLICY IF EXISTS own ON factdrill.reviews;
DROP POLICY IF EXISTS own ON factdrill.parameters;
DROP POLICY IF EXISTS everyone ON factdrill.cards;
DROP POLICY IF EXISTS everyone ON factdrill.reviews;
DROP POLICY IF EXISTS everyone ON factdrill.parameters;
CREATE POLICY own ON factdrill.cards TO factdrill_learner
    USING (profile = current_user) WITH CHECK (profile = current_user);
CREATE POLICY own ON factdrill.reviews TO factdrill_learner
    USING (profile = current_user) WITH CHECK (profile = current_user);
CREATE POLICY own ON factdrill.parameters TO factdrill_learner
    USING (profile = current_user) WITH CHECK (profile = current_user);
CREATE POLICY everyone ON factdrill.cards TO factdrill_teacher USING (true) WITH CHECK (true);
CREATE POLICY everyone ON factdrill.reviews TO factdrill_teacher USING (true) WITH CHECK (true);
CREATE POLICY everyone ON factdrill.parameters TO factdrill_teacher USING (true) WITH CHECK (true);
";
