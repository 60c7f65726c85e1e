//! Protocol deadlines and escalation against both engines: overdue steps escalate once,
//! the brand ladder climbs notice → warning, the scheduler's job lease is exclusive,
//! pauses stop the clock, working time follows the workplace's country, and a case keeps
//! the protocol version it was opened under.

use crate::support::{T0, TestDb, create, intake};
use workvoice_domain::Millis;
use workvoice_domain::ids::{CaseId, WorkplaceId};
use workvoice_domain::{
    BrandEscalation, Country, Holiday, Intake, Protocol, Role, Span, StepKind, Trigger, Urgency,
};
use workvoice_store::{CaseStep, EventKind, Scope, StoreError};

const MIN: i64 = 60_000;
const HOUR: i64 = 60 * MIN;

async fn steps(t: &TestDb, case: CaseId) -> Vec<CaseStep> {
    t.store.case_steps(&t.helpline(case).await).await.unwrap()
}

async fn step(t: &TestDb, case: CaseId, kind: StepKind) -> CaseStep {
    steps(t, case)
        .await
        .into_iter()
        .find(|s| s.step == kind)
        .unwrap_or_else(|| panic!("case {case} has no step {kind:?}"))
}

async fn event_kinds(t: &TestDb, case: CaseId) -> Vec<EventKind> {
    t.store
        .case_events(&t.helpline(case).await)
        .await
        .unwrap()
        .iter()
        .map(|e| e.kind)
        .collect()
}

async fn workplace_in(t: &TestDb, name: &str, country: Country) -> WorkplaceId {
    t.small_workplace(name, country, "District").await.id
}

