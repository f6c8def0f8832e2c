//! A session's decks: compiled in memory, or kept compiled in the progress file and read
//! one card at a time, so that a large deck starts as quickly as a small one.

use super::{find_source, finish, read_source, DeckError, Found, Source};
use crate::card::fact_key;
use crate::card::Card;
use crate::deck::{parse, Diagnostic};
use crate::library::Library;
use crate::question::{CardSource, Entry, Pool};
use crate::schedule::{Cards, Slot};
use crate::store::{CompiledDeck, DeckIndex, EncodedPool, Ids, LazyIndex, Store, StoreError};
use std::collections::HashSet;

/// Why a session's decks cannot be loaded.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    /// A deck that cannot be read or has errors.
    #[error(transparent)]
    Deck(#[from] DeckError),
    /// Two decks of one session with one id: their progress would mix.
    #[error("two decks have the id `{id}` ({name} is one): give one of them another `id:`")]
    SameId {
        /// The id both have.
        id: String,
        /// The deck named second.
        name: String,
    },
    /// The progress file failed.
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// Loads and compiles every deck of `names`; the first deck with errors stops everything.
pub fn load_cards(names: &[String], library: &Library) -> Result<Vec<Card>, LoadError> {
    let mut cards = Vec::new();
    let mut ids = HashSet::new();
    for name in names {
        let src = source(name, library)?;
        let deck = compile_source(src.origin, &src.bytes, &src.default_id)?;
        unique(&mut ids, &deck.id, name)?;
        cards.extend(deck.cards);
    }
    Ok(cards)
}

/// A deck's text, or an error that names it.
fn source(name: &str, library: &Library) -> Result<Source, DeckError> {
    read_source(name, library).map_err(|msg| unreadable(name, msg))
}

/// A deck that cannot be found or read, named.
fn unreadable(name: &str, msg: String) -> DeckError {
    DeckError {
        origin: name.to_string(),
        errors: vec![Diagnostic::new(0, 0, msg)],
    }
}

fn unique(ids: &mut HashSet<String>, id: &str, name: &str) -> Result<(), LoadError> {
    if !ids.insert(id.to_string()) {
        return Err(LoadError::SameId {
            id: id.to_string(),
            name: name.to_string(),
        });
    }
    Ok(())
}

/// One deck of a session, as a range of the session's card indices.
#[derive(Debug, Clone)]
pub struct Part {
    /// Where the deck's compiled cards are kept in the store.
    source: String,
    /// The deck's id.
    pub deck: String,
    /// The session index of its first card.
    pub start: usize,
    /// How many cards it has.
    pub len: usize,
}

/// A session's decks from the store's cache: card ids, distractor pool, and where each
/// card is kept. A deck whose text changed since it was cached is compiled again.
#[derive(Debug, Clone)]
pub struct StoredDecks {
    /// The decks, in the order named.
    pub parts: Vec<Part>,
    /// Every card id, in session index order.
    pub ids: Ids,
    /// Whether each card shares its fact with another card (see `DeckIndex::shared`).
    pub shared: Vec<bool>,
    pool: Pool,
    /// Each deck's answer pool while it waits to be merged into `pool`.
    pools: Vec<PartPool>,
}

/// One deck's answer pool, decoded or still as cached.
#[derive(Debug, Clone)]
pub enum PartPool {
    /// Decoded.
    Ready(Pool),
    /// Encoded, as the cache keeps it.
    Encoded(EncodedPool),
}

/// Decodes every pool that is still encoded; `None` for one that cannot be (a damaged
/// cache). Pure, so that it can run on another thread while the session is planned.
pub fn decode_pools(pools: Vec<PartPool>) -> Vec<Option<Pool>> {
    pools
        .into_iter()
        .map(|p| match p {
            PartPool::Ready(pool) => Some(pool),
            PartPool::Encoded(pool) => pool.decode(),
        })
        .collect()
}

impl StoredDecks {
    /// Reads (or compiles and caches) every deck of `names`, registering each at `now`.
    pub fn load(
        names: &[String],
        store: &Store,
        now: u64,
        library: &Library,
    ) -> Result<StoredDecks, LoadError> {
        let mut decks = StoredDecks::load_deferred(names, store, now, library)?;
        let pools = decode_pools(decks.take_pools());
        decks.set_pools(store, pools)?;
        Ok(decks)
    }

    /// As [`StoredDecks::load`], with the answer pools left as cached: take them with
    /// [`StoredDecks::take_pools`] and give them back decoded with [`StoredDecks::set_pools`]
    /// before any question is asked.
    pub fn load_deferred(
        names: &[String],
        store: &Store,
        now: u64,
        library: &Library,
    ) -> Result<StoredDecks, LoadError> {
        let mut out = StoredDecks {
            parts: Vec::new(),
            ids: Ids::default(),
            shared: Vec::new(),
            pool: Pool::default(),
            pools: Vec::new(),
        };
        let mut ids = HashSet::new();
        for name in names {
            let found = find_source(name, library).map_err(|msg| unreadable(name, msg))?;
            let key = found.key.clone();
            // Taken before the file is read, so that a change while it is read shows next time.
            let stamp = found
                .stamp()
                .map(|s| format!("{} {CACHE_FORMAT} {s}", env!("CARGO_PKG_VERSION")));
            let unchanged = match &stamp {
                Some(stamp) => store.cached_index_lazy(&key, stamp)?,
                None => None,
            };
            let mut index = match unchanged {
                Some(index) => index,
                None => {
                    let index = cached_or_compiled(found, name, store, stamp.as_deref())?;
                    out.pools.push(PartPool::Ready(index.pool));
                    LazyIndex {
                        id: index.id,
                        title: index.title,
                        ids: index.ids,
                        shared: index.shared,
                        pool: EncodedPool::default(),
                    }
                }
            };
            if out.pools.len() == out.parts.len() {
                out.pools
                    .push(PartPool::Encoded(std::mem::take(&mut index.pool)));
            }
            unique(&mut ids, &index.id, name)?;
            store.register_deck(&index.id, &index.title, index.ids.len(), now)?;
            out.shared
                .extend((0..index.ids.len()).map(|k| index.shares_fact(k)));
            out.parts.push(Part {
                source: key,
                deck: index.id,
                start: out.ids.len(),
                len: index.ids.len(),
            });
            // The first deck's ids are taken, not copied (100,000 of them at start-up).
            if out.ids.is_empty() {
                out.ids = index.ids;
            } else {
                out.ids.append(&index.ids);
            }
        }
        Ok(out)
    }

    /// The decks' answer pools as loaded, one a deck, for [`decode_pools`].
    pub fn take_pools(&mut self) -> Vec<PartPool> {
        std::mem::take(&mut self.pools)
    }

    /// Merges the decks' decoded pools (from [`decode_pools`], in deck order) into the pool
    /// questions draw from. A pool that could not be decoded is rebuilt from the deck's
    /// cached cards, as compiling it would give.
    pub fn set_pools(&mut self, store: &Store, pools: Vec<Option<Pool>>) -> Result<(), LoadError> {
        let mut all = Pool::default();
        for (k, pool) in pools.into_iter().enumerate() {
            let pool = match pool {
                Some(pool) => pool,
                None => self.rebuilt_pool(store, k)?,
            };
            all.extend(pool);
        }
        self.pool = all;
        Ok(())
    }

    /// The pool of deck `k` of the session, from its cards in the store.
    fn rebuilt_pool(&self, store: &Store, k: usize) -> Result<Pool, LoadError> {
        let Some(p) = self.parts.get(k) else {
            return Ok(Pool::default());
        };
        let mut cards = Vec::with_capacity(p.len);
        for i in 0..p.len {
            match store.cached_card(&p.source, i, &p.deck)? {
                Some(card) => cards.push(card),
                None => {
                    return Err(unreadable(
                        &p.deck,
                        "its cached cards are damaged: play again".into(),
                    )
                    .into())
                }
            }
        }
        Ok(Pool::of(&cards))
    }

    /// Each card's fact (see `fact_key`), in session order, taking it from the decks'
    /// decoded pools (from [`decode_pools`]) where they hold it: a quantity's entry keeps its
    /// card's fact, and hashing 100,000 ids again was a twentieth of the start (issue 13).
    pub fn facts(&self, pools: &[Option<Pool>]) -> Vec<u64> {
        let mut out = Vec::with_capacity(self.ids.len());
        for (k, p) in self.parts.iter().enumerate() {
            // A pool is one entry a card, in card order; one that is not is not used.
            let entries = pools
                .get(k)
                .and_then(Option::as_ref)
                .map(|pool| pool.0.as_slice())
                .filter(|e| e.len() == p.len);
            for i in 0..p.len {
                let kept = entries.and_then(|e| match e.get(i) {
                    Some(Entry::Quantity { fact, .. }) => Some(*fact),
                    _ => None,
                });
                out.push(
                    kept.unwrap_or_else(|| fact_key(self.ids.get(p.start + i).unwrap_or_default())),
                );
            }
        }
        out
    }

    fn part(&self, index: usize) -> Option<&Part> {
        self.parts
            .iter()
            .find(|p| (p.start..p.start + p.len).contains(&index))
    }

    /// The cards, read from `store` one at a time as they are asked.
    pub fn cards<'a>(&'a self, store: &'a Store) -> StoredCards<'a> {
        StoredCards { store, decks: self }
    }
}

/// Every card as the scheduler plans it: its id and its deck's, in session index order.
impl Cards for StoredDecks {
    fn len(&self) -> usize {
        self.ids.len()
    }

    fn slot(&self, k: usize) -> Slot<'_> {
        Slot {
            id: self.ids.get(k).unwrap_or_default(),
            deck: self.part(k).map_or("", |p| p.deck.as_str()),
        }
    }
}

