//! The JSON API: tokens, validation errors that name the field, paging, search, and
//! no caller identity in any response.

use crate::support::{Client, Reply, T0, TestApp};
use axum::http::{Method, StatusCode};
use workvoice_domain::ids::WorkplaceId;
use workvoice_domain::{Country, Language, Millis, Role};
use workvoice_testdb::{TempDatabase, engine_tests};

engine_tests!(
    requests_without_a_valid_token_are_refused,
    create_get_list_search_and_note,
    responses_never_contain_caller_identity,
    bad_input_gets_a_clear_error,
    workplaces_can_be_created_and_listed,
    openapi_document_lists_every_api_route,
    keyset_paging_sees_every_case_once_while_new_cases_arrive,
);

async fn app_with_token(db: TempDatabase) -> (TestApp, String, WorkplaceId) {
    let app = TestApp::builder()
        .user("service", Role::Supervisor, Language::En)
        .workplace("Công ty May Sài Gòn Xanh", Country::Vietnam)
        .build(db)
        .await;
    let user = app.user_id("service");
    let (_, token) = app
        .store
        .create_api_token(user, "tests", Millis(T0))
        .await
        .unwrap();
    let workplace = app.workplace("Công ty May Sài Gòn Xanh").id;
    (app, token, workplace)
}

/// `POST /api/cases` with the service token.
async fn post_case(c: &mut Client, token: &str, body: &str) -> Reply {
    c.json(Method::POST, "/api/cases", Some(token), Some(body))
        .await
}

/// A `GET` on the API with the service token.
async fn get_api(c: &mut Client, token: &str, path: &str) -> Reply {
    c.json(Method::GET, path, Some(token), None).await
}

fn case_json(workplace: WorkplaceId, summary: &str) -> String {
    serde_json::json!({
        "workplace_id": workplace,
        "category": "osh.heat",
        "urgency": "urgent",
        "language": "vi",
        "summary": summary,
        "narrative": "Nhiều công nhân bị ngất vì nóng ở xưởng may",
        "shareable_summary": "Heat in the sewing hall",
        "caller_phone": "0912345678",
        "caller_name": "Canary Nguyen",
        "consent_sms": true
    })
    .to_string()
}

async fn requests_without_a_valid_token_are_refused(db: TempDatabase) {
    let (app, _, _) = app_with_token(db).await;
    let mut c = app.client();
    assert_eq!(
        c.json(Method::GET, "/api/cases", None, None).await.status,
        StatusCode::UNAUTHORIZED
    );
    let bad = c
        .json(Method::GET, "/api/cases", Some("wv_nope"), None)
        .await;
    assert_eq!(bad.status, StatusCode::UNAUTHORIZED);
    assert!(bad.body.contains("\"error\":\"unauthorized\""));
}

async fn create_get_list_search_and_note(db: TempDatabase) {
    let (app, token, wp) = app_with_token(db).await;
    let mut c = app.client();
    let r = post_case(&mut c, &token, &case_json(wp, "Công nhân bị ngất vì nóng")).await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);
    let created: serde_json::Value = serde_json::from_str(&r.body).unwrap();
    let id = created["id"].as_i64().unwrap();
    assert_eq!(created["code"].as_str().unwrap().len(), 12);

    let one = get_api(&mut c, &token, &format!("/api/cases/{id}")).await;
    assert_eq!(one.status, StatusCode::OK);
    let case: serde_json::Value = serde_json::from_str(&one.body).unwrap();
    assert_eq!(case["urgency"], "urgent");
    assert_eq!(case["workplace_name"], "Công ty May Sài Gòn Xanh");

    let found = get_api(&mut c, &token, "/api/cases?q=cong%20nhan%20ngat&limit=5").await;
    let page: serde_json::Value = serde_json::from_str(&found.body).unwrap();
    assert_eq!(page["total"], 1, "{}", found.body);
    assert_eq!(page["limit"], 5);
    let nothing = get_api(&mut c, &token, "/api/cases?q=xyzzy").await;
    assert!(nothing.body.contains("\"total\":0"));

    let note = c
        .json(
            Method::POST,
            &format!("/api/cases/{id}/notes"),
            Some(&token),
            Some(r#"{"text":"đã gọi lại"}"#),
        )
        .await;
    assert_eq!(note.status, StatusCode::CREATED);
    let by_note = get_api(&mut c, &token, "/api/cases?q=da%20goi").await;
    by_note.assert_shows("\"total\":1");

    let missing = get_api(&mut c, &token, "/api/cases/999999").await;
    assert_eq!(missing.status, StatusCode::NOT_FOUND);
}

