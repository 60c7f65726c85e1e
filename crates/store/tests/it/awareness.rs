//! The awareness programme in the store: a workplace's record, the score's inputs
//! gathered for every workplace at once, the training priority list and its filters,
//! follow-ups, play reports confirmed only by the workplace's own contact, a brand's
//! coverage without calls, and the monthly headline figures.

use crate::support::{T0, intake};
use jiff::civil::{Date, date};
use workvoice_domain::Millis;
use workvoice_domain::Role;
use workvoice_domain::Urgency;
use workvoice_domain::awareness::{
    AwarenessCheck, AwarenessReason, FollowUpStatus, Material, PlayReport, RawCheck, RawMaterial,
    RawPlayReport, RawTraining, Training,
};
use workvoice_domain::ids::{PlayReportId, UserId, WorkplaceId};
use workvoice_store::{PriorityFilter, StoreError, months_ending};

/// T0 (2025-06-15 in Dhaka).
fn today() -> Date {
    date(2025, 6, 15)
}

fn training(held_on: &str, women: i64, men: i64) -> Training {
    Training::parse(
        &RawTraining {
            held_on: held_on.into(),
            trainer: "Nasrin Akter".into(),
            women: women.to_string(),
            men: men.to_string(),
            group_size: "25".into(),
            topics: vec!["helpline_number".into(), "after_calling".into()],
        },
        today(),
    )
    .unwrap()
}

fn check(sampled: i64, yes: i64) -> AwarenessCheck {
    AwarenessCheck::parse(
        &RawCheck {
            checked_on: "2025-06-01".into(),
            sampled: sampled.to_string(),
            knows_number: yes.to_string(),
            carries_card: yes.to_string(),
            knows_process: yes.to_string(),
        },
        today(),
    )
    .unwrap()
}

fn cards(on: &str, n: i64) -> Material {
    Material::parse(
        &RawMaterial {
            given_on: on.into(),
            kind: "helpline_card".into(),
            quantity: n.to_string(),
        },
        today(),
    )
    .unwrap()
}

fn play(on: &str) -> PlayReport {
    PlayReport::parse(
        &RawPlayReport {
            played_on: on.into(),
            shifts: "2".into(),
            note: String::new(),
        },
        today(),
    )
    .unwrap()
}

