//! Card ids in deck order, kept as one text and where each id ends: a 100,000-card deck's
//! ids decode as two allocations rather than 100,000, which was a quarter of start-up
//! (issue 13). A deck's cached ids also keep a table to find an id by its text, so that a
//! session places the states of the cards a player has seen without hashing every id of
//! the deck; the numbers are kept as plain little-endian bytes, copied rather than decoded.

use serde::{Deserialize, Serialize};
use std::borrow::Cow;

/// Card ids in order.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "Raw")]
pub struct Ids {
    text: String,
    /// Where each id ends in `text`; id `k` starts where id `k - 1` ends.
    #[serde(serialize_with = "le::serialize")]
    ends: Vec<u32>,
    /// Open addressing by [`id_hash`]: one more than the index of an id, 0 for none; empty
    /// when not built (ids added since), see [`Ids::finder`].
    #[serde(serialize_with = "le::serialize")]
    table: Vec<u32>,
}

/// [`Ids`] as encoded, checked before use: a damaged cache must not slice off a char
/// boundary or past the end, nor send a look-up round its table for ever.
#[derive(Deserialize)]
struct Raw {
    text: String,
    #[serde(deserialize_with = "le::deserialize")]
    ends: Vec<u32>,
    #[serde(deserialize_with = "le::deserialize")]
    table: Vec<u32>,
}

impl TryFrom<Raw> for Ids {
    type Error = &'static str;

    fn try_from(raw: Raw) -> Result<Ids, &'static str> {
        let mut start = 0;
        for &end in &raw.ends {
            let end = end as usize;
            if end < start || !raw.text.is_char_boundary(end) {
                return Err("card ids out of order");
            }
            start = end;
        }
        if start != raw.text.len() {
            return Err("card ids do not cover their text");
        }
        if !table_fits(&raw.table, raw.ends.len()) {
            return Err("the table of card ids does not fit them");
        }
        Ok(Ids {
            text: raw.text,
            ends: raw.ends,
            table: raw.table,
        })
    }
}

/// Whether `table` can be the table of `len` ids: none, or a power of two with a free slot
/// (a look-up stops there) whose entries are all ids.
fn table_fits(table: &[u32], len: usize) -> bool {
    table.is_empty()
        || (table.len().is_power_of_two()
            && table.len() > len
            && table.iter().all(|&at| at as usize <= len))
}

/// Where to start looking for an id in a table of `2^bits` slots: a stable hash (tables
/// are cached), read eight bytes at a time.
fn id_hash(id: &str, bits: u32) -> usize {
    const K: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut h = 0x243f_6a88_85a3_08d3u64 ^ id.len() as u64;
    let mut words = id.as_bytes().chunks_exact(8);
    let mut mix = |word: &[u8]| {
        let mut w = [0u8; 8];
        w[..word.len()].copy_from_slice(word);
        h = (h ^ u64::from_le_bytes(w)).wrapping_mul(K).rotate_left(29);
    };
    for word in &mut words {
        mix(word);
    }
    mix(words.remainder());
    (h.wrapping_mul(K) >> (64 - bits)) as usize
}

/// The table of `ids` (see [`Ids::table`]): at most four fifths full.
fn table_of(ids: &Ids) -> Vec<u32> {
    let size = (ids.len() + ids.len() / 4 + 1).next_power_of_two();
    let (bits, mask) = (size.trailing_zeros(), size - 1);
    let mut table = vec![0u32; size];
    for (k, id) in ids.iter().enumerate() {
        let mut at = id_hash(id, bits);
        while table[at] != 0 {
            at = (at + 1) & mask;
        }
        // A deck's text is capped at 16 MiB, so its ids fit in u32 many times over.
        table[at] = u32::try_from(k + 1).unwrap_or(0);
    }
    table
}

/// Finds ids by their text (see [`Ids::finder`]).
pub struct Finder<'a> {
    ids: &'a Ids,
    table: Cow<'a, [u32]>,
}

impl Finder<'_> {
    /// The index of `id`, if it is one of the ids (the first, if it is there twice).
    pub fn position(&self, id: &str) -> Option<usize> {
        let mask = self.table.len().checked_sub(1)?;
        let mut at = id_hash(id, self.table.len().trailing_zeros());
        // A table that fits its ids has a free slot, so this ends; the bound is a second
        // guarantee.
        for _ in 0..self.table.len() {
            let k = (self.table[at] as usize).checked_sub(1)?;
            if self.ids.get(k) == Some(id) {
                return Some(k);
            }
            at = (at + 1) & mask;
        }
        None
    }
}

/// The numbers of [`Ids`] as one run of little-endian bytes.
mod le {
    use serde::{de, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(numbers: &[u32], s: S) -> Result<S::Ok, S::Error> {
        let bytes: Vec<u8> = numbers.iter().flat_map(|n| n.to_le_bytes()).collect();
        s.serialize_bytes(&bytes)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<u32>, D::Error> {
        d.deserialize_bytes(Numbers)
    }

    struct Numbers;

    impl de::Visitor<'_> for Numbers {
        type Value = Vec<u32>;

        fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
            f.write_str("u32s as little-endian bytes")
        }

        fn visit_bytes<E: de::Error>(self, bytes: &[u8]) -> Result<Vec<u32>, E> {
            if !bytes.len().is_multiple_of(4) {
                return Err(E::invalid_length(bytes.len(), &self));
            }
            Ok(bytes
                .chunks_exact(4)
                .map(|b| u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
                .collect())
        }
    }
}

impl Ids {
    /// How many ids.
    pub fn len(&self) -> usize {
        self.ends.len()
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.ends.is_empty()
    }

