//! A sentence-initial "It", "Its", "She", "He" or "They" replaced by what it stands for,
//! where that is safe, so that a fact reads on its own once out of its article (issue 10:
//! "Its diameter, 12,104 km, is close to Earth's" with Venus not named was rated B). Safe
//! means: the sentence before names the same thing (or is itself about it through a
//! pronoun of the same kind), or nothing else there could be meant. Anything else is left
//! as it is: a wrong name is worse than a dangling pronoun.

use super::frame::{capitalize, possessive, Subject};
use super::lead::{lead, Class, Lead, Pronoun};

mod context;
mod describe;
mod named;
use std::collections::HashSet;

/// Reads a text's sentences in order and resolves their opening pronouns.
#[derive(Debug)]
pub(crate) struct Resolver {
    subject: Option<Subject>,
    /// Which pronoun the text uses for its subject ("She" for the Titanic), once seen.
    class: Option<Class>,
    /// Words the text capitalises after another word: names, not sentence openings.
    proper: HashSet<String>,
    /// The subject's name as the text writes it mid-sentence ("smallpox" of "Smallpox").
    mid: Option<String>,
    /// The names of several capitalised words the text writes mid-sentence (`named`).
    names: Vec<String>,
}

/// What an opening pronoun stands for.
enum Referent {
    Subject,
    Name(String),
}

impl Resolver {
    /// A resolver for `text`, about `subject`.
    pub(crate) fn new(subject: Option<Subject>, text: &str) -> Resolver {
        let words: Vec<&str> = text.split_whitespace().collect();
        // A word ending a sentence ("…was big. Work on…") leaves the next a mere opening.
        let proper = words
            .windows(2)
            .filter(|p| {
                p[0].starts_with(char::is_alphanumeric)
                    && !p[0].ends_with(['.', '!', '?', ':'])
                    && p[1].starts_with(char::is_uppercase)
            })
            .map(|p| {
                p[1].trim_end_matches(|c: char| !c.is_alphanumeric())
                    .to_string()
            })
            .collect();
        let mid = subject.as_ref().map(|sub| mid_name(&sub.name, text));
        Resolver {
            subject,
            class: None,
            proper,
            mid,
            names: named::names(text),
        }
    }

    /// `sentence` with its opening pronoun and "the battle", "the disease" of the subject's
    /// kind named; `prev` is the sentence before it under the same heading, as rewritten.
    pub(crate) fn resolve(&mut self, sentence: &str, prev: Option<&str>) -> String {
        let sub = self.subject.as_ref();
        let named = match lead(sentence, sub) {
            Lead::Pronoun(p) => match self.referent(&p, sentence, prev) {
                Some(r) => self.name(sentence, &p, &r),
                None => sentence.to_string(),
            },
            _ => sentence.to_string(),
        };
        let named = self.describe(&named, prev);
        let named = self.object_it(&named, prev);
        let named = self.of_them(&named, prev);
        let named = named::name_the_noun(&named, &self.names);
        match prev.and_then(context::destination) {
            Some(place) => context::name_there(&named, &place),
            None => named,
        }
    }

    /// "Around 50 of them are tiny" after "Jupiter has at least 79 moons.", a sentence
    /// that opens with the subject and ends with the one plural it counts.
    fn of_them(&self, sentence: &str, prev: Option<&str>) -> String {
        let (Some(sub), Some(mid), Some(prev)) = (&self.subject, &self.mid, prev) else {
            return sentence.to_string();
        };
        if lead(prev, Some(sub)) != Lead::Subject {
            return sentence.to_string();
        }
        match context::counted(prev) {
            Some(noun) => context::name_them(sentence, &possessive(mid), noun),
            None => sentence.to_string(),
        }
    }

