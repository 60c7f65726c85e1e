//! Grouped commits: many acknowledged writes, one fsync (issue 11).
//!
//! SQLite runs `synchronous=FULL`, so every commit waits for the disk. With one commit per
//! request, sixteen concurrent intakes wait for sixteen fsyncs in a row. Here the single
//! writer connection keeps one *outer* transaction open while writers keep arriving: each
//! request's transaction is a savepoint inside it, and the outer transaction commits when
//! nobody is waiting for the writer any more (or the group is full). Then every member of
//! the group is answered at once: none before the commit that holds its rows is durable.
//!
//! - A request whose work fails rolls back to its savepoint: the others in the group keep
//!   what they wrote and are committed as usual.
//! - If the group's commit fails, every member gets the error: none was acknowledged.
//! - A request dropped half-way (a client that went away) rolls back its savepoint in a
//!   task of its own, which also commits the group if it was the last writer.
//!
//! PostgreSQL commits concurrently on its own (and groups WAL flushes itself), so there a
//! transaction is a plain pool transaction.

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};

use sea_orm::{
    ConnectionTrait, DatabaseConnection, DatabaseTransaction, DbBackend, DbErr, ExecResult,
    QueryResult, Statement, TransactionTrait,
};
use tokio::sync::{Mutex, OwnedMutexGuard, oneshot};

use crate::error::{Internal, Result};

/// How many requests one commit may hold at most: bounds the wait of the first.
const MAX_GROUP: usize = 64;

/// The write handle: a connection for single statements and `begin()` for transactions.
#[derive(Clone, Debug)]
pub(crate) struct Writer {
    conn: DatabaseConnection,
    group: Option<Arc<Group>>,
}

/// Figures for the benchmark: commits of groups and the requests they held.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct GroupStats {
    pub commits: u64,
    pub members: u64,
    /// Writers waiting for their turn right now.
    pub queued: u64,
}

impl GroupStats {
    /// Requests per commit; 0 before the first.
    pub fn mean_size(self) -> f64 {
        if self.commits == 0 {
            0.0
        } else {
            self.members as f64 / self.commits as f64
        }
    }
}

#[derive(Debug)]
struct Group {
    conn: DatabaseConnection,
    state: Arc<Mutex<Open>>,
    /// Writers waiting for their turn: while there are some, the group stays open.
    queued: AtomicUsize,
    commits: AtomicU64,
    members: AtomicU64,
}

/// The group being filled.
#[derive(Debug, Default)]
struct Open {
    outer: Option<DatabaseTransaction>,
    waiting: Vec<oneshot::Sender<std::result::Result<(), String>>>,
}

impl Writer {
    /// `grouped`: SQLite's single writer connection; otherwise plain transactions.
    pub(crate) fn new(conn: DatabaseConnection, grouped: bool) -> Writer {
        let group = grouped.then(|| {
            Arc::new(Group {
                conn: conn.clone(),
                state: Arc::new(Mutex::new(Open::default())),
                queued: AtomicUsize::new(0),
                commits: AtomicU64::new(0),
                members: AtomicU64::new(0),
            })
        });
        Writer { conn, group }
    }

    pub(crate) fn connection(&self) -> &DatabaseConnection {
        &self.conn
    }

    pub(crate) fn stats(&self) -> GroupStats {
        self.group
            .as_ref()
            .map_or_else(GroupStats::default, |g| GroupStats {
                commits: g.commits.load(Ordering::Relaxed),
                members: g.members.load(Ordering::Relaxed),
                queued: g.queued.load(Ordering::Relaxed) as u64,
            })
    }

