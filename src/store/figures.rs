//! The aggregates that stats and reports read, computed in SQL so that a long log or many
//! cards are never loaded one by one.

use super::{CardFacts, CardGroup, ReviewFacts};
use super::{Store, StoreError};
use crate::schedule::{Phase, MASTERED_STABILITY_DAYS};
use rusqlite::{params, OptionalExtension};

impl Store {
    /// The review log's aggregates for stats, of a profile and optionally one deck, read from
    /// the daily counts that triggers keep, so that a long log is never scanned.
    pub fn review_facts(
        &self,
        profile: &str,
        deck: Option<&str>,
        since_day: u64,
    ) -> Result<ReviewFacts, StoreError> {
        let mut facts = ReviewFacts::default();
        let since_day = since_day as i64;
        let mut stmt = self
            .conn
            .prepare_cached(
                "SELECT day, sum(reviews), sum(review_answers), sum(remembered) FROM daily
                 WHERE profile = ?1 AND (?2 IS NULL OR deck_id = ?2) GROUP BY day",
            )
            .map_err(|e| self.err(e))?;
        let mut rows = stmt
            .query(params![profile, deck])
            .map_err(|e| self.err(e))?;
        while let Some(r) = rows.next().map_err(|e| self.err(e))? {
            let num = |k: usize| r.get::<_, i64>(k).map(|n| n.max(0) as usize);
            let (day, reviews) = (
                r.get::<_, i64>(0).map_err(|e| self.err(e))?,
                num(1).map_err(|e| self.err(e))?,
            );
            if reviews > 0 {
                facts.per_day.insert(day.max(0) as u64, reviews);
            }
            if day >= since_day {
                facts.review_answers += num(2).map_err(|e| self.err(e))?;
                facts.remembered += num(3).map_err(|e| self.err(e))?;
            }
        }
        Ok(facts)
    }

    /// Card states grouped for stats, of a profile and optionally one
    /// deck; computed in SQL, so that thousands of cards are never loaded one by one.
    pub fn card_facts(&self, profile: &str, deck: Option<&str>) -> Result<CardFacts, StoreError> {
        let mut out = CardFacts::default();
        let mut stmt = self
            .conn
            .prepare_cached(
                "SELECT deck_id, phase, stability >= ?3, CAST(strftime('%s', due_ms / 1000, 'unixepoch', 'localtime') AS INTEGER) / 86400, count(*) FROM cards
                 WHERE profile = ?1 AND (?2 IS NULL OR deck_id = ?2) GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4",
            )
            .map_err(|e| self.err(e))?;
        let mut rows = stmt
            .query(params![profile, deck, f64::from(MASTERED_STABILITY_DAYS)])
            .map_err(|e| self.err(e))?;
        while let Some(r) = rows.next().map_err(|e| self.err(e))? {
            let group = (|| -> rusqlite::Result<CardGroup> {
                Ok(CardGroup {
                    deck_id: r.get(0)?,
                    phase: Phase::from_number(r.get(1)?).unwrap_or(Phase::Review),
                    mastered: r.get(2)?,
                    due_day: r.get::<_, i64>(3)?.max(0) as u64,
                    count: r.get::<_, i64>(4)?.max(0) as usize,
                })
            })()
            .map_err(|e| self.err(e))?;
            out.groups.push(group);
        }
        Ok(out)
    }

    /// Every profile with progress.
    pub fn profiles(&self) -> Result<Vec<String>, StoreError> {
        self.rows(
            "SELECT DISTINCT profile FROM reviews ORDER BY profile",
            [],
            |r| r.get(0),
        )
    }

    /// A learner's answers, right answers and last answer time, optionally in one deck.
    pub fn learner(
        &self,
        profile: &str,
        deck: Option<&str>,
    ) -> Result<(usize, usize, Option<u64>), StoreError> {
        self.conn
            .query_row(
                "SELECT count(*), coalesce(sum(verdict = 'correct'), 0), max(reviewed_at_ms) FROM reviews WHERE profile = ?1 AND (?2 IS NULL OR deck_id = ?2)",
                params![profile, deck],
                |r| Ok((r.get::<_, i64>(0)?.max(0) as usize, r.get::<_, i64>(1)?.max(0) as usize, r.get::<_, Option<i64>>(2)?.map(|t| t.max(0) as u64))),
            )
            .map_err(|e| self.err(e))
    }

    /// The cards a group misses most: card, answer, wrong answers and all answers, by error
    /// rate (then by wrong answers), at most `limit`.
    pub fn most_missed(
        &self,
        profiles: &[String],
        deck: Option<&str>,
        limit: usize,
    ) -> Result<Vec<(String, String, usize, usize)>, StoreError> {
        let marks = vec!["?"; profiles.len()].join(", ");
        // From the cards' own counters (schema 4), not the whole log: O(cards).
        let sql = format!(
            "SELECT card_id, sum(misses), sum(answers) FROM cards
             WHERE profile IN ({marks}) AND (? IS NULL OR deck_id = ?)
             GROUP BY card_id HAVING sum(misses) > 0
             ORDER BY sum(misses) * 1.0 / sum(answers) DESC, sum(misses) DESC, card_id LIMIT ?"
        );
        let mut values: Vec<rusqlite::types::Value> =
            profiles.iter().map(|p| p.clone().into()).collect();
        let deck_value: rusqlite::types::Value =
            deck.map_or(rusqlite::types::Value::Null, |d| d.to_string().into());
        values.extend([deck_value.clone(), deck_value, (limit as i64).into()]);
        let counted: Vec<(String, usize, usize)> =
            self.rows(&sql, rusqlite::params_from_iter(values), |r| {
                Ok((
                    r.get(0)?,
                    r.get::<_, i64>(1)?.max(0) as usize,
                    r.get::<_, i64>(2)?.max(0) as usize,
                ))
            })?;
        // The answer each kept card asked for last, by any of the profiles.
        let latest = format!(
            "SELECT expected FROM reviews WHERE card_id = ? AND profile IN ({marks})
             ORDER BY reviewed_at_ms DESC, id DESC LIMIT 1"
        );
        let mut out = Vec::with_capacity(counted.len());
        for (card, misses, answers) in counted {
            let mut args: Vec<rusqlite::types::Value> = vec![card.clone().into()];
            args.extend(profiles.iter().map(|p| p.clone().into()));
            let expected = self
                .rows(&latest, rusqlite::params_from_iter(args), |r| r.get(0))?
                .pop()
                .unwrap_or_default();
            out.push((card, expected, misses, answers));
        }
        Ok(out)
    }

    /// The answer a card asked for at its latest review.
    pub fn last_expected(&self, profile: &str, card: &str) -> Result<Option<String>, StoreError> {
        self.conn
            .query_row(
                "SELECT expected FROM reviews WHERE profile = ?1 AND card_id = ?2 ORDER BY reviewed_at_ms DESC LIMIT 1",
                params![profile, card],
                |r| r.get(0),
            )
            .optional()
            .map_err(|e| self.err(e))
    }
}
