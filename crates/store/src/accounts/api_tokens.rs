//! API tokens for service accounts (integrations, scripts). Shown once at creation; only
//! a keyed hash is stored. A token acts with its user's role and organisation.

use crate::Store;
use crate::accounts::users::{USER_COLUMNS, User, decode_user};
use crate::crypt::random_token;
use crate::db::{StoredTime, exec, insert_id, one, time};
use crate::error::Result;
use workvoice_domain::Millis;
use workvoice_domain::ids::{ApiTokenId, UserId};

/// Prefix that makes a leaked token easy to recognise in logs and secret scanners.
pub const TOKEN_PREFIX: &str = "wv_";

impl Store {
    /// Creates a token; returns (token id, the token text to show once).
    #[tracing::instrument(level = "debug", skip_all, fields(user_id = user_id.get()))]
    pub async fn create_api_token(
        &self,
        user_id: UserId,
        name: &str,
        at: Millis,
    ) -> Result<(ApiTokenId, String)> {
        let token = format!("{TOKEN_PREFIX}{}", random_token());
        let id = insert_id(
            &self.db.write,
            "INSERT INTO api_tokens (user_id, name, token_hash, created_at) VALUES ($1, $2, $3, $4) RETURNING id",
            vec![
                user_id.get().into(),
                name.trim().into(),
                self.keys.token_hash(&token).into(),
                at.value(),
            ],
        )
        .await?;
        Ok((id, token))
    }

    /// The user a live token acts as.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn api_token_user(&self, token: &str, at: Millis) -> Result<Option<User>> {
        let hash = self.keys.token_hash(token);
        let row = one(
            &self.db.read,
            &format!(
                "SELECT {USER_COLUMNS}, t.last_used_at FROM api_tokens t JOIN users u ON u.id = t.user_id \
                 JOIN organisations o ON o.id = u.organisation_id WHERE t.token_hash = $1 AND t.revoked_at IS NULL"
            ),
            vec![hash.clone().into()],
        )
        .await?;
        let Some(row) = row else { return Ok(None) };
        let user = decode_user(&row)?;
        let last: Option<Millis> = time(&row, "last_used_at")?;
        // Record use at most once a minute: a busy integration must not turn reads into writes.
        if last.is_none_or(|l| at.0 - l.0 > 60_000) {
            exec(
                &self.db.write,
                "UPDATE api_tokens SET last_used_at = $1 WHERE token_hash = $2",
                vec![at.value(), hash.into()],
            )
            .await?;
        }
        Ok(user.active.then_some(user))
    }

    #[tracing::instrument(level = "debug", skip_all, fields(id = id.get()))]
    pub async fn revoke_api_token(&self, id: ApiTokenId, at: Millis) -> Result<()> {
        exec(
            &self.db.write,
            "UPDATE api_tokens SET revoked_at = $1 WHERE id = $2",
            vec![at.value(), id.get().into()],
        )
        .await?;
        Ok(())
    }
}
