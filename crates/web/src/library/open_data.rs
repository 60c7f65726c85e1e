//! The library as open data, for anyone: `/library.csv` (UTF-8 BOM, CRLF, formula-like
//! cells protected — the registry's `write_table`) and `/library.json`, one record per
//! practice and language, under the licence the pages state ([`LICENCE`]). Column names
//! and codes are stable English identifiers for machines; the texts are as written. Only
//! what the public library shows is in them (the store's public reads).

use axum::extract::State;
use axum::http::header;
use axum::response::{IntoResponse, Response};
use serde::Serialize;
use workvoice_domain::ids::PracticeId;
use workvoice_domain::library::PublicName;
use workvoice_domain::registry::write_table;
use workvoice_store::{PublicFilter, PublicPractice};

use crate::error::WebError;
use crate::library::browse::{LICENCE, LICENCE_URL};
use crate::state::AppState;

const COLUMNS: [&str; 17] = [
    "id",
    "language",
    "title",
    "problem",
    "solution",
    "enterprise",
    "district",
    "country",
    "technical_area",
    "sector",
    "cost_band",
    "control_level",
    "risk_before",
    "risk_after",
    "published_on",
    "url",
    "licence",
];

/// One practice in one language, as both files carry it.
#[derive(Debug, Serialize)]
struct Record {
    id: PracticeId,
    language: &'static str,
    title: String,
    problem: String,
    solution: String,
    /// The enterprise's name when it agreed to be named; empty when it is described.
    enterprise: String,
    district: String,
    country: String,
    technical_area: &'static str,
    sector: &'static str,
    cost_band: &'static str,
    control_level: Option<&'static str>,
    risk_before: Option<u8>,
    risk_after: Option<u8>,
    published_on: String,
    url: String,
}

fn records(practices: &[PublicPractice]) -> Vec<Record> {
    practices
        .iter()
        .flat_map(|p| {
            p.texts.iter().map(move |t| Record {
                id: p.id,
                language: t.language.code(),
                title: t.text.title().to_owned(),
                problem: t.text.problem().to_owned(),
                solution: t.text.solution().to_owned(),
                enterprise: match &p.name {
                    PublicName::Named(name) => name.clone(),
                    PublicName::Described { .. } => String::new(),
                },
                district: p.district.clone(),
                country: p.country.clone(),
                technical_area: p.area.code(),
                sector: p.sector.code(),
                cost_band: p.cost_band.code(),
                control_level: p.control_level.map(|c| c.code()),
                risk_before: p.before.map(|s| s.score()),
                risk_after: p.after.map(|s| s.score()),
                published_on: p
                    .published_at
                    .to_timestamp()
                    .map(|t| t.strftime("%Y-%m-%d").to_string())
                    .unwrap_or_default(),
                url: format!("/library/{}", p.id),
            })
        })
        .collect()
}

async fn everything(state: &AppState) -> Result<Vec<Record>, WebError> {
    let practices = state
        .store
        .public_practices_all(&PublicFilter::default())
        .await?;
    Ok(records(&practices))
}

fn opt<T: ToString>(v: Option<T>) -> String {
    v.map(|v| v.to_string()).unwrap_or_default()
}

pub async fn csv(State(state): State<AppState>) -> Result<Response, WebError> {
    let rows = everything(&state).await?.into_iter().map(|r| {
        vec![
            r.id.to_string(),
            r.language.to_owned(),
            r.title,
            r.problem,
            r.solution,
            r.enterprise,
            r.district,
            r.country,
            r.technical_area.to_owned(),
            r.sector.to_owned(),
            r.cost_band.to_owned(),
            opt(r.control_level),
            opt(r.risk_before),
            opt(r.risk_after),
            r.published_on,
            r.url,
            LICENCE.to_owned(),
        ]
    });
    let body = write_table(&COLUMNS, rows);
    Ok((
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8"),
            (
                header::CONTENT_DISPOSITION,
                "attachment; filename=\"workvoice-good-practices.csv\"",
            ),
            (header::CACHE_CONTROL, "public, max-age=300"),
        ],
        body,
    )
        .into_response())
}

#[derive(Serialize)]
struct Document {
    licence: &'static str,
    licence_url: &'static str,
    practices: Vec<Record>,
}

pub async fn json(State(state): State<AppState>) -> Result<Response, WebError> {
    let doc = Document {
        licence: LICENCE,
        licence_url: LICENCE_URL,
        practices: everything(&state).await?,
    };
    Ok((
        [(header::CACHE_CONTROL, "public, max-age=300")],
        axum::Json(doc),
    )
        .into_response())
}
