//! What the awareness programme records at a workplace (issue 9 item 3, DESIGN §3.5):
//! training sessions, materials handed out, the manager's reports of playing the
//! helpline recording, and awareness checks. Each is parsed once from the text a form
//! (or the API) sends, so the page and the store accept and refuse the same input; a
//! refusal names every field at once.
//!
//! Dates are civil dates (`YYYY-MM-DD`) in the workplace's country, never in the future:
//! the programme records what happened.

use jiff::civil::Date;

use crate::calendar::parse_iso_date;
use crate::code_enum::code_enum;
use crate::field_errors::FieldErrors;
use crate::registry::record::{count_up_to, text};

code_enum! {
    /// What a training session covered.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
    pub enum TrainingTopic / "awareness-topic-" {
        HelplineNumber = "helpline_number",
        AfterCalling = "after_calling",
        Confidentiality = "confidentiality",
        FireSafety = "fire_safety",
        Harassment = "harassment",
        WagesHours = "wages_hours",
        Reprisal = "reprisal",
    }
}

code_enum! {
    /// What was handed out at a workplace.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum MaterialKind / "awareness-material-" {
        /// ID-card-sized, with the number, worn on the lanyard.
        HelplineCard = "helpline_card",
        Poster = "poster",
        /// The recording the manager plays to workers at intervals.
        AudioRecording = "audio_recording",
    }
}

code_enum! {
    /// The follow-up training the programme manager sends to a low-awareness workplace.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum FollowUpStatus / "awareness-follow-up-" {
        Planned = "planned",
        Done = "done",
    }
}

/// Participants of one session, by gender: more than a factory floor holds is a typo.
const PARTICIPANTS_MAX: i64 = 5_000;
/// "Small groups": a session split into groups of at most this many workers.
pub const GROUP_SIZE_MAX: i64 = 50;
const QUANTITY_MAX: i64 = 500_000;
/// Shifts a factory runs in a day, at most.
const SHIFTS_MAX: i64 = 4;
const SAMPLE_MAX: i64 = 5_000;
const TRAINER_MAX: usize = 200;
const NOTE_MAX: usize = 500;

/// A required date, not after `today`.
fn date(raw: &str, field: &'static str, today: Date, errors: &mut FieldErrors) -> Option<Date> {
    let raw = raw.trim();
    if raw.is_empty() {
        errors.push(field, "error-required");
        return None;
    }
    match parse_iso_date(raw) {
        None => {
            errors.push(field, "error-invalid-date");
            None
        }
        Some(d) if d > today => {
            errors.push(field, "awareness-error-date-in-future");
            None
        }
        Some(d) => Some(d),
    }
}

/// A count between `min` and `max`; empty is refused when `min` is above 0.
fn bounded(raw: &str, min: i64, max: i64, field: &'static str, errors: &mut FieldErrors) -> i64 {
    let before = errors.0.len();
    let n = count_up_to(raw, max, field, errors);
    if errors.0.len() == before && n < min {
        errors.push(
            field,
            if raw.trim().is_empty() {
                "error-required"
            } else {
                "error-invalid-number"
            },
        );
    }
    n
}

/// A training session as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RawTraining {
    pub held_on: String,
    pub trainer: String,
    pub women: String,
    pub men: String,
    pub group_size: String,
    /// Topic codes, one per ticked box.
    pub topics: Vec<String>,
}

/// A training session: workers trained in small groups on the listed topics.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Training {
    pub held_on: Date,
    pub trainer: String,
    pub women: i64,
    pub men: i64,
    pub group_size: i64,
    pub topics: Vec<TrainingTopic>,
}

impl Training {
    pub fn parse(raw: &RawTraining, today: Date) -> Result<Training, FieldErrors> {
        let mut errors = FieldErrors::default();
        let held_on = date(&raw.held_on, "held_on", today, &mut errors);
        let trainer = text(&raw.trainer, TRAINER_MAX, "trainer", true, &mut errors);
        let women = bounded(&raw.women, 0, PARTICIPANTS_MAX, "women", &mut errors);
        let men = bounded(&raw.men, 0, PARTICIPANTS_MAX, "men", &mut errors);
        if errors.get("women").is_none() && errors.get("men").is_none() && women + men == 0 {
            errors.push("women", "awareness-error-no-participants");
        }
        let group_size = bounded(
            &raw.group_size,
            1,
            GROUP_SIZE_MAX,
            "group_size",
            &mut errors,
        );
        let mut topics = Vec::new();
        for code in raw.topics.iter().filter(|c| !c.trim().is_empty()) {
            match TrainingTopic::parse(code) {
                Some(t) if !topics.contains(&t) => topics.push(t),
                Some(_) => {}
                None => errors.push("topics", "error-invalid-choice"),
            }
        }
        if topics.is_empty() && errors.get("topics").is_none() {
            errors.push("topics", "awareness-error-no-topic");
        }
        topics.sort();
        match held_on {
            Some(held_on) if errors.is_empty() => Ok(Training {
                held_on,
                trainer,
                women,
                men,
                group_size,
                topics,
            }),
            _ => Err(errors),
        }
    }