/// Cards read from the store one at a time, as they are asked.
pub struct StoredCards<'a> {
    store: &'a Store,
    decks: &'a StoredDecks,
}

impl CardSource for StoredCards<'_> {
    fn card(&mut self, index: usize) -> anyhow::Result<Card> {
        let part = self
            .decks
            .part(index)
            .ok_or_else(|| anyhow::anyhow!("no card at index {index}"))?;
        let card = self
            .store
            .cached_card(&part.source, index - part.start, &part.deck)?;
        card.ok_or_else(|| {
            anyhow::anyhow!(
                "the deck `{}` changed in the progress file during the session: play again",
                part.deck
            )
        })
    }

    fn pool(&self) -> &Pool {
        &self.decks.pool
    }
}

fn compile_source(
    origin: String,
    bytes: &[u8],
    default_id: &str,
) -> Result<CompiledDeck, DeckError> {
    let loaded = finish(origin, parse(bytes, default_id));
    let errors = loaded.errors();
    match (loaded.parsed.deck, loaded.compiled, errors.is_empty()) {
        (Some(deck), Some(compiled), true) => Ok(CompiledDeck {
            id: deck.id,
            title: deck.title,
            cards: compiled.cards,
        }),
        _ => Err(DeckError {
            origin: loaded.origin,
            errors,
        }),
    }
}