    /// Id `k`.
    pub fn get(&self, k: usize) -> Option<&str> {
        let end = *self.ends.get(k)? as usize;
        let start = k.checked_sub(1).map_or(0, |p| self.ends[p] as usize);
        self.text.get(start..end)
    }

    /// The ids in order.
    pub fn iter(&self) -> impl ExactSizeIterator<Item = &str> + '_ {
        (0..self.len()).map(|k| self.get(k).unwrap_or_default())
    }

    /// Adds `id` at the end (the table, if built, no longer fits: it is dropped).
    pub fn push(&mut self, id: &str) {
        self.table = Vec::new();
        self.text.push_str(id);
        // A deck's text is capped at 16 MiB, so its ids fit in u32 many times over.
        self.ends
            .push(u32::try_from(self.text.len()).unwrap_or(u32::MAX));
    }

    /// The ids with their table built, to be cached with them.
    pub fn with_table(mut self) -> Ids {
        self.table = table_of(&self);
        self
    }

    /// A way to find ids by their text: the table kept with them, or else one built now.
    pub fn finder(&self) -> Finder<'_> {
        let table = if self.table.is_empty() && !self.is_empty() {
            Cow::Owned(table_of(self))
        } else {
            Cow::Borrowed(self.table.as_slice())
        };
        Finder { ids: self, table }
    }

    /// Adds all of `other` at the end.
    pub fn append(&mut self, other: &Ids) {
        self.text.reserve(other.text.len());
        self.ends.reserve(other.len());
        for id in other.iter() {
            self.push(id);
        }
    }
}

impl<'a> FromIterator<&'a str> for Ids {
    fn from_iter<I: IntoIterator<Item = &'a str>>(iter: I) -> Ids {
        let mut ids = Ids::default();
        for id in iter {
            ids.push(id);
        }
        ids
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_read_back_in_order() {
        let ids: Ids = ["d:a:1", "", "d:ü:2"].into_iter().collect();
        assert_eq!(ids.len(), 3);
        assert_eq!(ids.iter().collect::<Vec<_>>(), ["d:a:1", "", "d:ü:2"]);
        assert_eq!(ids.get(2), Some("d:ü:2"));
        assert_eq!(ids.get(3), None);
        let mut more: Ids = ["x:1"].into_iter().collect();
        more.append(&ids);
        assert_eq!(
            more.iter().collect::<Vec<_>>(),
            ["x:1", "d:a:1", "", "d:ü:2"]
        );
        let bytes = postcard::to_stdvec(&more).unwrap();
        assert_eq!(postcard::from_bytes::<Ids>(&bytes).unwrap(), more);
    }

    #[test]
    fn ids_are_found_with_their_table_or_without() {
        let many: Ids = (0..1000)
            .map(|k| format!("deck:f{k}:1"))
            .collect::<Vec<_>>()
            .iter()
            .map(String::as_str)
            .collect();
        let kept = many.clone().with_table();
        let bytes = postcard::to_stdvec(&kept).unwrap();
        let read = postcard::from_bytes::<Ids>(&bytes).unwrap();
        assert_eq!(read, kept, "the table is cached with the ids");
        for ids in [&many, &read] {
            let find = ids.finder();
            for k in [0, 1, 499, 999] {
                assert_eq!(find.position(&format!("deck:f{k}:1")), Some(k));
            }
            assert_eq!(find.position("deck:f1000:1"), None);
            assert_eq!(find.position(""), None);
        }
        let mut more = kept.clone();
        more.push("deck:f1000:1");
        assert_eq!(
            more.finder().position("deck:f1000:1"),
            Some(1000),
            "a push drops the table"
        );
        assert_eq!(Ids::default().finder().position("a"), None);
    }

    #[test]
    fn a_damaged_encoding_is_refused() {
        let cases: &[(&str, &[u32], bool)] = &[
            ("ab", &[1, 2], true),
            ("ab", &[2, 1], false),
            ("ab", &[1, 3], false),
            ("ab", &[1], false),
            ("ü", &[1, 2], false),
            ("", &[], true),
        ];
        for &(text, ends, ok) in cases {
            let raw = Raw {
                text: text.into(),
                ends: ends.to_vec(),
                table: Vec::new(),
            };
            assert_eq!(Ids::try_from(raw).is_ok(), ok, "{text:?} {ends:?}");
        }
        // (table, fits two ids)
        let tables: &[(&[u32], bool)] = &[
            (&[], true),
            (&[0, 2, 1, 0], true),
            (&[1, 2, 0], false),
            (&[1, 2], false),
            (&[0, 3, 1, 0], false),
        ];
        for &(table, ok) in tables {
            let raw = Raw {
                text: "ab".into(),
                ends: vec![1, 2],
                table: table.to_vec(),
            };
            assert_eq!(Ids::try_from(raw).is_ok(), ok, "{table:?}");
        }
    }
}
