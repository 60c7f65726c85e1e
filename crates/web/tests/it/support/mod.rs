//! A test application: a real store on a fresh database (SQLite or PostgreSQL, see
//! `workvoice-testdb`), the real router, a manual clock, and a tiny cookie-keeping client
//! driving it in-process.
//!
//! Each test is an `async fn name(db: TempDatabase)` listed in the file's
//! `engine_tests!(…)`, which runs it as `sqlite::name` and `postgres::name`. It starts with
//! `TestApp::builder()`, naming the users, brands and workplaces it needs, then `.build(db)`.

pub mod ivr_caller;
pub use workvoice_testdb::kannel;
pub mod locales;

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use workvoice_domain::Millis;

use axum::Router;
use axum::body::Body;
use axum::http::{HeaderMap, Method, Request, StatusCode, header};
use http_body_util::BodyExt;
use tower::ServiceExt;
use workvoice_domain::ids::{CaseId, OrgId, UserId};
use workvoice_domain::second_factor::{STEP_SECS, TotpSecret, step_of};
use workvoice_domain::{Country, Language, OrgKind, Role};
use workvoice_store::{
    DurableFiles, FileSystem, Keys, NewUser, NewWorkplace, Scope, ScopedCase, Store, Workplace,
};
use workvoice_testdb::TempDatabase;
use workvoice_web::{AppState, Clock, Limits, ManualClock, WebConfig};

pub const T0: i64 = 1_790_000_000_000;
pub const PASSWORD: &str = "correct horse battery";

/// A file that passes the upload type sniffing as a PNG image.
pub const PNG: &[u8] = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR evidence bytes";

/// Request bodies the test router accepts: small, so that size limits are quick to test.
const BODY_LIMIT: usize = 64 * 1024;

pub struct TestApp {
    pub store: Store,
    pub clock: ManualClock,
    pub router: Router,
    state: AppState,
    users: HashMap<String, UserId>,
    brands: HashMap<String, OrgId>,
    workplaces: HashMap<String, Workplace>,
    /// The second factor of each user signed in so far (enrolled on first sign-in).
    second_factors: Arc<Mutex<HashMap<String, SecondFactor>>>,
    /// Holds the uploaded evidence files.
    _dir: tempfile::TempDir,
}

/// A user's authenticator app, as the test plays it: the secret read from the
/// enrolment page and the recovery codes shown after it.
#[derive(Clone)]
pub struct SecondFactor {
    pub secret: TotpSecret,
    pub recovery_codes: Vec<String>,
}

pub const SECOND_FACTOR_PATH: &str = "/login/second-factor";
pub const ENROL_PATH: &str = "/login/second-factor/enrol";

/// What a test needs before its first request, created in the order it was named.
/// (Outbound fakes, such as a recording SMS sender, belong here once the application
/// state takes a sender.)
#[derive(Default)]
pub struct TestAppBuilder {
    upload_limit: Option<usize>,
    file_system: Option<Arc<dyn FileSystem>>,
    kannel_secret: Option<String>,
    voice: Option<workvoice_web::VoiceConfig>,
    channel_checks: workvoice_web::ChannelChecks,
    limits: Option<Limits>,
    seeds: Vec<Seed>,
}

enum Seed {
    /// A helpline staff member.
    User {
        username: String,
        role: Role,
        language: Language,
    },
    Brand(String),
    Workplace {
        name: String,
        country: Country,
        brands: Vec<String>,
    },
    /// A user of a workplace's or a brand's organisation (named by its workplace or brand).
    OrgUser {
        username: String,
        of: String,
        role: Role,
    },
}

impl TestAppBuilder {
    /// Evidence uploads up to `bytes` pass the router (the handler has its own limit).
    pub fn upload_limit(mut self, bytes: usize) -> Self {
        self.upload_limit = Some(bytes);
        self
    }

    /// Files are written through `fs` (e.g. a `RecordingFs` that fails or crashes on cue).
    pub fn file_system(mut self, fs: Arc<dyn FileSystem>) -> Self {
        self.file_system = Some(fs);
        self
    }

