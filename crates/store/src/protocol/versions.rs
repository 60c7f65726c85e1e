//! Protocol versions and holiday calendars. The newest protocol row is the active one; a
//! case keeps the id of the version it was opened under, so editing the protocol never
//! moves an existing case's deadlines. Holidays are different: they are facts about the
//! calendar, so saving them moves the working-time deadlines of open steps.

use sea_orm::ConnectionTrait;
use workvoice_domain::Millis;
use workvoice_domain::ids::{ProtocolVersionId, UserId, WorkplaceId};
use workvoice_domain::{Country, Holiday, Protocol, WorkCalendar, format_holidays, parse_holidays};

use crate::Store;
use crate::db::{
    StoredTime, all, code, exec, found, get, insert_id, one, opt_row_id, row_id, time,
};
use crate::error::{Result, StoreError};

#[derive(Debug, Clone)]
pub struct ProtocolVersion {
    pub id: ProtocolVersionId,
    pub protocol: Protocol,
    pub created_at: Millis,
    pub created_by: Option<UserId>,
}

fn decode(row: &sea_orm::QueryResult) -> Result<ProtocolVersion> {
    let body: String = get(row, "body")?;
    Ok(ProtocolVersion {
        id: row_id(row, "id")?,
        protocol: Protocol::from_toml(&body)
            .map_err(|e| StoreError::undecodable("protocols.body", e.message_key()))?,
        created_at: time(row, "created_at")?,
        created_by: opt_row_id(row, "created_by")?,
    })
}

pub(crate) async fn active(conn: &impl ConnectionTrait) -> Result<ProtocolVersion> {
    let row = found(
        conn,
        "SELECT id, body, created_at, created_by FROM protocols ORDER BY id DESC LIMIT 1",
        vec![],
    )
    .await?;
    decode(&row)
}

pub(crate) async fn version(
    conn: &impl ConnectionTrait,
    id: ProtocolVersionId,
) -> Result<ProtocolVersion> {
    let row = found(
        conn,
        "SELECT id, body, created_at, created_by FROM protocols WHERE id = $1",
        vec![id.get().into()],
    )
    .await?;
    decode(&row)
}

pub(crate) async fn holidays(conn: &impl ConnectionTrait) -> Result<Vec<Holiday>> {
    let rows = all(
        conn,
        "SELECT country, day, name FROM holidays ORDER BY day, country",
        vec![],
    )
    .await?;
    // Rows were validated when saved; decode them directly rather than through the file format.
    rows.iter()
        .map(|r| {
            let day: String = get(r, "day")?;
            Ok(Holiday {
                country: code(r, "country")?,
                date: day
                    .parse()
                    .map_err(|_| StoreError::undecodable("day", day.clone()))?,
                name: get(r, "name")?,
            })
        })
        .collect()
}

/// The working-time calendar of a workplace's country (or the store's default country).
pub(crate) async fn calendar_for_workplace(
    store: &Store,
    conn: &impl ConnectionTrait,
    workplace_id: Option<WorkplaceId>,
) -> Result<WorkCalendar> {
    let country = country_of_workplace(store, conn, workplace_id).await?;
    Ok(WorkCalendar::for_country(
        country,
        &store.holidays_on(conn).await?,
    ))
}

/// The workplace's country; the default country for no workplace or an unknown one.
pub(crate) async fn country_of_workplace(
    store: &Store,
    conn: &impl ConnectionTrait,
    workplace_id: Option<WorkplaceId>,
) -> Result<Country> {
    Ok(match workplace_id {
        Some(id) => match one(
            conn,
            "SELECT country FROM workplaces WHERE id = $1",
            vec![id.get().into()],
        )
        .await?
        {
            Some(row) => code(&row, "country")?,
            None => store.default_country,
        },
        None => store.default_country,
    })
}

impl Store {
    /// Seeds the default protocol and holidays on a database that has none.
    pub(crate) async fn seed_protocol(&self) -> Result<()> {
        let conn = &self.db.write;
        if one(conn, "SELECT id FROM protocols LIMIT 1", vec![])
            .await?
            .is_none()
        {
            exec(
                conn,
                "INSERT INTO protocols (body, created_at) VALUES ($1, $2)",
                vec![
                    Protocol::default_protocol().to_toml().into(),
                    crate::clock::now_millis().into(),
                ],
            )
            .await?;
        }
        if one(conn, "SELECT day FROM holidays LIMIT 1", vec![])
            .await?
            .is_none()
        {
            let defaults = parse_holidays(workvoice_domain::DEFAULT_HOLIDAYS)
                .map_err(|e| StoreError::undecodable("DEFAULT_HOLIDAYS", e.message_key()))?;
            self.replace_holidays_on(conn, &defaults).await?;
        }
        Ok(())
    }

    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn active_protocol(&self) -> Result<ProtocolVersion> {
        active(&self.db.read).await
    }

    #[tracing::instrument(level = "debug", skip_all, fields(id = id.get()))]
    pub async fn protocol_version(&self, id: ProtocolVersionId) -> Result<ProtocolVersion> {
        version(&self.db.read, id).await
    }

    /// Saves a new protocol version; new cases use it, open cases keep theirs.
    #[tracing::instrument(level = "debug", skip_all, fields(by = by.get()))]
    pub async fn save_protocol(
        &self,
        protocol: &Protocol,
        by: UserId,
        at: Millis,
    ) -> Result<ProtocolVersionId> {
        protocol
            .validate()
            .map_err(|e| StoreError::invalid("protocol", e.message_key()))?;
        insert_id(
            &self.db.write,
            "INSERT INTO protocols (body, created_at, created_by) VALUES ($1, $2, $3) RETURNING id",
            vec![protocol.to_toml().into(), at.value(), by.get().into()],
        )
        .await
    }

    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn holidays(&self) -> Result<Vec<Holiday>> {
        Ok(self.holidays_on(&self.db.read).await?.as_ref().clone())
    }

    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn holidays_text(&self) -> Result<String> {
        Ok(format_holidays(&self.holidays().await?))
    }

    /// Replaces the whole holiday list (the admin edits it as one file) and, in the same
    /// transaction, moves the working-time deadlines of open steps to the new calendar.
    /// Returns how many deadlines moved.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn replace_holidays(&self, list: &[Holiday]) -> Result<usize> {
        let tx = self.db.write.begin().await?;
        self.replace_holidays_on(&tx, list).await?;
        let moved = self.recompute_open_deadlines(&tx).await?;
        tx.commit().await?;
        Ok(moved)
    }

    async fn replace_holidays_on(
        &self,
        conn: &impl ConnectionTrait,
        list: &[Holiday],
    ) -> Result<()> {
        exec(conn, "DELETE FROM holidays", vec![]).await?;
        crate::engine::reference_cache::bump(
            conn,
            crate::engine::reference_cache::Versioned::Holidays,
        )
        .await?;
        for h in list {
            exec(
                conn,
                "INSERT INTO holidays (country, day, name) VALUES ($1, $2, $3) ON CONFLICT (country, day) DO NOTHING",
                vec![h.country.code().into(), h.date.to_string().into(), h.name.clone().into()],
            )
            .await?;
        }
        Ok(())
    }

    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn calendar(&self, country: Country) -> Result<WorkCalendar> {
        Ok(WorkCalendar::for_country(country, &self.holidays().await?))
    }
}
