//! The schema and what it guarantees on both engines: migrations, reference data,
//! caller identity encrypted at rest, the append-only event log, atomic case creation.

use std::collections::BTreeSet;
use workvoice_domain::Millis;

use crate::support::{T0, TestDb, caller, contains, intake};
use workvoice_domain::{Consent, DEFAULT_CATEGORIES, DEFAULT_STATUSES, Intake, Role, Urgency};
use workvoice_store::{EventKind, Internal, Keys, NotReady, Scope, Store, StoreError};

async fn migration_rows(t: &TestDb) -> Vec<(i64, String, i64)> {
    t.raw_rows(
        "SELECT version, name, applied_at FROM schema_migrations ORDER BY version",
        vec![],
    )
    .await
    .iter()
    .map(|r| {
        (
            r.try_get("", "version").unwrap(),
            r.try_get("", "name").unwrap(),
            r.try_get("", "applied_at").unwrap(),
        )
    })
    .collect()
}

/// Scans raw bytes of the SQLite database file and its write-ahead log.
fn sqlite_file_bytes(t: &TestDb) -> Vec<u8> {
    let file = t.sqlite_file.as_ref().expect("SQLite file");
    let mut bytes = std::fs::read(file).expect("read the database file");
    let wal = file.with_file_name("t.db-wal");
    if wal.exists() {
        bytes.extend(std::fs::read(&wal).expect("read the WAL file"));
    }
    bytes
}

