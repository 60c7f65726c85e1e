//! `/workplaces/{id}`: one workplace's record — registration numbers, place, workers,
//! languages, onboarding dates, contacts and the brands it supplies.

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Path, State};
use workvoice_domain::registry::{ContactKind, OnboardingStatus};

use crate::auth::roles::RegistryReader;
use crate::error::WebError;
use crate::registry::browse::language_names;
use crate::shared::chrome::Chrome;
use crate::state::AppState;
use workvoice_domain::ids::WorkplaceId;

/// A label and its value, in the viewer's words and digits.
pub struct Fact {
    pub label: String,
    pub value: String,
}

#[derive(Template, WebTemplate)]
#[template(path = "registry/workplace.html")]
pub struct WorkplacePage {
    chrome: Chrome,
    id: WorkplaceId,
    name: String,
    facts: Vec<Fact>,
    identifiers: Vec<Fact>,
    stages: Vec<Fact>,
    contacts: Vec<Fact>,
    brands: Vec<String>,
    can_edit: bool,
    /// Links to the workplace's awareness record.
    programme: bool,
}

pub async fn show(
    State(state): State<AppState>,
    RegistryReader(staff): RegistryReader,
    Path(id): Path<WorkplaceId>,
) -> Result<WorkplacePage, WebError> {
    let tr = staff.tr();
    let d = state.store.workplace_details(id).await?;
    let w = &d.workplace;
    let fact = |label: &str, value: String| Fact {
        label: tr.t(label),
        value,
    };
    let country = workvoice_domain::Country::parse(&w.country);
    let vietnam = country == Some(workvoice_domain::Country::Vietnam);
    let (upper, lower) = if vietnam {
        ("registry-province", "registry-district-vn")
    } else {
        ("registry-district", "registry-sub-district")
    };
    let facts = vec![
        fact(
            "registry-country",
            country.map(|c| tr.t(c.message_key())).unwrap_or_default(),
        ),
        fact(upper, w.district.clone()),
        fact(lower, w.sub_district.clone()),
        fact("registry-address", w.address.clone()),
        fact("registry-sector", w.sector.clone()),
        fact("registry-workers-total", tr.number(w.workers_total)),
        fact("registry-workers-women", tr.number(w.workers_women)),
        fact("registry-languages", language_names(tr, &w.languages)),
        fact("registry-status", tr.t(w.onboarding_status.message_key())),
    ];
    let identifiers = d
        .identifiers
        .iter()
        .map(|(k, v)| fact(k.message_key(), v.clone()))
        .collect();
    let stages = OnboardingStatus::ALL
        .into_iter()
        .zip(&d.dates)
        .filter_map(|(s, date)| {
            date.as_ref()
                .map(|date| fact(s.message_key(), tr.digits(date)))
        })
        .collect();
    let contacts = ContactKind::ALL
        .into_iter()
        .filter_map(|k| d.contact(k))
        .map(|c| {
            let phone = c.phone.clone().unwrap_or_default();
            fact(
                c.kind.message_key(),
                [c.name.clone(), phone]
                    .into_iter()
                    .filter(|s| !s.is_empty())
                    .collect::<Vec<_>>()
                    .join(" · "),
            )
        })
        .collect();
    Ok(WorkplacePage {
        chrome: Chrome::staff(&staff, "workplaces"),
        id: w.id,
        name: w.name.clone(),
        can_edit: staff.user.role.can_manage_workplaces(),
        programme: staff.user.role.runs_awareness_programme(),
        facts,
        identifiers,
        stages,
        contacts,
        brands: d.brands.iter().map(|(_, n)| n.clone()).collect(),
    })
}
