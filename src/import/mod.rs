//! Turns material people have into decks: prose and Markdown (every sentence that holds a
//! quantity), or question/answer tables (CSV, TSV, flashcard exports).

mod clean;
mod cut;
mod dated;
mod frame;
mod infobox;
mod join;
mod kind;
mod lead;
mod mojibake;
mod resolve;
mod revision;
mod table;
mod text;
mod tidy;

pub use crate::sentences::split as sentences;
use clean::is_relative_time;
pub use clean::LeftOut;
pub use mojibake::repair;
pub use table::{from_table, TableError};
pub use text::{read, strip_markup, Document, Sentence};

use crate::deck::escape_braces;
pub use crate::deck::slug;
pub(crate) use crate::deck::Ids;
use crate::quantity;
use serde::Serialize;
use std::collections::HashSet;

/// A deck made by an import, ready to be written as YAML.
#[derive(Debug, Clone, PartialEq)]
pub struct Imported {
    /// Title.
    pub title: String,
    /// Deck id.
    pub id: String,
    /// Where it came from.
    pub source: Option<String>,
    /// The year the text is about (`frame::year`), written as the deck's `as_of:`.
    pub as_of: Option<i32>,
    /// What the text is about (`frame::subject`), written as the deck's `subject:`.
    pub subject: Option<String>,
    /// The facts kept.
    pub facts: Vec<Fact>,
    /// Why each sentence, line or row left out was left out.
    pub left_out: Vec<LeftOut>,
    /// The sentences with a figure left out, each with its reason: written at the deck's
    /// end, so that an author sees what was not asked and can bring a sentence back.
    /// Each is (why, sentence).
    pub set_aside: Vec<(String, String)>,
}

impl Imported {
    /// How many were left out, by reason, most first: "12 table rows, 3 repeats".
    pub fn left_out_summary(&self) -> String {
        let mut counts = std::collections::BTreeMap::new();
        for r in &self.left_out {
            *counts.entry(*r).or_insert(0usize) += 1;
        }
        let mut counts: Vec<_> = counts.into_iter().collect();
        counts.sort_by_key(|(_, n)| std::cmp::Reverse(*n));
        counts
            .iter()
            .map(|(r, n)| r.count(*n))
            .collect::<Vec<_>>()
            .join(", ")
    }
}

/// One imported fact.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(untagged)]
pub enum Fact {
    /// A sentence with quantities.
    Sentence {
        /// The sentence.
        fact: String,
        /// Stable id.
        id: String,
        /// Its topic.
        #[serde(skip_serializing_if = "Option::is_none")]
        topic: Option<String>,
        /// Shown after the answer: the whole sentence, where the fact asks it cut.
        #[serde(skip_serializing_if = "Option::is_none")]
        note: Option<String>,
    },
    /// A question and its answer.
    Question {
        /// The question.
        question: String,
        /// Stable id.
        id: String,
        /// The answer.
        answer: String,
        /// Other accepted answers.
        #[serde(skip_serializing_if = "Vec::is_empty")]
        accept: Vec<String>,
        /// Wrong options for multiple choice.
        #[serde(skip_serializing_if = "Vec::is_empty")]
        distractors: Vec<String>,
    },
}

/// A title given on the command line, trimmed; `None` when blank.
pub fn given_title(title: Option<&str>) -> Option<&str> {
    title.map(str::trim).filter(|t| !t.is_empty())
}

