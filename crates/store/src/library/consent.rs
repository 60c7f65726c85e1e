//! The enterprise's consent to publication of an improvement as a good practice: who at
//! the enterprise gave it and on which day, recorded by its provider's staff. Withdrawn
//! consent keeps its row (the date it was withdrawn), and the practice leaves the public
//! library at once: the public queries check for a consent not withdrawn.

use jiff::civil::Date;
use workvoice_domain::Millis;
use workvoice_domain::ids::{ImprovementId, OrgId, UserId};

use crate::Store;
use crate::db::{StoredTime, exec, get, one, time};
use crate::error::{Result, StoreError};
use crate::osh::{OshScope, date};

/// The consent on record for an improvement.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PublicationConsentRecord {
    /// The enterprise's representative who agreed.
    pub given_by: String,
    pub given_on: Date,
    pub recorded_at: Millis,
    /// When it was withdrawn; the practice is not public since.
    pub withdrawn_at: Option<Millis>,
}

impl PublicationConsentRecord {
    pub fn is_given(&self) -> bool {
        self.withdrawn_at.is_none()
    }
}

impl Store {
    /// Records (or records again, after a withdrawal) the enterprise's consent to publish
    /// an improvement of `provider` (`NotFound` for another provider's).
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn record_publication_consent(
        &self,
        provider: OrgId,
        improvement: ImprovementId,
        given_by: &str,
        given_on: Date,
        by: UserId,
        at: Millis,
    ) -> Result<()> {
        let given_by = given_by.trim();
        if given_by.is_empty() {
            return Err(StoreError::invalid("given_by", "error-required"));
        }
        if given_by.chars().count() > 200 {
            return Err(StoreError::invalid("given_by", "library-error-too-long"));
        }
        let improvement = self
            .improvement(OshScope::Provider(provider), improvement)
            .await?;
        let tx = self.db.write.begin().await?;
        let values = vec![
            improvement.id.get().into(),
            given_by.into(),
            given_on.to_string().into(),
            by.get().into(),
            at.value(),
        ];
        let n = exec(
            &tx,
            "UPDATE library_consents SET given_by = $2, given_on = $3, recorded_by = $4, recorded_at = $5, withdrawn_at = NULL WHERE improvement_id = $1",
            values.clone(),
        )
        .await?;
        if n == 0 {
            exec(
                &tx,
                "INSERT INTO library_consents (improvement_id, given_by, given_on, recorded_by, recorded_at) VALUES ($1, $2, $3, $4, $5)",
                values,
            )
            .await?;
        }
        tx.commit().await?;
        Ok(())
    }

    /// The enterprise withdrew its consent: the practice leaves the public library now.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn withdraw_publication_consent(
        &self,
        provider: OrgId,
        improvement: ImprovementId,
        at: Millis,
    ) -> Result<()> {
        let improvement = self
            .improvement(OshScope::Provider(provider), improvement)
            .await?;
        exec(
            &self.db.write,
            "UPDATE library_consents SET withdrawn_at = $2 WHERE improvement_id = $1 AND withdrawn_at IS NULL",
            vec![improvement.id.get().into(), at.value()],
        )
        .await?;
        Ok(())
    }

    /// The consent on record for an improvement in `scope`, if any.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn publication_consent(
        &self,
        scope: OshScope,
        improvement: ImprovementId,
    ) -> Result<Option<PublicationConsentRecord>> {
        let improvement = self.improvement(scope, improvement).await?;
        let Some(row) = one(
            &self.db.read,
            "SELECT given_by, given_on, recorded_at, withdrawn_at FROM library_consents WHERE improvement_id = $1",
            vec![improvement.id.get().into()],
        )
        .await?
        else {
            return Ok(None);
        };
        Ok(Some(PublicationConsentRecord {
            given_by: get(&row, "given_by")?,
            given_on: date(&row, "given_on")?,
            recorded_at: time(&row, "recorded_at")?,
            withdrawn_at: time(&row, "withdrawn_at")?,
        }))
    }
}
