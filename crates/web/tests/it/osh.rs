//! OSH improvement monitoring through its pages, on both engines: provider staff record a
//! follow-up visit with both views and an improvement with risk before and after, verify
//! it and see the aggregates change; provider B sees nothing of provider A's work or
//! private notes; an enterprise owner sees only their own enterprise and records the
//! employer's view; the bridge opens a draft from a helpline case with no canary from the
//! caller or the narrative reachable by provider staff.

use axum::http::StatusCode;
use jiff::civil::date;
use workvoice_domain::Millis;
use workvoice_domain::ids::{OrgId, WorkplaceId};
use workvoice_domain::osh::improvement::ImprovementSource;
use workvoice_domain::osh::{
    ControlLevel, ImprovementStatus, Methodology, PublicationConsent, RiskBand, TechnicalArea,
    VerificationMethod, ViewSide, VisitKind,
};
use workvoice_domain::{
    CallerInput, Channel, Consent, Country, FactoryAgreement, Intake, Language, PhoneNumber, Role,
    ShareableSummary, Urgency,
};
use workvoice_store::{NewUser, OshScope};
use workvoice_testdb::{TempDatabase, engine_tests};

use crate::support::{Client, PASSWORD, T0, TestApp};

engine_tests!(
    osh_provider_records_visit_and_improvement_and_aggregates_change,
    osh_provider_b_sees_nothing_of_provider_a_and_enterprise_only_itself,
    osh_refused_forms_keep_what_was_typed,
    bridge_opens_a_draft_with_no_caller_or_narrative_canary_for_provider_staff,
    exif_gps_is_stripped_and_bad_photos_are_refused_with_a_reason,
    osh_dashboard_chart_equals_its_table_and_filters_narrow,
);

pub(crate) struct World {
    pub(crate) app: TestApp,
    pub(crate) provider_a: OrgId,
    pub(crate) provider_b: OrgId,
    pub(crate) workplace_a: WorkplaceId,
    pub(crate) workplace_b: WorkplaceId,
}

async fn user(app: &TestApp, org: OrgId, username: &str, role: Role, language: Language) {
    app.store
        .create_user(
            &NewUser {
                organisation_id: org,
                username: username.into(),
                display_name: format!("{username} name"),
                role,
                language,
                password: PASSWORD.into(),
            },
            Millis(T0),
        )
        .await
        .unwrap();
}

/// Two providers, each with one enrolled enterprise, their staff and A's owner.
pub(crate) async fn world(db: TempDatabase) -> World {
    let app = TestApp::builder()
        .operator()
        .user("sup", Role::Supervisor, Language::En)
        .workplace("Minh Phat Garments", Country::Vietnam)
        .workplace("Rupa Knit", Country::Bangladesh)
        .build(db)
        .await;
    let s = &app.store;
    let provider_a = s
        .create_provider("Safe Work Hanoi", Millis(T0))
        .await
        .unwrap();
    let provider_b = s
        .create_provider("OSH Support Dhaka", Millis(T0))
        .await
        .unwrap();
    let programme = workvoice_testdb::fixtures::wise_programme(s, Millis(T0)).await;
    let a = app.workplace("Minh Phat Garments").clone();
    let b = app.workplace("Rupa Knit").clone();
    let (workplace_a, workplace_b) = (a.id, b.id);
    for (workplace, provider) in [(workplace_a, provider_a), (workplace_b, provider_b)] {
        s.enrol_workplace(programme, workplace, provider, date(2026, 1, 5), Millis(T0))
            .await
            .unwrap();
    }
    user(&app, provider_a, "lan", Role::ProviderStaff, Language::Vi).await;
    user(&app, provider_b, "karim", Role::ProviderStaff, Language::En).await;
    user(
        &app,
        a.organisation_id,
        "owner",
        Role::EnterpriseOwner,
        Language::En,
    )
    .await;
    user(
        &app,
        b.organisation_id,
        "ownerb",
        Role::EnterpriseOwner,
        Language::En,
    )
    .await;
    World {
        app,
        provider_a,
        provider_b,
        workplace_a,
        workplace_b,
    }
}

/// The id at the end of a redirect's location.
pub(crate) fn id_of(location: &str) -> String {
    location.rsplit('/').next().unwrap_or_default().to_owned()
}