/// The deck's cached index when its text is unchanged (recording the file's stamp for next
/// time), or else its cards compiled and cached.
fn cached_or_compiled(
    found: Found,
    name: &str,
    store: &Store,
    stamp: Option<&str>,
) -> Result<DeckIndex, LoadError> {
    let key = found.key.clone();
    let hash = streamed_hash(&found, name)?;
    if let Some(index) = store.cached_index(&key, &hash)? {
        if let Some(stamp) = stamp {
            store.stamp_cached(&key, &hash, stamp)?;
        }
        return Ok(index);
    }
    let src = found.read().map_err(|msg| unreadable(name, msg))?;
    // Hashed again from the bytes compiled: the file may have changed since.
    let hash = content_hash(&src.bytes);
    let deck = compile_source(src.origin, &src.bytes, &src.default_id)?;
    Ok(store.cache_deck(&key, &hash, stamp, &deck)?)
}

/// The shape of compiled cards in the cache: bump it whenever the same deck text would
/// compile to different cards (a new field, a better quantity finder), so that no build ever
/// reads cards another build wrote. 3: the answer pool carries its value order (issue 13);
/// 4: the order carries each value's roundness, so that searches need not recompute it;
/// 5: card ids as one text (`store::Ids`); 6: cards carry their deck's `as_of:` year;
/// 7: the index marks the cards that share their fact (`DeckIndex::shared`); 8: the pool
/// comes last in the index, so that it can be left encoded (`store::LazyIndex`); 9: the
/// ids keep a table to find one by its text, and their numbers as plain bytes (`store::Ids`);
/// 10: a range is one quantity with its two ends (`Quantity::range`); 11: cards carry their
/// deck's `subject:` where the sentence does not name it (`Card::context`); 12: irregular
/// past tenses end a counted noun ("the first 747 came out"); 13: an amount in parts is one
/// quantity (`Style::parts`); 14: "37.5°" is an angle, and a count of its own things in a
/// bracket is no conversion; 15: "nine and a half hours" is one amount in parts; 16: shares
/// in words ("a third of") are a kind of their own, and unmarked bounds are not asked; 17: a
/// bound with an opposite is asked again, a threshold is not; 18: times of day ("at 23:40");
/// 19: a year naming a past event ("the 1962 final") is asked in a deck about another year;
/// 20: multiples ("2½ times the size", "twice the speed") are a kind; 21: so are scores;
/// 22: a level reached by one more goal ("levelled at 1–1") is no score to ask.
/// 39: the rules since 38 (years before the common era, what some reach as a bound, a
/// tournament's label for a final's deck, repeated scores), and the digest below that keeps
/// the number honest; 40: the pool marks a deck's end date (`Entry::Quantity::end`).
const CACHE_FORMAT: u32 = 60;

