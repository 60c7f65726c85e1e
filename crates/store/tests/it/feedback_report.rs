//! Enterprise feedback reports and workshop packs on both engines: a report holds the
//! enterprise's own improvements and tally, compares it with the enterprises of the same
//! size, sector and district (a group below the minimum is suppressed) and lists other
//! enterprises' verified improvements nearby; it is reached only inside the viewer's scope.
//! A workshop pack shows the presenters' verified improvements with the photos consented
//! for the programme, and no other photo.

use jiff::civil::date;
use workvoice_domain::Language;
use workvoice_domain::Millis;
use workvoice_domain::Role;
use workvoice_domain::dissemination::feedback_report::{Comparison, PeerRegion, Standing};
use workvoice_domain::ids::ProgrammeId;
use workvoice_domain::library::{CostBand, Naming, PracticeText, ReviewState, Sector};
use workvoice_domain::osh::{
    MeetingKind, MeetingRecord, Methodology, PhotoPhase, PublicationConsent,
};
use workvoice_domain::reports::YearMonth;
use workvoice_store::{
    LibraryActor, NewNewsletter, NewPhoto, NewPractice, NewProgramme, OshScope, Store, StoreError,
    Translation,
};

use crate::support::T0;
use workvoice_testdb::fixtures;

/// "WISE Gazipur 2026", the programme every report here is made in.
async fn gazipur_programme(s: &Store) -> ProgrammeId {
    s.create_programme(
        &NewProgramme {
            name: "WISE Gazipur 2026".into(),
            methodology: Methodology::Wise,
            starts_on: date(2026, 1, 1),
            ends_on: None,
            partners: String::new(),
        },
        Millis(T0),
    )
    .await
    .unwrap()
}

