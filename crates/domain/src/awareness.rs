//! The awareness score (issue 9 item 4, DESIGN §3.5): how well a workplace's workers know
//! the helpline, from 0 (nobody knows it) to 100, with the reasons that pulled it down.
//! "When awareness levels are low, we prioritize the factory for additional training":
//! the training priority list orders workplaces by [`training_need`].
//!
//! The score is the weighted sum of four parts, each between 0 and 1:
//!
//! | part | weight | what it measures |
//! |---|---|---|
//! | checks | 35 | of the workers asked in awareness checks, the mean share who know the number, carry the card, and know what happens after calling |
//! | training | 25 | half recency (1 up to 6 months after the last session, falling to 0 at 2 years), half coverage (workers trained in the last 12 months ÷ workers) |
//! | materials | 15 | helpline cards per worker (60 %), posters against one per 250 workers (20 %), the manager's recording played at least 12 times in the last 90 days (20 %) |
//! | calls | 25 | substantive calls per 1,000 workers in 12 months against 5 (80 %), all calls including test and informational ones against 20 (20 %) |
//!
//! A workplace is **silent** when it made no substantive call in 12 months: no calls, or
//! only test and informational ones. Its calls part is then at most 0.2, so a silent
//! factory scores low even where the paperwork (trainings, cards) looks complete.
//!
//! Workforces under 100 workers are counted as 100 for the call rate: one call from 20
//! workers is not a rate of 50 per 1,000. Without any awareness check the checks part is 0
//! (what was never measured earns nothing) and the reasons say so.

pub mod records;

pub use records::{
    AwarenessCheck, FollowUpStatus, Material, MaterialKind, PlayReport, RawCheck, RawMaterial,
    RawPlayReport, RawTraining, Training, TrainingTopic,
};

/// What the score is computed from; counts over the periods named on each field.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct AwarenessInputs {
    pub workers_total: i64,
    /// Sum over the workplace's awareness checks of the last 12 months.
    pub checks: CheckTally,
    /// Days since the last training session; `None` when never trained.
    pub days_since_training: Option<i64>,
    /// Participants of sessions in the last 12 months.
    pub workers_trained: i64,
    /// Helpline cards handed out (all time: a card stays on the lanyard).
    pub cards_distributed: i64,
    pub posters_displayed: i64,
    /// Times the manager reported playing the recording in the last 90 days.
    pub recording_plays: i64,
    /// Calls in the last 12 months that raised a real concern.
    pub substantive_calls: i64,
    /// Test, informational and question calls in the last 12 months.
    pub informational_calls: i64,
}

/// Answers of sampled workers, counted per question.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct CheckTally {
    pub sampled: i64,
    pub knows_number: i64,
    pub carries_card: i64,
    pub knows_process: i64,
}

/// Why a score is low: Fluent message ids, in the order of the table above.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AwarenessReason {
    NoChecks,
    LowCheckAnswers,
    NeverTrained,
    TrainingOld,
    FewTrained,
    FewCards,
    RecordingNotPlayed,
    Silent,
    LowCallRate,
}

