//! "Satisfaction" for supervisors: satisfaction rate (satisfied answers per answered
//! survey) and response rate (answered per finished survey, "no response" included) by
//! month, category, workplace and operator, with a bar chart of the months beside the
//! table. Workplace and operator rows with fewer finished surveys than the suppression
//! minimum show only "fewer than N": a handful of answers could point at one worker.

use std::collections::BTreeMap;

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::State;
use workvoice_domain::suppression::suppress;
use workvoice_domain::surveys::Tally;

use crate::auth::roles::RequireSupervisor;
use crate::error::WebError;
use crate::i18n::Tr;
use crate::shared::chart::{BarChart, Series, stacked_bars};
use crate::shared::chrome::Chrome;
use crate::shared::labels;
use crate::state::AppState;

pub struct RateRow {
    pub label: String,
    pub finished: String,
    pub response: String,
    pub satisfaction: String,
}

pub struct RateTable {
    pub title: String,
    pub rows: Vec<RateRow>,
}

#[derive(Template, WebTemplate)]
#[template(path = "surveys/satisfaction.html")]
pub struct SatisfactionPage {
    chrome: Chrome,
    tables: Vec<RateTable>,
    chart: BarChart,
    hint: String,
}

fn percent(tr: Tr, value: Option<i64>) -> String {
    value.map_or_else(|| "–".to_owned(), |p| format!("{}%", tr.number(p)))
}

/// The rows of one grouping; `min` suppresses small rows (0 suppresses nothing).
fn rows(tr: Tr, groups: BTreeMap<String, Tally>, min: i64) -> Vec<RateRow> {
    groups
        .into_iter()
        .map(|(label, t)| match suppress(t.finished, min) {
            Some(n) => RateRow {
                label,
                finished: tr.number(n),
                response: percent(tr, t.response_percent()),
                satisfaction: percent(tr, t.satisfaction_percent()),
            },
            None => RateRow {
                label,
                finished: tr.t_args("org-counts-fewer", &[("min", tr.number(min).into())]),
                response: "–".into(),
                satisfaction: "–".into(),
            },
        })
        .collect()
}

pub async fn show(
    State(state): State<AppState>,
    RequireSupervisor(staff): RequireSupervisor,
) -> Result<SatisfactionPage, WebError> {
    let tr = staff.tr();
    let tz = state.config.time_zone.as_str();
    let min = state.config.suppression_min;
    let categories = state.store.categories().await?;
    let facts = state.store.survey_facts().await?;
    let mut by: [BTreeMap<String, Tally>; 4] = Default::default();
    for f in &facts {
        let month = f
            .closed_at
            .local_date_time(tz)
            .map(|d| format!("{:04}-{:02}", d.year(), d.month()))
            .unwrap_or_default();
        let workplace = f
            .workplace
            .as_ref()
            .map_or_else(|| tr.t("no-workplace"), |(_, name)| name.clone());
        let operator = f
            .operator
            .as_ref()
            .map_or_else(|| tr.t("unassigned"), |(_, name)| name.clone());
        let keys = [
            tr.digits(&month),
            labels::category(tr, &f.category_code, &categories),
            workplace,
            operator,
        ];
        for (group, key) in by.iter_mut().zip(keys) {
            group.entry(key).or_default().add(f.outcome);
        }
    }
    let [months, by_category, by_workplace, by_operator] = by;
    // Satisfaction rate per month on the shared chart: it scales to the phone's width.
    let month_labels: Vec<String> = months.keys().cloned().collect();
    let rates = Series {
        label: tr.t("satisfaction-col-satisfaction"),
        values: months
            .values()
            .map(|t| t.satisfaction_percent().unwrap_or(0))
            .collect(),
    };
    let chart = stacked_bars(tr.t("satisfaction-chart"), &month_labels, &[rates], &|n| {
        tr.number(n)
    });
    let tables = vec![
        RateTable {
            title: tr.t("satisfaction-by-month"),
            rows: rows(tr, months, 0),
        },
        RateTable {
            title: tr.t("satisfaction-by-category"),
            rows: rows(tr, by_category, 0),
        },
        RateTable {
            title: tr.t("satisfaction-by-workplace"),
            rows: rows(tr, by_workplace, min),
        },
        RateTable {
            title: tr.t("satisfaction-by-operator"),
            rows: rows(tr, by_operator, min),
        },
    ];
    Ok(SatisfactionPage {
        chrome: Chrome::staff(&staff, "supervisor"),
        tables: if facts.is_empty() { Vec::new() } else { tables },
        chart,
        hint: tr.t_args("satisfaction-hint", &[("min", tr.number(min).into())]),
    })
}
