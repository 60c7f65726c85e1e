//! Cases: created in one transaction with their caller, first interaction, first event and
//! search text, so a crash mid-write leaves no half-written case.

use rand::rngs::OsRng;
use sea_orm::ConnectionTrait;
use workvoice_domain::ids::{CallerId, CaseId, UserId, WorkplaceId};
use workvoice_domain::{
    CaseCode, CaseCursor, Channel, Direction, Intake, Language, Millis, Urgency, report_clock_runs,
    search_text,
};

use crate::Store;
use crate::channels::outbox::{SmsTemplate, intake_params, queue_sms_in};
use crate::db::{
    Engine, StoredTime, code, count, exec, found, get, one, opt_row_id, page, row_id, rows, time,
};
use crate::error::{Result, StoreError};
use crate::helpline::events::{EventKind, append_event};
use crate::helpline::informs::contact_time;
use crate::protocol::versions::country_of_workplace;
use crate::query::Query;
use crate::registry::workplaces::Page;
use crate::scope::{Scope, ScopedCase};

/// What a queue, a search result or a dashboard shows of a case.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct CaseSummary {
    pub id: CaseId,
    pub workplace_id: Option<WorkplaceId>,
    pub workplace_name: Option<String>,
    pub category_code: String,
    pub urgency: Urgency,
    pub language: Language,
    pub channel: Channel,
    pub summary: String,
    pub status: String,
    pub outcome: Option<String>,
    pub assigned_to: Option<UserId>,
    pub assigned_name: Option<String>,
    pub created_at: Millis,
    pub updated_at: Millis,
}

impl CaseSummary {
    /// Where a keyset page ending at this case continues.
    pub fn cursor(&self) -> CaseCursor {
        CaseCursor {
            created_at: self.created_at.0,
            id: self.id,
        }
    }
}

/// The whole case as helpline staff see it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct CaseRecord {
    #[serde(flatten)]
    pub summary: CaseSummary,
    pub narrative: String,
    pub shareable_summary: String,
    pub created_by: Option<UserId>,
    pub closed_at: Option<Millis>,
    /// The proof this case was read inside a scope, for reading its children.
    #[serde(skip)]
    scoped: ScopedCase,
}

