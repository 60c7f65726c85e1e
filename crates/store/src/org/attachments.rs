//! Evidence attached to a case by a workplace's contact: the file itself lives under the
//! attachments folder with a random name (the web layer writes it); the row holds what
//! the file is and who sent it. Downloads are scoped like cases.

use workvoice_domain::Millis;
use workvoice_domain::ids::{AttachmentId, CaseId, OrgId, ResponseId, UserId};

use crate::Store;
use crate::db::{StoredTime, found, get, insert_id, row_id, rows, time};
use crate::error::Result;
use crate::helpline::events::{EventKind, append_event};
use crate::query::Query;
use crate::scope::{Scope, ScopedCase};

/// A file about to be recorded; `storage_key` is the random name already written.
#[derive(Debug, Clone)]
pub struct NewAttachment {
    pub response_id: Option<ResponseId>,
    pub organisation_id: OrgId,
    pub uploaded_by: UserId,
    pub file_name: String,
    pub content_type: String,
    pub size_bytes: i64,
    pub sha256: String,
    pub storage_key: String,
}

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Attachment {
    pub id: AttachmentId,
    pub case_id: CaseId,
    pub organisation_id: OrgId,
    pub organisation_name: String,
    pub uploaded_by_name: String,
    pub file_name: String,
    pub content_type: String,
    pub size_bytes: i64,
    pub sha256: String,
    /// Never shown: the file name under the attachments folder.
    #[serde(skip)]
    pub storage_key: String,
    pub at: Millis,
}

const COLUMNS: &str = "a.id, a.case_id, a.organisation_id, o.name AS organisation_name, u.display_name AS uploaded_by_name, a.file_name, a.content_type, a.size_bytes, a.sha256, a.storage_key, a.at";
const FROM: &str = " FROM attachments a JOIN cases c ON c.id = a.case_id JOIN organisations o ON o.id = a.organisation_id JOIN users u ON u.id = a.uploaded_by WHERE 1 = 1";

fn decode(row: &sea_orm::QueryResult) -> Result<Attachment> {
    Ok(Attachment {
        id: row_id(row, "id")?,
        case_id: row_id(row, "case_id")?,
        organisation_id: row_id(row, "organisation_id")?,
        organisation_name: get(row, "organisation_name")?,
        uploaded_by_name: get(row, "uploaded_by_name")?,
        file_name: get(row, "file_name")?,
        content_type: get(row, "content_type")?,
        size_bytes: get(row, "size_bytes")?,
        sha256: get(row, "sha256")?,
        storage_key: get(row, "storage_key")?,
        at: time(row, "at")?,
    })
}

/// Organisation viewers see the evidence of the organisation that answers for the case
/// (its workplace's), never another's; the helpline sees all. Appended to the SQL, so no
/// list is filtered after the query.
fn restrict_to_responder(case: &ScopedCase, q: &mut Query) {
    if case.scope().organisation_id().is_some() {
        q.push(" AND a.organisation_id IN (SELECT w.organisation_id FROM cases rc JOIN workplaces w ON w.id = rc.workplace_id WHERE rc.id = ")
            .bind(case.id().get())
            .push(")");
    }
}

impl Store {
    /// Records a file on a case, with an `EvidenceAttached` event.
    #[tracing::instrument(level = "debug", skip_all, fields(case = case.id().get()))]
    pub async fn add_attachment(
        &self,
        case: &ScopedCase,
        new: &NewAttachment,
        at: Millis,
    ) -> Result<AttachmentId> {
        let tx = self.db.write.begin().await?;
        let id: AttachmentId = insert_id(
            &tx,
            "INSERT INTO attachments (case_id, response_id, organisation_id, uploaded_by, file_name, content_type, size_bytes, sha256, storage_key, at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id",
            vec![
                case.id().get().into(),
                new.response_id.map(ResponseId::get).into(),
                new.organisation_id.get().into(),
                new.uploaded_by.get().into(),
                new.file_name.clone().into(),
                new.content_type.clone().into(),
                new.size_bytes.into(),
                new.sha256.clone().into(),
                new.storage_key.clone().into(),
                at.value(),
            ],
        )
        .await?;
        append_event(
            &tx,
            case.id(),
            Some(new.uploaded_by),
            at,
            EventKind::EvidenceAttached,
            serde_json::json!({ "attachment_id": id, "content_type": new.content_type, "size_bytes": new.size_bytes }),
        )
        .await?;
        tx.commit().await?;
        Ok(id)
    }

    /// The case an attachment belongs to, if that case is in `scope` (`NotFound`
    /// otherwise): how a download by attachment id gets the token it needs.
    #[tracing::instrument(level = "debug", skip_all, fields(scope = ?scope, id = id.get()))]
    pub async fn case_of_attachment(&self, scope: Scope, id: AttachmentId) -> Result<ScopedCase> {
        let mut q = Query::new(
            "SELECT a.case_id FROM attachments a JOIN cases c ON c.id = a.case_id WHERE a.id = ",
        );
        q.bind(id.get());
        scope.restrict(&mut q);
        let row = found(&self.db.read, &q.sql, q.values).await?;
        Ok(ScopedCase::checked(row_id(&row, "case_id")?, scope))
    }

    /// One attachment of the case, if the viewer may see it (`NotFound` otherwise), for
    /// download by `viewer_user_id`: the access-log row (`download_attachment`) is written
    /// in the same transaction as the read.
    #[tracing::instrument(level = "debug", skip_all, fields(case = case.id().get(), id = id.get(), viewer_user_id = viewer_user_id.get()))]
    pub async fn attachment(
        &self,
        case: &ScopedCase,
        id: AttachmentId,
        viewer_user_id: UserId,
        at: Millis,
    ) -> Result<Attachment> {
        let mut q = Query::new(&format!("SELECT {COLUMNS}{FROM} AND a.id = "));
        q.bind(id.get())
            .push(" AND a.case_id = ")
            .bind(case.id().get());
        restrict_to_responder(case, &mut q);
        self.read_logged(
            q,
            decode,
            |a| a.case_id,
            viewer_user_id,
            "download_attachment",
            at,
        )
        .await
    }

    /// The attachments of a case the viewer may see, oldest first.
    #[tracing::instrument(level = "debug", skip_all, fields(case = case.id().get()))]
    pub async fn case_attachments(&self, case: &ScopedCase) -> Result<Vec<Attachment>> {
        let mut q = Query::new(&format!("SELECT {COLUMNS}{FROM} AND a.case_id = "));
        q.bind(case.id().get());
        restrict_to_responder(case, &mut q);
        q.push(" ORDER BY a.id");
        rows(&self.db.read, &q.sql, q.values, decode).await
    }
}
