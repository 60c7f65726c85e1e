//! Whole workplace records (issue 9 item 1): a workplace with its registration numbers,
//! contacts, languages and onboarding dates, written all or nothing and read back as one
//! [`WorkplaceDetails`]. The edit page, the API and the CSV import all write through here.

use sea_orm::ConnectionTrait;
use workvoice_domain::Millis;
use workvoice_domain::registry::{
    ContactKind, ExportRow, Identifier, IdentifierKind, OnboardingStatus, RawWorkplace,
    WorkplaceRecord,
};
use workvoice_domain::{Language, OrgKind, search_text};

use crate::Store;
use crate::db::{StoredTime, code, exec, found, get, insert_id, one, row_id, rows};
use crate::error::{Result, StoreError};
use crate::registry::organisations;
use crate::registry::workplaces::{COLUMNS, Workplace, decode};
use workvoice_domain::ids::{OrgId, WorkplaceId};

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct StoredContact {
    pub kind: ContactKind,
    pub name: String,
    /// E.164.
    pub phone: Option<String>,
}

/// A workplace with everything the registry knows about it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct WorkplaceDetails {
    pub workplace: Workplace,
    /// (kind, value), by kind.
    pub identifiers: Vec<(IdentifierKind, String)>,
    pub contacts: Vec<StoredContact>,
    /// `YYYY-MM-DD` per stage in [`OnboardingStatus::ALL`] order.
    pub dates: [Option<String>; 5],
    /// Brand organisations it supplies: (id, name), by name.
    pub brands: Vec<(OrgId, String)>,
}

impl WorkplaceDetails {
    pub fn identifier(&self, kind: IdentifierKind) -> Option<&str> {
        self.identifiers
            .iter()
            .find(|(k, _)| *k == kind)
            .map(|(_, v)| v.as_str())
    }

    pub fn contact(&self, kind: ContactKind) -> Option<&StoredContact> {
        self.contacts.iter().find(|c| c.kind == kind)
    }
}

pub(crate) fn languages_text(languages: &[Language]) -> String {
    languages
        .iter()
        .map(|l| l.code())
        .collect::<Vec<_>>()
        .join(",")
}

fn dates(record: &WorkplaceRecord) -> Vec<sea_orm::Value> {
    record
        .onboarding
        .dates
        .iter()
        .map(|d| d.map(|d| d.to_string()).into())
        .collect()
}

/// The registration numbers of `record` another workplace already holds: one field error
/// rather than a constraint failure, so the form and the import can say which.
pub(crate) async fn identifiers_taken(
    conn: &impl ConnectionTrait,
    identifiers: &[Identifier],
    except: Option<WorkplaceId>,
) -> Result<Option<WorkplaceId>> {
    for id in identifiers {
        let row = one(
            conn,
            "SELECT workplace_id FROM workplace_identifiers WHERE kind = $1 AND value = $2",
            vec![id.kind.code().into(), id.value().into()],
        )
        .await?;
        if let Some(row) = row {
            let holder: WorkplaceId = row_id(&row, "workplace_id")?;
            if Some(holder) != except {
                return Ok(Some(holder));
            }
        }
    }
    Ok(None)
}

async fn write_children(
    conn: &impl ConnectionTrait,
    id: WorkplaceId,
    record: &WorkplaceRecord,
) -> Result<()> {
    replace_children(
        conn,
        id,
        "workplace_identifiers",
        &["kind", "value"],
        record
            .identifiers
            .iter()
            .map(|ident| vec![ident.kind.code().into(), ident.value().into()]),
    )
    .await?;
    replace_children(
        conn,
        id,
        "workplace_contacts",
        &["kind", "name", "phone"],
        record.contacts.iter().map(|c| {
            vec![
                c.kind.code().into(),
                c.name.as_str().into(),
                c.phone.as_ref().map(|p| p.as_str().to_owned()).into(),
            ]
        }),
    )
    .await
}

/// Replaces the rows of the child `table` of workplace `id` by `rows`, each the values of
/// `columns` (which follow `workplace_id`).
async fn replace_children(
    conn: &impl ConnectionTrait,
    id: WorkplaceId,
    table: &str,
    columns: &[&str],
    rows: impl Iterator<Item = Vec<sea_orm::Value>>,
) -> Result<()> {
    exec(
        conn,
        &format!("DELETE FROM {table} WHERE workplace_id = $1"),
        vec![id.get().into()],
    )
    .await?;
    insert_children(conn, id, table, columns, rows).await
}

/// Adds `rows` to the child `table` of workplace `id`, each the values of `columns` (which
/// follow `workplace_id`).
async fn insert_children(
    conn: &impl ConnectionTrait,
    id: WorkplaceId,
    table: &str,
    columns: &[&str],
    rows: impl Iterator<Item = Vec<sea_orm::Value>>,
) -> Result<()> {
    let placeholders: Vec<String> = (1..=columns.len() + 1).map(|n| format!("${n}")).collect();
    let insert = format!(
        "INSERT INTO {table} (workplace_id, {}) VALUES ({})",
        columns.join(", "),
        placeholders.join(", ")
    );
    for values in rows {
        let mut bound = vec![id.get().into()];
        bound.extend(values);
        exec(conn, &insert, bound).await?;
    }
    Ok(())
}

