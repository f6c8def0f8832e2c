//! What a client does on the server: check its schema version, record an answer in one
//! transaction, push states and reviews (an import, or answers kept while offline), and
//! pull what changed since the local copy last looked.

use super::schema::VERSION;
use super::{ServerError, ServerUrl};
use crate::schedule::CardState;
use crate::store::{legacy_uid, ExportCard, ImportReport, Review};
use postgres::types::Type;
use postgres::{Client, GenericClient, Row};

/// The eight columns of a card's state, in [`state_at`]'s order.
const STATE: &str = "phase, step, stability, difficulty, due_ms, last_review_ms, reps, lapses";

/// Refuses a server without factdrill's schema, or with another version of it.
pub(crate) fn check_version(client: &mut Client, url: &ServerUrl) -> Result<(), ServerError> {
    let found: Option<i64> = client
        .query_opt(
            "SELECT value FROM factdrill.meta WHERE key = 'version'",
            &[],
        )
        .map_err(|e| ServerError::from_pg(url, &e, None))?
        .map(|r| r.try_get(0))
        .transpose()
        .map_err(|e| ServerError::from_pg(url, &e, None))?;
    let url = url.shown().to_string();
    match found {
        None => Err(ServerError::NoSchema { url }),
        Some(v) if v > VERSION => Err(ServerError::Newer { url, found: v }),
        Some(v) if v < VERSION => Err(ServerError::Older { url, found: v }),
        Some(_) => Ok(()),
    }
}

/// Begins recording one answer on the server: a transaction, and the card's state read
/// with its row locked, so that two sessions answering one card take turns.
pub(crate) fn begin<'a>(
    client: &'a mut Client,
    url: &ServerUrl,
    profile: &str,
    card_id: &str,
) -> Result<(postgres::Transaction<'a>, Option<CardState>), ServerError> {
    let fail = |e| ServerError::from_pg(url, &e, None);
    let mut tx = client.transaction().map_err(fail)?;
    let prior = tx
        .query_typed_opt(
            &format!("SELECT {STATE} FROM factdrill.cards WHERE profile = $1 AND card_id = $2 FOR UPDATE"),
            &[(&profile, Type::TEXT), (&card_id, Type::TEXT)],
        )
        .map_err(fail)?
        .map(|r| state_at(&r, 0))
        .transpose()
        .map_err(fail)?;
    Ok((tx, prior))
}

/// Writes the answer and the card's new state, and commits: only then is it acknowledged.
pub(crate) fn finish(
    mut tx: postgres::Transaction<'_>,
    url: &ServerUrl,
    profile: &str,
    card_id: &str,
    review: &Review,
    state: &CardState,
) -> Result<(), ServerError> {
    let fail = |e| ServerError::from_pg(url, &e, None);
    upsert_card(&mut tx, profile, card_id, &review.deck_id, state, false).map_err(fail)?;
    insert_review(&mut tx, review).map_err(fail)?;
    tx.commit().map_err(fail)
}

/// Changes an answer's rating and verdict (an override) and sets its card's state.
pub(crate) fn amend(
    client: &mut Client,
    url: &ServerUrl,
    review: &Review,
    state: &CardState,
) -> Result<(), ServerError> {
    let fail = |e| ServerError::from_pg(url, &e, None);
    let mut tx = client.transaction().map_err(fail)?;
    tx.execute(
        "UPDATE factdrill.reviews SET rating = $2, verdict = $3, overridden = $4 WHERE uid = $1",
        &[
            &review.uid,
            &i16::from(review.rating),
            &review.verdict,
            &review.overridden,
        ],
    )
    .map_err(fail)?;
    let (profile, card) = (&review.profile, &review.card_id);
    upsert_card(&mut tx, profile, card, &review.deck_id, state, false).map_err(fail)?;
    tx.commit().map_err(fail)
}

/// Writes card states (where newer than the server's), reviews (unless their uid is there)
/// and decks in one transaction: an import, or the answers kept while offline.
pub(crate) fn push(
    client: &mut Client,
    url: &ServerUrl,
    cards: &[ExportCard],
    reviews: &[Review],
    decks: &[(String, String, usize)],
) -> Result<ImportReport, ServerError> {
    let fail = |e| ServerError::from_pg(url, &e, None);
    let mut tx = client.transaction().map_err(fail)?;
    let mut report = ImportReport::default();
    for (id, title, count) in decks {
        register_deck(&mut tx, id, title, *count, 0).map_err(fail)?;
    }
    for c in cards {
        let written = upsert_card(&mut tx, &c.profile, &c.card_id, &c.deck_id, &c.state, true);
        report.cards += written.map_err(fail)? as usize;
    }
    for r in reviews {
        match insert_review(&mut tx, r).map_err(fail)? {
            0 => report.reviews_skipped += 1,
            _ => report.reviews_added += 1,
        }
    }
    tx.commit().map_err(fail)?;
    Ok(report)
}

