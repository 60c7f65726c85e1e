//! `workvoice workplaces import|export` as an administrator runs it: a progress bar on
//! stderr, rejected rows named with their reasons, a second import of the same file that
//! changes nothing, and an export that spreadsheets open as UTF-8.

use workvoice_testdb::{TempDatabase, engine_tests};

use crate::support::{admin, run_to_end};

engine_tests!(csv_cli_import_shows_progress_and_reimport_changes_nothing);

async fn csv_cli_import_shows_progress_and_reimport_changes_nothing(db: TempDatabase) {
    let work = tempfile::tempdir().unwrap();
    let file = work.path().join("workplaces.csv");
    let mut text = String::from("\u{feff}name,country,district,bgmea,workers_total\r\n");
    // Small enough that the export fits the pipe `run_to_end` reads only at the end.
    for i in 0..300 {
        text.push_str(&format!("কারখানা {i},BD,Gazipur,B-{i},{}\r\n", 100 + i));
    }
    text.push_str("Bad Ltd,XX,Dhaka,B-bad,10\r\n");
    std::fs::write(&file, text).unwrap();
    let data = work.path().join("data");
    let run = |args: &[&str]| run_to_end(admin(work.path(), &data, db.url(), args));
    let path = file.to_str().unwrap();

    let dry = run(&["workplaces", "import", "--dry-run", path]);
    let out = String::from_utf8_lossy(&dry.stdout);
    assert!(
        dry.status.success(),
        "{}",
        String::from_utf8_lossy(&dry.stderr)
    );
    assert!(
        out.contains("Dry run: 300 to create, 0 to update, 0 unchanged, 1 rejected"),
        "{out}"
    );

    let first = run(&["workplaces", "import", path]);
    let out = String::from_utf8_lossy(&first.stdout);
    let err = String::from_utf8_lossy(&first.stderr);
    assert!(first.status.success(), "{err}");
    assert!(
        out.contains("row 302 (Bad Ltd) rejected: country:"),
        "{out}"
    );
    assert!(
        out.contains("Imported: 300 created, 0 updated, 0 unchanged, 1 rejected"),
        "{out}"
    );
    assert!(
        err.contains("importing [##############################] 100 % 301/301"),
        "{err}"
    );

    let again = run(&["workplaces", "import", path]);
    let out = String::from_utf8_lossy(&again.stdout);
    assert!(
        out.contains("Imported: 0 created, 0 updated, 300 unchanged, 1 rejected"),
        "{out}"
    );

    let export = run(&["workplaces", "export"]);
    let csv = String::from_utf8(export.stdout).unwrap();
    assert!(csv.starts_with("\u{feff}name,country,district,sub_district"));
    assert_eq!(csv.matches("\r\n").count(), 301);
    assert!(csv.contains("কারখানা 299,BD,Gazipur"));
}
