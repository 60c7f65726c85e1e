//! The awareness score's inputs gathered for every workplace at once — one grouped query
//! per kind of record, joined in memory — and the training priority list built from
//! them (issue 9 item 4). The list is computed whole (10,000 workplaces are a few hundred
//! kilobytes) and sorted by need, so every page and filter sees the same order.

use std::collections::HashMap;

use jiff::civil::Date;
use workvoice_domain::Millis;
use workvoice_domain::awareness::{
    AwarenessInputs, AwarenessScore, CheckTally, FollowUpStatus, MaterialKind, awareness_score,
    training_need,
};
use workvoice_domain::ids::{OrgId, UserId, WorkplaceId};
use workvoice_domain::registry::OnboardingStatus;
use workvoice_domain::{Country, StoredCode};

use crate::Store;
use crate::awareness::before;
use crate::db::{StoredTime, all, code, exec, get, row_id, rows, time};
use crate::error::{Result, StoreError};
use crate::query::Query;

/// What the priority list filters by; empty fields filter nothing.
#[derive(Debug, Clone, Default)]
pub struct PriorityFilter {
    pub country: Option<Country>,
    /// Exact district (Bangladesh) or province (Vietnam), case ignored.
    pub district: String,
    /// Only suppliers of this brand.
    pub brand: Option<OrgId>,
    /// Only this workplace (its own record page shows its score).
    pub workplace: Option<WorkplaceId>,
}

/// One workplace on the priority list.
#[derive(Debug, Clone, PartialEq)]
pub struct PriorityRow {
    pub workplace: WorkplaceId,
    pub name: String,
    pub country: String,
    pub district: String,
    pub workers_total: i64,
    pub status: OnboardingStatus,
    pub inputs: AwarenessInputs,
    pub score: AwarenessScore,
    /// Missing score × workers: the list's order.
    pub need: i64,
    pub last_training: Option<String>,
    /// The follow-up training marked for it, and when.
    pub follow_up: Option<(FollowUpStatus, Millis)>,
}

/// A brand's view of one supplier: what the programme did there, in counts. It has no
/// call field on purpose: calls are the helpline's, and a count of them would tell a
/// brand that cases exist before any was reported to it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SupplierCoverage {
    pub workplace: WorkplaceId,
    pub name: String,
    pub workers_total: i64,
    pub status: OnboardingStatus,
    pub last_training: Option<String>,
    pub workers_trained: i64,
    pub cards_distributed: i64,
    pub posters_displayed: i64,
    pub checks: CheckTally,
}

/// Workplace columns the list needs; the filter applies here only.
struct Base {
    id: WorkplaceId,
    name: String,
    country: String,
    district: String,
    workers_total: i64,
    status: OnboardingStatus,
}

#[derive(Default, Clone)]
struct Gathered {
    inputs: AwarenessInputs,
    last_training: Option<String>,
}

/// Binds the codes of the substantive categories as a list (`'…', '…'`), so counting calls
/// reads the covering index `cases_workplace_calls` alone, without a join per case. A
/// taxonomy without substantive categories binds one code no case has.
pub(crate) async fn substantive_codes(store: &Store, q: &mut Query) -> Result<()> {
    let codes: Vec<String> = rows(
        &store.db.read,
        "SELECT code FROM categories WHERE substantive = 1 ORDER BY code",
        vec![],
        |r| get(r, "code"),
    )
    .await?;
    if codes.is_empty() {
        q.bind(String::new());
    }
    for (i, code) in codes.into_iter().enumerate() {
        if i > 0 {
            q.push(", ");
        }
        q.bind(code);
    }
    Ok(())
}

/// Grouped rows with their workplace id (column `w`) decoded.
fn per_workplace(rows: &[sea_orm::QueryResult]) -> Result<Vec<(i64, &sea_orm::QueryResult)>> {
    rows.iter().map(|r| Ok((get(r, "w")?, r))).collect()
}