/// What changed on the server since a client last looked: the rows its role can see.
#[derive(Debug, Default)]
pub(crate) struct Delta {
    /// Card states changed since `rev`.
    pub cards: Vec<ExportCard>,
    /// The highest change number seen.
    pub rev: i64,
    /// Reviews added since `id`, oldest first.
    pub reviews: Vec<Review>,
    /// The highest review id seen.
    pub id: i64,
    /// Every deck.
    pub decks: Vec<(String, String, usize)>,
    /// Fitted parameters: profile, parameters as JSON, when, from how many reviews.
    pub parameters: Vec<(String, String, i64, i64)>,
}

/// How far back a pull looks again. Ids and change numbers are taken when a transaction
/// writes, not when it commits: a slow answer's review can commit after a later id was
/// pulled. Each connection has at most one answer in flight, so looking back further than
/// the writers at once (a class is 50) catches it; what is already here is skipped by uid.
const OVERLAP: i64 = 256;

/// Reads what changed after change number `rev` and review id `id` (looking [`OVERLAP`]
/// back), in one snapshot.
pub(crate) fn pull(
    client: &mut Client,
    url: &ServerUrl,
    rev: i64,
    id: i64,
) -> Result<Delta, ServerError> {
    let fail = |e| ServerError::from_pg(url, &e, None);
    let mut tx = client
        .build_transaction()
        .isolation_level(postgres::IsolationLevel::RepeatableRead)
        .read_only(true)
        .start()
        .map_err(fail)?;
    let mut delta = Delta {
        rev,
        id,
        ..Delta::default()
    };
    let sql = format!(
        "SELECT profile, card_id, deck_id, rev, {STATE} FROM factdrill.cards WHERE rev > $1"
    );
    for r in tx.query(&sql, &[&(rev - OVERLAP)]).map_err(fail)? {
        let card = (|| {
            delta.rev = delta.rev.max(r.try_get(3)?);
            Ok(ExportCard {
                profile: r.try_get(0)?,
                card_id: r.try_get(1)?,
                deck_id: r.try_get(2)?,
                state: state_at(&r, 4)?,
            })
        })();
        delta.cards.push(card.map_err(fail)?);
    }
    let sql = "SELECT id, uid, profile, card_id, deck_id, reviewed_at_ms, rating, verdict, format, given, expected, elapsed_ms, kind, overridden
               FROM factdrill.reviews WHERE id > $1 ORDER BY id";
    for r in tx.query(sql, &[&(id - OVERLAP)]).map_err(fail)? {
        delta.id = delta.id.max(r.try_get(0).map_err(fail)?);
        delta.reviews.push(review_at(&r).map_err(fail)?);
    }
    for r in tx
        .query("SELECT deck_id, title, cards FROM factdrill.decks", &[])
        .map_err(fail)?
    {
        delta.decks.push(deck_at(&r).map_err(fail)?);
    }
    let sql = "SELECT profile, parameters, fitted_at_ms, reviews FROM factdrill.parameters";
    for r in tx.query(sql, &[]).map_err(fail)? {
        delta.parameters.push(parameters_at(&r).map_err(fail)?);
    }
    tx.commit().map_err(fail)?;
    Ok(delta)
}

/// Notes a deck and its card count on the server.
pub(crate) fn register_deck(
    c: &mut impl GenericClient,
    id: &str,
    title: &str,
    cards: usize,
    now_ms: u64,
) -> Result<u64, postgres::Error> {
    c.execute(
        "INSERT INTO factdrill.decks (deck_id, title, cards, updated_ms) VALUES ($1, $2, $3, $4)
         ON CONFLICT (deck_id) DO UPDATE SET title = $2, cards = $3, updated_ms = $4
         WHERE factdrill.decks.title <> $2 OR factdrill.decks.cards <> $3",
        &[&id, &title, &(cards as i64), &(now_ms as i64)],
    )
}

/// Stores a profile's fitted parameters on the server.
pub(crate) fn set_parameters(
    c: &mut Client,
    profile: &str,
    text: &str,
    reviews: usize,
    now_ms: u64,
) -> Result<u64, postgres::Error> {
    c.execute(
        "INSERT INTO factdrill.parameters (profile, parameters, fitted_at_ms, reviews) VALUES ($1, $2, $3, $4)
         ON CONFLICT (profile) DO UPDATE SET parameters = $2, fitted_at_ms = $3, reviews = $4",
        &[&profile, &text, &(now_ms as i64), &(reviews as i64)],
    )
}

/// Forgets a profile's progress in one deck on the server (its reviews go with the cards).
pub(crate) fn reset_deck(
    c: &mut Client,
    profile: &str,
    deck: &str,
) -> Result<u64, postgres::Error> {
    c.execute(
        "DELETE FROM factdrill.cards WHERE profile = $1 AND deck_id = $2",
        &[&profile, &deck],
    )
}