impl CaseRecord {
    /// The token that reads and writes this case's steps, events, callers and the rest.
    pub fn scoped(&self) -> ScopedCase {
        self.scoped
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Assignee {
    User(UserId),
    Nobody,
}

#[derive(Debug, Clone, Default)]
pub struct CaseFilter {
    pub status: Option<String>,
    pub open_only: bool,
    pub urgency: Option<Urgency>,
    /// A category code; its subcategories match too.
    pub category: Option<String>,
    pub workplace_id: Option<WorkplaceId>,
    pub assigned: Option<Assignee>,
    /// Full-text search over case text (summary, narrative, shareable summary, notes).
    pub text: Option<String>,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum CaseSort {
    #[default]
    Newest,
    Oldest,
    Urgency,
    RecentlyUpdated,
}

impl CaseSort {
    pub const ALL: [CaseSort; 4] = [
        CaseSort::Newest,
        CaseSort::Oldest,
        CaseSort::Urgency,
        CaseSort::RecentlyUpdated,
    ];

    pub fn code(self) -> &'static str {
        match self {
            CaseSort::Newest => "newest",
            CaseSort::Oldest => "oldest",
            CaseSort::Urgency => "urgency",
            CaseSort::RecentlyUpdated => "updated",
        }
    }

    pub fn parse(s: &str) -> Option<CaseSort> {
        CaseSort::ALL.into_iter().find(|c| c.code() == s)
    }

    /// The ORDER BY of a list. A text search (`text`, reading the full-text index as `t`)
    /// in creation order walks the index by case id and stops at the page; case ids are
    /// given in recording order, which is creation order. With one urgency filtered, the
    /// urgency order is the newest order, which an index can give without a sort.
    fn order_by(self, filter: &CaseFilter) -> &'static str {
        let text = filter.text.is_some();
        match self {
            CaseSort::Newest if text => " ORDER BY t.rowid DESC",
            CaseSort::Oldest if text => " ORDER BY t.rowid",
            CaseSort::Newest => " ORDER BY c.created_at DESC, c.id DESC",
            CaseSort::Urgency if filter.urgency.is_some() => CaseSort::Newest.order_by(filter),
            CaseSort::Oldest => " ORDER BY c.created_at, c.id",
            CaseSort::Urgency => {
                " ORDER BY CASE c.urgency WHEN 'life_safety' THEN 0 WHEN 'urgent' THEN 1 WHEN 'normal' THEN 2 ELSE 3 END, c.created_at DESC, c.id DESC"
            }
            CaseSort::RecentlyUpdated => " ORDER BY c.updated_at DESC, c.id DESC",
        }
    }
}

#[derive(Debug, Clone)]
pub struct CreatedCase {
    pub id: CaseId,
    /// Shown once to the operator to read to the caller; only its hash is stored.
    pub code: CaseCode,
}

// The names come from scalar subqueries, not joins: over a join SQLite sorts every
// matching case before it takes a page (1.2 s for the queue at a million cases); over one
// table it walks an index in order and stops at the page.
const SUMMARY_COLUMNS: &str = "c.id, c.workplace_id, (SELECT w.name FROM workplaces w WHERE w.id = c.workplace_id) AS workplace_name, c.category_code, c.urgency, c.language, c.channel, c.summary, c.status, c.outcome, c.assigned_to, (SELECT u.display_name FROM users u WHERE u.id = c.assigned_to) AS assigned_name, c.created_at, c.updated_at";
const FROM: &str = " FROM cases c WHERE 1 = 1";
/// A text search starts from the full-text index (keyed by case id, m0021), so its
/// matches come in case order.
const FROM_TEXT: &str = " FROM case_text t JOIN cases c ON c.id = t.rowid WHERE 1 = 1";
/// PostgreSQL's query for search terms, each a prefix.
fn tsquery(terms: &[String]) -> String {
    let expr: Vec<String> = terms.iter().map(|t| format!("'{t}':*")).collect();
    expr.join(" & ")
}

/// The newest 10,000 texts, where a PostgreSQL search looks first (`search_page`): enough
/// to hold a count's worth of a word in one case in twenty, little to read for a rare one.
const FROM_RECENT_TEXT: &str = " FROM (SELECT rowid, tsv FROM case_text ORDER BY rowid DESC LIMIT 10000) t JOIN cases c ON c.id = t.rowid WHERE 1 = 1";
/// A search counts its matches only up to this many ("more than 500"): the matches of a
/// common word are read in one pass with the page, and nobody pages through ten pages.
const SEARCH_COUNT_CAP: i64 = 500;

fn decode_summary(row: &sea_orm::QueryResult) -> Result<CaseSummary> {
    Ok(CaseSummary {
        id: row_id(row, "id")?,
        workplace_id: opt_row_id(row, "workplace_id")?,
        workplace_name: get(row, "workplace_name")?,
        category_code: get(row, "category_code")?,
        urgency: code(row, "urgency")?,
        language: code(row, "language")?,
        channel: code(row, "channel")?,
        summary: get(row, "summary")?,
        status: get(row, "status")?,
        outcome: get(row, "outcome")?,
        assigned_to: opt_row_id(row, "assigned_to")?,
        assigned_name: get(row, "assigned_name")?,
        created_at: time(row, "created_at")?,
        updated_at: time(row, "updated_at")?,
    })
}

/// The text a new case is found by, folded so both engines index the same words. The
/// index holds one row per case, keyed by its id (m0021).
async fn index_text(conn: &impl ConnectionTrait, case_id: CaseId, text: &str) -> Result<()> {
    exec(
        conn,
        "INSERT INTO case_text (rowid, body) VALUES ($1, $2)",
        vec![case_id.get().into(), search_text::fold(text).into()],
    )
    .await?;
    Ok(())
}

/// Text written on a case later (a note, an edited summary), added to the case's row; a
/// new row if retention removed the row.
pub(crate) async fn add_text(
    conn: &impl ConnectionTrait,
    case_id: CaseId,
    text: &str,
) -> Result<()> {
    let appended = exec(
        conn,
        "UPDATE case_text SET body = body || $2 WHERE rowid = $1",
        vec![
            case_id.get().into(),
            format!("\n{}", search_text::fold(text)).into(),
        ],
    )
    .await?;
    if appended == 0 {
        index_text(conn, case_id, text).await?;
    }
    Ok(())
}

impl Store {
    #[tracing::instrument(level = "debug", skip_all, fields(actor = ?actor))]
    pub async fn create_case(
        &self,
        intake: &Intake,
        actor: Option<UserId>,
        at: Millis,
    ) -> Result<CreatedCase> {
        let tx = self.db.write.begin().await?;
        let created = self.insert_case_in(&tx, intake, actor, at).await?;
        tx.commit().await?;
        Ok(created)
    }

