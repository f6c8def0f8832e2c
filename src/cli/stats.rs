//! `factdrill stats`: progress as figures and terminal charts, or JSON.

use super::play::open_store;
use super::ExitStatus;
use crate::chart::{bars, sparkline, Glyphs};
use crate::clock::{Clock, SystemClock};
use crate::library::Library;
use crate::load::load;
use crate::output::println;
use crate::sanitize::one_line;
use crate::schedule::{Scheduler, Settings};
use crate::stats::{compute, local_day, weak, Stats, Weak, RETENTION_DAYS};
use anyhow::bail;
use colored::Colorize;
use std::io::Write;

/// Shows a profile's progress, in all decks or one.
pub fn run(
    profile: &str,
    deck: Option<&str>,
    as_json: bool,
    library: &Library,
    out: &mut impl Write,
) -> anyhow::Result<ExitStatus> {
    let store = open_store()?;
    let mut decks = store.decks()?;
    if let Some(id) = deck {
        decks.retain(|d| d.0 == id);
        if decks.is_empty() {
            let l = load(id, library);
            match (&l.parsed.deck, &l.compiled) {
                (Some(d), Some(c)) => decks.push((d.id.clone(), d.title.clone(), c.cards.len())),
                _ => bail!(
                    "no deck `{id}` is known: play it first, or name a deck file or built-in id"
                ),
            }
        }
    }
    let cards = store.card_facts(profile, deck)?;
    if deck.is_none() {
        // Decks with progress but never registered (an import from an older export).
        for g in &cards.groups {
            if !decks.iter().any(|d| d.0 == g.deck_id) {
                decks.push((g.deck_id.clone(), g.deck_id.clone(), 0));
            }
        }
    }
    let params = store.parameters(profile)?.unwrap_or_default();
    let scheduler = Scheduler::new(&params, Settings::default())?;
    let now = SystemClock.now_ms();
    let offset = store.local_offset_ms(now);
    let since_day = local_day(now, offset).saturating_sub(RETENTION_DAYS - 1);
    let facts = store.review_facts(profile, deck, since_day)?;
    let missed = store.most_missed(&[profile.to_string()], deck, 5)?;
    let texts = super::cards::texts(missed.iter().map(|m| m.0.as_str()), library);
    let mut weakest = Vec::new();
    for m in missed {
        let state = store.state(profile, &m.0)?;
        let text = texts.get(&m.0);
        weakest.push(weak(m, text, state.as_ref(), now, &scheduler));
    }
    let stats = compute(&decks, &cards, &facts, weakest, now, offset);
    if as_json {
        println(out, &crate::sanitize::json::line(&stats)?)?;
    } else {
        render(profile, &stats, Glyphs::detect(), out)?;
    }
    Ok(ExitStatus::Ok)
}

fn percent(x: Option<f64>) -> String {
    x.map_or("–".to_string(), |v| format!("{:.0}%", v * 100.0))
}

fn render(profile: &str, s: &Stats, glyphs: Glyphs, out: &mut impl Write) -> std::io::Result<()> {
    let c = s.cards;
    println(
        out,
        &format!("Progress of {}", one_line(profile))
            .bold()
            .to_string(),
    )?;
    println(
        out,
        &format!(
            "Cards: {} new · {} learning · {} review · {} mastered",
            c.new, c.learning, c.review, c.mastered
        ),
    )?;
    println(
        out,
        &format!(
            "Due today: {} · reviews: {} · retention (30 days): {} · streak: {} day{}",
            s.due_today,
            s.total_reviews,
            percent(s.retention_30d),
            s.streak_days,
            if s.streak_days == 1 { "" } else { "s" }
        ),
    )?;
    println(out, "")?;
    println(out, &"Due in the next 14 days".bold().to_string())?;
    let labels: Vec<String> = (0..14)
        .map(|d| {
            if d == 0 {
                "today".to_string()
            } else {
                format!("+{d}d")
            }
        })
        .collect();
    for line in bars(&labels, &s.due_next_14_days, 30, glyphs) {
        println(out, &line)?;
    }
    println(out, "")?;
    println(out, &"Reviews per day, last 30 days".bold().to_string())?;
    let total: usize = s.reviews_last_30_days.iter().sum();
    println(
        out,
        &format!(
            "|{}| {total} in all, most in a day: {}",
            sparkline(&s.reviews_last_30_days, glyphs),
            s.reviews_last_30_days.iter().max().unwrap_or(&0)
        ),
    )?;
    println(out, "")?;
    println(out, &"Decks".bold().to_string())?;
    for d in &s.decks {
        let n = d.cards.new + d.cards.learning + d.cards.review + d.cards.mastered;
        println(
            out,
            &format!(
                "  {:<14} {:>4} cards · {:>3.0}% mastered · {} due today · {}",
                one_line(&d.id),
                n,
                d.mastery * 100.0,
                d.due_today,
                one_line(&d.title)
            ),
        )?;
    }
    if !s.weakest.is_empty() {
        println(out, "")?;
        println(out, &"Missed most".bold().to_string())?;
        for w in &s.weakest {
            println(out, &weak_line(w))?;
        }
    }
    Ok(())
}

/// "  The treaty was signed in 1949. — 1949 · missed 2 of 3 · recall now 64%": the card by its
/// fact, its id only when its deck can no longer be read; a forecast only once it has left
/// learning, where the model's 100% just after a miss would read as if it were known.
fn weak_line(w: &Weak) -> String {
    let what = w.fact.as_deref().unwrap_or(&w.card);
    let recall = if w.in_review {
        format!("recall now {:.0}%", w.retrievability * 100.0)
    } else {
        "still learning".to_string()
    };
    format!(
        "  {} — {} · missed {} of {} · {recall}",
        one_line(what),
        one_line(&w.answer),
        w.misses,
        w.answers
    )
}
