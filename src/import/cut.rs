//! A count whose sentence goes on to spell out what it counts: "Its crew was three men:
//! Armstrong, Collins and Aldrin", "Two main routes lead up: one reaches…, the other…",
//! "It is the third brightest object in the night sky; only the Moon and Venus outshine
//! it", "at its worst in 1847, a year remembered as "Black '47"". The screen leaves such a
//! figure unasked, since the rest of the sentence gives it away; a teacher asks it with the
//! rest cut (issue 10, recall: rounds 18–42 counted these among the figures missed).

/// Where a sentence's own clause ends and what spells it out begins.
const CUTS: [&str; 6] = [": ", "; ", "--", " – ", " — ", ", a year "];

/// The words a cut sentence keeps at the least: fewer read as a heading ("Crew: three").
const MIN_WORDS: usize = 4;

/// `tidied` cut before what spells its figure out, where the cut sentence asks every figure
/// the whole one asks and more; `None` where no cut does.
pub(super) fn spelled_out(tidied: &str, about: Option<i32>) -> Option<String> {
    let asked = |s: &str| super::asked_texts(s, about);
    let whole = asked(tidied);
    let mut at: Vec<usize> = CUTS
        .iter()
        .flat_map(|c| tidied.match_indices(c).map(|(k, _)| k))
        .chain(before_other_shares(tidied))
        .collect();
    at.sort_unstable();
    at.into_iter().find_map(|k| {
        let kept = tidied[..k].trim_end_matches([',', ' ']);
        if kept.split_whitespace().count() < MIN_WORDS || unclosed(kept) {
            return None;
        }
        let cut = format!("{kept}.");
        let now = asked(&cut);
        let keeps_all = whole.iter().all(|w| now.contains(w));
        (keeps_all && now.len() > whole.len()).then_some(cut)
    })
}

/// "about 88 to 92% hydrogen, 8 to 12% helium, and 1% other gases": shares that make up a
/// whole give each other away, so none is asked whole; cut after the first, it is.
fn before_other_shares(tidied: &str) -> Option<usize> {
    use crate::quantity::Kind;
    let found = crate::quantity::find(tidied);
    // "88 to 92%" is found as a count and a share, joined later.
    let range_start = |q: &crate::quantity::Quantity| {
        let rest = &tidied[q.span.end..];
        q.kind == Kind::Count && (rest.starts_with(" to ") || rest.starts_with('–'))
    };
    let shares: Vec<_> = found.iter().filter(|q| q.kind == Kind::Percent).collect();
    let all_shares = shares.len() >= 3
        && found
            .iter()
            .all(|q| q.kind == Kind::Percent || range_start(q));
    let first = shares.first()?.span.end;
    all_shares.then(|| tidied[first..].find(", ").map(|k| k + first))?
}

/// Whether a bracket or quote opened in `s` is left open: a cut inside it would break it.
fn unclosed(s: &str) -> bool {
    let count = |c: char| s.matches(c).count();
    count('(') != count(')') || count('"') % 2 == 1 || count('“') != count('”')
}

#[cfg(test)]
mod tests {
    use super::spelled_out;

    #[test]
    fn a_count_is_asked_with_what_spells_it_out_cut() {
        let cases: &[(&str, Option<&str>)] = &[
            (
                "Its crew was three men: Armstrong, Collins and Aldrin.",
                Some("Its crew was three men."),
            ),
            (
                "Two main routes lead up: one reaches the top from the southeast in Nepal, \
                 the other comes from the north in Tibet.",
                Some("Two main routes lead up."),
            ),
            (
                "It is the third brightest object in the night sky; only the Moon and Venus \
                 outshine it.",
                Some("It is the third brightest object in the night sky."),
            ),
            (
                "The famine was at its worst in 1847, a year remembered as \"Black '47\".",
                Some("The famine was at its worst in 1847."),
            ),
            (
                "January's job gain came largely from unusually big increases in just two \
                 areas-- construction and the Federal government.",
                Some("January's job gain came largely from unusually big increases in just two areas."),
            ),
            // Cut, the sentence would lose the 2011 it asks whole.
            (
                "Smallpox is one of only two infectious diseases ever eradicated; the other \
                 is rinderpest, declared eradicated in 2011.",
                None,
            ),
            (
                "Near the surface its atmosphere is about 88 to 92% hydrogen, 8 to 12% \
                 helium, and 1% other gases.",
                Some("Near the surface its atmosphere is about 88 to 92% hydrogen."),
            ),
            // Nothing is spelled out: nothing to gain.
            ("The lake holds 23,615 km3 of water: a fifth of the world's fresh water.", None),
            // The list sits in the middle, and "respectively" needs it.
            (
                "Three basins make up Lake Baikal – North, Central and South – which reach \
                 depths of about 900 m, 1,600 m and 1,400 m respectively.",
                None,
            ),
        ];
        for (text, want) in cases {
            assert_eq!(spelled_out(text, None).as_deref(), *want, "{text}");
        }
    }
}
