//! Counting rules of the OSH aggregates (issue 10 item 6).
//!
//! - **One improvement counts once, in one area**: facts are keyed by improvement id, and a
//!   repeated fact (the same improvement read twice, say through two joins) is ignored.
//! - **Headline counts use verified improvements only**; done-but-self-reported ones are
//!   shown beside them as self-reported, never added in.
//! - **Risk reduction** is the sum of score before − score after over verified improvements
//!   scored both times, with the band transition of each (high → moderate, …).
//! - The low-cost share is of verified improvements.

use std::collections::{BTreeMap, BTreeSet};

use super::area::TechnicalArea;
use super::improvement::{ImprovementStatus, VerificationMethod};
use super::risk::{BandTransition, RiskScore, reduction};

/// What the aggregates need of one improvement.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ImprovementFact {
    pub id: i64,
    pub area: TechnicalArea,
    pub status: ImprovementStatus,
    pub verification: Option<VerificationMethod>,
    pub low_cost: bool,
    pub before: Option<RiskScore>,
    pub after: Option<RiskScore>,
}

impl ImprovementFact {
    /// Verified by a method that verifies (never a self-report): what headlines count.
    pub fn is_verified(&self) -> bool {
        self.status == ImprovementStatus::Verified
            && self.verification.is_some_and(VerificationMethod::verifies)
    }

    fn is_self_reported(&self) -> bool {
        self.status == ImprovementStatus::Done
    }
}

/// Counts of one group (an area, a provider, a month, or everything).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AreaTally {
    /// The headline: verified improvements.
    pub verified: i64,
    /// Done but not verified (the enterprise's own report or not yet seen).
    pub self_reported: i64,
    /// Proposed, planned or in progress.
    pub open: i64,
    pub abandoned: i64,
    /// Verified improvements marked low-cost.
    pub verified_low_cost: i64,
    /// Sum of before − after over verified improvements scored both times.
    pub risk_reduction: i64,
    /// Verified improvements scored both times.
    pub scored: i64,
    pub transitions: BTreeMap<BandTransition, i64>,
}

impl AreaTally {
    /// Counts `n` improvements like `fact`.
    fn add(&mut self, fact: &ImprovementFact, n: i64) {
        if fact.is_verified() {
            self.verified += n;
            self.verified_low_cost += i64::from(fact.low_cost) * n;
            if let (Some(before), Some(after)) = (fact.before, fact.after) {
                self.scored += n;
                self.risk_reduction += i64::from(reduction(before, after)) * n;
                *self
                    .transitions
                    .entry(BandTransition::between(before, after))
                    .or_default() += n;
            }
        } else if fact.is_self_reported() {
            self.self_reported += n;
        } else if fact.status == ImprovementStatus::Abandoned {
            self.abandoned += n;
        } else if fact.status.is_open() {
            self.open += n;
        }
    }

    /// Share of verified improvements that were low-cost, in whole per cent; `None`
    /// without any verified improvement.
    pub fn low_cost_percent(&self) -> Option<i64> {
        (self.verified > 0)
            .then(|| (self.verified_low_cost * 100 + self.verified / 2) / self.verified)
    }

    /// Verified improvements whose band went down.
    pub fn band_reductions(&self) -> i64 {
        self.transitions
            .iter()
            .filter(|(t, _)| t.is_reduction())
            .map(|(_, n)| n)
            .sum()
    }
}

/// The whole tally and one per area.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Tally {
    pub total: AreaTally,
    pub by_area: BTreeMap<TechnicalArea, AreaTally>,
}

/// Counts `facts` by the rules above; an id seen again is skipped.
pub fn tally(facts: impl IntoIterator<Item = ImprovementFact>) -> Tally {
    let mut seen = BTreeSet::new();
    let mut out = Tally::default();
    for fact in facts {
        if !seen.insert(fact.id) {
            continue;
        }
        out.total.add(&fact, 1);
        out.by_area.entry(fact.area).or_default().add(&fact, 1);
    }
    out
}

