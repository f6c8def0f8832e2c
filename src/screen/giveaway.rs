//! A count the sentence spells out (issue 10, "answer in view"): "Its crew was three men:
//! Armstrong, Collins and Aldrin", "the country's three official languages — German, French
//! and Italian", "three straight Olympics (2008, 2012 and 2016)". Asking "how many?" there
//! asks the player to count what is printed: the card is dropped.

use super::Why;
use crate::quantity::{Kind, Quantity};

/// Why the count `k` of `found` is in view, if it is.
pub fn why(text: &str, found: &[Quantity], k: usize) -> Option<Why> {
    let q = &found[k];
    if abbreviated_elsewhere(text, q) {
        return Some(Why::InView);
    }
    // "adult men (3.4 percent), adult women (3.4 percent)", "49 from France, 4 from Belgium,
    // 4 from Switzerland": the blank would cover both, and the question could not say which
    // of two things it asks (issue 10, rubric C). An author can brace the one meant.
    if found
        .iter()
        .enumerate()
        .any(|(j, o)| j != k && crate::quantity::same_figure(q, o))
    {
        return Some(Why::Twice);
    }
    if scale_word_elsewhere(text, q) {
        return Some(Why::Twice);
    }
    if derivable(found, k)
        || summed_into(text, found, k)
        || month_in_view(text, found, k)
        || decade_in_view(text, found, k)
        || year_in_view(found, k)
        || decades_side_by_side(text, found, k)
        || score_a_goal_apart(text, found, k)
        || century_in_view(found, k)
        || next_ordinal(text, found, k)
        || consecutive(text, found, k)
        || same_as(text, found, k)
        || ranked_after(text, q)
        || shares_of_a_whole(found, k)
        || per_race(found, k)
        || times_spelled_out(text, found, k)
        || twice_its_first_half(text, found, k)
    {
        return Some(Why::InView);
    }
    let dated = matches!(q.kind, Kind::Date | Kind::Year | Kind::Ordinal);
    if !dated && after_demonstrative(text, q) {
        return Some(Why::Refers);
    }
    if after_earlier_event(text, q) {
        return Some(Why::After);
    }
    let n = q.value.number()?;
    if q.kind != Kind::Count || !(2.0..=12.0).contains(&n) || n.fract() != 0.0 {
        return None;
    }
    let rest = text.get(q.span.end..)?;
    // "six refuelling stops at Toulouse, …, Andersen AFB (Guam), Honolulu and Acapulco": a
    // bracket inside the list must not split it (issue 10, round 10: rated C).
    let listed = lists(rest)
        .into_iter()
        .chain(lists(&without_brackets(rest)))
        .chain(apposition(rest))
        .any(|len| len as f64 == n);
    // "one of just two supersonic transports; the other is the Tu-144": one of a group, and
    // "the other" after it, says the group was two.
    let before = text[..q.span.start].trim_end().to_lowercase();
    let one_of = ["one of", "one of just", "one of only", "one of the"]
        .iter()
        .any(|p| before.ends_with(p));
    let lower_rest = rest.to_lowercase();
    let the_other = n == 2.0 && one_of && lower_rest.contains("the other ");
    // "Two main routes lead up: one reaches the top from the southeast…, the other comes
    // from the north": the two are told one by one (round 15: rated C).
    let one_then_other = n == 2.0
        && lower_rest
            .find(" one ")
            .is_some_and(|at| lower_rest[at..].contains("the other "));
    let the_other = the_other || one_then_other;
    (listed || the_other).then_some(Why::InView)
}

