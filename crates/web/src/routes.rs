//! Routes as data. Every feature declares its routes as a [`Routes`] value (method, path,
//! handler), and the router is built from those very declarations, so the route table
//! ([`crate::route_table`]) that the access matrix checks cannot drift from what the
//! router serves. Adding a route any other way than through a [`Routes`] value would
//! bypass that check: don't.

use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::handler::Handler;
use axum::routing::{self, MethodRouter};

use crate::state::{AppState, WebConfig};

/// One row of the route table.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct RouteInfo {
    /// `GET` or `POST`.
    pub method: &'static str,
    /// The path exactly as registered, e.g. `/cases/{id}/notes`.
    pub path: String,
}

struct Entry {
    method: &'static str,
    path: &'static str,
    endpoint: MethodRouter<AppState>,
    /// The body may be as large as the configured upload limit (multipart files).
    upload: bool,
}

/// A set of routes, built up by a feature's `routes()` and merged into the router.
#[derive(Default)]
#[must_use]
pub struct Routes {
    entries: Vec<Entry>,
}

impl Routes {
    pub fn new() -> Routes {
        Routes::default()
    }

    fn add(
        mut self,
        method: &'static str,
        path: &'static str,
        endpoint: MethodRouter<AppState>,
        upload: bool,
    ) -> Routes {
        self.entries.push(Entry {
            method,
            path,
            endpoint,
            upload,
        });
        self
    }

    pub fn get<H, T>(self, path: &'static str, handler: H) -> Routes
    where
        H: Handler<T, AppState>,
        T: 'static,
    {
        self.add("GET", path, routing::get(handler), false)
    }

    pub fn post<H, T>(self, path: &'static str, handler: H) -> Routes
    where
        H: Handler<T, AppState>,
        T: 'static,
    {
        self.add("POST", path, routing::post(handler), false)
    }

    /// A POST carrying a file: only these routes accept a body up to the upload limit.
    pub fn upload<H, T>(self, path: &'static str, handler: H) -> Routes
    where
        H: Handler<T, AppState>,
        T: 'static,
    {
        self.add("POST", path, routing::post(handler), true)
    }

    pub fn merge(mut self, other: Routes) -> Routes {
        self.entries.extend(other.entries);
        self
    }

    /// Method and path of every route, with `prefix` before each path (for a router
    /// nested under it).
    pub fn table(&self, prefix: &str) -> Vec<RouteInfo> {
        self.entries
            .iter()
            .map(|e| RouteInfo {
                method: e.method,
                path: format!("{prefix}{}", e.path),
            })
            .collect()
    }

    /// The axum router serving exactly these routes; upload routes get the configured
    /// upload limit as their body limit.
    pub fn into_router(self, config: &WebConfig) -> Router<AppState> {
        let upload_limit = config.upload_limit;
        self.entries.into_iter().fold(Router::new(), |router, e| {
            let endpoint = if e.upload {
                e.endpoint.layer(DefaultBodyLimit::max(upload_limit))
            } else {
                e.endpoint
            };
            // Two methods on one path merge into one method router.
            router.route(e.path, endpoint)
        })
    }
}