    /// Starts a transaction; on SQLite it joins the group being filled.
    pub(crate) async fn begin(&self) -> Result<WriteTx> {
        let Some(group) = &self.group else {
            return Ok(WriteTx {
                inner: Some(self.conn.begin().await?),
                turn: None,
            });
        };
        let mut queued = Queued::new(group.clone());
        let open = group.state.clone().lock_owned().await;
        queued.got_turn();
        drop(queued);
        let mut turn = Turn {
            group: group.clone(),
            open: Some(open),
        };
        let sp = match turn.open.as_deref_mut() {
            Some(open) => savepoint(&group.conn, open).await,
            None => Err(Internal::Broken("writer turn without the group").into()),
        };
        match sp {
            Ok(sp) => Ok(WriteTx {
                inner: Some(sp),
                turn: Some(turn),
            }),
            Err(e) => {
                if let Some(ended) = turn.finish(None) {
                    let _ = ended.await;
                }
                Err(e)
            }
        }
    }
}

async fn savepoint(conn: &DatabaseConnection, open: &mut Open) -> Result<DatabaseTransaction> {
    if open.outer.is_none() {
        open.outer = Some(conn.begin().await?);
    }
    let outer = open
        .outer
        .as_ref()
        .ok_or(Internal::Broken("group transaction vanished"))?;
    Ok(outer.begin().await?)
}

/// Runs `work` to its end even if the future awaiting it is dropped (a client that went
/// away): a commit cut in half would leave the group's members without an answer.
fn detached<F>(work: F) -> Option<tokio::task::JoinHandle<()>>
where
    F: std::future::Future<Output = ()> + Send + 'static,
{
    tokio::runtime::Handle::try_current()
        .ok()
        .map(|rt| rt.spawn(work))
}

impl Group {
    /// After a writer's turn: commit the group unless another writer is about to join it.
    async fn end_turn(&self, open: &mut Open) {
        let idle = self.queued.load(Ordering::SeqCst) == 0;
        if idle || open.waiting.len() >= MAX_GROUP {
            self.flush(open).await;
        }
    }

    async fn flush(&self, open: &mut Open) {
        let Some(outer) = open.outer.take() else {
            return;
        };
        let result = outer.commit().await.map_err(|e| e.to_string());
        if !open.waiting.is_empty() {
            self.commits.fetch_add(1, Ordering::Relaxed);
            self.members
                .fetch_add(open.waiting.len() as u64, Ordering::Relaxed);
        }
        for member in open.waiting.drain(..) {
            // A member that went away no longer needs the answer.
            let _ = member.send(result.clone());
        }
    }
}

/// Counts a writer waiting for its turn. One that gives up waiting (its request was
/// dropped) may have been the writer the group was kept open for, so it ends the turn.
struct Queued {
    group: Arc<Group>,
    waiting: bool,
}

impl Queued {
    fn new(group: Arc<Group>) -> Queued {
        group.queued.fetch_add(1, Ordering::SeqCst);
        Queued {
            group,
            waiting: true,
        }
    }

    fn got_turn(&mut self) {
        self.waiting = false;
    }
}

impl Drop for Queued {
    fn drop(&mut self) {
        self.group.queued.fetch_sub(1, Ordering::SeqCst);
        if self.waiting {
            let group = self.group.clone();
            detached(async move {
                let mut open = group.state.clone().lock_owned().await;
                group.end_turn(&mut open).await;
            });
        }
    }
}

/// A writer's hold on the group while its transaction runs.
struct Turn {
    group: Arc<Group>,
    open: Option<OwnedMutexGuard<Open>>,
}

impl Turn {
    /// Ends the turn (after undoing `rollback`, when given) in a task of its own.
    fn finish(
        &mut self,
        rollback: Option<DatabaseTransaction>,
    ) -> Option<tokio::task::JoinHandle<()>> {
        let mut open = self.open.take()?;
        let group = self.group.clone();
        detached(async move {
            if let Some(tx) = rollback {
                let _ = tx.rollback().await;
            }
            group.end_turn(&mut open).await;
        })
    }
}

impl Drop for Turn {
    fn drop(&mut self) {
        self.finish(None);
    }
}

