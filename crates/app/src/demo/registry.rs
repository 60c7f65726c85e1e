//! The demo's brands and workplaces (Bangladeshi garment factories and Vietnamese small
//! enterprises), each supplying some brands.

use anyhow::{Context, Result, anyhow};
use rand::Rng;
use rand::rngs::StdRng;
use rand::seq::SliceRandom;
use workvoice_domain::registry::{ContactKind, IdentifierKind, RawWorkplace, WorkplaceRecord};
use workvoice_domain::{Country, Millis, OrgKind};
use workvoice_store::{NewWorkplace, Store};

use super::clock::DAY;
use super::data::{Registry, Site};
use workvoice_domain::ids::{OrgId, WorkplaceId};

/// A demo workplace as stored.
pub struct PlacedSite<'a> {
    pub id: WorkplaceId,
    pub site: &'a Site,
    /// When it was invited into the programme; its onboarding dates follow from it.
    pub created_at: i64,
    /// Trained and active (every seventh workplace is onboarded but not yet trained).
    pub trained: bool,
}

/// Creates the brands, then the workplaces in the file's order; returns the workplaces
/// and the number of brands.
pub async fn create<'a>(
    store: &Store,
    registry: &'a Registry,
    rng: &mut StdRng,
    now: i64,
) -> Result<(Vec<PlacedSite<'a>>, usize)> {
    let mut brands = Vec::new();
    for name in &registry.brands {
        brands.push(
            store
                .create_organisation(
                    OrgKind::Brand,
                    name,
                    Millis(now - (PROGRAMME_DAYS + 40) * DAY),
                )
                .await?,
        );
    }
    let mut sites = Vec::new();
    for site in &registry.workplaces {
        let brand_ids: Vec<OrgId> = match &site.brands {
            None => {
                let count = rng.gen_range(1..=3);
                brands.choose_multiple(rng, count).copied().collect()
            }
            Some(names) => names
                .iter()
                .map(|name| {
                    registry
                        .brands
                        .iter()
                        .position(|b| b == name)
                        .and_then(|i| brands.get(i).copied())
                        .ok_or_else(|| {
                            anyhow!(
                                "the demo's workplaces.toml: {} supplies an unknown brand {name:?}",
                                site.name
                            )
                        })
                })
                .collect::<Result<_>>()?,
        };
        // The programme is a year old: workplaces were invited 11 to 12 months ago.
        let created_at = now - PROGRAMME_DAYS * DAY - rng.gen_range(0..30) * DAY;
        let workplace = store
            .create_workplace(
                &NewWorkplace {
                    name: site.name.clone(),
                    country: site.country,
                    district: site.district.clone(),
                    address: site.address.clone(),
                    sector: site.sector.clone(),
                    workers_total: site.workers,
                    workers_women: site.workers * site.women_percent / 100,
                    brand_organisation_ids: brand_ids,
                },
                Millis(created_at),
            )
            .await
            .with_context(|| format!("creating demo workplace {}", site.name))?;
        let record = registry_record(site, sites.len(), created_at)?;
        store
            .update_workplace(workplace.id, &record, Millis(created_at))
            .await
            .with_context(|| format!("recording demo workplace {}", site.name))?;
        sites.push(PlacedSite {
            id: workplace.id,
            site,
            created_at,
            trained: is_trained(sites.len()),
        });
    }
    Ok((sites, brands.len()))
}

/// Days before now the first workplaces were invited.
const PROGRAMME_DAYS: i64 = 335;

/// Every seventh workplace of the file is onboarded but not yet trained.
fn is_trained(index: usize) -> bool {
    index % 7 != 6
}

/// `YYYY-MM-DD` of `millis` in the workplace's country.
pub(super) fn civil_date(millis: i64, country: Country) -> Result<String> {
    let ts = jiff::Timestamp::from_millisecond(millis)?;
    Ok(ts.in_tz(country.time_zone())?.date().to_string())
}

/// The registry record of a demo workplace: registration numbers and onboarding dates
/// follow from its place in the file (no draws, so the generator's sequence, and with it
/// every case, stays as it was). Every seventh workplace is onboarded but not yet trained.
fn registry_record(site: &Site, index: usize, created_at: i64) -> Result<WorkplaceRecord> {
    let n = 1000 + index * 37;
    let identifiers = match site.country {
        Country::Bangladesh => vec![
            (IdentifierKind::Bgmea, format!("{n}")),
            (IdentifierKind::Rsc, format!("RSC-{:05}", n * 3)),
        ],
        Country::Vietnam => vec![(IdentifierKind::EnterpriseCode, format!("03{:08}", n * 7919))],
    };
    let languages = match site.country {
        Country::Bangladesh => "bn",
        Country::Vietnam => "vi",
    };
    let stage = |days: i64| civil_date(created_at + days * DAY, site.country);
    let trained = is_trained(index);
    let dates = [
        stage(0)?,
        stage(12)?,
        if trained { stage(30)? } else { String::new() },
        if trained { stage(40)? } else { String::new() },
        String::new(),
    ];
    let raw = RawWorkplace {
        name: site.name.clone(),
        country: site.country.code().to_owned(),
        district: site.district.clone(),
        sub_district: site.sub_district.clone(),
        address: site.address.clone(),
        sector: site.sector.clone(),
        workers_total: site.workers.to_string(),
        workers_women: (site.workers * site.women_percent / 100).to_string(),
        identifiers,
        languages: languages.to_owned(),
        status: if trained { "active" } else { "onboarded" }.to_owned(),
        dates,
        contacts: site
            .safety_contact
            .iter()
            .map(|[name, phone]| (ContactKind::Safety24x7, name.clone(), phone.clone()))
            .collect(),
    };
    WorkplaceRecord::parse(&raw).map_err(|e| {
        anyhow!(
            "the demo's workplaces.toml: {} is not a valid workplace: {:?}",
            site.name,
            e.0
        )
    })
}
