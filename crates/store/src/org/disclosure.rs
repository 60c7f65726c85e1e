//! Consented disclosure (DESIGN §4): a worker may agree to have their identity shared with
//! one organisation — the case's workplace or a brand it supplies. The consent is recorded
//! (by whom, when, how, to which organisation) with an event; from then on that
//! organisation's users, and only they, see the caller's name and phone, and every such
//! read is written to the access log in the same transaction. The worker may withdraw the
//! consent at any time; from that moment the organisation sees the identity no more.

use workvoice_domain::Millis;
use workvoice_domain::ids::{CallerId, ConsentId, OrgId, UserId};

use crate::Store;
use crate::db::{StoredTime, code, exec, get, insert_id, one, row_id, rows, time};
use crate::error::{Result, StoreError};
use crate::helpline::callers::CallerOnCase;
use crate::helpline::events::{EventKind, append_event};
use crate::org::access_log::log_access;
use crate::scope::ScopedCase;

workvoice_domain::stored_code!(DisclosureMethod);

/// How the worker gave consent.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum DisclosureMethod {
    Phone,
    Sms,
    InPerson,
}

impl DisclosureMethod {
    pub const ALL: [DisclosureMethod; 3] = [
        DisclosureMethod::Phone,
        DisclosureMethod::Sms,
        DisclosureMethod::InPerson,
    ];

