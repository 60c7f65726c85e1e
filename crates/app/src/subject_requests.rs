//! `workvoice subject-request …`: a worker's request for everything kept about them
//! (access) or for its removal (erasure), identified by their phone number. Opening one
//! starts its deadlines (acknowledge in 2 days, complete in 30); `list` shows them;
//! `export` prints the worker's data as JSON; `erase` removes it (asks for `--yes`).

use anyhow::{Context, Result, anyhow, bail};
use workvoice_domain::ids::SubjectRequestId;
use workvoice_domain::subject_request::{RequestKind, deadlines};
use workvoice_domain::{Country, Millis, PhoneNumber};
use workvoice_store::{Store, now_millis};

#[derive(Debug, clap::Subcommand)]
pub enum SubjectRequestCommand {
    /// Record a request received from the worker with this phone number
    Open {
        /// access or erasure
        #[arg(long)]
        kind: String,
        #[arg(long)]
        phone: String,
        /// The administrator recording it
        #[arg(long)]
        by: String,
    },
    /// Every request with its deadlines, newest first
    List,
    /// Print everything linked to an access request's phone as JSON, and complete it
    Export {
        #[arg(long)]
        id: SubjectRequestId,
        #[arg(long)]
        by: String,
    },
    /// Remove everything linked to an erasure request's phone, and complete it
    Erase {
        #[arg(long)]
        id: SubjectRequestId,
        #[arg(long)]
        by: String,
        /// Confirms the erasure: it cannot be undone
        #[arg(long)]
        yes: bool,
    },
}

async fn user(store: &Store, name: &str) -> Result<workvoice_domain::ids::UserId> {
    let user = store
        .user_by_username(name)
        .await
        .with_context(|| format!("no user named {name}"))?;
    if !user.role.can_manage_users() {
        bail!("{name} is not an administrator");
    }
    Ok(user.id)
}

fn day(at: Millis) -> String {
    at.to_timestamp()
        .map_or_else(|| at.0.to_string(), |t| t.strftime("%Y-%m-%d").to_string())
}

pub async fn run(store: &Store, command: SubjectRequestCommand, country: Country) -> Result<()> {
    let now = Millis(now_millis());
    match command {
        SubjectRequestCommand::Open { kind, phone, by } => {
            let kind =
                RequestKind::parse(&kind).ok_or_else(|| anyhow!("--kind is access or erasure"))?;
            let phone = PhoneNumber::parse(&phone, country)
                .map_err(|_| anyhow!("not a valid phone number"))?;
            let by = user(store, &by).await?;
            let id = store.open_subject_request(kind, &phone, by, now).await?;
            println!(
                "Request {id} recorded: acknowledge by {}, complete by {}.",
                day(deadlines(now).0),
                day(deadlines(now).1)
            );
        }
        SubjectRequestCommand::List => {
            for r in store.subject_requests(now).await? {
                let state = match (r.completed_at, r.overdue) {
                    (Some(at), _) => format!("done {} ({} cases)", day(at), r.cases.unwrap_or(0)),
                    (None, true) => "OVERDUE".to_owned(),
                    (None, false) => "open".to_owned(),
                };
                println!(
                    "{:>5} {:<8} received {} acknowledge by {} due {} {state}",
                    r.id,
                    r.kind.code(),
                    day(r.received_at),
                    day(r.acknowledge_by),
                    day(r.due_at)
                );
            }
        }
        SubjectRequestCommand::Export { id, by } => {
            let by = user(store, &by).await?;
            let export = store
                .export_subject(id, by, now)
                .await
                .with_context(|| format!("no open access request {id}"))?;
            println!("{}", serde_json::to_string_pretty(&export)?);
        }
        SubjectRequestCommand::Erase { id, by, yes } => {
            if !yes {
                bail!("erasure cannot be undone: run again with --yes to erase");
            }
            let by = user(store, &by).await?;
            let removed = store
                .erase_subject(id, by, now)
                .await
                .with_context(|| format!("no open erasure request {id}"))?;
            println!(
                "Erased: {} cases de-identified, {} callers, {} evidence files, {} messages.",
                removed.cases, removed.callers, removed.attachments, removed.messages
            );
        }
    }
    Ok(())
}
