//! The good-practice library on both engines: a practice is written from a verified
//! improvement only, translated, reviewed (every move recorded, append-only), and the
//! public reads let out nothing unpublished, unconsented or unverified — not a practice,
//! not a photo, not a described enterprise's name. Filters and pages of the public list.

use jiff::civil::date;
use workvoice_domain::Language;
use workvoice_domain::Millis;
use workvoice_domain::ids::{ImprovementId, OrgId, UserId, WorkplaceId};
use workvoice_domain::library::{CostBand, Naming, PracticeText, PublicName, ReviewState, Sector};
use workvoice_domain::osh::improvement::ImprovementSource;
use workvoice_domain::osh::{
    ImprovementStatus, PhotoPhase, PublicationConsent, RiskLevel, RiskScore, TechnicalArea,
    VerificationMethod,
};
use workvoice_domain::{Role, StoredCode};
use workvoice_store::{
    LibraryActor, NewImprovement, NewPhoto, NewPractice, OshScope, PracticeSettings, PublicFilter,
    StatusChange, StoreError, Translation,
};

use crate::support::{T0, TestDb};

struct World {
    provider: OrgId,
    other_provider: OrgId,
    staff: UserId,
    reviewer: UserId,
    workplace: WorkplaceId,
}

async fn world(t: &TestDb) -> World {
    let s = &t.store;
    let provider = s
        .create_provider("Safe Work Dhaka", Millis(T0))
        .await
        .unwrap();
    let other_provider = s.create_provider("OSH Support", Millis(T0)).await.unwrap();
    let programme = workvoice_testdb::fixtures::wise_programme(s, Millis(T0)).await;
    let w = t.workplace("Rupa Knit Canaryname", &[]).await;
    s.enrol_workplace(programme, w.id, provider, date(2026, 1, 5), Millis(T0))
        .await
        .unwrap();
    World {
        provider,
        other_provider,
        staff: t.user(provider, "lan", "Lan", Role::ProviderStaff).await,
        reviewer: t.staff("sup", "Supervisor", Role::Supervisor).await,
        workplace: w.id,
    }
}

fn score(l: i64, s: i64) -> Option<RiskScore> {
    Some(RiskScore::new(RiskLevel::new(l)?, RiskLevel::new(s)?))
}

/// An improvement taken to done, then verified by `method` (a self-report leaves it done).
async fn improvement(
    t: &TestDb,
    w: &World,
    area: TechnicalArea,
    method: VerificationMethod,
) -> ImprovementId {
    let s = &t.store;
    let id = s
        .create_improvement(
            w.provider,
            &NewImprovement {
                workplace: w.workplace,
                source: ImprovementSource::Checklist,
                area,
                description: "Trolleys for the fabric rolls".into(),
                control_level: None,
                low_cost: true,
                cost: Some(4_000),
                owner_name: String::new(),
                due_on: None,
                before: score(4, 4),
                after: None,
            },
            None,
            Some(w.staff),
            Millis(T0),
        )
        .await
        .unwrap();
    let change = |to, verification| StatusChange {
        to,
        verification,
        after: score(2, 2),
        note: String::new(),
    };
    s.change_improvement_status(
        w.provider,
        id,
        &change(
            ImprovementStatus::Done,
            Some(VerificationMethod::SelfReported),
        ),
        w.staff,
        Millis(T0 + 1),
    )
    .await
    .unwrap();
    if method.verifies() {
        s.change_improvement_status(
            w.provider,
            id,
            &change(ImprovementStatus::Verified, Some(method)),
            w.staff,
            Millis(T0 + 2),
        )
        .await
        .unwrap();
    }
    id
}

fn text(language: Language, title: &str) -> Translation {
    Translation {
        language,
        text: PracticeText::parse(title, "Workers carried heavy rolls", "Two trolleys").unwrap(),
    }
}

fn new_practice(naming: Naming, title: &str) -> NewPractice {
    NewPractice {
        sector: Sector::Garments,
        cost_band: CostBand::Low,
        naming,
        text: text(Language::En, title),
    }
}

fn message(err: Result<(), StoreError>) -> Option<&'static str> {
    err.err().and_then(|e| e.message_id())
}

/// Titles of everything the public library lists, newest first.
async fn public_titles(t: &TestDb, filter: &PublicFilter) -> Vec<String> {
    t.store
        .public_practices(filter, 50, 0)
        .await
        .unwrap()
        .items
        .iter()
        .map(|p| p.text(Language::En).unwrap().text.title().to_owned())
        .collect()
}