async fn record_visit(c: &mut Client, enrolment: &str) -> String {
    let r = c
        .submit_new(
            "/osh/visits",
            &[
                ("enrolment", enrolment),
                ("kind", "follow_up"),
                ("scheduled_on", "2026-02-01"),
                ("performed_on", "2026-02-02"),
                ("visitors", "Lan, Hoa"),
                ("employer", "1"),
                ("workers", "12"),
                ("women", "9"),
                ("worker_reps", "2"),
                ("employer_rating", "5"),
                ("employer_text", "Cutting is faster"),
                ("workers_rating", "3"),
                ("workers_text", "Less lifting, still hot"),
                ("notes", "PRIVATE-NOTE-A owner slow to pay for fans"),
                ("next_due_on", "2026-05-01"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    id_of(r.location())
}

async fn record_improvement(c: &mut Client, workplace: WorkplaceId) -> String {
    let r = c
        .submit_new(
            "/osh/improvements",
            &[
                ("workplace", &workplace.to_string()),
                ("area", "materials_handling"),
                (
                    "description",
                    "Racks for cut fabric beside the cutting tables",
                ),
                ("control_level", "engineering"),
                ("low_cost", "1"),
                ("cost", "1500000"),
                ("owner_name", "Mr Tuan"),
                ("due_on", "2026-03-01"),
                ("before_likelihood", "4"),
                ("before_severity", "3"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    id_of(r.location())
}

pub(crate) async fn enrolment_of(app: &TestApp, provider: OrgId) -> String {
    app.store
        .enrolments(OshScope::Provider(provider))
        .await
        .unwrap()[0]
        .id
        .to_string()
}

async fn osh_provider_records_visit_and_improvement_and_aggregates_change(db: TempDatabase) {
    let w = world(db).await;
    let mut lan = w.app.signed_in("lan").await;
    // Provider staff start on the OSH pages, in Vietnamese.
    let home = lan.get("/").await;
    assert_eq!(home.location(), "/osh");
    let home = lan.get("/osh").await.assert_ok();
    home.assert_shows("Thứ tự ưu tiên thăm");
    assert!(home.body.contains("Minh Phat Garments"));

    let enrolment = enrolment_of(&w.app, w.provider_a).await;
    let visit = record_visit(&mut lan, &enrolment).await;
    let page = lan.get(&format!("/osh/visits/{visit}")).await.assert_ok();
    assert!(page.body.contains("PRIVATE-NOTE-A"));
    assert!(
        page.body.contains("Cutting is faster") && page.body.contains("Less lifting, still hot")
    );
    assert!(page.body.contains("Ý kiến của người sử dụng lao động"));
    let views = w
        .app
        .store
        .visit_views(OshScope::Provider(w.provider_a), visit.parse().unwrap())
        .await
        .unwrap();
    assert_eq!(
        views
            .iter()
            .map(|v| (v.side, v.rating.get()))
            .collect::<Vec<_>>(),
        [(ViewSide::Employer, 5), (ViewSide::Workers, 3)]
    );

    // The action checklist: the default template in Vietnamese, answered in the ILO form;
    // a "yes" opens an improvement in the item's area.
    page.assert_shows("Giữ lối đi thông thoáng và có vạch kẻ");
    let checklist = w.app.store.current_checklist().await.unwrap();
    assert_eq!(checklist.items.len(), 24);
    let (first, second) = (
        checklist.items[0].id.to_string(),
        checklist.items[1].id.to_string(),
    );
    let fields = [
        (format!("answer_{first}"), "yes".to_owned()),
        (format!("priority_{first}"), "1".to_owned()),
        (
            format!("remarks_{first}"),
            "near the cutting room".to_owned(),
        ),
        (format!("open_{first}"), "1".to_owned()),
        (format!("answer_{second}"), "no".to_owned()),
        (format!("good_{second}"), "1".to_owned()),
    ];
    let fields: Vec<(&str, &str)> = fields
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    let r = lan
        .act(&format!("/osh/visits/{visit}"), "checklist", &fields)
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let answers = w
        .app
        .store
        .checklist_answers(OshScope::Provider(w.provider_a), visit.parse().unwrap())
        .await
        .unwrap();
    assert_eq!(answers.len(), 2);
    assert!(answers[0].priority && answers[0].improvement_id.is_some());
    assert!(answers[1].already_good && answers[1].improvement_id.is_none());
    let from_checklist = w
        .app
        .store
        .improvement(
            OshScope::Provider(w.provider_a),
            answers[0].improvement_id.unwrap(),
        )
        .await
        .unwrap();
    assert_eq!(from_checklist.source, ImprovementSource::Checklist);
    assert_eq!(from_checklist.area, TechnicalArea::MaterialsHandling);
    assert!(from_checklist.description.contains("near the cutting room"));
    // Saving again does not open a second improvement.
    let r = lan
        .act(&format!("/osh/visits/{visit}"), "checklist", &fields)
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert_eq!(
        w.app
            .store
            .improvements(OshScope::Provider(w.provider_a), &Default::default())
            .await
            .unwrap()
            .len(),
        1
    );

    let before = lan.get("/osh/aggregates").await;
    before.assert_shows("Đã xác minh</dt><dd>0</dd>");

    let id = record_improvement(&mut lan, w.workplace_a).await;
    let page = lan.get(&format!("/osh/improvements/{id}")).await;
    assert!(
        page.body.contains("12 · cao"),
        "risk before shown: {}",
        page.body
    );
    let status = |to: &'static str, method: &'static str| {
        vec![
            ("status", to),
            ("verification", method),
            ("after_likelihood", "2"),
            ("after_severity", "3"),
            ("note", ""),
        ]
    };
    let path = format!("/osh/improvements/{id}");
    let action = format!("/osh/improvements/{id}/status");
    let r = lan
        .submit(&path, &action, &status("done", "self_reported"))
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    // A self-report does not verify.
    let r = lan
        .submit(&path, &action, &status("verified", "self_reported"))
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        r.body
            .contains("Doanh nghiệp tự báo thì chưa phải là xác minh")
    );
    let aggregates = lan.get("/osh/aggregates").await;
    aggregates.assert_shows("Đã xác minh</dt><dd>0</dd>");

    let r = lan
        .submit(&path, &action, &status("verified", "observed_on_visit"))
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let page = lan.get(&path).await;
    assert!(
        page.body
            .contains("Rủi ro chuyển từ mức cao xuống mức trung bình (giảm 6 điểm)."),
        "{}",
        page.body
    );
    assert_eq!(
        page.body.matches("data-testid=\"osh_event\"").count(),
        3,
        "proposed, done, verified"
    );

    let aggregates = lan.get("/osh/aggregates").await;
    aggregates.assert_shows("Đã xác minh</dt><dd>1</dd>");
    assert!(
        aggregates.body.contains("Chưa xong</dt><dd>1</dd>"),
        "the checklist's improvement is open"
    );
    assert!(aggregates.body.contains("<svg"));
    assert!(aggregates.body.contains("Lưu giữ và vận chuyển vật liệu"));
    let csv = lan.get("/osh/aggregates.csv?by=provider").await.assert_ok();
    csv.assert_shows("Safe Work Hanoi,1,0,1,0,1,6,1");

    // The programme view (a supervisor) sees each provider's schedule.
    let mut sup = w.app.signed_in("sup").await;
    let programme = sup.get("/osh").await.assert_ok();
    assert!(programme.body.contains("OSH Support Dhaka"));
    assert!(!programme.body.contains("PRIVATE-NOTE-A"));
}

async fn osh_provider_b_sees_nothing_of_provider_a_and_enterprise_only_itself(db: TempDatabase) {
    let w = world(db).await;
    let mut lan = w.app.signed_in("lan").await;
    let enrolment = enrolment_of(&w.app, w.provider_a).await;
    let visit = record_visit(&mut lan, &enrolment).await;
    let improvement = record_improvement(&mut lan, w.workplace_a).await;

    let mut karim = w.app.signed_in("karim").await;
    for path in [
        format!("/osh/visits/{visit}"),
        format!("/osh/improvements/{improvement}"),
    ] {
        let r = karim.get(&path).await;
        assert_eq!(r.status, StatusCode::NOT_FOUND, "{path}");
    }
    for path in [
        "/osh",
        "/osh/improvements",
        "/osh/aggregates",
        "/osh/aggregates.csv",
    ] {
        let r = karim.get(path).await;
        assert_eq!(r.status, StatusCode::OK, "{path}");
        assert!(!r.body.contains("PRIVATE-NOTE-A"), "{path}");
        assert!(!r.body.contains("Racks for cut fabric"), "{path}");
    }
    // B cannot record on A's enterprise or move A's improvement.
    let r = karim
        .submit_new(
            "/osh/improvements",
            &[
                ("workplace", &w.workplace_a.to_string()),
                ("area", "premises"),
                ("description", "x"),
                ("control_level", "ppe"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    let r = karim
        .submit(
            "/osh/improvements",
            &format!("/osh/improvements/{improvement}/status"),
            &[("status", "planned")],
        )
        .await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);

    // The owner sees their own visit and improvement, never the provider's notes.
    let mut owner = w.app.signed_in("owner").await;
    let page = owner.get(&format!("/osh/visits/{visit}")).await.assert_ok();
    assert!(!page.body.contains("PRIVATE-NOTE-A"));
    let home = owner.get("/osh").await;
    assert!(home.body.contains("Racks for cut fabric"));
    // …and records the employer's own view.
    let r = owner
        .act(
            &format!("/osh/visits/{visit}"),
            "view",
            &[
                ("rating", "4"),
                ("changes", "racks"),
                ("body", "Our own view: good support"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let page = owner.get(&format!("/osh/visits/{visit}")).await;
    assert!(page.body.contains("Our own view: good support"));
    assert!(
        page.body.contains("Less lifting, still hot"),
        "the workers' view stays"
    );
    // Provider staff cannot write the enterprise's own view.
    let r = lan
        .act(&format!("/osh/visits/{visit}"), "view", &[("rating", "1")])
        .await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);

    let mut owner_b = w.app.signed_in("ownerb").await;
    for path in [
        format!("/osh/visits/{visit}"),
        format!("/osh/improvements/{improvement}"),
    ] {
        assert_eq!(
            owner_b.get(&path).await.status,
            StatusCode::NOT_FOUND,
            "{path}"
        );
    }
    let home = owner_b.get("/osh").await;
    assert!(!home.body.contains("Racks for cut fabric") && !home.body.contains("Minh Phat"));
    let _ = w.workplace_b;
}

async fn osh_refused_forms_keep_what_was_typed(db: TempDatabase) {
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
                ("workers", "3"),
                ("women", "5"),
                ("visitors", "Hoa typed this"),
                ("employer_text", "said without a rating"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.body.contains("Hoa typed this") && r.body.contains("said without a rating"));
    assert!(r.body.contains("Hãy chọn mức đánh giá từ 1 đến 5."));
    let r = lan
        .submit_new(
            "/osh/improvements",
            &[
                ("workplace", &w.workplace_a.to_string()),
                ("area", "premises"),
                ("description", "Second exit kept clear"),
                ("control_level", "administrative"),
                ("before_likelihood", "4"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.body.contains("Second exit kept clear"));
    assert!(
        r.body
            .contains("Hãy chọn cả khả năng xảy ra và mức nghiêm trọng")
    );
}

async fn bridge_opens_a_draft_with_no_caller_or_narrative_canary_for_provider_staff(
    db: TempDatabase,
) {
    let w = world(db).await;
    let op = w.app.user_id("op");
    let created = w
        .app
        .store
        .create_case(
            &Intake {
                workplace_id: Some(w.workplace_a),
                category: "osh.heat".into(),
                urgency: Urgency::Normal,
                language: Language::Vi,
                summary: "CANARY-SUMMARY internal".into(),
                narrative: "CANARY-NARRATIVE she works on line 4 at night".into(),
                shareable_summary: ShareableSummary::parse(
                    "Cutting room very hot in the afternoon; no working fan.",
                )
                .unwrap(),
                caller: Some(CallerInput {
                    phone: Some(PhoneNumber::parse("0912 345 678", Country::Vietnam).unwrap()),
                    name: Some("CANARYNAME Nguyen Thi Hoa".into()),
                }),
                consent: Consent::default(),
                channel: Channel::Phone,
                factory_agreement: FactoryAgreement::ProtocolDefault,
            },
            Some(op),
            Millis(T0),
        )
        .await
        .unwrap();
    let case = created.id;

    let mut lan = w.app.signed_in("lan").await;
    let home = lan.get("/osh").await;
    assert!(
        !home.body.contains("Chiếu sáng và môi trường vật lý"),
        "no signal yet"
    );

    // Provider staff cannot open it; the operator does, from the case.
    let r = lan
        .post_form(
            &format!("/cases/{case}/osh-improvement"),
            &[("csrf", &home.csrf())],
        )
        .await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
    let mut operator = w.app.signed_in("op").await;
    let r = operator
        .act(&format!("/cases/{case}"), "osh-improvement", &[])
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let again = operator
        .act(&format!("/cases/{case}"), "osh-improvement", &[])
        .await;
    assert_eq!(again.status, StatusCode::BAD_REQUEST);

    // The workplace moved up with the complaint's area; a draft waits in that area.
    let home = lan.get("/osh").await;
    home.assert_shows("Chiếu sáng và môi trường vật lý");
    let drafts = w
        .app
        .store
        .improvements(OshScope::Provider(w.provider_a), &Default::default())
        .await
        .unwrap();
    assert_eq!(drafts.len(), 1);
    assert_eq!(drafts[0].source, ImprovementSource::Complaint);
    assert_eq!(drafts[0].area, TechnicalArea::PhysicalEnvironment);
    let draft = drafts[0].id;

    // Crawl everything provider staff can reach: no canary, no phone, no case id.
    let mut pages = vec![
        "/osh".to_owned(),
        "/osh/improvements".to_owned(),
        format!("/osh/improvements/{draft}"),
        "/osh/aggregates".to_owned(),
        "/osh/aggregates?by=provider".to_owned(),
        "/osh/aggregates.csv".to_owned(),
        "/osh/visits/new".to_owned(),
        "/osh/improvements/new".to_owned(),
    ];
    pages.push("/osh/aggregates.csv?by=region".to_owned());
    for path in &pages {
        let r = lan.get(path).await;
        assert_eq!(r.status, StatusCode::OK, "{path}");
        for canary in ["CANARY", "Nguyen Thi Hoa", "912 345", "912345678", "line 4"] {
            assert!(
                !r.body.contains(canary),
                "{canary} reachable by provider staff at {path}"
            );
        }
    }
    let page = lan.get(&format!("/osh/improvements/{draft}")).await;
    assert!(page.body.contains("Cutting room very hot in the afternoon"));
    assert!(page.body.contains("Khiếu nại qua đường dây nóng"));

    // Verifying it closes the loop on the case.
    let path = format!("/osh/improvements/{draft}");
    let action = format!("{path}/status");
    for (to, method) in [("done", ""), ("verified", "worker_confirmed")] {
        let r = lan
            .submit(
                &path,
                &action,
                &[
                    ("status", to),
                    ("verification", method),
                    ("after_likelihood", "1"),
                    ("after_severity", "3"),
                ],
            )
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    }
    let scoped = w.app.helpline_case(case).await;
    let signal = w.app.store.case_osh_signal(&scoped).await.unwrap().unwrap();
    assert_eq!(signal.improvement_status, Some(ImprovementStatus::Verified));
    assert!(signal.answered_at.is_some());
}

#[test]
fn osh_every_label_exists_in_every_language() {
    let mut keys: Vec<&str> = Vec::new();
    keys.extend(TechnicalArea::ALL.map(TechnicalArea::message_key));
    keys.extend(RiskBand::ALL.map(RiskBand::message_key));
    keys.extend(ImprovementStatus::ALL.map(ImprovementStatus::message_key));
    keys.extend(ControlLevel::ALL.map(ControlLevel::message_key));
    keys.extend(VerificationMethod::ALL.map(VerificationMethod::message_key));
    keys.extend(PublicationConsent::ALL.map(PublicationConsent::message_key));
    keys.extend(ImprovementSource::ALL.map(ImprovementSource::message_key));
    keys.extend(Methodology::ALL.map(Methodology::message_key));
    keys.extend(VisitKind::ALL.map(VisitKind::message_key));
    keys.extend(ViewSide::ALL.map(ViewSide::message_key));
    keys.extend(
        workvoice_domain::osh::checklist::ProposeAction::ALL
            .map(workvoice_domain::osh::checklist::ProposeAction::message_key),
    );
    keys.extend(
        workvoice_domain::osh::PhotoPhase::ALL.map(workvoice_domain::osh::PhotoPhase::message_key),
    );
    keys.extend(
        workvoice_domain::osh::VisitState::ALL.map(workvoice_domain::osh::VisitState::message_key),
    );
    for language in Language::ALL {
        let tr = workvoice_web::i18n::Tr::new(language);
        for key in &keys {
            assert!(tr.try_t(key).is_some(), "{key} missing in {language:?}");
        }
    }
}

/// A JPEG from a real encoder with an EXIF segment spliced in after the start marker:
/// a GPS IFD (latitude reference) and an image description holding `GPS-CANARY-PLACE`.
pub(crate) fn jpeg_with_gps(width: u32, height: u32) -> Vec<u8> {
    let picture = image::RgbImage::from_fn(width, height, |x, y| {
        image::Rgb([(x % 256) as u8, (y % 256) as u8, 128])
    });
    let mut jpeg = Vec::new();
    image::codecs::jpeg::JpegEncoder::new_with_quality(&mut jpeg, 80)
        .encode_image(&picture)
        .unwrap();
    let text = b"GPS-CANARY-PLACE\0";
    let mut tiff: Vec<u8> = b"II*\0\x08\0\0\0".to_vec();
    let entry = |tag: u16, kind: u16, count: u32, value: u32| {
        let mut e = Vec::new();
        e.extend_from_slice(&tag.to_le_bytes());
        e.extend_from_slice(&kind.to_le_bytes());
        e.extend_from_slice(&count.to_le_bytes());
        e.extend_from_slice(&value.to_le_bytes());
        e
    };
    // IFD0 at 8: image description (ASCII at 56), GPS IFD pointer (at 38).
    tiff.extend_from_slice(&2u16.to_le_bytes());
    tiff.extend(entry(0x010E, 2, text.len() as u32, 56));
    tiff.extend(entry(0x8825, 4, 1, 38));
    tiff.extend_from_slice(&0u32.to_le_bytes());
    // GPS IFD at 38: GPSLatitudeRef = "N".
    tiff.extend_from_slice(&1u16.to_le_bytes());
    tiff.extend(entry(0x0001, 2, 2, u32::from_le_bytes([b'N', 0, 0, 0])));
    tiff.extend_from_slice(&0u32.to_le_bytes());
    assert_eq!(tiff.len(), 56);
    tiff.extend_from_slice(text);
    let mut app1 = b"Exif\0\0".to_vec();
    app1.extend(tiff);
    let mut out = vec![0xFF, 0xD8, 0xFF, 0xE1];
    out.extend_from_slice(&((app1.len() + 2) as u16).to_be_bytes());
    out.extend(app1);
    out.extend_from_slice(&jpeg[2..]);
    out
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

/// Posts a photo the way the improvement page's form does: phase, consent, then the file.
async fn post_photo(
    c: &mut Client,
    improvement: &str,
    csrf: &str,
    content_type: &str,
    bytes: &[u8],
) -> crate::support::Reply {
    post_photo_as(
        c,
        improvement,
        csrf,
        ("before", "internal"),
        content_type,
        bytes,
    )
    .await
}

/// [`post_photo`] with the phase and consent chosen.
pub(crate) async fn post_photo_as(
    c: &mut Client,
    improvement: &str,
    csrf: &str,
    (phase, consent): (&str, &str),
    content_type: &str,
    bytes: &[u8],
) -> crate::support::Reply {
    use axum::body::Body;
    use axum::http::{Method, Request, header};
    let boundary = "osh_test_boundary_51c";
    let mut body = Vec::new();
    for (name, value) in [("phase", phase), ("consent", consent)] {
        body.extend_from_slice(
            format!(
                "--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n"
            )
            .as_bytes(),
        );
    }
    body.extend_from_slice(format!("--{boundary}\r\nContent-Disposition: form-data; name=\"photo\"; filename=\"IMG_0001.jpg\"\r\nContent-Type: {content_type}\r\n\r\n").as_bytes());
    body.extend_from_slice(bytes);
    body.extend_from_slice(format!("\r\n--{boundary}--\r\n").as_bytes());
    let csrf = serde_urlencoded::to_string([("csrf", csrf)]).unwrap();
    c.send(
        Request::builder()
            .method(Method::POST)
            .uri(format!("/osh/improvements/{improvement}/photos?{csrf}"))
            .header(
                header::CONTENT_TYPE,
                format!("multipart/form-data; boundary={boundary}"),
            )
            .body(Body::from(body))
            .unwrap(),
    )
    .await
}

async fn exif_gps_is_stripped_and_bad_photos_are_refused_with_a_reason(db: TempDatabase) {
    let w = world(db).await;
    let mut lan = w.app.signed_in("lan").await;
    let id = record_improvement(&mut lan, w.workplace_a).await;
    let csrf = lan.get(&format!("/osh/improvements/{id}")).await.csrf();

    let original = jpeg_with_gps(2400, 1200);
    assert!(contains(&original, b"Exif\0\0") && contains(&original, b"GPS-CANARY-PLACE"));
    let r = post_photo(&mut lan, &id, &csrf, "image/jpeg", &original).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);

    let photos = w
        .app
        .store
        .improvement_photos(OshScope::Provider(w.provider_a), id.parse().unwrap())
        .await
        .unwrap();
    assert_eq!(photos.len(), 1);
    let stored = std::fs::read(
        w.app
            .state()
            .config
            .attachments_dir
            .join("photos")
            .join(&photos[0].stored_name),
    )
    .unwrap();
    assert!(stored.starts_with(&[0xFF, 0xD8]), "stored as JPEG");
    assert!(!contains(&stored, b"Exif"), "EXIF segment kept");
    assert!(!contains(&stored, b"GPS-CANARY-PLACE"), "EXIF text kept");
    assert!(
        !contains(&stored, &[0x25, 0x88]) || !contains(&stored, b"II*\0"),
        "a TIFF/GPS directory kept"
    );
    let decoded = image::load_from_memory(&stored).unwrap();
    assert_eq!(
        (decoded.width(), decoded.height()),
        (1600, 800),
        "resized to 1600 px"
    );
    assert_eq!((photos[0].width, photos[0].height), (1600, 800));

    // The pair shows on the page; the photo is served to its provider and enterprise only.
    let page = lan.get(&format!("/osh/improvements/{id}")).await;
    let src = format!("/osh/photos/{}", photos[0].id);
    assert!(page.body.contains(&src));
    lan.get(&src).await.assert_ok();
    let mut karim = w.app.signed_in("karim").await;
    assert_eq!(karim.get(&src).await.status, StatusCode::NOT_FOUND);
    let mut owner = w.app.signed_in("owner").await;
    assert_eq!(owner.get(&src).await.status, StatusCode::OK);

    // Not a picture, a disguised one, or too large: refused with a reason, nothing kept.
    let r = post_photo(
        &mut lan,
        &id,
        &csrf,
        "application/pdf",
        b"%PDF-1.4 not a photo",
    )
    .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    r.assert_shows("Tệp này không phải là ảnh");
    let mut broken = vec![0xFF, 0xD8, 0xFF, 0xE0];
    broken.extend(std::iter::repeat_n(7u8, 2_000));
    let r = post_photo(&mut lan, &id, &csrf, "image/jpeg", &broken).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    let mut huge = vec![0xFF, 0xD8, 0xFF, 0xE0];
    huge.extend(std::iter::repeat_n(0u8, 5 * 1024 * 1024 + 100));
    let r = post_photo(&mut lan, &id, &csrf, "image/jpeg", &huge).await;
    assert_eq!(r.status, StatusCode::PAYLOAD_TOO_LARGE);
    r.assert_shows("Ảnh lớn hơn 5 MB");
    assert_eq!(
        w.app
            .store
            .improvement_photos(OshScope::Provider(w.provider_a), id.parse().unwrap())
            .await
            .unwrap()
            .len(),
        1
    );
    // Provider B cannot add photos to A's improvement.
    let csrf_b = karim.get("/osh").await.csrf();
    let r = post_photo(&mut karim, &id, &csrf_b, "image/jpeg", &original).await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
}

/// Records an improvement of `provider` at `workplace` in `area` and moves it to `to`
/// (through planned and a self-reported "done" for done and verified), re-scored `after`.
async fn improvement_at(
    w: &World,
    provider: OrgId,
    workplace: WorkplaceId,
    area: TechnicalArea,
    to: ImprovementStatus,
    risk: (i64, i64, i64, i64),
) {
    use workvoice_domain::osh::{RiskLevel, RiskScore};
    use workvoice_store::{NewImprovement, StatusChange};
    let score = |l, s| Some(RiskScore::new(RiskLevel::new(l)?, RiskLevel::new(s)?));
    let s = &w.app.store;
    let id = s
        .create_improvement(
            provider,
            &NewImprovement {
                workplace,
                source: ImprovementSource::Direct,
                area,
                description: "An improvement".into(),
                control_level: Some(ControlLevel::Engineering),
                low_cost: area == TechnicalArea::MaterialsHandling,
                cost: None,
                owner_name: String::new(),
                due_on: None,
                before: score(risk.0, risk.1),
                after: None,
            },
            None,
            None,
            Millis(T0),
        )
        .await
        .unwrap();
    let by = w.app.user_id("sup");
    let mut steps = vec![(ImprovementStatus::Planned, None)];
    if matches!(to, ImprovementStatus::Done | ImprovementStatus::Verified) {
        steps.push((
            ImprovementStatus::Done,
            Some(VerificationMethod::SelfReported),
        ));
    }
    if to == ImprovementStatus::Verified {
        steps.push((
            ImprovementStatus::Verified,
            Some(VerificationMethod::ObservedOnVisit),
        ));
    }
    for (i, (status, verification)) in steps.into_iter().enumerate() {
        let change = StatusChange {
            to: status,
            verification,
            after: (status != ImprovementStatus::Planned)
                .then(|| score(risk.2, risk.3))
                .flatten(),
            note: String::new(),
        };
        s.change_improvement_status(provider, id, &change, by, Millis(T0 + 1 + i as i64))
            .await
            .unwrap();
    }
}

/// A group's label and its verified and self-reported counts, as written.
type GroupBars = (String, String, String);

/// `(group, verified, self-reported)` of every bar and of every table row of the OSH
/// aggregates page: the chart's bars say "group · series: n".
fn osh_figure(body: &str) -> (Vec<GroupBars>, Vec<Vec<String>>) {
    let start = body
        .find("data-testid=\"figure-osh\"")
        .expect("the OSH figure");
    let section = &body[start..body[start..].find("</section>").unwrap() + start];
    let svg = &section[section.find("<svg").unwrap()..section.find("</svg>").unwrap() + 6];
    let titles = crate::reports::bar_titles(svg);
    let rows: Vec<Vec<String>> = section
        .split("<tr data-testid=\"osh_aggregate\">")
        .skip(1)
        .map(|r| {
            r.split("<td")
                .skip(1)
                .map(|c| {
                    let c = &c[c.find('>').unwrap() + 1..];
                    c[..c.find("</td>").unwrap()].to_owned()
                })
                .collect()
        })
        .collect();
    let mut bars: Vec<GroupBars> = Vec::new();
    for t in titles {
        let (group, rest) = t.split_once(" · ").expect("group · series");
        let (series, n) = rest.rsplit_once(": ").expect("series: n");
        let entry = match bars.iter_mut().find(|b| b.0 == group) {
            Some(e) => e,
            None => {
                bars.push((group.to_owned(), "0".into(), "0".into()));
                bars.last_mut().unwrap()
            }
        };
        match series {
            "Verified" => entry.1 = n.to_owned(),
            "Self-reported" => entry.2 = n.to_owned(),
            other => panic!("unknown series {other}"),
        }
    }
    (bars, rows)
}

async fn osh_dashboard_chart_equals_its_table_and_filters_narrow(db: TempDatabase) {
    use ImprovementStatus::{Done, Planned, Verified};
    use TechnicalArea::{MaterialsHandling, Premises};
    let w = world(db).await;
    let (a, b) = (w.provider_a, w.provider_b);
    // A (Vietnam): materials handling verified 12 → 6 and one self-reported; premises planned.
    improvement_at(
        &w,
        a,
        w.workplace_a,
        MaterialsHandling,
        Verified,
        (4, 3, 2, 3),
    )
    .await;
    improvement_at(&w, a, w.workplace_a, MaterialsHandling, Done, (4, 3, 3, 3)).await;
    improvement_at(&w, a, w.workplace_a, Premises, Planned, (3, 3, 0, 0)).await;
    // B (Bangladesh): premises verified 20 → 4.
    improvement_at(&w, b, w.workplace_b, Premises, Verified, (5, 4, 2, 2)).await;
    let mut sup = w.app.signed_in("sup").await;

    let page = sup.get("/osh/aggregates").await.assert_ok();
    let (bars, rows) = osh_figure(&page.body);
    let table: Vec<GroupBars> = rows
        .iter()
        .map(|r| (r[0].clone(), r[1].clone(), r[2].clone()))
        .collect();
    assert_eq!(bars, table, "the chart's numbers are the table's");
    assert_eq!(
        table,
        [
            (
                "Materials storage and handling".to_owned(),
                "1".to_owned(),
                "1".to_owned()
            ),
            ("Premises".to_owned(), "1".to_owned(), "0".to_owned()),
        ],
        "{}",
        page.body
    );
    // Risk reduction over verified only: (12 − 6) + (20 − 4); the low-cost share is of
    // verified (one of two).
    assert!(
        page.body
            .contains("Risk reduction (points)</dt><dd>22</dd>"),
        "{}",
        page.body
    );
    assert!(
        page.body
            .contains("Low cost (of verified)</dt><dd>50 %</dd>")
    );
    assert_eq!(rows[1][3], "1", "the planned premises improvement is open");

    let page = sup.get("/osh/aggregates?by=provider").await;
    let (bars, rows) = osh_figure(&page.body);
    assert_eq!(
        bars,
        [
            (
                "OSH Support Dhaka".to_owned(),
                "1".to_owned(),
                "0".to_owned()
            ),
            ("Safe Work Hanoi".to_owned(), "1".to_owned(), "1".to_owned()),
        ]
    );
    assert_eq!(rows.len(), 2);

    // Each filter narrows the headline, the chart and the table alike.
    let verified = |body: &str| {
        let at = body.find("Verified</dt><dd>").expect("headline") + "Verified</dt><dd>".len();
        body[at..at + body[at..].find('<').unwrap()].to_owned()
    };
    let page = sup.get(&format!("/osh/aggregates?provider={a}")).await;
    assert_eq!(verified(&page.body), "1");
    assert_eq!(osh_figure(&page.body).1.len(), 2, "A's two areas");
    let page = sup.get("/osh/aggregates?area=premises&by=provider").await;
    let (bars, rows) = osh_figure(&page.body);
    assert_eq!(rows[1][..4], ["Safe Work Hanoi", "0", "0", "1"]);
    assert_eq!(
        bars,
        [(
            "OSH Support Dhaka".to_owned(),
            "1".to_owned(),
            "0".to_owned()
        )],
        "only premises: B's verified one; A's planned one draws no bar"
    );
    let regions = w
        .app
        .store
        .improvement_regions(OshScope::Programme)
        .await
        .unwrap();
    let bd = regions
        .iter()
        .find(|r| r.country.eq_ignore_ascii_case("bd"))
        .expect("B's region");
    let page = sup
        .get(&format!(
            "/osh/aggregates?region={}/{}",
            bd.country, bd.district
        ))
        .await;
    assert_eq!(verified(&page.body), "1");
    let (bars, _) = osh_figure(&page.body);
    assert_eq!(
        bars,
        [("Premises".to_owned(), "1".to_owned(), "0".to_owned())]
    );
    // The period: the month of the changes counts them, the next one nothing.
    let page = sup.get("/osh/aggregates?from=2026-09&to=2026-09").await;
    assert_eq!(verified(&page.body), "2");
    let page = sup.get("/osh/aggregates?by=month").await;
    assert_eq!(
        osh_figure(&page.body).0,
        [("2026-09".to_owned(), "2".to_owned(), "1".to_owned())]
    );
    let page = sup.get("/osh/aggregates?from=2026-10").await;
    assert_eq!(verified(&page.body), "0");
    assert!(!page.body.contains("figure-osh"));
    // The CSV follows the filter.
    let csv = sup
        .get(&format!("/osh/aggregates.csv?by=area&provider={b}"))
        .await
        .assert_ok();
    csv.assert_shows("Premises,1,0,0,0,0,16,1");
    assert!(
        !csv.body.contains("Materials storage and handling"),
        "{}",
        csv.body
    );
    // A month that is no month is refused beside the field, the typed text kept.
    let refused = sup.get("/osh/aggregates?from=soon").await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused.body.contains("value=\"soon\""));
}
