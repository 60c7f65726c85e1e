//! The `workvoice` command: serve the product, migrate, create an admin, fill a demo,
//! measure with the benchmark.

mod account;
mod admin;
mod backup;
mod bench;
mod demo;
mod locale;
mod open;
mod osh;
mod proc_status;
mod progress;
mod retention;
mod serve;
mod settings;
mod subject_requests;
mod surveys;
mod users;
mod workplaces;

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
    /// Create a user and print a one-time password
    CreateUser {
        /// Username for the new user
        #[arg(long)]
        username: String,
        /// operator, supervisor, admin, factory_contact, brand,
        /// programme_manager, provider_staff or enterprise_owner
        #[arg(long)]
        role: String,
        /// The workplace a factory contact or an enterprise owner belongs to (its exact name)
        #[arg(long)]
        workplace: Option<String>,
        /// The brand a brand user belongs to (its exact name)
        #[arg(long)]
        brand: Option<String>,
        /// The OSH service provider a provider staff member works for (its exact name)
        #[arg(long)]
        provider: Option<String>,
        /// With --provider: create the provider if none has that name yet
        #[arg(long)]
        create_provider: bool,
    },
    /// Check the access log's hash chain; exits 1 and names the first bad row if broken
    VerifyAccessLog,
    /// Create an API token for a user (a service account) and print it once
    CreateToken {
        /// The user the token acts as
        #[arg(long)]
        username: String,
        /// What the token is for, e.g. "IVR bridge"
        #[arg(long)]
        name: String,
    },
    /// Measure: seed a throwaway database, start a server, print throughput, latencies,
    /// page sizes and memory
    ///
    /// Seeds N cases (in-process, in bulk) into a temporary folder, starts `workvoice
    /// serve` on a free port, then measures over HTTP: cases created per second through
    /// the API (1 and 16 clients), latency percentiles of the case page, the queue, search
    /// and the API, page weight with gzip and brotli, and the server's peak memory. Figures
    /// are printed, never asserted.
    ///
    /// SQLite by default. With --database postgres://USER@HOST/DB (an admin connection
    /// allowed to CREATE DATABASE) it creates a fresh database wv_bench_<random>, measures
    /// PostgreSQL instead and drops that database at the end.
    Bench(bench::BenchArgs),
    /// Export a language's messages as CSV for a native reviewer, and import the review
    ///
    /// `workvoice locale export bn > bn.csv` writes every Bengali message with its
    /// English source, its page, what each placeholder means and the term list;
    /// `workvoice locale import bn bn.csv` writes the reviewed "translation" column back
    /// into crates/web/locales/bn/*.ftl, refusing rows whose placeholders changed.
    #[command(subcommand)]
    Locale(locale::LocaleCommand),
    /// Import or export the workplace registry as CSV.
    #[command(subcommand)]
    Workplaces(workplaces::WorkplacesCommand),
    /// OSH programme data from and to files: import an action-checklist template, write
    /// every enterprise's feedback report.
    #[command(subcommand)]
    Osh(osh::OshCommand),
    /// Disable or enable an account, forget its second factor, or sign it out everywhere
    #[command(subcommand)]
    Account(account::AccountCommand),
    /// Show or set each programme's retention period, or remove expired identity now
    #[command(subcommand)]
    Retention(retention::RetentionCommand),
    /// Write an online, consistent backup of the database, encrypted with the key file
    Backup {
        /// The backup file to write (it must not exist yet)
        #[arg(long)]
        output: std::path::PathBuf,
    },
    /// Bring a backup back into the configured database (stop the server first)
    Restore {
        /// The backup file
        #[arg(long)]
        input: std::path::PathBuf,
        /// Confirms replacing the database's current contents
        #[arg(long)]
        yes: bool,
    },
    /// A worker's request for their data (access) or its removal (erasure)
    #[command(subcommand)]
    SubjectRequest(subject_requests::SubjectRequestCommand),
    /// Make the satisfaction-survey attempts that are due (the server does it every minute)
    #[command(subcommand)]
    Surveys(surveys::SurveysCommand),
}

fn main() -> Result<()> {
    let cli = Cli::parse();
    if let Command::Locale(command) = cli.command {
        // Works on the source files: no settings, database or runtime needed.
        return locale::run(command);
    }
    let settings = Settings::load(&cli.overrides)?;
    let mut command = cli.command;
    if let Command::Bench(args) = &mut command {
        // Only the flag counts: a configured database is never benchmarked (it would be filled).
        args.admin_url = cli.overrides.database.clone();
    }
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()?;
    runtime.block_on(run(command, settings))
}

async fn run(command: Command, settings: Settings) -> Result<()> {
    match command {
        Command::Serve(args) => serve::serve(settings, args).await,
        Command::Bench(args) => bench::run(args).await,
        Command::Locale(command) => locale::run(command),
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
                .create_api_token(
                    user.id,
                    &name,
                    workvoice_domain::Millis(workvoice_store::now_millis()),
                )
                .await?;
            println!("API token for {username} ({name}), shown once:\n{token}");
            store.close().await;
            Ok(())
        }
        Command::Osh(command) => {
            open::with_store(&settings, async |store| {
                osh::run(store, settings.suppression_min, command).await
            })
            .await
        }
        Command::Workplaces(command) => {
            open::with_store(&settings, async |store| {
                workplaces::run(store, command).await
            })
            .await
        }
        Command::Backup { output } => backup::backup(&settings, &output).await,
        Command::Restore { input, yes } => backup::restore(&settings, &input, yes).await,
        Command::SubjectRequest(command) => {
            open::with_store(&settings, async |store| {
                subject_requests::run(store, command, settings.country()?).await
            })
            .await
        }
        Command::Surveys(command) => {
            open::with_store(&settings, async |store| {
                surveys::run(store, &settings, command).await
            })
            .await
        }
        Command::Retention(command) => {
            open::with_store(&settings, async |store| {
                retention::run(store, command, &settings.data_dir.join("attachments")).await
            })
            .await
        }
        Command::Account(command) => {
            open::with_store(&settings, async |store| account::run(store, command).await).await
        }
        Command::Demo => {
            let store = open::open_store(&settings).await?;
            demo::fill_if_empty(&store, &settings.data_dir.join("attachments")).await?;
            store.close().await;
            Ok(())
        }
        Command::CreateUser {
            username,
            role,
            workplace,
            brand,
            provider,
            create_provider,
        } => {
            let store = open::open_store(&settings).await?;
            let at = users::Belongs {
                workplace: workplace.as_deref(),
                brand: brand.as_deref(),
                provider: provider.as_deref(),
                create_provider,
            };
            let password = users::create_user(&store, &username, &role, at).await;
            let password = match password {
                Ok(p) => p,
                Err(e) => {
                    store.close().await;
                    return Err(e);
                }
            };
            println!("Created user \"{username}\" ({role}) with the one-time password {password}");
            store.close().await;
            Ok(())
        }
        Command::VerifyAccessLog => {
            let store = open::open_store(&settings).await?;
            let report = store.verify_access_log().await?;
            store.close().await;
            match report.first_bad_id {
                None => {
                    println!("Access log: {} rows checked, chain OK.", report.rows);
                    Ok(())
                }
                Some(id) => {
                    anyhow::bail!(
                        "access log chain broken at row id {id} ({} rows checked)",
                        report.rows
                    )
                }
            }
        }
    }
}
