//! The one error type of the store, split by what a caller does about it: show "not found",
//! say the thing already exists, put field errors beside the form, or log and answer 500.
//! No variant carries English for a person to read: refusals carry Fluent message ids.

use sea_orm::{DbErr, SqlErr};
use workvoice_domain::FieldErrors;

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The object does not exist *or* the viewer may not see it: the two look the same on purpose.
    #[error("not found")]
    NotFound,
    /// A unique constraint refused the write (e.g. a username already taken). The text names
    /// the constraint, for the log.
    #[error("conflict: {0}")]
    Conflict(String),
    /// Input or a change of state the store refuses, per field, as Fluent message ids (the web
    /// layer validates first; this is the last guard and says why).
    #[error("invalid: {0:?}")]
    Invalid(FieldErrors),
    /// Nothing the caller can fix: log it, report a server error.
    #[error(transparent)]
    Internal(#[from] Internal),
}

/// Failures inside the store or below it. Their text goes to the log only; it may hold SQL
/// or a stored code, never caller identity (that is encrypted before it reaches SQL).
#[derive(Debug, thiserror::Error)]
pub enum Internal {
    #[error("database error: {0}")]
    Db(DbErr),
    #[error("key file error: {0}")]
    Keys(String),
    /// Reading or removing stored files (the text names the folder, never a file).
    #[error("stored files: {0}")]
    Files(String),
    #[error("encryption error")]
    Crypto,
    #[error("password hashing error")]
    Password,
    /// A stored value that does not decode: an error everywhere, never a silent default.
    #[error("stored {column} does not decode: {value:?}")]
    Undecodable { column: &'static str, value: String },
    /// The database broke a promise of the schema (a row that must exist is missing).
    #[error("broken invariant: {0}")]
    Broken(&'static str),
    /// The commit of a group of writes failed: none of them was acknowledged.
    #[error("group commit failed: {0}")]
    GroupCommit(String),
    /// Configuration the operator must fix (a database URL or name).
    #[error("setup: {0}")]
    Setup(String),
}

impl StoreError {
    /// One refused field, e.g. `StoreError::invalid("text", "error-note-too-long")`.
    pub fn invalid(field: &'static str, message_id: &'static str) -> StoreError {
        StoreError::Invalid(FieldErrors(vec![(field, message_id)]))
    }

    /// A stored `column` holding `value`, which does not decode.
    pub(crate) fn undecodable(column: &'static str, value: impl Into<String>) -> StoreError {
        Internal::Undecodable {
            column,
            value: value.into(),
        }
        .into()
    }

    /// The first message id of an `Invalid`, for a page that shows one message.
    pub fn message_id(&self) -> Option<&'static str> {
        match self {
            StoreError::Invalid(errors) => errors.iter().next().map(|(_, id)| id),
            _ => None,
        }
    }
}

impl From<DbErr> for StoreError {
    fn from(err: DbErr) -> Self {
        match err.sql_err() {
            Some(SqlErr::UniqueConstraintViolation(what)) => StoreError::Conflict(what),
            _ => Internal::Db(err).into(),
        }
    }
}

pub type Result<T, E = StoreError> = std::result::Result<T, E>;
