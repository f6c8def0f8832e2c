//! Live quiz on the classroom network (issue 14): `factdrill host` serves a game that
//! students join from a phone's browser ([`server`] serves the page) or with `factdrill join`
//! ([`client`]). The rules are the drill's ([`game`]); one thread ([`room`]) runs them on
//! every message in turn; the teacher watches a [`screen`].

pub mod client;
pub mod game;
pub mod join_view;
pub mod names;
pub mod protocol;
pub mod room;
pub mod screen;
pub mod server;

use rand::Rng;

/// A game PIN: six random digits, never 0 first (so it reads as a number).
pub fn new_pin(rng: &mut impl Rng) -> String {
    rng.random_range(100_000..1_000_000u32).to_string()
}

/// A player's secret: 128 random bits as hex.
pub fn new_token(rng: &mut impl Rng) -> String {
    format!("{:032x}", rng.random::<u128>())
}

/// The join link as a QR code drawn with half-block characters, two rows of modules per
/// line, light on dark as most terminals are; empty if the link is too long for one.
pub fn qr_text(link: &str) -> String {
    use qrcode::render::unicode::Dense1x2;
    qrcode::QrCode::new(link.as_bytes())
        .map(|code| {
            code.render::<Dense1x2>()
                .dark_color(Dense1x2::Light)
                .light_color(Dense1x2::Dark)
                .quiet_zone(true)
                .build()
        })
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use rand::{rngs::StdRng, SeedableRng};

    #[test]
    fn pins_tokens_and_codes() {
        let mut rng = StdRng::seed_from_u64(3);
        for _ in 0..100 {
            let pin = new_pin(&mut rng);
            assert!(
                pin.len() == 6 && pin.bytes().all(|b| b.is_ascii_digit()),
                "{pin}"
            );
            let token = new_token(&mut rng);
            assert_eq!(token.len(), 32, "{token}");
        }
        let qr = qr_text("http://192.168.1.20:8080/?pin=123456");
        assert!(qr.lines().count() > 10 && qr.contains('█'), "{qr}");
    }
}
