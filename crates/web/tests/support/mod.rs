//! A test application: a real SQLite store in a temp folder, the real router, a manual
//! clock, and a tiny cookie-keeping client driving it in-process.

#![allow(dead_code)]

use std::sync::Arc;

use axum::Router;
use axum::body::Body;
use axum::http::{HeaderMap, Method, Request, StatusCode, header};
use http_body_util::BodyExt;
use tower::ServiceExt;
use workvoice_domain::{Country, Language, OrgKind, Role};
use workvoice_store::{Keys, NewUser, NewWorkplace, Store, Workplace};
use workvoice_web::{AppState, ManualClock, WebConfig};

pub const T0: i64 = 1_790_000_000_000;
pub const PASSWORD: &str = "correct horse battery";

pub struct TestApp {
    pub store: Store,
    pub clock: ManualClock,
    pub router: Router,
    _dir: tempfile::TempDir,
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

impl TestApp {
    pub async fn new() -> TestApp {
        let dir = tempfile::tempdir().unwrap();
        let url = format!("sqlite://{}", dir.path().join("t.db").display());
        let store = Store::open(&url, Keys::generate()).await.unwrap();
        let clock = ManualClock::new(T0);
        let state = AppState {
            store: store.clone(),
            clock: Arc::new(clock.clone()),
            config: Arc::new(WebConfig {
                secure_cookies: false,
                body_limit: 64 * 1024,
                attachments_dir: dir.path().join("attachments"),
                ..WebConfig::default()
            }),
        };
        TestApp {
            store,
            clock,
            router: workvoice_web::router(state),
            _dir: dir,
        }
    }

    pub async fn user(&self, username: &str, role: Role, language: Language) -> i64 {
        let org = self.store.helpline_organisation(T0).await.unwrap();
        self.store
            .create_user(
                &NewUser {
                    organisation_id: org,
                    username: username.into(),
                    display_name: format!("{username} name"),
                    role,
                    language,
                    password: PASSWORD.into(),
                },
                T0,
            )
            .await
            .unwrap()
    }

    pub async fn workplace(&self, name: &str, country: Country) -> Workplace {
        self.store
            .create_workplace(
                &NewWorkplace {
                    name: name.into(),
                    country,
                    district: "Gazipur".into(),
                    address: String::new(),
                    sector: "knitwear".into(),
                    workers_total: 1200,
                    workers_women: 700,
                    brand_organisation_ids: vec![],
                },
                T0,
            )
            .await
            .unwrap()
    }

    pub async fn brand(&self, name: &str) -> i64 {
        self.store
            .create_organisation(OrgKind::Brand, name, T0)
            .await
            .unwrap()
    }

    pub fn client(&self) -> Client {
        Client {
            router: self.router.clone(),
            cookies: Vec::new(),
        }
    }

    /// A client signed in as `username` (created by [`TestApp::user`]).
    pub async fn signed_in(&self, username: &str) -> Client {
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
        c
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

impl TestApp {
    /// Like [`TestApp::new`] but accepting request bodies up to `body_limit` bytes (for
    /// upload tests that must reach the handler's own size check).
    pub async fn with_body_limit(body_limit: usize) -> TestApp {
        let dir = tempfile::tempdir().unwrap();
        let url = format!("sqlite://{}", dir.path().join("t.db").display());
        let store = Store::open(&url, Keys::generate()).await.unwrap();
        let clock = ManualClock::new(T0);
        let state = AppState {
            store: store.clone(),
            clock: Arc::new(clock.clone()),
            config: Arc::new(WebConfig {
                secure_cookies: false,
                body_limit,
                attachments_dir: dir.path().join("attachments"),
                ..WebConfig::default()
            }),
        };
        TestApp {
            store,
            clock,
            router: workvoice_web::router(state),
            _dir: dir,
        }
    }

    /// A user of another organisation (a workplace's or a brand's); returns the user id.
    pub async fn org_user(&self, username: &str, organisation_id: i64, role: Role) -> i64 {
        self.store
            .create_user(
                &NewUser {
                    organisation_id,
                    username: username.into(),
                    display_name: format!("{username} name"),
                    role,
                    language: Language::En,
                    password: PASSWORD.into(),
                },
                T0,
            )
            .await
            .unwrap()
    }

    /// A workplace supplying the given brands.
    pub async fn workplace_for(&self, name: &str, brands: &[i64]) -> Workplace {
        self.store
            .create_workplace(
                &NewWorkplace {
                    name: name.into(),
                    country: Country::Bangladesh,
                    district: "Gazipur".into(),
                    address: String::new(),
                    sector: "knitwear".into(),
                    workers_total: 1200,
                    workers_women: 700,
                    brand_organisation_ids: brands.to_vec(),
                },
                T0,
            )
            .await
            .unwrap()
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
}

impl TestApp {
    /// An application state over this app's store and manual clock, for calling
    /// background tasks (e.g. `workvoice_web::scheduler::tick`) directly.
    pub fn state(&self) -> AppState {
        AppState {
            store: self.store.clone(),
            clock: Arc::new(self.clock.clone()),
            config: Arc::new(WebConfig {
                secure_cookies: false,
                ..WebConfig::default()
            }),
        }
    }
}
