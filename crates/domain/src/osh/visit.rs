//! Visits to an enrolled workplace: their kind, who took part, the effectiveness rating
//! the employer and the workers each give, and where a visit stands on the schedule.

use jiff::civil::Date;

use crate::code_enum::code_enum;
use crate::field_errors::FieldErrors;

code_enum! {
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum VisitKind / "osh-visit-kind-" {
        Baseline = "baseline",
        FollowUp = "follow_up",
        Verification = "verification",
    }
}

code_enum! {
    /// Whose view of a visit a rating and text are: recorded separately, never merged.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum ViewSide / "osh-view-" {
        Employer = "employer",
        Workers = "workers",
    }
}

/// How effective the support was, 1 (not at all) to 5 (very).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Effectiveness(u8);

impl Effectiveness {
    pub fn new(value: i64) -> Option<Effectiveness> {
        u8::try_from(value)
            .ok()
            .filter(|v| (1..=5).contains(v))
            .map(Effectiveness)
    }

    pub fn parse(raw: &str) -> Result<Effectiveness, &'static str> {
        raw.trim()
            .parse::<i64>()
            .ok()
            .and_then(Effectiveness::new)
            .ok_or("osh-error-rating")
    }

    pub fn get(self) -> u8 {
        self.0
    }
}

/// Who took part in a visit. Women and worker representatives are among the workers.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Participants {
    pub employer: i64,
    pub workers: i64,
    pub women: i64,
    pub worker_reps: i64,
}

impl Participants {
    /// Parses the four counts of a form (empty is 0); every field's error at once.
    pub fn parse(
        employer: &str,
        workers: &str,
        women: &str,
        worker_reps: &str,
    ) -> Result<Participants, FieldErrors> {
        let mut errors = FieldErrors::default();
        let mut count = |field, raw: &str| {
            let raw = raw.trim();
            if raw.is_empty() {
                return 0;
            }
            match raw.parse::<i64>() {
                Ok(n) if (0..=100_000).contains(&n) => n,
                _ => {
                    errors.push(field, "error-invalid-number");
                    0
                }
            }
        };
        let p = Participants {
            employer: count("employer", employer),
            workers: count("workers", workers),
            women: count("women", women),
            worker_reps: count("worker_reps", worker_reps),
        };
        if p.women > p.workers {
            errors.push("women", "error-women-exceed-total");
        }
        if p.worker_reps > p.workers {
            errors.push("worker_reps", "osh-error-reps-exceed-workers");
        }
        if errors.is_empty() {
            Ok(p)
        } else {
            Err(errors)
        }
    }
}

/// Where a visit stands on the schedule on `today`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum VisitState {
    Performed,
    /// Planned for today or later.
    Planned,
    /// Planned for a day already past and not performed.
    Overdue,
}

impl VisitState {
    pub const ALL: [VisitState; 3] = [
        VisitState::Performed,
        VisitState::Planned,
        VisitState::Overdue,
    ];

    pub fn message_key(self) -> &'static str {
        match self {
            VisitState::Performed => "osh-visit-state-performed",
            VisitState::Planned => "osh-visit-state-planned",
            VisitState::Overdue => "osh-visit-state-overdue",
        }
    }
}

pub fn visit_state(scheduled: Date, performed: Option<Date>, today: Date) -> VisitState {
    match performed {
        Some(_) => VisitState::Performed,
        None if scheduled < today => VisitState::Overdue,
        None => VisitState::Planned,
    }
}

/// A workplace's visit priority for the schedule: higher first. Open helpline signals
/// (OSH complaints about the workplace not yet answered by a visit) weigh most, then how
/// many days a due visit is late.
pub fn visit_priority(open_signals: i64, days_overdue: i64) -> i64 {
    open_signals.max(0) * 1_000 + days_overdue.max(0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn rating_is_one_to_five() {
        assert_eq!(Effectiveness::parse("4").map(Effectiveness::get), Ok(4));
        assert_eq!(Effectiveness::parse("0"), Err("osh-error-rating"));
        assert_eq!(Effectiveness::parse("6"), Err("osh-error-rating"));
        assert_eq!(Effectiveness::parse(""), Err("osh-error-rating"));
    }

    #[test]
    fn participants_are_checked_together() {
        let p = Participants::parse("1", "12", "9", "").unwrap();
        assert_eq!((p.workers, p.women, p.worker_reps), (12, 9, 0));
        let e = Participants::parse("x", "3", "5", "4").unwrap_err();
        assert_eq!(e.get("employer"), Some("error-invalid-number"));
        assert_eq!(e.get("women"), Some("error-women-exceed-total"));
        assert_eq!(e.get("worker_reps"), Some("osh-error-reps-exceed-workers"));
    }

    #[test]
    fn schedule_state_and_priority() {
        let today = date(2026, 3, 10);
        assert_eq!(
            visit_state(date(2026, 3, 9), None, today),
            VisitState::Overdue
        );
        assert_eq!(
            visit_state(date(2026, 3, 10), None, today),
            VisitState::Planned
        );
        assert_eq!(
            visit_state(date(2026, 3, 1), Some(date(2026, 3, 2)), today),
            VisitState::Performed
        );
        assert!(visit_priority(1, 0) > visit_priority(0, 400));
        assert!(visit_priority(0, 5) > visit_priority(0, 1));
    }
}
