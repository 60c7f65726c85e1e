//! Newsletters (issue 13 item 4): one per programme and month with the programme's
//! figures as they stood when it was made, the practices chosen from the public library
//! and the programme's coming achievement workshops.
//!
//! - `/newsletters` (the archive) and `/newsletters/{id}` (the page, printable as A4,
//!   with its SMS digest in each language): everyone who reads the OSH programme.
//! - `/newsletters/{id}/email`: the same issue as one e-mail-ready HTML file (inline
//!   styles, table layout, no image or other external asset), downloaded to paste into
//!   a mailing tool.
//! - `/newsletters/new` → `POST /newsletters`: supervisors, administrators and programme
//!   managers make an issue.

use askama::Template;
use askama_web::WebTemplate;
use axum::Form;
use axum::extract::{Path, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use workvoice_domain::dissemination::newsletter::{sms_digest, sms_size};
use workvoice_domain::ids::{NewsletterId, PracticeId, ProgrammeId};
use workvoice_domain::reports::YearMonth;
use workvoice_domain::{FieldErrors, Language};
use workvoice_store::{NEWSLETTER_MAX_PRACTICES, NewNewsletter, Newsletter, PublicFilter};

use crate::auth::roles::ProgrammeStaff;
use crate::dissemination::access::ProgrammeReader;
use crate::dissemination::feedback_report::Figure;
use crate::error::WebError;
use crate::i18n::Tr;
use crate::osh::access::day;
use crate::registry::browse::Choice;
use crate::shared::chrome::Chrome;
use crate::state::AppState;

/// Public practices offered on the form.
const PRACTICE_CHOICES: i64 = 100;

pub struct PracticeView {
    pub href: String,
    pub title: String,
    pub area: String,
    pub district: String,
    pub problem: String,
    pub solution: String,
}

pub struct Digest {
    pub language: String,
    pub text: String,
    /// "42 / 70": what it costs of one SMS.
    pub size: String,
}

/// What the page and the e-mail both show, in one language.
pub struct NewsletterBody {
    pub tr: Tr,
    pub title: String,
    pub introduction: String,
    pub figures: Vec<Figure>,
    pub practices: Vec<PracticeView>,
    pub workshops: Vec<Figure>,
}

impl NewsletterBody {
    pub fn t(&self, key: &str) -> String {
        self.tr.t(key)
    }

    fn of(tr: Tr, n: &Newsletter) -> NewsletterBody {
        let f = &n.figures;
        let figure = |label: &str, value: i64| Figure {
            label: tr.t(label),
            value: tr.number(value),
        };
        let mut figures = vec![
            figure("dissemination-newsletter-enterprises", f.enterprises),
            figure("osh-headline-verified", f.verified),
            figure("osh-headline-risk-reduction", f.risk_reduction),
            figure("osh-headline-band-reductions", f.band_reductions),
        ];
        if let Some(p) = f.low_cost_percent {
            figures.push(Figure {
                label: tr.t("osh-headline-low-cost"),
                value: tr.t_args("dissemination-percent", &[("shown", tr.number(p).into())]),
            });
        }
        NewsletterBody {
            tr,
            title: title(tr, n),
            introduction: n.introduction.clone(),
            figures,
            practices: n
                .practices
                .iter()
                .filter_map(|p| {
                    let text = p.text(tr.language)?;
                    Some(PracticeView {
                        href: format!("/library/{}", p.id),
                        title: text.text.title().to_owned(),
                        area: tr.t(p.area.message_key()),
                        district: p.district.clone(),
                        problem: text.text.problem().to_owned(),
                        solution: text.text.solution().to_owned(),
                    })
                })
                .collect(),
            workshops: n
                .workshops
                .iter()
                .map(|w| Figure {
                    label: day(tr, w.held_on),
                    value: w.place.clone(),
                })
                .collect(),
        }
    }
}

fn title(tr: Tr, n: &Newsletter) -> String {
    format!(
        "{} · {} · {}",
        tr.t("dissemination-newsletter-title"),
        n.summary.programme,
        tr.digits(&n.summary.period.label())
    )
}

/// The SMS digest of `n` in `tr`'s language: the headline, then the risk figure, the
/// first practice's title and the next workshop, as many as fit one SMS.
pub fn digest(tr: Tr, n: &Newsletter) -> String {
    let mut pieces = vec![tr.t_args(
        "dissemination-sms-headline",
        &[
            ("programme", n.summary.programme.clone().into()),
            ("month", tr.digits(&n.summary.period.label()).into()),
            ("shown", tr.number(n.figures.verified).into()),
        ],
    )];
    pieces.push(tr.t_args(
        "dissemination-sms-reduction",
        &[("shown", tr.number(n.figures.risk_reduction).into())],
    ));
    if let Some(text) = n.practices.first().and_then(|p| p.text(tr.language)) {
        pieces.push(text.text.title().to_owned());
    }
    if let Some(w) = n.workshops.first() {
        pieces.push(tr.t_args(
            "dissemination-sms-workshop",
            &[("when", day(tr, w.held_on).into())],
        ));
    }
    sms_digest(&pieces, "; ")
}

#[derive(Template, WebTemplate)]
#[template(path = "dissemination/newsletter.html")]
pub struct NewsletterPage {
    pub chrome: Chrome,
    pub body: NewsletterBody,
    pub email: String,
    pub digests: Vec<Digest>,
}

#[derive(Template)]
#[template(path = "dissemination/newsletter_email.html")]
pub struct NewsletterEmail {
    pub lang: &'static str,
    pub body: NewsletterBody,
}

pub struct ArchiveRow {
    pub href: String,
    pub month: String,
    pub programme: String,
}

#[derive(Template, WebTemplate)]
#[template(path = "dissemination/newsletter_archive.html")]
pub struct ArchivePage {
    pub chrome: Chrome,
    pub rows: Vec<ArchiveRow>,
    pub may_create: bool,
}

pub async fn archive(
    State(state): State<AppState>,
    ProgrammeReader(user): ProgrammeReader,
) -> Result<ArchivePage, WebError> {
    let tr = user.tr();
    let rows = state
        .store
        .newsletters()
        .await?
        .into_iter()
        .map(|n| ArchiveRow {
            href: format!("/newsletters/{}", n.id),
            month: tr.digits(&n.period.label()),
            programme: n.programme,
        })
        .collect();
    Ok(ArchivePage {
        may_create: user.user.role.runs_awareness_programme()
            && user.user.organisation_kind == workvoice_domain::OrgKind::Helpline,
        chrome: user.chrome("newsletters"),
        rows,
    })
}

pub async fn show(
    State(state): State<AppState>,
    ProgrammeReader(user): ProgrammeReader,
    Path(id): Path<NewsletterId>,
) -> Result<NewsletterPage, WebError> {
    let n = state.store.newsletter(id).await?;
    let tr = user.tr();
    let digests = Language::ALL
        .into_iter()
        .map(|language| {
            let text = digest(Tr::new(language), &n);
            let (size, limit) = sms_size(&text);
            let count = |n: usize| tr.number(i64::try_from(n).unwrap_or(i64::MAX));
            Digest {
                language: Tr::native_name(language),
                size: format!("{} / {}", count(size), count(limit)),
                text,
            }
        })
        .collect();
    Ok(NewsletterPage {
        chrome: user.chrome("newsletters"),
        body: NewsletterBody::of(tr, &n),
        email: format!("/newsletters/{id}/email"),
        digests,
    })
}

pub async fn email(
    State(state): State<AppState>,
    ProgrammeReader(user): ProgrammeReader,
    Path(id): Path<NewsletterId>,
) -> Result<Response, WebError> {
    let n = state.store.newsletter(id).await?;
    let tr = user.tr();
    let html = NewsletterEmail {
        lang: tr.language.code(),
        body: NewsletterBody::of(tr, &n),
    }
    .render()?;
    Ok((
        [
            (header::CONTENT_TYPE, "text/html; charset=utf-8".to_owned()),
            (
                header::CONTENT_DISPOSITION,
                format!(
                    "attachment; filename=\"newsletter-{id}-{}.html\"",
                    tr.language.code()
                ),
            ),
        ],
        html,
    )
        .into_response())
}

#[derive(Debug, Clone, Default)]
pub struct NewsletterForm {
    pub programme: String,
    pub month: String,
    pub introduction: String,
    pub practices: Vec<String>,
}

pub struct PracticeChoice {
    pub value: String,
    pub label: String,
    pub checked: bool,
}

#[derive(Template, WebTemplate)]
#[template(path = "dissemination/newsletter_form.html")]
pub struct NewsletterFormPage {
    pub chrome: Chrome,
    pub form: NewsletterForm,
    pub errors: FieldErrors,
    pub programmes: Vec<Choice>,
    pub practices: Vec<PracticeChoice>,
}

impl NewsletterFormPage {
    pub fn error(&self, field: &str) -> String {
        self.errors
            .get(field)
            .map(|k| self.chrome.t(k))
            .unwrap_or_default()
    }
}

async fn form_page(
    state: &AppState,
    staff: &crate::auth::current::Staff,
    form: NewsletterForm,
    errors: FieldErrors,
) -> Result<NewsletterFormPage, WebError> {
    let tr = staff.tr();
    let programmes = state
        .store
        .programmes()
        .await?
        .into_iter()
        .map(|p| Choice {
            selected: p.id.to_string() == form.programme.trim(),
            value: p.id.to_string(),
            label: p.name,
        })
        .collect();
    let practices = state
        .store
        .public_practices(&PublicFilter::default(), PRACTICE_CHOICES, 0)
        .await?
        .items
        .into_iter()
        .map(|p| {
            let value = p.id.to_string();
            PracticeChoice {
                checked: form.practices.iter().any(|c| c.trim() == value),
                label: format!(
                    "{} · {} · {}",
                    p.text(tr.language)
                        .map(|t| t.text.title().to_owned())
                        .unwrap_or_default(),
                    tr.t(p.area.message_key()),
                    p.district
                ),
                value,
            }
        })
        .collect();
    Ok(NewsletterFormPage {
        chrome: Chrome::staff(staff, "newsletters"),
        form,
        errors,
        programmes,
        practices,
    })
}

pub async fn new(
    State(state): State<AppState>,
    ProgrammeStaff(staff): ProgrammeStaff,
) -> Result<NewsletterFormPage, WebError> {
    let month = crate::reports::filters::this_month(&state).label();
    let form = NewsletterForm {
        month,
        ..NewsletterForm::default()
    };
    form_page(&state, &staff, form, FieldErrors::default()).await
}

fn parse(form: &NewsletterForm) -> Result<NewNewsletter, FieldErrors> {
    let mut errors = FieldErrors::default();
    let programme = form.programme.trim().parse::<ProgrammeId>().ok();
    if programme.is_none() {
        errors.push("programme", "error-invalid-choice");
    }
    let period = YearMonth::parse(&form.month);
    if period.is_none() {
        errors.push("month", "reports-error-month");
    }
    let practices: Vec<PracticeId> = form
        .practices
        .iter()
        .filter_map(|p| p.trim().parse().ok())
        .collect();
    if practices.len() > NEWSLETTER_MAX_PRACTICES {
        errors.push("practices", "dissemination-error-too-many");
    }
    match (programme, period) {
        (Some(programme), Some(period)) if errors.is_empty() => Ok(NewNewsletter {
            programme,
            period,
            introduction: form.introduction.trim().to_owned(),
            practices,
        }),
        _ => Err(errors),
    }
}

pub async fn create(
    State(state): State<AppState>,
    ProgrammeStaff(staff): ProgrammeStaff,
    Form(fields): Form<Vec<(String, String)>>,
) -> Result<Response, WebError> {
    let mut form = NewsletterForm::default();
    for (name, value) in fields {
        match name.as_str() {
            "programme" => form.programme = value,
            "month" => form.month = value,
            "introduction" => form.introduction = value,
            "practices" => form.practices.push(value),
            _ => {}
        }
    }
    let errors = match parse(&form) {
        Ok(new) => match state
            .store
            .create_newsletter(&new, staff.user.id, state.time())
            .await
        {
            Ok(id) => return Ok(Redirect::to(&format!("/newsletters/{id}")).into_response()),
            Err(workvoice_store::StoreError::Invalid(errors)) => errors,
            Err(workvoice_store::StoreError::Conflict(_)) => {
                let mut e = FieldErrors::default();
                e.push("month", "dissemination-error-newsletter-exists");
                e
            }
            Err(e) => return Err(e.into()),
        },
        Err(errors) => errors,
    };
    let page = form_page(&state, &staff, form, errors).await?;
    Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response())
}
