//! `workvoice account …`: what an administrator does to an account from the server's
//! shell — disable it (every session ends at once, its API tokens stop working), enable
//! it again, forget its second factor (a lost phone with no recovery code left: the next
//! sign-in enrols again), or sign it out everywhere.

use anyhow::{Context, Result};
use workvoice_store::Store;

#[derive(Debug, clap::Subcommand)]
pub enum AccountCommand {
    /// Disable an account: it can no longer sign in; every session ends now
    Disable {
        #[arg(long)]
        username: String,
    },
    /// Enable a disabled account again
    Enable {
        #[arg(long)]
        username: String,
    },
    /// Forget the account's second factor and recovery codes; the next sign-in enrols
    /// a new one. Every session ends.
    ResetSecondFactor {
        #[arg(long)]
        username: String,
    },
    /// End every session of the account
    SignOutEverywhere {
        #[arg(long)]
        username: String,
    },
}

pub async fn run(store: &Store, command: AccountCommand) -> Result<()> {
    let name = match &command {
        AccountCommand::Disable { username }
        | AccountCommand::Enable { username }
        | AccountCommand::ResetSecondFactor { username }
        | AccountCommand::SignOutEverywhere { username } => username.clone(),
    };
    let user = store
        .user_by_username(&name)
        .await
        .with_context(|| format!("no user named {name}"))?;
    match command {
        AccountCommand::Disable { .. } => {
            store.set_user_active(user.id, false).await?;
            println!("Disabled {name}; every session ended.");
        }
        AccountCommand::Enable { .. } => {
            store.set_user_active(user.id, true).await?;
            println!("Enabled {name}.");
        }
        AccountCommand::ResetSecondFactor { .. } => {
            store.reset_second_factor(user.id).await?;
            println!("Forgot the second factor of {name}; the next sign-in sets up a new one.");
        }
        AccountCommand::SignOutEverywhere { .. } => {
            let ended = store.end_all_sessions(user.id).await?;
            println!("Ended {ended} sessions of {name}.");
        }
    }
    Ok(())
}