/// The cache format and a digest of every card and index compiled from the corpus and the
/// built-in decks: a change to what compiles changes the digest, and `compiled_cards_match_
/// the_cache_format` then fails until the format is bumped and the digest recorded with it,
/// so that no build reads cards another build wrote under the same number (issue 10).
#[cfg(test)]
const COMPILED: (u32, &str) = (60, "0a67e450f8e1eaf13998732b71b515cf");

/// A hex digest of a deck's bytes and the build that compiles them: the key of its cards.
fn content_hash(bytes: &[u8]) -> String {
    use sha2::Digest;
    let mut hash = hasher();
    hash.update(bytes);
    hex(hash)
}

/// [`content_hash`] of a deck's text, read a piece at a time rather than held whole.
fn streamed_hash(found: &Found, name: &str) -> Result<String, DeckError> {
    use sha2::Digest;
    let mut hash = hasher();
    found
        .stream(&mut |piece| hash.update(piece))
        .map_err(|msg| unreadable(name, msg))?;
    Ok(hex(hash))
}

fn hasher() -> sha2::Sha256 {
    use sha2::Digest;
    let mut hash = sha2::Sha256::new();
    hash.update(format!("{} {CACHE_FORMAT}\n", env!("CARGO_PKG_VERSION")));
    hash
}

