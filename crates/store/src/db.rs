//! Connections. One code path for both engines: SQL is written once with `$1…$n`
//! placeholders (sqlx's SQLite driver accepts them too) and portable types
//! (BIGINT, TEXT, times as epoch milliseconds). The few real differences are in
//! [`Dialect`].
//!
//! SQLite has one writer at a time. Instead of letting concurrent requests collide on
//! `SQLITE_BUSY`, writes go through a pool of exactly one connection, so they queue in
//! the process; reads use a separate pool and see the last committed state (WAL).
//! On PostgreSQL both handles are the same pool.

use std::time::Duration;

use sea_orm::sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqliteSynchronous};
use sea_orm::{
    ConnectOptions, ConnectionTrait, Database, DatabaseConnection, QueryResult, Statement, Value,
};

use workvoice_domain::ids::RowId;
use workvoice_domain::{Millis, Span, StoredCode};

use crate::engine::group_commit::Writer;
use crate::error::{Internal, Result, StoreError};
use crate::query::Query;
use crate::registry::workplaces::Page;

/// Which engine a URL names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Engine {
    Sqlite,
    Postgres,
}

impl Engine {
    pub fn of_url(url: &str) -> Result<Engine> {
        if url.starts_with("sqlite:") {
            Ok(Engine::Sqlite)
        } else if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            Ok(Engine::Postgres)
        } else {
            Err(
                Internal::Setup("database URL must start with sqlite: or postgres://".into())
                    .into(),
            )
        }
    }
}

#[derive(Clone, Debug)]
pub struct Db {
    pub(crate) read: DatabaseConnection,
    pub(crate) write: Writer,
    pub(crate) engine: Engine,
}

fn sqlite_options(opts: SqliteConnectOptions) -> SqliteConnectOptions {
    // synchronous=FULL: an acknowledged case must survive a power cut (DESIGN §5.1).
    opts.create_if_missing(true)
        .journal_mode(SqliteJournalMode::Wal)
        .synchronous(SqliteSynchronous::Full)
        .foreign_keys(true)
        .busy_timeout(Duration::from_secs(10))
        // Deleted content is overwritten with zeros, not left in free pages: removed
        // identity must not be readable from the file (retention, erasure).
        .pragma("secure_delete", "ON")
}

async fn open(url: &str, max: u32, engine: Engine) -> Result<DatabaseConnection> {
    let mut opts = ConnectOptions::new(url.to_owned());
    opts.max_connections(max)
        .min_connections(1)
        .acquire_timeout(Duration::from_secs(30))
        .sqlx_logging(false);
    match engine {
        Engine::Sqlite => {
            opts.map_sqlx_sqlite_opts(sqlite_options);
        }
        // No JIT: a search's estimate can be far off (prefix queries), and compiling a
        // plan thought costly took 20 ms of a 25 ms query; our queries are short.
        Engine::Postgres => {
            opts.map_sqlx_postgres_opts(|o| o.options([("jit", "off")]));
        }
    }
    Ok(Database::connect(opts).await?)
}

impl Db {
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn connect(url: &str) -> Result<Db> {
        let engine = Engine::of_url(url)?;
        match engine {
            Engine::Sqlite => {
                // One writer connection, whose transactions are grouped into shared commits.
                let write = Writer::new(open(url, 1, engine).await?, true);
                let read = open(url, 8, engine).await?;
                Ok(Db {
                    read,
                    write,
                    engine,
                })
            }
            Engine::Postgres => {
                let pool = open(url, 16, engine).await?;
                Ok(Db {
                    read: pool.clone(),
                    write: Writer::new(pool, false),
                    engine,
                })
            }
        }
    }

    pub fn engine(&self) -> Engine {
        self.engine
    }

    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn close(self) {
        let _ = self.read.close_by_ref().await;
        let _ = self.write.connection().close_by_ref().await;
    }
}

/// Builds a statement for whichever engine the connection speaks.
pub(crate) fn stmt(conn: &impl ConnectionTrait, sql: &str, values: Vec<Value>) -> Statement {
    Statement::from_sql_and_values(conn.get_database_backend(), sql, values)
}

