//! CSV import of the registry (issue 9 item 2). A read file is first *planned*: each row
//! becomes a new workplace, an update of the workplace its registration numbers name, no
//! change, or a rejection with its reasons. The preview shows that plan; confirming plans
//! again and applies every good row in one transaction, so a crash or an error leaves
//! the registry as it was. Rows are matched on registration numbers only — never on the
//! name, which people spell many ways — so importing the same file twice changes nothing
//! the second time.
//!
//! Columns the file has replace the stored values; columns it lacks keep them
//! ([`CsvFile::overlay`]). A row's `brands` cell names brands already in the registry.

use std::collections::{BTreeSet, HashMap};

use sea_orm::ConnectionTrait;
use workvoice_domain::Millis;
use workvoice_domain::registry::{CsvFile, Identifier, WorkplaceRecord, parse_cells};
use workvoice_domain::{FieldErrors, OrgKind};

use crate::Store;
use crate::db::{StoredTime, exec, found, get, insert_id, one, row_id};
use crate::error::{Result, StoreError};
use crate::registry::records::{details_on, insert_record, replace_brands, update_record};
use workvoice_domain::ids::{ImportId, OrgId, UserId, WorkplaceId};

/// What confirming would do with one row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImportAction {
    Create,
    Update(WorkplaceId),
    Unchanged(WorkplaceId),
    Reject(FieldErrors),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportRow {
    /// Row number as a spreadsheet shows it.
    pub line: u64,
    /// The name in the row (may be empty on a rejected row).
    pub name: String,
    pub action: ImportAction,
}

/// The plan for a whole file.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ImportPlan {
    pub rows: Vec<ImportRow>,
}

impl ImportPlan {
    fn count(&self, f: impl Fn(&ImportAction) -> bool) -> i64 {
        self.rows.iter().filter(|r| f(&r.action)).count() as i64
    }
    pub fn created(&self) -> i64 {
        self.count(|a| *a == ImportAction::Create)
    }
    pub fn updated(&self) -> i64 {
        self.count(|a| matches!(a, ImportAction::Update(_)))
    }
    pub fn unchanged(&self) -> i64 {
        self.count(|a| matches!(a, ImportAction::Unchanged(_)))
    }
    pub fn rejected(&self) -> i64 {
        self.count(|a| matches!(a, ImportAction::Reject(_)))
    }
}

fn reject(line: u64, name: String, field: &'static str, key: &'static str) -> Planned {
    let mut e = FieldErrors::default();
    e.push(field, key);
    Planned {
        row: ImportRow {
            line,
            name,
            action: ImportAction::Reject(e),
        },
        write: None,
    }
}

struct Planned {
    row: ImportRow,
    /// The record and brand ids to write for a create or update.
    write: Option<(WorkplaceRecord, BTreeSet<OrgId>)>,
}

/// Brand organisations by folded name.
async fn brands_by_name(conn: &impl ConnectionTrait) -> Result<HashMap<String, OrgId>> {
    crate::db::rows(
        conn,
        "SELECT id, name FROM organisations WHERE kind = $1",
        vec![OrgKind::Brand.code().into()],
        |r| {
            Ok((
                get::<String>(r, "name")?.trim().to_lowercase(),
                row_id(r, "id")?,
            ))
        },
    )
    .await
}

fn brand_ids(names: &[String], brands: &HashMap<String, OrgId>) -> Option<BTreeSet<OrgId>> {
    names
        .iter()
        .map(|n| brands.get(&n.trim().to_lowercase()).copied())
        .collect()
}

/// The workplaces holding any of the numbers.
async fn holders(conn: &impl ConnectionTrait, ids: &[Identifier]) -> Result<BTreeSet<WorkplaceId>> {
    let mut out = BTreeSet::new();
    for id in ids {
        if let Some(row) = one(
            conn,
            "SELECT workplace_id FROM workplace_identifiers WHERE kind = $1 AND value = $2",
            vec![id.kind.code().into(), id.value().into()],
        )
        .await?
        {
            out.insert(row_id(&row, "workplace_id")?);
        }
    }
    Ok(out)
}

