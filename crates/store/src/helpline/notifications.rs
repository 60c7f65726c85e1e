//! In-app notifications: what a person should look at (an overdue step on their case, a
//! brand escalation). Shown on the dashboard; never contain caller identity.

use sea_orm::ConnectionTrait;
use workvoice_domain::Millis;
use workvoice_domain::Role;
use workvoice_domain::ids::{CaseId, NotificationId, UserId};

use crate::Store;
use crate::db::{StoredTime, exec, get, opt_row_id, row_id, rows, time};
use crate::error::Result;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notification {
    pub id: NotificationId,
    pub case_id: Option<CaseId>,
    pub kind: String,
    pub at: Millis,
}

impl Store {
    /// Notifies the assignee, or every active supervisor when the case has none.
    pub(crate) async fn notify_in(
        &self,
        conn: &impl ConnectionTrait,
        assignee: Option<UserId>,
        case_id: CaseId,
        kind: &str,
        at: Millis,
    ) -> Result<()> {
        let users: Vec<i64> = match assignee {
            Some(user) => vec![user.get()],
            None => {
                rows(
                    conn,
                    "SELECT id FROM users WHERE role = $1 AND active = 1",
                    vec![Role::Supervisor.code().into()],
                    |r| get(r, "id"),
                )
                .await?
            }
        };
        for user in users {
            exec(
                conn,
                "INSERT INTO notifications (user_id, case_id, kind, at) VALUES ($1, $2, $3, $4)",
                vec![user.into(), case_id.get().into(), kind.into(), at.value()],
            )
            .await?;
        }
        Ok(())
    }

    /// Unread notifications of a user, newest first.
    #[tracing::instrument(level = "debug", skip_all, fields(user_id = user_id.get()))]
    pub async fn unread_notifications(
        &self,
        user_id: UserId,
        limit: i64,
    ) -> Result<Vec<Notification>> {
        rows(
            &self.db.read,
            "SELECT id, case_id, kind, at FROM notifications WHERE user_id = $1 AND read_at IS NULL ORDER BY at DESC, id DESC LIMIT $2",
            vec![user_id.get().into(), limit.into()],
            |r| {
                Ok(Notification {
                    id: row_id(r, "id")?,
                    case_id: opt_row_id(r, "case_id")?,
                    kind: get(r, "kind")?,
                    at: time(r, "at")?,
                })
            },
        )
        .await
    }

    #[tracing::instrument(level = "debug", skip_all, fields(user_id = user_id.get()))]
    pub async fn mark_notifications_read(&self, user_id: UserId, at: Millis) -> Result<u64> {
        exec(
            &self.db.write,
            "UPDATE notifications SET read_at = $1 WHERE user_id = $2 AND read_at IS NULL",
            vec![at.value(), user_id.get().into()],
        )
        .await
    }
}