/// A deck from prose: every sentence that holds a quantity, with its topic; the rest and
/// repeats dropped. `title` wins over the first heading, which wins over `fallback_title`.
pub fn from_text(
    text: &str,
    title: Option<&str>,
    fallback_title: &str,
    source: Option<&str>,
) -> Imported {
    let doc = read(&repair(text));
    // A blank `--title ' '` would write a deck without a title, which `check` rejects.
    let title = given_title(title)
        .map(str::to_string)
        .or(doc.heading.clone())
        .unwrap_or_else(|| fallback_title.to_string());
    let mut ids = Ids::default();
    let mut seen = HashSet::new();
    let mut facts = Vec::new();
    let mut left_out = doc.left_out;
    let mut set_aside = Vec::new();
    let about = frame::year(&title, text);
    let subject =
        frame::subject(&title, text).map(|s| frame::national(s, doc.source.as_deref().or(source)));
    let subject_name = subject.as_ref().map(|s| s.name.clone());
    let prose: String = doc
        .sentences
        .iter()
        .map(|s| s.text.as_str())
        .collect::<Vec<_>>()
        .join(" ");
    let from_rows = infobox::facts(&doc.rows, subject.as_ref(), &prose);
    left_out.extend(std::iter::repeat_n(
        LeftOut::TableRow,
        doc.rows.len() - from_rows.len(),
    ));
    // Every sentence names the subject: its words tie no two figures together.
    let subject_words = subject
        .as_ref()
        .map(|s| s.words.clone())
        .unwrap_or_default();
    let mut framer = Framer {
        resolver: resolve::Resolver::new(subject, text),
        period: frame::period(&title),
        revised: doc.source.as_deref().and_then(dated::revision_year),
        last_rate: None,
    };
    let mut prev: Option<Before> = None;
    // Each kept fact's sentences, as tidied and as framed, for a sentence to join.
    let mut parts: Vec<(String, String)> = Vec::new();
    // The text's own facts with what they ask, and whether the sentences read now quote
    // another revision of the page (its heading, or a sentence saying so, since the last
    // heading).
    let mut own: Vec<(String, Vec<quantity::Quantity>)> = Vec::new();
    // Every figure of the text's own sentences, and the fact each sentence went to, for
    // another revision to contest.
    let mut stated: Vec<(String, Vec<quantity::Quantity>)> = Vec::new();
    let mut stated_in: Vec<Option<usize>> = Vec::new();
    let mut contested: Vec<(usize, String)> = Vec::new();
    let mut revision = (None::<String>, false);
    // Whether the revision quoted is a simplified edition of the page.
    let mut simpler = false;
    let rows = from_rows
        .into_iter()
        .map(|text| text::Sentence { topic: None, text });
    // Each sentence tidied, with the whole sentence it was told apart from (`cut`), which
    // becomes its note: shares of a whole one to a sentence, a cut beside its whole.
    let mut sentences: Vec<(text::Sentence, String, Option<String>)> = Vec::new();
    for s in doc.sentences.into_iter().chain(rows) {
        let tidied = tidy::tidy(&s.text);
        let apart = |text: String| {
            let piece = tidy::tidy(&text);
            let topic = s.topic.clone();
            (text::Sentence { topic, text }, piece, Some(tidied.clone()))
        };
        match cut::shares_apart(&tidied, about) {
            Some(pieces) => sentences.extend(pieces.into_iter().map(apart)),
            None => {
                // A figure its sentence spells out, where the cut loses others, is asked cut
                // and the others whole (`cut::also_cut`).
                let also = cut::spelled_out(&tidied, about)
                    .is_none()
                    .then(|| cut::also_cut(&tidied, about))
                    .flatten();
                sentences.extend(also.map(apart));
                sentences.extend(tidy::time_after_alone(&s.text).map(apart));
                sentences.push((s, tidied, None));
            }
        }
    }
    for (s, tidied, apart_from) in sentences {
        // The whole sentence, where it is asked cut, is shown after the answer.
        let (tidied, whole) = match cut::spelled_out(&tidied, about) {
            Some(cut) => (cut.clone(), Some((cut, tidied))),
            None => {
                let whole = apart_from.map(|w| (tidied.clone(), w));
                (tidied, whole)
            }
        };
        // A pronoun reaches back only under the same heading.
        let before = prev.take().filter(|b| b.topic == s.topic);
        let back = before.as_ref().map(|b| b.framed.as_str());
        let framed = framer.frame(&tidied, &s.topic, back);
        if revision.0 != s.topic {
            let quoted = s
                .topic
                .as_deref()
                .is_some_and(revision::heading_names_revision);
            revision = (s.topic.clone(), quoted);
            simpler = quoted && s.topic.as_deref().is_some_and(revision::names_simpler);
        }
        if revision::introduces_revision(&s.text) {
            simpler = revision::names_simpler(&s.text);
            revision.1 = true;
        }
        let contest = if revision.1 {
            revision::contested(&tidied, &stated, &subject_words)
        } else {
            Vec::new()
        };
        // A simplified edition's rounded figure leaves the text's standing.
        for c in contest.iter().filter(|c| c.outright && !simpler) {
            if let Some(fact) = stated_in[c.at] {
                contested.push((fact, c.theirs.clone()));
            }
        }
        // A revision's own figures that contest the text's are not asked; the rest are.
        let disputed: Vec<&str> = contest.iter().map(|c| c.ours.as_str()).collect();
        let asked = crate::screen::askable_about(&tidied, about);
        // More quantities than a fact may ask would make a deck `check` refuses.
        let found = quantity::find_at_most(&tidied, crate::limits::MAX_ANSWERS + 1).len();
        let reason = if found == 0 {
            Some(LeftOut::NoQuantity)
        } else if found > crate::limits::MAX_ANSWERS {
            Some(LeftOut::TooMany)
        } else if asked.is_empty() {
            Some(LeftOut::NothingAskable)
        } else if clean::announces(&tidied) {
            Some(LeftOut::Announces)
        } else if is_relative_time(&tidied) {
            Some(LeftOut::RelativeTime)
        } else if clean::about_revision(&tidied)
            || revision.1 && revision::speaks_of_revision(&tidied)
        {
            Some(LeftOut::AboutRevision)
        } else if clean::embargo(&tidied) {
            Some(LeftOut::Embargo)
        } else if !seen.insert(tidied.to_lowercase())
            || revision::repeats(&tidied, &asked, &own, (&subject_words, revision.1))
        {
            Some(LeftOut::Repeat)
        } else if !disputed.is_empty() {
            asking_except(&tidied, &framed, about, &disputed)
                .is_none()
                .then_some(LeftOut::Restates)
        } else if revision.1 {
            revision::restatement(&tidied, &asked, &own, &subject_words).map(|r| match r {
                revision::Restates::Otherwise => LeftOut::Restates,
                revision::Restates::Same => LeftOut::Repeat,
            })
        } else {
            None
        };
        // "Ten minutes later Ivan Perišić levelled": a time counted from what the sentence
        // before tells is asked joined to it, where it says after what (round 53 recall).
        let counted = counted_from_before(&tidied, about);
        let counts_on = reason == Some(LeftOut::NothingAskable) && !counted.is_empty();
        let needs = join::dangles(&framed, framer.resolver.subject())
            .or_else(|| {
                let b = before.as_ref()?;
                join::introduced(&b.framed, &framed).then_some(join::Needs::Any)
            })
            .or(counts_on.then_some(join::Needs::Any))
            .filter(|_| {
                (reason.is_none() || counts_on) && disputed.is_empty() && !join::derives(&framed)
            });
        let joined = before
            .as_ref()
            .zip(needs)
            .filter(|(b, needs)| join::offers(&b.framed, *needs))
            .and_then(|(b, _)| {
                let also = if counts_on { counted.as_slice() } else { &[] };
                joined(b, &parts, (&tidied, &framed, also), about)
            });
        let reason = match reason {
            Some(LeftOut::NothingAskable) if counts_on && joined.is_some() => None,
            Some(r) => Some(r),
            None => (joined.is_none() && clean::leans_back(&framed)).then_some(LeftOut::LeansBack),
        };
        let fate = match reason {
            Some(reason) => {
                left_out.push(reason);
                if !matches!(reason, LeftOut::NoQuantity | LeftOut::Repeat) {
                    set_aside.push((set_aside_why(reason, &tidied, about), tidied.clone()));
                }
                Fate::Dropped(reason)
            }
            None => {
                if !revision.1 {
                    own.push((tidied.clone(), asked));
                }
                let sentence = (tidied.clone(), framed.clone());
                Fate::Kept(keep(
                    (&mut facts, &mut parts, &mut ids),
                    joined.ok_or(sentence),
                    (&s, whole),
                    about,
                    &disputed,
                ))
            }
        };
        if !revision.1 {
            stated.push((tidied.clone(), revision::figures_of(&tidied)));
            stated_in.push(match fate {
                Fate::Kept(k) => Some(k),
                Fate::Dropped(_) => None,
            });
        }
        let leans = join::dangles(&framed, framer.resolver.subject()).is_some();
        prev = Some(Before {
            topic: s.topic,
            tidied,
            framed,
            fate,
            leans,
        });
    }
    contested.extend(revision::shares_at_odds(&parts));
    let repeated = revision::repeated_figures(&parts, about, &subject_words);
    let contested: Vec<(usize, String, LeftOut)> = contested
        .into_iter()
        .map(|(k, f)| (k, f, LeftOut::Restates))
        .chain(repeated.into_iter().map(|(k, f)| (k, f, LeftOut::Repeat)))
        .collect();
    uncontested(
        &mut facts,
        &parts,
        &contested,
        about,
        (&mut left_out, &mut set_aside),
    );
    Imported {
        id: slug(&title, 6),
        as_of: about,
        subject: subject_name,
        title,
        source: doc.source.or(source.map(str::to_string)),
        facts,
        left_out,
        set_aside,
    }
}

