//! Text charts for the terminal: Unicode blocks, or ASCII where Unicode cannot be shown.

/// Which characters charts may use.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Glyphs {
    /// Block elements ("█", "▁▂▃").
    Unicode,
    /// Plain ASCII ("#", ".:|").
    Ascii,
}

impl Glyphs {
    /// Unicode when the locale says UTF-8 and the terminal is not dumb.
    pub fn detect() -> Glyphs {
        let var = |k: &str| std::env::var(k).unwrap_or_default();
        let locale = [var("LC_ALL"), var("LC_CTYPE"), var("LANG")]
            .into_iter()
            .find(|v| !v.is_empty())
            .unwrap_or_default();
        let utf8 = locale.to_uppercase().replace('-', "").contains("UTF8");
        if utf8 && var("TERM") != "dumb" {
            Glyphs::Unicode
        } else {
            Glyphs::Ascii
        }
    }
}

/// Horizontal bars, one line per label, scaled so the largest fills `width`.
pub fn bars(labels: &[String], values: &[usize], width: usize, glyphs: Glyphs) -> Vec<String> {
    let max = values.iter().copied().max().unwrap_or(0).max(1);
    let label_width = labels.iter().map(|l| l.chars().count()).max().unwrap_or(0);
    let full = if glyphs == Glyphs::Unicode {
        '█'
    } else {
        '#'
    };
    labels
        .iter()
        .zip(values)
        .map(|(label, &v)| {
            let len = (v * width).div_ceil(max);
            let bar: String = std::iter::repeat_n(full, len).collect();
            format!("{label:<label_width$} {bar} {v}")
        })
        .collect()
}

/// Standings as bars, best first: "Name (+gain)" and the total; the drill's scoreboard and
/// the live game's.
pub fn standings(rows: &[(String, u32, u32)], width: usize, glyphs: Glyphs) -> Vec<String> {
    let labels: Vec<String> = rows
        .iter()
        .map(|(n, _, g)| format!("{} (+{g})", crate::sanitize::one_line(n)))
        .collect();
    let values: Vec<usize> = rows.iter().map(|r| r.1 as usize).collect();
    bars(&labels, &values, width, glyphs)
}

/// A one-line column chart: each value as a block of proportional height.
pub fn sparkline(values: &[usize], glyphs: Glyphs) -> String {
    let levels: &[char] = match glyphs {
        Glyphs::Unicode => &[' ', '▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'],
        Glyphs::Ascii => &[' ', '.', '.', ':', ':', '|', '|', '#', '#'],
    };
    let max = values.iter().copied().max().unwrap_or(0).max(1);
    let top = levels.len() - 1;
    values
        .iter()
        .map(|&v| {
            levels[if v == 0 {
                0
            } else {
                (v * top).div_ceil(max).max(1)
            }]
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bars_scale_to_the_largest() {
        let labels = vec!["today".to_string(), "+1".to_string()];
        let lines = bars(&labels, &[4, 2], 8, Glyphs::Ascii);
        assert_eq!(lines, ["today ######## 4", "+1    #### 2"]);
        let zero = bars(&labels, &[0, 0], 8, Glyphs::Unicode);
        assert_eq!(zero[0], "today  0");
    }

    #[test]
    fn sparklines_in_both_glyph_sets() {
        assert_eq!(sparkline(&[0, 1, 8], Glyphs::Unicode), " ▁█");
        assert_eq!(sparkline(&[0, 4, 8], Glyphs::Ascii), " :#");
        assert_eq!(sparkline(&[], Glyphs::Ascii), "");
    }
}
