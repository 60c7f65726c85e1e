//! Locale digits everywhere (issue 15): every page the suite's users visit, rendered in
//! Bengali, shows no ASCII digit in its text — counts, spans, percentages, dates, times,
//! ids and page numbers all come out in Bengali digits. The world below has what those
//! pages show numbers for (a second page of cases, steps met, overdue and escalated to the
//! brand, a factory response with evidence, a closed case with reprisal checks,
//! notifications), and every user role crawls it in Bengali.
//!
//! Allowed to stay Latin, and why (see [`ALLOWED`]): phone numbers (dialled as written), the licence name (CC BY 4.0),
//! the protocol file's duration syntax in its help text (what an administrator types),
//! and the contents of `<textarea>`s (a file the administrator edits, not interface text).
//! What people type (summaries, a factory's "by when") is shown as typed, digits and all:
//! the world's typed texts are Bengali, as its users would write them.

use std::collections::{BTreeSet, VecDeque};
use workvoice_domain::Millis;

use axum::http::StatusCode;
use workvoice_channels::{EscalationJob, Runner};
use workvoice_domain::{
    CallerInput, Channel, Consent, Country, Intake, Language, PhoneNumber, Role, ShareableSummary,
    Urgency,
};
use workvoice_testdb::{TempDatabase, engine_tests};

use crate::support::{Client, T0, TestApp};

engine_tests!(locale_digits_every_page_in_bengali_has_bengali_digits);

const DAY: i64 = 24 * 60 * 60 * 1000;

/// Whether a word of a page's text may keep its ASCII digits.
type Allowed = fn(&str) -> bool;

/// Text that may keep ASCII digits, each with the reason.
const ALLOWED: &[(&str, Allowed)] = &[
    ("a phone number (dialled as written)", |w| {
        let digits = w.trim_start_matches('+');
        digits.len() >= 8 && digits.chars().all(|c| c.is_ascii_digit())
    }),
    (
        "protocol duration syntax (10m, 4h, 2wd: typed by an administrator)",
        |w| {
            let w = w.trim_end_matches([',', ')', '।', '.']);
            let unit = w.trim_start_matches(|c: char| c.is_ascii_digit());
            unit.len() < w.len() && ["m", "h", "d", "wm", "wh", "wd"].contains(&unit)
        },
    ),
    ("a file format's name (UTF-8)", |w| w.starts_with("UTF-8")),
    ("a licence's name (CC BY 4.0)", |w| {
        let version = workvoice_web::library::browse::LICENCE.rsplit(' ').next();
        Some(w.trim_end_matches(['.', ',', ':', ')', '।'])) == version
    }),
];

/// The words of the page's text nodes (outside `<script>`, `<style>` and `<textarea>`).
fn text_words(html: &str) -> Vec<String> {
    let mut rest = html.to_owned();
    for tag in ["script", "style", "textarea"] {
        while let Some(start) = rest.find(&format!("<{tag}")) {
            let close = format!("</{tag}>");
            let end = rest[start..]
                .find(&close)
                .map_or(rest.len(), |e| start + e + close.len());
            rest.replace_range(start..end, " ");
        }
    }
    let mut words = Vec::new();
    let mut in_tag = false;
    let mut text = String::new();
    for c in rest.chars() {
        match c {
            '<' => {
                in_tag = true;
                text.push(' ');
            }
            '>' => in_tag = false,
            c if !in_tag => text.push(c),
            _ => {}
        }
    }
    // Numeric character references are digits in the markup, not in the text.
    let text = text
        .replace("&amp;", "&")
        .replace("&#39;", "'")
        .replace("&quot;", "\"")
        .replace("&#34;", "\"")
        .replace("&#x27;", "'");
    words.extend(text.split_whitespace().map(str::to_owned));
    words
}

/// The words of a page that show ASCII digits and no allowed reason.
fn latin_digits(html: &str) -> Vec<String> {
    text_words(html)
        .into_iter()
        .filter(|w| w.chars().any(|c| c.is_ascii_digit()))
        .filter(|w| !ALLOWED.iter().any(|(_, allowed)| allowed(w)))
        .collect()
}

fn links(body: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = body;
    while let Some(start) = rest.find("href=\"") {
        rest = &rest[start + 6..];
        let link = rest
            .split('"')
            .next()
            .unwrap_or_default()
            .replace("&amp;", "&");
        let link = link.split('#').next().unwrap_or_default().to_owned();
        if link.starts_with('/') && !link.starts_with("//") && !link.starts_with("/static") {
            out.push(link);
        }
    }
    out
}

