//! Tables of answers people type, per kind, with the verdict each must get.

use super::*;
use crate::card::compile;
use crate::deck::parse;

fn card(fact: &str) -> Card {
    let src = format!("title: T\nfacts:\n  - {fact}\n");
    let deck = parse(src.as_bytes(), "t")
        .deck
        .unwrap_or_else(|| panic!("bad deck: {src}"));
    compile(&deck).cards.remove(0)
}

fn check(fact: &str, cases: &[(&str, Verdict)]) {
    let c = card(fact);
    for (given, want) in cases {
        let got = grade_typed(&c, given);
        assert_eq!(
            got.verdict, *want,
            "{fact:?} answered {given:?} ({:?})",
            got.reason
        );
    }
}

use Verdict::{Close, Correct, Wrong};

#[test]
fn counts() {
    check(
        "The treaty had 12 founding members.",
        &[
            ("12", Correct),
            ("twelve", Correct),
            ("Twelve", Correct),
            ("12 countries", Correct),
            ("12 members.", Correct),
            (" 12 ", Correct),
            ("13", Wrong),
            ("21", Wrong),
            ("1.2", Wrong),
            ("120", Wrong),
            ("", Wrong),
            ("many", Wrong),
            ("eleven", Wrong),
        ],
    );
    check(
        "Almost 16,000 troops serve.",
        &[
            ("16000", Correct),
            ("16,000", Correct),
            ("16 000", Correct),
            ("16k", Correct),
            ("16 thousand", Correct),
            ("sixteen thousand", Correct),
            ("15,500", Close),
            ("16,500", Close),
            // A near miss of a round figure is close (blind table: "15,000" for 16,000).
            ("15,000", Close),
            ("14,000", Wrong),
            ("1600", Wrong),
            ("160,000", Wrong),
            ("16", Close), // The figure without its scale (thousand).
        ],
    );
    check(
        "About 1.2 million people live there.",
        &[
            ("1.2 million", Correct),
            ("1,200,000", Correct),
            ("1.2m", Correct),
            ("1.2", Close),
            ("1.2 billion", Wrong),
            ("2.1 million", Wrong),
        ],
    );
    // A count hyphened to what it counts is answered with or without the word.
    check(
        "The 747 is a quadjet with ten-abreast seating in economy.",
        &[
            ("ten", Correct),
            ("10", Correct),
            ("ten-abreast", Correct),
            ("Ten-Abreast", Correct),
            ("10 abreast", Correct),
            ("nine-abreast", Wrong),
            ("abreast", Wrong),
            // Letters that change length in lower case never split a character.
            ("İİİİİİİİİ-abreast", Wrong),
            ("ten-ABREASTİ", Wrong),
        ],
    );
}

#[test]
fn years() {
    check(
        "NATO was founded in 1949.",
        &[
            ("1949", Correct),
            ("in 1949", Correct),
            ("1949 AD", Correct),
            ("April 4, 1949", Correct),
            ("1950", Close),
            ("1948", Close),
            ("1994", Wrong),
            ("1959", Wrong),
            ("49", Correct), // A two-digit year of the 1900s, as the pivot reads it.
            ("'49", Correct),
            ("39", Wrong),
            ("nineteen", Wrong),
            ("", Wrong),
        ],
    );
    // A year before the common era, found as a year, keeps its era.
    check(
        "Smallpox appeared around 10,000 BC.",
        &[
            ("10,000 BC", Correct),
            ("10000 bce", Correct),
            ("10,000 B.C.", Correct),
            ("10,001 BC", Close),
            ("10000", Close),
            ("10000 AD", Wrong),
            ("9000 BC", Wrong),
            ("1000 BC", Wrong),
        ],
    );
}

#[test]
fn dates() {
    check(
        "The treaty was signed on April 4, 1949.",
        &[
            ("April 4, 1949", Correct),
            ("4 April 1949", Correct),
            ("april 4 1949", Correct),
            ("1949-04-04", Correct),
            ("4/4/1949", Correct),
            ("04.04.1949", Correct),
            ("Apr 4, 1949", Correct),
            ("4th April 1949", Correct),
            ("on the 4th of April 1949", Correct),
            ("April 5, 1949", Close),
            ("March 4, 1949", Close),
            ("1949", Close),
            ("April 4, 1948", Close),
            ("April 4, 1959", Wrong),
            ("March 5, 1948", Wrong),
            ("1950", Wrong),
            ("4/5/1949", Close),
            ("April 4", Close),        // The year left out.
            ("April 14, 1949", Wrong), // A changed digit in the day.
            ("June 4, 1949", Wrong),
            ("yesterday", Wrong),
        ],
    );
    // Day-first or month-first: the order is notation, so either reading may match.
    check(
        "They met on July 11, 2018.",
        &[
            ("11/07/2018", Correct),
            ("07/11/2018", Correct),
            ("11.07.2018", Correct),
            ("11/08/2018", Close),
            ("11/07/2019", Close),
        ],
    );
    check(
        "They met in May 2017.",
        &[
            ("May 2017", Correct),
            ("may 2017", Correct),
            ("2017-05", Correct),
            ("5/2017", Correct),
            ("May 25, 2017", Correct),
            ("June 2017", Close),
            ("2017", Close),
            ("May 2016", Close),
            ("May 2015", Wrong),
        ],
    );
    check(
        "The summit was held on July 11-12, 2018.",
        &[
            ("July 11-12, 2018", Correct),
            ("11-12 July 2018", Correct),
            ("July 11, 2018", Close), // One day of the two.
            ("July 2018", Close),
            ("July 11-13, 2018", Close),
            ("June 11, 2018", Wrong),
            ("2019", Wrong),
        ],
    );
}

