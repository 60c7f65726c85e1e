//! The canary test (issue 3): cases whose caller name, phone, internal summary, narrative
//! and notes carry unique canary strings; factory contacts and brand users then fetch
//! every page, link, attachment and API response they can reach. Not one canary may
//! appear in any body or header. After the worker consents to disclosure to brand A,
//! brand A sees the identity on that case's page and nowhere else; brand B and the
//! factory still see none. Once the consent is withdrawn, brand A sees it no more.

use std::collections::{BTreeSet, VecDeque};
use workvoice_domain::Millis;
use workvoice_domain::ids::{CaseId, OrgId, WorkplaceId};

use crate::support::{Client, Reply, T0, TestApp};
use axum::http::{Method, StatusCode};
use workvoice_domain::{
    CallerInput, Channel, Consent, Country, FactoryAgreement, Intake, Language, PhoneNumber,
    ShareableSummary, Urgency,
};
use workvoice_testdb::{TempDatabase, engine_tests};

engine_tests!(
    canary_factory_and_brand_users_never_see_identity_or_internal_text,
    canary_after_consent_to_brand_a_only_brand_a_sees_the_identity,
    canary_after_consent_is_withdrawn_no_organisation_sees_the_identity,
);

const NAME: &str = "Canaryname Zqxvwy";
const PHONE_TYPED: &str = "01755501234";
const PHONE_DIGITS: &str = "1755501234";
const SUMMARY: &str = "canary-summary-k3j2h";
const NARRATIVE: &str = "canary-narrative-q8w7e";
const NOTE: &str = "canary-note-p0o9i";
/// The shareable summary of a case never reported: not even that it exists may show.
const UNREPORTED: &str = "canary-unreported-m4n5b";
/// A shareable summary edited after the case was reported, and not shared again.
const SECOND_VERSION: &str = "canary-second-version-t6y7u";

/// Canaries of the worker's identity.
const IDENTITY: [&str; 2] = [NAME, PHONE_DIGITS];
/// Canaries of internal text, and of what was never shared, which no organisation may see.
const INTERNAL: [&str; 5] = [SUMMARY, NARRATIVE, NOTE, UNREPORTED, SECOND_VERSION];

struct World {
    app: TestApp,
    shared_case: CaseId,
    other_case: CaseId,
    /// A case of the same workplace the helpline never reported.
    unreported_case: CaseId,
    brand_a: OrgId,
}

