//! English number words, ordinal words, months and scale words.

const UNITS: [&str; 20] = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
];
const TENS: [&str; 10] = [
    "", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
];
const ORDINAL_UNITS: [&str; 20] = [
    "zeroth",
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
];
const ORDINAL_TENS: [&str; 10] = [
    "",
    "",
    "twentieth",
    "thirtieth",
    "fortieth",
    "fiftieth",
    "sixtieth",
    "seventieth",
    "eightieth",
    "ninetieth",
];
const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// The value of a number word below a hundred ("seven", "thirty-nine").
pub fn small_number(word: &str) -> Option<u32> {
    let w = word.to_lowercase();
    if let Some((tens, unit)) = w.split_once('-') {
        let t = TENS.iter().position(|&x| x == tens).filter(|&t| t >= 2)?;
        let u = UNITS[1..10].iter().position(|&x| x == unit)? + 1;
        return Some((t * 10 + u) as u32);
    }
    UNITS
        .iter()
        .position(|&x| x == w)
        .or_else(|| {
            TENS.iter()
                .position(|&x| x == w)
                .filter(|&t| t >= 2)
                .map(|t| t * 10)
        })
        .map(|n| n as u32)
}

/// The value of an ordinal word ("third", "twenty-first").
pub fn ordinal_word(word: &str) -> Option<u32> {
    let w = word.to_lowercase();
    if let Some((tens, unit)) = w.split_once('-') {
        let t = TENS.iter().position(|&x| x == tens).filter(|&t| t >= 2)?;
        let u = ORDINAL_UNITS[1..10].iter().position(|&x| x == unit)? + 1;
        return Some((t * 10 + u) as u32);
    }
    ORDINAL_UNITS
        .iter()
        .position(|&x| x == w)
        .or_else(|| {
            ORDINAL_TENS
                .iter()
                .position(|&x| x == w)
                .filter(|&t| t >= 2)
                .map(|t| t * 10)
        })
        .map(|n| n as u32)
}

/// Whether two words are at most one edit apart (a letter added, dropped, changed, or two
/// neighbours swapped): "sevn", "thrity", "Agust".
pub fn one_edit(a: &str, b: &str) -> bool {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    if a == b {
        return true;
    }
    let (short, long) = if a.len() <= b.len() {
        (&a, &b)
    } else {
        (&b, &a)
    };
    match long.len() - short.len() {
        0 => {
            let diff: Vec<usize> = (0..a.len()).filter(|&k| a[k] != b[k]).collect();
            match diff.as_slice() {
                [_] => true,
                [k, l] => *l == k + 1 && a[*k] == b[*l] && a[*l] == b[*k],
                _ => false,
            }
        }
        1 => {
            let k = (0..short.len())
                .find(|&k| short[k] != long[k])
                .unwrap_or(short.len());
            short[k..] == long[k + 1..]
        }
        _ => false,
    }
}

/// The one word of `words` that `typed` is a slip of (four letters or more, one edit),
/// hyphenated parts read one by one ("fourty-second").
fn loosely(typed: &str, exact: fn(&str) -> Option<u32>, words: &[&str]) -> Option<u32> {
    let w = typed.to_lowercase();
    if let Some(n) = exact(&w) {
        return Some(n);
    }
    if let Some((tens, unit)) = w.split_once('-') {
        let fix = |part: &str, list: &[&str]| -> Option<String> {
            if list.contains(&part) {
                return Some(part.to_string());
            }
            let mut near = list.iter().filter(|c| part.len() >= 4 && one_edit(part, c));
            match (near.next(), near.next()) {
                (Some(c), None) => Some(c.to_string()),
                _ => None,
            }
        };
        let tens = fix(tens, &TENS[2..])?;
        let unit = fix(unit, words)?;
        return exact(&format!("{tens}-{unit}"));
    }
    let mut near = words.iter().filter(|c| w.len() >= 4 && one_edit(&w, c));
    match (near.next(), near.next()) {
        (Some(c), None) => exact(c),
        _ => None,
    }
}

/// [`small_number`] for a typed answer, forgiving one slip ("fourty", "sevn", "thrity") and a
/// teen built on its unit word as children write it ("fiveteen", "threeteen").
pub fn small_number_loosely(word: &str) -> Option<u32> {
    let words: Vec<&str> = UNITS.iter().chain(&TENS[2..]).copied().collect();
    loosely(word, small_number, &words).or_else(|| {
        let unit = word.to_lowercase();
        let unit = small_number(unit.strip_suffix("teen")?)?;
        (3..=9).contains(&unit).then_some(10 + unit)
    })
}

