//! Cases as the helpline and organisations use them: repeat callers, scoping, queue
//! filters and paging, full-text search in Bengali and Vietnamese, case codes, and
//! concurrent intake.

use std::collections::BTreeSet;
use workvoice_domain::Millis;
use workvoice_domain::ids::CaseId;

use crate::support::{T0, TestDb, caller, contains, create, intake, phone};
use workvoice_domain::{CaseCode, Intake, Language, Role, Urgency};
use workvoice_store::{Assignee, CaseFilter, CaseSort, Scope, StoreError};

async fn ids(t: &TestDb, scope: Scope, filter: CaseFilter, sort: CaseSort) -> Vec<CaseId> {
    let page = t
        .store
        .list_cases(scope, &filter, sort, 100, 0)
        .await
        .unwrap();
    assert_eq!(
        page.total,
        page.items.len() as i64,
        "total disagrees with the items"
    );
    page.items.iter().map(|c| c.id).collect()
}

async fn search(t: &TestDb, scope: Scope, text: &str) -> Vec<CaseId> {
    let filter = CaseFilter {
        text: Some(text.into()),
        ..CaseFilter::default()
    };
    ids(t, scope, filter, CaseSort::Oldest).await
}

fn is_not_found<T: std::fmt::Debug>(result: Result<T, StoreError>) -> bool {
    matches!(result, Err(StoreError::NotFound))
}

