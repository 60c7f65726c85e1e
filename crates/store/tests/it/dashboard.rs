//! The programme dashboard's figures (issue 12 item 1) against a fixture small enough
//! to count by hand: five cases over two months at two workplaces, one brand.

use crate::support::{T0, TestDb, caller, intake};
use workvoice_domain::Millis;
use workvoice_domain::ids::{CaseId, OrgId, UserId, WorkplaceId};
use workvoice_domain::{Country, Intake, Role, Urgency};
use workvoice_store::{InformMethod, InformOutcome, InformStage, ReportFilter, months_ending};

const MIN: i64 = 60_000;
const HOUR: i64 = 60 * MIN;
const DAY: i64 = 24 * HOUR;

struct Fixture {
    op: UserId,
    brand: OrgId,
    a: WorkplaceId,
    b: WorkplaceId,
    a_org: OrgId,
}

async fn fixture(t: &TestDb) -> Fixture {
    let op = t.staff("op", "Operator One", Role::Operator).await;
    let brand = t.brand("Brand One").await;
    let a = t.workplace("Rahman Knitwear Ltd", &[brand]).await;
    let b = t
        .small_workplace("Dhaka Denim", Country::Bangladesh, "Dhaka")
        .await;
    t.raw_exec("UPDATE workplaces SET active_on = '2025-01-01'")
        .await
        .unwrap();
    Fixture {
        op,
        brand,
        a: a.id,
        b: b.id,
        a_org: a.organisation_id,
    }
}

async fn case(
    t: &TestDb,
    workplace: Option<WorkplaceId>,
    category: &str,
    urgency: Urgency,
    at: i64,
    named: Option<bool>,
) -> CaseId {
    // Two phones: one caller gives a name, the other does not (one phone is one caller).
    let caller = named.and_then(|named| {
        if named {
            caller("01711000111", Some("Shapla Akter"))
        } else {
            caller("01711000222", None)
        }
    });
    t.store
        .create_case(
            &Intake {
                workplace_id: workplace,
                caller,
                ..intake(category, urgency, "A concern")
            },
            None,
            Millis(at),
        )
        .await
        .unwrap()
        .id
}

/// May: c1 (A, wages, normal; reported after 2 h, worker told, resolved after 5 days),
/// c5 (A, reprisal, normal; closed resolved but rejected after 10 days).
/// June: c2 (A, wages, urgent; reported after 1 h), c3 (B, fire, life-safety),
/// c4 (no workplace, test call).
async fn five_cases(t: &TestDb, f: &Fixture) -> [CaseId; 5] {
    let may = T0 - 30 * DAY;
    let c1 = case(t, Some(f.a), "wages.late", Urgency::Normal, may, Some(true)).await;
    t.report(c1, f.a_org, may + 2 * HOUR).await;
    let s1 = t.helpline(c1).await;
    t.store
        .record_worker_informed(
            &s1,
            InformStage::Closure,
            InformMethod::Callback,
            InformOutcome::Reached,
            f.op,
            Millis(may + 5 * DAY),
        )
        .await
        .unwrap();
    t.store
        .close_case(&s1, "resolved_accepted", f.op, Millis(may + 5 * DAY))
        .await
        .unwrap();
    let c5 = case(t, Some(f.a), "reprisal", Urgency::Normal, may + HOUR, None).await;
    t.store
        .close_case(
            &t.helpline(c5).await,
            "resolved_rejected",
            f.op,
            Millis(may + HOUR + 10 * DAY),
        )
        .await
        .unwrap();
    let c2 = case(
        t,
        Some(f.a),
        "wages.unpaid",
        Urgency::Urgent,
        T0,
        Some(false),
    )
    .await;
    t.report(c2, f.a_org, T0 + HOUR).await;
    let c3 = case(
        t,
        Some(f.b),
        "life_safety.fire",
        Urgency::LifeSafety,
        T0 + MIN,
        None,
    )
    .await;
    let c4 = case(
        t,
        None,
        "informational.test_call",
        Urgency::Informational,
        T0 + 2 * MIN,
        None,
    )
    .await;
    [c1, c2, c3, c4, c5]
}

