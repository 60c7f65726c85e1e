//! The factory contacts' and brand users' workspace: responses meet the protocol step and
//! reach the helpline's timeline; evidence uploads are checked by content and size;
//! another workplace's users get 404; brand counts suppress small cells; a signed-in
//! organisation user who opens the login page lands in the workspace.

use crate::support::{Client, PNG, T0, TestApp, TestAppBuilder};
use axum::http::{StatusCode, header};
use workvoice_domain::Millis;
use workvoice_domain::ids::{CaseId, WorkplaceId};
use workvoice_domain::{Intake, Language, ShareableSummary, Urgency};
use workvoice_testdb::{TempDatabase, engine_tests};

engine_tests!(
    org_factory_response_meets_the_step_and_shows_on_the_helpline_timeline,
    org_evidence_upload_checks_type_and_size,
    org_users_of_another_workplace_get_404,
    org_brand_counts_suppress_small_cells_and_revealing_totals,
    org_users_who_open_login_land_on_their_workspace,
);

fn intake(workplace_id: WorkplaceId, category: &str) -> Intake {
    Intake {
        workplace_id: Some(workplace_id),
        category: category.into(),
        urgency: Urgency::Normal,
        language: Language::En,
        summary: "internal".into(),
        narrative: "internal".into(),
        shareable_summary: ShareableSummary::parse("Shareable text").unwrap(),
        caller: None,
        consent: Default::default(),
        channel: workvoice_domain::Channel::Phone,
        factory_agreement: Default::default(),
    }
}

async fn case(app: &TestApp, workplace_id: WorkplaceId, category: &str) -> CaseId {
    let id = app
        .store
        .create_case(&intake(workplace_id, category), None, Millis(T0))
        .await
        .unwrap()
        .id;
    app.report(
        id,
        app.store
            .workplace(workplace_id)
            .await
            .unwrap()
            .organisation_id,
    )
    .await;
    for (brand, _) in app.store.workplace_brands(workplace_id).await.unwrap() {
        app.report(id, brand).await;
    }
    id
}

/// Rahman Knitwear Ltd with a case of `category` and its factory contact signed in.
async fn factory_with_case(
    builder: TestAppBuilder,
    db: TempDatabase,
    category: &str,
) -> (TestApp, CaseId, Client) {
    let (app, factory) = builder
        .workplace_for("Rahman Knitwear Ltd", &[])
        .factory_contact("factory", "Rahman Knitwear Ltd")
        .build_signed_in(db, "factory")
        .await;
    let id = case(&app, app.workplace("Rahman Knitwear Ltd").id, category).await;
    (app, id, factory)
}

