//! The stylesheet and script, embedded in the binary and served under names that carry a
//! hash of their content, so browsers may cache them for a year and still never run a
//! stale copy after an upgrade.

use std::sync::LazyLock;

use axum::extract::Path;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use sha2::{Digest, Sha256};

struct Asset {
    name: String,
    body: &'static str,
    content_type: &'static str,
}

fn asset(stem: &str, ext: &str, body: &'static str, content_type: &'static str) -> Asset {
    let hash = hex::encode(Sha256::digest(body.as_bytes()));
    Asset {
        name: format!("{stem}.{}.{ext}", &hash[..12]),
        body,
        content_type,
    }
}

static CSS: LazyLock<Asset> = LazyLock::new(|| {
    asset(
        "app",
        "css",
        concat!(
            include_str!("../static/app.css"),
            include_str!("../static/dissemination.css")
        ),
        "text/css; charset=utf-8",
    )
});
static JS: LazyLock<Asset> = LazyLock::new(|| {
    asset(
        "app",
        "js",
        include_str!("../static/app.js"),
        "text/javascript; charset=utf-8",
    )
});

pub fn css_path() -> String {
    format!("/static/{}", CSS.name)
}

pub fn js_path() -> String {
    format!("/static/{}", JS.name)
}

pub async fn serve(Path(name): Path<String>) -> Response {
    let found = [&*CSS, &*JS].into_iter().find(|a| a.name == name);
    match found {
        Some(a) => (
            [
                (
                    header::CONTENT_TYPE,
                    HeaderValue::from_static(a.content_type),
                ),
                (
                    header::CACHE_CONTROL,
                    HeaderValue::from_static("public, max-age=31536000, immutable"),
                ),
            ],
            a.body,
        )
            .into_response(),
        None => StatusCode::NOT_FOUND.into_response(),
    }
}
