//! The one error type of the store. Callers match on the variants that carry meaning
//! (`NotFound`, `Conflict`); everything else is an internal failure to log and report as 500.

use sea_orm::{DbErr, SqlErr};

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The object does not exist *or* the viewer may not see it: the two look the same on purpose.
    #[error("not found")]
    NotFound,
    /// A unique constraint refused the write (e.g. a username already taken).
    #[error("conflict: {0}")]
    Conflict(String),
    /// Input the store cannot accept (the web layer validates first; this is the last guard).
    #[error("invalid: {0}")]
    Invalid(String),
    #[error("database error: {0}")]
    Db(DbErr),
    #[error("key file error: {0}")]
    Keys(String),
    #[error("encryption error")]
    Crypto,
    #[error("password hashing error")]
    Password,
}

impl From<DbErr> for StoreError {
    fn from(err: DbErr) -> Self {
        match err.sql_err() {
            Some(SqlErr::UniqueConstraintViolation(what)) => StoreError::Conflict(what),
            _ => StoreError::Db(err),
        }
    }
}

pub type Result<T, E = StoreError> = std::result::Result<T, E>;