store_tests! {
    async fn awareness_record_keeps_what_was_done_newest_first(t) {
        let pm = t.staff("pm", "Programme Manager", Role::ProgrammeManager).await;
        let w = t.workplace("Rahman Knitwear Ltd", &[]).await;
        let id = w.id;
        t.store.record_training(id, &training("2025-01-10", 30, 10), pm, Millis(T0)).await.unwrap();
        t.store.record_training(id, &training("2025-05-10", 20, 5), pm, Millis(T0)).await.unwrap();
        t.store.record_material(id, &cards("2025-05-11", 1200), pm, Millis(T0)).await.unwrap();
        t.store.record_play_report(id, &play("2025-06-01"), pm, Millis(T0), false).await.unwrap();
        t.store.record_awareness_check(id, &check(20, 10), pm, Millis(T0)).await.unwrap();
        let r = t.store.awareness_record(id).await.unwrap();
        let held: Vec<&str> = r.trainings.iter().map(|t| t.held_on.as_str()).collect();
        assert_eq!(held, ["2025-05-10", "2025-01-10"]);
        assert_eq!(r.trainings[0].topics.len(), 2);
        assert_eq!(r.materials[0].quantity, 1200);
        assert_eq!(r.plays[0].confirmed_at, None);
        assert_eq!(r.checks[0].sampled, 20);
        let missing = WorkplaceId::new(999_999);
        assert!(matches!(t.store.awareness_record(missing).await, Err(StoreError::NotFound)));
        assert!(matches!(
            t.store.record_training(missing, &training("2025-01-10", 1, 0), pm, Millis(T0)).await,
            Err(StoreError::NotFound)
        ));
    }

    async fn awareness_play_reports_are_confirmed_only_by_their_own_workplace(t) {
        let pm = t.staff("pm", "Programme Manager", Role::ProgrammeManager).await;
        let a = t.workplace("Rahman Knitwear Ltd", &[]).await;
        let b = t.workplace("Other Garments Ltd", &[]).await;
        let p = t.store
            .record_play_report(a.id, &play("2025-06-01"), pm, Millis(T0), false)
            .await
            .unwrap();
        let org_a = a.organisation_id;
        let org_b = b.organisation_id;
        assert_eq!(
            t.store.workplace_of_organisation(org_a).await.unwrap(),
            Some(a.id)
        );
        let other = t.store.confirm_play_report(org_b, p, pm, Millis(T0 + 1)).await;
        assert!(matches!(other, Err(StoreError::NotFound)), "{other:?}");
        let missing = t.store.confirm_play_report(org_a, PlayReportId::new(999_999), pm, Millis(T0)).await;
        assert!(matches!(missing, Err(StoreError::NotFound)));
        t.store.confirm_play_report(org_a, p, pm, Millis(T0 + 5)).await.unwrap();
        t.store.confirm_play_report(org_a, p, pm, Millis(T0 + 9)).await.unwrap();
        let r = t.store.awareness_record(a.id).await.unwrap();
        assert_eq!(r.plays[0].confirmed_at, Some(Millis(T0 + 5)), "the first confirmation stays");
    }

    async fn awareness_priorities_put_the_silent_untrained_factory_first_with_reasons(t) {
        let pm = t.staff("pm", "Programme Manager", Role::ProgrammeManager).await;
        let op = t.staff("op", "Operator", Role::Operator).await;
        let brand = t.brand("Brand A").await;
        let silent = t.workplace("Silent Sweaters Ltd", &[]).await;
        let busy = t.workplace("Busy Knits Ltd", &[brand]).await;
        let busy_id = busy.id;
        // Busy Knits: trained, carded, checked, recording played, substantive calls.
        t.store.record_training(busy_id, &training("2025-05-10", 800, 300), pm, Millis(T0)).await.unwrap();
        t.store.record_material(busy_id, &cards("2025-05-11", 1200), pm, Millis(T0)).await.unwrap();
        for day in 1..=12 {
            t.store
                .record_play_report(busy_id, &play(&format!("2025-05-{day:02}")), pm, Millis(T0), true)
                .await
                .unwrap();
        }
        t.store.record_awareness_check(busy_id, &check(20, 17), pm, Millis(T0)).await.unwrap();
        for n in 0..8 {
            let mut i = intake("wages.unpaid", Urgency::Normal, "Wages late");
            i.workplace_id = Some(busy.id);
            t.store.create_case(&i, Some(op), Millis(T0 - n * 86_400_000)).await.unwrap();
        }
        // Silent Sweaters: only test calls, nothing recorded.
        for _ in 0..3 {
            let mut i = intake("informational.test_call", Urgency::Informational, "Test call");
            i.workplace_id = Some(silent.id);
            t.store.create_case(&i, Some(op), Millis(T0)).await.unwrap();
        }
        let rows = t.store
            .awareness_priorities(&PriorityFilter::default(), today(), Millis(T0 + 1))
            .await
            .unwrap();
        let names: Vec<&str> = rows.iter().map(|r| r.name.as_str()).collect();
        assert_eq!(names, ["Silent Sweaters Ltd", "Busy Knits Ltd"]);
        let first = &rows[0];
        assert!(first.score.silent);
        assert_eq!((first.inputs.substantive_calls, first.inputs.informational_calls), (0, 3));
        assert!(first.score.reasons.contains(&AwarenessReason::Silent));
        assert!(first.score.reasons.contains(&AwarenessReason::NeverTrained));
        let busy_row = &rows[1];
        assert_eq!(busy_row.inputs.workers_trained, 1100);
        assert_eq!(busy_row.inputs.days_since_training, Some(36));
        assert_eq!(busy_row.inputs.cards_distributed, 1200);
        assert_eq!(busy_row.inputs.recording_plays, 12);
        assert_eq!(busy_row.inputs.checks.knows_number, 17);
        assert_eq!(busy_row.inputs.substantive_calls, 8);
        assert!(busy_row.score.score > first.score.score);
        assert!(busy_row.need < first.need);

        // Filters: by brand, and by a district nobody is in.
        let by_brand = t.store
            .awareness_priorities(
                &PriorityFilter { brand: Some(brand), ..PriorityFilter::default() },
                today(),
                Millis(T0 + 1),
            )
            .await
            .unwrap();
        assert_eq!(by_brand.len(), 1);
        assert_eq!(by_brand[0].name, "Busy Knits Ltd");
        let nowhere = t.store
            .awareness_priorities(
                &PriorityFilter { district: "Sylhet".into(), ..PriorityFilter::default() },
                today(),
                Millis(T0 + 1),
            )
            .await
            .unwrap();
        assert!(nowhere.is_empty());

        // The programme manager plans, then records, the follow-up training.
        let silent_id = silent.id;
        t.store.set_follow_up(silent_id, FollowUpStatus::Planned, pm, Millis(T0 + 2)).await.unwrap();
        t.store.set_follow_up(silent_id, FollowUpStatus::Done, pm, Millis(T0 + 3)).await.unwrap();
        let rows = t.store
            .awareness_priorities(&PriorityFilter::default(), today(), Millis(T0 + 4))
            .await
            .unwrap();
        assert_eq!(rows[0].follow_up, Some((FollowUpStatus::Done, Millis(T0 + 3))));
        assert_eq!(rows[1].follow_up, None);
        assert!(matches!(
            t.store.set_follow_up(WorkplaceId::new(999_999), FollowUpStatus::Planned, pm, Millis(T0)).await,
            Err(StoreError::NotFound)
        ));

        // A brand sees its supplier's coverage, and nothing about calls.
        let coverage = t.store.supplier_coverage(brand, today()).await.unwrap();
        assert_eq!(coverage.len(), 1);
        assert_eq!(coverage[0].workers_trained, 1100);
        assert_eq!(coverage[0].cards_distributed, 1200);
        assert_eq!(coverage[0].checks.sampled, 20);
        let _: UserId = pm;
    }

    async fn awareness_headline_figures_count_each_month(t) {
        let pm = t.staff("pm", "Programme Manager", Role::ProgrammeManager).await;
        let op = t.staff("op", "Operator", Role::Operator).await;
        let a = t.workplace("Rahman Knitwear Ltd", &[]).await;
        let b = t.workplace("Other Garments Ltd", &[]).await;
        t.raw_exec(&format!(
            "UPDATE workplaces SET onboarding_status = 'active', active_on = '2025-04-20' WHERE id = {}",
            a.id
        ))
        .await
        .unwrap();
        t.raw_exec(&format!(
            "UPDATE workplaces SET onboarding_status = 'suspended', active_on = '2025-03-01', suspended_on = '2025-05-02' WHERE id = {}",
            b.id
        ))
        .await
        .unwrap();
        let a_id = a.id;
        t.store.record_training(a_id, &training("2025-05-10", 30, 10), pm, Millis(T0)).await.unwrap();
        t.store.record_training(a_id, &training("2025-06-02", 5, 5), pm, Millis(T0)).await.unwrap();
        t.store.record_material(a_id, &cards("2025-05-11", 500), pm, Millis(T0)).await.unwrap();
        let months = months_ending(today(), 3, "Asia/Dhaka").unwrap();
        let mut wages = intake("wages.unpaid", Urgency::Normal, "Wages late");
        wages.workplace_id = Some(a.id);
        t.store.create_case(&wages, Some(op), Millis(months[1].start_ms)).await.unwrap();
        t.store.create_case(&wages, Some(op), Millis(months[2].start_ms + 1)).await.unwrap();
        let test_call = intake("informational.test_call", Urgency::Informational, "Test");
        t.store.create_case(&test_call, Some(op), Millis(months[2].end_ms - 1)).await.unwrap();
        // Just before the first month: not counted.
        t.store.create_case(&wages, Some(op), Millis(months[0].start_ms - 1)).await.unwrap();
        let f = t.store.programme_months(&months).await.unwrap();
        // April: both active (b until May); May: a only; June: a only.
        assert_eq!(
            f.iter().map(|m| m.workplaces_covered).collect::<Vec<_>>(),
            [2, 1, 1]
        );
        assert_eq!(f[0].workers_with_access, 2400);
        assert_eq!(
            f.iter().map(|m| (m.substantive_calls, m.informational_calls)).collect::<Vec<_>>(),
            [(0, 0), (1, 0), (1, 1)]
        );
        assert_eq!((f[1].trainings, f[1].trained_women, f[1].trained_men), (1, 30, 10));
        assert_eq!((f[2].trainings, f[2].trained_women), (1, 5));
        assert_eq!(f.iter().map(|m| m.cards).collect::<Vec<_>>(), [0, 500, 0]);
    }
}
