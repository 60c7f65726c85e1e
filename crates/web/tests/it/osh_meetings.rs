//! OSH meetings and workshops and the field forms' drafts through the pages, on both
//! engines: provider staff record an achievement workshop with the enterprises presenting
//! (a refused form keeps what was typed); the other provider reads it; an enterprise
//! presenting sees it and another does not. A half-filled visit form saved as a draft (by
//! the button or by autosave) reopens filled, is the user's alone, and is gone once the
//! visit is recorded.

use axum::http::StatusCode;
use workvoice_domain::Millis;
use workvoice_testdb::{TempDatabase, engine_tests};

use axum::http::Method;
use workvoice_domain::ids::ImprovementId;
use workvoice_domain::osh::{ImprovementStatus, RiskLevel, RiskScore, VerificationMethod};
use workvoice_store::StatusChange;

use crate::osh::{enrolment_of, id_of, world};
use crate::support::{Client, Reply, T0};

engine_tests!(
    osh_meeting_workshop_is_recorded_and_seen_by_providers_and_presenters,
    osh_draft_of_a_visit_reopens_filled_and_goes_once_recorded,
    osh_aggregates_api_counts_verified_only_and_groups_by_code,
    osh_aggregates_api_filters_like_the_page_with_months_in_the_programmes_zone,
    osh_checklist_import_lists_every_bad_row_and_versions_a_good_file,
    osh_canary_crawl_provider_b_and_another_enterprise_reach_nothing_of_provider_a,
);