/// The facts with every figure another revision gives another figure for no longer
/// asked; a fact left with nothing to ask is left out (`revision::contested`).
/// A figure asked elsewhere is not asked again: the repeat of a figure the text asks before
/// with the same words (`LeftOut::Repeat`) is listed with the sentences left out.
fn uncontested(
    facts: &mut Vec<Fact>,
    parts: &[(String, String)],
    contested: &[(usize, String, LeftOut)],
    about: Option<i32>,
    (left_out, set_aside): (&mut Vec<LeftOut>, &mut Vec<(String, String)>),
) {
    let mut gone = Vec::new();
    for (k, (tidied, framed)) in parts.iter().enumerate() {
        let mine: Vec<&(usize, String, LeftOut)> =
            contested.iter().filter(|(at, ..)| *at == k).collect();
        let figures: Vec<&str> = mine.iter().map(|(_, f, _)| f.as_str()).collect();
        let Some((.., reason)) = mine.first() else {
            continue;
        };
        match asking_except(tidied, framed, about, &figures) {
            Some(text) => {
                if let Fact::Sentence { fact, .. } = &mut facts[k] {
                    *fact = text;
                }
                // Its figures no longer asked are listed, so `check` and the deck say why
                // (issue 10: every dropped candidate explained).
                let why: Vec<String> = mine
                    .iter()
                    .map(|(_, f, r)| format!("{f}: {}", contested_why(*r)))
                    .collect();
                set_aside.push((why.join("; "), tidied.clone()));
            }
            None => gone.push((k, *reason)),
        }
    }
    for (k, reason) in &gone {
        left_out.push(*reason);
        set_aside.push((contested_why(*reason).to_string(), parts[*k].0.clone()));
    }
    for (k, _) in gone.into_iter().rev() {
        facts.remove(k);
    }
}

