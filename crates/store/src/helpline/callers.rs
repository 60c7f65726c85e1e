//! Callers: identity encrypted at rest, found again through a blind index on the phone.
//! Decryption happens only in [`Store::case_callers`], which the web layer calls only for
//! helpline staff (DESIGN §4).

use sea_orm::ConnectionTrait;
use workvoice_domain::Millis;
use workvoice_domain::ids::{CallerId, CaseId, OrgId, UserId};
use workvoice_domain::{CallerInput, Consent, PhoneNumber};

use crate::Store;
use crate::db::{StoredTime, all, b, exec, flag, found, get, one, row_id, rows};
use crate::error::{Internal, Result};
use crate::query::Query;
use crate::scope::ScopedCase;

/// A caller as shown on a helpline user's case page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CallerOnCase {
    pub caller_id: CallerId,
    pub phone: Option<String>,
    pub name: Option<String>,
    pub consent_callback: bool,
    pub consent_sms: bool,
    pub safe_from_minute: Option<i64>,
    pub safe_to_minute: Option<i64>,
    /// Other cases this caller reported (a repeat caller is worth knowing about).
    pub other_cases: i64,
}

/// What a caller's encrypted column is bound to: the row and the column, so a blob copied
/// to another caller or column does not decrypt.
pub(crate) fn aad(caller_id: CallerId, column: &str) -> String {
    format!("callers:{}:{column}", caller_id.get())
}

impl Store {
    /// Finds the caller by phone or creates one (a caller without a phone is always new),
    /// then links them to the case with the consent they gave on this call. Runs inside
    /// the case's transaction.
    pub(crate) async fn attach_caller(
        &self,
        conn: &impl ConnectionTrait,
        case_id: CaseId,
        caller: &CallerInput,
        consent: &Consent,
        at: Millis,
    ) -> Result<CallerId> {
        let (caller_id, known) = match caller.phone.as_ref() {
            Some(phone) => self.caller_by_phone(conn, phone, at).await?,
            None => (
                self.new_caller(conn, None, None, at)
                    .await?
                    .ok_or(Internal::Broken("a caller without a phone conflicted"))?,
                false,
            ),
        };
        if let Some(name) = &caller.name {
            // A name given on a later call fills in one not given before; it never
            // overwrites the name a caller already gave.
            if !known || !self.has_name(conn, caller_id).await? {
                self.store_name(conn, caller_id, name).await?;
            }
        }
        let window = consent.safe_window;
        exec(
            conn,
            "INSERT INTO case_callers (case_id, caller_id, consent_callback, consent_sms, safe_from_minute, safe_to_minute, added_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7)",
            vec![
                case_id.get().into(),
                caller_id.get().into(),
                b(consent.callback),
                b(consent.sms),
                window.map(|w| i64::from(w.from_minute)).into(),
                window.map(|w| i64::from(w.to_minute)).into(),
                at.value(),
            ],
        )
        .await?;
        Ok(caller_id)
    }

    /// The caller with this phone, created if the phone is new, and whether they were
    /// known before. The blind index is unique: of two intakes from a new phone at the same
    /// moment, the second insert waits for the first (PostgreSQL) or runs after it
    /// (SQLite's one writer), does nothing, and reads the caller the first made, so one
    /// phone is always one caller.
    pub(crate) async fn caller_by_phone(
        &self,
        conn: &impl ConnectionTrait,
        phone: &PhoneNumber,
        at: Millis,
    ) -> Result<(CallerId, bool)> {
        let index = self.keys.blind_index(phone.as_str());
        if let Some(id) = self.new_caller(conn, Some(&index), Some(phone), at).await? {
            return Ok((id, false));
        }
        let row = one(
            conn,
            "SELECT id FROM callers WHERE phone_index = $1",
            vec![index.into()],
        )
        .await?
        .ok_or(Internal::Broken(
            "a caller's phone conflicted but no caller has it",
        ))?;
        Ok((row_id(&row, "id")?, true))
    }

    async fn has_name(&self, conn: &impl ConnectionTrait, id: CallerId) -> Result<bool> {
        let row = found(
            conn,
            "SELECT name_enc FROM callers WHERE id = $1",
            vec![id.get().into()],
        )
        .await?;
        Ok(get::<Option<Vec<u8>>>(&row, "name_enc")?.is_some())
    }

    /// Inserts a caller (with the encrypted phone); `None` when a caller with the same
    /// phone index exists already.
    async fn new_caller(
        &self,
        conn: &impl ConnectionTrait,
        index: Option<&str>,
        phone: Option<&PhoneNumber>,
        at: Millis,
    ) -> Result<Option<CallerId>> {
        let Some(row) = one(
            conn,
            "INSERT INTO callers (phone_index, created_at) VALUES ($1, $2) ON CONFLICT (phone_index) DO NOTHING RETURNING id",
            vec![index.map(str::to_owned).into(), at.value()],
        )
        .await?
        else {
            return Ok(None);
        };
        let id: CallerId = row_id(&row, "id")?;
        if let Some(phone) = phone {
            self.store_phone(conn, id, phone).await?;
        }
        Ok(Some(id))
    }

