//! Programme reports through their pages (issue 12): every dashboard chart is a valid
//! SVG whose numbers equal the table beside it; the filter narrows and a bad period is
//! refused with the typed value kept; each table downloads as a spreadsheet-safe CSV
//! that the access log records; the scorecard lists every criterion; the public
//! statistics open without signing in and hide small counts.

use crate::support::{T0, TestApp};
use axum::http::StatusCode;
use workvoice_domain::Millis;
use workvoice_domain::ids::WorkplaceId;
use workvoice_domain::{Channel, Consent, FactoryAgreement};
use workvoice_domain::{Intake, Language, Role, ShareableSummary, Urgency};
use workvoice_testdb::{TempDatabase, engine_tests};

engine_tests!(
    dashboard_charts_are_valid_svg_equal_to_their_tables,
    dashboard_filter_narrows_and_a_bad_period_keeps_what_was_typed,
    dashboard_csv_export_is_spreadsheet_safe_and_audit_logged,
    scorecard_page_has_one_line_per_criterion,
    scorecard_csv_export_has_every_criterion_and_is_audit_logged,
    suppress_public_statistics_hide_small_counts_without_signing_in,
    monthly_report_renders_in_all_three_languages,
    monthly_report_for_a_brand_counts_only_what_was_reported_to_it,
    monthly_report_csv_exports_are_safe_redacted_and_audit_logged,
);

const DAY: i64 = 24 * 3_600_000;

fn intake(workplace: Option<WorkplaceId>, category: &str, urgency: Urgency) -> Intake {
    Intake {
        workplace_id: workplace,
        category: category.into(),
        urgency,
        language: Language::En,
        summary: "A concern".into(),
        narrative: String::new(),
        shareable_summary: ShareableSummary::parse("").unwrap(),
        caller: None,
        consent: Consent::default(),
        channel: Channel::Phone,
        factory_agreement: FactoryAgreement::ProtocolDefault,
    }
}

/// Six wage cases and two test calls this month, one fire case the month before, at
/// "Rahman Knitwear Ltd" (supplying "Brand One") unless said otherwise.
async fn seed(app: &TestApp) {
    let w = Some(app.workplace("Rahman Knitwear Ltd").id);
    for i in 0..6 {
        app.store
            .create_case(
                &intake(w, "wages.late", Urgency::Normal),
                None,
                Millis(T0 - i * 60_000),
            )
            .await
            .unwrap();
    }
    for _ in 0..2 {
        app.store
            .create_case(
                &intake(None, "informational.test_call", Urgency::Informational),
                None,
                Millis(T0),
            )
            .await
            .unwrap();
    }
    app.store
        .create_case(
            &intake(w, "life_safety.fire", Urgency::LifeSafety),
            None,
            Millis(T0 - 30 * DAY),
        )
        .await
        .unwrap();
}

async fn supervisor_app(db: TempDatabase, language: Language) -> (TestApp, crate::support::Client) {
    let (app, client) = TestApp::builder()
        .user("sup", Role::Supervisor, language)
        .brand("Brand One")
        .workplace_for("Rahman Knitwear Ltd", &["Brand One"])
        .build_signed_in(db, "sup")
        .await;
    seed(&app).await;
    (app, client)
}

/// Checks that `svg` is well-formed XML as far as our charts use it (balanced tags,
/// quoted attributes, no stray `<`), and returns the text of every `<title>` inside a
/// `<rect>`: what each bar says it is.
pub(crate) fn bar_titles(svg: &str) -> Vec<String> {
    let mut stack: Vec<String> = Vec::new();
    let mut titles = Vec::new();
    let mut rest = svg;
    while let Some(open) = rest.find('<') {
        let text = &rest[..open];
        assert!(!text.contains('>'), "stray '>' in {text:?}");
        if stack.last().map(String::as_str) == Some("title")
            && stack.iter().rev().nth(1).map(String::as_str) == Some("rect")
        {
            titles.push(text.to_owned());
        }
        let close = rest[open..].find('>').expect("unclosed tag") + open;
        let tag = &rest[open + 1..close];
        assert!(!tag.contains('<'), "'<' inside a tag: {tag}");
        assert_eq!(tag.matches('"').count() % 2, 0, "unbalanced quotes: {tag}");
        if let Some(name) = tag.strip_prefix('/') {
            assert_eq!(
                stack.pop().as_deref(),
                Some(name.trim()),
                "mismatched </{name}>"
            );
        } else if !tag.ends_with('/') {
            let name = tag.split_whitespace().next().expect("tag name").to_owned();
            stack.push(name);
        }
        rest = &rest[close + 1..];
    }
    assert!(stack.is_empty(), "unclosed {stack:?}");
    titles
}

