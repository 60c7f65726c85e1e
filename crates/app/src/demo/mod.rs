//! Demo data: staff logins, brands, Bangladeshi garment factories and Vietnamese small
//! enterprises, and a few hundred cases in Bengali, English and Vietnamese spread over the
//! last six months, with notes and assignments so that timelines have some history.
//!
//! What the demo is made of (logins, workplaces, each language's stories, words and
//! notes) lives in the TOML files in `data/`; the code here draws from them. Everything
//! is drawn from a seeded generator, so two demos differ only in their case codes (which
//! must stay unguessable) and in being relative to "now". The logins use fixed,
//! documented passwords; the demo is for trying the product, never for production.
//!
//! Caller phone numbers and names are generated, encrypted by the store like real ones,
//! and never printed.

mod awareness;
mod callers;
mod calls;
mod channels;
mod clock;
mod data;
mod dissemination;
mod history;
mod library;
mod org_logins;
mod osh;
mod photos;
mod plan;
mod registry;
mod slots;
mod staff;

use std::collections::HashMap;
use std::time::Instant;

use anyhow::{Result, anyhow};
use rand::SeedableRng;
use rand::rngs::StdRng;
use workvoice_domain::{Intake, Millis, NoteText};
use workvoice_store::{Scope, Store, now_millis};

use self::calls::Call;
use self::clock::DAY;
use self::data::DemoData;
use self::plan::{Event, Planned, Planner};

const SEED: u64 = 0x5747_0001_DE30;
/// Cases drawn at random; a small fire incident with several callers comes on top.
const RANDOM_CASES: usize = 330;
const DAYS_BACK: i64 = 178;