    /// Writes every row of a new case (the case with a fresh code's hash, its caller if
    /// any, the first interaction, the `Created` event and the search text) on `tx`, which
    /// the caller commits: one case in [`Store::create_case`], thousands in
    /// [`Store::create_cases_bulk`].
    pub(crate) async fn insert_case_in(
        &self,
        tx: &impl ConnectionTrait,
        intake: &Intake,
        actor: Option<UserId>,
        at: Millis,
    ) -> Result<CreatedCase> {
        let version = self.active_protocol_on(tx).await?;
        let factory_may_be_told = intake.factory_agreement.resolve(
            version
                .protocol
                .factory_may_be_told_by_default(&intake.category),
        );
        // Ten digits collide rarely; on a collision draw again rather than fail the call.
        let mut created = None;
        for _ in 0..8 {
            let code = CaseCode::generate(&mut OsRng);
            let row = one(
                tx,
                "INSERT INTO cases (code_hash, workplace_id, category_code, urgency, language, channel, summary, narrative, shareable_summary, status, created_by, created_at, updated_at, factory_may_be_told, protocol_id) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 'new', $10, $11, $11, $12, $13) ON CONFLICT (code_hash) DO NOTHING RETURNING id",
                vec![
                    self.keys.case_code_hash(code.digits()).into(),
                    intake.workplace_id.map(WorkplaceId::get).into(),
                    intake.category.clone().into(),
                    intake.urgency.code().into(),
                    intake.language.code().into(),
                    intake.channel.code().into(),
                    intake.summary.clone().into(),
                    intake.narrative.clone().into(),
                    intake.shareable_summary.as_str().into(),
                    actor.map(UserId::get).into(),
                    at.value(),
                    i64::from(factory_may_be_told).into(),
                    version.id.get().into(),
                ],
            )
            .await?;
            if let Some(row) = row {
                created = Some(CreatedCase {
                    id: row_id(&row, "id")?,
                    code,
                });
                break;
            }
        }
        let created = created.ok_or_else(|| StoreError::Conflict("case code".into()))?;
        let caller_id = match &intake.caller {
            Some(caller) => Some(
                self.attach_caller(tx, created.id, caller, &intake.consent, at)
                    .await?,
            ),
            None => None,
        };
        // A worker who asked for the case code by SMS (with SMS consent and a number) gets
        // the acknowledgement with the code, in their language and safe window, in this
        // transaction.
        if let (Some(caller_id), true, Some(_)) = (
            caller_id,
            intake.consent.sms && intake.consent.code_by_sms,
            intake.caller.as_ref().and_then(|c| c.phone.as_ref()),
        ) {
            let country = country_of_workplace(self, tx, intake.workplace_id).await?;
            queue_sms_in(
                tx,
                created.id,
                caller_id,
                intake.language,
                SmsTemplate::Intake,
                &intake_params(self, created.id, &created.code)?,
                contact_time(at, intake.consent.safe_window, country.time_zone()),
                at,
            )
            .await?;
        }
        exec(
            tx,
            "INSERT INTO interactions (case_id, caller_id, channel, direction, at, operator_id) VALUES ($1, $2, $3, $4, $5, $6)",
            vec![
                created.id.get().into(),
                caller_id.map(CallerId::get).into(),
                intake.channel.code().into(),
                Direction::Inbound.code().into(),
                at.value(),
                actor.map(UserId::get).into(),
            ],
        )
        .await?;
        append_event(
            tx,
            created.id,
            actor,
            at,
            EventKind::Created,
            serde_json::json!({
                "category": intake.category,
                "urgency": intake.urgency.code(),
                "channel": intake.channel.code(),
                "status": "new",
                "factory_may_be_told": factory_may_be_told,
            }),
        )
        .await?;
        index_text(
            tx,
            created.id,
            &format!(
                "{}\n{}\n{}",
                intake.summary,
                intake.narrative,
                intake.shareable_summary.as_str()
            ),
        )
        .await?;
        self.instantiate_steps(
            tx,
            &version,
            created.id,
            intake.workplace_id,
            &intake.category,
            intake.urgency,
            report_clock_runs(&intake.category, intake.urgency, factory_may_be_told),
            at,
        )
        .await?;
        Ok(created)
    }

