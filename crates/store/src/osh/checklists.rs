//! Action checklists: versioned templates (a name and version, its items by technical
//! area in three languages), seeded with the domain's default checklist, and the answers
//! of a visit. An answer "propose action: yes" may open an improvement in the item's area.

use workvoice_domain::Millis;
use workvoice_domain::ids::{ChecklistId, ChecklistItemId, ImprovementId, OrgId, VisitId};
use workvoice_domain::osh::checklist::{
    ChecklistItemDef, DEFAULT_CSV, DEFAULT_NAME, DEFAULT_VERSION, ProposeAction,
    parse_checklist_csv,
};

use super::OshScope;
use crate::Store;
use crate::db::{
    StoredTime, b, code, exec, flag, found, get, insert_id, one, opt_row_id, row_id, rows,
};
use crate::error::{Internal, Result, StoreError};

/// An item as stored, with its id (what an answer names).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChecklistItem {
    pub id: ChecklistItemId,
    pub def: ChecklistItemDef,
}

/// A template: its name, version and items in order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Checklist {
    pub id: ChecklistId,
    pub name: String,
    pub version: i64,
    pub items: Vec<ChecklistItem>,
}

/// One answer on a visit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChecklistAnswer {
    pub item_id: ChecklistItemId,
    pub answer: ProposeAction,
    pub priority: bool,
    pub already_good: bool,
    pub remarks: String,
    pub improvement_id: Option<ImprovementId>,
}

impl Store {
    /// Stores a template under `name` with the next version number; returns its id.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn import_checklist(
        &self,
        name: &str,
        items: &[ChecklistItemDef],
        at: Millis,
    ) -> Result<ChecklistId> {
        let name = name.trim();
        if name.is_empty() {
            return Err(StoreError::invalid("name", "error-required"));
        }
        let tx = self.db.write.begin().await?;
        let latest = one(
            &tx,
            "SELECT COALESCE(MAX(version), 0) AS v FROM osh_checklists WHERE name = $1",
            vec![name.into()],
        )
        .await?;
        let version = match latest {
            Some(row) => get::<i64>(&row, "v")? + 1,
            None => 1,
        };
        let id = insert_checklist(&tx, name, version, items, at).await?;
        tx.commit().await?;
        Ok(id)
    }

    /// The default checklist, created once (its name and version are fixed).
    pub(crate) async fn seed_osh_checklist(&self) -> Result<()> {
        let exists = one(
            &self.db.write,
            "SELECT id FROM osh_checklists WHERE name = $1 AND version = $2",
            vec![DEFAULT_NAME.into(), DEFAULT_VERSION.into()],
        )
        .await?;
        if exists.is_some() {
            return Ok(());
        }
        let items = parse_checklist_csv(DEFAULT_CSV)
            .map_err(|_| Internal::Broken("the default checklist does not parse"))?;
        let tx = self.db.write.begin().await?;
        insert_checklist(&tx, DEFAULT_NAME, DEFAULT_VERSION, &items, Millis(0)).await?;
        tx.commit().await?;
        Ok(())
    }

    /// The newest template (the one visits answer now).
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn current_checklist(&self) -> Result<Checklist> {
        let row = found(
            &self.db.read,
            "SELECT id, name, version FROM osh_checklists ORDER BY created_at DESC, id DESC LIMIT 1",
            vec![],
        )
        .await?;
        let id: ChecklistId = row_id(&row, "id")?;
        let items = rows(
            &self.db.read,
            "SELECT id, area, text_en, text_bn, text_vi FROM osh_checklist_items WHERE checklist_id = $1 ORDER BY ordinal",
            vec![id.get().into()],
            |r| {
                Ok(ChecklistItem {
                    id: row_id(r, "id")?,
                    def: ChecklistItemDef {
                        area: code(r, "area")?,
                        en: get(r, "text_en")?,
                        bn: get(r, "text_bn")?,
                        vi: get(r, "text_vi")?,
                    },
                })
            },
        )
        .await?;
        Ok(Checklist {
            id,
            name: get(&row, "name")?,
            version: get(&row, "version")?,
            items,
        })
    }

    /// Replaces the visit's answers with `answers` (the provider's own visit only).
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn save_checklist_answers(
        &self,
        provider: OrgId,
        visit: VisitId,
        answers: &[ChecklistAnswer],
    ) -> Result<()> {
        let visit = self.visit(OshScope::Provider(provider), visit).await?;
        let tx = self.db.write.begin().await?;
        exec(
            &tx,
            "DELETE FROM osh_checklist_answers WHERE visit_id = $1",
            vec![visit.id.get().into()],
        )
        .await?;
        for a in answers {
            exec(
                &tx,
                "INSERT INTO osh_checklist_answers (visit_id, item_id, answer, priority, already_good, remarks, improvement_id) VALUES ($1, $2, $3, $4, $5, $6, $7)",
                vec![
                    visit.id.get().into(),
                    a.item_id.get().into(),
                    a.answer.code().into(),
                    b(a.priority),
                    b(a.already_good),
                    a.remarks.trim().into(),
                    a.improvement_id.map(ImprovementId::get).into(),
                ],
            )
            .await?;
        }
        tx.commit().await?;
        Ok(())
    }

    /// The answers of a visit in `scope`.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn checklist_answers(
        &self,
        scope: OshScope,
        visit: VisitId,
    ) -> Result<Vec<ChecklistAnswer>> {
        let visit = self.visit(scope, visit).await?;
        rows(
            &self.db.read,
            "SELECT item_id, answer, priority, already_good, remarks, improvement_id FROM osh_checklist_answers WHERE visit_id = $1 ORDER BY item_id",
            vec![visit.id.get().into()],
            |r| {
                Ok(ChecklistAnswer {
                    item_id: row_id(r, "item_id")?,
                    answer: code(r, "answer")?,
                    priority: flag(r, "priority")?,
                    already_good: flag(r, "already_good")?,
                    remarks: get(r, "remarks")?,
                    improvement_id: opt_row_id(r, "improvement_id")?,
                })
            },
        )
        .await
    }
}

async fn insert_checklist(
    conn: &impl sea_orm::ConnectionTrait,
    name: &str,
    version: i64,
    items: &[ChecklistItemDef],
    at: Millis,
) -> Result<ChecklistId> {
    let id: ChecklistId = insert_id(
        conn,
        "INSERT INTO osh_checklists (name, version, created_at) VALUES ($1, $2, $3) RETURNING id",
        vec![name.into(), version.into(), at.value()],
    )
    .await?;
    for (n, item) in items.iter().enumerate() {
        exec(
            conn,
            "INSERT INTO osh_checklist_items (checklist_id, ordinal, area, text_en, text_bn, text_vi) VALUES ($1, $2, $3, $4, $5, $6)",
            vec![
                id.get().into(),
                i64::try_from(n).unwrap_or(i64::MAX).into(),
                item.area.code().into(),
                item.en.clone().into(),
                item.bn.clone().into(),
                item.vi.clone().into(),
            ],
        )
        .await?;
    }
    Ok(id)
}