    /// "France and Croatia met in it on 15 July 2018" after a sentence that ends by naming
    /// the subject ("…was the 2018 FIFA World Cup final."): the one "it", after a
    /// preposition, with no other thing ("the", "a") named before it.
    fn object_it(&self, sentence: &str, prev: Option<&str>) -> String {
        let (Some(sub), Some(mid), Some(prev)) = (&self.subject, &self.mid, prev) else {
            return sentence.to_string();
        };
        let core = sub.name.trim_start_matches("the ").to_lowercase();
        let ends_naming = prev
            .trim_end_matches(|c: char| !c.is_alphanumeric())
            .to_lowercase()
            .ends_with(&core);
        if !ends_naming || self.written(sentence) {
            return sentence.to_string();
        }
        let ws: Vec<&str> = sentence.split(' ').collect();
        let bare = |w: &str| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        };
        let its: Vec<usize> = (0..ws.len())
            .filter(|&k| matches!(bare(ws[k]).as_str(), "it" | "its"))
            .collect();
        let [k] = its[..] else {
            return sentence.to_string();
        };
        let prepositions = [
            "in", "of", "at", "on", "from", "during", "into", "for", "with",
        ];
        let after_preposition = k > 0 && prepositions.contains(&ws[k - 1]);
        let nothing_before = ws[..k]
            .iter()
            .all(|w| !matches!(bare(w).as_str(), "the" | "a" | "an" | "this" | "that"));
        if !(after_preposition && nothing_before && ws[k].starts_with("it")) {
            return sentence.to_string();
        }
        let tail = &ws[k]["it".len()..];
        if tail.starts_with(char::is_alphanumeric) {
            return sentence.to_string();
        }
        let mut out: Vec<String> = ws.iter().map(|w| w.to_string()).collect();
        out[k] = format!("{mid}{tail}");
        out.join(" ")
    }

    /// "the disease" named as smallpox, unless the sentence names it already or it or the
    /// sentence before speaks of another thing of that kind ("The RMS Carpathia…", "a
    /// liner").
    fn describe(&self, sentence: &str, prev: Option<&str>) -> String {
        let (Some(sub), Some(mid)) = (&self.subject, &self.mid) else {
            return sentence.to_string();
        };
        let kinds = &sub.kinds;
        let other = |s: &str| describe::kind_used_otherwise(s, kinds);
        if kinds.is_empty() || self.written(sentence) || other(sentence) {
            return sentence.to_string();
        }
        if prev.is_some_and(|p| other(p) || self.about_other(p)) {
            return self.name_head(sentence);
        }
        describe::name_kind(sentence, kinds, mid)
    }

    /// "The final was watched by…" opens with the title's own noun: the subject, whatever
    /// came before (as before kinds were learnt from the text).
    fn name_head(&self, sentence: &str) -> String {
        let Some(sub) = &self.subject else {
            return sentence.to_string();
        };
        let opening = sub.head.map(|h| format!("The {h} "));
        let rest = opening.and_then(|o| sentence.strip_prefix(&o));
        match rest {
            Some(rest) if lead(sentence, Some(sub)) == Lead::Subject => {
                format!("{} {rest}", capitalize(&sub.name))
            }
            _ => sentence.to_string(),
        }
    }

    /// Whether `s` names the subject in any case or form ("smallpox", "Iceland's").
    fn written(&self, s: &str) -> bool {
        self.subject.as_ref().is_some_and(|sub| {
            let core = sub.name.trim_start_matches("the ").to_lowercase();
            s.to_lowercase().contains(&core)
        })
    }

    /// Whether `s` opens with a name other than the subject's: "The RMS Carpathia reached
    /// the scene…" is about another ship.
    fn about_other(&self, s: &str) -> bool {
        let sub = self.subject.as_ref();
        match lead(s, sub) {
            Lead::Subject => false,
            // "Estimates of the dead run…" is no name; "Croatia won…", "Ali Maow Maalin…" are.
            Lead::Named { name, defines, .. } => {
                let capitals = name
                    .split_whitespace()
                    .filter(|w| w.starts_with(char::is_uppercase));
                defines
                    || capitals.clone().count() > 1
                    || capitals.into_iter().any(|w| self.is_proper(w))
            }
            _ => s
                .strip_prefix("The ")
                .is_some_and(|r| r.starts_with(char::is_uppercase)),
        }
    }

    /// What `p` stands for, if that is safe to say.
    fn referent(&mut self, p: &Pronoun, sentence: &str, prev: Option<&str>) -> Option<Referent> {
        let before = prev.map(|s| lead(s, self.subject.as_ref()));
        let before = before.unwrap_or(Lead::Other);
        let person = matches!(p.class, Class::Male | Class::Female);
        match (&before, p.class) {
            // "They" only for a pair or group just named: "England and West Germany…".
            (Lead::Named { name, plural, .. }, Class::Plural) if *plural && !p.possessive => {
                Some(Referent::Name(name.clone()))
            }
            // "France won 4–2. They led 2–1 at half-time": a side named by what it did in a
            // match is "they" (round 51: the dangling "They led", C).
            (Lead::Named { name, plural, .. }, Class::Plural)
                if !*plural && !p.possessive && prev.is_some_and(|s| played(s, name)) =>
            {
                Some(Referent::Name(name.clone()))
            }
            // "…the New Zealander Edmund Hillary and the Nepali sherpa Tenzing Norgay, made…"
            (_, Class::Plural) if !p.possessive => prev.and_then(context::pair).map(Referent::Name),
            (_, Class::Plural) => None,
            (Lead::Subject, class) => {
                if self.subject.is_none() || expletive(sentence, p) {
                    return None;
                }
                let known = *self.class.get_or_insert(class);
                (known == class).then_some(Referent::Subject)
            }
            // "Phytophthora infestans is an oomycete. It was a chief cause…"
            (
                Lead::Named {
                    name,
                    defines,
                    plural,
                },
                Class::Thing,
            ) if *defines && !*plural => {
                (!expletive(sentence, p)).then(|| Referent::Name(name.clone()))
            }
            // "Harold Godwinson, from…, took the throne. He won…"
            (Lead::Named { name, plural, .. }, _) if person && !*plural && self.personal(name) => {
                let name = name.split(" of ").next().unwrap_or(name);
                Some(Referent::Name(name.to_string()))
            }
            // "Saturn, Uranus and Neptune are…" cannot be what "It" means.
            (Lead::Named { plural: true, .. }, class) => self.only_subject(class, sentence, p),
            (Lead::Named { .. }, _) if !person => None,
            (Lead::Named { .. }, class) => self.only_subject(class, sentence, p),
            // A plural before "It" or "He" cannot be what it means; nor can "the 200 m" be
            // "He"; "…yet she was running" before "She…" is about the same ship.
            (Lead::Plural, class) => self.only_subject(class, sentence, p),
            // "It counts him the most successful… He was the first…": an "It" left as it
            // was is no man.
            (Lead::Pronoun(q), class) if person && q.class != class => {
                self.only_subject(class, sentence, p)
            }
            // "By area Iceland is… Leaving out Greenland, it is…": the sentence before names
            // the subject, or speaks of it with a pronoun of this kind.
            (Lead::Other, class)
                if person || prev.is_some_and(|s| mentions(s, class) || self.names_subject(s)) =>
            {
                self.only_subject(class, sentence, p)
            }
            _ => None,
        }
    }

    /// What the text is about.
    pub(crate) fn subject(&self) -> Option<&Subject> {
        self.subject.as_ref()
    }

    /// Whether the text capitalises `word` in mid-sentence too: a name, not an opening.
    pub(crate) fn is_proper(&self, word: &str) -> bool {
        self.proper.contains(word)
    }

    /// Whether `sentence` names the subject in full ("Lake Baikal", "the Sahara").
    fn names_subject(&self, sentence: &str) -> bool {
        self.subject.as_ref().is_some_and(|sub| {
            let name = sub.name.trim_start_matches("the ");
            sentence.contains(name) && !sentence.contains(&format!("{name}'s"))
        })
    }

    /// Whether a name can be a person's: capitalised words, no "The", no figures ("The 200
    /// m is his best event" is no one); one word only if the text capitalises it mid-sentence
    /// too ("Garin", not "Work" of "Work on the ship began…").
    fn personal(&self, name: &str) -> bool {
        let words: Vec<&str> = name.split_whitespace().collect();
        !name.starts_with("The ")
            && words
                .iter()
                .all(|w| w.chars().all(|c| c.is_alphabetic() || "'-.".contains(c)))
            && (words.len() > 1 || self.proper.contains(name))
    }

    /// The subject, when `class` is the pronoun the text uses for it.
    fn only_subject(&self, class: Class, sentence: &str, p: &Pronoun) -> Option<Referent> {
        let known = self.class.unwrap_or(Class::Thing);
        (known == class && self.subject.is_some() && !expletive(sentence, p))
            .then_some(Referent::Subject)
    }

    /// `sentence` with the pronoun `p` replaced by `r`.
    fn name(&self, sentence: &str, p: &Pronoun, r: &Referent) -> String {
        let base = match r {
            // "Over the 20th century smallpox…": a name written in lower case mid-sentence.
            Referent::Subject if p.at.0 > 0 => self.mid.clone().unwrap_or_default(),
            Referent::Subject => self
                .subject
                .as_ref()
                .map_or(String::new(), |s| s.name.clone()),
            Referent::Name(n) => n.clone(),
        };
        if base.is_empty() {
            return sentence.to_string();
        }
        let mut named = if p.possessive {
            possessive(&base)
        } else {
            base
        };
        if p.at.0 == 0 {
            named = capitalize(&named);
        }
        format!("{}{named}{}", &sentence[..p.at.0], &sentence[p.at.1..])
    }
}