#[test]
fn percents() {
    check(
        "Spending rose by 4.8 percent.",
        &[
            ("4.8", Correct),
            ("4.8%", Correct),
            ("4,8", Correct),
            ("4,8 %", Correct),
            ("4.8 percent", Correct),
            ("4.8 per cent", Correct),
            ("4.80 %", Correct),
            ("4.5", Close),
            ("5", Close),
            ("5.2", Close),
            ("5.3", Wrong),
            ("48", Wrong),
            ("0.48", Wrong),
            ("8.4", Wrong),
        ],
    );
}

#[test]
fn money() {
    check(
        "It amounted to nearly $14 billion.",
        &[
            ("$14 billion", Correct),
            ("14 billion", Correct),
            ("14bn", Correct),
            ("$14B", Correct),
            ("14,000,000,000", Correct),
            ("14 billion dollars", Correct),
            ("fourteen billion", Correct),
            ("$13 billion", Close),
            ("14", Close),
            ("14 million", Wrong),
            ("$1.4 billion", Wrong),
            ("€14 billion", Wrong),
            ("$41 billion", Wrong),
        ],
    );
    check(
        "The budget was ₹500 crore in 2020.",
        &[
            ("₹500 crore", Correct),
            ("500 crore", Correct),
            ("Rs 500 crore", Correct),
            ("Rs. 500 crores", Correct),
            ("500 crore rupees", Correct),
            ("5 billion", Correct),
            ("5,000,000,000 INR", Correct),
            ("500", Close),
            ("50 crore", Wrong),
            ("500 lakh", Wrong),
            ("$500 crore", Wrong),
        ],
    );
    check(
        "Tickets cost CHF 12 each.",
        &[
            ("CHF 12", Correct),
            ("12 francs", Correct),
            ("12", Correct),
            ("12 euros", Wrong),
            ("21", Wrong),
        ],
    );
}

#[test]
fn durations_and_measures() {
    check(
        "NATO has kept the peace for nearly seven decades.",
        &[
            ("seven decades", Correct),
            ("7", Correct),
            ("7 decades", Correct),
            ("70 years", Correct),
            ("six decades", Wrong),
            ("7 years", Wrong),
            ("7 km", Wrong),
        ],
    );
    check(
        "Everest rises 8,849 metres above sea level.",
        &[
            ("8849", Correct),
            ("8,849 m", Correct),
            ("8.849 km", Correct),
            ("8849 metres", Correct),
            ("8,800", Correct), // Rounded to two significant digits.
            ("8,850", Correct),
            ("8,894", Wrong),   // Swapped digits.
            ("8.849", Correct), // A continental thousands point (heldout5).
            ("8.894", Wrong),
            ("8.85", Close), // A decimal: the scale left off.
            // The right figure in a unit of a size: close (heldout2, heldout4b, heldout5).
            ("8,849 feet", Wrong),
            ("8,849 km", Wrong), // A thousand times the size.
            ("29,032 feet", Correct),
            ("29032 ft", Correct),
            ("29,031 ft", Correct), // 8,848.6 m: 8,849 m as the fact writes it.
            ("29,000 ft", Correct), // Rounded to two significant digits.
            ("28,849 ft", Wrong),
            ("9 km", Close),
            ("9,849", Wrong),
            ("8849 kg", Wrong),
        ],
    );
    check(
        "Gagarin's orbit lasted 108 minutes.",
        &[
            ("108", Correct),
            ("108 minutes", Correct),
            ("1.8 hours", Correct),
            ("1 h 48 min", Correct),
            ("1 hour 48 minutes", Correct),
            ("1h48", Correct),
            ("1h 48m", Correct),
            ("6480 seconds", Correct),
            ("1 h 47 min", Close),
            ("1 h", Wrong),
            ("100", Close),
            ("180", Wrong),
            ("108 hours", Wrong),
        ],
    );
    check(
        "Light travels at 299,792 km per second.",
        &[
            ("299,792", Correct),
            ("299792 km/s", Correct),
            ("299,792 kilometres per second", Correct),
            ("299,792 km", Wrong),
            ("299,792 km per hour", Wrong),
            ("199,792", Wrong),
        ],
    );
}

#[test]
fn ordinals() {
    check(
        "Mars is the fourth planet from the Sun.",
        &[
            ("fourth", Correct),
            ("4th", Correct),
            ("4", Correct),
            ("Fourth", Correct),
            ("the fourth", Correct),
            ("third", Wrong),
            ("5th", Wrong),
        ],
    );
    check(
        "He was the 45th President.",
        &[
            ("45th", Correct),
            ("45", Correct),
            ("forty-fifth", Correct),
            ("44th", Wrong),
            ("54", Wrong),
        ],
    );
    // A century named by its years, only where the fact says "century".
    check(
        "fact: In the 18th century the disease killed many.",
        &[
            ("the 1700s", Correct),
            ("1700s", Correct),
            ("the 1800s", Wrong),
            ("18th", Correct),
        ],
    );
    check("He was the 45th President.", &[("the 4400s", Wrong)]);
}

