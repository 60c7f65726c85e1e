//! Whether each protocol step was met on time, for compliance reports.
//!
//! Callers supply due times computed with `deadline::due_at` and the times
//! steps were met from the case's events; this module only classifies and
//! counts, so reports and case screens agree on what "late" means.

use crate::code_enum::code_enum;
use crate::deadline::is_overdue;
use crate::protocol::StepKind;
use crate::time::Millis;

code_enum! {
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum StepOutcome / "step-outcome-" {
        /// Met at or before its due time (or met while no deadline ran).
        OnTime = "on_time",
        /// Met after its due time.
        Late = "late",
        /// Not met, not yet due (or no due time yet).
        Open = "open",
        /// Not met and past its due time.
        Overdue = "overdue",
    }
}

/// One step of one case as a report sees it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StepTiming {
    pub step: StepKind,
    /// `None` when no deadline runs: the step's trigger has not happened or
    /// an open pause holds the count.
    pub due: Option<Millis>,
    pub met_at: Option<Millis>,
}

/// Classifies one step at `now`. Meeting a step exactly at its due time is
/// on time, matching `deadline::is_overdue`.
pub fn outcome(due: Option<Millis>, met_at: Option<Millis>, now: Millis) -> StepOutcome {
    match (met_at, due) {
        (Some(met), Some(due)) if is_overdue(met, due) => StepOutcome::Late,
        (Some(_), _) => StepOutcome::OnTime,
        (None, Some(due)) if is_overdue(now, due) => StepOutcome::Overdue,
        (None, _) => StepOutcome::Open,
    }
}

/// `outcome` for each step, in the given order.
pub fn outcomes(steps: &[StepTiming], now: Millis) -> Vec<(StepKind, StepOutcome)> {
    steps
        .iter()
        .map(|s| (s.step, outcome(s.due, s.met_at, now)))
        .collect()
}

/// Totals per outcome, e.g. for one step kind over a month.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct OutcomeCounts {
    pub on_time: u64,
    pub late: u64,
    pub open: u64,
    pub overdue: u64,
}

impl OutcomeCounts {
    pub fn tally(outcomes: impl IntoIterator<Item = StepOutcome>) -> OutcomeCounts {
        let mut c = OutcomeCounts::default();
        for o in outcomes {
            c.add(o);
        }
        c
    }

    pub fn add(&mut self, o: StepOutcome) {
        let n = match o {
            StepOutcome::OnTime => &mut self.on_time,
            StepOutcome::Late => &mut self.late,
            StepOutcome::Open => &mut self.open,
            StepOutcome::Overdue => &mut self.overdue,
        };
        *n = n.saturating_add(1);
    }

    pub fn total(&self) -> u64 {
        self.on_time
            .saturating_add(self.late)
            .saturating_add(self.open)
            .saturating_add(self.overdue)
    }

    /// On-time share in whole percent (rounded half up) of the steps whose
    /// timeliness is settled: met, or overdue (already missed). Open steps
    /// are left out because they may still be met on time. `None` when no
    /// step is settled, so reports show "no data" rather than 0 %.
    pub fn on_time_percent(&self) -> Option<u64> {
        let settled = self
            .on_time
            .saturating_add(self.late)
            .saturating_add(self.overdue);
        if settled == 0 {
            return None;
        }
        // u128 so that huge counts cannot overflow the multiplication.
        let pct =
            (u128::from(self.on_time) * 200 + u128::from(settled)) / (2 * u128::from(settled));
        u64::try_from(pct).ok()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classifies_each_case() {
        let due = Some(Millis(100));
        let now = Millis(150);
        assert_eq!(outcome(due, Some(Millis(90)), now), StepOutcome::OnTime);
        assert_eq!(outcome(due, Some(Millis(100)), now), StepOutcome::OnTime);
        assert_eq!(outcome(due, Some(Millis(101)), now), StepOutcome::Late);
        assert_eq!(outcome(due, None, Millis(100)), StepOutcome::Open);
        assert_eq!(outcome(due, None, Millis(101)), StepOutcome::Overdue);
        assert_eq!(outcome(None, None, now), StepOutcome::Open);
        assert_eq!(outcome(None, Some(Millis(5)), now), StepOutcome::OnTime);
    }

    #[test]
    fn outcomes_keep_order() {
        let steps = [
            StepTiming {
                step: StepKind::AcknowledgeWorker,
                due: Some(Millis(10)),
                met_at: Some(Millis(5)),
            },
            StepTiming {
                step: StepKind::InformFactory,
                due: Some(Millis(20)),
                met_at: Some(Millis(30)),
            },
            StepTiming {
                step: StepKind::FactoryResponse,
                due: Some(Millis(40)),
                met_at: None,
            },
            StepTiming {
                step: StepKind::InformWorker,
                due: None,
                met_at: None,
            },
        ];
        assert_eq!(
            outcomes(&steps, Millis(50)),
            vec![
                (StepKind::AcknowledgeWorker, StepOutcome::OnTime),
                (StepKind::InformFactory, StepOutcome::Late),
                (StepKind::FactoryResponse, StepOutcome::Overdue),
                (StepKind::InformWorker, StepOutcome::Open),
            ]
        );
    }

    #[test]
    fn counts_and_percent() {
        use StepOutcome::*;
        let c = OutcomeCounts::tally([OnTime, OnTime, Late, Open, Overdue, Open]);
        assert_eq!(
            c,
            OutcomeCounts {
                on_time: 2,
                late: 1,
                open: 2,
                overdue: 1
            }
        );
        assert_eq!(c.total(), 6);
        // 2 of 4 settled.
        assert_eq!(c.on_time_percent(), Some(50));
        assert_eq!(
            OutcomeCounts::tally([OnTime, OnTime, Late]).on_time_percent(),
            Some(67)
        );
        assert_eq!(
            OutcomeCounts::tally([OnTime, Late, Late]).on_time_percent(),
            Some(33)
        );
        assert_eq!(OutcomeCounts::tally([Open]).on_time_percent(), None);
        assert_eq!(OutcomeCounts::default().on_time_percent(), None);
        let big = OutcomeCounts {
            on_time: u64::MAX,
            ..Default::default()
        };
        assert_eq!(big.on_time_percent(), Some(100));
        assert_eq!(StepOutcome::OnTime.message_key(), "step-outcome-on_time");
    }
}
