//! The staff side of the library: a provider's staff write a practice up from one of their
//! verified improvements (in any of the three languages, then translate it), send it to
//! review; the programme's reviewers publish it, return it, or withdraw it. Every move is
//! a row of `library_reviews` with who and when (append-only on both engines).

use workvoice_domain::Millis;
use workvoice_domain::ids::{ImprovementId, OrgId, PracticeId, UserId, WorkplaceId};
use workvoice_domain::library::{
    CostBand, Naming, PublicFacts, ReviewState, Sector, check_review, may_be_public,
};
use workvoice_domain::osh::{
    ControlLevel, ImprovementStatus, RiskScore, TechnicalArea, VerificationMethod,
};

use super::{Translation, texts_for, texts_of};
use crate::Store;
use crate::db::{
    StoredTime, code, exec, flag, found, get, insert_id, one, opt_code, row_id, rows, time,
};
use crate::error::{Result, StoreError};
use crate::osh::OshScope;
use crate::osh::improvements::risk;
use crate::query::Query;

/// A practice as its author first writes it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewPractice {
    pub sector: Sector,
    pub cost_band: CostBand,
    pub naming: Naming,
    pub text: Translation,
}

/// What a practice shows besides its text, settled between author and reviewer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PracticeSettings {
    pub sector: Sector,
    pub cost_band: CostBand,
    pub naming: Naming,
}

/// Who moves a practice through its review.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LibraryActor {
    /// Staff of the practice's provider: send to review, revise after a withdrawal.
    Author(OrgId),
    /// The programme's reviewer: publish, return to the author, withdraw.
    Reviewer,
}

impl LibraryActor {
    pub fn scope(self) -> OshScope {
        match self {
            LibraryActor::Author(org) => OshScope::Provider(org),
            LibraryActor::Reviewer => OshScope::Programme,
        }
    }
}

/// A practice as staff see it: everything, the enterprise's name included.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Practice {
    pub id: PracticeId,
    pub improvement_id: ImprovementId,
    pub provider_id: OrgId,
    pub provider: String,
    pub workplace_id: WorkplaceId,
    pub workplace: String,
    pub district: String,
    pub area: TechnicalArea,
    pub control_level: Option<ControlLevel>,
    pub improvement_status: ImprovementStatus,
    pub verification: Option<VerificationMethod>,
    pub before: Option<RiskScore>,
    pub after: Option<RiskScore>,
    pub settings: PracticeSettings,
    pub state: ReviewState,
    pub published_at: Option<Millis>,
    /// The enterprise's consent to publication is on record and not withdrawn.
    pub consent: bool,
    pub texts: Vec<Translation>,
}

impl Practice {
    /// Whether the public may see it now (the same rule the public queries apply).
    pub fn is_public(&self) -> bool {
        may_be_public(self.facts(self.state))
    }

    fn facts(&self, state: ReviewState) -> PublicFacts {
        PublicFacts {
            state,
            improvement: self.improvement_status,
            verification: self.verification,
            consent: self.consent,
        }
    }
}

/// One step of a practice's review.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReviewEvent {
    pub at: Millis,
    pub actor: Option<String>,
    pub from: Option<ReviewState>,
    pub to: ReviewState,
    pub note: String,
}

const SELECT: &str = "SELECT p.id, p.improvement_id, p.provider_org_id, o.name AS provider, p.workplace_id, w.name AS workplace, w.district, \
     i.area, i.control_level, i.status AS improvement_status, i.verification, i.before_likelihood, i.before_severity, i.after_likelihood, i.after_severity, \
     p.sector, p.cost_band, p.naming, p.state, p.published_at, \
     CAST(CASE WHEN c.improvement_id IS NOT NULL AND c.withdrawn_at IS NULL THEN 1 ELSE 0 END AS BIGINT) AS consent \
     FROM library_practices p JOIN osh_improvements i ON i.id = p.improvement_id \
     JOIN workplaces w ON w.id = p.workplace_id JOIN organisations o ON o.id = p.provider_org_id \
     LEFT JOIN library_consents c ON c.improvement_id = p.improvement_id WHERE 1 = 1";

fn decode(row: &sea_orm::QueryResult) -> Result<Practice> {
    Ok(Practice {
        id: row_id(row, "id")?,
        improvement_id: row_id(row, "improvement_id")?,
        provider_id: row_id(row, "provider_org_id")?,
        provider: get(row, "provider")?,
        workplace_id: row_id(row, "workplace_id")?,
        workplace: get(row, "workplace")?,
        district: get(row, "district")?,
        area: code(row, "area")?,
        control_level: opt_code(row, "control_level")?,
        improvement_status: code(row, "improvement_status")?,
        verification: opt_code(row, "verification")?,
        before: risk(row, "before_likelihood", "before_severity")?,
        after: risk(row, "after_likelihood", "after_severity")?,
        settings: PracticeSettings {
            sector: code(row, "sector")?,
            cost_band: code(row, "cost_band")?,
            naming: code(row, "naming")?,
        },
        state: code(row, "state")?,
        published_at: time(row, "published_at")?,
        consent: flag(row, "consent")?,
        texts: Vec::new(),
    })
}