/// Counts groups of improvements by the same rules: each `(fact, n)` stands for `n`
/// distinct improvements alike in everything the rules read (area, status, verification,
/// low cost, risk before and after), as the database counts them — one row per
/// improvement, so none twice. The facts' ids are not compared.
pub fn tally_groups(groups: impl IntoIterator<Item = (ImprovementFact, i64)>) -> Tally {
    let mut out = Tally::default();
    for (fact, n) in groups {
        out.total.add(&fact, n);
        out.by_area.entry(fact.area).or_default().add(&fact, n);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::risk::{RiskBand, RiskLevel};
    use super::*;

    fn score(l: i64, s: i64) -> Option<RiskScore> {
        Some(RiskScore::new(RiskLevel::new(l)?, RiskLevel::new(s)?))
    }

    fn fact(id: i64, area: TechnicalArea, status: ImprovementStatus) -> ImprovementFact {
        ImprovementFact {
            id,
            area,
            status,
            verification: (status == ImprovementStatus::Verified)
                .then_some(VerificationMethod::ObservedOnVisit),
            low_cost: false,
            before: None,
            after: None,
        }
    }

    #[test]
    fn risk_headline_counts_verified_only() {
        use ImprovementStatus::*;
        use TechnicalArea::*;
        let mut self_report = fact(3, Premises, Done);
        self_report.verification = Some(VerificationMethod::SelfReported);
        let t = tally([
            fact(1, Premises, Verified),
            fact(2, Premises, Verified),
            self_report,
            fact(4, MachineSafety, Planned),
            fact(5, MachineSafety, Abandoned),
        ]);
        assert_eq!(t.total.verified, 2);
        assert_eq!(t.total.self_reported, 1);
        assert_eq!(t.total.open, 1);
        assert_eq!(t.total.abandoned, 1);
        assert_eq!(t.by_area[&Premises].verified, 2);
        assert_eq!(t.by_area[&MachineSafety].verified, 0);

        // A "verified" row that rests on a self-report (bad data) is not a headline.
        let mut odd = fact(6, Premises, Verified);
        odd.verification = Some(VerificationMethod::SelfReported);
        assert_eq!(tally([odd]).total.verified, 0);
    }

    #[test]
    fn risk_one_improvement_counted_once_in_one_area() {
        use ImprovementStatus::*;
        use TechnicalArea::*;
        let t = tally([
            fact(1, Premises, Verified),
            fact(1, Premises, Verified),
            fact(1, MachineSafety, Verified),
        ]);
        assert_eq!(t.total.verified, 1);
        assert_eq!(t.by_area.len(), 1);
        assert_eq!(t.by_area[&Premises].verified, 1);
    }

    #[test]
    fn risk_groups_count_as_their_improvements_one_by_one() {
        use ImprovementStatus::*;
        use TechnicalArea::*;
        let mut scored = fact(0, MaterialsHandling, Verified);
        (scored.before, scored.after, scored.low_cost) = (score(4, 3), score(2, 3), true);
        let mut self_report = fact(0, Premises, Done);
        self_report.verification = Some(VerificationMethod::SelfReported);
        let planned = fact(0, MachineSafety, Planned);
        let groups = [(scored, 3), (self_report, 2), (planned, 1)];
        let one_by_one = groups
            .iter()
            .flat_map(|(f, n)| std::iter::repeat_n(*f, *n as usize))
            .enumerate()
            .map(|(i, f)| ImprovementFact { id: i as i64, ..f });
        let grouped = tally_groups(groups);
        assert_eq!(grouped, tally(one_by_one));
        assert_eq!(grouped.total.verified, 3);
        assert_eq!(grouped.total.risk_reduction, 3 * (12 - 6));
        assert_eq!(grouped.total.self_reported, 2);
        assert_eq!(grouped.by_area[&MachineSafety].open, 1);
    }

    #[test]
    fn risk_reduction_and_band_transitions() {
        use ImprovementStatus::*;
        use TechnicalArea::*;
        let mut a = fact(1, MaterialsHandling, Verified);
        (a.before, a.after, a.low_cost) = (score(4, 3), score(2, 3), true);
        let mut b = fact(2, MaterialsHandling, Verified);
        (b.before, b.after) = (score(5, 4), score(2, 2));
        let mut c = fact(3, MaterialsHandling, Verified);
        c.before = score(3, 3); // never re-scored: not in the risk figures
        let mut d = fact(4, MaterialsHandling, Done);
        (d.before, d.after) = (score(5, 5), score(1, 1)); // not verified: not counted
        let t = tally([a, b, c, d]);
        assert_eq!(t.total.scored, 2);
        assert_eq!(t.total.risk_reduction, (12 - 6) + (20 - 4));
        let high_to_moderate = BandTransition {
            from: RiskBand::High,
            to: RiskBand::Moderate,
        };
        let critical_to_low = BandTransition {
            from: RiskBand::Critical,
            to: RiskBand::Low,
        };
        assert_eq!(t.total.transitions[&high_to_moderate], 1);
        assert_eq!(t.total.transitions[&critical_to_low], 1);
        assert_eq!(t.total.band_reductions(), 2);
        assert_eq!(t.total.low_cost_percent(), Some(33));
        assert_eq!(AreaTally::default().low_cost_percent(), None);
    }
}
