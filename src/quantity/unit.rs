//! Units of time and measure, with the factor that converts each to its dimension's base.

use super::token::{TokKind, Token};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// What a unit measures; only units of the same dimension convert into each other.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Dimension {
    /// Base: days.
    Time,
    /// Base: metres.
    Length,
    /// Base: square metres.
    Area,
    /// Base: kilograms.
    Mass,
    /// Base: litres.
    Volume,
    /// Base: metres per second.
    Speed,
    /// Base: kelvins. Celsius and Fahrenheit convert with an offset as well as a factor.
    Temperature,
    /// Base: watts.
    Power,
    /// Base: bytes.
    Data,
    /// Base: joules.
    Energy,
    /// Base: pascals.
    Pressure,
    /// Base: kilograms per cubic metre.
    Density,
    /// Base: degrees of arc.
    Angle,
}

/// A unit: its canonical name, dimension and factor to the dimension's base.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Unit {
    /// Canonical singular name, used in normalized values ("metre").
    pub name: &'static str,
    /// What the unit measures.
    pub dim: Dimension,
    /// How many base units one of this unit is.
    pub factor: f64,
    /// Where this unit's zero lies in base units: 0 but for temperatures (0 °C is 273.15 K).
    pub offset: f64,
}

const fn u(name: &'static str, dim: Dimension, factor: f64) -> Unit {
    Unit {
        name,
        dim,
        factor,
        offset: 0.0,
    }
}

/// A temperature scale: its degree in kelvins and where its zero lies.
const fn temp(name: &'static str, factor: f64, offset: f64) -> Unit {
    Unit {
        name,
        dim: Temperature,
        factor,
        offset,
    }
}

/// A degree of arc, read only from a "°" glued to its number with no scale after it
/// ("swept back a marked 37.5°"): a typed "40°" for a temperature stays a temperature.
pub const ARC_DEGREE: Unit = u("degree", Angle, 1.0);

const CELSIUS: Unit = temp("degree Celsius", 1.0, 273.15);
const FAHRENHEIT: Unit = temp("degree Fahrenheit", 5.0 / 9.0, 273.15 - 32.0 * 5.0 / 9.0);
const KELVIN: Unit = temp("kelvin", 1.0, 0.0);

impl Unit {
    /// `value` of this unit in `to`, which must measure the same dimension: affine, so that
    /// -89.2 °C is -128.56 °F and 737.15 K.
    pub fn convert(self, value: f64, to: Unit) -> f64 {
        (value * self.factor + self.offset - to.offset) / to.factor
    }

    /// Whether the scale's zero is arbitrary (°C, °F): a share of a figure on it means
    /// nothing, so nearness is counted in degrees (options and their band).
    pub fn zero_is_arbitrary(self) -> bool {
        self.offset != 0.0
    }

    /// A difference (a step, a band) of this unit in `to`: the offsets cancel.
    pub fn convert_step(self, step: f64, to: Unit) -> f64 {
        step * self.factor / to.factor
    }

    /// The unit's name in the plural, as a miss line writes it ("feet", "inches").
    pub fn plural(self) -> String {
        match self.name {
            "foot" => "feet".into(),
            "inch" => "inches".into(),
            "century" => "centuries".into(),
            "millennium" => "millennia".into(),
            "kelvin" => "kelvins".into(),
            n if n.starts_with("degree ") => n.replacen("degree", "degrees", 1),
            // "miles per hour", "pounds per square inch": the unit before "per" counts.
            n if n.contains(" per ") => {
                let (each, per) = n.split_once(" per ").unwrap_or((n, ""));
                let each = Unit { name: each, ..self }.plural();
                format!("{each} per {per}")
            }
            n => format!("{n}s"),
        }
    }
}

use Dimension::*;

