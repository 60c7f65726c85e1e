//! Recording and reading a workplace's awareness record: training sessions, materials,
//! play reports (confirmed by the workplace's own contacts) and awareness checks.

use workvoice_domain::awareness::{
    AwarenessCheck, Material, MaterialKind, PlayReport, Training, TrainingTopic, records,
};
use workvoice_domain::ids::{OrgId, PlayReportId, UserId, WorkplaceId};

use crate::Store;
use crate::db::{all, code, exec, get, insert_id, one, row_id};
use crate::error::{Result, StoreError};

/// Rows of each kind the record page shows, newest first.
const SHOWN: i64 = 100;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TrainingRow {
    pub held_on: String,
    pub trainer: String,
    pub women: i64,
    pub men: i64,
    pub group_size: i64,
    pub topics: Vec<TrainingTopic>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MaterialRow {
    pub given_on: String,
    pub kind: MaterialKind,
    pub quantity: i64,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlayRow {
    pub id: PlayReportId,
    pub played_on: String,
    pub shifts: i64,
    pub note: String,
    /// When the workplace's contact confirmed it; `None` while unconfirmed.
    pub confirmed_at: Option<i64>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CheckRow {
    pub checked_on: String,
    pub sampled: i64,
    pub knows_number: i64,
    pub carries_card: i64,
    pub knows_process: i64,
}

/// Everything the programme recorded at one workplace, newest first.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AwarenessRecord {
    pub trainings: Vec<TrainingRow>,
    pub materials: Vec<MaterialRow>,
    pub plays: Vec<PlayRow>,
    pub checks: Vec<CheckRow>,
}

impl Store {
    async fn require_workplace(&self, workplace: WorkplaceId) -> Result<()> {
        self.workplace(workplace.get()).await.map(|_| ())
    }

    #[tracing::instrument(level = "debug", skip_all, fields(workplace = %workplace))]
    pub async fn record_training(
        &self,
        workplace: WorkplaceId,
        t: &Training,
        by: UserId,
        at: i64,
    ) -> Result<()> {
        self.require_workplace(workplace).await?;
        insert_id(
            &self.db.write,
            "INSERT INTO awareness_trainings (workplace_id, held_on, trainer, women, men, group_size, topics, recorded_by, recorded_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id",
            vec![
                workplace.get().into(),
                t.held_on.to_string().into(),
                t.trainer.clone().into(),
                t.women.into(),
                t.men.into(),
                t.group_size.into(),
                t.topic_codes().into(),
                by.get().into(),
                at.into(),
            ],
        )
        .await
        .map(|_| ())
    }

    #[tracing::instrument(level = "debug", skip_all, fields(workplace = %workplace, kind = m.kind.code()))]
    pub async fn record_material(
        &self,
        workplace: WorkplaceId,
        m: &Material,
        by: UserId,
        at: i64,
    ) -> Result<()> {
        self.require_workplace(workplace).await?;
        insert_id(
            &self.db.write,
            "INSERT INTO awareness_materials (workplace_id, given_on, kind, quantity, recorded_by, recorded_at) \
             VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
            vec![
                workplace.get().into(),
                m.given_on.to_string().into(),
                m.kind.code().into(),
                m.quantity.into(),
                by.get().into(),
                at.into(),
            ],
        )
        .await
        .map(|_| ())
    }

    /// Records a play report. `confirmed` when the workplace's own contact reports it.
    #[tracing::instrument(level = "debug", skip_all, fields(workplace = %workplace, confirmed))]
    pub async fn record_play_report(
        &self,
        workplace: WorkplaceId,
        p: &PlayReport,
        by: UserId,
        at: i64,
        confirmed: bool,
    ) -> Result<PlayReportId> {
        self.require_workplace(workplace).await?;
        let confirmed_by: Option<i64> = confirmed.then_some(by.get());
        let confirmed_at: Option<i64> = confirmed.then_some(at);
        insert_id(
            &self.db.write,
            "INSERT INTO awareness_plays (workplace_id, played_on, shifts, note, recorded_by, recorded_at, confirmed_by, confirmed_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id",
            vec![
                workplace.get().into(),
                p.played_on.to_string().into(),
                p.shifts.into(),
                p.note.clone().into(),
                by.get().into(),
                at.into(),
                confirmed_by.into(),
                confirmed_at.into(),
            ],
        )
        .await
        .map(PlayReportId::new)
    }

    #[tracing::instrument(level = "debug", skip_all, fields(workplace = %workplace))]
    pub async fn record_awareness_check(
        &self,
        workplace: WorkplaceId,
        c: &AwarenessCheck,
        by: UserId,
        at: i64,
    ) -> Result<()> {
        self.require_workplace(workplace).await?;
        insert_id(
            &self.db.write,
            "INSERT INTO awareness_checks (workplace_id, checked_on, sampled, knows_number, carries_card, knows_process, recorded_by, recorded_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id",
            vec![
                workplace.get().into(),
                c.checked_on.to_string().into(),
                c.sampled.into(),
                c.knows_number.into(),
                c.carries_card.into(),
                c.knows_process.into(),
                by.get().into(),
                at.into(),
            ],
        )
        .await
        .map(|_| ())
    }

    /// The workplace's trainings, materials, play reports and checks, newest first.
    #[tracing::instrument(level = "debug", skip_all, fields(workplace = %workplace))]
    pub async fn awareness_record(&self, workplace: WorkplaceId) -> Result<AwarenessRecord> {
        self.require_workplace(workplace).await?;
        let conn = &self.db.read;
        let id = || vec![workplace.get().into(), SHOWN.into()];
        let trainings = all(
            conn,
            "SELECT held_on, trainer, women, men, group_size, topics FROM awareness_trainings WHERE workplace_id = $1 ORDER BY held_on DESC, id DESC LIMIT $2",
            id(),
        )
        .await?
        .iter()
        .map(|r| {
            let stored: String = get(r, "topics")?;
            Ok(TrainingRow {
                held_on: get(r, "held_on")?,
                trainer: get(r, "trainer")?,
                women: get(r, "women")?,
                men: get(r, "men")?,
                group_size: get(r, "group_size")?,
                topics: records::split_topics(&stored)
                    .ok_or_else(|| StoreError::undecodable("topics", stored))?,
            })
        })
        .collect::<Result<_>>()?;
        let materials = all(
            conn,
            "SELECT given_on, kind, quantity FROM awareness_materials WHERE workplace_id = $1 ORDER BY given_on DESC, id DESC LIMIT $2",
            id(),
        )
        .await?
        .iter()
        .map(|r| {
            Ok(MaterialRow {
                given_on: get(r, "given_on")?,
                kind: code(r, "kind")?,
                quantity: get(r, "quantity")?,
            })
        })
        .collect::<Result<_>>()?;
        let plays = all(
            conn,
            "SELECT id, played_on, shifts, note, confirmed_at FROM awareness_plays WHERE workplace_id = $1 ORDER BY played_on DESC, id DESC LIMIT $2",
            id(),
        )
        .await?
        .iter()
        .map(|r| {
            Ok(PlayRow {
                id: row_id(r, "id")?,
                played_on: get(r, "played_on")?,
                shifts: get(r, "shifts")?,
                note: get(r, "note")?,
                confirmed_at: get(r, "confirmed_at")?,
            })
        })
        .collect::<Result<_>>()?;
        let checks = all(
            conn,
            "SELECT checked_on, sampled, knows_number, carries_card, knows_process FROM awareness_checks WHERE workplace_id = $1 ORDER BY checked_on DESC, id DESC LIMIT $2",
            id(),
        )
        .await?
        .iter()
        .map(|r| {
            Ok(CheckRow {
                checked_on: get(r, "checked_on")?,
                sampled: get(r, "sampled")?,
                knows_number: get(r, "knows_number")?,
                carries_card: get(r, "carries_card")?,
                knows_process: get(r, "knows_process")?,
            })
        })
        .collect::<Result<_>>()?;
        Ok(AwarenessRecord {
            trainings,
            materials,
            plays,
            checks,
        })
    }

    /// The workplace an organisation is (each workplace is its own organisation); `None`
    /// for a brand or the helpline.
    #[tracing::instrument(level = "debug", skip_all, fields(organisation = %organisation))]
    pub async fn workplace_of_organisation(
        &self,
        organisation: OrgId,
    ) -> Result<Option<WorkplaceId>> {
        one(
            &self.db.read,
            "SELECT id FROM workplaces WHERE organisation_id = $1",
            vec![organisation.get().into()],
        )
        .await?
        .map(|r| row_id(&r, "id"))
        .transpose()
    }

    /// The workplace's own contact confirms a play report of *their* workplace. A report of
    /// another workplace answers `NotFound`, exactly like a missing one; confirming twice
    /// keeps the first confirmation.
    #[tracing::instrument(level = "debug", skip_all, fields(organisation = %organisation, play = %play))]
    pub async fn confirm_play_report(
        &self,
        organisation: OrgId,
        play: PlayReportId,
        by: UserId,
        at: i64,
    ) -> Result<()> {
        let own = one(
            &self.db.write,
            "SELECT p.id FROM awareness_plays p JOIN workplaces w ON w.id = p.workplace_id WHERE p.id = $1 AND w.organisation_id = $2",
            vec![play.get().into(), organisation.get().into()],
        )
        .await?;
        if own.is_none() {
            return Err(StoreError::NotFound);
        }
        exec(
            &self.db.write,
            "UPDATE awareness_plays SET confirmed_by = $2, confirmed_at = $3 WHERE id = $1 AND confirmed_at IS NULL",
            vec![play.get().into(), by.get().into(), at.into()],
        )
        .await
        .map(|_| ())
    }
}
