//! Reporting a case to a factory or a brand (DESIGN §4): the only way a case reaches an
//! organisation. A report is a row of `case_reports` holding the shareable summary *as it
//! was shared*; [`crate::Scope::restrict`] lets an organisation see exactly the cases it was
//! reported, and the redacted case shows it its latest snapshot, never the live text.
//! Reporting meets the protocol's inform-factory or inform-brand step, which nothing else
//! can meet; without the worker's agreement those steps' clocks do not run.

use sea_orm::ConnectionTrait;
use workvoice_domain::Millis;
use workvoice_domain::ids::{CaseId, OrgId, UserId, WorkplaceId};
use workvoice_domain::{
    NotReportable, ReportFacts, ReportTarget, ReportVia, ShareableSummary, StepKind, Urgency,
    report_clock_runs, reportability,
};

use crate::Store;
use crate::db::{StoredTime, code, exec, found, get, one, opt_row_id, row_id, rows, time};
use crate::error::{Result, StoreError};
use crate::helpline::cases::add_text;
use crate::helpline::events::{CaseField, EventKind, append_event, change_case_field};
use crate::scope::{Scope, ScopedCase};

/// One report: what an organisation was told, when and by whom (`None`: the escalation
/// ladder).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct CaseReport {
    pub organisation_id: OrgId,
    pub organisation_name: String,
    pub target: ReportTarget,
    pub via: ReportVia,
    /// 1 for the first report to this organisation, then one more per new version shared.
    pub version: i64,
    pub summary: String,
    pub by_name: Option<String>,
    pub at: Millis,
}

/// Where one organisation the case may be reported to stands.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct ReportState {
    pub organisation_id: OrgId,
    pub organisation_name: String,
    pub target: ReportTarget,
    /// The latest report to it, if any.
    pub last: Option<CaseReport>,
    /// Whether its latest snapshot differs from today's shareable summary (or it was never
    /// told): reporting now would tell it something new.
    pub behind: bool,
}

/// The reporting panel of a case: whether it may be reported, to whom, and every report.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Reporting {
    /// Why the case cannot be reported now; `None` when it can.
    pub refusal: Option<NotReportable>,
    pub factory_may_be_told: bool,
    /// The factory first, then the brands the workplace supplies, by name.
    pub targets: Vec<ReportState>,
    /// Every report, oldest first (the timeline of versions shared).
    pub reports: Vec<CaseReport>,
}

/// What a report needs to know of a case, read on the report's own transaction.
struct CaseFacts {
    category: String,
    urgency: Urgency,
    outcome: Option<String>,
    factory_may_be_told: bool,
    shareable_summary: String,
    workplace_id: Option<WorkplaceId>,
    factory_organisation_id: Option<OrgId>,
}

impl CaseFacts {
    fn refusal(&self) -> Option<NotReportable> {
        let rule = reportability(ReportFacts {
            category: &self.category,
            urgency: self.urgency,
            outcome: self.outcome.as_deref(),
            factory_may_be_told: self.factory_may_be_told,
            shareable_summary: &self.shareable_summary,
        });
        match (rule, self.factory_organisation_id) {
            (Err(reason), _) => Some(reason),
            (Ok(()), None) => Some(NotReportable::NoOrganisation),
            (Ok(()), Some(_)) => None,
        }
    }
}

async fn case_facts(conn: &impl ConnectionTrait, case_id: CaseId) -> Result<CaseFacts> {
    let row = found(
        conn,
        "SELECT c.category_code, c.urgency, c.outcome, c.factory_may_be_told, c.shareable_summary, c.workplace_id, w.organisation_id \
         FROM cases c LEFT JOIN workplaces w ON w.id = c.workplace_id WHERE c.id = $1",
        vec![case_id.get().into()],
    )
    .await?;
    Ok(CaseFacts {
        category: get(&row, "category_code")?,
        urgency: code(&row, "urgency")?,
        outcome: get(&row, "outcome")?,
        factory_may_be_told: get::<i64>(&row, "factory_may_be_told")? != 0,
        shareable_summary: get(&row, "shareable_summary")?,
        workplace_id: opt_row_id(&row, "workplace_id")?,
        factory_organisation_id: opt_row_id(&row, "organisation_id")?,
    })
}

