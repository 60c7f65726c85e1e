//! `GET /metrics` in the Prometheus text format. Counts only: nothing here names a case,
//! a caller or a user, so it needs no session (restrict it at the network edge).

use axum::extract::State;
use axum::http::header;
use axum::response::IntoResponse;

use crate::state::AppState;

/// One counter with its help line, in the exposition format.
fn counter(out: &mut String, name: &str, help: &str, value: u64) {
    out.push_str(&format!(
        "# HELP {name} {help}\n# TYPE {name} counter\n{name} {value}\n"
    ));
}

pub async fn metrics(State(state): State<AppState>) -> impl IntoResponse {
    let groups = state.store.group_commit_stats();
    let mut out = String::new();
    counter(
        &mut out,
        "workvoice_writer_group_commits_total",
        "Commits of the SQLite writer, each holding one or more transactions.",
        groups.commits,
    );
    counter(
        &mut out,
        "workvoice_writer_group_members_total",
        "Transactions those commits held (members / commits = mean group size).",
        groups.members,
    );
    (
        [(
            header::CONTENT_TYPE,
            "text/plain; version=0.0.4; charset=utf-8",
        )],
        out,
    )
}

#[cfg(test)]
mod tests {
    use super::counter;

    #[test]
    fn a_counter_has_its_help_type_and_value() {
        let mut out = String::new();
        counter(&mut out, "x_total", "Things.", 7);
        assert_eq!(
            out,
            "# HELP x_total Things.\n# TYPE x_total counter\nx_total 7\n"
        );
    }
}
