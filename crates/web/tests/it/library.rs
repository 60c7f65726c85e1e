//! The good-practice library through its pages, on both engines: provider staff write a
//! practice up from a verified improvement with before/after photos (uploaded with EXIF
//! GPS), record the enterprise's consent, send it to review; a supervisor publishes it
//! (with a confirmation). With no sign-in, the library lists it, filters it, shows its page
//! with metadata-free photos, its open data (BOM, licence) and its leaflet. A crawl of the
//! public pages never meets a practice that is a draft or whose consent was withdrawn, nor
//! a described enterprise's name.

use axum::http::StatusCode;
use workvoice_domain::Millis;
use workvoice_domain::ids::ImprovementId;
use workvoice_domain::osh::improvement::ImprovementSource;
use workvoice_domain::osh::{
    ImprovementStatus, RiskLevel, RiskScore, TechnicalArea, VerificationMethod,
};
use workvoice_store::{NewImprovement, StatusChange};
use workvoice_testdb::{TempDatabase, engine_tests};

use crate::canary::crawl;
use crate::osh::{id_of, jpeg_with_gps, post_photo_as, world};
use crate::support::{Client, T0};

engine_tests!(
    good_practice_written_reviewed_published_and_public_without_sign_in,
    good_practice_canary_nothing_unpublished_or_unconsented_reaches_public_pages,
);

const DRAFT: &str = "canary-draft-practice-r5t";
const UNCONSENTED: &str = "canary-unconsented-practice-w2q";
/// The enterprise's name: its practices are described, so the public never reads it.
const NAME: &str = "Minh Phat";

/// A verified improvement of provider A at workplace A (store calls: the OSH pages are
/// tested in `osh.rs`).
async fn verified(w: &crate::osh::World, area: TechnicalArea) -> ImprovementId {
    let s = &w.app.store;
    let lan = w.app.store.user_by_username("lan").await.unwrap().id;
    let level = |n| RiskLevel::new(n).unwrap();
    let id = s
        .create_improvement(
            w.provider_a,
            &NewImprovement {
                workplace: w.workplace_a,
                source: ImprovementSource::Checklist,
                area,
                description: "Rolling racks for the cut fabric".into(),
                control_level: None,
                low_cost: true,
                cost: Some(900_000),
                owner_name: String::new(),
                due_on: None,
                before: Some(RiskScore::new(level(4), level(4))),
                after: None,
            },
            None,
            Some(lan),
            Millis(T0),
        )
        .await
        .unwrap();
    for (to, method) in [
        (ImprovementStatus::Done, None),
        (
            ImprovementStatus::Verified,
            Some(VerificationMethod::ObservedOnVisit),
        ),
    ] {
        let change = StatusChange {
            to,
            verification: method,
            after: Some(RiskScore::new(level(2), level(2))),
            note: String::new(),
        };
        s.change_improvement_status(w.provider_a, id, &change, lan, Millis(T0 + 1))
            .await
            .unwrap();
    }
    id
}

