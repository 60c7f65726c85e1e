//! Scenario: cases created per second through `POST /api/cases` by 1 and by 16 clients,
//! with the server CPU each case costs.

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use rand::SeedableRng;
use rand::rngs::StdRng;
use reqwest::StatusCode;
use reqwest::header::AUTHORIZATION;

use super::client::Bench;
use super::sample::{phone_pool, sample_case};
use super::server::Server;

/// One throughput run's figures.
pub struct Throughput {
    pub clients: usize,
    pub created: u64,
    pub errors: u64,
    pub seconds: f64,
    /// CPU seconds (user + system) the server spent during the run.
    pub server_cpu: Option<f64>,
    /// Transactions per commit of the SQLite writer during the run (from `/metrics`).
    pub group_size: Option<f64>,
}

impl Throughput {
    pub fn cpu_per_case(&self) -> Option<f64> {
        let cpu = self.server_cpu?;
        (self.created > 0).then(|| cpu * 1000.0 / self.created as f64)
    }

    pub fn per_second(&self) -> f64 {
        self.created as f64 / self.seconds.max(f64::EPSILON)
    }
}

/// One run: `clients` clients create cases for `length`; prints and returns its figures.
pub async fn run(bench: &Bench, server: &Server, clients: usize, length: Duration) -> Throughput {
    println!(
        "Creating cases through POST /api/cases with {clients} client(s) for {} s…",
        length.as_secs()
    );
    let cpu_before = server.cpu_seconds();
    let groups_before = bench.group_counters().await;
    let mut run = bench.create_throughput(clients, length).await;
    run.server_cpu = server.cpu_seconds().zip(cpu_before).map(|(a, b)| a - b);
    run.group_size = bench
        .group_counters()
        .await
        .zip(groups_before)
        .and_then(|((c1, m1), (c0, m0))| (c1 > c0).then(|| (m1 - m0) as f64 / (c1 - c0) as f64));
    println!(
        "  {:.0} cases/s ({} created, {} errors{}{})",
        run.per_second(),
        run.created,
        run.errors,
        run.cpu_per_case()
            .map(|ms| format!(", server CPU {ms:.2} ms per case"))
            .unwrap_or_default(),
        run.group_size
            .map(|n| format!(", {n:.1} cases per commit"))
            .unwrap_or_default()
    );
    run
}

/// The value of one line `name value` of a Prometheus text page.
fn metric(page: &str, name: &str) -> Option<u64> {
    page.lines().find_map(|line| {
        line.strip_prefix(name)?
            .strip_prefix(' ')?
            .trim()
            .parse()
            .ok()
    })
}

impl Bench {
    /// The writer's (commits, transactions) so far; `None` when `/metrics` does not answer.
    async fn group_counters(&self) -> Option<(u64, u64)> {
        let page = self
            .client
            .get(format!("{}/metrics", self.base))
            .send()
            .await
            .ok()?
            .text()
            .await
            .ok()?;
        Some((
            metric(&page, "workvoice_writer_group_commits_total")?,
            metric(&page, "workvoice_writer_group_members_total")?,
        ))
    }

    pub async fn create_throughput(&self, clients: usize, length: Duration) -> Throughput {
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
            group_size: None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::metric;

    #[test]
    fn a_metric_is_read_by_its_exact_name() {
        let page = "# HELP a_total A.\na_total 12\na_total_more 3\n";
        assert_eq!(metric(page, "a_total"), Some(12));
        assert_eq!(metric(page, "a"), None);
    }
}