async fn seed(db: TempDatabase) -> World {
    let app = TestApp::builder()
        .operator()
        .brand("Brand A")
        .brand("Brand B")
        .workplace_for("Rahman Knitwear Ltd", &["Brand A", "Brand B"])
        .workplace_for("Other Garments Ltd", &[])
        .factory_contact("factory", "Rahman Knitwear Ltd")
        .brand_user("brand-a", "Brand A")
        .brand_user("brand-b", "Brand B")
        .build(db)
        .await;
    let op = app.user_id("op");
    let brand_a = app.brand_id("Brand A");
    let rahman = app.workplace("Rahman Knitwear Ltd");
    let other = app.workplace("Other Garments Ltd");
    let intake = |workplace_id: WorkplaceId| Intake {
        workplace_id: Some(workplace_id),
        category: "wages.unpaid".into(),
        urgency: Urgency::Normal,
        language: Language::Bn,
        summary: format!("Wages late {SUMMARY}"),
        narrative: format!("The worker {NAME} says {NARRATIVE}"),
        shareable_summary: ShareableSummary::parse("Wages for October have not been paid.")
            .unwrap(),
        caller: Some(CallerInput {
            phone: Some(PhoneNumber::parse(PHONE_TYPED, Country::Bangladesh).unwrap()),
            name: Some(NAME.into()),
        }),
        consent: Consent {
            callback: true,
            ..Consent::default()
        },
        channel: Channel::Phone,
        factory_agreement: FactoryAgreement::ProtocolDefault,
    };
    // More than a page of cases, so the pager is crawled too.
    let mut ids = Vec::new();
    for i in 0..28 {
        let id = app
            .store
            .create_case(&intake(rahman.id), Some(op), Millis(T0 + i))
            .await
            .unwrap()
            .id;
        app.store
            .add_note(
                &app.helpline_case(id).await,
                op,
                &workvoice_domain::NoteText::parse(&format!("Called back, {NOTE}")).unwrap(),
                Millis(T0 + i),
            )
            .await
            .unwrap();
        ids.push(id);
    }
    // All but the last are reported to the factory and both its brands; the last one
    // stays the helpline's alone, with a canary as what the factory would read.
    let unreported_case = ids.pop().unwrap();
    let edit = |text: &str| workvoice_domain::ShareableSummary::parse(text).unwrap();
    app.store
        .edit_shareable_summary(
            &app.helpline_case(unreported_case).await,
            &edit(UNREPORTED),
            op,
            Millis(T0),
        )
        .await
        .unwrap();
    for id in &ids {
        app.report(*id, rahman.organisation_id).await;
        for brand in ["Brand A", "Brand B"] {
            app.report(*id, app.brand_id(brand)).await;
        }
    }
    // A second version of one case's shareable summary, written but not shared again.
    app.store
        .edit_shareable_summary(
            &app.helpline_case(ids[1]).await,
            &edit(SECOND_VERSION),
            op,
            Millis(T0 + 100),
        )
        .await
        .unwrap();
    let other_case = app
        .store
        .create_case(&intake(other.id), Some(op), Millis(T0))
        .await
        .unwrap()
        .id;
    let shared_case = ids[0];
    // The factory answers and attaches evidence, so responses and downloads exist.
    let mut factory = app.signed_in("factory").await;
    let page = factory
        .get(&format!("/org/cases/{shared_case}"))
        .await
        .assert_ok();
    let csrf = page.csrf();
    let r = factory
        .post_form(
            &format!("/org/cases/{shared_case}/respond"),
            &[
                ("body", "Wages paid on 5 November"),
                ("action_by", "HR manager"),
                ("action_due", "2026-11-05"),
                ("csrf", &csrf),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let r = factory
        .post_evidence(shared_case, &csrf, "payslip.png")
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    World {
        app,
        shared_case,
        other_case,
        unreported_case,
        brand_a,
    }
}

/// Every canary of `canaries` found in the reply's headers or body.
fn leaks(reply: &Reply, canaries: &[&str]) -> Vec<String> {
    let mut text = reply.body.to_lowercase();
    for (name, value) in &reply.headers {
        text.push_str(&format!(
            "\n{name}: {}",
            String::from_utf8_lossy(value.as_bytes())
        ));
    }
    let text = text.to_lowercase();
    canaries
        .iter()
        .filter(|c| text.contains(&c.to_lowercase()))
        .map(|c| (*c).to_owned())
        .collect()
}

/// Same-site links of a page.
pub(crate) fn links(body: &str) -> Vec<String> {
    let mut out = Vec::new();
    for marker in ["href=\"", "src=\""] {
        let mut rest = body;
        while let Some(start) = rest.find(marker) {
            rest = &rest[start + marker.len()..];
            let link = rest
                .split('"')
                .next()
                .unwrap_or_default()
                .replace("&amp;", "&");
            let link = link.split('#').next().unwrap_or_default().to_owned();
            if link.starts_with('/') && !link.starts_with("//") {
                out.push(link);
            }
        }
    }
    out
}

/// Fetches everything reachable from `/org` and a list of known paths (helpline pages and
/// the API included); returns (path, reply) for every fetch.
pub(crate) async fn crawl(client: &mut Client, extra: &[String]) -> Vec<(String, Reply)> {
    let mut seen = BTreeSet::new();
    let mut queue: VecDeque<String> = VecDeque::from(vec!["/".to_owned(), "/org".to_owned()]);
    queue.extend(extra.iter().cloned());
    let mut out = Vec::new();
    while let Some(path) = queue.pop_front() {
        if !seen.insert(path.clone()) || seen.len() > 400 {
            continue;
        }
        let reply = client.get(&path).await;
        if reply.status.is_redirection() && reply.location().starts_with('/') {
            queue.push_back(reply.location().to_owned());
        }
        for link in links(&reply.body) {
            queue.push_back(link);
        }
        out.push((path, reply));
    }
    out
}

fn known_paths(w: &World) -> Vec<String> {
    let (s, o) = (w.shared_case, w.other_case);
    [
        format!("/cases/{s}"),
        format!("/cases/{o}"),
        "/cases".into(),
        "/cases?status=all".into(),
        "/cases/new".into(),
        format!("/search?q={NARRATIVE}"),
        "/search?q=Canaryname".into(),
        "/workplaces/suggest?q=Rahman".into(),
        format!("/org/cases/{o}"),
        format!("/org/cases/{}", w.unreported_case),
        "/org/attachments/1".into(),
        "/org/attachments/2".into(),
        "/org/brand".into(),
        "/api/cases".into(),
        format!("/api/cases/{s}"),
        "/api/workplaces".into(),
        "/api/openapi.json".into(),
    ]
    .into_iter()
    .collect()
}

fn assert_no_leaks(who: &str, pages: &[(String, Reply)], canaries: &[&str]) {
    for (path, reply) in pages {
        let found = leaks(reply, canaries);
        assert!(
            found.is_empty(),
            "{who}: {path} ({}) leaks {found:?}",
            reply.status
        );
    }
}

async fn canary_factory_and_brand_users_never_see_identity_or_internal_text(db: TempDatabase) {
    let w = seed(db).await;
    let all: Vec<&str> = IDENTITY.iter().chain(INTERNAL.iter()).copied().collect();
    for user in ["factory", "brand-a", "brand-b"] {
        let mut c = w.app.signed_in(user).await;
        let pages = crawl(&mut c, &known_paths(&w)).await;
        assert_no_leaks(user, &pages, &all);
        // The crawl really reached the redacted case, its pages and (for the workplace and
        // its brands) the evidence.
        let ok = |p: &str| {
            pages
                .iter()
                .any(|(path, r)| path == p && r.status == StatusCode::OK)
        };
        assert!(
            ok(&format!("/org/cases/{}", w.shared_case)),
            "{user} reached the case"
        );
        assert!(ok("/org?page=2"), "{user} reached the second page");
        let unreported = pages
            .iter()
            .find(|(p, _)| p == &format!("/org/cases/{}", w.unreported_case));
        assert_eq!(
            unreported.map(|(_, r)| r.status),
            Some(StatusCode::NOT_FOUND),
            "{user}: an unreported case must be a 404 like a missing one"
        );
        assert!(ok("/org/attachments/1"), "{user} downloaded the evidence");
        let case_page = pages
            .iter()
            .find(|(p, _)| p == &format!("/org/cases/{}", w.shared_case))
            .unwrap();
        assert!(
            case_page
                .1
                .body
                .contains("Wages for October have not been paid.")
        );
        // Helpline pages and the case outside the scope are refused, not shown.
        for (path, reply) in &pages {
            if path.starts_with("/cases")
                || path.starts_with("/search")
                || path.starts_with("/workplaces")
                || path == &format!("/org/cases/{}", w.other_case)
            {
                assert_eq!(reply.status, StatusCode::NOT_FOUND, "{user}: {path}");
            }
            if path.starts_with("/api/") && path != "/api/openapi.json" {
                assert!(
                    matches!(
                        reply.status,
                        StatusCode::UNAUTHORIZED | StatusCode::NOT_FOUND
                    ),
                    "{user}: {path} answered {}",
                    reply.status
                );
            }
        }
        // The organisation's own bearer token opens no API either.
        let user_id = w.app.store.user_by_username(user).await.unwrap().id;
        let (_, token) = w
            .app
            .store
            .create_api_token(user_id, "probe", Millis(T0))
            .await
            .unwrap();
        for path in [
            "/api/cases",
            &format!("/api/cases/{}", w.shared_case),
            "/api/workplaces",
        ] {
            let r = c.json(Method::GET, path, Some(&token), None).await;
            assert_eq!(r.status, StatusCode::UNAUTHORIZED, "{user} token: {path}");
            assert!(leaks(&r, &all).is_empty());
        }
    }
    // Nobody signed in: no data anywhere.
    let mut anon = w.app.client();
    let pages = crawl(&mut anon, &known_paths(&w)).await;
    assert_no_leaks("anonymous", &pages, &all);
    for (path, reply) in &pages {
        if path.starts_with("/api/") && path != "/api/openapi.json" {
            assert_eq!(reply.status, StatusCode::UNAUTHORIZED, "anonymous: {path}");
        }
    }
    // Every one of those views was logged, and the chain holds.
    let report = w.app.store.verify_access_log().await.unwrap();
    assert!(report.rows > 0);
    assert_eq!(report.first_bad_id, None);
}

/// The operator records, on the helpline case page, the worker's consent to share their
/// identity with brand A.
async fn consent_to_brand_a(w: &World, op: &mut Client) {
    let case_path = format!("/cases/{}", w.shared_case);
    let caller = w
        .app
        .store
        .case_callers(&w.app.helpline_case(w.shared_case).await)
        .await
        .unwrap()[0]
        .caller_id;
    let r = op
        .act(
            &case_path,
            "disclosure",
            &[
                ("caller", &caller.to_string()),
                ("organisation", &w.brand_a.to_string()),
                ("method", "phone"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
}

async fn canary_after_consent_to_brand_a_only_brand_a_sees_the_identity(db: TempDatabase) {
    let w = seed(db).await;
    let mut op = w.app.signed_in("op").await;
    let case_path = format!("/cases/{}", w.shared_case);
    consent_to_brand_a(&w, &mut op).await;
    let helpline_page = op.get(&case_path).await;
    assert!(
        helpline_page.body.contains("Brand A"),
        "consent listed on the helpline page"
    );

    // Brand A: the identity on that case's page only; internal text nowhere.
    let mut a = w.app.signed_in("brand-a").await;
    let pages = crawl(&mut a, &known_paths(&w)).await;
    assert_no_leaks("brand-a", &pages, &INTERNAL);
    let shared = format!("/org/cases/{}", w.shared_case);
    for (path, reply) in &pages {
        if path == &shared {
            assert_eq!(reply.status, StatusCode::OK);
            assert!(reply.body.contains(NAME), "brand A sees the name");
            assert!(reply.body.contains(PHONE_DIGITS), "brand A sees the phone");
        } else {
            assert_no_leaks(
                "brand-a",
                &[(
                    path.clone(),
                    Reply {
                        status: reply.status,
                        headers: reply.headers.clone(),
                        body: reply.body.clone(),
                    },
                )],
                &IDENTITY,
            );
        }
    }
    let identity_views = w.app.store.verify_access_log().await.unwrap();
    assert_eq!(identity_views.first_bad_id, None);

    // Brand B and the factory: still nothing.
    let all: Vec<&str> = IDENTITY.iter().chain(INTERNAL.iter()).copied().collect();
    for user in ["brand-b", "factory"] {
        let mut c = w.app.signed_in(user).await;
        let pages = crawl(&mut c, &known_paths(&w)).await;
        assert!(
            pages
                .iter()
                .any(|(p, r)| p == &shared && r.status == StatusCode::OK)
        );
        assert_no_leaks(user, &pages, &all);
    }
}

async fn canary_after_consent_is_withdrawn_no_organisation_sees_the_identity(db: TempDatabase) {
    let w = seed(db).await;
    let mut op = w.app.signed_in("op").await;
    let mut a = w.app.signed_in("brand-a").await;
    let case_path = format!("/cases/{}", w.shared_case);
    let shared = format!("/org/cases/{}", w.shared_case);
    consent_to_brand_a(&w, &mut op).await;
    assert!(
        a.get(&shared).await.body.contains(NAME),
        "brand A sees the name"
    );

    // The worker changes their mind: the operator withdraws the consent on the case page.
    let consent = w
        .app
        .store
        .disclosure_consents(&w.app.helpline_case(w.shared_case).await)
        .await
        .unwrap()[0]
        .id;
    let page = op.get(&case_path).await;
    page.assert_shows("Withdraw consent");
    let r = op
        .act(
            &case_path,
            "disclosure/revoke",
            &[("consent", &consent.to_string())],
        )
        .await;
    assert_eq!(
        (r.status, r.location()),
        (StatusCode::SEE_OTHER, case_path.as_str())
    );
    let page = op.get(&case_path).await;
    assert!(
        page.body
            .contains("identity is not shared with any organisation"),
        "consent still listed"
    );
    assert!(
        page.body
            .contains("recorded that the worker withdrew consent to share identity")
    );
    // A consent that is not this case's is refused; withdrawing twice changes nothing.
    let r = op
        .act(
            &format!("/cases/{}", w.other_case),
            "disclosure/revoke",
            &[("consent", &consent.to_string())],
        )
        .await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    let r = op
        .act(
            &case_path,
            "disclosure/revoke",
            &[("consent", &consent.to_string())],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);

    // Brand A's very next request, and everything it can reach, shows no identity.
    let all: Vec<&str> = IDENTITY.iter().chain(INTERNAL.iter()).copied().collect();
    let pages = crawl(&mut a, &known_paths(&w)).await;
    assert!(
        pages
            .iter()
            .any(|(p, r)| p == &shared && r.status == StatusCode::OK)
    );
    assert_no_leaks("brand-a", &pages, &all);
    assert_eq!(
        w.app.store.verify_access_log().await.unwrap().first_bad_id,
        None
    );
}
