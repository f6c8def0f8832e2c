//! Card ids renamed in place: `check --fix` gives facts ids, which changes their cards' ids
//! from the text's hash to the new id, and the progress must follow (issue 12, point 7).

use super::{Store, StoreError};
use rusqlite::params;

impl Store {
    /// Renames cards (every profile's state and review log) from `old` to `new` id, all in
    /// one transaction; returns how many card states moved. A profile that already has a
    /// card under the new id keeps it, and the old one stays as it was.
    pub fn rename_cards(&self, pairs: &[(String, String)]) -> Result<usize, StoreError> {
        self.writable()?;
        let fail = |e| self.err(e);
        let tx = self.immediate().map_err(fail)?;
        // reviews reference cards (profile, card_id): checked at commit, once both moved.
        tx.pragma_update(None, "defer_foreign_keys", true)
            .map_err(fail)?;
        let mut moved = 0;
        for (old, new) in pairs {
            moved += tx
                .execute(
                    "UPDATE cards SET card_id = ?2 WHERE card_id = ?1 AND NOT EXISTS
                     (SELECT 1 FROM cards AS c WHERE c.profile = cards.profile AND c.card_id = ?2)",
                    params![old, new],
                )
                .map_err(fail)?;
            tx.execute(
                "UPDATE reviews SET card_id = ?2 WHERE card_id = ?1 AND EXISTS
                 (SELECT 1 FROM cards AS c WHERE c.profile = reviews.profile AND c.card_id = ?2)
                 AND NOT EXISTS (SELECT 1 FROM cards AS c WHERE c.profile = reviews.profile AND c.card_id = ?1)",
                params![old, new],
            )
            .map_err(fail)?;
        }
        tx.commit().map_err(fail)?;
        Ok(moved)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::schedule::CardState;
    use crate::store::Review;

    /// A review of `profile`'s, with a uid of its own.
    fn review(profile: &str, card: &str, at: u64) -> Review {
        Review {
            uid: format!("{profile}-{card}-{at}"),
            profile: profile.into(),
            ..crate::store::tests::review(card, at)
        }
    }

    fn state() -> CardState {
        crate::store::tests::state(1)
    }

    #[test]
    fn progress_follows_renamed_cards_for_every_profile() {
        let store = Store::in_memory().unwrap();
        for (profile, card, at) in [
            ("ana", "d:abc:1", 1),
            ("ana", "d:abc:1", 2),
            ("ben", "d:abc:1", 1),
        ] {
            store.record(&review(profile, card, at), &state()).unwrap();
        }
        // ben already has a card under the new id: his stays, and so does his old one.
        store
            .record(&review("ben", "d:kept:1", 5), &state())
            .unwrap();
        let pairs = [("d:abc:1".to_string(), "d:kept:1".to_string())];
        assert_eq!(store.rename_cards(&pairs).unwrap(), 1, "ana's card moved");
        let ids = |profile| {
            let mut ids: Vec<String> = store
                .reviews(Some(profile))
                .unwrap()
                .into_iter()
                .map(|r| r.card_id)
                .collect();
            ids.sort();
            ids
        };
        assert_eq!(ids("ana"), ["d:kept:1", "d:kept:1"]);
        assert_eq!(ids("ben"), ["d:abc:1", "d:kept:1"]);
        assert!(store.state("ana", "d:kept:1").unwrap().is_some());
        assert!(store.state("ana", "d:abc:1").unwrap().is_none());
        assert!(store.check().unwrap().is_empty(), "foreign keys hold");
    }
}
