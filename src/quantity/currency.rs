//! The currencies factdrill knows, and how each is written: one table for finding amounts in
//! facts and for reading them in answers.

/// A currency: its code, the signs written before an amount, and the words after one.
struct Written {
    code: &'static str,
    /// Symbols and codes before the number ("$", "US$", "Rs"), matched exactly.
    before: &'static [&'static str],
    /// Words after the number ("dollars", "crore rupees" ends in "rupees"), any case.
    after: &'static [&'static str],
}

const TABLE: &[Written] = &[
    Written {
        code: "USD",
        before: &["$", "US$", "USD"],
        after: &["dollars", "dollar"],
    },
    Written {
        code: "EUR",
        before: &["€", "EUR"],
        after: &["euros", "euro"],
    },
    Written {
        code: "GBP",
        before: &["£", "GBP"],
        after: &[],
    },
    Written {
        code: "JPY",
        before: &["¥", "JPY"],
        after: &["yen"],
    },
    Written {
        code: "INR",
        before: &["₹", "INR", "Rs", "Rs.", "₨"],
        after: &["rupees", "rupee"],
    },
    Written {
        code: "AUD",
        before: &["A$", "AU$", "AUD"],
        after: &[],
    },
    Written {
        code: "CAD",
        before: &["C$", "CA$", "CAD"],
        after: &[],
    },
    Written {
        code: "CHF",
        before: &["CHF"],
        after: &["francs", "franc"],
    },
    Written {
        code: "CNY",
        before: &["CNY", "RMB"],
        after: &["yuan", "renminbi"],
    },
];

/// Every currency code, for reading stored codes back.
pub fn codes() -> impl Iterator<Item = &'static str> {
    TABLE.iter().map(|w| w.code)
}

/// The currency a sign or code before an amount names ("$", "US$", "Rs.", "CHF").
pub fn before(sign: &str) -> Option<&'static str> {
    TABLE
        .iter()
        .find(|w| w.before.contains(&sign))
        .map(|w| w.code)
}

/// The plural a question asks a currency in ("how many dollars"), where it has one that
/// names no other thing ("pounds" is a weight too).
pub fn plural_name(code: &str) -> Option<&'static str> {
    TABLE
        .iter()
        .find(|w| w.code == code)
        .and_then(|w| w.after.first())
        .copied()
        .filter(|name| name.ends_with('s'))
}

/// The currency a word after an amount names ("dollars", "Rupees").
pub fn after(word: &str) -> Option<&'static str> {
    let lower = word.to_lowercase();
    TABLE
        .iter()
        .find(|w| w.after.contains(&lower.as_str()))
        .map(|w| w.code)
}

/// The currency any sign, code or word names, as a person might type it ("usd", "rs",
/// "pounds"): answers are read more loosely than facts. Where a measure is asked (`measure`),
/// "pounds" is the weight ("47.5 pounds" of lunar rock), not sterling.
pub fn loosely(word: &str, measure: bool) -> Option<&'static str> {
    if let Some(code) = before(word).or_else(|| after(word)) {
        return Some(code);
    }
    let lower = word.to_lowercase();
    if matches!(lower.as_str(), "pounds" | "pound") {
        return (!measure).then_some("GBP");
    }
    TABLE
        .iter()
        .find(|w| w.before.iter().any(|b| b.to_lowercase() == lower))
        .map(|w| w.code)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn signs_codes_and_words() {
        let cases = [
            (before("$"), Some("USD")),
            (before("Rs."), Some("INR")),
            (before("CHF"), Some("CHF")),
            (before("rs"), None),
            (after("Rupees"), Some("INR")),
            (after("yuan"), Some("CNY")),
            (after("pounds"), None),
            (loosely("rs", false), Some("INR")),
            (loosely("usd", false), Some("USD")),
            (loosely("pounds", false), Some("GBP")),
            (loosely("metres", false), None),
            (loosely("pounds", true), None),
        ];
        for (k, (got, want)) in cases.into_iter().enumerate() {
            assert_eq!(got, want, "case {k}");
        }
    }
}
