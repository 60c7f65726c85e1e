//! Staff accounts. Passwords are hashed with Argon2id on a blocking thread so a login
//! never stalls the async runtime.

use argon2::Argon2;
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use workvoice_domain::ids::{OrgId, UserId};
use workvoice_domain::{FieldErrors, Language, Millis, OrgKind, Role};

use crate::Store;
use crate::db::{StoredTime, code, exec, flag, found, get, insert_id, one, row_id, rows};
use crate::error::{Internal, Result, StoreError};

/// A signed-in person as every handler sees them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct User {
    pub id: UserId,
    pub username: String,
    pub display_name: String,
    pub role: Role,
    pub language: Language,
    pub organisation_id: OrgId,
    pub organisation_kind: OrgKind,
    pub active: bool,
}

#[derive(Debug, Clone)]
pub struct NewUser {
    pub organisation_id: OrgId,
    pub username: String,
    pub display_name: String,
    pub role: Role,
    pub language: Language,
    pub password: String,
}

pub(crate) const USER_COLUMNS: &str = "u.id, u.username, u.display_name, u.role, u.language, u.organisation_id, o.kind AS organisation_kind, u.active";

pub(crate) fn decode_user(row: &sea_orm::QueryResult) -> Result<User> {
    Ok(User {
        id: row_id(row, "id")?,
        username: get(row, "username")?,
        display_name: get(row, "display_name")?,
        role: code(row, "role")?,
        language: code(row, "language")?,
        organisation_id: row_id(row, "organisation_id")?,
        organisation_kind: code(row, "organisation_kind")?,
        active: flag(row, "active")?,
    })
}

async fn hash_password(password: String) -> Result<String> {
    tokio::task::spawn_blocking(move || {
        let salt = SaltString::generate(&mut rand::rngs::OsRng);
        Argon2::default()
            .hash_password(password.as_bytes(), &salt)
            .map(|h| h.to_string())
            .map_err(|_| Internal::Password.into())
    })
    .await
    .map_err(|_| Internal::Password)?
}

async fn verify_password(password: String, hash: String) -> bool {
    tokio::task::spawn_blocking(move || {
        PasswordHash::new(&hash)
            .map(|parsed| {
                Argon2::default()
                    .verify_password(password.as_bytes(), &parsed)
                    .is_ok()
            })
            .unwrap_or(false)
    })
    .await
    .unwrap_or(false)
}

/// Verifying against this when the username is unknown makes a wrong username take as
/// long as a wrong password, so timing does not reveal which accounts exist.
const DUMMY_HASH: &str = "$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$2J0G9nCkS8vZ0mPn1m6U0x3kKZ7oN6Yl9wS2hV0j8Ck";

pub const MIN_PASSWORD_LEN: usize = 10;

impl Store {
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn create_user(&self, new: &NewUser, at: Millis) -> Result<UserId> {
        let username = new.username.trim().to_lowercase();
        let mut errors = FieldErrors::default();
        if username.is_empty() {
            errors.push("username", "error-required");
        }
        if new.password.chars().count() < MIN_PASSWORD_LEN {
            errors.push("password", "error-password-too-short");
        }
        if !errors.is_empty() {
            return Err(StoreError::Invalid(errors));
        }
        let hash = hash_password(new.password.clone()).await?;
        insert_id(
            &self.db.write,
            "INSERT INTO users (organisation_id, username, display_name, role, language, password_hash, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
            vec![
                new.organisation_id.get().into(),
                username.into(),
                new.display_name.trim().into(),
                new.role.code().into(),
                new.language.code().into(),
                hash.into(),
                at.value(),
            ],
        )
        .await
    }

    #[tracing::instrument(level = "debug", skip_all, fields(user_id = user_id.get()))]
    pub async fn set_password(&self, user_id: UserId, password: &str) -> Result<()> {
        if password.chars().count() < MIN_PASSWORD_LEN {
            return Err(StoreError::invalid("password", "error-password-too-short"));
        }
        let hash = hash_password(password.to_owned()).await?;
        exec(
            &self.db.write,
            "UPDATE users SET password_hash = $1 WHERE id = $2",
            vec![hash.into(), user_id.get().into()],
        )
        .await?;
        // A new password ends every session opened with the old one.
        exec(
            &self.db.write,
            "DELETE FROM sessions WHERE user_id = $1",
            vec![user_id.get().into()],
        )
        .await?;
        Ok(())
    }

    /// The user if the password matches and the account is active.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn verify_login(&self, username: &str, password: &str) -> Result<Option<User>> {
        let username = username.trim().to_lowercase();
        let row = one(
            &self.db.read,
            &format!("SELECT {USER_COLUMNS}, u.password_hash FROM users u JOIN organisations o ON o.id = u.organisation_id WHERE u.username = $1"),
            vec![username.into()],
        )
        .await?;
        let Some(row) = row else {
            verify_password(password.to_owned(), DUMMY_HASH.to_owned()).await;
            return Ok(None);
        };
        let hash: String = get(&row, "password_hash")?;
        let user = decode_user(&row)?;
        if verify_password(password.to_owned(), hash).await && user.active {
            Ok(Some(user))
        } else {
            Ok(None)
        }
    }

    #[tracing::instrument(level = "debug", skip_all, fields(id = id.get()))]
    pub async fn user(&self, id: UserId) -> Result<User> {
        let row = found(
            &self.db.read,
            &format!("SELECT {USER_COLUMNS} FROM users u JOIN organisations o ON o.id = u.organisation_id WHERE u.id = $1"),
            vec![id.get().into()],
        )
        .await?;
        decode_user(&row)
    }

    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn user_by_username(&self, username: &str) -> Result<User> {
        let row = found(
            &self.db.read,
            &format!("SELECT {USER_COLUMNS} FROM users u JOIN organisations o ON o.id = u.organisation_id WHERE u.username = $1"),
            vec![username.trim().to_lowercase().into()],
        )
        .await?;
        decode_user(&row)
    }

    /// Active staff of an organisation, e.g. to choose whom to assign a case to.
    #[tracing::instrument(level = "debug", skip_all, fields(organisation_id = organisation_id.get()))]
    pub async fn users_of_organisation(&self, organisation_id: OrgId) -> Result<Vec<User>> {
        rows(
            &self.db.read,
            &format!("SELECT {USER_COLUMNS} FROM users u JOIN organisations o ON o.id = u.organisation_id WHERE u.organisation_id = $1 AND u.active = 1 ORDER BY u.display_name"),
            vec![organisation_id.get().into()],
            decode_user,
        )
        .await
    }

    #[tracing::instrument(level = "debug", skip_all, fields(user_id = user_id.get()))]
    pub async fn set_user_language(&self, user_id: UserId, language: Language) -> Result<()> {
        exec(
            &self.db.write,
            "UPDATE users SET language = $1 WHERE id = $2",
            vec![language.code().into(), user_id.get().into()],
        )
        .await?;
        Ok(())
    }

    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn count_users(&self) -> Result<i64> {
        crate::db::count(&self.db.read, "SELECT COUNT(*) AS n FROM users", vec![]).await
    }
}