    /// A helpline user (password [`PASSWORD`]); its id is [`TestApp::user_id`].
    /// Configures the secret in the path of the routes Kannel calls.
    /// Rate limits other than the defaults (small ones, to reach them quickly).
    pub fn limits(mut self, limits: Limits) -> Self {
        self.limits = Some(limits);
        self
    }

    pub fn kannel_secret(mut self, secret: &str) -> Self {
        self.kannel_secret = Some(secret.into());
        self
    }

    /// Configures the voice provider's webhooks (see `ivr_caller::voice_config`).
    pub fn voice(mut self, config: workvoice_web::VoiceConfig) -> Self {
        self.voice = Some(config);
        self
    }

    /// The providers the channel status page checks.
    pub fn channel_checks(mut self, checks: workvoice_web::ChannelChecks) -> Self {
        self.channel_checks = checks;
        self
    }

    pub fn user(mut self, username: &str, role: Role, language: Language) -> Self {
        self.seeds.push(Seed::User {
            username: username.into(),
            role,
            language,
        });
        self
    }

    /// A brand organisation; its id is [`TestApp::brand_id`].
    pub fn brand(mut self, name: &str) -> Self {
        self.seeds.push(Seed::Brand(name.into()));
        self
    }

    /// A workplace supplying no brand; it is [`TestApp::workplace`].
    pub fn workplace(mut self, name: &str, country: Country) -> Self {
        self.seeds.push(Seed::Workplace {
            name: name.into(),
            country,
            brands: Vec::new(),
        });
        self
    }

    /// A Bangladeshi workplace supplying the brands named (seeded before it).
    pub fn workplace_for(mut self, name: &str, brands: &[&str]) -> Self {
        self.seeds.push(Seed::Workplace {
            name: name.into(),
            country: Country::Bangladesh,
            brands: brands.iter().map(|b| (*b).to_owned()).collect(),
        });
        self
    }

    /// The contact of the workplace named (seeded before it).
    pub fn factory_contact(mut self, username: &str, workplace: &str) -> Self {
        self.seeds.push(Seed::OrgUser {
            username: username.into(),
            of: workplace.into(),
            role: Role::FactoryContact,
        });
        self
    }

    /// A user of the brand named (seeded before it).
    pub fn brand_user(mut self, username: &str, brand: &str) -> Self {
        self.seeds.push(Seed::OrgUser {
            username: username.into(),
            of: brand.into(),
            role: Role::Brand,
        });
        self
    }

    /// Opens the store on `db`, builds the router and creates the seeds.
    /// An English operator, `op`.
    pub fn operator(self) -> Self {
        self.user("op", Role::Operator, Language::En)
    }

    /// Builds the app and signs `username` in.
    pub async fn build_signed_in(self, db: TempDatabase, username: &str) -> (TestApp, Client) {
        let app = self.build(db).await;
        let client = app.signed_in(username).await;
        (app, client)
    }

    pub async fn build(self, db: TempDatabase) -> TestApp {
        let store = Store::open(db.url(), Keys::generate())
            .await
            .unwrap_or_else(|e| panic!("open the {:?} store: {e}", db.engine()));
        let dir = tempfile::tempdir().unwrap();
        let clock = ManualClock::new(T0);
        let defaults = WebConfig::default();
        let state = AppState {
            store: store.clone(),
            clock: Arc::new(clock.clone()),
            config: Arc::new(WebConfig {
                secure_cookies: false,
                body_limit: BODY_LIMIT,
                upload_limit: self.upload_limit.unwrap_or(defaults.upload_limit),
                attachments_dir: dir.path().join("attachments"),
                files: self
                    .file_system
                    .map_or(defaults.files.clone(), DurableFiles::new),
                kannel_secret: self.kannel_secret,
                voice: self.voice,
                channel_checks: self.channel_checks,
                limits: self.limits.unwrap_or(defaults.limits),
                ..defaults
            }),
        };
        let mut app = TestApp {
            store,
            clock,
            router: workvoice_web::router(state.clone()),
            state,
            users: HashMap::new(),
            brands: HashMap::new(),
            workplaces: HashMap::new(),
            second_factors: Arc::default(),
            _dir: dir,
        };
        for seed in self.seeds {
            app.seed(seed).await;
        }
        app
    }
}

