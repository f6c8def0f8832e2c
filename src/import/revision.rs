//! Another revision of the page quoted after the page itself ("## An older wording", "An
//! earlier version of the article puts it this way: …"): where it states a fact the text
//! already gave with another figure ("about 6 miles" after "roughly 7 miles northwest of
//! Hastings"), the deck would hold two answers to one question (issue 10, rounds 18 to 20:
//! rated C, "two defensible answers"). Such a restatement is left out; the text's own
//! figure stays.

use crate::quantity::{Quantity, Value};

/// Whether a heading names another revision of the page: "An older wording", "Older
/// wordings", "A later wording", "An old schoolbook account".
pub(crate) fn heading_names_revision(heading: &str) -> bool {
    let lower = heading.to_lowercase();
    let which = [
        "older", "earlier", "later", "old ", "previous", "other", "simpler",
    ]
    .iter()
    .any(|w| lower.contains(w));
    let what = ["wording", "version", "revision", "account"]
        .iter()
        .any(|w| lower.contains(w));
    which && what
}

/// Whether a heading or sentence naming another revision names a simplified edition of the
/// page ("The simpler wording"): one that rounds the text's figures ("twice the mass" for
/// "two-and-a-half times") leaves the text's own standing (round 56 recall: Jupiter's
/// two-and-a-half missed; round 57: typed B, not C). An older or later revision that gives
/// another figure still leaves the text no source for one answer (rounds 25, 36 and 57: C).
pub(crate) fn names_simpler(text: &str) -> bool {
    let lower = text.to_lowercase();
    ["simpler", "simple english", "simplified"]
        .iter()
        .any(|w| lower.contains(w))
}

/// Whether a sentence introduces another revision's sentences that follow it: "An older
/// version of the article puts it like this."
pub(crate) fn introduces_revision(sentence: &str) -> bool {
    let lower = sentence.to_lowercase();
    heading_names_revision(&lower)
        && ["puts it", "says", "said", "reads", "gives"]
            .iter()
            .any(|w| lower.contains(w))
}

/// Whether a sentence of another revision speaks of that revision, not of the subject: "It
/// estimated the death toll at 30–60 percent" after "An earlier version of the article said…"
/// (round 20: the "It" read as the Black Death estimating, rated B).
pub(crate) fn speaks_of_revision(sentence: &str) -> bool {
    let mut words = sentence.split_whitespace();
    let opens = matches!(words.next(), Some("It" | "It's" | "This"));
    let reports = words.next().is_some_and(|w| {
        matches!(
            w,
            "estimated"
                | "said"
                | "says"
                | "named"
                | "names"
                | "called"
                | "calls"
                | "gave"
                | "gives"
                | "put"
                | "puts"
                | "counted"
                | "counts"
                | "reported"
                | "stated"
        )
    });
    opens && reports
}

/// Words too common to say two figures are about the same thing.
const COMMON: &[&str] = &[
    "about", "with", "from", "that", "this", "were", "which", "their", "there", "have", "been",
    "into", "than", "some", "more", "most", "also", "after", "before", "over", "under", "between",
    "roughly", "nearly", "around", "they", "them", "when", "where", "while", "other",
];

/// How many telling words either side of a figure say what it is.
const REACH: usize = 2;

/// The nearest words beside figure `q` of `sentence` that can tie it to another figure:
/// four letters or more, not figures, not common, not what it counts ("the 14th century" and "the 19th
/// century" are no one fact).
fn telling_words(sentence: &str, q: &Quantity) -> Vec<String> {
    let noun: Vec<String> = q
        .noun
        .as_deref()
        .unwrap_or_default()
        .split_whitespace()
        .map(str::to_lowercase)
        .collect();
    let words = |s: &str| -> Vec<String> {
        s.split(|c: char| !c.is_alphabetic())
            .filter(|w| w.chars().count() >= 4)
            .map(str::to_lowercase)
            .filter(|w| !COMMON.contains(&w.as_str()) && !noun.contains(w))
            .collect()
    };
    let before = words(&sentence[..q.span.start]);
    // "roughly 7 miles (11 kilometres) northwest": past the figure's stated equivalent.
    let found = crate::quantity::find(sentence);
    let end = crate::quantity::equivalent_end(sentence, q, &found).unwrap_or(q.span.end);
    let after = words(&sentence[end..]);
    let near_before = before.iter().rev().take(REACH).cloned();
    near_before.chain(after.into_iter().take(REACH)).collect()
}

