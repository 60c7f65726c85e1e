//! Seeding an awareness programme at scale for the benchmark (issue 9: the priority list
//! over 10,000 workplaces with 1,000,000 cases): workplaces with their trainings,
//! materials, play reports and checks, and calls as bare case rows, all in multi-row
//! inserts. Only what the priority list and the headline figures read is filled in: the
//! calls have no caller, event or search text, so they are for measuring, never for a
//! demo.

use sea_orm::{ConnectionTrait, Value};
use workvoice_domain::Millis;
use workvoice_domain::ids::WorkplaceId;

use crate::Store;
use crate::db::{all, get, rows};
use crate::error::Result;

/// Bind values per statement: well inside SQLite's 32,766 and PostgreSQL's 65,535.
const VALUES_PER_STATEMENT: usize = 20_000;
/// Rows per transaction.
const ROWS_PER_TRANSACTION: usize = 50_000;
const DAY: i64 = 86_400_000;

/// `INSERT INTO table (columns) VALUES (…), (…) …` over `rows`, chunked; with
/// `returning`, the ids of the rows in order.
async fn insert_rows(
    conn: &impl ConnectionTrait,
    table: &str,
    columns: &[&str],
    rows: Vec<Vec<Value>>,
    returning: bool,
) -> Result<Vec<i64>> {
    let per = (VALUES_PER_STATEMENT / columns.len()).max(1);
    let mut ids = Vec::new();
    let mut rows = rows.into_iter().peekable();
    while rows.peek().is_some() {
        let mut sql = format!("INSERT INTO {table} ({}) VALUES ", columns.join(", "));
        let mut values = Vec::with_capacity(per * columns.len());
        for (r, row) in rows.by_ref().take(per).enumerate() {
            if r > 0 {
                sql.push_str(", ");
            }
            sql.push('(');
            for (c, v) in row.into_iter().enumerate() {
                if c > 0 {
                    sql.push_str(", ");
                }
                values.push(v);
                sql.push('$');
                sql.push_str(&values.len().to_string());
            }
            sql.push(')');
        }
        if returning {
            sql.push_str(" RETURNING id");
            for row in all(conn, &sql, values).await? {
                ids.push(row.try_get::<i64>("", "id")?);
            }
        } else {
            crate::db::exec(conn, &sql, values).await?;
        }
    }
    Ok(ids)
}

/// `today - days` as `YYYY-MM-DD`.
fn day(today: jiff::civil::Date, days: i64) -> String {
    crate::awareness::before(today, 0, days)
}