impl TestApp {
    pub fn builder() -> TestAppBuilder {
        TestAppBuilder::default()
    }

    async fn seed(&mut self, seed: Seed) {
        match seed {
            Seed::User {
                username,
                role,
                language,
            } => {
                let org = self.store.helpline_organisation(Millis(T0)).await.unwrap();
                self.create_user(username, org, role, language).await;
            }
            Seed::Brand(name) => {
                let id = self
                    .store
                    .create_organisation(OrgKind::Brand, &name, Millis(T0))
                    .await
                    .unwrap();
                self.brands.insert(name, id);
            }
            Seed::Workplace {
                name,
                country,
                brands,
            } => {
                let brand_organisation_ids = brands.iter().map(|b| self.brand_id(b)).collect();
                let workplace = self
                    .store
                    .create_workplace(
                        &NewWorkplace {
                            name: name.clone(),
                            country,
                            district: "Gazipur".into(),
                            address: String::new(),
                            sector: "knitwear".into(),
                            workers_total: 1200,
                            workers_women: 700,
                            brand_organisation_ids,
                        },
                        Millis(T0),
                    )
                    .await
                    .unwrap();
                self.workplaces.insert(name, workplace);
            }
            Seed::OrgUser { username, of, role } => {
                let org = match self.workplaces.get(&of) {
                    Some(workplace) => workplace.organisation_id,
                    None => self.brand_id(&of),
                };
                self.create_user(username, org, role, Language::En).await;
            }
        }
    }

    async fn create_user(&mut self, username: String, org: OrgId, role: Role, language: Language) {
        let id = self
            .store
            .create_user(
                &NewUser {
                    organisation_id: org,
                    username: username.clone(),
                    display_name: format!("{username} name"),
                    role,
                    language,
                    password: PASSWORD.into(),
                },
                Millis(T0),
            )
            .await
            .unwrap();
        self.users.insert(username, id);
    }

    /// The start of most page tests: one English operator, `op`, signed in.
    pub async fn with_operator(db: TempDatabase) -> (TestApp, Client) {
        Self::builder().operator().build_signed_in(db, "op").await
    }

    /// [`TestApp::with_operator`] with a Bangladeshi workplace to record cases at.
    pub async fn with_operator_at(db: TempDatabase, workplace: &str) -> (TestApp, Client) {
        Self::builder()
            .operator()
            .workplace(workplace, Country::Bangladesh)
            .build_signed_in(db, "op")
            .await
    }

    /// Reports a case to an organisation as an operator does from the case page (writing
    /// a shareable summary first when there is none): the only way a factory or a brand
    /// user comes to see it. The report is made by a "reporter" operator, created on first
    /// use, so that tests seeding no staff can report too.
    pub async fn report(&self, id: CaseId, organisation_id: OrgId) {
        let by = match self.store.user_by_username("reporter").await {
            Ok(user) => user.id,
            Err(_) => {
                let helpline = self.store.helpline_organisation(Millis(T0)).await.unwrap();
                let new = NewUser {
                    organisation_id: helpline,
                    username: "reporter".into(),
                    display_name: "Reporting Operator".into(),
                    role: Role::Operator,
                    language: Language::En,
                    password: PASSWORD.into(),
                };
                self.store.create_user(&new, Millis(T0)).await.unwrap()
            }
        };
        let (case, at) = (self.helpline_case(id).await, self.state.time());
        if self
            .store
            .case(Scope::Helpline, id)
            .await
            .unwrap()
            .shareable_summary
            .is_empty()
        {
            let text =
                workvoice_domain::ShareableSummary::parse("A concern reported to the helpline.")
                    .unwrap();
            self.store
                .edit_shareable_summary(&case, &text, by, at)
                .await
                .unwrap();
        }
        self.store
            .report_case(&case, organisation_id, by, at)
            .await
            .unwrap();
    }

    /// A case as the helpline sees it: the token tests read its children through.
    pub async fn helpline_case(&self, id: CaseId) -> ScopedCase {
        self.store.scoped_case(Scope::Helpline, id).await.unwrap()
    }