    async fn store_phone(
        &self,
        conn: &impl ConnectionTrait,
        id: CallerId,
        phone: &PhoneNumber,
    ) -> Result<()> {
        let blob = self.keys.encrypt(phone.as_str(), &aad(id, "phone"))?;
        exec(
            conn,
            "UPDATE callers SET phone_enc = $1 WHERE id = $2",
            vec![blob.into(), id.get().into()],
        )
        .await?;
        Ok(())
    }

    async fn store_name(
        &self,
        conn: &impl ConnectionTrait,
        id: CallerId,
        name: &str,
    ) -> Result<()> {
        let blob = self.keys.encrypt(name, &aad(id, "name"))?;
        exec(
            conn,
            "UPDATE callers SET name_enc = $1 WHERE id = $2",
            vec![blob.into(), id.get().into()],
        )
        .await?;
        Ok(())
    }

    /// Decrypted callers of a case. Only for helpline staff: the caller decides who sees
    /// identity; the store cannot know who is asking.
    #[tracing::instrument(level = "debug", skip_all, fields(case = case.id().get()))]
    pub async fn case_callers(&self, case: &ScopedCase) -> Result<Vec<CallerOnCase>> {
        let case_id = case.id();
        self.callers_on(&self.db.read, case_id, None).await
    }

    /// Decrypted callers for a person's screen, with the access-log row written in the same
    /// transaction as the read (DESIGN §4: every view of identity is logged).
    #[tracing::instrument(level = "debug", skip_all, fields(case = case.id().get(), viewer_user_id = viewer_user_id.get()))]
    pub async fn case_callers_viewed(
        &self,
        case: &ScopedCase,
        viewer_user_id: UserId,
        action: &str,
        at: Millis,
    ) -> Result<Vec<CallerOnCase>> {
        let case_id = case.id();
        let tx = self.db.write.begin().await?;
        let callers = self.callers_on(&tx, case_id, None).await?;
        crate::org::access_log::log_access(&tx, Some(viewer_user_id), Some(case_id), action, at)
            .await?;
        tx.commit().await?;
        Ok(callers)
    }

    /// The callers of a case, decrypted; only those with a live disclosure consent to
    /// `consented_to` when it is `Some`, chosen in the SQL so no one else is decrypted.
    pub(crate) async fn callers_on(
        &self,
        conn: &impl ConnectionTrait,
        case_id: CaseId,
        consented_to: Option<OrgId>,
    ) -> Result<Vec<CallerOnCase>> {
        let mut q = Query::new(
            "SELECT cc.caller_id, c.phone_enc, c.name_enc, cc.consent_callback, cc.consent_sms, cc.safe_from_minute, cc.safe_to_minute, \
             (SELECT COUNT(*) FROM case_callers o WHERE o.caller_id = cc.caller_id AND o.case_id <> cc.case_id) AS other_cases \
             FROM case_callers cc JOIN callers c ON c.id = cc.caller_id WHERE cc.case_id = ",
        );
        q.bind(case_id.get());
        if let Some(organisation_id) = consented_to {
            q.push(
                " AND cc.caller_id IN (SELECT caller_id FROM disclosure_consents WHERE case_id = ",
            )
            .bind(case_id.get())
            .push(" AND organisation_id = ")
            .bind(organisation_id.get())
            .push(" AND revoked_at IS NULL)");
        }
        q.push(" ORDER BY cc.added_at");
        let rows = all(conn, &q.sql, q.values).await?;
        rows.iter()
            .map(|row| {
                let id: CallerId = row_id(row, "caller_id")?;
                let phone = get::<Option<Vec<u8>>>(row, "phone_enc")?
                    .map(|blob| self.keys.decrypt(&blob, &aad(id, "phone")))
                    .transpose()?;
                let name = get::<Option<Vec<u8>>>(row, "name_enc")?
                    .map(|blob| self.keys.decrypt(&blob, &aad(id, "name")))
                    .transpose()?;
                Ok(CallerOnCase {
                    caller_id: id,
                    phone,
                    name,
                    consent_callback: flag(row, "consent_callback")?,
                    consent_sms: flag(row, "consent_sms")?,
                    safe_from_minute: get(row, "safe_from_minute")?,
                    safe_to_minute: get(row, "safe_to_minute")?,
                    other_cases: get(row, "other_cases")?,
                })
            })
            .collect()
    }

    /// Case ids reported by the caller with this phone number, newest first.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn cases_of_phone(&self, phone: &PhoneNumber) -> Result<Vec<CaseId>> {
        rows(
            &self.db.read,
            "SELECT cc.case_id FROM case_callers cc JOIN callers c ON c.id = cc.caller_id WHERE c.phone_index = $1 ORDER BY cc.case_id DESC",
            vec![self.keys.blind_index(phone.as_str()).into()],
            |r| row_id(r, "case_id"),
        )
        .await
    }
}
