//! A workplace record as typed on the edit page, sent to the API or read from a CSV row,
//! and its parsed form. Every field error is collected (a CSV row is rejected with all its
//! reasons at once) and named after the raw field.

use crate::country::Country;
use crate::field_errors::FieldErrors;
use crate::language::Language;
use crate::phone::PhoneNumber;
use crate::registry::identifier::{Identifier, IdentifierKind};
use crate::registry::onboarding::Onboarding;

use crate::code_enum::code_enum;

code_enum! {
    /// The people the helpline calls at a workplace: management for reports, and the
    /// safety contact who answers day and night when a worker reports a life-safety danger.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
    pub enum ContactKind / "contact-kind-" {
        Management = "management",
        Safety24x7 = "safety_24_7",
    }
}

impl ContactKind {
    pub fn name_field(self) -> &'static str {
        match self {
            ContactKind::Management => "management_contact_name",
            ContactKind::Safety24x7 => "safety_contact_name",
        }
    }

    pub fn phone_field(self) -> &'static str {
        match self {
            ContactKind::Management => "management_contact_phone",
            ContactKind::Safety24x7 => "safety_contact_phone",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WorkplaceContact {
    pub kind: ContactKind,
    pub name: String,
    pub phone: Option<PhoneNumber>,
}

/// Everything as text, the way a form or a CSV row has it.
#[derive(Debug, Clone, Default)]
pub struct RawWorkplace {
    pub name: String,
    pub country: String,
    /// Bangladesh: the district; Vietnam: the province.
    pub district: String,
    /// Bangladesh: the sub-district (upazila/thana); Vietnam: the district.
    pub sub_district: String,
    pub address: String,
    pub sector: String,
    pub workers_total: String,
    pub workers_women: String,
    pub identifiers: Vec<(IdentifierKind, String)>,
    /// Language codes separated by commas, semicolons or spaces (`bn, en`).
    pub languages: String,
    pub status: String,
    /// Dates of the onboarding stages, in [`crate::registry::OnboardingStatus::ALL`] order.
    pub dates: [String; 5],
    /// (kind, name, phone).
    pub contacts: Vec<(ContactKind, String, String)>,
}

impl RawWorkplace {
    /// The text fields every source names alike — name, country, district, sub-district,
    /// address, sector, in that order — with the rest empty.
    pub fn with_place([name, country, district, sub_district, address, sector]: [&str; 6]) -> Self {
        RawWorkplace {
            name: name.to_owned(),
            country: country.to_owned(),
            district: district.to_owned(),
            sub_district: sub_district.to_owned(),
            address: address.to_owned(),
            sector: sector.to_owned(),
            ..RawWorkplace::default()
        }
    }
}

/// A valid workplace record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WorkplaceRecord {
    pub name: String,
    pub country: Country,
    pub district: String,
    pub sub_district: String,
    pub address: String,
    pub sector: String,
    pub workers_total: i64,
    pub workers_women: i64,
    /// Sorted, one per kind at most.
    pub identifiers: Vec<Identifier>,
    pub languages: Vec<Language>,
    pub onboarding: Onboarding,
    pub contacts: Vec<WorkplaceContact>,
}

const NAME_MAX: usize = 200;
const SHORT_MAX: usize = 100;
const ADDRESS_MAX: usize = 500;
/// More than the largest garment factory employs; a typo with extra digits is caught.
const WORKERS_MAX: i64 = 500_000;

pub(crate) fn text(
    raw: &str,
    max: usize,
    field: &'static str,
    required: bool,
    errors: &mut FieldErrors,
) -> String {
    let t = raw.trim();
    if required && t.is_empty() {
        errors.push(field, "error-required");
    } else if t.chars().count() > max {
        errors.push(field, "error-too-long");
    }
    t.to_owned()
}

/// A worker count: digits only (Bengali digits accepted), empty means 0.
fn count(raw: &str, field: &'static str, errors: &mut FieldErrors) -> i64 {
    count_up_to(raw, WORKERS_MAX, field, errors)
}

/// A count between 0 and `max` (Bengali digits and thousands commas accepted), empty
/// means 0; anything else records `error-invalid-number` for `field`.
pub(crate) fn count_up_to(
    raw: &str,
    max: i64,
    field: &'static str,
    errors: &mut FieldErrors,
) -> i64 {
    let t: String = raw
        .trim()
        .chars()
        .filter(|c| *c != ',')
        .map(|c| crate::digits::to_ascii_digit(c).unwrap_or(c))
        .collect();
    if t.is_empty() {
        return 0;
    }
    match t.parse::<i64>() {
        Ok(n) if (0..=max).contains(&n) => n,
        _ => {
            errors.push(field, "error-invalid-number");
            0
        }
    }
}

fn languages(raw: &str, errors: &mut FieldErrors) -> Vec<Language> {
    let mut out = Vec::new();
    for part in raw.split([',', ';', ' ']).filter(|p| !p.trim().is_empty()) {
        match Language::parse(part) {
            Some(l) if !out.contains(&l) => out.push(l),
            Some(_) => {}
            None => {
                errors.push("languages", "error-invalid-choice");
                return Vec::new();
            }
        }
    }
    out
}

