//! Retention (issue 14, item 2), on both engines: the daily job removes the caller
//! identity, identifying text, evidence and search entries of cases closed longer than
//! their programme's period, keeps the anonymous facts for the statistics, leaves a caller
//! whom a kept case still needs, and is idempotent. On SQLite the database file and its
//! WAL, after a checkpoint, no longer hold the removed text (secure_delete, FTS merge),
//! nor the caller's name and phone typed into a note. The channels' own caller-linked rows
//! go too: finished free callbacks, the IVR's step keys, callers nothing needs.

use crate::support::{T0, TestDb, contains};
use workvoice_channels::{RetentionJob, Runner};
use workvoice_domain::Millis;
use workvoice_domain::ids::CaseId;
use workvoice_domain::retention::{DAY_MS, Programme, RetentionDays};
use workvoice_domain::{Country, OrgKind, Role};
use workvoice_store::{
    CallbackAsk, CallbackOutcome, CallbackSource, CaseFilter, CaseSort, Engine, Local,
    NewAttachment, Scope, VoiceWrite,
};

const OLD_NARRATIVE: &str = "retentioncanary oldnarrative zqpx";
const KEPT_NARRATIVE: &str = "retentioncanary keptnarrative wvmt";
const PHONE: &str = "01755512345";
const NAME: &str = "Retcanary Akter";
const STORAGE_KEY: &str = "0123456789abcdef0123456789abcdef";

async fn case(t: &TestDb, narrative: &str, phone: &str) -> CaseId {
    t.case_with_caller(phone, NAME, narrative).await
}

async fn found(t: &TestDb, text: &str) -> usize {
    let filter = CaseFilter {
        text: Some(text.into()),
        ..CaseFilter::default()
    };
    t.store
        .list_cases(Scope::Helpline, &filter, CaseSort::Newest, 50, 0)
        .await
        .unwrap()
        .items
        .len()
}

/// A note naming the caller, as operators write them.
const NOTE: &str = "Called back Retcanary Akter on 01755512345, she fears the supervisor";

const LOCAL: Local<'static> = Local {
    time_zone: "Asia/Dhaka",
    country: Country::Bangladesh,
};

/// A missed call from `phone` (a free callback queued) that an operator then returned.
async fn returned_missed_call(
    t: &TestDb,
    sid: &str,
    phone: &str,
    by: workvoice_domain::ids::UserId,
    at: i64,
) {
    let caller = workvoice_domain::PhoneNumber::parse(phone, Country::Bangladesh).unwrap();
    let ask = CallbackAsk {
        caller: &caller,
        language: None,
        source: CallbackSource::VoiceMessage,
        message_url: Some("https://provider.example/recordings/RE-retcanary"),
    };
    t.store
        .record_voice_step(sid, "ended", VoiceWrite::Ended(ask), LOCAL, Millis(at))
        .await
        .unwrap();
    let (open, _) = t.store.open_callbacks(50, 0).await.unwrap();
    for c in open {
        t.store
            .finish_callback(c.id, CallbackOutcome::Reached, by, Millis(at))
            .await
            .unwrap();
    }
}

