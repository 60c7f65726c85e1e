//! `workvoice bench`: seeds a throwaway database, starts a real server as a child process
//! and measures it over HTTP the way browsers and integrations use it. The figures are
//! printed, never asserted: the speed targets (DESIGN §6) live here and nowhere else.

mod client;
mod crash;
mod csv_import;
mod feedback_reports;
mod ivr;
mod latency;
mod osh;
mod outbox;
mod priorities;
mod report;
mod sample;
mod seed;
mod server;
mod throughput;
mod weight;

use std::path::Path;
use std::sync::Arc;
use std::time::Duration;

use anyhow::{Context, Result, bail};
use rand::SeedableRng;
use rand::rngs::StdRng;

use self::client::Bench;
use self::report::{Report, load_average, machine};
use self::server::Server;
use crate::open;
use crate::settings::Settings;

/// What the benchmark measures, and at what size.
#[derive(Debug, clap::Args)]
pub struct BenchArgs {
    /// Cases to seed before measuring
    #[arg(long, default_value_t = 100_000)]
    cases: usize,
    /// Seconds each case-creation throughput run lasts
    #[arg(long, default_value_t = 10)]
    seconds: u64,
    /// Sequential requests per latency measurement
    #[arg(long, default_value_t = 500)]
    requests: usize,
    /// Workplaces in the CSV import measured (`workvoice workplaces import`)
    #[arg(long, default_value_t = 100_000)]
    import_rows: usize,
    /// Workplaces of the awareness programme the training priority list is timed over
    #[arg(long, default_value_t = 10_000)]
    programme_workplaces: usize,
    /// Cases in the database when the priority list is timed (calls are added in bulk)
    #[arg(long, default_value_t = 1_000_000)]
    programme_cases: usize,
    /// OSH improvements the aggregates are timed over (spread over the programme's workplaces)
    #[arg(long, default_value_t = 100_000)]
    osh_improvements: usize,
    /// Size of the camera photo the upload path is timed on, in megapixels
    #[arg(long, default_value_t = 12.0)]
    photo_megapixels: f64,
    /// Photos the upload path is timed on
    #[arg(long, default_value_t = 5)]
    photos: usize,
    /// Rounds of 1,000 creations killed with SIGKILL at a random moment, each followed by a
    /// count of the acknowledged cases lost (it must be 0)
    #[arg(long, default_value_t = 100)]
    crash_rounds: usize,
    /// Keep the temporary folder (SQLite database, key, server log) and print where it is
    #[arg(long)]
    keep: bool,
    /// Measure only these sections, comma-separated (the cases are always seeded), e.g.
    /// `--only latency` for the latency table at a million cases without the hour the rest
    /// takes; all of them when absent
    #[arg(long, value_enum, value_delimiter = ',')]
    only: Vec<Section>,
    /// Filled from the global `--database`: a PostgreSQL admin URL, or none for SQLite.
    #[arg(skip)]
    pub admin_url: Option<String>,
}

/// The parts of the benchmark, in the order they run.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Section {
    /// The disk's raw commit rate and creation through the API at 1 and 16 clients
    Throughput,
    /// Case page, queue, search and API latencies
    Latency,
    /// The IVR webhook at 1,000 requests/s
    Ivr,
    /// Page weight over the wire
    Weight,
    /// Outbox delivery through Kannel
    Outbox,
    /// The awareness programme's pages, the reports (monthly report, dashboard, public
    /// statistics) and the OSH aggregates over the programme data set (seeds it:
    /// `--programme-cases`, `--osh-improvements`)
    Programme,
    /// Bulk feedback reports for the OSH programme's enterprises (needs `programme`)
    Feedback,
    /// The photo upload path
    Photos,
    /// The CSV import of workplaces
    Import,
    /// Crash rounds
    Crash,
}

impl BenchArgs {
    fn runs(&self, section: Section) -> bool {
        self.only.is_empty() || self.only.contains(&section)
    }
}

const OPERATOR: &str = "bench-operator";
const CONCURRENT_CLIENTS: usize = 16;
/// One-row commits the disk probe makes: enough for a steady rate, a second or two.
const RAW_COMMITS: usize = 2_000;
/// What a current browser sends; pages are measured as browsers receive them.
const BROWSER_ENCODING: &str = "gzip, deflate, br, zstd";

pub async fn run(args: BenchArgs) -> Result<()> {
    if args.cases == 0 || args.requests == 0 || args.seconds == 0 || args.import_rows == 0 {
        bail!("--cases, --seconds, --requests and --import-rows must be at least 1");
    }
    if args.runs(Section::Feedback) && !args.runs(Section::Programme) {
        bail!("--only feedback needs programme too: the feedback reports are of its enterprises");
    }
    let mut dir = tempfile::Builder::new()
        .prefix("workvoice-bench-")
        .tempdir()
        .context("creating a temporary folder")?;
    if args.keep {
        dir.disable_cleanup(true);
        println!("Keeping {} (--keep).", dir.path().display());
    }
    let mut report = Report {
        cases: args.cases,
        profile: if cfg!(debug_assertions) {
            "debug"
        } else {
            "release"
        },
        machine: machine(),
        load_start: load_average(),
        ..Report::default()
    };
    match args.admin_url.clone() {
        None => {
            report.engine = "SQLite".into();
            let url = format!("sqlite://{}", dir.path().join("workvoice.db").display());
            measure(&args, dir.path(), &url, &mut report).await?;
        }
        Some(admin) => {
            if !admin.starts_with("postgres://") && !admin.starts_with("postgresql://") {
                bail!(
                    "bench --database takes a postgres:// admin URL (SQLite needs no option: it runs in a temporary folder)"
                );
            }
            report.engine = "PostgreSQL".into();
            let name = format!("wv_bench_{:08x}", rand::random::<u32>());
            let url = workvoice_store::create_postgres_database(&admin, &name)
                .await
                .with_context(|| format!("creating database {name}"))?;
            println!("Created database {name}.");
            let measured = measure(&args, dir.path(), &url, &mut report).await;
            let dropped = workvoice_store::drop_postgres_database(&admin, &name).await;
            match &dropped {
                Ok(()) => println!("Dropped database {name}."),
                Err(e) => eprintln!("Could not drop database {name}: {e}"),
            }
            measured?;
        }
    }
    report.load_end = load_average();
    print!("{}", report.render());
    Ok(())
}

