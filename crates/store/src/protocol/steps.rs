//! Protocol steps of a case: created from the case's protocol version at intake, started
//! by their trigger, met by a person, escalated by the scheduler when overdue. Deadline
//! arithmetic is the domain's (`due_at`); this file only stores and reloads its inputs.

use std::collections::HashMap;

use sea_orm::ConnectionTrait;
use workvoice_domain::ids::{CaseId, StepId, UserId, WorkplaceId};
use workvoice_domain::{
    BrandEscalation, Country, Millis, Pause, ReportVia, Span, StepKind, Trigger, Urgency,
    WorkCalendar, brand_escalation, due_at, status::status_after_step,
};

use crate::Store;
use crate::db::{
    StoredTime, all, code, exec, found, get, one, opt_code, opt_row_id, row_id, rows, span, time,
};
use crate::error::{Result, StoreError};
use crate::helpline::events::{EventKind, append_event};
use crate::helpline::reports;
use crate::protocol::versions;
use crate::scope::ScopedCase;

/// A step as the case page and supervisor views show it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct CaseStep {
    pub id: StepId,
    pub case_id: CaseId,
    pub step: StepKind,
    pub trigger: Trigger,
    pub span: String,
    pub started_at: Option<Millis>,
    pub due_at: Option<Millis>,
    pub met_at: Option<Millis>,
    pub met_by_name: Option<String>,
    pub escalated_at: Option<Millis>,
    pub brand_escalation: BrandEscalation,
}

const COLUMNS: &str = "s.id, s.case_id, s.step, s.trigger_kind, s.span, s.started_at, s.due_at, s.met_at, u.display_name AS met_by_name, s.escalated_at, s.brand_escalation";

fn decode(row: &sea_orm::QueryResult) -> Result<CaseStep> {
    Ok(CaseStep {
        id: row_id(row, "id")?,
        case_id: row_id(row, "case_id")?,
        step: code(row, "step")?,
        trigger: code(row, "trigger_kind")?,
        span: get(row, "span")?,
        started_at: time(row, "started_at")?,
        due_at: time(row, "due_at")?,
        met_at: time(row, "met_at")?,
        met_by_name: get(row, "met_by_name")?,
        escalated_at: time(row, "escalated_at")?,
        brand_escalation: code(row, "brand_escalation")?,
    })
}

pub(crate) async fn steps_of(
    conn: &impl ConnectionTrait,
    case_id: CaseId,
) -> Result<Vec<CaseStep>> {
    rows(
        conn,
        &format!("SELECT {COLUMNS} FROM case_steps s LEFT JOIN users u ON u.id = s.met_by WHERE s.case_id = $1 ORDER BY s.id"),
        vec![case_id.get().into()],
        decode,
    )
    .await
}

pub(crate) fn decode_pause(row: &sea_orm::QueryResult) -> Result<Pause> {
    Ok(Pause {
        from: time(row, "from_at")?,
        to: time(row, "to_at")?,
    })
}

pub(crate) async fn pauses_of(conn: &impl ConnectionTrait, case_id: CaseId) -> Result<Vec<Pause>> {
    rows(
        conn,
        "SELECT from_at, to_at FROM case_pauses WHERE case_id = $1 ORDER BY from_at",
        vec![case_id.get().into()],
        decode_pause,
    )
    .await
}

/// Cases whose deadlines still run: every status the deployment marks open.
const OPEN_CASE: &str = "c.status IN (SELECT code FROM case_statuses WHERE is_open = 1)";

fn due(start: Millis, span: &str, calendar: &WorkCalendar, pauses: &[Pause]) -> Option<Millis> {
    due_at(start, Span::parse(span)?, calendar, pauses)
}

async fn workplace_of(conn: &impl ConnectionTrait, case_id: CaseId) -> Result<Option<WorkplaceId>> {
    let row = found(
        conn,
        "SELECT workplace_id FROM cases WHERE id = $1",
        vec![case_id.get().into()],
    )
    .await?;
    opt_row_id(&row, "workplace_id")
}

