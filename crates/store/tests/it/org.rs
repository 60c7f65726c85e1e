//! The hash-chained access log, redacted reads and consented disclosure, on both engines:
//! every redacted view writes a chained row; the chain verifies; a row inserted behind the
//! store's back is found; identity is decrypted only for an organisation with consent.

use crate::support::{T0, TestDb, caller, intake};
use workvoice_domain::Millis;
use workvoice_domain::ids::{AccessEntryId, AttachmentId, CaseId, OrgId, UserId, WorkplaceId};
use workvoice_domain::{FactoryReply, Intake, Role, ShareableSummary, Urgency};
use workvoice_store::{
    ACCESS_LOG_GENESIS, DisclosureMethod, EventKind, NewAttachment, ResponseKind, Scope,
    StoreError, chain_hash,
};

/// A factory's response as the form parses it.
fn reply(body: &str, action_by: &str, action_due: &str) -> FactoryReply {
    FactoryReply::parse(true, body, action_by, action_due).unwrap()
}

fn evidence(organisation_id: OrgId, uploaded_by: UserId, storage_key: &str) -> NewAttachment {
    NewAttachment {
        response_id: None,
        organisation_id,
        uploaded_by,
        file_name: "payslip.pdf".into(),
        content_type: "application/pdf".into(),
        size_bytes: 4,
        sha256: "00".repeat(32),
        storage_key: storage_key.into(),
    }
}

async fn org_user(t: &TestDb, username: &str, organisation_id: OrgId, role: Role) -> UserId {
    t.user(organisation_id, username, username, role).await
}

/// A case at the workplace, reported to its factory and to every brand it supplies.
async fn case_at(t: &TestDb, workplace_id: WorkplaceId, actor: UserId) -> CaseId {
    let id = t
        .store
        .create_case(
            &Intake {
                workplace_id: Some(workplace_id),
                caller: caller("01712345678", Some("Canary Name")),
                narrative: "internal narrative".into(),
                shareable_summary: ShareableSummary::parse("shareable text").unwrap(),
                ..intake("wages.unpaid", Urgency::Normal, "internal summary")
            },
            Some(actor),
            Millis(T0),
        )
        .await
        .unwrap()
        .id;
    let factory = t
        .store
        .workplace(workplace_id)
        .await
        .unwrap()
        .organisation_id;
    t.report(id, factory, T0).await;
    for (brand, _) in t.store.workplace_brands(workplace_id).await.unwrap() {
        t.report(id, brand, T0).await;
    }
    id
}

