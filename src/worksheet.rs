//! Printable worksheets: numbered questions with room to answer and a separate answer key,
//! in Markdown or as one self-contained HTML page with print styles. Versions share the
//! questions but differ in order and wrong options.

use crate::card::Card;
use crate::question::{ask, Expect, Format, InMemory};
use crate::schedule::fact_key;
use rand::rngs::StdRng;
use rand::seq::SliceRandom;
use rand::SeedableRng;

/// One question on a sheet.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Item {
    /// The question or sentence with its blank.
    pub prompt: String,
    /// Its cue, if any.
    pub cue: String,
    /// Options to tick, if any.
    pub options: Vec<String>,
    /// The answer, for the key.
    pub answer: String,
}

/// One version of a sheet.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Version {
    /// "A", "B", ...
    pub label: char,
    /// Its questions, in order.
    pub items: Vec<Item>,
}

/// A worksheet: a title and its versions.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sheet {
    /// Title.
    pub title: String,
    /// Versions.
    pub versions: Vec<Version>,
}

/// Builds a sheet of `questions` questions from `cards` in `versions` versions.
pub fn build(cards: &[Card], title: &str, questions: usize, versions: usize, seed: u64) -> Sheet {
    let mut rng = StdRng::seed_from_u64(seed);
    let mut chosen: Vec<usize> = (0..cards.len()).collect();
    chosen.shuffle(&mut rng);
    // One question per fact: each question's prompt shows its whole fact but the blank, so a
    // second card of it on the same sheet would be answered by the first (issue 12, point 1).
    let mut facts = std::collections::HashSet::new();
    chosen.retain(|&k| facts.insert(fact_key(&cards[k].id.0)));
    chosen.truncate(questions);
    let mut source = InMemory::new(cards.to_vec());
    let versions = (0..versions.max(1))
        .map(|v| {
            let mut rng = StdRng::seed_from_u64(seed.wrapping_add(1 + v as u64));
            let mut order = chosen.clone();
            if v > 0 {
                order.shuffle(&mut rng);
            }
            let items = order
                .iter()
                .enumerate()
                .map(|(k, &i)| {
                    // Alternate forms down the sheet: options where the deck has them, then
                    // a line to write on, so a sheet mixes recognition and recall.
                    let format = if k % 3 == 2 {
                        Format::Typed
                    } else {
                        Format::Choice
                    };
                    let q = ask(&cards[i], format, &mut source, 0, &mut rng);
                    let answer = match q.expect {
                        Expect::Option(right) => {
                            format!("{}) {}", (b'a' + right as u8) as char, q.choices[right])
                        }
                        _ => cards[i].answer_text().to_string(),
                    };
                    Item {
                        prompt: q.prompt,
                        cue: q.cue,
                        options: q.choices,
                        answer,
                    }
                })
                .collect();
            Version {
                label: (b'A' + v as u8) as char,
                items,
            }
        })
        .collect();
    Sheet {
        title: title.to_string(),
        versions,
    }
}

/// The sheet in Markdown: each version, then each version's answer key.
pub fn markdown(sheet: &Sheet) -> String {
    let mut out = String::new();
    let many = sheet.versions.len() > 1;
    for v in &sheet.versions {
        let suffix = if many {
            format!(" — version {}", v.label)
        } else {
            String::new()
        };
        out.push_str(&format!(
            "# {}{suffix}\n\nName: ______________________   Date: ____________\n\n",
            sheet.title
        ));
        for (k, item) in v.items.iter().enumerate() {
            out.push_str(&format!("{}. {}", k + 1, item.prompt));
            if !item.cue.is_empty() {
                out.push_str(&format!(" *{}*", item.cue));
            }
            out.push_str("\n\n");
            if item.options.is_empty() {
                out.push_str("   Answer: ________________________________\n\n");
            } else {
                for (j, o) in item.options.iter().enumerate() {
                    out.push_str(&format!("   - [ ] {}) {o}\n", (b'a' + j as u8) as char));
                }
                out.push('\n');
            }
        }
    }
    for v in &sheet.versions {
        let suffix = if many {
            format!(" — version {}", v.label)
        } else {
            String::new()
        };
        out.push_str(&format!("---\n\n# Answer key{suffix}\n\n"));
        for (k, item) in v.items.iter().enumerate() {
            out.push_str(&format!("{}. {}\n", k + 1, item.answer));
        }
        out.push('\n');
    }
    out
}

const STYLE: &str = "body{font-family:Georgia,serif;max-width:44em;margin:2em auto;line-height:1.5;color:#000}\
h1{font-size:1.5em;border-bottom:2px solid #000}ol{padding-left:1.5em}li{margin:0 0 1.2em;page-break-inside:avoid;break-inside:avoid}\
.cue{font-style:italic}.line{display:block;border-bottom:1px solid #000;height:1.8em;width:70%}\
.opts{list-style:none;padding-left:0}.opts li{margin:.2em 0}.box{display:inline-block;width:.9em;height:.9em;border:1px solid #000;margin-right:.5em;vertical-align:middle}\
.name{margin:1em 0 2em}.sheet{page-break-after:always;break-after:page}.key{page-break-before:always;break-before:page}\
@media print{body{margin:0}}";

