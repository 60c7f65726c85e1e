//! `/reports/scorecard`: the effectiveness scorecard (issue 12 item 3), computed live
//! for the dashboard's period and filter: one line per UN Guiding Principle 31
//! criterion with its measure, the counts behind it and a rating
//! (`domain::reports::scorecard`, where the thresholds are documented); and the same
//! lines as CSV (`/reports/scorecard.csv`).

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Query, State};
use axum::response::Response;
use workvoice_domain::reports::{ScorecardInputs, scorecard};

use crate::auth::roles::ProgrammeStaff;
use crate::error::WebError;
use crate::reports::export::send;
use crate::reports::filters::{FilterForm, FilterQuery, answer, choose, export_figures, figures};
use crate::reports::tables::Writer;
use crate::shared::chrome::Chrome;
use crate::state::AppState;

pub struct Line {
    pub code: &'static str,
    pub criterion: String,
    pub measure: String,
    pub value: String,
    pub counts: String,
    pub rating_code: &'static str,
    pub rating: String,
}

#[derive(Template, WebTemplate)]
#[template(path = "reports/scorecard.html")]
pub struct ScorecardPage {
    pub chrome: Chrome,
    pub filter_form: FilterForm,
    pub lines: Vec<Line>,
    pub export_query: String,
}

/// One line per criterion, its numbers written by `w`.
fn lines(w: Writer, inputs: &ScorecardInputs) -> Vec<Line> {
    let tr = w.tr;
    scorecard(inputs)
        .into_iter()
        .map(|l| {
            let code = l.criterion.code();
            Line {
                code,
                criterion: tr.t(l.criterion.message_key()),
                measure: tr.t(&format!("reports-measure-{code}")),
                value: w.percent(l.percent),
                counts: format!("{} / {}", w.n(l.numerator), w.n(l.denominator)),
                rating_code: l.rating.code(),
                rating: tr.t(l.rating.message_key()),
            }
        })
        .collect()
}

/// `/reports/scorecard.csv`: the scorecard of the page's period and filter as CSV, with
/// the page's columns in the reader's language and plain digits, audit-logged.
pub async fn csv(
    State(state): State<AppState>,
    ProgrammeStaff(staff): ProgrammeStaff,
    Query(q): Query<FilterQuery>,
) -> Result<Response, WebError> {
    let (chosen, d) = export_figures(&state, &q).await?;
    let tr = staff.tr();
    let heads: Vec<String> = [
        "reports-criterion",
        "reports-measure",
        "reports-value",
        "reports-counts",
        "reports-rating",
    ]
    .into_iter()
    .map(|k| tr.t(k))
    .collect();
    let rows = lines(Writer { tr, plain: true }, &d.scorecard)
        .into_iter()
        .map(|l| vec![l.criterion, l.measure, l.value, l.counts, l.rating])
        .collect();
    send(
        &state,
        staff.user.id,
        "scorecard",
        &chosen.period,
        &heads,
        rows,
    )
    .await
}

pub async fn show(
    State(state): State<AppState>,
    ProgrammeStaff(staff): ProgrammeStaff,
    Query(q): Query<FilterQuery>,
) -> Result<Response, WebError> {
    let tr = staff.tr();
    let chosen = choose(&state, &q)?;
    let d = figures(&state, &chosen).await?;
    let page = ScorecardPage {
        chrome: Chrome::staff(&staff, "reports"),
        export_query: q.query_string(),
        lines: lines(Writer { tr, plain: false }, &d.scorecard),
        filter_form: FilterForm::new(&state, tr, q, "/reports/scorecard", &chosen).await?,
    };
    Ok(answer(&chosen, page))
}
