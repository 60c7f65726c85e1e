//! `/library`: the public good-practice library, for anyone, signed in or not. Filters by
//! technical area, sector, cost band, region and language, in pages of a few practices
//! so a basic phone loads it quickly; each practice links to its page. What it lists comes
//! from the store's public reads only (published, verified, consented).

use askama::Template;
use askama_web::WebTemplate;
use axum::Extension;
use axum::extract::{Query, State};
use axum::http::{HeaderMap, header};
use axum::response::{AppendHeaders, IntoResponse, Response};
use serde::Deserialize;
use workvoice_domain::Language;
use workvoice_domain::library::{CostBand, Sector};
use workvoice_domain::osh::TechnicalArea;
use workvoice_store::{PublicFilter, PublicPractice};

use crate::auth::current::{MaybeSession, RequestLanguage};
use crate::error::WebError;
use crate::i18n::Tr;
use crate::library::access::actor_of;
use crate::library::labels;
use crate::registry::browse::Choice;
use crate::shared::chrome::Chrome;
use crate::shared::pager::{PAGE_SIZE, Pager, page_number, pager};
use crate::state::AppState;

/// The licence the library's texts and open data are published under.
pub const LICENCE: &str = "CC BY 4.0";
pub const LICENCE_URL: &str = "https://creativecommons.org/licenses/by/4.0/";

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct BrowseQuery {
    pub area: String,
    pub sector: String,
    pub cost: String,
    pub region: String,
    pub lang: String,
    pub page: Option<i64>,
}

impl BrowseQuery {
    pub fn filter(&self) -> PublicFilter {
        PublicFilter {
            area: TechnicalArea::parse(&self.area),
            sector: Sector::parse(&self.sector),
            cost_band: CostBand::parse(&self.cost),
            region: Some(self.region.trim().to_owned()).filter(|r| !r.is_empty()),
            language: Language::parse(&self.lang),
            ..PublicFilter::default()
        }
    }

    /// The query string of the filters, without the page.
    fn query_string(&self) -> String {
        let pairs: Vec<(&str, &str)> = [
            ("area", self.area.as_str()),
            ("sector", self.sector.as_str()),
            ("cost", self.cost.as_str()),
            ("region", self.region.as_str()),
            ("lang", self.lang.as_str()),
        ]
        .into_iter()
        .filter(|(_, v)| !v.trim().is_empty())
        .collect();
        serde_urlencoded::to_string(pairs).unwrap_or_default()
    }
}

/// One practice in a list: what a reader needs to decide to open it.
pub struct Card {
    pub href: String,
    pub title: String,
    pub enterprise: String,
    pub area: String,
    pub cost: String,
    pub risk: String,
    /// The text is in another language than the reader's.
    pub other_language: Option<String>,
}

impl Card {
    pub fn new(tr: Tr, p: &PublicPractice) -> Card {
        let text = p.text(tr.language);
        Card {
            href: format!("/library/{}", p.id),
            title: text.map(|t| t.text.title().to_owned()).unwrap_or_default(),
            enterprise: labels::enterprise(tr, &p.name),
            area: tr.t(p.area.message_key()),
            cost: tr.t(p.cost_band.message_key()),
            risk: labels::risk_change(tr, p),
            other_language: text
                .filter(|t| t.language != tr.language)
                .map(|t| tr.t(t.language.message_key())),
        }
    }
}

#[derive(Template, WebTemplate)]
#[template(path = "library/browse.html")]
pub struct BrowsePage {
    pub chrome: Chrome,
    pub cards: Vec<Card>,
    pub count: String,
    pub areas: Vec<Choice>,
    pub sectors: Vec<Choice>,
    pub costs: Vec<Choice>,
    pub regions: Vec<Choice>,
    pub languages: Vec<Choice>,
    pub pager: Pager,
    pub licence: String,
    /// The signed-in user works on the library: a link to the staff pages.
    pub staff_link: bool,
}

pub async fn show(
    State(state): State<AppState>,
    session: Option<Extension<MaybeSession>>,
    RequestLanguage(language): RequestLanguage,
    headers: HeaderMap,
    Query(q): Query<BrowseQuery>,
) -> Result<Response, WebError> {
    let staff_link = session
        .as_ref()
        .and_then(|Extension(s)| s.0.as_ref())
        .is_some_and(|s| actor_of(&s.user).is_some());
    let (chrome, set_cookie) = Chrome::public(&state, session, language, &headers, "library");
    let tr = chrome.tr;
    let page = page_number(q.page);
    let found = state
        .store
        .public_practices(&q.filter(), PAGE_SIZE, (page - 1) * PAGE_SIZE)
        .await?;
    let regions = state.store.public_regions().await?;
    let mut region_choices = vec![Choice {
        value: String::new(),
        label: tr.t("library-any-region"),
        selected: q.region.trim().is_empty(),
    }];
    region_choices.extend(regions.into_iter().map(|r| Choice {
        selected: r == q.region.trim(),
        label: r.clone(),
        value: r,
    }));
    let body = BrowsePage {
        cards: found.items.iter().map(|p| Card::new(tr, p)).collect(),
        count: tr.t_count("library-count", found.total),
        areas: labels::areas(tr, &q.area, Some("library-any-area")),
        sectors: labels::sectors(tr, &q.sector, Some("library-any-sector")),
        costs: labels::cost_bands(tr, &q.cost, Some("library-any-cost")),
        regions: region_choices,
        languages: labels::languages(tr, &q.lang),
        pager: pager(
            tr,
            "/library",
            &q.query_string(),
            page,
            found.total,
            found.capped,
        ),
        licence: licence_text(tr),
        staff_link,
        chrome,
    };
    Ok((
        AppendHeaders(set_cookie.map(|c| (header::SET_COOKIE, c))),
        body,
    )
        .into_response())
}

/// "Published under CC BY 4.0: …" in the reader's language.
pub fn licence_text(tr: Tr) -> String {
    tr.t_args("library-licence", &[("licence", LICENCE.into())])
}