pub(crate) async fn exec(
    conn: &impl ConnectionTrait,
    sql: &str,
    values: Vec<Value>,
) -> Result<u64> {
    Ok(conn
        .execute_raw(stmt(conn, sql, values))
        .await?
        .rows_affected())
}

pub(crate) async fn one(
    conn: &impl ConnectionTrait,
    sql: &str,
    values: Vec<Value>,
) -> Result<Option<QueryResult>> {
    Ok(conn.query_one_raw(stmt(conn, sql, values)).await?)
}

pub(crate) async fn all(
    conn: &impl ConnectionTrait,
    sql: &str,
    values: Vec<Value>,
) -> Result<Vec<QueryResult>> {
    Ok(conn.query_all_raw(stmt(conn, sql, values)).await?)
}

/// Every row `sql` returns, each decoded by `decode`, collected in order (into a `Vec`, a map
/// or a set); the first row that does not decode is the error.
pub(crate) async fn rows<T, C: FromIterator<T>>(
    conn: &impl ConnectionTrait,
    sql: &str,
    values: Vec<Value>,
    decode: impl FnMut(&QueryResult) -> Result<T>,
) -> Result<C> {
    all(conn, sql, values).await?.iter().map(decode).collect()
}

/// The one row `sql` selects, or [`StoreError::NotFound`] when there is none (missing, or
/// outside the viewer's scope: the two look the same).
pub(crate) async fn found(
    conn: &impl ConnectionTrait,
    sql: &str,
    values: Vec<Value>,
) -> Result<QueryResult> {
    one(conn, sql, values).await?.ok_or(StoreError::NotFound)
}

/// `INSERT … RETURNING id` on both engines (SQLite ≥ 3.35), as the id type of the table.
pub(crate) async fn insert_id<T: RowId>(
    conn: &impl ConnectionTrait,
    sql: &str,
    values: Vec<Value>,
) -> Result<T> {
    let row = one(conn, sql, values)
        .await?
        .ok_or(Internal::Broken("insert returned no row"))?;
    row_id(&row, "id")
}

pub(crate) fn get<T: sea_orm::TryGetable>(row: &QueryResult, col: &str) -> Result<T> {
    Ok(row.try_get::<T>("", col)?)
}

/// A row id column, as the id type of its table: every id the store reads goes through here.
pub(crate) fn row_id<T: RowId>(row: &QueryResult, col: &str) -> Result<T> {
    get::<i64>(row, col).map(T::new)
}

/// A nullable row id column.
pub(crate) fn opt_row_id<T: RowId>(row: &QueryResult, col: &str) -> Result<Option<T>> {
    Ok(get::<Option<i64>>(row, col)?.map(T::new))
}

/// A column holding a [`StoredCode`]: decoded, or an error naming the column and value.
pub(crate) fn code<T: StoredCode>(row: &QueryResult, col: &'static str) -> Result<T> {
    let stored: String = get(row, col)?;
    T::from_stored_code(&stored).ok_or_else(|| StoreError::undecodable(col, stored))
}

/// A nullable [`StoredCode`] column: NULL is `None`; a value that does not decode is an error.
pub(crate) fn opt_code<T: StoredCode>(row: &QueryResult, col: &'static str) -> Result<Option<T>> {
    get::<Option<String>>(row, col)?
        .map(|stored| {
            T::from_stored_code(&stored).ok_or_else(|| StoreError::undecodable(col, stored))
        })
        .transpose()
}

/// A time as stored: a BIGINT of UTC epoch milliseconds on both engines. The one way the store
/// binds a time ([`StoredTime::value`]) and reads one back ([`time`]), for `Millis` and, in
/// nullable columns, `Option<Millis>`.
pub(crate) trait StoredTime: Sized {
    fn value(self) -> Value;
    fn decode(row: &QueryResult, col: &str) -> Result<Self>;
}