/// Words before "rate" that name no kind of rate.
const NO_RATE_KIND: &[&str] = &[
    "the", "a", "this", "that", "its", "their", "same", "new", "overall",
];

/// The kind of rate `text` names: "unemployment" of "the unemployment rate, to 3.9 percent".
pub(crate) fn rate_kind(text: &str) -> Option<String> {
    let words: Vec<&str> = text.split_whitespace().collect();
    words.windows(2).find_map(|w| {
        let kind = w[0].to_lowercase();
        let named = w[1].trim_matches(|c: char| !c.is_alphabetic()) == "rate"
            && kind.chars().all(char::is_alphabetic)
            && !NO_RATE_KIND.contains(&kind.as_str());
        named.then_some(kind)
    })
}

/// "The unemployment rate was 4.1 percent. … Rates for the major worker groups--adult men
/// (3.4 percent)…": bare "rates" are the kind the sentence before names (issue 10, round 14:
/// 14 questions rated B for "rates" never said to be unemployment rates).
pub(crate) fn name_rates(sentence: &str, prev: Option<&str>) -> String {
    let kind = prev.and_then(rate_kind);
    let Some(kind) = kind else {
        return sentence.to_string();
    };
    let named = name_the_rate(sentence, &kind);
    let sentence = named.as_str();
    let mut out = String::with_capacity(sentence.len() + kind.len() + 1);
    let mut rest = sentence;
    while let Some(at) = rest.find("ates") {
        let start = at.saturating_sub(1);
        let word_start = rest[..start].chars().last();
        let bare = matches!(word_start, None | Some(' ' | '-' | '('))
            && rest[at + 4..].starts_with(|c: char| !c.is_alphanumeric())
            && matches!(&rest[start..at], "R" | "r");
        let modifier = rest[..start].split_whitespace().last().unwrap_or("");
        let modified = !matches!(modifier.to_lowercase().as_str(), "" | "the" | "--")
            && !modifier.ends_with("--")
            && !modifier.ends_with(',');
        out.push_str(&rest[..start]);
        if bare && !modified {
            let capital = &rest[start..at] == "R";
            let kind = if capital {
                super::frame::capitalize(&kind)
            } else {
                kind.clone()
            };
            out.push_str(&kind);
            out.push(' ');
            out.push('r');
        } else {
            out.push_str(&rest[start..at]);
        }
        out.push_str("ates");
        rest = &rest[at + 4..];
    }
    out.push_str(rest);
    out
}