/// "Six hours and 39 minutes afterwards, Armstrong stepped out", "She sank two hours and
/// forty minutes afterwards", "Ten minutes later Perišić levelled": a time counted from an
/// event the sentence before tells, so the card cannot say after what (issue 10, round 18:
/// rated B in every form). "Aldrin followed him 19 minutes later" names what it follows.
fn after_earlier_event(text: &str, q: &Quantity) -> bool {
    if q.kind != Kind::Duration {
        return false;
    }
    let after = text[q.span.end..].trim_start().to_lowercase();
    let word = after
        .split(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or_default();
    let opens = text[..q.span.start].trim().is_empty();
    // "The ship hit an iceberg at 23:40. She sank two hours and forty minutes afterwards.":
    // joined, the sentence before says after what, when it dates its event.
    let head = &text[..q.span.start];
    let dated_before = head.contains(". ")
        && crate::quantity::find(head)
            .iter()
            .any(|o| matches!(o.kind, Kind::Time | Kind::Date));
    matches!(word, "afterwards" | "afterward") && !dated_before || opens && word == "later"
}

/// The deck's own year as the answer: in the deck of "The 1903 Tour de France", "rename
/// the paper L'Auto in _____" is answered from the title (round 38: B and C); in the
/// December 2000 release, "the last 3 months of _____ … against the whole of 1999" is the
/// year before's next (round 26: C in every form).
pub(super) fn own_year(found: &[Quantity], k: usize, about: Option<i32>) -> bool {
    let year = |q: &Quantity| match q.value {
        crate::quantity::Value::Year(y) if q.kind == Kind::Year => Some(y),
        _ => None,
    };
    let (Some(y), Some(about)) = (year(&found[k]), about) else {
        return false;
    };
    // "…of 2000, against … for the whole of _____": the year before the deck's, beside
    // it, is the one a reader guesses (rounds 26 and 43: C).
    let beside = found.iter().filter_map(year).any(|o| o == about);
    y == about || y == about - 1 && beside
}

/// "won nine gold medals, taking the 100 m, 200 m and 4 × 100 m relay at three Games in a
/// row": one count is the other times the races listed, so each gives the other away
/// (round 25: rated C in every form).
fn per_race(found: &[Quantity], k: usize) -> bool {
    let races = found
        .iter()
        .filter(|q| matches!(q.value, crate::quantity::Value::Amount { unit, .. } if unit.dim == crate::quantity::Dimension::Length))
        .count() as f64;
    let count = |q: &Quantity| (q.kind == Kind::Count).then(|| q.value.number()).flatten();
    let Some(n) = count(&found[k]) else {
        return false;
    };
    races >= 2.0
        && found
            .iter()
            .enumerate()
            .filter(|(j, _)| *j != k)
            .filter_map(|(_, q)| count(q))
            .any(|m| m >= 2.0 && (n == m * races || m == n * races))
}

/// "World Champion eleven times, winning the 100 m, 200 m and 4 × 100 metres relay one after
/// another from 2009 to 2015; the only gap was a false start in 2011": a count of times
/// whose own clause goes on to list what was won and over which years can be worked out from
/// it, three events at four championships less one (round 55: C in two forms). Cut before
/// the list (`import::cut`), the count is asked.
fn times_spelled_out(text: &str, found: &[Quantity], k: usize) -> bool {
    let q = &found[k];
    let times = q.noun.as_deref().is_some_and(|n| n.starts_with("time"));
    let rest = &text[q.span.end..];
    let Some(clause) = rest.strip_prefix(" times, ") else {
        return false;
    };
    let participle = opens_on_participle(clause);
    let span = found[k + 1..]
        .iter()
        .find(|o| o.kind == Kind::Year && o.range.is_some());
    let listed = span.is_some_and(|o| {
        let upto = &text[q.span.end..o.span.start];
        upto.contains(", ") && upto.contains(" and ")
    });
    // "two times, running 19.30 seconds in 2008 and 19.19 seconds in 2009": a year for
    // each time.
    let years = found[k + 1..]
        .iter()
        .filter(|o| o.kind == Kind::Year && o.range.is_none())
        .count();
    let each_dated = years >= 2 && q.value.number() == Some(years as f64);
    q.kind == Kind::Count && times && participle && (listed || each_dated)
}

/// Whether `clause` opens on a participle ("winning the 100 m…"); "during" and "according"
/// are none.
pub(crate) fn opens_on_participle(clause: &str) -> bool {
    clause.split_whitespace().next().is_some_and(|w| {
        w.len() > 4
            && w.ends_with("ing")
            && w.starts_with(char::is_lowercase)
            && !matches!(w, "during" | "according")
    })
}

/// "…to make it 3–2 after the first 15 minutes of extra time, … so the game ended 4–2 after
/// the extra 30 minutes": a time twice one its sentence calls the first half of it follows
/// from it (rounds 52–54: 19, 23 and 37 minutes offered, C each time).
fn twice_its_first_half(text: &str, found: &[Quantity], k: usize) -> bool {
    let q = &found[k];
    let in_base = |o: &Quantity| match o.value {
        crate::quantity::Value::Amount { amount, unit } if o.kind == Kind::Duration => {
            Some(amount * unit.factor)
        }
        _ => None,
    };
    let Some(whole) = in_base(q) else {
        return false;
    };
    found.iter().enumerate().any(|(j, o)| {
        let first = text[..o.span.start]
            .trim_end()
            .to_lowercase()
            .ends_with("first");
        j != k && first && in_base(o).is_some_and(|half| (2.0 * half - whole).abs() < 1e-6)
    })
}

/// "The weather in those two months", "these two trade-sensitive industries": a count
/// right after "these" or "those" counts things an earlier sentence named, and the card
/// would ask the page rather than the fact (issue 10, round 12: rated C).
fn after_demonstrative(text: &str, q: &Quantity) -> bool {
    let before = text[..q.span.start].trim_end().to_lowercase();
    let last = before.rsplit(|c: char| !c.is_alphanumeric()).next();
    matches!(last, Some("these" | "those"))
}

/// "about 88 to 92% hydrogen, 8 to 12% helium, and 1% other gases": shares that make up a
/// whole give each other away (100 less the rest), and options for one would add up past
/// the whole (issue 10, round 12: rated C, in view by arithmetic).
fn shares_of_a_whole(found: &[Quantity], k: usize) -> bool {
    let middle = |q: &Quantity| {
        let low = q.value.number()?;
        let high = q
            .range
            .as_ref()
            .map_or(Some(low), |e| e.high.value.number())?;
        Some((low + high) / 2.0)
    };
    let shares: Vec<f64> = found
        .iter()
        .filter(|q| q.kind == Kind::Percent)
        .filter_map(middle)
        .collect();
    let ranged = found
        .iter()
        .any(|q| q.kind == Kind::Percent && q.range.is_some());
    let slack = if ranged { 2.0 } else { 0.5 };
    found[k].kind == Kind::Percent
        && shares.len() >= 2
        && (shares.iter().sum::<f64>() - 100.0).abs() <= slack
}

/// Counts this many or fewer in a sentence are searched for a sum; beyond, none is.
const MAX_SUMMED: usize = 10;

/// A count that the sentence's other counts add up to, or that adds up with some of them
/// to another: "Sixty cyclists took the start: 49 from France, 4 from Belgium, 4 from
/// Switzerland, 2 from Germany and one from Italy" gives 49 as 60 − 4 − 4 − 2 − 1 (issue
/// 10, rubric C: the answer in view by arithmetic). A total under 10 is left alone: small
/// figures add up by chance.
fn derivable(found: &[Quantity], k: usize) -> bool {
    let counts: Vec<(usize, f64)> = found
        .iter()
        .enumerate()
        .filter(|(_, q)| q.kind == Kind::Count)
        .filter_map(|(j, q)| Some((j, q.value.number()?)))
        .collect();
    if counts.len() < 3 || counts.len() > MAX_SUMMED || !counts.iter().any(|(j, _)| *j == k) {
        return false;
    }
    let x = found[k].value.number().unwrap_or_default();
    counts
        .iter()
        .filter(|(j, t)| *j != k && *t >= 10.0)
        .any(|&(t_at, total)| {
            let rest: Vec<f64> = counts
                .iter()
                .filter(|(j, _)| *j != k && *j != t_at)
                .map(|(_, v)| *v)
                .collect();
            let adds_up = subset_sums(&rest)
                .any(|(_, sum)| (x + sum - total).abs() < 1e-9 || (x - total - sum).abs() < 1e-9);
            adds_up
        })
}

/// A day whose month the sentence prints with its year: "grew by 387,000 in January 2000 …
/// the pay period including _____" for January 12 shows half the answer, and options in
/// other months are plainly wrong (rounds 33–35: C in every form).
fn month_in_view(text: &str, found: &[Quantity], k: usize) -> bool {
    use crate::quantity::Value;
    let q = &found[k];
    let Value::Date(d) = q.value else {
        return false;
    };
    if d.day.is_none() || d.year.is_some() {
        return false;
    }
    // "in January" as the release writes it before its month is dated counts too.
    let name = crate::quantity::month_name(d.month);
    let elsewhere = |at: usize| {
        let end = at + name.len();
        let word_start = at == 0 || !text[..at].ends_with(char::is_alphanumeric);
        let word_end = !text[end..].starts_with(char::is_alphanumeric);
        let digits = text[end..]
            .trim_start()
            .chars()
            .take_while(char::is_ascii_digit)
            .count();
        let day_after = (1..=2).contains(&digits);
        (at < q.span.start || at >= q.span.end) && word_start && word_end && !day_after
    };
    text.match_indices(name).any(|(at, _)| elsewhere(at))
}

/// A measure a "so" draws from the sentence's other measures, which add up to it: "the lake
/// bed lies 1,186.5 m under sea level, yet beneath it are roughly 7 km of sediment, so the
/// floor of the rift is some 8–11 km beneath the surface" (rounds 31–34: C, options and
/// swaps the prompt's own sum rules out).
fn summed_into(text: &str, found: &[Quantity], k: usize) -> bool {
    use crate::quantity::Value;
    let q = &found[k];
    let Value::Amount { unit, amount } = q.value else {
        return false;
    };
    let before = text[..q.span.start].to_lowercase();
    if !before.contains(" so ") && !before.contains(", making") {
        return false;
    }
    let high = match q.range.as_deref() {
        Some(ends) => ends.high.value.number().unwrap_or(amount),
        None => amount,
    };
    let others: Vec<f64> = found
        .iter()
        .enumerate()
        .filter(|(j, o)| *j != k && o.span.end <= q.span.start)
        .filter_map(|(_, o)| match o.value {
            Value::Amount { unit: u, amount: a } if u.dim == unit.dim => Some(u.convert(a, unit)),
            _ => None,
        })
        .take(MAX_SUMMED)
        .collect();
    let slack = if q.range.is_some() {
        0.0
    } else {
        0.05 * amount.abs()
    };
    let sums_to =
        subset_sums(&others).any(|(n, sum)| n >= 2 && sum >= amount - slack && sum <= high + slack);
    sums_to
}

/// The sum of every non-empty subset of `values` (at most [`MAX_SUMMED`] of them), with how
/// many values it adds.
fn subset_sums(values: &[f64]) -> impl Iterator<Item = (u32, f64)> + '_ {
    (1u32..(1 << values.len())).map(move |mask| {
        let sum = (0..values.len())
            .filter(|b| mask & (1 << b) != 0)
            .map(|b| values[b])
            .sum();
        (mask.count_ones(), sum)
    })
}