async fn measure(args: &BenchArgs, dir: &Path, url: &str, report: &mut Report) -> Result<()> {
    let settings = Settings {
        data_dir: dir.to_path_buf(),
        database_url: url.to_owned(),
        key_file: dir.join("master.key").display().to_string(),
        ..Settings::default()
    };
    println!(
        "Benchmark: {} with {} cases, {} build, {}.",
        report.engine, args.cases, report.profile, report.machine
    );
    let store = open::open_store(&settings).await?;
    let seeded = seed::seed(&store, args.cases).await;
    store.close().await;
    let seeded = seeded?;
    report.seed_seconds = seeded.seconds;

    if report.engine == "SQLite" && args.runs(Section::Throughput) {
        println!("Measuring the disk: one-row SQLite commits…");
        report.raw_commits = Some(workvoice_store::sqlite_commit_rate(dir, RAW_COMMITS).await?);
    }
    let server = Server::start(dir, url, &settings.key_path())?;
    server.wait_healthy(Duration::from_secs(60)).await?;
    println!("Server {} is up (pid {}).", server.base, server.pid());

    let bench = bench_for(&server, &seeded)?;

    if args.runs(Section::Throughput) {
        for clients in [1, CONCURRENT_CLIENTS] {
            let run =
                throughput::run(&bench, &server, clients, Duration::from_secs(args.seconds)).await;
            report.throughput.push(run);
        }
    }

    // One generator picks the case pages timed and weighed, so runs measure alike.
    let mut rng = StdRng::seed_from_u64(7);
    let ids = &seeded.case_ids;
    if args.runs(Section::Latency) || args.runs(Section::Weight) {
        let session = bench
            .sign_in(OPERATOR, &seeded.password, &seeded.second_factor)
            .await?;
        println!("Signed in as {OPERATOR}.");
        if args.runs(Section::Latency) {
            latency::run(&bench, &session, ids, &mut rng, args.requests, report).await;
        }
        if args.runs(Section::Weight) {
            weight::run(&bench, &session, ids, &mut rng, report).await?;
        }
    }
    if args.runs(Section::Ivr) {
        ivr::run(&bench, args.seconds, report).await;
    }

    report.memory = server.memory();
    drop(server);
    if args.runs(Section::Outbox) {
        let store = open::open_store(&settings).await?;
        let delivered = outbox::run(&store, dir, url, &settings.key_path(), report).await;
        store.close().await;
        delivered?;
    }

    if args.runs(Section::Programme) {
        programme(args, &settings, dir, url, &seeded, report).await?;
    }
    if args.runs(Section::Feedback) {
        feedback_reports::run(&settings, dir, report).await?;
    }
    if args.runs(Section::Photos) {
        osh::photos(args.photo_megapixels, args.photos, report)?;
    }
    if args.runs(Section::Import) {
        report.csv_import = Some(csv_import::run(
            dir,
            url,
            &settings.key_path(),
            args.import_rows,
        )?);
    }
    // Last: the rounds add cases the figures above are not about.
    if args.runs(Section::Crash) {
        crash::run(&bench, &settings, args.crash_rounds, report).await?;
    }
    Ok(())
}

/// A client of `server` holding what the seed made.
fn bench_for(server: &Server, seeded: &seed::Seeded) -> Result<Bench> {
    let client = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .pool_max_idle_per_host(CONCURRENT_CLIENTS * 2)
        .timeout(Duration::from_secs(60))
        .build()?;
    Ok(Bench {
        client,
        base: server.base.clone(),
        token: seeded.token.clone(),
        workplaces: Arc::new(seeded.workplaces.clone()),
    })
}

/// The awareness and OSH programmes at scale, on the same database: seeds them, then times
/// the programme's pages, the reports and the OSH aggregates on a fresh server.
async fn programme(
    args: &BenchArgs,
    settings: &Settings,
    dir: &Path,
    url: &str,
    seeded: &seed::Seeded,
    report: &mut Report,
) -> Result<()> {
    let password = priorities::seed(
        settings,
        args.programme_workplaces,
        args.programme_cases,
        args.cases,
    )
    .await?;
    let osh_workplaces =
        osh::seed(settings, args.osh_improvements, args.programme_workplaces).await?;
    let server = Server::start(dir, url, &settings.key_path())?;
    server.wait_healthy(priorities::STARTUP).await?;
    let programme_bench = bench_for(&server, seeded)?;
    priorities::run(
        &programme_bench,
        &password,
        priorities::requests(args.requests),
        report,
    )
    .await?;
    osh::run(
        &programme_bench,
        (args.osh_improvements, osh_workplaces),
        priorities::requests(args.requests),
        report,
    )
    .await?;
    drop(server);
    Ok(())
}
