//! Outbox delivery against both engines, checked the way an operator would: the rows'
//! status, attempts, next attempt, provider id and last error, and what the provider (the
//! recording sender) received. A message goes out once; a failure is retried with
//! backoff; while the gateway is down messages wait and go out when it is back; two
//! servers never send one message twice; retries stop after the last allowed attempt.

use std::time::Duration;
use workvoice_domain::Millis;
use workvoice_domain::ids::{CaseId, OutboxId, UserId};

use crate::support::{T0, TestDb, caller, intake};
use workvoice_channels::{Job, OutboxDelivery, RecordingSender, RetryPolicy, Runner};
use workvoice_domain::{Channel, Consent, Intake, Language, OutboxStatus, Role, Urgency};
use workvoice_store::{
    DeliveryReport, InformMethod, InformOutcome, InformStage, Settlement, Store,
};

const SEC: i64 = 1_000;
const DAY: i64 = 24 * 60 * 60 * SEC;

/// One outbox row as an operator reads it.
#[derive(Debug, PartialEq, Eq)]
struct Row {
    status: String,
    attempts: i64,
    next_attempt_at: i64,
    provider_ref: Option<String>,
    last_error: Option<String>,
    sent_at: Option<i64>,
}

async fn row(t: &TestDb, id: OutboxId) -> Row {
    let rows = t
        .raw_rows(
            "SELECT status, attempts, next_attempt_at, provider_ref, last_error, sent_at FROM outbox WHERE id = $1",
            vec![id.get().into()],
        )
        .await;
    let r = rows.first().unwrap_or_else(|| panic!("no outbox row {id}"));
    Row {
        status: r.try_get("", "status").unwrap(),
        attempts: r.try_get("", "attempts").unwrap(),
        next_attempt_at: r.try_get("", "next_attempt_at").unwrap(),
        provider_ref: r.try_get("", "provider_ref").unwrap(),
        last_error: r.try_get("", "last_error").unwrap(),
        sent_at: r.try_get("", "sent_at").unwrap(),
    }
}

fn queued(attempts: i64, next_attempt_at: i64, last_error: Option<&str>) -> Row {
    Row {
        status: "queued".into(),
        attempts,
        next_attempt_at,
        provider_ref: None,
        last_error: last_error.map(str::to_owned),
        sent_at: None,
    }
}

/// An operator who informs workers by SMS.
async fn operator(t: &TestDb) -> UserId {
    t.staff("op", "Operator", Role::Operator).await
}

/// A case whose worker consented to SMS at any time, informed by SMS at `T0`: one queued
/// message, due at once. Returns the case's and the outbox row's ids.
async fn queue_sms(t: &TestDb, op: UserId, phone: &str, language: Language) -> (CaseId, OutboxId) {
    let case = t
        .store
        .create_case(
            &Intake {
                caller: caller(phone, Some("Rina Akter")),
                consent: Consent {
                    callback: true,
                    sms: true,
                    safe_window: None,
                    code_by_sms: false,
                },
                language,
                ..intake("wages.late", Urgency::Normal, "Wages late")
            },
            None,
            Millis(T0),
        )
        .await
        .unwrap()
        .id;
    t.store
        .record_worker_informed(
            &t.helpline(case).await,
            InformStage::Response,
            InformMethod::Sms,
            InformOutcome::Queued,
            op,
            Millis(T0),
        )
        .await
        .unwrap();
    let outbox = t.store.case_outbox(&t.helpline(case).await).await.unwrap();
    assert_eq!(outbox.len(), 1);
    (case, outbox[0].id)
}

/// The message's status as the case page shows it.
async fn status_on_case(t: &TestDb, case: CaseId) -> String {
    let outbox = t.store.case_outbox(&t.helpline(case).await).await.unwrap();
    outbox[0].status.code().to_owned()
}

fn delivery(sender: &RecordingSender) -> OutboxDelivery<RecordingSender> {
    OutboxDelivery::new(sender.clone()).with_retry(RetryPolicy {
        max_attempts: 4,
        first_delay: Duration::from_secs(30),
        max_delay: Duration::from_secs(60),
    })
}

