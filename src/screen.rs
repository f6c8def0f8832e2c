//! Which of a sentence's quantities are asked (issue 10, "real texts in, questions a teacher
//! would sign out"). The finder reads every figure; some of them make bad questions: a
//! stated conversion, a number that names which thing is meant, one end of a range the blank
//! would break, a count the sentence spells out. Those are left out with their reason, which
//! `check` and `import` show; `preview` shows only what will be asked.

mod bound;
mod giveaway;
mod label;
mod range;

use crate::quantity::{equivalent_end, Kind, Quantity};
use std::fmt;

/// Why a figure of a sentence is not asked.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Why {
    /// The stated equivalent of the figure before it ("420 miles (676 km)").
    Conversion,
    /// Names which thing is meant ("the 100 m final", "the 1966 World Cup", "the 747").
    Label,
    /// One end of a range or score the blank would break ("1846–47", "20–25%", "2–1").
    Range,
    /// Part of an amount written in parts ("1 hour 48 minutes", "two and a half hours").
    Compound,
    /// Part of a product or a power of ten ("4 × 100 m", "5.97 × 10^24 kg").
    Product,
    /// Written with a sign the finder does not keep ("−89.2 °C", "+2.3 %").
    Signed,
    /// The sentence spells the answer out ("three men: Armstrong, Collins and Aldrin"), or
    /// it follows from the sentence's other figures (a total, twice a first half).
    InView,
    /// The same figure stands twice in the sentence, for two different things.
    Twice,
    /// A year before the common era written otherwise than "44 BC" or "240 BCE" ("10,000
    /// B.C."), which the finder does not read as a year.
    Era,
    /// Counts what an earlier sentence named ("those two months", "these two industries").
    Refers,
    /// The date another figure is given as of ("As of 2016", "By June 2020, 1,556 built").
    Frame,
    /// A bound, true of other figures too ("more than 25 years", "by 1855").
    Bound,
    /// A time after an event an earlier sentence tells ("Two days afterwards, …").
    After,
    /// The deck's own year, which its title or date gives ("rename the paper L'Auto in
    /// 1903" in the deck of the 1903 Tour de France).
    OwnYear,
}

impl Why {
    /// How the reason reads in `check`.
    pub fn reason(self) -> &'static str {
        match self {
            Why::Conversion => "the conversion of the figure before it, hidden with it",
            Why::Label => "names which thing is meant, not a fact to drill",
            Why::Range => "one end of a range or score that a blank would break",
            Why::Compound => "part of an amount written in parts",
            Why::Product => "part of a product or power of ten",
            Why::Signed => "a signed figure, whose sign would be lost",
            Why::InView => "the rest of the sentence gives it away: it lists what it counts or ranks, or the figure follows from the others",
            Why::Era => "a year BC not written in digits with \"BC\" or \"BCE\" after it: write it so (\"44 BC\") to have it asked",
            Why::Twice => "the same figure is written twice, so a blank would not say which is asked: mark the one meant with braces",
            Why::Frame => "the date another figure of the sentence is given as of, a frame rather than a fact",
            Why::Refers => "counts what an earlier sentence named (\"those two months\"), so it asks the page, not the fact",
            Why::After => "a time after something an earlier sentence tells (\"two days afterwards\"), so the question could not say after what",
            Why::OwnYear => "the deck's own year, which its title or date gives away",
            Why::Bound => "a bound in time (\"by\", \"until\"), a window (\"within\") or a threshold (\"volcanoes more than 100 km across\"), true of other figures too: mark it with braces to ask it typed",
        }
    }
}

impl fmt::Display for Why {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.reason())
    }
}

/// A figure of a sentence that is not asked, and why.
#[derive(Debug, Clone, PartialEq)]
pub struct Dropped {
    /// The figure as written.
    pub text: String,
    /// Why it is not asked.
    pub why: Why,
}

/// A sentence's figures, split into those asked and those left out.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Screened {
    /// The quantities to ask, in order.
    pub asked: Vec<Quantity>,
    /// The figures left out, in order.
    pub dropped: Vec<Dropped>,
}

