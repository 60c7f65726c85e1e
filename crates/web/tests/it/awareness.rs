//! The awareness programme through its pages: a programme manager records a training, a
//! play report and an awareness check on a workplace's record (a refused form keeps what
//! was typed and says why), sees the workplace move down the priority list and marks its
//! follow-up; the factory's own contact confirms the play report (another factory's cannot);
//! a brand sees its suppliers' coverage with no call counts; the programme page draws its
//! monthly charts with the numbers beside them.

use crate::support::{T0, TestApp};
use axum::http::StatusCode;
use workvoice_domain::Millis;
use workvoice_domain::ShareableSummary;
use workvoice_domain::{Channel, Consent, FactoryAgreement, Intake, Language, Role, Urgency};
use workvoice_testdb::{TempDatabase, engine_tests};

engine_tests!(
    awareness_programme_manager_records_and_the_priority_list_follows,
    awareness_refused_form_keeps_what_was_typed,
    awareness_factory_confirms_its_own_play_reports_and_brand_sees_counts_only,
    awareness_programme_page_charts_months_with_tables,
    awareness_api_gives_services_the_score_and_its_reasons,
);

const TRAINING: &[(&str, &str)] = &[
    ("held_on", "2026-09-10"),
    ("trainer", "নাসরিন আক্তার"),
    ("women", "900"),
    ("men", "300"),
    ("group_size", "25"),
    ("topic_helpline_number", "1"),
    ("topic_after_calling", "1"),
];

const CHECK: &[(&str, &str)] = &[
    ("checked_on", "2026-09-15"),
    ("sampled", "20"),
    ("knows_number", "18"),
    ("carries_card", "16"),
    ("knows_process", "14"),
];

fn rank_of(page: &str, name: &str) -> usize {
    page.split("data-testid=\"priority-row\"")
        .skip(1)
        .position(|row| row.contains(&format!("data-workplace=\"{name}\"")))
        .unwrap_or_else(|| panic!("{name} not on the list"))
}