store_tests! {
    async fn repeat_callers_share_one_identity(t) {
        let first = create(&t, Intake {
            caller: caller("+880 1712-345678", Some("Canary Begum")),
            ..intake("wages.late", Urgency::Normal, "Wages late again")
        }, T0).await;
        let second = create(&t, Intake {
            caller: caller("01712345678", None),
            ..intake("hours.overtime", Urgency::Normal, "Forced overtime")
        }, T0 + 1_000).await;
        let other = create(&t, Intake {
            caller: caller("01898765432", Some("Someone Else")),
            ..intake("osh.heat", Urgency::Urgent, "Heat")
        }, T0 + 2_000).await;

        let a = t.store.case_callers(&t.helpline(first).await).await.unwrap();
        let b = t.store.case_callers(&t.helpline(second).await).await.unwrap();
        assert_eq!((a.len(), b.len()), (1, 1));
        assert_eq!(a[0].caller_id, b[0].caller_id, "the same phone made two callers");
        assert_eq!(a[0].other_cases, 1);
        assert_eq!(b[0].other_cases, 1);
        assert_eq!(b[0].phone.as_deref(), Some("+8801712345678"));
        assert_eq!(b[0].name.as_deref(), Some("Canary Begum"), "the known name was lost");
        assert_eq!(t.store.cases_of_phone(&phone("০১৭১২-৩৪৫৬৭৮")).await.unwrap(), [second, first]);

        let c = t.store.case_callers(&t.helpline(other).await).await.unwrap();
        assert_ne!(c[0].caller_id, a[0].caller_id);
        assert_eq!(c[0].other_cases, 0);
        assert_eq!(t.store.cases_of_phone(&phone("01898765432")).await.unwrap(), [other]);
        assert!(t.store.cases_of_phone(&phone("01911111111")).await.unwrap().is_empty());
        assert_eq!(t.count("callers").await, 2);
    }

    async fn cases_are_scoped_to_organisations(t) {
        let brand = t.brand("Brand One").await;
        let unrelated_brand = t.brand("Brand Two").await;
        let a = t.workplace("Alpha Garments", &[brand]).await;
        let b = t.workplace("Beta Knit", &[]).await;
        let in_a = create(&t, Intake { workplace_id: Some(a.id), ..intake("osh.heat", Urgency::Urgent, "Heat at Alpha") }, T0).await;
        let in_b = create(&t, Intake { workplace_id: Some(b.id), ..intake("wages.unpaid", Urgency::Normal, "Wages at Beta") }, T0 + 1).await;
        let nowhere = create(&t, intake("informational.question", Urgency::Informational, "Question"), T0 + 2).await;

        let scope_a = Scope::Workplace { organisation_id: a.organisation_id };
        let scope_b = Scope::Workplace { organisation_id: b.organisation_id };
        let brand_scope = Scope::Brand { organisation_id: brand };
        let unrelated = Scope::Brand { organisation_id: unrelated_brand };

        assert!(is_not_found(t.store.case(scope_a, in_a).await), "an unreported case reached its factory");
        assert!(is_not_found(t.store.case(brand_scope, in_a).await), "an unreported case reached the brand");
        t.report(in_a, a.organisation_id, T0 + 10).await;
        t.report(in_a, brand, T0 + 11).await;
        t.report(in_b, b.organisation_id, T0 + 12).await;

        assert_eq!(t.store.case(Scope::Helpline, in_a).await.unwrap().summary.id, in_a);
        let seen_by_a = t.store.case(scope_a, in_a).await.unwrap();
        assert_eq!(seen_by_a.summary.workplace_name.as_deref(), Some("Alpha Garments"));
        assert!(is_not_found(t.store.case(scope_b, in_a).await), "B sees A's case");
        assert!(is_not_found(t.store.case(unrelated, in_a).await), "an unrelated brand sees A's case");
        assert_eq!(t.store.case(brand_scope, in_a).await.unwrap().summary.id, in_a);
        assert!(is_not_found(t.store.case(brand_scope, in_b).await), "brand sees a non-supplier's case");
        assert!(is_not_found(t.store.case(scope_a, in_b).await));
        assert!(is_not_found(t.store.case(scope_a, nowhere).await));
        assert!(is_not_found(t.store.case(Scope::Helpline, CaseId::new(nowhere.get() + 1000)).await));

        let all = CaseFilter::default;
        assert_eq!(ids(&t, Scope::Helpline, all(), CaseSort::Oldest).await, [in_a, in_b, nowhere]);
        assert_eq!(ids(&t, scope_a, all(), CaseSort::Oldest).await, [in_a]);
        assert_eq!(ids(&t, scope_b, all(), CaseSort::Oldest).await, [in_b]);
        assert_eq!(ids(&t, brand_scope, all(), CaseSort::Oldest).await, [in_a]);
        assert!(ids(&t, unrelated, all(), CaseSort::Oldest).await.is_empty());

        // Writes check the scope too: B cannot add a note to A's case.
        let op = t.staff("olga", "Olga Operator", Role::Operator).await;
        let before = t.store.case_events(&t.helpline(in_a).await).await.unwrap().len();
        assert!(is_not_found(async { t.store.add_note(&t.store.scoped_case(scope_b, in_a).await?, op, &TestDb::note("sneaky"), Millis(T0 + 5)).await }.await));
        assert_eq!(t.store.case_events(&t.helpline(in_a).await).await.unwrap().len(), before);
    }

    async fn queue_filters_sorting_and_paging(t) {
        let op = t.staff("olga", "Olga Operator", Role::Operator).await;
        let sup = t.staff("sam", "Sam Supervisor", Role::Supervisor).await;
        let c1 = create(&t, intake("life_safety.fire", Urgency::LifeSafety, "Fire"), T0 + 1).await;
        let c2 = create(&t, intake("wages.unpaid", Urgency::Normal, "Unpaid"), T0 + 2).await;
        let c3 = create(&t, intake("wages", Urgency::Urgent, "Wages"), T0 + 3).await;
        let c4 = create(&t, intake("osh.heat", Urgency::Normal, "Heat"), T0 + 4).await;
        let c5 = create(&t, intake("informational.question", Urgency::Informational, "Question"), T0 + 5).await;
        t.store.assign_case(&t.helpline(c4).await, sup, Some(op), Millis(T0 + 10)).await.unwrap();
        t.store.add_note(&t.helpline(c2).await, op, &TestDb::note("Followed up"), Millis(T0 + 20)).await.unwrap();
        t.raw_exec(&format!("UPDATE cases SET status = 'closed' WHERE id = {c5}")).await.unwrap();

        let h = Scope::Helpline;
        let f = |edit: fn(&mut CaseFilter)| {
            let mut filter = CaseFilter::default();
            edit(&mut filter);
            filter
        };
        let newest = CaseSort::Newest;
        assert_eq!(ids(&t, h, f(|f| f.urgency = Some(Urgency::Normal)), newest).await, [c4, c2]);
        assert_eq!(ids(&t, h, f(|f| f.urgency = Some(Urgency::LifeSafety)), newest).await, [c1]);
        // A parent category matches itself and its subcategories.
        assert_eq!(ids(&t, h, f(|f| f.category = Some("wages".into())), newest).await, [c3, c2]);
        assert_eq!(ids(&t, h, f(|f| f.category = Some("wages.unpaid".into())), newest).await, [c2]);
        assert_eq!(ids(&t, h, f(|f| f.category = Some("life_safety".into())), newest).await, [c1]);
        assert_eq!(ids(&t, h, f(|f| f.assigned = Some(Assignee::Nobody)), newest).await, [c5, c3, c2, c1]);
        let mut mine = CaseFilter { assigned: Some(Assignee::User(op)), ..CaseFilter::default() };
        assert_eq!(ids(&t, h, mine.clone(), newest).await, [c4]);
        mine.assigned = Some(Assignee::User(sup));
        assert!(ids(&t, h, mine, newest).await.is_empty());
        assert_eq!(ids(&t, h, f(|f| f.open_only = true), newest).await, [c4, c3, c2, c1]);
        assert_eq!(ids(&t, h, f(|f| f.status = Some("closed".into())), newest).await, [c5]);
        assert_eq!(
            ids(&t, h, f(|f| { f.urgency = Some(Urgency::Normal); f.assigned = Some(Assignee::Nobody) }), newest).await,
            [c2]
        );

        let all = CaseFilter::default;
        assert_eq!(ids(&t, h, all(), CaseSort::Urgency).await, [c1, c3, c4, c2, c5]);
        assert_eq!(ids(&t, h, all(), CaseSort::Newest).await, [c5, c4, c3, c2, c1]);
        assert_eq!(ids(&t, h, all(), CaseSort::Oldest).await, [c1, c2, c3, c4, c5]);
        assert_eq!(ids(&t, h, all(), CaseSort::RecentlyUpdated).await, [c2, c4, c5, c3, c1]);

        let everything = CaseFilter::default();
        let page = |limit, offset| t.store.list_cases(h, &everything, CaseSort::Newest, limit, offset);
        let ids_of = |p: &workvoice_store::Page<workvoice_store::CaseSummary>| p.items.iter().map(|c| c.id).collect::<Vec<_>>();
        let p = page(2, 0).await.unwrap();
        assert_eq!((ids_of(&p), p.total), (vec![c5, c4], 5));
        let p = page(2, 2).await.unwrap();
        assert_eq!((ids_of(&p), p.total), (vec![c3, c2], 5));
        let p = page(2, 4).await.unwrap();
        assert_eq!((ids_of(&p), p.total), (vec![c1], 5));
        let p = page(2, 6).await.unwrap();
        assert_eq!((ids_of(&p), p.total), (vec![], 5));
        let wages = CaseFilter { category: Some("wages".into()), ..CaseFilter::default() };
        let p = t.store.list_cases(h, &wages, CaseSort::Newest, 1, 0).await.unwrap();
        assert_eq!((ids_of(&p), p.total), (vec![c3], 2));
    }

    async fn full_text_search_in_bengali_and_vietnamese(t) {
        let op = t.staff("olga", "Olga Operator", Role::Operator).await;
        let a = t.workplace("Alpha Garments", &[]).await;
        let b = t.workplace("Công ty May Sài Gòn", &[]).await;
        let fire = create(&t, Intake {
            workplace_id: Some(a.id),
            language: Language::Bn,
            narrative: "কারখানায় অগ্নিকাণ্ড হয়েছে".into(),
            ..intake("life_safety.fire", Urgency::LifeSafety, "Fire reported")
        }, T0).await;
        let heat = create(&t, Intake {
            workplace_id: Some(b.id),
            language: Language::Vi,
            ..intake("osh.heat", Urgency::Urgent, "Công nhân bị ngất vì nóng")
        }, T0 + 1).await;
        let h = Scope::Helpline;

        assert_eq!(search(&t, h, "অগ্নিকাণ্ড").await, [fire]);
        assert_eq!(search(&t, h, "অগ্নি").await, [fire], "a Bengali prefix finds the word");
        assert_eq!(search(&t, h, "অগ্ন").await, [fire], "a prefix of the indexed lengths (2 to 4) finds the word");
        assert_eq!(search(&t, h, "কারখানায় অগ্নি").await, [fire]);
        assert!(search(&t, h, "নিকা").await.is_empty(), "a fragment inside a word matched");
        assert_eq!(search(&t, h, "cong nhan").await, [heat]);
        assert_eq!(search(&t, h, "công nhân").await, [heat]);
        assert_eq!(search(&t, h, "NGẤT").await, [heat]);
        assert_eq!(search(&t, h, "Fire").await, [fire]);
        assert!(search(&t, h, "cong fire").await.is_empty(), "terms must all match");

        assert!(search(&t, h, "bình chữa cháy").await.is_empty());
        t.store.add_note(&t.scoped(h, fire).await, op, &TestDb::note("Bình chữa cháy hết hạn"), Millis(T0 + 2)).await.unwrap();
        assert_eq!(search(&t, h, "binh chua chay").await, [fire], "note text is not searchable");

        let scope_a = Scope::Workplace { organisation_id: a.organisation_id };
        let scope_b = Scope::Workplace { organisation_id: b.organisation_id };
        assert!(search(&t, scope_b, "cong nhan").await.is_empty(), "search finds an unreported case");
        t.report(heat, b.organisation_id, T0 + 3).await;
        assert!(search(&t, scope_a, "cong nhan").await.is_empty(), "search leaks out of scope");
        assert_eq!(search(&t, scope_b, "cong nhan").await, [heat]);
        assert!(search(&t, scope_b, "অগ্নি").await.is_empty());

        for nothing in ["", "   ", "!!! ... ---", "\"*:()&|"] {
            assert!(search(&t, h, nothing).await.is_empty(), "{nothing:?} found cases");
        }
    }

    async fn concurrent_case_creation(t) {
        let mut tasks = Vec::new();
        for i in 0..40i64 {
            let store = t.store.clone();
            tasks.push(tokio::spawn(async move {
                let intake = Intake {
                    caller: caller(&format!("0171{:07}", 2_000_000 + i), Some("Worker")),
                    ..intake("wages.unpaid", Urgency::Normal, &format!("Concurrent case {i}"))
                };
                store.create_case(&intake, None, Millis(T0 + i)).await
            }));
        }
        let mut ids = BTreeSet::new();
        let mut codes = BTreeSet::new();
        for task in tasks {
            let created = task.await.unwrap().expect("concurrent create_case failed");
            ids.insert(created.id);
            codes.insert(created.code.digits().to_owned());
        }
        assert_eq!((ids.len(), codes.len()), (40, 40));
        assert_eq!(t.store.count_cases().await.unwrap(), 40);
        assert_eq!(t.count("callers").await, 40);
        assert_eq!(t.count("case_events").await, 40);
        let page = t.store.list_cases(Scope::Helpline, &CaseFilter::default(), CaseSort::Newest, 100, 0).await.unwrap();
        assert_eq!(page.total, 40);
        assert_eq!(page.items.iter().map(|c| c.id).collect::<BTreeSet<_>>(), ids);
    }

    async fn concurrent_intakes_from_one_new_phone_make_one_caller(t) {
        // Pairs of calls from phones never heard before, each pair recorded at the same
        // moment by two operators (two servers on PostgreSQL).
        const PHONES: i64 = 12;
        let mut tasks = Vec::new();
        for i in 0..PHONES {
            for operator in 0..2 {
                let store = t.store.clone();
                tasks.push(tokio::spawn(async move {
                    let intake = Intake {
                        caller: caller(&format!("0181{:07}", 3_000_000 + i), (operator == 0).then_some("Worker")),
                        ..intake("wages.unpaid", Urgency::Normal, &format!("Same phone {i}, operator {operator}"))
                    };
                    store.create_case(&intake, None, Millis(T0 + i)).await
                }));
            }
        }
        for task in tasks {
            task.await.unwrap().expect("concurrent intake failed");
        }
        assert_eq!(t.store.count_cases().await.unwrap(), 2 * PHONES);
        assert_eq!(t.count("callers").await, PHONES, "one phone made two callers");
        for i in 0..PHONES {
            let cases = t.store.cases_of_phone(&phone(&format!("0181{:07}", 3_000_000 + i))).await.unwrap();
            assert_eq!(cases.len(), 2);
            let callers = t.store.case_callers(&t.helpline(cases[0]).await).await.unwrap();
            assert_eq!(callers.len(), 1);
            assert_eq!(callers[0].other_cases, 1, "the two calls are not linked to one caller");
            assert_eq!(callers[0].name.as_deref(), Some("Worker"), "the name given on one call was lost");
        }
    }

    async fn case_codes_find_cases_without_being_stored(t) {
        let a = t.workplace("Alpha Garments", &[]).await;
        let b = t.workplace("Beta Knit", &[]).await;
        let created = t
            .store
            .create_case(&Intake { workplace_id: Some(a.id), ..intake("abuse.verbal", Urgency::Normal, "Shouting") }, None, Millis(T0))
            .await
            .unwrap();
        let code = created.code.clone();
        assert_eq!(code.digits().len(), 10);
        assert_eq!(t.store.case_id_by_code(Scope::Helpline, &code).await.unwrap(), created.id);
        let dictated = CaseCode::parse(&code.display()).unwrap();
        assert_eq!(t.store.case_id_by_code(Scope::Helpline, &dictated).await.unwrap(), created.id);
        let scope_a = Scope::Workplace { organisation_id: a.organisation_id };
        let scope_b = Scope::Workplace { organisation_id: b.organisation_id };
        assert!(is_not_found(t.store.case_id_by_code(scope_a, &code).await), "found before it was reported");
        t.report(created.id, a.organisation_id, T0 + 1).await;
        assert_eq!(t.store.case_id_by_code(scope_a, &code).await.unwrap(), created.id);
        assert!(is_not_found(t.store.case_id_by_code(scope_b, &code).await));

        let mut wrong: Vec<u8> = code.digits().bytes().collect();
        wrong[9] = b'0' + (wrong[9] - b'0' + 1) % 10;
        let wrong = CaseCode::parse(std::str::from_utf8(&wrong).unwrap()).unwrap();
        assert!(is_not_found(t.store.case_id_by_code(Scope::Helpline, &wrong).await));

        let hashes = t.raw_rows("SELECT code_hash FROM cases", vec![]).await;
        assert_eq!(hashes.len(), 1);
        let hash: String = hashes[0].try_get("", "code_hash").unwrap();
        assert!(!hash.contains(code.digits()), "code_hash holds the code: {hash}");
        for value in t.text_and_blob_values("cases").await {
            assert!(!contains(&value, code.digits()), "the case code is stored in cases");
        }
    }

    async fn search_counts_up_to_five_hundred_then_says_more_and_still_pages_on(t) {
        let intakes: Vec<Intake> = (0..502)
            .map(|i| intake("osh.heat", Urgency::Normal, &format!("Boiler leaking, report {i}")))
            .collect();
        let ids = t.store.create_cases_bulk(&intakes, None, Millis(T0)).await.unwrap();
        let boiler = CaseFilter { text: Some("boiler".into()), ..CaseFilter::default() };
        let newest_first: Vec<CaseId> = ids.iter().rev().copied().collect();

        let first = t.store.list_cases(Scope::Helpline, &boiler, CaseSort::Newest, 50, 0).await.unwrap();
        assert_eq!((first.total, first.capped), (500, true), "502 matches: 'more than 500'");
        assert_eq!(first.items.iter().map(|c| c.id).collect::<Vec<_>>(), newest_first[..50]);
        let past = t.store.list_cases(Scope::Helpline, &boiler, CaseSort::Newest, 50, 500).await.unwrap();
        assert_eq!(past.items.iter().map(|c| c.id).collect::<Vec<_>>(), newest_first[500..], "the oldest two are on the page past the count");

        let one = CaseFilter { text: Some("boiler 501".into()), ..CaseFilter::default() };
        let exact = t.store.list_cases(Scope::Helpline, &one, CaseSort::Newest, 50, 0).await.unwrap();
        assert_eq!((exact.total, exact.capped), (1, false));
        assert_eq!(exact.items.iter().map(|c| c.id).collect::<Vec<_>>(), [ids[501]]);
    }

    async fn keyset_search_pages_see_every_match_once_while_new_matches_arrive(t) {
        let mut before = BTreeSet::new();
        for i in 0..7 {
            before.insert(create(&t, intake("osh.heat", Urgency::Normal, &format!("Boiler {i}")), T0 + i).await);
        }
        create(&t, intake("osh.heat", Urgency::Normal, "Heat, no water"), T0 + 8).await;
        let boiler = CaseFilter { text: Some("boiler".into()), ..CaseFilter::default() };
        let mut seen = Vec::new();
        let mut after = None;
        loop {
            let page = t.store.list_cases_after(Scope::Helpline, &boiler, CaseSort::Newest, after, 3).await.unwrap();
            let Some(last) = page.items.last() else { break };
            after = Some(last.cursor());
            seen.extend(page.items.iter().map(|c| c.id));
            create(&t, intake("osh.heat", Urgency::Normal, "Boiler again"), T0 + 100 + seen.len() as i64).await;
        }
        assert_eq!(seen.len(), 7, "a match was shown twice or a new one slipped in: {seen:?}");
        assert_eq!(seen.iter().copied().collect::<BTreeSet<_>>(), before);
        assert!(seen.windows(2).all(|w| w[0] > w[1]), "newest first");
    }
}
