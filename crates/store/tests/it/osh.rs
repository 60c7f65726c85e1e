//! OSH improvement monitoring on both engines: enrolment, visits with the two views kept
//! apart, provider scoping of notes, improvements with their append-only timeline and risk,
//! the aggregates' facts, and the bridge from a helpline case (no caller or narrative
//! crosses to the provider).

use jiff::civil::date;
use workvoice_domain::Millis;
use workvoice_domain::ids::{OrgId, WorkplaceId};
use workvoice_domain::osh::improvement::ImprovementSource;
use workvoice_domain::osh::{
    ControlLevel, Effectiveness, ImprovementStatus, Methodology, Participants, RiskLevel,
    RiskScore, TechnicalArea, VerificationMethod, ViewSide, VisitKind, VisitState, tally_groups,
};
use workvoice_domain::{Intake, Role, ShareableSummary, Urgency};
use workvoice_store::{
    NewImprovement, NewProgramme, NewVisit, OshFilter, OshGroupBy, OshScope, StatusChange,
    StoreError, VisitView,
};

use crate::support::{T0, TestDb, caller, contains, intake};

struct World {
    provider_a: OrgId,
    provider_b: OrgId,
    staff_a: workvoice_domain::ids::UserId,
    staff_b: workvoice_domain::ids::UserId,
    owner: workvoice_domain::ids::UserId,
    workplace: WorkplaceId,
    other: WorkplaceId,
    enrolment_a: workvoice_domain::ids::EnrolmentId,
    enrolment_b: workvoice_domain::ids::EnrolmentId,
}

async fn world(t: &TestDb) -> World {
    let s = &t.store;
    let provider_a = s
        .create_provider("Safe Work Hanoi", Millis(T0))
        .await
        .unwrap();
    let provider_b = s
        .create_provider("OSH Support Dhaka", Millis(T0))
        .await
        .unwrap();
    let programme = s
        .create_programme(
            &NewProgramme {
                name: "WISE 2026".into(),
                methodology: Methodology::Wise,
                starts_on: date(2026, 1, 1),
                ends_on: Some(date(2026, 12, 31)),
                partners: "Labour department".into(),
            },
            Millis(T0),
        )
        .await
        .unwrap();
    let w = t.workplace("Minh Phat Garments", &[]).await;
    let o = t.workplace("Rupa Knit", &[]).await;
    let (workplace, other) = (w.id, o.id);
    let enrolment_a = s
        .enrol_workplace(
            programme,
            workplace,
            provider_a,
            date(2026, 1, 5),
            Millis(T0),
        )
        .await
        .unwrap();
    let enrolment_b = s
        .enrol_workplace(programme, other, provider_b, date(2026, 1, 6), Millis(T0))
        .await
        .unwrap();
    World {
        provider_a,
        provider_b,
        staff_a: t.user(provider_a, "lan", "Lan", Role::ProviderStaff).await,
        staff_b: t
            .user(provider_b, "karim", "Karim", Role::ProviderStaff)
            .await,
        owner: t
            .user(w.organisation_id, "owner", "Owner", Role::EnterpriseOwner)
            .await,
        workplace,
        other,
        enrolment_a,
        enrolment_b,
    }
}

fn risk(l: i64, s: i64) -> Option<RiskScore> {
    Some(RiskScore::new(RiskLevel::new(l)?, RiskLevel::new(s)?))
}

fn new_improvement(workplace: WorkplaceId, area: TechnicalArea) -> NewImprovement {
    NewImprovement {
        workplace,
        source: ImprovementSource::Direct,
        area,
        description: "Shelves for cut fabric beside the cutting tables".into(),
        control_level: Some(ControlLevel::Engineering),
        low_cost: true,
        cost: Some(1_500_000),
        owner_name: "Mr Tuan, floor manager".into(),
        due_on: Some(date(2026, 3, 1)),
        before: risk(4, 3),
        after: None,
    }
}

fn visit(enrolment: workvoice_domain::ids::EnrolmentId, scheduled: jiff::civil::Date) -> NewVisit {
    NewVisit {
        enrolment,
        kind: VisitKind::FollowUp,
        scheduled_on: scheduled,
        performed_on: None,
        visitors: "Lan, Hoa".into(),
        participants: Participants::default(),
        notes: "PRIVATE-NOTE-A owner reluctant about ventilation cost".into(),
        next_due_on: None,
    }
}