async fn awareness_programme_manager_records_and_the_priority_list_follows(db: TempDatabase) {
    let (app, mut pm) = TestApp::builder()
        .user("pm", Role::ProgrammeManager, Language::En)
        .workplace_for("Rahman Knitwear Ltd", &[])
        .workplace_for("Dhaka Knits Ltd", &[])
        .build_signed_in(db, "pm")
        .await;
    // The programme manager starts on the priority list and sees no case page.
    let home = pm.get("/").await;
    assert_eq!(home.location(), "/awareness/priorities");
    assert_eq!(pm.get("/cases").await.status, StatusCode::NOT_FOUND);
    let id = app.workplace("Rahman Knitwear Ltd").id;
    let list = pm.get("/awareness/priorities").await.assert_ok();
    list.assert_shows("Never trained");
    // Both have 1,200 workers and nothing recorded: the same need, by name.
    assert_eq!(rank_of(&list.body, "Rahman Knitwear Ltd"), 1);

    let record = format!("/workplaces/{id}/awareness");
    let r = pm.act(&record, "trainings", TRAINING).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let r = pm
        .act(
            &record,
            "materials",
            &[
                ("given_on", "2026-09-10"),
                ("kind", "helpline_card"),
                ("quantity", "1200"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let r = pm
        .act(
            &record,
            "plays",
            &[
                ("played_on", "2026-09-12"),
                ("shifts", "2"),
                ("note", "Lunch break"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let r = pm.act(&record, "checks", CHECK).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);

    let page = pm.get(&record).await;
    for shown in [
        "নাসরিন আক্তার",
        "2026-09-10",
        "The helpline number, What happens after calling",
        "1,200",
        "Lunch break",
        "18 · 90%",
        "Not yet",
    ] {
        assert!(page.body.contains(shown), "{shown} missing from the record");
    }
    assert!(!page.body.contains("Never trained"));
    // Trained, carded and checked, it moves below the untouched workplace.
    let list = pm.get("/awareness/priorities").await;
    assert_eq!(rank_of(&list.body, "Dhaka Knits Ltd"), 0);
    assert_eq!(rank_of(&list.body, "Rahman Knitwear Ltd"), 1);

    // The follow-up mark comes back to the list, filters kept.
    let back = "/awareness/priorities?district=Gazipur&page=1";
    let r = pm
        .post_form(
            &format!(
                "/awareness/priorities/{}/follow-up",
                app.workplace("Dhaka Knits Ltd").id
            ),
            &[
                ("csrf", &list.csrf()),
                ("status", "planned"),
                ("back", back),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    assert_eq!(r.location(), back);
    let list = pm.get("/awareness/priorities").await;
    assert!(list.body.contains("Follow-up training planned"));
    // Somewhere else is not followed.
    let r = pm
        .post_form(
            &format!("/awareness/priorities/{id}/follow-up"),
            &[
                ("csrf", &list.csrf()),
                ("status", "done"),
                ("back", "https://evil.example/"),
            ],
        )
        .await;
    assert_eq!(r.location(), "/awareness/priorities");
}

async fn awareness_refused_form_keeps_what_was_typed(db: TempDatabase) {
    let (app, mut pm) = TestApp::builder()
        .user("pm", Role::ProgrammeManager, Language::En)
        .workplace_for("Rahman Knitwear Ltd", &[])
        .build_signed_in(db, "pm")
        .await;
    let record = format!(
        "/workplaces/{}/awareness",
        app.workplace("Rahman Knitwear Ltd").id
    );
    let r = pm
        .act(
            &record,
            "checks",
            &[
                ("checked_on", "2099-01-01"),
                ("sampled", "20"),
                ("knows_number", "25"),
                ("carries_card", "কুড়ি"),
                ("knows_process", "3"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    r.assert_shows("The date cannot be in the future.");
    assert!(r.body.contains("Cannot be more than the workers asked."));
    assert!(r.body.contains("value=\"কুড়ি\""), "typed text kept");
    assert!(r.body.contains("value=\"2099-01-01\""));
    let r = pm
        .act(
            &record,
            "trainings",
            &[
                ("held_on", "2026-09-01"),
                ("trainer", "Nasrin"),
                ("women", "0"),
                ("men", "0"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.body.contains("Enter how many women and men took part."));
    assert!(r.body.contains("Tick at least one topic."));
    assert!(r.body.contains("value=\"Nasrin\""));
    // Nothing was written.
    let page = pm.get(&record).await;
    assert!(page.body.contains("No training recorded yet"));
    assert!(page.body.contains("No awareness check yet"));
    // A workplace that does not exist is a 404, not a form.
    let r = pm
        .post_form(
            "/workplaces/999999/awareness/checks",
            &[("csrf", &page.csrf()), ("checked_on", "")],
        )
        .await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
}

async fn awareness_factory_confirms_its_own_play_reports_and_brand_sees_counts_only(
    db: TempDatabase,
) {
    let app = TestApp::builder()
        .user("pm", Role::ProgrammeManager, Language::En)
        .operator()
        .brand("Brand A")
        .workplace_for("Rahman Knitwear Ltd", &["Brand A"])
        .workplace_for("Other Garments Ltd", &[])
        .factory_contact("factory-a", "Rahman Knitwear Ltd")
        .factory_contact("factory-b", "Other Garments Ltd")
        .brand_user("brand-a", "Brand A")
        .build(db)
        .await;
    let a = app.workplace("Rahman Knitwear Ltd").id;
    let mut pm = app.signed_in("pm").await;
    let record = format!("/workplaces/{a}/awareness");
    let r = pm
        .act(
            &record,
            "plays",
            &[("played_on", "2026-09-12"), ("shifts", "3")],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let r = pm.act(&record, "trainings", TRAINING).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    // A call at workplace A, never reported: no organisation may learn it exists.
    let intake = Intake {
        workplace_id: Some(a),
        category: "wages.unpaid".into(),
        urgency: Urgency::Normal,
        language: Language::Bn,
        summary: "Wages late".into(),
        narrative: "Unreported narrative".into(),
        shareable_summary: ShareableSummary::parse("").unwrap(),
        caller: None,
        consent: Consent::default(),
        channel: Channel::Phone,
        factory_agreement: FactoryAgreement::ProtocolDefault,
    };
    app.store
        .create_case(&intake, Some(app.user_id("op")), Millis(T0))
        .await
        .unwrap();
    let play = app.store.awareness_record(a).await.unwrap().plays[0].id;

    let mut other = app.signed_in("factory-b").await;
    let page = other.get("/org/awareness").await.assert_ok();
    assert!(
        !page.body.contains("নাসরিন আক্তার"),
        "another factory's record"
    );
    let confirm = format!("/org/awareness/plays/{play}/confirm");
    let r = other.post_form(&confirm, &[("csrf", &page.csrf())]).await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
    let missing = other
        .post_form(
            "/org/awareness/plays/999999/confirm",
            &[("csrf", &page.csrf())],
        )
        .await;
    assert_eq!(missing.body, r.body, "another's report looks missing");

    let mut factory = app.signed_in("factory-a").await;
    let page = factory.get("/org/awareness").await.assert_ok();
    assert!(page.body.contains("নাসরিন আক্তার"));
    assert!(page.body.contains(&confirm));
    let r = factory.post_form(&confirm, &[("csrf", &page.csrf())]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let page = factory.get("/org/awareness").await;
    assert!(page.body.contains("Confirmed"));
    assert!(!page.body.contains(&confirm));
    assert!(
        !page.body.contains("Awareness score"),
        "the score counts calls"
    );

    let mut brand = app.signed_in("brand-a").await;
    let page = brand.get("/org/awareness").await.assert_ok();
    assert!(page.body.contains("Rahman Knitwear Ltd"));
    assert!(page.body.contains("1,200"), "workers trained");
    assert!(
        !page.body.contains("Other Garments Ltd"),
        "not its supplier"
    );
    for unsaid in ["call", "Call", "Silent", "score"] {
        assert!(!page.body.contains(unsaid), "{unsaid} on the brand's page");
    }
}

async fn awareness_programme_page_charts_months_with_tables(db: TempDatabase) {
    let (app, mut pm) = TestApp::builder()
        .user("pm", Role::ProgrammeManager, Language::Bn)
        .workplace_for("Rahman Knitwear Ltd", &[])
        .build_signed_in(db, "pm")
        .await;
    let id = app.workplace("Rahman Knitwear Ltd").id;
    let record = format!("/workplaces/{id}/awareness");
    let r = pm.act(&record, "trainings", TRAINING).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let page = pm.get("/awareness/programme").await.assert_ok();
    for figure in [
        "access",
        "covered",
        "calls",
        "trained",
        "trainings",
        "cards",
    ] {
        assert!(
            page.body
                .contains(&format!("data-testid=\"figure-{figure}\""))
        );
    }
    assert!(page.body.contains("<svg"));
    // September's training: 900 women and 300 men, in Bengali digits, in bar and table.
    page.assert_shows("<td data-label=\"নারী\">৯০০</td>");
    assert!(page.body.contains("নারী: ৯০০"));
    assert!(page.body.contains("২০২৬-০৯"));
}

async fn awareness_api_gives_services_the_score_and_its_reasons(db: TempDatabase) {
    let app = TestApp::builder()
        .operator()
        .user("pm", Role::ProgrammeManager, Language::En)
        .workplace_for("Rahman Knitwear Ltd", &[])
        .build(db)
        .await;
    let id = app.workplace("Rahman Knitwear Ltd").id;
    let (_, token) = app
        .store
        .create_api_token(app.user_id("op"), "service", Millis(T0))
        .await
        .unwrap();
    let mut client = app.client();
    let path = format!("/api/workplaces/{id}/awareness");
    let r = client
        .json(axum::http::Method::GET, &path, Some(&token), None)
        .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    let v: serde_json::Value = serde_json::from_str(&r.body).unwrap();
    assert_eq!(v["score"], 0);
    assert_eq!(v["silent"], true);
    assert_eq!(v["workers_total"], 1200);
    assert!(
        v["reasons"]
            .as_array()
            .unwrap()
            .contains(&"awareness-reason-never-trained".into())
    );
    let missing = client
        .json(
            axum::http::Method::GET,
            "/api/workplaces/999999/awareness",
            Some(&token),
            None,
        )
        .await;
    assert_eq!(missing.status, StatusCode::NOT_FOUND);
    // The API is the helpline's: a programme manager's token is not accepted.
    let (_, pm_token) = app
        .store
        .create_api_token(app.user_id("pm"), "pm", Millis(T0))
        .await
        .unwrap();
    let r = client
        .json(axum::http::Method::GET, &path, Some(&pm_token), None)
        .await;
    assert_eq!(r.status, StatusCode::UNAUTHORIZED);
}
