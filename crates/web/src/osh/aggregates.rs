//! `/osh/aggregates`: improvements by technical area, provider, region or month, counted
//! by the domain's rules (headline = verified only; one improvement once, in one area),
//! with risk reduction, band transitions, the low-cost share, visits on time and the
//! employer's and the workers' ratings; an SVG chart with the table beside it, and the
//! same rows as CSV (`/osh/aggregates.csv`). Everything is inside the viewer's scope.

use std::collections::BTreeMap;

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Query, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use serde::Deserialize;
use workvoice_domain::osh::{AreaTally, BandTransition, tally};
use workvoice_domain::registry::write_table;
use workvoice_store::GroupedFact;

use crate::error::WebError;
use crate::i18n::Tr;
use crate::osh::access::OshUser;
use crate::registry::browse::Choice;
use crate::shared::bars::{Bar, BarChart, bar_chart};
use crate::shared::chrome::Chrome;
use crate::state::AppState;

/// What the rows are grouped by.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GroupBy {
    Area,
    Provider,
    Region,
    Month,
}

impl GroupBy {
    const ALL: [GroupBy; 4] = [
        GroupBy::Area,
        GroupBy::Provider,
        GroupBy::Region,
        GroupBy::Month,
    ];

    fn code(self) -> &'static str {
        match self {
            GroupBy::Area => "area",
            GroupBy::Provider => "provider",
            GroupBy::Region => "region",
            GroupBy::Month => "month",
        }
    }

    fn message_key(self) -> &'static str {
        match self {
            GroupBy::Area => "osh-by-area",
            GroupBy::Provider => "osh-by-provider",
            GroupBy::Region => "osh-by-region",
            GroupBy::Month => "osh-by-month",
        }
    }

    fn parse(s: &str) -> GroupBy {
        GroupBy::ALL
            .into_iter()
            .find(|g| g.code() == s.trim())
            .unwrap_or(GroupBy::Area)
    }

    /// The group `fact` belongs to: (sort key and code, label).
    fn key(self, tr: Tr, g: &GroupedFact) -> (String, String) {
        match self {
            GroupBy::Area => (
                format!("{:02}", g.fact.area as u8),
                tr.t(g.fact.area.message_key()),
            ),
            GroupBy::Provider => (g.provider.clone(), g.provider.clone()),
            GroupBy::Region => {
                let region = format!("{} · {}", g.country.to_uppercase(), g.district);
                (region.clone(), region)
            }
            GroupBy::Month => (g.month.clone(), tr.digits(&g.month)),
        }
    }
}

/// Each group's label and tally, in key order.
pub fn grouped(tr: Tr, by: GroupBy, facts: &[GroupedFact]) -> Vec<(String, AreaTally)> {
    let mut groups: BTreeMap<String, (String, Vec<workvoice_domain::osh::ImprovementFact>)> =
        BTreeMap::new();
    for g in facts {
        let (key, label) = by.key(tr, g);
        groups
            .entry(key)
            .or_insert_with(|| (label, Vec::new()))
            .1
            .push(g.fact);
    }
    groups
        .into_values()
        .map(|(label, facts)| (label, tally(facts).total))
        .collect()
}

pub struct Row {
    pub label: String,
    pub verified: String,
    pub self_reported: String,
    pub open: String,
    pub low_cost: String,
    pub risk_reduction: String,
    pub band_reductions: String,
}

pub struct TransitionRow {
    pub from: String,
    pub to: String,
    pub count: String,
}