    /// The codes of a case's timeline events, oldest first.
    pub async fn event_kinds(&self, case: &ScopedCase) -> Vec<&'static str> {
        let events = self.store.case_events(case).await.unwrap();
        events.iter().map(|e| e.kind.code()).collect()
    }

    /// The id of a seeded user.
    pub fn user_id(&self, username: &str) -> UserId {
        *self
            .users
            .get(username)
            .unwrap_or_else(|| panic!("no user {username:?} was seeded"))
    }

    /// The organisation id of a seeded brand.
    pub fn brand_id(&self, name: &str) -> OrgId {
        *self
            .brands
            .get(name)
            .unwrap_or_else(|| panic!("no brand {name:?} was seeded"))
    }

    /// A seeded workplace.
    pub fn workplace(&self, name: &str) -> &Workplace {
        self.workplaces
            .get(name)
            .unwrap_or_else(|| panic!("no workplace {name:?} was seeded"))
    }

    /// The application state behind the router (same store, clock and settings), for
    /// running background jobs (e.g. `workvoice_channels::EscalationJob`) at its clock.
    /// Serves the router on a loopback port of its own, for peers that call us over
    /// real HTTP (Kannel); returns the address. The server ends with the test's runtime.
    pub async fn serve(&self) -> std::net::SocketAddr {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        let router = self.router.clone();
        tokio::spawn(async move {
            let _ = axum::serve(
                listener,
                router.into_make_service_with_connect_info::<std::net::SocketAddr>(),
            )
            .await;
        });
        addr
    }

    pub fn state(&self) -> AppState {
        self.state.clone()
    }

    pub fn client(&self) -> Client {
        Client {
            router: self.router.clone(),
            cookies: Vec::new(),
        }
    }

    /// A client signed in as a seeded user: the password, then the second factor, which
    /// the first sign-in of a user enrols (reading the key from the enrolment page, as a
    /// person would type it into an app) and later ones answer with the app's code.
    pub async fn signed_in(&self, username: &str) -> Client {
        let mut c = self.password_only(username).await;
        self.answer_second_factor(&mut c, username).await;
        c
    }

    /// A client past the password only: its session opens nothing but the second factor.
    pub async fn password_only(&self, username: &str) -> Client {
        let mut c = self.client();
        let login = c.get("/login").await;
        assert_eq!(login.status, StatusCode::OK);
        let csrf = login.csrf();
        let r = c
            .post_form(
                "/login",
                &[
                    ("username", username),
                    ("password", PASSWORD),
                    ("csrf", &csrf),
                ],
            )
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "login failed: {}", r.body);
        assert_eq!(r.location(), SECOND_FACTOR_PATH);
        c
    }

    /// Answers the second factor for a client past the password: enrols on first use.
    pub async fn answer_second_factor(&self, c: &mut Client, username: &str) {
        let page = c.get(SECOND_FACTOR_PATH).await;
        if page.location() == ENROL_PATH {
            let enrol = c.get(ENROL_PATH).await;
            assert_eq!(
                enrol.status,
                StatusCode::OK,
                "enrolment page: {}",
                enrol.body
            );
            let secret =
                TotpSecret::from_base32(&enrol.between("id=\"totp-key\" class=\"key\">", "<"))
                    .expect("the enrolment page shows the key");
            let code = secret.code_at(self.clock.now().0 / 1000);
            let done = c
                .post_form(ENROL_PATH, &[("code", &code), ("csrf", &enrol.csrf())])
                .await;
            assert_eq!(
                done.status,
                StatusCode::OK,
                "enrolment refused: {}",
                done.body
            );
            let recovery_codes = done
                .body
                .split("<li><code>")
                .skip(1)
                .filter_map(|s| s.split('<').next())
                .map(str::to_owned)
                .collect();
            self.second_factors.lock().unwrap().insert(
                username.to_owned(),
                SecondFactor {
                    secret,
                    recovery_codes,
                },
            );
            return;
        }
        assert_eq!(
            page.status,
            StatusCode::OK,
            "second factor page: {}",
            page.body
        );
        let code = self.next_code(username).await;
        let r = c
            .post_form(
                SECOND_FACTOR_PATH,
                &[("code", &code), ("csrf", &page.csrf())],
            )
            .await;
        assert_eq!(
            r.status,
            StatusCode::SEE_OTHER,
            "second factor refused: {}",
            r.body
        );
    }

    /// The second factor of a user signed in before.
    pub fn second_factor(&self, username: &str) -> SecondFactor {
        self.second_factors
            .lock()
            .unwrap()
            .get(username)
            .cloned()
            .unwrap_or_else(|| panic!("{username} has not signed in yet"))
    }

    /// A code the server accepts now: the app's code of the earliest step not used yet
    /// within the one step of drift allowed either side; when all three are used (many
    /// sign-ins of one user at one instant of the manual clock), a recovery code.
    pub async fn next_code(&self, username: &str) -> String {
        let now = step_of(self.clock.now().0 / 1000);
        let last = self
            .store
            .last_totp_step(self.store.user_by_username(username).await.unwrap().id)
            .await
            .unwrap();
        let step = last.map_or(now - 1, |l| (l + 1).max(now - 1));
        let mut factors = self.second_factors.lock().unwrap();
        let factor = factors
            .get_mut(username)
            .unwrap_or_else(|| panic!("{username} has not signed in yet"));
        if step <= now + 1 {
            factor.secret.code_at(step * STEP_SECS)
        } else {
            factor
                .recovery_codes
                .pop()
                .expect("a recovery code left for another sign-in")
        }
    }
}

