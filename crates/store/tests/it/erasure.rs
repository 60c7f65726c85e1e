//! Data-subject requests (issue 14, item 3), on both engines: the export for a worker
//! holds everything linked to their phone (canaries of every kind found), erasure removes
//! it all and keeps the statistics and other callers' cases, both are written to the
//! access log once per case, and the deadlines are tracked.

use crate::support::{T0, TestDb, contains, phone};
use workvoice_domain::Millis;
use workvoice_domain::Role;
use workvoice_domain::ids::CaseId;
use workvoice_domain::retention::DAY_MS;
use workvoice_domain::subject_request::RequestKind;
use workvoice_store::{InboundKind, InboundSms, Scope, StoreError};

const WORKER: &str = "01755599001";
const OTHER: &str = "01755599002";
const NAME: &str = "Erasecanary Begum";
const NARRATIVE: &str = "erasure-canary-narrative-r4t5";
const SECOND: &str = "erasure-canary-second-y6u7";
const OTHERS: &str = "erasure-canary-others-i8o9";
const SMS: &str = "erasure-canary-sms-p0a1";
const NOTE: &str = "erasure-canary-note-s2d3";

async fn case(t: &TestDb, who: &str, name: &str, narrative: &str) -> CaseId {
    t.case_with_caller(who, name, narrative).await
}

async fn world(t: &TestDb) -> (workvoice_domain::ids::UserId, [CaseId; 3]) {
    let admin = t.staff("admin", "Admin", Role::Admin).await;
    let first = case(t, WORKER, NAME, NARRATIVE).await;
    let second = case(t, WORKER, NAME, SECOND).await;
    let others = case(t, OTHER, "Someone Else", OTHERS).await;
    t.store
        .add_note(
            &t.helpline(first).await,
            admin,
            &TestDb::note(NOTE),
            Millis(T0 + 1),
        )
        .await
        .unwrap();
    let worker = phone(WORKER);
    t.store
        .receive_sms(
            &InboundSms {
                provider_id: "k-1",
                sender: &worker,
                text: SMS,
                kind: InboundKind::Message,
                case_id: None,
                reply: None,
            },
            Millis(T0 + 2),
        )
        .await
        .unwrap();
    (admin, [first, second, others])
}

store_tests! {
    async fn erasure_export_holds_everything_linked_to_the_worker(t) {
        let (admin, [first, second, _]) = world(&t).await;
        let id = t.store.open_subject_request(RequestKind::Access, &phone(WORKER), admin, Millis(T0 + DAY_MS)).await.unwrap();
        let log_before = t.store.verify_access_log().await.unwrap().rows;
        let export = t.store.export_subject(id, admin, Millis(T0 + DAY_MS)).await.unwrap();
        let json = serde_json::to_vec(&export).unwrap();
        for canary in [NAME, "1755599001", NARRATIVE, SECOND, SMS, NOTE] {
            assert!(contains(&json, canary), "{canary} missing from the export");
        }
        assert!(!contains(&json, OTHERS), "another caller's case is not in it");
        assert!(!contains(&json, "Someone Else"));
        let ids: Vec<CaseId> = export.cases.iter().map(|c| c.id).collect();
        assert_eq!(ids, [first, second]);
        // One access-log row per case, chain intact; the request is done and forgets the phone.
        let log = t.store.verify_access_log().await.unwrap();
        assert_eq!(log.rows, log_before + 2);
        assert_eq!(log.first_bad_id, None);
        let requests = t.store.subject_requests(Millis(T0 + DAY_MS)).await.unwrap();
        assert_eq!(requests[0].completed_at, Some(Millis(T0 + DAY_MS)));
        assert_eq!(requests[0].cases, Some(2));
        assert_eq!(t.raw_i64("SELECT COUNT(*) FROM subject_requests WHERE phone_index IS NOT NULL").await, 0);
        // A done request cannot be run again.
        assert!(matches!(t.store.export_subject(id, admin, Millis(T0 + DAY_MS)).await, Err(StoreError::NotFound)));
    }

    async fn erasure_removes_every_identity_canary_and_keeps_the_statistics(t) {
        let (admin, [first, second, others]) = world(&t).await;
        let id = t.store.open_subject_request(RequestKind::Erasure, &phone(WORKER), admin, Millis(T0 + DAY_MS)).await.unwrap();
        // An erasure request is not an access request.
        assert!(matches!(t.store.export_subject(id, admin, Millis(T0)).await, Err(StoreError::NotFound)));
        let removed = t.store.erase_subject(id, admin, Millis(T0 + DAY_MS)).await.unwrap();
        assert_eq!(removed.cases, 2);
        assert_eq!(removed.callers, 1);
        assert_eq!(removed.messages, 1, "the worker's SMS");
        for case in [first, second] {
            assert!(t.store.case_callers(&t.helpline(case).await).await.unwrap().is_empty());
            assert_eq!(t.store.case(Scope::Helpline, case).await.unwrap().narrative, "");
        }
        // Nothing of the worker is left in any table's text, but the cases are counted.
        for table in ["cases", "callers", "case_callers", "inbound_sms", "case_text"] {
            for value in t.text_and_blob_values(table).await {
                for canary in [NARRATIVE, SECOND, SMS, "erasecanary"] {
                    assert!(!contains(&value, canary), "{canary} left in {table}");
                }
            }
        }
        assert_eq!(t.count("cases").await, 3);
        assert_eq!(t.count("callers").await, 1, "only the other caller");
        assert_eq!(t.store.case(Scope::Helpline, others).await.unwrap().narrative, OTHERS);
        let log = t.store.verify_access_log().await.unwrap();
        assert_eq!(log.first_bad_id, None);
        assert_eq!(
            t.raw_i64("SELECT COUNT(*) FROM access_log WHERE action = 'subject_erasure'").await,
            2
        );
        // A new export for the same phone finds nothing.
        let again = t.store.open_subject_request(RequestKind::Access, &phone(WORKER), admin, Millis(T0 + 2 * DAY_MS)).await.unwrap();
        let export = t.store.export_subject(again, admin, Millis(T0 + 2 * DAY_MS)).await.unwrap();
        assert!(export.cases.is_empty() && export.sms.is_empty() && export.names.is_empty());
    }

    async fn erasure_request_deadlines_are_tracked(t) {
        let admin = t.staff("admin", "Admin", Role::Admin).await;
        let id = t.store.open_subject_request(RequestKind::Erasure, &phone(WORKER), admin, Millis(T0)).await.unwrap();
        let open = t.store.subject_requests(Millis(T0 + 29 * DAY_MS)).await.unwrap();
        assert_eq!(open.len(), 1);
        assert_eq!(open[0].acknowledge_by, Millis(T0 + 2 * DAY_MS));
        assert_eq!(open[0].due_at, Millis(T0 + 30 * DAY_MS));
        assert!(!open[0].overdue);
        assert!(t.store.subject_requests(Millis(T0 + 31 * DAY_MS)).await.unwrap()[0].overdue);
        t.store.erase_subject(id, admin, Millis(T0 + 31 * DAY_MS)).await.unwrap();
        assert!(!t.store.subject_requests(Millis(T0 + 40 * DAY_MS)).await.unwrap()[0].overdue, "done, late");
    }
}
