//! Scenario: IVR webhook latency at a fixed offered rate (DESIGN §6: p99 under 10 ms at
//! 1,000 requests/s, signature check included). Requests are sent open-loop — each at
//! its own scheduled time, whether or not earlier ones have been answered — and timed
//! from that time, so a server that falls behind shows it in the percentiles instead of
//! slowing the generator down. Each is a signed menu choice of a new call; every tenth
//! asks for a callback, which writes its (call, step) row and a callback request, as
//! the turns with an effect do.

use std::time::{Duration, Instant};

use workvoice_channels::voice::signature::signature;

use super::client::Bench;
use super::latency::{Latency, ms};
use super::report::Report;

/// Requests per second offered.
pub const RATE: u64 = 1_000;
/// The token the benchmark's server is started with.
pub const TOKEN: &str = "bench-voice-auth-token";
const PATH: &str = "/voice/call/menu-0?lang=en&gathered=1";

pub async fn run(bench: &Bench, seconds: u64, report: &mut Report) {
    let total = RATE * seconds;
    println!("Timing IVR webhooks at {RATE}/s for {seconds} s (signed, open loop)… ");
    let url = format!("{}{PATH}", bench.base);
    let start = Instant::now() + Duration::from_millis(50);
    let mut set = tokio::task::JoinSet::new();
    for i in 0..total {
        let due = start + Duration::from_micros(i * 1_000_000 / RATE);
        tokio::time::sleep_until(due.into()).await;
        let params = vec![
            ("CallSid".to_owned(), format!("CA-bench-{i}")),
            ("From".to_owned(), format!("+88017{:08}", i % 100_000_000)),
            // Every tenth caller asks for a callback (a write); the rest navigate.
            (
                "Digits".to_owned(),
                if i % 10 == 0 { "3" } else { "2" }.to_owned(),
            ),
        ];
        let sig = signature(TOKEN, &url, &params);
        let body = params
            .iter()
            .map(|(k, v)| format!("{k}={}", v.replace('+', "%2B")))
            .collect::<Vec<_>>()
            .join("&");
        let request = bench
            .client
            .post(&url)
            .header("content-type", "application/x-www-form-urlencoded")
            .header("x-twilio-signature", sig)
            .body(body);
        set.spawn(async move {
            let ok = request
                .send()
                .await
                .is_ok_and(|r| r.status() == reqwest::StatusCode::OK);
            (due.elapsed(), ok)
        });
    }
    let mut samples = Vec::with_capacity(usize::try_from(total).unwrap_or(0));
    let mut errors = 0;
    while let Some(done) = set.join_next().await {
        match done {
            Ok((took, ok)) => {
                samples.push(took);
                if !ok {
                    errors += 1;
                }
            }
            Err(_) => errors += 1,
        }
    }
    let latency = Latency::of(format!("ivr webhook {RATE}/s signed"), samples, errors);
    println!(
        "IVR p50 {:.1} ms, p99 {:.1} ms, {errors} errors of {total}",
        ms(latency.p50),
        ms(latency.p99)
    );
    report.latencies.push(latency);
}