#[test]
fn coarse_roundings() {
    check(
        "fact: Its diameter is 12,104 km.",
        &[
            ("about 10,000 km", Close),
            ("12,000 km", Correct),
            ("20,000 km", Wrong),
        ],
    );
    // A count a teacher wants exact: rounded coarsely and said to be rounded is close; a
    // round figure typed as exact, or a changed digit, is wrong ("10 times" for eleven).
    check(
        "fact: 49 riders came from France.",
        &[
            ("about 50", Close),
            ("~50", Close),
            ("50", Wrong),
            ("48", Wrong),
            ("60", Wrong),
        ],
    );
    // A small whole number typed counts units: "a year" for 15 months is another figure.
    check(
        "fact: It took 15 months.",
        &[("a year", Wrong), ("15 months", Correct)],
    );
    check(
        "fact: They gathered 47.5 pounds of rock.",
        &[
            ("47.5 lb", Correct),
            ("50 pounds", Close),
            ("47.5 kg", Wrong), // Right figure, wrong unit: it says so.
            ("47.5 g", Wrong),
            ("47.5 tonnes", Wrong),
        ],
    );
}

#[test]
fn text_and_accept_lists() {
    let src = "title: T\nfacts:\n  - question: Who walked first on the Moon?\n    answer: Neil Armstrong\n    accept: [Armstrong]\n";
    let c = compile(&parse(src.as_bytes(), "t").deck.unwrap())
        .cards
        .remove(0);
    for (given, want) in [
        ("Neil Armstrong", Correct),
        ("neil armstrong", Correct),
        ("Armstrong", Correct),
        ("Niel Armstrong", Correct),
        ("Buzz Aldrin", Wrong),
        ("", Wrong),
    ] {
        assert_eq!(grade_typed(&c, given).verdict, want, "{given}");
    }
}

#[test]
fn tolerance_widens_or_narrows_close() {
    check(
        "fact: The rise was 12 percent.\n    tolerance: 0",
        &[("12", Correct), ("12.5", Wrong)],
    );
    check(
        "fact: The orbit lasted 108 minutes.\n    tolerance: 10",
        &[("100", Close), ("95", Wrong)],
    );
    check(
        "fact: It had 40 partners.\n    tolerance: 10%",
        &[("37", Close), ("35", Wrong)],
    );
}

#[test]
fn choices_by_letter_number_or_text() {
    let c = card("The treaty had 12 founding members.");
    let choices: Vec<String> = ["10", "12", "14", "16"]
        .iter()
        .map(|s| s.to_string())
        .collect();
    let cases: &[(&str, Verdict)] = &[
        ("b", Correct),
        ("B", Correct),
        ("b)", Correct),
        ("12", Correct),
        ("a", Wrong),
        ("4", Wrong),
        ("e", Wrong),
        ("twelve", Correct),
        ("", Wrong),
    ];
    for (given, want) in cases {
        assert_eq!(
            grade_choice(&c, &choices, 1, given).0.verdict,
            *want,
            "{given}"
        );
    }
    let dated = card("The treaty was signed in 1949.");
    let years: Vec<String> = ["1945", "1949", "1953", "1957"]
        .iter()
        .map(|s| s.to_string())
        .collect();
    assert_eq!(
        grade_choice(&dated, &years, 1, "a").0.reason.as_deref(),
        Some("4 years too early"),
        "a wrong pick says how far off"
    );
    let words: Vec<String> = ["Paris", "Rome", "Oslo", "Bern"]
        .iter()
        .map(|s| s.to_string())
        .collect();
    assert_eq!(pick_choice(&words, "3"), Some(2));
    assert_eq!(pick_choice(&words, "rome"), Some(1));
}

#[test]
fn a_text_answer_keeps_its_sign() {
    // Normalizing text drops marks; "2.94" for a braced −2.94 was graded correct. A braced
    // plain number is graded as a figure. A dropped sign was close, as for "−89.2 °C"; since
    // round 3 it is wrong for a plain figure, whose sign is part of its number (the heldout
    // and heldout4 teachers: "a positive magnitude is far fainter"; heldout3's says close).
    check(
        "fact: It can reach a magnitude of {−2.94}, bright enough to throw shadows.",
        &[
            ("−2.94", Correct),
            ("-2.94", Correct),
            ("minus 2.94", Correct),
            ("about -3", Close),
            // Round 3: a magnitude's sign is part of its figure (heldout, heldout4).
            ("2.94", Wrong),
            ("+2.94", Wrong),
            ("-3.94", Wrong),
        ],
    );
}