/// Why a figure of the text is no longer asked: another sentence asks it in the same words,
/// or another revision (or another sentence) of the page gives it another figure.
fn contested_why(reason: LeftOut) -> &'static str {
    match reason {
        LeftOut::Repeat => "asks again what an earlier sentence asks, in the same words",
        _ => "another revision or sentence of the page gives it another figure, so the text is no source for one answer",
    }
}

/// The fact asking what `tidied` asks but `except`, its figures marked with braces in
/// `framed`; `None` when nothing is left to ask or a figure cannot be found again.
fn asking_except(
    tidied: &str,
    framed: &str,
    about: Option<i32>,
    except: &[&str],
) -> Option<String> {
    let asked = asked_texts(tidied, about);
    if asked.iter().all(|a| !except.contains(&a.as_str())) {
        return Some(asking_the_same(tidied, framed, about));
    }
    let want: Vec<&str> = asked
        .iter()
        .map(String::as_str)
        .filter(|a| !except.contains(a))
        .collect();
    if want.is_empty() {
        return None;
    }
    braced(framed, &want)
}

/// What rewrites a sentence so that it reads on its own: its pronouns named, a release's
/// months dated, bare "rates" given their kind.
struct Framer {
    resolver: resolve::Resolver,
    /// The month and year a statistics release is about, from its title.
    period: Option<(usize, i32)>,
    /// The year of the page's revision its source line names.
    revised: Option<i32>,
    /// The last sentence under a heading that names a kind of rate ("the unemployment rate").
    last_rate: Option<(Option<String>, String)>,
}

