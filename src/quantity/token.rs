//! Splits a sentence into words, numbers and symbols, keeping byte offsets.

/// What a token is made of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokKind {
    /// Letters, with inner apostrophes, hyphens and dots ("Thirty-nine", "U.S").
    Word,
    /// Digits, with inner `,` and `.` between digits ("16,000", "4.8").
    Num,
    /// Any other visible character, one per token.
    Sym,
}

/// One token of a sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token<'a> {
    /// The kind of token.
    pub kind: TokKind,
    /// The token's text.
    pub text: &'a str,
    /// Byte offset of the first character.
    pub start: usize,
    /// Byte offset just past the last character.
    pub end: usize,
}

impl Token<'_> {
    /// The text in lower case.
    pub fn lower(&self) -> String {
        self.text.to_lowercase()
    }

    /// Whether the token starts with an upper-case letter.
    pub fn is_capitalized(&self) -> bool {
        self.text.chars().next().is_some_and(char::is_uppercase)
    }

    /// The text in lower case when the token is a word.
    pub fn to_lowercase_word(&self) -> Option<String> {
        (self.kind == TokKind::Word).then(|| self.lower())
    }

    /// Whether this is the symbol `c`.
    pub fn is_sym(&self, c: char) -> bool {
        self.kind == TokKind::Sym && self.text.starts_with(c)
    }
}

/// Splits `text` into tokens; white space separates tokens and is dropped.
pub fn tokenize(text: &str) -> Vec<Token<'_>> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut tokens = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let (start, c) = chars[i];
        if c.is_whitespace() {
            i += 1;
            continue;
        }
        let (kind, next) = if c.is_alphabetic() {
            (TokKind::Word, scan_word(&chars, i))
        } else if c.is_ascii_digit() {
            (TokKind::Num, scan_number(&chars, i))
        } else {
            (TokKind::Sym, i + 1)
        };
        let end = chars.get(next).map_or(text.len(), |&(pos, _)| pos);
        tokens.push(Token {
            kind,
            text: &text[start..end],
            start,
            end,
        });
        i = next;
    }
    tokens
}

fn scan_word(chars: &[(usize, char)], mut i: usize) -> usize {
    i += 1;
    while i < chars.len() {
        let c = chars[i].1;
        let joins_letters = matches!(c, '\'' | '’' | '-' | '.')
            && chars.get(i + 1).is_some_and(|&(_, n)| n.is_alphabetic());
        if c.is_alphabetic() || joins_letters {
            i += 1;
        } else {
            break;
        }
    }
    i
}

fn scan_number(chars: &[(usize, char)], mut i: usize) -> usize {
    i += 1;
    while i < chars.len() {
        let c = chars[i].1;
        let joins_digits =
            matches!(c, ',' | '.') && chars.get(i + 1).is_some_and(|&(_, n)| n.is_ascii_digit());
        if c.is_ascii_digit() || joins_digits {
            i += 1;
        } else {
            break;
        }
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(s: &str) -> Vec<&str> {
        tokenize(s).iter().map(|t| t.text).collect()
    }

    #[test]
    fn splits_words_numbers_and_symbols() {
        let cases: &[(&str, &[&str], &str)] = &[
            (
                "16,000 troops.",
                &["16,000", "troops", "."],
                "grouped digits stay whole",
            ),
            (
                "Thirty-nine Allies",
                &["Thirty-nine", "Allies"],
                "hyphenated number word",
            ),
            (
                "COVID-19",
                &["COVID", "-", "19"],
                "identifier parts are separate",
            ),
            ("$14 billion", &["$", "14", "billion"], "currency symbol"),
            ("4.8%", &["4.8", "%"], "decimal then percent"),
            (
                "the U.S. commitment",
                &["the", "U.S", ".", "commitment"],
                "inner dots join",
            ),
            (
                "1949-04-04",
                &["1949", "-", "04", "-", "04"],
                "ISO date parts",
            ),
            ("Allies' ", &["Allies", "'"], "trailing apostrophe"),
        ];
        for (input, want, why) in cases {
            assert_eq!(texts(input), *want, "{why}: {input:?}");
        }
    }

    #[test]
    fn keeps_byte_offsets_with_multibyte_text() {
        let toks = tokenize("€3.5 million – Zürich");
        let euro = &toks[0];
        assert_eq!((euro.start, euro.end), (0, 3));
        assert_eq!(toks[1].text, "3.5");
        assert_eq!(toks.last().map(|t| t.text), Some("Zürich"));
    }
}