#[test]
fn a_braced_plain_number_is_graded_as_a_figure() {
    // Issue 11: "{2½ times}", "{Mach 2.04}", "{37.5°}", "{6 cents}" are no quantity the
    // finder names, but a student types them in any notation.
    let cases: &[(&str, &[(&str, Verdict)])] = &[
        (
            "fact: The new engine was {2½ times} as strong.",
            &[
                ("2.5 times", Correct),
                ("two and a half times", Correct),
                ("2 1/2", Correct),
                ("2.5", Correct),
                ("4 times", Wrong),
            ],
        ),
        (
            "fact: It cruised at {Mach 2.04}.",
            &[
                ("Mach 2.04", Correct),
                ("2.04", Correct),
                ("Mach 2", Close),
                ("Mach 3", Wrong),
                ("2.04 km/h", Wrong), // A unit for a word the grader does not know.
            ],
        ),
        (
            "fact: The slope reached {37.5°} at the top.",
            &[
                ("37.5 degrees", Correct),
                ("37.5", Correct),
                ("40 degrees", Close),
                ("45 degrees", Wrong),
            ],
        ),
        (
            "fact: The share price dipped {6 cents}.",
            &[
                ("6¢", Correct),
                ("$0.06", Correct),
                ("6 cents", Correct),
                ("60 cents", Wrong),
                ("6%", Wrong), // A percentage is no amount of money (heldout5).
                ("6 percent", Wrong),
            ],
        ),
        (
            // "a" (annum) at the end of an infobox value: years, so days are wrong (heldout5).
            "fact: \"Orbital period {75.3 a}\"",
            &[
                ("75.3 years", Correct),
                ("75.3", Correct),
                ("75.3 days", Wrong),
                ("75.3 hours", Wrong),
                ("75 years", Close),
            ],
        ),
        (
            // A power of ten pasted flat ("×1027" for × 10²⁷) reads as the power (heldout5).
            "fact: \"Mass {1.8986×1027 kg}\"",
            &[
                ("1.8986 x 10^27 kg", Correct),
                ("1.8986 × 10^27", Correct),
                ("1.9e27 kg", Correct),
                ("1.8986×1027 kg", Correct),
                ("1.8986", Close), // The scale left off.
                ("1.8986 × 10^26 kg", Wrong),
                ("1,027 kg", Wrong),
            ],
        ),
        (
            // A label with a name before its number stays text.
            "fact: The crew flew on {Apollo 11}.",
            &[("Apollo 11", Correct), ("Apollo 12", Wrong), ("11", Wrong)],
        ),
    ];
    for (fact, answers) in cases {
        check(fact, answers);
    }
}

#[test]
fn temperatures_typed_with_a_capital_letter_for_their_scale() {
    check(
        "fact: The lake reached {20 °C} in August.",
        &[
            ("68 F", Correct),
            ("68 °F", Correct),
            ("20 C", Correct),
            ("293 K", Correct),
            ("20 F", Wrong), // Right figure, wrong scale: it says so.
            ("20 K", Wrong),
            ("21 F", Wrong),
        ],
    );
}

#[test]
fn an_answer_in_two_parts_given_by_its_larger_part_is_close() {
    check(
        "fact: The crossing took {21 hours, 36 minutes}.",
        &[
            ("21 hours", Close),
            ("21 h 36 min", Correct),
            ("21.6 hours", Correct),
            ("22 hours", Close),
            ("36 minutes", Wrong),
        ],
    );
}

#[test]
fn a_date_range_with_the_wrong_year_is_wrong() {
    // Found by the second held-out table: the year written once, at the end, was not compared.
    check(
        "fact: It was held in England from {11 July to 30 July 1966}.",
        &[
            ("11 July to 30 July 1966", Correct),
            ("11 July to 30 July 1960", Wrong),
            ("11 to 30 July 1966", Correct),
        ],
    );
}

#[test]
fn shares_words_and_conversions_in_braces() {
    let cases: &[(&str, &[(&str, Verdict)])] = &[
        (
            // A share in words is a percentage in any notation.
            "fact: About {two-fifths} of the land is desert.",
            &[
                ("2/5", Correct),
                ("40%", Correct),
                ("0.4", Correct),
                ("a half", Wrong),
            ],
        ),
        (
            // A figure in words with a word after it.
            "fact: The signal was {one thousand times} stronger.",
            &[
                ("1,000 times", Correct),
                ("a thousand times", Correct),
                ("100 times", Wrong),
            ],
        ),
        (
            // An amount in words and its unit.
            "fact: The climb took {two and a quarter hours}.",
            &[
                ("2.25 hours", Correct),
                ("2 hours 15 minutes", Correct),
                ("3 hours", Wrong),
            ],
        ),
        (
            // A conversion rounded as finely as written; a time read finer is not one.
            "fact: The summit is {1,186.5 m} above the sea.",
            &[
                ("3,893 feet", Correct),
                ("3,900 feet", Close),
                ("4,000 feet", Close),
            ],
        ),
        (
            // A multiplier in one word, and "x" for times.
            "fact: Sales grew {sixfold} in a year.",
            &[
                ("6 times", Correct),
                ("6x", Correct),
                ("six times", Correct),
                ("3 times", Wrong),
            ],
        ),
        (
            // "&" for "and".
            "fact: He won the title at the Games of {2008 and 2012}.",
            &[
                ("2008 & 2012", Correct),
                ("2008 and 2016", Close),
                ("2004 and 2016", Wrong),
            ],
        ),
    ];
    for (fact, answers) in cases {
        check(fact, answers);
    }
}

