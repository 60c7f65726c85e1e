//! Reporting is an act (DESIGN §4): a case reaches its factory or a brand only when the
//! helpline reports it, with the worker's agreement; what was shared is a snapshot; the
//! escalation ladder tells brands of a factory that did not answer.

use crate::support::{T0, TestDb, intake};
use workvoice_domain::Millis;
use workvoice_domain::ids::{CaseId, OrgId, UserId, WorkplaceId};
use workvoice_domain::{
    FactoryAgreement, Intake, ReportTarget, ReportVia, Role, ShareableSummary, StepKind, Urgency,
};
use workvoice_store::{EventKind, Scope, SharedFilter, StoreError};

const MIN: i64 = 60_000;
const HOUR: i64 = 60 * MIN;

struct World {
    op: UserId,
    factory_user: UserId,
    brand_user: UserId,
    factory: Scope,
    brand: Scope,
    factory_org: OrgId,
    brand_org: OrgId,
    workplace_id: WorkplaceId,
}

async fn world(t: &TestDb) -> World {
    let op = t.staff("op", "Operator One", Role::Operator).await;
    let brand_org = t.brand("Brand One").await;
    let w = t.workplace("Rahman Knitwear Ltd", &[brand_org]).await;
    let factory_user = t
        .user(
            w.organisation_id,
            "factory",
            "Factory Contact",
            Role::FactoryContact,
        )
        .await;
    let brand_user = t.user(brand_org, "brand", "Brand User", Role::Brand).await;
    World {
        op,
        factory_user,
        brand_user,
        factory: Scope::Workplace {
            organisation_id: w.organisation_id,
        },
        brand: Scope::Brand {
            organisation_id: brand_org,
        },
        factory_org: w.organisation_id,
        brand_org,
        workplace_id: w.id,
    }
}

async fn case(
    t: &TestDb,
    w: &World,
    category: &str,
    urgency: Urgency,
    agreement: FactoryAgreement,
) -> CaseId {
    t.store
        .create_case(
            &Intake {
                workplace_id: Some(w.workplace_id),
                shareable_summary: ShareableSummary::parse("Exit on floor 3 is locked at night.")
                    .unwrap(),
                factory_agreement: agreement,
                ..intake(category, urgency, "internal summary")
            },
            Some(w.op),
            Millis(T0),
        )
        .await
        .unwrap()
        .id
}

/// Everything an organisation user could reach the case by: the case, its scoped token,
/// the redacted page, the list and its count.
async fn reaches(t: &TestDb, scope: Scope, viewer: UserId, id: CaseId) -> bool {
    let case = t.store.case(scope, id).await.is_ok();
    let token = t.store.scoped_case(scope, id).await.is_ok();
    let page = t
        .store
        .shared_case(scope, id, viewer, Millis(T0 + HOUR))
        .await
        .is_ok();
    let list = t
        .store
        .shared_cases(scope, &SharedFilter::default(), 50, 0)
        .await
        .unwrap();
    let listed = list.items.iter().any(|c| c.id == id);
    assert_eq!(
        [case, token, page, listed],
        [case; 4],
        "the ways in disagree for {scope:?}"
    );
    assert_eq!(
        list.total,
        i64::from(listed),
        "the count includes what the list hides"
    );
    case
}

fn refusal<T: std::fmt::Debug>(result: Result<T, StoreError>) -> Option<&'static str> {
    match result {
        Err(StoreError::Invalid(errors)) => errors.iter().next().map(|(_, id)| id),
        other => panic!("expected a refusal, got {other:?}"),
    }
}

async fn report(
    t: &TestDb,
    w: &World,
    id: CaseId,
    organisation: OrgId,
    at: i64,
) -> Result<ReportTarget, StoreError> {
    t.store
        .report_case(&t.helpline(id).await, organisation, w.op, Millis(at))
        .await
}

