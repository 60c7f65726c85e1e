//! Rows several suites build the same way through the store's own functions (no SQL of
//! their own), so a change to how such a row is made is written once.

use jiff::civil::date;
use workvoice_domain::Millis;
use workvoice_domain::ids::{ImprovementId, OrgId, ProgrammeId, UserId, WorkplaceId};
use workvoice_domain::osh::improvement::ImprovementSource;
use workvoice_domain::osh::{
    ControlLevel, ImprovementStatus, Methodology, RiskLevel, RiskScore, TechnicalArea,
    VerificationMethod,
};
use workvoice_store::{NewImprovement, NewProgramme, StatusChange, Store};

fn risk(likelihood: i64, severity: i64) -> Option<RiskScore> {
    Some(RiskScore::new(
        RiskLevel::new(likelihood)?,
        RiskLevel::new(severity)?,
    ))
}

/// "WISE 2026": a WISE programme from 1 January 2026, open-ended, with no partners named.
pub async fn wise_programme(store: &Store, at: Millis) -> ProgrammeId {
    store
        .create_programme(
            &NewProgramme {
                name: "WISE 2026".into(),
                methodology: Methodology::Wise,
                starts_on: date(2026, 1, 1),
                ends_on: None,
                partners: String::new(),
            },
            at,
        )
        .await
        .expect("the programme is created")
}

/// A low-cost materials-handling improvement of `provider` at `workplace` by its staff
/// member `by`, recorded at `at` with risk 4×4, done a millisecond later with risk 2×2 and,
/// when `verified`, verified on a visit a millisecond after that.
pub async fn improvement(
    store: &Store,
    provider: OrgId,
    by: UserId,
    workplace: WorkplaceId,
    what: &str,
    verified: bool,
    at: Millis,
) -> ImprovementId {
    let id = store
        .create_improvement(
            provider,
            &NewImprovement {
                workplace,
                source: ImprovementSource::Direct,
                area: TechnicalArea::MaterialsHandling,
                description: what.into(),
                control_level: Some(ControlLevel::Engineering),
                low_cost: true,
                cost: None,
                owner_name: String::new(),
                due_on: None,
                before: risk(4, 4),
                after: None,
            },
            None,
            Some(by),
            at,
        )
        .await
        .expect("the improvement is recorded");
    let steps = [
        (ImprovementStatus::Done, None),
        (
            ImprovementStatus::Verified,
            Some(VerificationMethod::ObservedOnVisit),
        ),
    ];
    for ((to, verification), later) in steps.into_iter().take(1 + usize::from(verified)).zip(1..) {
        let change = StatusChange {
            to,
            verification,
            after: risk(2, 2),
            note: String::new(),
        };
        store
            .change_improvement_status(provider, id, &change, by, at.plus(later))
            .await
            .expect("the improvement moves on");
    }
    id
}
