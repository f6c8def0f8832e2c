use super::*;
use crate::card::compile;
use crate::clock::StepClock;
use crate::deck::parse;
use crate::schedule::{FormatChoice, ShuffledPicker};
use crate::ui::{JsonUi, PlainUi};
use rand::SeedableRng;

const DECK: &str = "title: T\nfacts:\n  - fact: The treaty had 12 founding members.\n  - fact: NATO was founded in 1949.\n";

#[derive(Default)]
struct Keep(Vec<AnswerRecord>);

impl Recorder for Keep {
    fn record(&mut self, answer: &AnswerRecord) -> anyhow::Result<()> {
        self.0.push(answer.clone());
        Ok(())
    }

    fn amend_last(&mut self, answer: &AnswerRecord) -> anyhow::Result<()> {
        *self.0.last_mut().expect("an answer to amend") = answer.clone();
        Ok(())
    }
}

fn play(input: &str, questions: usize, json: bool) -> (Summary, End, Vec<AnswerRecord>, String) {
    let cards = compile(&parse(DECK.as_bytes(), "t").deck.unwrap()).cards;
    let mut rng = StdRng::seed_from_u64(1);
    let mut picker = ShuffledPicker::new(cards.len(), FormatChoice::Typed, &mut rng);
    let mut out = Vec::new();
    let mut keep = Keep::default();
    let clock = StepClock::new(1_000_000, 250);
    let flag = AtomicBool::new(false);
    let result = {
        let mut plain;
        let mut js;
        let ui: &mut dyn Ui = if json {
            js = JsonUi::new(input.as_bytes(), &mut out);
            &mut js
        } else {
            plain = PlainUi::new(input.as_bytes(), &mut out);
            &mut plain
        };
        let env = Env {
            picker: &mut picker,
            ui,
            recorder: &mut keep,
            clock: &clock,
            rng: &mut rng,
            interrupted: &flag,
        };
        run(&mut InMemory::new(cards.clone()), questions, env).unwrap()
    };
    (result.0, result.1, keep.0, String::from_utf8(out).unwrap())
}

/// The answers in the order the seeded shuffle asks: whichever card comes first.
fn answers_for(out_first_prompt_is_count: bool, count: &str, year: &str) -> String {
    if out_first_prompt_is_count {
        format!("{count}\n{year}\n")
    } else {
        format!("{year}\n{count}\n")
    }
}

fn count_first() -> bool {
    let (_, _, recs, _) = play("x\nx\n", 2, false);
    recs[0].kind == "count"
}

#[test]
fn records_every_answer_and_sums_up() {
    let input = answers_for(count_first(), "12", "1950");
    let (s, end, recs, out) = play(&input, 10, false);
    assert_eq!(end, End::Finished);
    assert_eq!((s.answered, s.correct, s.close, s.wrong), (2, 1, 1, 0));
    assert_eq!(recs.len(), 2);
    assert!(
        recs.iter().all(|r| r.elapsed_ms == 250),
        "the clock steps 250 ms between show and answer"
    );
    assert!(out.trim_end().ends_with("Score: 1/2"), "{out}");
}

#[test]
fn end_of_input_stops_with_the_summary_so_far() {
    let input = answers_for(count_first(), "12", "1949");
    let first_line = input.lines().next().unwrap().to_string() + "\n";
    let (s, end, recs, out) = play(&first_line, 10, false);
    assert_eq!(end, End::EndOfInput);
    assert_eq!((s.answered, recs.len()), (1, 1));
    assert!(out.contains("Score: 1/1"), "{out}");
}

#[test]
fn wrong_answers_list_the_missed_fact() {
    let (s, _, _, _) = play("nonsense\nnonsense\n", 10, false);
    assert_eq!(s.wrong, 2);
    assert_eq!(s.missed.len(), 2);
    assert!(s
        .missed
        .iter()
        .any(|m| m == "The treaty had 12 founding members."));
}

#[test]
fn json_events_are_one_object_per_line() {
    let input = answers_for(count_first(), "12", "1949");
    let (_, _, _, out) = play(&input, 10, true);
    let events: Vec<serde_json::Value> = out
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let names: Vec<&str> = events
        .iter()
        .map(|e| e["event"].as_str().unwrap())
        .collect();
    assert_eq!(
        names,
        ["question", "answer", "question", "answer", "summary"]
    );
    assert_eq!(events[1]["verdict"], "correct");
    assert_eq!(events[4]["correct"], 2);
}

#[test]
fn stops_at_the_question_limit() {
    let (s, end, _, _) = play("12\n1949\n", 1, false);
    assert_eq!((s.answered, end), (1, End::Finished));
}
