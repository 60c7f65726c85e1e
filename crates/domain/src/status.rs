//! Case statuses and closing outcomes, as data.
//!
//! The design requires statuses and outcomes to be data rather than strings
//! scattered through code, so deployments can extend them; these are the
//! defaults that seed the database. Reopening is always allowed, so there is
//! no transition table here.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StatusDef {
    pub code: &'static str,
    /// Open cases count towards workloads and deadlines.
    pub open: bool,
    /// Display order along the lifecycle; gaps leave room for custom statuses.
    pub sort: i32,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OutcomeDef {
    pub code: &'static str,
}

const fn open(code: &'static str, sort: i32) -> StatusDef {
    StatusDef {
        code,
        open: true,
        sort,
    }
}

pub const DEFAULT_STATUSES: &[StatusDef] = &[
    open("new", 10),
    open("triaged", 20),
    open("reported", 30),
    open("responded", 40),
    open("validated", 50),
    open("escalated", 60),
    open("remediation", 70),
    open("informed", 80),
    StatusDef {
        code: "closed",
        open: false,
        sort: 90,
    },
];

pub const DEFAULT_OUTCOMES: &[OutcomeDef] = &[
    OutcomeDef {
        code: "resolved_accepted",
    },
    OutcomeDef {
        code: "resolved_rejected",
    },
    OutcomeDef { code: "no_basis" },
    OutcomeDef { code: "referred" },
    OutcomeDef { code: "withdrawn" },
];

pub fn status_message_key(code: &str) -> String {
    format!("status-{code}")
}

pub fn outcome_message_key(code: &str) -> String {
    format!("outcome-{code}")
}

pub fn find_status(code: &str) -> Option<&'static StatusDef> {
    DEFAULT_STATUSES.iter().find(|s| s.code == code)
}

pub fn find_outcome(code: &str) -> Option<&'static OutcomeDef> {
    DEFAULT_OUTCOMES.iter().find(|o| o.code == code)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_closed_is_not_open() {
        let closed: Vec<_> = DEFAULT_STATUSES
            .iter()
            .filter(|s| !s.open)
            .map(|s| s.code)
            .collect();
        assert_eq!(closed, ["closed"]);
        assert_eq!(find_status("new").map(|s| s.open), Some(true));
    }

    #[test]
    fn statuses_are_sorted_along_lifecycle() {
        assert!(DEFAULT_STATUSES.windows(2).all(|w| w[0].sort < w[1].sort));
        assert_eq!(DEFAULT_STATUSES.first().map(|s| s.code), Some("new"));
        assert_eq!(DEFAULT_STATUSES.len(), 9);
    }

    #[test]
    fn outcomes_and_keys() {
        assert_eq!(DEFAULT_OUTCOMES.len(), 5);
        assert!(find_outcome("no_basis").is_some());
        assert!(find_outcome("closed").is_none());
        assert_eq!(status_message_key("remediation"), "status-remediation");
        assert_eq!(
            outcome_message_key("resolved_accepted"),
            "outcome-resolved_accepted"
        );
    }
}

/// The case status a met protocol step moves the case to. Steps that do not change what
/// the worker or factory sees (acknowledging, informing a brand) leave the status alone.
pub fn status_after_step(step: crate::protocol::StepKind) -> Option<&'static str> {
    use crate::protocol::StepKind;
    match step {
        StepKind::InformFactory => Some("reported"),
        StepKind::FactoryResponse => Some("responded"),
        StepKind::Validate => Some("validated"),
        StepKind::InformWorker => Some("informed"),
        StepKind::Close => Some("closed"),
        StepKind::AcknowledgeWorker | StepKind::InformBrand => None,
    }
}

#[cfg(test)]
mod step_status_tests {
    use super::*;
    use crate::protocol::StepKind;

    #[test]
    fn met_steps_move_the_status_to_a_known_code() {
        for step in StepKind::ALL {
            if let Some(code) = status_after_step(step) {
                assert!(DEFAULT_STATUSES.iter().any(|s| s.code == code), "{code}");
            }
        }
        assert_eq!(status_after_step(StepKind::Close), Some("closed"));
        assert_eq!(status_after_step(StepKind::InformBrand), None);
    }
}