/// Writes a practice up through the staff pages (described, in Vietnamese); its id.
async fn write_up(lan: &mut Client, improvement: ImprovementId, title: &str) -> String {
    let page = format!("/library/manage/new?improvement={improvement}");
    let r = lan
        .submit(
            &page,
            "/library/manage",
            &[
                ("improvement", &improvement.to_string()),
                ("language", "vi"),
                ("title", title),
                ("problem", "Người lao động bê vải nặng"),
                ("solution", "Hai giá đỡ có bánh xe"),
                ("sector", "garments"),
                ("cost", "low"),
                ("naming", "described"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    id_of(r.location())
}

async fn step(c: &mut Client, id: &str, to: &str, confirm: bool) -> crate::support::Reply {
    let page = format!("/library/manage/{id}");
    let mut fields = vec![("to", to), ("note", "")];
    if confirm {
        fields.push(("confirm", "yes"));
    }
    c.act(&page, "review", &fields).await
}

async fn consent(c: &mut Client, id: &str) {
    let page = format!("/library/manage/{id}");
    let r = c
        .act(
            &page,
            "consent",
            &[
                ("given_by", "Bà Hương, giám đốc"),
                ("given_on", "2026-03-01"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
}

/// Written up, consented, reviewed and published; its id.
async fn published(
    w: &crate::osh::World,
    lan: &mut Client,
    sup: &mut Client,
    area: TechnicalArea,
    title: &str,
) -> String {
    let id = write_up(lan, verified(w, area).await, title).await;
    consent(lan, &id).await;
    assert_eq!(
        step(lan, &id, "in_review", false).await.status,
        StatusCode::SEE_OTHER
    );
    assert_eq!(
        step(sup, &id, "published", true).await.status,
        StatusCode::SEE_OTHER
    );
    id
}

async fn good_practice_written_reviewed_published_and_public_without_sign_in(db: TempDatabase) {
    let w = world(db).await;
    let mut lan = w.app.signed_in("lan").await;
    let mut sup = w.app.signed_in("sup").await;
    let improvement = verified(&w, TechnicalArea::MaterialsHandling).await;
    // Before and after photos, each carrying EXIF GPS, consented for the public.
    let csrf = lan
        .get(&format!("/osh/improvements/{improvement}"))
        .await
        .csrf();
    for phase in ["before", "after"] {
        let r = post_photo_as(
            &mut lan,
            &improvement.to_string(),
            &csrf,
            (phase, "public"),
            "image/jpeg",
            &jpeg_with_gps(800, 600),
        )
        .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    }
    // The improvement is offered for writing up, on its page and in the library's list;
    // the form starts from what it says.
    let improvement_page = lan.get(&format!("/osh/improvements/{improvement}")).await;
    assert!(
        improvement_page
            .body
            .contains(&format!("/library/manage/new?improvement={improvement}"))
    );
    let list = lan.get("/library/manage").await;
    assert!(
        list.body
            .contains(&format!("/library/manage/new?improvement={improvement}"))
    );
    let form = lan
        .get(&format!("/library/manage/new?improvement={improvement}"))
        .await;
    assert!(form.body.contains("Rolling racks for the cut fabric"));
    let id = write_up(&mut lan, improvement, "Giá đỡ có bánh xe cho vải").await;

    // Not public yet, however it is asked for.
    let mut anon = w.app.client();
    assert_eq!(
        anon.get(&format!("/library/{id}")).await.status,
        StatusCode::NOT_FOUND
    );
    // Review: the author sends it; without consent the supervisor cannot publish; the
    // reviewer must confirm.
    assert_eq!(
        step(&mut sup, &id, "in_review", false).await.status,
        StatusCode::UNPROCESSABLE_ENTITY
    );
    assert_eq!(
        step(&mut lan, &id, "in_review", false).await.status,
        StatusCode::SEE_OTHER
    );
    let refused = step(&mut sup, &id, "published", true).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    refused.assert_shows("consent to publication first");
    // Back to the author, consent recorded, sent again.
    assert_eq!(
        step(&mut sup, &id, "draft", false).await.status,
        StatusCode::SEE_OTHER
    );
    consent(&mut lan, &id).await;
    assert_eq!(
        step(&mut lan, &id, "in_review", false).await.status,
        StatusCode::SEE_OTHER
    );
    let unconfirmed = step(&mut sup, &id, "published", false).await;
    assert_eq!(unconfirmed.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(unconfirmed.body.contains("Tick the box to confirm."));
    assert_eq!(
        step(&mut sup, &id, "published", true).await.status,
        StatusCode::SEE_OTHER
    );
    let staff_page = sup.get(&format!("/library/manage/{id}")).await;
    assert!(staff_page.body.contains("in the public library"));
    assert_eq!(
        staff_page
            .body
            .matches("data-testid=\"library_trail\"")
            .count(),
        5
    );

    // Anyone: the library in Vietnamese lists it, filtered by technical area.
    let mut vi = w.app.client();
    let r = vi
        .submit("/library", "/language", &[("language", "vi")])
        .await;
    assert!(r.status.is_redirection());
    let page = vi.get("/library?area=materials_handling").await.assert_ok();
    page.assert_shows("Giá đỡ có bánh xe cho vải");
    assert!(
        page.body.contains("một xưởng may"),
        "described in Vietnamese"
    );
    assert!(page.body.contains("CC BY 4.0"));
    assert!(!page.body.contains(NAME));
    let other_area = vi.get("/library?area=machine_safety").await;
    assert!(!other_area.body.contains("Giá đỡ có bánh xe cho vải"));
    // Its page, with both photos, served without any metadata.
    let practice = anon.get(&format!("/library/{id}")).await.assert_ok();
    let photos: Vec<String> = crate::canary::links(&practice.body)
        .into_iter()
        .filter(|l| l.starts_with("/library/photos/"))
        .collect();
    assert_eq!(photos.len(), 2, "{}", practice.body);
    for src in &photos {
        // ASCII survives the reply's lossy text: an EXIF header or the GPS text would show.
        let served = w.app.client().get(src).await;
        assert_eq!(served.status, StatusCode::OK);
        assert_eq!(served.headers["content-type"], "image/jpeg");
        assert!(!served.body.contains("Exif"), "{src} carries EXIF");
        assert!(
            !served.body.contains("GPS-CANARY-PLACE"),
            "{src} carries the GPS text"
        );
    }
    // Open data and the leaflet.
    let csv = anon.get("/library.csv").await.assert_ok();
    assert!(csv.body.starts_with('\u{feff}'), "a BOM for spreadsheets");
    assert!(csv.body.contains("Giá đỡ có bánh xe cho vải") && csv.body.contains("CC BY 4.0"));
    let json: serde_json::Value =
        serde_json::from_str(&anon.get("/library.json").await.body).unwrap();
    assert_eq!(json["licence"], "CC BY 4.0");
    assert_eq!(json["practices"][0]["technical_area"], "materials_handling");
    assert_eq!(json["practices"][0]["enterprise"], "");
    let leaflet = vi
        .get(&format!("/library/{id}/leaflet?size=a5"))
        .await
        .assert_ok();
    assert!(leaflet.body.contains("leaflet_a5") && leaflet.body.contains("Tờ rơi"));
    let set = anon
        .get(&format!("/library/leaflet?ids={id},999999"))
        .await
        .assert_ok();
    assert_eq!(set.body.matches("class=\"leaflet-page\"").count(), 1);
    // Provider B's staff see nothing of provider A's practice.
    let mut karim = w.app.signed_in("karim").await;
    assert_eq!(
        karim.get(&format!("/library/manage/{id}")).await.status,
        StatusCode::NOT_FOUND
    );
}

async fn good_practice_canary_nothing_unpublished_or_unconsented_reaches_public_pages(
    db: TempDatabase,
) {
    let w = world(db).await;
    let mut lan = w.app.signed_in("lan").await;
    let mut sup = w.app.signed_in("sup").await;
    let public = published(
        &w,
        &mut lan,
        &mut sup,
        TechnicalArea::MaterialsHandling,
        "Public racks",
    )
    .await;
    // A draft, never reviewed.
    let draft = write_up(
        &mut lan,
        verified(&w, TechnicalArea::HandTools).await,
        DRAFT,
    )
    .await;
    // Published, then the enterprise withdrew its consent.
    let unconsented = published(&w, &mut lan, &mut sup, TechnicalArea::Premises, UNCONSENTED).await;
    let page = format!("/library/manage/{unconsented}");
    let r = lan.act(&page, "consent/withdraw", &[]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);

    let mut paths: Vec<String> = vec![
        "/library".into(),
        "/library.csv".into(),
        "/library.json".into(),
    ];
    for id in [&public, &draft, &unconsented] {
        paths.push(format!("/library/{id}"));
        paths.push(format!("/library/{id}/leaflet"));
    }
    paths.push(format!(
        "/library/leaflet?ids={public},{draft},{unconsented}"
    ));
    for lang in ["en", "bn", "vi"] {
        paths.push(format!("/library?lang={lang}"));
    }
    for (who, mut client) in [
        ("anonymous", w.app.client()),
        ("owner", w.app.signed_in("owner").await),
    ] {
        let pages = crawl(&mut client, &paths).await;
        assert!(
            pages
                .iter()
                .any(|(p, r)| p == &format!("/library/{public}") && r.status == StatusCode::OK),
            "{who} reached the public practice"
        );
        for (path, reply) in &pages {
            if !path.starts_with("/library") {
                continue;
            }
            for canary in [DRAFT, UNCONSENTED, NAME] {
                assert!(!reply.body.contains(canary), "{who}: {path} shows {canary}");
            }
        }
        for hidden in [&draft, &unconsented] {
            let status = pages
                .iter()
                .find(|(p, _)| p == &format!("/library/{hidden}"))
                .map(|(_, r)| r.status);
            assert_eq!(
                status,
                Some(StatusCode::NOT_FOUND),
                "{who}: /library/{hidden}"
            );
        }
    }
    // Staff still see both in their list.
    let list = sup.get("/library/manage").await;
    assert!(list.body.contains(DRAFT) && list.body.contains(UNCONSENTED));
}
