//! The period a report covers: whole calendar months from `from` to `to`, both included.
//! Typed as `YYYY-MM` in a filter form; anything else, a reversed range or more than
//! [`MAX_MONTHS`] months is refused with a message id.

/// At most three years on one report (the charts stay readable, the queries bounded).
pub const MAX_MONTHS: i32 = 36;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct YearMonth {
    pub year: i32,
    /// 1–12.
    pub month: i32,
}

impl YearMonth {
    /// `YYYY-MM` (Bengali digits accepted, as everywhere people type numbers).
    pub fn parse(typed: &str) -> Option<YearMonth> {
        let typed: String = typed
            .trim()
            .chars()
            .map(|c| crate::digits::to_ascii_digit(c).unwrap_or(c))
            .collect();
        let (y, m) = typed.split_once('-')?;
        if y.len() != 4 || m.is_empty() || m.len() > 2 {
            return None;
        }
        let year: i32 = y.parse().ok()?;
        let month: i32 = m.parse().ok()?;
        ((1..=12).contains(&month) && (1900..=9999).contains(&year))
            .then_some(YearMonth { year, month })
    }

    /// Months from the year 0, so that differences are month counts.
    fn index(self) -> i32 {
        self.year * 12 + self.month - 1
    }

    fn from_index(i: i32) -> YearMonth {
        YearMonth {
            year: i.div_euclid(12),
            month: i.rem_euclid(12) + 1,
        }
    }

    /// The month `n` months later (earlier for negative `n`).
    pub fn plus(self, n: i32) -> YearMonth {
        YearMonth::from_index(self.index() + n)
    }

    pub fn label(self) -> String {
        format!("{:04}-{:02}", self.year, self.month)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ReportPeriod {
    pub from: YearMonth,
    pub to: YearMonth,
}

impl ReportPeriod {
    /// The `n` months ending with `to`.
    pub fn ending(to: YearMonth, n: i32) -> ReportPeriod {
        ReportPeriod {
            from: to.plus(-(n.clamp(1, MAX_MONTHS) - 1)),
            to,
        }
    }

    /// From the typed bounds; an empty bound defaults to `default`'s. Errors are message
    /// ids for the field at fault (`from` or `to`).
    pub fn parse(
        from: &str,
        to: &str,
        default: ReportPeriod,
    ) -> Result<ReportPeriod, (&'static str, &'static str)> {
        let bound = |typed: &str, field: &'static str, fallback: YearMonth| {
            if typed.trim().is_empty() {
                Ok(fallback)
            } else {
                YearMonth::parse(typed).ok_or((field, "reports-error-month"))
            }
        };
        let to = bound(to, "to", default.to)?;
        let from = bound(from, "from", default.from)?;
        if from > to {
            return Err(("from", "reports-error-period-reversed"));
        }
        let period = ReportPeriod { from, to };
        if period.months() > MAX_MONTHS {
            return Err(("from", "reports-error-period-long"));
        }
        Ok(period)
    }

    /// How many months it covers (at least 1).
    pub fn months(self) -> i32 {
        self.to.index() - self.from.index() + 1
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ym(y: i32, m: i32) -> YearMonth {
        YearMonth { year: y, month: m }
    }

    #[test]
    fn dashboard_period_months_parse_and_count() {
        assert_eq!(YearMonth::parse("2026-03"), Some(ym(2026, 3)));
        assert_eq!(YearMonth::parse("২০২৬-০৩"), Some(ym(2026, 3)));
        assert_eq!(YearMonth::parse("2026-13"), None);
        assert_eq!(YearMonth::parse("26-03"), None);
        assert_eq!(YearMonth::parse("March"), None);
        assert_eq!(ym(2026, 1).plus(-1), ym(2025, 12));
        assert_eq!(ym(2026, 12).plus(1).label(), "2027-01");
        let p = ReportPeriod::ending(ym(2026, 3), 12);
        assert_eq!(p.from, ym(2025, 4));
        assert_eq!(p.months(), 12);
    }

    #[test]
    fn dashboard_period_refuses_reversed_and_long_ranges() {
        let d = ReportPeriod::ending(ym(2026, 3), 12);
        assert_eq!(ReportPeriod::parse("", "", d), Ok(d));
        assert_eq!(
            ReportPeriod::parse("2026-01", "2026-02", d).map(|p| p.months()),
            Ok(2)
        );
        assert_eq!(
            ReportPeriod::parse("2026-04", "2026-02", d),
            Err(("from", "reports-error-period-reversed"))
        );
        assert_eq!(
            ReportPeriod::parse("2020-01", "2026-02", d),
            Err(("from", "reports-error-period-long"))
        );
        assert_eq!(
            ReportPeriod::parse("x", "", d),
            Err(("from", "reports-error-month"))
        );
    }
}
