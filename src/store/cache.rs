//! Compiled decks kept in the store, keyed by the content of their file: a deck is parsed
//! again only when its text changes. A session reads the deck's index (card ids and the
//! answers distractors come from) at once, and each card only when it is asked.

use super::Ids;
use super::{Store, StoreError};
use crate::card::Card;
use crate::question::Pool;
use rusqlite::{params, OptionalExtension};
use serde::{Deserialize, Serialize};

/// A deck compiled into cards.
#[derive(Debug, Clone, PartialEq)]
pub struct CompiledDeck {
    /// Deck id.
    pub id: String,
    /// Title.
    pub title: String,
    /// Its cards.
    pub cards: Vec<Card>,
}

/// What a session needs of a deck before its first question.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DeckIndex {
    /// Deck id.
    pub id: String,
    /// Title.
    pub title: String,
    /// Card ids, in deck order.
    pub ids: Ids,
    /// Which cards share their fact with another card, one bit each (bit `k % 64` of word
    /// `k / 64`): only those can be left for another day as siblings, and a deck of
    /// 100,000 lone facts then plans without remembering 100,000 facts (issue 13).
    pub shared: Vec<u64>,
    /// The cards' answers, for distractors: last, so that it can be left encoded (see
    /// [`Head`]).
    pub pool: Pool,
}

/// A cached index as read at a start: everything but the answer pool decoded, the pool still
/// encoded, so that it can be decoded beside the plan rather than before it (at 100,000
/// facts it was a fifth of start-up, issue 13).
#[derive(Debug, Clone, PartialEq)]
pub struct LazyIndex {
    /// Deck id.
    pub id: String,
    /// Title.
    pub title: String,
    /// Card ids, in deck order.
    pub ids: Ids,
    /// See [`DeckIndex::shared`].
    pub shared: Vec<u64>,
    /// The encoded [`Pool`].
    pub pool: EncodedPool,
}

/// An encoded [`Pool`]: the cached index as read, from where its pool starts. Kept whole
/// rather than copied out: at 100,000 facts the copy was 2.4 MB to write at every start.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct EncodedPool {
    bytes: Vec<u8>,
    start: usize,
}

impl EncodedPool {
    /// The pool; `None` when it cannot be decoded.
    pub fn decode(&self) -> Option<Pool> {
        decode_pool(self.bytes.get(self.start..)?)
    }
}

impl From<Vec<u8>> for EncodedPool {
    fn from(bytes: Vec<u8>) -> EncodedPool {
        EncodedPool { bytes, start: 0 }
    }
}

/// The fields of an encoded [`DeckIndex`] before its pool, in its order.
#[derive(Deserialize)]
struct Head {
    id: String,
    title: String,
    ids: Ids,
    shared: Vec<u64>,
}

impl LazyIndex {
    /// The index with its pool decoded; `None` when the cache is damaged.
    pub fn decode(self) -> Option<DeckIndex> {
        let pool = self.pool.decode()?;
        Some(DeckIndex {
            id: self.id,
            title: self.title,
            ids: self.ids,
            shared: self.shared,
            pool,
        })
    }

    /// Whether card `k` shares its fact with another card of the deck.
    pub fn shares_fact(&self, k: usize) -> bool {
        shares(&self.shared, k)
    }
}

/// An encoded [`Pool`]; `None` when it is damaged.
pub fn decode_pool(bytes: &[u8]) -> Option<Pool> {
    postcard::from_bytes(bytes).ok()
}

/// Bit `k` of `shared`; past its end, true (the old rule applies).
fn shares(shared: &[u64], k: usize) -> bool {
    shared.get(k / 64).is_none_or(|w| w & (1 << (k % 64)) != 0)
}

/// The first fields of an encoded [`DeckIndex`], read without copying.
#[derive(Deserialize)]
struct IndexIds<'a> {
    id: &'a str,
    /// Read only to reach `ids`, which follows it (postcard reads fields in order).
    _title: &'a str,
    ids: Ids,
}

impl DeckIndex {
    /// The index of a compiled deck.
    pub fn of(deck: &CompiledDeck) -> DeckIndex {
        DeckIndex {
            id: deck.id.clone(),
            title: deck.title.clone(),
            ids: deck
                .cards
                .iter()
                .map(|c| c.id.0.as_str())
                .collect::<Ids>()
                .with_table(),
            shared: shared_facts(deck.cards.iter().map(|c| crate::card::fact_key(&c.id.0))),
            pool: Pool::of(&deck.cards),
        }
    }

    /// Whether card `k` shares its fact with another card of the deck (past the bits
    /// kept, it is taken to: the old rule applies).
    pub fn shares_fact(&self, k: usize) -> bool {
        shares(&self.shared, k)
    }
}

