//! The dashboard as tables: each a title, headers and rows of already-written cells, and
//! the chart drawn from the very same numbers (`shared::chart` for months and steps,
//! `shared::bars` for ranked lists). The page shows each chart beside its table; the
//! CSV export writes the same rows with plain digits.

use workvoice_domain::reports::DurationSummary;
use workvoice_domain::{StepKind, Urgency};
use workvoice_store::{Category, Dashboard, Month, MonthCalls};

use crate::i18n::Tr;
use crate::shared::bars::{self, Bar};
use crate::shared::chart::{self, series_table, stacked_bars, translated};
use crate::shared::labels;

pub struct ReportTable {
    /// Stable name: the section's anchor, the export's `table=` and its file name.
    pub id: &'static str,
    pub title: String,
    pub heads: Vec<String>,
    pub rows: Vec<Vec<String>>,
    pub stacked: Option<chart::BarChart>,
    pub bars: Option<bars::BarChart>,
}

/// The tables' ids, in page order.
pub const TABLE_IDS: [&str; 8] = [
    "calls",
    "categories",
    "urgency",
    "workplaces",
    "brands",
    "durations",
    "compliance",
    "informed",
];

/// How numbers are written: in the reader's digits on the page, plain in CSV.
#[derive(Clone, Copy)]
pub struct Writer {
    pub tr: Tr,
    pub plain: bool,
}

impl Writer {
    pub fn n(&self, n: i64) -> String {
        if self.plain {
            n.to_string()
        } else {
            self.tr.number(n)
        }
    }

    pub fn text(&self, s: &str) -> String {
        if self.plain {
            s.to_owned()
        } else {
            self.tr.digits(s)
        }
    }

    pub fn percent(&self, p: Option<i64>) -> String {
        p.map_or_else(
            || self.tr.t("reports-no-data"),
            |p| format!("{} %", self.n(p)),
        )
    }

    /// A duration in minutes as minutes, hours or days, whichever reads best.
    pub fn duration(&self, minutes: i64) -> String {
        let (key, count) = if minutes < 120 {
            ("reports-duration-minutes", minutes)
        } else if minutes < 48 * 60 {
            ("reports-duration-hours", (minutes + 30) / 60)
        } else {
            ("reports-duration-days", (minutes + 720) / 1440)
        };
        if self.plain {
            Tr::new(workvoice_domain::Language::En).t_count(key, count)
        } else {
            self.tr.t_count(key, count)
        }
    }
}

/// Whole percent, half up; `None` without a whole.
pub fn share(part: i64, whole: i64) -> Option<i64> {
    workvoice_domain::reports::scorecard::share(part, whole)
}

fn ranked(
    w: Writer,
    id: &'static str,
    title: &str,
    head: &str,
    items: Vec<(String, i64)>,
) -> ReportTable {
    let tr = w.tr;
    ReportTable {
        id,
        title: tr.t(title),
        heads: vec![tr.t(head), tr.t("reports-cases")],
        rows: items
            .iter()
            .map(|(label, n)| vec![label.clone(), w.n(*n)])
            .collect(),
        stacked: None,
        bars: Some(bars::bar_chart(
            items
                .into_iter()
                .map(|(label, value)| Bar {
                    label,
                    shown: w.n(value),
                    value,
                })
                .collect(),
        )),
    }
}

fn stacked(
    w: Writer,
    id: &'static str,
    title: &str,
    head: &str,
    categories: Vec<String>,
    series: Vec<(&str, Vec<i64>)>,
) -> ReportTable {
    let tr = w.tr;
    let series = translated(tr, series);
    let (heads, rows) = series_table(tr.t(head), &categories, &series, &|n| w.n(n));
    ReportTable {
        id,
        title: tr.t(title),
        stacked: Some(stacked_bars(tr.t(title), &categories, &series, &|n| w.n(n))),
        bars: None,
        heads,
        rows,
    }
}

fn summary_cells(w: Writer, s: Option<DurationSummary>) -> [String; 3] {
    match s {
        None => [w.n(0), w.tr.t("reports-no-data"), w.tr.t("reports-no-data")],
        Some(s) => [
            w.n(i64::try_from(s.count).unwrap_or(i64::MAX)),
            w.duration(s.median),
            w.duration(s.p90),
        ],
    }
}

fn step_label(tr: Tr, step: StepKind) -> String {
    tr.t(step.message_key())
}