async fn responses_never_contain_caller_identity(db: TempDatabase) {
    let (app, token, wp) = app_with_token(db).await;
    let mut c = app.client();
    let r = post_case(&mut c, &token, &case_json(wp, "Heat")).await;
    assert_eq!(r.status, StatusCode::CREATED);
    let id: i64 = serde_json::from_str::<serde_json::Value>(&r.body).unwrap()["id"]
        .as_i64()
        .unwrap();
    for path in [
        format!("/api/cases/{id}"),
        "/api/cases".to_owned(),
        "/api/cases?q=heat".to_owned(),
        format!("/api/workplaces/{wp}"),
        "/api/workplaces".to_owned(),
    ] {
        let body = c.json(Method::GET, &path, Some(&token), None).await.body;
        assert!(!body.contains("Canary"), "{path}");
        assert!(!body.contains("912345678"), "{path}");
    }
}

async fn bad_input_gets_a_clear_error(db: TempDatabase) {
    let (app, token, wp) = app_with_token(db).await;
    let mut c = app.client();
    let malformed = post_case(&mut c, &token, "{\"summary\": ").await;
    assert_eq!(malformed.status, StatusCode::BAD_REQUEST);
    assert!(malformed.body.contains("malformed_json"));

    let wrong_type = post_case(&mut c, &token, r#"{"category":"osh.heat","urgency":"normal","language":"en","summary":"x","consent_sms":"yes"}"#).await;
    assert_eq!(wrong_type.status, StatusCode::UNPROCESSABLE_ENTITY);
    wrong_type.assert_shows("\"field\":\"consent_sms\"");

    let mut bad = serde_json::from_str::<serde_json::Value>(&case_json(wp, "x")).unwrap();
    bad["caller_phone"] = "12ab".into();
    bad["category"] = "no.such".into();
    let invalid = post_case(&mut c, &token, &bad.to_string()).await;
    assert_eq!(invalid.status, StatusCode::UNPROCESSABLE_ENTITY);
    invalid.assert_shows("\"field\":\"caller_phone\"");
    assert!(invalid.body.contains("\"field\":\"category\""));
    assert_eq!(
        app.store.count_cases().await.unwrap(),
        0,
        "nothing stored half-parsed"
    );

    let not_json = c
        .send(
            axum::http::Request::post("/api/cases")
                .header("authorization", format!("Bearer {token}"))
                .header("content-type", "text/plain")
                .body(axum::body::Body::from("hello"))
                .unwrap(),
        )
        .await;
    assert_eq!(not_json.status, StatusCode::UNSUPPORTED_MEDIA_TYPE);

    let huge = format!("{{\"summary\":\"{}\"}}", "a".repeat(200 * 1024));
    let too_big = post_case(&mut c, &token, &huge).await;
    assert_eq!(too_big.status, StatusCode::PAYLOAD_TOO_LARGE);
}

async fn workplaces_can_be_created_and_listed(db: TempDatabase) {
    let (app, token, _) = app_with_token(db).await;
    let mut c = app.client();
    let r = c
        .json(Method::POST, "/api/workplaces", Some(&token), Some(r#"{"name":"Delta Denim","country":"BD","district":"Savar","workers_total":900,"workers_women":500}"#))
        .await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);
    let bad = c
        .json(
            Method::POST,
            "/api/workplaces",
            Some(&token),
            Some(r#"{"name":"","country":"XX"}"#),
        )
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(bad.body.contains("\"field\":\"name\"") && bad.body.contains("\"field\":\"country\""));
    let list = get_api(&mut c, &token, "/api/workplaces?q=denim").await;
    assert!(list.body.contains("Delta Denim") && list.body.contains("\"total\":1"));

    // The whole record: registration numbers, onboarding, the 24/7 safety contact.
    let full = r#"{"name":"Savar Knit","country":"BD","identifiers":{"bgmea":"b 77"},"languages":["bn"],"onboarding_status":"onboarded","onboarding_dates":{"invited":"2026-01-05","onboarded":"2026-02-01"},"safety_contact":{"name":"Md. Karim","phone":"01711-000000"}}"#;
    let r = c
        .json(Method::POST, "/api/workplaces", Some(&token), Some(full))
        .await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);
    let out: serde_json::Value = serde_json::from_str(&r.body).unwrap();
    assert_eq!(out["identifiers"]["bgmea"], "B 77");
    assert_eq!(out["onboarding_status"], "onboarded");
    assert_eq!(out["onboarding_dates"]["onboarded"], "2026-02-01");
    assert_eq!(out["contacts"][0]["phone"], "+8801711000000");
    let got = get_api(&mut c, &token, &format!("/api/workplaces/{}", out["id"])).await;
    got.assert_shows("\"safety_24_7\"");
    // The same number again is a field error, not a server error.
    let again = c
        .json(Method::POST, "/api/workplaces", Some(&token), Some(full))
        .await;
    assert_eq!(
        again.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "{}",
        again.body
    );
    assert!(again.body.contains("\"field\":\"identifiers\""));
    // A brand id that names nothing is the caller's field error, not a missing page.
    let unknown = c
        .json(
            Method::POST,
            "/api/workplaces",
            Some(&token),
            Some(
                r#"{"name":"Ghost Brand Ltd","country":"BD","brand_organisation_ids":[987654321]}"#,
            ),
        )
        .await;
    assert_eq!(
        unknown.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "{}",
        unknown.body
    );
    assert!(
        unknown
            .body
            .contains("\"field\":\"brand_organisation_ids\""),
        "{}",
        unknown.body
    );
    let none = get_api(&mut c, &token, "/api/workplaces?q=ghost").await;
    assert!(
        none.body.contains("\"total\":0"),
        "nothing saved: {}",
        none.body
    );
}

async fn openapi_document_lists_every_api_route(db: TempDatabase) {
    let (app, _, _) = app_with_token(db).await;
    let r = app.client().get("/api/openapi.json").await;
    assert_eq!(r.status, StatusCode::OK);
    let doc: serde_json::Value = serde_json::from_str(&r.body).unwrap();
    for path in [
        "/cases",
        "/cases/{id}",
        "/cases/{id}/notes",
        "/workplaces",
        "/workplaces/{id}",
    ] {
        assert!(doc["paths"].get(path).is_some(), "{path} missing");
    }
    assert!(doc["components"]["securitySchemes"]["bearer"].is_object());
    // What the JSON body extractor answers before any handler runs is documented too.
    for (path, item) in doc["paths"].as_object().unwrap() {
        for (method, op) in item.as_object().unwrap() {
            if op.get("requestBody").is_some() {
                for status in ["413", "415"] {
                    assert!(
                        op["responses"].get(status).is_some(),
                        "{method} {path} lacks {status}"
                    );
                }
            }
        }
    }
}

/// Pages through `/api/cases?after=…` seven at a time while new cases keep arriving at the
/// top of the list: every case that existed at the start is seen exactly once.
async fn keyset_paging_sees_every_case_once_while_new_cases_arrive(db: TempDatabase) {
    let (app, token, workplace) = app_with_token(db).await;
    let mut c = app.client();
    let mut existing = std::collections::BTreeSet::new();
    for i in 0..30 {
        let r = post_case(
            &mut c,
            &token,
            &case_json(workplace, &format!("Existing case {i}")),
        )
        .await;
        assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);
        let created: serde_json::Value = serde_json::from_str(&r.body).unwrap();
        existing.insert(created["id"].as_i64().unwrap());
    }
    let mut seen = Vec::new();
    let mut after = String::new();
    for round in 0.. {
        assert!(round < 20, "paging did not end");
        let page = get_api(&mut c, &token, &format!("/api/cases?limit=7&after={after}")).await;
        assert_eq!(page.status, StatusCode::OK, "{}", page.body);
        let page: serde_json::Value = serde_json::from_str(&page.body).unwrap();
        seen.extend(
            page["items"]
                .as_array()
                .unwrap()
                .iter()
                .map(|c| c["id"].as_i64().unwrap()),
        );
        for i in 0..3 {
            post_case(
                &mut c,
                &token,
                &case_json(workplace, &format!("New case {round}.{i}")),
            )
            .await;
        }
        match page["next"].as_str() {
            Some(next) => after = next.to_owned(),
            None => break,
        }
    }
    let unique: std::collections::BTreeSet<i64> = seen.iter().copied().collect();
    assert_eq!(unique.len(), seen.len(), "a case came twice: {seen:?}");
    assert_eq!(unique, existing, "keyset paging missed or added cases");

    let bad = get_api(&mut c, &token, "/api/cases?after=yesterday").await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", bad.body);
    bad.assert_shows("after");
    let wrong_sort = get_api(&mut c, &token, "/api/cases?after=&sort=urgency").await;
    assert_eq!(
        wrong_sort.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "{}",
        wrong_sort.body
    );
}