/// An encoded [`DeckIndex`] read up to its pool; `None` when it cannot be.
fn lazy(bytes: Vec<u8>) -> Option<LazyIndex> {
    let (head, rest) = postcard::take_from_bytes::<Head>(&bytes).ok()?;
    let start = bytes.len() - rest.len();
    Some(LazyIndex {
        id: head.id,
        title: head.title,
        ids: head.ids,
        shared: head.shared,
        pool: EncodedPool { bytes, start },
    })
}

/// The bits of [`DeckIndex::shared`] for cards with these facts, in order.
fn shared_facts(facts: impl ExactSizeIterator<Item = u64> + Clone) -> Vec<u64> {
    let mut count: std::collections::HashMap<u64, u32> = std::collections::HashMap::new();
    for f in facts.clone() {
        *count.entry(f).or_default() += 1;
    }
    let mut bits = vec![0u64; facts.len().div_ceil(64)];
    for (k, f) in facts.enumerate() {
        if count.get(&f).is_some_and(|&n| n > 1) {
            bits[k / 64] |= 1 << (k % 64);
        }
    }
    bits
}

impl Store {
    /// The index cached for `source` when its content hash is still `hash`.
    pub fn cached_index(&self, source: &str, hash: &str) -> Result<Option<DeckIndex>, StoreError> {
        Ok(self
            .cached_where(source, |key| key.hash == hash)?
            .and_then(LazyIndex::decode))
    }

    /// The index cached for `source` when its file's stamp (see `load::Found::stamp`) is
    /// still `stamp`: the file is then not read at all.
    pub fn cached_index_stamped(
        &self,
        source: &str,
        stamp: &str,
    ) -> Result<Option<DeckIndex>, StoreError> {
        Ok(self
            .cached_index_lazy(source, stamp)?
            .and_then(LazyIndex::decode))
    }

    /// As [`Store::cached_index_stamped`], with the pool left encoded.
    pub fn cached_index_lazy(
        &self,
        source: &str,
        stamp: &str,
    ) -> Result<Option<LazyIndex>, StoreError> {
        self.cached_where(source, |key| key.stamp == Some(stamp))
    }

    /// Records the stamp of the file whose content hash is `hash`, when the store can be
    /// written at once: the stamp only saves the next start a read of the file, and waiting
    /// for the integrity check here would cost this start more (issue 13).
    pub fn stamp_cached(&self, source: &str, hash: &str, stamp: &str) -> Result<(), StoreError> {
        if !self.writable_now() {
            return Ok(());
        }
        self.conn
            .execute(
                "UPDATE deck_cache SET hash = ?3 WHERE source = ?1 AND hash = ?2",
                params![source, hash, CacheKey::text(hash, Some(stamp))],
            )
            .map_err(|e| self.err(e))?;
        Ok(())
    }

    /// The index cached for `source` if its key passes `fresh`.
    fn cached_where(
        &self,
        source: &str,
        fresh: impl Fn(&CacheKey) -> bool,
    ) -> Result<Option<LazyIndex>, StoreError> {
        // One read transaction, so that the blob read is the one whose key was checked.
        let tx = self.conn.unchecked_transaction().map_err(|e| self.err(e))?;
        let Some(row) = self.fresh_row(source, fresh)? else {
            return Ok(None);
        };
        // Read straight into a buffer of ours, which the pool is then decoded from, rather
        // than through SQLite's own copy of the row and a copy of the pool out of it: at
        // 100,000 facts the two were 7 MB to write at every start (issue 13).
        let bytes = self
            .conn
            .blob_open(rusqlite::MAIN_DB, "deck_cache", "data", row, true)
            .and_then(|blob| {
                let mut bytes = vec![0; blob.len()];
                blob.read_at_exact(&mut bytes, 0).map(|()| bytes)
            })
            .map_err(|e| self.err(e))?;
        tx.commit().map_err(|e| self.err(e))?;
        // An entry this build cannot read (written by another version) is simply rebuilt.
        Ok(lazy(bytes))
    }

    /// The row of the index cached for `source` if its key passes `fresh`.
    fn fresh_row(
        &self,
        source: &str,
        fresh: impl Fn(&CacheKey) -> bool,
    ) -> Result<Option<i64>, StoreError> {
        let row: Option<Option<i64>> = self
            .conn
            .prepare_cached("SELECT rowid, hash FROM deck_cache WHERE source = ?1")
            .and_then(|mut s| {
                s.query_row(params![source], |r| {
                    let key = CacheKey::read(r.get_ref(1)?.as_str()?);
                    Ok(fresh(&key).then_some(r.get(0)?))
                })
                .optional()
            })
            .map_err(|e| self.err(e))?;
        Ok(row.flatten())
    }

