//! Onboarding: a workplace is invited, onboarded (contacts named, headcount known),
//! trained, active (materials in place, calls possible), and may be suspended. The date
//! each stage was reached is kept, so the programme can tell how long onboarding takes.

use jiff::civil::Date;

use crate::calendar::parse_iso_date;
use crate::code_enum::code_enum;
use crate::field_errors::FieldErrors;

code_enum! {
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
    pub enum OnboardingStatus / "onboarding-" {
        #[default]
        Invited = "invited",
        Onboarded = "onboarded",
        Trained = "trained",
        Active = "active",
        Suspended = "suspended",
    }
}

impl OnboardingStatus {
    /// Form and CSV field of the date this stage was reached.
    pub fn date_field(self) -> &'static str {
        match self {
            OnboardingStatus::Invited => "invited_on",
            OnboardingStatus::Onboarded => "onboarded_on",
            OnboardingStatus::Trained => "trained_on",
            OnboardingStatus::Active => "active_on",
            OnboardingStatus::Suspended => "suspended_on",
        }
    }

    /// Workers of an active workplace count as having access to the helpline.
    pub fn gives_access(self) -> bool {
        self == OnboardingStatus::Active
    }
}

/// The current stage and the date each stage was reached (in [`OnboardingStatus::ALL`]
/// order).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Onboarding {
    pub status: OnboardingStatus,
    pub dates: [Option<Date>; 5],
}

impl Onboarding {
    /// Parses the stage and its dates (`YYYY-MM-DD` or empty). Dates of the forward
    /// stages (invited … active) may not go backwards, and the current stage, unless it is
    /// the first, needs its date: a status without a date cannot be reported on.
    pub fn parse(status: &str, dates: [&str; 5], errors: &mut FieldErrors) -> Option<Onboarding> {
        let parsed_status = if status.trim().is_empty() {
            Some(OnboardingStatus::Invited)
        } else {
            OnboardingStatus::parse(status)
        };
        if parsed_status.is_none() {
            errors.push("status", "error-invalid-choice");
        }
        let mut out = [None; 5];
        let mut ok = parsed_status.is_some();
        for (i, raw) in dates.iter().enumerate() {
            let raw = raw.trim();
            if raw.is_empty() {
                continue;
            }
            match parse_iso_date(raw) {
                Some(d) => out[i] = Some(d),
                None => {
                    errors.push(OnboardingStatus::ALL[i].date_field(), "error-invalid-date");
                    ok = false;
                }
            }
        }
        let mut latest: Option<Date> = None;
        for (i, d) in out.iter().enumerate().take(4) {
            if let Some(d) = d {
                if latest.is_some_and(|l| *d < l) {
                    errors.push(
                        OnboardingStatus::ALL[i].date_field(),
                        "error-onboarding-date-order",
                    );
                    ok = false;
                }
                latest = Some(*d);
            }
        }
        let status = parsed_status?;
        let index = OnboardingStatus::ALL.iter().position(|s| *s == status)?;
        if index > 0 && out[index].is_none() && ok {
            errors.push(status.date_field(), "error-onboarding-date-missing");
            ok = false;
        }
        ok.then_some(Onboarding { status, dates: out })
    }

    pub fn date(&self, status: OnboardingStatus) -> Option<Date> {
        OnboardingStatus::ALL
            .iter()
            .position(|s| *s == status)
            .and_then(|i| self.dates[i])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(status: &str, dates: [&str; 5]) -> Result<Onboarding, FieldErrors> {
        let mut errors = FieldErrors::default();
        Onboarding::parse(status, dates, &mut errors).ok_or(errors)
    }

    #[test]
    fn onboarding_keeps_each_stage_date() {
        let o = parse(
            "active",
            ["2026-01-05", "2026-02-01", "2026-03-10", "2026-03-20", ""],
        )
        .unwrap();
        assert_eq!(o.status, OnboardingStatus::Active);
        assert_eq!(
            o.date(OnboardingStatus::Trained).map(|d| d.to_string()),
            Some("2026-03-10".to_owned())
        );
        assert_eq!(
            parse("", ["", "", "", "", ""]).unwrap().status,
            OnboardingStatus::Invited
        );
    }

    #[test]
    fn onboarding_refuses_dates_out_of_order_unknown_status_and_a_missing_date() {
        let e = parse(
            "trained",
            ["2026-03-01", "2026-02-01", "2026-03-02", "", ""],
        )
        .unwrap_err();
        assert_eq!(e.get("onboarded_on"), Some("error-onboarding-date-order"));
        let e = parse("paused", ["", "", "", "", ""]).unwrap_err();
        assert_eq!(e.get("status"), Some("error-invalid-choice"));
        let e = parse("active", ["2026-01-01", "", "", "", ""]).unwrap_err();
        assert_eq!(e.get("active_on"), Some("error-onboarding-date-missing"));
        let e = parse("invited", ["01/02/2026", "", "", "", ""]).unwrap_err();
        assert_eq!(e.get("invited_on"), Some("error-invalid-date"));
        // Suspension keeps the earlier dates.
        assert!(parse("suspended", ["2026-03-01", "", "", "", "2026-05-01"]).is_ok());
    }
}
