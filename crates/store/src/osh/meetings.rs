//! Coordination meetings and achievement workshops. Meetings carry no private notes: every
//! provider's staff and the programme see them all (coordinating is their point); an
//! enterprise owner sees the meetings their own workplace presented at.

use workvoice_domain::Millis;
use workvoice_domain::ids::{MeetingId, OrgId, ProgrammeId, UserId, WorkplaceId};
use workvoice_domain::osh::{MeetingKind, MeetingRecord};

use super::{OshScope, date};
use crate::Store;
use crate::db::{
    StoredTime, all, code, exec, found, get, insert_id, one, opt_row_id, row_id, rows,
};
use crate::error::{Result, StoreError};
use crate::query::Query;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Meeting {
    pub id: MeetingId,
    pub record: MeetingRecord,
    pub programme_id: Option<ProgrammeId>,
    pub programme: Option<String>,
    /// The provider that organised it; `None` when the programme did.
    pub organiser: Option<String>,
    /// The enterprises presenting, by name, in the order of `record.presenters`.
    pub presenter_names: Vec<String>,
}

const SELECT: &str = "SELECT m.id, m.kind, m.held_on, m.place, m.programme_id, p.name AS programme, o.name AS organiser, m.organisations, m.women_count, m.men_count, m.decisions, m.follow_ups \
     FROM osh_meetings m LEFT JOIN osh_programmes p ON p.id = m.programme_id LEFT JOIN organisations o ON o.id = m.organiser_org_id WHERE 1 = 1";

fn restrict(scope: OshScope, q: &mut Query) {
    if let OshScope::Enterprise(w) = scope {
        q.push(" AND m.id IN (SELECT meeting_id FROM osh_meeting_presenters WHERE workplace_id = ")
            .bind(w.get())
            .push(")");
    }
}

fn decode(row: &sea_orm::QueryResult) -> Result<Meeting> {
    let organisations: String = get(row, "organisations")?;
    Ok(Meeting {
        id: row_id(row, "id")?,
        record: MeetingRecord {
            kind: code::<MeetingKind>(row, "kind")?,
            held_on: date(row, "held_on")?,
            place: get(row, "place")?,
            organisations: organisations.lines().map(str::to_owned).collect(),
            women: get(row, "women_count")?,
            men: get(row, "men_count")?,
            presenters: Vec::new(),
            decisions: get(row, "decisions")?,
            follow_ups: get(row, "follow_ups")?,
        },
        programme_id: opt_row_id(row, "programme_id")?,
        programme: get(row, "programme")?,
        organiser: get(row, "organiser")?,
        presenter_names: Vec::new(),
    })
}

impl Store {
    /// Records a meeting organised by `organiser` (a provider; `None` for the programme).
    /// Every enterprise presenting must be enrolled in a programme; a programme named must
    /// exist. Both are field errors, not a missing page.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn create_meeting(
        &self,
        organiser: Option<OrgId>,
        programme: Option<ProgrammeId>,
        record: &MeetingRecord,
        by: UserId,
        at: Millis,
    ) -> Result<MeetingId> {
        if let Some(p) = programme {
            let found = one(
                &self.db.read,
                "SELECT id FROM osh_programmes WHERE id = $1",
                vec![p.get().into()],
            )
            .await?;
            if found.is_none() {
                return Err(StoreError::invalid("programme", "error-invalid-choice"));
            }
        }
        for w in &record.presenters {
            let enrolled = one(
                &self.db.read,
                "SELECT id FROM osh_enrolments WHERE workplace_id = $1 LIMIT 1",
                vec![w.get().into()],
            )
            .await?;
            if enrolled.is_none() {
                return Err(StoreError::invalid("presenters", "error-invalid-choice"));
            }
        }
        let tx = self.db.write.begin().await?;
        let id: MeetingId = insert_id(
            &tx,
            "INSERT INTO osh_meetings (kind, held_on, place, programme_id, organiser_org_id, organisations, women_count, men_count, decisions, follow_ups, created_by, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id",
            vec![
                record.kind.code().into(),
                record.held_on.to_string().into(),
                record.place.clone().into(),
                programme.map(|p| p.get()).into(),
                organiser.map(|o| o.get()).into(),
                record.organisations.join("\n").into(),
                record.women.into(),
                record.men.into(),
                record.decisions.clone().into(),
                record.follow_ups.clone().into(),
                by.get().into(),
                at.value(),
            ],
        )
        .await?;
        for w in &record.presenters {
            exec(
                &tx,
                "INSERT INTO osh_meeting_presenters (meeting_id, workplace_id) VALUES ($1, $2)",
                vec![id.get().into(), w.get().into()],
            )
            .await?;
        }
        tx.commit().await?;
        Ok(id)
    }

    /// Meetings the viewer may see, the latest first (at most 500).
    #[tracing::instrument(level = "debug", skip_all, fields(scope = ?scope))]
    pub async fn meetings(&self, scope: OshScope) -> Result<Vec<Meeting>> {
        let mut q = Query::new(SELECT);
        restrict(scope, &mut q);
        q.push(" ORDER BY m.held_on DESC, m.id DESC LIMIT 500");
        rows(&self.db.read, &q.sql, q.values, decode).await
    }

    /// One meeting with the enterprises presenting; `NotFound` outside the scope.
    #[tracing::instrument(level = "debug", skip_all, fields(scope = ?scope))]
    pub async fn meeting(&self, scope: OshScope, id: MeetingId) -> Result<Meeting> {
        let mut q = Query::new(SELECT);
        q.push(" AND m.id = ").bind(id.get());
        restrict(scope, &mut q);
        let row = found(&self.db.read, &q.sql, q.values).await?;
        let mut meeting = decode(&row)?;
        for row in all(
            &self.db.read,
            "SELECT w.id, w.name FROM osh_meeting_presenters mp JOIN workplaces w ON w.id = mp.workplace_id WHERE mp.meeting_id = $1 ORDER BY w.name, w.id",
            vec![id.get().into()],
        )
        .await?
        {
            meeting.record.presenters.push(row_id::<WorkplaceId>(&row, "id")?);
            meeting.presenter_names.push(get(&row, "name")?);
        }
        Ok(meeting)
    }
}