#[derive(Template, WebTemplate)]
#[template(path = "osh/aggregates.html")]
pub struct AggregatesPage {
    chrome: Chrome,
    by: &'static str,
    groupings: Vec<Choice>,
    headline: Vec<(String, String)>,
    chart: BarChart,
    rows: Vec<Row>,
    transitions: Vec<TransitionRow>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct AggregatesQuery {
    by: String,
}

fn percent(tr: Tr, value: Option<i64>) -> String {
    value.map_or_else(|| tr.t("osh-none-yet"), |p| format!("{} %", tr.number(p)))
}

fn mean(tr: Tr, sum: i64, n: i64) -> String {
    if n == 0 {
        return tr.t("osh-none-yet");
    }
    let tenths = (sum * 10 + n / 2) / n;
    tr.digits(&format!("{}.{}", tenths / 10, tenths % 10))
}

pub async fn show(
    State(state): State<AppState>,
    user: OshUser,
    Query(q): Query<AggregatesQuery>,
) -> Result<AggregatesPage, WebError> {
    let tr = user.tr();
    let by = GroupBy::parse(&q.by);
    let facts = state.store.improvement_facts(user.scope).await?;
    let total = tally(facts.iter().map(|g| g.fact)).total;
    let ratings = state.store.rating_tally(user.scope).await?;
    let follow_up = state.store.follow_up_tally(user.scope).await?;
    let groups = grouped(tr, by, &facts);
    let headline = vec![
        (tr.t("osh-headline-verified"), tr.number(total.verified)),
        (
            tr.t("osh-headline-self-reported"),
            tr.number(total.self_reported),
        ),
        (tr.t("osh-headline-open"), tr.number(total.open)),
        (
            tr.t("osh-headline-low-cost"),
            percent(tr, total.low_cost_percent()),
        ),
        (
            tr.t("osh-headline-risk-reduction"),
            tr.number(total.risk_reduction),
        ),
        (
            tr.t("osh-headline-band-reductions"),
            tr.number(total.band_reductions()),
        ),
        (
            tr.t("osh-headline-on-time"),
            tr.t_args(
                "osh-of",
                &[
                    ("done", tr.number(follow_up.on_time).into()),
                    ("total", tr.number(follow_up.performed).into()),
                ],
            ),
        ),
        (
            tr.t("osh-headline-employer-rating"),
            mean(tr, ratings.employer_sum, ratings.employer_views),
        ),
        (
            tr.t("osh-headline-worker-rating"),
            mean(tr, ratings.worker_sum, ratings.worker_views),
        ),
    ];
    let chart = bar_chart(
        groups
            .iter()
            .map(|(label, t)| Bar {
                label: label.clone(),
                value: t.verified,
                shown: tr.number(t.verified),
            })
            .collect(),
    );
    let rows = groups
        .iter()
        .map(|(label, t)| Row {
            label: label.clone(),
            verified: tr.number(t.verified),
            self_reported: tr.number(t.self_reported),
            open: tr.number(t.open),
            low_cost: percent(tr, t.low_cost_percent()),
            risk_reduction: tr.number(t.risk_reduction),
            band_reductions: tr.number(t.band_reductions()),
        })
        .collect();
    let transitions = BandTransition::all()
        .filter_map(|t| {
            total.transitions.get(&t).map(|n| TransitionRow {
                from: tr.t(t.from.message_key()),
                to: tr.t(t.to.message_key()),
                count: tr.number(*n),
            })
        })
        .collect();
    Ok(AggregatesPage {
        chrome: user.chrome("osh_aggregates"),
        by: by.code(),
        groupings: GroupBy::ALL
            .into_iter()
            .map(|g| Choice {
                value: g.code().to_owned(),
                label: tr.t(g.message_key()),
                selected: g == by,
            })
            .collect(),
        headline,
        chart,
        rows,
        transitions,
    })
}

/// The grouped rows as CSV, with codes and plain digits (for spreadsheets).
pub async fn csv(
    State(state): State<AppState>,
    user: OshUser,
    Query(q): Query<AggregatesQuery>,
) -> Result<Response, WebError> {
    let tr = Tr::new(workvoice_domain::Language::En);
    let by = GroupBy::parse(&q.by);
    let facts = state.store.improvement_facts(user.scope).await?;
    let rows = grouped(tr, by, &facts).into_iter().map(|(label, t)| {
        vec![
            label,
            t.verified.to_string(),
            t.self_reported.to_string(),
            t.open.to_string(),
            t.abandoned.to_string(),
            t.verified_low_cost.to_string(),
            t.risk_reduction.to_string(),
            t.band_reductions().to_string(),
        ]
    });
    let body = write_table(
        &[
            by.code(),
            "verified",
            "self_reported",
            "open",
            "abandoned",
            "verified_low_cost",
            "risk_reduction",
            "band_reductions",
        ],
        rows,
    );
    Ok((
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8"),
            (
                header::CONTENT_DISPOSITION,
                "attachment; filename=\"workvoice-osh-aggregates.csv\"",
            ),
            (header::CACHE_CONTROL, "no-store"),
        ],
        body,
    )
        .into_response())
}
