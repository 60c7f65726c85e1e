//! The operator's loop through the HTML pages, in-process: sign in, record a case, read
//! the code once, find it in the queue and by search, add a note, assign it.

use crate::support;

use crate::support::{PASSWORD, TestApp};
use axum::http::StatusCode;
use workvoice_domain::{Country, Language, Role};
use workvoice_testdb::{TempDatabase, engine_tests};

engine_tests!(
    operator_records_a_case_and_reads_the_code_once,
    invalid_form_keeps_everything_typed,
    queue_filters_and_search_find_the_case,
    notes_appear_on_the_timeline_and_supervisors_assign,
    pages_work_in_bengali_and_vietnamese,
    wrong_password_is_refused_and_throttled,
    sessions_expire_when_idle_and_logout_ends_them,
);

const BENGALI_SUMMARY: &str = "কারখানায় অগ্নিকাণ্ড, সিঁড়ি বন্ধ";

async fn record_case(app: &TestApp, c: &mut support::Client, workplace: &str) -> (String, String) {
    let r = c
        .submit_new(
            "/cases",
            &[
                ("workplace", workplace),
                ("category", "life_safety.fire"),
                ("urgency", "life_safety"),
                ("language", "bn"),
                ("caller_phone", "01712345678"),
                ("caller_name", "Rina Akter"),
                ("consent_callback", "on"),
                ("safe_time_from", "18:00"),
                ("safe_time_to", "21:00"),
                ("summary", BENGALI_SUMMARY),
                ("narrative", "তৃতীয় তলায় ধোঁয়া, গেট তালাবদ্ধ"),
                (
                    "shareable_summary",
                    "Smoke on the third floor, exit gate locked",
                ),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let case_path = r.location().to_owned();
    assert!(case_path.starts_with("/cases/"), "{case_path}");
    let page = c.get(&case_path).await.assert_ok();
    let marker = "data-testid=\"case-code\">";
    let start = page.body.find(marker).expect("code shown after intake") + marker.len();
    let code = page.body[start..].split('<').next().unwrap().to_owned();
    let _ = app;
    (case_path, code)
}

async fn operator_records_a_case_and_reads_the_code_once(db: TempDatabase) {
    let (app, mut c) = TestApp::with_operator_at(db, "Rahman Knitwear Ltd").await;
    let (path, code) = record_case(&app, &mut c, "Rahman Knitwear Ltd").await;
    let digits: String = code.chars().filter(char::is_ascii_digit).collect();
    assert_eq!(digits.len(), 10, "{code}");
    assert_eq!(code.len(), 12, "grouped 3-3-4: {code}");
    // The code is stored only hashed: it is on no later view of the page.
    let again = c.get(&path).await;
    assert!(!again.body.contains(&code));
    assert!(!again.body.contains("data-testid=\"case-code\""));
    // The case page of a helpline user shows the caller and the timeline, and each view of
    // the identity is one row in the hash-chained access log.
    assert!(again.body.contains("Rina Akter"));
    let before = app.store.verify_access_log().await.unwrap();
    c.get(&path).await;
    let after = app.store.verify_access_log().await.unwrap();
    assert_eq!(after.rows, before.rows + 1);
    assert_eq!(after.first_bad_id, None);
    assert!(again.body.contains("+8801712345678"));
    assert!(again.body.contains(BENGALI_SUMMARY));
    assert!(again.body.contains("recorded the case"));
    // The life-safety script is shown for a fire case.
    assert!(again.body.contains("Are you safe?"));
}

async fn invalid_form_keeps_everything_typed(db: TempDatabase) {
    let (app, mut c) = TestApp::with_operator(db).await;
    let r = c
        .submit_new(
            "/cases",
            &[
                ("workplace", "No Such Factory"),
                ("category", "wages.unpaid"),
                ("urgency", "normal"),
                ("language", "en"),
                ("caller_phone", "12ab"),
                ("caller_name", "Typed Name"),
                ("summary", "Wages for October not paid"),
                ("narrative", "A long story the operator typed"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.body.contains("phone number"), "phone error shown");
    assert!(r.body.contains("No workplace has this name"));
    for kept in [
        "No Such Factory",
        "12ab",
        "Typed Name",
        "Wages for October not paid",
        "A long story the operator typed",
    ] {
        assert!(r.body.contains(kept), "kept {kept}");
    }
    assert!(r.body.contains("value=\"wages.unpaid\" selected"));
    assert_eq!(app.store.count_cases().await.unwrap(), 0, "nothing saved");
}

async fn queue_filters_and_search_find_the_case(db: TempDatabase) {
    let (app, mut c) = TestApp::with_operator_at(db, "Rahman Knitwear Ltd").await;
    let (path, _) = record_case(&app, &mut c, "Rahman Knitwear Ltd").await;
    let queue = c.get("/cases?urgency=life_safety").await.assert_ok();
    assert_eq!(queue.body.matches("data-testid=\"case-row\"").count(), 1);
    let none = c.get("/cases?urgency=informational").await;
    assert_eq!(none.body.matches("data-testid=\"case-row\"").count(), 0);
    assert!(none.body.contains("No cases match"));
    let search = c
        .get("/search?q=%E0%A6%85%E0%A6%97%E0%A7%8D%E0%A6%A8%E0%A6%BF")
        .await; // অগ্নি
    assert!(
        search.body.contains(&format!("href=\"{path}\"")),
        "prefix search finds it"
    );
    let workplace = c.get("/search?q=rahman").await;
    assert!(workplace.body.contains("Rahman Knitwear Ltd"));
}

async fn notes_appear_on_the_timeline_and_supervisors_assign(db: TempDatabase) {
    let app = TestApp::builder()
        .operator()
        .user("op2", Role::Operator, Language::En)
        .user("sup", Role::Supervisor, Language::En)
        .workplace("Rahman Knitwear Ltd", Country::Bangladesh)
        .build(db)
        .await;
    let op2 = app.user_id("op2");
    let mut c = app.signed_in("op").await;
    let (path, _) = record_case(&app, &mut c, "Rahman Knitwear Ltd").await;
    let r = c
        .act(&path, "notes", &[("note", "Called back, no answer")])
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert!(c.get(&path).await.body.contains("Called back, no answer"));
    // An operator cannot assign; the page has no form and the endpoint answers 404.
    assert!(!c.get(&path).await.body.contains("/assign"));
    let denied = c
        .act(&path, "assign", &[("assignee", &op2.to_string())])
        .await;
    assert_eq!(denied.status, StatusCode::NOT_FOUND);
    let mut sup = app.signed_in("sup").await;
    let ok = sup
        .act(&path, "assign", &[("assignee", &op2.to_string())])
        .await;
    assert_eq!(ok.status, StatusCode::SEE_OTHER);
    let page = sup.get(&path).await;
    assert!(page.body.contains("assigned the case to op2 name"));
}

async fn pages_work_in_bengali_and_vietnamese(db: TempDatabase) {
    let app = TestApp::builder()
        .user("bn", Role::Operator, Language::Bn)
        .user("vi", Role::Operator, Language::Vi)
        .build(db)
        .await;
    for (user, lang) in [("bn", "bn"), ("vi", "vi")] {
        let mut c = app.signed_in(user).await;
        for path in ["/", "/cases/new", "/cases", "/search?q=x"] {
            let r = c.get(path).await;
            assert_eq!(r.status, StatusCode::OK, "{user} {path}");
            assert!(
                r.body.contains(&format!("<html lang=\"{lang}\">")),
                "{user} {path}"
            );
            assert!(
                !r.body.contains(">New case<"),
                "{user} {path} is translated"
            );
        }
    }
}

async fn wrong_password_is_refused_and_throttled(db: TempDatabase) {
    let app = TestApp::builder().operator().build(db).await;
    let mut c = app.client();
    for _ in 0..5 {
        let csrf = c.get("/login").await.csrf();
        let r = c
            .post_form(
                "/login",
                &[("username", "op"), ("password", "wrong"), ("csrf", &csrf)],
            )
            .await;
        assert_eq!(r.status, StatusCode::UNAUTHORIZED);
        assert!(r.body.contains("Wrong username or password"));
        assert!(r.body.contains("value=\"op\""), "username kept");
    }
    let csrf = c.get("/login").await.csrf();
    let r = c
        .post_form(
            "/login",
            &[("username", "op"), ("password", PASSWORD), ("csrf", &csrf)],
        )
        .await;
    assert_eq!(
        r.status,
        StatusCode::TOO_MANY_REQUESTS,
        "throttled even with the right password"
    );
}

async fn sessions_expire_when_idle_and_logout_ends_them(db: TempDatabase) {
    let (app, mut c) = TestApp::with_operator(db).await;
    assert_eq!(c.get("/").await.status, StatusCode::OK);
    app.clock.advance(3 * 60 * 60 * 1000);
    let r = c.get("/").await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert_eq!(r.location(), "/login");
    let mut c = app.signed_in("op").await;
    let csrf = c.get("/").await.csrf();
    let out = c.post_form("/logout", &[("csrf", &csrf)]).await;
    assert_eq!(out.status, StatusCode::SEE_OTHER);
    assert_eq!(c.get("/").await.location(), "/login");
}
