//! Choosing a workplace on a form by typing its name: suggestions as you type (a
//! `<datalist>` filled by a small script) and, on submit, resolving the text to one
//! workplace. Works without JavaScript: typing the full name is enough.

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Query, State};
use workvoice_store::{Store, StoreError, Workplace};

use crate::auth::current::Staff;
use crate::error::WebError;
use crate::state::AppState;
use workvoice_domain::ids::WorkplaceId;

/// How a suggestion is written into the field: the name, plus the id when the name alone
/// would be ambiguous.
fn field_text(w: &Workplace, duplicate: bool) -> String {
    if duplicate {
        format!("{} (#{})", w.name, w.id)
    } else {
        w.name.clone()
    }
}

/// `Ok(None)` for an empty field, `Ok(Some(id))` for one workplace, `Err(message key)`
/// when the text names none or several.
pub async fn resolve_workplace(
    store: &Store,
    text: &str,
) -> Result<Result<Option<WorkplaceId>, &'static str>, StoreError> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(Ok(None));
    }
    if let Some(id) = text
        .strip_suffix(')')
        .and_then(|t| t.rsplit_once("(#"))
        .and_then(|(_, id)| id.parse::<WorkplaceId>().ok())
    {
        return Ok(match store.workplace(id).await {
            Ok(w) => Ok(Some(w.id)),
            Err(StoreError::NotFound) => Err("error-workplace-unknown"),
            Err(e) => return Err(e),
        });
    }
    let found = store.workplaces_named(text).await?;
    Ok(match found.as_slice() {
        [one] => Ok(Some(one.id)),
        [] => Err("error-workplace-unknown"),
        _ => Err("error-workplace-ambiguous"),
    })
}

#[derive(serde::Deserialize)]
pub struct SuggestQuery {
    #[serde(default)]
    q: String,
}

pub struct Suggestion {
    value: String,
    label: String,
}

#[derive(Template, WebTemplate)]
#[template(
    source = "{% for s in items %}<option value=\"{{ s.value }}\">{{ s.label }}</option>{% endfor %}",
    ext = "html"
)]
pub struct Suggestions {
    items: Vec<Suggestion>,
}

/// `<option>` elements for the workplace datalist.
pub async fn suggest(
    State(state): State<AppState>,
    _staff: Staff,
    Query(query): Query<SuggestQuery>,
) -> Result<Suggestions, WebError> {
    if query.q.trim().chars().count() < 2 {
        return Ok(Suggestions { items: Vec::new() });
    }
    let page = state.store.search_workplaces(&query.q, 12, 0).await?;
    let items = page
        .items
        .iter()
        .map(|w| {
            let duplicate = page.items.iter().filter(|o| o.name == w.name).count() > 1;
            Suggestion {
                value: field_text(w, duplicate),
                label: format!("{} · {}", w.district, w.country),
            }
        })
        .collect();
    Ok(Suggestions { items })
}
