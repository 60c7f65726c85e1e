//! The achievement workshop pack (issue 13 item 6): for a workshop the viewer may see,
//! each presenting enterprise's figures and its verified improvements with their
//! before/after photos.
//!
//! Presenting is the enterprise's agreement to show its work to the programme's
//! organisations, so the pack crosses providers, as the meeting itself does; but a photo
//! appears in it only when its consent is at least `internal` ("the programme's
//! organisations: meetings, workshops"), and only through [`Store::workshop_pack_photo`],
//! which checks the photo against the meeting again.

use workvoice_domain::ids::{MeetingId, PhotoId, WorkplaceId};
use workvoice_domain::osh::{
    ImprovementFact, MeetingKind, PhotoPhase, PublicationConsent, Tally, tally,
};

use super::super::osh::OshScope;
use super::super::osh::improvements::improvement_fact;
use super::feedback_report::FeedbackLine;
use crate::db::{all, code, get, row_id};
use crate::error::{Result, StoreError};
use crate::{Meeting, Photo, Store};

/// A before/after pair of one verified improvement; either photo may be missing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PackPair {
    pub improvement: FeedbackLine,
    pub before: Option<PhotoId>,
    pub after: Option<PhotoId>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PackEnterprise {
    pub workplace: WorkplaceId,
    pub name: String,
    pub district: String,
    pub tally: Tally,
    pub pairs: Vec<PackPair>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WorkshopPack {
    pub meeting: Meeting,
    pub enterprises: Vec<PackEnterprise>,
}

/// Consents that let a photo into a workshop pack.
fn shown_in_pack(consent: PublicationConsent) -> bool {
    consent >= PublicationConsent::Internal
}

impl Store {
    /// The pack of an achievement workshop in the viewer's scope; `NotFound` for a
    /// meeting outside it or a coordination meeting.
    #[tracing::instrument(level = "debug", skip_all, fields(scope = ?scope, meeting = id.get()))]
    pub async fn workshop_pack(&self, scope: OshScope, id: MeetingId) -> Result<WorkshopPack> {
        let meeting = self.meeting(scope, id).await?;
        if meeting.record.kind != MeetingKind::Workshop {
            return Err(StoreError::NotFound);
        }
        let rows = all(
            &self.db.read,
            "SELECT i.id, i.workplace_id, w.district, i.area, i.description, i.status, i.verification, i.low_cost, i.before_likelihood, i.before_severity, i.after_likelihood, i.after_severity \
             FROM osh_meeting_presenters mp JOIN osh_improvements i ON i.workplace_id = mp.workplace_id JOIN workplaces w ON w.id = i.workplace_id \
             WHERE mp.meeting_id = $1 ORDER BY i.updated_at DESC, i.id DESC",
            vec![id.get().into()],
        )
        .await?;
        let photos = all(
            &self.db.read,
            "SELECT p.id, p.improvement_id, p.phase, p.consent FROM osh_meeting_presenters mp JOIN osh_improvements i ON i.workplace_id = mp.workplace_id \
             JOIN osh_photos p ON p.improvement_id = i.id WHERE mp.meeting_id = $1 ORDER BY p.id",
            vec![id.get().into()],
        )
        .await?;
        let mut enterprises: Vec<PackEnterprise> = meeting
            .record
            .presenters
            .iter()
            .zip(&meeting.presenter_names)
            .map(|(w, name)| PackEnterprise {
                workplace: *w,
                name: name.clone(),
                district: String::new(),
                tally: Tally::default(),
                pairs: Vec::new(),
            })
            .collect();
        let mut facts: Vec<(WorkplaceId, ImprovementFact)> = Vec::with_capacity(rows.len());
        for row in &rows {
            let workplace: WorkplaceId = row_id(row, "workplace_id")?;
            let fact = improvement_fact(row, get(row, "id")?)?;
            let Some(e) = enterprises.iter_mut().find(|e| e.workplace == workplace) else {
                continue;
            };
            e.district = get(row, "district")?;
            facts.push((workplace, fact));
            if fact.is_verified() {
                let mut pair = PackPair {
                    improvement: FeedbackLine::of(row, &fact, e.district.clone())?,
                    before: None,
                    after: None,
                };
                for p in &photos {
                    if get::<i64>(p, "improvement_id")? != fact.id
                        || !shown_in_pack(code(p, "consent")?)
                    {
                        continue;
                    }
                    let slot = match code::<PhotoPhase>(p, "phase")? {
                        PhotoPhase::Before => &mut pair.before,
                        PhotoPhase::After => &mut pair.after,
                    };
                    if slot.is_none() {
                        *slot = Some(row_id(p, "id")?);
                    }
                }
                e.pairs.push(pair);
            }
        }
        for e in &mut enterprises {
            e.tally = tally(
                facts
                    .iter()
                    .filter(|(w, _)| *w == e.workplace)
                    .map(|(_, f)| *f),
            );
        }
        Ok(WorkshopPack {
            meeting,
            enterprises,
        })
    }

    /// A photo of the pack of workshop `meeting`: the meeting in the viewer's scope, the
    /// photo of a presenter's improvement, consented for the programme at least.
    #[tracing::instrument(level = "debug", skip_all, fields(scope = ?scope))]
    pub async fn workshop_pack_photo(
        &self,
        scope: OshScope,
        meeting: MeetingId,
        photo: PhotoId,
    ) -> Result<Photo> {
        let pack = self.workshop_pack(scope, meeting).await?;
        let shown = pack
            .enterprises
            .iter()
            .flat_map(|e| &e.pairs)
            .any(|p| p.before == Some(photo) || p.after == Some(photo));
        if !shown {
            return Err(StoreError::NotFound);
        }
        self.photo(OshScope::Programme, photo).await
    }
}