/// Staff who may change a practice: an author's provider or the programme; an enterprise
/// owner reads only.
fn editing(scope: OshScope) -> Result<OshScope> {
    match scope {
        OshScope::Enterprise(_) => Err(StoreError::NotFound),
        other => Ok(other),
    }
}

async fn upsert_text(
    conn: &impl sea_orm::ConnectionTrait,
    id: PracticeId,
    t: &Translation,
    by: UserId,
    at: Millis,
) -> Result<()> {
    let values = vec![
        id.get().into(),
        t.language.code().into(),
        t.text.title().into(),
        t.text.problem().into(),
        t.text.solution().into(),
        by.get().into(),
        at.value(),
    ];
    let n = exec(
        conn,
        "UPDATE library_texts SET title = $3, problem = $4, solution = $5, updated_by = $6, updated_at = $7 WHERE practice_id = $1 AND language = $2",
        values.clone(),
    )
    .await?;
    if n == 0 {
        exec(
            conn,
            "INSERT INTO library_texts (practice_id, language, title, problem, solution, updated_by, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7)",
            values,
        )
        .await?;
    }
    Ok(())
}

async fn append_review(
    conn: &impl sea_orm::ConnectionTrait,
    id: PracticeId,
    at: Millis,
    by: UserId,
    from: Option<ReviewState>,
    to: ReviewState,
    note: &str,
) -> Result<()> {
    exec(
        conn,
        "INSERT INTO library_reviews (practice_id, at, actor_id, from_state, to_state, note) VALUES ($1, $2, $3, $4, $5, $6)",
        vec![
            id.get().into(),
            at.value(),
            by.get().into(),
            from.map(ReviewState::code).into(),
            to.code().into(),
            note.into(),
        ],
    )
    .await?;
    Ok(())
}