/// Whether two figures are of one sort but differ: the same kind, and for amounts the same
/// dimension.
fn differ(a: &Quantity, b: &Quantity) -> bool {
    let same_sort = a.kind == b.kind
        && match (a.value, b.value) {
            (Value::Amount { unit: x, .. }, Value::Amount { unit: y, .. }) => x.dim == y.dim,
            _ => true,
        };
    // "About 75 million" against "75 to 200 million": one end of a range is another figure.
    let ranged = a.range.is_some() != b.range.is_some();
    same_sort && (ranged || !crate::quantity::same_figure(a, b))
}

/// Whether two figures are tied by two telling words beside both, one of them not the
/// subject's (every sentence names the subject).
fn tied(ours: &[String], theirs: &[String], subject: &[String]) -> bool {
    let mut shared: Vec<&String> = ours.iter().filter(|w| theirs.contains(w)).collect();
    shared.sort();
    shared.dedup();
    shared.len() >= 2 && shared.iter().any(|w| !subject.contains(w))
}

/// Whether every figure `asked` of `sentence` is one an earlier sentence of the text (`kept`,
/// with its asked figures) asks with the same words about it, each distinctive (three
/// significant digits or more, no year): "Nonfarm payroll employment grew by 387,000 in
/// January" again in a release's summary would be the same question twice (round 43: C, an
/// exact repeat). Within one text; another revision's sentences are read by [`restatement`].
/// In another revision (`quoted`), a round figure told with the same words is a repeat too:
/// "About one million people died." after "… about one million people died." asks one
/// question twice.
pub(crate) fn repeats(
    sentence: &str,
    asked: &[Quantity],
    kept: &[(String, Vec<Quantity>)],
    (subject, quoted): (&[String], bool),
) -> bool {
    use crate::quantity::Kind;
    let distinctive = |q: &Quantity| {
        matches!(
            q.kind,
            Kind::Count | Kind::Money | Kind::Measure | Kind::Percent
        ) && (quoted || crate::tolerance::figure_of(q).significant().1 >= 3)
    };
    let told_alike = |q: &Quantity, text: &str, p: &Quantity| {
        let (ours, theirs) = (telling_words(sentence, q), telling_words(text, p));
        // The counted noun ("people") is one of the two telling words a quote shares.
        let counted_alike = quoted && q.noun.is_some() && q.noun == p.noun;
        tied(&ours, &theirs, subject)
            || counted_alike
                && ours
                    .iter()
                    .any(|w| theirs.contains(w) && !subject.contains(w))
    };
    !asked.is_empty()
        && asked.iter().all(|q| {
            distinctive(q)
                && kept.iter().any(|(text, figures)| {
                    figures.iter().any(|p| {
                        p.kind == q.kind
                            && crate::quantity::same_figure(p, q)
                            && told_alike(q, text, p)
                    })
                })
        })
}

