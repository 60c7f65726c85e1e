//! Sessions live in the database so any server can serve any request. The browser holds a
//! random token; only its keyed hash is stored, so a copy of the database cannot be used
//! to sign in.

use crate::Store;
use crate::accounts::users::{USER_COLUMNS, User, decode_user};
use crate::crypt::random_token;
use crate::db::{StoredTime, exec, get, one, time};
use crate::error::Result;
use workvoice_domain::Millis;
use workvoice_domain::ids::UserId;

#[derive(Debug, Clone, Copy)]
pub struct SessionPolicy {
    /// A session unused for this long ends.
    pub idle_ms: i64,
    /// A session ends this long after sign-in, however busy.
    pub absolute_ms: i64,
}

impl Default for SessionPolicy {
    fn default() -> Self {
        SessionPolicy {
            idle_ms: 2 * 60 * 60 * 1000,
            absolute_ms: 12 * 60 * 60 * 1000,
        }
    }
}

#[derive(Debug, Clone)]
pub struct Session {
    pub user: User,
    pub csrf_token: String,
    /// Whether this session has passed the second factor; until then it opens only the
    /// second-factor pages.
    pub second_factor: bool,
}

/// Touching `last_seen_at` on every request would turn every page view into a write.
const TOUCH_EVERY_MS: i64 = 60_000;

impl Store {
    /// Starts a session; returns the token for the cookie.
    #[tracing::instrument(level = "debug", skip_all, fields(user_id = user_id.get()))]
    pub async fn create_session(&self, user_id: UserId, at: Millis) -> Result<String> {
        let token = random_token();
        exec(
            &self.db.write,
            "INSERT INTO sessions (token_hash, user_id, csrf_token, created_at, last_seen_at) VALUES ($1, $2, $3, $4, $4)",
            vec![
                self.keys.token_hash(&token).into(),
                user_id.get().into(),
                random_token().into(),
                at.value(),
            ],
        )
        .await?;
        Ok(token)
    }

    /// The live session for a token, or `None` (unknown, expired, or user deactivated).
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn session(
        &self,
        token: &str,
        at: Millis,
        policy: SessionPolicy,
    ) -> Result<Option<Session>> {
        let hash = self.keys.token_hash(token);
        let row = one(
            &self.db.read,
            &format!(
                "SELECT {USER_COLUMNS}, s.csrf_token, s.created_at AS s_created, s.last_seen_at AS s_seen, s.second_factor_at \
                 FROM sessions s JOIN users u ON u.id = s.user_id JOIN organisations o ON o.id = u.organisation_id \
                 WHERE s.token_hash = $1"
            ),
            vec![hash.clone().into()],
        )
        .await?;
        let Some(row) = row else { return Ok(None) };
        let created: Millis = time(&row, "s_created")?;
        let seen: Millis = time(&row, "s_seen")?;
        let user = decode_user(&row)?;
        if at.since(seen) > policy.idle_ms || at.since(created) > policy.absolute_ms || !user.active
        {
            exec(
                &self.db.write,
                "DELETE FROM sessions WHERE token_hash = $1",
                vec![hash.into()],
            )
            .await?;
            return Ok(None);
        }
        if at.since(seen) > TOUCH_EVERY_MS {
            exec(
                &self.db.write,
                "UPDATE sessions SET last_seen_at = $1 WHERE token_hash = $2",
                vec![at.value(), hash.into()],
            )
            .await?;
        }
        Ok(Some(Session {
            user,
            csrf_token: get(&row, "csrf_token")?,
            second_factor: time::<Option<Millis>>(&row, "second_factor_at")?.is_some(),
        }))
    }

    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn delete_session(&self, token: &str) -> Result<()> {
        exec(
            &self.db.write,
            "DELETE FROM sessions WHERE token_hash = $1",
            vec![self.keys.token_hash(token).into()],
        )
        .await?;
        Ok(())
    }

    /// Removes sessions past either limit; run periodically.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn delete_expired_sessions(&self, at: Millis, policy: SessionPolicy) -> Result<u64> {
        exec(
            &self.db.write,
            "DELETE FROM sessions WHERE last_seen_at < $1 OR created_at < $2",
            vec![
                at.minus(policy.idle_ms).value(),
                at.minus(policy.absolute_ms).value(),
            ],
        )
        .await
    }
}