/// Records that workplace `id` supplies `brands` too.
pub(crate) async fn add_brands<'a>(
    conn: &impl ConnectionTrait,
    id: WorkplaceId,
    brands: impl IntoIterator<Item = &'a OrgId>,
) -> Result<()> {
    insert_children(conn, id, BRANDS, &[BRAND], brand_values(brands)).await
}

/// Makes `brands` the brands workplace `id` supplies.
pub(crate) async fn replace_brands<'a>(
    conn: &impl ConnectionTrait,
    id: WorkplaceId,
    brands: impl IntoIterator<Item = &'a OrgId>,
) -> Result<()> {
    replace_children(conn, id, BRANDS, &[BRAND], brand_values(brands)).await
}

const BRANDS: &str = "workplace_brands";
const BRAND: &str = "brand_organisation_id";

fn brand_values<'a>(
    brands: impl IntoIterator<Item = &'a OrgId>,
) -> impl Iterator<Item = Vec<sea_orm::Value>> {
    brands.into_iter().map(|b| vec![b.get().into()])
}

/// The brands workplace `id` supplies, as (organisation id, name), by name.
pub(crate) async fn brands_of(
    conn: &impl ConnectionTrait,
    id: WorkplaceId,
) -> Result<Vec<(OrgId, String)>> {
    rows(
        conn,
        "SELECT o.id, o.name FROM workplace_brands wb JOIN organisations o ON o.id = wb.brand_organisation_id WHERE wb.workplace_id = $1 ORDER BY o.name",
        vec![id.get().into()],
        |r| Ok((row_id(r, "id")?, get(r, "name")?)),
    )
    .await
}

/// Inserts a workplace (and its organisation) inside `conn`'s transaction.
/// The bound values of a record's row, `$1` being `first` (the organisation on insert, the
/// row id on update), in the column order both statements below use.
fn record_values(
    first: sea_orm::Value,
    record: &WorkplaceRecord,
    at: Millis,
) -> Vec<sea_orm::Value> {
    let mut values: Vec<sea_orm::Value> = vec![
        first,
        record.name.as_str().into(),
        search_text::fold(&record.name).into(),
        record.country.code().into(),
        record.district.as_str().into(),
        record.sub_district.as_str().into(),
        record.address.as_str().into(),
        record.sector.as_str().into(),
        record.workers_total.into(),
        record.workers_women.into(),
        languages_text(&record.languages).into(),
        record.onboarding.status.code().into(),
        at.value(),
    ];
    values.extend(dates(record));
    values
}

pub(crate) async fn insert_record(
    conn: &impl ConnectionTrait,
    record: &WorkplaceRecord,
    at: Millis,
) -> Result<WorkplaceId> {
    let org = organisations::insert(conn, OrgKind::Workplace, &record.name, at).await?;
    let values = record_values(org.get().into(), record, at);
    let id = insert_id(
        conn,
        "INSERT INTO workplaces (organisation_id, name, name_fold, country, district, sub_district, address, sector, workers_total, workers_women, languages, onboarding_status, created_at, updated_at, invited_on, onboarded_on, trained_on, active_on, suspended_on) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $13, $14, $15, $16, $17, $18) RETURNING id",
        values,
    )
    .await?;
    write_children(conn, id, record).await?;
    Ok(id)
}

/// Replaces a workplace's record inside `conn`'s transaction; its brands stay.
pub(crate) async fn update_record(
    conn: &impl ConnectionTrait,
    id: WorkplaceId,
    record: &WorkplaceRecord,
    at: Millis,
) -> Result<()> {
    let values = record_values(id.get().into(), record, at);
    let n = exec(
        conn,
        "UPDATE workplaces SET name = $2, name_fold = $3, country = $4, district = $5, sub_district = $6, address = $7, sector = $8, workers_total = $9, workers_women = $10, languages = $11, onboarding_status = $12, updated_at = $13, invited_on = $14, onboarded_on = $15, trained_on = $16, active_on = $17, suspended_on = $18 WHERE id = $1",
        values,
    )
    .await?;
    if n == 0 {
        return Err(StoreError::NotFound);
    }
    exec(
        conn,
        "UPDATE organisations SET name = $2 WHERE id = (SELECT organisation_id FROM workplaces WHERE id = $1)",
        vec![id.get().into(), record.name.as_str().into()],
    )
    .await?;
    write_children(conn, id, record).await
}

