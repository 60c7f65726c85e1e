//! The edges every response has (issue 14, item 4): the security headers on every kind of
//! response, `no-store` on signed-in pages, HSTS only when configured, the language switch
//! without a `Referer`, rate limits kept in the database for gateway secrets and case-code
//! look-ups, and logs of a whole flow free of personal data (canaries grepped).

use std::io::Write;
use std::sync::{Arc, Mutex};

use crate::inbound_sms::{SECRET, case_code, delivered, receive};
use crate::support::{Reply, TestApp};
use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use tracing::instrument::WithSubscriber;
use workvoice_domain::Language;
use workvoice_store::RateLimit;
use workvoice_testdb::{TempDatabase, engine_tests};
use workvoice_web::{Clock, Limits, WebConfig};

engine_tests!(
    headers_on_every_kind_of_response,
    headers_no_store_on_signed_in_pages_and_hsts_only_when_configured,
    headers_language_switch_returns_to_the_page_without_a_referer,
    headers_gateway_secret_guessing_is_rate_limited,
    headers_case_code_lookups_are_limited_for_everyone,
    headers_logs_of_a_whole_flow_hold_no_canary,
);

/// What every response must carry (OWASP ASVS 3.4, anchor T14).
fn assert_security_headers(r: &Reply, what: &str) {
    let get = |name: header::HeaderName| {
        r.headers
            .get(&name)
            .and_then(|v| v.to_str().ok())
            .unwrap_or_else(|| panic!("{what}: no {name}"))
            .to_owned()
    };
    let csp = get(header::CONTENT_SECURITY_POLICY);
    for directive in [
        "default-src 'self'",
        "object-src 'none'",
        "base-uri 'none'",
        "frame-ancestors 'none'",
        "form-action 'self'",
    ] {
        assert!(
            csp.contains(directive),
            "{what}: CSP {csp} lacks {directive}"
        );
    }
    assert!(!csp.contains("unsafe-inline"), "{what}: {csp}");
    assert!(
        !csp.contains("script-src"),
        "{what}: scripts only from default-src 'self'"
    );
    assert_eq!(get(header::X_CONTENT_TYPE_OPTIONS), "nosniff", "{what}");
    assert_eq!(get(header::REFERRER_POLICY), "no-referrer", "{what}");
    assert_eq!(get(header::X_FRAME_OPTIONS), "DENY", "{what}");
    let hsts = get(header::STRICT_TRANSPORT_SECURITY);
    let age: u64 = hsts
        .split(';')
        .find_map(|p| p.trim().strip_prefix("max-age="))
        .and_then(|v| v.parse().ok())
        .unwrap_or(0);
    assert!(age >= 31_536_000, "{what}: {hsts}");
    assert!(hsts.contains("includeSubDomains"), "{what}: {hsts}");
}