/// One request's transaction: a savepoint of the group (SQLite) or a plain transaction.
pub(crate) struct WriteTx {
    inner: Option<DatabaseTransaction>,
    turn: Option<Turn>,
}

impl WriteTx {
    fn tx(&self) -> std::result::Result<&DatabaseTransaction, DbErr> {
        self.inner
            .as_ref()
            .ok_or_else(|| DbErr::Custom("transaction already finished".into()))
    }

    /// Commits; returns only once the rows are durable.
    pub(crate) async fn commit(mut self) -> Result<()> {
        let tx = self
            .inner
            .take()
            .ok_or(Internal::Broken("transaction already finished"))?;
        let Some(mut turn) = self.turn.take() else {
            return Ok(tx.commit().await?);
        };
        // Dropped here on failure or cancellation, `turn` still ends the turn.
        tx.commit().await?;
        let (done, durable) = oneshot::channel();
        match turn.open.as_deref_mut() {
            Some(open) => open.waiting.push(done),
            None => return Err(Internal::Broken("writer turn without the group").into()),
        }
        if let Some(ended) = turn.finish(None) {
            let _ = ended.await;
        }
        match durable.await {
            Ok(Ok(())) => Ok(()),
            Ok(Err(e)) => Err(Internal::GroupCommit(e).into()),
            Err(_) => Err(Internal::GroupCommit("the group was dropped".into()).into()),
        }
    }
}

impl WriteTx {
    /// Undoes this request's writes (its savepoint); the group goes on without them.
    pub(crate) async fn rollback(mut self) -> Result<()> {
        let tx = self
            .inner
            .take()
            .ok_or(Internal::Broken("transaction already finished"))?;
        match self.turn.take() {
            None => Ok(tx.rollback().await?),
            Some(mut turn) => {
                if let Some(ended) = turn.finish(Some(tx)) {
                    let _ = ended.await;
                }
                Ok(())
            }
        }
    }
}

impl Drop for WriteTx {
    fn drop(&mut self) {
        // Not committed: undo this request's savepoint, then end its turn.
        if let Some(mut turn) = self.turn.take() {
            turn.finish(self.inner.take());
        }
    }
}

#[async_trait::async_trait]
impl ConnectionTrait for WriteTx {
    fn get_database_backend(&self) -> DbBackend {
        self.inner
            .as_ref()
            .map_or(DbBackend::Sqlite, |tx| tx.get_database_backend())
    }

    async fn execute_raw(&self, stmt: Statement) -> std::result::Result<ExecResult, DbErr> {
        self.tx()?.execute_raw(stmt).await
    }

    async fn execute_unprepared(&self, sql: &str) -> std::result::Result<ExecResult, DbErr> {
        self.tx()?.execute_unprepared(sql).await
    }

    async fn query_one_raw(
        &self,
        stmt: Statement,
    ) -> std::result::Result<Option<QueryResult>, DbErr> {
        self.tx()?.query_one_raw(stmt).await
    }

    async fn query_all_raw(&self, stmt: Statement) -> std::result::Result<Vec<QueryResult>, DbErr> {
        self.tx()?.query_all_raw(stmt).await
    }
}

#[async_trait::async_trait]
impl ConnectionTrait for Writer {
    fn get_database_backend(&self) -> DbBackend {
        self.conn.get_database_backend()
    }

    async fn execute_raw(&self, stmt: Statement) -> std::result::Result<ExecResult, DbErr> {
        self.conn.execute_raw(stmt).await
    }

    async fn execute_unprepared(&self, sql: &str) -> std::result::Result<ExecResult, DbErr> {
        self.conn.execute_unprepared(sql).await
    }

    async fn query_one_raw(
        &self,
        stmt: Statement,
    ) -> std::result::Result<Option<QueryResult>, DbErr> {
        self.conn.query_one_raw(stmt).await
    }

    async fn query_all_raw(&self, stmt: Statement) -> std::result::Result<Vec<QueryResult>, DbErr> {
        self.conn.query_all_raw(stmt).await
    }
}