    /// The case if it exists and the scope allows it; `NotFound` otherwise.
    #[tracing::instrument(level = "debug", skip_all, fields(scope = ?scope, id = id.get()))]
    pub async fn case(&self, scope: Scope, id: CaseId) -> Result<CaseRecord> {
        let mut q = Query::new(&format!(
            "SELECT {SUMMARY_COLUMNS}, c.narrative, c.shareable_summary, c.created_by, c.closed_at{FROM} AND c.id = "
        ));
        q.bind(id.get());
        scope.restrict(&mut q);
        let row = found(&self.db.read, &q.sql, q.values).await?;
        Ok(CaseRecord {
            summary: decode_summary(&row)?,
            narrative: get(&row, "narrative")?,
            shareable_summary: get(&row, "shareable_summary")?,
            created_by: opt_row_id(&row, "created_by")?,
            closed_at: time(&row, "closed_at")?,
            scoped: ScopedCase::checked(id, scope),
        })
    }

    /// The case a caller's code belongs to, within the scope.
    #[tracing::instrument(level = "debug", skip_all, fields(scope = ?scope))]
    pub async fn case_id_by_code(&self, scope: Scope, code: &CaseCode) -> Result<CaseId> {
        let mut q = Query::new("SELECT c.id FROM cases c WHERE c.code_hash = ");
        q.bind(self.keys.case_code_hash(code.digits()));
        scope.restrict(&mut q);
        let row = found(&self.db.read, &q.sql, q.values).await?;
        row_id(&row, "id")
    }

    #[tracing::instrument(level = "debug", skip_all, fields(scope = ?scope, sort = ?sort))]
    pub async fn list_cases(
        &self,
        scope: Scope,
        filter: &CaseFilter,
        sort: CaseSort,
        limit: i64,
        offset: i64,
    ) -> Result<Page<CaseSummary>> {
        let wher = self.case_scope(scope, filter);
        self.case_page(wher, filter, sort, limit, offset).await
    }

