//! Drawing places of an [`Order`](super::Order) at random without replacement, from a few
//! ranges of it, in time that does not grow with their size.
//!
//! Each draw is uniform over the places left, so the sequence of draws is a uniformly
//! random order of the places: the same law as shuffling them all and reading the shuffled
//! list from the front, which is what the questions did before the pool was ordered.

use rand::Rng;
use std::ops::Range;

/// The places still to draw from: disjoint ranges.
#[derive(Debug, Clone, Default)]
pub struct Draw {
    ranges: Vec<Range<usize>>,
}

impl Draw {
    /// Draws from `ranges` (empty ones are dropped).
    pub fn new(ranges: impl IntoIterator<Item = Range<usize>>) -> Draw {
        Draw {
            ranges: ranges.into_iter().filter(|r| !r.is_empty()).collect(),
        }
    }

    /// How many places are left.
    pub fn len(&self) -> usize {
        self.ranges.iter().map(ExactSizeIterator::len).sum()
    }

    /// Whether no place is left.
    pub fn is_empty(&self) -> bool {
        self.ranges.is_empty()
    }

    /// A place chosen uniformly among those left, and the range it lies in; the caller
    /// then [`remove`](Draw::remove)s at least that place.
    pub fn pick(&self, rng: &mut impl Rng) -> Option<(usize, Range<usize>)> {
        if self.is_empty() {
            return None;
        }
        let total = self.len();
        let mut t = rng.random_range(0..total);
        for r in &self.ranges {
            if t < r.len() {
                return Some((r.start + t, r.clone()));
            }
            t -= r.len();
        }
        None
    }

    /// Takes `gone` out of the places left (it lies within one range).
    pub fn remove(&mut self, gone: Range<usize>) {
        let Some(at) = self
            .ranges
            .iter()
            .position(|r| r.start <= gone.start && gone.end <= r.end)
        else {
            return;
        };
        let r = self.ranges.remove(at);
        let (before, after) = (r.start..gone.start, gone.end..r.end);
        for piece in [after, before] {
            if !piece.is_empty() {
                self.ranges.insert(at, piece);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rand::rngs::StdRng;
    use rand::SeedableRng;

    #[test]
    fn draws_every_place_once_then_nothing() {
        let mut rng = StdRng::seed_from_u64(5);
        let mut d = Draw::new([3..7, 10..10, 20..22]);
        assert_eq!(d.len(), 6);
        let mut seen = Vec::new();
        while let Some((k, within)) = d.pick(&mut rng) {
            assert!(within.contains(&k));
            seen.push(k);
            d.remove(k..k + 1);
        }
        seen.sort_unstable();
        assert_eq!(seen, [3, 4, 5, 6, 20, 21]);
        assert!(d.is_empty());
    }

    #[test]
    fn removing_a_run_splits_its_range() {
        let mut d = Draw::new(std::iter::once(0..10));
        d.remove(3..5);
        assert_eq!(d.ranges, [0..3, 5..10]);
        d.remove(0..3);
        assert_eq!(d.ranges, vec![5..10]);
        d.remove(40..41);
        assert_eq!(d.len(), 5, "a place outside is ignored");
    }

    #[test]
    fn each_place_comes_first_about_equally_often() {
        // Uniform draws are what make the order a fair shuffle: 6 places, 6000 draws.
        let mut counts = [0usize; 6];
        for seed in 0..6000 {
            let d = Draw::new([0..2, 5..9]);
            let (k, _) = d.pick(&mut StdRng::seed_from_u64(seed)).unwrap();
            counts[if k < 2 { k } else { k - 3 }] += 1;
        }
        assert!(
            counts.iter().all(|&c| (850..1150).contains(&c)),
            "{counts:?}"
        );
    }
}
