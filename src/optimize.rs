//! Personal FSRS parameters fitted to a learner's own review log (the crate's optimizer).

use crate::schedule::elapsed_days;
use crate::store::Review;
use fsrs::{compute_parameters, ComputeParametersInput, FSRSItem, FSRSReview, FSRS};
use std::collections::BTreeMap;

/// Reviews needed before fitting is worth it.
pub const MIN_REVIEWS: usize = 300;

/// How well parameters predict a log: log loss and RMSE over bins (lower is better).
#[derive(Debug, Clone, Copy, PartialEq, serde::Serialize)]
pub struct Fitness {
    /// Log loss.
    pub log_loss: f32,
    /// Root mean square error between predicted and actual recall, binned.
    pub rmse: f32,
}

/// The result of fitting.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Fit {
    /// Reviews used.
    pub reviews: usize,
    /// The fitted parameters.
    pub parameters: Vec<f32>,
    /// How the default parameters predict the log.
    pub default: Fitness,
    /// How the fitted ones do.
    pub fitted: Fitness,
}

/// Why fitting did not happen.
#[derive(Debug, thiserror::Error)]
pub enum OptimizeError {
    /// Too few reviews.
    #[error("{have} reviews so far; fitting needs at least {MIN_REVIEWS}: {} more", MIN_REVIEWS - have)]
    NotEnough {
        /// Reviews in the log.
        have: usize,
    },
    /// The optimizer failed.
    #[error("the FSRS optimizer failed: {0}")]
    Fsrs(String),
}

/// The training items of a log: for each card, every prefix of its reviews that ends in a
/// review made at least a day after the one before (the crate skips same-day-only items).
pub fn items(reviews: &[Review]) -> Vec<FSRSItem> {
    let mut by_card: BTreeMap<&str, Vec<&Review>> = BTreeMap::new();
    for r in reviews {
        by_card.entry(&r.card_id).or_default().push(r);
    }
    let mut out = Vec::new();
    for list in by_card.values_mut() {
        list.sort_by_key(|r| r.reviewed_at_ms);
        let mut history: Vec<FSRSReview> = Vec::with_capacity(list.len());
        let mut last: Option<u64> = None;
        for r in list.iter() {
            let delta_t = last.map_or(0, |l| elapsed_days(l, r.reviewed_at_ms));
            history.push(FSRSReview {
                rating: u32::from(r.rating),
                delta_t,
            });
            last = Some(r.reviewed_at_ms);
            if history.len() > 1 && delta_t > 0 {
                out.push(FSRSItem {
                    reviews: history.clone(),
                });
            }
        }
    }
    out
}

fn fitness(parameters: &[f32], items: &[FSRSItem]) -> Result<Fitness, OptimizeError> {
    let fail = |e: fsrs::FSRSError| OptimizeError::Fsrs(format!("{e:?}"));
    let model = FSRS::new(parameters).map_err(fail)?;
    let e = model.evaluate(items.to_vec(), |_| true).map_err(fail)?;
    Ok(Fitness {
        log_loss: e.log_loss,
        rmse: e.rmse_bins,
    })
}

/// Fits parameters to `reviews` and measures both the default and the fitted ones.
pub fn fit(reviews: &[Review]) -> Result<Fit, OptimizeError> {
    if reviews.len() < MIN_REVIEWS {
        return Err(OptimizeError::NotEnough {
            have: reviews.len(),
        });
    }
    let train = items(reviews);
    let input = ComputeParametersInput {
        train_set: train.clone(),
        ..ComputeParametersInput::default()
    };
    let parameters =
        compute_parameters(input).map_err(|e| OptimizeError::Fsrs(format!("{e:?}")))?;
    Ok(Fit {
        reviews: reviews.len(),
        default: fitness(&[], &train)?,
        fitted: fitness(&parameters, &train)?,
        parameters,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::schedule::DAY_MS;

    fn review(card: &str, day: u64, rating: u8) -> Review {
        Review {
            uid: String::new(),
            profile: "p".into(),
            card_id: card.into(),
            deck_id: "d".into(),
            reviewed_at_ms: day * DAY_MS + 1000,
            rating,
            verdict: "correct".into(),
            format: "typed".into(),
            given: String::new(),
            expected: String::new(),
            elapsed_ms: 0,
            kind: "review".into(),
            overridden: false,
        }
    }

    #[test]
    fn items_are_prefixes_ending_in_a_later_day() {
        let log = [
            review("a", 1, 3),
            review("a", 1, 3),
            review("a", 4, 1),
            review("a", 5, 3),
            review("b", 2, 3),
        ];
        let got = items(&log);
        let shapes: Vec<Vec<(u32, u32)>> = got
            .iter()
            .map(|i| i.reviews.iter().map(|r| (r.rating, r.delta_t)).collect())
            .collect();
        assert_eq!(
            shapes,
            vec![
                vec![(3, 0), (3, 0), (1, 3)],
                vec![(3, 0), (3, 0), (1, 3), (3, 1)]
            ]
        );
    }

    #[test]
    fn too_few_reviews_says_how_many_more() {
        let log: Vec<Review> = (0..120).map(|k| review("a", k, 3)).collect();
        let err = fit(&log).unwrap_err();
        assert_eq!(
            err.to_string(),
            "120 reviews so far; fitting needs at least 300: 180 more"
        );
    }
}
