//! Session resolution and CSRF protection for every page request.
//!
//! Runs before every page handler: finds the session (once), picks the language, and for
//! any state-changing method demands a synchronizer token — from the form field `csrf`,
//! the query parameter `csrf` (multipart forms) or the `X-CSRF-Token` header — equal to
//! the session's (or, before sign-in, the login form's cookie). A cross-site `Origin` is
//! refused outright. JSON API routes use bearer tokens, never cookies, and are exempt.

use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::{HeaderMap, Method, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Redirect, Response};
use sha2::{Digest, Sha256};
use workvoice_domain::Language;

use crate::auth::cookies;
use crate::auth::current::{MaybeSession, Pending, RequestLanguage};
use crate::error::{ErrorKeys, WebError};
use crate::i18n::Tr;
use crate::security::second_factor;
use crate::shared::chrome::PAGE;
use crate::state::AppState;

pub const FIELD: &str = "csrf";
pub const HEADER: &str = "x-csrf-token";

fn is_safe(method: &Method) -> bool {
    matches!(*method, Method::GET | Method::HEAD | Method::OPTIONS)
}

/// Where the request comes from, as the browser says. `Sec-Fetch-Site`, when sent, must
/// be `same-origin` (or `none`, typed or bookmarked); `Origin`, when sent, must name this
/// host. Pages are served with `Referrer-Policy: no-referrer`, under which browsers send
/// `Origin: null` with the site's own forms, so `null` is left to `Sec-Fetch-Site` and the
/// synchronizer token.
fn origin_ok(headers: &HeaderMap) -> bool {
    let fetch_site = headers.get("sec-fetch-site").and_then(|v| v.to_str().ok());
    if matches!(fetch_site, Some("cross-site" | "same-site")) {
        return false;
    }
    let Some(origin) = headers.get(header::ORIGIN).and_then(|v| v.to_str().ok()) else {
        return true;
    };
    if origin == "null" {
        return true;
    }
    let Some(host) = headers.get(header::HOST).and_then(|v| v.to_str().ok()) else {
        return false;
    };
    origin == format!("https://{host}") || origin == format!("http://{host}")
}

fn token_from(query: Option<&str>, headers: &HeaderMap, body: &[u8]) -> Option<String> {
    let field = |bytes: &[u8]| {
        serde_urlencoded::from_bytes::<Vec<(String, String)>>(bytes)
            .ok()
            .and_then(|pairs| pairs.into_iter().find(|(k, _)| k == FIELD).map(|(_, v)| v))
    };
    headers
        .get(HEADER)
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned)
        .or_else(|| query.and_then(|q| field(q.as_bytes())))
        .or_else(|| field(body))
}

/// Compares digests so the comparison time says nothing about the expected token.
fn same(a: &str, b: &str) -> bool {
    Sha256::digest(a.as_bytes()) == Sha256::digest(b.as_bytes())
}

fn language_of(headers: &HeaderMap, session: &MaybeSession) -> Language {
    if let Some(s) = &session.0 {
        return s.user.language;
    }
    cookies::read(headers, cookies::LANGUAGE)
        .and_then(|c| Language::parse(&c))
        .or_else(|| {
            headers
                .get(header::ACCEPT_LANGUAGE)
                .and_then(|v| v.to_str().ok())
                .and_then(Language::from_accept_language)
        })
        .unwrap_or_default()
}

pub async fn layer(State(state): State<AppState>, req: Request, next: Next) -> Response {
    let (language, checked) = guard(&state, req).await;
    let response = match checked {
        // A session that has not passed the second factor opens nothing else.
        Ok(req)
            if req.extensions().get::<Pending>().is_some()
                && !second_factor::OPEN_WHILE_PENDING.contains(&req.uri().path()) =>
        {
            Redirect::to(second_factor::PATH).into_response()
        }
        Ok(req) => {
            let page = if req.method() == Method::GET {
                req.uri()
                    .path_and_query()
                    .map_or_else(|| "/".to_owned(), |p| p.as_str().to_owned())
            } else {
                "/".to_owned()
            };
            PAGE.scope(page, next.run(req)).await
        }
        Err(err) => err.into_response(),
    };
    // Errors leave their message keys; render them here, where the language is known.
    match response.extensions().get::<ErrorKeys>().copied() {
        Some(keys) => crate::error::render(response.status(), keys, Tr::new(language)),
        None => response,
    }
}