impl Store {
    /// Creates the case's steps from `version` (which the case's row already names);
    /// steps counted from intake start now.
    /// The clocks of the inform-factory and inform-brand steps run only when
    /// `report_clock` says the case may be reported (the worker agreed, the case concerns an
    /// employer).
    #[allow(clippy::too_many_arguments)]
    pub(crate) async fn instantiate_steps(
        &self,
        conn: &impl ConnectionTrait,
        version: &versions::ProtocolVersion,
        case_id: CaseId,
        workplace_id: Option<WorkplaceId>,
        category: &str,
        urgency: Urgency,
        report_clock: bool,
        at: Millis,
    ) -> Result<()> {
        let calendar = versions::calendar_for_workplace(self, conn, workplace_id).await?;
        // One multi-row INSERT: every statement is a round trip to the database (on
        // SQLite, a hand-over to its connection's thread and back).
        let mut sql = String::from(
            "INSERT INTO case_steps (case_id, step, trigger_kind, span, started_at, due_at) VALUES ",
        );
        let mut values = Vec::new();
        for (i, rule) in version
            .protocol
            .steps_for(category, urgency)
            .iter()
            .enumerate()
        {
            let span = rule.within.to_string();
            let clock = report_clock || rule.step.report_target().is_none();
            let (started, due_at) = if rule.from == Trigger::Intake && clock {
                (Some(at), due(at, &span, &calendar, &[]))
            } else {
                (None, None)
            };
            let n = i * 6;
            if i > 0 {
                sql.push_str(", ");
            }
            sql.push_str(&format!(
                "(${}, ${}, ${}, ${}, ${}, ${})",
                n + 1,
                n + 2,
                n + 3,
                n + 4,
                n + 5,
                n + 6
            ));
            values.extend([
                case_id.get().into(),
                rule.step.code().into(),
                rule.from.code().into(),
                span.into(),
                started.value(),
                due_at.value(),
            ]);
        }
        if !values.is_empty() {
            exec(conn, &sql, values).await?;
        }
        Ok(())
    }

    #[tracing::instrument(level = "debug", skip_all, fields(case = case.id().get()))]
    pub async fn case_steps(&self, case: &ScopedCase) -> Result<Vec<CaseStep>> {
        let case_id = case.id();
        steps_of(&self.db.read, case_id).await
    }

    /// Records that a step was done (once; later calls change nothing), moves the case's
    /// status, and starts the steps this one triggers. Runs on the caller's transaction.
    pub(crate) async fn meet_step_in(
        &self,
        conn: &impl ConnectionTrait,
        case_id: CaseId,
        step: StepKind,
        by: Option<UserId>,
        at: Millis,
    ) -> Result<bool> {
        let updated = exec(
            conn,
            "UPDATE case_steps SET met_at = $1, met_by = $2 WHERE case_id = $3 AND step = $4 AND met_at IS NULL",
            vec![at.value(), by.map(UserId::get).into(), case_id.get().into(), step.code().into()],
        )
        .await?;
        let exists = one(
            conn,
            "SELECT id FROM case_steps WHERE case_id = $1 AND step = $2",
            vec![case_id.get().into(), step.code().into()],
        )
        .await?
        .is_some();
        if updated == 0 && exists {
            // Already met. A factory response is the exception: each new one restarts
            // the steps that follow it, so the worker hears of every response.
            if step == StepKind::FactoryResponse {
                self.fire_trigger(conn, case_id, Trigger::FactoryResponse, at)
                    .await?;
            }
            return Ok(false);
        }
        if !exists {
            // A step the case's protocol does not require, done anyway: record it so time
            // per stage and the timeline show it.
            exec(
                conn,
                "INSERT INTO case_steps (case_id, step, trigger_kind, span, started_at, met_at, met_by) VALUES ($1, $2, 'intake', '0m', $3, $3, $4)",
                vec![case_id.get().into(), step.code().into(), at.value(), by.map(UserId::get).into()],
            )
            .await?;
        }
        append_event(
            conn,
            case_id,
            by,
            at,
            EventKind::StepMet,
            serde_json::json!({ "step": step.code() }),
        )
        .await?;
        if let Some(status) = status_after_step(step) {
            self.set_status_in(conn, case_id, status, by, at).await?;
        }
        let trigger = match step {
            StepKind::InformFactory => Some(Trigger::FactoryInformed),
            StepKind::FactoryResponse => Some(Trigger::FactoryResponse),
            _ => None,
        };
        if let Some(trigger) = trigger {
            self.fire_trigger(conn, case_id, trigger, at).await?;
        }
        Ok(true)
    }