impl Store {
    async fn priority_bases(&self, filter: &PriorityFilter) -> Result<Vec<Base>> {
        let mut q = Query::new(
            "SELECT w.id, w.name, w.country, w.district, w.workers_total, w.onboarding_status FROM workplaces w WHERE w.onboarding_status <> ",
        );
        q.bind(OnboardingStatus::Suspended.stored_code());
        if let Some(c) = filter.country {
            q.push(" AND w.country = ").bind(c.code());
        }
        let district = filter.district.trim();
        if !district.is_empty() {
            q.push(" AND LOWER(w.district) = LOWER(")
                .bind(district.to_owned())
                .push(")");
        }
        if let Some(w) = filter.workplace {
            q.push(" AND w.id = ").bind(w.get());
        }
        if let Some(b) = filter.brand {
            q.push(" AND w.id IN (SELECT workplace_id FROM workplace_brands WHERE brand_organisation_id = ")
                .bind(b.get())
                .push(")");
        }
        rows(&self.db.read, &q.sql, q.values, |r| {
            Ok(Base {
                id: row_id(r, "id")?,
                name: get(r, "name")?,
                country: get(r, "country")?,
                district: get(r, "district")?,
                workers_total: get(r, "workers_total")?,
                status: code(r, "onboarding_status")?,
            })
        })
        .await
    }

    /// The score's inputs of every workplace that has any record, keyed by workplace id;
    /// calls only `with_calls`. Five (or six) grouped queries whatever the number of
    /// workplaces.
    async fn gather_inputs(
        &self,
        today: Date,
        now: Millis,
        with_calls: bool,
    ) -> Result<HashMap<i64, Gathered>> {
        let conn = &self.db.read;
        let year_ago = before(today, 12, 0);
        let mut out: HashMap<i64, Gathered> = HashMap::new();
        let checks = all(
            conn,
            "SELECT workplace_id AS w, CAST(SUM(sampled) AS BIGINT) AS s, CAST(SUM(knows_number) AS BIGINT) AS kn, CAST(SUM(carries_card) AS BIGINT) AS cc, CAST(SUM(knows_process) AS BIGINT) AS kp \
             FROM awareness_checks WHERE checked_on >= $1 GROUP BY workplace_id",
            vec![year_ago.clone().into()],
        )
        .await?;
        for (w, r) in per_workplace(&checks)? {
            out.entry(w).or_default().inputs.checks = CheckTally {
                sampled: get(r, "s")?,
                knows_number: get(r, "kn")?,
                carries_card: get(r, "cc")?,
                knows_process: get(r, "kp")?,
            };
        }
        let trainings = all(
            conn,
            "SELECT workplace_id AS w, MAX(held_on) AS last_on, CAST(SUM(CASE WHEN held_on >= $1 THEN women + men ELSE 0 END) AS BIGINT) AS trained \
             FROM awareness_trainings GROUP BY workplace_id",
            vec![year_ago.clone().into()],
        )
        .await?;
        for (w, r) in per_workplace(&trainings)? {
            let last: String = get(r, "last_on")?;
            let held: Date = last
                .parse()
                .map_err(|_| StoreError::undecodable("held_on", last.clone()))?;
            let g = out.entry(w).or_default();
            g.inputs.days_since_training = Some(i64::from((today - held).get_days()));
            g.inputs.workers_trained = get(r, "trained")?;
            g.last_training = Some(last);
        }
        let materials = all(
            conn,
            "SELECT workplace_id AS w, CAST(SUM(CASE WHEN kind = $1 THEN quantity ELSE 0 END) AS BIGINT) AS cards, CAST(SUM(CASE WHEN kind = $2 THEN quantity ELSE 0 END) AS BIGINT) AS posters \
             FROM awareness_materials GROUP BY workplace_id",
            vec![
                MaterialKind::HelplineCard.stored_code().into(),
                MaterialKind::Poster.stored_code().into(),
            ],
        )
        .await?;
        for (w, r) in per_workplace(&materials)? {
            let g = out.entry(w).or_default();
            g.inputs.cards_distributed = get(r, "cards")?;
            g.inputs.posters_displayed = get(r, "posters")?;
        }
        let plays = all(
            conn,
            "SELECT workplace_id AS w, COUNT(*) AS n FROM awareness_plays WHERE played_on >= $1 GROUP BY workplace_id",
            vec![before(today, 0, 90).into()],
        )
        .await?;
        for (w, r) in per_workplace(&plays)? {
            out.entry(w).or_default().inputs.recording_plays = get(r, "n")?;
        }
        if with_calls {
            // A year back in milliseconds is close enough for a rate; the figures page
            // counts calendar months exactly.
            let since = now.minus(365 * 86_400_000);
            let mut q =
                Query::new("SELECT c.workplace_id AS w, CAST(SUM(CASE WHEN c.category_code IN (");
            substantive_codes(self, &mut q).await?;
            q.push(") THEN 1 ELSE 0 END) AS BIGINT) AS subst, COUNT(*) AS n FROM cases c WHERE c.workplace_id IS NOT NULL AND c.created_at >= ")
                .bind(since.value())
                .push(" GROUP BY c.workplace_id");
            let calls = all(conn, &q.sql, q.values).await?;
            for (w, r) in per_workplace(&calls)? {
                let subst: i64 = get(r, "subst")?;
                let n: i64 = get(r, "n")?;
                let g = out.entry(w).or_default();
                g.inputs.substantive_calls = subst;
                g.inputs.informational_calls = n - subst;
            }
        }
        Ok(out)
    }

