//! The workplace form's fields, shared by the new and edit pages: turned into the
//! domain's [`RawWorkplace`] to parse, and filled from a stored record to edit.

use workvoice_domain::registry::{ContactKind, IdentifierKind, OnboardingStatus, RawWorkplace};
use workvoice_domain::{Country, Language};
use workvoice_store::WorkplaceDetails;

/// The six place fields (name, country, district, sub-district, address, sector) of a
/// struct that names them like the form does, for `RawWorkplace::with_place`: the form and
/// the API's body both do.
macro_rules! place_of {
    ($s:expr) => {
        [
            $s.name.as_str(),
            &$s.country,
            &$s.district,
            &$s.sub_district,
            &$s.address,
            &$s.sector,
        ]
    };
}
pub(crate) use place_of;

/// Every field as typed, so a refused form comes back exactly as it was.
#[derive(Debug, Clone, Default, serde::Deserialize)]
#[serde(default)]
pub struct WorkplaceForm {
    pub name: String,
    pub country: String,
    pub district: String,
    pub sub_district: String,
    pub address: String,
    pub sector: String,
    pub workers_total: String,
    pub workers_women: String,
    pub id_trade_licence: String,
    pub id_dife_licence: String,
    pub id_bgmea: String,
    pub id_bkmea: String,
    pub id_rsc: String,
    pub id_enterprise_code: String,
    pub lang_bn: Option<String>,
    pub lang_en: Option<String>,
    pub lang_vi: Option<String>,
    pub status: String,
    pub invited_on: String,
    pub onboarded_on: String,
    pub trained_on: String,
    pub active_on: String,
    pub suspended_on: String,
    pub management_contact_name: String,
    pub management_contact_phone: String,
    pub safety_contact_name: String,
    pub safety_contact_phone: String,
    /// Names of the brands supplied, separated by `;` (as in the CSV).
    pub brands: String,
}

/// One registration-number field of the form.
pub struct IdentifierField {
    pub kind: IdentifierKind,
    pub name: String,
    pub label: &'static str,
    pub value: String,
}

impl WorkplaceForm {
    fn identifier_slot(&mut self, kind: IdentifierKind) -> &mut String {
        match kind {
            IdentifierKind::TradeLicence => &mut self.id_trade_licence,
            IdentifierKind::DifeLicence => &mut self.id_dife_licence,
            IdentifierKind::Bgmea => &mut self.id_bgmea,
            IdentifierKind::Bkmea => &mut self.id_bkmea,
            IdentifierKind::Rsc => &mut self.id_rsc,
            IdentifierKind::EnterpriseCode => &mut self.id_enterprise_code,
        }
    }

    fn date_slot(&mut self, status: OnboardingStatus) -> &mut String {
        match status {
            OnboardingStatus::Invited => &mut self.invited_on,
            OnboardingStatus::Onboarded => &mut self.onboarded_on,
            OnboardingStatus::Trained => &mut self.trained_on,
            OnboardingStatus::Active => &mut self.active_on,
            OnboardingStatus::Suspended => &mut self.suspended_on,
        }
    }

    fn language_slot(&mut self, language: Language) -> &mut Option<String> {
        match language {
            Language::Bn => &mut self.lang_bn,
            Language::En => &mut self.lang_en,
            Language::Vi => &mut self.lang_vi,
        }
    }

    pub fn identifier_fields(&self) -> Vec<IdentifierField> {
        let mut copy = self.clone();
        IdentifierKind::ALL
            .into_iter()
            .map(|kind| IdentifierField {
                kind,
                name: format!("id_{}", kind.code()),
                label: kind.message_key(),
                value: copy.identifier_slot(kind).clone(),
            })
            .collect()
    }

    pub fn speaks(&self, code: &str) -> bool {
        let mut copy = self.clone();
        Language::parse(code).is_some_and(|l| copy.language_slot(l).is_some())
    }

    pub fn date_of(&self, field: &str) -> String {
        let mut copy = self.clone();
        OnboardingStatus::ALL
            .into_iter()
            .find(|s| s.date_field() == field)
            .map(|s| copy.date_slot(s).clone())
            .unwrap_or_default()
    }

    pub fn to_raw(&self) -> RawWorkplace {
        let mut copy = self.clone();
        let languages = Language::ALL
            .into_iter()
            .filter(|l| copy.language_slot(*l).is_some())
            .map(Language::code)
            .collect::<Vec<_>>()
            .join(",");
        let place = place_of!(self);
        RawWorkplace {
            workers_total: self.workers_total.clone(),
            workers_women: self.workers_women.clone(),
            identifiers: IdentifierKind::ALL
                .into_iter()
                .map(|k| (k, copy.identifier_slot(k).clone()))
                .collect(),
            languages,
            status: self.status.clone(),
            dates: OnboardingStatus::ALL.map(|s| copy.date_slot(s).clone()),
            contacts: vec![
                (
                    ContactKind::Management,
                    self.management_contact_name.clone(),
                    self.management_contact_phone.clone(),
                ),
                (
                    ContactKind::Safety24x7,
                    self.safety_contact_name.clone(),
                    self.safety_contact_phone.clone(),
                ),
            ],
            ..RawWorkplace::with_place(place)
        }
    }

    /// An empty form for a new workplace in the deployment's country.
    pub fn blank(country: Country) -> WorkplaceForm {
        WorkplaceForm {
            country: country.code().to_owned(),
            status: OnboardingStatus::Invited.code().to_owned(),
            ..WorkplaceForm::default()
        }
    }

    pub fn of(d: &WorkplaceDetails) -> WorkplaceForm {
        let w = &d.workplace;
        let mut form = WorkplaceForm {
            name: w.name.clone(),
            country: w.country.clone(),
            district: w.district.clone(),
            sub_district: w.sub_district.clone(),
            address: w.address.clone(),
            sector: w.sector.clone(),
            workers_total: w.workers_total.to_string(),
            workers_women: w.workers_women.to_string(),
            status: w.onboarding_status.code().to_owned(),
            brands: d
                .brands
                .iter()
                .map(|(_, name)| name.as_str())
                .collect::<Vec<_>>()
                .join("; "),
            ..WorkplaceForm::default()
        };
        for (kind, value) in &d.identifiers {
            *form.identifier_slot(*kind) = value.clone();
        }
        for code in w.languages.split(',') {
            if let Some(l) = Language::parse(code) {
                *form.language_slot(l) = Some("1".to_owned());
            }
        }
        for (status, date) in OnboardingStatus::ALL.into_iter().zip(&d.dates) {
            *form.date_slot(status) = date.clone().unwrap_or_default();
        }
        if let Some(c) = d.contact(ContactKind::Management) {
            form.management_contact_name = c.name.clone();
            form.management_contact_phone = c.phone.clone().unwrap_or_default();
        }
        if let Some(c) = d.contact(ContactKind::Safety24x7) {
            form.safety_contact_name = c.name.clone();
            form.safety_contact_phone = c.phone.clone().unwrap_or_default();
        }
        form
    }
}