/// The one word of `words` that `typed` is (case aside) or is a slip of: four letters or
/// more, one edit, and no other word as near ("millon" is million; "billon" billion).
pub fn word_loosely(typed: &str, words: &[&'static str]) -> Option<&'static str> {
    let w = typed.to_lowercase();
    if let Some(exact) = words.iter().find(|c| **c == w) {
        return Some(exact);
    }
    let mut near = words.iter().filter(|c| w.len() >= 4 && one_edit(&w, c));
    match (near.next(), near.next()) {
        (Some(c), None) => Some(c),
        _ => None,
    }
}

/// [`scale`] for a typed answer, forgiving one slip in a scale written out ("20 thousnd").
pub fn scale_loosely(word: &str) -> Option<f64> {
    scale(word).or_else(|| {
        word_loosely(
            word,
            &["hundred", "thousand", "million", "billion", "trillion"],
        )
        .and_then(scale)
    })
}

/// [`ordinal_word`] for a typed answer, forgiving one slip ("nineth", "fourty-second", "forth").
pub fn ordinal_word_loosely(word: &str) -> Option<u32> {
    let words: Vec<&str> = ORDINAL_UNITS
        .iter()
        .chain(&ORDINAL_TENS[2..])
        .copied()
        .collect();
    loosely(word, ordinal_word, &words)
}

/// A month name typed with one slip ("Agust", "Febuary", "Janury"): five letters or more, so
/// that no short word becomes a month.
pub fn month_loosely(word: &str) -> Option<u8> {
    if let Some(m) = month(word) {
        return Some(m);
    }
    let w = word.trim_end_matches('.').to_lowercase();
    // "29 Mai 1953": May as French and German write it, too short for a slip to be forgiven.
    if w == "mai" {
        return Some(5);
    }
    let mut near = MONTHS
        .iter()
        .enumerate()
        .filter(|(_, m)| w.len() >= 5 && one_edit(&w, m));
    match (near.next(), near.next()) {
        (Some((k, _)), None) => Some(k as u8 + 1),
        _ => None,
    }
}

/// A year said in words as people say years: "nineteen ninety-three", "twenty seventeen",
/// "nineteen oh five" (and "nineteen-oh-five"). The year and how many words it took.
pub fn year_words(words: &[&str]) -> Option<(i32, usize)> {
    let parts: Vec<String> = words
        .iter()
        .take(4)
        .flat_map(|w| w.split('-').map(str::to_lowercase).collect::<Vec<_>>())
        .collect();
    let count = |taken: usize| {
        // How many of `words` the first `taken` hyphen parts came from.
        let mut seen = 0;
        words
            .iter()
            .position(|w| {
                seen += w.split('-').count();
                seen >= taken
            })
            .map_or(words.len(), |k| k + 1)
    };
    let century = small_number_loosely(parts.first()?).filter(|c| (10..=29).contains(c))?;
    let rest: Vec<&str> = parts[1..].iter().map(String::as_str).collect();
    let (yy, used) = match rest.as_slice() {
        ["oh" | "o" | "nought", d, ..] => (small_number(d).filter(|&d| d < 10)?, 2),
        [t, u, ..] if TENS.contains(t) && small_number(u).is_some_and(|u| (1..10).contains(&u)) => {
            (small_number(t)? + small_number(u)?, 2)
        }
        [y, ..] => (small_number_loosely(y).filter(|&y| y >= 10)?, 1),
        [] => return None,
    };
    Some((century as i32 * 100 + yy as i32, count(1 + used)))
}

/// Writes a number below a hundred in words ("thirty-nine").
pub fn small_number_words(n: u32) -> Option<String> {
    match n {
        0..=19 => Some(UNITS[n as usize].to_string()),
        20..=99 if n.is_multiple_of(10) => Some(TENS[(n / 10) as usize].to_string()),
        20..=99 => Some(format!(
            "{}-{}",
            TENS[(n / 10) as usize],
            UNITS[(n % 10) as usize]
        )),
        _ => None,
    }
}

/// Writes an ordinal below a hundred in words ("twenty-first").
pub fn ordinal_words(n: u32) -> Option<String> {
    match n {
        0..=19 => Some(ORDINAL_UNITS[n as usize].to_string()),
        20..=99 if n.is_multiple_of(10) => Some(ORDINAL_TENS[(n / 10) as usize].to_string()),
        20..=99 => Some(format!(
            "{}-{}",
            TENS[(n / 10) as usize],
            ORDINAL_UNITS[(n % 10) as usize]
        )),
        _ => None,
    }
}

/// The English suffix of an ordinal number ("st", "nd", "rd", "th").
pub fn ordinal_suffix(n: u64) -> &'static str {
    match (n % 10, n % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    }
}

/// The month number (1-12) of a month name or its abbreviation ("Sept", "apr").
pub fn month(word: &str) -> Option<u8> {
    let w = word.trim_end_matches('.').to_lowercase();
    if w.len() < 3 {
        return None;
    }
    let found = MONTHS.iter().position(|&m| m == w).or_else(|| {
        // Abbreviations: a prefix of three or four letters ("Sep", "Sept"), never "mar" alone
        // confused with a word: callers only ask where a date is plausible.
        (w.len() <= 4)
            .then(|| MONTHS.iter().position(|&m| m.starts_with(&w)))
            .flatten()
    })?;
    Some(found as u8 + 1)
}

/// The English month names, January first.
pub const MONTH_NAMES: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// The English name of a month (1-12).
pub fn month_name(m: u8) -> &'static str {
    MONTH_NAMES[(m.clamp(1, 12) - 1) as usize]
}