/// "Over the past year the rate has stayed between…" → "…the unemployment rate has…";
/// "for the major worker groups--adult men (3.2 percent), …" → "for the major worker
/// groups' unemployment rates--adult men…" (round 40: B seven times, "never says the
/// figures are unemployment rates"). A rate of something ("the rate of growth") stays.
fn name_the_rate(sentence: &str, kind: &str) -> String {
    let mut out = sentence.to_string();
    for (bare, named) in [
        ("the rate ", format!("the {kind} rate ")),
        ("The rate ", format!("The {kind} rate ")),
    ] {
        if let Some(at) = out.find(bare) {
            if !out[at + bare.len()..].starts_with("of ") {
                out.replace_range(at..at + bare.len(), &named);
            }
        }
    }
    if let Some(listed) = for_the_listed_groups(&out, kind) {
        return listed;
    }
    if !out.to_lowercase().contains("rate") {
        out = out.replacen("groups--", &format!("groups' {kind} rates--"), 1);
    }
    out
}

/// "For the other major worker groups--adult men (3.2 percent), teenagers (12.8
/// percent)--there was little or no change." → "For adult men (3.2 percent), teenagers
/// (12.8 percent), there was little or no change in the unemployment rates.": the list
/// names the groups, and "the other" groups, other than which, dangled (rounds 27–50: B in
/// every form, "the other major worker groups' unemployment rates--…--there was" awkward).
fn for_the_listed_groups(sentence: &str, kind: &str) -> Option<String> {
    let at = sentence.to_ascii_lowercase().find("for the ")?;
    let open = at + sentence[at..].find("--")?;
    let close = open + 2 + sentence[open + 2..].find("--")?;
    let groups = &sentence[at + "for the ".len()..open];
    let plain = groups.split_whitespace().count() <= 4
        && groups.ends_with("groups")
        && groups.chars().all(|c| c.is_alphabetic() || c == ' ');
    let rest = sentence[close + 2..].trim().trim_end_matches('.');
    // "For X--list--there was…" opens a clause of its own; "Rates for X--list--changed"
    // is the subject of one, already named.
    let opens = at == 0 || sentence[..at].ends_with(", ");
    if !plain || !opens || !rest.starts_with("there ") || sentence[open + 2..close].contains(". ") {
        return None;
    }
    let list = sentence[open + 2..close].trim();
    let tail = if rest.to_lowercase().contains("rate") {
        String::new()
    } else {
        format!(" in the {kind} rates")
    };
    let lead = &sentence[..at + "for".len()];
    Some(format!("{lead} {list}, {rest}{tail}."))
}