store_tests! {
    async fn access_log_chain_verifies_and_every_view_is_logged(t) {
        let empty = t.store.verify_access_log().await.unwrap();
        assert_eq!((empty.rows, empty.first_bad_id), (0, None));
        let op = t.staff("op", "Operator", Role::Operator).await;
        let w = t.workplace("Rahman Knitwear Ltd", &[]).await;
        let factory = org_user(&t, "factory", w.organisation_id, Role::FactoryContact).await;
        let case = case_at(&t, w.id, op).await;
        let scope = Scope::Workplace { organisation_id: w.organisation_id };
        let shared = t.store.shared_case(scope, case, factory, Millis(T0 + 1)).await.unwrap();
        assert_eq!(shared.shareable_summary, "shareable text");
        t.store.record_access(op, &t.helpline(case).await, "view_identity", Millis(T0 + 2)).await.unwrap();
        // Concurrent writers still form one chain.
        let mut handles = Vec::new();
        for i in 0..8 {
            let store = t.store.clone();
            handles.push(tokio::spawn(async move {
                store.shared_case(scope, case, factory, Millis(T0 + 10 + i)).await.unwrap();
            }));
        }
        for h in handles {
            h.await.unwrap();
        }
        let report = t.store.verify_access_log().await.unwrap();
        assert_eq!(report.rows, 10);
        assert_eq!(report.first_bad_id, None);
        assert_eq!(t.count("access_log").await, 10);
        // The first row links to the genesis hash and its hash is recomputable.
        let first = t
            .raw_rows("SELECT prev_hash, hash FROM access_log ORDER BY id LIMIT 1", vec![])
            .await;
        let prev: String = first[0].try_get("", "prev_hash").unwrap();
        let hash: String = first[0].try_get("", "hash").unwrap();
        assert_eq!(prev, ACCESS_LOG_GENESIS);
        assert_eq!(hash, chain_hash(ACCESS_LOG_GENESIS, Millis(T0 + 1), Some(factory), Some(case), "view_case"));
        // A case outside the scope is NotFound and writes no row.
        let other = t.workplace("Other Ltd", &[]).await;
        let outside = Scope::Workplace { organisation_id: other.organisation_id };
        assert!(matches!(t.store.shared_case(outside, case, factory, Millis(T0)).await, Err(StoreError::NotFound)));
        assert_eq!(t.count("access_log").await, 10);
    }

    async fn access_log_tampering_is_detected(t) {
        let op = t.staff("op", "Operator", Role::Operator).await;
        let w = t.workplace("Rahman Knitwear Ltd", &[]).await;
        let case = case_at(&t, w.id, op).await;
        for i in 0..3 {
            t.store.record_access(op, &t.helpline(case).await, "view_identity", Millis(T0 + i)).await.unwrap();
        }
        assert_eq!(t.store.verify_access_log().await.unwrap().first_bad_id, None);
        // Someone with database access adds a row with a made-up hash.
        t.raw_exec(&format!(
            "INSERT INTO access_log (at, user_id, case_id, action, prev_hash, hash) VALUES ({}, {op}, {case}, 'view_identity', 'abc', 'def')",
            T0 + 5
        ))
        .await
        .unwrap();
        let bad_id = AccessEntryId::new(t.raw_i64("SELECT MAX(id) FROM access_log").await);
        let report = t.store.verify_access_log().await.unwrap();
        assert_eq!(report.first_bad_id, Some(bad_id));
        // Rows cannot be edited or removed to hide it.
        assert!(t.raw_exec("DELETE FROM access_log").await.is_err());
        assert!(t.raw_exec("UPDATE access_log SET hash = 'x'").await.is_err());
    }

    async fn access_log_forged_row_with_a_consistent_hash_but_wrong_link_is_detected(t) {
        let op = t.staff("op", "Operator", Role::Operator).await;
        let w = t.workplace("Rahman Knitwear Ltd", &[]).await;
        let case = case_at(&t, w.id, op).await;
        t.store.record_access(op, &t.helpline(case).await, "view_identity", Millis(T0)).await.unwrap();
        // A self-consistent row that does not link to the previous one.
        let hash = chain_hash(ACCESS_LOG_GENESIS, Millis(T0 + 1), Some(op), Some(case), "view_case");
        t.raw_exec(&format!(
            "INSERT INTO access_log (at, user_id, case_id, action, prev_hash, hash) VALUES ({}, {op}, {case}, 'view_case', '{ACCESS_LOG_GENESIS}', '{hash}')",
            T0 + 1
        ))
        .await
        .unwrap();
        let bad_id = AccessEntryId::new(t.raw_i64("SELECT MAX(id) FROM access_log").await);
        assert_eq!(t.store.verify_access_log().await.unwrap().first_bad_id, Some(bad_id));
    }

    async fn disclosure_consent_reveals_identity_only_to_that_organisation(t) {
        let op = t.staff("op", "Operator", Role::Operator).await;
        let brand_a = t.brand("Brand A").await;
        let brand_b = t.brand("Brand B").await;
        let w = t.workplace("Rahman Knitwear Ltd", &[brand_a, brand_b]).await;
        let user_a = org_user(&t, "brand-a", brand_a, Role::Brand).await;
        let user_b = org_user(&t, "brand-b", brand_b, Role::Brand).await;
        let factory = org_user(&t, "factory", w.organisation_id, Role::FactoryContact).await;
        let case = case_at(&t, w.id, op).await;
        let caller_id = t.store.case_callers(&t.helpline(case).await).await.unwrap()[0].caller_id;
        assert!(t.store.disclosed_callers(&t.scoped(Scope::Brand { organisation_id: brand_a }, case).await, user_a, Millis(T0)).await.unwrap().is_empty());
        // Only helpline staff record consent; only the case's workplace and brands qualify.
        assert!(t.store.record_disclosure_consent(&t.helpline(case).await, caller_id, brand_a, DisclosureMethod::Phone, factory, Millis(T0)).await.is_err());
        let stranger = t.brand("Unrelated Brand").await;
        assert!(matches!(
            t.store.record_disclosure_consent(&t.helpline(case).await, caller_id, stranger, DisclosureMethod::Phone, op, Millis(T0)).await,
            Err(StoreError::Invalid(_))
        ));
        t.store.record_disclosure_consent(&t.helpline(case).await, caller_id, brand_a, DisclosureMethod::Phone, op, Millis(T0 + 1)).await.unwrap();
        let seen = t.store.disclosed_callers(&t.scoped(Scope::Brand { organisation_id: brand_a }, case).await, user_a, Millis(T0 + 2)).await.unwrap();
        assert_eq!(seen.len(), 1);
        assert_eq!(seen[0].name.as_deref(), Some("Canary Name"));
        assert!(t.store.disclosed_callers(&t.scoped(Scope::Brand { organisation_id: brand_b }, case).await, user_b, Millis(T0 + 2)).await.unwrap().is_empty());
        assert!(t.store.disclosed_callers(&t.scoped(Scope::Workplace { organisation_id: w.organisation_id }, case).await, factory, Millis(T0 + 2)).await.unwrap().is_empty());
        // The identity read was logged, and the consent is on the case's timeline.
        let logged = t.raw_i64(&format!("SELECT COUNT(*) FROM access_log WHERE action = 'view_identity' AND user_id = {user_a}")).await;
        assert_eq!(logged, 1);
        let events = t.store.case_events(&t.helpline(case).await).await.unwrap();
        assert!(events.iter().any(|e| e.kind.code() == "disclosure_consented"));
        assert_eq!(t.store.verify_access_log().await.unwrap().first_bad_id, None);
    }

    async fn disclosure_consent_revoked_hides_identity_at_once(t) {
        let op = t.staff("op", "Operator", Role::Operator).await;
        let brand_a = t.brand("Brand A").await;
        let w = t.workplace("Rahman Knitwear Ltd", &[brand_a]).await;
        let user_a = org_user(&t, "brand-a", brand_a, Role::Brand).await;
        let factory = org_user(&t, "factory", w.organisation_id, Role::FactoryContact).await;
        let case = case_at(&t, w.id, op).await;
        let other_case = case_at(&t, w.id, op).await;
        let caller_id = t.store.case_callers(&t.helpline(case).await).await.unwrap()[0].caller_id;
        let brand_view = Scope::Brand { organisation_id: brand_a };
        let consent = t.store.record_disclosure_consent(&t.helpline(case).await, caller_id, brand_a, DisclosureMethod::Phone, op, Millis(T0 + 1)).await.unwrap();
        assert_eq!(t.store.disclosed_callers(&t.scoped(brand_view, case).await, user_a, Millis(T0 + 2)).await.unwrap().len(), 1);

        // Only helpline staff withdraw it, and only on the case it belongs to.
        assert!(matches!(
            t.store.revoke_disclosure_consent(&t.helpline(case).await, consent, factory, Millis(T0 + 3)).await,
            Err(StoreError::NotFound)
        ));
        assert!(matches!(
            t.store.revoke_disclosure_consent(&t.helpline(other_case).await, consent, op, Millis(T0 + 3)).await,
            Err(StoreError::Invalid(_))
        ));
        assert_eq!(t.store.disclosed_callers(&t.scoped(brand_view, case).await, user_a, Millis(T0 + 3)).await.unwrap().len(), 1);

        assert!(t.store.revoke_disclosure_consent(&t.helpline(case).await, consent, op, Millis(T0 + 4)).await.unwrap());
        // The very next read shows nothing, and writes no identity view to the access log.
        let views = |user: UserId| format!("SELECT COUNT(*) FROM access_log WHERE action = 'view_identity' AND user_id = {user}");
        let logged = t.raw_i64(&views(user_a)).await;
        assert!(t.store.disclosed_callers(&t.scoped(brand_view, case).await, user_a, Millis(T0 + 5)).await.unwrap().is_empty());
        assert_eq!(t.raw_i64(&views(user_a)).await, logged);
        assert!(t.store.disclosure_consents(&t.helpline(case).await).await.unwrap().is_empty());
        // Withdrawing twice changes nothing; the timeline has one withdrawal, by the operator.
        assert!(!t.store.revoke_disclosure_consent(&t.helpline(case).await, consent, op, Millis(T0 + 6)).await.unwrap());
        let events = t.store.case_events(&t.helpline(case).await).await.unwrap();
        let revoked: Vec<_> = events.iter().filter(|e| e.kind == EventKind::DisclosureRevoked).collect();
        assert_eq!(revoked.len(), 1);
        assert_eq!((revoked[0].actor_id, revoked[0].at), (Some(op), Millis(T0 + 4)));
        assert_eq!(revoked[0].detail["organisation_id"], brand_a.get());
        // The organisation knew the identity once: closing still schedules the retaliation checks.
        assert!(t.store.close_case(&t.helpline(case).await, "resolved_accepted", op, Millis(T0 + 7)).await.unwrap());
    }

    async fn factory_response_meets_the_step_and_is_scoped(t) {
        let op = t.staff("op", "Operator", Role::Operator).await;
        let w = t.workplace("Rahman Knitwear Ltd", &[]).await;
        let other = t.workplace("Other Ltd", &[]).await;
        let factory = org_user(&t, "factory", w.organisation_id, Role::FactoryContact).await;
        let case = case_at(&t, w.id, op).await;
        let wrong = Scope::Workplace { organisation_id: other.organisation_id };
        assert!(matches!(
            async { t.store.record_response(&t.store.scoped_case(wrong, case).await?, other.organisation_id, factory, ResponseKind::Response, &reply("x", "", ""), Millis(T0)).await }.await,
            Err(StoreError::NotFound)
        ));
        let scope = Scope::Workplace { organisation_id: w.organisation_id };
        t.store.record_response(&t.scoped(scope, case).await, w.organisation_id, factory, ResponseKind::Response, &reply("Paid the wages", "HR manager", "2026-01-10"), Millis(T0 + 5)).await.unwrap();
        let steps = t.store.case_steps(&t.helpline(case).await).await.unwrap();
        let step = steps.iter().find(|s| s.step.code() == "factory_response").expect("step exists");
        assert_eq!(step.met_at, Some(Millis(T0 + 5)));
        let responses = t.store.case_responses(&t.helpline(case).await, Some(&[w.organisation_id])).await.unwrap();
        assert_eq!(responses.len(), 1);
        assert_eq!(responses[0].action_by, "HR manager");
        assert!(t.store.case_responses(&t.helpline(case).await, Some(&[other.organisation_id])).await.unwrap().is_empty());
    }

    async fn children_of_a_case_outside_the_scope_are_not_found_like_a_missing_case(t) {
        let op = t.staff("op", "Operator", Role::Operator).await;
        let brand = t.brand("Brand").await;
        let w = t.workplace("Rahman Knitwear Ltd", &[brand]).await;
        let other = t.workplace("Other Ltd", &[]).await;
        let factory = org_user(&t, "factory", w.organisation_id, Role::FactoryContact).await;
        let case = case_at(&t, w.id, op).await;
        let missing = CaseId::new(case.get() + 1_000);
        let own = Scope::Workplace { organisation_id: w.organisation_id };
        let stranger = Scope::Workplace { organisation_id: other.organisation_id };
        let brand_scope = Scope::Brand { organisation_id: brand };
        // No token for a case outside the scope, so none of its children can be read.
        assert!(matches!(t.store.scoped_case(stranger, case).await, Err(StoreError::NotFound)));
        assert!(matches!(t.store.scoped_case(Scope::Helpline, missing).await, Err(StoreError::NotFound)));
        assert_eq!(t.store.scoped_case(own, case).await.unwrap().id(), case);

        // Evidence: the factory's file, and one the helpline attached for itself.
        let filed = t.store.add_attachment(&t.scoped(own, case).await, &evidence(w.organisation_id, factory, "aa"), Millis(T0)).await.unwrap();
        let helpline_org = OrgId::new(t.raw_i64(&format!("SELECT organisation_id FROM users WHERE id = {op}")).await);
        let internal = t.store.add_attachment(&t.helpline(case).await, &evidence(helpline_org, op, "bb"), Millis(T0 + 1)).await.unwrap();
        // A download by attachment id finds the case through the scope first.
        assert!(matches!(t.store.case_of_attachment(stranger, filed).await, Err(StoreError::NotFound)));
        assert!(matches!(t.store.case_of_attachment(Scope::Helpline, AttachmentId::new(internal.get() + 100)).await, Err(StoreError::NotFound)));
        let via_brand = t.store.case_of_attachment(brand_scope, filed).await.unwrap();
        assert_eq!(t.store.attachment(&via_brand, filed, factory, Millis(T0 + 2)).await.unwrap().storage_key, "aa");
        // Organisations see only the evidence of the organisation that answers for the case,
        // chosen in the SQL: the helpline's own file is NotFound to them, listed to the helpline.
        assert!(matches!(t.store.attachment(&via_brand, internal, factory, Millis(T0 + 2)).await, Err(StoreError::NotFound)));
        let second = case_at(&t, w.id, op).await;
        let t = &t;
        let seen = |scope| async move { t.store.case_attachments(&t.scoped(scope, case).await).await.unwrap().iter().map(|a| a.id).collect::<Vec<_>>() };
        assert_eq!(seen(own).await, [filed]);
        assert_eq!(seen(brand_scope).await, [filed]);
        assert_eq!(seen(Scope::Helpline).await, [filed, internal]);
        // An attachment of one case is not reachable through another case's token.
        assert!(matches!(t.store.attachment(&t.helpline(second).await, filed, op, Millis(T0 + 3)).await, Err(StoreError::NotFound)));
    }
}