/// The quantities of `text` as questions ask them: a range whole ("75 to 200 million"),
/// its ends sharing their noun. A braced range is one answer too.
pub(crate) fn whole(text: &str) -> Vec<Quantity> {
    crate::quantity::join_ranges(text, range::share_nouns(text, crate::quantity::find(text)))
}

/// Splits the quantities `found` in `text` (in order, as `quantity::find` gives them) into
/// those to ask and those to leave out.
pub fn screen(text: &str, found: Vec<Quantity>) -> Screened {
    screen_about(text, found, None)
}

/// [`screen`] for a deck about the year `about` (its `as_of:`): a year naming an event
/// ("the 1962 final") is a label only when it is that year's own event, or when the deck's
/// year is not known.
pub fn screen_about(text: &str, found: Vec<Quantity>, about: Option<i32>) -> Screened {
    let mut out = Screened::default();
    let found = crate::quantity::join_ranges(text, range::share_nouns(text, found));
    let converted = conversions(text, &found);
    for (k, q) in found.iter().enumerate() {
        // "a jet 2½ times that size": the finder reads the 2, and a blank would leave "½".
        let fraction_glued = text
            .get(q.span.end..)
            .is_some_and(|t| t.starts_with(['½', '¼', '¾', '⅓', '⅔']));
        let why = if converted.iter().any(|r| r.contains(&q.span.start)) || after_unit(text, q) {
            Some(Why::Conversion)
        } else if fraction_glued {
            Some(Why::Compound)
        } else {
            range::why(text, &found, k)
                .or_else(|| label::why(text, &found, k, about))
                .or_else(|| giveaway::why(text, &found, k))
                .or_else(|| giveaway::own_year(&found, k, about).then_some(Why::OwnYear))
                .or_else(|| bound::frames(text, &found, k).then_some(Why::Frame))
                .or_else(|| {
                    let word = bound::word(text, q)?;
                    let fair =
                        bound::opposite(word, q.kind).is_some() && !bound::threshold(&found, k);
                    (!fair).then_some(Why::Bound)
                })
                .or_else(|| before_christ(text, q).then_some(Why::Era))
        };
        match why {
            Some(why) => out.dropped.push(Dropped {
                text: q.text.clone(),
                why,
            }),
            None => out.asked.push(q.clone()),
        }
    }
    out
}

pub use bound::{opposite as bound_opposite, word as bound_word};
pub(crate) use giveaway::opens_on_participle;
pub(crate) use label::race_named;

/// The quantities of `text` that are asked.
pub fn askable(text: &str) -> Vec<Quantity> {
    askable_about(text, None)
}

/// The quantities of `text` that are asked in a deck about the year `about`.
pub fn askable_about(text: &str, about: Option<i32>) -> Vec<Quantity> {
    screen_about(text, crate::quantity::find(text), about).asked
}

/// The byte ranges that hold stated equivalents, each just after the figure it converts.
fn conversions(text: &str, found: &[Quantity]) -> Vec<std::ops::Range<usize>> {
    found
        .iter()
        .filter_map(|q| equivalent_end(text, q, found).map(|end| q.span.end..end))
        .collect()
}

/// "100,756 pounds (45,702 kg)" where the finder passed over the first figure (glued to a
/// label in a pasted infobox): a bracketed figure right after a unit word converts it.
fn after_unit(text: &str, q: &Quantity) -> bool {
    let mut head = text.get(..q.span.start).unwrap_or_default().trim_end();
    // "$500,000 (approximately $6,000,000 today)": a hedge inside the bracket.
    for hedge in crate::quantity::EQUIVALENT_HEDGES {
        if let Some(h) = head.strip_suffix(hedge).filter(|h| h.ends_with([' ', '('])) {
            head = h.trim_end();
            break;
        }
    }
    // "Mach 0.85 (490 kn; 560 mph; 900 km/h)": a later item of the bracket after a figure
    // restates the figure as the first does.
    let head = match head.strip_suffix(';') {
        Some(h) => match h.rfind('(') {
            Some(open) if !h[open..].contains(')') => &h[..=open],
            _ => head,
        },
        None => head,
    };
    let Some(head) = head.strip_suffix('(').map(str::trim_end) else {
        return false;
    };
    let unit = head.split_whitespace().last().unwrap_or_default();
    // "Mach 2.04 (1,354 mph at cruise altitude)", "103,000 km 2 (40,000 sq mi)": a figure
    // with a unit in brackets right after another figure restates it.
    let measured = matches!(q.kind, Kind::Measure | Kind::Duration | Kind::Money);
    let after_figure = measured && head.ends_with(|c: char| c.is_ascii_digit());
    // "400,000 Europeans every year (five reigning monarchs among them)": a count of its own
    // things is no conversion (round 16 recall).
    let counts_its_own = q.kind == Kind::Count && q.noun.is_some();
    q.kind != Kind::Year
        && !counts_its_own
        && (crate::quantity::lookup_unit(unit).is_some_and(|u| u.name.len() > 2) || after_figure)
}

