//! The demo's OSH programme: two providers (Vietnam, Bangladesh) with a staff login each,
//! every demo workplace enrolled, a baseline and a follow-up visit per enterprise with the
//! employer's and the workers' views, a next visit planned (some already late), four to
//! six improvements per enterprise in every status with risk before and after, and the
//! helpline's OSH complaints about enrolled enterprises raised as signals (a few opened as
//! draft improvements from their shareable summary), a coordination meeting and an
//! achievement workshop, and generated before/after photo pairs for some done and verified
//! improvements. What they say is `data/osh.toml`.

use anyhow::{Result, anyhow};
use jiff::civil::Date;
use rand::Rng;
use rand::rngs::StdRng;
use rand::seq::SliceRandom;
use workvoice_domain::ids::{OrgId, UserId};
use workvoice_domain::osh::checklist::ProposeAction;
use workvoice_domain::osh::improvement::ImprovementSource;
use workvoice_domain::osh::{
    ControlLevel, Effectiveness, ImprovementStatus, MeetingKind, MeetingRecord, Methodology,
    Participants, PublicationConsent, RiskLevel, RiskScore, TechnicalArea, VerificationMethod,
    ViewSide, VisitKind,
};
use workvoice_domain::{Millis, Role};
use workvoice_store::{
    CaseFilter, CaseSort, ChecklistAnswer, ImprovementFilter, NewImprovement, NewProgramme,
    NewUser, NewVisit, OshScope, Scope, StatusChange, Store, VisitView,
};

use super::clock::DAY;
use super::data::{Osh, OshProvider};
use super::registry::PlacedSite;

/// Days since the epoch of `millis`, as a civil date (UTC).
pub(super) fn day_of(millis: i64) -> Date {
    jiff::Timestamp::from_millisecond(millis)
        .map(|t| t.to_zoned(jiff::tz::TimeZone::UTC).date())
        .unwrap_or_default()
}

fn score(rng: &mut StdRng, low: i64, high: i64) -> Option<RiskScore> {
    Some(RiskScore::new(
        RiskLevel::new(rng.gen_range(low..=high))?,
        RiskLevel::new(rng.gen_range(low..=high))?,
    ))
}

