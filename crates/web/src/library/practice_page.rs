//! `/library/{id}`: one good practice for anyone — the problem, the solution, the
//! enterprise as it chose to appear, the technical area, sector, cost and the change in
//! risk, with its before and after photos (served by [`crate::library::photos`]), in the
//! reader's language where a translation exists. A practice the public may not see is the
//! same 404 as one that does not exist.

use askama::Template;
use askama_web::WebTemplate;
use axum::Extension;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, header};
use axum::response::{AppendHeaders, IntoResponse, Response};
use workvoice_domain::ids::PracticeId;
use workvoice_domain::osh::PhotoPhase;
use workvoice_store::{PublicPhoto, PublicPractice};

use crate::auth::current::{MaybeSession, RequestLanguage};
use crate::error::WebError;
use crate::i18n::Tr;
use crate::library::browse::{LICENCE_URL, licence_text};
use crate::library::labels;
use crate::osh::labels::band_class;
use crate::shared::chrome::Chrome;
use crate::state::AppState;

pub struct Fact {
    pub label: String,
    pub value: String,
}

/// A practice as a page or a leaflet shows it.
pub struct Shown {
    pub id: PracticeId,
    pub title: String,
    pub problem: String,
    pub solution: String,
    pub enterprise: String,
    pub facts: Vec<Fact>,
    pub before_photos: Vec<PhotoId>,
    pub after_photos: Vec<PhotoId>,
    pub after_class: &'static str,
    /// The text is in another language than the reader's (no translation yet).
    pub other_language: Option<String>,
}

pub type PhotoId = workvoice_domain::ids::PhotoId;

impl Shown {
    pub fn new(tr: Tr, p: &PublicPractice, photos: &[PublicPhoto]) -> Shown {
        let text = p.text(tr.language);
        let of = |phase| {
            photos
                .iter()
                .filter(|ph| ph.phase == phase)
                .map(|ph| ph.id)
                .collect()
        };
        let mut facts = vec![
            Fact {
                label: tr.t("library-area"),
                value: tr.t(p.area.message_key()),
            },
            Fact {
                label: tr.t("library-sector"),
                value: tr.t(p.sector.message_key()),
            },
            Fact {
                label: tr.t("library-cost"),
                value: tr.t(p.cost_band.message_key()),
            },
            Fact {
                label: tr.t("library-risk-change"),
                value: labels::risk_change(tr, p),
            },
        ];
        if let Some(level) = p.control_level {
            facts.push(Fact {
                label: tr.t("library-control-level"),
                value: tr.t(level.message_key()),
            });
        }
        Shown {
            id: p.id,
            title: text.map(|t| t.text.title().to_owned()).unwrap_or_default(),
            problem: text
                .map(|t| t.text.problem().to_owned())
                .unwrap_or_default(),
            solution: text
                .map(|t| t.text.solution().to_owned())
                .unwrap_or_default(),
            enterprise: labels::enterprise(tr, &p.name),
            facts,
            before_photos: of(PhotoPhase::Before),
            after_photos: of(PhotoPhase::After),
            after_class: band_class(p.after),
            other_language: text
                .filter(|t| t.language != tr.language)
                .map(|t| tr.t(t.language.message_key())),
        }
    }
}

#[derive(Template, WebTemplate)]
#[template(path = "library/practice.html")]
pub struct PracticePage {
    pub chrome: Chrome,
    pub p: Shown,
    pub licence: String,
    pub licence_url: &'static str,
}

pub async fn show(
    State(state): State<AppState>,
    session: Option<Extension<MaybeSession>>,
    RequestLanguage(language): RequestLanguage,
    headers: HeaderMap,
    Path(id): Path<PracticeId>,
) -> Result<Response, WebError> {
    let practice = state.store.public_practice(id).await?;
    let photos = state.store.public_practice_photos(id).await?;
    let (chrome, set_cookie) = Chrome::public(&state, session, language, &headers, "library");
    let tr = chrome.tr;
    let page = PracticePage {
        p: Shown::new(tr, &practice, &photos),
        licence: licence_text(tr),
        licence_url: LICENCE_URL,
        chrome,
    };
    Ok((
        AppendHeaders(set_cookie.map(|c| (header::SET_COOKIE, c))),
        page,
    )
        .into_response())
}
