//! Reporting a case to a factory or a brand is a deliberate act (DESIGN §4): nothing about
//! a case reaches an organisation before a helpline user reports it, with the worker's
//! agreement. This file holds the rule of which cases may be reported at all; the store
//! records each report with a snapshot of what was shared.

use crate::code_enum::code_enum;
use crate::urgency::Urgency;

code_enum! {
    /// Whom a report goes to: the case's workplace, or a brand it supplies.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum ReportTarget / "report-target-" {
        Factory = "factory",
        Brand = "brand",
    }
}

code_enum! {
    /// How a report was made: by a helpline user, or by the escalation ladder when the
    /// factory did not respond in time.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum ReportVia / "report-via-" {
        Helpline = "helpline",
        Escalation = "escalation",
    }
}

code_enum! {
    /// Why a case cannot be reported; each has a message the operator reads.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum NotReportable / "report-refused-" {
        /// Questions and test calls concern no employer.
        Informational = "informational",
        /// Out of scope or referred elsewhere.
        OutOfScope = "out_of_scope",
        /// The worker withdrew the case.
        Withdrawn = "withdrawn",
        /// The worker has not agreed that the factory may be told.
        NoAgreement = "no_agreement",
        /// Nothing has been written for the factory to read.
        NothingToShare = "nothing_to_share",
        /// The case has no workplace, or the workplace has no organisation to tell.
        NoOrganisation = "no_organisation",
    }
}

/// What decides whether a case may be reported.
#[derive(Debug, Clone, Copy)]
pub struct ReportFacts<'a> {
    pub category: &'a str,
    pub urgency: Urgency,
    /// The closing outcome, when the case is closed.
    pub outcome: Option<&'a str>,
    pub factory_may_be_told: bool,
    pub shareable_summary: &'a str,
}

fn root(category: &str) -> &str {
    category.split('.').next().unwrap_or(category)
}

/// Whether the case may be reported to its factory or a brand, and if not the first reason,
/// most fundamental first: a case that concerns no employer is never reported, whatever
/// the worker agreed.
pub fn reportability(f: ReportFacts<'_>) -> Result<(), NotReportable> {
    if let Some(reason) = never_reported(f.category, f.urgency, f.outcome) {
        return Err(reason);
    }
    if !f.factory_may_be_told {
        return Err(NotReportable::NoAgreement);
    }
    if f.shareable_summary.trim().is_empty() {
        return Err(NotReportable::NothingToShare);
    }
    Ok(())
}

/// Why a case is never reported whatever the worker said: it concerns no employer, or its
/// closing outcome ended it.
fn never_reported(
    category: &str,
    urgency: Urgency,
    outcome: Option<&str>,
) -> Option<NotReportable> {
    if root(category) == "informational" || urgency == Urgency::Informational {
        return Some(NotReportable::Informational);
    }
    if root(category) == "out_of_scope" || outcome == Some("referred") {
        return Some(NotReportable::OutOfScope);
    }
    (outcome == Some("withdrawn")).then_some(NotReportable::Withdrawn)
}

/// Whether the clocks of the steps that tell the factory and the brand run for an open
/// case: when it concerns an employer and the worker agreed. An empty shareable summary
/// does not stop them: writing it is part of the operator's deadline.
pub fn report_clock_runs(category: &str, urgency: Urgency, factory_may_be_told: bool) -> bool {
    factory_may_be_told && never_reported(category, urgency, None).is_none()
}

/// The worker's answer at intake to "may the factory be told?".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum FactoryAgreement {
    Yes,
    No,
    /// Not asked: the protocol's default for the category applies.
    #[default]
    ProtocolDefault,
}

impl FactoryAgreement {
    /// The form's codes: "yes", "no", or "" / "default".
    pub fn parse(s: &str) -> Option<FactoryAgreement> {
        match s.trim() {
            "yes" => Some(FactoryAgreement::Yes),
            "no" => Some(FactoryAgreement::No),
            "" | "default" => Some(FactoryAgreement::ProtocolDefault),
            _ => None,
        }
    }

