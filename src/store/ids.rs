//! Card ids in deck order, kept as one text and where each id ends: a 100,000-card deck's
//! ids decode as two allocations rather than 100,000, which was a quarter of start-up
//! (issue 13).

use serde::{Deserialize, Serialize};

/// Card ids in order.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "Raw")]
pub struct Ids {
    text: String,
    /// Where each id ends in `text`; id `k` starts where id `k - 1` ends.
    ends: Vec<u32>,
}

/// [`Ids`] as encoded, checked before use: a damaged cache must not slice off a char
/// boundary or past the end.
#[derive(Deserialize)]
struct Raw {
    text: String,
    ends: Vec<u32>,
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
        Ok(Ids {
            text: raw.text,
            ends: raw.ends,
        })
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

    /// Adds `id` at the end.
    pub fn push(&mut self, id: &str) {
        self.text.push_str(id);
        // A deck's text is capped at 16 MiB, so its ids fit in u32 many times over.
        self.ends
            .push(u32::try_from(self.text.len()).unwrap_or(u32::MAX));
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
            };
            assert_eq!(Ids::try_from(raw).is_ok(), ok, "{text:?} {ends:?}");
        }
    }
}
