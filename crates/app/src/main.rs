//! The `workvoice` command: serve the product, migrate, create an admin, fill a demo,
//! measure with the benchmark.

mod admin;
mod demo;
mod open;
mod serve;
mod settings;

use anyhow::{Context, Result};
use clap::{Parser, Subcommand};

use crate::settings::{Overrides, Settings};

#[derive(Parser)]
#[command(
    name = "workvoice",
    version,
    about = "Worker helpline and workplace-safety improvement platform"
)]
struct Cli {
    #[command(flatten)]
    overrides: Overrides,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Serve the web application (creates and migrates the database on first start)
    Serve(serve::ServeArgs),
    /// Create or upgrade the database schema, then exit
    Migrate,
    /// Create an administrator and print a one-time password
    CreateAdmin {
        /// Username for the new administrator
        #[arg(long)]
        username: String,
    },
    /// Fill an empty database with a realistic demo and print the logins
    Demo,
    /// Create an API token for a user (a service account) and print it once
    CreateToken {
        /// The user the token acts as
        #[arg(long)]
        username: String,
        /// What the token is for, e.g. "IVR bridge"
        #[arg(long)]
        name: String,
    },
}

fn main() -> Result<()> {
    let cli = Cli::parse();
    let settings = Settings::load(&cli.overrides)?;
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()?;
    runtime.block_on(run(cli.command, settings))
}

async fn run(command: Command, settings: Settings) -> Result<()> {
    match command {
        Command::Serve(args) => serve::serve(settings, args).await,
        Command::Migrate => {
            open::open_store(&settings).await?.close().await;
            println!("Database is up to date.");
            Ok(())
        }
        Command::CreateAdmin { username } => {
            let store = open::open_store(&settings).await?;
            let password = admin::create_admin(&store, &username).await?;
            println!("Created administrator \"{username}\" with the one-time password {password}");
            store.close().await;
            Ok(())
        }
        Command::CreateToken { username, name } => {
            let store = open::open_store(&settings).await?;
            let user = store
                .user_by_username(&username)
                .await
                .with_context(|| format!("no user named {username}"))?;
            let (_, token) = store
                .create_api_token(user.id, &name, workvoice_store::now_millis())
                .await?;
            println!("API token for {username} ({name}), shown once:\n{token}");
            store.close().await;
            Ok(())
        }
        Command::Demo => {
            let store = open::open_store(&settings).await?;
            demo::fill_if_empty(&store).await?;
            store.close().await;
            Ok(())
        }
    }
}
