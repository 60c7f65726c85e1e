//! Translated names of data codes (categories, statuses, urgencies…) and the option lists
//! forms are built from.

use workvoice_domain::{Urgency, status, taxonomy};
use workvoice_store::Category;

use crate::i18n::Tr;

pub fn category(tr: Tr, code: &str, categories: &[Category]) -> String {
    tr.try_t(&taxonomy::message_key(code)).unwrap_or_else(|| {
        categories
            .iter()
            .find(|c| c.code == code && !c.label.is_empty())
            .map_or_else(|| code.to_owned(), |c| c.label.clone())
    })
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