/// A decade asked beside a year inside it: "the famine of the 1840s: the 1845 Irish famine
/// and the 1846 Highland famine" shows the decade twice over.
fn decade_in_view(text: &str, found: &[Quantity], k: usize) -> bool {
    let q = &found[k];
    let crate::quantity::Value::Year(decade) = q.value else {
        return false;
    };
    let after = text.get(q.span.end..).unwrap_or_default();
    let is_decade = decade % 10 == 0 && after.starts_with(['s', '\'', '’']);
    is_decade
        && found.iter().enumerate().any(|(j, o)| {
            j != k
                && matches!(o.value, crate::quantity::Value::Year(y) | crate::quantity::Value::Date(crate::quantity::Date { year: Some(y), .. }) if y / 10 == decade / 10)
        })
}

/// "Pan Am ordered 25 in April 1966, and late in 1966 …": a year asked beside a date in that
/// year is printed there (issue 10, round 18: rated C).
fn year_in_view(found: &[Quantity], k: usize) -> bool {
    use crate::quantity::{Date, Value};
    let Value::Year(year) = found[k].value else {
        return false;
    };
    found.iter().enumerate().any(|(j, o)| {
        j != k && matches!(o.value, Value::Date(Date { year: Some(y), .. }) if y == year)
    })
}

