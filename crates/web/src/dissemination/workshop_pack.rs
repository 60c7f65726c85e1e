//! The achievement workshop pack (issue 13 item 6): for a workshop, each presenting
//! enterprise on its own printable page with its figures and the before/after photo
//! pairs of its verified improvements (photos consented for the programme at least).
//! Readers are those of the meeting: every provider's staff and the programme, and an
//! enterprise owner for a workshop it presented at.

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Path, State};
use axum::response::Response;
use workvoice_domain::ids::{MeetingId, PhotoId};

use crate::dissemination::access::ProgrammeReader;
use crate::dissemination::feedback_report::{Figure, Line};
use crate::error::WebError;
use crate::osh::access::day;
use crate::osh::photos::serve_photo;
use crate::shared::chrome::Chrome;
use crate::state::AppState;

pub struct PackPairView {
    pub line: Line,
    pub before: Option<String>,
    pub after: Option<String>,
}

pub struct PackEnterpriseView {
    pub name: String,
    pub district: String,
    pub figures: Vec<Figure>,
    pub pairs: Vec<PackPairView>,
}

#[derive(Template, WebTemplate)]
#[template(path = "dissemination/workshop_pack.html")]
pub struct PackPage {
    pub chrome: Chrome,
    pub title: String,
    pub place: String,
    pub back: String,
    pub enterprises: Vec<PackEnterpriseView>,
}

pub async fn show(
    State(state): State<AppState>,
    ProgrammeReader(user): ProgrammeReader,
    Path(id): Path<MeetingId>,
) -> Result<PackPage, WebError> {
    let tr = user.tr();
    let pack = state.store.workshop_pack(user.scope, id).await?;
    let photo = |p: Option<PhotoId>| p.map(|p| format!("/osh/meetings/{id}/pack/photos/{p}"));
    let figure = |label: &str, value: i64| Figure {
        label: tr.t(label),
        value: tr.number(value),
    };
    let r = &pack.meeting.record;
    Ok(PackPage {
        chrome: user.chrome("osh_meetings"),
        title: format!(
            "{} · {}",
            tr.t("dissemination-pack-title"),
            day(tr, r.held_on)
        ),
        place: r.place.clone(),
        back: format!("/osh/meetings/{id}"),
        enterprises: pack
            .enterprises
            .iter()
            .map(|e| PackEnterpriseView {
                name: e.name.clone(),
                district: e.district.clone(),
                figures: vec![
                    figure("osh-headline-verified", e.tally.total.verified),
                    figure("osh-headline-risk-reduction", e.tally.total.risk_reduction),
                    figure(
                        "osh-headline-band-reductions",
                        e.tally.total.band_reductions(),
                    ),
                ],
                pairs: e
                    .pairs
                    .iter()
                    .map(|p| PackPairView {
                        line: Line::of(tr, &p.improvement),
                        before: photo(p.before),
                        after: photo(p.after),
                    })
                    .collect(),
            })
            .collect(),
    })
}

pub async fn photo(
    State(state): State<AppState>,
    ProgrammeReader(user): ProgrammeReader,
    Path((meeting, photo)): Path<(MeetingId, PhotoId)>,
) -> Result<Response, WebError> {
    let photo = state
        .store
        .workshop_pack_photo(user.scope, meeting, photo)
        .await?;
    serve_photo(&state, &photo).await
}