    /// Marks a step met for a person allowed to see the case. The inform-factory and
    /// inform-brand steps are refused (`Invalid`): only a report meets them.
    #[tracing::instrument(level = "debug", skip_all, fields(case = case.id().get(), step = ?step, by = by.get()))]
    pub async fn meet_step(
        &self,
        case: &ScopedCase,
        step: StepKind,
        by: UserId,
        at: Millis,
    ) -> Result<bool> {
        if step.report_target().is_some() {
            return Err(StoreError::invalid("step", "steps-error-report-instead"));
        }
        let case_id = case.id();
        let tx = self.db.write.begin().await?;
        let changed = self.meet_step_in(&tx, case_id, step, Some(by), at).await?;
        tx.commit().await?;
        Ok(changed)
    }

    /// What a case's deadlines are counted on: its workplace's calendar and its pauses.
    async fn clock_of(
        &self,
        conn: &impl ConnectionTrait,
        case_id: CaseId,
    ) -> Result<(WorkCalendar, Vec<Pause>)> {
        let workplace = workplace_of(conn, case_id).await?;
        let calendar = versions::calendar_for_workplace(self, conn, workplace).await?;
        Ok((calendar, pauses_of(conn, case_id).await?))
    }

    /// Starts (or restarts) every step counted from `trigger`.
    async fn fire_trigger(
        &self,
        conn: &impl ConnectionTrait,
        case_id: CaseId,
        trigger: Trigger,
        at: Millis,
    ) -> Result<()> {
        let (calendar, pauses) = self.clock_of(conn, case_id).await?;
        for s in steps_of(conn, case_id).await? {
            if s.trigger != trigger || (s.met_at.is_some() && trigger != Trigger::FactoryResponse) {
                continue;
            }
            exec(
                conn,
                "UPDATE case_steps SET started_at = $1, due_at = $2, met_at = NULL, met_by = NULL, escalated_at = NULL WHERE id = $3",
                vec![at.value(), due(at, &s.span, &calendar, &pauses).value(), s.id.get().into()],
            )
            .await?;
        }
        Ok(())
    }

    /// Starts (`Some(at)`) or stops (`None`) the clocks of the unmet inform-factory and
    /// inform-brand steps counted from intake, when the worker's agreement changes.
    pub(crate) async fn set_report_clocks_in(
        &self,
        conn: &impl ConnectionTrait,
        case_id: CaseId,
        start: Option<Millis>,
    ) -> Result<()> {
        let (calendar, pauses) = self.clock_of(conn, case_id).await?;
        for s in steps_of(conn, case_id).await? {
            if s.step.report_target().is_none()
                || s.met_at.is_some()
                || s.trigger != Trigger::Intake
            {
                continue;
            }
            let (started, due_at) = match start {
                Some(at) if s.started_at.is_none() => {
                    (Some(at), due(at, &s.span, &calendar, &pauses))
                }
                Some(_) => continue,
                None => (None, None),
            };
            exec(
                conn,
                "UPDATE case_steps SET started_at = $1, due_at = $2, escalated_at = NULL WHERE id = $3",
                vec![started.value(), due_at.value(), s.id.get().into()],
            )
            .await?;
        }
        Ok(())
    }

    /// Recomputes the deadlines of started, unmet steps (after a pause starts or ends).
    async fn recompute_deadlines(
        &self,
        conn: &impl ConnectionTrait,
        case_id: CaseId,
    ) -> Result<()> {
        let (calendar, pauses) = self.clock_of(conn, case_id).await?;
        for s in steps_of(conn, case_id).await? {
            if let (Some(start), None) = (s.started_at, s.met_at) {
                exec(
                    conn,
                    "UPDATE case_steps SET due_at = $1 WHERE id = $2",
                    vec![
                        due(start, &s.span, &calendar, &pauses).value(),
                        s.id.get().into(),
                    ],
                )
                .await?;
            }
        }
        Ok(())
    }