#[test]
fn second_heldout_shapes() {
    let cases: &[(&str, &[(&str, Verdict)])] = &[
        (
            // Pressures convert; "bar" is read in answers (1 bar is 0.99 atm: near, not it).
            "fact: At ground level, at {92 atmospheres}, it is a fluid.",
            &[
                ("92 atm", Correct),
                ("about 9.3 MPa", Correct),
                ("92 bar", Close),
                ("92 kilometres", Wrong),
                ("29 atmospheres", Wrong),
            ],
        ),
        (
            // A bare figure with decimals is a measure left unnamed: a unit typed with it
            // names it; a whole count stays a count ("12 km" for 12 members is wrong).
            "fact: He ran the 200 metres in {19.30} in 2008.",
            &[
                ("19.3 seconds", Correct),
                ("19.30", Correct),
                ("19.03 seconds", Wrong),
            ],
        ),
        (
            "fact: The alliance had {12} founding members.",
            &[("12 km", Wrong), ("12", Correct)],
        ),
        (
            "fact: Escape velocity {10.36 km/s} (6.44 mi/s)",
            &[("6.44 mi/s", Correct), ("6.44 km/s", Wrong)],
        ),
        (
            // A braced negative amount keeps its sign; whole units of a long figure suffice.
            "fact: Sidereal rotation period {−243.0226 d} (retrograde)",
            &[
                ("-243 days", Correct),
                // Round 3: "(retrograde)" in the fact carries the sign (heldout4).
                ("243 days", Correct),
                ("-243 hours", Wrong),
                ("-116.75 d", Wrong),
            ],
        ),
        (
            // Dropping the last part is close; dropping two is not.
            "fact: A flight of {8 days, 3 hours, 18 minutes, 35 seconds}.",
            &[
                ("8d 3h 18m 35s", Correct),
                ("8 days 3 hours 18 minutes", Close),
                ("8 days 3 hours 19 minutes", Close), // a record rounded: close
                ("8 days 3 hours 17 minutes", Wrong),
                ("3 days 8 hours", Wrong),
            ],
        ),
        (
            // "and a half" is written to the half: no rounding of 1.5 to whole hours.
            "fact: The ship came about {an hour and a half} later.",
            &[
                ("90 minutes", Correct),
                ("an hour and a hlaf", Correct),
                ("half an hour", Wrong),
                ("2 hours", Wrong),
            ],
        ),
        (
            "fact: '{Six hours and 39 minutes} afterwards he stepped out.'",
            &[
                ("six and a half hours", Close),
                ("6 hours 93 minutes", Wrong),
            ],
        ),
        (
            "fact: Circulation grew {sixfold} in a year.",
            &[("sixfod", Correct), ("600 percent", Close), ("500%", Wrong)],
        ),
        (
            "fact: Smallpox caused {300–500 million} deaths.",
            &[
                ("300,000,000–500,000,000", Correct),
                ("300-500", Close),
                ("15 million", Wrong),
            ],
        ),
        (
            "fact: With a circulation of {20,000} he could not lose them.",
            &[("20 thousnd", Correct), ("20 billon", Wrong)],
        ),
        (
            // Zeros typed to the unit are digits: 300 K is 27 °C (300.15 K).
            "fact: Weather {27 °C} (81 °F)",
            &[("300 K", Correct), ("350 K", Wrong)],
        ),
        (
            "fact: It ran until {11:45 p.m.} that day.",
            &[
                ("23:45", Correct),
                ("quarter to twelve at night", Correct),
                ("11:45", Close),
                ("11:45 am", Wrong),
            ],
        ),
        (
            // A day named by its feast is its date, either way round.
            "fact: William was crowned on {Christmas Day, 1066} in Westminster.",
            &[
                ("25 December 1066", Correct),
                ("christmas day 1066", Correct),
                ("24 December 1066", Close),
                ("25 December 1067", Close),
                ("1066", Close),
                ("14 October 1066", Wrong),
            ],
        ),
        (
            // "at 02:20": a time of day on the 24-hour clock, not a duration.
            "fact: She sank at {02:20} on 15 April.",
            &[
                ("2:20 am", Correct),
                ("02:20", Correct),
                ("2:20", Close),
                ("14:20", Wrong),
            ],
        ),
    ];
    for (fact, answers) in cases {
        check(fact, answers);
    }
}

