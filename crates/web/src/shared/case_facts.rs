//! The facts the staff and the organisation case pages both list first (status, urgency,
//! category, workplace and when), built once in the viewer's language for
//! `templates/shared/case_facts.html`. Only the "when" differs: staff see the time the call
//! came in, an organisation only the date the case was reported to it.

use workvoice_domain::{Urgency, taxonomy};
use workvoice_store::Category;

use crate::i18n::Tr;
use crate::shared::labels;

pub struct CaseFacts {
    pub life_safety: bool,
    pub status: String,
    pub urgency_code: &'static str,
    pub urgency: String,
    pub category: String,
    pub workplace: String,
    /// The message id of the "when" row's label.
    pub received_label: &'static str,
    pub received: String,
}

/// What a case's facts are made of, whichever view of the case it comes from.
pub struct FactsOf<'a> {
    pub status: &'a str,
    pub urgency: Urgency,
    pub category_code: &'a str,
    pub workplace_name: Option<&'a str>,
    pub received_label: &'static str,
    pub received: String,
}

impl CaseFacts {
    pub fn new(tr: Tr, categories: &[Category], of: FactsOf<'_>) -> CaseFacts {
        CaseFacts {
            life_safety: taxonomy::is_life_safety(of.category_code),
            status: labels::status(tr, of.status),
            urgency_code: of.urgency.code(),
            urgency: labels::urgency(tr, of.urgency),
            category: labels::category(tr, of.category_code, categories),
            workplace: of
                .workplace_name
                .map_or_else(|| tr.t("no-workplace"), str::to_owned),
            received_label: of.received_label,
            received: of.received,
        }
    }
}