    /// Recomputes the deadline of every started, unmet step of every open case against
    /// today's holidays, on the transaction that saved them: a new holiday moves the
    /// working-time deadlines it falls into, a removed one brings them back. Met steps keep
    /// the deadline they were met against, and clock-time steps come out unchanged. One
    /// read of the steps and one of the pauses, then an UPDATE per deadline that moved.
    pub(crate) async fn recompute_open_deadlines(
        &self,
        conn: &impl ConnectionTrait,
    ) -> Result<usize> {
        let holidays = versions::holidays(conn).await?;
        let steps = all(
            conn,
            &format!(
                "SELECT s.id, s.case_id, s.span, s.started_at, s.due_at, w.country FROM case_steps s \
                 JOIN cases c ON c.id = s.case_id LEFT JOIN workplaces w ON w.id = c.workplace_id \
                 WHERE s.started_at IS NOT NULL AND s.met_at IS NULL AND {OPEN_CASE}"
            ),
            vec![],
        )
        .await?;
        let mut pauses: HashMap<i64, Vec<Pause>> = HashMap::new();
        for row in &all(
            conn,
            &format!(
                "SELECT p.case_id, p.from_at, p.to_at FROM case_pauses p JOIN cases c ON c.id = p.case_id \
                 WHERE {OPEN_CASE} ORDER BY p.from_at"
            ),
            vec![],
        )
        .await?
        {
            pauses
                .entry(get(row, "case_id")?)
                .or_default()
                .push(decode_pause(row)?);
        }
        let mut calendars: HashMap<Country, WorkCalendar> = HashMap::new();
        let mut moved = 0;
        for row in &steps {
            let country = opt_code(row, "country")?.unwrap_or(self.default_country);
            let calendar = calendars
                .entry(country)
                .or_insert_with(|| WorkCalendar::for_country(country, &holidays));
            let case_id: i64 = get(row, "case_id")?;
            let case_pauses = pauses.get(&case_id).map_or(&[][..], Vec::as_slice);
            let start: Millis = time(row, "started_at")?;
            let span: String = get(row, "span")?;
            let now_due = due(start, &span, calendar, case_pauses);
            if now_due != time(row, "due_at")? {
                let id: i64 = get(row, "id")?;
                exec(
                    conn,
                    "UPDATE case_steps SET due_at = $1 WHERE id = $2",
                    vec![now_due.value(), id.into()],
                )
                .await?;
                moved += 1;
            }
        }
        Ok(moved)
    }

    /// Starts or ends "waiting on the worker": deadlines stop counting meanwhile.
    #[tracing::instrument(level = "debug", skip_all, fields(case = case.id().get(), by = by.get()))]
    pub async fn set_waiting_on_worker(
        &self,
        case: &ScopedCase,
        waiting: bool,
        by: UserId,
        at: Millis,
    ) -> Result<()> {
        let case_id = case.id();
        let tx = self.db.write.begin().await?;
        let open = one(
            &tx,
            "SELECT id FROM case_pauses WHERE case_id = $1 AND to_at IS NULL",
            vec![case_id.get().into()],
        )
        .await?;
        let kind = match (waiting, open) {
            (true, None) => {
                exec(
                    &tx,
                    "INSERT INTO case_pauses (case_id, from_at, started_by) VALUES ($1, $2, $3)",
                    vec![case_id.get().into(), at.value(), by.get().into()],
                )
                .await?;
                EventKind::Paused
            }
            (false, Some(row)) => {
                exec(
                    &tx,
                    "UPDATE case_pauses SET to_at = $1 WHERE id = $2",
                    vec![at.value(), get::<i64>(&row, "id")?.into()],
                )
                .await?;
                EventKind::Resumed
            }
            _ => return Ok(()),
        };
        append_event(&tx, case_id, Some(by), at, kind, serde_json::json!({})).await?;
        self.recompute_deadlines(&tx, case_id).await?;
        tx.commit().await?;
        Ok(())
    }

    #[tracing::instrument(level = "debug", skip_all, fields(case = case.id().get()))]
    pub async fn is_waiting_on_worker(&self, case: &ScopedCase) -> Result<bool> {
        let case_id = case.id();
        Ok(one(
            &self.db.read,
            "SELECT id FROM case_pauses WHERE case_id = $1 AND to_at IS NULL",
            vec![case_id.get().into()],
        )
        .await?
        .is_some())
    }

