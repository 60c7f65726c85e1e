//! The effectiveness scorecard: one line per UN Guiding Principle 31 criterion a helpline
//! can measure from its own records, each a share of two counts and a rating against
//! fixed thresholds. Pure and documented, so the page, the monthly report and the tests
//! agree on it.
//!
//! | criterion | measure (numerator / denominator) | good | fair |
//! |---|---|---|---|
//! | predictable | protocol stages met on time / stages settled (met or overdue) | ≥ 90 % | ≥ 70 % |
//! | transparent | closed substantive cases whose worker was reached / closed substantive cases | ≥ 90 % | ≥ 70 % |
//! | accessible | covered workplaces with at least one call in the period / workplaces covered | ≥ 60 % | ≥ 30 % |
//! | rights-compatible | closed reprisal cases resolved with the worker's acceptance / closed reprisal cases | ≥ 80 % | ≥ 50 % |
//! | learning | workplaces where one top-level category came back (two or more substantive cases) / workplaces with substantive cases | ≤ 10 % | ≤ 25 % (lower is better) |
//! | engagement | surveys answered / surveys finished | ≥ 50 % | ≥ 30 % |
//!
//! Anything else is "weak"; a zero denominator is "no data", never 0 %. Shares are whole
//! percent rounded half up.

use crate::code_enum::code_enum;

code_enum! {
    /// The criteria, in the order the scorecard lists them.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum Criterion / "reports-criterion-" {
        Predictable = "predictable",
        Transparent = "transparent",
        Accessible = "accessible",
        RightsCompatible = "rights_compatible",
        Learning = "learning",
        Engagement = "engagement",
    }
}

code_enum! {
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum Rating / "reports-rating-" {
        Good = "good",
        Fair = "fair",
        Weak = "weak",
        NoData = "no_data",
    }
}

/// The counts the scorecard is computed from (the store gathers them for a period).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ScorecardInputs {
    pub steps_on_time: i64,
    pub steps_settled: i64,
    pub closed_substantive: i64,
    pub closed_worker_reached: i64,
    pub workplaces_covered: i64,
    pub workplaces_with_calls: i64,
    pub reprisal_closed: i64,
    pub reprisal_resolved: i64,
    pub workplaces_with_cases: i64,
    pub workplaces_recurring: i64,
    pub surveys_finished: i64,
    pub surveys_answered: i64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CriterionScore {
    pub criterion: Criterion,
    pub numerator: i64,
    pub denominator: i64,
    /// `None` without a denominator.
    pub percent: Option<i64>,
    pub rating: Rating,
}

/// Whole percent, half up; `None` when `whole` is not positive.
pub fn share(part: i64, whole: i64) -> Option<i64> {
    (whole > 0).then(|| (part.clamp(0, whole) * 200 + whole) / (2 * whole))
}

fn higher_is_better(percent: Option<i64>, good: i64, fair: i64) -> Rating {
    match percent {
        None => Rating::NoData,
        Some(p) if p >= good => Rating::Good,
        Some(p) if p >= fair => Rating::Fair,
        Some(_) => Rating::Weak,
    }
}

fn lower_is_better(percent: Option<i64>, good: i64, fair: i64) -> Rating {
    match percent {
        None => Rating::NoData,
        Some(p) if p <= good => Rating::Good,
        Some(p) if p <= fair => Rating::Fair,
        Some(_) => Rating::Weak,
    }
}

fn line(criterion: Criterion, numerator: i64, denominator: i64) -> CriterionScore {
    let percent = share(numerator, denominator);
    let rating = match criterion {
        Criterion::Predictable | Criterion::Transparent => higher_is_better(percent, 90, 70),
        Criterion::Accessible => higher_is_better(percent, 60, 30),
        Criterion::RightsCompatible => higher_is_better(percent, 80, 50),
        Criterion::Learning => lower_is_better(percent, 10, 25),
        Criterion::Engagement => higher_is_better(percent, 50, 30),
    };
    CriterionScore {
        criterion,
        numerator,
        denominator,
        percent,
        rating,
    }
}

/// Predictable: stages met on time.
pub fn predictable(i: &ScorecardInputs) -> CriterionScore {
    line(Criterion::Predictable, i.steps_on_time, i.steps_settled)
}

/// Transparent: workers told the outcome of their concern.
pub fn transparent(i: &ScorecardInputs) -> CriterionScore {
    line(
        Criterion::Transparent,
        i.closed_worker_reached,
        i.closed_substantive,
    )
}