/// The section of one figure: its SVG and its table's body rows as cell texts.
fn figure(body: &str, id: &str) -> (String, Vec<Vec<String>>) {
    let start = body
        .find(&format!("data-testid=\"figure-{id}\""))
        .unwrap_or_else(|| panic!("no figure {id}"));
    let section = &body[start..];
    let section = &section[..section.find("</section>").expect("section end")];
    let svg = section
        .find("<svg")
        .map(|s| section[s..section.find("</svg>").unwrap() + 6].to_owned())
        .unwrap_or_default();
    let rows = section
        .split("<tr>")
        .skip(1)
        .filter(|r| r.contains("<td"))
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
    (svg, rows)
}

async fn dashboard_charts_are_valid_svg_equal_to_their_tables(db: TempDatabase) {
    let (_app, mut sup) = supervisor_app(db, Language::En).await;
    let page = sup.get("/reports").await.assert_ok();
    // Calls per month: a stacked chart; each bar's title "month · series: n" is a cell.
    let (svg, rows) = figure(&page.body, "calls");
    let titles = bar_titles(&svg);
    assert!(!titles.is_empty());
    let heads = ["Substantive calls", "Informational and test calls"];
    for t in &titles {
        let (month, rest) = t.split_once(" · ").expect("month · series");
        let (series, n) = rest.rsplit_once(": ").expect("series: n");
        let col = heads
            .iter()
            .position(|h| *h == series)
            .expect("known series")
            + 1;
        let row = rows.iter().find(|r| r[0] == month).expect("month row");
        assert_eq!(row[col], n, "{t}");
    }
    // Every nonzero cell has its bar.
    let nonzero = rows
        .iter()
        .flat_map(|r| r[1..].iter())
        .filter(|c| c.as_str() != "0")
        .count();
    assert_eq!(nonzero, titles.len());
    let this_month = rows.last().unwrap();
    assert_eq!(this_month[1..], ["6".to_owned(), "2".to_owned()]);
    // Ranked lists: "label: n" bars equal the table's rows, in order.
    for (id, expected) in [
        (
            "categories",
            vec![
                ("Wages and compensation", "6"),
                ("Information or test call", "2"),
            ],
        ),
        ("workplaces", vec![("Rahman Knitwear Ltd", "7")]),
        ("brands", vec![("Brand One", "7")]),
    ] {
        let (svg, rows) = figure(&page.body, id);
        let titles = bar_titles(&svg);
        let pairs: Vec<(String, String)> = titles
            .iter()
            .map(|t| {
                let (l, n) = t.rsplit_once(": ").unwrap();
                (l.to_owned(), n.to_owned())
            })
            .collect();
        let table: Vec<(String, String)> =
            rows.iter().map(|r| (r[0].clone(), r[1].clone())).collect();
        assert_eq!(pairs, table, "{id}");
        for (label, n) in expected {
            if id != "categories" || pairs.iter().any(|(l, _)| l == label) {
                assert!(
                    pairs.contains(&(label.to_owned(), n.to_owned())),
                    "{id}: {label} {n} in {pairs:?}"
                );
            }
        }
    }
    for id in ["urgency", "compliance", "informed"] {
        let (svg, _) = figure(&page.body, id);
        bar_titles(&svg);
    }
    // Headline: 9 calls, 1,200 workers with access (the workplace is not active yet: 0).
    page.assert_shows("<strong>9</strong> Calls");
    // Nothing about a caller or a case's text is on the page.
    assert!(!page.body.contains("A concern"));
}

