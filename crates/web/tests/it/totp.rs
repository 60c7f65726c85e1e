//! The second factor (issue 14, item 1): every account, staff and employer side, passes a
//! TOTP code (RFC 6238) after its password before it sees anything; the first sign-in
//! enrols (QR code, key, recovery codes shown once); no code is accepted twice; wrong
//! codes are limited; disabling an account and "sign out everywhere" end its sessions.

use crate::support::{Client, ENROL_PATH, SECOND_FACTOR_PATH, TestApp};
use axum::http::{Method, StatusCode};
use workvoice_domain::Millis;
use workvoice_domain::second_factor::TotpSecret;
use workvoice_store::RateLimit;
use workvoice_testdb::{TempDatabase, engine_tests};
use workvoice_web::{Clock, Limits};

engine_tests!(
    totp_first_sign_in_enrols_with_a_qr_code_and_recovery_codes_shown_once,
    totp_every_account_passes_the_second_factor_before_it_sees_anything,
    totp_a_code_is_accepted_once_and_one_step_of_drift_either_side,
    totp_recovery_code_signs_in_once,
    totp_wrong_codes_are_limited_per_account,
    totp_disabling_an_account_ends_its_sessions_and_tokens,
    totp_sign_out_everywhere_ends_every_session,
);

fn world() -> crate::support::TestAppBuilder {
    TestApp::builder()
        .operator()
        .user(
            "sup",
            workvoice_domain::Role::Supervisor,
            workvoice_domain::Language::En,
        )
        .user(
            "admin",
            workvoice_domain::Role::Admin,
            workvoice_domain::Language::En,
        )
        .brand("Brand A")
        .workplace_for("Rahman Knitwear Ltd", &["Brand A"])
        .factory_contact("factory", "Rahman Knitwear Ltd")
        .brand_user("brand-a", "Brand A")
}

async fn api_status(c: &mut Client, token: &str) -> StatusCode {
    c.json(Method::GET, "/api/workplaces", Some(token), None)
        .await
        .status
}

async fn second_factor_page(c: &mut Client) -> String {
    c.get(SECOND_FACTOR_PATH).await.csrf()
}

