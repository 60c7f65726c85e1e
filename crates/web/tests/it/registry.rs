//! The workplace registry through its pages: a supervisor adds a workplace with its
//! registration numbers, contacts and onboarding dates, finds it by filter and by number,
//! edits it; a refused form keeps what was typed; operators browse but do not edit.

use crate::support::TestApp;
use axum::http::StatusCode;
use workvoice_domain::{Country, Language, Role};
use workvoice_testdb::{TempDatabase, engine_tests};

engine_tests!(
    registry_supervisor_adds_finds_and_edits_a_workplace,
    registry_refused_form_keeps_the_text_and_says_why,
    registry_operator_browses_but_cannot_edit,
    csv_import_page_previews_then_confirms_and_export_reads_back,
    registry_edit_sets_the_brands_a_workplace_supplies,
);

/// Saved by Excel: BOM, CRLF, a Bengali name, a duplicate number, a malformed row.
const CSV: &str = "\u{feff}name,country,district,bgmea,workers_total,brands\r\n\
রহমান নিটওয়্যার লিমিটেড,BD,Gazipur,B-1,1200,Brand A\r\n\
=cmd|' /C calc'!A0,BD,Dhaka,B-2,300,\r\n\
Rahman copy,BD,Gazipur,b-1,1200,\r\n\
Broken,BD\r\n";

const NEW: &[(&str, &str)] = &[
    ("name", "রহমান নিটওয়্যার লিমিটেড"),
    ("country", "BD"),
    ("district", "Gazipur"),
    ("sub_district", "Kaliakair"),
    ("workers_total", "1200"),
    ("workers_women", "800"),
    ("id_bgmea", "b-1234"),
    ("id_rsc", "RSC-77"),
    ("lang_bn", "1"),
    ("status", "onboarded"),
    ("invited_on", "2026-01-05"),
    ("onboarded_on", "2026-02-01"),
    ("safety_contact_name", "Md. Karim"),
    ("safety_contact_phone", "01711-000000"),
];