impl Framer {
    /// `tidied` as the deck holds it, `back` being the sentence before under `topic`.
    fn frame(&mut self, tidied: &str, topic: &Option<String>, back: Option<&str>) -> String {
        let mut framed = self.resolver.resolve(tidied, back);
        framed = resolve::the_industry(&framed, back);
        framed = resolve::this_figure(&framed, back);
        framed = resolve::that_occasion(&framed, back);
        // "Over the past year the rate has stayed…" between them: the kind named last under
        // this heading (round 30: "rates went down for adult women" rated B seven times).
        let rated = back.filter(|b| resolve::rate_kind(b).is_some()).or(self
            .last_rate
            .as_ref()
            .filter(|(t, _)| t == topic)
            .map(|(_, r)| r.as_str()));
        framed = resolve::name_rates(&framed, rated);
        if resolve::rate_kind(&framed).is_some() {
            self.last_rate = Some((topic.clone(), framed.clone()));
        }
        let proper = |w: &str| self.resolver.is_proper(w);
        if let Some(period) = self.period {
            framed = dated::date_months(&framed, period);
            framed = dated::date_undated(&framed, period, proper);
            framed = dated::date_perfect(&framed, period, proper);
        } else if let Some(year) = self.revised {
            framed = dated::date_present(&framed, year, proper);
        }
        framed
    }
}

/// Keeps a sentence as a fact: `joined` into the fact before it, or as a new fact after
/// it, or (`Err`) its own (`tidied`, `framed`) as a fact of its own; the fact's index.
/// `disputed` are its figures another revision contests, not asked.
fn keep(
    (facts, parts, ids): (&mut Vec<Fact>, &mut Vec<(String, String)>, &mut Ids),
    joined: Result<Joined, (String, String)>,
    (s, whole): (&text::Sentence, Option<(String, String)>),
    about: Option<i32>,
    disputed: &[&str],
) -> usize {
    let (t, f) = match joined {
        Ok(Joined {
            into: Some(k),
            tidied,
            framed,
        }) => {
            if let Fact::Sentence { fact, note, .. } = &mut facts[k] {
                *fact = asking_the_same(&tidied, &framed, about);
                *note = joined_note(note.take(), &parts[k].0, &tidied, whole);
            }
            parts[k] = (tidied, framed);
            return k;
        }
        Ok(j) => (j.tidied, j.framed),
        Err(own) => own,
    };
    // The id comes from the sentence as the page has it, so a re-import keeps it.
    let id = ids.unique(slug(&s.text, 5));
    let fact =
        asking_except(&t, &f, about, disputed).unwrap_or_else(|| asking_the_same(&t, &f, about));
    facts.push(Fact::Sentence {
        id,
        fact,
        topic: s.topic.clone(),
        note: whole.map(|(cut, w)| t.replacen(&cut, &w, 1)),
    });
    parts.push((t, f));
    facts.len() - 1
}

/// The note of a fact joined from `part` and what `tidied` adds to it: the whole
/// sentences, where either was asked cut; `None` where neither was.
fn joined_note(
    note: Option<String>,
    part: &str,
    tidied: &str,
    whole: Option<(String, String)>,
) -> Option<String> {
    let added = &tidied[part.len()..];
    let told = match &whole {
        Some((cut, w)) => added.replacen(cut.as_str(), w, 1),
        None => added.to_string(),
    };
    let cut = note.is_some() || whole.is_some();
    cut.then(|| format!("{}{told}", note.unwrap_or_else(|| part.to_string())))
}

