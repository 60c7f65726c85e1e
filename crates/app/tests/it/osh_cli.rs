//! The OSH programme from the command line, on both engines: `workvoice osh
//! import-checklist` names every bad row and imports nothing, then versions a good file;
//! `workvoice create-user` makes provider staff (of a named provider, created only when
//! asked) and an enterprise owner (of a named workplace).

use workvoice_domain::Millis;
use workvoice_testdb::{TempDatabase, engine_tests};

use crate::support::{admin, outcome, run_to_end};

engine_tests!(
    osh_cli_imports_checklists_and_creates_provider_and_owner_users,
    feedback_report_cli_writes_one_file_per_enterprise_in_its_language,
);

async fn osh_cli_imports_checklists_and_creates_provider_and_owner_users(db: TempDatabase) {
    let work = tempfile::tempdir().unwrap();
    let data = work.path().join("data");
    let run = |args: &[&str]| outcome(&run_to_end(admin(work.path(), &data, db.url(), args)));
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

/// `workvoice osh feedback-reports`: one standalone file per enterprise of the programme,
/// Bengali for a Bangladeshi enterprise unless `--language` says otherwise, with progress
/// on stderr; an unknown language is refused.
async fn feedback_report_cli_writes_one_file_per_enterprise_in_its_language(db: TempDatabase) {
    use workvoice_domain::Country;
    use workvoice_domain::osh::Methodology;
    use workvoice_store::{KeyFile, Keys, NewProgramme, NewWorkplace, Store};

    let work = tempfile::tempdir().unwrap();
    let data = work.path().join("data");
    let run = |args: &[&str]| outcome(&run_to_end(admin(work.path(), &data, db.url(), args)));
    let (ok, _, err) = run(&["migrate"]);
    assert!(ok, "{err}");
    let KeyFile::Key(keys) = Keys::load(&data.join("master.key")).unwrap() else {
        panic!("migrate made no key file");
    };
    let store = Store::open(db.url(), keys).await.unwrap();
    let provider = store
        .create_provider("Safe Work Bangladesh", Millis(1))
        .await
        .unwrap();
    let programme = store
        .create_programme(
            &NewProgramme {
                name: "WISE Gazipur".into(),
                methodology: Methodology::Wise,
                starts_on: jiff::civil::date(2026, 1, 1),
                ends_on: None,
                partners: String::new(),
            },
            Millis(1),
        )
        .await
        .unwrap();
    let mut enrolments = Vec::new();
    for name in ["Rupa Knit", "Nadia Garments"] {
        let w = store
            .create_workplace(
                &NewWorkplace {
                    name: name.into(),
                    country: Country::Bangladesh,
                    district: "Gazipur".into(),
                    address: String::new(),
                    sector: "garments".into(),
                    workers_total: 40,
                    workers_women: 30,
                    brand_organisation_ids: vec![],
                },
                Millis(1),
            )
            .await
            .unwrap();
        enrolments.push(
            store
                .enrol_workplace(
                    programme,
                    w.id,
                    provider,
                    jiff::civil::date(2026, 1, 5),
                    Millis(1),
                )
                .await
                .unwrap(),
        );
    }
    store.close().await;

    let out = work.path().join("reports");
    let id = programme.to_string();
    let (ok, stdout, err) = run(&[
        "osh",
        "feedback-reports",
        "--programme",
        &id,
        "--out",
        out.to_str().unwrap(),
    ]);
    assert!(ok, "{err}");
    assert!(stdout.contains("Wrote 2 feedback reports"), "{stdout}");
    assert!(err.contains("writing ["), "{err}");
    let file =
        std::fs::read_to_string(out.join(format!("enrolment-{}.html", enrolments[0]))).unwrap();
    assert!(file.contains("ফিডব্যাক রিপোর্ট"));
    assert!(file.contains("Rupa Knit"));
    assert!(file.contains("<style>") && !file.contains("<link"));
    let (ok, _, err) = run(&[
        "osh",
        "feedback-reports",
        "--programme",
        &id,
        "--out",
        out.to_str().unwrap(),
        "--language",
        "en",
    ]);
    assert!(ok, "{err}");
    let file =
        std::fs::read_to_string(out.join(format!("enrolment-{}.html", enrolments[1]))).unwrap();
    assert!(file.contains("Feedback report · Nadia Garments"));
    let (ok, _, err) = run(&[
        "osh",
        "feedback-reports",
        "--programme",
        &id,
        "--out",
        out.to_str().unwrap(),
        "--language",
        "fr",
    ]);
    assert!(!ok);
    assert!(err.contains("--language must be en, bn or vi"), "{err}");
}
