//! `factdrill preview`: every card in every form it can be asked in, with answers and wrong
//! options, so a deck author can read the whole quiz at once.

use super::ExitStatus;
use crate::card::Card;
use crate::library::Library;
use crate::load::load_cards;
use crate::output::println;
use crate::question::{ask, Expect, Format, InMemory, Question};
use crate::sanitize::one_line;
use colored::Colorize;
use rand::rngs::StdRng;
use rand::SeedableRng;
use std::io::Write;

const FORMATS: [Format; 5] = [
    Format::Typed,
    Format::Choice,
    Format::TrueFalse,
    Format::Estimate,
    Format::Timeline,
];

/// Prints every card of the decks in every form it supports.
pub fn run(
    decks: &[String],
    seed: u64,
    library: &Library,
    out: &mut impl Write,
) -> anyhow::Result<ExitStatus> {
    let cards = load_cards(decks, library)?;
    let mut source = InMemory::new(cards.clone());
    let mut rng = StdRng::seed_from_u64(seed);
    // A timeline of the same events as one shown before is not shown again (issue 10: "an
    // exact repeat of card 2's timeline"), as a session would not ask it twice.
    let mut timelines = std::collections::HashSet::new();
    for (k, card) in cards.iter().enumerate() {
        println(
            out,
            &format!(
                "{} {} · {}",
                format!("[{}]", k + 1).dimmed(),
                one_line(&card.id.0).bold(),
                card.kind().name()
            ),
        )?;
        for format in FORMATS {
            let q = ask(card, format, &mut source, 0, &mut rng);
            let repeat = q.format == Format::Timeline && {
                let mut events = q.choices.clone();
                events.sort_unstable();
                !timelines.insert(events)
            };
            if q.format == format && !repeat {
                println(
                    out,
                    &format!(
                        "  {:<10} {}",
                        format!("{}:", format.name()).cyan(),
                        describe(card, &q)
                    ),
                )?;
            }
        }
        println(out, "")?;
    }
    Ok(ExitStatus::Ok)
}

fn describe(card: &Card, q: &Question) -> String {
    let prompt = one_line(&q.prompt);
    let cue = if q.cue.is_empty() {
        String::new()
    } else {
        format!(" {}", one_line(&q.cue))
    };
    let options = |right: Option<usize>| -> String {
        q.choices
            .iter()
            .enumerate()
            .map(|(k, c)| {
                format!(
                    "{}) {}{}",
                    (b'a' + k as u8) as char,
                    one_line(c),
                    if Some(k) == right { " ✓" } else { "" }
                )
            })
            .collect::<Vec<_>>()
            .join("   ")
    };
    match &q.expect {
        Expect::Text => format!("{prompt}{cue} → {}", one_line(card.answer_text()).green()),
        Expect::Estimate => format!(
            "{prompt}{cue} → {} (correct within 10%, close within 25%)",
            one_line(&q.answer).green()
        ),
        Expect::Option(right) if q.format == Format::TrueFalse => {
            let truth = if *right == 0 {
                "true".green()
            } else {
                format!(
                    "false: the fact says {}",
                    one_line(&crate::question::as_stated(card))
                )
                .yellow()
            };
            format!("“{prompt}” → {truth}")
        }
        Expect::Option(right) => format!("{prompt}{cue}\n             {}", options(Some(*right))),
        Expect::Sequence(order) => format!(
            "{prompt}\n             {}\n             → {order}: {}",
            options(None),
            one_line(&q.answer).green()
        ),
    }
}