/// "around 10,000 B.C.": read as a count, it would be asked "around how many B.C.?" ("10,000
/// BC" itself is a year, `quantity::scan`).
fn before_christ(text: &str, q: &Quantity) -> bool {
    let next = words_after(text, q.span.end, 1).first().map(|w| {
        w.trim_end_matches(|c: char| !c.is_alphanumeric())
            .replace('.', "")
            .to_lowercase()
    });
    q.kind != Kind::Year && matches!(next.as_deref(), Some("bc" | "bce"))
}

/// The words just before byte `at`, lower case, nearest last (at most `n`).
fn words_before(text: &str, at: usize, n: usize) -> Vec<String> {
    let head = text.get(..at).unwrap_or_default();
    let mut words: Vec<String> = head
        .split_whitespace()
        .rev()
        .take(n)
        .map(|w| w.to_lowercase())
        .collect();
    words.reverse();
    words
}

/// The words just after byte `at`, nearest first, as written (at most `n`).
pub(crate) fn words_after(text: &str, at: usize, n: usize) -> Vec<&str> {
    text.get(at..)
        .unwrap_or_default()
        .split_whitespace()
        .take(n)
        .collect()
}

/// The figures of `text` that the rule `why` keeps out of questions (for the rules' tests).
#[cfg(test)]
fn kept_out(text: &str, why: fn(&str, &[Quantity], usize) -> Option<Why>) -> Vec<String> {
    // As `screen` reads them: a range is one figure.
    let found = crate::quantity::find(text);
    let found = crate::quantity::join_ranges(text, range::share_nouns(text, found));
    (0..found.len())
        .filter(|&k| why(text, &found, k).is_some())
        .map(|k| found[k].text.clone())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each figure of `text` with the reason it is dropped, or "asked".
    fn verdicts(text: &str) -> Vec<(String, String)> {
        let found = crate::quantity::find(text);
        let screened = screen(text, found.clone());
        found
            .into_iter()
            .map(|q| {
                let why = screened
                    .dropped
                    .iter()
                    .find(|d| d.text == q.text)
                    .map_or("asked".to_string(), |d| format!("{:?}", d.why));
                (q.text, why)
            })
            .collect()
    }

    #[test]
    fn conversions_are_hidden_with_their_figure_and_never_asked() {
        let got = verdicts("It ran 420 miles (676 km) on the first day.");
        assert_eq!(
            got,
            [
                ("420 miles".into(), "asked".into()),
                ("676 km".into(), "Conversion".into())
            ]
        );
        let got = verdicts("It cost almost $500,000 (approximately $6,000,000 today).");
        assert_eq!(
            got,
            [
                ("$500,000".into(), "asked".into()),
                ("$6,000,000".into(), "Conversion".into())
            ],
            "money restated in brackets, with a hedge"
        );
        let got = verdicts("Launch mass100,756 pounds (45,702 kg) Landing");
        assert_eq!(
            got,
            [("45,702 kg".into(), "Conversion".into())],
            "the first figure passed over"
        );
        let got = verdicts("at Mach 2.04 (1,354 mph at cruise altitude), and");
        assert_eq!(
            got[1],
            ("1,354 mph".into(), "Conversion".into()),
            "after a figure"
        );
        let got = verdicts("Lhotse, 8,516 m (27,940 ft); Nuptse, 7,855 m (25,771 ft).");
        let asked: Vec<&str> = got
            .iter()
            .filter(|g| g.1 == "asked")
            .map(|g| g.0.as_str())
            .collect();
        assert_eq!(asked, ["8,516 m", "7,855 m"]);
    }

    #[test]
    fn a_figure_written_twice_or_a_year_bc_is_not_asked() {
        let cases: &[(&str, &[(&str, &str)])] = &[
            (
                "Smallpox killed an estimated 400,000 Europeans every year (five reigning monarchs among them).",
                &[("400,000", "asked"), ("five", "asked")],
            ),
            (
                "Rates for adult men (3.4 percent) and adult women (3.4 percent) held.",
                &[("3.4 percent", "Twice"), ("3.4 percent", "Twice")],
            ),
            (
                "Rates for adult men (3.4 percent) and adult women (3.5 percent) held.",
                &[("3.4 percent", "asked"), ("3.5 percent", "asked")],
            ),
            (
                "It appeared around 10,000 BC and spread by 1500.",
                &[("10,000 BC", "asked"), ("1500", "Bound")],
            ),
            (
                "It appeared around 10,000 B.C. in Egypt.",
                &[("10,000 B.C.", "asked")],
            ),
            (
                "It appeared around 10,000 bc in Egypt.",
                &[("10,000", "Era")],
            ),
            // A multiple is one figure (round 19); a bare glued half is still a part.
            ("It wanted a jet 2½ times that size.", &[("2½ times", "asked")]),
            ("It took 2½ weeks.", &[("2", "Compound")]),
            // A bound with an opposite is asked (true or false); a deadline or a
            // threshold on what a count before it counts is not.
            ("More than 1,500 people died.", &[("1,500", "asked")]),
            (
                "It sank at 02:20 (05:18 GMT).",
                &[("02:20", "asked"), ("05:18 GMT", "Conversion")],
            ),
            ("It reached the Crimea by 1343.", &[("1343", "Bound")]),
            ("All were aboard by 09:15 that day.", &[("09:15", "Bound")]),
            (
                "It hit at around 23:40 and more than 1,500 died.",
                &[("23:40", "asked"), ("1,500", "asked")],
            ),
            ("It has been seen since at least the 17th century.", &[("17th", "Bound")]),
            (
                "167 volcanoes measure more than 100 km across.",
                &[("167", "asked"), ("100 km", "Bound")],
            ),
            (
                "In 3 months of the year the high goes above 40 °C.",
                &[("3 months", "asked"), ("40 °C", "Bound")],
            ),
            (
                "It had 78,011 spectators and more than 1.1 billion viewers.",
                &[("78,011", "asked"), ("1.1 billion", "asked")],
            ),
        ];
        for (text, want) in cases {
            let got = verdicts(text);
            let want: Vec<(String, String)> = want
                .iter()
                .map(|(a, b)| (a.to_string(), b.to_string()))
                .collect();
            assert_eq!(got, want, "{text}");
        }
    }

    #[test]
    fn headline_figures_stay_askable() {
        let texts = [
            (
                "The summit rises 8,848 metres (29,029 ft) above sea level.",
                "8,848 metres",
            ),
            ("Iceland has a population of about 376,000.", "376,000"),
            (
                "About 1,500 people died when the ship sank on 15 April 1912.",
                "1,500",
            ),
            (
                "Hillary and Tenzing reached the summit on 29 May 1953.",
                "29 May 1953",
            ),
            (
                "At least a million people died between 1845 and 1852.",
                "1845 and 1852",
            ),
            (
                "Bolt ran the 100 m in 9.58 seconds in 2009.",
                "9.58 seconds",
            ),
        ];
        for (text, figure) in texts {
            let asked: Vec<String> = askable(text).into_iter().map(|q| q.text).collect();
            assert!(
                asked.iter().any(|a| a == figure),
                "{figure} not asked in {text}: {asked:?}"
            );
        }
    }
}