impl Store {
    /// Seeds `workplaces` active workplaces with a year of programme records (every tenth
    /// one silent and barely trained, the rest varied by their index) and `calls` calls
    /// spread over the year among the talking nine tenths, a quarter of them test or
    /// informational. Returns the workplaces' ids.
    #[tracing::instrument(level = "debug", skip_all, fields(workplaces, calls))]
    pub async fn seed_programme_bulk(
        &self,
        workplaces: usize,
        calls: usize,
        now: i64,
        today: jiff::civil::Date,
    ) -> Result<Vec<WorkplaceId>> {
        let n = workplaces as i64;
        let tx = self.db.write.begin().await?;
        let orgs = insert_rows(
            &tx,
            "organisations",
            &["kind", "name", "created_at"],
            (0..n)
                .map(|i| {
                    vec![
                        "workplace".into(),
                        format!("Programme Garments {i}").into(),
                        now.into(),
                    ]
                })
                .collect(),
            true,
        )
        .await?;
        let ids = insert_rows(
            &tx,
            "workplaces",
            &[
                "organisation_id",
                "name",
                "name_fold",
                "country",
                "district",
                "workers_total",
                "workers_women",
                "onboarding_status",
                "invited_on",
                "active_on",
                "created_at",
                "updated_at",
            ],
            orgs.iter()
                .enumerate()
                .map(|(i, org)| {
                    let workers = 200 + (i as i64 * 7_919) % 6_000;
                    vec![
                        (*org).into(),
                        format!("Programme Garments {i}").into(),
                        format!("programme garments {i}").into(),
                        "BD".into(),
                        ["Gazipur", "Dhaka", "Narayanganj", "Chattogram"][i % 4].into(),
                        workers.into(),
                        (workers * 6 / 10).into(),
                        "active".into(),
                        day(today, 360).into(),
                        day(today, 320).into(),
                        now.into(),
                        now.into(),
                    ]
                })
                .collect(),
            true,
        )
        .await?;
        tx.commit().await?;

        let silent = |i: usize| i.is_multiple_of(10);
        let mut trainings = Vec::new();
        let mut materials = Vec::new();
        let mut plays = Vec::new();
        let mut checks = Vec::new();
        for (i, id) in ids.iter().enumerate() {
            let w = Value::from(*id);
            let workers = 200 + (i as i64 * 7_919) % 6_000;
            let spread = (i as i64 * 37) % 300;
            let trained = if silent(i) {
                workers / 10
            } else {
                workers * 7 / 10
            };
            trainings.push(vec![
                w.clone(),
                day(today, 30 + spread).into(),
                "Bench Trainer".into(),
                (trained * 6 / 10).into(),
                (trained - trained * 6 / 10).into(),
                25.into(),
                "helpline_number,after_calling".into(),
                now.into(),
            ]);
            let cards = if silent(i) { workers / 5 } else { workers };
            for (kind, q) in [("helpline_card", cards), ("poster", workers / 250 + 1)] {
                materials.push(vec![
                    w.clone(),
                    day(today, 300).into(),
                    kind.into(),
                    q.into(),
                    now.into(),
                ]);
            }
            let played = if silent(i) { 0 } else { (i % 12) as i64 + 1 };
            for p in 0..played {
                plays.push(vec![
                    w.clone(),
                    day(today, 1 + p * 7).into(),
                    2.into(),
                    "".into(),
                    now.into(),
                ]);
            }
            let yes = if silent(i) { 4 } else { 8 + (i % 12) as i64 };
            checks.push(vec![
                w,
                day(today, 20 + spread / 2).into(),
                20.into(),
                yes.into(),
                (yes - 2).max(0).into(),
                (yes - 4).max(0).into(),
                now.into(),
            ]);
        }
        let tx = self.db.write.begin().await?;
        insert_rows(
            &tx,
            "awareness_trainings",
            &[
                "workplace_id",
                "held_on",
                "trainer",
                "women",
                "men",
                "group_size",
                "topics",
                "recorded_at",
            ],
            trainings,
            false,
        )
        .await?;
        insert_rows(
            &tx,
            "awareness_materials",
            &[
                "workplace_id",
                "given_on",
                "kind",
                "quantity",
                "recorded_at",
            ],
            materials,
            false,
        )
        .await?;
        insert_rows(
            &tx,
            "awareness_plays",
            &["workplace_id", "played_on", "shifts", "note", "recorded_at"],
            plays,
            false,
        )
        .await?;
        insert_rows(
            &tx,
            "awareness_checks",
            &[
                "workplace_id",
                "checked_on",
                "sampled",
                "knows_number",
                "carries_card",
                "knows_process",
                "recorded_at",
            ],
            checks,
            false,
        )
        .await?;
        tx.commit().await?;

        let talking: Vec<i64> = ids
            .iter()
            .enumerate()
            .filter(|(i, _)| !silent(*i))
            .map(|(_, id)| *id)
            .collect();
        let columns = [
            "code_hash",
            "workplace_id",
            "category_code",
            "urgency",
            "language",
            "channel",
            "summary",
            "narrative",
            "shareable_summary",
            "status",
            "created_at",
            "updated_at",
        ];
        let year = 365 * DAY;
        let mut made = 0;
        while made < calls && !talking.is_empty() {
            let size = ROWS_PER_TRANSACTION.min(calls - made);
            let rows = (made..made + size)
                .map(|c| {
                    let w = talking[(c * 7_919) % talking.len()];
                    let at = now - year + (c as i64 * 7_907) % year;
                    let category = if c.is_multiple_of(4) {
                        "informational.test_call"
                    } else {
                        ["wages.unpaid", "osh.heat", "hours.overtime"][c % 3]
                    };
                    vec![
                        format!("bench-programme-{now}-{c}").into(),
                        w.into(),
                        category.into(),
                        "normal".into(),
                        "bn".into(),
                        "phone".into(),
                        "".into(),
                        "".into(),
                        "".into(),
                        "closed".into(),
                        at.into(),
                        at.into(),
                    ]
                })
                .collect();
            let tx = self.db.write.begin().await?;
            insert_rows(&tx, "cases", &columns, rows, false).await?;
            tx.commit().await?;
            made += size;
        }
        Ok(ids.into_iter().map(WorkplaceId::new).collect())
    }
}