/// Publishes a practice: sent to review by its author, published by the reviewer.
async fn publish(t: &TestDb, w: &World, id: workvoice_domain::ids::PracticeId) {
    let s = &t.store;
    s.review_practice(
        LibraryActor::Author(w.provider),
        id,
        ReviewState::InReview,
        "",
        w.staff,
        Millis(T0 + 10),
    )
    .await
    .unwrap();
    s.review_practice(
        LibraryActor::Reviewer,
        id,
        ReviewState::Published,
        "Good",
        w.reviewer,
        Millis(T0 + 11),
    )
    .await
    .unwrap();
}

store_tests! {
    async fn good_practice_only_from_verified_improvements_and_reviewed_in_order(t) {
        let w = world(&t).await;
        let s = &t.store;
        let self_reported = improvement(&t, &w, TechnicalArea::MaterialsHandling, VerificationMethod::SelfReported).await;
        assert_eq!(
            s.create_practice(w.provider, self_reported, &new_practice(Naming::Named, "x"), w.staff, Millis(T0)).await.err().and_then(|e| e.message_id()),
            Some("library-error-not-verified")
        );
        let verified = improvement(&t, &w, TechnicalArea::MaterialsHandling, VerificationMethod::ObservedOnVisit).await;
        // Another provider cannot write up this provider's improvement.
        assert!(matches!(
            s.create_practice(w.other_provider, verified, &new_practice(Naming::Named, "x"), w.staff, Millis(T0)).await,
            Err(StoreError::NotFound)
        ));
        let id = s.create_practice(w.provider, verified, &new_practice(Naming::Described, "Trolleys"), w.staff, Millis(T0)).await.unwrap();
        assert_eq!(
            s.create_practice(w.provider, verified, &new_practice(Naming::Named, "again"), w.staff, Millis(T0)).await.err().and_then(|e| e.message_id()),
            Some("library-error-exists")
        );
        // Translated, settings changed while a draft.
        s.save_practice_text(OshScope::Provider(w.provider), id, &text(Language::Vi, "Xe đẩy vải"), w.staff, Millis(T0 + 3)).await.unwrap();
        s.save_practice_text(OshScope::Programme, id, &text(Language::Bn, "কাপড়ের ট্রলি"), w.reviewer, Millis(T0 + 4)).await.unwrap();
        let settings = PracticeSettings { sector: Sector::Textiles, cost_band: CostBand::NoCost, naming: Naming::Described };
        s.update_practice_settings(OshScope::Provider(w.provider), id, settings, Millis(T0 + 4)).await.unwrap();
        let p = s.practice(OshScope::Provider(w.provider), id).await.unwrap();
        let languages: Vec<_> = p.texts.iter().map(|t| t.language).collect();
        assert_eq!(languages, [Language::En, Language::Bn, Language::Vi]);
        assert_eq!(p.settings, settings);
        assert_eq!(p.state, ReviewState::Draft);
        assert!(s.practice(OshScope::Provider(w.other_provider), id).await.is_err());

        // Publishing skips no step, and each side does only its own moves.
        assert_eq!(message(s.review_practice(LibraryActor::Reviewer, id, ReviewState::Published, "", w.reviewer, Millis(T0 + 5)).await), Some("library-error-transition"));
        assert_eq!(message(s.review_practice(LibraryActor::Reviewer, id, ReviewState::InReview, "", w.reviewer, Millis(T0 + 5)).await), Some("library-error-not-yours"));
        s.review_practice(LibraryActor::Author(w.provider), id, ReviewState::InReview, "", w.staff, Millis(T0 + 5)).await.unwrap();
        assert_eq!(message(s.save_practice_text(OshScope::Provider(w.provider), id, &text(Language::En, "late"), w.staff, Millis(T0 + 6)).await), Some("library-error-not-editable"));
        assert_eq!(message(s.review_practice(LibraryActor::Author(w.provider), id, ReviewState::Published, "", w.staff, Millis(T0 + 6)).await), Some("library-error-not-yours"));
        // No consent yet: the reviewer cannot publish.
        assert_eq!(message(s.review_practice(LibraryActor::Reviewer, id, ReviewState::Published, "", w.reviewer, Millis(T0 + 6)).await), Some("library-error-no-consent"));
        s.record_publication_consent(w.provider, verified, "Mr Rahman, owner", date(2026, 3, 1), w.staff, Millis(T0 + 7)).await.unwrap();
        s.review_practice(LibraryActor::Reviewer, id, ReviewState::Published, "Checked photos", w.reviewer, Millis(T0 + 8)).await.unwrap();
        s.review_practice(LibraryActor::Reviewer, id, ReviewState::Withdrawn, "Owner asked", w.reviewer, Millis(T0 + 9)).await.unwrap();
        s.review_practice(LibraryActor::Author(w.provider), id, ReviewState::Draft, "", w.staff, Millis(T0 + 10)).await.unwrap();

        let trail = s.practice_reviews(OshScope::Programme, id).await.unwrap();
        let steps: Vec<_> = trail.iter().map(|e| (e.from, e.to, e.actor.clone().unwrap_or_default())).collect();
        assert_eq!(steps, [
            (None, ReviewState::Draft, "Lan".to_owned()),
            (Some(ReviewState::Draft), ReviewState::InReview, "Lan".into()),
            (Some(ReviewState::InReview), ReviewState::Published, "Supervisor".into()),
            (Some(ReviewState::Published), ReviewState::Withdrawn, "Supervisor".into()),
            (Some(ReviewState::Withdrawn), ReviewState::Draft, "Lan".into()),
        ]);
        assert_eq!(trail[2].note, "Checked photos");
        assert_eq!(trail[2].at, Millis(T0 + 8));
        assert!(t.raw_exec("UPDATE library_reviews SET note = 'x'").await.is_err(), "review trail edited");
        assert!(t.raw_exec("DELETE FROM library_reviews").await.is_err(), "review trail deleted");
    }

    async fn good_practice_public_reads_let_out_nothing_unpublished_unconsented_or_unverified(t) {
        let w = world(&t).await;
        let s = &t.store;
        let public = improvement(&t, &w, TechnicalArea::MaterialsHandling, VerificationMethod::Photo).await;
        let unconsented = improvement(&t, &w, TechnicalArea::PhysicalEnvironment, VerificationMethod::ObservedOnVisit).await;
        let draft = improvement(&t, &w, TechnicalArea::WelfareFacilities, VerificationMethod::WorkerConfirmed).await;
        for id in [public, unconsented, draft] {
            if id != unconsented {
                s.record_publication_consent(w.provider, id, "Owner", date(2026, 3, 1), w.staff, Millis(T0)).await.unwrap();
            }
        }
        let p_public = s.create_practice(w.provider, public, &new_practice(Naming::Described, "Public trolleys"), w.staff, Millis(T0)).await.unwrap();
        let p_unconsented = s.create_practice(w.provider, unconsented, &new_practice(Naming::Named, "Canary unconsented"), w.staff, Millis(T0)).await.unwrap();
        let p_draft = s.create_practice(w.provider, draft, &new_practice(Naming::Named, "Canary draft"), w.staff, Millis(T0)).await.unwrap();
        publish(&t, &w, p_public).await;
        // Consent given, published, then withdrawn: out again.
        s.record_publication_consent(w.provider, unconsented, "Owner", date(2026, 3, 1), w.staff, Millis(T0)).await.unwrap();
        publish(&t, &w, p_unconsented).await;
        s.withdraw_publication_consent(w.provider, unconsented, Millis(T0 + 20)).await.unwrap();
        let consent = s.publication_consent(OshScope::Provider(w.provider), unconsented).await.unwrap().unwrap();
        assert!(!consent.is_given());
        assert!(!s.practice(OshScope::Programme, p_unconsented).await.unwrap().is_public());

        assert_eq!(public_titles(&t, &PublicFilter::default()).await, ["Public trolleys"]);
        for hidden in [p_unconsented, p_draft] {
            assert!(matches!(s.public_practice(hidden).await, Err(StoreError::NotFound)));
        }
        // A described enterprise's name is not even selected.
        let shown = s.public_practice(p_public).await.unwrap();
        match &shown.name {
            PublicName::Described { district, sector_key, .. } => {
                assert_eq!(district, "Gazipur");
                assert_eq!(*sector_key, "library-workplace-garments");
            }
            named => panic!("{named:?}"),
        }
        assert!(!format!("{shown:?}").contains("Canaryname"));

        // The improvement's verification is checked as it is now: if a stored row says
        // self-reported, the practice is out of the public library.
        t.raw_exec(&format!(
            "UPDATE osh_improvements SET verification = '{}' WHERE id = {}",
            VerificationMethod::SelfReported.stored_code(), public.get()
        )).await.unwrap();
        assert!(public_titles(&t, &PublicFilter::default()).await.is_empty());
        t.raw_exec(&format!(
            "UPDATE osh_improvements SET verification = '{}' WHERE id = {}",
            VerificationMethod::Photo.stored_code(), public.get()
        )).await.unwrap();

        // Photos: only publicly consented ones, only of a public practice.
        let photo = |name: &str, phase, consent| NewPhoto {
            phase,
            stored_name: name.into(),
            content_type: "image/jpeg".into(),
            width: 800,
            height: 600,
            size_bytes: 1000,
            consent,
        };
        let before = s.add_improvement_photo(w.provider, public, &photo("a", PhotoPhase::Before, PublicationConsent::Public), w.staff, Millis(T0)).await.unwrap();
        let after = s.add_improvement_photo(w.provider, public, &photo("b", PhotoPhase::After, PublicationConsent::Public), w.staff, Millis(T0)).await.unwrap();
        let internal = s.add_improvement_photo(w.provider, public, &photo("c", PhotoPhase::After, PublicationConsent::Internal), w.staff, Millis(T0)).await.unwrap();
        let of_draft = s.add_improvement_photo(w.provider, draft, &photo("d", PhotoPhase::After, PublicationConsent::Public), w.staff, Millis(T0)).await.unwrap();
        let photos: Vec<_> = s.public_practice_photos(p_public).await.unwrap().iter().map(|p| (p.id, p.phase)).collect();
        assert_eq!(photos, [(before, PhotoPhase::Before), (after, PhotoPhase::After)]);
        assert!(s.public_photo(after).await.is_ok());
        for hidden in [internal, of_draft] {
            assert!(matches!(s.public_photo(hidden).await, Err(StoreError::NotFound)));
        }
        assert!(s.public_practice_photos(p_draft).await.unwrap().is_empty());
        assert_eq!(s.public_regions().await.unwrap(), ["Gazipur"]);
    }

    async fn good_practice_public_filters_and_pages(t) {
        let w = world(&t).await;
        let s = &t.store;
        let areas = [TechnicalArea::MaterialsHandling, TechnicalArea::PhysicalEnvironment, TechnicalArea::MaterialsHandling];
        let mut ids = Vec::new();
        for (n, area) in areas.into_iter().enumerate() {
            let i = improvement(&t, &w, area, VerificationMethod::ObservedOnVisit).await;
            s.record_publication_consent(w.provider, i, "Owner", date(2026, 3, 1), w.staff, Millis(T0)).await.unwrap();
            let mut new = new_practice(Naming::Named, &format!("Practice {n}"));
            if n == 1 {
                new.cost_band = CostBand::Medium;
                new.sector = Sector::Food;
            }
            let id = s.create_practice(w.provider, i, &new, w.staff, Millis(T0)).await.unwrap();
            if n == 2 {
                s.save_practice_text(OshScope::Provider(w.provider), id, &text(Language::Vi, "Thực hành 2"), w.staff, Millis(T0)).await.unwrap();
            }
            publish(&t, &w, id).await;
            ids.push(id);
        }
        let titles = |filter: PublicFilter| {
            let t = t.clone();
            async move { public_titles(&t, &filter).await }
        };
        assert_eq!(titles(PublicFilter { area: Some(TechnicalArea::MaterialsHandling), ..Default::default() }).await, ["Practice 2", "Practice 0"]);
        assert_eq!(titles(PublicFilter { cost_band: Some(CostBand::Medium), ..Default::default() }).await, ["Practice 1"]);
        assert_eq!(titles(PublicFilter { sector: Some(Sector::Food), ..Default::default() }).await, ["Practice 1"]);
        assert_eq!(titles(PublicFilter { language: Some(Language::Vi), ..Default::default() }).await, ["Practice 2"]);
        assert_eq!(titles(PublicFilter { region: Some("Gazipur".into()), ..Default::default() }).await.len(), 3);
        assert!(titles(PublicFilter { region: Some("Hà Nội".into()), ..Default::default() }).await.is_empty());
        assert_eq!(titles(PublicFilter { ids: vec![ids[0], ids[1]], ..Default::default() }).await, ["Practice 1", "Practice 0"]);
        // Named: the enterprise's name; the Vietnamese reader gets the Vietnamese text.
        let p = s.public_practice(ids[2]).await.unwrap();
        assert_eq!(p.name, PublicName::Named("Rupa Knit Canaryname".into()));
        assert_eq!(p.text(Language::Vi).unwrap().text.title(), "Thực hành 2");
        assert_eq!(p.text(Language::Bn).unwrap().text.title(), "Practice 2");
        // Pages.
        let first = s.public_practices(&PublicFilter::default(), 2, 0).await.unwrap();
        assert_eq!((first.items.len(), first.total), (2, 3));
        let second = s.public_practices(&PublicFilter::default(), 2, 2).await.unwrap();
        assert_eq!(second.items.len(), 1);
        assert_eq!(s.public_practices_all(&PublicFilter::default()).await.unwrap().len(), 3);
    }
}