/// Nouns that, after a capitalised word opening a sentence, name an industry or sector:
/// "Manufacturing employment dropped…", "Construction jobs rose…".
const SECTOR_NOUNS: &[&str] = &["employment", "payrolls", "jobs", "industry", "sector"];

/// "Manufacturing employment dropped by 65,000 in January. The industry has lost 254,000
/// jobs since last June.": "The industry" is the sector the sentence before opens with
/// (issue 10, round 13: rated C, the industry never named).
pub(crate) fn the_industry(sentence: &str, prev: Option<&str>) -> String {
    let rest = ["The industry ", "The sector "]
        .iter()
        .find_map(|lead| sentence.strip_prefix(lead));
    let sector = prev.and_then(|p| {
        let mut words = p.split_whitespace();
        let (first, second) = (words.next()?, words.next()?);
        let noun = second
            .trim_matches(|c: char| !c.is_alphabetic())
            .to_lowercase();
        let named = first.starts_with(char::is_uppercase) && first.chars().all(char::is_alphabetic);
        // "Manufacturing shed 16,000 jobs": an industry's own name opens the sentence.
        let industry = INDUSTRIES.contains(&first.to_lowercase().as_str());
        (named && (industry || SECTOR_NOUNS.contains(&noun.as_str()))).then_some(first)
    });
    match (rest, sector) {
        (Some(rest), Some(sector)) => format!("{sector} {rest}"),
        // "Since the industry's peak in March it has lost 152,000 jobs" (round 20: C).
        (None, Some(sector)) if sentence.contains("the industry's ") => sentence.replacen(
            "the industry's ",
            &format!("{}'s ", sector.to_lowercase()),
            1,
        ),
        _ => sentence.to_string(),
    }
}

/// "The eastbound one … was set on 15-16 August 1995 by Air France Concorde F-BTSD. That
/// promotional flight went round the world…": an occasion pointed back to is the one of
/// the day the sentence before gives, "The promotional flight of 15-16 August 1995" (round
/// 52e: "That promotional flight" dangled, B in every form).
pub(crate) fn that_occasion(sentence: &str, prev: Option<&str>) -> String {
    const OCCASIONS: &[&str] = &[
        "flight",
        "voyage",
        "expedition",
        "match",
        "race",
        "game",
        "launch",
        "mission",
        "journey",
        "ascent",
        "climb",
        "attempt",
        "trip",
    ];
    let Some(rest) = ["That ", "This "]
        .iter()
        .find_map(|p| sentence.strip_prefix(p))
    else {
        return sentence.to_string();
    };
    let words: Vec<&str> = rest.splitn(4, ' ').collect();
    let Some(at) = words.iter().take(3).position(|w| OCCASIONS.contains(w)) else {
        return sentence.to_string();
    };
    let plain = words[..at]
        .iter()
        .all(|w| w.chars().all(|c| c.is_lowercase() || c == '-'));
    let days: Vec<crate::quantity::Quantity> = prev
        .map(crate::quantity::find)
        .unwrap_or_default()
        .into_iter()
        .filter(|q| matches!(q.value, crate::quantity::Value::Date(d) if d.day.is_some()))
        .collect();
    match (plain, days.as_slice()) {
        (true, [day]) => {
            let named = words[..=at].join(" ");
            let tail = &rest[named.len()..];
            format!("The {named} of {}{tail}", day.text)
        }
        _ => sentence.to_string(),
    }
}