store_tests! {
    async fn escalation_overdue_step_within_five_minutes(t) {
        let supervisor = t.staff("sup", "Supervisor One", Role::Supervisor).await;
        let case = create(&t, intake("wages.unpaid", Urgency::Normal, "Wages unpaid"), T0).await;
        let ack = step(&t, case, StepKind::AcknowledgeWorker).await;
        assert_eq!(ack.due_at, Some(Millis(T0 + 10 * MIN)), "default: acknowledge within 10 minutes");

        // Exactly at the deadline the step is still on time.
        assert_eq!(t.store.escalate_overdue(Millis(T0 + 10 * MIN)).await.unwrap(), 0);
        // The scheduler runs every minute; five minutes after the deadline it has run.
        assert_eq!(t.store.escalate_overdue(Millis(T0 + 15 * MIN)).await.unwrap(), 1);
        let ack = step(&t, case, StepKind::AcknowledgeWorker).await;
        assert_eq!(ack.escalated_at, Some(Millis(T0 + 15 * MIN)));
        assert_eq!(ack.met_at, None);
        let events = event_kinds(&t, case).await;
        assert_eq!(events.iter().filter(|k| **k == EventKind::StepOverdue).count(), 1);
        // Nobody has the case: every supervisor is told.
        let unread = t.store.unread_notifications(supervisor, 10).await.unwrap();
        assert_eq!(unread.len(), 1);
        assert_eq!(unread[0].case_id, Some(case));
        assert_eq!(unread[0].kind, "step_overdue");

        // A second run (or a second server) escalates nothing again.
        assert_eq!(t.store.escalate_overdue(Millis(T0 + 16 * MIN)).await.unwrap(), 0);
        assert_eq!(t.store.unread_notifications(supervisor, 10).await.unwrap().len(), 1);
        let overdue = t.store.overdue_steps(Scope::Helpline, Millis(T0 + 16 * MIN), 50).await.unwrap();
        assert_eq!(overdue.len(), 1);
        assert_eq!((overdue[0].case_id, overdue[0].step), (case, StepKind::AcknowledgeWorker));
    }

    async fn escalation_brand_ladder_notice_then_warning(t) {
        let op = t.staff("op", "Operator One", Role::Operator).await;
        let brand = t.brand("Brand One").await;
        let w = t.workplace("Alpha Garments", &[brand]).await;
        let fire = Intake {
            workplace_id: Some(w.id),
            ..intake("life_safety.fire", Urgency::LifeSafety, "Locked exit")
        };
        let case = create(&t, fire, T0).await;
        t.store.assign_case(&t.helpline(case).await, op, Some(op), Millis(T0)).await.unwrap();
        assert!(t.store.meet_step(&t.helpline(case).await, StepKind::AcknowledgeWorker, op, Millis(T0 + MIN)).await.unwrap());
        // Telling the factory and the brand are reports, never a ticked box.
        let refused = t.store.meet_step(&t.helpline(case).await, StepKind::InformFactory, op, Millis(T0 + 2 * MIN)).await;
        assert!(matches!(refused, Err(StoreError::Invalid(_))), "{refused:?}");
        t.report(case, w.organisation_id, T0 + 30 * MIN).await;
        t.report(case, brand, T0 + 40 * MIN).await;
        for kind in [StepKind::InformFactory, StepKind::InformBrand] {
            assert!(step(&t, case, kind).await.met_at.is_some(), "{kind:?} not met by its report");
        }
        let response = step(&t, case, StepKind::FactoryResponse).await;
        assert_eq!(response.trigger, Trigger::FactoryInformed);
        assert_eq!(response.started_at, Some(Millis(T0 + 30 * MIN)));
        let due = T0 + 30 * MIN + 24 * HOUR;
        assert_eq!(response.due_at, Some(Millis(due)), "life-safety: response within 24 hours");

        assert_eq!(t.store.escalate_overdue(Millis(due)).await.unwrap(), 0);
        // Past the deadline: the step is overdue and the brand gets a notice.
        assert_eq!(t.store.escalate_overdue(Millis(due + MIN)).await.unwrap(), 2);
        let response = step(&t, case, StepKind::FactoryResponse).await;
        assert_eq!(response.brand_escalation, BrandEscalation::Notice);
        assert_eq!(response.escalated_at, Some(Millis(due + MIN)));
        let events = event_kinds(&t, case).await;
        assert!(events.contains(&EventKind::BrandNotice));
        assert!(!events.contains(&EventKind::BrandWarning));
        let status = t.store.case(Scope::Helpline, case).await.unwrap().summary.status;
        assert_eq!(status, "escalated");
        let kinds: Vec<String> = t.store.unread_notifications(op, 10).await.unwrap()
            .into_iter().map(|n| n.kind).collect();
        assert!(kinds.contains(&"notice".to_owned()) && kinds.contains(&"step_overdue".to_owned()), "{kinds:?}");

        // One more response period later, still nothing: a warning, once.
        assert_eq!(t.store.escalate_overdue(Millis(due + 24 * HOUR)).await.unwrap(), 0);
        assert_eq!(t.store.escalate_overdue(Millis(due + 24 * HOUR + MIN)).await.unwrap(), 1);
        assert_eq!(t.store.escalate_overdue(Millis(due + 48 * HOUR)).await.unwrap(), 0);
        let response = step(&t, case, StepKind::FactoryResponse).await;
        assert_eq!(response.brand_escalation, BrandEscalation::Warning);
        let events = event_kinds(&t, case).await;
        assert_eq!(events.iter().filter(|k| **k == EventKind::BrandNotice).count(), 1);
        assert_eq!(events.iter().filter(|k| **k == EventKind::BrandWarning).count(), 1);
        let notice_at = events.iter().position(|k| *k == EventKind::BrandNotice);
        let warning_at = events.iter().position(|k| *k == EventKind::BrandWarning);
        assert!(notice_at < warning_at, "notice comes before warning");
        let overdue = t.store.overdue_steps(Scope::Helpline, Millis(due + 48 * HOUR), 50).await.unwrap();
        assert_eq!(overdue.len(), 1);
        assert_eq!(overdue[0].brand_escalation, BrandEscalation::Warning);
        assert_eq!(overdue[0].assigned_name.as_deref(), Some("Operator One"));
    }

    async fn escalation_skips_every_status_that_is_not_open(t) {
        // A deployment's own status that is not open, beside the default `closed`.
        t.raw_exec("INSERT INTO case_statuses (code, is_open, sort) VALUES ('archived', 0, 95)").await.unwrap();
        let w = t.workplace("Alpha Garments", &[]).await;
        let fire = || Intake { workplace_id: Some(w.id), ..intake("life_safety.fire", Urgency::LifeSafety, "Locked exit") };
        let archived = create(&t, fire(), T0).await;
        let open = create(&t, fire(), T0).await;
        for case in [archived, open] {
            // The factory is told, so the factory response step (and the brand ladder) runs.
            t.report(case, w.organisation_id, T0 + MIN).await;
        }
        t.raw_exec(&format!("UPDATE cases SET status = 'archived' WHERE id = {archived}")).await.unwrap();
        let response_due = T0 + MIN + 24 * HOUR;
        t.store.escalate_overdue(Millis(response_due + MIN)).await.unwrap();

        // The open case escalates and climbs the ladder; the archived one does neither.
        let open_events = event_kinds(&t, open).await;
        assert!(open_events.contains(&EventKind::StepOverdue) && open_events.contains(&EventKind::BrandNotice), "{open_events:?}");
        let archived_events = event_kinds(&t, archived).await;
        assert!(!archived_events.contains(&EventKind::StepOverdue), "{archived_events:?}");
        assert!(!archived_events.contains(&EventKind::BrandNotice), "{archived_events:?}");
        assert_eq!(step(&t, archived, StepKind::FactoryResponse).await.brand_escalation, BrandEscalation::None);
        let status = t.store.case(Scope::Helpline, archived).await.unwrap().summary.status;
        assert_eq!(status, "archived", "the sweep moved a case that is not open");
    }

    async fn deadline_holidays_saved_by_another_server_apply_to_the_next_case_here(t) {
        // Two servers on one database: `here` has parsed the holidays once already (its
        // cache is warm) when `there` saves a new holiday.
        let thursday = 1_772_690_400_000;
        let here = workvoice_store::Store::open(&t.url, workvoice_store::Keys::generate()).await.unwrap();
        let dhaka = workplace_in(&t, "Dhaka Knit", Country::Bangladesh).await;
        let urgent = Intake { workplace_id: Some(dhaka), ..intake("wages.unpaid", Urgency::Urgent, "Wages unpaid") };
        let before = here.create_case(&urgent, None, Millis(thursday)).await.unwrap().id;
        let sunday_noon = thursday + 72 * HOUR;
        assert_eq!(step(&t, before, StepKind::InformFactory).await.due_at, Some(Millis(sunday_noon)));
        let mut holidays = t.store.holidays().await.unwrap();
        holidays.push(Holiday { country: Country::Bangladesh, date: "2026-03-08".parse().unwrap(), name: "Extra holiday".into() });
        t.store.replace_holidays(&holidays).await.unwrap();
        let after = here.create_case(&urgent, None, Millis(thursday)).await.unwrap().id;
        assert_eq!(step(&t, after, StepKind::InformFactory).await.due_at, Some(Millis(sunday_noon + 24 * HOUR)), "the new holiday reached the other server");
        assert_eq!(here.holidays().await.unwrap().len(), holidays.len());
        here.close().await;
    }

    async fn deadline_saving_holidays_recomputes_open_steps(t) {
        // Thursday 2026-03-05 06:00 UTC (12:00 in Dhaka): "inform the factory within one
        // working day" falls due on Sunday at 12:00, Friday and Saturday being the weekend.
        let thursday = 1_772_690_400_000;
        let dhaka = workplace_in(&t, "Dhaka Knit", Country::Bangladesh).await;
        let saigon = workplace_in(&t, "Saigon Sewing", Country::Vietnam).await;
        let urgent = |workplace| Intake {
            workplace_id: Some(workplace),
            ..intake("wages.unpaid", Urgency::Urgent, "Wages unpaid")
        };
        let waiting = create(&t, urgent(dhaka), thursday).await;
        let told = create(&t, urgent(dhaka), thursday).await;
        let elsewhere = create(&t, urgent(saigon), thursday).await;
        let dhaka_org = t.store.workplace(dhaka).await.unwrap().organisation_id;
        t.report(told, dhaka_org, thursday + HOUR).await;
        let sunday_noon = thursday + 72 * HOUR;
        assert_eq!(step(&t, waiting, StepKind::InformFactory).await.due_at, Some(Millis(sunday_noon)));
        let met_before = step(&t, told, StepKind::InformFactory).await;
        let response_before = step(&t, told, StepKind::FactoryResponse).await.due_at.unwrap().0;
        let vietnam_before = step(&t, elsewhere, StepKind::InformFactory).await.due_at;

        // Sunday 2026-03-08 becomes a Bangladeshi public holiday.
        let mut holidays = t.store.holidays().await.unwrap();
        holidays.push(Holiday {
            country: Country::Bangladesh,
            date: "2026-03-08".parse().unwrap(),
            name: "Extra holiday".into(),
        });
        t.store.replace_holidays(&holidays).await.unwrap();

        // The open step now falls due on Monday; so does a started response a day later.
        assert_eq!(step(&t, waiting, StepKind::InformFactory).await.due_at, Some(Millis(sunday_noon + 24 * HOUR)));
        assert_eq!(step(&t, told, StepKind::FactoryResponse).await.due_at, Some(Millis(response_before + 24 * HOUR)));
        // A met step keeps the deadline it was met against; Vietnam's calendar is untouched.
        assert_eq!(step(&t, told, StepKind::InformFactory).await, met_before);
        assert_eq!(step(&t, elsewhere, StepKind::InformFactory).await.due_at, vietnam_before);
        // On Sunday afternoon the step is no longer overdue.
        t.store.escalate_overdue(Millis(sunday_noon + HOUR)).await.unwrap();
        assert_eq!(step(&t, waiting, StepKind::InformFactory).await.escalated_at, None);
    }

    async fn escalation_claim_is_exclusive(t) {
        let (a, b) = tokio::join!(
            t.store.claim_job("escalation", "server-a", Millis(T0), 120_000),
            t.store.claim_job("escalation", "server-b", Millis(T0), 120_000),
        );
        let (a, b) = (a.unwrap(), b.unwrap());
        assert!(a ^ b, "exactly one holder may run the job: a={a} b={b}");
        let winner = if a { "server-a" } else { "server-b" };
        let loser = if a { "server-b" } else { "server-a" };
        // While the lease lives nobody else may run it.
        assert!(!t.store.claim_job("escalation", loser, Millis(T0 + 1_000), 120_000).await.unwrap());
        // Only the holder can finish; the next run is a minute later.
        t.store.finish_job("escalation", loser, Millis(T0 + 2_000), Millis(T0 + 10_000), None).await.unwrap();
        assert!(!t.store.claim_job("escalation", loser, Millis(T0 + 3_000), 120_000).await.unwrap());
        t.store.finish_job("escalation", winner, Millis(T0 + 2_000), Millis(T0 + 62_000), None).await.unwrap();
        assert!(!t.store.claim_job("escalation", loser, Millis(T0 + 30_000), 120_000).await.unwrap());
        assert!(t.store.claim_job("escalation", loser, Millis(T0 + 62_000), 120_000).await.unwrap());
        // A holder that dies keeps the job only until its lease runs out.
        assert!(!t.store.claim_job("escalation", winner, Millis(T0 + 100_000), 120_000).await.unwrap());
        assert!(t.store.claim_job("escalation", winner, Millis(T0 + 182_001), 120_000).await.unwrap());
    }

    async fn deadline_pause_stops_the_clock(t) {
        let op = t.staff("op", "Operator One", Role::Operator).await;
        let case = create(&t, intake("wages.unpaid", Urgency::Normal, "Wages unpaid"), T0).await;
        t.store.set_waiting_on_worker(&t.helpline(case).await, true, op, Millis(T0 + 2 * MIN)).await.unwrap();
        assert!(t.store.is_waiting_on_worker(&t.helpline(case).await).await.unwrap());
        assert_eq!(step(&t, case, StepKind::AcknowledgeWorker).await.due_at, None, "no deadline runs while waiting");
        assert_eq!(t.store.escalate_overdue(Millis(T0 + 30 * MIN)).await.unwrap(), 0);

        // Waiting for an hour moves the 10-minute deadline by that hour.
        t.store.set_waiting_on_worker(&t.helpline(case).await, false, op, Millis(T0 + 62 * MIN)).await.unwrap();
        assert!(!t.store.is_waiting_on_worker(&t.helpline(case).await).await.unwrap());
        assert_eq!(step(&t, case, StepKind::AcknowledgeWorker).await.due_at, Some(Millis(T0 + 70 * MIN)));
        assert_eq!(t.store.escalate_overdue(Millis(T0 + 70 * MIN)).await.unwrap(), 0);
        assert_eq!(t.store.escalate_overdue(Millis(T0 + 71 * MIN)).await.unwrap(), 1);
        let events = event_kinds(&t, case).await;
        assert!(events.contains(&EventKind::Paused) && events.contains(&EventKind::Resumed));
    }

    async fn deadline_follows_workplace_country(t) {
        // Thursday 2026-03-05 06:00 UTC: 12:00 in Dhaka, 13:00 in Ho Chi Minh City.
        let thursday = 1_772_690_400_000;
        let dhaka = workplace_in(&t, "Dhaka Knit", Country::Bangladesh).await;
        let saigon = workplace_in(&t, "Saigon Sewing", Country::Vietnam).await;
        let urgent = |workplace| Intake {
            workplace_id: Some(workplace),
            ..intake("wages.unpaid", Urgency::Urgent, "Wages unpaid")
        };
        let bd = create(&t, urgent(dhaka), thursday).await;
        let vn = create(&t, urgent(saigon), thursday).await;
        let rule = Protocol::default_protocol()
            .step_for("wages.unpaid", Urgency::Urgent, StepKind::InformFactory)
            .copied()
            .unwrap();
        assert_eq!(rule.within, Span::working_days(1));
        // Bangladesh rests Friday and Saturday: 12 h on Thursday, 12 h on Sunday.
        assert_eq!(step(&t, bd, StepKind::InformFactory).await.due_at, Some(Millis(thursday + 72 * HOUR)));
        // Vietnam works on Friday: 11 h on Thursday, 13 h on Friday.
        assert_eq!(step(&t, vn, StepKind::InformFactory).await.due_at, Some(Millis(thursday + 24 * HOUR)));
        // Clock-time steps do not care about the country.
        assert_eq!(
            step(&t, bd, StepKind::AcknowledgeWorker).await.due_at,
            step(&t, vn, StepKind::AcknowledgeWorker).await.due_at,
        );
    }

    async fn deadline_protocol_version_kept(t) {
        let admin = t.staff("admin", "Admin", Role::Admin).await;
        let first_version = t.store.active_protocol().await.unwrap().id;
        let old = create(&t, intake("wages.unpaid", Urgency::Normal, "Before the change"), T0).await;

        let mut protocol = Protocol::default_protocol();
        for rule in &mut protocol.rules {
            for s in &mut rule.steps {
                if s.step == StepKind::AcknowledgeWorker {
                    s.within = Span::clock_minutes(30);
                }
            }
        }
        let second_version = t.store.save_protocol(&protocol, admin, Millis(T0 + HOUR)).await.unwrap();
        assert_ne!(second_version, first_version);
        let active = t.store.active_protocol().await.unwrap();
        assert_eq!((active.id, active.protocol.clone()), (second_version, protocol));

        let new = create(&t, intake("wages.unpaid", Urgency::Normal, "After the change"), T0 + 2 * HOUR).await;
        assert_eq!(step(&t, old, StepKind::AcknowledgeWorker).await.due_at, Some(Millis(T0 + 10 * MIN)), "the open case keeps its deadline");
        assert_eq!(step(&t, new, StepKind::AcknowledgeWorker).await.due_at, Some(Millis(T0 + 2 * HOUR + 30 * MIN)));
        let version_of = |case: CaseId| format!("SELECT protocol_id FROM cases WHERE id = {case}");
        assert_eq!(t.raw_i64(&version_of(old)).await, first_version.get());
        assert_eq!(t.raw_i64(&version_of(new)).await, second_version.get());
        let kept = t.store.protocol_version(first_version).await.unwrap();
        assert_eq!(kept.protocol, Protocol::default_protocol());
    }
}