/// Shapes from the third held-out table (issue 11, round 2), each beside a case that keeps
/// the rule from reaching too far.
#[test]
fn third_heldout_shapes() {
    let fact = |f: &str| format!("fact: '{}'", f.replace('\'', "''"));
    // Another scale is wrong; only a bare figure under a thousand lacks its scale.
    check(
        &fact("Payroll employment rose to {132.1 million}."),
        &[
            ("132,100", Wrong),
            ("132.1", Close),
            ("132.1 million", Correct),
        ],
    );
    // A time after "a" or "per" is a rate phrase, not the unit counted.
    check(
        &fact("Payroll employment grew by {229,000} a month in 1999."),
        &[
            ("229k a month", Correct),
            ("229,000 per month", Correct),
            ("229 km", Wrong),
        ],
    );
    // Hours with primes for minutes and seconds; h:mm:ss beyond a day.
    check(
        &fact("Garin's winning time was {94h 33' 14\"}."),
        &[
            ("94:33:14", Correct),
            ("94 h 33 min 14 s", Correct),
            ("94:33:41", Wrong),
        ],
    );
    // An ordinal a minute off is close; a rank one off is another rank.
    check(
        &fact("He scored in the 18th minute of the final."),
        &[
            ("18th", Correct),
            ("19th", Close),
            ("17th minute", Close),
            ("28th", Wrong),
        ],
    );
    check(
        &fact("Venus is the 2nd planet from the Sun."),
        &[("second", Correct), ("3rd", Wrong)],
    );
    // A prime alone is a minute where a time is asked, feet where a length is.
    check(
        &fact("The goal came after {18 minutes} of play."),
        &[("18'", Correct), ("19'", Close), ("18 ft", Wrong)],
    );
    check(
        &fact("He stood {6 feet 5 inches} tall."),
        &[("6'5\"", Correct), ("77\"", Correct)],
    );
    // Swapped digits are a changed figure, a round near miss is close.
    check(
        &fact("The water has a residence time of {330 years}."),
        &[("303 years", Wrong), ("320 years", Close), ("330", Correct)],
    );
    // A round answer converted and rounded by hand within 1 %; a precise one is not.
    check(
        &fact("The station orbits at about {28,000 km/h}."),
        &[("17,500 mph", Correct), ("16,500 mph", Close)],
    );
    check(
        &fact("The water was {27 °C}."),
        &[("300 K", Correct), ("298 K", Close)],
    );
    check(
        &fact("The lake bed lies {1,186.5 m} under sea level."),
        &[
            ("3,893 feet", Correct),
            ("3,900 feet", Close),
            ("-1186.5 m", Correct),
        ],
    );
    // The wording's own sign: a change down beside the figure, not a level it fell to.
    check(
        &fact("Manufacturing employment dropped by {65,000} in January."),
        &[("minus 65,000", Correct), ("65,000", Correct)],
    );
    check(
        &fact("The herd fell to {5,000} animals."),
        &[("-5,000", Wrong), ("5,000", Correct)],
    );
    // A range or a bound for one figure does not commit to it.
    check(
        &fact("ENIAC contained {17,468} vacuum tubes."),
        &[
            ("between 17,000 and 18,000", Close),
            ("between 15,000 and 16,000", Wrong),
            ("just under 17,500", Close),
            ("over 17,500", Wrong),
        ],
    );
    check(
        &fact("More than {80 percent} of infected children died."),
        &[("over 80%", Correct)],
    );
    // "6" in the asked unit, cents.
    check(
        &fact("Hourly earnings went up by {6 cents}."),
        &[("6", Correct), ("6 dollars", Wrong)],
    );
    // Two-digit years in numeric dates read by the pivot.
    check(
        &fact("The next perihelion is on {28 July 2061}."),
        &[("28/7/61", Close), ("28/7/2061", Correct)],
    );
    check(
        &fact("Messner climbed Everest without oxygen on {8 May 1978}."),
        &[("8/5/78", Correct), ("May 8th '78", Correct)],
    );
    // A range of days without its year: right when the question shows the year.
    check(
        &fact("At the 2018 summit, leaders met on {July 11-12, 2018}."),
        &[
            ("11-12 July", Correct),
            ("July 11", Close),
            ("11-12 July 2017", Close),
        ],
    );
    check(
        &fact("Leaders were to meet at a summit on {July 11-12, 2018}."),
        &[("11-12 July", Close), ("July 11-12, 2018", Correct)],
    );
}

/// Issue 11, round 3: shapes read from the fourth held-out table and the second one's test
/// half (angles, densities, money in words, signs that mark a direction, shares as percents).
#[test]
fn fourth_heldout_shapes() {
    let fact = |f: &str| format!("fact: '{}'", f.replace('\'', "''"));
    // An angle is a measure: whole degrees keep a figure of three digits.
    check(
        &fact("Venus has an axial tilt of {177.36°} to its orbit."),
        &[
            ("177°", Correct),
            ("177.4°", Correct),
            ("180°", Close),
            ("171°", Wrong),
        ],
    );
    check(
        &fact("Halley's Comet has an orbital inclination of {162.3°}."),
        &[("162°", Correct), ("126°", Wrong)],
    );
    // Record times keep every digit (the angle rule is no looser for them).
    check(
        &fact("He ran the race in {10.49 seconds}."),
        &[
            ("10.5 seconds", Close),
            ("10.4 seconds", Wrong),
            ("10 seconds", Close),
        ],
    );
    // A precise figure cut to whole units is a coarse reading: close.
    check(
        &fact("A solar day on Mars lasts about {24.7 hours}."),
        &[
            ("24 hours", Close),
            ("25 hours", Close),
            ("24.6 hours", Close),
            ("24.5 hours", Wrong),
            ("23 hours", Wrong),
        ],
    );
    check(
        &fact("Garin's winning time was {94h 33' 14\"}."),
        &[("about 94 hours", Close), ("93 hours", Wrong)],
    );
    // Densities convert.
    check(
        &fact("Venus has a mean density of {5.243 g/cm3}."),
        &[
            ("5243 kg/m3", Correct),
            ("5.243 g/cm³", Correct),
            ("5.243 kg/m3", Wrong),
            ("5.243 grams", Wrong),
        ],
    );
    // Money spelled out: "pounds" is sterling where money is asked, a mass where a
    // measure is.
    check(
        &fact("Concorde had a unit cost of {£23 million} in 1977."),
        &[
            ("23 million pounds", Correct),
            ("£23 million", Correct),
            ("23 million dollars", Wrong),
        ],
    );
    check(
        &fact("The contract was worth {$23 million}."),
        &[("23 million dollars", Correct), ("23 million euros", Wrong)],
    );
    check(
        &fact("The prize was {€5 million}."),
        &[("5 million euros", Correct), ("5 million pounds", Wrong)],
    );
    check(
        &fact("The lowest reading was {46.4 °C} (115.5 °F)."),
        &[
            ("115.5 °F", Correct),
            ("116 °F", Correct),
            ("114 °F", Wrong),
            ("46.4 °F", Wrong),
        ],
    );
    check(
        &fact("The rock sample weighed {47.5 pounds}."),
        &[("47.5 pounds", Correct), ("£47.5", Wrong)],
    );
    // A sign that marks a direction the fact spells out; a magnitude's sign is its figure.
    check(
        &fact("Venus has a sidereal rotation period of {−243.0226 d} (retrograde)."),
        &[
            ("243 days", Correct),
            ("-243 days", Correct),
            ("116.75 days", Wrong),
        ],
    );
    check(
        &fact("Jupiter can reach an apparent magnitude of {−2.94}."),
        &[("2.94", Wrong), ("-2.94", Correct), ("minus 2.94", Correct)],
    );
    check(
        &fact("The lowest temperature recorded was {−89.2 °C}."),
        &[("89.2 °C", Close)],
    );
    // A share written as a decimal, answered as a percentage.
    check(
        &fact("Halley's Comet has an albedo of {0.04}."),
        &[
            ("4%", Correct),
            ("0.04", Correct),
            ("40%", Wrong),
            ("4", Wrong),
        ],
    );
}