async fn headers_on_every_kind_of_response(db: TempDatabase) {
    let app = TestApp::builder()
        .operator()
        .kannel_secret(SECRET)
        .build(db)
        .await;
    let mut anon = app.client();
    let login = anon.get("/login").await;
    assert_security_headers(&login, "login page");
    assert_security_headers(&anon.get("/healthz").await, "health check");
    assert_security_headers(&anon.get("/api/openapi.json").await, "OpenAPI document");
    assert_security_headers(&anon.get("/no/such/page").await, "404 page");
    assert_security_headers(&anon.get("/cases").await, "redirect to sign in");
    let forged = anon.post_form("/login", &[("csrf", "forged")]).await;
    assert_eq!(forged.status, StatusCode::FORBIDDEN);
    assert_security_headers(&forged, "CSRF refusal");
    let api = anon
        .json(axum::http::Method::GET, "/api/cases", None, None)
        .await;
    assert_eq!(api.status, StatusCode::UNAUTHORIZED);
    assert_security_headers(&api, "API without a token");
    let gateway = anon.get("/kannel/wrong-secret/status?msg=1&status=1").await;
    assert_eq!(gateway.status, StatusCode::NOT_FOUND);
    assert_security_headers(&gateway, "gateway with a wrong secret");
    // Past the password only, and fully signed in.
    let mut pending = app.password_only("op").await;
    let second = pending.get("/cases").await;
    assert_eq!(second.location(), "/login/second-factor");
    assert_security_headers(&second, "second factor redirect");
    let mut c = app.signed_in("op").await;
    for path in ["/", "/cases/new", "/cases", "/account/security"] {
        let r = c.get(path).await;
        assert_eq!(r.status, StatusCode::OK, "{path}");
        assert_security_headers(&r, path);
    }
    let invalid = c.submit_new("/cases", &[("summary", "")]).await;
    assert_eq!(invalid.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_security_headers(&invalid, "invalid form");
}

async fn headers_no_store_on_signed_in_pages_and_hsts_only_when_configured(db: TempDatabase) {
    let app = TestApp::builder().operator().build(db).await;
    let mut c = app.signed_in("op").await;
    let page = c.get("/cases/new").await;
    assert_eq!(page.headers[header::CACHE_CONTROL], "no-store");
    let api = c
        .json(axum::http::Method::GET, "/api/openapi.json", None, None)
        .await;
    assert_eq!(api.headers[header::CACHE_CONTROL], "no-store");
    // Static assets keep their own long cache: hashed names, nothing personal in them.
    let css = workvoice_web::assets::css_path();
    let asset = c.get(&css).await;
    assert!(
        asset.headers[header::CACHE_CONTROL]
            .to_str()
            .unwrap()
            .contains("immutable")
    );
    // Without TLS in front (hsts off) no HSTS header is sent.
    let state = app.state();
    let plain = workvoice_web::AppState {
        config: Arc::new(WebConfig {
            hsts: false,
            ..(*state.config).clone()
        }),
        ..state
    };
    let r = tower::ServiceExt::oneshot(
        workvoice_web::router(plain),
        Request::get("/login").body(Body::empty()).unwrap(),
    )
    .await
    .unwrap();
    assert!(r.headers().get(header::STRICT_TRANSPORT_SECURITY).is_none());
    assert_eq!(r.headers()[header::REFERRER_POLICY], "no-referrer");
}

async fn headers_language_switch_returns_to_the_page_without_a_referer(db: TempDatabase) {
    let app = TestApp::builder().operator().build(db).await;
    let mut c = app.signed_in("op").await;
    let page = c.get("/cases?status=new").await;
    assert!(
        page.body
            .contains("name=\"back\" value=\"/cases?status=new\""),
        "the form carries its page"
    );
    // The browser sends no Referer (no-referrer): the form's own field says where to go.
    let r = c
        .post_form(
            "/language",
            &[
                ("language", "bn"),
                ("back", "/cases?status=new"),
                ("csrf", &page.csrf()),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert_eq!(r.location(), "/cases?status=new");
    // A field pointing off the site is ignored.
    let csrf = c.get("/").await.csrf();
    for evil in [
        "//evil.example/",
        "https://evil.example/",
        "/\\evil.example",
    ] {
        let r = c
            .post_form(
                "/language",
                &[("language", "en"), ("back", evil), ("csrf", &csrf)],
            )
            .await;
        assert_eq!(r.location(), "/", "{evil}");
    }
}

fn small_limits() -> Limits {
    Limits {
        code_lookups: RateLimit::per_hour(2),
        webhook_failures: RateLimit::per_hour(3),
        ..Limits::default()
    }
}

async fn headers_gateway_secret_guessing_is_rate_limited(db: TempDatabase) {
    let app = TestApp::builder()
        .operator()
        .kannel_secret(SECRET)
        .limits(small_limits())
        .build(db)
        .await;
    let mut gateway = app.client();
    for guess in ["a", "b", "c"] {
        let r = gateway
            .get(&format!("/kannel/{guess}/status?msg=1&status=1"))
            .await;
        assert_eq!(r.status, StatusCode::NOT_FOUND, "{guess}");
    }
    // Past the limit even the right secret is refused, for now: guessing gains nothing.
    let r = gateway.get("/kannel/d/status?msg=1&status=1").await;
    assert_eq!(r.status, StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(
        receive(&app, "k-1", "+8801811000001", "hello").await,
        StatusCode::TOO_MANY_REQUESTS
    );
    // The count is in the database: a second server (router) on it sees the same.
    let other = workvoice_web::router(app.state());
    let r = tower::ServiceExt::oneshot(
        other,
        Request::get("/kannel/e/status?msg=1&status=1")
            .body(Body::empty())
            .unwrap(),
    )
    .await
    .unwrap();
    assert_eq!(r.status(), StatusCode::TOO_MANY_REQUESTS);
    // An hour later the gateway is let in again.
    app.clock.advance(3_601_000);
    assert_eq!(
        receive(&app, "k-2", "+8801811000001", "hello").await,
        StatusCode::OK
    );
}

async fn headers_case_code_lookups_are_limited_for_everyone(db: TempDatabase) {
    let app = TestApp::builder()
        .operator()
        .kannel_secret(SECRET)
        .limits(small_limits())
        .build(db)
        .await;
    let code = case_code(&app, Language::Vi).await;
    // Three different phones, one look-up each: the third is past the limit for everyone
    // (a guesser with many SIM cards), kept but not answered.
    for (n, sender) in ["+8801811000001", "+8801811000002", "+8801811000003"]
        .iter()
        .enumerate()
    {
        let status = receive(&app, &format!("k-{n}"), sender, &format!("STATUS {code}")).await;
        assert_eq!(status, StatusCode::OK);
    }
    let got = delivered(&app).await;
    assert_eq!(got.len(), 2, "{got:?}");
}

/// Everything the flow logged, as text.
#[derive(Clone, Default)]
struct Captured(Arc<Mutex<Vec<u8>>>);

impl Write for Captured {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(buf);
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

const NAME: &str = "Logcanary Qwzx";
const PHONE_TYPED: &str = "01755509876";
const PHONE_DIGITS: &str = "1755509876";
const NARRATIVE: &str = "log-canary-narrative-h5g4";
const NOTE: &str = "log-canary-note-z9x8";
const SMS: &str = "log-canary-sms-c7v6";

async fn headers_logs_of_a_whole_flow_hold_no_canary(db: TempDatabase) {
    let captured = Captured::default();
    let writer = captured.clone();
    // Everything, at every level, with every span's fields: what an operator who turned
    // all logging on would see. Without the time of each line: its microseconds are six
    // digits of their own, which matched the one-time code by chance about once in 30 runs.
    let subscriber = tracing_subscriber::fmt()
        .without_time()
        .with_max_level(tracing::Level::TRACE)
        .with_span_events(tracing_subscriber::fmt::format::FmtSpan::FULL)
        .with_ansi(false)
        .with_writer(move || writer.clone())
        .finish();
    let secrets = flow(db).with_subscriber(subscriber).await;
    let logs = String::from_utf8_lossy(&captured.0.lock().unwrap()).into_owned();
    assert!(
        logs.contains("request") && logs.contains("/cases/{id}"),
        "the flow was logged"
    );
    for canary in [NAME, "Logcanary", PHONE_DIGITS, NARRATIVE, NOTE, SMS]
        .into_iter()
        .chain(secrets.iter().map(String::as_str))
    {
        assert!(!logged(&logs, canary), "{canary:?} reached the logs");
    }
}

/// Whether `canary` is in the logs. The one-time code (six digits) counts only as a
/// number of its own: six digits inside a longer number (a duration in nanoseconds, say)
/// are a coincidence, not a leak. Longer secrets and the phone's digits count anywhere.
fn logged(logs: &str, canary: &str) -> bool {
    if canary.len() > 6 || !canary.chars().all(|c| c.is_ascii_digit()) {
        return logs.contains(canary);
    }
    logs.match_indices(canary).any(|(at, _)| {
        let before = logs[..at].chars().next_back();
        let after = logs[at + canary.len()..].chars().next();
        !before.is_some_and(|c| c.is_ascii_digit()) && !after.is_some_and(|c| c.is_ascii_digit())
    })
}

/// A whole flow: sign-in with both factors, intake with identity, case page, search,
/// note, report, the factory's view, an SMS from the worker. Returns what else must never
/// be logged: the password, the case code, the second factor's key and code.
async fn flow(db: TempDatabase) -> Vec<String> {
    let app = TestApp::builder()
        .operator()
        .kannel_secret(SECRET)
        .workplace("Rahman Knitwear Ltd", workvoice_domain::Country::Bangladesh)
        .factory_contact("factory", "Rahman Knitwear Ltd")
        .build(db)
        .await;
    let mut c = app.signed_in("op").await;
    let r = c
        .submit_new(
            "/cases",
            &[
                ("workplace", "Rahman Knitwear Ltd"),
                ("category", "wages.unpaid"),
                ("urgency", "normal"),
                ("language", "bn"),
                ("caller_phone", PHONE_TYPED),
                ("caller_name", NAME),
                ("consent_callback", "on"),
                ("summary", "Wages late"),
                ("narrative", NARRATIVE),
                ("shareable_summary", "Wages for October are late."),
                ("factory_consent", "yes"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let case_path = r.location().to_owned();
    let page = c.get(&case_path).await;
    assert!(page.body.contains(NAME));
    let code = page.between("data-testid=\"case-code\">", "<");
    let note = c.act(&case_path, "notes", &[("note", NOTE)]).await;
    assert!(note.status.is_redirection(), "{}", note.body);
    c.get(&format!("/search?q={}", NAME.replace(' ', "+")))
        .await
        .assert_ok();
    let id: i64 = case_path.trim_start_matches("/cases/").parse().unwrap();
    let case_id = workvoice_domain::ids::CaseId::new(id);
    let factory_org = app.workplace("Rahman Knitwear Ltd").organisation_id;
    app.report(case_id, factory_org).await;
    let mut factory = app.signed_in("factory").await;
    factory.get(&format!("/org/cases/{id}")).await.assert_ok();
    receive(&app, "k-log", PHONE_TYPED, &format!("{SMS} STATUS {code}")).await;
    receive(&app, "k-log-2", PHONE_TYPED, SMS).await;
    let factor = app.second_factor("op");
    vec![
        crate::support::PASSWORD.to_owned(),
        code.chars().filter(char::is_ascii_digit).collect(),
        factor.secret.to_base32(),
        factor.secret.code_at(app.clock.now().0 / 1000),
    ]
}