async fn totp_first_sign_in_enrols_with_a_qr_code_and_recovery_codes_shown_once(db: TempDatabase) {
    let app = TestApp::builder().operator().build(db).await;
    let mut c = app.password_only("op").await;
    // Not enrolled yet: sent to enrol before anything else.
    let r = c.get("/cases").await;
    assert_eq!(r.location(), SECOND_FACTOR_PATH);
    assert_eq!(c.get(SECOND_FACTOR_PATH).await.location(), ENROL_PATH);
    let page = c.get(ENROL_PATH).await.assert_ok();
    assert!(
        page.body.contains("<svg"),
        "a QR code rendered on the server"
    );
    assert!(
        page.body.matches("<script").count() == page.body.matches("<script src=").count(),
        "no inline script"
    );
    let key = page.between("id=\"totp-key\" class=\"key\">", "<");
    let secret = TotpSecret::from_base32(&key).expect("the key is shown for typing by hand");
    // A reload shows the same key: a QR code already scanned stays good.
    let again = c.get(ENROL_PATH).await;
    assert!(again.body.contains(&key));
    let now = app.clock.now().0 / 1000;
    let wrong_code = if secret.code_at(now) == "000000" {
        "111111"
    } else {
        "000000"
    };
    let wrong = c
        .post_form(ENROL_PATH, &[("code", wrong_code), ("csrf", &page.csrf())])
        .await;
    assert_eq!(wrong.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(wrong.body.contains("does not match"));
    assert!(wrong.body.contains(&key), "the same key, to try again");
    assert_eq!(c.get("/cases").await.location(), SECOND_FACTOR_PATH);
    let done = c
        .post_form(
            ENROL_PATH,
            &[("code", &secret.code_at(now)), ("csrf", &page.csrf())],
        )
        .await;
    assert_eq!(done.status, StatusCode::OK);
    let codes: Vec<&str> = done
        .body
        .split("<li><code>")
        .skip(1)
        .filter_map(|s| s.split('<').next())
        .collect();
    assert_eq!(codes.len(), 10, "{}", done.body);
    assert!(codes.iter().all(|c| c.len() == 19));
    // Now signed in; the codes are on no other page.
    c.get("/cases").await.assert_ok();
    let account = c.get("/account/security").await;
    assert!(account.body.contains("10 recovery codes left"));
    assert!(!account.body.contains(codes[0]));
    // Enrolled: the enrolment page is closed to a new sign-in.
    let mut next = app.password_only("op").await;
    assert_eq!(next.get(ENROL_PATH).await.location(), SECOND_FACTOR_PATH);
    // The secret is stored encrypted: not in the users table as text.
    let id = app.user_id("op");
    assert!(app.store.second_factor_enrolled(id).await.unwrap());
}

async fn totp_every_account_passes_the_second_factor_before_it_sees_anything(db: TempDatabase) {
    let app = world().build(db).await;
    for (user, home) in [
        ("op", "/"),
        ("sup", "/"),
        ("admin", "/"),
        ("factory", "/org"),
        ("brand-a", "/org"),
    ] {
        // First sign-in enrols; the second is past the password only.
        app.signed_in(user).await;
        let mut c = app.password_only(user).await;
        for path in [
            home,
            "/cases",
            "/org",
            "/org/cases",
            "/account/security",
            "/workplaces",
        ] {
            let r = c.get(path).await;
            assert_eq!(
                (r.status, r.location()),
                (StatusCode::SEE_OTHER, SECOND_FACTOR_PATH),
                "{user} {path}"
            );
        }
        // A state-changing form with a valid token changes nothing.
        let csrf = second_factor_page(&mut c).await;
        let r = c
            .post_form("/cases", &[("summary", "x"), ("csrf", &csrf)])
            .await;
        assert_eq!(r.location(), SECOND_FACTOR_PATH, "{user}");
        // Then the code, and the home page opens.
        app.answer_second_factor(&mut c, user).await;
        assert_eq!(c.get(home).await.status, StatusCode::OK, "{user} {home}");
    }
    assert_eq!(app.store.count_cases().await.unwrap(), 0);
}

async fn totp_a_code_is_accepted_once_and_one_step_of_drift_either_side(db: TempDatabase) {
    let app = TestApp::builder().operator().build(db).await;
    app.signed_in("op").await; // enrols with the code of the current step
    let secret = app.second_factor("op").secret;
    let now = app.clock.now().0 / 1000;
    let try_code = |code: String| {
        let app = &app;
        async move {
            let mut c = app.password_only("op").await;
            let csrf = second_factor_page(&mut c).await;
            c.post_form(SECOND_FACTOR_PATH, &[("code", &code), ("csrf", &csrf)])
                .await
                .status
        }
    };
    // The code used at enrolment is spent, and so is any earlier one.
    assert_eq!(
        try_code(secret.code_at(now)).await,
        StatusCode::UNAUTHORIZED
    );
    assert_eq!(
        try_code(secret.code_at(now - 30)).await,
        StatusCode::UNAUTHORIZED
    );
    // The next step's code (a phone clock a little ahead) works, once.
    assert_eq!(
        try_code(secret.code_at(now + 30)).await,
        StatusCode::SEE_OTHER
    );
    assert_eq!(
        try_code(secret.code_at(now + 30)).await,
        StatusCode::UNAUTHORIZED
    );
    // Two steps ahead is too far; later, when its time has come, it works.
    assert_eq!(
        try_code(secret.code_at(now + 90)).await,
        StatusCode::UNAUTHORIZED
    );
    app.clock.advance(90_000);
    assert_eq!(
        try_code(secret.code_at(now + 90)).await,
        StatusCode::SEE_OTHER
    );
    let mut c = app.password_only("op").await;
    let csrf = second_factor_page(&mut c).await;
    let r = c
        .post_form(SECOND_FACTOR_PATH, &[("code", "12345"), ("csrf", &csrf)])
        .await;
    assert_eq!(r.status, StatusCode::UNAUTHORIZED);
    assert!(r.body.contains("wrong, expired or already used"));
}

async fn totp_recovery_code_signs_in_once(db: TempDatabase) {
    let app = TestApp::builder().operator().build(db).await;
    app.signed_in("op").await;
    let code = app.second_factor("op").recovery_codes[3].clone();
    let mut c = app.password_only("op").await;
    let csrf = second_factor_page(&mut c).await;
    // Typed in lower case, with spaces for dashes.
    let typed = code.to_lowercase().replace('-', " ");
    let r = c
        .post_form(SECOND_FACTOR_PATH, &[("code", &typed), ("csrf", &csrf)])
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert_eq!(c.get("/cases").await.status, StatusCode::OK);
    assert!(
        c.get("/account/security")
            .await
            .body
            .contains("9 recovery codes left")
    );
    let mut again = app.password_only("op").await;
    let csrf = second_factor_page(&mut again).await;
    let r = again
        .post_form(SECOND_FACTOR_PATH, &[("code", &code), ("csrf", &csrf)])
        .await;
    assert_eq!(
        r.status,
        StatusCode::UNAUTHORIZED,
        "a recovery code works once"
    );
}

async fn totp_wrong_codes_are_limited_per_account(db: TempDatabase) {
    let app = TestApp::builder()
        .operator()
        .limits(Limits {
            second_factor_failures: RateLimit::per_hour(3),
            ..Limits::default()
        })
        .build(db)
        .await;
    app.signed_in("op").await;
    let mut c = app.password_only("op").await;
    let csrf = second_factor_page(&mut c).await;
    let secret = app.second_factor("op").secret;
    let right = secret.code_at(app.clock.now().0 / 1000 + 30);
    let wrong = if right == "000000" {
        "111111"
    } else {
        "000000"
    };
    for _ in 0..3 {
        let r = c
            .post_form(SECOND_FACTOR_PATH, &[("code", wrong), ("csrf", &csrf)])
            .await;
        assert_eq!(r.status, StatusCode::UNAUTHORIZED);
    }
    let r = c
        .post_form(SECOND_FACTOR_PATH, &[("code", &right), ("csrf", &csrf)])
        .await;
    assert_eq!(
        r.status,
        StatusCode::TOO_MANY_REQUESTS,
        "even the right code"
    );
    assert!(r.body.contains("Too many wrong codes"));
    app.clock.advance(3_601_000);
    app.answer_second_factor(&mut c, "op").await;
    assert_eq!(c.get("/cases").await.status, StatusCode::OK);
}

async fn totp_disabling_an_account_ends_its_sessions_and_tokens(db: TempDatabase) {
    let app = world().build(db).await;
    for user in ["op", "factory"] {
        let id = app.user_id(user);
        let mut first = app.signed_in(user).await;
        let mut second = app.signed_in(user).await;
        // The API is for helpline staff: a token of the operator works until then.
        let (_, token) = app
            .store
            .create_api_token(id, "t", Millis(0))
            .await
            .unwrap();
        let before = api_status(&mut first, &token).await;
        assert_eq!(before == StatusCode::OK, user == "op", "{user}");
        app.store.set_user_active(id, false).await.unwrap();
        for c in [&mut first, &mut second] {
            let r = c.get("/account/security").await;
            assert_eq!(r.location(), "/login", "{user}: every session ended");
        }
        let after = api_status(&mut first, &token).await;
        assert_eq!(after, StatusCode::UNAUTHORIZED, "{user}");
        // Re-enabled, the account signs in again (its old sessions stay ended).
        app.store.set_user_active(id, true).await.unwrap();
        assert_eq!(first.get("/account/security").await.location(), "/login");
        let mut back = app.signed_in(user).await;
        assert_eq!(back.get("/account/security").await.status, StatusCode::OK);
    }
}

async fn totp_sign_out_everywhere_ends_every_session(db: TempDatabase) {
    let app = world().build(db).await;
    let mut phone = app.signed_in("brand-a").await;
    let mut office = app.signed_in("brand-a").await;
    let mut other_user = app.signed_in("factory").await;
    let page = office.get("/account/security").await;
    assert!(page.body.contains("Sign out everywhere"));
    let r = office
        .post_form("/account/sign-out-everywhere", &[("csrf", &page.csrf())])
        .await;
    assert_eq!(r.location(), "/login");
    for c in [&mut phone, &mut office] {
        assert_eq!(c.get("/org").await.location(), "/login");
    }
    assert_eq!(
        other_user.get("/org").await.status,
        StatusCode::OK,
        "others stay"
    );
}
