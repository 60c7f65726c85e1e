//! The workplace registry shared by the helpline and the OSH programme. Each workplace
//! is also an organisation, so its own users can later be scoped to it.

use workvoice_domain::Millis;
use workvoice_domain::registry::OnboardingStatus;
use workvoice_domain::{Country, OrgKind, search_text};

use crate::Store;
use crate::db::{StoredTime, code, found, get, insert_id, row_id, rows, time};
use crate::error::{Result, StoreError};
use crate::query::{Query, like_escape};
use crate::registry::organisations;
use workvoice_domain::ids::{OrgId, WorkplaceId};

#[derive(Debug, Clone)]
pub struct NewWorkplace {
    pub name: String,
    pub country: Country,
    pub district: String,
    pub address: String,
    pub sector: String,
    pub workers_total: i64,
    pub workers_women: i64,
    pub brand_organisation_ids: Vec<OrgId>,
}

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Workplace {
    pub id: WorkplaceId,
    pub organisation_id: OrgId,
    pub name: String,
    pub country: String,
    /// Bangladesh: the district; Vietnam: the province.
    pub district: String,
    /// Bangladesh: the sub-district; Vietnam: the district.
    pub sub_district: String,
    pub address: String,
    pub sector: String,
    pub workers_total: i64,
    pub workers_women: i64,
    /// Language codes, comma-separated (`bn,en`).
    pub languages: String,
    pub onboarding_status: OnboardingStatus,
    pub created_at: Millis,
}

pub(crate) const COLUMNS: &str = "w.id, w.organisation_id, w.name, w.country, w.district, w.sub_district, w.address, w.sector, w.workers_total, w.workers_women, w.languages, w.onboarding_status, w.created_at";

pub(crate) fn decode(row: &sea_orm::QueryResult) -> Result<Workplace> {
    Ok(Workplace {
        id: row_id(row, "id")?,
        organisation_id: row_id(row, "organisation_id")?,
        name: get(row, "name")?,
        country: get(row, "country")?,
        district: get(row, "district")?,
        sub_district: get(row, "sub_district")?,
        address: get(row, "address")?,
        sector: get(row, "sector")?,
        workers_total: get(row, "workers_total")?,
        workers_women: get(row, "workers_women")?,
        languages: get(row, "languages")?,
        onboarding_status: code(row, "onboarding_status")?,
        created_at: time(row, "created_at")?,
    })
}

/// A page of results with the total across all pages.
#[derive(Debug, Clone)]
pub struct Page<T> {
    pub items: Vec<T>,
    /// Matching rows, counted up to [`crate::COUNT_CAP`].
    pub total: i64,
    /// More rows match than `total` says (the count stopped at the cap).
    pub capped: bool,
}

impl Store {
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn create_workplace(&self, new: &NewWorkplace, at: Millis) -> Result<Workplace> {
        let name = new.name.trim();
        if name.is_empty() {
            return Err(StoreError::invalid("name", "error-required"));
        }
        let tx = self.db.write.begin().await?;
        let org = organisations::insert(&tx, OrgKind::Workplace, name, at).await?;
        let id: WorkplaceId = insert_id(
            &tx,
            "INSERT INTO workplaces (organisation_id, name, name_fold, country, district, address, sector, workers_total, workers_women, created_at, updated_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $10) RETURNING id",
            vec![
                org.get().into(),
                name.into(),
                search_text::fold(name).into(),
                new.country.code().into(),
                new.district.trim().into(),
                new.address.trim().into(),
                new.sector.trim().into(),
                new.workers_total.into(),
                new.workers_women.into(),
                at.value(),
            ],
        )
        .await?;
        crate::registry::records::add_brands(&tx, id, &new.brand_organisation_ids).await?;
        tx.commit().await?;
        self.workplace(id).await
    }

    #[tracing::instrument(level = "debug", skip_all, fields(id = id.get()))]
    pub async fn workplace(&self, id: WorkplaceId) -> Result<Workplace> {
        let row = found(
            &self.db.read,
            &format!("SELECT {COLUMNS} FROM workplaces w WHERE w.id = $1"),
            vec![id.get().into()],
        )
        .await?;
        decode(&row)
    }

    /// Workplaces whose name contains the text (diacritics and case ignored), by name.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn search_workplaces(
        &self,
        text: &str,
        limit: i64,
        offset: i64,
    ) -> Result<Page<Workplace>> {
        let pattern = format!("%{}%", like_escape(&search_text::fold(text.trim())));
        let mut count =
            Query::new("SELECT COUNT(*) AS n FROM workplaces w WHERE w.name_fold LIKE ");
        count.bind(pattern.clone()).push(" ESCAPE '\\'");
        let total = crate::db::count(&self.db.read, &count.sql, count.values).await?;
        let mut q = Query::new(&format!(
            "SELECT {COLUMNS} FROM workplaces w WHERE w.name_fold LIKE "
        ));
        q.bind(pattern)
            .push(" ESCAPE '\\' ORDER BY w.name, w.id LIMIT ")
            .bind(limit)
            .push(" OFFSET ")
            .bind(offset);
        let items = rows(&self.db.read, &q.sql, q.values, decode).await?;
        Ok(Page {
            items,
            total,
            capped: false,
        })
    }

    /// Exact (folded) name match: how a typed workplace name is resolved on a form.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn workplaces_named(&self, name: &str) -> Result<Vec<Workplace>> {
        rows(
            &self.db.read,
            &format!(
                "SELECT {COLUMNS} FROM workplaces w WHERE w.name_fold = $1 ORDER BY w.id LIMIT 10"
            ),
            vec![search_text::fold(name.trim()).into()],
            decode,
        )
        .await
    }

    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn count_workplaces(&self) -> Result<i64> {
        crate::db::count(
            &self.db.read,
            "SELECT COUNT(*) AS n FROM workplaces",
            vec![],
        )
        .await
    }
}
