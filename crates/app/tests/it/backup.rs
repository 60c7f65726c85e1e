//! `workvoice backup` and `workvoice restore` (issue 14, item 6) on both engines, as an
//! administrator runs them: the backup file holds nothing readable (a canary user name
//! that the database does hold is not in it), a restore needs `--yes` to replace data and
//! brings the database back to the backup's moment, and a backup does not open with
//! another key file.

use workvoice_testdb::{TempDatabase, engine_tests};

use crate::support::{admin, run_to_end};

engine_tests!(backup_round_trip_is_encrypted_and_restores_the_backup_moment);

const CANARY: &str = "backupcanaryzqx";

fn contains(haystack: &[u8], needle: &str) -> bool {
    haystack
        .windows(needle.len())
        .any(|w| w == needle.as_bytes())
}

async fn backup_round_trip_is_encrypted_and_restores_the_backup_moment(db: TempDatabase) {
    let work = tempfile::tempdir().unwrap();
    let data = work.path().join("data");
    let run = |args: &[&str]| {
        let out = run_to_end(admin(work.path(), &data, db.url(), args));
        let text = format!(
            "{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        (out.status.success(), text)
    };
    let ok = |args: &[&str]| {
        let (success, text) = run(args);
        assert!(success, "workvoice {args:?}: {text}");
        text
    };
    ok(&["create-admin", "--username", "boss"]);
    ok(&["create-user", "--username", CANARY, "--role", "operator"]);
    let file = work.path().join("workvoice.backup");
    let path = file.to_str().unwrap();
    let out = ok(&["backup", "--output", path]);
    assert!(out.contains("Backup written"), "{out}");
    let bytes = std::fs::read(&file).unwrap();
    assert!(bytes.starts_with(b"WORKVOICE-BACKUP-1\n"));
    assert!(!contains(&bytes, CANARY), "the backup is encrypted");
    if let Some(sqlite) = db.sqlite_file() {
        let live = std::fs::read(sqlite).unwrap();
        assert!(
            contains(&live, CANARY),
            "the canary is in the database itself"
        );
    }
    // A backup is never written over an existing file.
    let (again, text) = run(&["backup", "--output", path]);
    assert!(!again, "{text}");

    // After the backup: a user the restore must take away again.
    ok(&[
        "create-user",
        "--username",
        "afterbackup",
        "--role",
        "operator",
    ]);
    let (refused, text) = run(&["restore", "--input", path]);
    assert!(!refused && text.contains("--yes"), "{text}");
    let out = ok(&["restore", "--input", path, "--yes"]);
    assert!(
        out.contains("Restored from") && out.contains("(2 users)"),
        "{out}"
    );
    ok(&["create-token", "--username", CANARY, "--name", "check"]);
    let (gone, text) = run(&[
        "create-token",
        "--username",
        "afterbackup",
        "--name",
        "check",
    ]);
    assert!(!gone, "the user made after the backup is gone: {text}");

    // Another key file cannot open it.
    let other = work.path().join("other");
    let _ = run_to_end(admin(
        work.path(),
        &other,
        "sqlite://unused.db",
        &["migrate"],
    ));
    let mut cmd = admin(
        work.path(),
        &data,
        db.url(),
        &["restore", "--input", path, "--yes"],
    );
    cmd.env("WORKVOICE_KEY_FILE", other.join("master.key"));
    let out = run_to_end(cmd);
    assert!(!out.status.success());
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("does not open with this key file"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}