store_tests! {
    async fn osh_enrolment_is_once_per_programme_and_only_with_a_provider(t) {
        let w = world(&t).await;
        let programmes = t.store.programmes().await.unwrap();
        assert_eq!(programmes.len(), 1);
        let again = t.store.enrol_workplace(programmes[0].id, w.workplace, w.provider_b, date(2026, 2, 1), Millis(T0)).await;
        assert!(matches!(again, Err(StoreError::Conflict(_))), "{again:?}");
        let brand = t.brand("Brand X").await;
        let not_provider = t.store.enrol_workplace(programmes[0].id, w.other, brand, date(2026, 2, 1), Millis(T0)).await;
        assert_eq!(not_provider.err().and_then(|e| e.message_id()), Some("osh-error-not-a-provider"));

        let mine = t.store.enrolments(OshScope::Provider(w.provider_a)).await.unwrap();
        assert_eq!(mine.iter().map(|e| e.workplace.as_str()).collect::<Vec<_>>(), ["Minh Phat Garments"]);
        assert_eq!(t.store.enrolments(OshScope::Programme).await.unwrap().len(), 2);
        assert!(t.store.enrolment(OshScope::Provider(w.provider_b), w.enrolment_a).await.is_err());
    }

    async fn osh_visits_keep_notes_to_their_provider_and_views_apart(t) {
        let w = world(&t).await;
        let s = &t.store;
        // Provider B cannot record a visit on A's enrolment.
        assert!(matches!(
            s.create_visit(w.provider_b, &visit(w.enrolment_a, date(2026, 2, 1)), w.staff_b, Millis(T0)).await,
            Err(StoreError::NotFound)
        ));
        let v = s.create_visit(w.provider_a, &NewVisit {
            performed_on: Some(date(2026, 2, 1)),
            participants: Participants { employer: 1, workers: 12, women: 9, worker_reps: 2 },
            next_due_on: Some(date(2026, 5, 1)),
            ..visit(w.enrolment_a, date(2026, 2, 1))
        }, w.staff_a, Millis(T0)).await.unwrap();

        let own = s.visit(OshScope::Provider(w.provider_a), v).await.unwrap();
        assert!(own.notes.as_deref().is_some_and(|n| n.contains("PRIVATE-NOTE-A")));
        assert_eq!(own.participants.women, 9);
        assert!(s.visit(OshScope::Provider(w.provider_b), v).await.is_err(), "B reads A's visit");
        let enterprise = s.visit(OshScope::Enterprise(w.workplace), v).await.unwrap();
        assert_eq!(enterprise.notes, None, "the enterprise sees the provider's notes");
        assert!(s.visit(OshScope::Enterprise(w.other), v).await.is_err());

        let view = |side, rating, body: &str| VisitView {
            side,
            rating: Effectiveness::new(rating).unwrap(),
            changes_seen: "racks, lighting".into(),
            body: body.into(),
        };
        s.record_visit_view(OshScope::Provider(w.provider_a), v, &view(ViewSide::Workers, 4, "less lifting"), w.staff_a, Millis(T0)).await.unwrap();
        s.record_visit_view(OshScope::Enterprise(w.workplace), v, &view(ViewSide::Employer, 5, "faster cutting"), w.owner, Millis(T0)).await.unwrap();
        // An owner cannot speak for the workers.
        assert!(s.record_visit_view(OshScope::Enterprise(w.workplace), v, &view(ViewSide::Workers, 1, "x"), w.owner, Millis(T0)).await.is_err());
        // Re-recording one side replaces that side only.
        s.record_visit_view(OshScope::Provider(w.provider_a), v, &view(ViewSide::Workers, 3, "less lifting, still hot"), w.staff_a, Millis(T0 + 1)).await.unwrap();
        let views = s.visit_views(OshScope::Provider(w.provider_a), v).await.unwrap();
        assert_eq!(views.len(), 2);
        assert_eq!((views[0].side, views[0].rating.get(), views[0].body.as_str()), (ViewSide::Employer, 5, "faster cutting"));
        assert_eq!((views[1].side, views[1].rating.get(), views[1].body.as_str()), (ViewSide::Workers, 3, "less lifting, still hot"));

        let ratings = s.rating_tally(OshScope::Programme, &OshFilter::default()).await.unwrap();
        assert_eq!((ratings.employer_views, ratings.employer_sum, ratings.worker_views, ratings.worker_sum), (1, 5, 1, 3));
    }

    async fn osh_schedule_shows_overdue_per_provider_and_shared_coordination(t) {
        let w = world(&t).await;
        let s = &t.store;
        let today = date(2026, 3, 10);
        s.create_visit(w.provider_a, &visit(w.enrolment_a, date(2026, 3, 1)), w.staff_a, Millis(T0)).await.unwrap();
        s.create_visit(w.provider_a, &visit(w.enrolment_a, date(2026, 4, 1)), w.staff_a, Millis(T0)).await.unwrap();
        let done = s.create_visit(w.provider_b, &visit(w.enrolment_b, date(2026, 2, 1)), w.staff_b, Millis(T0)).await.unwrap();
        s.perform_visit(w.provider_b, done, date(2026, 2, 3)).await.unwrap();
        assert!(s.perform_visit(w.provider_a, done, date(2026, 2, 3)).await.is_err(), "A performs B's visit");

        let by_provider = s.schedule_by_provider(today).await.unwrap();
        let a = by_provider.iter().find(|p| p.provider_id == w.provider_a).unwrap();
        let b = by_provider.iter().find(|p| p.provider_id == w.provider_b).unwrap();
        assert_eq!((a.planned, a.overdue), (2, 1));
        assert_eq!((b.planned, b.overdue), (0, 0));

        let schedule = s.visit_schedule(OshScope::Provider(w.provider_a)).await.unwrap();
        assert_eq!(schedule.len(), 2);
        assert_eq!(schedule[0].state(today), VisitState::Overdue);
        assert_eq!(schedule[1].state(today), VisitState::Planned);

        let coordination = s.workplace_coordination(w.other).await.unwrap();
        assert_eq!(coordination.last_visited, Some((date(2026, 2, 3), "OSH Support Dhaka".into())));
        assert_eq!(coordination.next_planned, None);
        let coordination = s.workplace_coordination(w.workplace).await.unwrap();
        assert_eq!(coordination.next_planned, Some((date(2026, 3, 1), "Safe Work Hanoi".into())));

        let on_time = s.follow_up_tally(OshScope::Provider(w.provider_b), &OshFilter::default()).await.unwrap();
        assert_eq!((on_time.performed, on_time.on_time), (1, 0));
    }

    async fn osh_follow_up_period_counts_a_visit_by_its_day_in_the_programmes_zone(t) {
        let w = world(&t).await;
        let s = &t.store;
        for performed in [date(2026, 9, 30), date(2026, 10, 1)] {
            let v = s.create_visit(w.provider_a, &visit(w.enrolment_a, date(2026, 9, 30)), w.staff_a, Millis(T0)).await.unwrap();
            s.perform_visit(w.provider_a, v, performed).await.unwrap();
        }
        let at = |text: &str| Millis(text.parse::<jiff::Timestamp>().unwrap().as_millisecond());
        // 20:00 UTC on 30 September is already 1 October in Dhaka; October ends there at 18:00 UTC.
        let october = |zone| OshFilter { from: Some(at("2026-09-30T20:00:00Z")), until: Some(at("2026-10-31T18:00:00Z")), zone, ..OshFilter::default() };
        let dhaka = s.follow_up_tally(OshScope::Programme, &october(jiff::tz::TimeZone::get("Asia/Dhaka").unwrap())).await.unwrap();
        assert_eq!((dhaka.performed, dhaka.on_time), (1, 0), "only the visit of 1 October (late) is Dhaka's October");
        let utc = s.follow_up_tally(OshScope::Programme, &october(jiff::tz::TimeZone::UTC)).await.unwrap();
        assert_eq!((utc.performed, utc.on_time), (2, 1), "in UTC the period starts on 30 September");
    }

    async fn osh_improvement_timeline_is_append_only_and_risk_rescored(t) {
        let w = world(&t).await;
        let s = &t.store;
        assert_eq!(
            s.create_improvement(w.provider_b, &new_improvement(w.workplace, TechnicalArea::MaterialsHandling), None, Some(w.staff_b), Millis(T0)).await.err().and_then(|e| e.message_id()),
            Some("osh-error-not-enrolled")
        );
        let id = s.create_improvement(w.provider_a, &new_improvement(w.workplace, TechnicalArea::MaterialsHandling), None, Some(w.staff_a), Millis(T0)).await.unwrap();
        let change = |to, verification, after| StatusChange { to, verification, after, note: String::new() };
        s.change_improvement_status(w.provider_a, id, &change(ImprovementStatus::Planned, None, None), w.staff_a, Millis(T0 + 1)).await.unwrap();
        // B cannot move A's improvement.
        assert!(matches!(
            s.change_improvement_status(w.provider_b, id, &change(ImprovementStatus::Done, None, None), w.staff_b, Millis(T0 + 2)).await,
            Err(StoreError::NotFound)
        ));
        s.change_improvement_status(w.provider_a, id, &change(ImprovementStatus::Done, Some(VerificationMethod::SelfReported), risk(2, 3)), w.staff_a, Millis(T0 + 2)).await.unwrap();
        let refused = s.change_improvement_status(w.provider_a, id, &change(ImprovementStatus::Verified, None, None), w.staff_a, Millis(T0 + 3)).await;
        assert_eq!(refused.err().and_then(|e| e.message_id()), Some("osh-error-self-report-not-verified"));

        // Only verified counts in the headline.
        let facts: Vec<_> = s.improvement_groups(OshScope::Programme, &OshFilter::default(), OshGroupBy::Area).await.unwrap().into_iter().map(|g| (g.fact, g.count)).collect();
        assert_eq!(tally_groups(facts).total.verified, 0);

        s.change_improvement_status(w.provider_a, id, &StatusChange { note: "Seen on the follow-up visit".into(), ..change(ImprovementStatus::Verified, Some(VerificationMethod::ObservedOnVisit), None) }, w.staff_a, Millis(T0 + 4)).await.unwrap();
        let improvement = s.improvement(OshScope::Enterprise(w.workplace), id).await.unwrap();
        assert_eq!(improvement.status, ImprovementStatus::Verified);
        assert_eq!(improvement.after, risk(2, 3));
        assert!(s.improvement(OshScope::Enterprise(w.other), id).await.is_err());
        assert!(s.improvement(OshScope::Provider(w.provider_b), id).await.is_err());

        let timeline = s.improvement_timeline(OshScope::Provider(w.provider_a), id).await.unwrap();
        let steps: Vec<_> = timeline.iter().map(|e| (e.from, e.to)).collect();
        assert_eq!(steps, [
            (None, ImprovementStatus::Proposed),
            (Some(ImprovementStatus::Proposed), ImprovementStatus::Planned),
            (Some(ImprovementStatus::Planned), ImprovementStatus::Done),
            (Some(ImprovementStatus::Done), ImprovementStatus::Verified),
        ]);
        assert_eq!(timeline[3].note, "Seen on the follow-up visit");
        assert!(t.raw_exec("UPDATE osh_improvement_events SET note = 'x'").await.is_err(), "timeline edited");
        assert!(t.raw_exec("DELETE FROM osh_improvement_events").await.is_err(), "timeline deleted");

        let facts: Vec<_> = s.improvement_groups(OshScope::Programme, &OshFilter::default(), OshGroupBy::Area).await.unwrap().into_iter().map(|g| (g.fact, g.count)).collect();
        let counted = tally_groups(facts);
        assert_eq!(counted.total.verified, 1);
        assert_eq!(counted.total.risk_reduction, 12 - 6);
        assert_eq!(counted.total.band_reductions(), 1);
        assert_eq!(counted.by_area[&TechnicalArea::MaterialsHandling].verified_low_cost, 1);
    }

    async fn osh_bridge_raises_priority_and_opens_a_draft_without_caller_or_narrative(t) {
        let w = world(&t).await;
        let s = &t.store;
        let op = t.staff("op", "Operator", Role::Operator).await;
        let created = s.create_case(
            &Intake {
                workplace_id: Some(w.workplace),
                narrative: "CANARY-NARRATIVE the caller works on line 4 night shift".into(),
                shareable_summary: ShareableSummary::parse("Cutting room is very hot in the afternoon; no working fan.").unwrap(),
                caller: caller("01711 000111", Some("CANARY-NAME Rahima")),
                ..intake("osh.heat", Urgency::Normal, "CANARY-SUMMARY internal")
            },
            Some(op),
            Millis(T0),
        ).await.unwrap();
        let case = t.helpline(created.id).await;

        let before = s.visit_priorities(w.provider_a, date(2026, 3, 10)).await.unwrap();
        assert_eq!(before[0].open_signals, 0);
        let signal = s.raise_osh_signal(&case, Millis(T0 + 1)).await.unwrap().expect("an OSH signal");
        assert_eq!(signal.area, Some(TechnicalArea::PhysicalEnvironment));
        assert!(s.raise_osh_signal(&case, Millis(T0 + 2)).await.unwrap().is_some(), "raising twice");

        let priorities = s.visit_priorities(w.provider_a, date(2026, 3, 10)).await.unwrap();
        assert_eq!(priorities[0].workplace_id, w.workplace);
        assert_eq!(priorities[0].open_signals, 1);
        assert_eq!(priorities[0].signal_areas, [TechnicalArea::PhysicalEnvironment]);
        assert!(priorities[0].priority > before[0].priority);
        // Provider B's list knows nothing of it.
        assert!(s.visit_priorities(w.provider_b, date(2026, 3, 10)).await.unwrap().iter().all(|p| p.open_signals == 0));

        let draft = s.open_improvement_from_case(&case, op, Millis(T0 + 3)).await.unwrap();
        assert_eq!(
            s.open_improvement_from_case(&case, op, Millis(T0 + 4)).await.err().and_then(|e| e.message_id()),
            Some("osh-error-already-opened")
        );
        let seen = s.improvement(OshScope::Provider(w.provider_a), draft).await.unwrap();
        assert_eq!(seen.source, ImprovementSource::Complaint);
        assert_eq!(seen.area, TechnicalArea::PhysicalEnvironment);
        assert_eq!(seen.status, ImprovementStatus::Proposed);
        assert_eq!(seen.control_level, None);
        assert_eq!(seen.description, "Cutting room is very hot in the afternoon; no working fan.");
        // Nothing of the caller or the internal text in any OSH table.
        for table in ["osh_improvements", "osh_improvement_events", "osh_signals", "osh_visits", "osh_enrolments"] {
            for value in t.text_and_blob_values(table).await {
                for canary in ["CANARY", "Rahima", "01711", "line 4"] {
                    assert!(!contains(&value, canary), "{canary} in {table}");
                }
            }
        }
        // Verifying the improvement closes the loop on the case.
        let change = |to, verification| StatusChange { to, verification, after: risk(1, 3), note: String::new() };
        s.change_improvement_status(w.provider_a, draft, &change(ImprovementStatus::Done, None), w.staff_a, Millis(T0 + 5)).await.unwrap();
        s.change_improvement_status(w.provider_a, draft, &change(ImprovementStatus::Verified, Some(VerificationMethod::WorkerConfirmed)), w.staff_a, Millis(T0 + 6)).await.unwrap();
        let closed = s.case_osh_signal(&case).await.unwrap().unwrap();
        assert_eq!(closed.improvement_id, Some(draft));
        assert_eq!(closed.improvement_status, Some(ImprovementStatus::Verified));
        assert_eq!(closed.answered_at, Some(Millis(T0 + 6)));
        let after = s.visit_priorities(w.provider_a, date(2026, 3, 10)).await.unwrap();
        assert_eq!(after[0].open_signals, 0);
    }

    async fn osh_bridge_ignores_cases_outside_osh_or_unenrolled(t) {
        let w = world(&t).await;
        let s = &t.store;
        let op = t.staff("op", "Operator", Role::Operator).await;
        let wages = s.create_case(
            &Intake { workplace_id: Some(w.workplace), ..intake("wages.unpaid", Urgency::Normal, "x") },
            Some(op), Millis(T0),
        ).await.unwrap();
        assert_eq!(s.raise_osh_signal(&t.helpline(wages.id).await, Millis(T0)).await.unwrap(), None);
        let unenrolled = t.workplace("Not Enrolled Ltd", &[]).await;
        let heat = s.create_case(
            &Intake { workplace_id: Some(unenrolled.id), ..intake("osh.heat", Urgency::Normal, "x") },
            Some(op), Millis(T0),
        ).await.unwrap();
        assert_eq!(s.raise_osh_signal(&t.helpline(heat.id).await, Millis(T0)).await.unwrap(), None);
        // No shareable summary: nothing safe to put in a draft.
        let bare = s.create_case(
            &Intake { workplace_id: Some(w.workplace), ..intake("life_safety.blocked_exits", Urgency::Urgent, "x") },
            Some(op), Millis(T0),
        ).await.unwrap();
        let bare = t.helpline(bare.id).await;
        assert!(s.raise_osh_signal(&bare, Millis(T0)).await.unwrap().is_some());
        assert_eq!(
            s.open_improvement_from_case(&bare, op, Millis(T0)).await.err().and_then(|e| e.message_id()),
            Some("osh-error-no-shareable-summary")
        );
    }
}
