//! Workers kept informed, callbacks, the SMS outbox, closure and reopening with the
//! retaliation watch, reprisal links and incidents, against both engines.

use crate::support::{T0, TestDb, caller, contains, intake};
use workvoice_domain::Millis;
use workvoice_domain::ids::{CaseId, IncidentId, OrgId, WorkplaceId};
use workvoice_domain::{
    Consent, FactoryReply, IncidentTitle, Intake, Role, SafeWindow, StepKind, Urgency,
};
use workvoice_store::{
    Engine, EventKind, InformMethod, InformOutcome, InformStage, ResponseKind, Scope, Settlement,
    StoreError, TaskKind, TaskOutcome,
};

const DAY: i64 = 24 * 60 * 60 * 1000;
const PHONE: &str = "01712345678";

async fn case_with(t: &TestDb, category: &str, consent: Consent) -> CaseId {
    t.store
        .create_case(
            &Intake {
                caller: caller(PHONE, Some("Rina Akter")),
                consent,
                ..intake(category, Urgency::Normal, "Wages late")
            },
            None,
            Millis(T0),
        )
        .await
        .unwrap()
        .id
}

fn sms_consent() -> Consent {
    Consent {
        callback: true,
        sms: true,
        safe_window: SafeWindow::new(18 * 60, 21 * 60),
        code_by_sms: false,
    }
}

async fn kinds(t: &TestDb, case_id: CaseId) -> Vec<EventKind> {
    t.store
        .case_events(&t.helpline(case_id).await)
        .await
        .unwrap()
        .iter()
        .map(|e| e.kind)
        .collect()
}

async fn status(t: &TestDb, case_id: CaseId) -> String {
    t.store
        .case(Scope::Helpline, case_id)
        .await
        .unwrap()
        .summary
        .status
}