    pub fn code(self) -> &'static str {
        match self {
            DisclosureMethod::Phone => "phone",
            DisclosureMethod::Sms => "sms",
            DisclosureMethod::InPerson => "in_person",
        }
    }

    pub fn parse(s: &str) -> Option<DisclosureMethod> {
        DisclosureMethod::ALL.into_iter().find(|m| m.code() == s)
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DisclosureConsent {
    pub id: ConsentId,
    pub caller_id: CallerId,
    pub organisation_id: OrgId,
    pub organisation_name: String,
    pub method: DisclosureMethod,
    pub recorded_by_name: String,
    pub recorded_at: Millis,
}

impl Store {
    /// Organisations a case's caller may consent to share identity with: the case's
    /// workplace organisation and the brands that workplace supplies, as (id, name).
    #[tracing::instrument(level = "debug", skip_all, fields(case = case.id().get()))]
    pub async fn disclosure_targets(&self, case: &ScopedCase) -> Result<Vec<(OrgId, String)>> {
        let case_id = case.id();
        rows(
            &self.db.read,
            "SELECT o.id, o.name FROM cases c JOIN workplaces w ON w.id = c.workplace_id JOIN organisations o ON o.id = w.organisation_id WHERE c.id = $1 \
             UNION SELECT o.id, o.name FROM cases c JOIN workplace_brands wb ON wb.workplace_id = c.workplace_id JOIN organisations o ON o.id = wb.brand_organisation_id WHERE c.id = $1 \
             ORDER BY 2",
            vec![case_id.get().into()],
            |r| Ok((row_id(r, "id")?, get(r, "name")?)),
        )
        .await
    }

    /// Records the worker's consent to share their identity with one organisation. Only
    /// helpline staff may record it (`by` is checked); the organisation must be one of
    /// [`Store::disclosure_targets`] and the caller one of the case's callers.
    #[tracing::instrument(level = "debug", skip_all, fields(case = case.id().get(), caller_id = caller_id.get(), organisation_id = organisation_id.get(), method = ?method, by = by.get()))]
    pub async fn record_disclosure_consent(
        &self,
        case: &ScopedCase,
        caller_id: CallerId,
        organisation_id: OrgId,
        method: DisclosureMethod,
        by: UserId,
        at: Millis,
    ) -> Result<ConsentId> {
        let case_id = case.id();
        self.require_helpline_staff(by).await?;
        if !self
            .disclosure_targets(case)
            .await?
            .iter()
            .any(|(id, _)| *id == organisation_id)
        {
            return Err(StoreError::invalid(
                "organisation",
                "disclosure-error-choice",
            ));
        }
        let tx = self.db.write.begin().await?;
        one(
            &tx,
            "SELECT caller_id FROM case_callers WHERE case_id = $1 AND caller_id = $2",
            vec![case_id.get().into(), caller_id.get().into()],
        )
        .await?
        .ok_or_else(|| StoreError::invalid("caller", "disclosure-error-choice"))?;
        let id = insert_id(
            &tx,
            "INSERT INTO disclosure_consents (case_id, caller_id, organisation_id, method, recorded_by, recorded_at) \
             VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
            vec![
                case_id.get().into(),
                caller_id.get().into(),
                organisation_id.get().into(),
                method.code().into(),
                by.get().into(),
                at.value(),
            ],
        )
        .await?;
        append_event(
            &tx,
            case_id,
            Some(by),
            at,
            EventKind::DisclosureConsented,
            serde_json::json!({ "consent_id": id, "organisation_id": organisation_id, "method": method.code() }),
        )
        .await?;
        tx.commit().await?;
        Ok(id)
    }

    /// Withdraws a consent to share identity, recorded by helpline staff when the worker
    /// changes their mind. It takes effect at once: [`Store::disclosed_callers`] reads only
    /// live consents, so the organisation's next request shows no identity. Returns
    /// `false` (and records nothing) when the consent was already withdrawn; a consent that
    /// is not this case's is an invalid choice, as on the form that records one.
    #[tracing::instrument(level = "debug", skip_all, fields(case = case.id().get(), consent_id = consent_id.get(), by = by.get()))]
    pub async fn revoke_disclosure_consent(
        &self,
        case: &ScopedCase,
        consent_id: ConsentId,
        by: UserId,
        at: Millis,
    ) -> Result<bool> {
        let case_id = case.id();
        self.require_helpline_staff(by).await?;
        let tx = self.db.write.begin().await?;
        let consent = one(
            &tx,
            "SELECT organisation_id, revoked_at FROM disclosure_consents WHERE id = $1 AND case_id = $2",
            vec![consent_id.get().into(), case_id.get().into()],
        )
        .await?
        .ok_or_else(|| StoreError::invalid("consent", "disclosure-error-choice"))?;
        let organisation_id: OrgId = row_id(&consent, "organisation_id")?;
        // The conditional UPDATE makes a second withdrawal (a double click, two tabs) a no-op.
        let revoked = exec(
            &tx,
            "UPDATE disclosure_consents SET revoked_at = $1 WHERE id = $2 AND revoked_at IS NULL",
            vec![at.value(), consent_id.get().into()],
        )
        .await?;
        if revoked == 0 {
            return Ok(false);
        }
        append_event(
            &tx,
            case_id,
            Some(by),
            at,
            EventKind::DisclosureRevoked,
            serde_json::json!({ "consent_id": consent_id, "organisation_id": organisation_id }),
        )
        .await?;
        tx.commit().await?;
        Ok(true)
    }

    /// Refuses anyone but an active helpline staff member, with the answer to a missing case.
    async fn require_helpline_staff(&self, by: UserId) -> Result<()> {
        let user = self.user(by).await?;
        if !user.role.is_helpline_staff() || !user.active {
            return Err(StoreError::NotFound);
        }
        Ok(())
    }

    /// Live consents on a case, oldest first.
    #[tracing::instrument(level = "debug", skip_all, fields(case = case.id().get()))]
    pub async fn disclosure_consents(&self, case: &ScopedCase) -> Result<Vec<DisclosureConsent>> {
        let case_id = case.id();
        rows(
            &self.db.read,
            "SELECT d.id, d.caller_id, d.organisation_id, o.name AS organisation_name, d.method, u.display_name AS recorded_by_name, d.recorded_at \
             FROM disclosure_consents d JOIN organisations o ON o.id = d.organisation_id JOIN users u ON u.id = d.recorded_by \
             WHERE d.case_id = $1 AND d.revoked_at IS NULL ORDER BY d.id",
            vec![case_id.get().into()],
            |r| {
                Ok(DisclosureConsent {
                    id: row_id(r, "id")?,
                    caller_id: row_id(r, "caller_id")?,
                    organisation_id: row_id(r, "organisation_id")?,
                    organisation_name: get(r, "organisation_name")?,
                    method: code(r, "method")?,
                    recorded_by_name: get(r, "recorded_by_name")?,
                    recorded_at: time(r, "recorded_at")?,
                })
            },
        )
        .await
    }

    /// The callers of a case who consented to disclosure to the viewer's organisation (the
    /// one in the case's scope), decrypted, for `viewer_user_id` of that organisation. Only
    /// consented callers are selected, so nothing else is decrypted; when something is, the
    /// access-log row (`view_identity`) is written in the same transaction as the read.
    /// Helpline staff read callers through [`Store::case_callers`] instead: nothing here.
    #[tracing::instrument(level = "debug", skip_all, fields(case = case.id().get(), viewer_user_id = viewer_user_id.get()))]
    pub async fn disclosed_callers(
        &self,
        case: &ScopedCase,
        viewer_user_id: UserId,
        at: Millis,
    ) -> Result<Vec<CallerOnCase>> {
        let Some(organisation_id) = case.scope().organisation_id() else {
            return Ok(Vec::new());
        };
        let tx = self.db.write.begin().await?;
        let callers = self
            .callers_on(&tx, case.id(), Some(organisation_id))
            .await?;
        if callers.is_empty() {
            tx.commit().await?;
            return Ok(Vec::new());
        }
        log_access(
            &tx,
            Some(viewer_user_id),
            Some(case.id()),
            "view_identity",
            at,
        )
        .await?;
        tx.commit().await?;
        Ok(callers
            .into_iter()
            .map(|c| CallerOnCase {
                // Only the identity was consented to; the helpline's own notes on the
                // caller (other cases, callback preferences) stay with the helpline.
                other_cases: 0,
                consent_callback: false,
                consent_sms: false,
                safe_from_minute: None,
                safe_to_minute: None,
                ..c
            })
            .collect())
    }
}