    pub fn participants(&self) -> i64 {
        self.women + self.men
    }

    /// How many small groups the session was held in.
    pub fn groups(&self) -> i64 {
        (self.participants() + self.group_size - 1) / self.group_size.max(1)
    }

    /// The topics as stored: codes joined by commas.
    pub fn topic_codes(&self) -> String {
        join_topics(&self.topics)
    }
}

pub fn join_topics(topics: &[TrainingTopic]) -> String {
    topics
        .iter()
        .map(|t| t.code())
        .collect::<Vec<_>>()
        .join(",")
}

/// Reads stored topic codes back; `None` when one does not decode (a broken row).
pub fn split_topics(stored: &str) -> Option<Vec<TrainingTopic>> {
    stored
        .split(',')
        .filter(|c| !c.is_empty())
        .map(TrainingTopic::parse)
        .collect()
}

/// Materials as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RawMaterial {
    pub given_on: String,
    pub kind: String,
    pub quantity: String,
}

/// Cards, posters or recordings handed to a workplace on a day.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Material {
    pub given_on: Date,
    pub kind: MaterialKind,
    pub quantity: i64,
}

impl Material {
    pub fn parse(raw: &RawMaterial, today: Date) -> Result<Material, FieldErrors> {
        let mut errors = FieldErrors::default();
        let given_on = date(&raw.given_on, "given_on", today, &mut errors);
        let kind = MaterialKind::parse(&raw.kind);
        if kind.is_none() {
            errors.push("kind", "error-invalid-choice");
        }
        let quantity = bounded(&raw.quantity, 1, QUANTITY_MAX, "quantity", &mut errors);
        match (given_on, kind) {
            (Some(given_on), Some(kind)) if errors.is_empty() => Ok(Material {
                given_on,
                kind,
                quantity,
            }),
            _ => Err(errors),
        }
    }
}

/// A play report as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RawPlayReport {
    pub played_on: String,
    pub shifts: String,
    pub note: String,
}

/// The manager's report that the helpline recording was played on a day, to so many
/// shifts. The factory contact confirms it (or reports it, already confirmed).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlayReport {
    pub played_on: Date,
    pub shifts: i64,
    pub note: String,
}

impl PlayReport {
    pub fn parse(raw: &RawPlayReport, today: Date) -> Result<PlayReport, FieldErrors> {
        let mut errors = FieldErrors::default();
        let played_on = date(&raw.played_on, "played_on", today, &mut errors);
        let shifts = bounded(&raw.shifts, 1, SHIFTS_MAX, "shifts", &mut errors);
        let note = text(&raw.note, NOTE_MAX, "note", false, &mut errors);
        match played_on {
            Some(played_on) if errors.is_empty() => Ok(PlayReport {
                played_on,
                shifts,
                note,
            }),
            _ => Err(errors),
        }
    }
}

/// An awareness check as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RawCheck {
    pub checked_on: String,
    pub sampled: String,
    pub knows_number: String,
    pub carries_card: String,
    pub knows_process: String,
}

/// A sample of workers asked three questions, counted per question.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AwarenessCheck {
    pub checked_on: Date,
    pub sampled: i64,
    pub knows_number: i64,
    pub carries_card: i64,
    pub knows_process: i64,
}

