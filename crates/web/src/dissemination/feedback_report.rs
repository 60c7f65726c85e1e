//! The enterprise feedback report (issue 13 item 5): one printable A4 page per enterprise
//! of a programme, in the reader's language and digits: its figures, its improvements,
//! the comparison with similar enterprises (suppressed below the minimum) and examples
//! nearby. `/osh/feedback` lists the enrolments the viewer may read; the page is
//! `/osh/feedback/{enrolment}`; [`document`] is the same report as a standalone HTML file
//! (styles inline) for `workvoice osh feedback-reports`.

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Path, State};
use workvoice_domain::dissemination::feedback_report::{Comparison, SizeBand};
use workvoice_domain::ids::EnrolmentId;
use workvoice_store::{FeedbackLine, FeedbackReport};

use crate::dissemination::access::ProgrammeReader;
use crate::error::WebError;
use crate::i18n::Tr;
use crate::osh::access::day;
use crate::osh::labels::risk;
use crate::shared::chrome::Chrome;
use crate::state::AppState;

/// The print styles of the standalone file (the page has them in the stylesheet).
const DOCUMENT_CSS: &str = include_str!("../../static/dissemination.css");

pub struct Figure {
    pub label: String,
    pub value: String,
}

pub struct Line {
    pub area: String,
    pub description: String,
    pub status: String,
    pub before: String,
    pub after: String,
    pub low_cost: bool,
    pub district: String,
}

impl Line {
    pub fn of(tr: Tr, l: &FeedbackLine) -> Line {
        Line {
            area: tr.t(l.area.message_key()),
            description: l.description.clone(),
            status: tr.t(l.status.message_key()),
            before: risk(tr, l.before),
            after: risk(tr, l.after),
            low_cost: l.low_cost,
            district: l.district.clone(),
        }
    }
}

pub struct PeerRow {
    pub label: String,
    pub own: String,
    pub median: String,
    pub standing: String,
}

/// What the page and the file both show.
pub struct FeedbackBody {
    pub tr: Tr,
    pub enterprise: String,
    pub facts: Vec<Figure>,
    pub headlines: Vec<Figure>,
    pub areas: Vec<Figure>,
    pub own: Vec<Line>,
    /// The group's description, empty when suppressed.
    pub peer_group: String,
    pub peers: Vec<PeerRow>,
    pub examples: Vec<Line>,
}

impl FeedbackBody {
    pub fn t(&self, key: &str) -> String {
        self.tr.t(key)
    }

    pub fn of(tr: Tr, r: &FeedbackReport) -> FeedbackBody {
        let e = &r.enterprise;
        let fact = |label: &str, value: String| Figure {
            label: tr.t(label),
            value,
        };
        let t = &r.tally.total;
        let mut headlines = vec![
            fact("osh-headline-verified", tr.number(t.verified)),
            fact("osh-headline-self-reported", tr.number(t.self_reported)),
            fact("osh-headline-open", tr.number(t.open)),
            fact("osh-headline-risk-reduction", tr.number(t.risk_reduction)),
            fact(
                "osh-headline-band-reductions",
                tr.number(t.band_reductions()),
            ),
        ];
        if let Some(p) = t.low_cost_percent() {
            headlines.push(fact(
                "osh-headline-low-cost",
                tr.t_args("dissemination-percent", &[("shown", tr.number(p).into())]),
            ));
        }
        let (peer_group, peers) = match &r.comparison {
            Comparison::Shown(p) => (
                format!(
                    "{} · {}",
                    tr.t(p.region.message_key()),
                    tr.t_args(
                        "dissemination-peers-enterprises",
                        &[("shown", tr.number(p.enterprises).into())]
                    )
                ),
                vec![
                    PeerRow {
                        label: tr.t("osh-headline-verified"),
                        own: tr.number(t.verified),
                        median: tr.number(p.median_verified),
                        standing: tr.t(p.verified.message_key()),
                    },
                    PeerRow {
                        label: tr.t("osh-headline-risk-reduction"),
                        own: tr.number(t.risk_reduction),
                        median: tr.number(p.median_reduction),
                        standing: tr.t(p.reduction.message_key()),
                    },
                ],
            ),
            Comparison::Suppressed => (String::new(), Vec::new()),
        };
        FeedbackBody {
            tr,
            enterprise: e.name.clone(),
            facts: vec![
                fact("osh-programme", r.programme.clone()),
                fact("osh-provider", e.provider.clone()),
                fact("dissemination-district", e.district.clone()),
                fact("dissemination-sector", e.sector.clone()),
                fact(
                    "dissemination-size",
                    tr.t(SizeBand::of(e.workers).message_key()),
                ),
                fact("dissemination-enrolled-on", day(tr, e.enrolled_on)),
            ],
            headlines,
            areas: r
                .tally
                .by_area
                .iter()
                .filter(|(_, a)| a.verified > 0)
                .map(|(area, a)| fact(area.message_key(), tr.number(a.verified)))
                .collect(),
            own: r.own.iter().map(|l| Line::of(tr, l)).collect(),
            peer_group,
            peers,
            examples: r.examples.iter().map(|l| Line::of(tr, l)).collect(),
        }
    }
}

#[derive(Template, WebTemplate)]
#[template(path = "dissemination/feedback_report.html")]
pub struct FeedbackPage {
    pub chrome: Chrome,
    pub body: FeedbackBody,
}

#[derive(Template)]
#[template(path = "dissemination/feedback_document.html")]
pub struct FeedbackDocument<'a> {
    pub lang: &'a str,
    pub css: &'a str,
    pub generated: String,
    pub body: FeedbackBody,
}

/// The report as one standalone HTML file (no external asset), in `tr`'s language.
pub fn document(tr: Tr, report: &FeedbackReport, generated: jiff::civil::Date) -> String {
    FeedbackDocument {
        lang: tr.language.code(),
        css: DOCUMENT_CSS,
        generated: day(tr, generated),
        body: FeedbackBody::of(tr, report),
    }
    .render()
    .unwrap_or_default()
}

pub struct EnrolmentLink {
    pub href: String,
    pub enterprise: String,
    pub programme: String,
    pub provider: String,
}

#[derive(Template, WebTemplate)]
#[template(path = "dissemination/feedback_list.html")]
pub struct FeedbackList {
    pub chrome: Chrome,
    pub enrolments: Vec<EnrolmentLink>,
}

pub async fn list(
    State(state): State<AppState>,
    ProgrammeReader(user): ProgrammeReader,
) -> Result<FeedbackList, WebError> {
    let enrolments = state
        .store
        .enrolments(user.scope)
        .await?
        .into_iter()
        .map(|e| EnrolmentLink {
            href: format!("/osh/feedback/{}", e.id),
            enterprise: e.workplace,
            programme: e.programme,
            provider: e.provider,
        })
        .collect();
    Ok(FeedbackList {
        chrome: user.chrome("osh_feedback"),
        enrolments,
    })
}

pub async fn show(
    State(state): State<AppState>,
    ProgrammeReader(user): ProgrammeReader,
    Path(id): Path<EnrolmentId>,
) -> Result<FeedbackPage, WebError> {
    let report = state
        .store
        .feedback_report(user.scope, id, state.config.suppression_min)
        .await?;
    Ok(FeedbackPage {
        chrome: user.chrome("osh_feedback"),
        body: FeedbackBody::of(user.tr(), &report),
    })
}