/// The organisations the case may be reported to: (id, name, target), factory first.
async fn targets_of(
    conn: &impl ConnectionTrait,
    facts: &CaseFacts,
) -> Result<Vec<(OrgId, String, ReportTarget)>> {
    let Some(workplace) = facts.workplace_id else {
        return Ok(vec![]);
    };
    rows(
        conn,
        "SELECT o.id, o.name, 'factory' AS target, 0 AS rank FROM workplaces w JOIN organisations o ON o.id = w.organisation_id WHERE w.id = $1 \
         UNION ALL SELECT o.id, o.name, 'brand' AS target, 1 AS rank FROM workplace_brands wb JOIN organisations o ON o.id = wb.brand_organisation_id WHERE wb.workplace_id = $1 \
         ORDER BY rank, name",
        vec![workplace.get().into()],
        |r| Ok((row_id(r, "id")?, get(r, "name")?, code(r, "target")?)),
    )
    .await
}

async fn reports_of(conn: &impl ConnectionTrait, case_id: CaseId) -> Result<Vec<CaseReport>> {
    rows(
        conn,
        "SELECT r.organisation_id, o.name AS organisation_name, r.target, r.via, r.version, r.summary, u.display_name AS by_name, r.reported_at \
         FROM case_reports r JOIN organisations o ON o.id = r.organisation_id LEFT JOIN users u ON u.id = r.reported_by \
         WHERE r.case_id = $1 ORDER BY r.reported_at, r.id",
        vec![case_id.get().into()],
        |r| {
            Ok(CaseReport {
                organisation_id: row_id(r, "organisation_id")?,
                organisation_name: get(r, "organisation_name")?,
                target: code(r, "target")?,
                via: code(r, "via")?,
                version: get(r, "version")?,
                summary: get(r, "summary")?,
                by_name: get(r, "by_name")?,
                at: time(r, "reported_at")?,
            })
        },
    )
    .await
}

/// Writes one report on the caller's transaction, after the checks: the case may be
/// reported, `organisation_id` is its factory or one of its brands, and the organisation
/// has not already been told today's shareable summary (`Conflict`). The first report to
/// an organisation meets the protocol step of its kind.
pub(crate) async fn report_in(
    store: &Store,
    conn: &impl ConnectionTrait,
    case_id: CaseId,
    organisation_id: OrgId,
    via: ReportVia,
    by: Option<UserId>,
    at: Millis,
) -> Result<ReportTarget> {
    let facts = case_facts(conn, case_id).await?;
    if let Some(reason) = facts.refusal() {
        return Err(StoreError::invalid("report", reason.message_key()));
    }
    let (name, target) = targets_of(conn, &facts)
        .await?
        .into_iter()
        .find(|(id, _, _)| *id == organisation_id)
        .map(|(_, name, target)| (name, target))
        .ok_or_else(|| StoreError::invalid("organisation_id", "error-invalid-choice"))?;
    let last = one(
        conn,
        "SELECT version, summary FROM case_reports WHERE case_id = $1 AND organisation_id = $2 ORDER BY version DESC LIMIT 1",
        vec![case_id.get().into(), organisation_id.get().into()],
    )
    .await?;
    let version = match &last {
        Some(row) if get::<String>(row, "summary")? == facts.shareable_summary => {
            return Err(StoreError::Conflict("report-already-told".into()));
        }
        Some(row) => get::<i64>(row, "version")? + 1,
        None => 1,
    };
    exec(
        conn,
        "INSERT INTO case_reports (case_id, organisation_id, target, via, version, summary, reported_by, reported_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
        vec![
            case_id.get().into(),
            organisation_id.get().into(),
            target.code().into(),
            via.code().into(),
            version.into(),
            facts.shareable_summary.clone().into(),
            by.map(UserId::get).into(),
            at.value(),
        ],
    )
    .await?;
    append_event(
        conn,
        case_id,
        by,
        at,
        EventKind::Reported,
        serde_json::json!({
            "organisation_id": organisation_id,
            "organisation": name,
            "target": target.code(),
            "via": via.code(),
            "version": version,
        }),
    )
    .await?;
    if version == 1 {
        let step = match target {
            ReportTarget::Factory => StepKind::InformFactory,
            ReportTarget::Brand => StepKind::InformBrand,
        };
        store.meet_step_in(conn, case_id, step, by, at).await?;
    }
    Ok(target)
}

/// The brands of a case's workplace that have not been told yet, for the escalation
/// ladder; empty when the case may not be reported at all.
pub(crate) async fn untold_brands(
    conn: &impl ConnectionTrait,
    case_id: CaseId,
) -> Result<Vec<OrgId>> {
    let facts = case_facts(conn, case_id).await?;
    if facts.refusal().is_some() {
        return Ok(vec![]);
    }
    let told: Vec<OrgId> = reports_of(conn, case_id)
        .await?
        .iter()
        .map(|r| r.organisation_id)
        .collect();
    Ok(targets_of(conn, &facts)
        .await?
        .into_iter()
        .filter(|(id, _, target)| *target == ReportTarget::Brand && !told.contains(id))
        .map(|(id, _, _)| id)
        .collect())
}