/// Two servers on one database with an SMS queued in `language` to each of `phones`: the
/// queued ids, the second server, and a recording sender with the delivery job using it.
async fn two_servers(
    t: &TestDb,
    phones: impl Iterator<Item = String>,
    language: Language,
) -> (
    Vec<OutboxId>,
    Store,
    RecordingSender,
    OutboxDelivery<RecordingSender>,
) {
    let op = operator(t).await;
    let mut ids = Vec::new();
    for phone in phones {
        ids.push(queue_sms(t, op, &phone, language).await.1);
    }
    let other = Store::open(&t.url, t.store.keys().clone()).await.unwrap();
    let sender = RecordingSender::new();
    let job = delivery(&sender);
    (ids, other, sender, job)
}

/// Runs `job` on two servers at once, at `at`, until neither finds work.
async fn drain_on_both(job: &OutboxDelivery<RecordingSender>, one: &Store, other: &Store, at: i64) {
    loop {
        let (a, b) = tokio::join!(
            job.run_once(one, Millis(at)),
            job.run_once(other, Millis(at))
        );
        if a.unwrap() + b.unwrap() == 0 {
            break;
        }
    }
}

/// The outbox ids of the messages the sender accepted, in id order.
fn sent_ids(sender: &RecordingSender) -> Vec<OutboxId> {
    let mut sent: Vec<OutboxId> = sender.accepted().iter().map(|(_, m)| m.outbox_id).collect();
    sent.sort_unstable();
    sent
}

fn runner(store: &Store) -> Runner {
    Runner::with_holder(store.clone(), "server-a")
}

/// One queued SMS, and a server's delivery job over a fresh recording sender.
struct OneQueued {
    case: CaseId,
    id: OutboxId,
    sender: RecordingSender,
    job: OutboxDelivery<RecordingSender>,
    runner: Runner,
}

async fn one_queued(t: &TestDb, language: Language) -> OneQueued {
    let op = operator(t).await;
    let (case, id) = queue_sms(t, op, "01712345678", language).await;
    let sender = RecordingSender::new();
    OneQueued {
        case,
        id,
        job: delivery(&sender),
        sender,
        runner: runner(&t.store),
    }
}