/// Every written form factdrill recognizes, lower case, with its unit.
const FORMS: &[(&str, Unit)] = &[
    ("second", u("second", Time, 1.0 / 86_400.0)),
    ("sec", u("second", Time, 1.0 / 86_400.0)),
    ("secs", u("second", Time, 1.0 / 86_400.0)),
    ("seconds", u("second", Time, 1.0 / 86_400.0)),
    ("minute", u("minute", Time, 1.0 / 1_440.0)),
    ("min", u("minute", Time, 1.0 / 1_440.0)),
    ("mins", u("minute", Time, 1.0 / 1_440.0)),
    ("minutes", u("minute", Time, 1.0 / 1_440.0)),
    ("hour", u("hour", Time, 1.0 / 24.0)),
    ("h", u("hour", Time, 1.0 / 24.0)),
    ("hr", u("hour", Time, 1.0 / 24.0)),
    ("hrs", u("hour", Time, 1.0 / 24.0)),
    ("hours", u("hour", Time, 1.0 / 24.0)),
    ("s", u("second", Time, 1.0 / 86_400.0)),
    ("day", u("day", Time, 1.0)),
    ("days", u("day", Time, 1.0)),
    ("week", u("week", Time, 7.0)),
    ("weeks", u("week", Time, 7.0)),
    ("month", u("month", Time, 30.436_875)),
    ("months", u("month", Time, 30.436_875)),
    ("mo", u("month", Time, 30.436_875)),
    ("mos", u("month", Time, 30.436_875)),
    ("year", u("year", Time, 365.242_5)),
    ("years", u("year", Time, 365.242_5)),
    ("yr", u("year", Time, 365.242_5)),
    ("yrs", u("year", Time, 365.242_5)),
    ("decade", u("decade", Time, 3_652.425)),
    ("decades", u("decade", Time, 3_652.425)),
    ("century", u("century", Time, 36_524.25)),
    ("centuries", u("century", Time, 36_524.25)),
    ("millennium", u("millennium", Time, 365_242.5)),
    ("millennia", u("millennium", Time, 365_242.5)),
    ("mm", u("millimetre", Length, 0.001)),
    ("millimetres", u("millimetre", Length, 0.001)),
    ("millimeters", u("millimetre", Length, 0.001)),
    ("cm", u("centimetre", Length, 0.01)),
    ("centimetres", u("centimetre", Length, 0.01)),
    ("centimeters", u("centimetre", Length, 0.01)),
    ("m", u("metre", Length, 1.0)),
    ("metre", u("metre", Length, 1.0)),
    ("metres", u("metre", Length, 1.0)),
    ("meter", u("metre", Length, 1.0)),
    ("meters", u("metre", Length, 1.0)),
    ("km", u("kilometre", Length, 1_000.0)),
    ("kilometre", u("kilometre", Length, 1_000.0)),
    ("kilometres", u("kilometre", Length, 1_000.0)),
    ("kilometer", u("kilometre", Length, 1_000.0)),
    ("kilometers", u("kilometre", Length, 1_000.0)),
    ("ft", u("foot", Length, 0.3048)),
    ("foot", u("foot", Length, 0.3048)),
    ("feet", u("foot", Length, 0.3048)),
    ("inch", u("inch", Length, 0.0254)),
    ("inches", u("inch", Length, 0.0254)),
    ("mile", u("mile", Length, 1_609.344)),
    ("miles", u("mile", Length, 1_609.344)),
    ("mi", u("mile", Length, 1_609.344)),
    ("yards", u("yard", Length, 0.9144)),
    ("yd", u("yard", Length, 0.9144)),
    (
        "light-years",
        u("light-year", Length, 9.460_730_472_580_8e15),
    ),
    (
        "light-year",
        u("light-year", Length, 9.460_730_472_580_8e15),
    ),
    ("au", u("astronomical unit", Length, 1.495_978_707e11)),
    ("hectare", u("hectare", Area, 10_000.0)),
    ("hectares", u("hectare", Area, 10_000.0)),
    ("ha", u("hectare", Area, 10_000.0)),
    ("acre", u("acre", Area, 4_046.856_422_4)),
    ("acres", u("acre", Area, 4_046.856_422_4)),
    ("km²", u("square kilometre", Area, 1e6)),
    ("km2", u("square kilometre", Area, 1e6)),
    ("m²", u("square metre", Area, 1.0)),
    ("m2", u("square metre", Area, 1.0)),
    ("mi²", u("square mile", Area, 2_589_988.110_336)),
    ("mi2", u("square mile", Area, 2_589_988.110_336)),
    ("km³", u("cubic kilometre", Volume, 1e12)),
    ("m³", u("cubic metre", Volume, 1e3)),
    ("m3", u("cubic metre", Volume, 1e3)),
    ("g", u("gram", Mass, 0.001)),
    ("grams", u("gram", Mass, 0.001)),
    ("kg", u("kilogram", Mass, 1.0)),
    // "1.8986 × 10^27 kg, or about 318 Earths": a planet's mass in Earth masses restates
    // the kilograms (round 28: asked beside them, rated C).
    ("earths", u("Earth mass", Mass, 5.972e24)),
    ("earth masses", u("Earth mass", Mass, 5.972e24)),
    ("kilograms", u("kilogram", Mass, 1.0)),
    ("tonne", u("tonne", Mass, 1_000.0)),
    ("tonnes", u("tonne", Mass, 1_000.0)),
    ("tons", u("tonne", Mass, 1_000.0)),
    ("lb", u("pound", Mass, 0.453_592_37)),
    ("lbs", u("pound", Mass, 0.453_592_37)),
    ("l", u("litre", Volume, 1.0)),
    ("litres", u("litre", Volume, 1.0)),
    ("liters", u("litre", Volume, 1.0)),
    ("gallons", u("gallon", Volume, 3.785_411_784)),
    ("km/h", u("kilometre per hour", Speed, 1.0 / 3.6)),
    ("kph", u("kilometre per hour", Speed, 1.0 / 3.6)),
    ("mph", u("mile per hour", Speed, 0.447_04)),
    ("m/s", u("metre per second", Speed, 1.0)),
    ("km/s", u("kilometre per second", Speed, 1_000.0)),
    ("knots", u("knot", Speed, 0.514_444)),
    ("knot", u("knot", Speed, 0.514_444)),
    ("kn", u("knot", Speed, 0.514_444)),
    ("kt", u("knot", Speed, 0.514_444)),
    ("°c", CELSIUS),
    ("℃", CELSIUS),
    ("celsius", CELSIUS),
    ("°f", FAHRENHEIT),
    ("℉", FAHRENHEIT),
    ("fahrenheit", FAHRENHEIT),
    ("kelvin", KELVIN),
    ("kelvins", KELVIN),
    ("w", u("watt", Power, 1.0)),
    ("watts", u("watt", Power, 1.0)),
    ("kw", u("kilowatt", Power, 1e3)),
    ("mw", u("megawatt", Power, 1e6)),
    ("megawatts", u("megawatt", Power, 1e6)),
    ("gw", u("gigawatt", Power, 1e9)),
    ("gigawatts", u("gigawatt", Power, 1e9)),
    ("kb", u("kilobyte", Data, 1e3)),
    ("mb", u("megabyte", Data, 1e6)),
    ("gb", u("gigabyte", Data, 1e9)),
    ("tb", u("terabyte", Data, 1e12)),
    // Issue 10, real texts: the imperial and engineering units their figures and bracketed
    // conversions use ("420 miles (676 km)", "31,722 km2 (12,248 sq mi)", "30 short tons
    // (27 t)", "100,756 pounds", "1,500 hp", "2,800 GWh", "77 kelvin").
    ("d", u("day", Time, 1.0)),
    ("mi", u("mile", Length, 1_609.344)),
    ("nmi", u("nautical mile", Length, 1_852.0)),
    ("yards", u("yard", Length, 0.9144)),
    ("yd", u("yard", Length, 0.9144)),
    ("m3", u("cubic metre", Volume, 1e3)),
    ("km3", u("cubic kilometre", Volume, 1e12)),
    ("t", u("tonne", Mass, 1_000.0)),
    ("ton", u("tonne", Mass, 1_000.0)),
    ("pound", u("pound", Mass, 0.453_592_37)),
    ("pounds", u("pound", Mass, 0.453_592_37)),
    ("kilogram", u("kilogram", Mass, 1.0)),
    ("hp", u("horsepower", Power, 745.699_872)),
    ("horsepower", u("horsepower", Power, 745.699_872)),
    ("kelvin", u("kelvin", Temperature, 1.0)),
    ("kj", u("kilojoule", Energy, 1e3)),
    ("mj", u("megajoule", Energy, 1e6)),
    ("gj", u("gigajoule", Energy, 1e9)),
    ("tj", u("terajoule", Energy, 1e12)),
    ("kwh", u("kilowatt-hour", Energy, 3.6e6)),
    ("mwh", u("megawatt-hour", Energy, 3.6e9)),
    ("gwh", u("gigawatt-hour", Energy, 3.6e12)),
    ("twh", u("terawatt-hour", Energy, 3.6e15)),
    // Issue 11, the second held-out table: "92 atmospheres" (9.3 MPa) and "6.44 mi/s".
    ("atm", u("atmosphere", Pressure, 101_325.0)),
    ("atmosphere", u("atmosphere", Pressure, 101_325.0)),
    ("atmospheres", u("atmosphere", Pressure, 101_325.0)),
    ("pa", u("pascal", Pressure, 1.0)),
    ("pascals", u("pascal", Pressure, 1.0)),
    ("hpa", u("hectopascal", Pressure, 100.0)),
    ("kpa", u("kilopascal", Pressure, 1e3)),
    ("mpa", u("megapascal", Pressure, 1e6)),
    ("gpa", u("gigapascal", Pressure, 1e9)),
    ("mbar", u("millibar", Pressure, 100.0)),
    ("millibars", u("millibar", Pressure, 100.0)),
    ("psi", u("pound per square inch", Pressure, 6_894.757_293)),
    ("mi/s", u("mile per second", Speed, 1_609.344)),
    // Issue 11, the fourth held-out table: "5243 kg/m3" for a mean density of 5.243 g/cm3.
    ("g/cm3", u("gram per cubic centimetre", Density, 1_000.0)),
    ("g/cm³", u("gram per cubic centimetre", Density, 1_000.0)),
    ("kg/m3", u("kilogram per cubic metre", Density, 1.0)),
    ("kg/m³", u("kilogram per cubic metre", Density, 1.0)),
];

