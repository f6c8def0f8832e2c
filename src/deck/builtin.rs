//! Decks compiled into the binary, so `factdrill` plays with nothing else installed.

/// The built-in decks: id and YAML text.
pub const BUILTIN: &[(&str, &str)] = &[
    ("nato-2018", include_str!("../../decks/nato-2018.yaml")),
    ("space-race", include_str!("../../decks/space-race.yaml")),
];

/// The YAML text of a built-in deck.
pub fn builtin(id: &str) -> Option<&'static str> {
    BUILTIN
        .iter()
        .find(|(name, _)| *name == id)
        .map(|(_, text)| *text)
}