async fn dashboard_filter_narrows_and_a_bad_period_keeps_what_was_typed(db: TempDatabase) {
    let (app, mut sup) = supervisor_app(db, Language::Bn).await;
    let page = sup.get("/reports?category=life_safety").await.assert_ok();
    assert!(
        page.body.contains("<strong>১</strong>"),
        "one life-safety call"
    );
    let brand = app.brand_id("Brand One");
    let page = sup.get(&format!("/reports?brand={brand}")).await;
    assert!(
        page.body.contains("<strong>৭</strong>"),
        "seven cases at the brand's supplier"
    );
    assert!(page.body.contains(" selected>Brand One</option>"));
    let refused = sup.get("/reports?from=2026-13&to=2026-09").await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused.body.contains("value=\"2026-13\""));
    assert!(refused.body.contains("aria-invalid=\"true\""));
    let reversed = sup.get("/reports?from=2026-09&to=2026-01").await;
    assert_eq!(reversed.status, StatusCode::UNPROCESSABLE_ENTITY);
    // A period of one month before this one: only the fire case.
    let august = sup
        .get("/reports?from=2026-08&to=2026-08")
        .await
        .assert_ok();
    assert!(august.body.contains("<strong>১</strong>"));
}

async fn dashboard_csv_export_is_spreadsheet_safe_and_audit_logged(db: TempDatabase) {
    let (app, mut sup) = supervisor_app(db, Language::En).await;
    let before = app.store.verify_access_log().await.unwrap();
    let r = sup
        .get("/reports/dashboard.csv?table=categories")
        .await
        .assert_ok();
    assert!(r.body.starts_with('\u{feff}'), "UTF-8 BOM for spreadsheets");
    r.assert_shows("Category,Cases\r\n");
    assert!(r.body.contains(",6\r\n"));
    let after = app.store.verify_access_log().await.unwrap();
    assert_eq!(
        after.rows,
        before.rows + 1,
        "the download is in the access log"
    );
    // The filter applies to the export as to the page.
    let r = sup
        .get("/reports/dashboard.csv?table=calls&category=life_safety")
        .await
        .assert_ok();
    r.assert_shows(",1,0\r\n");
    assert_eq!(
        sup.get("/reports/dashboard.csv?table=nope").await.status,
        StatusCode::NOT_FOUND
    );
}

async fn scorecard_csv_export_has_every_criterion_and_is_audit_logged(db: TempDatabase) {
    let (app, mut sup) = supervisor_app(db, Language::En).await;
    let before = app.store.verify_access_log().await.unwrap();
    let r = sup.get("/reports/scorecard.csv").await.assert_ok();
    assert!(r.body.starts_with('\u{feff}'), "UTF-8 BOM for spreadsheets");
    assert!(
        r.body
            .contains("Criterion,Measure,Value,Counted,Rating\r\n"),
        "{}",
        r.body
    );
    // A line per criterion under the header, as on the page.
    assert_eq!(
        r.body.trim_end().lines().count(),
        workvoice_domain::reports::Criterion::ALL.len() + 1
    );
    let after = app.store.verify_access_log().await.unwrap();
    assert_eq!(
        after.rows,
        before.rows + 1,
        "the download is in the access log"
    );
    // A refused period is refused, not exported with another one.
    assert_eq!(
        sup.get("/reports/scorecard.csv?from=2026-13").await.status,
        StatusCode::BAD_REQUEST
    );
}

async fn scorecard_page_has_one_line_per_criterion(db: TempDatabase) {
    let (_app, mut sup) = supervisor_app(db, Language::Vi).await;
    let page = sup.get("/reports/scorecard").await.assert_ok();
    for c in workvoice_domain::reports::Criterion::ALL {
        assert!(
            page.body
                .contains(&format!("data-testid=\"criterion-{}\"", c.code())),
            "{c:?}"
        );
    }
    // No survey finished: engagement has no data rather than 0 %.
    let engagement = page
        .body
        .split("data-testid=\"criterion-engagement\"")
        .nth(1)
        .unwrap();
    let engagement = &engagement[..engagement.find("</tr>").unwrap()];
    assert!(
        engagement.contains("data-rating=\"no_data\""),
        "{engagement}"
    );
}

async fn suppress_public_statistics_hide_small_counts_without_signing_in(db: TempDatabase) {
    let (app, _sup) = supervisor_app(db, Language::En).await;
    let mut anonymous = app.client();
    let page = anonymous.get("/statistics").await.assert_ok();
    // Six wage cases this month are published; the two test calls (fewer than 5) are
    // hidden, and so is enough else that they cannot be worked out from the totals.
    let (svg, rows) = figure(&page.body, "trend");
    bar_titles(&svg);
    let this_month = rows.last().unwrap();
    assert!(this_month.contains(&"hidden".to_owned()), "{this_month:?}");
    let total_row = page
        .body
        .split("data-testid=\"trend-total\"")
        .nth(1)
        .unwrap();
    let total_row = &total_row[..total_row.find("</tr>").unwrap()];
    assert!(
        total_row.contains("hidden"),
        "the small column total is hidden: {total_row}"
    );
    assert!(
        !page.body.contains("Rahman Knitwear"),
        "no single workplace"
    );
    assert!(page.body.contains("below 5"), "the minimum is said");
    // A signed-in user reaches it too.
    let mut sup = app.signed_in("sup").await;
    assert_eq!(sup.get("/statistics").await.status, StatusCode::OK);
}

