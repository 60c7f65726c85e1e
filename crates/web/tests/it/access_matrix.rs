//! The access matrix (issue 3): a declared table of (route, role, own/other organisation)
//! → expected status, checked request by request. Every route the router registers (read
//! from its route table and from the OpenAPI document) must have a row, and every row
//! must name a registered route. Wherever another organisation's user is refused, the
//! answer must be the very answer to an id that does not exist.

use std::collections::BTreeSet;
use std::fmt::Write as _;
use workvoice_domain::Millis;
use workvoice_domain::ids::{AttachmentId, CaseId, IncidentId, OrgId, TaskId, WorkplaceId};

use crate::support::{Client, PNG, Reply, T0, TestApp};
use axum::http::{Method, StatusCode};
use workvoice_domain::{
    CallerInput, Channel, Consent, Country, FactoryAgreement, Intake, Language, PhoneNumber, Role,
    ShareableSummary, Urgency,
};
use workvoice_store::Scope;
use workvoice_testdb::{TempDatabase, engine_tests};

engine_tests!(
    access_matrix_has_a_row_for_every_route_and_no_other,
    access_matrix_statuses_hold_for_every_route_and_role,
    access_matrix_programme_manager_sees_the_registry_and_programme_and_no_case,
);

/// An id no row of any table has.
const MISSING: i64 = 999_999;

/// The actors, in the column order of [`MATRIX`]. The case of the fixture is at workplace
/// A: `factory`/`brand` are its own workplace's contact and a brand it supplies;
/// `factory-b`/`brand-b` belong to another workplace and an unrelated brand. On `/api`
/// routes each actor sends a bearer token of its own user (anonymous sends none).
const ROLES: [&str; 8] = [
    "anonymous",
    "operator",
    "supervisor",
    "admin",
    "factory",
    "factory-b",
    "brand",
    "brand-b",
];

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum M {
    Get,
    Post,
}

impl M {
    fn name(self) -> &'static str {
        match self {
            M::Get => "GET",
            M::Post => "POST",
        }
    }
}

/// What the `{id}` of a path stands for.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Id {
    No,
    Case,
    Incident,
    Task,
    Attachment,
    Workplace,
    /// An outbox message that failed (an administrator may send it again).
    FailedMessage,
    /// An id no row has (a pending import: none exists in the fixture).
    Missing,
    /// A manager's report of playing the recording at workplace A, not yet confirmed.
    PlayReport,
}