impl AwarenessReason {
    pub fn message_key(self) -> &'static str {
        match self {
            AwarenessReason::NoChecks => "awareness-reason-no-checks",
            AwarenessReason::LowCheckAnswers => "awareness-reason-low-check-answers",
            AwarenessReason::NeverTrained => "awareness-reason-never-trained",
            AwarenessReason::TrainingOld => "awareness-reason-training-old",
            AwarenessReason::FewTrained => "awareness-reason-few-trained",
            AwarenessReason::FewCards => "awareness-reason-few-cards",
            AwarenessReason::RecordingNotPlayed => "awareness-reason-recording-not-played",
            AwarenessReason::Silent => "awareness-reason-silent",
            AwarenessReason::LowCallRate => "awareness-reason-low-call-rate",
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct AwarenessScore {
    /// 0–100.
    pub score: u8,
    pub checks: f64,
    pub training: f64,
    pub materials: f64,
    pub calls: f64,
    pub silent: bool,
    pub reasons: Vec<AwarenessReason>,
}

pub const WEIGHT_CHECKS: f64 = 35.0;
pub const WEIGHT_TRAINING: f64 = 25.0;
pub const WEIGHT_MATERIALS: f64 = 15.0;
pub const WEIGHT_CALLS: f64 = 25.0;
/// A part below this share of its best adds its reason.
const LOW: f64 = 0.5;
const FRESH_DAYS: f64 = 180.0;
const STALE_DAYS: f64 = 730.0;
const WORKERS_PER_POSTER: f64 = 250.0;
const PLAYS_EXPECTED: f64 = 12.0;
const SUBSTANTIVE_PER_1000: f64 = 5.0;
const ALL_CALLS_PER_1000: f64 = 20.0;
const RATE_FLOOR_WORKERS: f64 = 100.0;

/// `part / whole`, capped at 1; 0 when there is nothing to divide by.
fn share(part: i64, whole: f64) -> f64 {
    if whole <= 0.0 {
        0.0
    } else {
        (part.max(0) as f64 / whole).min(1.0)
    }
}

/// The score of one workplace. Pure: the same inputs always give the same score.
pub fn awareness_score(i: &AwarenessInputs) -> AwarenessScore {
    let mut reasons = Vec::new();
    let workers = i.workers_total.max(1) as f64;

    let c = &i.checks;
    let checks = if c.sampled <= 0 {
        reasons.push(AwarenessReason::NoChecks);
        0.0
    } else {
        let n = c.sampled as f64;
        (share(c.knows_number, n) + share(c.carries_card, n) + share(c.knows_process, n)) / 3.0
    };
    if c.sampled > 0 && checks < LOW {
        reasons.push(AwarenessReason::LowCheckAnswers);
    }

    let recency = match i.days_since_training {
        None => {
            reasons.push(AwarenessReason::NeverTrained);
            0.0
        }
        Some(d) if (d as f64) <= FRESH_DAYS => 1.0,
        Some(d) => {
            let r = (1.0 - (d as f64 - FRESH_DAYS) / (STALE_DAYS - FRESH_DAYS)).max(0.0);
            if r < LOW {
                reasons.push(AwarenessReason::TrainingOld);
            }
            r
        }
    };
    let coverage = share(i.workers_trained, workers);
    if i.days_since_training.is_some() && coverage < LOW {
        reasons.push(AwarenessReason::FewTrained);
    }
    let training = 0.5 * recency + 0.5 * coverage;

    let cards = share(i.cards_distributed, workers);
    if cards < LOW {
        reasons.push(AwarenessReason::FewCards);
    }
    let posters = share(i.posters_displayed, (workers / WORKERS_PER_POSTER).ceil());
    let plays = share(i.recording_plays, PLAYS_EXPECTED);
    if plays < LOW {
        reasons.push(AwarenessReason::RecordingNotPlayed);
    }
    let materials = 0.6 * cards + 0.2 * posters + 0.2 * plays;

    let per_thousand = workers.max(RATE_FLOOR_WORKERS) / 1000.0;
    let substantive = share(i.substantive_calls, SUBSTANTIVE_PER_1000 * per_thousand);
    let all = share(
        i.substantive_calls.max(0) + i.informational_calls.max(0),
        ALL_CALLS_PER_1000 * per_thousand,
    );
    let silent = i.substantive_calls <= 0;
    if silent {
        reasons.push(AwarenessReason::Silent);
    } else if substantive < LOW {
        reasons.push(AwarenessReason::LowCallRate);
    }
    let calls = 0.8 * substantive + 0.2 * all;

    let total = WEIGHT_CHECKS * checks
        + WEIGHT_TRAINING * training
        + WEIGHT_MATERIALS * materials
        + WEIGHT_CALLS * calls;
    AwarenessScore {
        score: total.round().clamp(0.0, 100.0) as u8,
        checks,
        training,
        materials,
        calls,
        silent,
        reasons,
    }
}

/// How much a workplace needs more training: the awareness it lacks times the workers it
/// affects, so a large factory at 40 comes before a small one at 20.
pub fn training_need(score: u8, workers_total: i64) -> i64 {
    i64::from(100 - score.min(100)) * workers_total.max(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A well-run workplace of 1,000 workers: every part near its best.
    fn good() -> AwarenessInputs {
        AwarenessInputs {
            workers_total: 1000,
            checks: CheckTally {
                sampled: 20,
                knows_number: 18,
                carries_card: 16,
                knows_process: 14,
            },
            days_since_training: Some(30),
            workers_trained: 900,
            cards_distributed: 1000,
            posters_displayed: 4,
            recording_plays: 12,
            substantive_calls: 6,
            informational_calls: 30,
        }
    }

    #[test]
    fn awareness_of_a_well_run_workplace_is_high_with_no_reasons() {
        let s = awareness_score(&good());
        assert!(s.score >= 85, "{s:?}");
        assert!(s.reasons.is_empty(), "{s:?}");
        assert!(!s.silent);
    }

    #[test]
    fn awareness_of_nothing_recorded_is_zero() {
        let s = awareness_score(&AwarenessInputs::default());
        assert_eq!(s.score, 0);
        assert!(s.silent);
        assert!(s.reasons.contains(&AwarenessReason::NoChecks));
        assert!(s.reasons.contains(&AwarenessReason::NeverTrained));
    }

    #[test]
    fn awareness_without_checks_loses_the_checks_weight_and_says_so() {
        let with = awareness_score(&good());
        let without = awareness_score(&AwarenessInputs {
            checks: CheckTally::default(),
            ..good()
        });
        assert_eq!(without.checks, 0.0);
        assert_eq!(
            f64::from(with.score - without.score).round(),
            (WEIGHT_CHECKS * with.checks).round()
        );
        assert_eq!(without.reasons, vec![AwarenessReason::NoChecks]);
    }

    #[test]
    fn awareness_rises_with_check_answers() {
        let low = awareness_score(&AwarenessInputs {
            checks: CheckTally {
                sampled: 20,
                knows_number: 4,
                carries_card: 2,
                knows_process: 1,
            },
            ..good()
        });
        assert!(low.score < awareness_score(&good()).score);
        assert!(low.reasons.contains(&AwarenessReason::LowCheckAnswers));
    }

    #[test]
    fn awareness_falls_as_training_ages_and_with_few_trained() {
        let at = |days| {
            awareness_score(&AwarenessInputs {
                days_since_training: Some(days),
                ..good()
            })
        };
        assert_eq!(at(30).training, at(180).training);
        assert!(at(400).score < at(180).score);
        assert!(at(800).reasons.contains(&AwarenessReason::TrainingOld));
        let never = awareness_score(&AwarenessInputs {
            days_since_training: None,
            workers_trained: 0,
            ..good()
        });
        assert_eq!(never.training, 0.0);
        let few = awareness_score(&AwarenessInputs {
            workers_trained: 50,
            ..good()
        });
        assert!(few.reasons.contains(&AwarenessReason::FewTrained));
        assert!(few.score < awareness_score(&good()).score);
    }

    #[test]
    fn awareness_counts_materials_coverage_per_worker() {
        let few_cards = awareness_score(&AwarenessInputs {
            cards_distributed: 100,
            ..good()
        });
        assert!(few_cards.reasons.contains(&AwarenessReason::FewCards));
        assert!(few_cards.materials < awareness_score(&good()).materials);
        let no_plays = awareness_score(&AwarenessInputs {
            recording_plays: 0,
            ..good()
        });
        assert!(
            no_plays
                .reasons
                .contains(&AwarenessReason::RecordingNotPlayed)
        );
        // More cards than workers earns no more than one card each.
        let extra = awareness_score(&AwarenessInputs {
            cards_distributed: 5000,
            ..good()
        });
        assert_eq!(extra.materials, awareness_score(&good()).materials);
    }

    #[test]
    fn awareness_of_a_silent_factory_with_only_test_calls_is_low() {
        let only_tests = awareness_score(&AwarenessInputs {
            substantive_calls: 0,
            informational_calls: 500,
            ..good()
        });
        assert!(only_tests.silent);
        assert!(only_tests.calls <= 0.2 + f64::EPSILON);
        assert!(only_tests.reasons.contains(&AwarenessReason::Silent));
        let no_calls = awareness_score(&AwarenessInputs {
            substantive_calls: 0,
            informational_calls: 0,
            ..good()
        });
        assert_eq!(no_calls.calls, 0.0);
        assert!(no_calls.score < only_tests.score);
        assert!(only_tests.score < awareness_score(&good()).score);
    }

    #[test]
    fn awareness_call_rate_is_per_thousand_workers() {
        // The same two calls mean much more in a factory of 400 than in one of 4,000.
        let calls = |workers| {
            awareness_score(&AwarenessInputs {
                workers_total: workers,
                substantive_calls: 2,
                ..AwarenessInputs::default()
            })
            .calls
        };
        assert!(calls(400) > calls(4000));
        let low = awareness_score(&AwarenessInputs {
            workers_total: 4000,
            substantive_calls: 2,
            ..good()
        });
        assert!(low.reasons.contains(&AwarenessReason::LowCallRate));
    }

    #[test]
    fn awareness_of_a_tiny_workforce_is_not_inflated_by_one_call() {
        // 20 workers and one call would be 50 per 1,000; counted as 100 workers it is 10.
        let tiny = awareness_score(&AwarenessInputs {
            workers_total: 20,
            substantive_calls: 1,
            ..AwarenessInputs::default()
        });
        let hundred = awareness_score(&AwarenessInputs {
            workers_total: 100,
            substantive_calls: 1,
            ..AwarenessInputs::default()
        });
        assert_eq!(tiny.calls, hundred.calls);
        // No workers recorded at all: no division by zero, shares stay within bounds.
        let none = awareness_score(&AwarenessInputs {
            workers_total: 0,
            cards_distributed: 10,
            workers_trained: 10,
            days_since_training: Some(1),
            ..AwarenessInputs::default()
        });
        assert!(none.score <= 100 && none.materials <= 1.0 && none.training <= 1.0);
    }

    #[test]
    fn awareness_training_need_weighs_workers_affected() {
        assert!(training_need(40, 3000) > training_need(20, 500));
        assert_eq!(training_need(100, 5000), 0);
        assert_eq!(training_need(0, -5), 0);
    }
}