    /// One cached card of `source`, which belongs to deck `deck_id`.
    pub fn cached_card(
        &self,
        source: &str,
        index: usize,
        deck_id: &str,
    ) -> Result<Option<Card>, StoreError> {
        let data: Option<Vec<u8>> = self
            .conn
            .prepare_cached("SELECT data FROM deck_cards WHERE source = ?1 AND idx = ?2")
            .and_then(|mut s| {
                s.query_row(params![source, index as i64], |r| r.get(0))
                    .optional()
            })
            .map_err(|e| self.err(e))?;
        Ok(data
            .and_then(|d| postcard::from_bytes::<Card>(&d).ok())
            .map(|mut card| {
                card.deck_id = deck_id.to_string();
                card
            }))
    }

    /// The fact sentences of `cards`, as the decks cached in the store hold them; a card of a
    /// deck never played here, or changed since, is left out.
    pub fn cached_facts(
        &self,
        cards: &[&str],
    ) -> Result<std::collections::HashMap<String, String>, StoreError> {
        let mut out = std::collections::HashMap::new();
        if cards.is_empty() {
            return Ok(out);
        }
        let decks: Vec<(String, Vec<u8>)> =
            self.rows("SELECT source, data FROM deck_cache", [], |r| {
                Ok((r.get(0)?, r.get(1)?))
            })?;
        for (source, data) in decks {
            // The index's leading fields only, borrowed: its answer pool is not needed here.
            let Ok((index, _)) = postcard::take_from_bytes::<IndexIds>(&data) else {
                continue;
            };
            for card in cards {
                let Some(k) = index.ids.iter().position(|id| id == *card) else {
                    continue;
                };
                if let Some(c) = self.cached_card(&source, k, index.id)? {
                    out.insert(card.to_string(), c.fact());
                }
            }
        }
        Ok(out)
    }

    /// Caches a compiled deck for `source` at content hash `hash` (and the file's stamp when
    /// it has one), in one transaction.
    pub fn cache_deck(
        &self,
        source: &str,
        hash: &str,
        stamp: Option<&str>,
        deck: &CompiledDeck,
    ) -> Result<DeckIndex, StoreError> {
        let index = DeckIndex::of(deck);
        let fail = |e| self.err(e);
        let encode = |v: &dyn erased::Encode| {
            v.encode().map_err(|e| {
                super::unusable_with(
                    &self.path,
                    e,
                    "the deck could not be cached; nothing was written",
                )
            })
        };
        self.writable()?;
        let tx = self.conn.unchecked_transaction().map_err(fail)?;
        tx.execute("DELETE FROM deck_cards WHERE source = ?1", [source])
            .map_err(fail)?;
        {
            let mut insert = tx
                .prepare_cached("INSERT INTO deck_cards (source, idx, data) VALUES (?1, ?2, ?3)")
                .map_err(fail)?;
            for (k, card) in deck.cards.iter().enumerate() {
                insert
                    .execute(params![source, k as i64, encode(card)?])
                    .map_err(fail)?;
            }
        }
        tx.execute(
            "INSERT OR REPLACE INTO deck_cache (source, hash, data) VALUES (?1, ?2, ?3)",
            params![source, CacheKey::text(hash, stamp), encode(&index)?],
        )
        .map_err(fail)?;
        tx.commit().map_err(fail)?;
        Ok(index)
    }
}

/// What a cached deck is keyed by, kept in `deck_cache.hash` as `HASH` or `HASH@STAMP`: the
/// content hash, and the file's stamp when it was read unchanged.
struct CacheKey<'a> {
    hash: &'a str,
    stamp: Option<&'a str>,
}

impl<'a> CacheKey<'a> {
    fn read(text: &'a str) -> CacheKey<'a> {
        match text.split_once('@') {
            Some((hash, stamp)) => CacheKey {
                hash,
                stamp: Some(stamp),
            },
            None => CacheKey {
                hash: text,
                stamp: None,
            },
        }
    }

    fn text(hash: &str, stamp: Option<&str>) -> String {
        match stamp {
            Some(stamp) => format!("{hash}@{stamp}"),
            None => hash.to_string(),
        }
    }
}

/// Encoding of the two cached shapes through one helper.
mod erased {
    /// Something postcard can encode.
    pub trait Encode {
        fn encode(&self) -> Result<Vec<u8>, postcard::Error>;
    }

    impl<T: serde::Serialize> Encode for T {
        fn encode(&self) -> Result<Vec<u8>, postcard::Error> {
            postcard::to_stdvec(self)
        }
    }
}
