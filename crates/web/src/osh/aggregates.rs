//! `/osh/aggregates`: improvements by technical area, provider, region or month, counted
//! by the domain's rules (headline = verified only; one improvement once, in one area),
//! with risk reduction, band transitions, the low-cost share, visits on time and the
//! employer's and the workers' ratings; filtered by period, provider, region and area; an
//! SVG chart of verified and self-reported improvements with the table of the same numbers
//! beside it, and the same rows as CSV (`/osh/aggregates.csv`). Everything is inside the
//! viewer's scope; the database groups, so a programme's improvements come back as groups.

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Query, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::Deserialize;
use workvoice_domain::Millis;
use workvoice_domain::ids::OrgId;
use workvoice_domain::osh::{AreaTally, BandTransition, TechnicalArea, tally_groups};
use workvoice_domain::registry::write_table;
use workvoice_domain::reports::YearMonth;
use workvoice_store::{
    ImprovementGroup, OshFilter, OshGroupBy, OshGroupKey, OshScope, Store, StoreError,
};

use crate::error::WebError;
use crate::i18n::Tr;
use crate::osh::access::OshUser;
use crate::registry::browse::Choice;
use crate::shared::chart::{BarChart, Series, stacked_bars};
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

    fn store(self) -> OshGroupBy {
        match self {
            GroupBy::Area => OshGroupBy::Area,
            GroupBy::Provider => OshGroupBy::Provider,
            GroupBy::Region => OshGroupBy::Region,
            GroupBy::Month => OshGroupBy::Month,
        }
    }
}

/// A group's label as the reader sees it.
fn label(tr: Tr, key: &OshGroupKey) -> String {
    match key {
        OshGroupKey::Area(area) => tr.t(area.message_key()),
        OshGroupKey::Provider { name, .. } => name.clone(),
        OshGroupKey::Region { country, district } => region_label(country, district),
        OshGroupKey::Month(month) => tr.digits(month),
    }
}

fn region_label(country: &str, district: &str) -> String {
    format!("{} · {district}", country.to_uppercase())
}

/// Each group's key and tally, in key order (areas in their canonical order).
pub fn grouped(groups: Vec<ImprovementGroup>) -> Vec<(OshGroupKey, AreaTally)> {
    let mut by_key: std::collections::BTreeMap<OshGroupKey, Vec<_>> = Default::default();
    for g in groups {
        by_key.entry(g.key).or_default().push((g.fact, g.count));
    }
    by_key
        .into_iter()
        .map(|(key, facts)| (key, tally_groups(facts).total))
        .collect()
}

/// The improvements of `scope` and `filter` grouped `by`, and the total over all groups.
pub async fn counted(
    store: &Store,
    scope: OshScope,
    filter: &OshFilter,
    by: OshGroupBy,
) -> Result<(AreaTally, Vec<(OshGroupKey, AreaTally)>), StoreError> {
    let groups = store.improvement_groups(scope, filter, by).await?;
    let total = tally_groups(groups.iter().map(|g| (g.fact, g.count))).total;
    Ok((total, grouped(groups)))
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
    q: AggregatesQuery,
    /// The filter as a query string, for the CSV link.
    export_query: String,
    error: String,
    groupings: Vec<Choice>,
    providers: Vec<Choice>,
    regions: Vec<Choice>,
    areas: Vec<Choice>,
    headline: Vec<(String, String)>,
    chart: BarChart,
    rows: Vec<Row>,
    transitions: Vec<TransitionRow>,
}

#[derive(Debug, Clone, Default, Deserialize, serde::Serialize)]
#[serde(default)]
pub struct AggregatesQuery {
    pub by: String,
    /// `YYYY-MM`: improvements last changed (visits performed) from this month on…
    pub from: String,
    /// …to this month, included.
    pub to: String,
    /// A provider's organisation id.
    pub provider: String,
    /// `country/district`.
    pub region: String,
    /// A technical area code.
    pub area: String,
}

/// The instant a month starts in `zone` (the programme's months, as its reports count
/// them: in Dhaka a month starts six hours before it does in UTC).
fn month_start(m: YearMonth, zone: &jiff::tz::TimeZone) -> Option<Millis> {
    let month = i8::try_from(m.month).ok()?;
    let year = i16::try_from(m.year).ok()?;
    jiff::civil::date(year, month, 1)
        .to_zoned(zone.clone())
        .ok()
        .map(|z| Millis::from_timestamp(z.timestamp()))
}

