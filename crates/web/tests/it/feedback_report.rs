//! Feedback reports, workshop packs and newsletters through their pages, on both engines:
//! an enterprise owner reaches its own report and no other, provider staff their own
//! provider's enterprises, the programme every one; a group of peers below the minimum is
//! not shown; a newsletter made by the programme's staff carries the figures, an SMS
//! digest within one SMS per language and an e-mail file with no external asset.

use axum::http::{StatusCode, header};
use workvoice_domain::Millis;
use workvoice_domain::Role;
use workvoice_domain::dissemination::newsletter::fits_one_sms;
use workvoice_domain::ids::{OrgId, WorkplaceId};
use workvoice_store::{NewUser, OshScope};
use workvoice_testdb::{TempDatabase, engine_tests, fixtures};

use crate::osh::{World, world};
use crate::support::{PASSWORD, T0};

engine_tests!(
    feedback_report_owner_reaches_only_its_own_report,
    newsletter_made_by_programme_staff_with_sms_digest_and_email_file,
);

/// A verified improvement of `provider` at `workplace`, by its staff member `username`.
async fn verified(w: &World, provider: OrgId, username: &str, workplace: WorkplaceId, what: &str) {
    let s = &w.app.store;
    let by = s.user_by_username(username).await.unwrap().id;
    fixtures::improvement(s, provider, by, workplace, what, true, Millis(T0)).await;
}

async fn enrolment_path(w: &World, workplace: WorkplaceId) -> String {
    let e = w
        .app
        .store
        .enrolments(OshScope::Programme)
        .await
        .unwrap()
        .into_iter()
        .find(|e| e.workplace_id == workplace)
        .unwrap();
    format!("/osh/feedback/{}", e.id)
}

async fn programme_manager(w: &World) {
    let helpline = w.app.store.helpline_organisation(Millis(T0)).await.unwrap();
    w.app
        .store
        .create_user(
            &NewUser {
                organisation_id: helpline,
                username: "pm".into(),
                display_name: "Programme Manager".into(),
                role: Role::ProgrammeManager,
                language: workvoice_domain::Language::En,
                password: PASSWORD.into(),
            },
            Millis(T0),
        )
        .await
        .unwrap();
}

async fn feedback_report_owner_reaches_only_its_own_report(db: TempDatabase) {
    let w = world(db).await;
    verified(
        &w,
        w.provider_a,
        "lan",
        w.workplace_a,
        "Racks for cut fabric",
    )
    .await;
    let own = enrolment_path(&w, w.workplace_a).await;
    let other = enrolment_path(&w, w.workplace_b).await;

    let mut owner = w.app.signed_in("owner").await;
    let list = owner.get("/osh/feedback").await.assert_ok();
    assert!(list.body.contains("Minh Phat Garments"));
    assert!(!list.body.contains("Rupa Knit"));
    let page = owner.get(&own).await.assert_ok();
    assert!(page.body.contains("Racks for cut fabric"));
    // One enterprise per group: the comparison is suppressed, not shown.
    assert!(page.body.contains("feedback_peers_suppressed"));
    assert_eq!(owner.get(&other).await.status, StatusCode::NOT_FOUND);

    // Provider B reaches only its own enterprise; provider A's staff read it in Vietnamese.
    let mut karim = w.app.signed_in("karim").await;
    assert_eq!(karim.get(&own).await.status, StatusCode::NOT_FOUND);
    assert_eq!(karim.get(&other).await.status, StatusCode::OK);
    let mut lan = w.app.signed_in("lan").await;
    let vi = lan.get(&own).await.assert_ok();
    assert!(vi.body.contains("Báo cáo phản hồi"));
    // The owner of B sees none of A's improvements on its own report's examples:
    // A is in another country, so A's improvement is no local example for B.
    let mut ownerb = w.app.signed_in("ownerb").await;
    let b = ownerb.get(&other).await.assert_ok();
    assert!(!b.body.contains("Racks for cut fabric"));

    // The programme reads every report: supervisors and programme managers.
    let mut sup = w.app.signed_in("sup").await;
    assert_eq!(sup.get(&own).await.status, StatusCode::OK);
    programme_manager(&w).await;
    let mut pm = w.app.signed_in("pm").await;
    assert_eq!(pm.get(&other).await.status, StatusCode::OK);
}

async fn newsletter_made_by_programme_staff_with_sms_digest_and_email_file(db: TempDatabase) {
    let w = world(db).await;
    verified(
        &w,
        w.provider_a,
        "lan",
        w.workplace_a,
        "Racks for cut fabric",
    )
    .await;
    let programme = w.app.store.programmes().await.unwrap()[0].id.to_string();
    let mut sup = w.app.signed_in("sup").await;
    let fields = [
        ("programme", programme.as_str()),
        ("month", "2026-05"),
        ("introduction", "May in the WISE programme"),
    ];
    let made = sup.submit_new("/newsletters", &fields).await;
    assert_eq!(made.status, StatusCode::SEE_OTHER);
    let path = made.headers[header::LOCATION].to_str().unwrap().to_owned();
    let again = sup.submit_new("/newsletters", &fields).await;
    assert_eq!(again.status, StatusCode::UNPROCESSABLE_ENTITY);
    let bad = sup
        .submit_new(
            "/newsletters",
            &[("programme", programme.as_str()), ("month", "May")],
        )
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(bad.body.contains("aria-invalid"));

    let page = sup.get(&path).await.assert_ok();
    assert!(page.body.contains("May in the WISE programme"));
    assert!(page.body.contains("WISE 2026"));
    // Three digests, each within one SMS.
    let sms = page
        .body
        .split("data-testid=\"newsletter_sms\"")
        .nth(1)
        .unwrap();
    let cells: Vec<&str> = sms
        .split("<tr><td>")
        .skip(1)
        .map(|row| row.split("</td><td>").nth(1).unwrap())
        .collect();
    assert_eq!(cells.len(), 3);
    for text in cells {
        let text = text.replace("&#x27;", "'").replace("&amp;", "&");
        assert!(fits_one_sms(&text), "{text}");
        assert!(!text.is_empty());
    }

    let email = sup.get(&format!("{path}/email")).await.assert_ok();
    let disposition = email.headers[header::CONTENT_DISPOSITION].to_str().unwrap();
    assert!(disposition.starts_with("attachment"));
    assert!(email.body.contains("<table role=\"presentation\""));
    for external in ["<link", "<script", "src=", "url("] {
        assert!(!email.body.contains(external), "{external} in the e-mail");
    }

    // Everyone of the programme reads it, an enterprise owner too; the archive lists it.
    let mut owner = w.app.signed_in("owner").await;
    assert_eq!(owner.get(&path).await.status, StatusCode::OK);
    let archive = owner.get("/newsletters").await;
    assert!(archive.body.contains(&path));
    assert!(!archive.body.contains("/newsletters/new"));
    assert_eq!(
        owner.get("/newsletters/new").await.status,
        StatusCode::NOT_FOUND
    );
}