async fn guard(state: &AppState, mut req: Request) -> (Language, Result<Request, WebError>) {
    let config = &state.config;
    let session = match cookies::read(req.headers(), cookies::session_name(config)) {
        Some(token) => match state
            .store
            .session(&token, state.time(), config.session)
            .await
        {
            Ok(found) => found,
            Err(err) => return (Language::default(), Err(err.into())),
        },
        None => None,
    };
    // Signed in by password only: kept apart, so no extractor sees a signed-in user.
    let (session, pending) = match session {
        Some(s) if !s.second_factor => (None, Some(s)),
        other => (other, None),
    };
    let session = MaybeSession(session.or_else(|| pending.clone()));
    let language = language_of(req.headers(), &session);
    let session = match pending {
        Some(p) => {
            req.extensions_mut().insert(Pending(p));
            MaybeSession(None)
        }
        None => session,
    };
    req.extensions_mut().insert(RequestLanguage(language));
    if !is_safe(req.method()) {
        if !origin_ok(req.headers()) {
            return (language, Err(WebError::Csrf));
        }
        let expected = match (&session.0, req.extensions().get::<Pending>()) {
            (Some(s), _) | (None, Some(Pending(s))) => Some(s.csrf_token.clone()),
            (None, None) => cookies::read(req.headers(), cookies::pre_session_name(config)),
        };
        // A multipart upload carries its token in the query string; its body is left for
        // the handler, which enforces the upload route's own size limit.
        let multipart = req
            .headers()
            .get(header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| v.starts_with("multipart/form-data"));
        let provided = if multipart {
            token_from(req.uri().query(), req.headers(), b"")
        } else {
            let (parts, body) = req.into_parts();
            let Ok(bytes) = axum::body::to_bytes(body, config.body_limit).await else {
                return (language, Err(WebError::TooLarge));
            };
            let provided = token_from(parts.uri.query(), &parts.headers, &bytes);
            req = Request::from_parts(parts, Body::from(bytes));
            provided
        };
        match (expected, provided) {
            (Some(e), Some(p)) if same(&e, &p) => {}
            _ => return (language, Err(WebError::Csrf)),
        }
    }
    req.extensions_mut().insert(session);
    (language, Ok(req))
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::HeaderValue;

    #[test]
    fn token_found_in_header_query_or_body() {
        let mut h = HeaderMap::new();
        assert_eq!(
            token_from(None, &h, b"a=1&csrf=xyz").as_deref(),
            Some("xyz")
        );
        assert_eq!(token_from(Some("csrf=q"), &h, b"").as_deref(), Some("q"));
        h.insert(HEADER, HeaderValue::from_static("hdr"));
        assert_eq!(token_from(None, &h, b"csrf=xyz").as_deref(), Some("hdr"));
        assert_eq!(token_from(None, &HeaderMap::new(), b"a=1"), None);
    }

    #[test]
    fn foreign_origin_is_refused() {
        let mut h = HeaderMap::new();
        h.insert(header::HOST, HeaderValue::from_static("helpline.example"));
        assert!(origin_ok(&h));
        h.insert(
            header::ORIGIN,
            HeaderValue::from_static("https://helpline.example"),
        );
        assert!(origin_ok(&h));
        h.insert(
            header::ORIGIN,
            HeaderValue::from_static("https://evil.example"),
        );
        assert!(!origin_ok(&h));
        // `no-referrer` makes a browser's own form send `Origin: null`: the fetch metadata
        // decides then.
        h.insert(header::ORIGIN, HeaderValue::from_static("null"));
        assert!(origin_ok(&h));
        h.insert("sec-fetch-site", HeaderValue::from_static("same-origin"));
        assert!(origin_ok(&h));
        for other in ["cross-site", "same-site"] {
            h.insert("sec-fetch-site", HeaderValue::from_static(other));
            assert!(!origin_ok(&h), "{other}");
        }
    }
}
