//! No free answers (issue 12, point 1), through the real binary: every answer shows its whole
//! fact, so no later question of the session may ask another card of that fact.

use serde_json::Value;
use std::path::Path;

fn events(home: &Path, args: &[&str], answers: usize) -> Vec<Value> {
    let out = crate::common::factdrill(home)
        .args(args)
        .arg("--json")
        .write_stdin("x\n".repeat(answers))
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    crate::common::events(&out.stdout)
}

/// `DECK:FACT` of a card id `DECK:FACT:N`.
fn fact_of(card: &str) -> &str {
    card.rsplit_once(':').map_or(card, |(f, _)| f)
}

/// Each question whose card is a sibling of a card answered before it (its fact was shown).
fn free_answers(events: &[Value]) -> Vec<String> {
    let mut shown: Vec<(String, String)> = Vec::new(); // (fact, the card that showed it)
    let mut free = Vec::new();
    for e in events {
        let card = e["card"].as_str().unwrap_or_default().to_string();
        match e["event"].as_str() {
            Some("question") => {
                if let Some((_, by)) = shown
                    .iter()
                    .find(|(f, by)| f == fact_of(&card) && *by != card)
                {
                    free.push(format!("{card} after {by}"));
                }
            }
            Some("answer") => shown.push((fact_of(&card).to_string(), card)),
            _ => {}
        }
    }
    free
}

#[test]
fn a_fresh_session_never_asks_a_card_whose_fact_was_shown() {
    for deck in ["nato-2018", "space-race"] {
        for seed in ["1", "2", "3"] {
            // Unscheduled: every card of the deck in a shuffled order.
            let home = tempfile::tempdir().unwrap();
            let all = ["play", deck, "--no-save", "-n", "500", "--seed", seed];
            let ev = events(home.path(), &all, 600);
            let asked = ev.iter().filter(|e| e["event"] == "question").count();
            assert!(
                asked > 10,
                "{deck} {seed}: a long session ({asked} questions)"
            );
            assert_eq!(
                free_answers(&ev),
                Vec::<String>::new(),
                "{deck} --no-save seed {seed}"
            );
            // Scheduled, with every new card allowed, and the misses coming back.
            let home = tempfile::tempdir().unwrap();
            let planned = ["play", deck, "--new", "500", "-n", "500", "--seed", seed];
            let ev = events(home.path(), &planned, 600);
            assert_eq!(
                free_answers(&ev),
                Vec::<String>::new(),
                "{deck} scheduled seed {seed}"
            );
        }
    }
}

#[test]
fn a_drill_never_deals_a_card_whose_fact_was_shown() {
    let home = tempfile::tempdir().unwrap();
    let args = [
        "drill",
        "nato-2018",
        "--players",
        "Ana,Ben,Chen",
        "--rounds",
        "30",
        "--seed",
        "5",
    ];
    let ev = events(home.path(), &args, 200);
    assert!(ev.iter().filter(|e| e["event"] == "question").count() > 10);
    assert_eq!(free_answers(&ev), Vec::<String>::new());
}
