//! The feedback report of an enterprise in an OSH programme: its own improvements and
//! their tally, how it compares with its peers, and local examples it could follow.
//!
//! The whole programme is read in two queries (its enrolments with each workplace's size,
//! sector and place; the improvements each enrolment's provider recorded there) and
//! grouped once by the domain's `FeedbackBook`; one report is then a look-up, so the bulk
//! run over ten thousand enterprises reads the database twice, not ten thousand times.
//! The one report a viewer asks for is reached through their `OshScope` (the enrolment
//! must lie in it); what it says of other enterprises is only the peer group's medians,
//! suppressed below the minimum, and examples that name no enterprise.

use std::collections::BTreeMap;

use jiff::civil::Date;
use workvoice_domain::dissemination::feedback_report::{
    Comparison, Enterprise, EnterpriseImprovement, FeedbackBook,
};
use workvoice_domain::ids::{EnrolmentId, ImprovementId, ProgrammeId, WorkplaceId};
use workvoice_domain::osh::{ImprovementFact, ImprovementStatus, RiskScore, Tally, TechnicalArea};

use super::super::osh::improvements::improvement_fact;
use super::super::osh::{OshScope, date};
use crate::Store;
use crate::db::{all, found, get, row_id, rows};
use crate::error::{Result, StoreError};
use crate::query::Query;

/// Local examples on a report.
pub const EXAMPLES: usize = 3;

/// The enterprise a report is about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FeedbackEnterprise {
    pub enrolment: EnrolmentId,
    pub workplace: WorkplaceId,
    pub name: String,
    pub country: String,
    pub district: String,
    pub sector: String,
    pub workers: i64,
    pub provider: String,
    pub enrolled_on: Date,
}

impl FeedbackEnterprise {
    fn peer(&self) -> Enterprise {
        Enterprise::new(
            self.workplace,
            self.workers,
            &self.sector,
            &self.country,
            &self.district,
        )
    }
}

/// One improvement as a report lists it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FeedbackLine {
    pub id: ImprovementId,
    pub area: TechnicalArea,
    pub description: String,
    pub status: ImprovementStatus,
    pub low_cost: bool,
    pub before: Option<RiskScore>,
    pub after: Option<RiskScore>,
    /// The district of the enterprise that made it (for a local example: never its name).
    pub district: String,
}