/// Another supervisor, reading in `language`, signed in.
async fn supervisor_in(
    app: &TestApp,
    username: &str,
    language: Language,
) -> crate::support::Client {
    app.store
        .create_user(
            &workvoice_store::NewUser {
                organisation_id: app.store.helpline_organisation(Millis(T0)).await.unwrap(),
                username: username.into(),
                display_name: username.into(),
                role: Role::Supervisor,
                language,
                password: crate::support::PASSWORD.into(),
            },
            Millis(T0),
        )
        .await
        .unwrap();
    app.signed_in(username).await
}

/// A wage case at the workplace, resolved with the worker's acceptance, with this
/// shareable summary (and a narrative the report must never show).
async fn resolved_case(app: &TestApp, shareable: &str) -> workvoice_domain::ids::CaseId {
    let w = Some(app.workplace("Rahman Knitwear Ltd").id);
    let id = app
        .store
        .create_case(
            &Intake {
                narrative: "Narrative only the helpline reads".into(),
                shareable_summary: ShareableSummary::parse(shareable).unwrap(),
                ..intake(w, "wages.unpaid", Urgency::Normal)
            },
            None,
            Millis(T0 - 2 * DAY),
        )
        .await
        .unwrap()
        .id;
    let case = app.helpline_case(id).await;
    app.store
        .close_case(
            &case,
            "resolved_accepted",
            app.user_id("sup"),
            Millis(T0 - DAY),
        )
        .await
        .unwrap();
    id
}

async fn monthly_report_renders_in_all_three_languages(db: TempDatabase) {
    let (app, mut en) = supervisor_app(db, Language::En).await;
    resolved_case(&app, "Unpaid wages were paid after the helpline reported.").await;
    let page = en.get("/reports/monthly?month=2026-09").await.assert_ok();
    assert!(page.body.contains("data-testid=\"monthly-report\""));
    assert!(page.body.contains("Monthly report · 2026-09"));
    page.assert_shows("<strong>9</strong> Calls");
    assert!(
        page.body
            .contains("Unpaid wages were paid after the helpline reported.")
    );
    assert!(!page.body.contains("Narrative only the helpline reads"));
    for id in ["calls", "categories", "compliance"] {
        let (svg, _) = figure(&page.body, id);
        bar_titles(&svg);
    }
    // Bengali: Bengali digits in the heading, the headline and the tables.
    let mut bn = supervisor_in(&app, "sup-bn", Language::Bn).await;
    let page = bn.get("/reports/monthly?month=২০২৬-০৯").await.assert_ok();
    page.assert_shows("মাসিক প্রতিবেদন · ২০২৬-০৯");
    assert!(page.body.contains("<strong>৯</strong>"));
    let headline = page.body.split("data-testid=\"headline\"").nth(1).unwrap();
    let headline = &headline[..headline.find("</ul>").unwrap()];
    assert!(!headline.chars().any(|c| c.is_ascii_digit()), "{headline}");
    // Vietnamese.
    let mut vi = supervisor_in(&app, "sup-vi", Language::Vi).await;
    let page = vi.get("/reports/monthly?month=2026-09").await;
    page.assert_shows("Báo cáo tháng · 2026-09");
    // A month that is no month is refused beside the field, the typed text kept.
    let refused = en.get("/reports/monthly?month=September").await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused.body.contains("value=\"September\""));
}