store_tests! {
    async fn unreported_case_is_invisible_to_its_factory_and_its_brand(t) {
        let w = world(&t).await;
        let id = case(&t, &w, "life_safety.blocked_exits", Urgency::LifeSafety, FactoryAgreement::Yes).await;
        assert!(!reaches(&t, w.factory, w.factory_user, id).await, "the factory saw an unreported case");
        assert!(!reaches(&t, w.brand, w.brand_user, id).await, "the brand saw an unreported case");
        assert!(t.store.brand_counts(w.brand_org).await.unwrap().is_empty(), "brand statistics count an unreported case");
    }

    async fn report_to_the_factory_shows_it_to_the_factory_only_with_the_date_reported(t) {
        let w = world(&t).await;
        let id = case(&t, &w, "life_safety.blocked_exits", Urgency::LifeSafety, FactoryAgreement::Yes).await;
        let at = T0 + 20 * MIN;
        assert_eq!(report(&t, &w, id, w.factory_org, at).await.unwrap(), ReportTarget::Factory);
        assert!(reaches(&t, w.factory, w.factory_user, id).await);
        let shared = t.store.shared_case(w.factory, id, w.factory_user, Millis(at + 1)).await.unwrap();
        assert_eq!(shared.reported_at, Millis(at));
        assert_eq!(shared.shareable_summary, "Exit on floor 3 is locked at night.");
        assert!(!reaches(&t, w.brand, w.brand_user, id).await, "the brand saw a case reported to the factory only");
        assert!(t.store.brand_counts(w.brand_org).await.unwrap().is_empty());
        let steps = t.store.case_steps(&t.helpline(id).await).await.unwrap();
        let inform = steps.iter().find(|s| s.step == StepKind::InformFactory).unwrap();
        assert_eq!(inform.met_at, Some(Millis(at)), "the report meets the inform-factory step");
        let response = steps.iter().find(|s| s.step == StepKind::FactoryResponse).unwrap();
        assert_eq!(response.started_at, Some(Millis(at)), "the factory's clock starts when it is told");

        assert_eq!(report(&t, &w, id, w.brand_org, at + MIN).await.unwrap(), ReportTarget::Brand);
        assert!(reaches(&t, w.brand, w.brand_user, id).await);
        let counts = t.store.brand_counts(w.brand_org).await.unwrap();
        assert_eq!(counts, [("Rahman Knitwear Ltd".to_string(), "life_safety".to_string(), 1)]);
    }

    async fn report_to_keeps_the_summary_as_shared_until_shared_again(t) {
        let w = world(&t).await;
        let id = case(&t, &w, "wages.unpaid", Urgency::Normal, FactoryAgreement::Yes).await;
        report(&t, &w, id, w.factory_org, T0 + MIN).await.unwrap();
        let again = report(&t, &w, id, w.factory_org, T0 + 2 * MIN).await;
        assert!(matches!(again, Err(StoreError::Conflict(_))), "the same version shared twice: {again:?}");

        let edited = ShareableSummary::parse("Wages for October unpaid on lines 4 and 5.").unwrap();
        t.store.edit_shareable_summary(&t.helpline(id).await, &edited, w.op, Millis(T0 + 3 * MIN)).await.unwrap();
        let seen = t.store.shared_case(w.factory, id, w.factory_user, Millis(T0 + 4 * MIN)).await.unwrap();
        assert_eq!(seen.shareable_summary, "Exit on floor 3 is locked at night.", "an edit reached the factory before it was shared");
        let panel = t.store.case_reporting(&t.helpline(id).await).await.unwrap();
        let factory = panel.targets.iter().find(|s| s.organisation_id == w.factory_org).unwrap();
        assert!(factory.behind, "the panel does not say the factory has an older version");

        report(&t, &w, id, w.factory_org, T0 + 5 * MIN).await.unwrap();
        let seen = t.store.shared_case(w.factory, id, w.factory_user, Millis(T0 + 6 * MIN)).await.unwrap();
        assert_eq!(seen.shareable_summary, edited.as_str());
        assert_eq!(seen.reported_at, Millis(T0 + MIN), "the date reported is the first report's");
        let panel = t.store.case_reporting(&t.helpline(id).await).await.unwrap();
        let versions: Vec<(i64, &str)> = panel.reports.iter().map(|r| (r.version, r.summary.as_str())).collect();
        assert_eq!(versions, [(1, "Exit on floor 3 is locked at night."), (2, edited.as_str())]);
        assert_eq!(panel.reports[0].by_name.as_deref(), Some("Operator One"));
        let events = t.store.case_events(&t.helpline(id).await).await.unwrap();
        assert_eq!(events.iter().filter(|e| e.kind == EventKind::Reported).count(), 2, "the timeline shows each version shared");
        assert!(events.iter().any(|e| e.kind == EventKind::ShareableSummaryEdited));
    }

    async fn report_to_is_refused_for_cases_that_are_never_reported(t) {
        let w = world(&t).await;
        for (category, urgency, reason) in [
            ("informational.test_call", Urgency::Informational, "report-refused-informational"),
            ("wages.unpaid", Urgency::Informational, "report-refused-informational"),
            ("out_of_scope.referral", Urgency::Normal, "report-refused-out_of_scope"),
        ] {
            let id = case(&t, &w, category, urgency, FactoryAgreement::Yes).await;
            assert_eq!(refusal(report(&t, &w, id, w.factory_org, T0 + MIN).await), Some(reason), "{category}");
            assert!(!reaches(&t, w.factory, w.factory_user, id).await);
        }
        let withdrawn = case(&t, &w, "wages.late", Urgency::Normal, FactoryAgreement::Yes).await;
        t.store.close_case(&t.helpline(withdrawn).await, "withdrawn", w.op, Millis(T0 + MIN)).await.unwrap();
        assert_eq!(refusal(report(&t, &w, withdrawn, w.factory_org, T0 + 2 * MIN).await), Some("report-refused-withdrawn"));
        let declined = case(&t, &w, "wages.late", Urgency::Normal, FactoryAgreement::No).await;
        assert_eq!(refusal(report(&t, &w, declined, w.brand_org, T0 + MIN).await), Some("report-refused-no_agreement"));
        let stranger = t.brand("Unrelated Brand").await;
        let fine = case(&t, &w, "wages.late", Urgency::Normal, FactoryAgreement::Yes).await;
        assert_eq!(refusal(report(&t, &w, fine, stranger, T0 + MIN).await), Some("error-invalid-choice"));
        assert_eq!(t.count("case_reports").await, 0, "a refused report wrote something");
    }

    async fn report_to_waits_for_the_worker_agreement_in_ask_first_categories(t) {
        let w = world(&t).await;
        // Sexual harassment: the protocol says ask first, so the default is "no".
        let id = case(&t, &w, "abuse.sexual_harassment", Urgency::Urgent, FactoryAgreement::ProtocolDefault).await;
        let steps = t.store.case_steps(&t.helpline(id).await).await.unwrap();
        let inform = steps.iter().find(|s| s.step == StepKind::InformFactory).unwrap();
        assert_eq!((inform.started_at, inform.due_at), (None, None), "the factory clock runs without agreement");
        assert_eq!(refusal(report(&t, &w, id, w.factory_org, T0 + MIN).await), Some("report-refused-no_agreement"));
        t.store.escalate_overdue(Millis(T0 + 30 * 24 * HOUR)).await.unwrap();
        let steps = t.store.case_steps(&t.helpline(id).await).await.unwrap();
        let inform = steps.iter().find(|s| s.step == StepKind::InformFactory).unwrap();
        assert_eq!(inform.escalated_at, None, "a step without agreement escalated");

        let agreed_at = T0 + 40 * 24 * HOUR;
        t.store.set_factory_agreement(&t.helpline(id).await, true, w.op, Millis(agreed_at)).await.unwrap();
        let steps = t.store.case_steps(&t.helpline(id).await).await.unwrap();
        let inform = steps.iter().find(|s| s.step == StepKind::InformFactory).unwrap();
        assert_eq!(inform.started_at, Some(Millis(agreed_at)), "the clock starts when the worker agrees");
        assert!(inform.due_at.is_some_and(|d| d > Millis(agreed_at)));
        report(&t, &w, id, w.factory_org, agreed_at + MIN).await.unwrap();
        assert!(reaches(&t, w.factory, w.factory_user, id).await);
        let events = t.store.case_events(&t.helpline(id).await).await.unwrap();
        assert!(events.iter().any(|e| e.kind == EventKind::FactoryAgreementChanged));

        // A reprisal complaint where the worker said yes at intake may be reported at once.
        let yes = case(&t, &w, "reprisal", Urgency::Normal, FactoryAgreement::Yes).await;
        report(&t, &w, yes, w.factory_org, T0 + MIN).await.unwrap();
    }

    async fn report_to_the_brand_by_the_escalation_ladder_when_the_factory_is_silent(t) {
        let w = world(&t).await;
        let id = case(&t, &w, "life_safety.fire", Urgency::LifeSafety, FactoryAgreement::Yes).await;
        report(&t, &w, id, w.factory_org, T0 + 10 * MIN).await.unwrap();
        let due = T0 + 10 * MIN + 24 * HOUR;
        t.store.escalate_overdue(Millis(due - MIN)).await.unwrap();
        assert!(!reaches(&t, w.brand, w.brand_user, id).await, "the brand was told before the ladder");
        t.store.escalate_overdue(Millis(due + MIN)).await.unwrap();
        assert!(reaches(&t, w.brand, w.brand_user, id).await, "the ladder's notice did not reach the brand");
        let panel = t.store.case_reporting(&t.helpline(id).await).await.unwrap();
        let to_brand = panel.reports.iter().find(|r| r.organisation_id == w.brand_org).unwrap();
        assert_eq!((to_brand.via, to_brand.by_name.as_deref(), to_brand.at), (ReportVia::Escalation, None, Millis(due + MIN)));
        // The warning later tells no one twice.
        t.store.escalate_overdue(Millis(due + 25 * HOUR)).await.unwrap();
        assert_eq!(t.count("case_reports").await, 2);
    }

    async fn unreported_cases_stay_hidden_from_organisation_users_reading_by_code(t) {
        let w = world(&t).await;
        let created = t.store.create_case(
            &Intake { workplace_id: Some(w.workplace_id), ..intake("wages.unpaid", Urgency::Normal, "internal") },
            Some(w.op),
            Millis(T0),
        ).await.unwrap();
        assert!(t.store.case_id_by_code(w.factory, &created.code).await.is_err());
        assert!(t.store.case_id_by_code(w.brand, &created.code).await.is_err());
        // Nothing to share yet: the operator must write what the factory may read first.
        assert_eq!(refusal(report(&t, &w, created.id, w.factory_org, T0 + MIN).await), Some("report-refused-nothing_to_share"));
    }
}
