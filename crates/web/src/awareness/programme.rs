//! `/awareness/programme`: the programme's headline figures (issue 9 item 5) — workers with
//! access (workers of active workplaces), workplaces covered, calls per month split into
//! substantive and informational/test, calls per 1,000 workers by workplace, workplaces
//! with zero calls, trainings held and workers trained by gender, cards handed out — each
//! monthly figure as an SVG chart with its table beside it.

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::State;
use workvoice_domain::ids::WorkplaceId;
use workvoice_store::{PriorityFilter, months_ending};

use crate::auth::roles::ProgrammeStaff;
use crate::awareness::today;
use crate::error::WebError;
use crate::i18n::Tr;
use crate::shared::chart::{BarChart, series_table, stacked_bars, translated};
use crate::shared::chrome::Chrome;
use crate::state::AppState;

/// Months on the charts: a year, this one included.
const MONTHS: usize = 12;
/// Workplaces listed by call rate.
const RATE_ROWS: usize = 20;

pub struct Headline {
    pub label: String,
    pub value: String,
}

/// A chart and the table of the same numbers: header, then one row per month.
pub struct Figure {
    pub id: &'static str,
    pub title: String,
    pub chart: BarChart,
    pub heads: Vec<String>,
    pub rows: Vec<Vec<String>>,
}

pub struct RateRow {
    pub id: WorkplaceId,
    pub name: String,
    pub workers: String,
    pub calls: String,
    pub per_thousand: String,
}

#[derive(Template, WebTemplate)]
#[template(path = "awareness/programme.html")]
pub struct ProgrammePage {
    chrome: Chrome,
    headlines: Vec<Headline>,
    figures: Vec<Figure>,
    rates: Vec<RateRow>,
}

/// Calls per 1,000 workers to one decimal, in the reader's digits.
fn per_thousand(tr: Tr, calls: i64, workers: i64) -> String {
    if workers <= 0 {
        return tr.number(0);
    }
    let tenths = (calls * 10_000 + workers / 2) / workers;
    format!(
        "{}.{}",
        tr.number(tenths / 10),
        tr.digits(&(tenths % 10).to_string())
    )
}

fn figure(
    tr: Tr,
    id: &'static str,
    title: &str,
    labels: &[String],
    series: Vec<(&str, Vec<i64>)>,
) -> Figure {
    let series = translated(tr, series);
    let (heads, rows) = series_table(tr.t("awareness-month"), labels, &series, &|n| tr.number(n));
    Figure {
        id,
        title: tr.t(title),
        chart: stacked_bars(tr.t(title), labels, &series, &|n| tr.number(n)),
        heads,
        rows,
    }
}

pub async fn show(
    State(state): State<AppState>,
    ProgrammeStaff(staff): ProgrammeStaff,
) -> Result<ProgrammePage, WebError> {
    let tr = staff.tr();
    let today = today(&state);
    let months = months_ending(today, MONTHS, &state.config.time_zone)?;
    let figures = state.store.programme_months(&months).await?;
    let labels: Vec<String> = months.iter().map(|m| tr.digits(&m.label)).collect();
    let col = |f: fn(&workvoice_store::MonthFigures) -> i64| -> Vec<i64> {
        figures.iter().map(f).collect()
    };
    let rows = state
        .store
        .awareness_priorities(&PriorityFilter::default(), today, state.time())
        .await?;
    let zero_calls = rows
        .iter()
        .filter(|r| r.inputs.substantive_calls + r.inputs.informational_calls == 0)
        .count() as i64;
    let mut by_rate: Vec<_> = rows.iter().filter(|r| r.workers_total > 0).collect();
    let calls = |r: &workvoice_store::PriorityRow| {
        r.inputs.substantive_calls + r.inputs.informational_calls
    };
    by_rate.sort_by(|a, b| {
        (calls(b) * a.workers_total)
            .cmp(&(calls(a) * b.workers_total))
            .then_with(|| a.name.cmp(&b.name))
    });
    let rates = by_rate
        .into_iter()
        .take(RATE_ROWS)
        .map(|r| RateRow {
            id: r.workplace,
            name: r.name.clone(),
            workers: tr.number(r.workers_total),
            calls: tr.number(calls(r)),
            per_thousand: per_thousand(tr, calls(r), r.workers_total),
        })
        .collect();
    let last = figures.last().cloned().unwrap_or_default();
    let sum = |f: fn(&workvoice_store::MonthFigures) -> i64| figures.iter().map(f).sum::<i64>();
    let headline = |key: &str, n: i64| Headline {
        label: tr.t(key),
        value: tr.number(n),
    };
    let headlines = vec![
        headline("awareness-workers-with-access", last.workers_with_access),
        headline("awareness-workplaces-covered", last.workplaces_covered),
        headline("awareness-zero-call-workplaces", zero_calls),
        headline("awareness-trainings-held", sum(|m| m.trainings)),
        headline(
            "awareness-workers-trained",
            sum(|m| m.trained_women + m.trained_men),
        ),
        headline("awareness-cards-distributed", sum(|m| m.cards)),
    ];
    let figures = vec![
        figure(
            tr,
            "access",
            "awareness-figure-access",
            &labels,
            vec![(
                "awareness-workers-with-access",
                col(|m| m.workers_with_access),
            )],
        ),
        figure(
            tr,
            "covered",
            "awareness-figure-covered",
            &labels,
            vec![(
                "awareness-workplaces-covered",
                col(|m| m.workplaces_covered),
            )],
        ),
        figure(
            tr,
            "calls",
            "awareness-figure-calls",
            &labels,
            vec![
                ("awareness-calls-substantive", col(|m| m.substantive_calls)),
                (
                    "awareness-calls-informational",
                    col(|m| m.informational_calls),
                ),
            ],
        ),
        figure(
            tr,
            "trained",
            "awareness-figure-trained",
            &labels,
            vec![
                ("awareness-women", col(|m| m.trained_women)),
                ("awareness-men", col(|m| m.trained_men)),
            ],
        ),
        figure(
            tr,
            "trainings",
            "awareness-figure-trainings",
            &labels,
            vec![("awareness-trainings-held", col(|m| m.trainings))],
        ),
        figure(
            tr,
            "cards",
            "awareness-figure-cards",
            &labels,
            vec![("awareness-cards-distributed", col(|m| m.cards))],
        ),
    ];
    Ok(ProgrammePage {
        chrome: Chrome::staff(&staff, "programme"),
        headlines,
        figures,
        rates,
    })
}
