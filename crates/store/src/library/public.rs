//! What anyone may read of the library: the public pages, the open-data files and the
//! leaflets, and what the newsletters select. Every query here adds [`public_rule`] to its
//! SQL, the same rule as `workvoice_domain::library::may_be_public`: published, the
//! improvement verified by a method other than the enterprise's own report, and the
//! enterprise's consent on record and not withdrawn. A described enterprise's name is not
//! even selected. Photos come out only with public consent and only of a public practice.

use workvoice_domain::Language;
use workvoice_domain::Millis;
use workvoice_domain::ids::{PhotoId, PracticeId, ProgrammeId};
use workvoice_domain::library::{CostBand, Naming, PublicName, ReviewState, Sector, public_name};
use workvoice_domain::osh::{
    ControlLevel, ImprovementStatus, PhotoPhase, PublicationConsent, RiskScore, TechnicalArea,
    VerificationMethod,
};

use super::{Translation, text_in, texts_for, texts_of};
use crate::Store;
use crate::db::{StoredTime, code, found, get, opt_code, opt_row_id, page, row_id, rows, time};
use crate::error::{Result, StoreError};
use crate::osh::improvements::risk;
use crate::query::Query;
use crate::registry::workplaces::Page;

/// Appends ` AND <the public rule>` over `library_practices p` joined to
/// `osh_improvements i`.
fn public_rule(q: &mut Query) {
    q.push(" AND p.state = ")
        .bind(ReviewState::Published.code());
    q.push(" AND i.status = ")
        .bind(ImprovementStatus::Verified.code());
    q.push(" AND i.verification IN (");
    let verifying = VerificationMethod::ALL.into_iter().filter(|m| m.verifies());
    for (n, method) in verifying.enumerate() {
        if n > 0 {
            q.push(", ");
        }
        q.bind(method.code());
    }
    q.push(") AND EXISTS (SELECT 1 FROM library_consents c WHERE c.improvement_id = p.improvement_id AND c.withdrawn_at IS NULL)");
}

const FROM: &str = " FROM library_practices p JOIN osh_improvements i ON i.id = p.improvement_id JOIN workplaces w ON w.id = p.workplace_id WHERE 1 = 1";

/// A practice as the public sees it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PublicPractice {
    pub id: PracticeId,
    pub area: TechnicalArea,
    pub control_level: Option<ControlLevel>,
    pub sector: Sector,
    pub cost_band: CostBand,
    /// The enterprise's name, or its description from sector and district.
    pub name: PublicName,
    pub district: String,
    /// `BD` or `VN`.
    pub country: String,
    pub before: Option<RiskScore>,
    pub after: Option<RiskScore>,
    pub published_at: Millis,
    pub programme_id: Option<ProgrammeId>,
    /// Every language it is written in, English first.
    pub texts: Vec<Translation>,
}

impl PublicPractice {
    /// The text in `language`, else English, else any.
    pub fn text(&self, language: Language) -> Option<&Translation> {
        text_in(&self.texts, language)
    }
}

/// A before or after photo of a public practice, consented for the public.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PublicPhoto {
    pub id: PhotoId,
    pub practice_id: PracticeId,
    pub phase: PhotoPhase,
    pub stored_name: String,
    pub content_type: String,
    pub width: i64,
    pub height: i64,
}

/// Narrows the public library; every field empty means everything public.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PublicFilter {
    pub area: Option<TechnicalArea>,
    pub sector: Option<Sector>,
    pub cost_band: Option<CostBand>,
    /// A district (Bangladesh) or province (Vietnam), as the registry writes it.
    pub region: Option<String>,
    /// Written in this language.
    pub language: Option<Language>,
    pub programme: Option<ProgrammeId>,
    /// Only these practices (a leaflet of several); empty: no such limit.
    pub ids: Vec<PracticeId>,
    /// Published at or after / before these instants (epoch ms): a newsletter's period.
    pub published_from: Option<Millis>,
    pub published_before: Option<Millis>,
}

impl PublicFilter {
    fn apply(&self, q: &mut Query) {
        public_rule(q);
        if let Some(area) = self.area {
            q.push(" AND i.area = ").bind(area.code());
        }
        if let Some(sector) = self.sector {
            q.push(" AND p.sector = ").bind(sector.code());
        }
        if let Some(band) = self.cost_band {
            q.push(" AND p.cost_band = ").bind(band.code());
        }
        if let Some(region) = self
            .region
            .as_deref()
            .map(str::trim)
            .filter(|r| !r.is_empty())
        {
            q.push(" AND w.district = ").bind(region.to_owned());
        }
        if let Some(language) = self.language {
            q.push(" AND EXISTS (SELECT 1 FROM library_texts t WHERE t.practice_id = p.id AND t.language = ")
                .bind(language.code())
                .push(")");
        }
        if let Some(programme) = self.programme {
            q.push(" AND p.programme_id = ").bind(programme.get());
        }
        if !self.ids.is_empty() {
            q.push(" AND p.id IN (");
            for (n, id) in self.ids.iter().enumerate() {
                if n > 0 {
                    q.push(", ");
                }
                q.bind(id.get());
            }
            q.push(")");
        }
        if let Some(from) = self.published_from {
            q.push(" AND p.published_at >= ").bind(from.value());
        }
        if let Some(before) = self.published_before {
            q.push(" AND p.published_at < ").bind(before.value());
        }
    }
}

