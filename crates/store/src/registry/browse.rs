//! Browsing the registry: a page of workplaces filtered by country, onboarding status and
//! district, and searched by name or registration number.

use workvoice_domain::registry::OnboardingStatus;
use workvoice_domain::{Country, search_text};

use crate::Store;
use crate::db::page;
use crate::error::Result;
use crate::query::{Query, like_escape};
use crate::registry::workplaces::{COLUMNS, Page, Workplace, decode};

/// What the registry page filters by; empty fields filter nothing.
#[derive(Debug, Clone, Default)]
pub struct WorkplaceFilter {
    /// Part of the name (case and Vietnamese diacritics ignored) or a whole
    /// registration number (as normalised on entry).
    pub text: String,
    pub country: Option<Country>,
    pub status: Option<OnboardingStatus>,
    /// Exact district (Bangladesh) or province (Vietnam), case ignored.
    pub district: String,
}

fn push_filter(q: &mut Query, f: &WorkplaceFilter) {
    q.push(" WHERE 1 = 1");
    let text = f.text.trim();
    if !text.is_empty() {
        q.push(" AND (w.name_fold LIKE ")
            .bind(format!("%{}%", like_escape(&search_text::fold(text))))
            .push(" ESCAPE '\\' OR w.id IN (SELECT workplace_id FROM workplace_identifiers WHERE value = ")
            .bind(
                text.split_whitespace()
                    .collect::<Vec<_>>()
                    .join(" ")
                    .to_ascii_uppercase(),
            )
            .push("))");
    }
    if let Some(c) = f.country {
        q.push(" AND w.country = ").bind(c.code());
    }
    if let Some(s) = f.status {
        q.push(" AND w.onboarding_status = ").bind(s.code());
    }
    let district = f.district.trim();
    if !district.is_empty() {
        q.push(" AND LOWER(w.district) = LOWER(")
            .bind(district.to_owned())
            .push(")");
    }
}

impl Store {
    #[tracing::instrument(level = "debug", skip_all, fields(country = ?filter.country, status = ?filter.status))]
    pub async fn browse_workplaces(
        &self,
        filter: &WorkplaceFilter,
        limit: i64,
        offset: i64,
    ) -> Result<Page<Workplace>> {
        let mut count = Query::new("SELECT COUNT(*) AS n FROM workplaces w");
        push_filter(&mut count, filter);
        let mut select = Query::new(&format!("SELECT {COLUMNS} FROM workplaces w"));
        push_filter(&mut select, filter);
        select.push(" ORDER BY w.name, w.id");
        page(&self.db.read, count, select, limit, offset, decode).await
    }

    /// The districts (or provinces) workplaces are in, for the filter's choices.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn workplace_districts(&self) -> Result<Vec<String>> {
        crate::db::rows(
            &self.db.read,
            "SELECT DISTINCT district FROM workplaces WHERE district <> '' ORDER BY district",
            vec![],
            |r| crate::db::get(r, "district"),
        )
        .await
    }
}
