//! The access log (DESIGN §4): every time a person reads a case's detail or a caller's
//! identity, a row is written in the same transaction as the read. Both engines refuse
//! UPDATE and DELETE on the table, and each row carries the SHA-256 of the previous row's
//! hash and its own fields, so a row inserted, removed or altered behind the store's back
//! breaks the chain at that row.
//!
//! The chain's head lives in `chain_heads`. A writer first updates the head row
//! (`UPDATE … RETURNING`): on PostgreSQL that takes the row lock, so concurrent writers
//! queue and each sees the hash its predecessor committed; on SQLite writes are already
//! serialised. Because the lock is taken before the row's id is drawn, id order is chain
//! order, which is what verification walks.

use sea_orm::{ConnectionTrait, QueryResult};
use sha2::{Digest, Sha256};
use workvoice_domain::Millis;
use workvoice_domain::ids::{AccessEntryId, CaseId, UserId};

use crate::Store;
use crate::db::{StoredTime, all, exec, found, get, one, opt_row_id, time};
use crate::error::{Internal, Result};
use crate::query::Query;
use crate::scope::ScopedCase;

/// The hash before the first row (as seeded by migration 2).
pub const GENESIS: &str = "0000000000000000000000000000000000000000000000000000000000000000";

/// What [`Store::verify_access_log`] found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VerifyReport {
    /// Rows checked.
    pub rows: i64,
    /// The first row whose link or hash is wrong; `None` when the chain is intact.
    pub first_bad_id: Option<AccessEntryId>,
}

/// SHA-256 (hex) of the previous hash and the row's canonical fields. The row id is not
/// part of it, so the chain does not depend on how an engine numbers rows.
pub fn chain_hash(
    prev: &str,
    at: Millis,
    user_id: Option<UserId>,
    case_id: Option<CaseId>,
    action: &str,
) -> String {
    let opt = |v: Option<i64>| v.map(|n| n.to_string()).unwrap_or_default();
    let canonical = format!(
        "{prev}|{}|{}|{}|{action}",
        at.0,
        opt(user_id.map(UserId::get)),
        opt(case_id.map(CaseId::get))
    );
    hex::encode(Sha256::digest(canonical.as_bytes()))
}

impl Store {
    /// The one row `q` selects, decoded (`NotFound` when none: missing or out of scope),
    /// with the viewer's access-log row for the case `case_of` names written in the same
    /// transaction as the read.
    pub(crate) async fn read_logged<T>(
        &self,
        q: Query,
        decode: impl Fn(&QueryResult) -> Result<T>,
        case_of: impl Fn(&T) -> CaseId,
        viewer_user_id: UserId,
        action: &str,
        at: Millis,
    ) -> Result<T> {
        let tx = self.db.write.begin().await?;
        let row = found(&tx, &q.sql, q.values).await?;
        let found = decode(&row)?;
        log_access(&tx, Some(viewer_user_id), Some(case_of(&found)), action, at).await?;
        tx.commit().await?;
        Ok(found)
    }
}

/// Appends one row on the caller's transaction.
pub(crate) async fn log_access(
    conn: &impl ConnectionTrait,
    user_id: Option<UserId>,
    case_id: Option<CaseId>,
    action: &str,
    at: Millis,
) -> Result<()> {
    // Lock the head first (see the module comment), then read it.
    let head = one(
        conn,
        "UPDATE chain_heads SET last_hash = last_hash WHERE name = 'access_log' RETURNING last_hash",
        vec![],
    )
    .await?
    .ok_or(Internal::Broken("access_log chain head missing"))?;
    let prev: String = get(&head, "last_hash")?;
    let hash = chain_hash(&prev, at, user_id, case_id, action);
    exec(
        conn,
        "INSERT INTO access_log (at, user_id, case_id, action, prev_hash, hash) VALUES ($1, $2, $3, $4, $5, $6)",
        vec![
            at.value(),
            user_id.map(UserId::get).into(),
            case_id.map(CaseId::get).into(),
            action.into(),
            prev.into(),
            hash.clone().into(),
        ],
    )
    .await?;
    exec(
        conn,
        "UPDATE chain_heads SET last_hash = $1 WHERE name = 'access_log'",
        vec![hash.into()],
    )
    .await?;
    Ok(())
}

const PAGE: i64 = 5_000;

impl Store {
    /// Records that `user_id` read something of `case_id` (e.g. the helpline case page,
    /// which shows decrypted identity: action `view_identity`).
    #[tracing::instrument(level = "debug", skip_all, fields(user_id = user_id.get(), case = case.id().get()))]
    pub async fn record_access(
        &self,
        user_id: UserId,
        case: &ScopedCase,
        action: &str,
        at: Millis,
    ) -> Result<()> {
        let case_id = case.id();
        let tx = self.db.write.begin().await?;
        log_access(&tx, Some(user_id), Some(case_id), action, at).await?;
        tx.commit().await?;
        Ok(())
    }

    /// Records that `user_id` downloaded an export naming no case (a report table):
    /// `action` says which, e.g. `export_report:calls`.
    #[tracing::instrument(level = "debug", skip_all, fields(user_id = user_id.get()))]
    pub async fn record_export(&self, user_id: UserId, action: &str, at: Millis) -> Result<()> {
        let tx = self.db.write.begin().await?;
        log_access(&tx, Some(user_id), None, action, at).await?;
        tx.commit().await?;
        Ok(())
    }

    /// Walks the whole chain in id order, recomputing every hash, and checks the head
    /// points at the last row.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn verify_access_log(&self) -> Result<VerifyReport> {
        let head = one(
            &self.db.read,
            "SELECT last_hash FROM chain_heads WHERE name = 'access_log'",
            vec![],
        )
        .await?
        .ok_or(Internal::Broken("access_log chain head missing"))?;
        let head: String = get(&head, "last_hash")?;
        let mut head_seen = head == GENESIS;
        let mut expected_prev = GENESIS.to_owned();
        let mut rows = 0i64;
        let mut after = i64::MIN;
        loop {
            let page = all(
                &self.db.read,
                "SELECT id, at, user_id, case_id, action, prev_hash, hash FROM access_log WHERE id > $1 ORDER BY id LIMIT $2",
                vec![after.into(), PAGE.into()],
            )
            .await?;
            if page.is_empty() {
                break;
            }
            for row in &page {
                let id: i64 = get(row, "id")?;
                after = id;
                rows += 1;
                let prev: String = get(row, "prev_hash")?;
                let hash: String = get(row, "hash")?;
                let recomputed = chain_hash(
                    &prev,
                    time(row, "at")?,
                    opt_row_id(row, "user_id")?,
                    opt_row_id(row, "case_id")?,
                    &get::<String>(row, "action")?,
                );
                if prev != expected_prev || hash != recomputed {
                    return Ok(VerifyReport {
                        rows,
                        first_bad_id: Some(AccessEntryId::new(id)),
                    });
                }
                head_seen |= hash == head;
                expected_prev = hash;
            }
        }
        // The head was read before the walk: rows appended meanwhile come after it, so
        // the head must be the hash of some row walked (or the genesis value if none
        // existed then). Otherwise rows were cut off the end or the head was rewritten.
        let first_bad_id =
            (!head_seen).then_some(AccessEntryId::new(if rows > 0 { after } else { 0 }));
        Ok(VerifyReport { rows, first_bad_id })
    }
}
