//! `GET /metrics` in the OpenMetrics text format Prometheus scrapes. Counts only: nothing
//! here names a case, a caller or a user, so it needs no session (restrict it at the
//! network edge). Per process: requests by route, the SQLite writer's commit groups and
//! queue; from the database (the same on every server): the outbox's backlog, overdue
//! steps and background-job lag.

use axum::extract::State;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use prometheus_client::metrics::counter::ConstCounter;
use prometheus_client::metrics::gauge::ConstGauge;
use prometheus_client::registry::Registry;

use crate::ops::http_metrics;
use crate::state::AppState;

const CONTENT_TYPE: &str = "application/openmetrics-text; version=1.0.0; charset=utf-8";

fn gauge(registry: &mut Registry, name: &str, help: &str, value: i64) {
    registry.register(name, help, ConstGauge::new(value));
}

pub async fn metrics(State(state): State<AppState>) -> Response {
    let groups = state.store.group_commit_stats();
    let figures = match state.store.ops_figures(state.time()).await {
        Ok(figures) => figures,
        Err(e) => {
            tracing::warn!(error = %e, "metrics: the database did not answer");
            return StatusCode::SERVICE_UNAVAILABLE.into_response();
        }
    };
    let mut registry = Registry::default();
    http_metrics::register(&mut registry);
    registry.register(
        "workvoice_writer_group_commits",
        "Commits of the SQLite writer, each holding one or more transactions",
        ConstCounter::new(groups.commits),
    );
    registry.register(
        "workvoice_writer_group_members",
        "Transactions those commits held (members / commits = mean group size)",
        ConstCounter::new(groups.members),
    );
    let queued = i64::try_from(groups.queued).unwrap_or(i64::MAX);
    gauge(
        &mut registry,
        "workvoice_writer_queue_depth",
        "Writes waiting for the SQLite writer now",
        queued,
    );
    gauge(
        &mut registry,
        "workvoice_outbox_queued",
        "Messages waiting in the outbox (at most 10000 counted)",
        figures.outbox_queued,
    );
    gauge(
        &mut registry,
        "workvoice_outbox_oldest_age_seconds",
        "How long the oldest queued message has waited",
        figures.outbox_oldest_ms / 1000,
    );
    gauge(
        &mut registry,
        "workvoice_overdue_steps",
        "Unmet protocol steps of open cases past their deadline (at most 10000 counted)",
        figures.overdue_steps,
    );
    gauge(
        &mut registry,
        "workvoice_job_lag_seconds",
        "How long the most overdue background job has been due and not taken",
        figures.job_lag_ms / 1000,
    );
    let mut out = String::new();
    if let Err(e) = prometheus_client::encoding::text::encode(&mut out, &registry) {
        tracing::warn!(error = %e, "metrics: encoding failed");
        return StatusCode::INTERNAL_SERVER_ERROR.into_response();
    }
    ([(header::CONTENT_TYPE, CONTENT_TYPE)], out).into_response()
}
