//! The brand's counts (`/org/brand`): cases per supplier workplace and top-level category,
//! with small counts suppressed (`workvoice_domain::suppression`) so a count cannot point
//! at one or two workers. Only per-workplace totals are shown, and only when they cannot
//! give back a hidden cell.

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::State;
use workvoice_domain::suppression::{suppress, suppress_total};
use workvoice_store::Scope;

use crate::error::WebError;
use crate::i18n::Tr;
use crate::shared::chrome::Chrome;

use crate::org::access::{OrgUser, chrome};
use crate::shared::labels;
use crate::state::AppState;

pub struct CountRow {
    pub workplace: String,
    pub category: String,
    pub count: String,
    pub total: bool,
}

#[derive(Template, WebTemplate)]
#[template(path = "org/brand_counts.html")]
pub struct BrandCountsPage {
    chrome: Chrome,
    is_brand: bool,
    hint: String,
    rows: Vec<CountRow>,
}

fn shown(tr: Tr, value: Option<i64>, min: i64) -> String {
    value.map_or_else(
        || tr.t_args("org-counts-fewer", &[("min", tr.number(min).into())]),
        |n| tr.number(n),
    )
}

/// Rows of the table, grouped by workplace: each category, then the workplace's total.
pub fn count_rows(
    tr: Tr,
    counts: &[(String, String, i64)],
    min: i64,
    category_label: impl Fn(&str) -> String,
) -> Vec<CountRow> {
    let mut rows = Vec::new();
    let mut start = 0;
    while start < counts.len() {
        let workplace = &counts[start].0;
        let end = counts[start..]
            .iter()
            .position(|(w, _, _)| w != workplace)
            .map_or(counts.len(), |p| start + p);
        let group = &counts[start..end];
        for (w, category, n) in group {
            rows.push(CountRow {
                workplace: w.clone(),
                category: category_label(category),
                count: shown(tr, suppress(*n, min), min),
                total: false,
            });
        }
        let cells: Vec<i64> = group.iter().map(|(_, _, n)| *n).collect();
        rows.push(CountRow {
            workplace: workplace.clone(),
            category: tr.t("org-counts-total"),
            // A hidden total may well be large: say it is withheld, not "fewer than".
            count: suppress_total(&cells, min)
                .map_or_else(|| tr.t("org-counts-withheld"), |n| tr.number(n)),
            total: true,
        });
        start = end;
    }
    rows
}

pub async fn counts(
    State(state): State<AppState>,
    org: OrgUser,
) -> Result<BrandCountsPage, WebError> {
    let Scope::Brand { organisation_id } = org.scope else {
        return Err(WebError::NotFound);
    };
    let tr = org.tr();
    let min = state.config.suppression_min;
    let categories = state.store.categories().await?;
    let counts = state.store.brand_counts(organisation_id).await?;
    Ok(BrandCountsPage {
        chrome: chrome(&org, "org-counts"),
        is_brand: true,
        hint: tr.t_args("org-counts-hint", &[("min", tr.number(min).into())]),
        rows: count_rows(tr, &counts, min, |code| {
            labels::category(tr, code, &categories)
        }),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use workvoice_domain::Language;

    #[test]
    fn small_cells_and_revealing_totals_are_hidden() {
        let tr = Tr::new(Language::En);
        let counts = vec![
            ("A".to_owned(), "wages".to_owned(), 12),
            ("A".to_owned(), "abuse".to_owned(), 2),
            ("B".to_owned(), "wages".to_owned(), 6),
            ("B".to_owned(), "osh".to_owned(), 7),
        ];
        let rows = count_rows(tr, &counts, 5, str::to_owned);
        let texts: Vec<(&str, &str, &str)> = rows
            .iter()
            .map(|r| (r.workplace.as_str(), r.category.as_str(), r.count.as_str()))
            .collect();
        assert_eq!(
            texts,
            vec![
                ("A", "wages", "12"),
                ("A", "abuse", "fewer than 5"),
                ("A", "All categories", "withheld"),
                ("B", "wages", "6"),
                ("B", "osh", "7"),
                ("B", "All categories", "13"),
            ]
        );
    }
}
