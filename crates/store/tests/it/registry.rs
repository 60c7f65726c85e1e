//! The workplace registry in the store: whole records with registration numbers unique
//! across workplaces, and the CSV import — an exact preview, good rows applied in one
//! transaction, a re-import of the same file that changes nothing.

use crate::support::T0;
use workvoice_domain::Millis;
use workvoice_domain::ids::OrgId;
use workvoice_domain::registry::{
    ContactKind, IdentifierKind, OnboardingStatus, RawWorkplace, WorkplaceRecord, read_csv,
};
use workvoice_store::{ImportAction, StoreError};

/// Saved by a spreadsheet: BOM, CRLF, a Bengali name, a quoted cell with a comma.
/// Row 2 and 3 are good; 4 repeats row 2's number; 5 is malformed (too few cells); 6 has
/// no registration number; 7 names an unknown brand; 8 a bad count; 9 is good (Vietnam).
const FILE: &str = "\u{feff}name,country,district,bgmea,enterprise_code,workers_total,status,invited_on,brands,safety_contact_name,safety_contact_phone\r\n\
রহমান নিটওয়্যার লিমিটেড,BD,Gazipur,B-1,,1200,invited,2026-01-05,Brand A,Md. Karim,'+8801711000000\r\n\
\"Dhaka Knits, Unit 2\",BD,Dhaka,B-2,,800,,,,,\r\n\
Rahman Knitwear (copy),BD,Gazipur,b-1,,1200,,,,,\r\n\
Broken Row,BD\r\n\
No Number Ltd,BD,Dhaka,,,50,,,,,\r\n\
Unknown Brand Ltd,BD,Dhaka,B-3,,50,,,Brand Z,,\r\n\
Bad Count Ltd,BD,Dhaka,B-4,,fifty,,,,,\r\n\
Công ty May Việt Tiến,VN,Hồ Chí Minh,,0301234567,3000,,,,,\r\n";

fn actions(plan: &workvoice_store::ImportPlan) -> Vec<(u64, String)> {
    plan.rows
        .iter()
        .map(|r| {
            let what = match &r.action {
                ImportAction::Create => "create".to_owned(),
                ImportAction::Update(_) => "update".to_owned(),
                ImportAction::Unchanged(_) => "unchanged".to_owned(),
                ImportAction::Reject(e) => {
                    let reasons: Vec<String> = e.iter().map(|(f, k)| format!("{f}:{k}")).collect();
                    format!("reject {}", reasons.join(" "))
                }
            };
            (r.line, what)
        })
        .collect()
}

