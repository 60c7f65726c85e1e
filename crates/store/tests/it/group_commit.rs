//! Grouped commits (issue 11): on SQLite, writes that arrive together share one commit,
//! yet each is answered only once its rows are durable, and one that fails rolls back
//! alone. The same tests run on PostgreSQL, where every transaction commits on its own.

use std::collections::BTreeSet;
use workvoice_domain::Millis;

use sea_orm::{ConnectionTrait, Statement};
use workvoice_domain::Urgency;
use workvoice_domain::ids::WorkplaceId;
use workvoice_domain::{Intake, ShareableSummary};
use workvoice_store::Engine;

use crate::support::{T0, caller, intake};

/// An intake from a phone of its own.
fn call(i: i64) -> Intake {
    Intake {
        caller: caller(&format!("0172{:07}", 4_000_000 + i), Some("Worker")),
        shareable_summary: ShareableSummary::parse("").unwrap(),
        ..intake(
            "wages.unpaid",
            Urgency::Normal,
            &format!("Grouped case {i}"),
        )
    }
}

store_tests! {
    async fn group_commit_rolls_back_a_failing_request_alone(t) {
        // 36 intakes and, among them, 12 requests that each write a whole case and then
        // fail on a second one naming a workplace that does not exist.
        let mut tasks = Vec::new();
        for i in 0..48i64 {
            let store = t.store.clone();
            tasks.push(tokio::spawn(async move {
                if i % 4 == 3 {
                    let bad = Intake { workplace_id: Some(WorkplaceId::new(9_000_000 + i)), ..call(1_000 + i) };
                    let failed = store.create_cases_bulk(&[call(i), bad], None, Millis(T0 + i)).await;
                    assert!(failed.is_err(), "a case at a missing workplace was accepted");
                    None
                } else {
                    Some(store.create_case(&call(i), None, Millis(T0 + i)).await.expect("a good intake failed").id)
                }
            }));
        }
        let mut ok = BTreeSet::new();
        for task in tasks {
            ok.extend(task.await.unwrap());
        }
        assert_eq!(ok.len(), 36);
        assert_eq!(t.store.count_cases().await.unwrap(), 36, "a failed request left a case behind");
        assert_eq!(t.count("callers").await, 36, "a failed request left its caller behind");
        assert_eq!(t.count("case_events").await, 36);
        if t.engine == Engine::Sqlite {
            let stats = t.store.group_commit_stats();
            assert!(stats.members > stats.commits, "no two writes shared a commit: {stats:?}");
        }
    }

    async fn group_commit_answers_only_after_the_commit_is_durable(t) {
        // The moment a writer is answered it looks through a connection of its own: what it
        // was told is stored must already be committed (a reader sees only commits).
        let mut tasks = Vec::new();
        for i in 0..32i64 {
            let store = t.store.clone();
            let raw = t.raw.clone();
            tasks.push(tokio::spawn(async move {
                let created = store.create_case(&call(i), None, Millis(T0 + i)).await.expect("intake failed");
                let sql = "SELECT COUNT(*) AS n FROM cases WHERE id = $1";
                let stmt = Statement::from_sql_and_values(raw.get_database_backend(), sql, vec![created.id.get().into()]);
                let row = raw.query_one_raw(stmt).await.unwrap().unwrap();
                row.try_get::<i64>("", "n").unwrap()
            }));
        }
        for task in tasks {
            assert_eq!(task.await.unwrap(), 1, "a case was acknowledged before its commit");
        }
    }
}
