//! An improvement's life: its status machine, the level of control it reaches on the
//! hierarchy of controls, how it was verified, and who may see its photos.
//!
//! ```text
//! proposed → planned → in progress → done → verified
//!     └──────────┴───────────┴─────────┴──→ abandoned → proposed (taken up again)
//! ```
//!
//! A step forward may skip stages (a low-cost change is often planned and made on the day
//! of the visit), but **verified** comes only after **done**, and only with a method other
//! than the enterprise's own report: a self-reported improvement stays "done", so headline
//! counts, which use verified improvements only, never rest on self-reports. Verified is
//! final; an abandoned improvement can be proposed again.

use crate::code_enum::code_enum;

code_enum! {
    #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
    pub enum ImprovementStatus / "osh-status-" {
        Proposed = "proposed",
        Planned = "planned",
        InProgress = "in_progress",
        Done = "done",
        Verified = "verified",
        Abandoned = "abandoned",
    }
}

impl ImprovementStatus {
    /// Whether the status may change from `self` to `next` (never to itself).
    pub fn can_move_to(self, next: ImprovementStatus) -> bool {
        use ImprovementStatus::*;
        match (self, next) {
            (Verified, _) => false,
            (Abandoned, Proposed) => true,
            (Abandoned, _) => false,
            (_, Abandoned) => true,
            (Done, Verified) => true,
            (_, Verified) => false,
            (from, to) => to > from,
        }
    }

    /// The statuses reachable from this one, in order, for the form's choices.
    pub fn next_choices(self) -> Vec<ImprovementStatus> {
        ImprovementStatus::ALL
            .into_iter()
            .filter(|next| self.can_move_to(*next))
            .collect()
    }

    /// Made (done or verified): what the "implemented" count uses.
    pub fn is_implemented(self) -> bool {
        matches!(self, ImprovementStatus::Done | ImprovementStatus::Verified)
    }

    /// Still being worked on: counts as an open improvement.
    pub fn is_open(self) -> bool {
        matches!(
            self,
            ImprovementStatus::Proposed
                | ImprovementStatus::Planned
                | ImprovementStatus::InProgress
        )
    }
}

/// Why a status change is refused; message ids for the form.
pub fn check_transition(
    from: ImprovementStatus,
    to: ImprovementStatus,
    method: Option<VerificationMethod>,
) -> Result<(), &'static str> {
    if !from.can_move_to(to) {
        return Err("osh-error-transition");
    }
    if to == ImprovementStatus::Verified {
        match method {
            None => return Err("osh-error-verification-method"),
            Some(m) if !m.verifies() => return Err("osh-error-self-report-not-verified"),
            Some(_) => {}
        }
    }
    Ok(())
}

code_enum! {
    /// The hierarchy of controls (ISO 45001 §8.1.2), most effective first.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
    pub enum ControlLevel / "osh-control-" {
        Elimination = "elimination",
        Substitution = "substitution",
        Engineering = "engineering",
        Administrative = "administrative",
        Ppe = "ppe",
    }
}

impl ControlLevel {
    /// Engineering or a more effective level: what the "share at engineering or above"
    /// figure counts.
    pub fn is_engineering_or_above(self) -> bool {
        self <= ControlLevel::Engineering
    }
}

code_enum! {
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum VerificationMethod / "osh-verification-" {
        /// Seen by provider staff on a visit.
        ObservedOnVisit = "observed_on_visit",
        /// An "after" photo shows it.
        Photo = "photo",
        /// Workers confirmed it (on a visit or through the helpline).
        WorkerConfirmed = "worker_confirmed",
        /// The enterprise says it was done; nobody else has seen it.
        SelfReported = "self_reported",
    }
}

impl VerificationMethod {
    /// Whether this method may make an improvement verified.
    pub fn verifies(self) -> bool {
        !matches!(self, VerificationMethod::SelfReported)
    }
}

code_enum! {
    /// Who may see an improvement's photos beyond its provider and enterprise.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
    pub enum PublicationConsent / "osh-consent-" {
        /// Only the provider and the enterprise.
        None = "none",
        /// The programme's organisations (meetings, workshops).
        Internal = "internal",
        /// Anyone (good-practice library, leaflets).
        Public = "public",
    }
}

code_enum! {
    /// Which half of a before/after pair a photo is.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum PhotoPhase / "osh-phase-" {
        Before = "before",
        After = "after",
    }
}

code_enum! {
    /// Where an improvement came from.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum ImprovementSource / "osh-source-" {
        Checklist = "checklist",
        Complaint = "complaint",
        Direct = "direct",
    }
}

#[cfg(test)]
mod tests {
    use super::ImprovementStatus::*;
    use super::*;

    #[test]
    fn status_moves_forward_and_may_skip() {
        assert!(Proposed.can_move_to(Planned));
        assert!(Planned.can_move_to(InProgress));
        assert!(InProgress.can_move_to(Done));
        assert!(Proposed.can_move_to(Done));
        assert!(!Planned.can_move_to(Proposed));
        assert!(!Done.can_move_to(InProgress));
        for s in ImprovementStatus::ALL {
            assert!(!s.can_move_to(s), "{s:?} to itself");
        }
    }

    #[test]
    fn verified_only_after_done_and_final() {
        assert!(Done.can_move_to(Verified));
        assert!(!Proposed.can_move_to(Verified));
        assert!(!InProgress.can_move_to(Verified));
        assert!(Verified.next_choices().is_empty());
        assert_eq!(Abandoned.next_choices(), vec![Proposed]);
        assert_eq!(Done.next_choices(), vec![Verified, Abandoned]);
        assert!(!Verified.can_move_to(Abandoned));
    }

    #[test]
    fn a_self_report_does_not_verify() {
        assert_eq!(
            check_transition(Done, Verified, Some(VerificationMethod::SelfReported)),
            Err("osh-error-self-report-not-verified")
        );
        assert_eq!(
            check_transition(Done, Verified, None),
            Err("osh-error-verification-method")
        );
        assert_eq!(
            check_transition(Done, Verified, Some(VerificationMethod::Photo)),
            Ok(())
        );
        assert_eq!(
            check_transition(Planned, Done, Some(VerificationMethod::SelfReported)),
            Ok(())
        );
        assert_eq!(
            check_transition(Verified, Done, None),
            Err("osh-error-transition")
        );
    }

    #[test]
    fn implemented_and_open() {
        assert!(Done.is_implemented() && Verified.is_implemented());
        assert!(!InProgress.is_implemented() && !Abandoned.is_implemented());
        assert!(Proposed.is_open() && InProgress.is_open());
        assert!(!Done.is_open() && !Abandoned.is_open());
    }

    #[test]
    fn control_hierarchy() {
        assert!(ControlLevel::Elimination.is_engineering_or_above());
        assert!(ControlLevel::Engineering.is_engineering_or_above());
        assert!(!ControlLevel::Administrative.is_engineering_or_above());
        assert!(!ControlLevel::Ppe.is_engineering_or_above());
        assert_eq!(ControlLevel::parse("PPE"), Some(ControlLevel::Ppe));
        assert_eq!(
            PublicationConsent::parse("public"),
            Some(PublicationConsent::Public)
        );
    }
}