/// The sheet as one HTML page: no scripts, no external files, readable without colour;
/// the answer key starts on a new printed page.
pub fn html(sheet: &Sheet) -> String {
    let title = crate::sanitize::html(&sheet.title);
    let many = sheet.versions.len() > 1;
    let mut out = format!("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>{title}</title><style>{STYLE}</style></head><body>\n");
    for v in &sheet.versions {
        let suffix = if many {
            format!(" — version {}", v.label)
        } else {
            String::new()
        };
        out.push_str(&format!("<section class=\"sheet\"><h1>{title}{suffix}</h1><p class=\"name\">Name: ______________________ &nbsp; Date: ____________</p><ol>\n"));
        for item in &v.items {
            out.push_str(&format!("<li>{}", crate::sanitize::html(&item.prompt)));
            if !item.cue.is_empty() {
                out.push_str(&format!(
                    " <span class=\"cue\">{}</span>",
                    crate::sanitize::html(&item.cue)
                ));
            }
            if item.options.is_empty() {
                out.push_str("<span class=\"line\"></span>");
            } else {
                out.push_str("<ul class=\"opts\">");
                for (j, o) in item.options.iter().enumerate() {
                    out.push_str(&format!(
                        "<li><span class=\"box\"></span>{}) {}</li>",
                        (b'a' + j as u8) as char,
                        crate::sanitize::html(o)
                    ));
                }
                out.push_str("</ul>");
            }
            out.push_str("</li>\n");
        }
        out.push_str("</ol></section>\n");
    }
    out.push_str("<section class=\"key\">");
    for v in &sheet.versions {
        let suffix = if many {
            format!(" — version {}", v.label)
        } else {
            String::new()
        };
        out.push_str(&format!("<h1>Answer key{suffix}</h1><ol>"));
        for item in &v.items {
            out.push_str(&format!("<li>{}</li>", crate::sanitize::html(&item.answer)));
        }
        out.push_str("</ol>");
    }
    out.push_str("</section>\n</body></html>\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::card::compile;
    use crate::deck::{builtin, parse};

    fn sheet(versions: usize) -> Sheet {
        let cards = compile(
            &parse(builtin("nato-2018").unwrap().as_bytes(), "nato-2018")
                .deck
                .unwrap(),
        )
        .cards;
        build(&cards, "NATO <quiz>", 6, versions, 4)
    }

    #[test]
    fn a_sheet_asks_each_fact_once() {
        let cards = compile(
            &parse(builtin("nato-2018").unwrap().as_bytes(), "nato-2018")
                .deck
                .unwrap(),
        )
        .cards;
        let facts: std::collections::HashSet<u64> =
            cards.iter().map(|c| fact_key(&c.id.0)).collect();
        assert!(
            facts.len() < cards.len(),
            "the deck has facts of several cards"
        );
        let s = build(&cards, "all", cards.len(), 1, 4);
        assert_eq!(
            s.versions[0].items.len(),
            facts.len(),
            "one question per fact"
        );
    }

    #[test]
    fn versions_share_questions_in_another_order() {
        let s = sheet(2);
        assert_eq!(s.versions.len(), 2);
        let answers = |v: &Version| {
            let mut a: Vec<String> = v
                .items
                .iter()
                .map(|i| {
                    i.answer
                        .split_once(") ")
                        .map_or(i.answer.clone(), |(_, x)| x.to_string())
                })
                .collect();
            a.sort();
            a
        };
        assert_eq!(
            answers(&s.versions[0]),
            answers(&s.versions[1]),
            "same questions"
        );
        let order = |v: &Version| v.items.iter().map(|i| i.prompt.clone()).collect::<Vec<_>>();
        assert_ne!(
            order(&s.versions[0]),
            order(&s.versions[1]),
            "another order"
        );
        assert_eq!(sheet(2), s, "the same seed gives the same sheet");
    }

    #[test]
    fn markdown_and_html_hold_questions_and_a_key() {
        let s = sheet(1);
        let md = markdown(&s);
        assert!(
            md.starts_with("# NATO <quiz>\n")
                && md.contains("# Answer key")
                && md.contains("- [ ] a)"),
            "{md}"
        );
        assert_eq!(
            md.matches("\n1. ").count(),
            2,
            "numbered in the sheet and in the key"
        );
        let page = html(&s);
        assert!(
            page.contains("NATO &lt;quiz&gt;") && !page.contains("<quiz>"),
            "escaped"
        );
        assert!(page.contains("class=\"key\"") && page.contains("break-before:page"));
        assert!(
            !page.contains("<script") && !page.contains("http"),
            "self-contained"
        );
    }
}
