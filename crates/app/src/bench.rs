//! `workvoice bench`: seeds a throwaway database, starts a real server as a child process
//! and measures it over HTTP the way browsers and integrations use it. The figures are
//! printed, never asserted: the speed targets (DESIGN §6) live here and nowhere else.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Child, Stdio};
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use anyhow::{Context, Result, bail};
use rand::rngs::StdRng;
use rand::seq::SliceRandom;
use rand::{Rng, SeedableRng};
use reqwest::StatusCode;
use reqwest::header::{ACCEPT_ENCODING, AUTHORIZATION, CONTENT_TYPE, COOKIE, SET_COOKIE};
use workvoice_domain::{Country, Intake, Language, RawIntake, Role};
use workvoice_store::{NewUser, NewWorkplace, Store, now_millis};

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
    /// Keep the temporary folder (SQLite database, key, server log) and print where it is
    #[arg(long)]
    keep: bool,
    /// Filled from the global `--database`: a PostgreSQL admin URL, or none for SQLite.
    #[arg(skip)]
    pub admin_url: Option<String>,
}

const WORKPLACES: usize = 40;
const BATCH: usize = 1_000;
const OPERATOR: &str = "bench-operator";
const CONCURRENT_CLIENTS: usize = 16;
/// What a current browser sends; pages are measured as browsers receive them.
const BROWSER_ENCODING: &str = "gzip, deflate, br, zstd";

