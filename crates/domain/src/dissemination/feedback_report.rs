//! The enterprise feedback report's rules (issue 13 item 5).
//!
//! - **Own figures** are the OSH aggregates' tally (`osh::tally`) of the enterprise's own
//!   improvements: verified ones in the headline, self-reported beside them.
//! - **Peers** are the enterprises of the same programme with the same size band (by
//!   workers: micro 1–9, small 10–49, medium 50–249, large 250 and more; 0 = not known),
//!   the same sector (compared folded, so "Garments " and "garments" match) and the same
//!   region: the same district first; when that group is below the minimum, the same
//!   country. The enterprise itself belongs to its group.
//! - **The comparison** is the group's median (the lower middle value) of verified
//!   improvements and of risk reduction, and where the enterprise stands against each
//!   (above, level, below). A group of fewer enterprises than the minimum is never shown
//!   (`Comparison::Suppressed`): a median of two or three enterprises would tell the
//!   reader a neighbour's figures.
//! - **Local examples** are other enterprises' verified improvements, in the same district
//!   first and then the same country, the largest risk reduction first (then the newest,
//!   by id); never one of the enterprise's own, never a self-report.

use std::cmp::Ordering;
use std::collections::BTreeMap;

use crate::code_enum::code_enum;
use crate::ids::WorkplaceId;
use crate::osh::risk::reduction;
use crate::osh::{ImprovementFact, Tally, tally};
use crate::search_text::fold;

code_enum! {
    /// An enterprise's size by its workers.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
    pub enum SizeBand / "dissemination-size-" {
        Unknown = "unknown",
        Micro = "micro",
        Small = "small",
        Medium = "medium",
        Large = "large",
    }
}

impl SizeBand {
    /// The band of an enterprise with `workers` workers (0 or fewer: not known).
    pub fn of(workers: i64) -> SizeBand {
        match workers {
            i64::MIN..=0 => SizeBand::Unknown,
            1..=9 => SizeBand::Micro,
            10..=49 => SizeBand::Small,
            50..=249 => SizeBand::Medium,
            _ => SizeBand::Large,
        }
    }
}

code_enum! {
    /// How far the peer group had to be widened.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
    pub enum PeerRegion / "dissemination-peers-" {
        District = "district",
        Country = "country",
    }
}

code_enum! {
    /// Where the enterprise stands against its group's median.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum Standing / "dissemination-standing-" {
        Above = "above",
        Level = "level",
        Below = "below",
    }
}

impl Standing {
    fn of(own: i64, median: i64) -> Standing {
        match own.cmp(&median) {
            Ordering::Greater => Standing::Above,
            Ordering::Equal => Standing::Level,
            Ordering::Less => Standing::Below,
        }
    }
}

/// An enterprise of the programme as the report groups it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Enterprise {
    pub workplace: WorkplaceId,
    pub size: SizeBand,
    /// Folded sector (empty when not recorded).
    pub sector: String,
    pub country: String,
    pub district: String,
}

impl Enterprise {
    pub fn new(
        workplace: WorkplaceId,
        workers: i64,
        sector: &str,
        country: &str,
        district: &str,
    ) -> Enterprise {
        Enterprise {
            workplace,
            size: SizeBand::of(workers),
            sector: fold(sector.trim()),
            country: country.to_owned(),
            district: fold(district.trim()),
        }
    }