/// The figures of each fact (by index in `parts`, as tidied) that an earlier fact asks
/// with the same words about it: "after a gain of only 19,000 (as revised) in December
/// 2000" in a release's summary and again in its body asked one question twice with one
/// set of options (round 47: C, an exact repeat). No years, and two significant digits at
/// least, so that a round figure met twice by chance is kept.
pub(crate) fn repeated_figures(
    parts: &[(String, String)],
    about: Option<i32>,
    subject: &[String],
) -> Vec<(usize, String)> {
    use crate::quantity::Kind;
    let asked: Vec<Vec<Quantity>> = parts
        .iter()
        .map(|(tidied, _)| crate::screen::askable_about(tidied, about))
        .collect();
    let mut out = Vec::new();
    for (k, figures) in asked.iter().enumerate() {
        for q in figures {
            let amount = matches!(
                q.kind,
                Kind::Count | Kind::Money | Kind::Measure | Kind::Percent
            );
            // A score told with the same words ("France led 2–1 at half-time") is one
            // moment of one match (round 52: asked twice, C).
            let score = q.kind == Kind::Score;
            if !score && (!amount || crate::tolerance::figure_of(q).significant().1 < 2) {
                continue;
            }
            let mine = telling_words(&parts[k].0, q);
            // A figure of four significant digits or more ("1,642 m") met twice is one fact,
            // however it is told ("its greatest depth is 1,642 metres", "At 1,642 m Lake
            // Baikal is the deepest lake anywhere"; round 48: B, asked twice).
            let precise = amount && crate::tolerance::figure_of(q).significant().1 >= 4;
            let earlier = (0..k).any(|j| {
                asked[j].iter().any(|p| {
                    p.kind == q.kind
                        && crate::quantity::same_figure(p, q)
                        && (precise || tied(&mine, &telling_words(&parts[j].0, p), subject))
                })
            });
            if earlier {
                out.push((k, q.text.clone()));
            }
        }
    }
    out
}

/// How a sentence of another revision stands to the text's own facts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Restates {
    /// It gives a fact of the text another figure ("about 6 miles" after "roughly 7 miles").
    Otherwise,
    /// Every figure it asks, the text already asks beside the same words: a repeat.
    Same,
}

/// How `sentence`, from another revision, restates the facts in `kept` (the text's own
/// sentences with their asked figures), if it does. Two figures state one fact when they
/// are of one sort and tied by the words beside them. A figure that differs makes it
/// `Otherwise`, unless the sentence states the text's figure as well ("19.30 in 2008 and
/// 19.19 in 2009" adds to "19.19 in 2009").
pub(crate) fn restatement(
    sentence: &str,
    asked: &[Quantity],
    kept: &[(String, Vec<Quantity>)],
    subject: &[String],
) -> Option<Restates> {
    let pairs = |q: &Quantity| {
        let ours = telling_words(sentence, q);
        kept.iter()
            .flat_map(|(text, figures)| figures.iter().map(move |p| (text, p)))
            .filter(move |(text, p)| tied(&ours, &telling_words(text, p), subject))
            .map(|(_, p)| p.clone())
            .collect::<Vec<_>>()
    };
    let mut same = !asked.is_empty();
    for q in asked {
        let matched = pairs(q);
        let stated_too = |p: &Quantity| asked.iter().any(|o| crate::quantity::same_figure(o, p));
        if matched.iter().any(|p| differ(q, p) && !stated_too(p)) {
            return Some(Restates::Otherwise);
        }
        // A day of the calendar names its event alone: "The battle happened on 14 October
        // 1066" repeats "…was fought on 14 October 1066" whatever the words (round 22).
        let a_day = matches!(q.value, Value::Date(d) if d.day.is_some() && d.year.is_some());
        let same_day = a_day
            && kept
                .iter()
                .any(|(_, figures)| figures.iter().any(|p| p.kind == q.kind && !differ(q, p)));
        // A rank names its fact as a day does: "It is fifth from the Sun" repeats "Jupiter is
        // the fifth planet" (round 41: C, the same question twice).
        let same_rank = q.kind == crate::quantity::Kind::Ordinal
            && kept.iter().any(|(_, figures)| {
                figures
                    .iter()
                    .any(|p| p.kind == q.kind && p.value.number() == q.value.number())
            });
        same &= same_day || same_rank || matched.iter().any(|p| !differ(q, p));
    }
    same.then_some(Restates::Same)
}

/// A figure of another revision's sentence against one of the text's own.
pub(crate) struct Contest {
    /// Which of the text's sentences.
    pub(crate) at: usize,
    /// The text's figure, as written.
    pub(crate) theirs: String,
    /// The revision's figure, as written.
    pub(crate) ours: String,
    /// Whether they disagree outright (neither lies within the other).
    pub(crate) outright: bool,
}

