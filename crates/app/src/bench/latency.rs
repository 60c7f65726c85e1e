//! Scenario: latency percentiles of the case page, the queue, search and the API, each
//! over sequential requests.

use std::time::{Duration, Instant};
use workvoice_domain::ids::CaseId;

use rand::rngs::StdRng;
use rand::seq::SliceRandom;
use reqwest::StatusCode;

use super::BROWSER_ENCODING;
use super::client::{Auth, Bench, percent};
use super::report::Report;
use super::sample::{API_SEARCH_WORDS, SEARCH_WORDS};

/// What a latency row requests: a random case page, a page, or an API path.
pub enum Target {
    CasePage,
    Page(String),
    Api(String),
}

/// Times each target over `requests` sequential requests and adds a row per target.
pub async fn run(
    bench: &Bench,
    session: &str,
    ids: &[CaseId],
    rng: &mut StdRng,
    requests: usize,
    report: &mut Report,
) {
    let mut targets: Vec<(String, Target)> = vec![
        ("case page /cases/{id}".into(), Target::CasePage),
        ("queue /cases".into(), Target::Page("/cases".into())),
        (
            "queue urgent by urgency".into(),
            Target::Page("/cases?urgency=urgent&sort=urgency".into()),
        ),
    ];
    for (word, share) in SEARCH_WORDS {
        targets.push((
            format!("search {word} ({share})"),
            Target::Page(format!("/search?q={}", percent(word))),
        ));
    }
    targets.push(("api /api/cases".into(), Target::Api("/api/cases".into())));
    for (word, share) in API_SEARCH_WORDS {
        targets.push((
            format!("api /api/cases?q={word} ({share})"),
            Target::Api(format!("/api/cases?q={}", percent(word))),
        ));
    }
    for (label, target) in targets {
        print!("Timing {label} ({} requests)… ", requests);
        flush();
        let mut samples = Vec::with_capacity(requests);
        let mut errors = 0;
        for _ in 0..requests {
            let path = match &target {
                Target::CasePage => {
                    format!(
                        "/cases/{}",
                        ids.choose(rng).copied().unwrap_or(CaseId::new(1))
                    )
                }
                Target::Page(p) | Target::Api(p) => p.clone(),
            };
            let auth = match target {
                Target::Api(_) => Auth::Bearer(&bench.token),
                _ => Auth::Session(session),
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
}

pub struct Latency {
    pub label: String,
    pub p50: Duration,
    pub p95: Duration,
    pub p99: Duration,
    pub max: Duration,
    pub errors: usize,
}

impl Latency {
    pub fn of(label: String, mut samples: Vec<Duration>, errors: usize) -> Latency {
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

pub fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

fn flush() {
    use std::io::Write;
    let _ = std::io::stdout().flush();
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
}
