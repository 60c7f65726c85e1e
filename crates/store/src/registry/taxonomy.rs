//! Categories, statuses and outcomes are data (DESIGN §3.1): seeded from the domain's
//! defaults on start, editable later without code changes.

use workvoice_domain::{role::Role, status, taxonomy};

use sea_orm::ConnectionTrait;

use crate::Store;
use crate::db::{b, exec, flag, get, one, rows};
use crate::error::Result;

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Category {
    pub code: String,
    pub parent_code: Option<String>,
    pub life_safety: bool,
    pub substantive: bool,
    /// Free-text label for categories an admin added; seeded ones are translated instead.
    pub label: String,
}

impl Store {
    /// Inserts the default roles, taxonomy, statuses and outcomes that are missing.
    /// Existing rows are left alone so an admin's edits survive upgrades.
    pub(crate) async fn seed_reference_data(&self) -> Result<()> {
        let conn = &self.db.write;
        for (sort, role) in Role::ALL.iter().enumerate() {
            exec(
                conn,
                "INSERT INTO roles (code, sort) VALUES ($1, $2) ON CONFLICT (code) DO NOTHING",
                vec![role.code().into(), (sort as i64).into()],
            )
            .await?;
        }
        for (sort, cat) in taxonomy::DEFAULT_CATEGORIES.iter().enumerate() {
            exec(
                conn,
                "INSERT INTO categories (code, parent_code, life_safety, substantive, sort) VALUES ($1, $2, $3, $4, $5) ON CONFLICT (code) DO NOTHING",
                vec![
                    cat.code.into(),
                    cat.parent.map(str::to_owned).into(),
                    b(cat.life_safety),
                    b(cat.substantive),
                    (sort as i64).into(),
                ],
            )
            .await?;
        }
        // A newer build may have added categories: servers still running re-read them.
        crate::engine::reference_cache::bump(
            conn,
            crate::engine::reference_cache::Versioned::Categories,
        )
        .await?;
        for s in status::DEFAULT_STATUSES {
            exec(
                conn,
                "INSERT INTO case_statuses (code, is_open, sort) VALUES ($1, $2, $3) ON CONFLICT (code) DO NOTHING",
                vec![s.code.into(), b(s.open), i64::from(s.sort).into()],
            )
            .await?;
        }
        for (sort, o) in status::DEFAULT_OUTCOMES.iter().enumerate() {
            exec(
                conn,
                "INSERT INTO case_outcomes (code, sort) VALUES ($1, $2) ON CONFLICT (code) DO NOTHING",
                vec![o.code.into(), (sort as i64).into()],
            )
            .await?;
        }
        Ok(())
    }

    /// Active categories in display order (parents before their children), read again
    /// only when they changed.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn categories(&self) -> Result<Vec<Category>> {
        Ok(self.categories_on(&self.db.read).await?.as_ref().clone())
    }

    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn status_codes(&self) -> Result<Vec<String>> {
        rows(
            &self.db.read,
            "SELECT code FROM case_statuses ORDER BY sort",
            vec![],
            |r| get(r, "code"),
        )
        .await
    }

    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn category_exists(&self, code: &str) -> Result<bool> {
        Ok(one(
            &self.db.read,
            "SELECT code FROM categories WHERE code = $1 AND active = 1",
            vec![code.into()],
        )
        .await?
        .is_some())
    }
}

/// The active categories as the database holds them now.
pub(crate) async fn read_categories(conn: &impl ConnectionTrait) -> Result<Vec<Category>> {
    rows(
        conn,
        "SELECT code, parent_code, life_safety, substantive, label FROM categories WHERE active = 1 ORDER BY sort, code",
        vec![],
        |row| {
            Ok(Category {
                code: get(row, "code")?,
                parent_code: get(row, "parent_code")?,
                life_safety: flag(row, "life_safety")?,
                substantive: flag(row, "substantive")?,
                label: get(row, "label")?,
            })
        },
    )
    .await
}
