//! Before and after photos of an improvement. The file (already resized and re-encoded by
//! the web layer, so no EXIF or location is left in it) is written durably first; the row
//! is recorded after, so a crash leaves at most a file without a row.

use workvoice_domain::Millis;
use workvoice_domain::ids::{ImprovementId, OrgId, PhotoId, UserId};
use workvoice_domain::osh::{PhotoPhase, PublicationConsent};

use super::OshScope;
use crate::Store;
use crate::db::{StoredTime, code, found, get, insert_id, row_id, rows};
use crate::error::Result;
use crate::query::Query;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewPhoto {
    pub phase: PhotoPhase,
    pub stored_name: String,
    pub content_type: String,
    pub width: i64,
    pub height: i64,
    pub size_bytes: i64,
    pub consent: PublicationConsent,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Photo {
    pub id: PhotoId,
    pub improvement_id: ImprovementId,
    pub phase: PhotoPhase,
    pub stored_name: String,
    pub content_type: String,
    pub width: i64,
    pub height: i64,
    pub consent: PublicationConsent,
}

const SELECT: &str = "SELECT p.id, p.improvement_id, p.phase, p.stored_name, p.content_type, p.width, p.height, p.consent \
     FROM osh_photos p JOIN osh_improvements i ON i.id = p.improvement_id WHERE 1 = 1";

fn decode(row: &sea_orm::QueryResult) -> Result<Photo> {
    Ok(Photo {
        id: row_id(row, "id")?,
        improvement_id: row_id(row, "improvement_id")?,
        phase: code(row, "phase")?,
        stored_name: get(row, "stored_name")?,
        content_type: get(row, "content_type")?,
        width: get(row, "width")?,
        height: get(row, "height")?,
        consent: code(row, "consent")?,
    })
}

impl Store {
    /// Records a saved photo of an improvement of `provider` (`NotFound` for another's).
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn add_improvement_photo(
        &self,
        provider: OrgId,
        improvement: ImprovementId,
        photo: &NewPhoto,
        by: UserId,
        at: Millis,
    ) -> Result<PhotoId> {
        let improvement = self
            .improvement(OshScope::Provider(provider), improvement)
            .await?;
        insert_id(
            &self.db.write,
            "INSERT INTO osh_photos (improvement_id, phase, stored_name, content_type, width, height, size_bytes, consent, uploaded_by, uploaded_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id",
            vec![
                improvement.id.get().into(),
                photo.phase.code().into(),
                photo.stored_name.clone().into(),
                photo.content_type.clone().into(),
                photo.width.into(),
                photo.height.into(),
                photo.size_bytes.into(),
                photo.consent.code().into(),
                by.get().into(),
                at.value(),
            ],
        )
        .await
    }

    /// The photos of an improvement in `scope`, before first, oldest first.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn improvement_photos(
        &self,
        scope: OshScope,
        improvement: ImprovementId,
    ) -> Result<Vec<Photo>> {
        let mut q = Query::new(SELECT);
        q.push(" AND p.improvement_id = ").bind(improvement.get());
        scope.restrict(&mut q, "i");
        q.push(" ORDER BY p.phase DESC, p.id");
        rows(&self.db.read, &q.sql, q.values, decode).await
    }

    /// One photo, if its improvement lies in `scope`.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn photo(&self, scope: OshScope, id: PhotoId) -> Result<Photo> {
        let mut q = Query::new(SELECT);
        q.push(" AND p.id = ").bind(id.get());
        scope.restrict(&mut q, "i");
        let row = found(&self.db.read, &q.sql, q.values).await?;
        decode(&row)
    }
}