/// Calls per month (`calls[i]` in `months[i]`), substantive and informational stacked.
pub fn calls_table(w: Writer, calls: &[MonthCalls], months: &[Month]) -> ReportTable {
    let month_labels: Vec<String> = months.iter().map(|m| w.text(&m.label)).collect();
    stacked(
        w,
        "calls",
        "reports-table-calls",
        "reports-month",
        month_labels,
        vec![
            (
                "reports-substantive",
                calls.iter().map(|m| m.substantive).collect(),
            ),
            (
                "reports-informational",
                calls.iter().map(|m| m.informational).collect(),
            ),
        ],
    )
}

/// Every table of the dashboard, in [`TABLE_IDS`] order.
pub fn tables(
    w: Writer,
    d: &Dashboard,
    months: &[Month],
    categories: &[Category],
) -> Vec<ReportTable> {
    let tr = w.tr;
    let calls = calls_table(w, &d.months, months);
    let by_category = ranked(
        w,
        "categories",
        "reports-table-categories",
        "col-category",
        d.by_category
            .iter()
            .map(|(code, n)| (labels::category(tr, code, categories), *n))
            .collect(),
    );
    let by_urgency = ranked(
        w,
        "urgency",
        "reports-table-urgency",
        "col-urgency",
        d.by_urgency
            .iter()
            .map(|(u, n)| (labels::urgency(tr, *u), *n))
            .collect(),
    );
    let by_workplace = ranked(
        w,
        "workplaces",
        "reports-table-workplaces",
        "col-workplace",
        d.by_workplace
            .iter()
            .map(|x| (x.name.clone(), x.count))
            .collect(),
    );
    let by_brand = ranked(
        w,
        "brands",
        "reports-table-brands",
        "reports-brand",
        d.by_brand
            .iter()
            .map(|x| (x.name.clone(), x.count))
            .collect(),
    );
    let durations = ReportTable {
        id: "durations",
        title: tr.t("reports-table-durations"),
        heads: [
            "col-urgency",
            "reports-reported-cases",
            "reports-report-median",
            "reports-report-p90",
            "reports-resolved-cases",
            "reports-resolve-median",
            "reports-resolve-p90",
        ]
        .iter()
        .map(|k| tr.t(k))
        .collect(),
        rows: d
            .durations
            .iter()
            .filter(|x| x.urgency != Urgency::Informational)
            .map(|x| {
                let mut row = vec![labels::urgency(tr, x.urgency)];
                row.extend(summary_cells(w, x.to_report));
                row.extend(summary_cells(w, x.to_resolve));
                row
            })
            .collect(),
        stacked: None,
        bars: None,
    };
    let c = &d.compliance;
    let count = |f: fn(&workvoice_domain::OutcomeCounts) -> u64| -> Vec<i64> {
        c.iter()
            .map(|s| i64::try_from(f(&s.counts)).unwrap_or(i64::MAX))
            .collect()
    };
    let mut compliance = stacked(
        w,
        "compliance",
        "reports-table-compliance",
        "reports-step",
        c.iter().map(|s| step_label(tr, s.step)).collect(),
        vec![
            ("reports-on-time", count(|x| x.on_time)),
            ("reports-late", count(|x| x.late)),
            ("reports-overdue", count(|x| x.overdue)),
            ("reports-open", count(|x| x.open)),
        ],
    );
    compliance.heads.push(tr.t("reports-on-time-share"));
    for (row, s) in compliance.rows.iter_mut().zip(c) {
        row.push(
            w.percent(
                s.counts
                    .on_time_percent()
                    .and_then(|p| i64::try_from(p).ok()),
            ),
        );
    }
    let stages = ["acknowledgement", "response", "closure"];
    let mut informed = stacked(
        w,
        "informed",
        "reports-table-informed",
        "reports-stage",
        stages
            .iter()
            .map(|s| tr.t(&format!("worker-stage-{s}")))
            .collect(),
        vec![
            (
                "reports-informed-reached",
                d.informed.iter().map(|s| s.reached).collect(),
            ),
            (
                "reports-informed-not-reached",
                d.informed.iter().map(|s| s.cases - s.reached).collect(),
            ),
        ],
    );
    informed.heads.push(tr.t("reports-informed-share"));
    for (row, s) in informed.rows.iter_mut().zip(&d.informed) {
        row.push(w.percent(share(s.reached, s.cases)));
    }
    vec![
        calls,
        by_category,
        by_urgency,
        by_workplace,
        by_brand,
        durations,
        compliance,
        informed,
    ]
}