    /// Like [`Store::list_cases`], but the page starts after `after` (keyset pagination):
    /// cases that arrive meanwhile do not shift the pages, so a client paging through sees
    /// every case once. Only the creation orders (`newest`, `oldest`) page by cursor.
    #[tracing::instrument(level = "debug", skip_all, fields(scope = ?scope, sort = ?sort))]
    pub async fn list_cases_after(
        &self,
        scope: Scope,
        filter: &CaseFilter,
        sort: CaseSort,
        after: Option<CaseCursor>,
        limit: i64,
    ) -> Result<Page<CaseSummary>> {
        let mut wher = self.case_scope(scope, filter);
        let before = match sort {
            CaseSort::Newest => " < ",
            CaseSort::Oldest => " > ",
            _ => return Err(StoreError::invalid("sort", "error-invalid-choice")),
        };
        if let Some(cursor) = after {
            if filter.text.is_some() {
                // A search comes in case id order (see `CaseSort::order_by`).
                wher.push(" AND t.rowid").push(before).bind(cursor.id.get());
            } else {
                wher.push(" AND (c.created_at")
                    .push(before)
                    .bind(cursor.created_at);
                wher.push(" OR (c.created_at = ").bind(cursor.created_at);
                wher.push(" AND c.id")
                    .push(before)
                    .bind(cursor.id.get())
                    .push("))");
            }
        }
        self.case_page(wher, filter, sort, limit, 0).await
    }

    /// One page of the cases `wher` selects (the filter's conditions and the scope's).
    async fn case_page(
        &self,
        wher: Query,
        filter: &CaseFilter,
        sort: CaseSort,
        limit: i64,
        offset: i64,
    ) -> Result<Page<CaseSummary>> {
        if filter.text.is_some() {
            return self.search_page(wher, filter, sort, limit, offset).await;
        }
        let count = Query::new(&format!("SELECT COUNT(*) AS n{FROM}")).then(wher.clone());
        let mut q = Query::new(&format!("SELECT {SUMMARY_COLUMNS}{FROM}")).then(wher);
        q.push(sort.order_by(filter));
        page(&self.db.read, count, q, limit, offset, decode_summary).await
    }

    /// A page of a text search. The ids of the matches are read once, in order, up to the
    /// page's end or [`SEARCH_COUNT_CAP`] and one more: their number is the count, and the
    /// page's slice of them is then read whole. A count and a page query would each pay
    /// for the index's matches of a common word (a prefix like `cong*` is about 20 ms at a
    /// million cases on SQLite).
    async fn search_page(
        &self,
        wher: Query,
        filter: &CaseFilter,
        sort: CaseSort,
        limit: i64,
        offset: i64,
    ) -> Result<Page<CaseSummary>> {
        let limit = limit.clamp(1, 500);
        let offset = offset.max(0);
        let wanted = (offset + limit).max(SEARCH_COUNT_CAP) + 1;
        let ids_from = |from: &str, matches: Option<String>, order: &str| {
            let mut ids = Query::new(&format!("SELECT c.id{from}")).then(wher.clone());
            if let Some(tsquery) = matches {
                ids.push(" AND t.rowid = ANY(ARRAY(SELECT m.rowid FROM case_text m WHERE m.tsv @@ to_tsquery('simple', ")
                    .bind(tsquery)
                    .push(")))");
            }
            ids.push(order).push(" LIMIT ").bind(wanted);
            ids
        };
        let terms = search_text::terms(filter.text.as_deref().unwrap_or_default());
        let mut ids = Vec::new();
        let postgres = self.db.engine == Engine::Postgres && !terms.is_empty();
        if postgres && sort == CaseSort::Newest {
            // PostgreSQL cannot estimate how many rows a prefix query (`cong:*`) matches,
            // so it walks every case for a rare word or hashes every case against a
            // common one. The newest cases are read first: if they hold the wanted
            // matches, those are the newest matches of all, found after a few thousand.
            ids = self
                .case_ids(ids_from(FROM_RECENT_TEXT, None, sort.order_by(filter)))
                .await?;
        }
        if i64::try_from(ids.len()).unwrap_or(i64::MAX) < wanted {
            // A rarer word on PostgreSQL: its matches are collected from the index first,
            // then looked up by id, whatever the planner guesses.
            let matches = postgres.then(|| tsquery(&terms));
            ids = self
                .case_ids(ids_from(FROM_TEXT, matches, sort.order_by(filter)))
                .await?;
        }
        let counted = i64::try_from(ids.len()).unwrap_or(i64::MAX);
        let shown: Vec<CaseId> = ids
            .into_iter()
            .skip(usize::try_from(offset).unwrap_or(usize::MAX))
            .take(usize::try_from(limit).unwrap_or(usize::MAX))
            .collect();
        let mut items = Vec::with_capacity(shown.len());
        if !shown.is_empty() {
            let mut q = Query::new(&format!("SELECT {SUMMARY_COLUMNS}{FROM} AND c.id IN ("));
            for (i, id) in shown.iter().enumerate() {
                if i > 0 {
                    q.push(", ");
                }
                q.bind(id.get());
            }
            q.push(")");
            let mut found: Vec<_> = rows(&self.db.read, &q.sql, q.values, decode_summary).await?;
            for id in &shown {
                if let Some(at) = found.iter().position(|c| c.id == *id) {
                    items.push(found.swap_remove(at));
                }
            }
        }
        Ok(Page {
            items,
            total: counted.min(SEARCH_COUNT_CAP),
            capped: counted > SEARCH_COUNT_CAP,
        })
    }

