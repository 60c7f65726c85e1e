//! Translated names of data codes (categories, statuses, urgencies…) and the option lists
//! forms are built from, and the families of message ids built from a code: each lists
//! every id it can build, so a test can check that all of them exist in every language.

use workvoice_domain::{BrandEscalation, OutboxStatus, StepKind, Urgency, status, taxonomy};
use workvoice_store::{
    CaseSort, Category, DisclosureMethod, EventKind, InformMethod, InformOutcome, InformStage,
    ResponseKind, TaskKind, TaskOutcome,
};

use crate::i18n::Tr;

/// Message ids `prefix` + code, for the codes of one kind of data.
pub struct Family {
    prefix: &'static str,
    codes: fn() -> Vec<&'static str>,
}

impl Family {
    /// The message id for `code`.
    pub fn id(&self, code: &str) -> String {
        format!("{}{code}", self.prefix)
    }

    /// Every id this family builds.
    pub fn ids(&self) -> Vec<String> {
        (self.codes)().into_iter().map(|c| self.id(c)).collect()
    }
}

pub const SORT: Family = Family {
    prefix: "sort-",
    codes: || CaseSort::ALL.iter().map(|s| s.code()).collect(),
};
pub const EVENT: Family = Family {
    prefix: "event-",
    codes: || EventKind::ALL.iter().map(|k| k.code()).collect(),
};
pub const STEP: Family = Family {
    prefix: "step-",
    codes: || StepKind::ALL.iter().map(|k| k.code()).collect(),
};
/// The "done" buttons of the steps helpline staff mark themselves.
pub const STEP_MARK: Family = Family {
    prefix: "steps-mark-",
    codes: || {
        crate::helpline::steps::MARKABLE
            .iter()
            .map(|k| k.code())
            .collect()
    },
};
pub const RESPONSE_KIND: Family = Family {
    prefix: "org-response-kind-",
    codes: || ResponseKind::ALL.iter().map(|k| k.code()).collect(),
};
pub const DISCLOSURE_METHOD: Family = Family {
    prefix: "disclosure-method-",
    codes: || DisclosureMethod::ALL.iter().map(|m| m.code()).collect(),
};
/// Notification kinds: an overdue step, the brand ladder's levels, and the fallback.
pub const NOTIFICATION_KIND: Family = Family {
    prefix: "notification-kind-",
    codes: || {
        let ladder = BrandEscalation::ALL
            .into_iter()
            .filter(|e| *e != BrandEscalation::None)
            .map(BrandEscalation::code);
        ["step_overdue", "other"]
            .into_iter()
            .chain(ladder)
            .collect()
    },
};
pub const WORKER_STAGE: Family = Family {
    prefix: "worker-stage-",
    codes: || InformStage::ALL.iter().map(|s| s.code()).collect(),
};
pub const WORKER_METHOD: Family = Family {
    prefix: "worker-method-",
    codes: || InformMethod::ALL.iter().map(|m| m.code()).collect(),
};
pub const WORKER_INFORMED_BY: Family = Family {
    prefix: "worker-informed-by-",
    codes: || InformMethod::ALL.iter().map(|m| m.code()).collect(),
};
pub const WORKER_OUTCOME: Family = Family {
    prefix: "worker-outcome-",
    codes: || InformOutcome::ALL.iter().map(|o| o.code()).collect(),
};
/// The states an outbox message passes through.
pub const SMS_STATUS: Family = Family {
    prefix: "worker-sms-status-",
    codes: || OutboxStatus::ALL.iter().map(|s| s.code()).collect(),
};
/// The kinds of a delivery failure the outbox keeps, each with the prefix its stored
/// error starts with.
pub const SEND_ERROR_KINDS: [(&str, &str); 5] = [
    ("unavailable", "gateway unavailable"),
    ("temporary", "temporary failure"),
    ("rejected", "rejected"),
    ("undeliverable", "undeliverable"),
    ("report", "delivery report"),
];
pub const SEND_ERROR: Family = Family {
    prefix: "outbox-error-",
    codes: || {
        let mut kinds: Vec<&str> = SEND_ERROR_KINDS.iter().map(|(k, _)| *k).collect();
        kinds.push("other");
        kinds
    },
};
/// The SMS telling the worker their case moved on, one per stage.
pub const SMS_CASE_UPDATE: Family = Family {
    prefix: "sms-case-update-",
    codes: || InformStage::ALL.iter().map(|s| s.code()).collect(),
};
pub const TASK: Family = Family {
    prefix: "task-",
    codes: || TaskKind::ALL.iter().map(|k| k.code()).collect(),
};
pub const TASK_OUTCOME: Family = Family {
    prefix: "task-outcome-",
    codes: || TaskOutcome::ALL.iter().map(|o| o.code()).collect(),
};
/// Case outcomes: the default list (an administrator's own have no translation and show
/// their code).
pub const OUTCOME: Family = Family {
    prefix: "outcome-",
    codes: || status::DEFAULT_OUTCOMES.iter().map(|o| o.code).collect(),
};

