//! The JSON API for service accounts: bearer tokens (no cookies, so no CSRF), errors as
//! JSON naming the field, and an OpenAPI document generated from the handlers at
//! `/api/openapi.json`. Responses never contain caller identity. The endpoints live with
//! their feature (`helpline::api`, `registry::api`); this module holds what they share
//! and assembles them.

pub(crate) mod auth;
pub(crate) mod body;
pub(crate) mod error;

use axum::Json;
use utoipa::OpenApi;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use crate::api::auth::BearerScheme;
use crate::helpline::api as cases;
use crate::registry::api as workplaces;
use crate::routes::Routes;
use crate::state::{AppState, WebConfig};

#[derive(OpenApi)]
#[openapi(
    info(title = "Workvoice API", description = "Cases and workplaces of the Workvoice helpline, and the results of the OSH improvement programme. Authenticate with `Authorization: Bearer <token>` (create one with `workvoice create-token`)."),
    modifiers(&BearerScheme),
    security(("bearer" = []))
)]
struct ApiDoc;

fn documented() -> OpenApiRouter<AppState> {
    OpenApiRouter::with_openapi(ApiDoc::openapi())
        .routes(routes!(cases::list, cases::create))
        .routes(routes!(cases::get_one))
        .routes(routes!(cases::add_note))
        .routes(routes!(workplaces::list, workplaces::create))
        .routes(routes!(workplaces::get_one))
        .routes(routes!(crate::awareness::api::score))
        .routes(routes!(crate::osh::api::aggregates))
}

/// The routes the OpenAPI document does not list: the document itself.
pub fn undocumented() -> Routes {
    let (_, mut doc) = documented().split_for_parts();
    body::document_body_answers(&mut doc);
    let json = doc.to_json().unwrap_or_default();
    Routes::new().get("/openapi.json", move || {
        let json = json.clone();
        async move {
            (
                [(axum::http::header::CONTENT_TYPE, "application/json")],
                json,
            )
        }
    })
}

pub fn router(config: &WebConfig) -> axum::Router<AppState> {
    let (router, _) = documented().split_for_parts();
    router
        .merge(undocumented().into_router(config))
        .fallback(|| async { error::ApiError::NotFound })
        .layer(axum::middleware::map_response(json_errors))
}

/// Axum's own rejections (a path or query parameter that does not parse) answer in plain
/// text; the API answers every error as `ErrorOut` JSON, as its document says.
async fn json_errors(response: axum::response::Response) -> axum::response::Response {
    let status = response.status();
    let json = response
        .headers()
        .get(axum::http::header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("application/json"));
    if !status.is_client_error() || json {
        return response;
    }
    let text = axum::body::to_bytes(response.into_body(), 4096)
        .await
        .unwrap_or_default();
    error::client_error(status, String::from_utf8_lossy(&text).into_owned())
}

/// Paging parameters shared by list endpoints.
#[derive(Debug, serde::Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct Paging {
    /// Items per page (1–200, default 50).
    limit: Option<i64>,
    /// Items to skip (default 0).
    offset: Option<i64>,
}

impl Paging {
    pub(crate) fn limit(&self) -> i64 {
        self.limit.unwrap_or(50).clamp(1, 200)
    }

    pub(crate) fn offset(&self) -> i64 {
        self.offset.unwrap_or(0).max(0)
    }
}

/// A page of items with the total across all pages.
#[derive(Debug, serde::Serialize, utoipa::ToSchema)]
pub struct PageOut<T: utoipa::ToSchema> {
    items: Vec<T>,
    /// Matching items, counted up to 10,000.
    total: i64,
    /// More items match than `total` (the count stopped at 10,000).
    total_capped: bool,
    limit: i64,
    offset: i64,
    /// With keyset paging (`after`): the cursor of the next page, absent on the last.
    #[serde(skip_serializing_if = "Option::is_none")]
    next: Option<String>,
}

pub(crate) fn page<T: utoipa::ToSchema>(
    items: Vec<T>,
    (total, total_capped): (i64, bool),
    paging: &Paging,
) -> Json<PageOut<T>> {
    Json(PageOut {
        items,
        total,
        total_capped,
        limit: paging.limit(),
        offset: paging.offset(),
        next: None,
    })
}

/// A keyset page: `next` continues after its last item.
pub(crate) fn keyset_page<T: utoipa::ToSchema>(
    items: Vec<T>,
    (total, total_capped): (i64, bool),
    paging: &Paging,
    next: Option<String>,
) -> Json<PageOut<T>> {
    Json(PageOut {
        items,
        total,
        total_capped,
        limit: paging.limit(),
        offset: 0,
        next,
    })
}