    /// The conditions every case list shares: the viewer's scope and the filter.
    fn case_scope(&self, scope: Scope, filter: &CaseFilter) -> Query {
        let mut wher = Query::default();
        scope.restrict(&mut wher);
        self.apply_filter(filter, &mut wher);
        wher
    }

    fn apply_filter(&self, f: &CaseFilter, q: &mut Query) {
        if let Some(status) = &f.status {
            q.push(" AND c.status = ").bind(status.clone());
        }
        if f.open_only {
            q.push(" AND c.status IN (SELECT code FROM case_statuses WHERE is_open = 1)");
        }
        if let Some(urgency) = f.urgency {
            q.push(" AND c.urgency = ").bind(urgency.code());
        }
        if let Some(category) = &f.category {
            q.push(" AND (c.category_code = ")
                .bind(category.clone())
                .push(" OR c.category_code IN (SELECT code FROM categories WHERE parent_code = ")
                .bind(category.clone())
                .push("))");
        }
        if let Some(workplace) = f.workplace_id {
            q.push(" AND c.workplace_id = ").bind(workplace.get());
        }
        match f.assigned {
            Some(Assignee::User(user)) => {
                q.push(" AND c.assigned_to = ").bind(user.get());
            }
            Some(Assignee::Nobody) => {
                q.push(" AND c.assigned_to IS NULL");
            }
            None => {}
        }
        if let Some(text) = &f.text {
            self.text_match(text, q);
        }
    }

    async fn case_ids(&self, q: Query) -> Result<Vec<CaseId>> {
        rows(&self.db.read, &q.sql, q.values, |row| row_id(row, "id")).await
    }

    /// Appends the engine's full-text predicate on the index read as `t` (`FROM_TEXT`).
    /// Every term must match, each as a prefix, so `অগ্নি` finds `অগ্নিকাণ্ড` and
    /// `cong nhan` finds `Công nhân`.
    fn text_match(&self, text: &str, q: &mut Query) {
        let terms = search_text::terms(text);
        if terms.is_empty() {
            q.push(" AND 1 = 0");
            return;
        }
        // Terms hold only letters, digits and Bengali marks, so quoting cannot be broken.
        match self.db.engine {
            Engine::Sqlite => {
                let expr: Vec<String> = terms.iter().map(|t| format!("\"{t}\"*")).collect();
                q.push(" AND case_text MATCH ").bind(expr.join(" "));
            }
            Engine::Postgres => {
                q.push(" AND t.tsv @@ to_tsquery('simple', ")
                    .bind(tsquery(&terms))
                    .push(")");
            }
        }
    }

    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn count_cases(&self) -> Result<i64> {
        count(&self.db.read, "SELECT COUNT(*) AS n FROM cases", vec![]).await
    }
}