pub struct Reply {
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub body: String,
}

impl Reply {
    pub fn location(&self) -> &str {
        self.headers
            .get(header::LOCATION)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("")
    }

    pub fn set_cookies(&self) -> Vec<String> {
        self.headers
            .get_all(header::SET_COOKIE)
            .iter()
            .filter_map(|v| v.to_str().ok().map(str::to_owned))
            .collect()
    }

    /// The text between the first `start` and the next `end` after it (empty if absent).
    pub fn between(&self, start: &str, end: &str) -> String {
        self.body
            .split_once(start)
            .and_then(|(_, rest)| rest.split(end).next())
            .unwrap_or_default()
            .to_owned()
    }

    /// Asserts that the reply is 200 OK (printing the body when not) and hands it on.
    #[track_caller]
    pub fn assert_ok(self) -> Self {
        assert_eq!(self.status, StatusCode::OK, "{}", self.body);
        self
    }

    /// Asserts that the body holds `text`, printing the body when it does not.
    #[track_caller]
    pub fn assert_shows(&self, text: &str) {
        assert!(self.body.contains(text), "{}", self.body);
    }

    /// The id in the redirect to the case an intake form just recorded.
    pub fn new_case<T: std::str::FromStr>(&self) -> T
    where
        T::Err: std::fmt::Debug,
    {
        self.location()
            .trim_start_matches("/cases/")
            .parse()
            .expect("redirect to the new case")
    }

    /// The value of a hidden `csrf` field in the page.
    pub fn csrf(&self) -> String {
        let marker = "name=\"csrf\" value=\"";
        let start = self.body.find(marker).expect("page has a csrf field") + marker.len();
        self.body[start..]
            .split('"')
            .next()
            .unwrap_or_default()
            .to_owned()
    }
}

pub struct Client {
    router: Router,
    pub cookies: Vec<(String, String)>,
}

impl Client {
    fn remember(&mut self, reply: &Reply) {
        for c in reply.set_cookies() {
            let pair = c.split(';').next().unwrap_or_default();
            if let Some((k, v)) = pair.split_once('=') {
                self.cookies.retain(|(name, _)| name != k);
                let deleted = c.contains("Max-Age=0");
                if !deleted {
                    self.cookies.push((k.to_owned(), v.to_owned()));
                }
            }
        }
    }

