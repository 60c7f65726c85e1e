//! Risk scoring on the 5 × 5 matrix: likelihood × severity, each 1–5, gives a score of
//! 1–25 in one of four bands — low 1–4, moderate 5–9, high 10–14, critical 15–25. An
//! improvement is scored before and after (the residual risk, re-scored rather than
//! assumed); the aggregates report the score reduction and the band transition.

use crate::code_enum::code_enum;

/// A likelihood or severity, 1 (lowest) to 5 (highest).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct RiskLevel(u8);

impl RiskLevel {
    pub const MIN: u8 = 1;
    pub const MAX: u8 = 5;

    pub fn new(value: i64) -> Option<RiskLevel> {
        u8::try_from(value)
            .ok()
            .filter(|v| (Self::MIN..=Self::MAX).contains(v))
            .map(RiskLevel)
    }

    /// Parses a form or CSV value; the error is a Fluent message id.
    pub fn parse(raw: &str) -> Result<RiskLevel, &'static str> {
        raw.trim()
            .parse::<i64>()
            .ok()
            .and_then(RiskLevel::new)
            .ok_or("osh-error-risk-level")
    }

    pub fn get(self) -> u8 {
        self.0
    }
}

/// One assessment of a hazard: how likely harm is and how severe it would be.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct RiskScore {
    pub likelihood: RiskLevel,
    pub severity: RiskLevel,
}

impl RiskScore {
    pub fn new(likelihood: RiskLevel, severity: RiskLevel) -> RiskScore {
        RiskScore {
            likelihood,
            severity,
        }
    }

    /// Both halves from a form: both empty is no score (`Ok(None)`), one of them alone
    /// or out of range is an error.
    pub fn parse_pair(likelihood: &str, severity: &str) -> Result<Option<RiskScore>, &'static str> {
        match (likelihood.trim().is_empty(), severity.trim().is_empty()) {
            (true, true) => Ok(None),
            (false, false) => Ok(Some(RiskScore::new(
                RiskLevel::parse(likelihood)?,
                RiskLevel::parse(severity)?,
            ))),
            _ => Err("osh-error-risk-incomplete"),
        }
    }

    /// likelihood × severity, 1–25.
    pub fn score(self) -> u8 {
        self.likelihood.0 * self.severity.0
    }

    pub fn band(self) -> RiskBand {
        RiskBand::of_score(self.score())
    }
}

code_enum! {
    #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
    pub enum RiskBand / "osh-band-" {
        Low = "low",
        Moderate = "moderate",
        High = "high",
        Critical = "critical",
    }
}

impl RiskBand {
    /// The band of a score 1–25 (a score of 0 cannot be made from two levels; it is
    /// treated as low, and anything above 25 as critical).
    pub fn of_score(score: u8) -> RiskBand {
        match score {
            0..=4 => RiskBand::Low,
            5..=9 => RiskBand::Moderate,
            10..=14 => RiskBand::High,
            _ => RiskBand::Critical,
        }
    }
}

/// How a hazard's band changed between the score before and after an improvement.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct BandTransition {
    pub from: RiskBand,
    pub to: RiskBand,
}

impl BandTransition {
    pub fn between(before: RiskScore, after: RiskScore) -> BandTransition {
        BandTransition {
            from: before.band(),
            to: after.band(),
        }
    }

    /// The band went down (high → moderate, critical → low, …).
    pub fn is_reduction(self) -> bool {
        self.to < self.from
    }

    /// Every transition, for tables that list them all in a fixed order.
    pub fn all() -> impl Iterator<Item = BandTransition> {
        RiskBand::ALL.into_iter().rev().flat_map(|from| {
            RiskBand::ALL
                .into_iter()
                .map(move |to| BandTransition { from, to })
        })
    }
}

/// Score before − score after: positive when the improvement reduced the risk.
pub fn reduction(before: RiskScore, after: RiskScore) -> i32 {
    i32::from(before.score()) - i32::from(after.score())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn score(l: i64, s: i64) -> RiskScore {
        RiskScore::new(RiskLevel::new(l).unwrap(), RiskLevel::new(s).unwrap())
    }

    #[test]
    fn risk_levels_are_one_to_five() {
        assert_eq!(RiskLevel::new(0), None);
        assert_eq!(RiskLevel::new(6), None);
        assert_eq!(RiskLevel::new(-1), None);
        assert_eq!(RiskLevel::parse(" 3 ").map(RiskLevel::get), Ok(3));
        assert_eq!(RiskLevel::parse("x"), Err("osh-error-risk-level"));
        assert_eq!(RiskLevel::parse("٣"), Err("osh-error-risk-level"));
    }

    #[test]
    fn risk_score_is_likelihood_times_severity() {
        assert_eq!(score(1, 1).score(), 1);
        assert_eq!(score(4, 3).score(), 12);
        assert_eq!(score(5, 5).score(), 25);
    }

    #[test]
    fn risk_band_edges() {
        let cases = [
            (1, RiskBand::Low),
            (4, RiskBand::Low),
            (5, RiskBand::Moderate),
            (9, RiskBand::Moderate),
            (10, RiskBand::High),
            (14, RiskBand::High),
            (15, RiskBand::Critical),
            (25, RiskBand::Critical),
        ];
        for (s, band) in cases {
            assert_eq!(RiskBand::of_score(s), band, "score {s}");
        }
        // Every product of two levels lands in the band its score says.
        for l in 1..=5 {
            for s in 1..=5 {
                let sc = score(l, s);
                assert_eq!(sc.band(), RiskBand::of_score(sc.score()));
            }
        }
        assert_eq!(score(2, 2).band(), RiskBand::Low);
        assert_eq!(score(3, 3).band(), RiskBand::Moderate);
        assert_eq!(score(4, 3).band(), RiskBand::High);
        assert_eq!(score(3, 5).band(), RiskBand::Critical);
    }

    #[test]
    fn risk_band_transition_and_reduction() {
        let t = BandTransition::between(score(4, 3), score(2, 3));
        assert_eq!((t.from, t.to), (RiskBand::High, RiskBand::Moderate));
        assert!(t.is_reduction());
        assert_eq!(reduction(score(4, 3), score(2, 3)), 6);

        let same = BandTransition::between(score(3, 3), score(2, 4));
        assert!(!same.is_reduction());
        assert_eq!(reduction(score(3, 3), score(2, 4)), 1);

        let worse = BandTransition::between(score(1, 2), score(3, 3));
        assert!(!worse.is_reduction());
        assert_eq!(reduction(score(1, 2), score(3, 3)), -7);

        assert_eq!(BandTransition::all().count(), 16);
        assert_eq!(
            BandTransition::all().next(),
            Some(BandTransition {
                from: RiskBand::Critical,
                to: RiskBand::Low
            })
        );
    }

    #[test]
    fn risk_pair_from_a_form() {
        assert_eq!(RiskScore::parse_pair("", " "), Ok(None));
        assert_eq!(RiskScore::parse_pair("3", "4"), Ok(Some(score(3, 4))));
        assert_eq!(
            RiskScore::parse_pair("3", ""),
            Err("osh-error-risk-incomplete")
        );
        assert_eq!(RiskScore::parse_pair("7", "1"), Err("osh-error-risk-level"));
    }
}