/// "make it 3–2 …, and he scored again …, so the game ended 4–2": two scores of one sentence
/// a goal apart each give the other away (round 19). The other need not be read as a score
/// itself ("make it 3–2" is not, `quantity::score`), so the sentence's dashed pairs are read
/// (round 44: 4–2 asked beside "make it 3–2", rated C typed and as a choice).
fn score_a_goal_apart(text: &str, found: &[Quantity], k: usize) -> bool {
    let q = &found[k];
    let Some((a, b)) = (q.kind == Kind::Score)
        .then(|| q.value.number().map(crate::quantity::score::sides))
        .flatten()
    else {
        return false;
    };
    dashed_pairs(text)
        .into_iter()
        .any(|(at, (x, y))| !q.span.contains(&at) && a.abs_diff(x) + b.abs_diff(y) == 1)
}

/// Each "3–2" of `text`: two numbers of one or two digits joined by a dash, with where the
/// first starts.
fn dashed_pairs(text: &str) -> Vec<(usize, (u32, u32))> {
    let bytes = text.as_bytes();
    let digits_from = |i: usize| {
        let n = bytes[i..].iter().take_while(|b| b.is_ascii_digit()).count();
        (n > 0 && n <= 2 && bytes.get(i + n).is_none_or(|b| !b.is_ascii_digit())).then_some(n)
    };
    let mut out = Vec::new();
    for (i, _) in text.char_indices() {
        if i > 0 && bytes[i - 1].is_ascii_digit() {
            continue;
        }
        let Some(n) = digits_from(i) else { continue };
        let Some(dash) = text[i + n..]
            .chars()
            .next()
            .filter(|c| matches!(c, '–' | '-' | '—'))
        else {
            continue;
        };
        let j = i + n + dash.len_utf8();
        let Some(m) = (j < bytes.len()).then(|| digits_from(j)).flatten() else {
            continue;
        };
        if let (Ok(x), Ok(y)) = (text[i..i + n].parse(), text[j..j + m].parse()) {
            out.push((i, (x, y)));
        }
    }
    out
}

/// "in the late 1320s or 1330s": two decades side by side each point at the other (issue
/// 10, round 18: rated C typed and as a choice).
fn decades_side_by_side(text: &str, found: &[Quantity], k: usize) -> bool {
    let decade = |q: &Quantity| match q.value {
        crate::quantity::Value::Year(y) if y % 10 == 0 => text
            .get(q.span.end..)
            .is_some_and(|after| after.starts_with(['s', '\'', '’']))
            .then_some(y),
        _ => None,
    };
    let Some(asked) = decade(&found[k]) else {
        return false;
    };
    found.iter().enumerate().any(|(j, o)| {
        let (first, second) = if j < k {
            (o, &found[k])
        } else {
            (&found[k], o)
        };
        let between = text
            .get(first.span.end..second.span.start)
            .unwrap_or_default()
            .trim_start_matches(['s', '\'', '’'])
            .trim();
        j != k
            && decade(o).is_some_and(|d| (d - asked).abs() == 10)
            && matches!(between, "or" | "and" | "to" | "–" | "-")
    })
}

/// "About one million people died and a million more emigrated": the same figure written
/// again as "a million", which the finder does not count as a figure, so the blank would
/// leave it in view (issue 10, round 7: rated C).
fn scale_word_elsewhere(text: &str, q: &Quantity) -> bool {
    let Some(n) = q.value.number() else {
        return false;
    };
    let words = [
        ("a hundred", 1e2),
        ("a thousand", 1e3),
        ("a million", 1e6),
        ("a billion", 1e9),
    ];
    let lower = text.to_lowercase();
    words.iter().any(|(word, scale)| {
        n == *scale
            && lower.match_indices(word).any(|(at, _)| {
                let end = at + word.len();
                let outside = end <= q.span.start || at >= q.span.end;
                let bounded = !lower[end..].starts_with(char::is_alphanumeric)
                    && !lower[..at].ends_with(char::is_alphanumeric);
                outside && bounded
            })
    })
}

