//! OSH meetings and workshops, and field-form drafts, on both engines: a meeting keeps its
//! organisations, participants by gender and enterprises presenting; providers and the
//! programme see every meeting, an enterprise only those it presented at; a draft is one
//! per user and form, replaced by the next save and gone once discarded.

use jiff::civil::date;
use workvoice_domain::Millis;
use workvoice_domain::Role;
use workvoice_domain::osh::{DraftForm, MeetingKind, MeetingRecord};
use workvoice_store::{OshScope, StoreError};

use crate::support::T0;

fn record(kind: MeetingKind, presenters: Vec<workvoice_domain::ids::WorkplaceId>) -> MeetingRecord {
    MeetingRecord {
        kind,
        held_on: date(2026, 5, 20),
        place: "Hanoi labour department hall".into(),
        organisations: vec!["Safe Work Hanoi".into(), "DOLISA Hanoi".into()],
        women: 14,
        men: 9,
        presenters,
        decisions: "Print the shelving example in the next leaflet".into(),
        follow_ups: "Safe Work Hanoi visits the two presenters in June".into(),
    }
}

store_tests! {
    async fn osh_meetings_keep_presenters_and_scope_enterprises(t) {
        let s = &t.store;
        let provider = s.create_provider("Safe Work Hanoi", Millis(T0)).await.unwrap();
        let programme = workvoice_testdb::fixtures::wise_programme(s, Millis(T0)).await;
        let a = t.workplace("Minh Phat Garments", &[]).await;
        let b = t.workplace("Hoa Binh Wood", &[]).await;
        let c = t.workplace("Not Enrolled", &[]).await;
        for w in [a.id, b.id] {
            s.enrol_workplace(programme, w, provider, date(2026, 1, 5), Millis(T0)).await.unwrap();
        }
        let staff = t.user(provider, "lan", "Lan", Role::ProviderStaff).await;
        let workshop = s.create_meeting(Some(provider), Some(programme), &record(MeetingKind::Workshop, vec![b.id, a.id]), staff, Millis(T0)).await.unwrap();
        let coordination = s.create_meeting(None, None, &MeetingRecord { held_on: date(2026, 4, 2), ..record(MeetingKind::Coordination, vec![]) }, staff, Millis(T0)).await.unwrap();
        // An enterprise that is in no programme cannot be named as presenting.
        let bad = s.create_meeting(Some(provider), None, &record(MeetingKind::Workshop, vec![c.id]), staff, Millis(T0)).await;
        assert_eq!(bad.err().and_then(|e| e.message_id()), Some("error-invalid-choice"));

        let all = s.meetings(OshScope::Provider(provider)).await.unwrap();
        assert_eq!(all.iter().map(|m| m.id).collect::<Vec<_>>(), vec![workshop, coordination]);
        assert_eq!(s.meetings(OshScope::Programme).await.unwrap().len(), 2);
        let m = s.meeting(OshScope::Programme, workshop).await.unwrap();
        assert_eq!(m.record.kind, MeetingKind::Workshop);
        assert_eq!(m.record.organisations, vec!["Safe Work Hanoi", "DOLISA Hanoi"]);
        assert_eq!((m.record.women, m.record.men), (14, 9));
        assert_eq!(m.presenter_names, vec!["Hoa Binh Wood", "Minh Phat Garments"]);
        assert_eq!(m.programme.as_deref(), Some("WISE 2026"));
        assert_eq!(m.organiser.as_deref(), Some("Safe Work Hanoi"));
        assert_eq!(m.record.held_on, date(2026, 5, 20));

        let mine = s.meetings(OshScope::Enterprise(a.id)).await.unwrap();
        assert_eq!(mine.iter().map(|m| m.id).collect::<Vec<_>>(), vec![workshop]);
        assert!(matches!(s.meeting(OshScope::Enterprise(a.id), coordination).await, Err(StoreError::NotFound)));
        assert!(s.meetings(OshScope::Enterprise(c.id)).await.unwrap().is_empty());
    }

    async fn osh_drafts_are_per_user_and_form(t) {
        let s = &t.store;
        let provider = s.create_provider("Safe Work Hanoi", Millis(T0)).await.unwrap();
        let lan = t.user(provider, "lan", "Lan", Role::ProviderStaff).await;
        let hoa = t.user(provider, "hoa", "Hoa", Role::ProviderStaff).await;
        assert_eq!(s.draft(lan, DraftForm::Visit).await.unwrap(), None);
        s.save_draft(lan, DraftForm::Visit, "visitors=Lan&notes=half", Millis(T0)).await.unwrap();
        s.save_draft(lan, DraftForm::Visit, "visitors=Lan&notes=half+typed", Millis(T0 + 5)).await.unwrap();
        s.save_draft(lan, DraftForm::Improvement, "description=shelves", Millis(T0 + 6)).await.unwrap();
        let d = s.draft(lan, DraftForm::Visit).await.unwrap().unwrap();
        assert_eq!((d.fields.as_str(), d.saved_at), ("visitors=Lan&notes=half+typed", Millis(T0 + 5)));
        assert_eq!(s.draft(hoa, DraftForm::Visit).await.unwrap(), None);
        s.discard_draft(lan, DraftForm::Visit).await.unwrap();
        assert_eq!(s.draft(lan, DraftForm::Visit).await.unwrap(), None);
        assert!(s.draft(lan, DraftForm::Improvement).await.unwrap().is_some());
        let huge = "x".repeat(70_000);
        assert_eq!(
            s.save_draft(lan, DraftForm::Visit, &huge, Millis(T0)).await.err().and_then(|e| e.message_id()),
            Some("osh-error-draft-too-large")
        );
    }
}