/// The logins it made: (username, password, role, organisation).
pub async fn create(
    store: &Store,
    osh: &Osh,
    sites: &[PlacedSite<'_>],
    attachments: &std::path::Path,
    rng: &mut StdRng,
    now: i64,
) -> Result<Vec<(String, String, String, Role, String)>> {
    let start = now - 200 * DAY;
    let programme = store
        .create_programme(
            &NewProgramme {
                name: osh.programme.clone(),
                methodology: Methodology::Wise,
                starts_on: day_of(start),
                ends_on: None,
                partners: osh.partners.clone(),
            },
            Millis(start),
        )
        .await?;
    let checklist = store.current_checklist().await?;
    let mut providers: Vec<(&OshProvider, OrgId, UserId)> = Vec::new();
    let mut logins = Vec::new();
    for p in &osh.providers {
        let org = store.create_provider(&p.name, Millis(start)).await?;
        let user = store
            .create_user(
                &NewUser {
                    organisation_id: org,
                    username: p.username.clone(),
                    display_name: p.display_name.clone(),
                    role: Role::ProviderStaff,
                    language: p.language,
                    password: p.password.clone(),
                },
                Millis(start),
            )
            .await?;
        store
            .enrol_totp_secret(user, &p.totp_key, Millis(start))
            .await?;
        logins.push((
            p.username.clone(),
            p.password.clone(),
            p.totp_key.to_base32(),
            Role::ProviderStaff,
            p.name.clone(),
        ));
        providers.push((p, org, user));
    }
    let (mut visits, mut improvements) = (0, 0);
    for site in sites {
        let Some(&(provider, org, user)) = providers
            .iter()
            .find(|(p, _, _)| p.country == site.site.country)
        else {
            continue;
        };
        let workplace = site.id;
        let enrolment = store
            .enrol_workplace(
                programme,
                workplace,
                org,
                day_of(start + 5 * DAY),
                Millis(start),
            )
            .await?;
        let texts = osh.improvements_for(site.site.country);
        let views = osh.views_for(site.site.country);
        // Baseline, then a follow-up with both views, then the next one planned.
        let baseline_at = now - rng.gen_range(150..190) * DAY;
        let follow_at = now - rng.gen_range(30..90) * DAY;
        let next_at = now + rng.gen_range(-25..40) * DAY;
        let workers = (site.site.workers / 40).clamp(4, 30);
        for (kind, at, performed) in [
            (VisitKind::Baseline, baseline_at, true),
            (VisitKind::FollowUp, follow_at, true),
            (VisitKind::FollowUp, next_at, false),
        ] {
            let late = rng.gen_range(0..6);
            let visit = store
                .create_visit(
                    org,
                    &NewVisit {
                        enrolment,
                        kind,
                        scheduled_on: day_of(at),
                        performed_on: performed.then(|| day_of(at + late * DAY)),
                        visitors: provider.visitors.clone(),
                        participants: if performed {
                            Participants {
                                employer: 1,
                                workers,
                                women: workers * site.site.women_percent / 100,
                                worker_reps: 2.min(workers),
                            }
                        } else {
                            Participants::default()
                        },
                        notes: String::new(),
                        next_due_on: performed.then(|| day_of(at + 90 * DAY)),
                    },
                    user,
                    Millis(at),
                )
                .await?;
            visits += 1;
            if performed && kind == VisitKind::Baseline {
                // The walk-through: eight items answered, some proposed with priority.
                let mut answers = Vec::new();
                for item in checklist.items.choose_multiple(rng, 8) {
                    let answer = *[
                        ProposeAction::Yes,
                        ProposeAction::Yes,
                        ProposeAction::No,
                        ProposeAction::NotApplicable,
                    ]
                    .choose(rng)
                    .unwrap_or(&ProposeAction::No);
                    answers.push(ChecklistAnswer {
                        item_id: item.id,
                        answer,
                        priority: answer == ProposeAction::Yes && rng.gen_bool(0.5),
                        already_good: answer == ProposeAction::No && rng.gen_bool(0.6),
                        remarks: String::new(),
                        improvement_id: None,
                    });
                }
                answers.sort_by_key(|a| a.item_id);
                store.save_checklist_answers(org, visit, &answers).await?;
            }
            if performed && kind == VisitKind::FollowUp {
                for (side, said) in [
                    (ViewSide::Employer, &views.employer),
                    (ViewSide::Workers, &views.workers),
                ] {
                    let rating = Effectiveness::new(rng.gen_range(3..=5))
                        .ok_or_else(|| anyhow!("demo rating out of range"))?;
                    let body = said.choose(rng).cloned().unwrap_or_default();
                    store
                        .record_visit_view(
                            OshScope::Provider(org),
                            visit,
                            &VisitView {
                                side,
                                rating,
                                changes_seen: String::new(),
                                body,
                            },
                            user,
                            Millis(at),
                        )
                        .await?;
                }
            }
        }
        // Four to six improvements, in every status.
        let areas: Vec<(&String, &Vec<String>)> = texts.iter().collect();
        for _ in 0..rng.gen_range(4..=6) {
            let Some((area_code, options)) = areas.choose(rng) else {
                break;
            };
            let area = TechnicalArea::parse(area_code)
                .ok_or_else(|| anyhow!("data/osh.toml: unknown technical area {area_code}"))?;
            let description = options.choose(rng).cloned().unwrap_or_default();
            let made_at = baseline_at + rng.gen_range(1..20) * DAY;
            let before = score(rng, 2, 5);
            let id = store
                .create_improvement(
                    org,
                    &NewImprovement {
                        workplace,
                        source: if rng.gen_bool(0.7) {
                            ImprovementSource::Checklist
                        } else {
                            ImprovementSource::Direct
                        },
                        area,
                        description,
                        control_level: ControlLevel::ALL.choose(rng).copied(),
                        low_cost: rng.gen_bool(0.7),
                        cost: Some(rng.gen_range(2..200) * 50_000),
                        owner_name: String::new(),
                        due_on: Some(day_of(made_at + 45 * DAY)),
                        before,
                        after: None,
                    },
                    None,
                    Some(user),
                    Millis(made_at),
                )
                .await?;
            improvements += 1;
            let target = *[
                ImprovementStatus::Proposed,
                ImprovementStatus::Planned,
                ImprovementStatus::InProgress,
                ImprovementStatus::Done,
                ImprovementStatus::Verified,
                ImprovementStatus::Verified,
                ImprovementStatus::Verified,
                ImprovementStatus::Abandoned,
            ]
            .choose(rng)
            .unwrap_or(&ImprovementStatus::Planned);
            let path: &[ImprovementStatus] = match target {
                ImprovementStatus::Proposed => &[],
                ImprovementStatus::Planned => &[ImprovementStatus::Planned],
                ImprovementStatus::InProgress => {
                    &[ImprovementStatus::Planned, ImprovementStatus::InProgress]
                }
                ImprovementStatus::Done => &[ImprovementStatus::Planned, ImprovementStatus::Done],
                ImprovementStatus::Verified => &[
                    ImprovementStatus::Planned,
                    ImprovementStatus::Done,
                    ImprovementStatus::Verified,
                ],
                ImprovementStatus::Abandoned => &[ImprovementStatus::Abandoned],
            };
            for (n, to) in path.iter().enumerate() {
                let at = made_at + (n as i64 + 1) * rng.gen_range(5..25) * DAY;
                let (verification, after) = match to {
                    ImprovementStatus::Done => {
                        (Some(VerificationMethod::SelfReported), score(rng, 1, 3))
                    }
                    ImprovementStatus::Verified => (
                        [
                            VerificationMethod::ObservedOnVisit,
                            VerificationMethod::Photo,
                            VerificationMethod::WorkerConfirmed,
                        ]
                        .choose(rng)
                        .copied(),
                        score(rng, 1, 3),
                    ),
                    _ => (None, None),
                };
                store
                    .change_improvement_status(
                        org,
                        id,
                        &StatusChange {
                            to: *to,
                            verification,
                            after,
                            note: String::new(),
                        },
                        user,
                        Millis(at.min(now)),
                    )
                    .await?;
            }
        }
    }
    let meetings = create_meetings(store, osh, sites, &providers, now).await?;
    let pairs = add_photo_pairs(store, attachments, &providers, rng, now).await?;
    let owner = &osh.owner;
    let site = sites
        .iter()
        .find(|s| s.site.name == owner.workplace)
        .ok_or_else(|| {
            anyhow!(
                "data/osh.toml: the owner's workplace {} is not in workplaces.toml",
                owner.workplace
            )
        })?;
    let owner_org = store.workplace(site.id).await?.organisation_id;
    let owner_id = store
        .create_user(
            &NewUser {
                organisation_id: owner_org,
                username: owner.username.clone(),
                display_name: owner.display_name.clone(),
                role: Role::EnterpriseOwner,
                language: workvoice_domain::Language::Vi,
                password: owner.password.clone(),
            },
            Millis(now - 150 * DAY),
        )
        .await?;
    store
        .enrol_totp_secret(owner_id, &owner.totp_key, Millis(now - 150 * DAY))
        .await?;
    logins.push((
        owner.username.clone(),
        owner.password.clone(),
        owner.totp_key.to_base32(),
        Role::EnterpriseOwner,
        owner.workplace.clone(),
    ));
    let signals = raise_signals(store, providers.first().map(|p| p.2), now).await?;
    println!(
        "Demo: an OSH programme with {} providers, {visits} visits, {improvements} improvements ({pairs} with before/after photos), {meetings} meetings and workshops, {signals} helpline signals.",
        providers.len()
    );
    Ok(logins)
}

/// The coordination meeting and the achievement workshop of `data/osh.toml`, organised by
/// the provider of their country; the enterprises presenting are its first enrolled ones.
async fn create_meetings(
    store: &Store,
    osh: &Osh,
    sites: &[PlacedSite<'_>],
    providers: &[(&OshProvider, OrgId, UserId)],
    now: i64,
) -> Result<usize> {
    let programme = store.programmes().await?.first().map(|p| p.id);
    let mut made = 0;
    for m in &osh.meetings {
        let Some(&(_, org, user)) = providers
            .iter()
            .find(|(p, _, _)| p.country == m.provider_country)
        else {
            continue;
        };
        let kind = MeetingKind::parse(&m.kind)
            .ok_or_else(|| anyhow!("data/osh.toml: unknown meeting kind {}", m.kind))?;
        let at = now - m.days_ago * DAY;
        let record = MeetingRecord {
            kind,
            held_on: day_of(at),
            place: m.place.clone(),
            organisations: m.organisations.clone(),
            women: m.women,
            men: m.men,
            presenters: sites
                .iter()
                .filter(|s| s.site.country == m.provider_country)
                .take(m.presenters)
                .map(|s| s.id)
                .collect(),
            decisions: m.decisions.clone(),
            follow_ups: m.follow_ups.clone(),
        };
        store
            .create_meeting(Some(org), programme, &record, user, Millis(at))
            .await?;
        made += 1;
    }
    Ok(made)
}

/// Generated before/after photo pairs for some done and verified improvements of each
/// provider (the verified ones published, the done ones kept internal).
async fn add_photo_pairs(
    store: &Store,
    attachments: &std::path::Path,
    providers: &[(&OshProvider, OrgId, UserId)],
    rng: &mut StdRng,
    now: i64,
) -> Result<usize> {
    let files = workvoice_store::DurableFiles::default();
    let dir = attachments.join("photos");
    let mut pairs = 0;
    for &(_, org, user) in providers {
        for (status, consent, take) in [
            (ImprovementStatus::Verified, PublicationConsent::Public, 10),
            (ImprovementStatus::Done, PublicationConsent::Internal, 4),
        ] {
            let filter = ImprovementFilter {
                status: Some(status),
                ..ImprovementFilter::default()
            };
            let items = store.improvements(OshScope::Provider(org), &filter).await?;
            for i in items.iter().take(take) {
                super::photos::add_pair(store, &files, &dir, rng, (org, i.id, user), consent, now)
                    .await?;
                pairs += 1;
            }
        }
    }
    Ok(pairs)
}

/// Raises the OSH signal of every OSH and life-safety case about an enrolled workplace,
/// and opens a draft improvement from every fourth one that has a shareable summary.
async fn raise_signals(store: &Store, by: Option<UserId>, now: i64) -> Result<usize> {
    let mut raised = 0;
    for category in ["osh", "life_safety"] {
        let filter = CaseFilter {
            category: Some(category.into()),
            ..CaseFilter::default()
        };
        for case in store
            .list_cases(Scope::Helpline, &filter, CaseSort::Newest, 500, 0)
            .await?
            .items
        {
            let scoped = store.scoped_case(Scope::Helpline, case.id).await?;
            if store
                .raise_osh_signal(&scoped, Millis(now))
                .await?
                .is_some()
            {
                raised += 1;
                if let (Some(by), true) = (by, raised % 4 == 0) {
                    // Refused without a shareable summary: that case simply stays a signal.
                    let _ = store
                        .open_improvement_from_case(&scoped, by, Millis(now))
                        .await;
                }
            }
        }
    }
    Ok(raised)
}