/// A century asked beside a year inside it: "through the 19th and 20th centuries, and then
/// the WHO certified in 1979…" gives the 20th away (issue 10, round 7: rated C).
fn century_in_view(found: &[Quantity], k: usize) -> bool {
    let q = &found[k];
    let century = q.noun.as_deref().is_some_and(|n| n.starts_with("centur"));
    let Some(n) = q
        .value
        .number()
        .filter(|_| q.kind == Kind::Ordinal && century)
    else {
        return false;
    };
    found.iter().enumerate().any(|(j, o)| {
        let year = match o.value {
            crate::quantity::Value::Year(y) => Some(y),
            crate::quantity::Value::Date(d) => d.year,
            _ => None,
        };
        j != k && year.is_some_and(|y| y > 0 && f64::from((y - 1) / 100 + 1) == n)
    })
}

/// "through the 19th and 20th centuries": of two ordinals one apart, joined by "and" or
/// "to", either gives the other away (issue 10, round 13: rated C).
fn next_ordinal(text: &str, found: &[Quantity], k: usize) -> bool {
    let joined = |a: &Quantity, b: &Quantity| {
        let gap = text
            .get(a.span.end..b.span.start)
            .unwrap_or_default()
            .trim();
        let one_apart =
            matches!((a.value.number(), b.value.number()), (Some(x), Some(y)) if y - x == 1.0);
        a.kind == Kind::Ordinal
            && b.kind == Kind::Ordinal
            && one_apart
            && matches!(gap, "and" | "to")
    };
    found.get(k + 1).is_some_and(|n| joined(&found[k], n))
        || k > 0 && joined(&found[k - 1], &found[k])
}

/// "at consecutive Games (2008 and 2012)": one year of a run in a row gives the other away
/// (issue 10, round 9: rated C).
fn consecutive(text: &str, found: &[Quantity], k: usize) -> bool {
    let lower = text.to_lowercase();
    let in_a_row = ["consecutive", "in a row", "back-to-back", "successive"]
        .iter()
        .any(|w| lower.contains(w));
    let year = |q: &Quantity| match q.value {
        crate::quantity::Value::Year(y) => Some(y),
        _ => None,
    };
    let Some(y) = year(&found[k]) else {
        return false;
    };
    in_a_row
        && found
            .iter()
            .enumerate()
            .any(|(j, o)| j != k && year(o).is_some_and(|x| x != y && (x - y).abs() <= 4))
}

/// Words that say two figures of a sentence are about equal.
const SAME: &[&str] = &["the same as", "unchanged from", "little changed from"];

/// "stood at 4.0 percent …, essentially the same as in the 3 months before (4.1 percent)":
/// either figure, asked, is given away by the other (issue 10, round 10: rated C, and its
/// true/false swap to 5.1 contradicted the sentence).
fn same_as(text: &str, found: &[Quantity], k: usize) -> bool {
    let q = &found[k];
    found.iter().enumerate().any(|(j, o)| {
        let (a, b) = if o.span.start < q.span.start {
            (o, q)
        } else {
            (q, o)
        };
        let between = text.get(a.span.end..b.span.start).unwrap_or_default();
        j != k && o.kind == q.kind && SAME.iter().any(|w| between.to_lowercase().contains(w))
    })
}

/// "the third host to do so after Uruguay in 1930 and Italy in 1934", "the third brightest
/// object in the night sky; only the Moon and Venus outshine it": an ordinal whose sentence
/// names all that rank before it gives itself away (issue 10, rounds 12 and 12b: rated C).
fn ranked_after(text: &str, q: &Quantity) -> bool {
    let Some(n) = q.value.number() else {
        return false;
    };
    if q.kind != Kind::Ordinal || !(2.0..=12.0).contains(&n) || n.fract() != 0.0 {
        return false;
    }
    let lower = text.to_lowercase();
    ["after ", "only "].iter().any(|marker| {
        lower.match_indices(marker).any(|(at, _)| {
            let word_start = at == 0 || !lower[..at].ends_with(char::is_alphanumeric);
            let clause = text[at + marker.len()..]
                .split([',', ';', ':', '.', '(', ')', '—', '–'])
                .next()
                .unwrap_or_default();
            word_start && named(clause).is_some_and(|len| len as f64 == n - 1.0)
        })
    })
}

