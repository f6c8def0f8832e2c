//! Repairs text that was UTF-8 but was read as Windows-1252 ("â€“" for "–", "â€™" for "’",
//! "Ã©" for "é"): each suspicious run is encoded back to Windows-1252 bytes and kept
//! decoded as UTF-8 when that is valid.

use encoding_rs::WINDOWS_1252;

/// Whether a character can be the image of a UTF-8 lead byte (0xC2-0xF4) in Windows-1252.
fn is_lead(c: char) -> bool {
    ('\u{c2}'..='\u{f4}').contains(&c)
}

/// Whether a character can be the image of a UTF-8 continuation byte (0x80-0xBF): Latin-1
/// 0xA0-0xBF, the Windows-1252 letters at 0x80-0x9F, or the five bytes it leaves undefined,
/// which decoders pass through as C1 controls.
fn is_continuation(c: char) -> bool {
    if ('\u{a0}'..='\u{bf}').contains(&c)
        || matches!(c, '\u{81}' | '\u{8d}' | '\u{8f}' | '\u{90}' | '\u{9d}')
    {
        return true;
    }
    let mut buf = [0u8; 4];
    let (bytes, _, unmappable) = WINDOWS_1252.encode(c.encode_utf8(&mut buf));
    !unmappable && bytes.len() == 1 && (0x80..=0x9f).contains(&bytes[0])
}

fn byte_of(c: char) -> Option<u8> {
    if matches!(c, '\u{81}' | '\u{8d}' | '\u{8f}' | '\u{90}' | '\u{9d}') {
        return Some(c as u8);
    }
    let mut buf = [0u8; 4];
    let (bytes, _, unmappable) = WINDOWS_1252.encode(c.encode_utf8(&mut buf));
    (!unmappable && bytes.len() == 1).then(|| bytes[0])
}

/// `text` with mis-decoded UTF-8 sequences repaired; anything else is left as it is.
pub fn repair(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < chars.len() {
        if is_lead(chars[i]) {
            let need = match chars[i] as u32 {
                0xc2..=0xdf => 1,
                0xe0..=0xef => 2,
                _ => 3,
            };
            let run = chars
                .get(i..=i + need)
                .filter(|r| r[1..].iter().all(|&c| is_continuation(c)));
            let bytes: Option<Vec<u8>> = run.and_then(|r| r.iter().map(|&c| byte_of(c)).collect());
            if let Some(s) = bytes.as_deref().and_then(|b| std::str::from_utf8(b).ok()) {
                out.push_str(s);
                i += need + 1;
                continue;
            }
        }
        out.push(chars[i]);
        i += 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repairs_utf8_read_as_windows_1252() {
        let cases = [
            ("words.\" â€“ President", "words.\" – President"),
            ("the Allianceâ€™s role", "the Alliance’s role"),
            ("â€œquotedâ€\u{9d}", "“quoted”"),
            ("a long dash â€” here", "a long dash — here"),
            ("cafÃ© in ZÃ¼rich", "café in Zürich"),
            ("waitâ€¦", "wait…"),
            ("already fine – ’ é", "already fine – ’ é"),
            ("Â£200", "£200"),
            ("plain ASCII", "plain ASCII"),
            ("Ã alone", "Ã alone"),
        ];
        for (input, want) in cases {
            assert_eq!(repair(input), want, "{input:?}");
        }
    }
}
