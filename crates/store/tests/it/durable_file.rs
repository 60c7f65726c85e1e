//! Files the server creates survive a power cut: each is written under a temporary name,
//! synced, given its final name, and its folder (and every folder made for it) synced
//! before the caller hears "written"; a failure at any step leaves nothing behind; a
//! crash leaves at most a file without a row, which the orphan sweep removes after an hour.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use workvoice_domain::Millis;

use crate::support::{T0, intake};
use workvoice_domain::{Role, Urgency};
use workvoice_store::{DurableFiles, NewAttachment, ORPHAN_AGE_MS, is_temp_name, now_millis};
use workvoice_testdb::files::{Fault, FsCall, Op, RecordingFs};

fn recording() -> (RecordingFs, DurableFiles) {
    let fs = RecordingFs::new();
    (fs.clone(), DurableFiles::new(Arc::new(fs)))
}

/// The names in `dir`, sorted.
fn names_in(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    names.sort();
    names
}

/// The folders synced, in call order.
fn synced_dirs(calls: &[FsCall]) -> Vec<PathBuf> {
    calls
        .iter()
        .filter_map(|c| match c {
            FsCall::SyncDir(p) => Some(p.clone()),
            _ => None,
        })
        .collect()
}

#[test]
fn durable_file_is_synced_then_named_then_its_folder_is_synced() {
    let dir = tempfile::tempdir().unwrap();
    let (fs, files) = recording();
    let path = files
        .write_new(dir.path(), "master.key", b"secret")
        .unwrap();
    assert_eq!(path, dir.path().join("master.key"));
    assert_eq!(std::fs::read(&path).unwrap(), b"secret");

    let mut calls = fs.calls();
    calls.dedup();
    let FsCall::CreateNew(temp) = calls[0].clone() else {
        panic!("the first call creates the temporary file: {calls:?}");
    };
    assert_eq!(
        temp.parent(),
        Some(dir.path()),
        "same folder as the final name"
    );
    assert!(is_temp_name(temp.file_name().unwrap().to_str().unwrap()));
    assert_eq!(
        calls,
        vec![
            FsCall::CreateNew(temp.clone()),
            FsCall::Write(temp.clone()),
            FsCall::SyncFile(temp.clone()),
            FsCall::Link {
                from: temp.clone(),
                to: path.clone()
            },
            FsCall::Remove(temp),
            FsCall::SyncDir(dir.path().to_path_buf()),
        ]
    );
    assert_eq!(
        names_in(dir.path()),
        ["master.key"],
        "no temporary file left"
    );
}

#[test]
fn durable_file_syncs_every_folder_it_had_to_create() {
    let base = tempfile::tempdir().unwrap();
    let (a, b) = (base.path().join("a"), base.path().join("a/b"));
    let (fs, files) = recording();
    files.write_new(&b, "evidence", b"photo").unwrap();
    let calls = fs.calls();
    assert_eq!(
        calls[..2],
        [FsCall::CreateDir(a.clone()), FsCall::CreateDir(b.clone())]
    );
    let link = calls
        .iter()
        .position(|c| matches!(c, FsCall::Link { .. }))
        .unwrap();
    assert!(
        synced_dirs(&calls[..link]).is_empty(),
        "folders are synced once the name exists: {calls:?}"
    );
    // The folder holding the file, and the parent of each new folder up to the one that
    // already existed.
    let synced: BTreeSet<PathBuf> = synced_dirs(&calls).into_iter().collect();
    assert_eq!(synced, BTreeSet::from([b, a, base.path().to_path_buf()]));

    // A folder alone (the data folder at first start): each new one's parent is synced.
    fs.clear();
    let (c, d) = (base.path().join("c"), base.path().join("c/d"));
    files.create_dirs(&d).unwrap();
    assert!(d.is_dir());
    assert_eq!(
        fs.calls(),
        [
            FsCall::CreateDir(c.clone()),
            FsCall::CreateDir(d),
            FsCall::SyncDir(base.path().to_path_buf()),
            FsCall::SyncDir(c),
        ]
    );
    // An existing folder needs nothing.
    fs.clear();
    files.create_dirs(base.path()).unwrap();
    assert!(fs.calls().is_empty());
}

