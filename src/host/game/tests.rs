use super::*;
use crate::card::compile;
use crate::deck::parse;
use crate::question::{Format, InMemory};
use rand::SeedableRng;

const DECK: &str = "title: T\nfacts:\n  - fact: NATO was founded in 1949.\n  - fact: The Berlin Wall fell in 1989.\n  - fact: The EU had 28 members in 2018.\n";

fn game(teams: &[&str], max: usize) -> (Game, InMemory, StdRng) {
    let cards = compile(&parse(DECK.as_bytes(), "t").deck.unwrap()).cards;
    let mut source = InMemory::new(cards);
    let setup = Setup {
        rounds: 2,
        format: FormatChoice::Typed,
        scoring: Scoring {
            speed: false,
            streak: false,
            time_limit_ms: Some(10_000),
        },
        teams: teams.iter().map(|t| t.to_string()).collect(),
        max_players: max,
    };
    let g = Game::new(setup, &mut source).unwrap();
    (g, source, StdRng::seed_from_u64(1))
}

fn keep_all(
    log: &mut Vec<DrillAnswer>,
) -> impl FnMut(&DrillAnswer, &AnswerRecord) -> anyhow::Result<()> + '_ {
    |a, _| {
        log.push(a.clone());
        Ok(())
    }
}

#[test]
fn joining_cleans_names_makes_them_unique_and_checks_teams_and_room() {
    let (mut g, _, _) = game(&["Red", "Blue"], 3);
    // (name, team, result, why)
    type Case<'a> = (&'a str, Option<&'a str>, Result<&'a str, Refusal>, &'a str);
    let cases: &[Case] = &[
        ("Ana", Some("red"), Ok("Ana"), "a team in any case"),
        (
            " ana ",
            Some("Blue"),
            Ok("ana 2"),
            "a name taken in another case is numbered",
        ),
        (
            "Ana",
            None,
            Err(Refusal::Team),
            "a game with teams needs one",
        ),
        ("Ana", Some("Green"), Err(Refusal::Team), "no such team"),
        (
            "\u{1b}[2J",
            Some("Red"),
            Ok("[2J"),
            "no escape reaches a name",
        ),
        (
            "red",
            Some("Red"),
            Err(Refusal::Full),
            "three players fill it",
        ),
    ];
    for (k, (name, team, want, why)) in cases.iter().enumerate() {
        let got = g
            .join(name, *team, format!("t{k}"))
            .map(|i| g.players()[i].name.clone());
        assert_eq!(got, want.clone().map(String::from), "{why}");
    }
}

#[test]
fn answers_are_taken_once_in_time_and_only_while_open() {
    let (mut g, mut source, mut rng) = game(&[], 10);
    let ana = g.join("Ana", None, "a".into()).unwrap();
    let ben = g.join("Ben", None, "b".into()).unwrap();
    let mut log = Vec::new();
    let mut keep = keep_all(&mut log);
    assert_eq!(
        g.answer(ana, 1, "1949", 0, &mut keep),
        Err(Refusal::Closed),
        "not open yet"
    );
    assert!(g.open(&mut source, &mut rng, 1_000).unwrap());
    let right = g.live().unwrap().question.answer.clone();
    // (player, number, answer, now, result, why)
    type Case<'a> = (usize, usize, String, u64, Result<(), Refusal>, &'a str);
    let cases: Vec<Case> = vec![
        (
            ana,
            2,
            right.clone(),
            2_000,
            Err(Refusal::Closed),
            "another question",
        ),
        (ana, 1, right.clone(), 2_000, Ok(()), "in time"),
        (ana, 1, right.clone(), 2_500, Err(Refusal::Twice), "twice"),
        (
            ben,
            1,
            right.clone(),
            11_001,
            Err(Refusal::Late),
            "after the time",
        ),
        (
            7,
            1,
            right.clone(),
            2_000,
            Err(Refusal::Token),
            "no such player",
        ),
    ];
    for (p, n, text, now, want, why) in cases {
        assert_eq!(g.answer(p, n, &text, now, &mut keep), want, "{why}");
    }
    drop(keep);
    assert_eq!(log.len(), 1, "only the answer taken is kept");
    assert_eq!((log[0].player.as_str(), log[0].points), ("Ana", 100));
    let reveal = g.reveal().unwrap();
    assert_eq!(reveal.marks[ana].verdict, Some(Verdict::Correct));
    assert_eq!(
        reveal.marks[ben],
        Mark {
            verdict: None,
            points: 0
        }
    );
    assert_eq!((g.rank(ana), g.rank(ben)), (1, 2));
    assert_eq!(
        g.answer(ben, 1, &right, 3_000, &mut |_, _| Ok(())),
        Err(Refusal::Closed),
        "revealed"
    );
}

#[test]
fn an_answer_that_cannot_be_saved_is_not_taken_and_may_be_given_again() {
    let (mut g, mut source, mut rng) = game(&[], 10);
    let ana = g.join("Ana", None, "a".into()).unwrap();
    g.open(&mut source, &mut rng, 0).unwrap();
    let right = g.live().unwrap().question.answer.clone();
    let mut failing = |_: &DrillAnswer, _: &AnswerRecord| anyhow::bail!("disk full");
    assert_eq!(
        g.answer(ana, 1, &right, 10, &mut failing),
        Err(Refusal::Unsaved)
    );
    assert_eq!(g.players()[ana].total, 0);
    assert_eq!(g.answer(ana, 1, &right, 20, &mut |_, _| Ok(())), Ok(()));
    assert_eq!(g.players()[ana].total, 100);
}

#[test]
fn tokens_name_players_and_removed_players_are_out() {
    let (mut g, _, _) = game(&[], 10);
    let ana = g.join("Ana", None, "secret-a".into()).unwrap();
    g.join("Ben", None, "secret-b".into()).unwrap();
    assert_eq!(g.by_token("secret-a"), Ok(ana));
    assert_eq!(g.by_token(""), Err(Refusal::Token));
    assert_eq!(
        g.by_token("Ana"),
        Err(Refusal::Token),
        "a name is not a token"
    );
    assert_eq!(g.remove("ANA"), Some(ana));
    assert_eq!(g.by_token("secret-a"), Err(Refusal::Removed));
    assert_eq!(g.playing(), 1);
    assert_eq!(g.standings(), vec![("Ben".to_string(), 0)]);
}

#[test]
fn counts_name_picked_options_by_their_text() {
    let mut q = {
        let (_, mut source, mut rng) = game(&[], 1);
        let card = source.card(0).unwrap();
        ask(&card, Format::Choice, &mut source, 0, &mut rng)
    };
    q.choices = vec!["1949".into(), "1950".into()];
    q.expect = Expect::Option(0);
    let given = |g: &str| DrillAnswer {
        given: g.into(),
        ..sample()
    };
    let answers = [given("1"), given("a"), given("2"), given("zz")];
    let got = counts(&q, answers.iter());
    assert_eq!(
        got,
        vec![("1949".into(), 2), ("1950".into(), 1), ("zz".into(), 1)]
    );
}

fn sample() -> DrillAnswer {
    DrillAnswer {
        round: 1,
        seat: "A".into(),
        player: "A".into(),
        card: crate::card::CardId("t:x:1".into()),
        deck: "t".into(),
        format: Format::Choice,
        question: String::new(),
        expected: String::new(),
        given: String::new(),
        verdict: Verdict::Wrong,
        points: 0,
        late: false,
        elapsed_ms: 0,
        answered_at_ms: 0,
    }
}
