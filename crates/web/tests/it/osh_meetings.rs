//! OSH meetings and workshops and the field forms' drafts through the pages, on both
//! engines: provider staff record an achievement workshop with the enterprises presenting
//! (a refused form keeps what was typed); the other provider reads it; an enterprise
//! presenting sees it and another does not. A half-filled visit form saved as a draft (by
//! the button or by autosave) reopens filled, is the user's alone, and is gone once the
//! visit is recorded.

use axum::http::StatusCode;
use workvoice_testdb::{TempDatabase, engine_tests};

use crate::osh::{enrolment_of, id_of, world};

engine_tests!(
    osh_meeting_workshop_is_recorded_and_seen_by_providers_and_presenters,
    osh_draft_of_a_visit_reopens_filled_and_goes_once_recorded,
);

async fn osh_meeting_workshop_is_recorded_and_seen_by_providers_and_presenters(db: TempDatabase) {
    let w = world(db).await;
    let mut lan = w.app.signed_in("lan").await;
    let empty = lan.get("/osh/meetings").await;
    assert_eq!(empty.status, StatusCode::OK);
    assert!(
        empty.body.contains("Chưa ghi cuộc họp hay hội thảo nào"),
        "{}",
        empty.body
    );
    let a = w.workplace_a.to_string();
    let refused = lan
        .submit(
            "/osh/meetings/new",
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
        .submit(
            "/osh/meetings/new",
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
    let page = lan.get(&format!("/osh/meetings/{id}")).await;
    assert_eq!(page.status, StatusCode::OK);
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
    assert!(
        form.body.contains("formaction=\"/osh/drafts/visit\""),
        "{}",
        form.body
    );
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
    assert!(page.body.contains("Đã lưu bản nháp"), "{}", page.body);
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
        .submit(
            "/osh/visits/new",
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
