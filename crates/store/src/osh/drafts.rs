//! Drafts of the field forms, one per user and form, as the submitted fields: saved by the
//! "save draft" button or the form's autosave, offered again when the form reopens, and
//! dropped once the form is recorded.

use workvoice_domain::Millis;
use workvoice_domain::ids::UserId;
use workvoice_domain::osh::DraftForm;
use workvoice_domain::osh::draft::DRAFT_MAX;

use crate::Store;
use crate::db::{StoredTime, exec, get, one, time};
use crate::error::{Result, StoreError};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Draft {
    /// The form's fields, `application/x-www-form-urlencoded`.
    pub fields: String,
    pub saved_at: Millis,
}

impl Store {
    /// Keeps `fields` as the user's draft of `form`, replacing an earlier one.
    #[tracing::instrument(level = "debug", skip_all, fields(form = form.code()))]
    pub async fn save_draft(
        &self,
        user: UserId,
        form: DraftForm,
        fields: &str,
        at: Millis,
    ) -> Result<()> {
        if fields.len() > DRAFT_MAX {
            return Err(StoreError::invalid("draft", "osh-error-draft-too-large"));
        }
        exec(
            &self.db.write,
            "INSERT INTO osh_drafts (user_id, form, fields, saved_at) VALUES ($1, $2, $3, $4) \
             ON CONFLICT (user_id, form) DO UPDATE SET fields = excluded.fields, saved_at = excluded.saved_at",
            vec![
                user.get().into(),
                form.code().into(),
                fields.into(),
                at.value(),
            ],
        )
        .await?;
        Ok(())
    }

    #[tracing::instrument(level = "debug", skip_all, fields(form = form.code()))]
    pub async fn draft(&self, user: UserId, form: DraftForm) -> Result<Option<Draft>> {
        one(
            &self.db.read,
            "SELECT fields, saved_at FROM osh_drafts WHERE user_id = $1 AND form = $2",
            vec![user.get().into(), form.code().into()],
        )
        .await?
        .map(|row| {
            Ok(Draft {
                fields: get(&row, "fields")?,
                saved_at: time(&row, "saved_at")?,
            })
        })
        .transpose()
    }

    #[tracing::instrument(level = "debug", skip_all, fields(form = form.code()))]
    pub async fn discard_draft(&self, user: UserId, form: DraftForm) -> Result<()> {
        exec(
            &self.db.write,
            "DELETE FROM osh_drafts WHERE user_id = $1 AND form = $2",
            vec![user.get().into(), form.code().into()],
        )
        .await?;
        Ok(())
    }
}