/// A scale word and its factor ("million" → 1e6); also the short forms people type.
pub fn scale(word: &str) -> Option<f64> {
    match word.to_lowercase().as_str() {
        "hundred" => Some(1e2),
        "thousand" | "k" => Some(1e3),
        "million" | "millions" | "mn" | "mio" | "mil" | "mill" | "m" => Some(1e6),
        "billion" | "billions" | "bn" | "b" => Some(1e9),
        "trillion" | "trillions" | "tn" | "t" => Some(1e12),
        "lakh" | "lakhs" => Some(1e5),
        "crore" | "crores" => Some(1e7),
        _ => None,
    }
}

/// Whether a scale word is one that appears written out in prose (not "k" or "bn").
pub fn is_prose_scale(word: &str) -> bool {
    matches!(
        word.to_lowercase().as_str(),
        "thousand" | "million" | "billion" | "trillion" | "lakh" | "lakhs" | "crore" | "crores"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forgives_one_slip_in_a_scale_word_but_never_another_scale() {
        let cases = [
            ("thousnd", Some(1e3)),
            ("milion", Some(1e6)),
            ("billon", Some(1e9)),
            ("billion", Some(1e9)),
            ("zillion", None), // one edit from million and billion alike
            ("mil", Some(1e6)),
            ("bill", None),
        ];
        for (word, want) in cases {
            assert_eq!(scale_loosely(word), want, "{word}");
        }
        assert_eq!(small_number_loosely("fiveteen"), Some(15));
        assert_eq!(small_number_loosely("twoteen"), None);
    }

    #[test]
    fn reads_number_words() {
        let cases = [
            ("seven", Some(7)),
            ("Eight", Some(8)),
            ("Thirty-nine", Some(39)),
            ("twenty", Some(20)),
            ("nineteen", Some(19)),
            ("twenty-ten", None),
            ("ten-five", None),
            ("seventh", None),
        ];
        for (w, want) in cases {
            assert_eq!(small_number(w), want, "{w}");
        }
    }

    #[test]
    fn reads_ordinal_words() {
        let cases = [
            ("third", Some(3)),
            ("twenty-first", Some(21)),
            ("fortieth", Some(40)),
            ("three", None),
        ];
        for (w, want) in cases {
            assert_eq!(ordinal_word(w), want, "{w}");
        }
    }

    #[test]
    fn writes_numbers_back() {
        for n in 0..100 {
            let w = small_number_words(n).unwrap();
            assert_eq!(small_number(&w), Some(n), "{w}");
            let o = ordinal_words(n).unwrap();
            assert_eq!(ordinal_word(&o), Some(n), "{o}");
        }
    }

    #[test]
    fn ordinal_suffixes() {
        let cases = [
            (1, "st"),
            (2, "nd"),
            (3, "rd"),
            (4, "th"),
            (11, "th"),
            (12, "th"),
            (13, "th"),
            (21, "st"),
            (45, "th"),
            (112, "th"),
        ];
        for (n, s) in cases {
            assert_eq!(ordinal_suffix(n), s, "{n}");
        }
    }

    #[test]
    fn reads_months() {
        let cases = [
            ("April", Some(4)),
            ("sept", Some(9)),
            ("Sep.", Some(9)),
            ("Dec", Some(12)),
            ("ma", None),
            ("Monday", None),
        ];
        for (w, want) in cases {
            assert_eq!(month(w), want, "{w}");
        }
    }
}