impl StoredTime for Millis {
    fn value(self) -> Value {
        Value::BigInt(Some(self.0))
    }
    fn decode(row: &QueryResult, col: &str) -> Result<Millis> {
        get::<i64>(row, col).map(Millis)
    }
}

impl StoredTime for Option<Millis> {
    fn value(self) -> Value {
        Value::BigInt(self.map(|m| m.0))
    }
    fn decode(row: &QueryResult, col: &str) -> Result<Option<Millis>> {
        Ok(get::<Option<i64>>(row, col)?.map(Millis))
    }
}

/// A time column, as `Millis` or (nullable) `Option<Millis>`: every time the store reads goes
/// through here. A NULL where the type says there is always a time is an error.
pub(crate) fn time<T: StoredTime>(row: &QueryResult, col: &str) -> Result<T> {
    T::decode(row, col)
}

/// A step's deadline span as stored (`4h`, `3wd`, …).
pub(crate) fn span(row: &QueryResult, col: &'static str) -> Result<Span> {
    let stored: String = get(row, col)?;
    Span::parse(&stored).ok_or_else(|| StoreError::undecodable(col, stored))
}

/// Flags are stored as 0/1 BIGINT on both engines so one decoder serves both.
pub(crate) fn flag(row: &QueryResult, col: &str) -> Result<bool> {
    Ok(get::<i64>(row, col)? != 0)
}

pub(crate) fn b(v: bool) -> Value {
    Value::BigInt(Some(i64::from(v)))
}

/// The `n` of a `SELECT COUNT(*) AS n …`; 0 when no row comes back.
pub(crate) async fn count(
    conn: &impl ConnectionTrait,
    sql: &str,
    values: Vec<Value>,
) -> Result<i64> {
    match one(conn, sql, values).await? {
        Some(row) => get(&row, "n"),
        None => Ok(0),
    }
}

/// Lists count their rows only up to this many. Past it a page says "more than 10,000"
/// instead of walking a million rows on every view of the queue.
pub const COUNT_CAP: i64 = 10_000;

const COUNT_HEAD: &str = "SELECT COUNT(*) AS n";

/// `SELECT COUNT(*) AS n FROM … WHERE …` rewritten to stop counting past [`COUNT_CAP`].
fn capped_count_sql(sql: &str) -> Option<String> {
    let rest = sql.strip_prefix(COUNT_HEAD)?;
    Some(format!(
        "{COUNT_HEAD} FROM (SELECT 1 AS one{rest} LIMIT {}) capped",
        COUNT_CAP + 1
    ))
}

/// One page of `select` (ordered already; the limit is kept within 1–500 and the offset
/// at least 0) with the `total` counted by `count` (a `SELECT COUNT(*) AS n …`) up to
/// [`COUNT_CAP`].
pub(crate) async fn page<T>(
    conn: &impl ConnectionTrait,
    count_query: Query,
    mut select: Query,
    limit: i64,
    offset: i64,
    decode: impl FnMut(&QueryResult) -> Result<T>,
) -> Result<Page<T>> {
    let counting = capped_count_sql(&count_query.sql).ok_or(Internal::Broken(
        "a page's count is not a SELECT COUNT(*) AS n",
    ))?;
    let counted = count(conn, &counting, count_query.values).await?;
    select
        .push(" LIMIT ")
        .bind(limit.clamp(1, 500))
        .push(" OFFSET ")
        .bind(offset.max(0));
    let items = rows(conn, &select.sql, select.values, decode).await?;
    Ok(Page {
        items,
        total: counted.min(COUNT_CAP),
        capped: counted > COUNT_CAP,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_count_stops_past_the_cap() {
        assert_eq!(
            capped_count_sql("SELECT COUNT(*) AS n FROM cases c WHERE c.status = $1").as_deref(),
            Some(
                "SELECT COUNT(*) AS n FROM (SELECT 1 AS one FROM cases c WHERE c.status = $1 LIMIT 10001) capped"
            )
        );
        assert_eq!(capped_count_sql("SELECT id FROM cases"), None);
    }
}
