//! Reference data every case creation needs — the active protocol (a TOML document),
//! the holidays and the categories — parsed once per version instead of read and parsed on
//! every request. Each look-up first asks the database for the current version (one
//! primary-key read: `MAX(protocols.id)`, or the row in `reference_versions` that every
//! change of holidays or categories bumps in its own transaction), so a change made on
//! one server is seen by every other at its next request. Servers keep no state of their
//! own: the cache only remembers what the database said.

use std::sync::{Arc, Mutex};

use sea_orm::ConnectionTrait;
use workvoice_domain::Holiday;
use workvoice_domain::ids::ProtocolVersionId;

use crate::Store;
use crate::db::{exec, found, get, opt_row_id};
use crate::error::{Result, StoreError};
use crate::protocol::versions::{self, ProtocolVersion};
use crate::registry::taxonomy::Category;

/// What the server parsed last, with the version it was parsed at.
#[derive(Debug, Default)]
pub(crate) struct ReferenceCache {
    protocol: Mutex<Option<(i64, Arc<ProtocolVersion>)>>,
    holidays: Mutex<Option<(i64, Arc<Vec<Holiday>>)>>,
    categories: Mutex<Option<(i64, Arc<Vec<Category>>)>>,
}

/// The kinds of reference data versioned in `reference_versions`.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Versioned {
    Holidays,
    Categories,
}

impl Versioned {
    fn name(self) -> &'static str {
        match self {
            Versioned::Holidays => "holidays",
            Versioned::Categories => "categories",
        }
    }
}

/// Records, on the transaction that changed it, that `kind` changed.
pub(crate) async fn bump(conn: &impl ConnectionTrait, kind: Versioned) -> Result<()> {
    exec(
        conn,
        "UPDATE reference_versions SET version = version + 1 WHERE name = $1",
        vec![kind.name().into()],
    )
    .await?;
    Ok(())
}

async fn version_of(conn: &impl ConnectionTrait, kind: Versioned) -> Result<i64> {
    let row = found(
        conn,
        "SELECT version FROM reference_versions WHERE name = $1",
        vec![kind.name().into()],
    )
    .await?;
    get(&row, "version")
}

/// The cached value if it was parsed at `version`.
fn fresh<T>(slot: &Mutex<Option<(i64, Arc<T>)>>, version: i64) -> Option<Arc<T>> {
    let guard = slot
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    guard
        .as_ref()
        .filter(|(v, _)| *v == version)
        .map(|(_, value)| Arc::clone(value))
}

fn keep<T>(slot: &Mutex<Option<(i64, Arc<T>)>>, version: i64, value: &Arc<T>) {
    let mut guard = slot
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    *guard = Some((version, Arc::clone(value)));
}

/// The value cached at `version`, or `read` (which only runs on a miss) kept under it.
async fn cached<T>(
    slot: &Mutex<Option<(i64, Arc<T>)>>,
    version: i64,
    read: impl std::future::Future<Output = Result<T>>,
) -> Result<Arc<T>> {
    if let Some(value) = fresh(slot, version) {
        return Ok(value);
    }
    let value = Arc::new(read.await?);
    keep(slot, version, &value);
    Ok(value)
}

impl Store {
    /// The protocol new cases follow, as read on `conn` (a transaction sees its own view).
    pub(crate) async fn active_protocol_on(
        &self,
        conn: &impl ConnectionTrait,
    ) -> Result<Arc<ProtocolVersion>> {
        let row = found(conn, "SELECT MAX(id) AS id FROM protocols", vec![]).await?;
        let id: ProtocolVersionId = opt_row_id(&row, "id")?.ok_or(StoreError::NotFound)?;
        cached(
            &self.reference.protocol,
            id.get(),
            versions::version(conn, id),
        )
        .await
    }

    /// Every holiday, as read on `conn`.
    pub(crate) async fn holidays_on(
        &self,
        conn: &impl ConnectionTrait,
    ) -> Result<Arc<Vec<Holiday>>> {
        let version = version_of(conn, Versioned::Holidays).await?;
        cached(&self.reference.holidays, version, versions::holidays(conn)).await
    }

    /// The active categories, as read on `conn`.
    pub(crate) async fn categories_on(
        &self,
        conn: &impl ConnectionTrait,
    ) -> Result<Arc<Vec<Category>>> {
        let version = version_of(conn, Versioned::Categories).await?;
        let read = crate::registry::taxonomy::read_categories(conn);
        cached(&self.reference.categories, version, read).await
    }
}