/// The unit with a canonical name ("metre", "square kilometre").
pub fn by_name(name: &str) -> Option<Unit> {
    FORMS
        .iter()
        .map(|(_, u)| *u)
        .chain(SQUARE)
        .find(|u| u.name == name)
}

/// Areas and volumes made from "square" or "cubic" and a length, which have no short form
/// of their own.
const SQUARE: [Unit; 5] = [
    // "30 short tons (27 t)": the US ton, written with "short" before it.
    u("short ton", Mass, 907.184_74),
    u("square mile", Area, 2_589_988.110_336),
    u("square foot", Area, 0.092_903_04),
    u("cubic mile", Volume, 4_168_181_825_440.579_6),
    u("cubic foot", Volume, 28.316_846_592),
];

/// Units are stored by canonical name.
impl Serialize for Unit {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.name)
    }
}

impl<'de> Deserialize<'de> for Unit {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Unit, D::Error> {
        let name = String::deserialize(d)?;
        by_name(&name).ok_or_else(|| serde::de::Error::custom(format!("unknown unit {name}")))
    }
}

/// Forms that are unambiguous only right after a number and in lower case in prose
/// ("m" is metres after "8", but "M" or "T" in prose are more often names).
const SHORT_FORMS: &[&str] = &[
    "m", "g", "l", "w", "au", "ha", "h", "s", "mi", "mo", "t", "d", "pa",
];

