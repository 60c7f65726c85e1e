//! Printable leaflets, for anyone: one practice (`/library/{id}/leaflet`) or a set
//! (`/library/leaflet?ids=3,7,9`) on A4, or A5 with `size=a5`, in the reader's language.
//! The print CSS lays it out; the PDF is the browser's own print, as for the monthly
//! report. Only public practices and public photos appear; ids the public may not see are
//! left out (a set of none is a 404).

use askama::Template;
use askama_web::WebTemplate;
use axum::Extension;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, header};
use axum::response::{AppendHeaders, IntoResponse, Response};
use serde::Deserialize;
use workvoice_domain::ids::PracticeId;
use workvoice_store::PublicFilter;

use crate::auth::current::{MaybeSession, RequestLanguage};
use crate::error::WebError;
use crate::library::browse::licence_text;
use crate::library::practice_page::Shown;
use crate::shared::chrome::Chrome;
use crate::state::AppState;

/// At most this many practices on one leaflet set.
pub const MAX_SET: usize = 12;

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct LeafletQuery {
    /// Comma-separated practice ids (the set).
    pub ids: String,
    /// `a4` (default) or `a5`.
    pub size: String,
}

#[derive(Template, WebTemplate)]
#[template(path = "library/leaflet.html")]
pub struct LeafletPage {
    pub chrome: Chrome,
    pub practices: Vec<Shown>,
    /// The page class: `leaflet_a4` or `leaflet_a5`.
    pub size_class: &'static str,
    pub a4_href: String,
    pub a5_href: String,
    pub licence: String,
}

fn size_class(size: &str) -> &'static str {
    if size.trim().eq_ignore_ascii_case("a5") {
        "leaflet_a5"
    } else {
        "leaflet_a4"
    }
}

async fn render(
    state: &AppState,
    chrome: (Chrome, Option<String>),
    ids: Vec<PracticeId>,
    size: &str,
    base: String,
) -> Result<Response, WebError> {
    let (chrome, set_cookie) = chrome;
    if ids.is_empty() {
        return Err(WebError::NotFound);
    }
    let filter = PublicFilter {
        ids: ids.clone(),
        ..PublicFilter::default()
    };
    let found = state.store.public_practices_all(&filter).await?;
    if found.is_empty() {
        return Err(WebError::NotFound);
    }
    let tr = chrome.tr;
    let mut practices = Vec::new();
    // In the order asked for.
    for id in &ids {
        if let Some(p) = found.iter().find(|p| p.id == *id) {
            let photos = state.store.public_practice_photos(p.id).await?;
            practices.push(Shown::new(tr, p, &photos));
        }
    }
    let sep = if base.contains('?') { '&' } else { '?' };
    let page = LeafletPage {
        practices,
        size_class: size_class(size),
        a4_href: format!("{base}{sep}size=a4"),
        a5_href: format!("{base}{sep}size=a5"),
        licence: licence_text(tr),
        chrome,
    };
    Ok((
        AppendHeaders(set_cookie.map(|c| (header::SET_COOKIE, c))),
        page,
    )
        .into_response())
}

pub async fn one(
    State(state): State<AppState>,
    session: Option<Extension<MaybeSession>>,
    RequestLanguage(language): RequestLanguage,
    headers: HeaderMap,
    Path(id): Path<PracticeId>,
    Query(q): Query<LeafletQuery>,
) -> Result<Response, WebError> {
    let chrome = Chrome::public(&state, session, language, &headers, "library");
    render(
        &state,
        chrome,
        vec![id],
        &q.size,
        format!("/library/{id}/leaflet"),
    )
    .await
}

pub async fn set(
    State(state): State<AppState>,
    session: Option<Extension<MaybeSession>>,
    RequestLanguage(language): RequestLanguage,
    headers: HeaderMap,
    Query(q): Query<LeafletQuery>,
) -> Result<Response, WebError> {
    let mut ids: Vec<PracticeId> = Vec::new();
    for part in q.ids.split(',') {
        let Ok(id) = part.trim().parse::<PracticeId>() else {
            continue;
        };
        if !ids.contains(&id) && ids.len() < MAX_SET {
            ids.push(id);
        }
    }
    let list = ids
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join(",");
    let chrome = Chrome::public(&state, session, language, &headers, "library");
    render(
        &state,
        chrome,
        ids,
        &q.size,
        format!("/library/leaflet?ids={list}"),
    )
    .await
}
