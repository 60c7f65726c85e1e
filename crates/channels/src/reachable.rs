//! Whether a provider's HTTP endpoint answers at all, for the channel status page: any
//! HTTP status counts (Kannel answers a bare sendsms with 4xx), a refused connection or
//! a timeout does not.

use std::time::{Duration, Instant};

/// How long the status page waits for a provider.
pub const CHECK_TIMEOUT: Duration = Duration::from_secs(3);

/// The endpoint's answer time, or `None` when nothing answered within [`CHECK_TIMEOUT`].
pub async fn answers(url: &str) -> Option<Duration> {
    let client = reqwest::Client::builder()
        .timeout(CHECK_TIMEOUT)
        .build()
        .ok()?;
    let start = Instant::now();
    client.get(url).send().await.ok()?;
    Some(start.elapsed())
}