async fn registry_supervisor_adds_finds_and_edits_a_workplace(db: TempDatabase) {
    let (app, mut sup) = TestApp::builder()
        .user("sup", Role::Supervisor, Language::En)
        .workplace("Other Garments Ltd", Country::Bangladesh)
        .build_signed_in(db, "sup")
        .await;
    let r = sup.submit_new("/workplaces", NEW).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let page_path = r.location().to_owned();
    let page = sup.get(&page_path).await.assert_ok();
    for shown in [
        "রহমান নিটওয়্যার লিমিটেড",
        "Kaliakair",
        "B-1234",
        "RSC-77",
        "2026-02-01",
        "Md. Karim · +8801711000000",
        "24/7 safety contact",
        "onboarded",
    ] {
        assert!(page.body.contains(shown), "{shown} missing:\n{}", page.body);
    }

    // Found by its registration number as typed differently, and by the status filter.
    let by_number = sup.get("/workplaces?q=b-1234").await;
    assert!(by_number.body.contains("রহমান নিটওয়্যার লিমিটেড"));
    assert!(!by_number.body.contains("Other Garments Ltd"));
    let onboarded = sup.get("/workplaces?status=onboarded").await;
    assert_eq!(
        onboarded
            .body
            .matches("data-testid=\"workplace-row\"")
            .count(),
        1
    );
    let invited = sup.get("/workplaces?status=invited&district=").await;
    assert!(invited.body.contains("Other Garments Ltd"));
    assert!(!invited.body.contains("রহমান"));

    // Edited: trained now, the edit form shows what was stored.
    let edit_path = format!("{page_path}/edit");
    let form = sup.get(&edit_path).await;
    form.assert_shows("value=\"B-1234\"");
    assert!(form.body.contains("value=\"2026-01-05\""));
    let mut fields = NEW.to_vec();
    fields.retain(|(k, _)| *k != "status");
    fields.push(("status", "trained"));
    fields.push(("trained_on", "2026-03-10"));
    let r = sup.submit(&edit_path, &page_path, &fields).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let page = sup.get(&page_path).await;
    assert!(page.body.contains("2026-03-10") && page.body.contains("trained"));

    // Another workplace may not take the same registration number.
    let id = app.workplace("Other Garments Ltd").id;
    let other = format!("/workplaces/{id}");
    let r = sup
        .submit(
            &format!("{other}/edit"),
            &other,
            &[
                ("name", "Other Garments Ltd"),
                ("country", "BD"),
                ("id_bgmea", "B-1234"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        r.body
            .contains("Another workplace already has this registration number.")
    );
}

async fn registry_refused_form_keeps_the_text_and_says_why(db: TempDatabase) {
    let (_app, mut sup) = TestApp::builder()
        .user("sup", Role::Supervisor, Language::En)
        .build_signed_in(db, "sup")
        .await;
    let mut fields = NEW.to_vec();
    fields.retain(|(k, _)| !["workers_women", "onboarded_on"].contains(k));
    fields.push(("workers_women", "5000"));
    fields.push(("onboarded_on", "2025-12-01"));
    let r = sup.submit_new("/workplaces", &fields).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.body.contains("More women workers than workers."));
    assert!(
        r.body
            .contains("This date is before the date of an earlier stage.")
    );
    assert!(r.body.contains("value=\"রহমান নিটওয়্যার লিমিটেড\""));
    assert!(r.body.contains("value=\"5000\""));
    let list = sup.get("/workplaces").await;
    assert!(
        list.body.contains("No workplace matches."),
        "nothing written"
    );
}

async fn registry_operator_browses_but_cannot_edit(db: TempDatabase) {
    let (app, mut op) = TestApp::builder()
        .operator()
        .workplace("Other Garments Ltd", Country::Bangladesh)
        .build_signed_in(db, "op")
        .await;
    let list = op.get("/workplaces").await.assert_ok();
    assert!(list.body.contains("Other Garments Ltd"));
    assert!(!list.body.contains("/workplaces/new"));
    let id = app.workplace("Other Garments Ltd").id;
    assert_eq!(
        op.get(&format!("/workplaces/{id}")).await.status,
        StatusCode::OK
    );
    assert_eq!(
        op.get("/workplaces/new").await.status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        op.get(&format!("/workplaces/{id}/edit")).await.status,
        StatusCode::NOT_FOUND
    );
}

async fn csv_import_page_previews_then_confirms_and_export_reads_back(db: TempDatabase) {
    let (_app, mut sup) = TestApp::builder()
        .user("sup", Role::Supervisor, Language::En)
        .brand("Brand A")
        .build_signed_in(db, "sup")
        .await;
    let csrf = sup.get("/workplaces/import").await.csrf();
    let preview = sup
        .post_file(
            &format!("/workplaces/import?csrf={csrf}"),
            "file",
            "workplaces.csv",
            "text/csv",
            CSV.as_bytes(),
        )
        .await;
    assert_eq!(preview.status, StatusCode::OK, "{}", preview.body);
    for shown in [
        "2 new workplaces",
        "0 updated",
        "2 rows rejected",
        "An earlier row of this file has the same registration number.",
        "This row has a different number of cells from the header.",
    ] {
        assert!(
            preview.body.contains(shown),
            "{shown} missing:\n{}",
            preview.body
        );
    }
    assert!(
        sup.get("/workplaces")
            .await
            .body
            .contains("No workplace matches.")
    );

    let action = preview
        .body
        .split("action=\"/workplaces/import/")
        .nth(1)
        .and_then(|s| s.split('"').next())
        .expect("confirm form")
        .to_owned();
    let confirm = format!("/workplaces/import/{action}");
    let r = sup.post_form(&confirm, &[("csrf", &preview.csrf())]).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    assert!(r.body.contains("Imported."));
    let list = sup.get("/workplaces").await;
    assert_eq!(
        list.body.matches("data-testid=\"workplace-row\"").count(),
        2
    );
    assert!(list.body.contains("রহমান নিটওয়্যার লিমিটেড"));
    // Confirming the same upload twice imports nothing twice.
    let twice = sup.post_form(&confirm, &[("csrf", &preview.csrf())]).await;
    assert_eq!(twice.status, StatusCode::NOT_FOUND);

    let export = sup.get("/workplaces.csv").await.assert_ok();
    assert!(export.body.starts_with('\u{feff}'));
    export.assert_shows("\n'=cmd|' /C calc'!A0,BD");
    // The export uploaded again changes nothing.
    let again = sup
        .post_file(
            &format!("/workplaces/import?csrf={csrf}"),
            "file",
            "export.csv",
            "text/csv",
            export.body.as_bytes(),
        )
        .await;
    again.assert_shows("2 unchanged");
    assert!(again.body.contains("Nothing to import"));
}

async fn registry_edit_sets_the_brands_a_workplace_supplies(db: TempDatabase) {
    let (app, mut sup) = TestApp::builder()
        .user("sup", Role::Supervisor, Language::En)
        .brand("Brand A")
        .brand("Brand B")
        .workplace_for("Rahman Knitwear Ltd", &["Brand A"])
        .build_signed_in(db, "sup")
        .await;
    let id = app.workplace("Rahman Knitwear Ltd").id;
    let edit = format!("/workplaces/{id}/edit");
    let page = sup.get(&edit).await;
    assert!(
        page.body.contains("value=\"Brand A\""),
        "the form shows the brands"
    );
    let mut fields: Vec<(String, String)> = vec![
        ("name".into(), "Rahman Knitwear Ltd".into()),
        ("country".into(), "BD".into()),
        ("district".into(), "Gazipur".into()),
        ("workers_total".into(), "1200".into()),
        ("id_bgmea".into(), "B-1".into()),
        ("brands".into(), "brand b; Brand Z".into()),
    ];
    let action = format!("/workplaces/{id}");
    let r = sup.submit(&edit, &action, &as_refs(&fields)).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        r.body
            .contains("One of these names is not a brand in the registry.")
    );
    assert!(
        r.body.contains("value=\"brand b; Brand Z\""),
        "typed text kept"
    );
    fields[5].1 = "brand b; Brand A".into();
    let r = sup.submit(&edit, &action, &as_refs(&fields)).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let brands: Vec<String> = app
        .store
        .workplace_details(id)
        .await
        .unwrap()
        .brands
        .into_iter()
        .map(|(_, n)| n)
        .collect();
    assert_eq!(brands, ["Brand A", "Brand B"]);
    // Emptied, the workplace supplies no brand.
    fields[5].1 = String::new();
    let r = sup.submit(&edit, &action, &as_refs(&fields)).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    assert!(
        app.store
            .workplace_details(id)
            .await
            .unwrap()
            .brands
            .is_empty()
    );
}

fn as_refs(f: &[(String, String)]) -> Vec<(&str, &str)> {
    f.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect()
}