/// Fills an empty database with the demo; leaves any other database alone.
pub async fn fill_if_empty(store: &Store, attachments: &std::path::Path) -> Result<()> {
    let data = DemoData::load()?;
    if store.count_workplaces().await? > 0 || store.count_cases().await? > 0 {
        println!("Demo: database is not empty, leaving it alone.");
        return Ok(());
    }
    let started = Instant::now();
    let now = now_millis();
    let mut rng = StdRng::seed_from_u64(SEED);

    let helpline = store.helpline_organisation(Millis(now)).await?;
    let (staff, kept) = staff::create(
        store,
        &data.logins.staff,
        helpline,
        now - (DAYS_BACK + 20) * DAY,
    )
    .await?;
    println!("Demo: {} staff users…", data.logins.staff.len());

    let (sites, brands) = registry::create(store, &data.registry, &mut rng, now).await?;
    println!("Demo: {brands} brands, {} workplaces…", sites.len());

    let mut planner = Planner {
        rng,
        now,
        staff,
        data: &data,
        sites: &sites,
        repeat_callers: HashMap::new(),
    };
    let mut calls: Vec<Call<'_>> = (0..RANDOM_CASES).map(|_| planner.random_call()).collect();
    calls.extend(planner.fire_incident());
    let mut planned: Vec<Planned> = calls.into_iter().map(|c| planner.plan(c)).collect();
    planned.sort_by_key(|p| p.at);

    let known = |code: &str| workvoice_domain::taxonomy::find(code).is_some();
    let (mut notes, mut assignments, mut reports) = (0, 0, 0);
    let mut created_cases = Vec::new();
    for (i, p) in planned.into_iter().enumerate() {
        let intake = Intake::parse(p.raw, known, p.country)
            .map_err(|e| anyhow!("demo case {i} does not parse: {e:?}"))?;
        let created = store.create_case(&intake, p.taker, Millis(p.at)).await?;
        let case = store.scoped_case(Scope::Helpline, created.id).await?;
        created_cases.push((created.id, p.at));
        for (at, event) in p.events {
            match event {
                Event::Note { author, text } => {
                    let text = NoteText::parse(&text)
                        .map_err(|e| anyhow!("demo case {i}: note refused: {e}"))?;
                    store.add_note(&case, author, &text, Millis(at)).await?;
                    notes += 1;
                }
                Event::Assign { actor, to } => {
                    store
                        .assign_case(&case, actor, Some(to), Millis(at))
                        .await?;
                    assignments += 1;
                }
            }
        }
        reports += report(store, &case, p.taker, p.at, now, i).await?;
        if (i + 1) % 100 == 0 {
            println!("Demo: {} cases…", i + 1);
        }
    }
    println!(
        "Demo: {} cases, {notes} notes, {assignments} assignments, {reports} reports in {:.1} s.",
        store.count_cases().await?,
        started.elapsed().as_secs_f64()
    );
    let closer = planner.staff.supervisor;
    let made = channels::create(store, &mut planner.rng, &created_cases, closer, now).await?;
    println!(
        "Demo: {} cases closed with {} surveys answered, {} callbacks, {} SMS from workers.",
        made.closed, made.answered, made.callbacks, made.sms
    );
    let mut org_logins = org_logins::create(store, &data.logins, now).await?;
    org_logins
        .extend(osh::create(store, &data.osh, &sites, attachments, &mut planner.rng, now).await?);
    let mut authors = Vec::new();
    for p in &data.osh.providers {
        let user = store.user_by_username(&p.username).await?;
        authors.push((user.organisation_id, user.id, user.language));
    }
    let practices = library::create(store, &authors, planner.staff.supervisor, now).await?;
    println!("Demo: good-practice library: {practices} practices published.");
    let programme = awareness::create(store, &data.awareness, &sites, now).await?;
    println!(
        "Demo: awareness programme: {} trainings, {} materials, {} play reports, {} checks.",
        programme.trainings, programme.materials, programme.plays, programme.checks
    );
    // Last, so the newsletter can carry what the library published.
    if let Some(practices) =
        dissemination::create(store, &data.osh.newsletter, planner.staff.supervisor, now).await?
    {
        println!(
            "Demo: one newsletter with {practices} practices; feedback reports for every enrolled enterprise at /osh/feedback."
        );
    }
    println!(
        "Demo logins (demo passwords and second-factor keys; never use them in production).\n\
         Add the key to an authenticator app, or type `oathtool --totp -b KEY` for a code:"
    );
    for login in &data.logins.staff {
        let username = &login.username;
        if kept.contains(username) {
            println!("  {username:<12} (already existed; password unchanged)");
        } else {
            println!(
                "  {username:<12} {:<22} {} {}",
                login.password,
                login.totp_key.to_base32(),
                login.role.code()
            );
        }
    }
    for (username, password, key, role, org) in &org_logins {
        println!(
            "  {username:<12} {password:<22} {key} {} ({org})",
            role.code()
        );
    }
    Ok(())
}
/// Reports a demo case as its operator would have: cases older than two days to their
/// factory 40 minutes after the call, and every third of those to the brands as well; the
/// last two days' cases wait for the operator, so the demo shows both. Cases that may not
/// be reported (test calls, referrals, no agreement) are refused by the store and skipped.
async fn report(
    store: &Store,
    case: &workvoice_store::ScopedCase,
    by: Option<workvoice_domain::ids::UserId>,
    at: i64,
    now: i64,
    i: usize,
) -> Result<usize> {
    let Some(by) = by else { return Ok(0) };
    if now - at < 2 * DAY {
        return Ok(0);
    }
    let panel = store.case_reporting(case).await?;
    if panel.refusal.is_some() {
        return Ok(0);
    }
    let mut made = 0;
    for (n, target) in panel.targets.iter().enumerate() {
        if target.target == workvoice_domain::ReportTarget::Brand && !i.is_multiple_of(3) {
            continue;
        }
        let when = at + (40 + 20 * n as i64) * 60_000;
        store
            .report_case(case, target.organisation_id, by, Millis(when))
            .await?;
        made += 1;
    }
    Ok(made)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::demo::slots::Slots;
    use workvoice_domain::{Country, Language};
    use workvoice_store::{CaseFilter, CaseSort, Keys};

    #[tokio::test(flavor = "multi_thread")]
    async fn fills_an_empty_database_once() -> Result<()> {
        let dir = tempfile::tempdir()?;
        let path = dir.path().join("demo.db");
        let store = Store::open(&format!("sqlite://{}", path.display()), Keys::generate()).await?;

        let attachments = dir.path().join("attachments");
        fill_if_empty(&store, &attachments).await?;
        let workplaces = store.count_workplaces().await?;
        let cases = store.count_cases().await?;
        assert!(workplaces >= 30, "{workplaces} workplaces");
        // The OSH programme: some 150 improvements in every status, visits of both providers.
        let groups = store
            .improvement_groups(
                workvoice_store::OshScope::Programme,
                &workvoice_store::OshFilter::default(),
                workvoice_store::OshGroupBy::Area,
            )
            .await?;
        let improvements: i64 = groups.iter().map(|g| g.count).sum();
        assert!(improvements >= 140, "{improvements} improvements");
        for status in workvoice_domain::osh::ImprovementStatus::ALL {
            assert!(
                groups.iter().any(|g| g.fact.status == status),
                "no {status:?} improvement"
            );
        }
        assert!(
            groups
                .iter()
                .any(|g| g.fact.before.is_some() && g.fact.after.is_some())
        );
        let schedule = store
            .schedule_by_provider(jiff::civil::date(2100, 1, 1))
            .await?;
        assert_eq!(schedule.len(), 2);
        assert!(schedule.iter().all(|p| p.planned > 0));
        assert!(cases >= 300, "{cases} cases");
        assert_eq!(
            store.workplaces_named("Rahman Knitwear Ltd").await?.len(),
            1
        );
        assert_eq!(
            store
                .workplaces_named("Công ty May Sài Gòn Xanh")
                .await?
                .len(),
            1
        );
        let fire = CaseFilter {
            text: Some("অগ্নিকাণ্ড".into()),
            ..Default::default()
        };
        let found = store
            .list_cases(Scope::Helpline, &fire, CaseSort::Newest, 10, 0)
            .await?;
        assert!(found.total >= 1, "no fire case found by its Bengali word");
        let vi = CaseFilter {
            text: Some("cong nhan".into()),
            ..Default::default()
        };
        let found = store
            .list_cases(Scope::Helpline, &vi, CaseSort::Newest, 10, 0)
            .await?;
        assert!(
            found.total >= 10,
            "only {} Vietnamese cases found",
            found.total
        );
        assert!(
            store
                .verify_login("operator.bn", "demo-operator-pass")
                .await?
                .is_some()
        );

        // The awareness programme: silent factories top the training priority list, and
        // the charts have a year of months with trainings in them.
        let now = now_millis();
        let today = jiff::Timestamp::from_millisecond(now)?
            .in_tz("Asia/Dhaka")?
            .date();
        let priorities = store
            .awareness_priorities(
                &workvoice_store::PriorityFilter::default(),
                today,
                Millis(now),
            )
            .await?;
        let top: Vec<_> = priorities[..5]
            .iter()
            .map(|r| (&r.name, r.score.score, r.score.silent))
            .collect();
        assert!(priorities[0].score.silent, "{top:?}");
        assert!(
            top.iter().filter(|(_, _, silent)| *silent).count() >= 2,
            "{top:?}"
        );
        let months = workvoice_store::months_ending(today, 12, "Asia/Dhaka")?;
        let figures = store.programme_months(&months).await?;
        assert!(figures.iter().filter(|m| m.trainings > 0).count() >= 6);
        assert!(figures.iter().all(|m| m.workplaces_covered > 0));
        assert!(figures[11].substantive_calls > 0);

        // A coordination meeting and an achievement workshop with enterprises presenting,
        // and before/after photo pairs whose files are on disk.
        let meetings = store.meetings(workvoice_store::OshScope::Programme).await?;
        assert_eq!(meetings.len(), 2);
        let workshop = store
            .meeting(workvoice_store::OshScope::Programme, meetings[0].id)
            .await?;
        assert!(!workshop.presenter_names.is_empty());
        let verified = store
            .improvements(
                workvoice_store::OshScope::Programme,
                &workvoice_store::ImprovementFilter {
                    status: Some(workvoice_domain::osh::ImprovementStatus::Verified),
                    ..Default::default()
                },
            )
            .await?;
        let photos = store
            .improvement_photos(workvoice_store::OshScope::Programme, verified[0].id)
            .await?;
        assert_eq!(photos.len(), 2, "a before and an after photo");
        for p in &photos {
            assert!(attachments.join("photos").join(&p.stored_name).is_file());
        }

        // A small public library of good practices, each in the three languages, with
        // public photos; more wait in review and as drafts.
        let library = store
            .public_practices(&workvoice_store::PublicFilter::default(), 50, 0)
            .await?;
        assert!(library.total >= 4, "{} practices published", library.total);
        for p in &library.items {
            assert_eq!(p.texts.len(), 3);
            assert!(!store.public_practice_photos(p.id).await?.is_empty());
        }
        let all = store
            .practices(workvoice_store::OshScope::Programme, None)
            .await?;
        assert!(all.len() > library.items.len());

        fill_if_empty(&store, &attachments).await?;
        assert_eq!(store.count_workplaces().await?, workplaces);
        assert_eq!(store.count_cases().await?, cases);
        store.close().await;
        Ok(())
    }

    #[test]
    fn every_template_renders_without_leftover_slots() -> Result<()> {
        let data = DemoData::load()?;
        let mut rng = StdRng::seed_from_u64(1);
        let at = now_millis();
        for (language, country) in [
            (Language::Bn, Country::Bangladesh),
            (Language::En, Country::Bangladesh),
            (Language::Vi, Country::Vietnam),
        ] {
            let words = data.phrasebook(language);
            let slots = Slots::draw(&mut rng, country, 500, at);
            for t in &words.stories {
                assert!(
                    workvoice_domain::taxonomy::find(t.category()).is_some(),
                    "{}",
                    t.category()
                );
                for text in [&t.summary, &t.narrative, &t.shareable] {
                    let out = slots.render(text, language, words, "knitwear");
                    assert!(!out.contains('{'), "{out}");
                }
                assert!(
                    slots
                        .render(&t.summary, language, words, "garment")
                        .chars()
                        .count()
                        <= 120
                );
            }
        }
        Ok(())
    }
}