/// Forms read only in typed answers, case as written: in prose "in" is a preposition and
/// "K" a thousand, but "77 in" or "184 K" typed for a height or a temperature are units.
const ANSWER_FORMS: &[(&str, Unit)] = &[
    ("in", u("inch", Length, 0.0254)),
    ("K", KELVIN),
    // "68 F", "20 C": a capital letter alone after a number typed as a temperature.
    ("F", FAHRENHEIT),
    ("C", CELSIUS),
    ("'", u("foot", Length, 0.3048)),
    ("′", u("foot", Length, 0.3048)),
    ("’", u("foot", Length, 0.3048)),
    ("\"", u("inch", Length, 0.0254)),
    ("″", u("inch", Length, 0.0254)),
    ("”", u("inch", Length, 0.0254)),
    ("''", u("inch", Length, 0.0254)),
    // "92 bar": in prose "20 bars" is more often of soap or gold than of pressure.
    ("bar", u("bar", Pressure, 1e5)),
    ("bars", u("bar", Pressure, 1e5)),
];

/// Forms read only as the last word of a value, right after its number and as written:
/// an infobox's "75.3 a" (annum: years), which anywhere else is an article.
const END_FORMS: &[(&str, Unit)] = &[("a", u("year", Time, 365.242_5))];

/// The unit written as `form` as the last word of a value after its number ("75.3 a"): every
/// form of [`lookup`], and those of [`END_FORMS`].
pub fn lookup_at_end(form: &str) -> Option<Unit> {
    END_FORMS
        .iter()
        .find(|(f, _)| *f == form)
        .map(|(_, unit)| *unit)
        .or_else(|| lookup(form))
}

