//! The OSH programme from the command line, on both engines: `workvoice osh
//! import-checklist` names every bad row and imports nothing, then versions a good file;
//! `workvoice create-user` makes provider staff (of a named provider, created only when
//! asked) and an enterprise owner (of a named workplace).

use workvoice_testdb::{TempDatabase, engine_tests};

use crate::support::{run_to_end, workvoice};

engine_tests!(osh_cli_imports_checklists_and_creates_provider_and_owner_users);

async fn osh_cli_imports_checklists_and_creates_provider_and_owner_users(db: TempDatabase) {
    let work = tempfile::tempdir().unwrap();
    let run = |args: &[&str]| {
        let mut cmd = workvoice(work.path());
        cmd.arg("--data-dir")
            .arg(work.path().join("data"))
            .args(["--database", db.url()])
            .args(args);
        let out = run_to_end(cmd);
        (
            out.status.success(),
            String::from_utf8_lossy(&out.stdout).into_owned(),
            String::from_utf8_lossy(&out.stderr).into_owned(),
        )
    };
    let bad = work.path().join("bad.csv");
    std::fs::write(&bad, "area,en,bn,vi\nnot_an_area,a,b,c\nwise:1,Racks,,Kệ\n").unwrap();
    let (ok, _, err) = run(&[
        "osh",
        "import-checklist",
        bad.to_str().unwrap(),
        "--name",
        "Wood",
    ]);
    assert!(!ok);
    assert!(err.contains("line 2: Unknown technical area"), "{err}");
    assert!(
        err.contains("line 3: Every item needs its text in English, Bengali and Vietnamese."),
        "{err}"
    );
    assert!(err.contains("2 bad row(s); nothing was imported"), "{err}");
    let good = work.path().join("good.csv");
    std::fs::write(&good, "\u{feff}area,en,bn,vi\nwise:1,Put racks beside the tables,টেবিলের পাশে র‍্যাক রাখুন,Đặt kệ cạnh bàn\n").unwrap();
    let (ok, out, err) = run(&[
        "osh",
        "import-checklist",
        good.to_str().unwrap(),
        "--name",
        "Wood",
    ]);
    assert!(ok, "{err}");
    assert!(
        out.contains("Imported 1 action item as \"Wood\" version 1"),
        "{out}"
    );

    let (ok, _, err) = run(&[
        "create-user",
        "--username",
        "lan",
        "--role",
        "provider_staff",
        "--provider",
        "Safe Work Hanoi",
    ]);
    assert!(!ok);
    assert!(
        err.contains("no OSH provider named \"Safe Work Hanoi\""),
        "{err}"
    );
    let (ok, out, err) = run(&[
        "create-user",
        "--username",
        "lan",
        "--role",
        "provider_staff",
        "--provider",
        "Safe Work Hanoi",
        "--create-provider",
    ]);
    assert!(ok, "{err}");
    assert!(
        out.contains("Created the OSH provider") && out.contains("(provider_staff)"),
        "{out}"
    );
    let (ok, out, err) = run(&[
        "create-user",
        "--username",
        "hoa",
        "--role",
        "provider_staff",
        "--provider",
        "Safe Work Hanoi",
    ]);
    assert!(ok, "{err}");
    assert!(!out.contains("Created the OSH provider"), "{out}");
    let (ok, _, err) = run(&["create-user", "--username", "x", "--role", "provider_staff"]);
    assert!(
        !ok && err.contains("provider staff need --provider NAME"),
        "{err}"
    );
    let (ok, _, err) = run(&[
        "create-user",
        "--username",
        "y",
        "--role",
        "operator",
        "--provider",
        "Safe Work Hanoi",
    ]);
    assert!(
        !ok && err.contains("only provider staff belong to a provider"),
        "{err}"
    );
    let (ok, _, err) = run(&[
        "create-user",
        "--username",
        "z",
        "--role",
        "enterprise_owner",
    ]);
    assert!(
        !ok && err.contains("an enterprise owner needs --workplace NAME"),
        "{err}"
    );
}