impl AwarenessCheck {
    pub fn parse(raw: &RawCheck, today: Date) -> Result<AwarenessCheck, FieldErrors> {
        let mut errors = FieldErrors::default();
        let checked_on = date(&raw.checked_on, "checked_on", today, &mut errors);
        let sampled = bounded(&raw.sampled, 1, SAMPLE_MAX, "sampled", &mut errors);
        let mut answer = |raw: &str, field: &'static str| {
            let n = bounded(raw, 0, SAMPLE_MAX, field, &mut errors);
            if errors.get(field).is_none() && errors.get("sampled").is_none() && n > sampled {
                errors.push(field, "awareness-error-more-than-sampled");
            }
            n
        };
        let knows_number = answer(&raw.knows_number, "knows_number");
        let carries_card = answer(&raw.carries_card, "carries_card");
        let knows_process = answer(&raw.knows_process, "knows_process");
        match checked_on {
            Some(checked_on) if errors.is_empty() => Ok(AwarenessCheck {
                checked_on,
                sampled,
                knows_number,
                carries_card,
                knows_process,
            }),
            _ => Err(errors),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> Date {
        jiff::civil::date(2026, 6, 1)
    }

    fn training() -> RawTraining {
        RawTraining {
            held_on: "2026-05-20".into(),
            trainer: "নাসরিন আক্তার".into(),
            women: "৪০".into(),
            men: "12".into(),
            group_size: "25".into(),
            topics: vec!["helpline_number".into(), "after_calling".into()],
        }
    }

    #[test]
    fn awareness_training_parses_bengali_digits_and_counts_groups() {
        let t = Training::parse(&training(), today()).unwrap();
        assert_eq!((t.women, t.men, t.participants()), (40, 12, 52));
        assert_eq!(t.groups(), 3);
        assert_eq!(t.topic_codes(), "helpline_number,after_calling");
        assert_eq!(split_topics(&t.topic_codes()), Some(t.topics.clone()));
        assert_eq!(split_topics("helpline_number,nonsense"), None);
    }

    #[test]
    fn awareness_training_reports_every_bad_field_at_once() {
        let e = Training::parse(
            &RawTraining {
                held_on: "2026-07-01".into(),
                trainer: " ".into(),
                women: "0".into(),
                men: "".into(),
                group_size: "80".into(),
                topics: vec!["juggling".into()],
            },
            today(),
        )
        .unwrap_err();
        assert_eq!(e.get("held_on"), Some("awareness-error-date-in-future"));
        assert_eq!(e.get("trainer"), Some("error-required"));
        assert_eq!(e.get("women"), Some("awareness-error-no-participants"));
        assert_eq!(e.get("group_size"), Some("error-invalid-number"));
        assert_eq!(e.get("topics"), Some("error-invalid-choice"));
        let e = Training::parse(
            &RawTraining {
                held_on: "1 May".into(),
                group_size: "".into(),
                topics: vec![],
                ..training()
            },
            today(),
        )
        .unwrap_err();
        assert_eq!(e.get("held_on"), Some("error-invalid-date"));
        assert_eq!(e.get("group_size"), Some("error-required"));
        assert_eq!(e.get("topics"), Some("awareness-error-no-topic"));
        // A session smaller than the usual group is one group.
        let small = Training::parse(
            &RawTraining {
                women: "10".into(),
                men: "0".into(),
                group_size: "20".into(),
                ..training()
            },
            today(),
        )
        .unwrap();
        assert_eq!(small.groups(), 1);
    }

    #[test]
    fn awareness_materials_and_play_reports_parse() {
        let m = Material::parse(
            &RawMaterial {
                given_on: "2026-05-01".into(),
                kind: "helpline_card".into(),
                quantity: "1,200".into(),
            },
            today(),
        )
        .unwrap();
        assert_eq!((m.kind, m.quantity), (MaterialKind::HelplineCard, 1200));
        let e = Material::parse(
            &RawMaterial {
                given_on: "".into(),
                kind: "leaflet".into(),
                quantity: "0".into(),
            },
            today(),
        )
        .unwrap_err();
        assert_eq!(e.get("given_on"), Some("error-required"));
        assert_eq!(e.get("kind"), Some("error-invalid-choice"));
        assert_eq!(e.get("quantity"), Some("error-invalid-number"));
        let p = PlayReport::parse(
            &RawPlayReport {
                played_on: "2026-05-31".into(),
                shifts: "2".into(),
                note: "Lunch break, both floors".into(),
            },
            today(),
        )
        .unwrap();
        assert_eq!(p.shifts, 2);
        let e = PlayReport::parse(
            &RawPlayReport {
                played_on: "2026-05-31".into(),
                shifts: "9".into(),
                note: String::new(),
            },
            today(),
        )
        .unwrap_err();
        assert_eq!(e.get("shifts"), Some("error-invalid-number"));
    }

    #[test]
    fn awareness_check_answers_cannot_exceed_the_sample() {
        let raw = RawCheck {
            checked_on: "2026-05-10".into(),
            sampled: "20".into(),
            knows_number: "18".into(),
            carries_card: "21".into(),
            knows_process: "৯".into(),
        };
        let e = AwarenessCheck::parse(&raw, today()).unwrap_err();
        assert_eq!(
            e.get("carries_card"),
            Some("awareness-error-more-than-sampled")
        );
        assert_eq!(e.get("knows_number"), None);
        let ok = AwarenessCheck::parse(
            &RawCheck {
                carries_card: "15".into(),
                ..raw
            },
            today(),
        )
        .unwrap();
        assert_eq!(
            (
                ok.sampled,
                ok.knows_number,
                ok.carries_card,
                ok.knows_process
            ),
            (20, 18, 15, 9)
        );
        let e = AwarenessCheck::parse(&RawCheck::default(), today()).unwrap_err();
        assert_eq!(e.get("checked_on"), Some("error-required"));
        assert_eq!(e.get("sampled"), Some("error-required"));
    }
}