/// Writes a card's state; with `newer_only`, only over an older one (an import or a sync
/// never turns a card back).
fn upsert_card(
    c: &mut impl GenericClient,
    profile: &str,
    card: &str,
    deck: &str,
    s: &CardState,
    newer_only: bool,
) -> Result<u64, postgres::Error> {
    let guard = if newer_only {
        " WHERE factdrill.cards.last_review_ms < EXCLUDED.last_review_ms"
    } else {
        ""
    };
    // Typed: parsed, bound and run in one round trip, where `execute` asks the server for
    // the parameters' types first (an answer's p99 under load, issue 15).
    c.execute_typed(
        &format!(
            "INSERT INTO factdrill.cards (profile, card_id, deck_id, {STATE}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
             ON CONFLICT (profile, card_id) DO UPDATE SET deck_id = $3, phase = $4, step = $5, stability = $6,
               difficulty = $7, due_ms = $8, last_review_ms = $9, reps = $10, lapses = $11,
               rev = nextval('factdrill.card_rev'){guard}"
        ),
        &[
            (&profile, Type::TEXT),
            (&card, Type::TEXT),
            (&deck, Type::TEXT),
            (&(s.phase as i32), Type::INT4),
            (&i32::from(s.step), Type::INT4),
            (&f64::from(s.stability), Type::FLOAT8),
            (&f64::from(s.difficulty), Type::FLOAT8),
            (&(s.due_ms as i64), Type::INT8),
            (&(s.last_review_ms as i64), Type::INT8),
            (&i64::from(s.reps), Type::INT8),
            (&i64::from(s.lapses), Type::INT8),
        ],
    )
}

/// Adds a review unless its uid is there: 0 rows then, so a retry after a lost
/// acknowledgement, or a second import, never doubles it.
fn insert_review(c: &mut impl GenericClient, r: &Review) -> Result<u64, postgres::Error> {
    let uid = if r.uid.is_empty() {
        legacy_uid(&r.profile, &r.card_id, r.reviewed_at_ms)
    } else {
        r.uid.clone()
    };
    c.execute_typed(
        "INSERT INTO factdrill.reviews (uid, profile, card_id, deck_id, reviewed_at_ms, rating, verdict, format, given, expected, elapsed_ms, kind, overridden)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) ON CONFLICT (uid) DO NOTHING",
        &[
            (&uid, Type::TEXT),
            (&r.profile, Type::TEXT),
            (&r.card_id, Type::TEXT),
            (&r.deck_id, Type::TEXT),
            (&(r.reviewed_at_ms as i64), Type::INT8),
            (&i16::from(r.rating), Type::INT2),
            (&r.verdict, Type::TEXT),
            (&r.format, Type::TEXT),
            (&r.given, Type::TEXT),
            (&r.expected, Type::TEXT),
            (&(r.elapsed_ms as i64), Type::INT8),
            (&r.kind, Type::TEXT),
            (&r.overridden, Type::BOOL),
        ],
    )
}

/// A card state from eight columns of a row, starting at `at` (see [`STATE`]).
fn state_at(r: &Row, at: usize) -> Result<CardState, postgres::Error> {
    let int = |k: usize| r.try_get::<_, i64>(at + k);
    let small = |k: usize| r.try_get::<_, i32>(at + k).map(i64::from);
    let ints = [small(0)?, small(1)?, int(4)?, int(5)?, int(6)?, int(7)?];
    let reals = [r.try_get::<_, f64>(at + 2)?, r.try_get::<_, f64>(at + 3)?];
    Ok(crate::store::state_from(ints, reals))
}

/// A review from the columns `pull` selects, after its id.
fn review_at(r: &Row) -> Result<Review, postgres::Error> {
    let ms = |k: usize| r.try_get::<_, i64>(k).map(|v| v.max(0) as u64);
    Ok(Review {
        uid: r.try_get(1)?,
        profile: r.try_get(2)?,
        card_id: r.try_get(3)?,
        deck_id: r.try_get(4)?,
        reviewed_at_ms: ms(5)?,
        rating: r.try_get::<_, i16>(6)?.clamp(1, 4) as u8,
        verdict: r.try_get(7)?,
        format: r.try_get(8)?,
        given: r.try_get(9)?,
        expected: r.try_get(10)?,
        elapsed_ms: ms(11)?,
        kind: r.try_get(12)?,
        overridden: r.try_get(13)?,
    })
}

/// A deck: id, title, card count.
fn deck_at(r: &Row) -> Result<(String, String, usize), postgres::Error> {
    let cards: i64 = r.try_get(2)?;
    Ok((r.try_get(0)?, r.try_get(1)?, cards.max(0) as usize))
}

/// Fitted parameters: profile, parameters as JSON, when, from how many reviews.
fn parameters_at(r: &Row) -> Result<(String, String, i64, i64), postgres::Error> {
    Ok((r.try_get(0)?, r.try_get(1)?, r.try_get(2)?, r.try_get(3)?))
}