impl Store {
    /// Adds a workplace with its whole record, supplying `brands` (brand organisation
    /// ids). A registration number another workplace holds is refused as a field error on
    /// `identifiers`.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn register_workplace(
        &self,
        record: &WorkplaceRecord,
        brands: &[OrgId],
        at: Millis,
    ) -> Result<WorkplaceId> {
        self.ensure_brands(brands).await?;
        let tx = self.db.write.begin().await?;
        if identifiers_taken(&tx, &record.identifiers, None)
            .await?
            .is_some()
        {
            return Err(StoreError::invalid("identifiers", "error-identifier-taken"));
        }
        let id = insert_record(&tx, record, at).await?;
        add_brands(&tx, id, brands).await?;
        tx.commit().await?;
        Ok(id)
    }

    /// Replaces the brands workplace `id` supplies (brand organisations; anything else is
    /// refused with `registry-error-unknown-brand`), in one transaction.
    #[tracing::instrument(level = "debug", skip_all, fields(id = %id, brands = brands.len()))]
    pub async fn set_workplace_brands(&self, id: WorkplaceId, brands: &[OrgId]) -> Result<()> {
        self.workplace(id).await?;
        self.ensure_brands(brands).await?;
        let tx = self.db.write.begin().await?;
        // A brand named twice is supplied once.
        let brands: std::collections::BTreeSet<OrgId> = brands.iter().copied().collect();
        replace_brands(&tx, id, &brands).await?;
        tx.commit().await?;
        Ok(())
    }

    /// Refuses, as an invalid `brands` field, any id that is not a brand organisation:
    /// an id that names nothing is the caller's typing, not a missing page, so it gets
    /// the same answer as a factory's id.
    async fn ensure_brands(&self, brands: &[OrgId]) -> Result<()> {
        for b in brands {
            let is_brand = match self.organisation(*b).await {
                Ok(org) => org.kind == OrgKind::Brand,
                Err(StoreError::NotFound) => false,
                Err(e) => return Err(e),
            };
            if !is_brand {
                return Err(StoreError::invalid(
                    "brands",
                    "registry-error-unknown-brand",
                ));
            }
        }
        Ok(())
    }

    /// Replaces the record of workplace `id` (its brands are left as they are).
    #[tracing::instrument(level = "debug", skip_all, fields(id = id.get()))]
    pub async fn update_workplace(
        &self,
        id: WorkplaceId,
        record: &WorkplaceRecord,
        at: Millis,
    ) -> Result<()> {
        let tx = self.db.write.begin().await?;
        if identifiers_taken(&tx, &record.identifiers, Some(id))
            .await?
            .is_some()
        {
            return Err(StoreError::invalid("identifiers", "error-identifier-taken"));
        }
        update_record(&tx, id, record, at).await?;
        tx.commit().await?;
        Ok(())
    }

    #[tracing::instrument(level = "debug", skip_all, fields(id = id.get()))]
    pub async fn workplace_details(&self, id: WorkplaceId) -> Result<WorkplaceDetails> {
        details_on(&self.db.read, id).await
    }
}

/// A workplace's details read through `conn` (inside an import's transaction too).
pub(crate) async fn details_on(
    conn: &impl ConnectionTrait,
    id: WorkplaceId,
) -> Result<WorkplaceDetails> {
    {
        let workplace = found(
            conn,
            &format!("SELECT {COLUMNS} FROM workplaces w WHERE w.id = $1"),
            vec![id.get().into()],
        )
        .await
        .and_then(|row| decode(&row))?;
        let identifiers = rows(
            conn,
            "SELECT kind, value FROM workplace_identifiers WHERE workplace_id = $1 ORDER BY kind",
            vec![id.get().into()],
            |r| Ok((code(r, "kind")?, get(r, "value")?)),
        )
        .await?;
        let contacts = rows(
            conn,
            "SELECT kind, name, phone FROM workplace_contacts WHERE workplace_id = $1 ORDER BY kind",
            vec![id.get().into()],
            |r| {
                Ok(StoredContact {
                    kind: code(r, "kind")?,
                    name: get(r, "name")?,
                    phone: get(r, "phone")?,
                })
            },
        )
        .await?;
        let row = found(
            conn,
            "SELECT invited_on, onboarded_on, trained_on, active_on, suspended_on FROM workplaces WHERE id = $1",
            vec![id.get().into()],
        )
        .await?;
        let mut dates: [Option<String>; 5] = Default::default();
        for (slot, status) in dates.iter_mut().zip(OnboardingStatus::ALL) {
            *slot = get(&row, status.date_field())?;
        }
        let brands = brands_of(conn, id).await?;
        Ok(WorkplaceDetails {
            workplace,
            identifiers,
            contacts,
            dates,
            brands,
        })
    }
}

impl WorkplaceDetails {
    /// The record as the CSV export writes it (and as an import compares against).
    pub fn export_row(&self) -> ExportRow {
        let w = &self.workplace;
        ExportRow {
            raw: RawWorkplace {
                name: w.name.clone(),
                country: w.country.clone(),
                district: w.district.clone(),
                sub_district: w.sub_district.clone(),
                address: w.address.clone(),
                sector: w.sector.clone(),
                workers_total: w.workers_total.to_string(),
                workers_women: w.workers_women.to_string(),
                identifiers: self.identifiers.clone(),
                languages: w.languages.clone(),
                status: w.onboarding_status.code().to_owned(),
                dates: self.dates.clone().map(Option::unwrap_or_default),
                contacts: self
                    .contacts
                    .iter()
                    .map(|c| (c.kind, c.name.clone(), c.phone.clone().unwrap_or_default()))
                    .collect(),
            },
            brands: self.brands.iter().map(|(_, n)| n.clone()).collect(),
        }
    }
}