    pub async fn send(&mut self, req: Request<Body>) -> Reply {
        let mut req = req;
        if !self.cookies.is_empty() {
            let cookie = self
                .cookies
                .iter()
                .map(|(k, v)| format!("{k}={v}"))
                .collect::<Vec<_>>()
                .join("; ");
            req.headers_mut()
                .insert(header::COOKIE, cookie.parse().unwrap());
        }
        let res = self.router.clone().oneshot(req).await.unwrap();
        let status = res.status();
        let headers = res.headers().clone();
        let bytes = res.into_body().collect().await.unwrap().to_bytes();
        let reply = Reply {
            status,
            headers,
            body: String::from_utf8_lossy(&bytes).into_owned(),
        };
        self.remember(&reply);
        reply
    }

    pub async fn get(&mut self, path: &str) -> Reply {
        self.send(Request::get(path).body(Body::empty()).unwrap())
            .await
    }

    pub async fn post_form(&mut self, path: &str, fields: &[(&str, &str)]) -> Reply {
        let body = serde_urlencoded::to_string(fields).unwrap();
        self.send(
            Request::builder()
                .method(Method::POST)
                .uri(path)
                .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
                .body(Body::from(body))
                .unwrap(),
        )
        .await
    }

    /// Reads the page's CSRF token and posts the form with it.
    pub async fn submit(&mut self, page: &str, action: &str, fields: &[(&str, &str)]) -> Reply {
        let csrf = self.get(page).await.csrf();
        let mut all: Vec<(&str, &str)> = fields.to_vec();
        all.push(("csrf", &csrf));
        self.post_form(action, &all).await
    }

    /// Submits a form of `page` that posts to the page's own sub-path `{page}/{action}`, as
    /// the case, record and visit pages' action forms do.
    pub async fn act(&mut self, page: &str, action: &str, fields: &[(&str, &str)]) -> Reply {
        self.submit(page, &format!("{page}/{action}"), fields).await
    }

    /// Submits a form of `page` that posts back to the page itself.
    pub async fn submit_here(&mut self, page: &str, fields: &[(&str, &str)]) -> Reply {
        self.submit(page, page, fields).await
    }

    /// Submits the `{list}/new` form, which posts to the list's own path.
    pub async fn submit_new(&mut self, list: &str, fields: &[(&str, &str)]) -> Reply {
        self.submit(&format!("{list}/new"), list, fields).await
    }

    pub async fn json(
        &mut self,
        method: Method,
        path: &str,
        token: Option<&str>,
        body: Option<&str>,
    ) -> Reply {
        let mut b = Request::builder().method(method).uri(path);
        if let Some(t) = token {
            b = b.header(header::AUTHORIZATION, format!("Bearer {t}"));
        }
        let req = match body {
            Some(json) => b
                .header(header::CONTENT_TYPE, "application/json")
                .body(Body::from(json.to_owned()))
                .unwrap(),
            None => b.body(Body::empty()).unwrap(),
        };
        self.send(req).await
    }
}

impl Client {
    /// Posts one file as `multipart/form-data` field `field`, with the CSRF token in the
    /// query string as the upload form does.
    pub async fn post_file(
        &mut self,
        path_with_query: &str,
        field: &str,
        file_name: &str,
        content_type: &str,
        bytes: &[u8],
    ) -> Reply {
        let boundary = "----workvoice-test-boundary-7d1f";
        let mut body = Vec::new();
        body.extend_from_slice(
            format!(
                "--{boundary}\r\nContent-Disposition: form-data; name=\"{field}\"; filename=\"{file_name}\"\r\nContent-Type: {content_type}\r\n\r\n"
            )
            .as_bytes(),
        );
        body.extend_from_slice(bytes);
        body.extend_from_slice(format!("\r\n--{boundary}--\r\n").as_bytes());
        self.send(
            Request::builder()
                .method(Method::POST)
                .uri(path_with_query)
                .header(
                    header::CONTENT_TYPE,
                    format!("multipart/form-data; boundary={boundary}"),
                )
                .body(Body::from(body))
                .unwrap(),
        )
        .await
    }

    /// Uploads [`PNG`] as factory evidence on a case, the way the evidence form does.
    pub async fn post_evidence(&mut self, case: CaseId, csrf: &str, file_name: &str) -> Reply {
        self.post_file(
            &format!("/org/cases/{case}/evidence?csrf={csrf}"),
            "file",
            file_name,
            "image/png",
            PNG,
        )
        .await
    }
}