/// What a request carries besides its session. Every page POST also carries the CSRF
/// token of its session (the login form's token when anonymous). In bodies, `{caller}`,
/// `{brand}` and `{role}` stand for the fixture's caller, brand A and the actor's name.
#[derive(Clone, Copy)]
enum Payload {
    Nothing,
    Form(&'static str),
    /// A multipart form with one file field `file` (the token goes in the query string).
    File(&'static [u8]),
    Json(&'static str),
}

struct Row {
    method: M,
    /// The path exactly as registered.
    path: &'static str,
    id: Id,
    send: Payload,
    /// Expected status per actor, in [`ROLES`] order.
    expect: [u16; 8],
}

const fn get(path: &'static str, id: Id, expect: [u16; 8]) -> Row {
    Row {
        method: M::Get,
        path,
        id,
        send: Payload::Nothing,
        expect,
    }
}

const fn post(path: &'static str, id: Id, send: Payload, expect: [u16; 8]) -> Row {
    Row {
        method: M::Post,
        path,
        id,
        send,
        expect,
    }
}

// Columns: [anonymous, operator, supervisor, admin, factory, factory-b, brand, brand-b].
// Pages: anonymous is sent to /login (303); a user without access gets the same 404 as a
// missing page. API: 401 without a helpline user's token.
const EVERYONE: [u16; 8] = [200, 200, 200, 200, 200, 200, 200, 200];
const STAFF: [u16; 8] = [303, 200, 200, 200, 404, 404, 404, 404];
const STAFF_422: [u16; 8] = [303, 422, 422, 422, 404, 404, 404, 404];
const STAFF_303: [u16; 8] = [303, 303, 303, 303, 404, 404, 404, 404];
const STAFF_400: [u16; 8] = [303, 400, 400, 400, 404, 404, 404, 404];
const SUPERVISORS: [u16; 8] = [303, 404, 200, 200, 404, 404, 404, 404];
const ADMIN: [u16; 8] = [303, 404, 404, 200, 404, 404, 404, 404];
const ADMIN_303: [u16; 8] = [303, 404, 404, 303, 404, 404, 404, 404];
const NOBODY: [u16; 8] = [404, 404, 404, 404, 404, 404, 404, 404];
/// Signed in or not, none of these actors may (the page is another role's, e.g. provider staff).
const NOBODY_SIGNED_IN: [u16; 8] = [303, 404, 404, 404, 404, 404, 404, 404];
const ADMIN_422: [u16; 8] = [303, 404, 404, 422, 404, 404, 404, 404];
/// Administrators only, on an id no row has: 404 for them too (a missing request).
const ADMIN_404: [u16; 8] = [303, 404, 404, 404, 404, 404, 404, 404];
const API: [u16; 8] = [401, 200, 200, 200, 401, 401, 401, 401];
const API_422: [u16; 8] = [401, 422, 422, 422, 401, 401, 401, 401];
/// Only workplace A's own contact writes on A's case.
const OWN_FACTORY_303: [u16; 8] = [303, 404, 404, 404, 303, 404, 404, 404];
const OWN_FACTORY_422: [u16; 8] = [303, 404, 404, 404, 422, 404, 404, 404];
/// The awareness programme's pages: supervisors and administrators (and the programme
/// manager, see [`PROGRAMME_MANAGER`]).
const PROGRAMME_422: [u16; 8] = [303, 404, 422, 422, 404, 404, 404, 404];

/// Every route of the application. 303/422 on an allowed POST both mean "allowed": 422
/// is declared where the minimal body is deliberately invalid (so nothing changes).
const MATRIX: &[Row] = &[
    // Public and sign-in.
    get("/healthz", Id::No, EVERYONE),
    get("/metrics", Id::No, EVERYONE),
    get("/readyz", Id::No, EVERYONE),
    get("/static/{name}", Id::No, EVERYONE),
    get("/api/openapi.json", Id::No, EVERYONE),
    // Signed-in users go to their start page (staff `/`, organisation users `/org`).
    get("/login", Id::No, [200, 303, 303, 303, 303, 303, 303, 303]),
    post(
        "/login",
        Id::No,
        Payload::Form("username=nobody-{role}&password=wrong"),
        [401; 8],
    ),
    post("/logout", Id::No, Payload::Nothing, [303; 8]),
    post("/language", Id::No, Payload::Form("language=en"), [303; 8]),
    // The second factor: only a session past the password alone opens it; anyone else is
    // sent on (signed-in users to their start page, anonymous to sign in).
    get("/login/second-factor", Id::No, [303; 8]),
    post(
        "/login/second-factor",
        Id::No,
        Payload::Form("code=000000"),
        [303; 8],
    ),
    get("/login/second-factor/enrol", Id::No, [303; 8]),
    post(
        "/login/second-factor/enrol",
        Id::No,
        Payload::Form("code=000000"),
        [303; 8],
    ),
    // Every signed-in user has the account's security page.
    get(
        "/account/security",
        Id::No,
        [303, 200, 200, 200, 200, 200, 200, 200],
    ),
    post(
        "/account/sign-out-everywhere",
        Id::No,
        Payload::Nothing,
        [303; 8],
    ),
    // Organisation users are sent to /org.
    get("/", Id::No, [303, 200, 200, 200, 303, 303, 303, 303]),
    // Helpline pages.
    get("/cases", Id::No, STAFF),
    post("/cases", Id::No, Payload::Form("summary="), STAFF_422),
    get("/cases/new", Id::No, STAFF),
    get("/cases/{id}", Id::Case, STAFF),
    post(
        "/cases/{id}/notes",
        Id::Case,
        Payload::Form("note="),
        STAFF_422,
    ),
    post(
        "/cases/{id}/assign",
        Id::Case,
        Payload::Form("assignee="),
        [303, 404, 303, 303, 404, 404, 404, 404],
    ),
    get("/search", Id::No, STAFF),
    post(
        "/cases/{id}/callback-outcome",
        Id::Case,
        Payload::Form("stage=&outcome="),
        STAFF_422,
    ),
    post(
        "/cases/{id}/sms",
        Id::Case,
        Payload::Form("stage="),
        STAFF_422,
    ),
    post(
        "/cases/{id}/informed",
        Id::Case,
        Payload::Form("stage=&method="),
        STAFF_422,
    ),
    post(
        "/cases/{id}/callback",
        Id::Case,
        Payload::Nothing,
        STAFF_303,
    ),
    post(
        "/cases/{id}/close",
        Id::Case,
        Payload::Form("outcome="),
        STAFF_422,
    ),
    post("/cases/{id}/reopen", Id::Case, Payload::Nothing, STAFF_303),
    post(
        "/cases/{id}/reprisal-risk",
        Id::Case,
        Payload::Form("reprisal_risk="),
        STAFF_303,
    ),
    post(
        "/cases/{id}/related",
        Id::Case,
        Payload::Form("earlier_case="),
        STAFF_422,
    ),
    post(
        "/cases/{id}/incident",
        Id::Case,
        Payload::Form("incident_id=&incident_title="),
        STAFF_422,
    ),
    get("/incidents", Id::No, STAFF),
    get("/incidents/{id}", Id::Incident, STAFF),
    get("/follow-ups", Id::No, STAFF),
    get("/callbacks", Id::No, STAFF),
    post(
        "/callbacks/{id}/done",
        Id::Missing,
        Payload::Form("outcome="),
        STAFF_422,
    ),
    get("/sms", Id::No, STAFF),
    post(
        "/sms/{id}/handled",
        Id::Missing,
        Payload::Form(""),
        STAFF_303,
    ),
    get("/supervisor/satisfaction", Id::No, SUPERVISORS),
    post(
        "/follow-ups/{id}/done",
        Id::Task,
        Payload::Form("outcome="),
        STAFF_422,
    ),
    post(
        "/cases/{id}/disclosure",
        Id::Case,
        Payload::Form("caller={caller}&organisation={brand}&method=phone"),
        STAFF_303,
    ),
    post(
        "/cases/{id}/disclosure/revoke",
        Id::Case,
        Payload::Form("consent="),
        STAFF_400,
    ),
    post(
        "/cases/{id}/steps/{step}",
        Id::Case,
        Payload::Nothing,
        STAFF_303,
    ),
    post(
        "/cases/{id}/waiting",
        Id::Case,
        Payload::Form("waiting=0"),
        STAFF_303,
    ),
    // Reporting: the fixture's case is already reported to both, so reporting again is
    // refused with a reason (422); only the helpline may try.
    post(
        "/cases/{id}/report",
        Id::Case,
        Payload::Form("organisation_id={brand}"),
        STAFF_422,
    ),
    post(
        "/cases/{id}/factory-agreement",
        Id::Case,
        Payload::Form("agreed=yes"),
        STAFF_303,
    ),
    post(
        "/cases/{id}/shareable-summary",
        Id::Case,
        Payload::Form("shareable_summary=Wages%20for%20line%203%20unpaid."),
        STAFF_303,
    ),
    get("/supervisor/overdue", Id::No, SUPERVISORS),
    get("/supervisor/compliance", Id::No, SUPERVISORS),
    get("/supervisor/workload", Id::No, SUPERVISORS),
    get("/notifications", Id::No, STAFF),
    post(
        "/notifications/read",
        Id::No,
        Payload::Form("back=/"),
        STAFF_303,
    ),
    get("/workplaces/suggest", Id::No, STAFF),
    // The registry: staff browse it; supervisors and administrators edit it.
    get("/workplaces", Id::No, STAFF),
    get("/workplaces/new", Id::No, SUPERVISORS),
    post(
        "/workplaces",
        Id::No,
        Payload::Form("name="),
        [303, 404, 422, 422, 404, 404, 404, 404],
    ),
    get("/workplaces.csv", Id::No, STAFF),
    get("/workplaces/import", Id::No, SUPERVISORS),
    post(
        "/workplaces/import",
        Id::No,
        Payload::File(b"not,a\nregistry,file"),
        [303, 404, 422, 422, 404, 404, 404, 404],
    ),
    // A pending import that does not exist.
    post(
        "/workplaces/import/{id}/confirm",
        Id::Missing,
        Payload::Nothing,
        [303, 404, 404, 404, 404, 404, 404, 404],
    ),
    get("/workplaces/{id}", Id::Workplace, STAFF),
    get("/workplaces/{id}/edit", Id::Workplace, SUPERVISORS),
    post(
        "/workplaces/{id}",
        Id::Workplace,
        Payload::Form("name="),
        [303, 404, 422, 422, 404, 404, 404, 404],
    ),
    // OSH monitoring (issue 10): helpline supervisors and administrators read the
    // programme; only provider staff record visits and improvements, only an enterprise
    // owner its own view (both roles are checked per provider and enterprise in
    // `osh.rs`); the bridge is the helpline's (this case is no OSH complaint: 400).
    get("/osh", Id::No, SUPERVISORS),
    get("/osh/visits/new", Id::No, NOBODY_SIGNED_IN),
    post(
        "/osh/visits",
        Id::No,
        Payload::Form("enrolment="),
        NOBODY_SIGNED_IN,
    ),
    get("/osh/visits/{id}", Id::Missing, NOBODY_SIGNED_IN),
    post(
        "/osh/visits/{id}/view",
        Id::Missing,
        Payload::Form("rating=3"),
        NOBODY_SIGNED_IN,
    ),
    post(
        "/osh/visits/{id}/checklist",
        Id::Missing,
        Payload::Form("answer_1=yes"),
        NOBODY_SIGNED_IN,
    ),
    get("/osh/improvements", Id::No, SUPERVISORS),
    get("/osh/improvements/new", Id::No, NOBODY_SIGNED_IN),
    post(
        "/osh/improvements",
        Id::No,
        Payload::Form("workplace="),
        NOBODY_SIGNED_IN,
    ),
    get("/osh/improvements/{id}", Id::Missing, NOBODY_SIGNED_IN),
    post(
        "/osh/improvements/{id}/status",
        Id::Missing,
        Payload::Form("status=planned"),
        NOBODY_SIGNED_IN,
    ),
    post(
        "/osh/improvements/{id}/photos",
        Id::Missing,
        Payload::File(b"not a photo"),
        NOBODY_SIGNED_IN,
    ),
    get("/osh/photos/{id}", Id::Missing, NOBODY_SIGNED_IN),
    get("/osh/aggregates", Id::No, SUPERVISORS),
    get("/osh/aggregates.csv", Id::No, SUPERVISORS),
    // A checklist template: those who run the programmes (and the programme manager).
    get("/osh/checklists/import", Id::No, SUPERVISORS),
    post(
        "/osh/checklists/import",
        Id::No,
        Payload::File(b"area,en\n"),
        [303, 404, 422, 422, 404, 404, 404, 404],
    ),
    // Meetings: everyone of the programme reads them, only provider staff record them;
    // drafts are provider staff's own.
    get("/osh/meetings", Id::No, SUPERVISORS),
    get("/osh/meetings/new", Id::No, NOBODY_SIGNED_IN),
    post(
        "/osh/meetings",
        Id::No,
        Payload::Form("kind="),
        NOBODY_SIGNED_IN,
    ),
    get("/osh/meetings/{id}", Id::Missing, NOBODY_SIGNED_IN),
    // Feedback reports, workshop packs and newsletters: everyone who reads the OSH
    // programme (and programme managers); only the programme's staff make a newsletter.
    get("/osh/feedback", Id::No, SUPERVISORS),
    get("/osh/feedback/{id}", Id::Missing, NOBODY_SIGNED_IN),
    get("/osh/meetings/{id}/pack", Id::Missing, NOBODY_SIGNED_IN),
    get(
        "/osh/meetings/{id}/pack/photos/{photo}",
        Id::Missing,
        NOBODY_SIGNED_IN,
    ),
    get("/newsletters", Id::No, SUPERVISORS),
    get("/newsletters/new", Id::No, SUPERVISORS),
    post(
        "/newsletters",
        Id::No,
        Payload::Form("programme="),
        PROGRAMME_422,
    ),
    get("/newsletters/{id}", Id::Missing, NOBODY_SIGNED_IN),
    get("/newsletters/{id}/email", Id::Missing, NOBODY_SIGNED_IN),
    post(
        "/osh/drafts/{form}",
        Id::No,
        Payload::Form("visitors=x"),
        NOBODY_SIGNED_IN,
    ),
    post(
        "/osh/drafts/{form}/discard",
        Id::No,
        Payload::Nothing,
        NOBODY_SIGNED_IN,
    ),
    post(
        "/cases/{id}/osh-improvement",
        Id::Case,
        Payload::Nothing,
        STAFF_400,
    ),
    // Administration.
    get("/admin/protocol", Id::No, ADMIN),
    post(
        "/admin/protocol",
        Id::No,
        Payload::Form("protocol=not%20a%20protocol"),
        ADMIN_422,
    ),
    get("/admin/protocol.toml", Id::No, ADMIN),
    post(
        "/admin/protocol/import",
        Id::No,
        Payload::File(b"not a protocol"),
        ADMIN_422,
    ),
    get("/admin/holidays", Id::No, ADMIN),
    get("/admin/outbox", Id::No, ADMIN),
    get("/admin/outbox/{id}", Id::FailedMessage, ADMIN),
    get("/admin/channels", Id::No, ADMIN),
    get("/admin/retention", Id::No, SUPERVISORS),
    post(
        "/admin/retention",
        Id::No,
        Payload::Form("programme=default&days=3"),
        ADMIN_422,
    ),
    get("/admin/subject-requests", Id::No, ADMIN),
    post(
        "/admin/subject-requests",
        Id::No,
        Payload::Form("kind=access&phone=not-a-phone"),
        ADMIN_422,
    ),
    post(
        "/admin/subject-requests/{id}/export",
        Id::Missing,
        Payload::Nothing,
        ADMIN_404,
    ),
    get("/admin/subject-requests/{id}/erase", Id::Missing, ADMIN_404),
    post(
        "/admin/subject-requests/{id}/erase",
        Id::Missing,
        Payload::Form("confirm=yes"),
        ADMIN_404,
    ),
    post(
        "/admin/outbox/{id}/retry",
        Id::FailedMessage,
        Payload::Nothing,
        ADMIN_303,
    ),
    // Gateways: no session; the secret in the path is the credential, and without the
    // configured one (the fixture configures none) the route does not exist for anyone.
    get("/kannel/{secret}/status", Id::No, NOBODY),
    post("/kannel/{secret}/receive", Id::No, Payload::Nothing, NOBODY),
    // Voice webhooks: signed by the provider; with no provider configured (the fixture
    // configures none) they do not exist for anyone.
    post("/voice/call/{step}", Id::No, Payload::Nothing, NOBODY),
    post("/voice/status", Id::No, Payload::Nothing, NOBODY),
    post("/voice/missed", Id::No, Payload::Nothing, NOBODY),
    post(
        "/admin/holidays",
        Id::No,
        Payload::Form("holidays=not-a-date"),
        ADMIN_422,
    ),
    // Organisation workspace.
    get("/org", Id::No, [303, 404, 404, 404, 200, 200, 200, 200]),
    get(
        "/org/brand",
        Id::No,
        [303, 404, 404, 404, 404, 404, 200, 200],
    ),
    get(
        "/org/cases/{id}",
        Id::Case,
        [303, 404, 404, 404, 200, 404, 200, 404],
    ),
    post(
        "/org/cases/{id}/acknowledge",
        Id::Case,
        Payload::Nothing,
        OWN_FACTORY_303,
    ),
    post(
        "/org/cases/{id}/respond",
        Id::Case,
        Payload::Form("body=&action_by=&action_due="),
        OWN_FACTORY_422,
    ),
    post(
        "/org/cases/{id}/clarify",
        Id::Case,
        Payload::Form("question="),
        OWN_FACTORY_422,
    ),
    post(
        "/org/cases/{id}/evidence",
        Id::Case,
        Payload::File(PNG),
        OWN_FACTORY_303,
    ),
    // Helpline staff download any attachment; organisations only in their scope.
    get(
        "/org/attachments/{id}",
        Id::Attachment,
        [303, 200, 200, 200, 200, 404, 200, 404],
    ),
    // The JSON API: helpline tokens only.
    get("/api/cases", Id::No, API),
    post(
        "/api/cases",
        Id::No,
        Payload::Json(
            r#"{"workplace_id":null,"category":"","urgency":"","language":"","summary":""}"#,
        ),
        API_422,
    ),
    get("/api/cases/{id}", Id::Case, API),
    post(
        "/api/cases/{id}/notes",
        Id::Case,
        Payload::Json(r#"{"text":""}"#),
        API_422,
    ),
    get("/api/workplaces", Id::No, API),
    post(
        "/api/workplaces",
        Id::No,
        Payload::Json(r#"{"name":"","country":"XX"}"#),
        [401, 404, 422, 422, 401, 401, 401, 401],
    ),
    get("/api/workplaces/{id}", Id::Workplace, API),
    // The awareness programme: a workplace's record and its forms (empty: refused), the
    // priority list and its follow-up mark (no status: 400), the headline figures.
    get("/workplaces/{id}/awareness", Id::Workplace, SUPERVISORS),
    post(
        "/workplaces/{id}/awareness/trainings",
        Id::Workplace,
        Payload::Form("held_on="),
        PROGRAMME_422,
    ),
    post(
        "/workplaces/{id}/awareness/materials",
        Id::Workplace,
        Payload::Form("given_on="),
        PROGRAMME_422,
    ),
    post(
        "/workplaces/{id}/awareness/plays",
        Id::Workplace,
        Payload::Form("played_on="),
        PROGRAMME_422,
    ),
    post(
        "/workplaces/{id}/awareness/checks",
        Id::Workplace,
        Payload::Form("checked_on="),
        PROGRAMME_422,
    ),
    get("/awareness/priorities", Id::No, SUPERVISORS),
    post(
        "/awareness/priorities/{id}/follow-up",
        Id::Workplace,
        Payload::Form("status="),
        [303, 404, 400, 400, 404, 404, 404, 404],
    ),
    get("/awareness/programme", Id::No, SUPERVISORS),
    // Reports: the dashboard, its CSV and the scorecard for supervisors, administrators
    // and programme managers; the public statistics for anyone.
    get("/reports", Id::No, SUPERVISORS),
    get("/reports/dashboard.csv", Id::No, SUPERVISORS),
    get("/reports/scorecard", Id::No, SUPERVISORS),
    get("/reports/scorecard.csv", Id::No, SUPERVISORS),
    get("/reports/monthly", Id::No, SUPERVISORS),
    get("/reports/monthly.csv", Id::No, SUPERVISORS),
    // A brand's own monthly report: any brand user, of what was reported to that brand.
    get(
        "/org/reports/monthly",
        Id::No,
        [303, 404, 404, 404, 404, 404, 200, 200],
    ),
    get(
        "/org/reports/monthly.csv",
        Id::No,
        [303, 404, 404, 404, 404, 404, 200, 200],
    ),
    get("/statistics", Id::No, EVERYONE),
    // The good-practice library: its public pages, open data and leaflets for anyone (a
    // practice the public may not see is a 404 like a missing one; a leaflet of no ids
    // too); its staff pages for provider staff and the programme's reviewers (provider
    // staff are checked per provider in `library.rs`).
    get("/library", Id::No, EVERYONE),
    get("/library.csv", Id::No, EVERYONE),
    get("/library.json", Id::No, EVERYONE),
    get("/library/leaflet", Id::No, NOBODY),
    get("/library/photos/{id}", Id::Missing, NOBODY),
    get("/library/{id}", Id::Missing, NOBODY),
    get("/library/{id}/leaflet", Id::Missing, NOBODY),
    get("/library/manage", Id::No, SUPERVISORS),
    get("/library/manage/new", Id::No, NOBODY_SIGNED_IN),
    post(
        "/library/manage",
        Id::No,
        Payload::Form("improvement=999999"),
        NOBODY_SIGNED_IN,
    ),
    get("/library/manage/{id}", Id::Missing, NOBODY_SIGNED_IN),
    post(
        "/library/manage/{id}/text",
        Id::Missing,
        Payload::Form("language=en"),
        NOBODY_SIGNED_IN,
    ),
    post(
        "/library/manage/{id}/settings",
        Id::Missing,
        Payload::Form("sector="),
        NOBODY_SIGNED_IN,
    ),
    post(
        "/library/manage/{id}/consent",
        Id::Missing,
        Payload::Form("given_by="),
        NOBODY_SIGNED_IN,
    ),
    post(
        "/library/manage/{id}/consent/withdraw",
        Id::Missing,
        Payload::Nothing,
        NOBODY_SIGNED_IN,
    ),
    post(
        "/library/manage/{id}/review",
        Id::Missing,
        Payload::Form("to="),
        NOBODY_SIGNED_IN,
    ),
    // Organisations: a factory its own record, a brand its suppliers' coverage; only the
    // workplace's own contact confirms its play reports.
    get(
        "/org/awareness",
        Id::No,
        [303, 404, 404, 404, 200, 200, 200, 200],
    ),
    post(
        "/org/awareness/plays/{id}/confirm",
        Id::PlayReport,
        Payload::Nothing,
        OWN_FACTORY_303,
    ),
    get("/api/workplaces/{id}/awareness", Id::Workplace, API),
    get("/api/osh/aggregates", Id::No, API),
];

/// The programme manager (a user of the helpline's organisation who runs the awareness
/// programme and sees no case), checked on every route by
/// `access_matrix_programme_manager_sees_the_registry_and_programme_and_no_case`. Routes
/// not listed answer them what they answer `factory-b`, a user of an unrelated
/// organisation: no case, no helpline page, no API.
const PROGRAMME_MANAGER: &[(&str, &str, u16)] = &[
    ("GET", "/org", 404),
    ("GET", "/org/awareness", 404),
    ("GET", "/workplaces", 200),
    ("GET", "/workplaces/new", 200),
    ("POST", "/workplaces", 422),
    ("GET", "/workplaces.csv", 200),
    ("GET", "/workplaces/import", 200),
    ("POST", "/workplaces/import", 422),
    ("GET", "/workplaces/{id}", 200),
    ("GET", "/workplaces/{id}/edit", 200),
    ("POST", "/workplaces/{id}", 422),
    ("GET", "/workplaces/{id}/awareness", 200),
    ("POST", "/workplaces/{id}/awareness/trainings", 422),
    ("POST", "/workplaces/{id}/awareness/materials", 422),
    ("POST", "/workplaces/{id}/awareness/plays", 422),
    ("POST", "/workplaces/{id}/awareness/checks", 422),
    ("GET", "/awareness/priorities", 200),
    ("POST", "/awareness/priorities/{id}/follow-up", 400),
    ("GET", "/awareness/programme", 200),
    ("GET", "/osh/checklists/import", 200),
    ("POST", "/osh/checklists/import", 422),
    ("GET", "/reports", 200),
    ("GET", "/reports/dashboard.csv", 200),
    ("GET", "/reports/scorecard", 200),
    ("GET", "/reports/scorecard.csv", 200),
    ("GET", "/reports/monthly", 200),
    ("GET", "/reports/monthly.csv", 200),
    ("GET", "/library/manage", 200),
    ("GET", "/osh/feedback", 200),
    ("GET", "/newsletters", 200),
    ("GET", "/newsletters/new", 200),
    ("POST", "/newsletters", 422),
];

// ---------------------------------------------------------------------------------------
// Completeness: the routes the router registers.

async fn access_matrix_has_a_row_for_every_route_and_no_other(db: TempDatabase) {
    // The route table is built from the same declarations as the router; the API's
    // documented endpoints come from its generated document.
    let mut registered: BTreeSet<(String, String)> = workvoice_web::route_table()
        .into_iter()
        .map(|r| (r.method.to_owned(), r.path))
        .collect();
    let app = TestApp::builder().build(db).await;
    let doc = app.client().get("/api/openapi.json").await;
    assert_eq!(doc.status, StatusCode::OK);
    let doc: serde_json::Value = serde_json::from_str(&doc.body).unwrap();
    let paths = doc["paths"].as_object().expect("openapi paths");
    assert!(!paths.is_empty());
    for (path, item) in paths {
        for method in item.as_object().expect("path item").keys() {
            if ["get", "post", "put", "patch", "delete", "head", "options"]
                .contains(&method.as_str())
            {
                registered.insert((method.to_uppercase(), format!("/api{path}")));
            }
        }
    }
    let mut declared = BTreeSet::new();
    let mut twice = Vec::new();
    for row in MATRIX {
        let key = (row.method.name().to_owned(), row.path.to_owned());
        if !declared.insert(key.clone()) {
            twice.push(key);
        }
    }
    let missing: Vec<_> = registered.difference(&declared).collect();
    let stale: Vec<_> = declared.difference(&registered).collect();
    assert!(
        missing.is_empty() && stale.is_empty() && twice.is_empty(),
        "access matrix out of date with the router:\n  routes without a row: {missing:?}\n  rows without a route: {stale:?}\n  rows declared twice: {twice:?}"
    );
    assert!(registered.len() >= 50, "parsed only {registered:?}");
}

// ---------------------------------------------------------------------------------------
// The fixture and the actors.

struct Fixture {
    app: TestApp,
    case: CaseId,
    incident: IncidentId,
    task: TaskId,
    attachment: AttachmentId,
    workplace: WorkplaceId,
    caller: workvoice_domain::ids::CallerId,
    brand: OrgId,
    failed_message: i64,
    play_report: i64,
}

impl Fixture {
    fn id(&self, id: Id) -> Option<i64> {
        match id {
            Id::No => None,
            Id::Missing => Some(MISSING),
            Id::Case => Some(self.case.get()),
            Id::Incident => Some(self.incident.get()),
            Id::Task => Some(self.task.get()),
            Id::Attachment => Some(self.attachment.get()),
            Id::Workplace => Some(self.workplace.get()),
            Id::FailedMessage => Some(self.failed_message),
            Id::PlayReport => Some(self.play_report),
        }
    }
}

struct Actor {
    name: &'static str,
    client: Client,
    csrf: String,
    token: Option<String>,
}

fn username(role: &str) -> Option<&'static str> {
    match role {
        "anonymous" => None,
        "operator" => Some("op"),
        "supervisor" => Some("sup"),
        "admin" => Some("admin"),
        "factory" => Some("factory-a"),
        "factory-b" => Some("factory-b"),
        "brand" => Some("brand-a"),
        "brand-b" => Some("brand-b"),
        "programme-manager" => Some("pm"),
        other => panic!("unknown role {other}"),
    }
}

/// A new session for `role`, with its CSRF token and (signed in) an API token.
async fn actor(app: &TestApp, role: &'static str) -> Actor {
    let Some(user) = username(role) else {
        let mut client = app.client();
        let csrf = client.get("/login").await.csrf();
        return Actor {
            name: role,
            client,
            csrf,
            token: None,
        };
    };
    let mut client = app.signed_in(user).await;
    let home = client.get("/").await;
    let page = if home.status == StatusCode::OK {
        home
    } else if home.location() == "/awareness/priorities" {
        client.get("/awareness/priorities").await
    } else {
        client.get("/org").await
    };
    let id = app.store.user_by_username(user).await.unwrap().id;
    let (_, token) = app
        .store
        .create_api_token(id, "matrix", Millis(T0))
        .await
        .unwrap();
    Actor {
        name: role,
        client,
        csrf: page.csrf(),
        token: Some(token),
    }
}

async fn fixture(db: TempDatabase) -> Fixture {
    let app = TestApp::builder()
        .operator()
        .user("sup", Role::Supervisor, Language::En)
        .user("admin", Role::Admin, Language::En)
        .user("pm", Role::ProgrammeManager, Language::En)
        .brand("Brand A")
        .brand("Brand B")
        .workplace_for("Rahman Knitwear Ltd", &["Brand A"])
        .workplace_for("Other Garments Ltd", &["Brand B"])
        .factory_contact("factory-a", "Rahman Knitwear Ltd")
        .factory_contact("factory-b", "Other Garments Ltd")
        .brand_user("brand-a", "Brand A")
        .brand_user("brand-b", "Brand B")
        .build(db)
        .await;
    let op = app.user_id("op");
    let brand = app.brand_id("Brand A");
    let a = app.workplace("Rahman Knitwear Ltd").clone();
    let b = app.workplace("Other Garments Ltd");
    let intake = |workplace_id: WorkplaceId| Intake {
        workplace_id: Some(workplace_id),
        category: "wages.unpaid".into(),
        urgency: Urgency::Normal,
        language: Language::Bn,
        summary: "Wages late".into(),
        narrative: "October wages not paid".into(),
        shareable_summary: ShareableSummary::parse("Wages for October have not been paid.")
            .unwrap(),
        caller: Some(CallerInput {
            phone: Some(PhoneNumber::parse("01755501234", Country::Bangladesh).unwrap()),
            name: Some("Rina Akter".into()),
        }),
        consent: Consent {
            callback: true,
            sms: true,
            ..Consent::default()
        },
        channel: Channel::Phone,
        factory_agreement: FactoryAgreement::ProtocolDefault,
    };
    let case = app
        .store
        .create_case(&intake(a.id), Some(op), Millis(T0))
        .await
        .unwrap()
        .id;
    app.report(case, a.organisation_id).await;
    app.report(case, brand).await;
    // Workplace B has a case of its own, reported, so its users' scopes are not empty.
    let at_b = app
        .store
        .create_case(&intake(b.id), Some(op), Millis(T0))
        .await
        .unwrap()
        .id;
    app.report(at_b, b.organisation_id).await;
    let caller = app
        .store
        .case_callers(&app.helpline_case(case).await)
        .await
        .unwrap()[0]
        .caller_id;
    let incident = app
        .store
        .create_incident_for_case(
            &app.helpline_case(case).await,
            &workvoice_domain::IncidentTitle::parse("Wages unpaid, line 3").unwrap(),
            op,
            Millis(T0),
        )
        .await
        .unwrap();
    app.store
        .schedule_callback(&app.helpline_case(case).await, op, Millis(T0))
        .await
        .unwrap();
    let task = app.store.open_tasks(Scope::Helpline, 10).await.unwrap()[0]
        .task
        .id;
    let mut factory = actor(&app, "factory").await;
    let r = factory
        .client
        .post_evidence(case, &factory.csrf, "payslip.png")
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let attachment = app
        .store
        .case_attachments(&app.helpline_case(case).await)
        .await
        .unwrap()[0]
        .id;
    let failed_message = failed_sms(&app, case, op).await;
    let play_report = play_report(&app, a.id, op).await;
    Fixture {
        app,
        case,
        incident,
        task,
        attachment,
        workplace: a.id,
        caller,
        brand,
        failed_message,
        play_report,
    }
}

/// An unconfirmed report of playing the recording at `workplace`.
async fn play_report(
    app: &TestApp,
    workplace: workvoice_domain::ids::WorkplaceId,
    by: workvoice_domain::ids::UserId,
) -> i64 {
    let report = workvoice_domain::awareness::PlayReport::parse(
        &workvoice_domain::awareness::RawPlayReport {
            played_on: "2026-01-05".into(),
            shifts: "2".into(),
            note: String::new(),
        },
        jiff::civil::date(2026, 6, 1),
    )
    .unwrap();
    app.store
        .record_play_report(workplace, &report, by, Millis(T0), false)
        .await
        .unwrap()
        .get()
}

/// An SMS update on `case` whose only allowed attempt failed.
async fn failed_sms(app: &TestApp, case: CaseId, op: workvoice_domain::ids::UserId) -> i64 {
    use workvoice_channels::{OutboxDelivery, RecordingSender, RetryPolicy, Runner};
    use workvoice_store::{InformMethod, InformOutcome, InformStage};
    let scoped = app.helpline_case(case).await;
    app.store
        .record_worker_informed(
            &scoped,
            InformStage::Acknowledgement,
            InformMethod::Sms,
            InformOutcome::Queued,
            op,
            Millis(T0),
        )
        .await
        .unwrap();
    let sender = RecordingSender::new();
    sender.fail_next(1);
    let job = OutboxDelivery::new(sender).with_retry(RetryPolicy {
        max_attempts: 1,
        ..RetryPolicy::default()
    });
    Runner::new(app.store.clone())
        .drain(&job, Millis(T0))
        .await
        .unwrap();
    let outbox = app.store.case_outbox(&scoped).await.unwrap();
    assert_eq!(outbox[0].status.code(), "failed");
    outbox[0].id.get()
}

// ---------------------------------------------------------------------------------------
// Requests.

/// The concrete path of `row` with `id` for its `{id}`.
fn concrete(row: &Row, id: Option<i64>) -> String {
    let css = workvoice_web::assets::css_path();
    let mut path = row
        .path
        .replace("{step}", "acknowledge_worker")
        .replace("{secret}", "not-the-secret")
        .replace("{form}", "visit")
        .replace("{photo}", &MISSING.to_string())
        .replace("{name}", css.trim_start_matches("/static/"));
    if let Some(id) = id {
        path = path.replace("{id}", &id.to_string());
    }
    assert!(!path.contains('{'), "unfilled placeholder in {path}");
    path
}

async fn request(f: &Fixture, actor: &mut Actor, row: &Row, id: Option<i64>) -> Reply {
    let path = concrete(row, id);
    let fill = |text: &str| {
        text.replace("{caller}", &f.caller.to_string())
            .replace("{brand}", &f.brand.to_string())
            .replace("{role}", actor.name)
    };
    let token = actor.token.clone();
    let csrf = actor.csrf.clone();
    let c = &mut actor.client;
    let api = path.starts_with("/api/");
    match (row.method, row.send) {
        (M::Get, _) if api => c.json(Method::GET, &path, token.as_deref(), None).await,
        (M::Get, _) => c.get(&path).await,
        (M::Post, Payload::Json(body)) => {
            c.json(Method::POST, &path, token.as_deref(), Some(&fill(body)))
                .await
        }
        (M::Post, Payload::File(bytes)) => {
            c.post_file(
                &format!("{path}?csrf={csrf}"),
                "file",
                "upload.png",
                "application/octet-stream",
                bytes,
            )
            .await
        }
        (M::Post, Payload::Form(body)) => {
            let body = fill(body);
            let mut fields: Vec<(String, String)> = serde_urlencoded::from_str(&body).unwrap();
            fields.push(("csrf".into(), csrf));
            let fields: Vec<(&str, &str)> = fields
                .iter()
                .map(|(k, v)| (k.as_str(), v.as_str()))
                .collect();
            c.post_form(&path, &fields).await
        }
        (M::Post, Payload::Nothing) => c.post_form(&path, &[("csrf", &csrf)]).await,
    }
}

fn one_line(body: &str) -> String {
    let text: String = body.split_whitespace().collect::<Vec<_>>().join(" ");
    text.chars().take(90).collect()
}

async fn access_matrix_statuses_hold_for_every_route_and_role(db: TempDatabase) {
    let f = fixture(db).await;
    let mut actors = Vec::new();
    for role in ROLES {
        actors.push(actor(&f.app, role).await);
    }
    let mut wrong = Vec::new();
    let mut checked = 0;
    for row in MATRIX {
        for (i, expect) in row.expect.iter().enumerate() {
            // Signing out (here or everywhere) ends the session: that row gets a session of
            // its own.
            let mut fresh;
            let who = if row.path == "/logout" || row.path == "/account/sign-out-everywhere" {
                fresh = actor(&f.app, ROLES[i]).await;
                &mut fresh
            } else {
                &mut actors[i]
            };
            let reply = request(&f, who, row, f.id(row.id)).await;
            checked += 1;
            let mut problem = None;
            if reply.status.as_u16() != *expect {
                problem = Some(format!("expected {expect}, got {}", reply.status.as_u16()));
            } else if i == 0
                && *expect == 303
                && row.expect != [303; 8]
                && reply.location() != "/login"
            {
                // Anonymous is sent to sign in, unless the route redirects everyone alike.
                problem = Some(format!("redirected to {:?}, not /login", reply.location()));
            } else if *expect == 404 && row.id != Id::No {
                // Refused must look exactly like missing.
                let missing = request(&f, who, row, Some(MISSING)).await;
                if missing.status != reply.status || missing.body != reply.body {
                    problem = Some(format!(
                        "404 differs from a missing id's answer ({}: {})",
                        missing.status.as_u16(),
                        one_line(&missing.body)
                    ));
                }
            }
            if let Some(problem) = problem {
                wrong.push((row.method.name(), row.path, ROLES[i], problem, reply));
            }
            if row.path == "/account/sign-out-everywhere" {
                // That ended the shared session of this user too.
                actors[i] = actor(&f.app, ROLES[i]).await;
            }
        }
    }
    if !wrong.is_empty() {
        let mut table = format!(
            "{} of {checked} access-matrix checks failed:\n{:<6} {:<32} {:<11} problem\n",
            wrong.len(),
            "method",
            "path",
            "role"
        );
        for (method, path, role, problem, reply) in &wrong {
            let _ = writeln!(
                table,
                "{method:<6} {path:<32} {role:<11} {problem} [location {:?}; body {}]",
                reply.location(),
                one_line(&reply.body)
            );
        }
        panic!("{table}");
    }
    assert_eq!(checked, MATRIX.len() * ROLES.len());
}

/// The programme manager on every route: [`PROGRAMME_MANAGER`]'s status where listed,
/// elsewhere `factory-b`'s; a refusal looks exactly like a missing id.
async fn access_matrix_programme_manager_sees_the_registry_and_programme_and_no_case(
    db: TempDatabase,
) {
    let f = fixture(db).await;
    let mut pm = actor(&f.app, "programme-manager").await;
    let unrelated = ROLES
        .iter()
        .position(|r| *r == "factory-b")
        .expect("factory-b column");
    for (method, path, _) in PROGRAMME_MANAGER {
        assert!(
            MATRIX
                .iter()
                .any(|r| r.method.name() == *method && r.path == *path),
            "{method} {path} is not a route"
        );
    }
    let mut wrong = Vec::new();
    for row in MATRIX {
        let expect = PROGRAMME_MANAGER
            .iter()
            .find(|(m, p, _)| *m == row.method.name() && *p == row.path)
            .map_or(row.expect[unrelated], |(_, _, s)| *s);
        let mut fresh;
        // Signing out (here or everywhere) ends the session: that row gets one of its own.
        let who = if row.path == "/logout" || row.path == "/account/sign-out-everywhere" {
            fresh = actor(&f.app, "programme-manager").await;
            &mut fresh
        } else {
            &mut pm
        };
        let reply = request(&f, who, row, f.id(row.id)).await;
        if reply.status.as_u16() != expect {
            wrong.push(format!(
                "{} {}: expected {expect}, got {} ({})",
                row.method.name(),
                row.path,
                reply.status.as_u16(),
                one_line(&reply.body)
            ));
        } else if expect == 404 && row.id != Id::No {
            let missing = request(&f, who, row, Some(MISSING)).await;
            if missing.status != reply.status || missing.body != reply.body {
                wrong.push(format!(
                    "{} {}: 404 differs from a missing id's answer",
                    row.method.name(),
                    row.path
                ));
            }
        }
        if row.path == "/account/sign-out-everywhere" {
            // That ended the shared session of this user too.
            pm = actor(&f.app, "programme-manager").await;
        }
    }
    assert!(wrong.is_empty(), "programme manager:\n{}", wrong.join("\n"));
}