store_tests! {
    async fn feedback_report_compares_with_peers_and_suppresses_small_groups(t) {
        let s = &t.store;
        let provider = s.create_provider("OSH Support Dhaka", Millis(T0)).await.unwrap();
        let other = s.create_provider("Safe Work Gazipur", Millis(T0)).await.unwrap();
        let programme = gazipur_programme(s).await;
        // Five garment workplaces of the same size in Gazipur (the support's defaults).
        let mut places = Vec::new();
        for name in ["Rupa Knit", "Nadia Garments", "Karim Stitch", "Alam Apparels", "Sonar Textiles"] {
            let w = t.workplace(name, &[]).await;
            s.enrol_workplace(programme, w.id, provider, date(2026, 1, 5), Millis(T0)).await.unwrap();
            places.push(w);
        }
        let staff = t.user(provider, "karim", "Karim", Role::ProviderStaff).await;
        let lone = t.workplace("Other Provider Ltd", &[]).await;
        s.enrol_workplace(programme, lone.id, other, date(2026, 1, 5), Millis(T0)).await.unwrap();
        let other_staff = t.user(other, "lan", "Lan", Role::ProviderStaff).await;

        fixtures::improvement(s, provider, staff, places[0].id, "Trolleys for fabric rolls", true, Millis(T0)).await;
        fixtures::improvement(s, provider, staff, places[0].id, "Racks beside the cutting tables", true, Millis(T0)).await;
        fixtures::improvement(s, provider, staff, places[0].id, "Fans over the ironing section", false, Millis(T0)).await;
        fixtures::improvement(s, provider, staff, places[1].id, "Clear aisles marked in yellow", true, Millis(T0)).await;
        fixtures::improvement(s, other, other_staff, lone.id, "Guard on the cutting machine", true, Millis(T0)).await;

        let enrolments = s.enrolments(OshScope::Provider(provider)).await.unwrap();
        let rupa = enrolments.iter().find(|e| e.workplace_id == places[0].id).unwrap().id;
        let r = s.feedback_report(OshScope::Provider(provider), rupa, 5).await.unwrap();
        assert_eq!(r.programme, "WISE Gazipur 2026");
        assert_eq!(r.enterprise.name, "Rupa Knit");
        assert_eq!((r.tally.total.verified, r.tally.total.self_reported), (2, 1));
        assert_eq!(r.tally.total.risk_reduction, 2 * (16 - 4));
        assert_eq!(r.own.len(), 3);
        // Six enterprises in the programme are garment workplaces of that size in Gazipur
        // (the other provider's too): a group of six, verified 2, 1, 1, 0, 0, 0.
        let Comparison::Shown(p) = &r.comparison else { panic!("six reach five") };
        assert_eq!((p.region, p.enterprises, p.median_verified), (PeerRegion::District, 6, 0));
        assert_eq!(p.verified, Standing::Above);
        // Examples are others' verified improvements, named by district only.
        let examples: Vec<&str> = r.examples.iter().map(|l| l.description.as_str()).collect();
        assert_eq!(examples.len(), 2);
        assert!(examples.contains(&"Clear aisles marked in yellow"));
        assert!(examples.contains(&"Guard on the cutting machine"));
        assert!(r.examples.iter().all(|l| l.district == "Gazipur"));

        // With a minimum above the group's size, nothing about peers.
        let r = s.feedback_report(OshScope::Provider(provider), rupa, 7).await.unwrap();
        assert_eq!(r.comparison, Comparison::Suppressed);

        // Scope: the other provider and another enterprise get NotFound; the owner its own.
        assert!(matches!(s.feedback_report(OshScope::Provider(other), rupa, 5).await, Err(StoreError::NotFound)));
        assert!(matches!(s.feedback_report(OshScope::Enterprise(places[1].id), rupa, 5).await, Err(StoreError::NotFound)));
        assert_eq!(s.feedback_report(OshScope::Enterprise(places[0].id), rupa, 5).await.unwrap().enterprise.workplace, places[0].id);

        // The bulk run: one report per enterprise of the programme, by name.
        let all = s.feedback_reports(programme, 5).await.unwrap();
        assert_eq!(all.len(), 6);
        assert_eq!(all[0].enterprise.name, "Alam Apparels");
        assert!(all.iter().all(|r| matches!(r.comparison, Comparison::Shown(_))));
    }

    async fn feedback_report_workshop_pack_shows_consented_pairs_only(t) {
        let s = &t.store;
        let provider = s.create_provider("OSH Support Dhaka", Millis(T0)).await.unwrap();
        let programme = gazipur_programme(s).await;
        let a = t.workplace("Rupa Knit", &[]).await;
        let b = t.workplace("Nadia Garments", &[]).await;
        for w in [a.id, b.id] {
            s.enrol_workplace(programme, w, provider, date(2026, 1, 5), Millis(T0)).await.unwrap();
        }
        let staff = t.user(provider, "karim", "Karim", Role::ProviderStaff).await;
        let done = fixtures::improvement(s, provider, staff, a.id, "Trolleys for fabric rolls", true, Millis(T0)).await;
        fixtures::improvement(s, provider, staff, a.id, "Fans over the ironing section", false, Millis(T0)).await;
        let photo = |phase, consent, name: &str| NewPhoto {
            phase, stored_name: name.into(), content_type: "image/jpeg".into(),
            width: 800, height: 600, size_bytes: 1000, consent,
        };
        let before = s.add_improvement_photo(provider, done, &photo(PhotoPhase::Before, PublicationConsent::Internal, "b1"), staff, Millis(T0)).await.unwrap();
        let after = s.add_improvement_photo(provider, done, &photo(PhotoPhase::After, PublicationConsent::Public, "a1"), staff, Millis(T0)).await.unwrap();
        let private = s.add_improvement_photo(provider, done, &photo(PhotoPhase::After, PublicationConsent::None, "a0"), staff, Millis(T0)).await.unwrap();
        let record = |kind| MeetingRecord {
            kind, held_on: date(2026, 6, 20), place: "Gazipur DIFE office".into(),
            organisations: vec!["OSH Support Dhaka".into()], women: 10, men: 8,
            presenters: vec![a.id], decisions: String::new(), follow_ups: String::new(),
        };
        let workshop = s.create_meeting(Some(provider), Some(programme), &record(MeetingKind::Workshop), staff, Millis(T0)).await.unwrap();
        let coordination = s.create_meeting(Some(provider), Some(programme), &record(MeetingKind::Coordination), staff, Millis(T0)).await.unwrap();

        let pack = s.workshop_pack(OshScope::Programme, workshop).await.unwrap();
        assert_eq!(pack.enterprises.len(), 1);
        let e = &pack.enterprises[0];
        assert_eq!((e.name.as_str(), e.tally.total.verified, e.tally.total.self_reported), ("Rupa Knit", 1, 1));
        assert_eq!(e.pairs.len(), 1);
        assert_eq!((e.pairs[0].before, e.pairs[0].after), (Some(before), Some(after)));
        assert_eq!(s.workshop_pack_photo(OshScope::Programme, workshop, after).await.unwrap().id, after);
        assert!(matches!(s.workshop_pack_photo(OshScope::Programme, workshop, private).await, Err(StoreError::NotFound)));
        // A coordination meeting has no pack; an enterprise that did not present sees none.
        assert!(matches!(s.workshop_pack(OshScope::Programme, coordination).await, Err(StoreError::NotFound)));
        assert!(matches!(s.workshop_pack(OshScope::Enterprise(b.id), workshop).await, Err(StoreError::NotFound)));
        assert!(matches!(s.workshop_pack_photo(OshScope::Enterprise(b.id), workshop, before).await, Err(StoreError::NotFound)));
        assert_eq!(s.workshop_pack(OshScope::Enterprise(a.id), workshop).await.unwrap().enterprises.len(), 1);
    }

    async fn newsletter_keeps_figures_and_only_public_practices(t) {
        let s = &t.store;
        let provider = s.create_provider("OSH Support Dhaka", Millis(T0)).await.unwrap();
        let programme = gazipur_programme(s).await;
        let a = t.workplace("Rupa Knit", &[]).await;
        s.enrol_workplace(programme, a.id, provider, date(2026, 1, 5), Millis(T0)).await.unwrap();
        let staff = t.user(provider, "karim", "Karim", Role::ProviderStaff).await;
        let sup = t.staff("sup", "Supervisor", Role::Supervisor).await;
        let trolleys = fixtures::improvement(s, provider, staff, a.id, "Trolleys for fabric rolls", true, Millis(T0)).await;
        let racks = fixtures::improvement(s, provider, staff, a.id, "Racks beside the cutting tables", true, Millis(T0)).await;
        let practice = |title: &str| NewPractice {
            sector: Sector::Garments, cost_band: CostBand::Low, naming: Naming::Described,
            text: Translation { language: Language::En, text: PracticeText::parse(title, "Heavy rolls carried by hand", "Two trolleys").unwrap() },
        };
        let public = s.create_practice(provider, trolleys, &practice("Trolleys for rolls"), staff, Millis(T0)).await.unwrap();
        let draft = s.create_practice(provider, racks, &practice("Racks by the tables"), staff, Millis(T0)).await.unwrap();
        s.record_publication_consent(provider, trolleys, "Mr Rahman, owner", date(2026, 3, 1), staff, Millis(T0)).await.unwrap();
        s.review_practice(LibraryActor::Author(provider), public, ReviewState::InReview, "", staff, Millis(T0 + 1)).await.unwrap();
        s.review_practice(LibraryActor::Reviewer, public, ReviewState::Published, "", sup, Millis(T0 + 2)).await.unwrap();
        let workshop = MeetingRecord {
            kind: MeetingKind::Workshop, held_on: date(2026, 5, 20), place: "Gazipur DIFE office".into(),
            organisations: vec![], women: 0, men: 0, presenters: vec![a.id], decisions: String::new(), follow_ups: String::new(),
        };
        s.create_meeting(Some(provider), Some(programme), &workshop, staff, Millis(T0)).await.unwrap();
        s.create_meeting(Some(provider), Some(programme), &MeetingRecord { held_on: date(2026, 4, 2), ..workshop.clone() }, staff, Millis(T0)).await.unwrap();

        let may = YearMonth::parse("2026-05").unwrap();
        let new = |practices| NewNewsletter { programme, period: may, introduction: " May news ".into(), practices };
        // A practice not public cannot be chosen.
        let refused = s.create_newsletter(&new(vec![draft]), sup, Millis(T0)).await;
        assert_eq!(refused.err().and_then(|e| e.message_id()), Some("error-invalid-choice"));
        let id = s.create_newsletter(&new(vec![public]), sup, Millis(T0)).await.unwrap();
        assert!(matches!(s.create_newsletter(&new(vec![]), sup, Millis(T0)).await, Err(StoreError::Conflict(_))));

        let n = s.newsletter(id).await.unwrap();
        assert_eq!((n.summary.programme.as_str(), n.summary.period), ("WISE Gazipur 2026", may));
        assert_eq!(n.introduction, "May news");
        assert_eq!((n.figures.enterprises, n.figures.verified, n.figures.risk_reduction), (1, 2, 24));
        assert_eq!(n.figures.low_cost_percent, Some(100));
        assert_eq!(n.practices.iter().map(|p| p.id).collect::<Vec<_>>(), vec![public]);
        // Workshops from the month's first day on; April's is past.
        assert_eq!(n.workshops.iter().map(|w| w.held_on).collect::<Vec<_>>(), vec![date(2026, 5, 20)]);

        // Figures stay as they were; a practice withdrawn from the library drops out.
        fixtures::improvement(s, provider, staff, a.id, "Fans over the ironing section", true, Millis(T0)).await;
        s.review_practice(LibraryActor::Reviewer, public, ReviewState::Withdrawn, "Owner asked", sup, Millis(T0 + 3)).await.unwrap();
        let n = s.newsletter(id).await.unwrap();
        assert_eq!(n.figures.verified, 2);
        assert!(n.practices.is_empty());
        assert_eq!(s.newsletters().await.unwrap().iter().map(|n| n.id).collect::<Vec<_>>(), vec![id]);
        assert!(matches!(s.newsletter(workvoice_domain::ids::NewsletterId::new(999_999)).await, Err(StoreError::NotFound)));
    }
}
