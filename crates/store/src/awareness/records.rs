//! Recording and reading a workplace's awareness record: training sessions, materials,
//! play reports (confirmed by the workplace's own contacts) and awareness checks.

use workvoice_domain::Millis;
use workvoice_domain::awareness::{
    AwarenessCheck, Material, MaterialKind, PlayReport, Training, TrainingTopic, records,
};
use workvoice_domain::ids::{
    AwarenessCheckId, MaterialId, OrgId, PlayReportId, RowId, TrainingId, UserId, WorkplaceId,
};

use sea_orm::{ConnectionTrait, QueryResult, Value};

use crate::Store;
use crate::db::{StoredTime, code, exec, get, insert_id, one, row_id, rows, time};
use crate::error::{Result, StoreError};
use crate::query::Query;

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
    pub confirmed_at: Option<Millis>,
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

/// A newest-first list of one kind of record of a workplace.
async fn newest<T>(
    conn: &impl ConnectionTrait,
    workplace: WorkplaceId,
    table: &str,
    columns: &str,
    date: &str,
    decode: impl Fn(&QueryResult) -> Result<T>,
) -> Result<Vec<T>> {
    rows(
        conn,
        &format!("SELECT {columns} FROM {table} WHERE workplace_id = $1 ORDER BY {date} DESC, id DESC LIMIT $2"),
        vec![workplace.get().into(), SHOWN.into()],
        decode,
    )
    .await
}

impl Store {
    /// Inserts one record of a workplace that exists (else `NotFound`): `values` for
    /// `columns`, then who recorded it and when.
    async fn insert_entry<T: RowId>(
        &self,
        workplace: WorkplaceId,
        table: &str,
        columns: &[&str],
        values: Vec<Value>,
        by: UserId,
        at: Millis,
    ) -> Result<T> {
        self.workplace(workplace).await?;
        let mut q = Query::new(&format!(
            "INSERT INTO {table} (workplace_id, {}, recorded_by, recorded_at) VALUES (",
            columns.join(", ")
        ));
        q.bind(workplace.get());
        for v in values {
            q.push(", ").bind(v);
        }
        q.push(", ")
            .bind(by.get())
            .push(", ")
            .bind(at.value())
            .push(") RETURNING id");
        insert_id(&self.db.write, &q.sql, q.values).await
    }

    #[tracing::instrument(level = "debug", skip_all, fields(workplace = %workplace))]
    pub async fn record_training(
        &self,
        workplace: WorkplaceId,
        t: &Training,
        by: UserId,
        at: Millis,
    ) -> Result<()> {
        self.insert_entry(
            workplace,
            "awareness_trainings",
            &["held_on", "trainer", "women", "men", "group_size", "topics"],
            vec![
                t.held_on.to_string().into(),
                t.trainer.clone().into(),
                t.women.into(),
                t.men.into(),
                t.group_size.into(),
                t.topic_codes().into(),
            ],
            by,
            at,
        )
        .await
        .map(|_: TrainingId| ())
    }

    #[tracing::instrument(level = "debug", skip_all, fields(workplace = %workplace, kind = m.kind.code()))]
    pub async fn record_material(
        &self,
        workplace: WorkplaceId,
        m: &Material,
        by: UserId,
        at: Millis,
    ) -> Result<()> {
        self.insert_entry(
            workplace,
            "awareness_materials",
            &["given_on", "kind", "quantity"],
            vec![
                m.given_on.to_string().into(),
                m.kind.code().into(),
                m.quantity.into(),
            ],
            by,
            at,
        )
        .await
        .map(|_: MaterialId| ())
    }

    /// Records a play report. `confirmed` when the workplace's own contact reports it.
    #[tracing::instrument(level = "debug", skip_all, fields(workplace = %workplace, confirmed))]
    pub async fn record_play_report(
        &self,
        workplace: WorkplaceId,
        p: &PlayReport,
        by: UserId,
        at: Millis,
        confirmed: bool,
    ) -> Result<PlayReportId> {
        let confirmed_by: Option<i64> = confirmed.then_some(by.get());
        let confirmed_at: Option<Millis> = confirmed.then_some(at);
        self.insert_entry(
            workplace,
            "awareness_plays",
            &[
                "played_on",
                "shifts",
                "note",
                "confirmed_by",
                "confirmed_at",
            ],
            vec![
                p.played_on.to_string().into(),
                p.shifts.into(),
                p.note.clone().into(),
                confirmed_by.into(),
                confirmed_at.value(),
            ],
            by,
            at,
        )
        .await
    }

    #[tracing::instrument(level = "debug", skip_all, fields(workplace = %workplace))]
    pub async fn record_awareness_check(
        &self,
        workplace: WorkplaceId,
        c: &AwarenessCheck,
        by: UserId,
        at: Millis,
    ) -> Result<()> {
        self.insert_entry(
            workplace,
            "awareness_checks",
            &[
                "checked_on",
                "sampled",
                "knows_number",
                "carries_card",
                "knows_process",
            ],
            vec![
                c.checked_on.to_string().into(),
                c.sampled.into(),
                c.knows_number.into(),
                c.carries_card.into(),
                c.knows_process.into(),
            ],
            by,
            at,
        )
        .await
        .map(|_: AwarenessCheckId| ())
    }

    /// The workplace's trainings, materials, play reports and checks, newest first.
    #[tracing::instrument(level = "debug", skip_all, fields(workplace = %workplace))]
    pub async fn awareness_record(&self, workplace: WorkplaceId) -> Result<AwarenessRecord> {
        self.workplace(workplace).await?;
        let conn = &self.db.read;
        let trainings = newest(
            conn,
            workplace,
            "awareness_trainings",
            "id, held_on, trainer, women, men, group_size, topics",
            "held_on",
            |r| {
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
            },
        )
        .await?;
        let materials = newest(
            conn,
            workplace,
            "awareness_materials",
            "id, given_on, kind, quantity",
            "given_on",
            |r| {
                Ok(MaterialRow {
                    given_on: get(r, "given_on")?,
                    kind: code(r, "kind")?,
                    quantity: get(r, "quantity")?,
                })
            },
        )
        .await?;
        let plays = newest(
            conn,
            workplace,
            "awareness_plays",
            "id, played_on, shifts, note, confirmed_at",
            "played_on",
            |r| {
                Ok(PlayRow {
                    id: row_id(r, "id")?,
                    played_on: get(r, "played_on")?,
                    shifts: get(r, "shifts")?,
                    note: get(r, "note")?,
                    confirmed_at: time(r, "confirmed_at")?,
                })
            },
        )
        .await?;
        let checks = newest(
            conn,
            workplace,
            "awareness_checks",
            "id, checked_on, sampled, knows_number, carries_card, knows_process",
            "checked_on",
            |r| {
                Ok(CheckRow {
                    checked_on: get(r, "checked_on")?,
                    sampled: get(r, "sampled")?,
                    knows_number: get(r, "knows_number")?,
                    carries_card: get(r, "carries_card")?,
                    knows_process: get(r, "knows_process")?,
                })
            },
        )
        .await?;
        Ok(AwarenessRecord {
            trainings,
            materials,
            plays,
            checks,
        })
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
        at: Millis,
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
            vec![play.get().into(), by.get().into(), at.value()],
        )
        .await
        .map(|_| ())
    }
}