impl Store {
    /// A new draft practice from an improvement of `provider` that is verified by someone
    /// other than the enterprise; one practice per improvement.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn create_practice(
        &self,
        provider: OrgId,
        improvement: ImprovementId,
        new: &NewPractice,
        by: UserId,
        at: Millis,
    ) -> Result<PracticeId> {
        let improvement = self
            .improvement(OshScope::Provider(provider), improvement)
            .await?;
        let verified = improvement.status == ImprovementStatus::Verified
            && improvement
                .verification
                .is_some_and(VerificationMethod::verifies);
        if !verified {
            return Err(StoreError::invalid(
                "improvement",
                "library-error-not-verified",
            ));
        }
        if self
            .practice_of_improvement(OshScope::Provider(provider), improvement.id)
            .await?
            .is_some()
        {
            return Err(StoreError::invalid("improvement", "library-error-exists"));
        }
        let programme = one(
            &self.db.read,
            "SELECT programme_id FROM osh_enrolments WHERE workplace_id = $1 AND provider_org_id = $2 ORDER BY id DESC LIMIT 1",
            vec![improvement.workplace_id.get().into(), provider.get().into()],
        )
        .await?
        .map(|row| get::<i64>(&row, "programme_id"))
        .transpose()?;
        let tx = self.db.write.begin().await?;
        let id: PracticeId = insert_id(
            &tx,
            "INSERT INTO library_practices (improvement_id, provider_org_id, workplace_id, programme_id, sector, cost_band, naming, state, created_by, created_at, updated_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $10) RETURNING id",
            vec![
                improvement.id.get().into(),
                provider.get().into(),
                improvement.workplace_id.get().into(),
                programme.into(),
                new.sector.code().into(),
                new.cost_band.code().into(),
                new.naming.code().into(),
                ReviewState::Draft.code().into(),
                by.get().into(),
                at.value(),
            ],
        )
        .await?;
        upsert_text(&tx, id, &new.text, by, at).await?;
        append_review(&tx, id, at, by, None, ReviewState::Draft, "").await?;
        tx.commit().await?;
        Ok(id)
    }

    /// The practice written from an improvement, if there is one in `scope`.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn practice_of_improvement(
        &self,
        scope: OshScope,
        improvement: ImprovementId,
    ) -> Result<Option<PracticeId>> {
        let mut q = Query::new("SELECT p.id FROM library_practices p WHERE p.improvement_id = ");
        q.bind(improvement.get());
        scope.restrict(&mut q, "p");
        one(&self.db.read, &q.sql, q.values)
            .await?
            .map(|row| row_id(&row, "id"))
            .transpose()
    }

    /// A practice in `scope`, with all its translations.
    #[tracing::instrument(level = "debug", skip_all, fields(scope = ?scope))]
    pub async fn practice(&self, scope: OshScope, id: PracticeId) -> Result<Practice> {
        let mut q = Query::new(SELECT);
        q.push(" AND p.id = ").bind(id.get());
        scope.restrict(&mut q, "p");
        let row = found(&self.db.read, &q.sql, q.values).await?;
        let mut practice = decode(&row)?;
        practice.texts = texts_for(&texts_of(&self.db.read, &[id]).await?, id);
        Ok(practice)
    }

    /// Practices in `scope` (in one review state, or all), the most recently changed
    /// first, at most 500.
    #[tracing::instrument(level = "debug", skip_all, fields(scope = ?scope))]
    pub async fn practices(
        &self,
        scope: OshScope,
        state: Option<ReviewState>,
    ) -> Result<Vec<Practice>> {
        let mut q = Query::new(SELECT);
        if let Some(state) = state {
            q.push(" AND p.state = ").bind(state.code());
        }
        scope.restrict(&mut q, "p");
        q.push(" ORDER BY p.updated_at DESC, p.id DESC LIMIT 500");
        let mut list: Vec<_> = rows(&self.db.read, &q.sql, q.values, decode).await?;
        let ids: Vec<PracticeId> = list.iter().map(|p| p.id).collect();
        let texts = texts_of(&self.db.read, &ids).await?;
        for p in &mut list {
            p.texts = texts_for(&texts, p.id);
        }
        Ok(list)
    }

    /// Changes sector, cost band and naming while the practice is a draft (or withdrawn).
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn update_practice_settings(
        &self,
        scope: OshScope,
        id: PracticeId,
        settings: PracticeSettings,
        at: Millis,
    ) -> Result<()> {
        let practice = self.practice(editing(scope)?, id).await?;
        if !practice.state.is_editable() {
            return Err(StoreError::invalid("state", "library-error-not-editable"));
        }
        exec(
            &self.db.write,
            "UPDATE library_practices SET sector = $2, cost_band = $3, naming = $4, updated_at = $5 WHERE id = $1",
            vec![
                id.get().into(),
                settings.sector.code().into(),
                settings.cost_band.code().into(),
                settings.naming.code().into(),
                at.value(),
            ],
        )
        .await?;
        Ok(())
    }

    /// Writes one language's text (a translation, or a correction) while the practice is a
    /// draft (or withdrawn).
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn save_practice_text(
        &self,
        scope: OshScope,
        id: PracticeId,
        text: &Translation,
        by: UserId,
        at: Millis,
    ) -> Result<()> {
        let practice = self.practice(editing(scope)?, id).await?;
        if !practice.state.is_editable() {
            return Err(StoreError::invalid("state", "library-error-not-editable"));
        }
        let tx = self.db.write.begin().await?;
        upsert_text(&tx, id, text, by, at).await?;
        exec(
            &tx,
            "UPDATE library_practices SET updated_at = $2 WHERE id = $1",
            vec![id.get().into(), at.value()],
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// Moves a practice through its review. Authors send to review and revise; reviewers
    /// publish, return and withdraw. Publishing needs what the public rule needs: the
    /// improvement still verified by someone other than the enterprise, and its consent.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn review_practice(
        &self,
        actor: LibraryActor,
        id: PracticeId,
        to: ReviewState,
        note: &str,
        by: UserId,
        at: Millis,
    ) -> Result<()> {
        let practice = self.practice(actor.scope(), id).await?;
        check_review(practice.state, to).map_err(|key| StoreError::invalid("state", key))?;
        let reviewers = ReviewState::is_reviewers(practice.state, to);
        if reviewers != (actor == LibraryActor::Reviewer) {
            return Err(StoreError::invalid("state", "library-error-not-yours"));
        }
        if to == ReviewState::Published {
            if !practice.consent {
                return Err(StoreError::invalid("state", "library-error-no-consent"));
            }
            if !may_be_public(practice.facts(to)) {
                return Err(StoreError::invalid("state", "library-error-not-verified"));
            }
        }
        let note = note.trim();
        if note.chars().count() > 2_000 {
            return Err(StoreError::invalid("note", "library-error-too-long"));
        }
        let tx = self.db.write.begin().await?;
        let published_at = (to == ReviewState::Published).then_some(at);
        let n = exec(
            &tx,
            "UPDATE library_practices SET state = $3, published_at = COALESCE($4, published_at), updated_at = $5 WHERE id = $1 AND state = $2",
            vec![
                id.get().into(),
                practice.state.code().into(),
                to.code().into(),
                published_at.value(),
                at.value(),
            ],
        )
        .await?;
        if n == 0 {
            return Err(StoreError::invalid("state", "library-error-transition"));
        }
        append_review(&tx, id, at, by, Some(practice.state), to, note).await?;
        tx.commit().await?;
        Ok(())
    }

    /// The review trail of a practice in `scope`, oldest first.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn practice_reviews(
        &self,
        scope: OshScope,
        id: PracticeId,
    ) -> Result<Vec<ReviewEvent>> {
        let practice = self.practice(scope, id).await?;
        rows(
            &self.db.read,
            "SELECT r.at, u.display_name AS actor, r.from_state, r.to_state, r.note \
             FROM library_reviews r LEFT JOIN users u ON u.id = r.actor_id WHERE r.practice_id = $1 ORDER BY r.id",
            vec![practice.id.get().into()],
            |row| {
                Ok(ReviewEvent {
                    at: time(row, "at")?,
                    actor: get(row, "actor")?,
                    from: opt_code(row, "from_state")?,
                    to: code(row, "to_state")?,
                    note: get(row, "note")?,
                })
            },
        )
        .await
    }
}