impl WorkplaceRecord {
    pub fn parse(raw: &RawWorkplace) -> Result<WorkplaceRecord, FieldErrors> {
        let mut errors = FieldErrors::default();
        let name = text(&raw.name, NAME_MAX, "name", true, &mut errors);
        let country = Country::parse(&raw.country);
        if country.is_none() {
            errors.push("country", "error-invalid-choice");
        }
        let district = text(&raw.district, SHORT_MAX, "district", false, &mut errors);
        let sub_district = text(
            &raw.sub_district,
            SHORT_MAX,
            "sub_district",
            false,
            &mut errors,
        );
        let address = text(&raw.address, ADDRESS_MAX, "address", false, &mut errors);
        let sector = text(&raw.sector, SHORT_MAX, "sector", false, &mut errors);
        let workers_total = count(&raw.workers_total, "workers_total", &mut errors);
        let workers_women = count(&raw.workers_women, "workers_women", &mut errors);
        if workers_women > workers_total {
            errors.push("workers_women", "error-women-exceed-total");
        }
        let mut identifiers: Vec<Identifier> = Vec::new();
        for (kind, value) in &raw.identifiers {
            match Identifier::parse(*kind, value) {
                Ok(Some(id)) if identifiers.iter().any(|o| o.kind == id.kind) => {
                    errors.push("identifiers", "error-identifier-twice");
                }
                Ok(Some(id)) => identifiers.push(id),
                Ok(None) => {}
                Err(key) => errors.push("identifiers", key),
            }
        }
        identifiers.sort();
        let languages = languages(&raw.languages, &mut errors);
        let dates = [
            raw.dates[0].as_str(),
            raw.dates[1].as_str(),
            raw.dates[2].as_str(),
            raw.dates[3].as_str(),
            raw.dates[4].as_str(),
        ];
        let onboarding = Onboarding::parse(&raw.status, dates, &mut errors);
        let mut contacts = Vec::new();
        for (kind, name, phone) in &raw.contacts {
            let name = text(name, SHORT_MAX, kind.name_field(), false, &mut errors);
            let phone = phone.trim();
            let phone = if phone.is_empty() {
                None
            } else {
                match PhoneNumber::parse(phone, country.unwrap_or(Country::Bangladesh)) {
                    Ok(p) => Some(p),
                    Err(e) => {
                        errors.push(kind.phone_field(), e.message_key());
                        None
                    }
                }
            };
            if name.is_empty() && phone.is_some() {
                errors.push(kind.name_field(), "error-required");
            }
            if !name.is_empty() {
                contacts.push(WorkplaceContact {
                    kind: *kind,
                    name,
                    phone,
                });
            }
        }
        contacts.sort_by_key(|c| c.kind);
        match (country, onboarding) {
            (Some(country), Some(onboarding)) if errors.is_empty() => Ok(WorkplaceRecord {
                name,
                country,
                district,
                sub_district,
                address,
                sector,
                workers_total,
                workers_women,
                identifiers,
                languages,
                onboarding,
                contacts,
            }),
            _ => Err(errors),
        }
    }

    pub fn contact(&self, kind: ContactKind) -> Option<&WorkplaceContact> {
        self.contacts.iter().find(|c| c.kind == kind)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::registry::OnboardingStatus;

    pub(crate) fn raw() -> RawWorkplace {
        RawWorkplace {
            name: " রহমান নিটওয়্যার লিমিটেড ".into(),
            country: "bd".into(),
            district: "Gazipur".into(),
            sub_district: "Kaliakair".into(),
            workers_total: "১,২০০".into(),
            workers_women: "800".into(),
            identifiers: vec![
                (IdentifierKind::Bgmea, "b 1234".into()),
                (IdentifierKind::Rsc, "".into()),
            ],
            languages: "bn, en".into(),
            status: "onboarded".into(),
            dates: [
                "2026-01-05".into(),
                "2026-02-01".into(),
                String::new(),
                String::new(),
                String::new(),
            ],
            contacts: vec![(
                ContactKind::Safety24x7,
                "Md. Karim".into(),
                "01711-000000".into(),
            )],
            ..RawWorkplace::default()
        }
    }

    #[test]
    fn a_record_parses_with_bengali_text_and_digits() {
        let r = WorkplaceRecord::parse(&raw()).unwrap();
        assert_eq!(r.name, "রহমান নিটওয়্যার লিমিটেড");
        assert_eq!(r.country, Country::Bangladesh);
        assert_eq!(r.workers_total, 1200);
        assert_eq!(r.identifiers.len(), 1);
        assert_eq!(r.identifiers[0].value(), "B 1234");
        assert_eq!(r.languages, vec![Language::Bn, Language::En]);
        assert_eq!(r.onboarding.status, OnboardingStatus::Onboarded);
        let safety = r.contact(ContactKind::Safety24x7).unwrap();
        assert_eq!(safety.phone.as_ref().unwrap().as_str(), "+8801711000000");
    }

    #[test]
    fn every_bad_field_is_reported_at_once() {
        let mut bad = raw();
        bad.name = " ".into();
        bad.country = "IN".into();
        bad.workers_total = "12x".into();
        bad.workers_women = "900".into();
        bad.languages = "bn, klingon".into();
        bad.identifiers
            .push((IdentifierKind::Bgmea, "other".into()));
        bad.contacts = vec![(ContactKind::Management, "".into(), "01711000000".into())];
        let e = WorkplaceRecord::parse(&bad).unwrap_err();
        assert_eq!(e.get("name"), Some("error-required"));
        assert_eq!(e.get("country"), Some("error-invalid-choice"));
        assert_eq!(e.get("workers_total"), Some("error-invalid-number"));
        assert_eq!(e.get("workers_women"), Some("error-women-exceed-total"));
        assert_eq!(e.get("languages"), Some("error-invalid-choice"));
        assert_eq!(e.get("identifiers"), Some("error-identifier-twice"));
        assert_eq!(e.get("management_contact_name"), Some("error-required"));
    }
}
