//! Player names from the network: untrusted text made safe to show anywhere.

use crate::sanitize::one_line;

/// The longest name, in characters.
pub const MAX_NAME: usize = 20;

/// `raw` as a player's name: one line, no control or bidi characters, spaces collapsed, at most
/// [`MAX_NAME`] characters; `None` if no letter or digit is left (a name must also make a
/// progress profile, for `--record`).
pub fn clean_name(raw: &str) -> Option<String> {
    let line = one_line(raw);
    let name: String = line
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .chars()
        .filter(|c| !c.is_control() && !matches!(c, '\u{200b}'..='\u{200d}' | '\u{feff}'))
        .take(MAX_NAME)
        .collect();
    let name = name.trim().to_string();
    name.chars().any(char::is_alphanumeric).then_some(name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_trimmed_capped_and_plain() {
        // (raw, cleaned, why)
        let cases: &[(&str, Option<&str>, &str)] = &[
            ("  Ana  ", Some("Ana"), "trimmed"),
            ("Ana\n  Lee", Some("Ana Lee"), "one line, one space"),
            ("\u{1b}[31mRed\u{1b}[0m", Some("[31mRed[0m"), "no escape"),
            ("\u{202e}nimda", Some("nimda"), "no bidi override"),
            (
                "abcdefghijklmnopqrstuvwxyz",
                Some("abcdefghijklmnopqrst"),
                "capped",
            ),
            ("   ", None, "empty"),
            ("!!!", None, "no letter"),
            (
                "<b>x</b>",
                Some("<b>x</b>"),
                "markup stays text; shown escaped",
            ),
            ("Zoë", Some("Zoë"), "a letter beyond ASCII"),
            ("-_-", None, "no profile name in it"),
        ];
        for (raw, want, why) in cases {
            assert_eq!(clean_name(raw).as_deref(), *want, "{why}");
        }
    }
}
