//! Throwaway PostgreSQL databases for the benchmark and the store tests: created and
//! dropped through an admin connection, under names we check ourselves.

use sea_orm::{ConnectionTrait, Database};

use crate::db::Engine;
use crate::error::{Internal, Result};

/// A database name we create and drop ourselves: lower-case letters, digits, `_`.
fn checked_name(name: &str) -> Result<&str> {
    let ok = !name.is_empty()
        && name.len() <= 63
        && name.starts_with(|c: char| c.is_ascii_lowercase())
        && name
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_');
    if ok {
        Ok(name)
    } else {
        Err(Internal::Setup(format!("bad database name {name:?}")).into())
    }
}

/// `admin_url` with its database replaced by `name` (query string kept).
pub fn postgres_url_with_database(admin_url: &str, name: &str) -> Result<String> {
    let (base, query) = match admin_url.split_once('?') {
        Some((b, q)) => (b, Some(q)),
        None => (admin_url, None),
    };
    let authority_start = base
        .find("://")
        .map(|i| i + 3)
        .ok_or_else(|| Internal::Setup("not a database URL".into()))?;
    let host_end = base[authority_start..]
        .find('/')
        .map_or(base.len(), |i| authority_start + i);
    let mut url = format!("{}/{}", &base[..host_end], checked_name(name)?);
    if let Some(q) = query {
        url.push('?');
        url.push_str(q);
    }
    Ok(url)
}

/// Creates an empty PostgreSQL database `name` through an admin connection (whose user
/// may CREATE DATABASE) and returns its URL.
#[tracing::instrument(level = "debug", skip_all)]
pub async fn create_postgres_database(admin_url: &str, name: &str) -> Result<String> {
    if Engine::of_url(admin_url)? != Engine::Postgres {
        return Err(Internal::Setup("not a postgres:// URL".into()).into());
    }
    let url = postgres_url_with_database(admin_url, name)?;
    let admin = Database::connect(admin_url).await?;
    let created = admin
        .execute_unprepared(&format!("CREATE DATABASE {}", checked_name(name)?))
        .await;
    let _ = admin.close().await;
    created?;
    Ok(url)
}

/// Drops database `name`, closing whatever connections are still open to it.
#[tracing::instrument(level = "debug", skip_all)]
pub async fn drop_postgres_database(admin_url: &str, name: &str) -> Result<()> {
    let admin = Database::connect(admin_url).await?;
    let dropped = admin
        .execute_unprepared(&format!(
            "DROP DATABASE IF EXISTS {} WITH (FORCE)",
            checked_name(name)?
        ))
        .await;
    let _ = admin.close().await;
    dropped?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::postgres_url_with_database;

    #[test]
    fn database_is_replaced() {
        let u = |a: &str| postgres_url_with_database(a, "wv_bench_1").ok();
        assert_eq!(
            u("postgres://postgres@127.0.0.1:5432/postgres").as_deref(),
            Some("postgres://postgres@127.0.0.1:5432/wv_bench_1")
        );
        assert_eq!(
            u("postgres://u:p@h/db?sslmode=disable").as_deref(),
            Some("postgres://u:p@h/wv_bench_1?sslmode=disable")
        );
        assert_eq!(
            u("postgres://h").as_deref(),
            Some("postgres://h/wv_bench_1")
        );
        assert!(postgres_url_with_database("postgres://h/x", "Bad;name").is_err());
    }
}