/// Every family, for the message id test.
pub const FAMILIES: [&Family; 17] = [
    &SORT,
    &EVENT,
    &STEP,
    &STEP_MARK,
    &RESPONSE_KIND,
    &DISCLOSURE_METHOD,
    &NOTIFICATION_KIND,
    &WORKER_STAGE,
    &WORKER_METHOD,
    &WORKER_INFORMED_BY,
    &WORKER_OUTCOME,
    &SMS_STATUS,
    &SMS_CASE_UPDATE,
    &SEND_ERROR,
    &TASK,
    &TASK_OUTCOME,
    &OUTCOME,
];

pub fn category(tr: Tr, code: &str, categories: &[Category]) -> String {
    tr.try_t(&taxonomy::message_key(code)).unwrap_or_else(|| {
        categories
            .iter()
            .find(|c| c.code == code && !c.label.is_empty())
            .map_or_else(|| code.to_owned(), |c| c.label.clone())
    })
}

/// The message beside a choice a form sent back refused: nothing chosen, or not a choice.
pub fn choice_error(chosen: &str) -> &'static str {
    if chosen.trim().is_empty() {
        "error-required"
    } else {
        "error-invalid-choice"
    }
}

pub fn status(tr: Tr, code: &str) -> String {
    tr.try_t(&status::status_message_key(code))
        .unwrap_or_else(|| code.to_owned())
}

pub fn urgency(tr: Tr, urgency: Urgency) -> String {
    tr.t(urgency.message_key())
}

pub struct Choice {
    pub value: String,
    pub label: String,
    pub selected: bool,
    /// Life-safety categories show the safety script first.
    pub life_safety: bool,
}

pub struct ChoiceGroup {
    pub label: String,
    pub options: Vec<Choice>,
}

/// Categories grouped under their top-level parent, each parent also selectable itself.
pub fn category_groups(tr: Tr, categories: &[Category], selected: &str) -> Vec<ChoiceGroup> {
    categories
        .iter()
        .filter(|c| c.parent_code.is_none())
        .map(|parent| ChoiceGroup {
            label: category(tr, &parent.code, categories),
            options: categories
                .iter()
                .filter(|c| c.code == parent.code || c.parent_code.as_deref() == Some(&parent.code))
                .map(|c| Choice {
                    value: c.code.clone(),
                    label: category(tr, &c.code, categories),
                    selected: c.code == selected,
                    life_safety: c.life_safety,
                })
                .collect(),
        })
        .collect()
}

pub fn urgency_choices(tr: Tr, selected: &str) -> Vec<Choice> {
    Urgency::ALL
        .into_iter()
        .map(|u| Choice {
            value: u.code().to_owned(),
            label: urgency(tr, u),
            selected: u.code() == selected,
            life_safety: u == Urgency::LifeSafety,
        })
        .collect()
}

pub fn status_choices(tr: Tr, codes: &[String], selected: &str) -> Vec<Choice> {
    codes
        .iter()
        .map(|c| Choice {
            value: c.clone(),
            label: status(tr, c),
            selected: c == selected,
            life_safety: false,
        })
        .collect()
}