store_tests! {
    async fn csv_import_previews_exactly_applies_good_rows_and_reimport_is_a_no_op(t) {
        t.brand("Brand A").await;
        let file = read_csv(FILE.as_bytes()).unwrap();
        let mut heard = Vec::new();
        let preview = t.store.plan_workplace_import(&file, &mut |n| heard.push(n)).await.unwrap();
        let expected: Vec<(u64, String)> = vec![
            (2, "create".into()),
            (3, "create".into()),
            (4, "reject identifiers:error-import-duplicate-row".into()),
            (5, "reject row:error-csv-column-count".into()),
            (6, "reject identifiers:error-import-needs-identifier".into()),
            (7, "reject brands:error-import-unknown-brand".into()),
            (8, "reject workers_total:error-invalid-number".into()),
            (9, "create".into()),
        ];
        assert_eq!(actions(&preview), expected);
        assert_eq!(heard.last(), Some(&8), "progress reaches every row");
        assert_eq!(t.store.count_workplaces().await.unwrap(), 0, "the preview writes nothing");

        let done = t.store.import_workplaces(&file, Millis(T0), &mut |_| {}).await.unwrap();
        assert_eq!((done.created(), done.updated(), done.rejected()), (3, 0, 5));
        assert_eq!(t.store.count_workplaces().await.unwrap(), 3);
        let found = t.store.search_workplaces("রহমান", 10, 0).await.unwrap();
        let d = t.store.workplace_details(found.items[0].id).await.unwrap();
        assert_eq!(d.identifier(IdentifierKind::Bgmea), Some("B-1"));
        assert_eq!(d.brands.iter().map(|(_, n)| n.as_str()).collect::<Vec<_>>(), ["Brand A"]);
        assert_eq!(d.contact(ContactKind::Safety24x7).unwrap().phone.as_deref(), Some("+8801711000000"));
        assert_eq!(d.dates[0].as_deref(), Some("2026-01-05"));
        assert_eq!(t.store.search_workplaces("Dhaka Knits, Unit 2", 10, 0).await.unwrap().total, 1);

        // The same file again: nothing to create or update.
        let again = t.store.import_workplaces(&file, Millis(T0 + 1), &mut |_| {}).await.unwrap();
        assert_eq!((again.created(), again.updated(), again.unchanged()), (0, 0, 3));
        assert_eq!(t.store.count_workplaces().await.unwrap(), 3);

        // The export reads back as the same registry: every row unchanged.
        let exported = workvoice_domain::registry::write_csv(&t.store.export_workplaces().await.unwrap());
        let back = read_csv(exported.as_bytes()).unwrap();
        let plan = t.store.plan_workplace_import(&back, &mut |_| {}).await.unwrap();
        assert_eq!(plan.unchanged(), 3, "{:?}", actions(&plan));
    }

    async fn csv_import_updates_by_registration_number_and_keeps_columns_it_lacks(t) {
        let file = read_csv(FILE.as_bytes()).unwrap();
        t.brand("Brand A").await;
        t.store.import_workplaces(&file, Millis(T0), &mut |_| {}).await.unwrap();
        // A second file with fewer columns, a changed headcount and a new status.
        let update = read_csv(b"name,country,bgmea,workers_total,status,invited_on,onboarded_on\nRahman Knitwear Ltd,BD,B-1,1300,onboarded,2026-01-05,2026-02-01\n").unwrap();
        let plan = t.store.import_workplaces(&update, Millis(T0 + 1), &mut |_| {}).await.unwrap();
        assert_eq!(actions(&plan), vec![(2, "update".to_owned())]);
        assert_eq!(t.store.count_workplaces().await.unwrap(), 3);
        let w = t.store.search_workplaces("Rahman Knitwear Ltd", 10, 0).await.unwrap().items[0].clone();
        assert_eq!((w.workers_total, w.onboarding_status), (1300, OnboardingStatus::Onboarded));
        let d = t.store.workplace_details(w.id).await.unwrap();
        assert_eq!(w.district, "Gazipur", "a column the file lacks is kept");
        assert_eq!(d.brands.len(), 1, "brands are kept without a brands column");
    }

    async fn registry_registration_numbers_belong_to_one_workplace(t) {
        let raw = |name: &str| RawWorkplace {
            name: name.into(),
            country: "BD".into(),
            identifiers: vec![(IdentifierKind::Rsc, "rsc-9".into())],
            ..RawWorkplace::default()
        };
        let a = WorkplaceRecord::parse(&raw("A Ltd")).unwrap();
        let id = t.store.register_workplace(&a, &[], Millis(T0)).await.unwrap();
        let err = t.store.register_workplace(&WorkplaceRecord::parse(&raw("B Ltd")).unwrap(), &[], Millis(T0)).await.unwrap_err();
        assert!(matches!(err, StoreError::Invalid(ref e) if e.get("identifiers") == Some("error-identifier-taken")), "{err:?}");
        // The holder itself may keep its number when edited.
        t.store.update_workplace(id, &WorkplaceRecord::parse(&raw("A Limited")).unwrap(), Millis(T0)).await.unwrap();
        assert_eq!(t.store.workplace(id).await.unwrap().name, "A Limited");
        assert_eq!(t.store.count_workplaces().await.unwrap(), 1);
    }

    async fn registry_a_brand_id_that_names_nothing_is_an_invalid_field_and_saves_nothing(t) {
        let record = WorkplaceRecord::parse(&RawWorkplace { name: "C Ltd".into(), country: "BD".into(), ..RawWorkplace::default() }).unwrap();
        let nothing = OrgId::new(9_999_999);
        let err = t.store.register_workplace(&record, &[nothing], Millis(T0)).await.unwrap_err();
        assert!(matches!(err, StoreError::Invalid(ref e) if e.get("brands") == Some("registry-error-unknown-brand")), "{err:?}");
        assert_eq!(t.store.count_workplaces().await.unwrap(), 0, "nothing half-registered");
        let id = t.store.register_workplace(&record, &[], Millis(T0)).await.unwrap();
        let err = t.store.set_workplace_brands(id, &[nothing]).await.unwrap_err();
        assert!(matches!(err, StoreError::Invalid(ref e) if e.get("brands") == Some("registry-error-unknown-brand")), "{err:?}");
    }
}
