//! How long something took over many cases: the median and the 90th percentile, both by
//! the nearest-rank method, so each is a duration that really occurred (never an average
//! of two), and the count behind them.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DurationSummary {
    pub count: usize,
    pub median: i64,
    pub p90: i64,
}

/// The `pct`-th percentile of sorted values by nearest rank: the smallest value with at
/// least `pct` % of the values at or below it.
fn nearest_rank(sorted: &[i64], pct: usize) -> i64 {
    let n = sorted.len();
    let rank = (pct * n).div_ceil(100).clamp(1, n);
    sorted[rank - 1]
}

/// Median and p90 of `values` (any order); `None` for no values.
pub fn summarise(mut values: Vec<i64>) -> Option<DurationSummary> {
    if values.is_empty() {
        return None;
    }
    values.sort_unstable();
    Some(DurationSummary {
        count: values.len(),
        median: nearest_rank(&values, 50),
        p90: nearest_rank(&values, 90),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dashboard_durations_use_nearest_rank() {
        assert_eq!(summarise(vec![]), None);
        let one = summarise(vec![7]).unwrap();
        assert_eq!((one.count, one.median, one.p90), (1, 7, 7));
        // 1..=10: median is the 5th value, p90 the 9th.
        let ten = summarise((1..=10).rev().collect()).unwrap();
        assert_eq!((ten.count, ten.median, ten.p90), (10, 5, 9));
        // Four values: median the 2nd, p90 the 4th.
        let four = summarise(vec![40, 10, 30, 20]).unwrap();
        assert_eq!((four.median, four.p90), (20, 40));
    }
}
