//! The call-handling protocol through the pages: the steps panel on a case, escalation by
//! the scheduler with a manual clock, the supervisor views and notifications, and the
//! administrator's protocol and holiday pages (saving holidays moves open deadlines).

use crate::support::{Client, TestApp};
use axum::body::Body;
use axum::http::{Method, Request, StatusCode, header};
use workvoice_channels::{EscalationJob, JobError, Runner};
use workvoice_domain::{Country, Language, Protocol, Role, Span, StepKind};
use workvoice_testdb::{TempDatabase, engine_tests};
use workvoice_web::AppState;

engine_tests!(
    escalation_by_the_scheduler_reaches_supervisor_and_assignee,
    escalation_waits_while_the_case_waits_on_the_worker,
    protocol_admin_page_round_trips,
    protocol_invalid_toml_comes_back_422_with_text_kept,
    protocol_admin_pages_are_404_for_non_admins,
    holidays_saved_move_the_deadlines_of_open_steps,
);

const MIN: i64 = 60_000;

/// One tick of the escalation job at the app's clock, as a server's runner does it.
async fn escalation_tick(state: &AppState) -> Result<usize, JobError> {
    Runner::new(state.store.clone())
        .tick(&EscalationJob::default(), state.time())
        .await
}

/// Records a normal wages case through the intake form; returns its id.
async fn record_case(c: &mut Client, workplace: &str) -> i64 {
    let r = c
        .submit_new(
            "/cases",
            &[
                ("workplace", workplace),
                ("category", "wages.unpaid"),
                ("urgency", "normal"),
                ("language", "bn"),
                ("summary", "October wages not paid"),
                ("narrative", "Line 4 has not been paid since October"),
                ("shareable_summary", "Wages for October unpaid"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    r.new_case()
}

/// The `data-state` of a step's row on the case page.
fn step_state(page: &str, step: &str) -> String {
    let marker = format!("data-testid=\"step-{step}\" data-state=\"");
    let start = page
        .find(&marker)
        .unwrap_or_else(|| panic!("no row for {step}"))
        + marker.len();
    page[start..]
        .split('"')
        .next()
        .unwrap_or_default()
        .to_owned()
}

async fn escalation_by_the_scheduler_reaches_supervisor_and_assignee(db: TempDatabase) {
    let app = TestApp::builder()
        .user("sup", Role::Supervisor, Language::En)
        .operator()
        .workplace("Rahman Knitwear Ltd", Country::Bangladesh)
        .build(db)
        .await;
    let op = app.user_id("op");
    let mut operator = app.signed_in("op").await;
    let mut supervisor = app.signed_in("sup").await;
    let id = record_case(&mut operator, "Rahman Knitwear Ltd").await;
    let path = format!("/cases/{id}");
    let r = supervisor
        .act(&path, "assign", &[("assignee", &op.to_string())])
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);

    // The case page lists the protocol's steps with local due times.
    let page = operator.get(&path).await.assert_ok();
    assert!(page.body.contains("Times in Asia/Dhaka"));
    assert_eq!(step_state(&page.body, "acknowledge_worker"), "open");
    assert_eq!(step_state(&page.body, "factory_response"), "not-started");
    // Due 10 minutes after T0 (2026-09-21 14:13:20 UTC), shown in Dhaka time.
    assert!(page.body.contains("2026-09-21 20:23"), "local due time");
    assert!(page.body.contains("Factory informed"));

    // Telling the factory is a report, never a ticked box.
    let r = operator.act(&path, "steps/inform_factory", &[]).await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
    // The operator reports the case to the factory; the response deadline starts.
    let factory = app
        .workplace("Rahman Knitwear Ltd")
        .organisation_id
        .to_string();
    let r = operator
        .act(&path, "report", &[("organisation_id", &factory)])
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let page = operator.get(&path).await;
    assert_eq!(step_state(&page.body, "inform_factory"), "met");
    assert!(page.body.contains("by op name"));
    assert_eq!(step_state(&page.body, "factory_response"), "open");
    // Only the steps the helpline does itself can be marked here.
    let r = operator.act(&path, "steps/factory_response", &[]).await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);

    // Nobody acknowledges the worker. Five minutes past the deadline the scheduler
    // (running every minute) has escalated the step.
    let state = app.state();
    app.clock.advance(10 * MIN);
    assert_eq!(escalation_tick(&state).await.unwrap(), 0);
    app.clock.advance(5 * MIN);
    assert_eq!(escalation_tick(&state).await.unwrap(), 1);
    // The next run is not due yet, and a later run finds nothing new.
    assert_eq!(escalation_tick(&state).await.unwrap(), 0);
    app.clock.advance(MIN);
    assert_eq!(escalation_tick(&state).await.unwrap(), 0);
    let page = operator.get(&path).await;
    assert_eq!(step_state(&page.body, "acknowledge_worker"), "escalated");

    // The supervisor's overdue queue lists it with the assignee.
    let queue = supervisor.get("/supervisor/overdue").await.assert_ok();
    assert_eq!(queue.body.matches("data-testid=\"overdue-row\"").count(), 1);
    assert!(queue.body.contains(&format!("href=\"/cases/{id}#steps\"")));
    assert!(queue.body.contains("Acknowledge worker"));
    assert!(queue.body.contains("op name"));
    assert!(queue.body.contains("6 min"), "late by six minutes");

    // The assignee is told: a link on the dashboard and the notification itself.
    let home = operator.get("/").await;
    home.assert_shows("1 unread notification");
    assert!(!home.body.contains("href=\"/supervisor/overdue\""));
    let list = operator.get("/notifications").await.assert_ok();
    assert_eq!(list.body.matches("data-testid=\"notification\"").count(), 1);
    assert!(list.body.contains("A protocol step is overdue."));
    let r = operator
        .submit(
            "/notifications",
            "/notifications/read",
            &[("back", "https://evil.example/")],
        )
        .await;
    assert_eq!(
        (r.status, r.location()),
        (StatusCode::SEE_OTHER, "/notifications")
    );
    let list = operator.get("/notifications").await;
    assert!(list.body.contains("No unread notifications."));

    // Compliance and workload count the case.
    let compliance = supervisor
        .get("/supervisor/compliance?days=30")
        .await
        .assert_ok();
    assert!(compliance.body.contains("data-testid=\"compliance-row\""));
    assert!(
        compliance.body.contains("data-testid=\"stage-row\""),
        "inform factory took time"
    );
    let workload = supervisor.get("/supervisor/workload").await.assert_ok();
    let row = workload
        .body
        .split("data-testid=\"workload-row\"")
        .find(|r| r.contains("op name"))
        .expect("a row for the operator");
    assert!(
        row.contains(">1</td>"),
        "one open case, one overdue step, one recorded: {row}"
    );

    // Supervisors see their views from the dashboard; operators cannot open them.
    assert!(
        supervisor
            .get("/")
            .await
            .body
            .contains("href=\"/supervisor/overdue\"")
    );
    for page in [
        "/supervisor/overdue",
        "/supervisor/compliance",
        "/supervisor/workload",
    ] {
        assert_eq!(
            operator.get(page).await.status,
            StatusCode::NOT_FOUND,
            "{page}"
        );
    }
}

async fn escalation_waits_while_the_case_waits_on_the_worker(db: TempDatabase) {
    let (app, mut c) = TestApp::with_operator_at(db, "Rahman Knitwear Ltd").await;
    let id = record_case(&mut c, "Rahman Knitwear Ltd").await;
    let path = format!("/cases/{id}");
    app.clock.advance(2 * MIN);
    let r = c.act(&path, "waiting", &[("waiting", "1")]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let page = c.get(&path).await;
    assert!(page.body.contains("data-testid=\"waiting-on-worker\""));
    assert_eq!(step_state(&page.body, "acknowledge_worker"), "waiting");

    app.clock.advance(60 * MIN);
    let state = app.state();
    assert_eq!(escalation_tick(&state).await.unwrap(), 0);

    let r = c.act(&path, "waiting", &[("waiting", "0")]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let page = c.get(&path).await;
    assert!(!page.body.contains("data-testid=\"waiting-on-worker\""));
    assert_eq!(step_state(&page.body, "acknowledge_worker"), "open");
    let r = c.act(&path, "waiting", &[("waiting", "maybe")]).await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
}

async fn protocol_admin_page_round_trips(db: TempDatabase) {
    let app = TestApp::builder()
        .user("admin", Role::Admin, Language::En)
        .build(db)
        .await;
    let mut c = app.signed_in("admin").await;
    let page = c.get("/admin/protocol").await.assert_ok();
    assert!(page.body.contains("<label for=\"protocol\">"));
    let default = Protocol::default_protocol().to_toml();
    assert!(page.body.contains("[[rule.step]]"));

    let file = c.get("/admin/protocol.toml").await.assert_ok();
    let disposition = file.headers[header::CONTENT_DISPOSITION].to_str().unwrap();
    assert!(disposition.starts_with("attachment; filename=\"workvoice-protocol-v"));
    assert_eq!(file.body, default);

    // Edit in the text area: acknowledgement within 20 minutes instead of 10.
    let edited = default.replace("within = \"10m\"", "within = \"20m\"");
    assert_ne!(edited, default);
    let before = app.store.active_protocol().await.unwrap().id;
    let r = c
        .submit_here("/admin/protocol", &[("protocol", &edited)])
        .await;
    assert_eq!(
        (r.status, r.location()),
        (StatusCode::SEE_OTHER, "/admin/protocol?saved=1")
    );
    let active = app.store.active_protocol().await.unwrap();
    assert_ne!(active.id, before, "a new version");
    assert_eq!(active.protocol, Protocol::from_toml(&edited).unwrap());
    let ack = active.protocol.rules[0]
        .step(StepKind::AcknowledgeWorker)
        .unwrap();
    assert_eq!(ack.within, Span::clock_minutes(20));
    let page = c.get("/admin/protocol?saved=1").await;
    assert!(page.body.contains("Saved as a new version."));
    assert!(
        page.body.contains("within = &#34;20m&#34;")
            || page.body.contains("within = &quot;20m&quot;")
    );

    // Import the earlier file: the default comes back as yet another version.
    let csrf = page.csrf();
    let boundary = "wvboundary7MA4YWxk";
    let body = format!(
        "--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"p.toml\"\r\n\
         Content-Type: application/toml\r\n\r\n{default}\r\n--{boundary}--\r\n"
    );
    let r = c
        .send(
            Request::builder()
                .method(Method::POST)
                .uri(format!("/admin/protocol/import?csrf={csrf}"))
                .header(
                    header::CONTENT_TYPE,
                    format!("multipart/form-data; boundary={boundary}"),
                )
                .body(Body::from(body))
                .unwrap(),
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    assert_eq!(
        app.store.active_protocol().await.unwrap().protocol,
        Protocol::default_protocol()
    );
}

async fn protocol_invalid_toml_comes_back_422_with_text_kept(db: TempDatabase) {
    let app = TestApp::builder()
        .user("admin", Role::Admin, Language::En)
        .build(db)
        .await;
    let mut c = app.signed_in("admin").await;
    let before = app.store.active_protocol().await.unwrap().id;

    let bad_step = "[[rule]]\ncategory = \"*\"\n\n[[rule.step]]\nstep = \"call_mayor\"\nfrom = \"intake\"\nwithin = \"1h\"\n";
    let r = c
        .submit_here("/admin/protocol", &[("protocol", bad_step)])
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    r.assert_shows("Rule 1, step 1: unknown step.");
    assert!(r.body.contains("call_mayor"), "the text is kept");
    assert!(r.body.contains("class=\"field-error\""));

    let r = c
        .submit_here(
            "/admin/protocol",
            &[("protocol", "[[rule]]\ncategory = \"*\"\nwithin = 5\n")],
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    r.assert_shows("(line 3)");
    assert_eq!(
        app.store.active_protocol().await.unwrap().id,
        before,
        "nothing saved"
    );

    // Holidays: errors name the line, the text is kept; a good list replaces the old.
    let page = c.get("/admin/holidays").await.assert_ok();
    assert!(page.body.contains("BD,2026-12-16,Victory Day"));
    let bad = "# ours\nBD,2026-02-30,Nonsense Day\n";
    let r = c.submit_here("/admin/holidays", &[("holidays", bad)]).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    r.assert_shows("Line 2: invalid date");
    assert!(r.body.contains("Nonsense Day"));
    let good = "VN,2026-04-30,Reunification Day\nBD,2026-03-20,Eid ul-Fitr\n";
    let r = c
        .submit_here("/admin/holidays", &[("holidays", good)])
        .await;
    assert_eq!(
        (r.status, r.location()),
        (StatusCode::SEE_OTHER, "/admin/holidays?saved=1")
    );
    let names: Vec<String> = app
        .store
        .holidays()
        .await
        .unwrap()
        .into_iter()
        .map(|h| h.name)
        .collect();
    assert_eq!(names, ["Eid ul-Fitr", "Reunification Day"]);
}

async fn protocol_admin_pages_are_404_for_non_admins(db: TempDatabase) {
    let app = TestApp::builder()
        .user("sup", Role::Supervisor, Language::En)
        .operator()
        .build(db)
        .await;
    let before = app.store.active_protocol().await.unwrap().id;
    for user in ["sup", "op"] {
        let mut c = app.signed_in(user).await;
        for page in ["/admin/protocol", "/admin/protocol.toml", "/admin/holidays"] {
            assert_eq!(
                c.get(page).await.status,
                StatusCode::NOT_FOUND,
                "{user} {page}"
            );
        }
        let r = c
            .submit(
                "/",
                "/admin/protocol",
                &[("protocol", &Protocol::default_protocol().to_toml())],
            )
            .await;
        assert_eq!(r.status, StatusCode::NOT_FOUND, "{user} may not save");
        let r = c
            .submit("/", "/admin/holidays", &[("holidays", "BD,2026-01-01,x")])
            .await;
        assert_eq!(r.status, StatusCode::NOT_FOUND);
    }
    assert_eq!(app.store.active_protocol().await.unwrap().id, before);
    assert!(!app.store.holidays().await.unwrap().is_empty());
}

/// The row of a step on the case page, for comparing what it shows.
fn step_row(page: &str, step: &str) -> String {
    let marker = format!("data-testid=\"step-{step}\"");
    let start = page
        .find(&marker)
        .unwrap_or_else(|| panic!("no row for {step}"));
    let end = page[start..]
        .find("</tr>")
        .map_or(page.len(), |e| start + e);
    page[start..end].to_owned()
}

async fn holidays_saved_move_the_deadlines_of_open_steps(db: TempDatabase) {
    let app = TestApp::builder()
        .operator()
        .user("admin", Role::Admin, Language::En)
        .workplace("Rahman Knitwear Ltd", Country::Bangladesh)
        .build(db)
        .await;
    let mut op = app.signed_in("op").await;
    // Monday 2026-09-21, 20:13 in Dhaka: "inform the factory within 2 working days".
    let id = record_case(&mut op, "Rahman Knitwear Ltd").await;
    let path = format!("/cases/{id}");
    let case = app
        .helpline_case(workvoice_domain::ids::CaseId::new(id))
        .await;
    let due = |steps: Vec<workvoice_store::CaseStep>| {
        steps
            .into_iter()
            .find(|s| s.step == StepKind::InformFactory)
            .and_then(|s| s.due_at)
            .map(|due| due.0)
            .expect("inform_factory runs from intake")
    };
    let before = due(app.store.case_steps(&case).await.unwrap());
    let row_before = step_row(&op.get(&path).await.body, "inform_factory");

    // The administrator adds Tuesday as a public holiday in Bangladesh.
    let mut admin = app.signed_in("admin").await;
    let text = format!(
        "{}\nBD,2026-09-22,Extra holiday\n",
        app.store.holidays_text().await.unwrap()
    );
    let r = admin
        .submit_here("/admin/holidays", &[("holidays", &text)])
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);

    // The operator's case page shows the deadline a working day later.
    let after = due(app.store.case_steps(&case).await.unwrap());
    assert_eq!(after, before + 24 * 60 * MIN);
    let row_after = step_row(&op.get(&path).await.body, "inform_factory");
    assert_ne!(
        row_after, row_before,
        "the case page still shows the old deadline"
    );
}