/// A figure's stated equivalent in the fact is a right answer, rounded as finely as it is
/// written there; money restated in today's terms is no equivalent.
#[test]
fn a_stated_equivalent_is_right() {
    let fact = |f: &str| format!("fact: '{}'", f.replace('\'', "''"));
    check(
        &fact("Its top speed was {Mach 2.04} (1,354 mph or 2,180 km/h at cruise altitude)."),
        &[
            ("2,180 km/h", Correct),
            ("1354 mph", Correct),
            ("Mach 2.04", Correct),
            ("2,180 mph", Wrong),
            ("2,810 km/h", Wrong),
        ],
    );
    check(
        &fact("Salah has average highs of {46. 4 °C} or 115. 5 °F in July."),
        &[
            ("46.4 °C", Correct),
            ("115.5 °F", Correct),
            ("about 46 °C", Close),
            ("115.5 °C", Wrong),
        ],
    );
    check(
        &fact("The diameter is {12,104 km} (7,521 mi), close to Earth's."),
        &[("7,521 mi", Correct), ("7,521 km", Wrong)],
    );
    // An answer in the answer's own unit is graded against the answer, not its equivalent.
    check(
        &fact("Escape velocity is {10.36 km/s} (6.44 mi/s)."),
        &[
            ("about 10 km/s", Close),
            ("6.44 mi/s", Correct),
            ("10.4 km/s", Close),
        ],
    );
    check(
        &fact("It cost {$500,000} (approximately $6,000,000 today)."),
        &[("$6,000,000", Wrong)],
    );
    check(
        &fact("Concorde's top speed was {Mach 2.04}."),
        &[("2,180 km/h", Wrong)],
    );
}

/// A century or decade named by its years or by an ordinal (issue 11, round 3).
#[test]
fn centuries_by_years_or_ordinal() {
    check(
        "fact: The plague came back every generation until the {1700s}.",
        &[
            ("18th century", Correct),
            ("1700's", Correct),
            ("the 1700s", Correct),
            ("1700", Close),
            ("1750", Close),
            ("1800s", Wrong),
            ("17th century", Wrong),
            ("1700 seconds", Wrong),
        ],
    );
    check(
        "fact: The storm has been known since at least the {17th century}.",
        &[
            ("1600s", Correct),
            ("seventeenth century", Correct),
            ("17th c.", Correct),
            ("1665", Close),
            ("16th century", Wrong),
            ("1700s", Wrong),
        ],
    );
}

/// Dates in figures and ranges of dates are read, never matched letter by letter; an amount
/// of cents is compared in cents (issue 11, round 3).
#[test]
fn dates_ranges_and_cents_read_as_written() {
    check(
        "fact: 'The World Cup was held from {11 July to 30 July 1966}.'",
        &[
            ("11 July to 30 July 1966", Correct),
            ("11/7/1966 to 30/7/1966", Correct),
            ("11 June to 30 July 1966", Close),
            ("July 1966", Close),
            ("11 July 1966", Close),
            ("August 1966", Wrong),
        ],
    );
    check(
        "fact: 'Map caption: Smallpox Zero {26.10.79}'",
        &[
            ("26 October 1979", Correct),
            ("10/26/79", Correct),
            ("Oct 1979", Close),
            ("1979", Close),
            ("26 October 1978", Close),
            ("1978", Wrong),
        ],
    );
    check(
        "fact: 'Average hourly earnings went up by {5 cents} in January.'",
        &[
            ("5 cents", Correct),
            ("5", Correct),
            ("$0.05", Correct),
            ("6 cents", Wrong),
            ("$5", Wrong),
        ],
    );
}