async fn org_factory_response_meets_the_step_and_shows_on_the_helpline_timeline(db: TempDatabase) {
    let (app, id, mut f) =
        factory_with_case(TestApp::builder().operator(), db, "wages.unpaid").await;
    let scoped = app.helpline_case(id).await;
    // The start page sends organisation users to their workspace.
    let home = f.get("/").await;
    assert_eq!(home.status, StatusCode::SEE_OTHER);
    assert_eq!(home.location(), "/org");
    let list = f.get("/org").await;
    assert!(list.body.contains(&format!("/org/cases/{id}")));
    let page_path = format!("/org/cases/{id}");
    // An empty response comes back 422 with everything typed kept.
    let r = f
        .act(
            &page_path,
            "respond",
            &[("body", " "), ("action_by", "HR manager")],
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.body.contains("This field is required."));
    assert!(r.body.contains("value=\"HR manager\""));
    app.clock.advance(60_000);
    let r = f.act(&page_path, "acknowledge", &[]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let r = f
        .act(
            &page_path,
            "respond",
            &[
                ("body", "Back wages paid in cash"),
                ("action_by", "HR manager"),
                ("action_due", "2026-11-30"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let r = f
        .act(
            &page_path,
            "clarify",
            &[("question", "Which line is meant?")],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let steps = app.store.case_steps(&scoped).await.unwrap();
    let step = steps
        .iter()
        .find(|s| s.step.code() == "factory_response")
        .unwrap();
    assert_eq!(step.met_at, Some(Millis(T0 + 60_000)));
    let page = f.get(&page_path).await;
    assert!(page.body.contains("Back wages paid in cash"));
    assert!(page.body.contains("Which line is meant?"));
    // The helpline sees the response on the timeline and in the workplace panel.
    let mut op = app.signed_in("op").await;
    let helpline = op.get(&format!("/cases/{id}")).await;
    assert!(
        helpline
            .body
            .contains("recorded the factory&#39;s response")
            || helpline.body.contains("recorded the factory's response"),
        "{}",
        helpline.body
    );
    assert!(helpline.body.contains("Back wages paid in cash"));
    let kinds = app.event_kinds(&scoped).await;
    for k in [
        "factory_acknowledged",
        "factory_responded",
        "clarification_requested",
        "step_met",
    ] {
        assert!(kinds.contains(&k), "{k} in {kinds:?}");
    }
}

async fn org_evidence_upload_checks_type_and_size(db: TempDatabase) {
    // Room above the handler's own 5 MiB check, so that it is the one answering.
    let (app, id, mut f) = factory_with_case(
        TestApp::builder().upload_limit(8 * 1024 * 1024),
        db,
        "osh.ppe",
    )
    .await;
    let scoped = app.helpline_case(id).await;
    let csrf = f.get(&format!("/org/cases/{id}")).await.csrf();
    let url = format!("/org/cases/{id}/evidence?csrf={csrf}");
    // HTML calling itself a PNG: refused by its bytes.
    let r = f
        .post_file(
            &url,
            "file",
            "x.png",
            "image/png",
            b"<html><script>alert(1)</script>",
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        r.body
            .contains("Only JPEG and PNG photos and PDF documents")
    );
    // A PNG declared as a PDF: refused too.
    let r = f
        .post_file(&url, "file", "x.pdf", "application/pdf", PNG)
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    // More than 5 MiB.
    let mut big = PNG.to_vec();
    big.resize(5 * 1024 * 1024 + 1, 0);
    let r = f
        .post_file(&url, "file", "big.png", "image/png", &big)
        .await;
    assert_eq!(r.status, StatusCode::PAYLOAD_TOO_LARGE);
    assert!(r.body.contains("larger than 5 MB"));
    // Without the CSRF token in the query string: refused before anything is read.
    let r = f
        .post_file(
            &format!("/org/cases/{id}/evidence"),
            "file",
            "a.png",
            "image/png",
            PNG,
        )
        .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    assert!(
        app.store
            .case_attachments(&scoped)
            .await
            .unwrap()
            .is_empty()
    );
    // A real PNG, then a PDF, are accepted and downloadable as attachments only.
    let r = f
        .post_file(&url, "file", "../../fire exit.png", "image/png", PNG)
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let r = f
        .post_file(
            &url,
            "file",
            "report.pdf",
            "application/octet-stream",
            b"%PDF-1.7\n%%EOF",
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let files = app.store.case_attachments(&scoped).await.unwrap();
    assert_eq!(files.len(), 2);
    assert_eq!(files[0].file_name, "fire exit.png");
    assert_eq!(files[1].content_type, "application/pdf");
    let d = f
        .get(&format!("/org/attachments/{}", files[0].id))
        .await
        .assert_ok();
    assert_eq!(d.headers[header::CONTENT_TYPE], "image/png");
    assert_eq!(d.headers[header::X_CONTENT_TYPE_OPTIONS], "nosniff");
    assert!(
        d.headers[header::CONTENT_DISPOSITION]
            .to_str()
            .unwrap()
            .starts_with("attachment;")
    );
    assert!(d.body.as_bytes().starts_with(b"\x89PNG") || d.body.starts_with("\u{FFFD}PNG"));
    let kinds = app.event_kinds(&scoped).await;
    assert_eq!(
        kinds.iter().filter(|k| **k == "evidence_attached").count(),
        2
    );
}

async fn org_users_of_another_workplace_get_404(db: TempDatabase) {
    let app = TestApp::builder()
        .brand("Brand A")
        .workplace_for("Rahman Knitwear Ltd", &["Brand A"])
        .workplace_for("Other Garments Ltd", &[])
        .factory_contact("factory-a", "Rahman Knitwear Ltd")
        .factory_contact("factory-b", "Other Garments Ltd")
        .brand_user("brand", "Brand A")
        .build(db)
        .await;
    let a = app.workplace("Rahman Knitwear Ltd");
    let id = case(&app, a.id, "wages.unpaid").await;
    let scoped = app.helpline_case(id).await;
    let mut fa = app.signed_in("factory-a").await;
    let csrf = fa.get(&format!("/org/cases/{id}")).await.csrf();
    let r = fa.post_evidence(id, &csrf, "p.png").await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let attachment = app.store.case_attachments(&scoped).await.unwrap()[0].id;

    let mut fb = app.signed_in("factory-b").await;
    let missing = fb.get("/org/cases/999999").await;
    let forbidden = fb.get(&format!("/org/cases/{id}")).await;
    assert_eq!(forbidden.status, StatusCode::NOT_FOUND);
    assert_eq!(forbidden.body, missing.body, "forbidden looks like missing");
    assert_eq!(
        fb.get(&format!("/org/attachments/{attachment}"))
            .await
            .status,
        StatusCode::NOT_FOUND
    );
    assert!(
        !fb.get("/org")
            .await
            .body
            .contains(&format!("/org/cases/{id}"))
    );
    let csrf = fb.get("/org").await.csrf();
    for action in ["acknowledge", "respond", "clarify"] {
        let r = fb
            .post_form(
                &format!("/org/cases/{id}/{action}"),
                &[("body", "x"), ("question", "x"), ("csrf", &csrf)],
            )
            .await;
        assert_eq!(r.status, StatusCode::NOT_FOUND, "{action}");
    }
    let r = fb.post_evidence(id, &csrf, "p.png").await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
    // Brand users read their suppliers' cases but do not write on them.
    let mut br = app.signed_in("brand").await;
    assert_eq!(
        br.get(&format!("/org/cases/{id}")).await.status,
        StatusCode::OK
    );
    assert_eq!(
        br.get(&format!("/org/attachments/{attachment}"))
            .await
            .status,
        StatusCode::OK
    );
    let csrf = br.get("/org").await.csrf();
    let r = br
        .post_form(
            &format!("/org/cases/{id}/respond"),
            &[("body", "x"), ("csrf", &csrf)],
        )
        .await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
    // Factory users have no brand counts.
    assert_eq!(fa.get("/org/brand").await.status, StatusCode::NOT_FOUND);
    assert_eq!(
        app.store.case_responses(&scoped, None).await.unwrap().len(),
        0
    );
}

async fn org_brand_counts_suppress_small_cells_and_revealing_totals(db: TempDatabase) {
    let app = TestApp::builder()
        .brand("Brand A")
        .brand("Brand B")
        .workplace_for("Alpha Knit", &["Brand A"])
        .workplace_for("Beta Sewing", &["Brand A"])
        .workplace_for("Gamma Dyeing", &["Brand B"])
        .brand_user("brand", "Brand A")
        .build(db)
        .await;
    let a = app.workplace("Alpha Knit");
    let b = app.workplace("Beta Sewing");
    let c = app.workplace("Gamma Dyeing");
    for _ in 0..6 {
        case(&app, a.id, "wages.unpaid").await;
    }
    for _ in 0..2 {
        case(&app, a.id, "abuse.verbal").await;
    }
    for _ in 0..5 {
        case(&app, b.id, "osh.heat").await;
        case(&app, c.id, "osh.heat").await;
    }
    let mut br = app.signed_in("brand").await;
    let page = br.get("/org/brand").await.assert_ok();
    let rows: Vec<String> = page
        .body
        .split("data-testid=\"brand-count\"")
        .skip(1)
        .map(|row| {
            let mut text = String::new();
            // The split leaves the rest of the `<tr …>` tag first.
            let mut inside = true;
            for ch in row.split("</tr>").next().unwrap_or_default().chars() {
                match ch {
                    '<' => inside = true,
                    '>' => {
                        inside = false;
                        text.push(' ');
                    }
                    _ if !inside => text.push(ch),
                    _ => {}
                }
            }
            text.split_whitespace().collect::<Vec<_>>().join(" ")
        })
        .collect();
    assert_eq!(
        rows,
        vec![
            "Alpha Knit Abuse fewer than 5",
            "Alpha Knit Wages and compensation 6",
            "Alpha Knit All categories withheld",
            "Beta Sewing Other safety and health 5",
            "Beta Sewing All categories 5",
        ],
        "{}",
        page.body
    );
    assert!(
        !page.body.contains("Gamma Dyeing"),
        "another brand's supplier"
    );
}

async fn org_users_who_open_login_land_on_their_workspace(db: TempDatabase) {
    let app = TestApp::builder()
        .operator()
        .brand("Brand A")
        .workplace_for("Rahman Knitwear Ltd", &["Brand A"])
        .factory_contact("factory", "Rahman Knitwear Ltd")
        .brand_user("brand-a", "Brand A")
        .build(db)
        .await;
    // A bookmark of the login page, opened while signed in, goes where signing in would.
    for (user, home) in [("factory", "/org"), ("brand-a", "/org"), ("op", "/")] {
        let mut c = app.signed_in(user).await;
        let r = c.get("/login").await;
        assert_eq!(
            (r.status, r.location()),
            (StatusCode::SEE_OTHER, home),
            "{user}"
        );
        assert_eq!(c.get(home).await.status, StatusCode::OK, "{user} {home}");
    }
    assert_eq!(app.client().get("/login").await.status, StatusCode::OK);
}