fn helpline_only(case: &ScopedCase) -> Result<()> {
    // Organisation users read cases; only the helpline reports them.
    match case.scope() {
        Scope::Helpline => Ok(()),
        _ => Err(StoreError::NotFound),
    }
}

impl Store {
    /// The reporting panel of a case (helpline only).
    #[tracing::instrument(level = "debug", skip_all, fields(case = case.id().get()))]
    pub async fn case_reporting(&self, case: &ScopedCase) -> Result<Reporting> {
        helpline_only(case)?;
        let conn = &self.db.read;
        let facts = case_facts(conn, case.id()).await?;
        let reports = reports_of(conn, case.id()).await?;
        let targets = targets_of(conn, &facts)
            .await?
            .into_iter()
            .map(|(organisation_id, organisation_name, target)| {
                let last = reports
                    .iter()
                    .rfind(|r| r.organisation_id == organisation_id)
                    .cloned();
                let behind = last
                    .as_ref()
                    .is_none_or(|r| r.summary != facts.shareable_summary);
                ReportState {
                    organisation_id,
                    organisation_name,
                    target,
                    last,
                    behind,
                }
            })
            .collect();
        Ok(Reporting {
            refusal: facts.refusal(),
            factory_may_be_told: facts.factory_may_be_told,
            targets,
            reports,
        })
    }

    /// Reports the case to its factory or one of its brands with today's shareable summary.
    /// `Invalid` with the reason when the case may not be reported (nothing written);
    /// `Conflict` when the organisation already has this version.
    #[tracing::instrument(level = "debug", skip_all, fields(case = case.id().get(), organisation_id = organisation_id.get(), by = by.get()))]
    pub async fn report_case(
        &self,
        case: &ScopedCase,
        organisation_id: OrgId,
        by: UserId,
        at: Millis,
    ) -> Result<ReportTarget> {
        helpline_only(case)?;
        let tx = self.db.write.begin().await?;
        let target = report_in(
            self,
            &tx,
            case.id(),
            organisation_id,
            ReportVia::Helpline,
            Some(by),
            at,
        )
        .await?;
        tx.commit().await?;
        Ok(target)
    }

    /// Records the worker's answer to "may the factory be told?". Given, the clocks of the
    /// unmet inform steps start now; withdrawn, they stop (what was already reported stays
    /// reported: it cannot be untold).
    #[tracing::instrument(level = "debug", skip_all, fields(case = case.id().get(), agreed = agreed, by = by.get()))]
    pub async fn set_factory_agreement(
        &self,
        case: &ScopedCase,
        agreed: bool,
        by: UserId,
        at: Millis,
    ) -> Result<()> {
        helpline_only(case)?;
        let tx = self.db.write.begin().await?;
        let facts = case_facts(&tx, case.id()).await?;
        if facts.factory_may_be_told == agreed {
            return Ok(());
        }
        change_case_field(
            &tx,
            case.id(),
            CaseField::FactoryMayBeTold,
            facts.factory_may_be_told,
            i64::from(agreed),
            Some(by),
            at,
            EventKind::FactoryAgreementChanged,
        )
        .await?;
        let runs = report_clock_runs(&facts.category, facts.urgency, agreed);
        self.set_report_clocks_in(&tx, case.id(), runs.then_some(at))
            .await?;
        tx.commit().await?;
        Ok(())
    }

    /// Replaces the shareable summary. Organisations keep what they were told until the
    /// new version is reported to them.
    #[tracing::instrument(level = "debug", skip_all, fields(case = case.id().get(), by = by.get()))]
    pub async fn edit_shareable_summary(
        &self,
        case: &ScopedCase,
        text: &ShareableSummary,
        by: UserId,
        at: Millis,
    ) -> Result<()> {
        helpline_only(case)?;
        let tx = self.db.write.begin().await?;
        let facts = case_facts(&tx, case.id()).await?;
        if facts.shareable_summary == text.as_str() {
            return Ok(());
        }
        change_case_field(
            &tx,
            case.id(),
            CaseField::ShareableSummary,
            facts.shareable_summary,
            text.as_str().to_owned(),
            Some(by),
            at,
            EventKind::ShareableSummaryEdited,
        )
        .await?;
        add_text(&tx, case.id(), text.as_str()).await?;
        tx.commit().await?;
        Ok(())
    }
}