    /// Whether the factory may be told, given the protocol's default for the category.
    pub fn resolve(self, protocol_default: bool) -> bool {
        match self {
            FactoryAgreement::Yes => true,
            FactoryAgreement::No => false,
            FactoryAgreement::ProtocolDefault => protocol_default,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn facts(category: &str) -> ReportFacts<'_> {
        ReportFacts {
            category,
            urgency: Urgency::Normal,
            outcome: None,
            factory_may_be_told: true,
            shareable_summary: "Exit blocked on floor 3.",
        }
    }

    #[test]
    fn substantive_case_with_agreement_is_reportable() {
        assert_eq!(reportability(facts("life_safety.blocked_exits")), Ok(()));
        assert_eq!(reportability(facts("wages")), Ok(()));
    }

    #[test]
    fn informational_and_out_of_scope_are_never_reportable_whatever_the_agreement() {
        assert_eq!(
            reportability(facts("informational.test_call")),
            Err(NotReportable::Informational)
        );
        let mut f = facts("wages");
        f.urgency = Urgency::Informational;
        assert_eq!(reportability(f), Err(NotReportable::Informational));
        assert_eq!(
            reportability(facts("out_of_scope.referral")),
            Err(NotReportable::OutOfScope)
        );
        let mut f = facts("out_of_scope");
        f.factory_may_be_told = false;
        assert_eq!(reportability(f), Err(NotReportable::OutOfScope));
        // "informationalx" is not the informational root.
        assert_eq!(reportability(facts("informationalx")), Ok(()));
    }

    #[test]
    fn closing_outcomes_that_end_reporting() {
        let mut f = facts("wages");
        f.outcome = Some("withdrawn");
        assert_eq!(reportability(f), Err(NotReportable::Withdrawn));
        f.outcome = Some("referred");
        assert_eq!(reportability(f), Err(NotReportable::OutOfScope));
        f.outcome = Some("resolved_accepted");
        assert_eq!(reportability(f), Ok(()));
    }

    #[test]
    fn no_agreement_and_nothing_to_share() {
        let mut f = facts("abuse.sexual_harassment");
        f.factory_may_be_told = false;
        assert_eq!(reportability(f), Err(NotReportable::NoAgreement));
        let mut f = facts("wages");
        f.shareable_summary = "  ";
        assert_eq!(reportability(f), Err(NotReportable::NothingToShare));
    }

    #[test]
    fn report_clocks_run_only_for_an_employer_case_with_agreement() {
        assert!(report_clock_runs("wages", Urgency::Normal, true));
        assert!(!report_clock_runs("wages", Urgency::Normal, false));
        assert!(!report_clock_runs(
            "informational.question",
            Urgency::Informational,
            true
        ));
        assert!(!report_clock_runs(
            "out_of_scope.referral",
            Urgency::Normal,
            true
        ));
    }

    #[test]
    fn agreement_codes_and_resolution() {
        assert_eq!(FactoryAgreement::parse("yes"), Some(FactoryAgreement::Yes));
        assert_eq!(FactoryAgreement::parse(" no "), Some(FactoryAgreement::No));
        assert_eq!(
            FactoryAgreement::parse(""),
            Some(FactoryAgreement::ProtocolDefault)
        );
        assert_eq!(FactoryAgreement::parse("maybe"), None);
        assert!(FactoryAgreement::ProtocolDefault.resolve(true));
        assert!(!FactoryAgreement::ProtocolDefault.resolve(false));
        assert!(!FactoryAgreement::No.resolve(true));
        assert!(FactoryAgreement::Yes.resolve(false));
        assert_eq!(
            NotReportable::NoAgreement.message_key(),
            "report-refused-no_agreement"
        );
        assert_eq!(ReportTarget::parse("brand"), Some(ReportTarget::Brand));
    }
}