store_tests! {
    async fn readiness_needs_every_migration(t) {
        assert_eq!(t.store.readiness().await, Ok(()));
        let latest = t.raw_i64("SELECT MAX(version) FROM schema_migrations").await;
        t.raw_exec(&format!("DELETE FROM schema_migrations WHERE version = {latest}")).await.unwrap();
        assert_eq!(t.store.readiness().await, Err(NotReady::Behind(1)));
    }

    async fn migrations_apply_once_and_seed_reference_data(t) {
        let before = migration_rows(&t).await;
        assert!(!before.is_empty(), "no migration recorded");
        assert_eq!(before[0].0, 1);
        // An admin's edit to reference data must survive a restart.
        t.raw_exec("UPDATE categories SET label = 'Heat (edited)' WHERE code = 'osh.heat'")
            .await
            .unwrap();

        // A restart: the same database opened again (even with another key file).
        let again = Store::open(&t.url, Keys::generate())
            .await
            .expect("reopening an up-to-date database");
        assert_eq!(migration_rows(&t).await, before, "the second open applied a migration");
        assert_eq!(t.count("categories").await, DEFAULT_CATEGORIES.len() as i64);
        assert_eq!(t.count("case_statuses").await, DEFAULT_STATUSES.len() as i64);

        let categories = again.categories().await.unwrap();
        let codes: BTreeSet<&str> = categories.iter().map(|c| c.code.as_str()).collect();
        let expected: BTreeSet<&str> = DEFAULT_CATEGORIES.iter().map(|c| c.code).collect();
        assert_eq!(codes, expected);
        for def in DEFAULT_CATEGORIES {
            let cat = categories.iter().find(|c| c.code == def.code).unwrap();
            assert_eq!(cat.parent_code.as_deref(), def.parent, "{}", def.code);
            assert_eq!(cat.life_safety, def.life_safety, "{}", def.code);
            assert_eq!(cat.substantive, def.substantive, "{}", def.code);
            if let Some(parent) = def.parent {
                let pos = |code: &str| categories.iter().position(|c| c.code == code).unwrap();
                assert!(pos(parent) < pos(def.code), "{parent} listed after {}", def.code);
            }
        }
        let heat = categories.iter().find(|c| c.code == "osh.heat").unwrap();
        assert_eq!(heat.label, "Heat (edited)", "reseeding overwrote an admin's edit");
        let statuses: Vec<&str> = DEFAULT_STATUSES.iter().map(|s| s.code).collect();
        assert_eq!(again.status_codes().await.unwrap(), statuses);
        assert!(again.category_exists("life_safety.fire").await.unwrap());
        assert!(!again.category_exists("no.such").await.unwrap());
        again.close().await;
    }

    async fn migration_5_merges_callers_one_phone_made_before_the_unique_index(t) {
        // Before migration 5 two intakes racing on PostgreSQL could make two callers of one
        // phone. Rebuild that state: the unique index goes back to a plain one, and a second
        // caller (who gave a name) is given the first caller's phone index.
        let first = t.store.create_case(&Intake { caller: caller("01712345678", None), ..intake("wages.late", Urgency::Normal, "First call") }, None, Millis(T0)).await.unwrap().id;
        let second = t.store.create_case(&Intake { caller: caller("01898765432", Some("Rina Akter")), ..intake("wages.late", Urgency::Normal, "Second call") }, None, Millis(T0 + 1)).await.unwrap().id;
        let id_of = |case| format!("SELECT caller_id FROM case_callers WHERE case_id = {case}");
        let (older, named) = (t.raw_i64(&id_of(first)).await, t.raw_i64(&id_of(second)).await);
        for sql in [
            "DROP INDEX callers_phone_unique".to_owned(),
            "CREATE INDEX callers_phone_index ON callers(phone_index)".to_owned(),
            "DELETE FROM schema_migrations WHERE version = 5".to_owned(),
            format!("UPDATE callers SET phone_index = (SELECT phone_index FROM callers WHERE id = {older}) WHERE id = {named}"),
            // The first case was linked to both callers, and each has an interaction.
            format!("INSERT INTO case_callers (case_id, caller_id, consent_callback, consent_sms, added_at) VALUES ({first}, {named}, 0, 0, {T0})"),
        ] {
            t.raw_exec(&sql).await.unwrap_or_else(|e| panic!("{sql}: {e}"));
        }
        assert_eq!(t.count("callers").await, 2);

        // The next start applies migration 5 again: one caller, the one with the name.
        Store::open(&t.url, Keys::generate()).await.expect("migration 5 over duplicated callers");
        assert_eq!(t.count("callers").await, 1);
        for case in [first, second] {
            let callers = t.store.case_callers(&t.helpline(case).await).await.unwrap();
            assert_eq!(callers.len(), 1, "case {case}");
            assert_eq!((callers[0].caller_id.get(), callers[0].name.as_deref()), (named, Some("Rina Akter")));
            assert_eq!(callers[0].other_cases, 1);
        }
        let interactions = t.raw_i64(&format!("SELECT COUNT(*) FROM interactions WHERE caller_id = {named}")).await;
        assert_eq!(interactions, 2, "the interactions follow the kept caller");
        // And the index is unique now: the phone finds both cases, and a new call joins them.
        let third = t.store.create_case(&Intake { caller: caller("01712345678", None), ..intake("wages.late", Urgency::Normal, "Third call") }, None, Millis(T0 + 2)).await.unwrap().id;
        assert_eq!(t.raw_i64(&id_of(third)).await, named);
    }

    async fn caller_identity_is_encrypted_at_rest(t) {
        let op = t.staff("olga", "Olga Operator", Role::Operator).await;
        let created = t
            .store
            .create_case(
                &Intake {
                    caller: caller("01712345678", Some("Canary Begum")),
                    consent: Consent { callback: true, sms: true, safe_window: None, code_by_sms: false },
                    narrative: "Night shift gate chained".into(),
                    ..intake("life_safety.blocked_exits", Urgency::LifeSafety, "Exit locked on floor 3")
                },
                Some(op),
                Millis(T0),
            )
            .await
            .unwrap();
        t.store
            .add_note(&t.helpline(created.id).await, op, &TestDb::note("Worker asked for an SMS update"), Millis(T0 + 1))
            .await
            .unwrap();

        let callers = t.store.case_callers(&t.helpline(created.id).await).await.unwrap();
        assert_eq!(callers.len(), 1);
        assert_eq!(callers[0].phone.as_deref(), Some("+8801712345678"));
        assert_eq!(callers[0].name.as_deref(), Some("Canary Begum"));
        assert!(callers[0].consent_callback && callers[0].consent_sms);
        assert_eq!(
            t.raw_i64("SELECT COUNT(*) FROM callers WHERE phone_enc IS NOT NULL AND name_enc IS NOT NULL AND phone_index IS NOT NULL").await,
            1,
            "the identity was not stored at all"
        );

        let tables = t.tables().await;
        for required in ["callers", "case_callers", "cases", "case_events", "interactions"] {
            assert!(tables.iter().any(|n| n == required), "missing table {required}");
            assert!(t.count(required).await >= 1, "{required} is empty");
        }
        let mut control = false;
        for table in &tables {
            for value in t.text_and_blob_values(table).await {
                let text = String::from_utf8_lossy(&value);
                assert!(!contains(&value, "1712345678"), "phone in plain text in {table}: {text}");
                assert!(!contains(&value, "Canary"), "name in plain text in {table}: {text}");
                control |= contains(&value, "Night shift gate chained");
            }
        }
        assert!(control, "the scan did not see the case narrative: it proves nothing");

        if t.sqlite_file.is_some() {
            let bytes = sqlite_file_bytes(&t);
            assert!(contains(&bytes, "Exit locked on floor 3"), "file scan sees no case data");
            assert!(!contains(&bytes, "1712345678"), "phone in the SQLite file");
            assert!(!contains(&bytes, "Canary"), "name in the SQLite file");
        }
    }

    async fn case_event_log_is_append_only(t) {
        let op = t.staff("olga", "Olga Operator", Role::Operator).await;
        let sup = t.staff("sam", "Sam Supervisor", Role::Supervisor).await;
        let id = t
            .store
            .create_case(&intake("wages.unpaid", Urgency::Normal, "Wages unpaid for May"), Some(op), Millis(T0))
            .await
            .unwrap()
            .id;
        t.store
            .add_note(&t.helpline(id).await, op, &TestDb::note("Called back, no answer"), Millis(T0 + 1_000))
            .await
            .unwrap();
        t.store
            .assign_case(&t.helpline(id).await, sup, Some(op), Millis(T0 + 2_000))
            .await
            .unwrap();

        let events = t.store.case_events(&t.helpline(id).await).await.unwrap();
        let kinds: Vec<EventKind> = events.iter().map(|e| e.kind).collect();
        assert_eq!(kinds, [EventKind::Created, EventKind::Note, EventKind::Assigned]);
        let actors: Vec<Option<&str>> = events.iter().map(|e| e.actor_name.as_deref()).collect();
        assert_eq!(actors, [Some("Olga Operator"), Some("Olga Operator"), Some("Sam Supervisor")]);
        let times: Vec<i64> = events.iter().map(|e| e.at.0).collect();
        assert_eq!(times, [T0, T0 + 1_000, T0 + 2_000]);
        assert_eq!(events[1].detail["text"], "Called back, no answer");
        assert_eq!(events[2].detail["from"], serde_json::Value::Null);
        assert_eq!(events[2].detail["to"], op.get());
        let case = t.store.case(Scope::Helpline, id).await.unwrap();
        assert_eq!(case.summary.assigned_to, Some(op));
        assert_eq!(case.summary.assigned_name.as_deref(), Some("Olga Operator"));

        let n = t.count("case_events").await;
        assert_eq!(n, 3);
        let update = t.raw_exec("UPDATE case_events SET kind = 'x'").await;
        assert!(update.is_err(), "UPDATE on case_events was allowed: {update:?}");
        let update_one = t
            .raw_exec(&format!("UPDATE case_events SET detail = '{{}}' WHERE case_id = {id}"))
            .await;
        assert!(update_one.is_err(), "UPDATE of one event was allowed: {update_one:?}");
        let delete = t.raw_exec("DELETE FROM case_events").await;
        assert!(delete.is_err(), "DELETE on case_events was allowed: {delete:?}");
        assert_eq!(t.count("case_events").await, n);
        assert_eq!(t.store.case_events(&t.helpline(id).await).await.unwrap(), events);
    }

    async fn failed_create_case_leaves_nothing_behind(t) {
        let op = t.staff("olga", "Olga Operator", Role::Operator).await;
        let bad = Intake {
            caller: caller("01712345678", Some("Canary Begum")),
            consent: Consent { callback: true, sms: false, safe_window: None, code_by_sms: false },
            ..intake("no.such", Urgency::Urgent, "Category that does not exist")
        };
        let result = t.store.create_case(&bad, Some(op), Millis(T0)).await;
        assert!(result.is_err(), "a case with an unknown category was created: {result:?}");
        for table in ["cases", "callers", "case_callers", "interactions", "case_events", "case_text"] {
            assert_eq!(t.count(table).await, 0, "{table} has rows from a failed create_case");
        }

        // The failed transaction was rolled back, not left holding the writer.
        let ok = t
            .store
            .create_case(
                &Intake {
                    caller: caller("01712345678", None),
                    ..intake("osh.heat", Urgency::Urgent, "Heat in sewing hall")
                },
                Some(op),
                Millis(T0 + 1),
            )
            .await
            .expect("create_case after a failed one");
        assert_eq!(t.store.count_cases().await.unwrap(), 1);
        for table in ["callers", "case_callers", "interactions", "case_events"] {
            assert_eq!(t.count(table).await, 1, "{table}");
        }
        assert_eq!(t.store.case(Scope::Helpline, ok.id).await.unwrap().summary.category_code, "osh.heat");
    }

    async fn a_stored_value_that_does_not_decode_is_an_error_not_a_default(t) {
        let id = t.store.create_case(&intake("osh.heat", Urgency::Urgent, "Heat"), None, Millis(T0)).await.unwrap().id;
        // Written behind the store's back, as a bad migration or a hand edit would.
        t.raw_exec(&format!("UPDATE cases SET language = 'xx', channel = 'pigeon' WHERE id = {id}")).await.unwrap();
        let read = t.store.case(Scope::Helpline, id).await;
        assert!(
            matches!(read, Err(StoreError::Internal(Internal::Undecodable { column: "language", .. }))),
            "{read:?}"
        );
        t.raw_exec(&format!("UPDATE cases SET language = 'bn' WHERE id = {id}")).await.unwrap();
        let read = t.store.case(Scope::Helpline, id).await;
        assert!(matches!(read, Err(StoreError::Internal(Internal::Undecodable { column: "channel", .. }))), "{read:?}");
    }
}
