//! A figure that is one end of a range in its sentence ("between 1969 and 1972", "from 1981
//! to 2011", "1939–1945"): a wrong option for the start must still come before the end, and
//! one for the end after the start, or the option reads as nonsense.

use crate::quantity::{self, Date, Quantity, Value};
use std::cmp::Ordering;

/// The other end of the range `q` belongs to in `text`, and on which side of `q` it lies
/// (`Greater` when `q` is the start); `None` when `q` is not in a range. Dates are read in
/// one year (see [`same_year`]).
pub fn other_end(text: &str, q: &Quantity) -> Option<(Quantity, Ordering)> {
    let (mut o, side) = ends(text, q)?;
    o.value = same_year(&q.value, &o.value);
    Some((o, side))
}

/// The other end's date in the answer's frame. "From 11 July to 30 July 1966" writes the
/// year once: asked for "11 July", the options carry no year, so the end is compared as
/// "30 July" (else every yearless option, "11 October", sorted before 1966 and passed);
/// asked for "30 July 1966", the start is "11 July 1966" (1966 final, issue 10).
fn same_year(answer: &Value, other: &Value) -> Value {
    match (answer, other) {
        (Value::Date(a), Value::Date(o)) if a.year.is_none() != o.year.is_none() => {
            Value::Date(Date { year: a.year, ..*o })
        }
        _ => *other,
    }
}

/// [`other_end`] as written.
fn ends(text: &str, q: &Quantity) -> Option<(Quantity, Ordering)> {
    quantity::find(text)
        .into_iter()
        .filter(|o| o.kind == q.kind && o.span != q.span)
        .find_map(|o| {
            // A range runs upwards; "lowered it from 9.69 to 9.58" is a change, not a range.
            let rises = |a: &Quantity, b: &Quantity| a.value.number() < b.value.number();
            if o.span.start >= q.span.end
                && joins(text, q.span.start, q.span.end, o.span.start)
                && (rises(q, &o) || o.value.number().is_none())
            {
                Some((o, Ordering::Greater))
            } else if o.span.end <= q.span.start
                && joins(text, o.span.start, o.span.end, q.span.start)
                && (rises(&o, q) || o.value.number().is_none())
            {
                Some((o, Ordering::Less))
            } else {
                None
            }
        })
}

/// Whether the words from `first_end` to `second` join two figures into a range: a dash, or
/// "and"/"to"/"until" after a "between"/"from" that opens it at `first`.
fn joins(text: &str, first: usize, first_end: usize, second: usize) -> bool {
    let Some(gap) = text.get(first_end..second) else {
        return false;
    };
    let gap = gap.trim().to_lowercase();
    if matches!(gap.as_str(), "-" | "–" | "—") {
        return true;
    }
    let opener = text
        .get(..first)
        .and_then(|b| b.split_whitespace().last())
        .map(str::to_lowercase)
        .unwrap_or_default();
    match opener.as_str() {
        "between" => gap == "and",
        "from" => matches!(gap.as_str(), "to" | "until" | "through"),
        // Issue 10: "$40 to $45", "92 to 98 percent" are ranges without an opener.
        _ => gap == "to",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn side(text: &str, figure: &str) -> Option<(String, Ordering)> {
        let q = quantity::find(text)
            .into_iter()
            .find(|q| q.text == figure)
            .unwrap_or_else(|| panic!("{figure} not found in {text}"));
        other_end(text, &q).map(|(o, side)| (o.text, side))
    }

    #[test]
    fn ends_of_ranges() {
        let text = "Six missions landed between 1969 and 1972.";
        assert_eq!(side(text, "1969"), Some(("1972".into(), Ordering::Greater)));
        assert_eq!(side(text, "1972"), Some(("1969".into(), Ordering::Less)));
        let text = "The Shuttle flew from 1981 to 2011.";
        assert_eq!(side(text, "2011"), Some(("1981".into(), Ordering::Less)));
        assert_eq!(
            side("Six missions landed between 1969 and 1972.", "Six"),
            None
        );
        assert_eq!(
            side("There were 12 members and 29 states in 2018.", "12"),
            None,
            "an and without a between is no range"
        );
        assert_eq!(
            side("It was signed in 1949 and ratified in 1950.", "1949"),
            None
        );
        assert_eq!(
            side("He lowered the record from 9.69 to 9.58 seconds.", "9.69"),
            None,
            "a fall is a change, not a range"
        );
        // Issue 10: the year written once, at the end, reads for both ends.
        let text = "It was held in England from 11 July to 30 July 1966.";
        let q = quantity::find(text).remove(0);
        let (end, towards) = other_end(text, &q).unwrap();
        assert_eq!(towards, Ordering::Greater);
        assert!(
            matches!(end.value, Value::Date(d) if d.year.is_none() && d.day == Some(30)),
            "the end read without its year beside a yearless start: {:?}",
            end.value
        );
        let q = quantity::find(text).remove(1);
        let (start, _) = other_end(text, &q).unwrap();
        assert!(
            matches!(start.value, Value::Date(d) if d.year == Some(1966) && d.day == Some(11)),
            "the start read in the end's year: {:?}",
            start.value
        );
        // Issue 10: a range by "to" alone ("$40 to $45").
        assert_eq!(
            side("Tickets sold for $40 to $45 each.", "$40"),
            Some(("$45".into(), Ordering::Greater))
        );
    }
}