/// The figures of the text's own sentences `kept` that `sentence`, from another revision,
/// gives another figure for, by the index of their sentence, each with whether the two
/// disagree outright: "about 6 miles" against "roughly 7 miles" does, "about 75 million"
/// against "75 to 200 million" does not (it lies within). A sentence that contests a figure
/// at all is another answer to the text's question; one that disagrees outright leaves the
/// text no source for either (round 25: rated C four times, Hastings' 6 or 7 miles,
/// Iceland's 356,991 or 360,390 people, Crimea's 1343 or 1346).
pub(crate) fn contested(
    sentence: &str,
    kept: &[(String, Vec<Quantity>)],
    subject: &[String],
) -> Vec<Contest> {
    let figures = figures_of(sentence);
    let mut out = Vec::new();
    for q in &figures {
        let ours = telling_words(sentence, q);
        for (k, (text, theirs)) in kept.iter().enumerate() {
            for p in theirs {
                let stated_too = figures.iter().any(|o| {
                    crate::quantity::same_figure(o, p) && o.range.is_some() == p.range.is_some()
                });
                let linked = tied(&ours, &telling_words(text, p), subject)
                    || shares_a_name(sentence, q, text, p);
                if differ(q, p) && !stated_too && linked {
                    out.push(Contest {
                        at: k,
                        theirs: p.text.clone(),
                        ours: q.text.clone(),
                        // Two ranges of one period ("1347 to 1351", "between 1348 and
                        // 1350") disagree on its ends whichever holds the other: both are
                        // defensible (round 36: C).
                        outright: q.range.is_some() && p.range.is_some()
                            || !within(q, p) && !within(p, q),
                    });
                }
            }
        }
    }
    out
}

/// The figures of `sentence` that state something: ranges whole, and no labels, parts of
/// products or conversions ("the 100 m" names a race; "4 × 100 m" a relay).
/// Shares of a text's people it gives two ways: "one third of its people relied on the
/// potato" and "about two-fifths of the people depended on nothing but this cheap crop" in
/// one page make two defensible answers (rounds 19–34: C in every form). Neither is asked;
/// the facts that hold them, by index into `parts`, and the figure.
pub(crate) fn shares_at_odds(parts: &[(String, String)]) -> Vec<(usize, String)> {
    use crate::quantity::Kind;
    let of_people = |text: &str, q: &Quantity| {
        let after = text[q.span.end..].trim_start().to_lowercase();
        [
            "of its people",
            "of the people",
            "of the population",
            "of its population",
        ]
        .iter()
        .any(|p| after.starts_with(p))
    };
    let shares: Vec<(usize, Quantity)> = parts
        .iter()
        .enumerate()
        .flat_map(|(k, (tidied, _))| {
            crate::quantity::find(tidied)
                .into_iter()
                .filter(|q| {
                    matches!(q.kind, Kind::Fraction | Kind::Percent) && of_people(tidied, q)
                })
                .map(move |q| (k, q))
        })
        .collect();
    let differ = shares
        .iter()
        .any(|(_, a)| shares.iter().any(|(_, b)| a.value != b.value));
    if !differ {
        return Vec::new();
    }
    shares.into_iter().map(|(k, q)| (k, q.text)).collect()
}

pub(crate) fn figures_of(sentence: &str) -> Vec<Quantity> {
    use crate::screen::Why;
    let found = crate::quantity::join_ranges(sentence, crate::quantity::find(sentence));
    let screened = crate::screen::screen_about(sentence, found.clone(), None);
    let naming = |q: &Quantity| {
        screened.dropped.iter().any(|d| {
            d.text == q.text
                && matches!(
                    d.why,
                    Why::Label | Why::Product | Why::Conversion | Why::Compound
                )
        })
    };
    found.into_iter().filter(|q| !naming(q)).collect()
}

/// Whether `inner`'s value lies within range `outer` (ends included).
fn within(inner: &Quantity, outer: &Quantity) -> bool {
    let (Some(v), Some(ends)) = (inner.value.number(), outer.range.as_deref()) else {
        return false;
    };
    let (Some(lo), Some(hi)) = (outer.value.number(), ends.high.value.number()) else {
        return false;
    };
    lo <= v && v <= hi
}

