//! Follow-up tasks: callbacks due inside the worker's safe window, and the retaliation
//! watch after closure (+30 and +90 days). One task of each kind per case; scheduling a
//! kind again moves its due time and reopens it.

use sea_orm::ConnectionTrait;
use workvoice_domain::Millis;
use workvoice_domain::Urgency;
use workvoice_domain::ids::{CaseId, TaskId, UserId};

use crate::Store;
use crate::db::{StoredTime, code, exec, found, get, opt_code, row_id, rows, time};
use crate::error::{Result, StoreError};
use crate::helpline::events::{EventKind, append_event};
use crate::helpline::informs::{
    InformMethod, InformOutcome, consenting_caller, contact_time, stored_codes,
};
use crate::query::Query;
use crate::scope::{Scope, ScopedCase};

stored_codes! {
    pub enum TaskKind {
        Callback = "callback",
        Retaliation30 = "retaliation_30",
        Retaliation90 = "retaliation_90",
    }
}

stored_codes! {
    /// Outcomes a follow-up is completed with: a callback's (from the case page's inform
    /// form) or a retaliation check's.
    pub enum TaskOutcome {
        Reached = "reached",
        NoAnswer = "no_answer",
        WrongPerson = "wrong_person",
        NoRetaliation = "no_retaliation",
        RetaliationReported = "retaliation_reported",
        NotReached = "not_reached",
    }
}

/// Outcomes of a retaliation check, in the order a form offers them.
pub const RETALIATION_OUTCOMES: [TaskOutcome; 3] = [
    TaskOutcome::NoRetaliation,
    TaskOutcome::RetaliationReported,
    TaskOutcome::NotReached,
];

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Task {
    pub id: TaskId,
    pub case_id: CaseId,
    pub kind: TaskKind,
    pub due_at: Millis,
    pub done_at: Option<Millis>,
    pub done_by_name: Option<String>,
    pub outcome: Option<TaskOutcome>,
}

/// An open task with what the "Due follow-ups" list shows of its case (no caller identity).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct DueTask {
    #[serde(flatten)]
    pub task: Task,
    pub case_summary: String,
    pub category_code: String,
    pub urgency: Urgency,
    pub workplace_name: Option<String>,
}

const COLUMNS: &str =
    "t.id, t.case_id, t.kind, t.due_at, t.done_at, u.display_name AS done_by_name, t.outcome";
const FROM: &str = " FROM tasks t JOIN cases c ON c.id = t.case_id LEFT JOIN users u ON u.id = t.done_by LEFT JOIN workplaces w ON w.id = c.workplace_id";

fn decode(row: &sea_orm::QueryResult) -> Result<Task> {
    Ok(Task {
        id: row_id(row, "id")?,
        case_id: row_id(row, "case_id")?,
        kind: code(row, "kind")?,
        due_at: time(row, "due_at")?,
        done_at: time(row, "done_at")?,
        done_by_name: get(row, "done_by_name")?,
        outcome: opt_code(row, "outcome")?,
    })
}

/// Creates the task or, if the case has one of this kind, moves it to `due_at` and opens it.
pub(crate) async fn upsert_task_in(
    conn: &impl ConnectionTrait,
    case_id: CaseId,
    kind: TaskKind,
    due_at: Millis,
) -> Result<()> {
    exec(
        conn,
        "INSERT INTO tasks (case_id, kind, due_at) VALUES ($1, $2, $3) \
         ON CONFLICT (case_id, kind) DO UPDATE SET due_at = excluded.due_at, done_at = NULL, done_by = NULL, outcome = NULL",
        vec![case_id.get().into(), kind.code().into(), due_at.value()],
    )
    .await?;
    Ok(())
}

impl Store {
    /// Schedules a callback at the next time inside the consenting caller's safe window.
    /// Refused (`Invalid`) when no caller of the case consented to a callback.
    /// `_by` is kept for the audit the callback's outcome will carry (tasks have no author).
    #[tracing::instrument(level = "debug", skip_all, fields(case = case.id().get()))]
    pub async fn schedule_callback(
        &self,
        case: &ScopedCase,
        _by: UserId,
        at: Millis,
    ) -> Result<Millis> {
        let (scope, case_id) = (case.scope(), case.id());
        let tx = self.db.write.begin().await?;
        let case = self.aftercare_in(&tx, scope, case_id).await?;
        let caller = consenting_caller(&tx, case_id, InformMethod::Callback)
            .await?
            .ok_or_else(|| StoreError::invalid("method", "worker-error-no-callback-consent"))?;
        let due = contact_time(at, caller.window, &case.time_zone);
        upsert_task_in(&tx, case_id, TaskKind::Callback, due).await?;
        tx.commit().await?;
        Ok(due)
    }

