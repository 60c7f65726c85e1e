//! Words of the library's codes and names: the enterprise as the public sees it (its name,
//! or "a garment workshop in Gazipur" worded by each language), the cost band, the risk
//! change, and the `<select>` options of the filters and forms.

use workvoice_domain::Language;
use workvoice_domain::library::{CostBand, Naming, PublicName, ReviewState, Sector};
use workvoice_domain::osh::TechnicalArea;
use workvoice_store::PublicPractice;

use crate::i18n::Tr;
use crate::osh::labels::{choices, risk};
use crate::registry::browse::Choice;

/// The enterprise of a practice in the reader's words.
pub fn enterprise(tr: Tr, name: &PublicName) -> String {
    match name {
        PublicName::Named(name) => name.clone(),
        PublicName::Described {
            key,
            sector_key,
            district,
        } => tr.t_args(
            key,
            &[
                ("sector", tr.t(sector_key).into()),
                ("district", district.clone().into()),
            ],
        ),
    }
}

/// "12 · high → 4 · low", or what is known of it.
pub fn risk_change(tr: Tr, p: &PublicPractice) -> String {
    match (p.before, p.after) {
        (Some(_), Some(_)) => format!("{} → {}", risk(tr, p.before), risk(tr, p.after)),
        _ => risk(tr, p.after.or(p.before)),
    }
}

pub fn areas(tr: Tr, selected: &str, blank: Option<&str>) -> Vec<Choice> {
    choices(
        tr,
        &TechnicalArea::ALL,
        TechnicalArea::code,
        TechnicalArea::message_key,
        selected,
        blank,
    )
}

pub fn sectors(tr: Tr, selected: &str, blank: Option<&str>) -> Vec<Choice> {
    choices(
        tr,
        &Sector::ALL,
        Sector::code,
        Sector::message_key,
        selected,
        blank,
    )
}

pub fn cost_bands(tr: Tr, selected: &str, blank: Option<&str>) -> Vec<Choice> {
    choices(
        tr,
        &CostBand::ALL,
        CostBand::code,
        CostBand::message_key,
        selected,
        blank,
    )
}

pub fn namings(tr: Tr, selected: &str) -> Vec<Choice> {
    choices(
        tr,
        &Naming::ALL,
        Naming::code,
        Naming::message_key,
        selected,
        None,
    )
}

pub fn states(tr: Tr, selected: &str) -> Vec<Choice> {
    choices(
        tr,
        &ReviewState::ALL,
        ReviewState::code,
        ReviewState::message_key,
        selected,
        Some("library-all-states"),
    )
}

pub fn languages(tr: Tr, selected: &str) -> Vec<Choice> {
    choices(
        tr,
        &Language::ALL,
        Language::code,
        Language::message_key,
        selected,
        Some("library-any-language"),
    )
}