/// How many names a clause lists at its start ("the Moon and Venus outshine it" is two,
/// "Uruguay in 1930 and Italy in 1934" two), if it opens with one.
fn named(clause: &str) -> Option<usize> {
    let mut items: Vec<&str> = clause.split(',').collect();
    let last = items.pop()?;
    items.extend(last.splitn(2, " and "));
    let count = items.len();
    items.iter().enumerate().try_for_each(|(i, item)| {
        let words: Vec<&str> = item.split_whitespace().collect();
        let words = match words.first() {
            Some(&("the" | "The")) => &words[1..],
            _ => &words[..],
        };
        let name = words.iter().take_while(|w| starts_name(w)).count();
        // What may follow a name: its year ("Uruguay in 1930"), or, after the last one, the
        // rest of the clause ("Venus outshine it").
        let rest = &words[name..];
        let dated = matches!(rest, [p, y] if ["in", "at", "on"].contains(p) && y.starts_with(|c: char| c.is_ascii_digit()));
        let fits = (1..=4).contains(&name) && (rest.is_empty() || dated || i == count - 1);
        fits.then_some(())
    })?;
    Some(count)
}

/// "the other two giants, Uranus and Neptune, are ice giants": names set off by commas
/// right after the counted noun (issue 10, round 13: rated C).
fn apposition(rest: &str) -> Option<usize> {
    let mut pieces = rest.split(',');
    let noun = pieces.next()?;
    let names = pieces.next()?;
    pieces.next()?; // The apposition closes with a comma.
    if noun.split_whitespace().count() > 3 {
        return None;
    }
    let items = split_items(names);
    (items.len() >= 2 && items.iter().all(|i| is_name(i))).then_some(items.len())
}

/// `text` with its bracketed asides removed: "Andersen AFB (Guam), Honolulu".
fn without_brackets(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut depth = 0usize;
    for c in text.chars() {
        match c {
            '(' => depth += 1,
            ')' => depth = depth.saturating_sub(1),
            _ if depth == 0 => out.push(c),
            _ => {}
        }
    }
    out
}

/// A year the sentence also writes short: "In 1847 … a year remembered as \"Black '47\"".
fn abbreviated_elsewhere(text: &str, q: &Quantity) -> bool {
    let crate::quantity::Value::Year(year) = q.value else {
        return false;
    };
    let short = format!("{:02}", year.rem_euclid(100));
    ['\'', '’'].iter().any(|mark| {
        text.match_indices(&format!("{mark}{short}"))
            .any(|(at, m)| !text[at + m.len()..].starts_with(|c: char| c.is_ascii_digit()))
    })
}

/// The lengths of the lists in `text` whose items are names or figures: "A, B and C",
/// "A and B", "(2008, 2012 and 2016)".
fn lists(text: &str) -> Vec<usize> {
    let mut out = Vec::new();
    // A list ends with its sentence ("three men: Armstrong, Collins and Aldrin. The Saturn
    // V carried them" in a fact joined to the sentence after it).
    let text = text.replace("--", "—").replace(". ", "\u{1}");
    for (at, clause) in text
        .split([':', ';', '(', ')', '—', '–', '\u{1}'])
        .enumerate()
    {
        let items = split_items(clause);
        // "increases in just two areas-- construction and the Federal government": right
        // after the counted noun's own clause, short items of any case are the list.
        if items.len() >= 2 && items.iter().all(|i| is_name(i)) {
            out.push(items.len());
        } else if at == 1 {
            let raw = raw_items(clause);
            if raw.len() >= 2
                && raw
                    .iter()
                    .all(|i| (1..=4).contains(&i.split_whitespace().count()))
            {
                out.push(raw.len());
            }
        }
    }
    out
}

/// The items of a list clause: the comma-separated parts, the last split on "and"/"or". The
/// words before the first item ("were", "the basins") are cut off at the last lower-case word.
fn split_items(clause: &str) -> Vec<String> {
    let clause = clause.trim().trim_end_matches(['.', ',']);
    let mut parts: Vec<String> = clause.split(',').map(|p| p.trim().to_string()).collect();
    let Some(last) = parts.pop() else {
        return Vec::new();
    };
    let tail: Vec<&str> = last.splitn(2, " and ").collect();
    let tail = if tail.len() == 2 {
        tail
    } else {
        last.splitn(2, " or ").collect()
    };
    if tail.len() != 2 {
        return Vec::new();
    }
    parts.extend(tail.iter().map(|t| t.trim().to_string()));
    // "the HMHS Britannic and the RMS Olympic": an article before a name is no lead-in.
    for part in parts.iter_mut().skip(1) {
        if let Some(rest) = part.strip_prefix("the ") {
            *part = rest.to_string();
        }
    }
    // The first part may carry the words that lead into the list.
    let first = parts[0].clone();
    let words: Vec<&str> = first.split_whitespace().collect();
    let lead = words
        .iter()
        .rposition(|w| !starts_name(w))
        .map_or(0, |p| p + 1);
    parts[0] = words[lead..].join(" ");
    // The last item ends at its first lower-case word ("Aldrin flew" is "Aldrin").
    let last = parts.len() - 1;
    let words: Vec<&str> = parts[last].split_whitespace().collect();
    let end = words
        .iter()
        .position(|w| !starts_name(w))
        .unwrap_or(words.len());
    parts[last] = words[..end].join(" ");
    parts
}