    /// Every workplace the filter selects (suspended ones excepted), scored, neediest
    /// first (then lowest score, then name). Programme staff only: it counts calls.
    #[tracing::instrument(level = "debug", skip_all, fields(country = ?filter.country, brand = ?filter.brand))]
    pub async fn awareness_priorities(
        &self,
        filter: &PriorityFilter,
        today: Date,
        now: Millis,
    ) -> Result<Vec<PriorityRow>> {
        let bases = self.priority_bases(filter).await?;
        let mut gathered = self.gather_inputs(today, now, true).await?;
        let follow_ups: HashMap<i64, (FollowUpStatus, Millis)> = rows(
            &self.db.read,
            "SELECT workplace_id AS w, status, updated_at FROM awareness_follow_ups",
            vec![],
            |r| Ok((get(r, "w")?, (code(r, "status")?, time(r, "updated_at")?))),
        )
        .await?;
        let mut rows: Vec<PriorityRow> = bases
            .into_iter()
            .map(|b| {
                let g = gathered.remove(&b.id.get()).unwrap_or_default();
                let inputs = AwarenessInputs {
                    workers_total: b.workers_total,
                    ..g.inputs
                };
                let score = awareness_score(&inputs);
                PriorityRow {
                    need: training_need(score.score, b.workers_total),
                    follow_up: follow_ups.get(&b.id.get()).copied(),
                    workplace: b.id,
                    name: b.name,
                    country: b.country,
                    district: b.district,
                    workers_total: b.workers_total,
                    status: b.status,
                    inputs,
                    score,
                    last_training: g.last_training,
                }
            })
            .collect();
        rows.sort_by(|a, b| {
            b.need
                .cmp(&a.need)
                .then(a.score.score.cmp(&b.score.score))
                .then_with(|| a.name.cmp(&b.name))
                .then(a.workplace.cmp(&b.workplace))
        });
        Ok(rows)
    }

    /// What the programme did at a brand's suppliers, in counts (no calls), by name.
    #[tracing::instrument(level = "debug", skip_all, fields(brand = %brand))]
    pub async fn supplier_coverage(
        &self,
        brand: OrgId,
        today: Date,
    ) -> Result<Vec<SupplierCoverage>> {
        let filter = PriorityFilter {
            brand: Some(brand),
            ..PriorityFilter::default()
        };
        let mut bases = self.priority_bases(&filter).await?;
        bases.sort_by(|a, b| a.name.cmp(&b.name));
        let mut gathered = self.gather_inputs(today, Millis(0), false).await?;
        Ok(bases
            .into_iter()
            .map(|b| {
                let g = gathered.remove(&b.id.get()).unwrap_or_default();
                SupplierCoverage {
                    workplace: b.id,
                    name: b.name,
                    workers_total: b.workers_total,
                    status: b.status,
                    last_training: g.last_training,
                    workers_trained: g.inputs.workers_trained,
                    cards_distributed: g.inputs.cards_distributed,
                    posters_displayed: g.inputs.posters_displayed,
                    checks: g.inputs.checks,
                }
            })
            .collect())
    }

    /// Marks the follow-up training of a workplace planned or done (the latest mark wins).
    #[tracing::instrument(level = "debug", skip_all, fields(workplace = %workplace, status = status.code()))]
    pub async fn set_follow_up(
        &self,
        workplace: WorkplaceId,
        status: FollowUpStatus,
        by: UserId,
        at: Millis,
    ) -> Result<()> {
        self.workplace(workplace).await?;
        exec(
            &self.db.write,
            "INSERT INTO awareness_follow_ups (workplace_id, status, updated_by, updated_at) VALUES ($1, $2, $3, $4) \
             ON CONFLICT (workplace_id) DO UPDATE SET status = excluded.status, updated_by = excluded.updated_by, updated_at = excluded.updated_at",
            vec![
                workplace.get().into(),
                status.stored_code().into(),
                by.get().into(),
                at.value(),
            ],
        )
        .await
        .map(|_| ())
    }
}