store_tests! {
    async fn retention_job_removes_identity_of_cases_closed_past_the_period(t) {
        let op = t.staff("op", "Operator", Role::Operator).await;
        let dir = tempfile::tempdir().unwrap();
        // Closed at T0: past a year at T0 + 370 days. Its caller also called about a case
        // still open, which keeps the caller.
        let old = case(&t, OLD_NARRATIVE, PHONE).await;
        let open = case(&t, "still open", PHONE).await;
        // Closed later: inside the period.
        let kept = case(&t, KEPT_NARRATIVE, "01755512346").await;
        let brand = t.store.create_organisation(OrgKind::Brand, "Brand", Millis(T0)).await.unwrap();
        let uploader = t.user(brand, "brand-user", "Brand user", Role::Brand).await;
        std::fs::write(dir.path().join(STORAGE_KEY), b"evidence").unwrap();
        t.store
            .add_attachment(
                &t.helpline(old).await,
                &NewAttachment {
                    response_id: None,
                    organisation_id: brand,
                    uploaded_by: uploader,
                    file_name: "photo.png".into(),
                    content_type: "image/png".into(),
                    size_bytes: 8,
                    sha256: "00".into(),
                    storage_key: STORAGE_KEY.into(),
                },
                Millis(T0),
            )
            .await
            .unwrap();
        t.store.close_case(&t.helpline(old).await, "resolved_accepted", op, Millis(T0)).await.unwrap();
        t.store.close_case(&t.helpline(kept).await, "resolved_accepted", op, Millis(T0 + 300 * DAY_MS)).await.unwrap();
        assert_eq!(found(&t, "oldnarrative").await, 1);

        let job = RetentionJob::of(dir.path());
        let runner = Runner::new(t.store.clone());
        // Inside the period nothing happens.
        assert_eq!(runner.drain(&job, Millis(T0 + 365 * DAY_MS)).await.unwrap(), 0);
        let now = T0 + 370 * DAY_MS;
        assert_eq!(runner.drain(&job, Millis(now)).await.unwrap(), 1);

        let old_case = t.helpline(old).await;
        assert!(t.store.case_callers(&old_case).await.unwrap().is_empty(), "identity unlinked");
        let record = t.store.case(Scope::Helpline, old).await.unwrap();
        assert_eq!(record.narrative, "");
        assert_eq!(found(&t, "oldnarrative").await, 0, "out of the search index");
        assert!(t.store.case_attachments(&old_case).await.unwrap().is_empty());
        assert!(!dir.path().join(STORAGE_KEY).exists(), "evidence file removed");
        // The anonymous facts stay for the statistics.
        assert_eq!(t.count("cases").await, 3);
        assert_eq!(record.summary.category_code, "wages.late");
        assert_eq!(record.summary.status, "closed");
        // The caller stays with the open case; the kept case is untouched.
        let open_callers = t.store.case_callers(&t.helpline(open).await).await.unwrap();
        assert_eq!(open_callers.len(), 1);
        assert_eq!(t.count("callers").await, 2);
        assert_eq!(found(&t, "keptnarrative").await, 1);
        // A second run finds nothing to do.
        assert_eq!(runner.drain(&job, Millis(now + DAY_MS)).await.unwrap(), 0);
        // The kept case goes once its own period has passed.
        assert_eq!(runner.drain(&job, Millis(T0 + 670 * DAY_MS)).await.unwrap(), 1);
        assert_eq!(t.count("callers").await, 1, "only the open case's caller is left");
    }

    async fn retention_period_is_set_per_programme(t) {
        let op = t.staff("op", "Operator", Role::Operator).await;
        let bd = Programme::Country(Country::Bangladesh);
        assert_eq!(t.store.retention_days(bd).await.unwrap(), 365);
        t.store.set_retention(Programme::Default, RetentionDays::parse(200).unwrap(), Millis(T0)).await.unwrap();
        assert_eq!(t.store.retention_days(bd).await.unwrap(), 200, "the default programme's");
        t.store.set_retention(bd, RetentionDays::parse(150).unwrap(), Millis(T0)).await.unwrap();
        t.store.set_retention(bd, RetentionDays::parse(130).unwrap(), Millis(T0)).await.unwrap();
        assert_eq!(t.store.retention_days(bd).await.unwrap(), 130);
        // A case with no workplace follows the default programme (200 days).
        let id = case(&t, OLD_NARRATIVE, PHONE).await;
        t.store.close_case(&t.helpline(id).await, "resolved_accepted", op, Millis(T0)).await.unwrap();
        let runner = Runner::new(t.store.clone());
        let job = RetentionJob::of(tempfile::tempdir().unwrap().path());
        assert_eq!(runner.drain(&job, Millis(T0 + 150 * DAY_MS)).await.unwrap(), 0);
        assert_eq!(runner.drain(&job, Millis(T0 + 201 * DAY_MS)).await.unwrap(), 1);
    }

    async fn retention_leaves_no_canary_in_the_database_files(t) {
        if t.engine != Engine::Sqlite {
            // PostgreSQL's dead rows go with its own VACUUM; the file scan is SQLite's.
            return;
        }
        let op = t.staff("op", "Operator", Role::Operator).await;
        let old = case(&t, OLD_NARRATIVE, PHONE).await;
        let kept = case(&t, KEPT_NARRATIVE, "01755512346").await;
        t.store.add_note(&t.helpline(old).await, op, &TestDb::note(NOTE), Millis(T0)).await.unwrap();
        t.store.add_note(&t.helpline(kept).await, op, &TestDb::note("keptnote Kanarykept"), Millis(T0)).await.unwrap();
        t.store.close_case(&t.helpline(old).await, "resolved_accepted", op, Millis(T0)).await.unwrap();
        let runner = Runner::new(t.store.clone());
        let job = RetentionJob::of(tempfile::tempdir().unwrap().path());
        assert_eq!(runner.drain(&job, Millis(T0 + 400 * DAY_MS)).await.unwrap(), 1);
        t.raw_exec("PRAGMA wal_checkpoint(TRUNCATE)").await.unwrap();
        let file = t.sqlite_file.clone().unwrap();
        let mut bytes = std::fs::read(&file).unwrap();
        let wal = std::path::PathBuf::from(format!("{}-wal", file.display()));
        if let Ok(more) = std::fs::read(&wal) {
            bytes.extend(more);
        }
        assert!(contains(&bytes, "keptnarrative"), "the scan finds text that is there");
        assert!(contains(&bytes, "Kanarykept"), "the scan finds a kept note");
        // The caller's name and phone as an operator typed them into a note.
        for canary in ["oldnarrative", OLD_NARRATIVE, "Retcanary", PHONE, NOTE] {
            assert!(!contains(&bytes, canary), "{canary:?} is still in the database file");
        }
    }

    async fn retention_removes_note_text_free_callbacks_and_voice_steps(t) {
        let op = t.staff("op", "Operator", Role::Operator).await;
        let old = case(&t, OLD_NARRATIVE, PHONE).await;
        t.store.add_note(&t.helpline(old).await, op, &TestDb::note(NOTE), Millis(T0)).await.unwrap();
        // The worker of the case rang and was called back; another worker only ever rang.
        returned_missed_call(&t, "CA-ret-1", PHONE, op, T0).await;
        returned_missed_call(&t, "CA-ret-2", "01755512399", op, T0).await;
        t.store.close_case(&t.helpline(old).await, "resolved_accepted", op, Millis(T0)).await.unwrap();
        assert_eq!(t.count("callback_requests").await, 2);
        assert!(t.count("voice_steps").await > 0);

        // Changing an event any other way is still refused, on both engines.
        assert!(t.raw_exec("UPDATE case_events SET detail = '{\"removed\":true}' WHERE kind = 'note'").await.is_err(),
            "a note of a case whose identity is kept cannot be changed");
        assert!(t.raw_exec("DELETE FROM case_events WHERE kind = 'note'").await.is_err());

        let runner = Runner::new(t.store.clone());
        let job = RetentionJob::of(tempfile::tempdir().unwrap().path());
        assert_eq!(runner.drain(&job, Millis(T0 + 400 * DAY_MS)).await.unwrap(), 1);

        let notes = t.raw_rows("SELECT detail FROM case_events WHERE kind = 'note'", vec![]).await;
        assert_eq!(notes.len(), 1, "the note's event stays, for the record that one was written");
        let detail: String = notes[0].try_get("", "detail").unwrap();
        assert_eq!(detail, r#"{"removed":true}"#);
        assert_eq!(t.count("callback_requests").await, 0, "finished free callbacks go");
        assert_eq!(t.count("voice_steps").await, 0, "the provider's call ids go");
        assert_eq!(t.count("callers").await, 0, "neither worker is kept");
        assert_eq!(t.raw_i64("SELECT COUNT(*) FROM interactions WHERE caller_id IS NOT NULL").await, 0);
        // The record of the case's events keeps every other event as it was.
        assert!(t.raw_exec("UPDATE case_events SET detail = '{}' WHERE kind = 'created'").await.is_err());
        assert!(t.raw_exec("UPDATE case_events SET detail = '{\"removed\":true}' WHERE kind = 'closed'").await.is_err());
    }

    async fn retention_keeps_open_callbacks_and_recent_channel_rows(t) {
        let op = t.staff("op", "Operator", Role::Operator).await;
        // A finished callback of last month, and one still waiting from long ago.
        returned_missed_call(&t, "CA-recent", "01755512398", op, T0 + 370 * DAY_MS).await;
        let caller = workvoice_domain::PhoneNumber::parse("01755512397", Country::Bangladesh).unwrap();
        let ask = CallbackAsk { caller: &caller, language: None, source: CallbackSource::MissedCall, message_url: None };
        t.store.record_voice_step("CA-waiting", "ended", VoiceWrite::Ended(ask), LOCAL, Millis(T0)).await.unwrap();
        let runner = Runner::new(t.store.clone());
        let job = RetentionJob::of(tempfile::tempdir().unwrap().path());
        runner.drain(&job, Millis(T0 + 400 * DAY_MS)).await.unwrap();
        assert_eq!(t.count("callback_requests").await, 2, "an open callback is work to do; a recent one is kept");
        assert_eq!(t.count("callers").await, 2);
        assert_eq!(t.raw_i64("SELECT COUNT(*) FROM voice_steps WHERE call_sid = 'CA-waiting'").await, 0, "the old call's step keys go");
        assert!(t.raw_i64("SELECT COUNT(*) FROM voice_steps WHERE call_sid = 'CA-recent'").await > 0, "the recent call's stay");
    }
}