/// Records a case through the intake form as the signed-in operator; returns its id.
async fn record(c: &mut Client, category: &str) -> String {
    let r = c
        .submit_new(
            "/cases",
            &[
                ("workplace", "Rahman Knitwear Ltd"),
                ("category", category),
                ("urgency", "normal"),
                ("language", "bn"),
                ("caller_phone", "01712345678"),
                ("caller_name", "রিনা আক্তার"),
                ("consent_callback", "on"),
                ("consent_sms", "on"),
                ("safe_time_from", "18:00"),
                ("safe_time_to", "21:00"),
                ("summary", "তৃতীয় তলার বহির্গমন পথ তালাবদ্ধ"),
                ("narrative", "রাতের পালার একজন শ্রমিক জানিয়েছেন"),
                ("shareable_summary", "তৃতীয় তলার বহির্গমন পথ তালাবদ্ধ"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    r.location().trim_start_matches("/cases/").to_owned()
}

/// A world with numbers on every page, seen by every role in Bengali.
async fn world(db: TempDatabase) -> (TestApp, Vec<String>) {
    let app = TestApp::builder()
        .user("op", Role::Operator, Language::Bn)
        .user("sup", Role::Supervisor, Language::Bn)
        .user("admin", Role::Admin, Language::Bn)
        .user("pm", Role::ProgrammeManager, Language::Bn)
        .brand("Brand A")
        .workplace_for("Rahman Knitwear Ltd", &["Brand A"])
        .factory_contact("factory", "Rahman Knitwear Ltd")
        .brand_user("brand", "Brand A")
        .build(db)
        .await;
    let mut op = app.signed_in("op").await;
    let first = record(&mut op, "wages.unpaid").await;
    let second = record(&mut op, "wages.late").await;
    // More than a page of cases, so the pager shows page numbers.
    let rahman = app.workplace("Rahman Knitwear Ltd").id;
    for i in 0..26 {
        let id = app
            .store
            .create_case(
                &Intake {
                    workplace_id: Some(rahman),
                    category: "hours.overtime".into(),
                    urgency: Urgency::Urgent,
                    language: Language::Bn,
                    summary: "অতিরিক্ত ওভারটাইম".into(),
                    narrative: String::new(),
                    shareable_summary: ShareableSummary::parse("অতিরিক্ত ওভারটাইম").unwrap(),
                    caller: Some(CallerInput {
                        phone: Some(
                            PhoneNumber::parse("01812345678", Country::Bangladesh).unwrap(),
                        ),
                        name: None,
                    }),
                    consent: Consent::default(),
                    channel: Channel::Phone,
                    factory_agreement: Default::default(),
                },
                Some(app.user_id("op")),
                Millis(T0 + i),
            )
            .await
            .unwrap()
            .id;
        let factory = app.workplace("Rahman Knitwear Ltd").organisation_id;
        app.report(id, factory).await;
        app.report(id, app.brand_id("Brand A")).await;
    }
    // A step met, the factory informed, the factory's response with evidence.
    let path = format!("/cases/{first}");
    let r = op.act(&path, "steps/acknowledge_worker", &[]).await;
    assert!(r.status.is_redirection(), "{} {}", r.status, r.body);
    let factory_org = app
        .workplace("Rahman Knitwear Ltd")
        .organisation_id
        .to_string();
    for org in [factory_org, app.brand_id("Brand A").to_string()] {
        let r = op.act(&path, "report", &[("organisation_id", &org)]).await;
        assert!(r.status.is_redirection(), "report: {} {}", r.status, r.body);
    }
    let mut factory = app.signed_in("factory").await;
    let org_path = format!("/org/cases/{first}");
    let page = factory.get(&org_path).await.assert_ok();
    let csrf = page.csrf();
    let r = factory
        .post_form(
            &format!("{org_path}/respond"),
            &[
                ("body", "বকেয়া মজুরি দেওয়া হয়েছে"),
                ("action_by", "মানবসম্পদ ব্যবস্থাপক"),
                ("action_due", "৫ নভেম্বর"),
                ("csrf", &csrf),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let first_id = first.parse().unwrap();
    let r = factory.post_evidence(first_id, &csrf, "payslip.png").await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    // The second case: reprisal risk, closed, so its checks are due later.
    let second_path = format!("/cases/{second}");
    let r = op
        .act(&second_path, "reprisal-risk", &[("reprisal_risk", "on")])
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let r = op
        .act(&second_path, "close", &[("outcome", "resolved_accepted")])
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    // Ten days on, steps are overdue, escalated to the brand, and notified.
    app.clock.advance(10 * DAY);
    let state = app.state();
    Runner::new(state.store.clone())
        .drain(&EscalationJob::default(), state.time())
        .await
        .unwrap();
    awareness_records(&app).await;
    (app, vec![first, second])
}

/// Rahman Knitwear's awareness record: a training, cards, a play report, a check, so the
/// record, the priority list, the programme figures and the organisations' pages all have
/// numbers, dates and percentages to show.
async fn awareness_records(app: &TestApp) {
    let mut pm = app.signed_in("pm").await;
    let record = format!(
        "/workplaces/{}/awareness",
        app.workplace("Rahman Knitwear Ltd").id
    );
    for (form, fields) in [
        (
            "trainings",
            &[
                ("held_on", "2026-09-10"),
                ("trainer", "নাসরিন আক্তার"),
                ("women", "1200"),
                ("men", "340"),
                ("group_size", "25"),
                ("topic_helpline_number", "1"),
            ][..],
        ),
        (
            "materials",
            &[
                ("given_on", "2026-09-11"),
                ("kind", "helpline_card"),
                ("quantity", "1500"),
            ][..],
        ),
        ("plays", &[("played_on", "2026-09-12"), ("shifts", "2")][..]),
        (
            "checks",
            &[
                ("checked_on", "2026-09-15"),
                ("sampled", "20"),
                ("knows_number", "17"),
                ("carries_card", "15"),
                ("knows_process", "12"),
            ][..],
        ),
    ] {
        let r = pm
            .submit(&record, &format!("{record}/{form}"), fields)
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{form}: {}", r.body);
    }
}

/// Every page reachable from the start page and `extra`, as `client` sees it.
async fn crawl(client: &mut Client, extra: &[String]) -> Vec<(String, String)> {
    let mut seen = BTreeSet::new();
    let mut queue: VecDeque<String> = VecDeque::from(vec!["/".to_owned()]);
    queue.extend(extra.iter().cloned());
    let mut out = Vec::new();
    while let Some(path) = queue.pop_front() {
        if seen.len() >= 150 || !seen.insert(path.clone()) {
            continue;
        }
        let reply = client.get(&path).await;
        if reply.status.is_redirection() && reply.location().starts_with('/') {
            queue.push_back(reply.location().to_owned());
        }
        let html = reply
            .headers
            .get("content-type")
            .is_some_and(|v| v.to_str().unwrap_or("").starts_with("text/html"));
        if reply.status == StatusCode::OK && html {
            queue.extend(links(&reply.body));
            out.push((path, reply.body));
        }
    }
    out
}

async fn locale_digits_every_page_in_bengali_has_bengali_digits(db: TempDatabase) {
    let (app, cases) = world(db).await;
    let routes: Vec<String> = workvoice_web::route_table()
        .into_iter()
        .filter(|r| r.method == "GET" && !r.path.starts_with("/api"))
        .map(|r| r.path.replace("{id}", &cases[0]))
        .chain(cases.iter().map(|c| format!("/cases/{c}")))
        .collect();
    let mut visited = BTreeSet::new();
    let mut problems = Vec::new();
    for user in ["op", "sup", "admin", "pm", "factory", "brand"] {
        let mut c = app.signed_in(user).await;
        if matches!(user, "factory" | "brand") {
            // Organisation users choose their language on the page, as a person would.
            let r = c.submit("/org", "/language", &[("language", "bn")]).await;
            assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
        }
        for (path, body) in crawl(&mut c, &routes).await {
            // Whole pages say their language; fragments (suggestions) are checked as text.
            if body.contains("<html") {
                assert!(
                    body.contains("lang=\"bn\""),
                    "{user}: {path} is not in Bengali"
                );
            }
            for word in latin_digits(&body) {
                problems.push(format!("{user} {path}: {word}"));
            }
            visited.insert(path);
        }
    }
    for page in [
        "/",
        "/cases",
        "/org?page=2",
        &format!("/cases/{}", cases[0]),
        &format!("/cases/{}", cases[1]),
        &format!("/org/cases/{}", cases[0]),
        "/org/brand",
        "/supervisor/overdue",
        "/supervisor/compliance",
        "/supervisor/workload",
        "/notifications",
        "/follow-ups",
        "/admin/protocol",
        "/admin/holidays",
        "/awareness/priorities",
        "/awareness/programme",
        "/org/awareness",
    ] {
        assert!(
            visited.contains(page),
            "the crawl never reached {page}: {visited:?}"
        );
    }
    problems.sort();
    problems.dedup();
    assert!(
        problems.is_empty(),
        "ASCII digits on Bengali pages (allowed: {}):\n  {}",
        ALLOWED
            .iter()
            .map(|(why, _)| *why)
            .collect::<Vec<_>>()
            .join("; "),
        problems.join("\n  ")
    );
}

#[test]
fn locale_digits_finder_sees_text_and_skips_what_is_allowed() {
    let html = "<p title=\"3\">পাতা ২ <b>12</b></p><textarea>2wd</textarea><span>+8801712345678</span><script>var a=1;</script>";
    assert_eq!(latin_digits(html), ["12"]);
    assert!(latin_digits("<p>(যেমন 10m, 4h, 2wd)।</p>").is_empty());
    assert_eq!(latin_digits("<p>5 days</p>"), ["5"]);
}