store_tests! {
    async fn closure_of_a_reprisal_risk_case_schedules_the_retaliation_watch(t) {
        let op = t.staff("op", "Operator", Role::Operator).await;
        let id = case_with(&t, "wages.late", Consent::default()).await;
        assert!(t.store.set_reprisal_risk(&t.helpline(id).await, true, op, Millis(T0 + 1)).await.unwrap());
        assert!(!t.store.set_reprisal_risk(&t.helpline(id).await, true, op, Millis(T0 + 2)).await.unwrap());
        let closed_at = T0 + 10 * DAY;
        assert!(t.store.close_case(&t.helpline(id).await, "resolved_accepted", op, Millis(closed_at)).await.unwrap());
        assert_eq!(status(&t, id).await, "closed");
        let record = t.store.case(Scope::Helpline, id).await.unwrap();
        assert_eq!(record.closed_at, Some(Millis(closed_at)));
        assert_eq!(record.summary.outcome.as_deref(), Some("resolved_accepted"));
        let tasks = t.store.case_tasks(&t.helpline(id).await).await.unwrap();
        let due: Vec<(TaskKind, i64)> = tasks.iter().map(|t| (t.kind, t.due_at.0)).collect();
        assert_eq!(due, [
            (TaskKind::Retaliation30, closed_at + 30 * DAY),
            (TaskKind::Retaliation90, closed_at + 90 * DAY),
        ]);
        let events = kinds(&t, id).await;
        assert!(events.contains(&EventKind::Closed));
        assert!(events.contains(&EventKind::ReprisalRiskChanged));
        let close_step = t.store.case_steps(&t.helpline(id).await).await.unwrap().into_iter().find(|s| s.step == StepKind::Close);
        assert_eq!(close_step.and_then(|s| s.met_at), Some(Millis(closed_at)));

        // Closing twice is refused; reopening clears the outcome and reopens the case.
        assert!(matches!(
            t.store.close_case(&t.helpline(id).await, "no_basis", op, Millis(closed_at + 1)).await,
            Err(StoreError::Invalid(_))
        ));
        t.store.reopen_case(&t.helpline(id).await, op, Millis(closed_at + DAY)).await.unwrap();
        let record = t.store.case(Scope::Helpline, id).await.unwrap();
        assert_eq!((record.closed_at, record.summary.outcome), (None, None));
        assert_eq!(status(&t, id).await, "triaged");
        assert!(kinds(&t, id).await.contains(&EventKind::Reopened));
        assert!(matches!(
            t.store.reopen_case(&t.helpline(id).await, op, Millis(closed_at + DAY)).await,
            Err(StoreError::Invalid(_))
        ));

        // Closed again later: closed status, and the watch moves to the new closure.
        let again = closed_at + 5 * DAY;
        t.store.close_case(&t.helpline(id).await, "withdrawn", op, Millis(again)).await.unwrap();
        assert_eq!(status(&t, id).await, "closed");
        let tasks = t.store.case_tasks(&t.helpline(id).await).await.unwrap();
        assert_eq!(tasks.len(), 2);
        assert_eq!(tasks[0].due_at, Millis(again + 30 * DAY));
    }

    async fn closure_without_risk_or_disclosure_schedules_nothing(t) {
        let op = t.staff("op", "Operator", Role::Operator).await;
        let id = case_with(&t, "wages.late", Consent::default()).await;
        assert!(matches!(
            t.store.close_case(&t.helpline(id).await, "not_an_outcome", op, Millis(T0 + 1)).await,
            Err(StoreError::Invalid(_))
        ));
        assert_ne!(status(&t, id).await, "closed");
        assert!(!t.store.close_case(&t.helpline(id).await, "no_basis", op, Millis(T0 + 2)).await.unwrap());
        assert_eq!(t.count("tasks").await, 0);

        // A reprisal case is watched whatever its flag says.
        let reprisal = case_with(&t, "reprisal", Consent::default()).await;
        assert!(t.store.close_case(&t.helpline(reprisal).await, "referred", op, Millis(T0 + 3)).await.unwrap());
        assert_eq!(t.store.case_tasks(&t.helpline(reprisal).await).await.unwrap().len(), 2);

        // So is a case whose worker agreed to be identified to an organisation.
        let disclosed = case_with(&t, "wages.late", Consent::default()).await;
        let org = t.store.helpline_organisation(Millis(T0)).await.unwrap();
        let caller_id = t.store.case_callers(&t.helpline(disclosed).await).await.unwrap()[0].caller_id;
        t.raw_exec(&format!(
            "INSERT INTO disclosure_consents (case_id, caller_id, organisation_id, method, recorded_by, recorded_at) \
             VALUES ({disclosed}, {caller_id}, {org}, 'verbal', {op}, {T0})"
        )).await.unwrap();
        assert!(t.store.close_case(&t.helpline(disclosed).await, "resolved_rejected", op, Millis(T0 + 4)).await.unwrap());
    }

    async fn informed_by_sms_queues_one_outbox_row_without_identity(t) {
        let op = t.staff("op", "Operator", Role::Operator).await;
        let id = case_with(&t, "wages.late", sms_consent()).await;
        let outcome = t.store
            .record_worker_informed(&t.helpline(id).await, InformStage::Response, InformMethod::Sms, InformOutcome::Reached, op, Millis(T0 + 1))
            .await
            .unwrap();
        assert_eq!(outcome, InformOutcome::Queued);
        assert_eq!(t.count("outbox").await, 1);
        let outbox = t.store.case_outbox(&t.helpline(id).await).await.unwrap();
        assert_eq!(outbox.len(), 1);
        let sms = &outbox[0];
        assert_eq!((sms.channel.code(), sms.status.code(), sms.template.code()), ("sms", "queued", "sms-case-update"));
        assert!(sms.caller_id.is_some());
        // Nothing in the queue identifies the worker: no number, no name.
        for value in t.text_and_blob_values("outbox").await {
            assert!(!contains(&value, "1712345678"), "phone in the outbox");
            assert!(!contains(&value, "Rina"), "name in the outbox");
        }
        let informs = t.store.case_informs(&t.helpline(id).await).await.unwrap();
        assert_eq!(informs.len(), 1);
        assert_eq!((informs[0].method, informs[0].outcome), (InformMethod::Sms, InformOutcome::Queued));
        assert!(kinds(&t, id).await.contains(&EventKind::WorkerInformed));
        let step = t.store.case_steps(&t.helpline(id).await).await.unwrap().into_iter().find(|s| s.step == StepKind::InformWorker);
        assert_eq!(step.and_then(|s| s.met_at), Some(Millis(T0 + 1)));
        assert_eq!(status(&t, id).await, "informed");
    }

    async fn intake_sms_queues_the_case_code_sealed_and_forgets_it_once_sent(t) {
        let created = t.store
            .create_case(
                &Intake {
                    caller: caller(PHONE, Some("Rina Akter")),
                    consent: Consent { code_by_sms: true, ..sms_consent() },
                    ..intake("wages.late", Urgency::Normal, "Wages late")
                },
                None,
                Millis(T0),
            )
            .await
            .unwrap();
        let case = t.helpline(created.id).await;
        let outbox = t.store.case_outbox(&case).await.unwrap();
        assert_eq!(outbox.len(), 1);
        let sms = outbox[0].clone();
        assert_eq!((sms.template.code(), sms.status.code(), sms.language.code()), ("sms-intake", "queued", "en"));
        assert!(sms.next_attempt_at >= Millis(T0), "inside the safe window, never before the call");
        // The code is sealed: no stored text holds its digits, and only this case opens it.
        for value in t.text_and_blob_values("outbox").await {
            assert!(!contains(&value, created.code.digits()), "plain case code in the outbox");
        }
        let params: serde_json::Value = serde_json::from_str(&sms.params).unwrap();
        assert_eq!(t.store.open_outbox_code(created.id, &params).unwrap(), Some(created.code.display()));
        assert!(t.store.open_outbox_code(CaseId::new(created.id.get() + 1), &params).is_err());
        // Once sent, the sealed code is gone.
        let due = sms.next_attempt_at;
        assert_eq!(t.store.claim_due_outbox("test", due, 60_000, 10).await.unwrap().len(), 1);
        assert!(t.store.settle_outbox(sms.id, "test", Settlement::Sent { provider_ref: "k-1" }, due).await.unwrap());
        let after = t.store.case_outbox(&case).await.unwrap();
        assert_eq!((after[0].status.code(), after[0].params.as_str()), ("sent", "{}"));
    }

    async fn intake_with_sms_consent_alone_queues_no_sms(t) {
        case_with(&t, "wages.late", sms_consent()).await;
        assert_eq!(t.count("outbox").await, 0);
    }

    async fn informed_by_sms_is_refused_without_consent(t) {
        let op = t.staff("op", "Operator", Role::Operator).await;
        let id = case_with(&t, "wages.late", Consent { callback: true, sms: false, safe_window: None, code_by_sms: false }).await;
        let before = kinds(&t, id).await.len();
        let refused = t.store
            .record_worker_informed(&t.helpline(id).await, InformStage::Response, InformMethod::Sms, InformOutcome::Queued, op, Millis(T0 + 1))
            .await;
        assert!(matches!(refused, Err(StoreError::Invalid(_))), "{refused:?}");
        assert_eq!(t.count("outbox").await, 0);
        assert_eq!(t.count("case_informs").await, 0);
        assert_eq!(kinds(&t, id).await.len(), before);
    }

    async fn informed_sms_failing_write_leaves_no_outbox_row(t) {
        let op = t.staff("op", "Operator", Role::Operator).await;
        let id = case_with(&t, "wages.late", sms_consent()).await;
        // Make the event append, which comes after the outbox row, fail.
        match t.engine {
            Engine::Sqlite => {
                t.raw_exec("CREATE TRIGGER test_fail_events BEFORE INSERT ON case_events BEGIN SELECT RAISE(ABORT, 'boom'); END")
                    .await
                    .unwrap();
            }
            Engine::Postgres => {
                t.raw_exec("CREATE FUNCTION test_fail() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'boom'; END $$")
                    .await
                    .unwrap();
                t.raw_exec("CREATE TRIGGER test_fail_events BEFORE INSERT ON case_events FOR EACH ROW EXECUTE FUNCTION test_fail()")
                    .await
                    .unwrap();
            }
        }
        let failed = t.store
            .record_worker_informed(&t.helpline(id).await, InformStage::Response, InformMethod::Sms, InformOutcome::Queued, op, Millis(T0 + 1))
            .await;
        assert!(failed.is_err());
        assert_eq!(t.count("outbox").await, 0, "an outbox row survived a failed transaction");
        assert_eq!(t.count("case_informs").await, 0);
    }

    async fn informed_callback_outcomes_and_safe_window(t) {
        let op = t.staff("op", "Operator", Role::Operator).await;
        let id = case_with(&t, "wages.late", sms_consent()).await;
        // T0 is 21:06 in Dhaka (2025-06-15T15:06:40Z): outside 18:00–21:00, so the callback
        // waits for tomorrow's 18:00 there.
        let due = t.store.schedule_callback(&t.helpline(id).await, op, Millis(T0)).await.unwrap().0;
        assert!(due > T0 && due - T0 < DAY, "{due}");
        assert!(workvoice_domain::may_contact_now(workvoice_domain::Millis(due), sms_consent().safe_window.unwrap(), "Asia/Dhaka"));

        // No answer keeps the task open; wrong person closes it and discloses nothing.
        let no_answer = t.store
            .record_worker_informed(&t.helpline(id).await, InformStage::Acknowledgement, InformMethod::Callback, InformOutcome::NoAnswer, op, Millis(due))
            .await
            .unwrap();
        assert_eq!(no_answer, InformOutcome::NoAnswer);
        let open = t.store.open_tasks(Scope::Helpline, 10).await.unwrap();
        assert_eq!(open.len(), 1);
        assert_eq!(open[0].task.outcome.map(TaskOutcome::code), Some("no_answer"));
        t.store
            .record_worker_informed(&t.helpline(id).await, InformStage::Acknowledgement, InformMethod::Callback, InformOutcome::WrongPerson, op, Millis(due + 1))
            .await
            .unwrap();
        assert!(t.store.open_tasks(Scope::Helpline, 10).await.unwrap().is_empty());
        let task = &t.store.case_tasks(&t.helpline(id).await).await.unwrap()[0];
        assert_eq!((task.kind, task.outcome.map(TaskOutcome::code), task.done_at), (TaskKind::Callback, Some("wrong_person"), Some(Millis(due + 1))));
        assert!(!kinds(&t, id).await.contains(&EventKind::WorkerInformed));

        // Reached: the worker is informed and the acknowledgement step met.
        t.store
            .record_worker_informed(&t.helpline(id).await, InformStage::Acknowledgement, InformMethod::Callback, InformOutcome::Reached, op, Millis(due + 2))
            .await
            .unwrap();
        let events = kinds(&t, id).await;
        assert_eq!(events.iter().filter(|k| **k == EventKind::CallbackAttempt).count(), 3);
        assert!(events.contains(&EventKind::WorkerInformed));
        let step = t.store.case_steps(&t.helpline(id).await).await.unwrap().into_iter().find(|s| s.step == StepKind::AcknowledgeWorker);
        assert_eq!(step.and_then(|s| s.met_at), Some(Millis(due + 2)));
        assert_eq!(t.store.case_informs(&t.helpline(id).await).await.unwrap().len(), 3);
        assert_eq!(t.count("outbox").await, 0, "a callback queues no SMS");

        // Without callback consent there is no callback to schedule.
        let silent = case_with(&t, "wages.late", Consent::default()).await;
        assert!(matches!(
            t.store.schedule_callback(&t.helpline(silent).await, op, Millis(T0)).await,
            Err(StoreError::Invalid(_))
        ));
    }

    async fn closure_follow_ups_are_listed_soonest_first_and_completed_once(t) {
        let op = t.staff("op", "Operator", Role::Operator).await;
        let late = case_with(&t, "reprisal", Consent::default()).await;
        let early = case_with(&t, "reprisal", Consent::default()).await;
        t.store.close_case(&t.helpline(late).await, "referred", op, Millis(T0 + 2 * DAY)).await.unwrap();
        t.store.close_case(&t.helpline(early).await, "referred", op, Millis(T0 + DAY)).await.unwrap();
        let open = t.store.open_tasks(Scope::Helpline, 10).await.unwrap();
        let order: Vec<(CaseId, TaskKind)> = open.iter().map(|d| (d.task.case_id, d.task.kind)).collect();
        assert_eq!(order, [
            (early, TaskKind::Retaliation30),
            (late, TaskKind::Retaliation30),
            (early, TaskKind::Retaliation90),
            (late, TaskKind::Retaliation90),
        ]);
        let first = open[0].task.id;
        // An invented outcome never reaches the store: it does not parse.
        assert_eq!(TaskOutcome::parse("made_up"), None);
        assert!(t.store.complete_task(Scope::Helpline, first, TaskOutcome::NoRetaliation, op, Millis(T0 + 31 * DAY)).await.unwrap());
        assert!(!t.store.complete_task(Scope::Helpline, first, TaskOutcome::NoRetaliation, op, Millis(T0 + 31 * DAY)).await.unwrap());
        assert_eq!(t.store.open_tasks(Scope::Helpline, 10).await.unwrap().len(), 3);
        assert!(kinds(&t, early).await.contains(&EventKind::FollowUpDone));
        // A brand sees no follow-ups of cases outside its scope.
        let brand = t.brand("Brand").await;
        let scope = Scope::Brand { organisation_id: brand };
        assert!(t.store.open_tasks(scope, 10).await.unwrap().is_empty());
        assert!(matches!(
            t.store.complete_task(scope, open[1].task.id, TaskOutcome::NoRetaliation, op, Millis(T0)).await,
            Err(StoreError::NotFound)
        ));
    }

    async fn closure_reprisal_links_the_earlier_case_within_scope(t) {
        let op = t.staff("op", "Operator", Role::Operator).await;
        let brand = t.brand("Brand").await;
        let wp = t.workplace("Alpha Garments", &[brand]).await;
        let earlier = case_with(&t, "wages.late", Consent::default()).await;
        let reprisal = case_with(&t, "reprisal", Consent::default()).await;
        assert!(matches!(
            t.store.link_related_case(&t.helpline(reprisal).await, reprisal, op, Millis(T0)).await,
            Err(StoreError::Invalid(_))
        ));
        // A brand cannot link cases it cannot see.
        let scope = Scope::Brand { organisation_id: brand };
        assert!(matches!(
            async { t.store.link_related_case(&t.store.scoped_case(scope, reprisal).await?, earlier, op, Millis(T0)).await }.await,
            Err(StoreError::NotFound)
        ));
        t.store.link_related_case(&t.helpline(reprisal).await, earlier, op, Millis(T0 + 1)).await.unwrap();
        let after = t.store.case_aftercare(&t.helpline(reprisal).await).await.unwrap();
        assert_eq!(after.related_case_id, Some(earlier));
        assert!(after.is_reprisal());
        assert!(kinds(&t, reprisal).await.contains(&EventKind::RelatedCaseLinked));
        let _ = wp;
    }

    async fn incident_links_cases_of_one_workplace(t) {
        let op = t.staff("op", "Operator", Role::Operator).await;
        let brand = t.brand("Brand").await;
        let alpha = t.workplace("Alpha Garments", &[brand]).await;
        let beta = t.workplace("Beta Knit", &[]).await;
        let at = |w: WorkplaceId| Intake { workplace_id: Some(w), ..intake("life_safety.fire", Urgency::LifeSafety, "Fire on floor 3") };
        let a1 = t.store.create_case(&at(alpha.id), None, Millis(T0)).await.unwrap().id;
        let a2 = t.store.create_case(&at(alpha.id), None, Millis(T0 + 1)).await.unwrap().id;
        let b1 = t.store.create_case(&at(beta.id), None, Millis(T0 + 2)).await.unwrap().id;

        assert!(matches!(async { t.store.create_incident(&IncidentTitle::parse("  ").map_err(|id| StoreError::invalid("title", id))?, Some(alpha.id), op, Millis(T0)).await }.await, Err(StoreError::Invalid(_))));
        let fire = t.store.create_incident_for_case(&t.helpline(a1).await, &IncidentTitle::parse("Fire at Alpha, 3rd floor").unwrap(), op, Millis(T0 + 5)).await.unwrap();
        t.store.link_incident(&t.helpline(a2).await, fire, op, Millis(T0 + 6)).await.unwrap();
        assert!(matches!(
            t.store.link_incident(&t.helpline(b1).await, fire, op, Millis(T0 + 7)).await,
            Err(StoreError::Invalid(_))
        ));
        assert!(matches!(
            t.store.link_incident(&t.helpline(a2).await, IncidentId::new(fire.get() + 100), op, Millis(T0 + 7)).await,
            Err(StoreError::NotFound)
        ));
        let (incident, cases) = t.store.incident(Scope::Helpline, fire).await.unwrap();
        assert_eq!(incident.title, "Fire at Alpha, 3rd floor");
        assert_eq!(incident.workplace_id, Some(alpha.id));
        assert_eq!(incident.case_count, 2);
        assert_eq!(cases.iter().map(|c| c.id).collect::<Vec<_>>(), [a1, a2]);
        assert!(kinds(&t, a2).await.contains(&EventKind::IncidentLinked));

        let page = t.store.incidents(Scope::Helpline, 10, 0).await.unwrap();
        assert_eq!((page.total, page.items.len()), (1, 1));
        assert_eq!(t.store.incidents_for_workplace(Scope::Helpline, Some(alpha.id)).await.unwrap().len(), 1);
        assert!(t.store.incidents_for_workplace(Scope::Helpline, Some(beta.id)).await.unwrap().is_empty());
        // An unrelated brand sees the incident but none of its cases.
        let other = t.brand("Other").await;
        let (_, seen) = t.store.incident(Scope::Brand { organisation_id: other }, fire).await.unwrap();
        assert!(seen.is_empty());
    }

    async fn refusals_name_the_field_and_the_message(t) {
        let op = t.staff("op", "Operator", Role::Operator).await;
        let id = case_with(&t, "wages.late", Consent::default()).await;
        // A response with no text (the reply's own limits are `FactoryReply::parse`'s).
        let refused = t.store.record_response(&t.helpline(id).await, OrgId::new(1), op, ResponseKind::Response, &FactoryReply::acknowledgement(), Millis(T0)).await.unwrap_err();
        let StoreError::Invalid(fields) = &refused else {
            panic!("an empty response must be refused as invalid input: {refused:?}");
        };
        assert_eq!(fields.get("body"), Some("error-required"));
        assert_eq!(refused.message_id(), Some("error-required"));

        t.store.close_case(&t.helpline(id).await, "no_basis", op, Millis(T0 + 1)).await.unwrap();
        let twice = t.store.close_case(&t.helpline(id).await, "no_basis", op, Millis(T0 + 2)).await.unwrap_err();
        assert_eq!(twice.message_id(), Some("closure-error-already-closed"));
        // A missing case is not a refusal of input: it stays NotFound.
        let missing = t.store.scoped_case(Scope::Helpline, CaseId::new(id.get() + 100)).await;
        assert!(matches!(missing, Err(StoreError::NotFound)), "{missing:?}");
    }
}
