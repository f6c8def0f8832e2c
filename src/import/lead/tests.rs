use super::*;
use crate::import::frame::subject;

#[test]
fn leads_of_sentences() {
    let baikal = subject("Lake Baikal", "");
    let named = |name: &str, defines, plural| Lead::Named {
        name: name.to_string(),
        defines,
        plural,
    };
    // (sentence, lead, why)
    let cases = [
        (
            "Lake Baikal (/baɪˈkɑːl/) is a lake.",
            Lead::Subject,
            "the name",
        ),
        ("The lake sits in a rift.", Lead::Subject, "the head noun"),
        ("The lake bed lies deep.", Lead::Other, "a compound noun"),
        (
            "Harold Godwinson, from a family, took it.",
            named("Harold Godwinson", false, false),
            "a person",
        ),
        (
            "Phytophthora infestans is an oomycete.",
            named("Phytophthora infestans", true, false),
            "a binomial defined",
        ),
        (
            "The 1966 FIFA World Cup was the eighth.",
            named("The 1966 FIFA World Cup", true, false),
            "another thing defined",
        ),
        (
            "England and West Germany played it.",
            named("England and West Germany", false, true),
            "a pair",
        ),
        (
            "Soon after, Pitana decided.",
            named("Pitana", false, false),
            "past an opening",
        ),
        (
            "In October, 1977, Ali Maow Maalin of Somalia fell ill.",
            named("Ali Maow Maalin of Somalia", false, false),
            "past a dated opening",
        ),
        (
            "Volcanoes dominate the surface.",
            Lead::Plural,
            "a bare plural",
        ),
        (
            "Vaccination campaigns ran.",
            Lead::Plural,
            "a plural second",
        ),
        (
            "The summit rises 8,848 metres.",
            Lead::Other,
            "another thing",
        ),
        (
            "On 14 April the ship was sent six warnings about sea ice, yet she ran on.",
            Lead::Other,
            "a long opening",
        ),
    ];
    for (s, want, why) in cases {
        assert_eq!(lead(s, baikal.as_ref()), want, "{why}: {s}");
    }
}

#[test]
fn pronouns_past_an_opening() {
    let Lead::Pronoun(p) = lead("In 2009 he lowered it to 9.58.", None) else {
        panic!("In 2009 he");
    };
    assert_eq!((p.class, p.at), (Class::Male, (8, 10)));
    // Past a longer opening, only before a verb: "In the end he quit" is left alone.
    assert_eq!(
        lead("In the end he quit.", None),
        Lead::Other,
        "no verb known"
    );
    let Lead::Pronoun(p) = lead("From Crimea it spread to Western Europe.", None) else {
        panic!("From Crimea it spread");
    };
    assert_eq!((p.class, p.at), (Class::Thing, (12, 14)));
    let got = lead("Leaving out Greenland, it is the westernmost.", None);
    let Lead::Pronoun(p) = got else {
        panic!("{got:?}");
    };
    assert_eq!(
        (p.class, p.possessive, p.at),
        (Class::Thing, false, (23, 25))
    );
    let Lead::Pronoun(p) = lead("Her lifeboats were few.", None) else {
        panic!("Her");
    };
    assert_eq!((p.class, p.possessive), (Class::Female, true));
}