/// The unit written as `form` in a typed answer: every form of [`lookup`], and the marks and
/// short forms people type ("6'5\"", "77 in", "184 K").
pub fn lookup_answer(form: &str) -> Option<Unit> {
    ANSWER_FORMS
        .iter()
        .find(|(f, _)| *f == form)
        .map(|(_, unit)| *unit)
        .or_else(|| lookup(form))
}

/// A unit written in words after a number at token `j`, in prose or in an answer:
/// "square kilometres", "sq mi", "cubic feet", "degrees Celsius", "deg F", "degrees" alone
/// (`None` unit: a temperature in the asked scale). Returns the unit and the index after it.
pub fn unit_words(toks: &[Token], j: usize) -> Option<(Option<Unit>, usize)> {
    let first = toks.get(j)?.to_lowercase_word()?;
    let next = toks.get(j + 1).and_then(|t| t.to_lowercase_word());
    match first.as_str() {
        // "30 short tons (27 t)": the US ton, written with "short" before it.
        "short" if matches!(next.as_deref(), Some("ton" | "tons")) => {
            by_name("short ton").map(|u| (Some(u), j + 2))
        }
        "square" | "sq" | "cubic" | "cu" => {
            let power = if first.starts_with('s') {
                "square"
            } else {
                "cubic"
            };
            let length = lookup(&next?).filter(|u| u.dim == Length)?;
            let unit = by_name(&format!("{power} {}", length.name))?;
            Some((Some(unit), j + 2))
        }
        "degrees" | "degree" | "deg" => {
            let scale = next.as_deref().and_then(|n| match n {
                "celsius" | "c" | "centigrade" => Some(CELSIUS),
                "fahrenheit" | "f" => Some(FAHRENHEIT),
                _ => None,
            });
            Some(match scale {
                Some(unit) => (Some(unit), j + 2),
                None => (None, j + 1),
            })
        }
        _ => None,
    }
}

/// Bare words that name several units: the answer's word means the asked unit when it is one
/// of them ("30 tons" for 30 short tons, in a US text), else what [`lookup`] reads.
const BARE_WORDS: &[(&str, &[&str])] = &[
    ("ton", &["tonne", "short ton"]),
    ("tons", &["tonne", "short ton"]),
];

/// The unit an answer's `typed` unit stands for where `asked` is asked, given the answer's
/// words: the asked one when a bare word of the answer names both.
pub fn as_asked(words: &str, typed: Unit, asked: Unit) -> Unit {
    // "18'" or "40\"" alone where a time is asked: the primes of minutes and seconds, as in
    // a football minute (heldout3), not feet and inches; "6'5\"" keeps its feet.
    let mark = words.trim_end().chars().last();
    let bare = !words.contains(char::is_alphabetic);
    if bare && asked.dim == Dimension::Time {
        let time = match (typed.name, mark) {
            ("foot", Some('\'' | '′' | '’')) => lookup("minutes"),
            ("inch", Some('"' | '″' | '”')) => lookup("seconds"),
            _ => None,
        };
        if let Some(time) = time {
            return time;
        }
    }
    let names_both = |w: &str| {
        BARE_WORDS.iter().any(|(bare, units)| {
            w.eq_ignore_ascii_case(bare)
                && units.contains(&typed.name)
                && units.contains(&asked.name)
        })
    };
    if words.split(|c: char| !c.is_alphabetic()).any(names_both) {
        asked
    } else {
        typed
    }
}

/// The unit written as `form` ("metres", "km/h"), if any.
pub fn lookup(form: &str) -> Option<Unit> {
    let lower = form.to_lowercase();
    FORMS
        .iter()
        .find(|(f, _)| *f == lower)
        .map(|(_, unit)| *unit)
}

