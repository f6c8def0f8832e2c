//! A sentence-initial "It", "Its", "She", "He" or "They" replaced by what it stands for,
//! where that is safe, so that a fact reads on its own once out of its article (issue 10:
//! "Its diameter, 12,104 km, is close to Earth's" with Venus not named was rated B). Safe
//! means: the sentence before names the same thing (or is itself about it through a
//! pronoun of the same kind), or nothing else there could be meant. Anything else is left
//! as it is: a wrong name is worse than a dangling pronoun.

use super::frame::{capitalize, possessive, Subject};
use super::lead::{lead, Class, Lead, Pronoun};
use std::collections::HashSet;

/// Reads a text's sentences in order and resolves their opening pronouns.
#[derive(Debug)]
pub(crate) struct Resolver {
    subject: Option<Subject>,
    /// Which pronoun the text uses for its subject ("She" for the Titanic), once seen.
    class: Option<Class>,
    /// Words the text capitalises after another word: names, not sentence openings.
    proper: HashSet<String>,
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
        Resolver {
            subject,
            class: None,
            proper,
        }
    }

    /// `sentence` with its opening pronoun (or "The battle…") named; `prev` is the sentence
    /// before it under the same heading, as already rewritten.
    pub(crate) fn resolve(&mut self, sentence: &str, prev: Option<&str>) -> String {
        let sub = self.subject.as_ref();
        match lead(sentence, sub) {
            Lead::Pronoun(p) => match self.referent(&p, sentence, prev) {
                Some(r) => self.name(sentence, &p, &r),
                None => sentence.to_string(),
            },
            Lead::Subject => self.name_head(sentence),
            _ => sentence.to_string(),
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

    /// "The battle happened on 14 October 1066." → "The Battle of Hastings happened…".
    fn name_head(&self, sentence: &str) -> String {
        let Some(sub) = &self.subject else {
            return sentence.to_string();
        };
        let Some(head) = sub.head else {
            return sentence.to_string();
        };
        let opening = format!("The {head} ");
        match sentence.strip_prefix(&opening) {
            Some(rest) => format!("{} {rest}", sub.capitalized()),
            None => sentence.to_string(),
        }
    }
}

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

#[cfg(test)]
mod tests;
