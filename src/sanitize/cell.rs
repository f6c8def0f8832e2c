//! Spreadsheet cells: a results file opened in Excel or LibreOffice must not run a player's
//! name or answer as a formula (`=HYPERLINK(…)`, `+cmd|' /C calc'!A0`; issue 9).

use super::one_line;

/// A CSV cell a spreadsheet reads as text: controls stripped, line breaks made spaces, and a
/// `'` put before a cell that begins (after spaces) with `=`, `+`, `-`, `@`, tab or CR, as
/// OWASP's CSV-injection rule says. A typed answer "-5" becomes "'-5": that is the rule's
/// price, and the spreadsheet still shows -5 as text.
pub fn csv_cell(text: &str) -> String {
    let flat = one_line(text);
    let first = flat.trim_start_matches(' ').chars().next();
    if matches!(first, Some('=' | '+' | '-' | '@' | '\t' | '\r')) {
        format!("'{flat}")
    } else {
        flat
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formula_cells_become_text() {
        // (cell, expected, why)
        let cases = [
            ("Ana", "Ana", "a name"),
            ("42", "42", "a number"),
            (
                "=HYPERLINK(\"http://x\",\"y\")",
                "'=HYPERLINK(\"http://x\",\"y\")",
                "formula",
            ),
            ("+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0", "DDE through +"),
            (
                "-5",
                "'-5",
                "a negative answer is prefixed too (the rule's price)",
            ),
            ("@SUM(A1)", "'@SUM(A1)", "@ function"),
            ("  =1+1", "'  =1+1", "after leading spaces"),
            ("\t=1", "' =1", "a tab becomes a space, and still counts"),
            ("\r=1", "'=1", "CR is stripped, the formula still caught"),
            ("a=b", "a=b", "only the first character matters"),
            (
                "x\u{1b}]52;c;aGk=\u{7}y",
                "x]52;c;aGk=y",
                "controls stripped",
            ),
            ("two\nlines", "two lines", "one line per cell"),
            ("", "", "empty"),
        ];
        for (cell, want, why) in cases {
            assert_eq!(csv_cell(cell), want, "{why}");
        }
    }
}