async fn plan_on(
    conn: &impl ConnectionTrait,
    file: &CsvFile,
    progress: &mut (dyn FnMut(usize) + Send),
) -> Result<Vec<Planned>> {
    let brands = brands_by_name(conn).await?;
    let mut seen: HashMap<Identifier, u64> = HashMap::new();
    let mut out = Vec::with_capacity(file.rows.len());
    for (done, row) in file.rows.iter().enumerate() {
        progress(done);
        let name = row
            .cells
            .as_ref()
            .ok()
            .and_then(|c| c.first())
            .map(|n| n.trim().to_owned())
            .unwrap_or_default();
        let (record, names) = match row.parsed() {
            Ok(p) => p,
            Err(errors) => {
                out.push(Planned {
                    row: ImportRow {
                        line: row.line,
                        name,
                        action: ImportAction::Reject(errors),
                    },
                    write: None,
                });
                continue;
            }
        };
        if record.identifiers.is_empty() {
            out.push(reject(
                row.line,
                name,
                "identifiers",
                "error-import-needs-identifier",
            ));
            continue;
        }
        if record.identifiers.iter().any(|i| seen.contains_key(i)) {
            out.push(reject(
                row.line,
                name,
                "identifiers",
                "error-import-duplicate-row",
            ));
            continue;
        }
        for i in &record.identifiers {
            seen.insert(i.clone(), row.line);
        }
        let found = holders(conn, &record.identifiers).await?;
        let planned = match found.len() {
            0 => match brand_ids(&names, &brands) {
                Some(ids) => Planned {
                    row: ImportRow {
                        line: row.line,
                        name,
                        action: ImportAction::Create,
                    },
                    write: Some((record, ids)),
                },
                None => reject(row.line, name, "brands", "error-import-unknown-brand"),
            },
            1 => {
                let id = *found.first().ok_or(StoreError::NotFound)?;
                let stored = details_on(conn, id).await?.export_row().cells();
                let cells = row.cells.as_ref().map_err(|_| StoreError::NotFound)?;
                let merged = file.overlay(&stored, cells);
                match (parse_cells(&merged), parse_cells(&stored)) {
                    (Err(errors), _) => Planned {
                        row: ImportRow {
                            line: row.line,
                            name,
                            action: ImportAction::Reject(errors),
                        },
                        write: None,
                    },
                    (Ok((new, new_brands)), old) => match brand_ids(&new_brands, &brands) {
                        None => reject(row.line, name, "brands", "error-import-unknown-brand"),
                        Some(ids) => {
                            let same = old.as_ref().is_ok_and(|(old, old_brands)| {
                                *old == new && brand_ids(old_brands, &brands).as_ref() == Some(&ids)
                            });
                            if same {
                                Planned {
                                    row: ImportRow {
                                        line: row.line,
                                        name,
                                        action: ImportAction::Unchanged(id),
                                    },
                                    write: None,
                                }
                            } else {
                                Planned {
                                    row: ImportRow {
                                        line: row.line,
                                        name,
                                        action: ImportAction::Update(id),
                                    },
                                    write: Some((new, ids)),
                                }
                            }
                        }
                    },
                }
            }
            _ => reject(
                row.line,
                name,
                "identifiers",
                "error-import-identifiers-disagree",
            ),
        };
        out.push(planned);
    }
    progress(file.rows.len());
    Ok(out)
}

impl Store {
    /// What importing `file` would do, row by row; writes nothing. `progress` hears the
    /// number of rows planned so far.
    #[tracing::instrument(level = "debug", skip_all, fields(rows = file.rows.len()))]
    pub async fn plan_workplace_import(
        &self,
        file: &CsvFile,
        progress: &mut (dyn FnMut(usize) + Send),
    ) -> Result<ImportPlan> {
        let planned = plan_on(&self.db.read, file, progress).await?;
        Ok(ImportPlan {
            rows: planned.into_iter().map(|p| p.row).collect(),
        })
    }

    /// Plans `file` again and applies its good rows, all in one transaction. Rejected rows
    /// are left out; the plan returned is what was done.
    #[tracing::instrument(level = "debug", skip_all, fields(rows = file.rows.len()))]
    pub async fn import_workplaces(
        &self,
        file: &CsvFile,
        at: Millis,
        progress: &mut (dyn FnMut(usize) + Send),
    ) -> Result<ImportPlan> {
        let tx = self.db.write.begin().await?;
        let planned = plan_on(&tx, file, &mut |_| {}).await?;
        let mut rows = Vec::with_capacity(planned.len());
        for (done, p) in planned.into_iter().enumerate() {
            progress(done);
            match (&p.row.action, &p.write) {
                (ImportAction::Create, Some((record, brands))) => {
                    let id = insert_record(&tx, record, at).await?;
                    replace_brands(&tx, id, brands).await?;
                }
                (ImportAction::Update(id), Some((record, brands))) => {
                    update_record(&tx, *id, record, at).await?;
                    replace_brands(&tx, *id, brands).await?;
                }
                _ => {}
            }
            rows.push(p.row);
        }
        tx.commit().await?;
        progress(rows.len());
        Ok(ImportPlan { rows })
    }

    /// Keeps an uploaded file between its preview and the confirmation (any server may
    /// receive the confirmation, so it lives in the database).
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn save_pending_import(
        &self,
        text: &str,
        by: UserId,
        at: Millis,
    ) -> Result<ImportId> {
        insert_id(
            &self.db.write,
            "INSERT INTO workplace_imports (created_by, created_at, file_text) VALUES ($1, $2, $3) RETURNING id",
            vec![by.get().into(), at.value(), text.into()],
        )
        .await
    }

    /// The file of a pending import not yet applied.
    #[tracing::instrument(level = "debug", skip_all, fields(id = id.get()))]
    pub async fn pending_import(&self, id: ImportId) -> Result<String> {
        let row = found(
            &self.db.read,
            "SELECT file_text FROM workplace_imports WHERE id = $1 AND applied_at IS NULL",
            vec![id.get().into()],
        )
        .await?;
        get(&row, "file_text")
    }

    /// Marks a pending import applied, so confirming twice does not import twice.
    #[tracing::instrument(level = "debug", skip_all, fields(id = id.get()))]
    pub async fn finish_pending_import(&self, id: ImportId, at: Millis) -> Result<()> {
        exec(
            &self.db.write,
            "UPDATE workplace_imports SET applied_at = $2, file_text = '' WHERE id = $1",
            vec![id.get().into(), at.value()],
        )
        .await?;
        Ok(())
    }

    /// Every workplace as an export row, by name.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn export_workplaces(&self) -> Result<Vec<workvoice_domain::registry::ExportRow>> {
        let ids: Vec<WorkplaceId> = crate::db::rows(
            &self.db.read,
            "SELECT id FROM workplaces ORDER BY name, id",
            vec![],
            |r| row_id(r, "id"),
        )
        .await?;
        let mut out = Vec::with_capacity(ids.len());
        for id in ids {
            out.push(details_on(&self.db.read, id).await?.export_row());
        }
        Ok(out)
    }
}