/// The unit written as `form` in a fact's prose, stricter than [`lookup`] about short forms.
pub fn lookup_in_prose(form: &str) -> Option<Unit> {
    let lower = form.to_lowercase();
    if SHORT_FORMS.contains(&lower.as_str()) && form != lower {
        return None;
    }
    lookup(form)
}

/// A length unit read before token `j` made a speed by "per" and a unit of time there
/// ("km per second"), with the index after it; `None` when no "per" follows.
pub fn per_time(length: Unit, toks: &[Token], j: usize) -> Option<(Unit, usize)> {
    if length.dim != Length || !toks.get(j)?.text.eq_ignore_ascii_case("per") {
        return None;
    }
    let time = lookup(toks.get(j + 1)?.text).filter(|u| u.dim == Time)?;
    let speed = format!("{} per {}", length.name, time.name);
    by_name(&speed).map(|u| (u, j + 2))
}

/// The longest glued run of one to four tokens from `j` that contains a word and that
/// `find` names as a unit ("km" "/" "h" is one unit, "g" "/" "cm" "3" another), with the
/// index after it.
pub fn glued_unit(
    src: &str,
    toks: &[Token],
    j: usize,
    find: fn(&str) -> Option<Unit>,
) -> Option<(Unit, usize)> {
    (1..=4).rev().find_map(|len| {
        let run = toks.get(j..j + len)?;
        let glued = run.windows(2).all(|w| w[0].end == w[1].start);
        let has_word = run.iter().any(|t| t.kind == TokKind::Word);
        let unit = if glued && has_word {
            find(&src[run[0].start..run[len - 1].end])
        } else {
            None
        };
        unit.map(|u| (u, j + len))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plurals_read_as_written() {
        let cases = [
            ("km/h", "kilometres per hour"),
            ("mph", "miles per hour"),
            ("ft", "feet"),
            ("°F", "degrees Fahrenheit"),
            ("km2", "square kilometres"),
        ];
        for (form, want) in cases {
            assert_eq!(
                lookup(form).map(Unit::plural).as_deref(),
                Some(want),
                "{form}"
            );
        }
    }

    #[test]
    fn annum_is_a_year_only_at_the_end_of_a_value() {
        let cases = [
            ("a", Some("year")),
            ("A", None),
            ("km", Some("kilometre")),
            ("an", None),
        ];
        for (form, want) in cases {
            assert_eq!(lookup_at_end(form).map(|u| u.name), want, "{form}");
        }
        assert_eq!(lookup("a"), None, "in prose \"a\" is an article");
    }

    #[test]
    fn looks_up_units() {
        let cases = [
            ("metres", Some("metre")),
            ("Metres", Some("metre")),
            ("km/h", Some("kilometre per hour")),
            ("decades", Some("decade")),
            ("parsecs", None),
            ("mi", Some("mile")),
            ("GWh", Some("gigawatt-hour")),
            ("TJ", Some("terajoule")),
            ("m3", Some("cubic metre")),
            ("km2", Some("square kilometre")),
            ("hp", Some("horsepower")),
            ("pounds", Some("pound")),
            ("kelvin", Some("kelvin")),
            ("atmospheres", Some("atmosphere")),
            ("MPa", Some("megapascal")),
            ("mi/s", Some("mile per second")),
            ("g/cm3", Some("gram per cubic centimetre")),
            ("g/cm³", Some("gram per cubic centimetre")),
            ("kg/m3", Some("kilogram per cubic metre")),
            ("KG/M³", Some("kilogram per cubic metre")),
            ("bar", None),
        ];
        for (form, want) in cases {
            assert_eq!(lookup(form).map(|u| u.name), want, "{form}");
        }
    }

    #[test]
    fn short_forms_must_be_lower_case_in_prose() {
        assert!(lookup_in_prose("m").is_some());
        assert!(lookup_in_prose("M").is_none());
        assert!(lookup_in_prose("KM").is_some());
    }

    #[test]
    fn same_dimension_converts() {
        let km = lookup("km").unwrap();
        let m = lookup("metres").unwrap();
        assert_eq!(km.dim, m.dim);
        assert!((8.849 * km.factor - 8_849.0 * m.factor).abs() < 1e-9);
    }
}