#[test]
fn durable_file_leaves_nothing_behind_when_any_step_fails() {
    for op in [
        Op::CreateNew,
        Op::Write,
        Op::SyncFile,
        Op::Link,
        Op::Remove,
        Op::SyncDir,
    ] {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("older"), b"kept").unwrap();
        let (fs, files) = recording();
        fs.inject(Fault::Fail(op));
        let result = files.write_new(dir.path(), "new", b"bytes");
        assert!(result.is_err(), "a failed {op:?} is an error");
        assert!(
            fs.calls().iter().any(|c| c.op() == op),
            "{op:?} was reached"
        );
        assert_eq!(
            names_in(dir.path()),
            ["older"],
            "after a failed {op:?}: no temporary file, no half-made file"
        );
    }
}

#[test]
fn durable_file_never_replaces_an_existing_file() {
    let dir = tempfile::tempdir().unwrap();
    let (_, files) = recording();
    files.write_new(dir.path(), "master.key", b"first").unwrap();
    let err = files
        .write_new(dir.path(), "master.key", b"second")
        .unwrap_err();
    assert_eq!(err.kind(), std::io::ErrorKind::AlreadyExists);
    assert_eq!(
        std::fs::read(dir.path().join("master.key")).unwrap(),
        b"first"
    );
    assert_eq!(names_in(dir.path()), ["master.key"]);
}

/// A write the process does not survive: the injected crash stops it at `op`.
fn crash_at(fs: &RecordingFs, files: &DurableFiles, op: Op, dir: &Path, name: &str) {
    fs.inject(Fault::Crash(op));
    let write = std::panic::AssertUnwindSafe(|| files.write_new(dir, name, b"bytes"));
    let outcome = std::panic::catch_unwind(write);
    assert!(outcome.is_err(), "the crash at {op:?} happened");
}

store_tests! {
    async fn durable_file_orphans_of_a_crash_are_swept_after_an_hour_and_recorded_files_kept(t) {
        let folder = tempfile::tempdir().unwrap();
        let dir = folder.path().join("attachments");
        let (fs, files) = recording();
        let op = t.staff("op", "Operator", Role::Operator).await;
        let org = t.store.helpline_organisation(Millis(T0)).await.unwrap();
        let case = t.store.create_case(&intake("wages.unpaid", Urgency::Normal, "s"), Some(op), Millis(T0)).await.unwrap().id;
        let case = t.helpline(case).await;

        // An upload as it should go: durable file first, then its row.
        files.write_new(&dir, "aa11", b"kept").unwrap();
        let recorded = NewAttachment {
            response_id: None,
            organisation_id: org,
            uploaded_by: op,
            file_name: "notes.pdf".into(),
            content_type: "application/pdf".into(),
            size_bytes: 4,
            sha256: "11".repeat(32),
            storage_key: "aa11".into(),
        };
        t.store.add_attachment(&case, &recorded, Millis(T0)).await.unwrap();
        // Crashes: one after the file got its name (before its folder was synced, so
        // before any row), one in the middle of writing (a temporary file stays).
        crash_at(&fs, &files, Op::SyncDir, &dir, "bb22");
        crash_at(&fs, &files, Op::Link, &dir, "cc33");
        // Something an administrator put there is not ours to judge.
        std::fs::write(dir.join("README.txt"), b"backup notes").unwrap();
        let left = names_in(&dir);
        assert_eq!(left.len(), 4, "{left:?}");
        assert_eq!(left.iter().filter(|n| is_temp_name(n)).count(), 1, "{left:?}");

        // Every row has its file.
        for a in t.store.case_attachments(&case).await.unwrap() {
            assert!(dir.join(&a.storage_key).is_file(), "a row without its file");
        }
        // Within the hour an unrecorded file may still be on its way to a row: kept.
        let now = now_millis();
        assert_eq!(t.store.sweep_orphan_files(&dir, Millis(now)).await.unwrap(), 0);
        assert_eq!(names_in(&dir).len(), 4);
        // An hour on, the orphan and the temporary file go, and nothing else.
        let later = now + ORPHAN_AGE_MS + 60_000;
        assert_eq!(t.store.sweep_orphan_files(&dir, Millis(later)).await.unwrap(), 2);
        assert_eq!(names_in(&dir), ["README.txt", "aa11"]);
        assert_eq!(t.store.sweep_orphan_files(&dir, Millis(later)).await.unwrap(), 0);
        // A folder not made yet (no upload so far) has nothing to sweep.
        assert_eq!(t.store.sweep_orphan_files(&folder.path().join("none"), Millis(later)).await.unwrap(), 0);
    }
}