/// Accessible: workplaces the helpline covers from which workers actually called.
pub fn accessible(i: &ScorecardInputs) -> CriterionScore {
    line(
        Criterion::Accessible,
        i.workplaces_with_calls,
        i.workplaces_covered,
    )
}

/// Rights-compatible: reprisal for complaining resolved to the worker's satisfaction.
pub fn rights_compatible(i: &ScorecardInputs) -> CriterionScore {
    line(
        Criterion::RightsCompatible,
        i.reprisal_resolved,
        i.reprisal_closed,
    )
}

/// A source of learning: issues that came back at the same workplace.
pub fn learning(i: &ScorecardInputs) -> CriterionScore {
    line(
        Criterion::Learning,
        i.workplaces_recurring,
        i.workplaces_with_cases,
    )
}

/// Based on engagement: workers who answered the satisfaction survey.
pub fn engagement(i: &ScorecardInputs) -> CriterionScore {
    line(
        Criterion::Engagement,
        i.surveys_answered,
        i.surveys_finished,
    )
}

/// Every line, in [`Criterion::ALL`] order.
pub fn scorecard(i: &ScorecardInputs) -> Vec<CriterionScore> {
    vec![
        predictable(i),
        transparent(i),
        accessible(i),
        rights_compatible(i),
        learning(i),
        engagement(i),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scorecard_share_rounds_half_up_and_has_no_data_without_a_denominator() {
        assert_eq!(share(1, 3), Some(33));
        assert_eq!(share(2, 3), Some(67));
        assert_eq!(share(1, 200), Some(1));
        assert_eq!(share(0, 0), None);
        assert_eq!(share(5, 4), Some(100), "a part never exceeds its whole");
    }

    #[test]
    fn scorecard_predictable_rates_on_time_stages() {
        let mut i = ScorecardInputs::default();
        assert_eq!(predictable(&i).rating, Rating::NoData);
        assert_eq!(predictable(&i).percent, None);
        (i.steps_on_time, i.steps_settled) = (9, 10);
        assert_eq!(predictable(&i).rating, Rating::Good);
        (i.steps_on_time, i.steps_settled) = (7, 10);
        assert_eq!(predictable(&i).rating, Rating::Fair);
        (i.steps_on_time, i.steps_settled) = (6, 10);
        let p = predictable(&i);
        assert_eq!((p.percent, p.rating), (Some(60), Rating::Weak));
    }

    #[test]
    fn scorecard_transparent_accessible_and_engagement_thresholds() {
        let i = ScorecardInputs {
            closed_substantive: 20,
            closed_worker_reached: 19,
            workplaces_covered: 10,
            workplaces_with_calls: 3,
            surveys_finished: 10,
            surveys_answered: 2,
            ..ScorecardInputs::default()
        };
        assert_eq!(transparent(&i).rating, Rating::Good);
        assert_eq!(accessible(&i).rating, Rating::Fair);
        assert_eq!(engagement(&i).rating, Rating::Weak);
        assert_eq!(engagement(&i).percent, Some(20));
    }

    #[test]
    fn scorecard_rights_compatible_counts_resolved_reprisals() {
        let i = ScorecardInputs {
            reprisal_closed: 4,
            reprisal_resolved: 2,
            ..ScorecardInputs::default()
        };
        let r = rights_compatible(&i);
        assert_eq!((r.percent, r.rating), (Some(50), Rating::Fair));
    }

    #[test]
    fn scorecard_learning_is_better_when_fewer_issues_recur() {
        let mut i = ScorecardInputs {
            workplaces_with_cases: 20,
            workplaces_recurring: 2,
            ..ScorecardInputs::default()
        };
        assert_eq!(learning(&i).rating, Rating::Good);
        i.workplaces_recurring = 5;
        assert_eq!(learning(&i).rating, Rating::Fair);
        i.workplaces_recurring = 6;
        assert_eq!(learning(&i).rating, Rating::Weak);
    }

    #[test]
    fn scorecard_lists_every_criterion_once_in_order() {
        let lines = scorecard(&ScorecardInputs::default());
        let order: Vec<Criterion> = lines.iter().map(|l| l.criterion).collect();
        assert_eq!(order, Criterion::ALL.to_vec());
        assert!(lines.iter().all(|l| l.rating == Rating::NoData));
    }
}