fn hex(hash: sha2::Sha256) -> String {
    use sha2::Digest;
    hash.finalize()
        .iter()
        .take(16)
        .map(|b| format!("{b:02x}"))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::card::fact_key;

    /// The digest of every card and index compiled from the corpus (imported as `import`
    /// writes it) and the built-in decks, in file order.
    fn compiled_digest() -> String {
        use sha2::Digest;
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut paths: Vec<std::path::PathBuf> = ["tests/corpus", "decks"]
            .iter()
            .flat_map(|d| std::fs::read_dir(root.join(d)).unwrap())
            .map(|e| e.unwrap().path())
            .filter(|p| matches!(p.extension().and_then(|e| e.to_str()), Some("txt" | "yaml")))
            .collect();
        paths.sort();
        let mut hash = sha2::Sha256::new();
        for path in paths {
            let text = std::fs::read_to_string(&path).unwrap();
            let name = path.file_stem().unwrap().to_string_lossy().to_string();
            let yaml = if path.extension().is_some_and(|e| e == "txt") {
                crate::import::to_yaml(&crate::import::from_text(&text, None, &name, None))
            } else {
                text
            };
            let deck = compile_source(name.clone(), yaml.as_bytes(), &name).unwrap();
            hash.update(postcard::to_stdvec(&deck.cards).unwrap());
            hash.update(postcard::to_stdvec(&DeckIndex::of(&deck)).unwrap());
        }
        hex(hash)
    }

    #[test]
    fn compiled_cards_match_the_cache_format() {
        let digest = compiled_digest();
        assert_eq!(
            COMPILED,
            (CACHE_FORMAT, digest.as_str()),
            "what the corpus and the built-in decks compile to has changed: bump CACHE_FORMAT \
             and record it with this digest in COMPILED, so that caches of the old cards are \
             compiled again"
        );
    }

    fn library() -> (tempfile::TempDir, Library) {
        let dir = tempfile::tempdir().unwrap();
        let lib = Library::new(None, vec![dir.path().to_path_buf()]);
        (dir, lib)
    }

    fn write(dir: &std::path::Path, name: &str, text: &str) -> String {
        let path = dir.join(name);
        std::fs::write(&path, text).unwrap();
        path.display().to_string()
    }

    #[test]
    fn two_decks_with_one_id_are_refused_by_name() {
        let (dir, lib) = library();
        let a = write(
            dir.path(),
            "a.yaml",
            "id: same\ntitle: A\nfacts: [It has 12 parts.]\n",
        );
        let b = write(
            dir.path(),
            "b.yaml",
            "id: same\ntitle: B\nfacts: [It has 7 parts.]\n",
        );
        let err = load_cards(&[a, b.clone()], &lib).unwrap_err();
        assert!(
            matches!(&err, LoadError::SameId { id, name } if id == "same" && *name == b),
            "{err}"
        );
    }

    #[test]
    fn a_deck_with_errors_names_its_line() {
        let (dir, lib) = library();
        let a = write(
            dir.path(),
            "a.yaml",
            "title: A\nfacts: [It has 12 parts.]\nfcts: 1\n",
        );
        let err = load_cards(&[a], &lib).unwrap_err();
        assert!(matches!(err, LoadError::Deck(_)));
        assert!(err.to_string().contains("a.yaml:3:"), "{err}");
    }

    #[test]
    fn a_pool_that_cannot_be_decoded_is_rebuilt_from_the_cached_cards() {
        let (dir, lib) = library();
        let store = Store::open(&dir.path().join("progress.sqlite")).unwrap();
        let names = [write(
            dir.path(),
            "a.yaml",
            "title: A\nfacts:\n  - It has 12 parts and 3 doors.\n  - The capital is {Paris}.\n",
        )];
        let whole = StoredDecks::load(&names, &store, 0, &lib).unwrap();
        let want = Pool::of(&load_cards(&names, &lib).unwrap());
        assert_eq!(whole.pool, want);
        let mut decks = StoredDecks::load_deferred(&names, &store, 0, &lib).unwrap();
        assert_eq!(decks.take_pools().len(), 1, "one pool a deck");
        let damaged = decode_pools(vec![PartPool::Encoded(vec![0xff; 3].into())]);
        assert_eq!(damaged, [None]);
        decks.set_pools(&store, damaged).unwrap();
        assert_eq!(decks.pool, want);
    }

    #[test]
    fn stored_cards_are_the_compiled_cards_before_and_after_an_edit() {
        let (dir, lib) = library();
        let store = Store::open(&dir.path().join("progress.sqlite")).unwrap();
        let names = [
            write(
                dir.path(),
                "a.yaml",
                "title: A\nfacts: [It has 12 parts and 3 doors.]\n",
            ),
            "space-race".to_string(),
        ];
        let mut counts = Vec::new();
        for edit in ["", "  - Built in 1990 by 40 people.\n"] {
            if !edit.is_empty() {
                let text = std::fs::read_to_string(&names[0]).unwrap();
                std::fs::write(
                    &names[0],
                    text.replace("facts: [", "facts:\n  - ")
                        .replace(".]\n", ".\n")
                        + edit,
                )
                .unwrap();
            }
            let cards = load_cards(&names, &lib).unwrap();
            let decks = StoredDecks::load(&names, &store, 0, &lib).unwrap();
            let ids: Vec<&str> = cards.iter().map(|c| c.id.0.as_str()).collect();
            assert_eq!(decks.ids.iter().collect::<Vec<_>>(), ids);
            assert_eq!(Cards::len(&decks), cards.len());
            assert_eq!(decks.slot(0).deck, "a");
            assert_eq!(decks.slot(cards.len() - 1).id, ids[cards.len() - 1]);
            let shared: Vec<bool> = ids
                .iter()
                .map(|id| ids.iter().filter(|o| fact_key(o) == fact_key(id)).count() > 1)
                .collect();
            assert_eq!(
                decks.shared, shared,
                "the cards of a fact of two quantities"
            );
            assert!(shared.contains(&true) && shared.contains(&false));
            let facts: Vec<u64> = ids.iter().map(|id| fact_key(id)).collect();
            let mut deferred = StoredDecks::load_deferred(&names, &store, 0, &lib).unwrap();
            let pools = decode_pools(deferred.take_pools());
            assert_eq!(deferred.facts(&pools), facts, "from the pools");
            assert_eq!(deferred.facts(&[]), facts, "without them");
            let mut stored = decks.cards(&store);
            for (k, card) in cards.iter().enumerate() {
                assert_eq!(&stored.card(k).unwrap(), card);
            }
            assert!(stored.card(cards.len()).is_err(), "no card past the end");
            counts.push(decks.parts[0].len);
        }
        assert_eq!(counts, [2, 4], "the edited deck is compiled again");
    }
}