    /// Escalates every step whose deadline has passed: an event, a notification to the
    /// assignee (or every supervisor when nobody has the case), and the brand ladder for
    /// factories that do not respond. Only open cases escalate: `closed` and any status a
    /// deployment marks not open (`case_statuses.is_open`) are skipped. Safe to run on
    /// several servers at once: each escalation is claimed by a conditional UPDATE.
    /// Returns how many escalations happened.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn escalate_overdue(&self, now: Millis) -> Result<usize> {
        let due_rows = all(
            &self.db.read,
            "SELECT s.id, s.case_id, s.step, s.due_at, c.assigned_to FROM case_steps s JOIN cases c ON c.id = s.case_id \
             WHERE s.met_at IS NULL AND s.due_at IS NOT NULL AND s.due_at < $1 AND s.escalated_at IS NULL AND c.status IN (SELECT code FROM case_statuses WHERE is_open = 1) \
             ORDER BY s.due_at LIMIT 500",
            vec![now.value()],
        )
        .await?;
        let mut count = 0;
        for row in &due_rows {
            let id: i64 = get(row, "id")?;
            let case_id: CaseId = row_id(row, "case_id")?;
            let step: String = get(row, "step")?;
            let due_at: Millis = time(row, "due_at")?;
            let assigned: Option<UserId> = opt_row_id(row, "assigned_to")?;
            let tx = self.db.write.begin().await?;
            let claimed = exec(
                &tx,
                "UPDATE case_steps SET escalated_at = $1 WHERE id = $2 AND escalated_at IS NULL AND met_at IS NULL",
                vec![now.value(), id.into()],
            )
            .await?;
            if claimed == 1 {
                append_event(
                    &tx,
                    case_id,
                    None,
                    now,
                    EventKind::StepOverdue,
                    serde_json::json!({ "step": step, "due_at": due_at }),
                )
                .await?;
                self.notify_in(&tx, assigned, case_id, "step_overdue", now)
                    .await?;
                count += 1;
            }
            tx.commit().await?;
        }
        count += self.advance_brand_ladder(now).await?;
        Ok(count)
    }

    async fn advance_brand_ladder(&self, now: Millis) -> Result<usize> {
        let rows = all(
            &self.db.read,
            "SELECT s.id, s.case_id, s.span, s.due_at, s.brand_escalation, c.workplace_id, c.assigned_to FROM case_steps s JOIN cases c ON c.id = s.case_id \
             WHERE s.step = 'factory_response' AND s.met_at IS NULL AND s.due_at IS NOT NULL AND s.due_at < $1 \
             AND s.brand_escalation <> 'warning' AND c.status IN (SELECT code FROM case_statuses WHERE is_open = 1) ORDER BY s.due_at LIMIT 500",
            vec![now.value()],
        )
        .await?;
        let mut count = 0;
        for row in &rows {
            let id: i64 = get(row, "id")?;
            let case_id: CaseId = row_id(row, "case_id")?;
            let stored: String = get(row, "brand_escalation")?;
            let span = span(row, "span")?;
            let due_at: Millis = time(row, "due_at")?;
            let calendar = versions::calendar_for_workplace(
                self,
                &self.db.read,
                opt_row_id(row, "workplace_id")?,
            )
            .await?;
            let pauses = pauses_of(&self.db.read, case_id).await?;
            let level = brand_escalation(now, due_at, span, false, &calendar, &pauses);
            if level <= code(row, "brand_escalation")? {
                continue;
            }
            let tx = self.db.write.begin().await?;
            let claimed = exec(
                &tx,
                "UPDATE case_steps SET brand_escalation = $1 WHERE id = $2 AND brand_escalation = $3",
                vec![level.code().into(), id.into(), stored.into()],
            )
            .await?;
            if claimed == 1 {
                let kind = if level == BrandEscalation::Warning {
                    EventKind::BrandWarning
                } else {
                    EventKind::BrandNotice
                };
                append_event(
                    &tx,
                    case_id,
                    None,
                    now,
                    kind,
                    serde_json::json!({ "level": level.code() }),
                )
                .await?;
                self.set_status_in(&tx, case_id, "escalated", None, now)
                    .await?;
                // The ladder's notice is how a brand hears of a factory that did not
                // answer: it reports the case to every brand not yet told.
                for brand in reports::untold_brands(&tx, case_id).await? {
                    reports::report_in(self, &tx, case_id, brand, ReportVia::Escalation, None, now)
                        .await?;
                }
                self.notify_in(
                    &tx,
                    opt_row_id(row, "assigned_to")?,
                    case_id,
                    level.code(),
                    now,
                )
                .await?;
                count += 1;
            }
            tx.commit().await?;
        }
        Ok(count)
    }
}
