//! The teacher's report: one row per learner and the facts the group misses most, as text
//! or as one HTML page with inline SVG charts (no scripts, no external files).

use serde::Serialize;

/// One learner's figures.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Learner {
    /// Profile name.
    pub profile: String,
    /// Answers given.
    pub answers: usize,
    /// Share of answers right, 0-1.
    pub accuracy: f64,
    /// Cards mastered.
    pub mastered: usize,
    /// Last answer, as "YYYY-MM-DD" (UTC), if any.
    pub last_active: Option<String>,
}

/// A fact the group misses.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Missed {
    /// The card.
    pub card: String,
    /// Its answer.
    pub answer: String,
    /// The fact it asks about, when its deck can still be read.
    pub fact: Option<String>,
    /// Wrong answers.
    pub wrong: usize,
    /// All answers.
    pub answers: usize,
    /// wrong / answers.
    pub error_rate: f64,
}

/// The whole report.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Report {
    /// The deck it covers, if one.
    pub deck: Option<String>,
    /// Learners, by name.
    pub learners: Vec<Learner>,
    /// Most-missed facts, worst first.
    pub missed: Vec<Missed>,
}

/// A horizontal bar chart as inline SVG: one labelled bar per value (0-1), shown as percent.
pub fn svg_bars(title: &str, rows: &[(String, f64)]) -> String {
    let (label_w, bar_w, row_h) = (260.0, 360.0, 26.0);
    let height = 34.0 + row_h * rows.len() as f64;
    let mut svg = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-label=\"{}\" width=\"{}\" height=\"{height}\" viewBox=\"0 0 {} {height}\" font-family=\"sans-serif\" font-size=\"13\">",
        crate::sanitize::html(title),
        label_w + bar_w + 60.0,
        label_w + bar_w + 60.0
    );
    svg.push_str(&format!(
        "<text x=\"0\" y=\"16\" font-weight=\"bold\">{}</text>",
        crate::sanitize::html(title)
    ));
    for (k, (label, value)) in rows.iter().enumerate() {
        let y = 28.0 + row_h * k as f64;
        let w = (bar_w * value.clamp(0.0, 1.0)).max(1.0);
        let short: String = label.chars().take(38).collect();
        svg.push_str(&format!(
            "<text x=\"0\" y=\"{}\">{}</text>",
            y + 15.0,
            crate::sanitize::html(&short)
        ));
        svg.push_str(&format!("<rect x=\"{label_w}\" y=\"{y}\" width=\"{w:.1}\" height=\"18\" fill=\"#4a6fa5\" stroke=\"#000\" stroke-width=\"0.5\"/>"));
        svg.push_str(&format!(
            "<text x=\"{:.1}\" y=\"{}\">{:.0}%</text>",
            label_w + w + 6.0,
            y + 15.0,
            value * 100.0
        ));
    }
    svg.push_str("</svg>");
    svg
}

/// The report as one HTML page with its charts.
pub fn html(report: &Report) -> String {
    let scope = report
        .deck
        .as_deref()
        .map(|d| format!(" — {}", crate::sanitize::html(d)))
        .unwrap_or_default();
    let mut out = format!(
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>factdrill report{scope}</title>\
         <style>body{{font-family:sans-serif;max-width:60em;margin:2em auto;color:#000}}table{{border-collapse:collapse;margin:1em 0}}\
         td,th{{border:1px solid #999;padding:.3em .7em;text-align:left}}th{{background:#eee}}</style></head><body>\n<h1>factdrill report{scope}</h1>\n"
    );
    out.push_str("<h2>Learners</h2><table><tr><th>Learner</th><th>Answers</th><th>Accuracy</th><th>Mastered</th><th>Last active</th></tr>\n");
    for l in &report.learners {
        out.push_str(&format!(
            "<tr><td>{}</td><td>{}</td><td>{:.0}%</td><td>{}</td><td>{}</td></tr>\n",
            crate::sanitize::html(&l.profile),
            l.answers,
            l.accuracy * 100.0,
            l.mastered,
            l.last_active.as_deref().unwrap_or("–")
        ));
    }
    out.push_str("</table>\n");
    let accuracy: Vec<(String, f64)> = report
        .learners
        .iter()
        .map(|l| (l.profile.clone(), l.accuracy))
        .collect();
    out.push_str(&svg_bars("Accuracy by learner", &accuracy));
    out.push_str("\n<h2>Facts the group misses most</h2><table><tr><th>Fact</th><th>Answer</th><th>Wrong</th><th>Answers</th><th>Error rate</th></tr>\n");
    for m in &report.missed {
        out.push_str(&format!(
            "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{:.0}%</td></tr>\n",
            crate::sanitize::html(m.fact.as_deref().unwrap_or(&m.card)),
            crate::sanitize::html(&m.answer),
            m.wrong,
            m.answers,
            m.error_rate * 100.0
        ));
    }
    out.push_str("</table>\n");
    let missed: Vec<(String, f64)> = report
        .missed
        .iter()
        .map(|m| {
            (
                format!(
                    "{} ({})",
                    m.answer,
                    short(m.fact.as_deref().unwrap_or(&m.card))
                ),
                m.error_rate,
            )
        })
        .collect();
    out.push_str(&svg_bars("Error rate of the most-missed facts", &missed));
    out.push_str("\n</body></html>\n");
    out
}

/// A fact cut to a chart label's length at a word boundary.
fn short(fact: &str) -> String {
    const MAX: usize = 40;
    if fact.chars().count() <= MAX {
        return fact.to_string();
    }
    let cut: String = fact.chars().take(MAX).collect();
    let head = cut.rsplit_once(' ').map_or(cut.as_str(), |(h, _)| h);
    format!("{head}…")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn charts_are_inline_svg_scaled_to_the_value() {
        let svg = svg_bars(
            "Accuracy <all>",
            &[("Ana".into(), 0.5), ("Ben".into(), 1.0)],
        );
        assert!(svg.starts_with("<svg") && svg.ends_with("</svg>"));
        assert!(
            svg.contains("width=\"180.0\"") && svg.contains("width=\"360.0\""),
            "{svg}"
        );
        assert!(svg.contains("Accuracy &lt;all&gt;") && svg.contains(">50%<"));
        let page = html(&Report {
            deck: None,
            learners: vec![],
            missed: vec![],
        });
        assert!(!page.contains("<script") && page.contains("<svg"));
    }
}