store_tests! {
    async fn outbox_message_is_sent_once(t) {
        let OneQueued { case, id, sender, job, runner } = one_queued(&t, Language::Bn).await;
        assert_eq!(runner.drain(&job, Millis(T0 + SEC)).await.unwrap(), 1);

        let accepted = sender.accepted();
        assert_eq!(accepted.len(), 1);
        let (provider_id, message) = &accepted[0];
        assert_eq!(message.outbox_id, id);
        assert_eq!(message.channel, Channel::Sms);
        assert_eq!(message.to.as_str(), "+8801712345678");
        assert_eq!(message.language, Language::Bn);
        assert_eq!(message.template.code(), "sms-case-update");
        assert_eq!(message.params, serde_json::json!({ "stage": "response" }));
        assert_eq!(row(&t, id).await, Row {
            status: "sent".into(),
            attempts: 1,
            next_attempt_at: T0,
            provider_ref: Some(provider_id.as_str().to_owned()),
            last_error: None,
            sent_at: Some(T0 + SEC),
        });

        // Later runs find nothing to send.
        assert_eq!(runner.drain(&job, Millis(T0 + DAY)).await.unwrap(), 0);
        assert_eq!(sender.calls(), 1);
        assert_eq!(status_on_case(&t, case).await, "sent");
    }

    async fn outbox_failure_is_retried_with_backoff(t) {
        let OneQueued { id, sender, job, runner, .. } = one_queued(&t, Language::En).await;
        sender.fail_next(2);

        assert_eq!(runner.drain(&job, Millis(T0)).await.unwrap(), 1);
        let error = Some("temporary failure: recording sender told to fail");
        assert_eq!(row(&t, id).await, queued(1, T0 + 30 * SEC, error));
        // Not before its time.
        assert_eq!(runner.drain(&job, Millis(T0 + 29 * SEC)).await.unwrap(), 0);
        assert_eq!(sender.calls(), 1);
        // The second failure waits twice as long.
        assert_eq!(runner.drain(&job, Millis(T0 + 30 * SEC)).await.unwrap(), 1);
        assert_eq!(row(&t, id).await, queued(2, T0 + 90 * SEC, error));
        assert_eq!(runner.drain(&job, Millis(T0 + 90 * SEC)).await.unwrap(), 1);
        let sent = row(&t, id).await;
        assert_eq!((sent.status.as_str(), sent.attempts, sent.last_error), ("sent", 3, None));
        assert_eq!(sender.calls(), 3);
        assert_eq!(sender.accepted().len(), 1);
    }

    async fn outbox_waits_while_the_gateway_is_down(t) {
        let op = operator(&t).await;
        let (_, first) = queue_sms(&t, op, "01712345678", Language::En).await;
        let (_, second) = queue_sms(&t, op, "01812345678", Language::Vi).await;
        let sender = RecordingSender::new();
        let job = delivery(&sender);
        let runner = runner(&t.store);
        sender.set_down(true);

        // Down for longer than all the retries would take: nothing is lost, no attempt is
        // used up, and each run tries the gateway once instead of every message.
        let error = Some("gateway unavailable: recording sender is down");
        for at in [T0, T0 + 10 * SEC, T0 + DAY, T0 + 2 * DAY, T0 + 3 * DAY] {
            assert_eq!(runner.drain(&job, Millis(at)).await.unwrap(), 0);
            assert_eq!(row(&t, first).await, queued(0, T0, error));
            assert_eq!(row(&t, second).await, queued(0, T0, error));
        }
        assert_eq!(sender.calls(), 5);
        assert!(sender.accepted().is_empty());

        // Back up: both go out, once each, in the order they were queued.
        sender.set_down(false);
        assert_eq!(runner.drain(&job, Millis(T0 + 3 * DAY + SEC)).await.unwrap(), 2);
        let ids: Vec<OutboxId> = sender.accepted().iter().map(|(_, m)| m.outbox_id).collect();
        assert_eq!(ids, [first, second]);
        for id in [first, second] {
            let sent = row(&t, id).await;
            assert_eq!((sent.status.as_str(), sent.attempts, sent.last_error), ("sent", 1, None));
        }
    }

    async fn outbox_message_is_never_sent_twice_by_two_servers(t) {
        let (ids, other, sender, job) =
            two_servers(&t, (0..25).map(|n| format!("0171234{n:04}")), Language::En).await;
        // A few failures on the way, so retries mix with first attempts.
        sender.fail_next(3);
        // Both servers deliver at once, as if each held the job (a lease that ran out):
        // the rows' own claims keep them apart.
        for at in [T0, T0 + 30 * SEC, T0 + 90 * SEC] {
            drain_on_both(&job, &t.store, &other, at).await;
        }
        assert_eq!(sent_ids(&sender), ids, "every message exactly once");
        assert_eq!(sender.calls(), 28);
        for id in ids {
            assert_eq!(row(&t, id).await.status, "sent");
        }
        other.close().await;
    }

    async fn outbox_claim_of_a_dead_server_runs_out(t) {
        let OneQueued { id, sender, job, runner, .. } = one_queued(&t, Language::En).await;
        // A server claims the message and dies before sending it.
        let claimed = t.store.claim_due_outbox("dead-server", Millis(T0), 60 * SEC, 10).await.unwrap();
        assert_eq!(claimed.len(), 1);
        assert_eq!(runner.drain(&job, Millis(T0 + 30 * SEC)).await.unwrap(), 0, "still claimed");
        assert_eq!(runner.drain(&job, Millis(T0 + 61 * SEC)).await.unwrap(), 1, "claim ran out");
        assert_eq!(sender.accepted().len(), 1);
        // Coming back late, the dead server cannot change the settled row.
        let late = Settlement::Sent { provider_ref: "late" };
        assert!(!t.store.settle_outbox(id, "dead-server", late, Millis(T0 + 62 * SEC)).await.unwrap());
        assert_eq!(row(&t, id).await.provider_ref.as_deref(), Some("fake-1"));
    }

    async fn outbox_message_fails_after_the_last_attempt(t) {
        let OneQueued { case, id, sender, job, runner } = one_queued(&t, Language::En).await;
        sender.fail_next(100);
        // Four attempts: now, +30 s, +60 s more, and +60 s more (the cap).
        for at in [T0, T0 + 30 * SEC, T0 + 90 * SEC, T0 + 150 * SEC] {
            assert_eq!(runner.drain(&job, Millis(at)).await.unwrap(), 1, "attempt at {at}");
        }
        let failed = row(&t, id).await;
        assert_eq!(
            (failed.status.as_str(), failed.attempts, failed.last_error.as_deref(), failed.sent_at),
            ("failed", 4, Some("temporary failure: recording sender told to fail"), None)
        );
        assert_eq!(runner.drain(&job, Millis(T0 + DAY)).await.unwrap(), 0);
        assert_eq!(sender.calls(), 4);
        assert!(sender.accepted().is_empty());
        assert_eq!(status_on_case(&t, case).await, "failed");
    }

    async fn outbox_delivery_report_marks_a_sent_message_delivered_once(t) {
        let OneQueued { case, id, job, runner, .. } = one_queued(&t, Language::Bn).await;
        runner.drain(&job, Millis(T0)).await.unwrap();
        // Accepted by the operator's centre: still on its way.
        assert!(t.store.record_delivery_report(id, DeliveryReport::OnItsWay, 8, Millis(T0 + SEC)).await.unwrap());
        assert_eq!(status_on_case(&t, case).await, "sent");
        assert!(t.store.record_delivery_report(id, DeliveryReport::Delivered, 1, Millis(T0 + 2 * SEC)).await.unwrap());
        let delivered = &t.store.case_outbox(&t.helpline(case).await).await.unwrap()[0];
        assert_eq!((delivered.status.code(), delivered.delivered_at), ("delivered", Some(Millis(T0 + 2 * SEC))));
        // Reports repeated or out of order (gateways retry) change nothing.
        for (report, code) in [(DeliveryReport::OnItsWay, 8), (DeliveryReport::Failed, 2), (DeliveryReport::Delivered, 1)] {
            assert!(t.store.record_delivery_report(id, report, code, Millis(T0 + 3 * SEC)).await.unwrap());
        }
        let again = &t.store.case_outbox(&t.helpline(case).await).await.unwrap()[0];
        assert_eq!((again.status.code(), again.delivered_at), ("delivered", Some(Millis(T0 + 2 * SEC))));
        // A report for no message says so.
        assert!(!t.store.record_delivery_report(OutboxId::new(id.get() + 1000), DeliveryReport::Delivered, 1, Millis(T0)).await.unwrap());
    }

    async fn outbox_report_that_overtakes_the_acknowledgement_is_kept(t) {
        let OneQueued { id, .. } = one_queued(&t, Language::En).await;
        // The gateway delivered and reported before its answer to the send reached us.
        let claimed = t.store.claim_due_outbox("server-a/1", Millis(T0), 60 * SEC, 10).await.unwrap();
        assert_eq!(claimed.len(), 1);
        t.store.record_delivery_report(id, DeliveryReport::Delivered, 1, Millis(T0 + SEC)).await.unwrap();
        assert_eq!(row(&t, id).await.status, "queued", "still in flight");
        let sent = Settlement::Sent { provider_ref: "kannel:1" };
        assert!(t.store.settle_outbox(id, "server-a/1", sent, Millis(T0 + 2 * SEC)).await.unwrap());
        let settled = row(&t, id).await;
        assert_eq!((settled.status.as_str(), settled.attempts, settled.sent_at), ("delivered", 1, Some(T0 + 2 * SEC)));
    }

    async fn outbox_failed_message_sent_again_by_an_administrator_goes_out_once(t) {
        let OneQueued { id, sender, job, runner, .. } = one_queued(&t, Language::Vi).await;
        sender.fail_next(4);
        for at in [T0, T0 + 30 * SEC, T0 + 90 * SEC, T0 + 150 * SEC] {
            runner.drain(&job, Millis(at)).await.unwrap();
        }
        assert_eq!(row(&t, id).await.status, "failed");
        let counts = t.store.outbox_counts().await.unwrap();
        assert_eq!((counts.queued, counts.failed), (0, 1));

        // Retry, and a second click on the same button: queued once, with fresh attempts.
        assert!(t.store.retry_outbox(id, Millis(T0 + DAY)).await.unwrap());
        assert!(!t.store.retry_outbox(id, Millis(T0 + DAY)).await.unwrap());
        assert_eq!(row(&t, id).await, queued(0, T0 + DAY, Some("temporary failure: recording sender told to fail")));
        let listed = t.store.outbox_messages(Some(OutboxStatus::Queued), 10).await.unwrap();
        assert_eq!(listed.iter().map(|m| m.id).collect::<Vec<_>>(), [id]);

        assert_eq!(runner.drain(&job, Millis(T0 + DAY)).await.unwrap(), 1);
        assert_eq!(runner.drain(&job, Millis(T0 + 2 * DAY)).await.unwrap(), 0);
        assert_eq!(sender.accepted().len(), 1);
        assert_eq!(row(&t, id).await.status, "sent");
        // A message that did not fail cannot be "retried" into a second send.
        assert!(!t.store.retry_outbox(id, Millis(T0 + 2 * DAY)).await.unwrap());
        assert!(t.store.outbox_messages(Some(OutboxStatus::Failed), 10).await.unwrap().is_empty());
    }

    async fn outbox_report_of_failure_at_the_phone_marks_it_failed(t) {
        let OneQueued { case, id, job, runner, .. } = one_queued(&t, Language::En).await;
        runner.drain(&job, Millis(T0)).await.unwrap();
        t.store.record_delivery_report(id, DeliveryReport::Failed, 16, Millis(T0 + SEC)).await.unwrap();
        assert_eq!(status_on_case(&t, case).await, "failed");
        assert_eq!(row(&t, id).await.last_error.as_deref(), Some("delivery report: failed"));
        assert!(t.store.retry_outbox(id, Millis(T0 + 2 * SEC)).await.unwrap());
    }

    async fn outbox_failure_report_that_overtakes_the_acknowledgement_marks_it_failed(t) {
        let OneQueued { id, .. } = one_queued(&t, Language::En).await;
        let claimed = t.store.claim_due_outbox("server-a/1", Millis(T0), 60 * SEC, 10).await.unwrap();
        assert_eq!(claimed.len(), 1);
        // The operator's centre rejected it (16) before the gateway's answer reached us.
        t.store.record_delivery_report(id, DeliveryReport::Failed, 16, Millis(T0 + SEC)).await.unwrap();
        let sent = Settlement::Sent { provider_ref: "kannel:1" };
        assert!(t.store.settle_outbox(id, "server-a/1", sent, Millis(T0 + 2 * SEC)).await.unwrap());
        let settled = row(&t, id).await;
        assert_eq!(
            (settled.status.as_str(), settled.last_error.as_deref()),
            ("failed", Some("delivery report: failed"))
        );
        assert!(t.store.retry_outbox(id, Millis(T0 + 3 * SEC)).await.unwrap(), "an administrator can send it again");
    }

    async fn outbox_two_servers_deliver_a_thousand_messages_once_each(t) {
        let (ids, other, sender, job) =
            two_servers(&t, (0..1_000).map(|n| format!("0171{n:07}")), Language::Bn).await;
        // Both servers run their delivery at once until neither finds work.
        drain_on_both(&job, &t.store, &other, T0).await;
        assert_eq!(sent_ids(&sender), ids, "every message exactly once, none left");
        assert_eq!(sender.calls(), 1_000);
        let counts = t.store.outbox_counts().await.unwrap();
        assert_eq!((counts.queued, counts.sent), (0, 1_000));
        other.close().await;
    }
}