store_tests! {
    async fn dashboard_matches_the_hand_counted_fixture(t) {
        let f = fixture(&t).await;
        five_cases(&t, &f).await;
        let today = jiff::civil::date(2025, 6, 20);
        let months = months_ending(today, 2, "Asia/Dhaka").unwrap();
        let since = months[0].start_ms;
        let d = t
            .store
            .dashboard(&months, &ReportFilter::default(), Millis(T0 + DAY))
            .await
            .unwrap();
        // Calls per month: May 2 substantive; June 2 substantive + 1 test call.
        let months: Vec<(i64, i64)> = d.months.iter().map(|m| (m.substantive, m.informational)).collect();
        assert_eq!(months, [(2, 0), (2, 1)]);
        assert_eq!(d.calls(), 5);
        // By top-level category, most first, ties by code.
        assert_eq!(
            d.by_category,
            [
                ("wages".to_owned(), 2),
                ("informational".to_owned(), 1),
                ("life_safety".to_owned(), 1),
                ("reprisal".to_owned(), 1),
            ]
        );
        assert_eq!(
            d.by_urgency,
            [
                (Urgency::LifeSafety, 1),
                (Urgency::Urgent, 1),
                (Urgency::Normal, 2),
                (Urgency::Informational, 1),
            ]
        );
        let by_workplace: Vec<(WorkplaceId, i64)> = d.by_workplace.iter().map(|w| (w.id, w.count)).collect();
        assert_eq!(by_workplace, [(f.a, 3), (f.b, 1)]);
        let by_brand: Vec<(OrgId, &str, i64)> = d.by_brand.iter().map(|b| (b.id, b.name.as_str(), b.count)).collect();
        assert_eq!(by_brand, [(f.brand, "Brand One", 3)]);
        // Durations in minutes: to report — normal [120], urgent [60]; to resolve — normal
        // [5 days, 10 days]: median (nearest rank) 5 days, p90 10 days.
        let normal = d.durations.iter().find(|x| x.urgency == Urgency::Normal).unwrap();
        let report = normal.to_report.unwrap();
        assert_eq!((report.count, report.median, report.p90), (1, 120, 120));
        let resolve = normal.to_resolve.unwrap();
        assert_eq!((resolve.count, resolve.median, resolve.p90), (2, 5 * 24 * 60, 10 * 24 * 60));
        let urgent = d.durations.iter().find(|x| x.urgency == Urgency::Urgent).unwrap();
        assert_eq!(urgent.to_report.map(|s| s.median), Some(60));
        assert_eq!(urgent.to_resolve, None);
        let life = d.durations.iter().find(|x| x.urgency == Urgency::LifeSafety).unwrap();
        assert_eq!((life.to_report, life.to_resolve), (None, None));
        // Workers informed: acknowledgement none of 4 substantive, closure 1 of 2 closed.
        assert_eq!((d.informed[0].reached, d.informed[0].cases), (0, 4));
        assert_eq!((d.informed[2].reached, d.informed[2].cases), (1, 2));
        // Workers with access: 1,200 at A and 500 at B, both active.
        assert_eq!((d.workers_with_access, d.workplaces_covered), (1_700, 2));
        // Callers: c1 named, c2 anonymous-by-name; three cases have no caller.
        assert_eq!((d.cases_with_callers, d.callers_named), (2, 1));
        assert!(!d.compliance.is_empty(), "steps of the protocol are judged");
        // Counted by the database, the steps agree with the supervisors' report, which
        // judges each step row by the domain's rule.
        let supervisors = t
            .store
            .compliance_report(workvoice_store::Scope::Helpline, Millis(since), Millis(T0 + DAY))
            .await
            .unwrap();
        assert_eq!(d.compliance, supervisors.steps);
        // Scorecard inputs.
        let s = d.scorecard;
        assert_eq!((s.closed_substantive, s.closed_worker_reached), (2, 1));
        assert_eq!((s.reprisal_closed, s.reprisal_resolved), (1, 0));
        // A's two wage cases (late, unpaid) are one kind of issue coming back.
        assert_eq!((s.workplaces_with_cases, s.workplaces_recurring), (2, 1));
        assert_eq!((s.workplaces_covered, s.workplaces_with_calls), (2, 2));
        assert!(s.steps_settled >= s.steps_on_time);
    }

    async fn dashboard_filters_by_brand_district_category_and_period(t) {
        let f = fixture(&t).await;
        five_cases(&t, &f).await;
        let today = jiff::civil::date(2025, 6, 20);
        let two = months_ending(today, 2, "Asia/Dhaka").unwrap();
        let calls = |d: &workvoice_store::Dashboard| d.calls();
        let brand = ReportFilter { brand: Some(f.brand), ..ReportFilter::default() };
        let d = t.store.dashboard(&two, &brand, Millis(T0)).await.unwrap();
        assert_eq!(calls(&d), 3);
        assert_eq!((d.workers_with_access, d.workplaces_covered), (1_200, 1));
        let dhaka = ReportFilter { district: Some("Dhaka".into()), ..ReportFilter::default() };
        let d = t.store.dashboard(&two, &dhaka, Millis(T0)).await.unwrap();
        assert_eq!(calls(&d), 1);
        assert_eq!(d.by_category, [("life_safety".to_owned(), 1)]);
        let wages = ReportFilter { category: Some("wages".into()), ..ReportFilter::default() };
        let d = t.store.dashboard(&two, &wages, Millis(T0)).await.unwrap();
        assert_eq!(calls(&d), 2);
        let exact = ReportFilter { category: Some("wages.late".into()), ..ReportFilter::default() };
        assert_eq!(calls(&t.store.dashboard(&two, &exact, Millis(T0)).await.unwrap()), 1);
        // "wage" is no prefix of a category: the subcategory match needs the dot.
        let partial = ReportFilter { category: Some("wage".into()), ..ReportFilter::default() };
        assert_eq!(calls(&t.store.dashboard(&two, &partial, Millis(T0)).await.unwrap()), 0);
        let vietnam = ReportFilter { country: Some(Country::Vietnam), ..ReportFilter::default() };
        let d = t.store.dashboard(&two, &vietnam, Millis(T0)).await.unwrap();
        assert_eq!((calls(&d), d.workers_with_access), (0, 0));
        // June alone.
        let june = months_ending(today, 1, "Asia/Dhaka").unwrap();
        let d = t.store.dashboard(&june, &ReportFilter::default(), Millis(T0)).await.unwrap();
        assert_eq!(calls(&d), 3);
        assert_eq!(d.scorecard.closed_substantive, 0);
    }

    async fn dashboard_public_table_counts_month_by_category(t) {
        let f = fixture(&t).await;
        five_cases(&t, &f).await;
        let months = months_ending(jiff::civil::date(2025, 6, 20), 2, "Asia/Dhaka").unwrap();
        let table = t.store.public_table(&months).await.unwrap();
        assert_eq!(table.categories, ["informational", "life_safety", "reprisal", "wages"]);
        assert_eq!(table.cells, [vec![0, 0, 1, 1], vec![1, 1, 0, 1]]);
    }
}