    fn key(&self, region: PeerRegion) -> PeerKey {
        PeerKey {
            size: self.size,
            sector: self.sector.clone(),
            country: self.country.clone(),
            district: match region {
                PeerRegion::District => self.district.clone(),
                PeerRegion::Country => String::new(),
            },
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
struct PeerKey {
    size: SizeBand,
    sector: String,
    country: String,
    /// Empty for the country-wide group.
    district: String,
}

/// One improvement of an enterprise of the programme.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct EnterpriseImprovement {
    pub workplace: WorkplaceId,
    pub fact: ImprovementFact,
}

/// The group's figures beside the enterprise's.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PeerFigures {
    pub region: PeerRegion,
    /// Enterprises in the group, this one included.
    pub enterprises: i64,
    pub median_verified: i64,
    pub median_reduction: i64,
    pub verified: Standing,
    pub reduction: Standing,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Comparison {
    Shown(PeerFigures),
    /// Even the country-wide group is below the minimum: nothing about peers is shown.
    Suppressed,
}

/// What the report needs of one enterprise's figures: verified improvements and the sum
/// of their risk reduction.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
struct Headline {
    verified: i64,
    reduction: i64,
}

/// Every enterprise of a programme with its tally, grouped once so that a report for each
/// of ten thousand enterprises costs a look-up each.
#[derive(Debug, Clone, Default)]
pub struct FeedbackBook {
    /// The whole programme's tally.
    total: Tally,
    tallies: BTreeMap<WorkplaceId, Tally>,
    groups: BTreeMap<PeerKey, Vec<Headline>>,
    /// Verified improvements by country and folded district, largest reduction first.
    examples: BTreeMap<(String, String), Vec<EnterpriseImprovement>>,
}

/// The lower median of `values` (sorted here); 0 for none.
fn median(values: &mut [i64]) -> i64 {
    values.sort_unstable();
    values
        .get(values.len().saturating_sub(1) / 2)
        .copied()
        .unwrap_or(0)
}

fn fact_reduction(fact: &ImprovementFact) -> i64 {
    match (fact.before, fact.after) {
        (Some(b), Some(a)) => i64::from(reduction(b, a)),
        _ => 0,
    }
}

impl FeedbackBook {
    /// Groups `enterprises` and tallies `improvements` (an improvement of a workplace not
    /// among `enterprises` is ignored).
    pub fn new(
        enterprises: &[Enterprise],
        improvements: impl IntoIterator<Item = EnterpriseImprovement>,
    ) -> FeedbackBook {
        let places: BTreeMap<WorkplaceId, &Enterprise> =
            enterprises.iter().map(|e| (e.workplace, e)).collect();
        let mut facts: BTreeMap<WorkplaceId, Vec<ImprovementFact>> = BTreeMap::new();
        let mut all = Vec::new();
        let mut examples: BTreeMap<(String, String), Vec<EnterpriseImprovement>> = BTreeMap::new();
        for i in improvements {
            let Some(e) = places.get(&i.workplace) else {
                continue;
            };
            facts.entry(i.workplace).or_default().push(i.fact);
            all.push(i.fact);
            if i.fact.is_verified() {
                examples
                    .entry((e.country.clone(), e.district.clone()))
                    .or_default()
                    .push(i);
            }
        }
        for list in examples.values_mut() {
            list.sort_by_key(|i| {
                (
                    std::cmp::Reverse(fact_reduction(&i.fact)),
                    std::cmp::Reverse(i.fact.id),
                )
            });
            list.dedup_by_key(|i| i.fact.id);
        }
        let mut tallies = BTreeMap::new();
        let mut groups: BTreeMap<PeerKey, Vec<Headline>> = BTreeMap::new();
        for e in enterprises {
            let t = tally(facts.remove(&e.workplace).unwrap_or_default());
            let headline = Headline {
                verified: t.total.verified,
                reduction: t.total.risk_reduction,
            };
            for region in PeerRegion::ALL {
                groups.entry(e.key(region)).or_default().push(headline);
            }
            tallies.insert(e.workplace, t);
        }
        FeedbackBook {
            total: tally(all),
            tallies,
            groups,
            examples,
        }
    }

    /// The programme's tally: every enterprise's improvements together.
    pub fn total(&self) -> &Tally {
        &self.total
    }

    /// The enterprise's own tally (empty for an enterprise with no improvement).
    pub fn tally(&self, workplace: WorkplaceId) -> Tally {
        self.tallies.get(&workplace).cloned().unwrap_or_default()
    }

    /// The enterprise against its peers: the district's group if it has at least `min`
    /// enterprises, else the country's, else nothing.
    pub fn compare(&self, enterprise: &Enterprise, min: i64) -> Comparison {
        let own = self.tally(enterprise.workplace).total;
        for region in PeerRegion::ALL {
            let Some(group) = self.groups.get(&enterprise.key(region)) else {
                continue;
            };
            let n = group.len() as i64;
            if crate::suppression::suppress(n, min).is_none() {
                continue;
            }
            let mut verified: Vec<i64> = group.iter().map(|h| h.verified).collect();
            let mut reductions: Vec<i64> = group.iter().map(|h| h.reduction).collect();
            let (mv, mr) = (median(&mut verified), median(&mut reductions));
            return Comparison::Shown(PeerFigures {
                region,
                enterprises: n,
                median_verified: mv,
                median_reduction: mr,
                verified: Standing::of(own.verified, mv),
                reduction: Standing::of(own.risk_reduction, mr),
            });
        }
        Comparison::Suppressed
    }

    /// Up to `n` verified improvements of other enterprises to follow: the district's
    /// first, then the rest of the country's, each by largest risk reduction.
    pub fn local_examples(&self, enterprise: &Enterprise, n: usize) -> Vec<EnterpriseImprovement> {
        let others = |i: &&EnterpriseImprovement| i.workplace != enterprise.workplace;
        let district = (enterprise.country.clone(), enterprise.district.clone());
        let mut out: Vec<EnterpriseImprovement> = self
            .examples
            .get(&district)
            .into_iter()
            .flatten()
            .filter(others)
            .take(n)
            .copied()
            .collect();
        if out.len() < n {
            let mut country: Vec<&EnterpriseImprovement> = self
                .examples
                .iter()
                .filter(|((c, d), _)| *c == enterprise.country && *d != enterprise.district)
                .flat_map(|(_, list)| list)
                .filter(others)
                .collect();
            country.sort_by_key(|i| {
                (
                    std::cmp::Reverse(fact_reduction(&i.fact)),
                    std::cmp::Reverse(i.fact.id),
                )
            });
            out.extend(country.into_iter().take(n - out.len()).copied());
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::osh::{ImprovementStatus, RiskLevel, RiskScore, TechnicalArea, VerificationMethod};

    fn score(l: i64, s: i64) -> Option<RiskScore> {
        Some(RiskScore::new(RiskLevel::new(l)?, RiskLevel::new(s)?))
    }

    fn verified(
        id: i64,
        workplace: i64,
        before: (i64, i64),
        after: (i64, i64),
    ) -> EnterpriseImprovement {
        EnterpriseImprovement {
            workplace: WorkplaceId::new(workplace),
            fact: ImprovementFact {
                id,
                area: TechnicalArea::Premises,
                status: ImprovementStatus::Verified,
                verification: Some(VerificationMethod::ObservedOnVisit),
                low_cost: true,
                before: score(before.0, before.1),
                after: score(after.0, after.1),
            },
        }
    }

    fn garment(id: i64, district: &str) -> Enterprise {
        Enterprise::new(WorkplaceId::new(id), 30, "Garments", "BD", district)
    }

    #[test]
    fn feedback_report_size_bands() {
        assert_eq!(SizeBand::of(0), SizeBand::Unknown);
        assert_eq!(SizeBand::of(9), SizeBand::Micro);
        assert_eq!(SizeBand::of(10), SizeBand::Small);
        assert_eq!(SizeBand::of(249), SizeBand::Medium);
        assert_eq!(SizeBand::of(250), SizeBand::Large);
    }

    #[test]
    fn feedback_report_peers_are_same_size_sector_and_district() {
        // Five small garment workshops in Gazipur, one in Dhaka, one large one in Gazipur.
        let mut all: Vec<Enterprise> = (1..=5).map(|i| garment(i, "Gazipur")).collect();
        all.push(garment(6, "Dhaka"));
        all.push(Enterprise::new(
            WorkplaceId::new(7),
            900,
            "garments ",
            "BD",
            "gazipur",
        ));
        let improvements = [
            verified(1, 1, (4, 4), (2, 2)), // 12
            verified(2, 1, (3, 3), (1, 3)), // 6
            verified(3, 2, (4, 3), (2, 3)), // 6
            verified(4, 3, (2, 2), (1, 2)), // 2
        ];
        let book = FeedbackBook::new(&all, improvements);
        assert_eq!(book.tally(WorkplaceId::new(1)).total.verified, 2);
        assert_eq!(book.total().total.verified, 4);
        let Comparison::Shown(p) = book.compare(&all[0], 5) else {
            panic!("five enterprises reach the minimum");
        };
        assert_eq!((p.region, p.enterprises), (PeerRegion::District, 5));
        // Verified: 2, 1, 1, 0, 0 → median 1; reduction 18, 6, 2, 0, 0 → median 2.
        assert_eq!((p.median_verified, p.median_reduction), (1, 2));
        assert_eq!(
            (p.verified, p.reduction),
            (Standing::Above, Standing::Above)
        );
        let Comparison::Shown(p) = book.compare(&all[3], 5) else {
            panic!("same group");
        };
        assert_eq!(
            (p.verified, p.reduction),
            (Standing::Below, Standing::Below)
        );
        // Dhaka's group of one widens to the country: six small garment workshops.
        let Comparison::Shown(p) = book.compare(&all[5], 5) else {
            panic!("the country's group reaches the minimum");
        };
        assert_eq!((p.region, p.enterprises), (PeerRegion::Country, 6));
    }

    #[test]
    fn feedback_report_suppresses_groups_below_the_minimum() {
        let all: Vec<Enterprise> = (1..=4).map(|i| garment(i, "Gazipur")).collect();
        let book = FeedbackBook::new(&all, [verified(1, 1, (4, 4), (1, 1))]);
        // Four enterprises, even country-wide: below a minimum of five.
        assert_eq!(book.compare(&all[0], 5), Comparison::Suppressed);
        assert!(matches!(book.compare(&all[0], 4), Comparison::Shown(_)));
        // A large enterprise in the same district is in no group of theirs.
        let lone = Enterprise::new(WorkplaceId::new(9), 600, "Garments", "BD", "Gazipur");
        assert_eq!(book.compare(&lone, 2), Comparison::Suppressed);
    }

    #[test]
    fn feedback_report_local_examples_are_others_verified_nearest_first() {
        let all = vec![
            garment(1, "Gazipur"),
            garment(2, "Gazipur"),
            garment(3, "Dhaka"),
            Enterprise::new(WorkplaceId::new(4), 30, "Garments", "VN", "Gazipur"),
        ];
        let mut self_report = verified(13, 2, (5, 5), (1, 1));
        self_report.fact.status = ImprovementStatus::Done;
        self_report.fact.verification = Some(VerificationMethod::SelfReported);
        let book = FeedbackBook::new(
            &all,
            [
                verified(10, 1, (5, 5), (1, 1)), // own: never an example
                verified(11, 2, (3, 3), (2, 2)), // 5, same district
                verified(12, 3, (5, 5), (1, 1)), // 24, same country
                self_report,
                verified(14, 4, (5, 5), (1, 1)), // another country
                verified(15, 2, (4, 4), (2, 2)), // 12, same district
            ],
        );
        let ids: Vec<i64> = book
            .local_examples(&all[0], 5)
            .iter()
            .map(|i| i.fact.id)
            .collect();
        assert_eq!(ids, vec![15, 11, 12]);
        assert_eq!(book.local_examples(&all[0], 1)[0].fact.id, 15);
    }
}