    /// Records a callback's outcome on the open callback task: reached or wrong person
    /// finish it; no answer leaves it open for another try.
    pub(crate) async fn mark_callback_task_in(
        &self,
        conn: &impl ConnectionTrait,
        case_id: CaseId,
        outcome: InformOutcome,
        by: UserId,
        at: Millis,
    ) -> Result<()> {
        let (done, task_outcome) = match outcome {
            InformOutcome::Reached => (true, TaskOutcome::Reached),
            InformOutcome::WrongPerson => (true, TaskOutcome::WrongPerson),
            InformOutcome::NoAnswer => (false, TaskOutcome::NoAnswer),
            InformOutcome::Queued => return Ok(()),
        };
        if done {
            exec(
                conn,
                "UPDATE tasks SET done_at = $1, done_by = $2, outcome = $3 WHERE case_id = $4 AND kind = 'callback' AND done_at IS NULL",
                vec![at.value(), by.get().into(), task_outcome.code().into(), case_id.get().into()],
            )
            .await?;
        } else {
            exec(
                conn,
                "UPDATE tasks SET outcome = $1 WHERE case_id = $2 AND kind = 'callback' AND done_at IS NULL",
                vec![task_outcome.code().into(), case_id.get().into()],
            )
            .await?;
        }
        Ok(())
    }

    /// Open follow-ups of cases in scope, soonest first.
    #[tracing::instrument(level = "debug", skip_all, fields(scope = ?scope))]
    pub async fn open_tasks(&self, scope: Scope, limit: i64) -> Result<Vec<DueTask>> {
        let mut q = Query::new(&format!(
            "SELECT {COLUMNS}, c.summary, c.category_code, c.urgency, w.name AS workplace_name{FROM} WHERE t.done_at IS NULL"
        ));
        scope.restrict(&mut q);
        q.push(" ORDER BY t.due_at, t.id LIMIT ")
            .bind(limit.clamp(1, 500));
        rows(&self.db.read, &q.sql, q.values, |row| {
            Ok(DueTask {
                task: decode(row)?,
                case_summary: get(row, "summary")?,
                category_code: get(row, "category_code")?,
                urgency: code(row, "urgency")?,
                workplace_name: get(row, "workplace_name")?,
            })
        })
        .await
    }

    /// Every follow-up of a case in scope, by due time.
    #[tracing::instrument(level = "debug", skip_all, fields(case = case.id().get()))]
    pub async fn case_tasks(&self, case: &ScopedCase) -> Result<Vec<Task>> {
        let mut q = Query::new(&format!("SELECT {COLUMNS}{FROM} WHERE t.case_id = "));
        q.bind(case.id().get());
        q.push(" ORDER BY t.due_at, t.id");
        rows(&self.db.read, &q.sql, q.values, decode).await
    }

    /// Completes an open follow-up with its outcome. Returns
    /// `false` when it was already done (a second click changes nothing).
    #[tracing::instrument(level = "debug", skip_all, fields(scope = ?scope, task_id = task_id.get(), by = by.get()))]
    pub async fn complete_task(
        &self,
        scope: Scope,
        task_id: TaskId,
        outcome: TaskOutcome,
        by: UserId,
        at: Millis,
    ) -> Result<bool> {
        let tx = self.db.write.begin().await?;
        let mut q = Query::new(
            "SELECT t.case_id, t.kind, t.done_at FROM tasks t JOIN cases c ON c.id = t.case_id WHERE t.id = ",
        );
        q.bind(task_id.get());
        scope.restrict(&mut q);
        let row = found(&tx, &q.sql, q.values).await?;
        if time::<Option<Millis>>(&row, "done_at")?.is_some() {
            return Ok(false);
        }
        let case_id: CaseId = row_id(&row, "case_id")?;
        let kind: String = get(&row, "kind")?;
        exec(
            &tx,
            "UPDATE tasks SET done_at = $1, done_by = $2, outcome = $3 WHERE id = $4 AND done_at IS NULL",
            vec![at.value(), by.get().into(), outcome.code().into(), task_id.get().into()],
        )
        .await?;
        append_event(
            &tx,
            case_id,
            Some(by),
            at,
            EventKind::FollowUpDone,
            serde_json::json!({ "task": kind, "outcome": outcome.code() }),
        )
        .await?;
        tx.commit().await?;
        Ok(true)
    }
}
