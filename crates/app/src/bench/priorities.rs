//! The training priority list at scale (issue 9's benchmark): 10,000 workplaces with a
//! year of programme records, and calls added in bulk until the database holds 1,000,000
//! cases; then a real server times the priority list (first page, a district filter) and
//! the programme figures page, signed in as a programme manager, and the reports (the
//! monthly report, the year's dashboard, the public statistics) over the same cases.
//! The figures go into the latency table with the other pages.

use std::time::{Duration, Instant};

use anyhow::Result;
use reqwest::StatusCode;
use workvoice_domain::second_factor::TotpSecret;
use workvoice_domain::{Language, Millis, Role};
use workvoice_store::{NewUser, now_millis};

use super::BROWSER_ENCODING;
use super::client::{Auth, Bench};
use super::latency::{Latency, ms};
use super::report::Report;
use crate::open;
use crate::settings::Settings;

const PROGRAMME_MANAGER: &str = "bench-programme";

/// Seeds the programme (`workplaces`, and calls up to `total_cases` beside the
/// `seeded_cases` already there), returns the programme manager's password.
pub async fn seed(
    settings: &Settings,
    workplaces: usize,
    total_cases: usize,
    seeded_cases: usize,
) -> Result<(String, TotpSecret)> {
    let store = open::open_store(settings).await?;
    let started = Instant::now();
    let now = now_millis();
    let today = jiff::Timestamp::from_millisecond(now)?
        .in_tz("Asia/Dhaka")?
        .date();
    let calls = total_cases.saturating_sub(seeded_cases);
    let seeded = store
        .seed_programme_bulk(workplaces, calls, now, today)
        .await;
    let password = crate::admin::one_time_password();
    let helpline = store.helpline_organisation(Millis(now)).await?;
    let user = store
        .create_user(
            &NewUser {
                organisation_id: helpline,
                username: PROGRAMME_MANAGER.into(),
                display_name: "Bench Programme Manager".into(),
                role: Role::ProgrammeManager,
                language: Language::En,
                password: password.clone(),
            },
            Millis(now),
        )
        .await;
    let second_factor = TotpSecret::random(&mut rand::rngs::OsRng);
    let enrolled = match &user {
        Ok(id) => store
            .enrol_totp_secret(*id, &second_factor, Millis(now))
            .await
            .map(drop),
        Err(_) => Ok(()),
    };
    store.close().await;
    seeded?;
    user?;
    enrolled?;
    println!(
        "Seeded the awareness programme: {workplaces} workplaces and {calls} more calls in {:.1} s.",
        started.elapsed().as_secs_f64()
    );
    Ok((password, second_factor))
}

/// Times the programme's pages on a server over the seeded database.
pub async fn run(
    bench: &Bench,
    (password, second_factor): &(String, TotpSecret),
    requests: usize,
    report: &mut Report,
) -> Result<()> {
    let session = bench
        .sign_in(PROGRAMME_MANAGER, password, second_factor)
        .await?;
    for (label, path) in [
        ("priorities /awareness/priorities", "/awareness/priorities"),
        (
            "priorities, district filter",
            "/awareness/priorities?district=Gazipur&page=3",
        ),
        ("programme /awareness/programme", "/awareness/programme"),
        // The reports over the same million cases (issue 12: the monthly report < 300 ms).
        ("monthly report /reports/monthly", "/reports/monthly"),
        ("dashboard /reports (a year)", "/reports"),
        ("public statistics /statistics", "/statistics"),
    ] {
        let mut samples = Vec::with_capacity(requests);
        let mut errors = 0;
        for _ in 0..requests {
            let started = Instant::now();
            let ok = bench
                .get(path, Auth::Session(&session), Some(BROWSER_ENCODING))
                .await
                .is_ok_and(|(status, _)| status == StatusCode::OK);
            samples.push(started.elapsed());
            if !ok {
                errors += 1;
            }
        }
        let latency = Latency::of(label.into(), samples, errors);
        println!(
            "Timed {label}: p50 {:.1} ms, p99 {:.1} ms ({requests} requests, {errors} errors).",
            ms(latency.p50),
            ms(latency.p99)
        );
        report.latencies.push(latency);
    }
    Ok(())
}

/// Requests per programme page: the list is heavier than a case page, so fewer.
pub fn requests(requested: usize) -> usize {
    requested.div_ceil(5).max(1)
}

/// How long a server may take to come up over the large database.
pub const STARTUP: Duration = Duration::from_secs(120);
