//! Organisations: the helpline itself, each workplace, each brand.

use sea_orm::ConnectionTrait;
use workvoice_domain::Millis;
use workvoice_domain::OrgKind;

use crate::Store;
use crate::db::{StoredTime, code, found, get, insert_id, one, row_id, rows};
use crate::error::Result;
use workvoice_domain::ids::{OrgId, WorkplaceId};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Organisation {
    pub id: OrgId,
    pub kind: OrgKind,
    pub name: String,
}

pub(crate) async fn insert(
    conn: &impl ConnectionTrait,
    kind: OrgKind,
    name: &str,
    at: Millis,
) -> Result<OrgId> {
    insert_id(
        conn,
        "INSERT INTO organisations (kind, name, created_at) VALUES ($1, $2, $3) RETURNING id",
        vec![kind.code().into(), name.into(), at.value()],
    )
    .await
}

fn decode(row: &sea_orm::QueryResult) -> Result<Organisation> {
    Ok(Organisation {
        id: row_id(row, "id")?,
        kind: code(row, "kind")?,
        name: get(row, "name")?,
    })
}

impl Store {
    #[tracing::instrument(level = "debug", skip_all, fields(kind = ?kind))]
    pub async fn create_organisation(
        &self,
        kind: OrgKind,
        name: &str,
        at: Millis,
    ) -> Result<OrgId> {
        insert(&self.db.write, kind, name, at).await
    }

    /// The helpline organisation, created on first use: staff belong to it.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn helpline_organisation(&self, at: Millis) -> Result<OrgId> {
        let found = one(
            &self.db.write,
            "SELECT id FROM organisations WHERE kind = $1 ORDER BY id LIMIT 1",
            vec![OrgKind::Helpline.code().into()],
        )
        .await?;
        match found {
            Some(row) => row_id(&row, "id"),
            None => {
                self.create_organisation(OrgKind::Helpline, "Helpline", at)
                    .await
            }
        }
    }

    #[tracing::instrument(level = "debug", skip_all, fields(id = id.get()))]
    pub async fn organisation(&self, id: OrgId) -> Result<Organisation> {
        let row = found(
            &self.db.read,
            "SELECT id, kind, name FROM organisations WHERE id = $1",
            vec![id.get().into()],
        )
        .await?;
        decode(&row)
    }

    #[tracing::instrument(level = "debug", skip_all, fields(kind = ?kind))]
    pub async fn organisations_of_kind(&self, kind: OrgKind) -> Result<Vec<Organisation>> {
        rows(
            &self.db.read,
            "SELECT id, kind, name FROM organisations WHERE kind = $1 ORDER BY name",
            vec![kind.code().into()],
            decode,
        )
        .await
    }

    /// The workplace an organisation is (each workplace is its own organisation; an
    /// enterprise owner's and a factory contact's own); `None` for a brand or the helpline.
    #[tracing::instrument(level = "debug", skip_all, fields(organisation = %organisation))]
    pub async fn workplace_of_organisation(
        &self,
        organisation: OrgId,
    ) -> Result<Option<WorkplaceId>> {
        one(
            &self.db.read,
            "SELECT id FROM workplaces WHERE organisation_id = $1",
            vec![organisation.get().into()],
        )
        .await?
        .map(|r| row_id(&r, "id"))
        .transpose()
    }
}
