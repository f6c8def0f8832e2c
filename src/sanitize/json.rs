//! JSON that never carries a raw control: serde_json escapes C0 controls, `"` and `\`, but
//! writes DEL, C1 controls (U+009B is CSI) and bidi marks as they are. These are escaped as
//! `\uXXXX` too, so the data survives and a JSON line printed to a terminal stays inert.

use super::is_unsafe;
use serde::Serialize;

/// `value` as one line of JSON.
pub fn line<T: Serialize + ?Sized>(value: &T) -> serde_json::Result<String> {
    serde_json::to_string(value).map(escape)
}

/// `value` as indented JSON.
pub fn pretty<T: Serialize + ?Sized>(value: &T) -> serde_json::Result<String> {
    serde_json::to_string_pretty(value).map(escape)
}

/// Escapes what serde_json leaves raw. Such characters can only stand inside JSON strings
/// (never in the syntax between them), where `\uXXXX` means the same character; all of them
/// are in the Basic Multilingual Plane, so no surrogate pairs are needed.
fn escape(json: String) -> String {
    if !json.chars().any(is_unsafe) {
        return json;
    }
    let mut out = String::with_capacity(json.len() + 16);
    for c in json.chars() {
        if is_unsafe(c) {
            out.push_str(&format!("\\u{:04x}", u32::from(c)));
        } else {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn controls_are_escaped_and_the_data_kept() {
        // (string, expected JSON, why)
        let cases = [
            ("plain", r#""plain""#, "untouched"),
            (
                "\u{1b}]0;t\u{7}",
                r#""\u001b]0;t\u0007""#,
                "C0: serde_json's own escapes",
            ),
            ("\u{9b}2J", r#""\u009b2J""#, "C1 CSI"),
            ("\u{7f}", r#""\u007f""#, "DEL"),
            ("\u{202e}abc", r#""\u202eabc""#, "bidi override"),
            ("café “q”", "\"café “q”\"", "other text stays as it is"),
        ];
        for (text, want, why) in cases {
            let json = line(text).unwrap();
            assert_eq!(json, want, "{why}");
            let back: String = serde_json::from_str(&json).unwrap();
            assert_eq!(back, text, "{why}: the same string read back");
        }
        assert!(pretty(&["\u{9b}"]).unwrap().contains("\\u009b"));
    }
}
