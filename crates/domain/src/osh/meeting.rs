//! Coordination meetings (providers, agencies, partners and enterprises) and achievement
//! workshops (enterprises present what they improved): what a form, the API or the demo
//! gives is parsed here into a [`MeetingRecord`] or every field's error at once.

use jiff::civil::Date;

use crate::code_enum::code_enum;
use crate::field_errors::FieldErrors;
use crate::ids::WorkplaceId;

code_enum! {
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum MeetingKind / "osh-meeting-kind-" {
        Coordination = "coordination",
        Workshop = "workshop",
    }
}

/// Longest place name and longest list of organisations, decisions or follow-ups.
pub const PLACE_MAX: usize = 200;
pub const TEXT_MAX: usize = 5_000;
/// At most this many organisations and enterprises presenting per meeting.
pub const LIST_MAX: usize = 100;

/// A meeting as typed: all text, as a form or a JSON body has it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RawMeeting<'a> {
    pub kind: &'a str,
    pub held_on: &'a str,
    pub place: &'a str,
    /// One organisation per line.
    pub organisations: &'a str,
    pub women: &'a str,
    pub men: &'a str,
    pub presenters: &'a [String],
    pub decisions: &'a str,
    pub follow_ups: &'a str,
}

/// A valid meeting: a known kind, a date not after `today`, a place, participant counts,
/// the organisations (trimmed, no blanks, no repeats) and the enterprises presenting.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MeetingRecord {
    pub kind: MeetingKind,
    pub held_on: Date,
    pub place: String,
    pub organisations: Vec<String>,
    pub women: i64,
    pub men: i64,
    pub presenters: Vec<WorkplaceId>,
    pub decisions: String,
    pub follow_ups: String,
}

impl MeetingRecord {
    pub fn participants(&self) -> i64 {
        self.women + self.men
    }

    pub fn parse(raw: &RawMeeting<'_>, today: Date) -> Result<MeetingRecord, FieldErrors> {
        let mut errors = FieldErrors::default();
        let kind = MeetingKind::parse(raw.kind);
        if kind.is_none() {
            errors.push("kind", "error-invalid-choice");
        }
        let held_on = match raw.held_on.trim() {
            "" => {
                errors.push("held_on", "error-required");
                None
            }
            s => match s.parse::<Date>() {
                Ok(d) if d > today => {
                    errors.push("held_on", "osh-error-meeting-in-future");
                    None
                }
                Ok(d) => Some(d),
                Err(_) => {
                    errors.push("held_on", "error-invalid-date");
                    None
                }
            },
        };
        let place = raw.place.trim();
        if place.is_empty() {
            errors.push("place", "error-required");
        } else if place.chars().count() > PLACE_MAX {
            errors.push("place", "error-too-long");
        }
        let mut organisations: Vec<String> = Vec::new();
        for line in raw.organisations.lines().map(str::trim) {
            if !line.is_empty() && !organisations.iter().any(|o| o == line) {
                organisations.push(line.to_owned());
            }
        }
        if organisations.is_empty() {
            errors.push("organisations", "error-required");
        } else if organisations.len() > LIST_MAX || raw.organisations.chars().count() > TEXT_MAX {
            errors.push("organisations", "error-too-long");
        }
        let mut count = |field: &'static str, raw: &str| match raw.trim() {
            "" => 0,
            s => match s.parse::<i64>() {
                Ok(n) if (0..=100_000).contains(&n) => n,
                _ => {
                    errors.push(field, "error-invalid-number");
                    0
                }
            },
        };
        let women = count("women", raw.women);
        let men = count("men", raw.men);
        if women + men == 0 && errors.get("women").is_none() && errors.get("men").is_none() {
            errors.push("men", "osh-error-meeting-no-participants");
        }
        let mut presenters: Vec<WorkplaceId> = Vec::new();
        for p in raw
            .presenters
            .iter()
            .map(|p| p.trim())
            .filter(|p| !p.is_empty())
        {
            match p.parse::<WorkplaceId>() {
                Ok(id) if !presenters.contains(&id) => presenters.push(id),
                Ok(_) => {}
                Err(_) => errors.push("presenters", "error-invalid-choice"),
            }
        }
        if presenters.len() > LIST_MAX {
            errors.push("presenters", "error-too-long");
        }
        for (field, text) in [("decisions", raw.decisions), ("follow_ups", raw.follow_ups)] {
            if text.chars().count() > TEXT_MAX {
                errors.push(field, "error-too-long");
            }
        }
        match (kind, held_on) {
            (Some(kind), Some(held_on)) if errors.is_empty() => Ok(MeetingRecord {
                kind,
                held_on,
                place: place.to_owned(),
                organisations,
                women,
                men,
                presenters,
                decisions: raw.decisions.trim().to_owned(),
                follow_ups: raw.follow_ups.trim().to_owned(),
            }),
            _ => Err(errors),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    fn raw<'a>(presenters: &'a [String]) -> RawMeeting<'a> {
        RawMeeting {
            kind: "workshop",
            held_on: "2026-05-20",
            place: "Hanoi labour department hall",
            organisations: "Safe Work Hanoi\n\n OSH Support Dhaka \nSafe Work Hanoi\nDOLISA",
            women: "12",
            men: "9",
            presenters,
            decisions: "Share the shelving idea in the newsletter",
            follow_ups: "",
        }
    }

    #[test]
    fn a_meeting_parses_with_organisations_once_each_and_participants_by_gender() {
        let presenters = vec!["3".to_owned(), "3".to_owned(), "5".to_owned()];
        let m = MeetingRecord::parse(&raw(&presenters), date(2026, 6, 1)).unwrap();
        assert_eq!(m.kind, MeetingKind::Workshop);
        assert_eq!(
            m.organisations,
            vec!["Safe Work Hanoi", "OSH Support Dhaka", "DOLISA"]
        );
        assert_eq!((m.women, m.men, m.participants()), (12, 9, 21));
        assert_eq!(m.presenters, vec![WorkplaceId::new(3), WorkplaceId::new(5)]);
    }

    #[test]
    fn a_meeting_reports_every_field_error_at_once() {
        let presenters = vec!["x".to_owned()];
        let bad = RawMeeting {
            kind: "party",
            held_on: "2026-07-01",
            place: " ",
            organisations: "\n",
            women: "-1",
            men: "",
            presenters: &presenters,
            ..RawMeeting::default()
        };
        let e = MeetingRecord::parse(&bad, date(2026, 6, 1)).unwrap_err();
        assert_eq!(e.get("kind"), Some("error-invalid-choice"));
        assert_eq!(e.get("held_on"), Some("osh-error-meeting-in-future"));
        assert_eq!(e.get("place"), Some("error-required"));
        assert_eq!(e.get("organisations"), Some("error-required"));
        assert_eq!(e.get("women"), Some("error-invalid-number"));
        assert_eq!(e.get("presenters"), Some("error-invalid-choice"));
        let nobody = RawMeeting {
            women: "0",
            men: "",
            ..raw(&[])
        };
        let e = MeetingRecord::parse(&nobody, date(2026, 6, 1)).unwrap_err();
        assert_eq!(e.get("men"), Some("osh-error-meeting-no-participants"));
    }
}