/// Whether a year or date of each sentence has the same name beside it: "arriving in
/// Crimea by 1343" and "in 1346, it got to the Crimea" date one event.
fn shares_a_name(a: &str, q: &Quantity, b: &str, p: &Quantity) -> bool {
    use crate::quantity::Kind;
    // A single year or day: a decade ("the 1840s") or a period holds many events.
    let dated = |x: &Quantity| {
        matches!(x.kind, Kind::Year | Kind::Date) && x.range.is_none() && !x.text.ends_with('s')
    };
    let names = |s: &str, x: &Quantity| -> Vec<String> {
        let from = s[..x.span.start]
            .char_indices()
            .rev()
            .nth(25)
            .map_or(0, |(k, _)| k);
        let to = (x.span.end + 25).min(s.len());
        let to = (to..=s.len())
            .find(|&k| s.is_char_boundary(k))
            .unwrap_or(s.len());
        s[from..to]
            .split(|c: char| !c.is_alphabetic())
            .skip(1)
            .filter(|w| w.chars().count() >= 4 && w.starts_with(char::is_uppercase))
            .map(str::to_string)
            .collect()
    };
    dated(q) && dated(p) && names(a, q).iter().any(|n| names(b, p).contains(n))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kept(texts: &[&str]) -> Vec<(String, Vec<Quantity>)> {
        texts
            .iter()
            .map(|t| (t.to_string(), crate::screen::askable(t)))
            .collect()
    }

    #[test]
    fn a_revision_restating_a_fact_with_another_figure_is_told() {
        let text = kept(&[
            "The Battle of Hastings was fought roughly 7 miles northwest of Hastings.",
            "In Europe it peaked from 1347 to 1351.",
            "The unemployment rate was 4.0 percent in January.",
            "Bolt won the 100 m in 9.58 seconds in 2009.",
            "The Battle of Hastings was fought on 14 October 1066 between two armies.",
            "Counting from the Sun, Jupiter is the fifth planet.",
        ]);
        let subject = [
            "battle".to_string(),
            "hastings".to_string(),
            "bolt".to_string(),
        ];
        use Restates::{Otherwise, Same};
        let cases = [
            (
                "The battle took place about 6 miles northwest of Hastings.",
                Some(Otherwise),
            ),
            (
                "The pandemic peaked in Europe between 1348 and 1350.",
                Some(Otherwise),
            ),
            (
                "The battle was fought roughly 7 miles northwest of Hastings.",
                Some(Same),
            ),
            ("About 75 million people died worldwide.", None),
            ("The battle happened on 14 October 1066.", Some(Same)),
            ("William was crowned on 25 December 1066.", None),
            ("Payrolls grew by 200,000 in January.", None),
            // The subject's name is shared by every sentence: it ties nothing.
            ("Bolt broke the 200 m record in 2008 in Beijing.", None),
            // A rank, like a day, names its fact (round 41: the same question twice).
            ("Jupiter is fifth from the Sun.", Some(Same)),
            ("Jupiter is the sixth planet.", None),
        ];
        for (sentence, want) in cases {
            let asked = crate::screen::askable(sentence);
            assert_eq!(
                restatement(sentence, &asked, &text, &subject),
                want,
                "{sentence}"
            );
        }
    }

    #[test]
    fn headings_and_openings_that_name_another_revision() {
        assert!(heading_names_revision("An older wording"));
        assert!(heading_names_revision("Older wordings"));
        assert!(heading_names_revision("An old schoolbook account"));
        // Round 30: its "twice the mass" against the text's "two-and-a-half times" (C).
        assert!(heading_names_revision("The simpler wording"));
        assert!(!heading_names_revision("The encyclopedia account"));
        assert!(!heading_names_revision("Origins of the disease"));
        assert!(introduces_revision(
            "An older version of the article puts it like this."
        ));
        assert!(!introduces_revision("The older town puts up a fair."));
        assert!(speaks_of_revision(
            "It estimated the death toll at 30–60 percent."
        ));
        assert!(!speaks_of_revision("It killed 30–60 percent of Europe."));
    }
}
