//! Protections every page needs: CSRF on every state-changing form, same 404 for missing
//! and forbidden, size limits, security headers, small pages.

use crate::support::TestApp;
use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use workvoice_testdb::{TempDatabase, engine_tests};

engine_tests!(
    every_state_changing_form_needs_the_csrf_token,
    cross_site_origin_is_refused_even_with_a_token,
    missing_pages_and_cases_look_alike,
    oversize_form_is_413,
    pages_carry_security_headers_and_stay_small,
    responses_are_compressed_when_asked,
);

async fn every_state_changing_form_needs_the_csrf_token(db: TempDatabase) {
    let (app, mut c) = TestApp::with_operator(db).await;
    for path in [
        "/cases",
        "/cases/1/notes",
        "/cases/1/assign",
        "/logout",
        "/language",
    ] {
        let r = c
            .post_form(path, &[("note", "x"), ("language", "bn")])
            .await;
        assert_eq!(r.status, StatusCode::FORBIDDEN, "{path}");
        let wrong = c.post_form(path, &[("csrf", "forged")]).await;
        assert_eq!(wrong.status, StatusCode::FORBIDDEN, "{path}");
    }
    // Without a login cookie the login form is refused too.
    let mut anon = app.client();
    let r = anon
        .post_form(
            "/login",
            &[("username", "op"), ("password", "x"), ("csrf", "x")],
        )
        .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
}

async fn cross_site_origin_is_refused_even_with_a_token(db: TempDatabase) {
    let (_app, mut c) = TestApp::with_operator(db).await;
    let csrf = c.get("/").await.csrf();
    let r = c
        .send(
            Request::post("/language")
                .header(header::HOST, "helpline.example")
                .header(header::ORIGIN, "https://evil.example")
                .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
                .body(Body::from(format!("language=bn&csrf={csrf}")))
                .unwrap(),
        )
        .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
}

async fn missing_pages_and_cases_look_alike(db: TempDatabase) {
    let (app, mut c) = TestApp::with_operator(db).await;
    let missing_case = c.get("/cases/424242").await;
    let missing_page = c.get("/no/such/page").await;
    assert_eq!(missing_case.status, StatusCode::NOT_FOUND);
    assert_eq!(missing_page.status, StatusCode::NOT_FOUND);
    assert!(
        missing_case
            .body
            .contains("does not exist, or you do not have access")
    );
    // Signed-out visitors are sent to sign in, never shown a case.
    let anon = app.client().get("/cases/1").await;
    assert_eq!(anon.status, StatusCode::SEE_OTHER);
    assert_eq!(anon.location(), "/login");
}

async fn oversize_form_is_413(db: TempDatabase) {
    let (_app, mut c) = TestApp::with_operator(db).await;
    let big = "x".repeat(100 * 1024);
    let r = c.submit_new("/cases", &[("narrative", &big)]).await;
    assert_eq!(r.status, StatusCode::PAYLOAD_TOO_LARGE);
}

async fn pages_carry_security_headers_and_stay_small(db: TempDatabase) {
    let (_app, mut c) = TestApp::with_operator(db).await;
    let r = c.get("/cases/new").await;
    assert!(
        r.headers[header::CONTENT_SECURITY_POLICY]
            .to_str()
            .unwrap()
            .contains("default-src 'self'")
    );
    assert_eq!(r.headers[header::X_CONTENT_TYPE_OPTIONS], "nosniff");
    for path in ["/", "/cases/new", "/cases", "/search?q=a"] {
        let page = c.get(path).await;
        assert!(
            page.body.len() < 100 * 1024,
            "{path} is {} bytes",
            page.body.len()
        );
    }
    // Static assets are cacheable for a year under hashed names.
    let css = r
        .body
        .split("href=\"/static/")
        .nth(1)
        .unwrap()
        .split('"')
        .next()
        .unwrap()
        .to_owned();
    let asset = c.get(&format!("/static/{css}")).await.assert_ok();
    assert!(
        asset.headers[header::CACHE_CONTROL]
            .to_str()
            .unwrap()
            .contains("immutable")
    );
}

async fn responses_are_compressed_when_asked(db: TempDatabase) {
    let (_app, mut c) = TestApp::with_operator(db).await;
    let r = c
        .send(
            Request::get("/cases/new")
                .header(header::ACCEPT_ENCODING, "br")
                .body(Body::empty())
                .unwrap(),
        )
        .await;
    assert_eq!(r.headers[header::CONTENT_ENCODING], "br");
}
