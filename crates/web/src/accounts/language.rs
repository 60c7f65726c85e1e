//! The language switch, which works signed in or not.

use axum::Form;
use axum::extract::State;
use axum::http::{HeaderMap, header};
use axum::response::{AppendHeaders, IntoResponse, Redirect, Response};
use workvoice_domain::Language;

use crate::auth::cookies;
use crate::auth::current::MaybeSession;
use crate::error::WebError;
use crate::state::AppState;

#[derive(serde::Deserialize)]
pub struct LanguageForm {
    language: String,
    /// The page the form was on (the layout fills it in).
    #[serde(default)]
    back: Option<String>,
}

/// Remembers the choice for the user (if signed in) and the browser, then returns to the
/// page the form was on.
pub async fn switch_language(
    State(state): State<AppState>,
    session: axum::Extension<MaybeSession>,
    headers: HeaderMap,
    Form(form): Form<LanguageForm>,
) -> Result<Response, WebError> {
    let language =
        Language::parse(&form.language).ok_or(WebError::BadRequest("error-bad-language"))?;
    if let Some(s) = &session.0.0 {
        state.store.set_user_language(s.user.id, language).await?;
    }
    let back = form
        .back
        .as_deref()
        .and_then(same_site_path)
        .or_else(|| {
            headers
                .get(header::REFERER)
                .and_then(|v| v.to_str().ok())
                .and_then(same_site_path)
        })
        .unwrap_or_else(|| "/".to_owned());
    Ok((
        AppendHeaders([(
            header::SET_COOKIE,
            cookies::build(
                &state.config,
                cookies::LANGUAGE,
                language.code(),
                "/",
                Some(365 * 24 * 3600),
            ),
        )]),
        Redirect::to(&back),
    )
        .into_response())
}

/// The path (and query) of a referring URL or of a path alone, so a redirect can never
/// leave this site.
fn same_site_path(referer: &str) -> Option<String> {
    let rest = if referer.starts_with('/') {
        referer
    } else {
        referer.split_once("://").map(|(_, r)| r)?
    };
    let path = &rest[rest.find('/')?..];
    (path.starts_with('/') && !path.starts_with("//") && !path.contains('\\'))
        .then(|| path.to_owned())
}

#[cfg(test)]
mod tests {
    use super::same_site_path;

    #[test]
    fn referer_becomes_local_path() {
        assert_eq!(
            same_site_path("http://localhost:8080/cases?x=1").as_deref(),
            Some("/cases?x=1")
        );
        assert_eq!(same_site_path("https://h/"), Some("/".into()));
        assert_eq!(same_site_path("https://h"), None);
        assert_eq!(same_site_path("https://h//evil.example/"), None);
        assert_eq!(same_site_path("/cases/7").as_deref(), Some("/cases/7"));
        assert_eq!(same_site_path("//evil.example/"), None);
        assert_eq!(same_site_path("/\\evil.example/"), None);
        assert_eq!(same_site_path("evil.example/x"), None);
    }
}