/// A share written as a fraction word, and a change in percentage points (issue 11,
/// round 3).
#[test]
fn fraction_words_and_percentage_points() {
    check(
        "fact: 'The dose was {one-thousandth} of the lethal one.'",
        &[
            ("1/1000", Correct),
            ("0.001", Correct),
            ("one thousandth", Correct),
            ("0.1%", Correct),
            ("1/100", Wrong),
            ("0.01", Wrong),
        ],
    );
    check(
        "fact: 'The participation rate went up {0.3 percentage point} in January.'",
        &[
            ("0.3 percentage points", Correct),
            ("three tenths of a percentage point", Correct),
            ("0.3%", Close),
            ("0.3", Correct),
            ("3 percentage points", Wrong),
        ],
    );
}

#[test]
fn shares_in_words_found_by_the_finder() {
    // Issue 10, round 18 recall: "one third of her full capacity" is asked as a share.
    check(
        "Her lifeboats had room for one third of her full capacity.",
        &[
            ("one third", Correct),
            ("a third", Correct),
            ("1/3", Correct),
            ("one-third", Correct),
            ("33%", Correct),
            ("0.33", Correct),
            ("30%", Close),
            ("a quarter", Wrong),
            ("1/4", Wrong),
            ("half", Wrong),
            ("3", Wrong),
        ],
    );
    check(
        "A quarter of its mass is helium.",
        &[
            ("a quarter", Correct),
            ("25%", Correct),
            ("1/4", Correct),
            ("a fifth", Wrong),
        ],
    );
}

#[test]
fn times_of_day_found_by_the_finder() {
    // Issue 10, round 18 recall: "at around 23:40" is asked as a time of day.
    check(
        "She hit an iceberg at around 23:40 that night.",
        &[
            ("23:40", Correct),
            ("11:40 pm", Correct),
            ("11.40 p.m.", Correct),
            ("twenty to twelve at night", Correct),
            ("11:40", Close),
            ("23:45", Wrong),
            ("11:40 am", Wrong),
            ("2340", Wrong),
        ],
    );
}

#[test]
fn multiples_found_by_the_finder() {
    // Round 19 recall: "2½ times the size" was asked as a bare "2", or not at all.
    check(
        "Pan Am wanted a jet 2½ times the size of the 707.",
        &[
            ("2½", Correct),
            ("2.5", Correct),
            ("2 1/2 times", Correct),
            ("two and a half", Correct),
            ("2", Close),
            ("3", Close),
            ("twice", Close),
            ("4", Wrong),
        ],
    );
    check(
        "Its top speed was twice the speed of sound.",
        &[
            ("twice", Correct),
            ("2", Correct),
            ("double", Correct),
            ("3 times", Wrong),
        ],
    );
}

#[test]
fn scores_found_by_the_finder() {
    check(
        "England won 4–2 after extra time.",
        &[
            ("4–2", Correct),
            ("4-2", Correct),
            ("4 to 2", Correct),
            ("2-4", Close),
            ("4-1", Close),
            ("3-1", Wrong),
            ("4", Wrong),
        ],
    );
}

#[test]
fn sixth_heldout_shapes() {
    let fact = |f: &str| format!("fact: '{}'", f.replace('\'', "''"));
    check(
        &fact("Black-body temperature (K) {238.9}"),
        &[("238.9", Correct), ("238.9 °C", Wrong), ("238.9 km", Wrong)],
    );
    check(
        &fact("Construction employment dropped by {20,000}."),
        &[
            ("20,000", Correct),
            ("-20,000", Correct),
            ("+20,000", Wrong),
        ],
    );
}

#[test]
fn an_amount_found_in_parts_is_graded_as_one_amount() {
    // The finder joins "2 hours 31 minutes" into one amount (issue 10), as braces did.
    check(
        "The walk lasted 2 hours 31 minutes.",
        &[
            ("2 hours 31 minutes", Correct),
            ("2 h 31 min", Correct),
            ("151 minutes", Correct),
            ("2 hours and 31 minutes", Correct),
            ("2 hours", Close),
            ("3 hours 31 minutes", Wrong),
        ],
    );
    check(
        "He was 6 feet 5 inches tall.",
        &[
            ("6 feet 5 inches", Correct),
            ("6 ft 5 in", Correct),
            ("77 inches", Correct),
            ("7 feet", Wrong),
        ],
    );
}

#[test]
fn an_angle_is_graded_in_degrees() {
    check(
        "Its wings are swept back a marked 37.5°.",
        &[
            ("37.5", Correct),
            ("37.5°", Correct),
            ("37.5 degrees", Correct),
            ("45", Wrong),
        ],
    );
}

#[test]
fn a_time_with_a_fraction_in_words_is_graded_as_one_amount() {
    check(
        "The survivors were taken aboard some nine and a half hours after the collision.",
        &[
            ("nine and a half hours", Correct),
            ("9.5 hours", Correct),
            ("9 hours 30 minutes", Correct),
            ("570 minutes", Correct),
            ("12 hours", Wrong),
        ],
    );
}