fn select() -> String {
    format!(
        "SELECT p.id, i.area, i.control_level, p.sector, p.cost_band, p.naming, \
         CASE WHEN p.naming = '{named}' THEN w.name ELSE '' END AS shown_name, w.district, w.country, \
         i.before_likelihood, i.before_severity, i.after_likelihood, i.after_severity, p.published_at, p.programme_id",
        named = Naming::Named.code()
    )
}

fn decode(row: &sea_orm::QueryResult) -> Result<PublicPractice> {
    let naming: Naming = code(row, "naming")?;
    let sector: Sector = code(row, "sector")?;
    let district: String = get(row, "district")?;
    let shown: String = get(row, "shown_name")?;
    Ok(PublicPractice {
        id: row_id(row, "id")?,
        area: code(row, "area")?,
        control_level: opt_code(row, "control_level")?,
        sector,
        cost_band: code(row, "cost_band")?,
        name: public_name(naming, &shown, sector, &district),
        district,
        country: get(row, "country")?,
        before: risk(row, "before_likelihood", "before_severity")?,
        after: risk(row, "after_likelihood", "after_severity")?,
        published_at: time(row, "published_at")?,
        programme_id: opt_row_id(row, "programme_id")?,
        texts: Vec::new(),
    })
}

const PHOTO_SELECT: &str = "SELECT ph.id, p.id AS practice_id, ph.phase, ph.stored_name, ph.content_type, ph.width, ph.height \
     FROM osh_photos ph JOIN library_practices p ON p.improvement_id = ph.improvement_id \
     JOIN osh_improvements i ON i.id = p.improvement_id WHERE ph.consent = ";

fn decode_photo(row: &sea_orm::QueryResult) -> Result<PublicPhoto> {
    Ok(PublicPhoto {
        id: row_id(row, "id")?,
        practice_id: row_id(row, "practice_id")?,
        phase: code(row, "phase")?,
        stored_name: get(row, "stored_name")?,
        content_type: get(row, "content_type")?,
        width: get(row, "width")?,
        height: get(row, "height")?,
    })
}

fn photo_query() -> Query {
    let mut q = Query::new(PHOTO_SELECT);
    q.bind(PublicationConsent::Public.code());
    public_rule(&mut q);
    q
}

impl Store {
    /// One page of the public library, the most recently published first.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn public_practices(
        &self,
        filter: &PublicFilter,
        limit: i64,
        offset: i64,
    ) -> Result<Page<PublicPractice>> {
        let mut tail = Query::new(FROM);
        filter.apply(&mut tail);
        let count = Query::new("SELECT COUNT(*) AS n").then(tail.clone());
        let mut rows = Query::new(&select()).then(tail);
        rows.push(" ORDER BY p.published_at DESC, p.id DESC");
        let mut found = page(&self.db.read, count, rows, limit, offset, decode).await?;
        let ids: Vec<PracticeId> = found.items.iter().map(|p| p.id).collect();
        let texts = texts_of(&self.db.read, &ids).await?;
        for p in &mut found.items {
            p.texts = texts_for(&texts, p.id);
        }
        Ok(found)
    }

    /// Every public practice matching `filter`, for the open-data files (walks the pages).
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn public_practices_all(&self, filter: &PublicFilter) -> Result<Vec<PublicPractice>> {
        const STEP: i64 = 500;
        let mut out = Vec::new();
        loop {
            let offset = i64::try_from(out.len()).unwrap_or(i64::MAX);
            let got = self.public_practices(filter, STEP, offset).await?;
            let n = got.items.len();
            out.extend(got.items);
            if i64::try_from(n).unwrap_or(0) < STEP {
                return Ok(out);
            }
        }
    }

    /// One public practice (`NotFound` for anything the public may not see).
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn public_practice(&self, id: PracticeId) -> Result<PublicPractice> {
        let filter = PublicFilter {
            ids: vec![id],
            ..PublicFilter::default()
        };
        self.public_practices(&filter, 1, 0)
            .await?
            .items
            .pop()
            .ok_or(StoreError::NotFound)
    }

    /// The public photos of a public practice, before first.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn public_practice_photos(&self, id: PracticeId) -> Result<Vec<PublicPhoto>> {
        let mut q = photo_query();
        q.push(" AND p.id = ").bind(id.get());
        q.push(" ORDER BY ph.phase DESC, ph.id");
        rows(&self.db.read, &q.sql, q.values, decode_photo).await
    }

    /// One photo, if it is public and belongs to a public practice.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn public_photo(&self, id: PhotoId) -> Result<PublicPhoto> {
        let mut q = photo_query();
        q.push(" AND ph.id = ").bind(id.get());
        let row = found(&self.db.read, &q.sql, q.values).await?;
        decode_photo(&row)
    }

    /// The districts and provinces that have a public practice, for the region filter.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn public_regions(&self) -> Result<Vec<String>> {
        let mut q = Query::new(
            "SELECT DISTINCT w.district FROM library_practices p JOIN osh_improvements i ON i.id = p.improvement_id JOIN workplaces w ON w.id = p.workplace_id WHERE w.district <> ''",
        );
        public_rule(&mut q);
        q.push(" ORDER BY w.district");
        rows(&self.db.read, &q.sql, q.values, |row| get(row, "district")).await
    }
}