/// Statuses of the seeded improvements, in proportion: most made, some verified.
const OSH_STATUSES: [(&str, Option<&str>); 8] = [
    ("verified", Some("observed_on_visit")),
    ("verified", Some("photo")),
    ("verified", Some("worker_confirmed")),
    ("done", Some("self_reported")),
    ("done", None),
    ("in_progress", None),
    ("planned", None),
    ("proposed", None),
];

impl Store {
    /// Seeds `improvements` OSH improvements over the registry's first `workplaces`
    /// workplaces, split between two providers, in every area and status with risk before
    /// (and after, once made): what the aggregates read, for the benchmark. Returns the
    /// number of workplaces used.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn seed_osh_bulk(
        &self,
        improvements: usize,
        workplaces: usize,
        now: i64,
    ) -> Result<usize> {
        use workvoice_domain::osh::TechnicalArea;
        let providers = [
            self.create_provider("Bench Provider North", Millis(now))
                .await?,
            self.create_provider("Bench Provider South", Millis(now))
                .await?,
        ];
        let ids: Vec<i64> = rows(
            &self.db.read,
            "SELECT id FROM workplaces ORDER BY id LIMIT $1",
            vec![(workplaces as i64).into()],
            |r| get(r, "id"),
        )
        .await?;
        if ids.is_empty() {
            return Ok(0);
        }
        let areas = TechnicalArea::ALL;
        let mut done = 0;
        while done < improvements {
            let chunk = (improvements - done).min(ROWS_PER_TRANSACTION);
            let rows = (done..done + chunk)
                .map(|i| {
                    let (status, verification) = OSH_STATUSES[i % OSH_STATUSES.len()];
                    let made = verification.is_some() || status == "done";
                    let before = (2 + (i % 4) as i64, 2 + (i / 7 % 4) as i64);
                    let after = made.then(|| (1 + (i % 2) as i64, before.1));
                    vec![
                        ids[i % ids.len()].into(),
                        providers[i % 2].get().into(),
                        "direct".into(),
                        areas[i % areas.len()].code().into(),
                        format!("Bench improvement {i}").into(),
                        "engineering".into(),
                        ((i % 3 != 0) as i64).into(),
                        status.into(),
                        verification.map(str::to_owned).into(),
                        before.0.into(),
                        before.1.into(),
                        after.map(|a| a.0).into(),
                        after.map(|a| a.1).into(),
                        (now - (i % 365) as i64 * DAY).into(),
                        (now - (i % 365) as i64 * DAY).into(),
                    ]
                })
                .collect();
            let tx = self.db.write.begin().await?;
            insert_rows(
                &tx,
                "osh_improvements",
                &[
                    "workplace_id",
                    "provider_org_id",
                    "source",
                    "area",
                    "description",
                    "control_level",
                    "low_cost",
                    "status",
                    "verification",
                    "before_likelihood",
                    "before_severity",
                    "after_likelihood",
                    "after_severity",
                    "created_at",
                    "updated_at",
                ],
                rows,
                false,
            )
            .await?;
            tx.commit().await?;
            done += chunk;
        }
        Ok(ids.len())
    }
}

impl Store {
    /// Enrols every workplace with an OSH improvement in a new programme `name`, with the
    /// provider of its first improvement: the programme the benchmark writes every
    /// enterprise's feedback report for. Returns the programme.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn seed_osh_enrolments_bulk(
        &self,
        name: &str,
        now: i64,
    ) -> Result<workvoice_domain::ids::ProgrammeId> {
        let programme = self
            .create_programme(
                &crate::NewProgramme {
                    name: name.into(),
                    methodology: workvoice_domain::osh::Methodology::Wise,
                    starts_on: jiff::civil::date(2026, 1, 1),
                    ends_on: None,
                    partners: String::new(),
                },
                Millis(now),
            )
            .await?;
        crate::db::exec(
            &self.db.write,
            "INSERT INTO osh_enrolments (programme_id, workplace_id, provider_org_id, enrolled_on, created_at) \
             SELECT $1, i.workplace_id, MIN(i.provider_org_id), '2026-01-05', $2 FROM osh_improvements i GROUP BY i.workplace_id",
            vec![programme.get().into(), now.into()],
        )
        .await?;
        Ok(programme)
    }
}