impl FeedbackLine {
    /// The line of the improvement `row` (its id and description) whose figures are `fact`.
    pub(crate) fn of(
        row: &sea_orm::QueryResult,
        fact: &ImprovementFact,
        district: String,
    ) -> Result<FeedbackLine> {
        Ok(FeedbackLine {
            id: row_id(row, "id")?,
            area: fact.area,
            description: get(row, "description")?,
            status: fact.status,
            low_cost: fact.low_cost,
            before: fact.before,
            after: fact.after,
            district,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FeedbackReport {
    pub programme: String,
    pub enterprise: FeedbackEnterprise,
    pub tally: Tally,
    /// The enterprise's own improvements, abandoned ones left out, the latest first.
    pub own: Vec<FeedbackLine>,
    pub comparison: Comparison,
    pub examples: Vec<FeedbackLine>,
}

/// A programme read once for its reports.
pub(crate) struct ProgrammeBook {
    programme: String,
    pub(crate) enterprises: Vec<FeedbackEnterprise>,
    pub(crate) book: FeedbackBook,
    lines: BTreeMap<i64, FeedbackLine>,
    own: BTreeMap<WorkplaceId, Vec<i64>>,
}

impl ProgrammeBook {
    fn report(&self, enterprise: &FeedbackEnterprise, min: i64) -> FeedbackReport {
        let peer = enterprise.peer();
        let line = |id: &i64| self.lines.get(id).cloned();
        FeedbackReport {
            programme: self.programme.clone(),
            enterprise: enterprise.clone(),
            tally: self.book.tally(enterprise.workplace),
            own: self
                .own
                .get(&enterprise.workplace)
                .into_iter()
                .flatten()
                .filter_map(line)
                .filter(|l| l.status != ImprovementStatus::Abandoned)
                .collect(),
            comparison: self.book.compare(&peer, min),
            examples: self
                .book
                .local_examples(&peer, EXAMPLES)
                .iter()
                .filter_map(|i| line(&i.fact.id))
                .collect(),
        }
    }
}

const ENTERPRISES: &str = "SELECT e.id, e.workplace_id, w.name, w.country, w.district, w.sector, w.workers_total, o.name AS provider, e.enrolled_on \
     FROM osh_enrolments e JOIN workplaces w ON w.id = e.workplace_id JOIN organisations o ON o.id = e.provider_org_id WHERE e.programme_id = ";

fn decode_enterprise(row: &sea_orm::QueryResult) -> Result<FeedbackEnterprise> {
    Ok(FeedbackEnterprise {
        enrolment: row_id(row, "id")?,
        workplace: row_id(row, "workplace_id")?,
        name: get(row, "name")?,
        country: get(row, "country")?,
        district: get(row, "district")?,
        sector: get(row, "sector")?,
        workers: get(row, "workers_total")?,
        provider: get(row, "provider")?,
        enrolled_on: date(row, "enrolled_on")?,
    })
}

impl Store {
    /// The report of one enrolment in the viewer's scope (`NotFound` outside it), with
    /// peer groups below `min` enterprises suppressed.
    #[tracing::instrument(level = "debug", skip_all, fields(scope = ?scope, enrolment = id.get()))]
    pub async fn feedback_report(
        &self,
        scope: OshScope,
        id: EnrolmentId,
        min: i64,
    ) -> Result<FeedbackReport> {
        let enrolment = self.enrolment(scope, id).await?;
        let book = self.programme_book(enrolment.programme_id).await?;
        let enterprise = book
            .enterprises
            .iter()
            .find(|e| e.enrolment == id)
            .ok_or(StoreError::NotFound)?;
        Ok(book.report(enterprise, min))
    }

    /// Every enterprise's report of `programme`, by enterprise name (for the bulk run of
    /// the programme's staff: `workvoice osh feedback-reports`).
    #[tracing::instrument(level = "debug", skip_all, fields(programme = programme.get()))]
    pub async fn feedback_reports(
        &self,
        programme: ProgrammeId,
        min: i64,
    ) -> Result<Vec<FeedbackReport>> {
        let book = self.programme_book(programme).await?;
        Ok(book
            .enterprises
            .iter()
            .map(|e| book.report(e, min))
            .collect())
    }

    pub(crate) async fn programme_book(&self, programme: ProgrammeId) -> Result<ProgrammeBook> {
        let name = found(
            &self.db.read,
            "SELECT name FROM osh_programmes WHERE id = $1",
            vec![programme.get().into()],
        )
        .await?;
        let mut q = Query::new(ENTERPRISES);
        q.bind(programme.get()).push(" ORDER BY w.name, e.id");
        let enterprises: Vec<_> = rows(&self.db.read, &q.sql, q.values, decode_enterprise).await?;
        let district: BTreeMap<WorkplaceId, String> = enterprises
            .iter()
            .map(|e| (e.workplace, e.district.clone()))
            .collect();
        let rows = all(
            &self.db.read,
            "SELECT i.id, i.workplace_id, i.area, i.description, i.status, i.verification, i.low_cost, i.before_likelihood, i.before_severity, i.after_likelihood, i.after_severity \
             FROM osh_improvements i JOIN osh_enrolments e ON e.workplace_id = i.workplace_id AND e.provider_org_id = i.provider_org_id \
             WHERE e.programme_id = $1 ORDER BY i.updated_at DESC, i.id DESC",
            vec![programme.get().into()],
        )
        .await?;
        let mut facts = Vec::with_capacity(rows.len());
        let mut lines = BTreeMap::new();
        let mut own: BTreeMap<WorkplaceId, Vec<i64>> = BTreeMap::new();
        for row in &rows {
            let workplace: WorkplaceId = row_id(row, "workplace_id")?;
            let fact = improvement_fact(row, get(row, "id")?)?;
            own.entry(workplace).or_default().push(fact.id);
            lines.insert(
                fact.id,
                FeedbackLine::of(
                    row,
                    &fact,
                    district.get(&workplace).cloned().unwrap_or_default(),
                )?,
            );
            facts.push(EnterpriseImprovement { workplace, fact });
        }
        let peers: Vec<Enterprise> = enterprises.iter().map(FeedbackEnterprise::peer).collect();
        Ok(ProgrammeBook {
            programme: get(&name, "name")?,
            book: FeedbackBook::new(&peers, facts),
            enterprises,
            lines,
            own,
        })
    }
}