/// The items of a list clause as written: "construction and the Federal government".
fn raw_items(clause: &str) -> Vec<String> {
    let clause = clause.trim().trim_end_matches(['.', ',']);
    let mut parts: Vec<&str> = clause.split(',').collect();
    let Some(last) = parts.pop() else {
        return Vec::new();
    };
    parts.extend(last.splitn(2, " and "));
    parts.iter().map(|p| p.trim().to_string()).collect()
}

fn starts_name(word: &str) -> bool {
    word.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
}

/// An item of at most four words, each a capitalised word or a figure.
fn is_name(item: &str) -> bool {
    let words: Vec<&str> = item.split_whitespace().collect();
    !words.is_empty() && words.len() <= 4 && words.iter().all(|w| starts_name(w))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn in_view(text: &str) -> Vec<String> {
        crate::screen::kept_out(text, why)
    }

    #[test]
    fn the_decks_own_year_gives_itself_away() {
        let text = "In the last 3 months of 2000, it grew by 77,000 a month, against 229,000 for the whole of 1999.";
        let found = crate::quantity::find(text);
        let at = |y: &str| found.iter().position(|q| q.text == y).unwrap();
        assert!(own_year(&found, at("2000"), Some(2000)));
        assert!(!own_year(&found, at("2000"), None), "a deck of no year");
        assert!(
            own_year(&found, at("1999"), Some(2000)),
            "the year before, beside it"
        );
        assert!(
            !own_year(&found, at("1999"), Some(2001)),
            "another deck's year"
        );
        let text = "Made to rename the paper L'Auto in 1903, Desgrange needed readers.";
        let found = crate::quantity::find(text);
        assert!(own_year(&found, 0, Some(1903)), "the year the title names");
    }

    #[test]
    fn counts_spelled_out_in_their_sentence() {
        let cases: &[(&str, &[&str], &str)] = &[
            ("Its crew was three men: Armstrong, Collins and Aldrin.", &["three"], "names after a colon"),
            ("the country's three official languages — German, French and Italian", &["three"], "names after a dash"),
            ("Three basins make up the lake – North, Central and South – which reach depths of about 900 m.", &["Three"], "a list between dashes"),
            ("the only sprinter to take the titles at three straight Olympics (2008, 2012 and 2016).", &["three"], "years in brackets"),
            ("Its crew was three men: Armstrong and Aldrin walked.", &[], "two names for three"),
            ("Its crew was three men, who flew for 8 days.", &[], "no list"),
            ("He broke the record two times, running 19.30 seconds in 2008 and 19.19 seconds in 2009.", &["two"], "a year for each time"),
            ("He broke the record three times, running 19.30 seconds in 2008 and 19.19 seconds in 2009.", &[], "fewer years than times"),
            ("Two ships, the Carpathia and the Californian, were near.", &["Two"], "a list inside commas"),
            ("Jupiter and Saturn are gas giants; the other two giants, Uranus and Neptune, are ice giants.", &["two"], "names set off by commas"),
            ("Two ships, the largest of the fleet, were near.", &[], "an apposition that names nothing"),
            ("It is one of just two supersonic transports ever run commercially; the other is the Tu-144.", &["two"], "the other of two"),
            ("Two of the three engines failed; the other ran.", &[], "the other of three"),
            ("Two teams played; the others watched.", &[], "the others: more than one"),
            ("Two main routes lead up: one reaches the top from Nepal, the other comes from Tibet.", &["Two"], "one, then the other"),
            ("In 1847 the famine was at its worst, a year remembered as \"Black '47\".", &["1847"], "the year written short"),
            ("In 1847 the famine was at its worst, as in '470 BC'.", &[], "other digits"),
            ("Sixty cyclists started: 49 from France, 5 from Belgium, 4 from Switzerland, 2 from Germany.", &["Sixty", "49", "5", "4", "2"], "the parts add up to the total"),
            ("The alliance had 12 founding members and 29 members by 2017, after 17 joined.", &["12", "29", "17"], "12 + 17 = 29"),
            ("The alliance had 12 founding members and 29 members by 2017, after 16 joined.", &[], "no sum"),
            ("There were 2 ships, 3 boats and 5 crews.", &[], "a total under 10 adds up by chance"),
            ("The famine of the 1840s: the 1845 Irish famine and the 1846 Highland famine.", &["1840"], "a decade beside its years"),
            ("The famine of the 1840s came before the war of 1914.", &[], "a year in another decade"),
            ("It began in the late 1320s or 1330s, and reached the Crimea in 1346.", &["1320", "1330"], "two decades side by side"),
            ("It began in the 1320s, and in the 1330s it spread.", &[], "two decades apart in the sentence"),
            ("England led 3–2, then scored again, so the game ended 4–2.", &["3–2", "4–2"], "two scores a goal apart"),
            ("North Korea beat Italy 1–0, then lost 5–3 after being 3–0 up.", &[], "scores further apart"),
            ("Hurst scored to make it 3–2, and again in the last minute, so the game ended 4–2.", &["4–2"], "a goal after a pair not read as a score"),
            ("Pages 3-2 were torn, and the game ended 5–2.", &[], "a pair two goals off"),
            ("It was 3–2 after the first 15 minutes of extra time, and ended after the extra 30 minutes.", &["30 minutes"], "twice the first half of it"),
            ("It was 3–2 after 15 minutes of extra time, and ended after the extra 30 minutes.", &[], "no first half told"),
            ("Pan Am ordered 25 jets in April 1966, and late in 1966 engines were ordered.", &["1966"], "a year beside a date in it"),
            ("Pan Am ordered 25 jets in April 1966, and in 1967 engines were ordered.", &[], "a year beside a date in another"),
            ("Gains came in just two areas-- construction and the Federal government.", &["two"], "a short list after a dash"),
            ("Gains came in just three areas-- construction and the Federal government.", &[], "two items for three"),
            ("The bed lies 1,186.5 m under sea level, above roughly 7 km of sediment, so the rift floor is some 8–11 km down.", &["8–11 km"], "a sum the sentence draws"),
            ("The bed lies 1,186.5 m under sea level, above roughly 7 km of sediment, and the rift floor is some 8–11 km down.", &[], "no 'so'"),
            ("Payrolls grew by 387,000 in January 2000, a gain from the pay period including January 12.", &["January 12"], "a day whose month and year are in view"),
            ("Payrolls grew by 387,000 in January 2000, and by 100,000 on February 12.", &[], "a day of another month"),
            ("About one million people died and a million more emigrated.", &["one million", "a million"], "the figure again as a scale word"),
            ("About one million people died and a millionaire emigrated.", &[], "a word that starts like one"),
            ("Campaigns ran through the 19th and 20th centuries, and the WHO certified in 1979 that smallpox was gone.", &["19th", "20th"], "a year in the century, and two centuries one apart"),
            ("Vaccination spread in the 19th and 20th centuries.", &["19th", "20th"], "two centuries one apart"),
            ("He finished 3rd and then 5th.", &[], "ordinals two apart"),
            ("Campaigns ran through the 19th century, and the WHO acted in 1979.", &[], "a year in another century"),
            ("Bolt won at consecutive Games in 2008 and 2012.", &["2008", "2012"], "years of a run in a row"),
            ("Bolt won at consecutive Games (2008 and 2012).", &[], "a bracketed pair is one answer, asked whole"),
            ("Bolt won in 2008 and 2012.", &[], "two years, no run"),
            ("It flew round the world with six refuelling stops at Toulouse, Dubai, Bangkok, Andersen AFB (Guam), Honolulu and Acapulco.", &["six"], "a bracket inside the list"),
            ("It flew with five stops at Toulouse, Dubai, Bangkok, Andersen AFB (Guam), Honolulu and Acapulco.", &[], "six names for five"),
            ("The rate stood at 4.0 percent in January, essentially the same as in the 3 months before (4.1 percent).", &["4.0 percent", "4.1 percent"], "the same as"),
            ("The rate stood at 4.0 percent in January, up from 3.1 percent.", &[], "a change"),
            ("Her two sister ships were the HMHS Britannic and the RMS Olympic.", &["two"], "names with articles"),
            ("England were the third host to win after Uruguay in 1930 and Italy in 1934.", &["third"], "an ordinal after all that came before"),
            ("Jupiter is the third brightest object; only the Moon and Venus outshine it.", &["third"], "only those before it"),
            ("Spain became the third team, after Brazil in 2002, Italy and France, to win.", &[], "three before the third"),
            ("England were the fourth host to win after Uruguay in 1930 and Italy in 1934.", &[], "the fourth after two"),
            ("Bolt ran the fourth fastest time after a poor start and a slip.", &[], "no names after 'after'"),
            ("The weather in those two months was harsh, and 40,000 jobs went.", &["two months"], "a count of what an earlier sentence named"),
            ("Of the 12 founders, 10 remain.", &[], "no demonstrative"),
            ("Six hours and 39 minutes afterwards, Armstrong stepped out.", &["Six hours and 39 minutes"], "a time after the sentence before"),
            ("She sank two hours and forty minutes afterwards, at 02:20.", &["two hours and forty minutes"], "afterwards mid-sentence"),
            ("Ten minutes later Perišić levelled.", &["Ten minutes"], "later at the opening"),
            ("Aldrin followed him 19 minutes later.", &[], "later after what it follows"),
            ("She hit the iceberg and sank two hours later.", &[], "later mid-sentence"),
            ("Its atmosphere is about 88 to 92% hydrogen, 8 to 12% helium, and 1% other gases.", &["88 to 92%", "8 to 12%", "1%"], "shares of a whole"),
            ("Of the voters, 52% said yes and 48% said no.", &["52%", "48%"], "two shares"),
            ("The rate rose from 4.1% to 4.3%, and 66% took part.", &[], "no whole"),
        ];
        for (text, want, why) in cases {
            assert_eq!(in_view(text), *want, "{why}: {text}");
        }
    }
}
