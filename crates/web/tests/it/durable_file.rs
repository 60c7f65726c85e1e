//! An evidence upload's row is committed only after its file is durable: a server that
//! dies between the two leaves a file without a row (never a row without its file), which
//! the orphan sweep removes once it is an hour old; a file that cannot be made durable is
//! refused with nothing left behind.

use std::path::Path;
use std::sync::Arc;
use workvoice_domain::Millis;

use crate::support::{T0, TestApp};
use axum::http::StatusCode;
use workvoice_channels::{OrphanSweep, Runner};
use workvoice_domain::{Intake, Language, ShareableSummary, Urgency};
use workvoice_store::{ORPHAN_AGE_MS, now_millis};
use workvoice_testdb::files::{Fault, FsCall, Op, RecordingFs};
use workvoice_testdb::{TempDatabase, engine_tests};

engine_tests!(durable_file_upload_row_waits_for_the_file_and_the_sweep_removes_what_a_crash_left);

fn stored_files(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = match std::fs::read_dir(dir) {
        Ok(entries) => entries
            .map(|e| e.unwrap().file_name().into_string().unwrap())
            .collect(),
        Err(_) => Vec::new(),
    };
    names.sort();
    names
}

async fn durable_file_upload_row_waits_for_the_file_and_the_sweep_removes_what_a_crash_left(
    db: TempDatabase,
) {
    let fs = RecordingFs::new();
    let (app, mut factory) = TestApp::builder()
        .file_system(Arc::new(fs.clone()))
        .workplace_for("Rahman Knitwear Ltd", &[])
        .factory_contact("factory", "Rahman Knitwear Ltd")
        .build_signed_in(db, "factory")
        .await;
    let intake = Intake {
        workplace_id: Some(app.workplace("Rahman Knitwear Ltd").id),
        category: "osh.ppe".into(),
        urgency: Urgency::Normal,
        language: Language::En,
        summary: "internal".into(),
        narrative: "internal".into(),
        shareable_summary: ShareableSummary::parse("No masks in the dyeing unit").unwrap(),
        caller: None,
        consent: Default::default(),
        channel: workvoice_domain::Channel::Phone,
        factory_agreement: Default::default(),
    };
    let id = app
        .store
        .create_case(&intake, None, Millis(T0))
        .await
        .unwrap()
        .id;
    app.report(id, app.workplace("Rahman Knitwear Ltd").organisation_id)
        .await;
    let case = app.helpline_case(id).await;
    let dir = app.state().config.attachments_dir.clone();
    let csrf = factory.get(&format!("/org/cases/{id}")).await.csrf();

    // The disk cannot sync the file: refused, no row, no file.
    fs.inject(Fault::Fail(Op::SyncFile));
    let r = factory.post_evidence(id, &csrf, "gloves.png").await;
    assert_eq!(r.status, StatusCode::INTERNAL_SERVER_ERROR);
    assert!(app.store.case_attachments(&case).await.unwrap().is_empty());
    assert_eq!(stored_files(&dir), Vec::<String>::new());

    // The server dies after the file got its name, before its folder was synced: the row
    // was not written, because it waits for the file to be durable.
    fs.inject(Fault::Crash(Op::SyncDir));
    let r = factory.post_evidence(id, &csrf, "masks.png").await;
    assert_eq!(r.status, StatusCode::INTERNAL_SERVER_ERROR);
    assert!(app.store.case_attachments(&case).await.unwrap().is_empty());
    let orphan = stored_files(&dir);
    assert_eq!(orphan.len(), 1, "the crash left one file: {orphan:?}");

    // A normal upload: the folder's sync is the last file-system call, the row comes after.
    fs.clear();
    let r = factory.post_evidence(id, &csrf, "exit.png").await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    assert_eq!(fs.calls().last(), Some(&FsCall::SyncDir(dir.clone())));
    let rows = app.store.case_attachments(&case).await.unwrap();
    assert_eq!(rows.len(), 1);
    assert!(dir.join(&rows[0].storage_key).is_file());

    // The sweep, as the server runs it: nothing within the hour, the orphan after it.
    let runner = Runner::new(app.store.clone());
    let sweep = OrphanSweep::of(&dir);
    assert_eq!(runner.drain(&sweep, Millis(now_millis())).await.unwrap(), 0);
    assert_eq!(stored_files(&dir).len(), 2);
    let later = now_millis() + ORPHAN_AGE_MS + 60_000;
    assert_eq!(runner.drain(&sweep, Millis(later)).await.unwrap(), 1);
    assert_eq!(stored_files(&dir), [rows[0].storage_key.clone()]);
    // The recorded file is still there to download.
    factory
        .get(&format!("/org/attachments/{}", rows[0].id))
        .await
        .assert_ok();
}