/// "Total nonfarm payroll employment was up 252,000 in September. Striking communications
/// workers … helped lift this figure": "this figure" is what the sentence before opens
/// with, its subject before the verb that gives the figure (round 50: B in every form,
/// "helped lift this figure: the figure is not in the prompt").
pub(crate) fn this_figure(sentence: &str, prev: Option<&str>) -> String {
    const POINTERS: &[&str] = &["this figure", "that figure", "this number", "that number"];
    const VERBS: &[&str] = &[
        "was",
        "were",
        "is",
        "are",
        "rose",
        "fell",
        "grew",
        "increased",
        "decreased",
        "dropped",
        "declined",
        "edged",
        "climbed",
    ];
    let Some(pointer) = POINTERS.iter().find(|p| sentence.contains(*p)) else {
        return sentence.to_string();
    };
    let subject = prev.and_then(|p| {
        let words: Vec<&str> = p.split_whitespace().collect();
        let verb = words.iter().position(|w| VERBS.contains(w))?;
        let subject = &words[..verb];
        let plain = (2..=6).contains(&subject.len())
            && subject.iter().all(|w| w.chars().all(char::is_alphabetic))
            && !matches!(
                subject[0].to_lowercase().as_str(),
                "it" | "this" | "that" | "they"
            );
        plain.then(|| {
            let joined = subject.join(" ");
            let mut chars = joined.chars();
            chars.next().map_or(String::new(), |c| {
                c.to_lowercase().chain(chars).collect::<String>()
            })
        })
    });
    match subject {
        Some(subject) => sentence.replacen(pointer, &subject, 1),
        None => sentence.to_string(),
    }
}

/// Industries a statistics release names at a sentence's start without a sector noun.
const INDUSTRIES: &[&str] = &[
    "manufacturing",
    "construction",
    "mining",
    "retail",
    "services",
    "government",
    "agriculture",
    "transportation",
];

/// Whether the sentence before uses a pronoun of `class` itself ("…records of its
/// appearances"), so the text is still on the one thing a pronoun of that kind can mean.
fn mentions(prev: &str, class: Class) -> bool {
    let words: &[&str] = match class {
        Class::Thing => &["it", "its"],
        Class::Male => &["he", "his", "him"],
        Class::Female => &["she", "her"],
        Class::Plural => &["they", "their", "them"],
    };
    prev.split(|c: char| !c.is_alphabetic())
        .any(|w| words.contains(&w))
}

/// Whether an opening "It" stands for no thing: "It took 200 years for…", "It was the first
/// time…", "It is thought that…".
fn expletive(sentence: &str, p: &Pronoun) -> bool {
    if p.class != Class::Thing || p.possessive {
        return false;
    }
    let rest = sentence[p.at.1..].to_lowercase();
    // "It was the first – and so far the only – time England…": dashes stay in the clause.
    let clause = rest.split([',', ';']).next().unwrap_or_default();
    let ws: Vec<&str> = clause.split_whitespace().collect();
    let verb = ws.first().copied().unwrap_or_default();
    let empty_verbs = [
        "takes", "took", "take", "seems", "seemed", "appears", "appeared", "happens", "happened",
        "follows", "followed", "means", "meant",
    ];
    let be = matches!(verb, "is" | "was" | "has" | "had" | "will" | "would");
    // "It took place at Senlac Hill" is about the battle.
    let took_place = ws.get(1) == Some(&"place");
    empty_verbs.contains(&verb) && !took_place
        || be && (ws.contains(&"that") || ws.contains(&"time") || ws.get(2) == Some(&"to"))
}

/// The subject's name as written mid-sentence: "smallpox" where the text writes it so
/// ("Over the 20th century smallpox caused…"), else as the title has it.
fn mid_name(name: &str, text: &str) -> String {
    let lower = name.to_lowercase();
    let one_word = !name.contains(' ');
    let written_lower = text
        .match_indices(&format!(" {lower}"))
        .any(|(k, m)| !text[k + m.len()..].starts_with(char::is_alphanumeric));
    if one_word && lower != name && written_lower {
        lower
    } else {
        name.to_string()
    }
}

/// What a side does in a match, said right after its name.
const MATCH_VERBS: &[&str] = &["won", "beat", "lost", "drew", "led", "scored", "knocked"];

/// Whether `sentence` opens with `name` doing what a side does in a match ("France won 4–2").
fn played(sentence: &str, name: &str) -> bool {
    let verb = sentence
        .strip_prefix(name)
        .and_then(|rest| rest.split_whitespace().next());
    verb.is_some_and(|v| MATCH_VERBS.contains(&v)) && name.starts_with(char::is_uppercase)
}

#[cfg(test)]
mod tests;
