//! Newsletters: one per programme and month. Making one takes the programme's figures as
//! they stand (the same tally as the feedback reports and the OSH aggregates: verified
//! improvements only) and the practices the editor chose, each of which must be public
//! in the library at that moment. Reading one returns its practices through the
//! library's public reads, so only what is still public comes out, and the programme's
//! achievement workshops from the start of its month on.

use jiff::civil::Date;
use workvoice_domain::Millis;
use workvoice_domain::ids::{NewsletterId, PracticeId, ProgrammeId, UserId};
use workvoice_domain::osh::MeetingKind;
use workvoice_domain::reports::YearMonth;

use crate::db::{StoredTime, exec, found, get, insert_id, row_id, rows};
use crate::error::{Result, StoreError};
use crate::osh::date;
use crate::{PublicFilter, PublicPractice, Store};

/// Practices one newsletter may carry.
pub const MAX_PRACTICES: usize = 6;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewNewsletter {
    pub programme: ProgrammeId,
    pub period: YearMonth,
    pub introduction: String,
    pub practices: Vec<PracticeId>,
}

/// The programme's figures when the newsletter was made.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct NewsletterFigures {
    pub enterprises: i64,
    pub verified: i64,
    pub risk_reduction: i64,
    pub band_reductions: i64,
    pub low_cost_percent: Option<i64>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewsletterSummary {
    pub id: NewsletterId,
    pub programme_id: ProgrammeId,
    pub programme: String,
    pub period: YearMonth,
}

/// An achievement workshop a newsletter announces.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UpcomingWorkshop {
    pub held_on: Date,
    pub place: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Newsletter {
    pub summary: NewsletterSummary,
    pub introduction: String,
    pub figures: NewsletterFigures,
    /// Still public, in the editor's order.
    pub practices: Vec<PublicPractice>,
    pub workshops: Vec<UpcomingWorkshop>,
}

const SELECT: &str = "SELECT n.id, n.programme_id, p.name AS programme, n.period, n.introduction, n.enterprises, n.verified, n.risk_reduction, n.band_reductions, n.low_cost_percent \
     FROM newsletters n JOIN osh_programmes p ON p.id = n.programme_id";

fn decode_summary(row: &sea_orm::QueryResult) -> Result<NewsletterSummary> {
    let period: String = get(row, "period")?;
    Ok(NewsletterSummary {
        id: row_id(row, "id")?,
        programme_id: row_id(row, "programme_id")?,
        programme: get(row, "programme")?,
        period: YearMonth::parse(&period)
            .ok_or_else(|| StoreError::undecodable("period", period))?,
    })
}

impl Store {
    /// Makes the newsletter of `new.programme` for `new.period` (one per programme and
    /// month: a second is a `Conflict`), with the programme's figures of now.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn create_newsletter(
        &self,
        new: &NewNewsletter,
        by: UserId,
        at: Millis,
    ) -> Result<NewsletterId> {
        if new.practices.len() > MAX_PRACTICES {
            return Err(StoreError::invalid(
                "practices",
                "dissemination-error-too-many",
            ));
        }
        for id in &new.practices {
            match self.public_practice(*id).await {
                Ok(_) => {}
                Err(StoreError::NotFound) => {
                    return Err(StoreError::invalid("practices", "error-invalid-choice"));
                }
                Err(e) => return Err(e),
            }
        }
        let book = match self.programme_book(new.programme).await {
            Err(StoreError::NotFound) => {
                return Err(StoreError::invalid("programme", "error-invalid-choice"));
            }
            other => other?,
        };
        let t = &book.book.total().total;
        let tx = self.db.write.begin().await?;
        let id: NewsletterId = insert_id(
            &tx,
            "INSERT INTO newsletters (programme_id, period, introduction, enterprises, verified, risk_reduction, band_reductions, low_cost_percent, created_by, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id",
            vec![
                new.programme.get().into(),
                new.period.label().into(),
                new.introduction.trim().into(),
                (book.enterprises.len() as i64).into(),
                t.verified.into(),
                t.risk_reduction.into(),
                t.band_reductions().into(),
                t.low_cost_percent().into(),
                by.get().into(),
                at.value(),
            ],
        )
        .await?;
        for (position, practice) in new.practices.iter().enumerate() {
            exec(
                &tx,
                "INSERT INTO newsletter_practices (newsletter_id, practice_id, position) VALUES ($1, $2, $3)",
                vec![id.get().into(), practice.get().into(), (position as i64).into()],
            )
            .await?;
        }
        tx.commit().await?;
        Ok(id)
    }

    /// The archive: every newsletter, the latest month first.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn newsletters(&self) -> Result<Vec<NewsletterSummary>> {
        rows(
            &self.db.read,
            &format!("{SELECT} ORDER BY n.period DESC, p.name, n.id"),
            vec![],
            decode_summary,
        )
        .await
    }

    #[tracing::instrument(level = "debug", skip_all, fields(newsletter = id.get()))]
    pub async fn newsletter(&self, id: NewsletterId) -> Result<Newsletter> {
        let row = found(
            &self.db.read,
            &format!("{SELECT} WHERE n.id = $1"),
            vec![id.get().into()],
        )
        .await?;
        let summary = decode_summary(&row)?;
        let chosen: Vec<PracticeId> = rows(
            &self.db.read,
            "SELECT practice_id FROM newsletter_practices WHERE newsletter_id = $1 ORDER BY position",
            vec![id.get().into()],
            |r| row_id(r, "practice_id"),
        )
        .await?;
        let mut practices = if chosen.is_empty() {
            Vec::new()
        } else {
            self.public_practices_all(&PublicFilter {
                ids: chosen.clone(),
                ..PublicFilter::default()
            })
            .await?
        };
        practices.sort_by_key(|p| chosen.iter().position(|c| *c == p.id));
        let from = format!("{}-01", summary.period.label());
        let workshops = rows(
            &self.db.read,
            "SELECT held_on, place FROM osh_meetings WHERE programme_id = $1 AND kind = $2 AND held_on >= $3 ORDER BY held_on, id LIMIT 5",
            vec![
                summary.programme_id.get().into(),
                MeetingKind::Workshop.code().into(),
                from.into(),
            ],
            |r| {
                Ok(UpcomingWorkshop {
                    held_on: date(r, "held_on")?,
                    place: get(r, "place")?,
                })
            },
        )
        .await?;
        Ok(Newsletter {
            summary,
            introduction: get(&row, "introduction")?,
            figures: NewsletterFigures {
                enterprises: get(&row, "enterprises")?,
                verified: get(&row, "verified")?,
                risk_reduction: get(&row, "risk_reduction")?,
                band_reductions: get(&row, "band_reductions")?,
                low_cost_percent: get(&row, "low_cost_percent")?,
            },
            practices,
            workshops,
        })
    }
}
