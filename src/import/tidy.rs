//! What a sentence carries about its page rather than its subject: cross-references to the
//! page's tables ("(See tables .)", in every BLS release of the corpus) and
//! framing that quotes another revision ("An earlier version of the same article puts it
//! this way: …"). Neither is part of a fact a teacher would hand out (issue 10, round 5).

/// `sentence` without cross-references and framing.
pub(crate) fn tidy(sentence: &str) -> String {
    let text = drop_cross_references(sentence);
    unframe(&text)
}

/// "(See table A-1.)", "(See tables A-1 and A-2.)", "(See table A; also see the note on
/// page 5.)" and a trailing "(Wikipedia)" removed.
fn drop_cross_references(sentence: &str) -> String {
    let mut out = String::with_capacity(sentence.len());
    let mut rest = sentence;
    while let Some(open) = rest.find('(') {
        let inner = &rest[open + 1..];
        let close = inner.find(')');
        let reference = close.is_some_and(|c| {
            let inner = inner[..c].trim();
            inner.starts_with("See ") || inner.starts_with("see ") || inner == "Wikipedia"
        });
        match close {
            Some(c) if reference => {
                out.push_str(rest[..open].trim_end());
                rest = &inner[c + 1..];
                // The mark may close the sentence: "(See table A-1.)".
                rest = rest.trim_start();
                if rest.starts_with(|c: char| c.is_alphanumeric() || c == '(') {
                    out.push(' ');
                }
            }
            _ => {
                out.push_str(&rest[..=open]);
                rest = inner;
            }
        }
    }
    out.push_str(rest);
    let out = out.trim().to_string();
    if !out.is_empty() && !out.ends_with(['.', '!', '?', '"', '”', ')']) {
        format!("{out}.")
    } else {
        out
    }
}

/// Openings that report what another revision of the page says.
const FRAMES: &[&str] = &[
    "an earlier version of the same article puts it this way:",
    "an earlier version of the article puts it this way:",
    "an older version of the article puts it like this:",
    "an earlier version of the article said",
    "an older version of the article says",
    "an older version of the article said",
    "a later version of the article says",
    "the simple english article says",
];

/// The sentence without an opening from [`FRAMES`], its first letter in upper case.
fn unframe(sentence: &str) -> String {
    for frame in FRAMES {
        // ASCII case only: a full lower-casing may change byte lengths ("K" of kelvin).
        let head = sentence.get(..frame.len());
        if let (Some(true), Some(rest)) = (
            head.map(|h| h.eq_ignore_ascii_case(frame)),
            sentence.get(frame.len()..),
        ) {
            let rest = rest.trim_start();
            let rest = rest.strip_prefix("that ").unwrap_or(rest);
            // A framing that says nothing more ("…puts it like this.") is left as it is.
            if rest.split_whitespace().count() >= 3 {
                return super::frame::capitalize(rest);
            }
        }
    }
    sentence.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cross_references_and_framing_go() {
        // (sentence, tidied, why)
        let cases = [
            (
                "There was little change. (See tables A-1 and A-2.)",
                "There was little change.",
                "a trailing reference",
            ),
            (
                "(See table A-1.) Some 3.2 million persons worked part time.",
                "Some 3.2 million persons worked part time.",
                "a leading reference",
            ),
            (
                "Total employment rose. (See table A; also see the note on page 5.)",
                "Total employment rose.",
                "a reference with a note",
            ),
            (
                "It was the first \"Jumbo Jet\".(Wikipedia)",
                "It was the first \"Jumbo Jet\".",
                "a source tag",
            ),
            (
                "Adult men (3.2 percent) saw no change (see below for more).",
                "Adult men (3.2 percent) saw no change.",
                "figures in brackets stay",
            ),
            (
                "An earlier version of the same article puts it this way: the famine ran from 1845 to 1852.",
                "The famine ran from 1845 to 1852.",
                "framing",
            ),
            (
                "An earlier version of the article said the pandemic peaked in 1348.",
                "The pandemic peaked in 1348.",
                "reported framing",
            ),
            (
                "An older version of the article puts it like this.",
                "An older version of the article puts it like this.",
                "nothing after the framing",
            ),
        ];
        for (from, want, why) in cases {
            assert_eq!(tidy(from), want, "{why}");
        }
    }
}
