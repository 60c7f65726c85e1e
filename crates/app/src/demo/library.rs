//! The demo's good-practice library (issue 13 item 7): from each provider's verified
//! improvements that have public photos, the enterprise's consent is recorded and a
//! practice written in the three languages (from `data/library.toml`), sent to review and
//! published by the supervisor; one more per provider waits in review and one stays a
//! draft, so the staff pages show every state.

use std::collections::BTreeMap;

use anyhow::{Result, anyhow};
use serde::Deserialize;
use workvoice_domain::ids::{OrgId, UserId};
use workvoice_domain::library::{CostBand, Naming, PracticeText, ReviewState, Sector};
use workvoice_domain::osh::{ImprovementStatus, PublicationConsent};
use workvoice_domain::{Language, Millis};
use workvoice_store::{ImprovementFilter, LibraryActor, NewPractice, OshScope, Store, Translation};

use super::data::parse;
use super::osh::day_of;

/// `library.toml`.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LibraryData {
    consent_given_by: BTreeMap<String, String>,
    /// Technical area code → the practice's text per language code.
    practice: BTreeMap<String, BTreeMap<String, Text>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Text {
    title: String,
    problem: String,
    solution: String,
}

impl LibraryData {
    pub fn load() -> Result<LibraryData> {
        parse("library.toml", include_str!("data/library.toml"))
    }

    fn translations(&self, area: &str) -> Result<Option<Vec<Translation>>> {
        let Some(texts) = self.practice.get(area) else {
            return Ok(None);
        };
        Language::ALL
            .into_iter()
            .map(|language| {
                let t = texts
                    .get(language.code())
                    .ok_or_else(|| anyhow!("library.toml: {area} has no {}", language.code()))?;
                let text = PracticeText::parse(&t.title, &t.problem, &t.solution)
                    .map_err(|e| anyhow!("library.toml: {area}/{}: {e:?}", language.code()))?;
                Ok(Translation { language, text })
            })
            .collect::<Result<Vec<_>>>()
            .map(Some)
    }
}

/// How many practices of each provider are published.
const PUBLISHED_PER_PROVIDER: usize = 3;

/// Returns how many practices were published.
pub async fn create(
    store: &Store,
    providers: &[(OrgId, UserId, Language)],
    reviewer: UserId,
    now: i64,
) -> Result<usize> {
    let data = LibraryData::load()?;
    let mut published = 0;
    for &(org, author, language) in providers {
        let filter = ImprovementFilter {
            status: Some(ImprovementStatus::Verified),
            ..ImprovementFilter::default()
        };
        let mut made = 0;
        for improvement in store.improvements(OshScope::Provider(org), &filter).await? {
            let photos = store
                .improvement_photos(OshScope::Provider(org), improvement.id)
                .await?;
            if !photos
                .iter()
                .any(|p| p.consent == PublicationConsent::Public)
            {
                continue;
            }
            let Some(mut texts) = data.translations(improvement.area.code())? else {
                continue;
            };
            // The author writes in their own language first, then translates.
            texts.sort_by_key(|t| t.language != language);
            let workplace = store.workplace(improvement.workplace_id).await?;
            let new = NewPractice {
                sector: Sector::from_registry(&workplace.sector),
                cost_band: CostBand::suggested(improvement.low_cost, improvement.cost),
                naming: if made % 2 == 0 {
                    Naming::Described
                } else {
                    Naming::Named
                },
                text: texts[0].clone(),
            };
            let at = now - (10 - i64::try_from(made).unwrap_or(0)) * super::clock::DAY;
            let id = store
                .create_practice(org, improvement.id, &new, author, Millis(at))
                .await?;
            for t in &texts[1..] {
                store
                    .save_practice_text(OshScope::Provider(org), id, t, author, Millis(at))
                    .await?;
            }
            made += 1;
            if made > PUBLISHED_PER_PROVIDER + 1 {
                // The last one stays a draft, without consent yet.
                break;
            }
            let given_by = data
                .consent_given_by
                .get(language.code())
                .cloned()
                .unwrap_or_default();
            store
                .record_publication_consent(
                    org,
                    improvement.id,
                    &given_by,
                    day_of(at),
                    author,
                    Millis(at),
                )
                .await?;
            let sent = at + 3_600_000;
            store
                .review_practice(
                    LibraryActor::Author(org),
                    id,
                    ReviewState::InReview,
                    "",
                    author,
                    Millis(sent),
                )
                .await?;
            if made > PUBLISHED_PER_PROVIDER {
                // One waits in review.
                continue;
            }
            store
                .review_practice(
                    LibraryActor::Reviewer,
                    id,
                    ReviewState::Published,
                    "",
                    reviewer,
                    Millis(sent + 3_600_000),
                )
                .await?;
            published += 1;
        }
    }
    Ok(published)
}