async fn osh_meeting_workshop_is_recorded_and_seen_by_providers_and_presenters(db: TempDatabase) {
    let w = world(db).await;
    let mut lan = w.app.signed_in("lan").await;
    let empty = lan.get("/osh/meetings").await.assert_ok();
    empty.assert_shows("Chưa ghi cuộc họp hay hội thảo nào");
    let a = w.workplace_a.to_string();
    let refused = lan
        .submit_new(
            "/osh/meetings",
            &[
                ("kind", "workshop"),
                ("held_on", "2099-01-01"),
                ("place", "Hội trường Sở Lao động"),
                ("organisations", "Safe Work Hanoi\nSở LĐTBXH Hà Nội"),
                ("presenters", &a),
            ],
        )
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused.body.contains("Hội trường Sở Lao động"));
    assert!(refused.body.contains("ngày này vẫn chưa đến"));
    assert!(refused.body.contains("Hãy nhập số người tham dự."));
    let r = lan
        .submit_new(
            "/osh/meetings",
            &[
                ("kind", "workshop"),
                ("held_on", "2026-05-20"),
                ("place", "Hội trường Sở Lao động"),
                ("organisations", "Safe Work Hanoi\nSở LĐTBXH Hà Nội"),
                ("women", "14"),
                ("men", "9"),
                ("presenters", &a),
                (
                    "decisions",
                    "DECISION-1 print the racks example in the leaflet",
                ),
                ("follow_ups", "Visit the presenters again in June"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let id = id_of(r.location());
    let page = lan.get(&format!("/osh/meetings/{id}")).await.assert_ok();
    for text in [
        "Hội thảo thành tựu",
        "Minh Phat Garments",
        "DECISION-1",
        "Sở LĐTBXH Hà Nội",
        "Safe Work Hanoi",
    ] {
        assert!(page.body.contains(text), "{text}: {}", page.body);
    }
    let list = lan.get("/osh/meetings").await;
    assert!(list.body.contains(&format!("/osh/meetings/{id}")));

    // The other provider reads it (coordination is shared); so does the presenter.
    let mut karim = w.app.signed_in("karim").await;
    assert!(
        karim
            .get(&format!("/osh/meetings/{id}"))
            .await
            .body
            .contains("DECISION-1")
    );
    // Only provider staff record meetings.
    let mut owner = w.app.signed_in("owner").await;
    assert_eq!(
        owner.get("/osh/meetings/new").await.status,
        StatusCode::NOT_FOUND
    );
    assert!(
        owner
            .get("/osh/meetings")
            .await
            .body
            .contains(&format!("/osh/meetings/{id}"))
    );
    assert!(
        owner
            .get(&format!("/osh/meetings/{id}"))
            .await
            .body
            .contains("DECISION-1")
    );
    // An enterprise that did not present sees nothing of it.
    let mut owner_b = w.app.signed_in("ownerb").await;
    assert_eq!(
        owner_b.get(&format!("/osh/meetings/{id}")).await.status,
        StatusCode::NOT_FOUND
    );
    assert!(
        !owner_b
            .get("/osh/meetings")
            .await
            .body
            .contains("DECISION-1")
    );
}

async fn osh_draft_of_a_visit_reopens_filled_and_goes_once_recorded(db: TempDatabase) {
    let w = world(db).await;
    let mut lan = w.app.signed_in("lan").await;
    let enrolment = enrolment_of(&w.app, w.provider_a).await;
    let form = lan.get("/osh/visits/new").await;
    form.assert_shows("formaction=\"/osh/drafts/visit\"");
    assert!(
        form.body
            .contains("data-autosave=\"/osh/drafts/visit?autosave=1\"")
    );
    // The button: half a form, invalid as it stands, kept as typed.
    let r = lan
        .submit(
            "/osh/visits/new",
            "/osh/drafts/visit",
            &[
                ("enrolment", &enrolment),
                ("kind", "follow_up"),
                ("scheduled_on", "2026-02-01"),
                ("visitors", "Lan, Hoa"),
                ("workers", "12"),
                ("women", "40"),
                ("workers_text", "HALF-TYPED workers say the fans help"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    assert_eq!(r.location(), "/osh/visits/new?draft=saved");
    let page = lan.get(r.location()).await;
    page.assert_shows("Đã lưu bản nháp");
    assert!(page.body.contains("HALF-TYPED workers say the fans help"));
    assert!(page.body.contains("value=\"40\"") && page.body.contains("Lan, Hoa"));
    assert!(!page.body.contains("csrf=") && !page.body.contains("Bản nháp này"));

    // Autosave answers 204 and replaces the draft.
    let r = lan
        .submit(
            "/osh/visits/new",
            "/osh/drafts/visit?autosave=1",
            &[("enrolment", &enrolment), ("visitors", "AUTOSAVED Lan")],
        )
        .await;
    assert_eq!(r.status, StatusCode::NO_CONTENT);
    let page = lan.get("/osh/visits/new").await;
    assert!(page.body.contains("AUTOSAVED Lan") && !page.body.contains("HALF-TYPED"));

    // Another user's form is not filled from it; the other provider cannot save one on a
    // form they do not have either way, and an enterprise owner cannot save at all.
    let mut karim = w.app.signed_in("karim").await;
    assert!(
        !karim
            .get("/osh/visits/new")
            .await
            .body
            .contains("AUTOSAVED")
    );
    let mut owner = w.app.signed_in("owner").await;
    let csrf = owner.get("/osh").await.csrf();
    let r = owner
        .post_form("/osh/drafts/visit", &[("visitors", "x"), ("csrf", &csrf)])
        .await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);

    // Recording the visit drops the draft.
    let r = lan
        .submit_new(
            "/osh/visits",
            &[
                ("enrolment", &enrolment),
                ("kind", "follow_up"),
                ("scheduled_on", "2026-02-01"),
                ("performed_on", "2026-02-01"),
                ("visitors", "AUTOSAVED Lan"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let page = lan.get("/osh/visits/new").await;
    assert!(!page.body.contains("AUTOSAVED"));

    // The improvement form too; discarding empties it.
    let r = lan
        .submit(
            "/osh/improvements/new",
            "/osh/drafts/improvement",
            &[("description", "DRAFT racks by the cutting tables")],
        )
        .await;
    assert_eq!(r.location(), "/osh/improvements/new?draft=saved");
    let page = lan.get("/osh/improvements/new").await;
    assert!(page.body.contains("DRAFT racks by the cutting tables"));
    let r = lan
        .submit(
            "/osh/improvements/new",
            "/osh/drafts/improvement/discard",
            &[],
        )
        .await;
    assert_eq!(r.location(), "/osh/improvements/new");
    assert!(
        !lan.get("/osh/improvements/new")
            .await
            .body
            .contains("DRAFT racks")
    );
}

/// Two materials-handling improvements of provider A, both low-cost and scored high; the
/// first done and then verified (scored low) at `verified_at`. Returns a supervisor's API
/// token.
async fn one_verified_one_open(w: &crate::osh::World, verified_at: i64) -> String {
    let mut lan = w.app.signed_in("lan").await;
    let mut ids = Vec::new();
    for description in ["Racks for cut fabric", "Trolley for fabric rolls"] {
        let r = lan
            .submit_new(
                "/osh/improvements",
                &[
                    ("workplace", &w.workplace_a.to_string()),
                    ("area", "materials_handling"),
                    ("description", description),
                    ("control_level", "engineering"),
                    ("low_cost", "1"),
                    ("before_likelihood", "4"),
                    ("before_severity", "3"),
                ],
            )
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
        ids.push(id_of(r.location()).parse::<ImprovementId>().unwrap());
    }
    let staff = w.app.store.user_by_username("lan").await.unwrap().id;
    let after = RiskScore::new(RiskLevel::new(1).unwrap(), RiskLevel::new(3).unwrap());
    for (to, verification) in [
        (ImprovementStatus::Done, None),
        (
            ImprovementStatus::Verified,
            Some(VerificationMethod::ObservedOnVisit),
        ),
    ] {
        let change = StatusChange {
            to,
            verification,
            after: Some(after),
            note: String::new(),
        };
        w.app
            .store
            .change_improvement_status(w.provider_a, ids[0], &change, staff, Millis(verified_at))
            .await
            .unwrap();
    }
    let sup = w.app.user_id("sup");
    let (_, token) = w
        .app
        .store
        .create_api_token(sup, "osh", Millis(T0))
        .await
        .unwrap();
    token
}

async fn osh_aggregates_api_counts_verified_only_and_groups_by_code(db: TempDatabase) {
    let w = world(db).await;
    let token = one_verified_one_open(&w, T0 + 10).await;
    let mut c = w.app.client();
    let r = c
        .json(Method::GET, "/api/osh/aggregates", Some(&token), None)
        .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    let v: serde_json::Value = serde_json::from_str(&r.body).unwrap();
    assert_eq!(v["by"], "area");
    assert_eq!(v["total"]["verified"], 1);
    assert_eq!(v["total"]["open"], 1);
    assert_eq!(v["total"]["low_cost_percent"], 100);
    assert_eq!(v["total"]["risk_reduction"], 12 - 3);
    assert_eq!(v["groups"][0]["key"], "materials_handling");
    assert_eq!(v["transitions"][0]["from"], "high");
    assert_eq!(v["transitions"][0]["to"], "low");
    let r = c
        .json(
            Method::GET,
            "/api/osh/aggregates?by=provider",
            Some(&token),
            None,
        )
        .await;
    let v: serde_json::Value = serde_json::from_str(&r.body).unwrap();
    assert_eq!(v["groups"][0]["key"], w.provider_a.to_string());
    assert_eq!(v["groups"][0]["name"], "Safe Work Hanoi");
    let r = c
        .json(
            Method::GET,
            "/api/osh/aggregates?by=colour",
            Some(&token),
            None,
        )
        .await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    assert!(r.body.starts_with('{'), "{}", r.body);
    let r = c.json(Method::GET, "/api/osh/aggregates", None, None).await;
    assert_eq!(r.status, StatusCode::UNAUTHORIZED);
}

/// `GET /api/osh/aggregates?{query}` with the API token.
async fn api_aggregates(c: &mut Client, token: &str, query: &str) -> Reply {
    c.json(
        Method::GET,
        &format!("/api/osh/aggregates?{query}"),
        Some(token),
        None,
    )
    .await
}

/// The API takes the page's filters and refuses what does not parse with a 422 that names
/// the field. Months are the programme's (Asia/Dhaka, UTC+6): an improvement verified at
/// 20:00 UTC on 30 September is October's.
async fn osh_aggregates_api_filters_like_the_page_with_months_in_the_programmes_zone(
    db: TempDatabase,
) {
    let w = world(db).await;
    let boundary = jiff::civil::date(2026, 9, 30)
        .at(20, 0, 0, 0)
        .to_zoned(jiff::tz::TimeZone::UTC)
        .unwrap()
        .timestamp()
        .as_millisecond();
    let token = one_verified_one_open(&w, boundary).await;
    let mut c = w.app.client();
    let mut verified = async |query: &str| {
        let r = api_aggregates(&mut c, &token, query).await;
        assert_eq!(r.status, StatusCode::OK, "{query}: {}", r.body);
        let v: serde_json::Value = serde_json::from_str(&r.body).unwrap();
        (v["total"]["verified"].as_i64().unwrap(), v)
    };
    assert_eq!(verified("from=2026-10&to=2026-10").await.0, 1);
    assert_eq!(verified("from=2026-09&to=2026-09").await.0, 0);
    let (_, by_month) = verified("by=month").await;
    let months: Vec<_> = by_month["groups"]
        .as_array()
        .unwrap()
        .iter()
        .map(|g| (g["key"].as_str().unwrap(), g["verified"].as_i64().unwrap()))
        .collect();
    assert!(months.contains(&("2026-10", 1)), "{months:?}");
    let (_, by_region) = verified("by=region").await;
    let region = by_region["groups"][0]["key"].as_str().unwrap().to_owned();
    assert_eq!(verified(&format!("region={region}")).await.0, 1);
    assert_eq!(verified("region=VN/nowhere").await.0, 0);
    let a = w.provider_a.to_string();
    assert_eq!(verified(&format!("provider={a}")).await.0, 1);
    let b = w.provider_b.to_string();
    assert_eq!(verified(&format!("provider={b}")).await.0, 0);
    assert_eq!(verified("area=materials_handling").await.0, 1);
    assert_eq!(verified("area=hand_tools").await.0, 0);
    for (query, field) in [
        ("from=2026-13", "from"),
        ("to=October", "to"),
        ("from=2026-10&to=2026-09", "from"),
        ("provider=safe-work", "provider"),
        ("region=VN", "region"),
        ("area=colour", "area"),
    ] {
        let r = api_aggregates(&mut c, &token, query).await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{query}");
        let v: serde_json::Value = serde_json::from_str(&r.body).unwrap();
        assert_eq!(v["fields"][0]["field"], field, "{query}: {v}");
    }
}

async fn osh_checklist_import_lists_every_bad_row_and_versions_a_good_file(db: TempDatabase) {
    let w = world(db).await;
    let mut sup = w.app.signed_in("sup").await;
    let page = sup.get("/osh/checklists/import").await.assert_ok();
    page.assert_shows("version 1, with 24 items");
    let csrf = page.csrf();
    let bad = "area,en,bn,vi\nnot_an_area,Keep exits clear,x,y\nmaterials_handling,Racks,,Kệ\n";
    let r = sup
        .post_file(
            &format!("/osh/checklists/import?csrf={csrf}"),
            "file",
            "c.csv",
            "text/csv",
            bad.as_bytes(),
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    r.assert_shows("Unknown technical area");
    assert!(
        r.body
            .contains("Every item needs its text in English, Bengali and Vietnamese.")
    );
    assert_eq!(
        r.body
            .matches("data-testid=\"osh_checklist_error\"")
            .count(),
        2
    );
    assert_eq!(w.app.store.current_checklist().await.unwrap().version, 1);
    let good = "\u{feff}area,en,bn,vi\nwise:1,Put racks beside the cutting tables,কাটিং টেবিলের পাশে র‍্যাক রাখুন,Đặt kệ cạnh bàn cắt\n";
    let r = sup
        .post_file(
            &format!("/osh/checklists/import?csrf={csrf}"),
            "file",
            "c.csv",
            "text/csv",
            good.as_bytes(),
        )
        .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    r.assert_shows("Imported 1 action item.");
    let current = w.app.store.current_checklist().await.unwrap();
    assert_eq!((current.version, current.items.len()), (2, 1));
    // Provider staff answer checklists; they do not replace them.
    let mut lan = w.app.signed_in("lan").await;
    assert_eq!(
        lan.get("/osh/checklists/import").await.status,
        StatusCode::NOT_FOUND
    );
}

/// Provider A's work carries canaries: its private visit notes, an improvement, and a
/// workshop enterprise B did not present at. Provider B's staff and enterprise B's owner
/// then fetch everything they can reach from their start page plus A's own addresses:
/// none of A's private notes, nor (for enterprise B) anything of A's at all, may show, and
/// A's addresses answer exactly like ids that do not exist.
async fn osh_canary_crawl_provider_b_and_another_enterprise_reach_nothing_of_provider_a(
    db: TempDatabase,
) {
    const NOTE: &str = "CANARY-NOTE-A";
    const IMPROVEMENT: &str = "CANARY-IMPROVEMENT-A";
    const DECISION: &str = "CANARY-DECISION-A";
    let w = world(db).await;
    let mut lan = w.app.signed_in("lan").await;
    let enrolment = enrolment_of(&w.app, w.provider_a).await;
    let r = lan
        .submit_new(
            "/osh/visits",
            &[
                ("enrolment", &enrolment),
                ("kind", "follow_up"),
                ("scheduled_on", "2026-02-01"),
                ("performed_on", "2026-02-01"),
                ("notes", NOTE),
            ],
        )
        .await;
    let visit = id_of(r.location());
    let r = lan
        .submit_new(
            "/osh/improvements",
            &[
                ("workplace", &w.workplace_a.to_string()),
                ("area", "premises"),
                ("description", IMPROVEMENT),
                ("control_level", "engineering"),
            ],
        )
        .await;
    let improvement = id_of(r.location());
    let r = lan
        .submit_new(
            "/osh/meetings",
            &[
                ("kind", "workshop"),
                ("held_on", "2026-05-20"),
                ("place", "Hanoi"),
                ("organisations", "Safe Work Hanoi"),
                ("women", "3"),
                ("presenters", &w.workplace_a.to_string()),
                ("decisions", DECISION),
            ],
        )
        .await;
    let meeting = id_of(r.location());
    // A draft of A's staff is theirs alone too.
    lan.submit("/osh/visits/new", "/osh/drafts/visit", &[("notes", NOTE)])
        .await;

    let a_paths = [
        format!("/osh/visits/{visit}"),
        format!("/osh/improvements/{improvement}"),
    ];
    let missing = [
        "/osh/visits/999999".to_owned(),
        "/osh/improvements/999999".to_owned(),
    ];
    let mut extra: Vec<String> = a_paths.to_vec();
    extra.extend([
        "/osh/meetings".to_owned(),
        format!("/osh/meetings/{meeting}"),
        "/osh/visits/new".to_owned(),
        "/osh/improvements/new".to_owned(),
        "/osh/aggregates.csv?by=provider".to_owned(),
    ]);
    for (who, forbidden) in [
        ("karim", vec![NOTE, IMPROVEMENT]),
        ("ownerb", vec![NOTE, IMPROVEMENT, DECISION, "Minh Phat"]),
    ] {
        let mut c = w.app.signed_in(who).await;
        let pages = crate::canary::crawl(&mut c, &extra).await;
        assert!(pages.len() > 5, "{who} reached only {} pages", pages.len());
        for (path, reply) in &pages {
            for canary in &forbidden {
                assert!(
                    !reply.body.contains(canary),
                    "{who} sees {canary} on {path}"
                );
            }
        }
        for (path, gone) in a_paths.iter().zip(&missing) {
            let (a, m) = (c.get(path).await, c.get(gone).await);
            assert_eq!((a.status, &a.body), (m.status, &m.body), "{who}: {path}");
        }
    }
    // Provider B reads the workshop (coordination is shared) but not A's notes.
    let mut karim = w.app.signed_in("karim").await;
    assert!(
        karim
            .get(&format!("/osh/meetings/{meeting}"))
            .await
            .body
            .contains(DECISION)
    );
}