pub async fn run(args: BenchArgs) -> Result<()> {
    if args.cases == 0 || args.requests == 0 || args.seconds == 0 {
        bail!("--cases, --seconds and --requests must be at least 1");
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
    let seeded = seed(&store, args.cases).await;
    store.close().await;
    let seeded = seeded?;
    report.seed_seconds = seeded.seconds;

    let server = Server::start(dir, url, &settings.key_path())?;
    server.wait_healthy(Duration::from_secs(60)).await?;
    println!("Server {} is up (pid {}).", server.base, server.pid());

    let client = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .pool_max_idle_per_host(CONCURRENT_CLIENTS * 2)
        .timeout(Duration::from_secs(60))
        .build()?;
    let bench = Bench {
        client,
        base: server.base.clone(),
        token: seeded.token.clone(),
        workplaces: Arc::new(seeded.workplaces.clone()),
    };

    for clients in [1, CONCURRENT_CLIENTS] {
        println!(
            "Creating cases through POST /api/cases with {clients} client(s) for {} s…",
            args.seconds
        );
        let cpu_before = server.cpu_seconds();
        let mut run = bench
            .create_throughput(clients, Duration::from_secs(args.seconds))
            .await;
        run.server_cpu = server.cpu_seconds().zip(cpu_before).map(|(a, b)| a - b);
        println!(
            "  {:.0} cases/s ({} created, {} errors{})",
            run.per_second(),
            run.created,
            run.errors,
            run.cpu_per_case()
                .map(|ms| format!(", server CPU {ms:.2} ms per case"))
                .unwrap_or_default()
        );
        report.throughput.push(run);
    }

    let session = bench.sign_in(OPERATOR, &seeded.password).await?;
    println!("Signed in as {OPERATOR}.");

    let mut rng = StdRng::seed_from_u64(7);
    let ids = &seeded.case_ids;
    let mut targets: Vec<(String, Target)> = vec![
        ("case page /cases/{id}".into(), Target::CasePage),
        ("queue /cases".into(), Target::Page("/cases".into())),
        (
            "queue urgent by urgency".into(),
            Target::Page("/cases?urgency=urgent&sort=urgency".into()),
        ),
    ];
    for word in SEARCH_WORDS {
        targets.push((
            format!("search {word}"),
            Target::Page(format!("/search?q={}", percent(word))),
        ));
    }
    for word in API_SEARCH_WORDS {
        targets.push((
            format!("api /api/cases?q={word}"),
            Target::Api(format!("/api/cases?q={}", percent(word))),
        ));
    }
    for (label, target) in targets {
        print!("Timing {label} ({} requests)… ", args.requests);
        flush();
        let mut samples = Vec::with_capacity(args.requests);
        let mut errors = 0;
        for _ in 0..args.requests {
            let path = match &target {
                Target::CasePage => {
                    format!("/cases/{}", ids.choose(&mut rng).copied().unwrap_or(1))
                }
                Target::Page(p) | Target::Api(p) => p.clone(),
            };
            let auth = match target {
                Target::Api(_) => Auth::Bearer(&bench.token),
                _ => Auth::Session(&session),
            };
            let started = Instant::now();
            let ok = bench
                .get(&path, auth, Some(BROWSER_ENCODING))
                .await
                .is_ok_and(|(status, _)| status == StatusCode::OK);
            samples.push(started.elapsed());
            if !ok {
                errors += 1;
            }
        }
        let latency = Latency::of(label, samples, errors);
        println!(
            "p50 {:.1} ms, p99 {:.1} ms{}",
            ms(latency.p50),
            ms(latency.p99),
            if errors > 0 {
                format!(", {errors} errors")
            } else {
                String::new()
            }
        );
        report.latencies.push(latency);
    }

    println!("Weighing pages…");
    let case_path = format!("/cases/{}", ids.choose(&mut rng).copied().unwrap_or(1));
    let mut assets = Vec::new();
    for (label, path) in [
        ("/cases/new", "/cases/new".to_owned()),
        ("/cases", "/cases".to_owned()),
        ("case page", case_path),
    ] {
        let mut weight = Weight {
            label: label.into(),
            ..Weight::default()
        };
        for (slot, encoding) in [(0, None), (1, Some("gzip")), (2, Some("br"))] {
            let (status, body) = bench.get(&path, Auth::Session(&session), encoding).await?;
            if status != StatusCode::OK {
                bail!("GET {path} answered {status}");
            }
            weight.bytes[slot] = body.len();
            if slot == 0 {
                for asset in static_assets(&String::from_utf8_lossy(&body)) {
                    if !assets.contains(&asset) {
                        assets.push(asset);
                    }
                }
            }
        }
        report.weights.push(weight);
    }
    for asset in assets {
        let mut weight = Weight {
            label: asset.clone(),
            ..Weight::default()
        };
        for (slot, encoding) in [(0, None), (1, Some("gzip")), (2, Some("br"))] {
            let (_, body) = bench.get(&asset, Auth::None, encoding).await?;
            weight.bytes[slot] = body.len();
        }
        report.weights.push(weight);
    }

    report.memory = server.memory();
    drop(server);
    Ok(())
}

// ---------------------------------------------------------------------------------------
// Seeding

struct Seeded {
    workplaces: Workplaces,
    case_ids: Vec<i64>,
    password: String,
    token: String,
    seconds: f64,
}

async fn seed(store: &Store, cases: usize) -> Result<Seeded> {
    let started = Instant::now();
    let now = now_millis();
    let mut rng = StdRng::seed_from_u64(42);
    let mut workplaces = Workplaces::default();
    for i in 0..WORKPLACES {
        let (country, district) = if i % 3 == 2 {
            (Country::Vietnam, VN_DISTRICTS[i % VN_DISTRICTS.len()])
        } else {
            (Country::Bangladesh, BD_DISTRICTS[i % BD_DISTRICTS.len()])
        };
        let name = match country {
            Country::Bangladesh => format!("{} Garments {}", BD_NAMES[i % BD_NAMES.len()], i + 1),
            Country::Vietnam => format!("Công ty May {} {}", VN_NAMES[i % VN_NAMES.len()], i + 1),
        };
        let workers_total = rng.gen_range(300..8_000);
        let workplace = store
            .create_workplace(
                &NewWorkplace {
                    name,
                    country,
                    district: district.into(),
                    address: format!("Plot {}, {district}", rng.gen_range(1..400)),
                    sector: "garments".into(),
                    workers_total,
                    workers_women: workers_total * rng.gen_range(50..80) / 100,
                    brand_organisation_ids: Vec::new(),
                },
                now,
            )
            .await?;
        match country {
            Country::Bangladesh => workplaces.bd.push(workplace.id),
            Country::Vietnam => workplaces.vn.push(workplace.id),
        }
    }
    println!("Seeded {WORKPLACES} workplaces.");

    let helpline = store.helpline_organisation(now).await?;
    let password = crate::admin::one_time_password();
    let operator = store
        .create_user(
            &NewUser {
                organisation_id: helpline,
                username: OPERATOR.into(),
                display_name: "Bench Operator".into(),
                role: Role::Operator,
                language: Language::En,
                password: password.clone(),
            },
            now,
        )
        .await?;
    let (_, token) = store.create_api_token(operator, "benchmark", now).await?;

    // Spread the cases over the past year, oldest first, so "newest" means something.
    let batches = cases.div_ceil(BATCH).max(1);
    let year = 365 * 24 * 3600 * 1000_i64;
    let phones = phone_pool(&mut rng, (cases / 4).max(1));
    let mut case_ids = Vec::with_capacity(cases);
    let mut next_report = 1;
    let mut batch = Vec::with_capacity(BATCH);
    for b in 0..batches {
        batch.clear();
        let size = BATCH.min(cases - b * BATCH);
        for _ in 0..size {
            batch.push(sample_case(&mut rng, &workplaces, &phones).intake()?);
        }
        let at = now - year + year * i64::try_from(b)? / i64::try_from(batches)?;
        case_ids.extend(store.create_cases_bulk(&batch, Some(operator), at).await?);
        if case_ids.len() * 10 >= cases * next_report {
            let secs = started.elapsed().as_secs_f64();
            println!(
                "  seeded {:>3}%: {} cases in {:.1} s ({:.0} cases/s)",
                case_ids.len() * 100 / cases,
                case_ids.len(),
                secs,
                case_ids.len() as f64 / secs
            );
            next_report = case_ids.len() * 10 / cases + 1;
        }
    }
    let seconds = started.elapsed().as_secs_f64();
    println!("Seeded {} cases in {seconds:.1} s.", case_ids.len());
    Ok(Seeded {
        workplaces,
        case_ids,
        password,
        token,
        seconds,
    })
}

fn phone_pool(rng: &mut StdRng, n: usize) -> Vec<String> {
    (0..n)
        .map(|i| {
            if i % 3 == 2 {
                format!("+849{:08}", rng.gen_range(0..100_000_000))
            } else {
                format!(
                    "+8801{}{:08}",
                    rng.gen_range(3..10),
                    rng.gen_range(0..100_000_000)
                )
            }
        })
        .collect()
}

// ---------------------------------------------------------------------------------------
// Realistic text: a few templates per language with varied words.

const SEARCH_WORDS: [&str; 4] = ["অগ্নিকাণ্ড", "বেতন", "cong nhan", "overtime"];
const API_SEARCH_WORDS: [&str; 2] = ["অগ্নিকাণ্ড", "cong nhan"];

const BD_DISTRICTS: [&str; 5] = ["Gazipur", "Savar", "Narayanganj", "Ashulia", "Chattogram"];
const VN_DISTRICTS: [&str; 4] = ["Bình Dương", "Đồng Nai", "Long An", "Hải Phòng"];
const BD_NAMES: [&str; 6] = [
    "Rahman",
    "Padma",
    "Meghna",
    "Sonar Bangla",
    "Karnaphuli",
    "Jamuna",
];
const VN_NAMES: [&str; 5] = [
    "Thành Công",
    "Việt Tiến",
    "Hòa Bình",
    "Sài Gòn",
    "Phương Đông",
];

/// (category, usual urgency, summary, sentence for the narrative); `{n}` and `{place}`
/// are filled in.
type Template = (&'static str, &'static str, &'static str, &'static str);

const BN: [Template; 6] = [
    (
        "life_safety.fire",
        "life_safety",
        "{n} তলায় অগ্নিকাণ্ড, শ্রমিকরা আটকে আছে",
        "{place} এ আগুন লেগেছে, সিঁড়িতে ধোঁয়া, অগ্নিকাণ্ডের সময় গেট তালাবদ্ধ ছিল।",
    ),
    (
        "life_safety.blocked_exits",
        "urgent",
        "{n} তলার বের হওয়ার দরজা তালাবদ্ধ",
        "রাতের শিফটে {place} এর জরুরি দরজা বন্ধ রাখা হয়, অগ্নিকাণ্ড হলে বের হওয়া যাবে না।",
    ),
    (
        "wages.unpaid",
        "normal",
        "{n} মাসের বেতন বকেয়া",
        "{place} এর শ্রমিকরা {n} মাস ধরে বেতন পাননি, ম্যানেজার বলছেন পরের মাসে দেবেন।",
    ),
    (
        "hours.overtime",
        "normal",
        "ওভারটাইমের টাকা দেওয়া হয়নি",
        "সেলাই লাইনে প্রতিদিন {n} ঘণ্টা ওভারটাইম করানো হয় কিন্তু টাকা দেওয়া হয় না।",
    ),
    (
        "abuse.verbal",
        "urgent",
        "সুপারভাইজার গালিগালাজ করেন",
        "{place} এর কাটিং সেকশনের সুপারভাইজার শ্রমিকদের গালিগালাজ করেন এবং হুমকি দেন।",
    ),
    (
        "osh.heat",
        "normal",
        "কারখানায় প্রচণ্ড গরম, পানি নেই",
        "ফিনিশিং ফ্লোরে ফ্যান নষ্ট, {n} জন শ্রমিক অসুস্থ হয়ে পড়েছেন, খাবার পানি নেই।",
    ),
];

const VI: [Template; 6] = [
    (
        "life_safety.fire",
        "life_safety",
        "Cháy ở xưởng may tầng {n}, công nhân mắc kẹt",
        "Khói bốc lên từ kho vải ở {place}, công nhân không thoát ra được vì cửa bị khóa.",
    ),
    (
        "life_safety.blocked_exits",
        "urgent",
        "Cửa thoát hiểm tầng {n} bị khóa",
        "Ca đêm ở {place} cửa thoát hiểm luôn khóa, công nhân lo sợ nếu có cháy.",
    ),
    (
        "wages.unpaid",
        "normal",
        "Công ty nợ lương công nhân {n} tháng",
        "Công nhân ở {place} chưa được trả lương {n} tháng, quản đốc hứa tháng sau sẽ trả.",
    ),
    (
        "hours.overtime",
        "normal",
        "Tăng ca quá nhiều, không được trả tiền",
        "Chuyền may phải tăng ca {n} giờ mỗi ngày nhưng không có tiền tăng ca.",
    ),
    (
        "abuse.verbal",
        "urgent",
        "Tổ trưởng chửi mắng công nhân",
        "Tổ trưởng ở {place} thường xuyên chửi mắng và đe dọa công nhân nữ.",
    ),
    (
        "osh.heat",
        "normal",
        "Nhà xưởng quá nóng, thiếu nước uống",
        "Quạt hỏng, {n} công nhân bị ngất ở {place}, không có nước uống.",
    ),
];

const EN: [Template; 6] = [
    (
        "life_safety.fire",
        "life_safety",
        "Fire on floor {n}, workers trapped",
        "Smoke in the stairs at {place}; the gate was locked during the fire.",
    ),
    (
        "life_safety.alarm_equipment",
        "urgent",
        "Fire alarm not working on floor {n}",
        "The fire alarm at {place} has been broken for {n} weeks and extinguishers are empty.",
    ),
    (
        "wages.unpaid",
        "normal",
        "Wages unpaid for {n} months",
        "Workers at {place} have not been paid for {n} months; the manager says next month.",
    ),
    (
        "hours.overtime",
        "normal",
        "Forced overtime without pay",
        "The sewing line works {n} hours of overtime a day and the overtime is not paid.",
    ),
    (
        "abuse.verbal",
        "urgent",
        "Supervisor shouts at workers",
        "A supervisor in the cutting section at {place} shouts at and threatens workers.",
    ),
    (
        "osh.heat",
        "normal",
        "No drinking water and unbearable heat",
        "Fans are broken at {place}; {n} workers fainted on the finishing floor.",
    ),
];

const BN_EXTRA: [&str; 6] = [
    "নাইট শিফটে এটা বেশি হয়।",
    "শ্রমিক পরিচয় গোপন রাখতে চান।",
    "গত সপ্তাহেও একই ঘটনা ঘটেছে।",
    "লাইন চিফ জানেন কিন্তু কিছু করেননি।",
    "মেশিন অপারেটররা ভয় পাচ্ছেন।",
    "",
];
const VI_EXTRA: [&str; 6] = [
    "Chuyện này xảy ra nhiều vào ca đêm.",
    "Người gọi muốn giữ bí mật danh tính.",
    "Tuần trước cũng xảy ra chuyện tương tự.",
    "Bảo vệ biết nhưng không làm gì.",
    "Công nhân sợ bị đuổi việc.",
    "",
];
const EN_EXTRA: [&str; 6] = [
    "It happens mostly on the night shift.",
    "The caller wants to stay anonymous.",
    "The same happened last week.",
    "The line chief knows but did nothing.",
    "Machine operators are afraid to complain.",
    "",
];

/// One generated case, as the API and the intake form receive it.
#[derive(serde::Serialize)]
struct SampleCase {
    workplace_id: Option<i64>,
    category: String,
    urgency: String,
    language: String,
    summary: String,
    narrative: String,
    shareable_summary: String,
    caller_phone: String,
    consent_sms: bool,
    channel: String,
}

impl SampleCase {
    fn intake(&self) -> Result<Intake> {
        let raw = RawIntake {
            workplace_id: self.workplace_id,
            category: self.category.clone(),
            urgency: self.urgency.clone(),
            language: self.language.clone(),
            summary: self.summary.clone(),
            narrative: self.narrative.clone(),
            shareable_summary: self.shareable_summary.clone(),
            caller_phone: self.caller_phone.clone(),
            consent_sms: self.consent_sms,
            channel: self.channel.clone(),
            ..RawIntake::default()
        };
        Intake::parse(
            raw,
            |c| workvoice_domain::taxonomy::find(c).is_some(),
            Country::Bangladesh,
        )
        .map_err(|e| anyhow::anyhow!("generated an invalid case: {e:?}"))
    }
}

/// Seeded workplaces by country, so a Bengali report names a factory in Bangladesh.
#[derive(Debug, Clone, Default)]
struct Workplaces {
    bd: Vec<i64>,
    vn: Vec<i64>,
}

fn sample_case(rng: &mut StdRng, workplaces: &Workplaces, phones: &[String]) -> SampleCase {
    let (language, templates, extras, places, at) = match rng.gen_range(0..10) {
        0..=4 => ("bn", &BN, &BN_EXTRA, &BD_DISTRICTS[..], &workplaces.bd),
        5..=7 => ("vi", &VI, &VI_EXTRA, &VN_DISTRICTS[..], &workplaces.vn),
        8 => ("en", &EN, &EN_EXTRA, &BD_DISTRICTS[..], &workplaces.bd),
        _ => ("en", &EN, &EN_EXTRA, &VN_DISTRICTS[..], &workplaces.vn),
    };
    let (category, usual, summary, sentence) = templates[rng.gen_range(0..templates.len())];
    let n = rng.gen_range(2..9).to_string();
    let place = places[rng.gen_range(0..places.len())];
    let fill = |s: &str| s.replace("{n}", &n).replace("{place}", place);
    let urgency = match rng.gen_range(0..10) {
        0 => "informational",
        1..=2 => "urgent",
        3..=4 => "normal",
        _ => usual,
    };
    let summary = fill(summary);
    let mut narrative = fill(sentence);
    for _ in 0..rng.gen_range(1..4) {
        let extra = extras[rng.gen_range(0..extras.len())];
        if !extra.is_empty() {
            narrative.push(' ');
            narrative.push_str(extra);
        }
    }
    let with_caller = rng.gen_bool(0.3);
    SampleCase {
        workplace_id: (rng.gen_bool(0.9) && !at.is_empty()).then(|| at[rng.gen_range(0..at.len())]),
        category: category.into(),
        urgency: urgency.into(),
        language: language.into(),
        shareable_summary: summary.clone(),
        summary,
        narrative,
        caller_phone: if with_caller {
            phones[rng.gen_range(0..phones.len())].clone()
        } else {
            String::new()
        },
        consent_sms: with_caller && rng.gen_bool(0.5),
        channel: ["phone", "phone", "phone", "sms", "ivr", "walk_in"][rng.gen_range(0..6)].into(),
    }
}

// ---------------------------------------------------------------------------------------
// The server under test

struct Server {
    child: Child,
    base: String,
    log: PathBuf,
}

impl Server {
    fn start(dir: &Path, url: &str, key: &Path) -> Result<Server> {
        let port = std::net::TcpListener::bind("127.0.0.1:0")?
            .local_addr()?
            .port();
        let listen = format!("127.0.0.1:{port}");
        let log = dir.join("server.log");
        let out = std::fs::File::create(&log)?;
        let child = std::process::Command::new(std::env::current_exe()?)
            .arg("serve")
            .arg("--data-dir")
            .arg(dir)
            .arg("--database")
            .arg(url)
            .arg("--listen")
            .arg(&listen)
            // A file that does not exist: no workvoice.toml from the current folder.
            .arg("--config")
            .arg(dir.join("no-config.toml"))
            .env("WORKVOICE_SECURE_COOKIES", "false")
            .env("WORKVOICE_KEY_FILE", key)
            .stdin(Stdio::null())
            .stdout(out.try_clone()?)
            .stderr(out)
            .spawn()
            .context("starting workvoice serve")?;
        Ok(Server {
            child,
            base: format!("http://{listen}"),
            log,
        })
    }

    fn pid(&self) -> u32 {
        self.child.id()
    }

    async fn wait_healthy(&self, limit: Duration) -> Result<()> {
        let started = Instant::now();
        let client = reqwest::Client::new();
        loop {
            let ok = client
                .get(format!("{}/healthz", self.base))
                .send()
                .await
                .is_ok_and(|r| r.status() == StatusCode::OK);
            if ok {
                return Ok(());
            }
            if started.elapsed() > limit {
                bail!(
                    "the server did not answer /healthz within {} s; its log:\n{}",
                    limit.as_secs(),
                    std::fs::read_to_string(&self.log).unwrap_or_default()
                );
            }
            if !std::path::Path::new(&format!("/proc/{}", self.pid())).exists() {
                bail!(
                    "the server exited; its log:\n{}",
                    std::fs::read_to_string(&self.log).unwrap_or_default()
                );
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// CPU time (user + system) the server has used so far, from `/proc/<pid>/stat`.
    fn cpu_seconds(&self) -> Option<f64> {
        let stat = std::fs::read_to_string(format!("/proc/{}/stat", self.pid())).ok()?;
        // Fields after the command name, which is in parentheses and may hold spaces.
        let fields: Vec<&str> = stat[stat.rfind(')')? + 2..].split(' ').collect();
        let ticks: f64 =
            fields.get(11)?.parse::<f64>().ok()? + fields.get(12)?.parse::<f64>().ok()?;
        // USER_HZ is 100 on every Linux this runs on.
        Some(ticks / 100.0)
    }

    /// (peak, current) resident memory in kB, from `/proc/<pid>/status`.
    fn memory(&self) -> Option<(u64, u64)> {
        let status = std::fs::read_to_string(format!("/proc/{}/status", self.pid())).ok()?;
        let field = |name: &str| {
            status
                .lines()
                .find_map(|l| l.strip_prefix(name))
                .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        };
        Some((field("VmHWM:")?, field("VmRSS:")?))
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

// ---------------------------------------------------------------------------------------
// The client

#[derive(Clone)]
struct Bench {
    client: reqwest::Client,
    base: String,
    token: String,
    workplaces: Arc<Workplaces>,
}

enum Target {
    CasePage,
    Page(String),
    Api(String),
}

#[derive(Clone, Copy)]
enum Auth<'a> {
    None,
    Session(&'a str),
    Bearer(&'a str),
}

impl Bench {
    async fn get(
        &self,
        path: &str,
        auth: Auth<'_>,
        encoding: Option<&str>,
    ) -> Result<(StatusCode, Vec<u8>)> {
        let mut req = self.client.get(format!("{}{path}", self.base));
        req = match auth {
            Auth::None => req,
            Auth::Session(s) => req.header(COOKIE, format!("wv_session={s}")),
            Auth::Bearer(t) => req.header(AUTHORIZATION, format!("Bearer {t}")),
        };
        if let Some(e) = encoding {
            req = req.header(ACCEPT_ENCODING, e);
        }
        let resp = req.send().await?;
        let status = resp.status();
        Ok((status, resp.bytes().await?.to_vec()))
    }

    async fn create_throughput(&self, clients: usize, length: Duration) -> Throughput {
        let created = Arc::new(AtomicU64::new(0));
        let errors = Arc::new(AtomicU64::new(0));
        let started = Instant::now();
        let deadline = started + length;
        let mut tasks = Vec::new();
        for worker in 0..clients {
            let bench = self.clone();
            let (created, errors) = (created.clone(), errors.clone());
            tasks.push(tokio::spawn(async move {
                let mut rng = StdRng::seed_from_u64(1_000 + worker as u64);
                let phones = phone_pool(&mut rng, 50);
                while Instant::now() < deadline {
                    let case = sample_case(&mut rng, &bench.workplaces, &phones);
                    let resp = bench
                        .client
                        .post(format!("{}/api/cases", bench.base))
                        .header(AUTHORIZATION, format!("Bearer {}", bench.token))
                        .json(&case)
                        .send()
                        .await;
                    let ok = match resp {
                        Ok(r) => {
                            let ok = r.status() == StatusCode::CREATED;
                            let _ = r.bytes().await;
                            ok
                        }
                        Err(_) => false,
                    };
                    if ok {
                        created.fetch_add(1, Ordering::Relaxed);
                    } else {
                        errors.fetch_add(1, Ordering::Relaxed);
                    }
                }
            }));
        }
        for t in tasks {
            let _ = t.await;
        }
        Throughput {
            clients,
            created: created.load(Ordering::Relaxed),
            errors: errors.load(Ordering::Relaxed),
            seconds: started.elapsed().as_secs_f64(),
            server_cpu: None,
        }
    }

    /// Signs in the way a browser does: the login form sets a double-submit cookie and
    /// carries the same token in a hidden field; the form post returns the session cookie.
    async fn sign_in(&self, username: &str, password: &str) -> Result<String> {
        let resp = self
            .client
            .get(format!("{}/login", self.base))
            .send()
            .await?;
        let pre = cookie(&resp, "wv_pre").context("GET /login set no wv_pre cookie")?;
        let html = resp.text().await?;
        let csrf = hidden_csrf(&html).context("the login form has no csrf field")?;
        let body = format!(
            "username={}&password={}&csrf={}",
            percent(username),
            percent(password),
            percent(&csrf)
        );
        let resp = self
            .client
            .post(format!("{}/login", self.base))
            .header(COOKIE, format!("wv_pre={pre}"))
            .header(CONTENT_TYPE, "application/x-www-form-urlencoded")
            .body(body)
            .send()
            .await?;
        let status = resp.status();
        cookie(&resp, "wv_session")
            .with_context(|| format!("POST /login answered {status} without a session cookie"))
    }
}

fn cookie(resp: &reqwest::Response, name: &str) -> Option<String> {
    resp.headers()
        .get_all(SET_COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .filter_map(|v| v.split(';').next()?.split_once('='))
        .find(|(k, v)| *k == name && !v.is_empty())
        .map(|(_, v)| v.to_owned())
}

fn hidden_csrf(html: &str) -> Option<String> {
    let marker = "name=\"csrf\" value=\"";
    let start = html.find(marker)? + marker.len();
    let len = html[start..].find('"')?;
    Some(html[start..start + len].to_owned())
}

/// `/static/…` URLs a page links to (styles, scripts, icons).
fn static_assets(html: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = html;
    while let Some(i) = rest.find("\"/static/") {
        let tail = &rest[i + 1..];
        let Some(end) = tail.find('"') else { break };
        let url = tail[..end].to_owned();
        if !out.contains(&url) {
            out.push(url);
        }
        rest = &tail[end..];
    }
    out
}

/// Percent-encodes everything but unreserved characters (RFC 3986).
fn percent(s: &str) -> String {
    let mut out = String::with_capacity(s.len() * 3);
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~".contains(&b) {
            out.push(char::from(b));
        } else {
            let _ = write!(out, "%{b:02X}");
        }
    }
    out
}

fn flush() {
    use std::io::Write;
    let _ = std::io::stdout().flush();
}

// ---------------------------------------------------------------------------------------
// Figures

struct Throughput {
    clients: usize,
    created: u64,
    errors: u64,
    seconds: f64,
    /// CPU seconds (user + system) the server spent during the run.
    server_cpu: Option<f64>,
}

impl Throughput {
    fn cpu_per_case(&self) -> Option<f64> {
        let cpu = self.server_cpu?;
        (self.created > 0).then(|| cpu * 1000.0 / self.created as f64)
    }

    fn per_second(&self) -> f64 {
        self.created as f64 / self.seconds.max(f64::EPSILON)
    }
}

struct Latency {
    label: String,
    p50: Duration,
    p95: Duration,
    p99: Duration,
    max: Duration,
    errors: usize,
}

impl Latency {
    fn of(label: String, mut samples: Vec<Duration>, errors: usize) -> Latency {
        samples.sort();
        let at = |q: f64| {
            if samples.is_empty() {
                return Duration::ZERO;
            }
            let rank = (q * samples.len() as f64).ceil() as usize;
            samples[rank.clamp(1, samples.len()) - 1]
        };
        Latency {
            label,
            p50: at(0.50),
            p95: at(0.95),
            p99: at(0.99),
            max: samples.last().copied().unwrap_or_default(),
            errors,
        }
    }
}

#[derive(Default)]
struct Weight {
    label: String,
    /// identity, gzip, br
    bytes: [usize; 3],
}

#[derive(Default)]
struct Report {
    engine: String,
    cases: usize,
    machine: String,
    profile: &'static str,
    seed_seconds: f64,
    throughput: Vec<Throughput>,
    latencies: Vec<Latency>,
    weights: Vec<Weight>,
    memory: Option<(u64, u64)>,
    load_start: String,
    load_end: String,
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

fn kb(bytes: usize) -> String {
    format!("{:.1} KB", bytes as f64 / 1024.0)
}

impl Report {
    fn render(&self) -> String {
        let mut o = String::new();
        let _ = writeln!(o, "\n=== Workvoice benchmark summary ===");
        let _ = writeln!(o, "engine        {}", self.engine);
        let _ = writeln!(
            o,
            "cases         {} seeded in {:.1} s ({:.0} cases/s, in-process bulk)",
            self.cases,
            self.seed_seconds,
            self.cases as f64 / self.seed_seconds.max(f64::EPSILON)
        );
        let _ = writeln!(o, "machine       {}", self.machine);
        let _ = writeln!(o, "build         {}", self.profile);
        let _ = writeln!(
            o,
            "load average  {} at the start, {} at the end (1/5/15 min; other work competes for the cores)",
            self.load_start, self.load_end
        );
        let _ = writeln!(
            o,
            "\ncreate via POST /api/cases (bench client on the same machine)"
        );
        for t in &self.throughput {
            let _ = writeln!(
                o,
                "  {:>2} client(s)  {:>8.0} cases/s   {} created in {:.1} s, {} errors{}",
                t.clients,
                t.per_second(),
                t.created,
                t.seconds,
                t.errors,
                t.cpu_per_case()
                    .map(|ms| format!(", server CPU {ms:.2} ms/case"))
                    .unwrap_or_default()
            );
        }
        let _ = writeln!(
            o,
            "\nlatency, ms (sequential; pages with Accept-Encoding: {BROWSER_ENCODING})"
        );
        let _ = writeln!(
            o,
            "  {:<34} {:>8} {:>8} {:>8} {:>8} {:>7}",
            "request", "p50", "p95", "p99", "max", "errors"
        );
        for l in &self.latencies {
            let _ = writeln!(
                o,
                "  {:<34} {:>8.1} {:>8.1} {:>8.1} {:>8.1} {:>7}",
                l.label,
                ms(l.p50),
                ms(l.p95),
                ms(l.p99),
                ms(l.max),
                l.errors
            );
        }
        let _ = writeln!(o, "\npage weight over the wire (response body)");
        let _ = writeln!(
            o,
            "  {:<34} {:>10} {:>10} {:>10}",
            "page", "identity", "gzip", "br"
        );
        for w in &self.weights {
            let _ = writeln!(
                o,
                "  {:<34} {:>10} {:>10} {:>10}",
                w.label,
                kb(w.bytes[0]),
                kb(w.bytes[1]),
                kb(w.bytes[2])
            );
        }
        if let Some(case) = self.weights.iter().find(|w| w.label == "case page") {
            let assets: usize = self
                .weights
                .iter()
                .filter(|w| w.label.starts_with("/static/"))
                .map(|w| w.bytes[2])
                .sum();
            let _ = writeln!(
                o,
                "  {:<34} {:>32}",
                "case page + its assets, br",
                kb(case.bytes[2] + assets)
            );
        }
        let failed = self.throughput.iter().map(|t| t.errors).sum::<u64>()
            + self.latencies.iter().map(|l| l.errors as u64).sum::<u64>();
        let _ = writeln!(o, "\nfailed requests {failed}");
        let _ = writeln!(o, "\nserver memory");
        match self.memory {
            Some((peak, now)) => {
                let _ = writeln!(
                    o,
                    "  peak (VmHWM) {:.1} MB, at the end (VmRSS) {:.1} MB",
                    peak as f64 / 1024.0,
                    now as f64 / 1024.0
                );
            }
            None => {
                let _ = writeln!(o, "  unknown (no /proc)");
            }
        }
        o
    }
}

fn load_average() -> String {
    std::fs::read_to_string("/proc/loadavg")
        .map(|l| l.split(' ').take(3).collect::<Vec<_>>().join("/"))
        .unwrap_or_else(|_| "?".into())
}

fn machine() -> String {
    let cores = std::thread::available_parallelism().map_or(0, usize::from);
    let model = std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|info| {
            info.lines()
                .find_map(|l| l.strip_prefix("model name"))
                .map(|v| v.trim_start_matches([' ', '\t', ':']).trim().to_owned())
        })
        .unwrap_or_else(|| "unknown CPU".into());
    format!("{cores} cores (nproc), {model}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percentiles_use_nearest_rank() {
        let samples = (1..=100).map(Duration::from_millis).collect();
        let l = Latency::of("x".into(), samples, 0);
        assert_eq!(l.p50, Duration::from_millis(50));
        assert_eq!(l.p99, Duration::from_millis(99));
        assert_eq!(l.max, Duration::from_millis(100));
    }

    #[test]
    fn generated_cases_are_valid_and_mixed() {
        let mut rng = StdRng::seed_from_u64(1);
        let phones = phone_pool(&mut rng, 10);
        let cases: Vec<_> = (0..300)
            .map(|_| sample_case(&mut rng, &Workplaces::default(), &phones))
            .collect();
        assert!(cases.iter().all(|c| c.intake().is_ok()));
        let text: String = cases.iter().map(|c| c.narrative.clone()).collect();
        assert!(text.contains("অগ্নিকাণ্ড"));
        assert!(text.contains("công nhân"));
        assert!(text.contains("overtime"));
    }

    #[test]
    fn form_helpers() {
        assert_eq!(percent("a b&ক"), "a%20b%26%E0%A6%95");
        assert_eq!(
            hidden_csrf(r#"<input type="hidden" name="csrf" value="abc-_1">"#).as_deref(),
            Some("abc-_1")
        );
        assert_eq!(
            static_assets(r#"<link href="/static/app.css"><script src="/static/app.js">"#),
            ["/static/app.css", "/static/app.js"]
        );
    }
}
