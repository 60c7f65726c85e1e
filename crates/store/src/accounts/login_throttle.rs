//! Login throttling in the database, so it holds across servers and restarts.

use crate::Store;
use crate::db::{StoredTime, exec};
use crate::error::Result;
use workvoice_domain::Millis;

#[derive(Debug, Clone, Copy)]
pub struct ThrottlePolicy {
    pub window_ms: i64,
    /// Failures per username within the window before further attempts are refused.
    pub per_username: i64,
    /// Failures per client address within the window (password spraying).
    pub per_client: i64,
}

impl Default for ThrottlePolicy {
    fn default() -> Self {
        ThrottlePolicy {
            window_ms: 15 * 60 * 1000,
            per_username: 5,
            per_client: 30,
        }
    }
}

async fn count(store: &Store, column: &str, value: &str, since: Millis) -> Result<i64> {
    crate::db::count(
        &store.db.read,
        &format!("SELECT COUNT(*) AS n FROM login_failures WHERE {column} = $1 AND at >= $2"),
        vec![value.into(), since.value()],
    )
    .await
}

impl Store {
    /// Whether a login attempt for this username from this client may proceed now.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn login_allowed(
        &self,
        username: &str,
        client: &str,
        at: Millis,
        policy: ThrottlePolicy,
    ) -> Result<bool> {
        let since = at.minus(policy.window_ms);
        let username = username.trim().to_lowercase();
        Ok(
            count(self, "username", &username, since).await? < policy.per_username
                && count(self, "client", client, since).await? < policy.per_client,
        )
    }

    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn record_login_failure(
        &self,
        username: &str,
        client: &str,
        at: Millis,
    ) -> Result<()> {
        exec(
            &self.db.write,
            "INSERT INTO login_failures (username, client, at) VALUES ($1, $2, $3)",
            vec![
                username.trim().to_lowercase().into(),
                client.into(),
                at.value(),
            ],
        )
        .await?;
        Ok(())
    }

    /// A successful login forgives the username's earlier failures.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn clear_login_failures(&self, username: &str) -> Result<()> {
        exec(
            &self.db.write,
            "DELETE FROM login_failures WHERE username = $1",
            vec![username.trim().to_lowercase().into()],
        )
        .await?;
        Ok(())
    }
}
