//! When to try a failed message again, and when to stop.

use std::time::Duration;

/// Exponential backoff: the first retry after `first_delay`, each next one twice as late,
/// never later than `max_delay`; after `max_attempts` failed attempts the message fails.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RetryPolicy {
    pub max_attempts: i64,
    pub first_delay: Duration,
    pub max_delay: Duration,
}

impl Default for RetryPolicy {
    /// Ten attempts over about three hours: long enough to ride out a provider's bad
    /// hour, short enough that an operator hears of a message that will not go.
    fn default() -> Self {
        RetryPolicy {
            max_attempts: 10,
            first_delay: Duration::from_secs(30),
            max_delay: Duration::from_secs(60 * 60),
        }
    }
}

impl RetryPolicy {
    /// The wait after the `attempts`-th failed attempt (counting from 1).
    pub fn delay_after(&self, attempts: i64) -> Duration {
        let doublings = u32::try_from(attempts.saturating_sub(1).clamp(0, 31)).unwrap_or(31);
        self.first_delay
            .saturating_mul(2u32.saturating_pow(doublings))
            .min(self.max_delay)
    }

    /// Whether a message that has failed `attempts` times may be tried again.
    pub fn may_retry(&self, attempts: i64) -> bool {
        attempts < self.max_attempts
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn delays_double_up_to_the_cap() {
        let policy = RetryPolicy {
            max_attempts: 10,
            first_delay: Duration::from_secs(30),
            max_delay: Duration::from_secs(300),
        };
        let delays: Vec<u64> = (1..=6).map(|n| policy.delay_after(n).as_secs()).collect();
        assert_eq!(delays, [30, 60, 120, 240, 300, 300]);
        assert_eq!(policy.delay_after(i64::MAX).as_secs(), 300);
    }

    #[test]
    fn retries_stop_at_the_limit() {
        let policy = RetryPolicy::default();
        assert!(policy.may_retry(9));
        assert!(!policy.may_retry(10));
    }
}
