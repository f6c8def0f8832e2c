//! The drill loop: rounds of one question per seat, all of one kind and form per round.

use super::{points, Scoring, Seat};
use crate::clock::Clock;
use crate::grade::Verdict;
use crate::question::{ask, CardSource, Entry};
use crate::schedule::{FormatChoice, Siblings};
use crate::session::{take_turn, Outcome, Rules, Table, Turn};
pub use crate::turn::DrillAnswer;
use crate::turn::{AnswerRecord, End, Recorder};
pub use crate::ui::Board;
use crate::ui::{Progress, Ui};
use rand::rngs::StdRng;
use rand::seq::SliceRandom;
use rand::Rng as _;
use std::collections::{BTreeMap, HashSet};
use std::sync::atomic::AtomicBool;

/// What a drill is.
#[derive(Debug, Clone)]
pub struct DrillConfig {
    /// Players or teams, in turn order.
    pub seats: Vec<Seat>,
    /// Rounds to play.
    pub rounds: usize,
    /// Question forms.
    pub format: FormatChoice,
    /// Points rules.
    pub scoring: Scoring,
}

/// An interface that both asks a drill's questions and shows its ui.
pub trait DrillUi: Ui + Board {
    /// The interface as a plain `Ui`, for the turn shared with a learner's session.
    fn as_ui(&mut self) -> &mut dyn Ui;
}

impl<T: Ui + Board> DrillUi for T {
    fn as_ui(&mut self) -> &mut dyn Ui {
        self
    }
}

fn kind_of(entry: &Entry) -> String {
    match entry {
        Entry::Quantity { kind, .. } => kind.name().to_string(),
        Entry::Text { .. } => "text".into(),
    }
}

/// Cards for one round: one per seat, all of one kind, none asked before, none whose fact a
/// question has shown, and no two of one fact (issue 12: a sibling's answer is given away).
pub(crate) fn deal(
    cards: &dyn CardSource,
    seats: usize,
    used: &HashSet<usize>,
    siblings: &Siblings,
    rng: &mut StdRng,
) -> Vec<usize> {
    let mut fair: Vec<usize> = (0..cards.pool().0.len())
        .filter(|k| !used.contains(k) && !siblings.given_away(*k))
        .collect();
    fair.shuffle(rng);
    let mut facts = HashSet::new();
    fair.retain(|&k| siblings.fact(k).is_none_or(|f| facts.insert(f)));
    let mut by_kind: BTreeMap<String, Vec<usize>> = BTreeMap::new();
    for k in fair {
        by_kind
            .entry(kind_of(&cards.pool().0[k]))
            .or_default()
            .push(k);
    }
    let mut kinds: Vec<&Vec<usize>> = by_kind.values().filter(|v| v.len() >= seats).collect();
    if kinds.is_empty() {
        // Not enough of any one kind left: mix kinds rather than stop.
        let mut all: Vec<usize> = by_kind.into_values().flatten().collect();
        all.shuffle(rng);
        all.truncate(seats);
        return all;
    }
    kinds.shuffle(rng);
    let mut pick = kinds[0].clone();
    pick.truncate(seats);
    pick
}

/// What a drill plays through, as `session::Env` is for a session.
pub struct DrillEnv<'a> {
    /// Asks, shows turns and keeps the scoreboard.
    pub ui: &'a mut dyn DrillUi,
    /// Keeps each answer (results file, progress) as it comes, with the record a learner's
    /// progress takes.
    pub on_answer: &'a mut dyn FnMut(&DrillAnswer, &AnswerRecord) -> anyhow::Result<()>,
    /// Tells the time.
    pub clock: &'a dyn Clock,
    /// All randomness of the drill.
    pub rng: &'a mut StdRng,
    /// Set by the Ctrl-C handler.
    pub interrupted: &'a AtomicBool,
}

/// Keeps one drill answer: scores it, then hands it to the drill's `on_answer` (results file,
/// progress) as the turn records it, before the verdict is shown.
/// `host` keeps its answers through it too: one scoring of one turn for both faces.
pub(crate) struct Keep<'a, 'k> {
    pub(crate) on_answer: &'a mut dyn FnMut(&DrillAnswer, &AnswerRecord) -> anyhow::Result<()>,
    pub(crate) round: usize,
    pub(crate) seat: &'k Seat,
    pub(crate) player: String,
    pub(crate) prompt: String,
    pub(crate) streak: u32,
    pub(crate) scoring: Scoring,
    pub(crate) kept: Option<DrillAnswer>,
}

impl Recorder for Keep<'_, '_> {
    fn record(&mut self, r: &AnswerRecord) -> anyhow::Result<()> {
        let (points, late) = points(r.verdict, r.elapsed_ms, self.streak, self.scoring);
        let answer = DrillAnswer {
            round: self.round,
            seat: self.seat.name.clone(),
            player: self.player.clone(),
            card: r.card.clone(),
            deck: r.deck.clone(),
            format: r.format,
            question: self.prompt.clone(),
            expected: r.expected.clone(),
            given: r.given.clone(),
            verdict: r.verdict,
            points,
            late,
            elapsed_ms: r.elapsed_ms,
            answered_at_ms: r.answered_at_ms,
        };
        (self.on_answer)(&answer, r)?;
        self.kept = Some(answer);
        Ok(())
    }

