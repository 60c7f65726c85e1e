//! Seeding: workplaces, the operator the benchmark signs in as, and N cases written in
//! bulk in-process, spread over the past year.

use std::time::Instant;

use anyhow::Result;
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use tokio::task::JoinSet;
use workvoice_domain::ids::CaseId;
use workvoice_domain::second_factor::TotpSecret;
use workvoice_domain::{Country, Language, Millis, Role};
use workvoice_store::{Engine, NewUser, NewWorkplace, Store, now_millis};

use super::OPERATOR;
use super::sample::{
    BD_DISTRICTS, BD_NAMES, VN_DISTRICTS, VN_NAMES, Workplaces, phone_pool, sample_case,
};

/// Workplaces seeded; every third is in Vietnam.
const WORKPLACES: usize = 40;
/// Cases per bulk insert.
const BATCH: usize = 1_000;

/// What the scenarios need from the seeded database.
pub struct Seeded {
    pub workplaces: Workplaces,
    pub case_ids: Vec<CaseId>,
    pub password: String,
    /// The operator's second factor, enrolled here, so the benchmark signs in fully.
    pub second_factor: TotpSecret,
    pub token: String,
    pub seconds: f64,
}

/// Seeds the workplaces, the operator and its API token, then `cases` cases.
pub async fn seed(store: &Store, cases: usize) -> Result<Seeded> {
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
                Millis(now),
            )
            .await?;
        match country {
            Country::Bangladesh => workplaces.bd.push(workplace.id),
            Country::Vietnam => workplaces.vn.push(workplace.id),
        }
    }
    println!("Seeded {WORKPLACES} workplaces.");

    let helpline = store.helpline_organisation(Millis(now)).await?;
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
            Millis(now),
        )
        .await?;
    let second_factor = TotpSecret::random(&mut rand::rngs::OsRng);
    store
        .enrol_totp_secret(operator, &second_factor, Millis(now))
        .await?;
    let (_, token) = store
        .create_api_token(operator, "benchmark", Millis(now))
        .await?;

    // Spread the cases over the past year, oldest first, so "newest" means something.
    let batches = cases.div_ceil(BATCH).max(1);
    let year = 365 * 24 * 3600 * 1000_i64;
    let phones = phone_pool(&mut rng, (cases / 4).max(1));
    // PostgreSQL waits on a round trip per statement, so a few batches go in at once on
    // their own connections; SQLite has one writer, which they would only queue for.
    let parallel = match store.engine() {
        Engine::Postgres => 4,
        Engine::Sqlite => 1,
    };
    let mut progress = Progress {
        by_batch: vec![Vec::new(); batches],
        seeded: 0,
        next_report: 1,
        cases,
        started,
    };
    let mut running = JoinSet::new();
    for b in 0..batches {
        if running.len() == parallel
            && let Some(done) = running.join_next().await
        {
            progress.record(done??);
        }
        let size = BATCH.min(cases - b * BATCH);
        let batch = (0..size)
            .map(|_| sample_case(&mut rng, &workplaces, &phones).intake())
            .collect::<Result<Vec<_>>>()?;
        let at = now - year + year * i64::try_from(b)? / i64::try_from(batches)?;
        let store = store.clone();
        running.spawn(async move {
            // Two batches can take the same callers' phones in opposite orders; PostgreSQL
            // then aborts one of them as a deadlock, which is tried again.
            let mut tries = 1;
            loop {
                match store
                    .create_cases_bulk(&batch, Some(operator), Millis(at))
                    .await
                {
                    Ok(ids) => return anyhow::Ok((b, ids)),
                    Err(e) if tries < 5 => {
                        eprintln!("  batch {b} tried again: {e}");
                        tries += 1;
                    }
                    Err(e) => return Err(e.into()),
                }
            }
        });
    }
    while let Some(done) = running.join_next().await {
        progress.record(done??);
    }
    let case_ids: Vec<CaseId> = progress.by_batch.into_iter().flatten().collect();
    let seconds = started.elapsed().as_secs_f64();
    println!("Seeded {} cases in {seconds:.1} s.", case_ids.len());
    Ok(Seeded {
        workplaces,
        case_ids,
        password,
        second_factor,
        token,
        seconds,
    })
}

/// The batches seeded so far, and when to say so.
struct Progress {
    by_batch: Vec<Vec<CaseId>>,
    seeded: usize,
    next_report: usize,
    cases: usize,
    started: Instant,
}

impl Progress {
    fn record(&mut self, (batch, ids): (usize, Vec<CaseId>)) {
        self.seeded += ids.len();
        self.by_batch[batch] = ids;
        if self.seeded * 10 >= self.cases * self.next_report {
            let secs = self.started.elapsed().as_secs_f64();
            println!(
                "  seeded {:>3}%: {} cases in {secs:.1} s ({:.0} cases/s)",
                self.seeded * 100 / self.cases,
                self.seeded,
                self.seeded as f64 / secs
            );
            self.next_report = self.seeded * 10 / self.cases + 1;
        }
    }
}