impl AggregatesQuery {
    /// The store's filter, with months in `zone`, and a refused period as the field at
    /// fault (`from` or `to`) and the message id (the period then does not narrow). A
    /// choice that does not parse (only a hand-made address has one on the page) is none;
    /// see [`Self::unparsed_choice`].
    pub fn filter(
        &self,
        zone: &jiff::tz::TimeZone,
    ) -> (OshFilter, Option<(&'static str, &'static str)>) {
        let mut error = None;
        let mut month = |typed: &str, field: &'static str| {
            if typed.trim().is_empty() {
                return None;
            }
            let parsed = YearMonth::parse(typed);
            if parsed.is_none() {
                error = Some((field, "osh-period-error-month"));
            }
            parsed
        };
        let (from, to) = (month(&self.from, "from"), month(&self.to, "to"));
        let (from, to) = match (from, to) {
            (Some(f), Some(t)) if f > t => {
                error = Some(("from", "osh-period-error-period-reversed"));
                (None, None)
            }
            pair => pair,
        };
        let filter = OshFilter {
            provider: self.provider.trim().parse::<OrgId>().ok(),
            region: self
                .region
                .trim()
                .split_once('/')
                .map(|(c, d)| (c.to_owned(), d.to_owned())),
            area: TechnicalArea::parse(self.area.trim()),
            from: from.and_then(|f| month_start(f, zone)),
            until: to.and_then(|t| month_start(t.plus(1), zone)),
            zone: zone.clone(),
        };
        (filter, error)
    }

    /// The first of provider, region and area that was given but names nothing [`Self::filter`]
    /// can narrow by: the page only offers valid choices, the API refuses the rest.
    pub fn unparsed_choice(&self) -> Option<&'static str> {
        let given = |s: &str| !s.trim().is_empty();
        if given(&self.provider) && self.provider.trim().parse::<OrgId>().is_err() {
            return Some("provider");
        }
        if given(&self.region) && self.region.trim().split_once('/').is_none() {
            return Some("region");
        }
        if given(&self.area) && TechnicalArea::parse(self.area.trim()).is_none() {
            return Some("area");
        }
        None
    }

    /// The query string of the filter and grouping (for the CSV link).
    fn query_string(&self) -> String {
        serde_urlencoded::to_string(
            [
                ("by", &self.by),
                ("from", &self.from),
                ("to", &self.to),
                ("provider", &self.provider),
                ("region", &self.region),
                ("area", &self.area),
            ]
            .iter()
            .filter(|(_, v)| !v.trim().is_empty())
            .collect::<Vec<_>>(),
        )
        .unwrap_or_default()
    }
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

/// The filter's choices: providers and regions with improvements in scope, every area.
async fn choices(
    store: &Store,
    tr: Tr,
    scope: OshScope,
    q: &AggregatesQuery,
) -> Result<[Vec<Choice>; 3], WebError> {
    let providers = store
        .improvement_providers(scope)
        .await?
        .into_iter()
        .map(|(id, name)| Choice {
            selected: q.provider.trim() == id.get().to_string(),
            value: id.get().to_string(),
            label: name,
        })
        .collect();
    let regions = store
        .improvement_regions(scope)
        .await?
        .into_iter()
        .map(|r| {
            let value = format!("{}/{}", r.country, r.district);
            Choice {
                selected: q.region.trim() == value,
                label: region_label(&r.country, &r.district),
                value,
            }
        })
        .collect();
    let areas = TechnicalArea::ALL
        .iter()
        .map(|a| Choice {
            value: a.code().to_owned(),
            label: tr.t(a.message_key()),
            selected: q.area.trim() == a.code(),
        })
        .collect();
    Ok([providers, regions, areas])
}

pub async fn show(
    State(state): State<AppState>,
    user: OshUser,
    Query(q): Query<AggregatesQuery>,
) -> Result<Response, WebError> {
    let tr = user.tr();
    let by = GroupBy::parse(&q.by);
    let (filter, error) = q.filter(&crate::osh::access::zone(&state));
    let (total, groups) = counted(&state.store, user.scope, &filter, by.store()).await?;
    let ratings = state.store.rating_tally(user.scope, &filter).await?;
    let follow_up = state.store.follow_up_tally(user.scope, &filter).await?;
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
    let labels: Vec<String> = groups.iter().map(|(key, _)| label(tr, key)).collect();
    // The chart draws the table's first two columns, nothing else.
    let chart = stacked_bars(
        tr.t("osh-chart-label"),
        &labels,
        &[
            Series {
                label: tr.t("osh-headline-verified"),
                values: groups.iter().map(|(_, t)| t.verified).collect(),
            },
            Series {
                label: tr.t("osh-headline-self-reported"),
                values: groups.iter().map(|(_, t)| t.self_reported).collect(),
            },
        ],
        &|n| tr.number(n),
    );
    let rows = labels
        .into_iter()
        .zip(&groups)
        .map(|(label, (_, t))| Row {
            label,
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
    let [providers, regions, areas] = choices(&state.store, tr, user.scope, &q).await?;
    let page = AggregatesPage {
        chrome: user.chrome("osh_aggregates"),
        export_query: q.query_string(),
        error: error.map(|(_, k)| tr.t(k)).unwrap_or_default(),
        groupings: GroupBy::ALL
            .into_iter()
            .map(|g| Choice {
                value: g.code().to_owned(),
                label: tr.t(g.message_key()),
                selected: g == by,
            })
            .collect(),
        providers,
        regions,
        areas,
        headline,
        chart,
        rows,
        transitions,
        q,
    };
    Ok(if error.is_some() {
        (StatusCode::UNPROCESSABLE_ENTITY, page).into_response()
    } else {
        page.into_response()
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
    let (filter, _) = q.filter(&crate::osh::access::zone(&state));
    let (_, groups) = counted(&state.store, user.scope, &filter, by.store()).await?;
    let rows = groups.into_iter().map(|(key, t)| {
        vec![
            label(tr, &key),
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
