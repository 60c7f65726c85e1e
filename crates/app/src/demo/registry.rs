//! The demo's brands and workplaces (Bangladeshi garment factories and Vietnamese small
//! enterprises), each supplying some brands.

use anyhow::{Context, Result, anyhow};
use rand::Rng;
use rand::rngs::StdRng;
use rand::seq::SliceRandom;
use workvoice_domain::OrgKind;
use workvoice_store::{NewWorkplace, Store};

use super::DAYS_BACK;
use super::clock::DAY;
use super::data::{Registry, Site};

/// A demo workplace as stored.
pub struct PlacedSite<'a> {
    pub id: i64,
    pub site: &'a Site,
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
                .create_organisation(OrgKind::Brand, name, now - (DAYS_BACK + 30) * DAY)
                .await?,
        );
    }
    let mut sites = Vec::new();
    for site in &registry.workplaces {
        let brand_ids: Vec<i64> = match &site.brands {
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
                now - (DAYS_BACK + 10) * DAY - rng.gen_range(0..30) * DAY,
            )
            .await
            .with_context(|| format!("creating demo workplace {}", site.name))?;
        sites.push(PlacedSite {
            id: workplace.id,
            site,
        });
    }
    Ok((sites, brands.len()))
}