    fn amend_last(&mut self, _answer: &AnswerRecord) -> anyhow::Result<()> {
        // The turn offers no override in a contest (`Rules::overrides` is false).
        anyhow::bail!("a drill takes no overrides")
    }
}

/// Who answers for a seat in a round: the player, or a team's members in turn.
fn player_of(seat: &Seat, round: usize) -> String {
    if seat.members.is_empty() {
        seat.name.clone()
    } else {
        seat.members[(round - 1) % seat.members.len()].clone()
    }
}

/// The sibling rule over every card of the drill.
pub(crate) fn siblings_of(cards: &mut dyn CardSource) -> anyhow::Result<Siblings> {
    let ids = (0..cards.pool().0.len())
        .map(|k| cards.card(k).map(|c| c.id.0))
        .collect::<anyhow::Result<Vec<String>>>()?;
    Ok(Siblings::of(ids.iter().map(String::as_str)))
}

/// Plays a drill of `cfg.rounds` rounds from `cards`.
pub fn play(cards: &mut dyn CardSource, cfg: &DrillConfig, env: DrillEnv) -> anyhow::Result<End> {
    let DrillEnv {
        ui,
        on_answer,
        clock,
        rng,
        interrupted,
    } = env;
    let mut totals: Vec<u32> = vec![0; cfg.seats.len()];
    let mut streaks: Vec<u32> = vec![0; cfg.seats.len()];
    let mut missed: Vec<Vec<String>> = vec![Vec::new(); cfg.seats.len()];
    let mut used = HashSet::new();
    let mut siblings = siblings_of(cards)?;
    let mut end = End::Finished;
    let rules = Rules {
        overrides: false,
        limit_ms: cfg.scoring.time_limit_ms,
    };
    'rounds: for round in 1..=cfg.rounds {
        let dealt = deal(cards, cfg.seats.len(), &used, &siblings, rng);
        if dealt.is_empty() {
            break;
        }
        used.extend(dealt.iter().copied());
        for &k in &dealt {
            siblings.asked(k, &[]);
        }
        let format = cfg.format.pick(rng.random_bool(0.5), rng);
        ui.round(round, cfg.rounds, format)?;
        let before = totals.clone();
        for (seat_at, &index) in dealt.iter().enumerate() {
            let seat = &cfg.seats[seat_at];
            let player = player_of(seat, round);
            ui.turn(
                &seat.name,
                &player,
                cfg.scoring.time_limit_ms.map(|ms| ms / 1000),
            )?;
            let card = cards.card(index)?;
            let q = ask(&card, format, cards, 0, rng);
            siblings.asked(index, &q.shows);
            let turn = Turn {
                card: &card,
                question: &q,
                progress: Progress {
                    number: round,
                    total: cfg.rounds,
                    correct: 0,
                    streak: streaks[seat_at] as usize,
                    rounds: true,
                    again: false,
                },
                streak: streaks[seat_at] as usize,
                rules,
            };
            let mut keep = Keep {
                on_answer: &mut *on_answer,
                round,
                seat,
                player,
                prompt: q.prompt.clone(),
                streak: streaks[seat_at],
                scoring: cfg.scoring,
                kept: None,
            };
            let mut table = Table {
                ui: ui.as_ui(),
                recorder: &mut keep,
                clock,
                interrupted,
            };
            let answered = match take_turn(&turn, &mut table)? {
                Outcome::Answered(a) => a,
                Outcome::Ended(how) => {
                    end = how;
                    break 'rounds;
                }
            };
            let Some(answer) = keep.kept else {
                anyhow::bail!("the drill's answer was not kept");
            };
            streaks[seat_at] = answered.streak as u32;
            totals[seat_at] += answer.points;
            if answer.verdict != Verdict::Correct || answer.late {
                missed[seat_at].push(card.fact());
            }
            ui.scored(&answer, totals[seat_at])?;
            if answered.stop {
                end = End::Interrupted;
                break 'rounds;
            }
        }
        let mut rows: Vec<(String, u32, u32)> = cfg
            .seats
            .iter()
            .enumerate()
            .map(|(k, s)| (s.name.clone(), totals[k], totals[k] - before[k]))
            .collect();
        rows.sort_by_key(|r| std::cmp::Reverse(r.1));
        ui.scoreboard(round, &rows)?;
    }
    let mut podium: Vec<(String, u32)> = cfg
        .seats
        .iter()
        .enumerate()
        .map(|(k, s)| (s.name.clone(), totals[k]))
        .collect();
    podium.sort_by_key(|r| std::cmp::Reverse(r.1));
    let missed: Vec<(String, Vec<String>)> = cfg
        .seats
        .iter()
        .zip(missed)
        .map(|(s, m)| (s.name.clone(), m))
        .collect();
    ui.podium(&podium, &missed, end)?;
    Ok(end)
}