/// The sentence before the one being read, under the same heading.
struct Before {
    topic: Option<String>,
    tidied: String,
    framed: String,
    fate: Fate,
    /// Whether it leans on the sentence before it in turn ("They stopped at the summit…",
    /// "Others think…").
    leans: bool,
}

/// What became of a sentence: the fact it is (or was joined into), or why it was left out.
enum Fate {
    Kept(usize),
    Dropped(LeftOut),
}

/// A dangling sentence joined to the one before: into that one's fact, or as a new fact
/// after a sentence without a figure.
struct Joined {
    into: Option<usize>,
    tidied: String,
    framed: String,
}

/// The figures of `tidied` left unasked only because they count time from what the sentence
/// before tells ("Ten minutes later …"): joined to it, they are asked.
fn counted_from_before(tidied: &str, about: Option<i32>) -> Vec<String> {
    let found = quantity::find(tidied);
    crate::screen::screen_about(tidied, found, about)
        .dropped
        .into_iter()
        .filter(|d| d.why == crate::screen::Why::After)
        .map(|d| d.text)
        .collect()
}

/// The sentence (`tidied`, `framed`) joined to `before`, where that is the last fact kept
/// or a sentence without figures, the join stays short, and every figure each asked alone
/// is asked joined (a figure written in both would be asked in neither), and so are `also`,
/// those it asks only joined.
fn joined(
    before: &Before,
    parts: &[(String, String)],
    (tidied, framed, also): (&str, &str, &[String]),
    about: Option<i32>,
) -> Option<Joined> {
    let (into, (pt, pf)) = match before.fate {
        Fate::Kept(k) if k + 1 == parts.len() => (Some(k), (&parts[k].0, &parts[k].1)),
        // A sentence without figures is context only when it stands alone: "They stopped
        // at the summit…" before "The news reached London…" glues two riddles (rounds 37
        // and 38: C, "glued prompt, an unresolved They").
        Fate::Dropped(LeftOut::NoQuantity | LeftOut::NothingAskable) if !before.leans => {
            (None, (&before.tidied, &before.framed))
        }
        _ => return None,
    };
    let tidied = format!("{pt} {tidied}");
    let framed = format!("{pf} {}", once_dated(pf, framed));
    if framed.chars().count() > join::MAX_JOINED
        || quantity::find_at_most(&tidied, crate::limits::MAX_ANSWERS + 1).len()
            > crate::limits::MAX_ANSWERS
    {
        return None;
    }
    let texts = |s: &str| asked_texts(s, about);
    let mut want = texts(pt);
    want.extend(texts(&tidied[pt.len() + 1..]));
    want.extend(also.iter().cloned());
    let mut asked = texts(&tidied);
    asked.sort();
    want.sort();
    (asked == want).then_some(Joined {
        into,
        tidied,
        framed,
    })
}

/// `framed` without the opening date it shares with `before` ("In September 2000, taken
/// across all industries…" after a sentence opening "In September 2000,"): joined, the date
/// is said once.
fn once_dated<'a>(before: &str, framed: &'a str) -> std::borrow::Cow<'a, str> {
    let opening = |s: &str| s.find(", ").map(|k| s[..k + 2].to_string());
    match (opening(before), opening(framed)) {
        (Some(a), Some(b)) if a == b && a.starts_with("In ") && a.len() < 30 => {
            frame::capitalize(&framed[b.len()..]).into()
        }
        _ => framed.into(),
    }
}

/// The figures `sentence` asks, as written.
fn asked_texts(sentence: &str, about: Option<i32>) -> Vec<String> {
    crate::screen::askable_about(sentence, about)
        .into_iter()
        .map(|q| q.text)
        .collect()
}