async fn monthly_report_for_a_brand_counts_only_what_was_reported_to_it(db: TempDatabase) {
    let (app, _client) = TestApp::builder()
        .user("sup", Role::Supervisor, Language::En)
        .brand("Brand One")
        .brand("Brand Two")
        .workplace_for("Rahman Knitwear Ltd", &["Brand One"])
        .brand_user("brand1", "Brand One")
        .brand_user("brand2", "Brand Two")
        .build_signed_in(db, "sup")
        .await;
    seed(&app).await;
    let id = resolved_case(&app, "Unpaid wages were paid after the helpline reported.").await;
    app.report(id, app.brand_id("Brand One")).await;
    let mut brand = app.signed_in("brand1").await;
    let page = brand
        .get("/org/reports/monthly?month=2026-09")
        .await
        .assert_ok();
    // One case was reported to the brand: a count below 5 shows as "fewer than 5".
    assert!(
        page.body
            .contains("<strong>fewer than 5</strong> Cases reported to you"),
        "{}",
        page.body
    );
    let (svg, rows) = figure(&page.body, "categories");
    bar_titles(&svg);
    assert_eq!(rows[0][1], "fewer than 5");
    assert_eq!(
        rows.last().unwrap()[1],
        "withheld",
        "the total would give the cell back"
    );
    // Neither the summary, the workplace nor the other (unreported) cases appear.
    for unsaid in ["Unpaid wages were paid", "Rahman Knitwear", "Narrative"] {
        assert!(!page.body.contains(unsaid), "{unsaid}");
    }
    // Another brand was told nothing.
    let mut other = app.signed_in("brand2").await;
    let page = other
        .get("/org/reports/monthly?month=2026-09")
        .await
        .assert_ok();
    assert!(
        page.body
            .contains("<strong>fewer than 5</strong> Cases reported to you")
    );
    assert!(
        page.body.contains("reports-table-empty") || page.body.contains("Nothing to count yet.")
    );
}

async fn monthly_report_csv_exports_are_safe_redacted_and_audit_logged(db: TempDatabase) {
    let (app, _client) = TestApp::builder()
        .user("sup", Role::Supervisor, Language::En)
        .brand("Brand One")
        .workplace_for("Rahman Knitwear Ltd", &["Brand One"])
        .brand_user("brand1", "Brand One")
        .build_signed_in(db, "sup")
        .await;
    seed(&app).await;
    let id = resolved_case(&app, "Unpaid wages were paid after the helpline reported.").await;
    app.report(id, app.brand_id("Brand One")).await;
    let mut sup = app.signed_in("sup").await;
    // The page links each table to its CSV, with the month chosen.
    let page = sup.get("/reports/monthly?month=2026-09").await;
    assert!(
        page.body
            .contains("href=\"/reports/monthly.csv?table=categories&amp;month=2026-09\""),
        "{}",
        page.body
    );
    let before = app.store.verify_access_log().await.unwrap();
    let r = sup
        .get("/reports/monthly.csv?table=categories&month=2026-09")
        .await
        .assert_ok();
    assert!(r.body.starts_with('\u{feff}'), "UTF-8 BOM for spreadsheets");
    r.assert_shows("Category,Cases\r\n");
    // Six wage cases and the resolved one this month: the page's figures, plain digits.
    r.assert_shows("Wages and compensation,7\r\n");
    assert!(
        !r.body.contains("Unpaid wages were paid"),
        "no case text in a table"
    );
    let after = app.store.verify_access_log().await.unwrap();
    assert_eq!(
        after.rows,
        before.rows + 1,
        "the download is in the access log"
    );
    // The trend of calls is the first table.
    let r = sup.get("/reports/monthly.csv?month=2026-09").await;
    r.assert_shows("2026-09,7,2\r\n");
    assert_eq!(
        sup.get("/reports/monthly.csv?month=September").await.status,
        StatusCode::BAD_REQUEST
    );
    assert_eq!(
        sup.get("/reports/monthly.csv?table=nope").await.status,
        StatusCode::NOT_FOUND
    );

    // A brand's export hides what its page hides, the total that would give it back too.
    let mut brand = app.signed_in("brand1").await;
    let before = app.store.verify_access_log().await.unwrap();
    let r = brand
        .get("/org/reports/monthly.csv?table=categories&month=2026-09")
        .await
        .assert_ok();
    assert!(r.body.starts_with('\u{feff}'));
    r.assert_shows("Wages and compensation,fewer than 5\r\n");
    r.assert_shows("Total,withheld\r\n");
    for unsaid in ["Unpaid wages were paid", "Rahman Knitwear"] {
        assert!(!r.body.contains(unsaid), "{unsaid}");
    }
    let after = app.store.verify_access_log().await.unwrap();
    assert_eq!(
        after.rows,
        before.rows + 1,
        "the brand's download is logged"
    );
}