/// The fact as the deck holds it: `framed` (the sentence with its subject named and its
/// month dated) where it asks what `tidied` asks. A name or year it added that the finder
/// would ask ("In September 2000, …") is kept out by marking the figures asked before with
/// braces; where those cannot be found again, the sentence stays as it was. Braces in
/// prose are text; in a fact they would mark (or break) the answer, so they are doubled.
fn asking_the_same(tidied: &str, framed: &str, about: Option<i32>) -> String {
    let texts = |s: &str| asked_texts(s, about);
    let want = texts(tidied);
    if tidied == framed || texts(framed) == want {
        return escape_braces(framed);
    }
    let want: Vec<&str> = want.iter().map(String::as_str).collect();
    braced(framed, &want).unwrap_or_else(|| escape_braces(tidied))
}

/// `framed` with each of `want`, in order, marked with braces and the rest escaped; `None`
/// when one cannot be found.
fn braced(framed: &str, want: &[&str]) -> Option<String> {
    let mut out = String::with_capacity(framed.len() + 2 * want.len());
    let mut from = 0;
    for w in want {
        let k = framed[from..].find(w)? + from;
        out.push_str(&escape_braces(&framed[from..k]));
        out.push('{');
        out.push_str(&escape_braces(w));
        out.push('}');
        from = k + w.len();
    }
    out.push_str(&escape_braces(&framed[from..]));
    Some(out)
}

#[derive(Serialize)]
struct Out<'a> {
    title: &'a str,
    id: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    source: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    as_of: Option<i32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    subject: Option<&'a str>,
    facts: &'a [Fact],
}

/// The deck as YAML, with a comment on how to go on editing it.
pub fn to_yaml(deck: &Imported) -> String {
    let body = serde_yaml::to_string(&Out {
        title: &deck.title,
        id: &deck.id,
        source: deck.source.as_deref(),
        as_of: deck.as_of,
        subject: deck.subject.as_deref(),
        facts: &deck.facts,
    })
    .unwrap_or_default();
    let questions_only = deck
        .facts
        .iter()
        .all(|f| matches!(f, Fact::Question { .. }));
    let how = if questions_only {
        "# Made by `factdrill import`. Each row is a question; `accept:` lists other right answers\n\
         # and `distractors:` the wrong options multiple choice may offer (without them, options\n\
         # come from the deck's other answers). Keep the `id`s: progress follows them when you\n\
         # reword a question. Check your edits with `factdrill check`.\n"
    } else {
        "# Made by `factdrill import`. Every quantity in a fact is asked; to ask only some, mark\n\
         # them with braces: `fact: The treaty was signed on {April 4, 1949}.` Keep the `id`s:\n\
         # progress follows them when you reword a fact. Check your edits with `factdrill check`.\n"
    };
    format!("{how}{body}{}", set_aside_comment(&deck.set_aside))
}

/// Why a sentence with figures was left out, as its comment says: the reason, or for a
/// sentence whose every figure is unfit, each figure's ("1500: a bound in time…").
fn set_aside_why(reason: LeftOut, sentence: &str, about: Option<i32>) -> String {
    if reason != LeftOut::NothingAskable {
        return reason.one().to_string();
    }
    let screened = crate::screen::screen_about(sentence, quantity::find(sentence), about);
    if screened.dropped.is_empty() {
        return reason.one().to_string();
    }
    let figures: Vec<String> = screened
        .dropped
        .iter()
        .map(|d| format!("{}: {}", d.text, d.why))
        .collect();
    figures.join("; ")
}

/// The sentences left out, as comments after the facts: "# - (sentence counting time
/// from when it was written) The latest decision…".
fn set_aside_comment(set_aside: &[(String, String)]) -> String {
    if set_aside.is_empty() {
        return String::new();
    }
    let mut out = String::from(
        "# Left out, each with its reason. To ask one, add it as a fact, reworded to stand\n\
         # on its own if need be, with its answer in braces.\n",
    );
    for (why, sentence) in set_aside {
        let line = crate::sanitize::one_line(&format!("({why}) {sentence}"));
        out.push_str(&format!("# - {line}\n"));
    }
    out
}

#[cfg(test)]
mod tests;
