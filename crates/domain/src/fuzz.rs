//! Property-based fuzzing (issue 14, item 5) of every parser that takes outside input:
//! phone numbers, case codes, SMS commands, CSV import files and rows, search queries,
//! intake forms (pages, the API and webhooks share `Intake::parse`), second-factor codes.
//! Each property runs a few hundred random inputs (seconds in all) on the stable
//! toolchain: no input panics, and what a parser accepts is in its normal form.

use proptest::prelude::*;

use crate::case_code::CaseCode;
use crate::country::Country;
use crate::intake::{Intake, RawIntake};
use crate::phone::PhoneNumber;
use crate::registry::csv_file::read_csv;
use crate::second_factor::{TotpSecret, normalise_recovery_code};
use crate::sms_command::{SmsCommand, parse_sms};
use crate::{search_text, second_factor};

fn config() -> ProptestConfig {
    ProptestConfig {
        cases: 300,
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

fn country() -> impl Strategy<Value = Country> {
    prop_oneof![Just(Country::Bangladesh), Just(Country::Vietnam)]
}

/// Text a person might type: digits of three scripts, separators, letters, anything.
fn typed() -> impl Strategy<Value = String> {
    prop_oneof!["[0-9০-৯+() .\\-]{0,24}", "\\PC{0,40}", any::<String>(),]
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn fuzz_phone_numbers_parse_to_e164_once(input in typed(), country in country()) {
        if let Ok(phone) = PhoneNumber::parse(&input, country) {
            let e164 = phone.as_str();
            prop_assert!(e164.starts_with('+'));
            prop_assert!(e164[1..].bytes().all(|b| b.is_ascii_digit()));
            prop_assert!((9..=16).contains(&e164.len()), "{e164}");
            // Normal form: parsing it again gives the same number, in either country.
            prop_assert_eq!(PhoneNumber::parse(e164, Country::Vietnam).ok(), Some(phone.clone()));
            prop_assert!(!format!("{phone:?}").contains(&e164[1..]), "Debug is masked");
        }
    }

    #[test]
    fn fuzz_case_codes_round_trip(input in typed(), digits in "[0-9]{10}") {
        if let Ok(code) = CaseCode::parse(&input) {
            prop_assert_eq!(code.digits().len(), 10);
            prop_assert_eq!(CaseCode::parse(&code.display()).ok(), Some(code));
        }
        let code = CaseCode::parse(&digits).unwrap();
        prop_assert_eq!(CaseCode::parse(&code.display()).ok(), Some(code));
    }

    #[test]
    fn fuzz_sms_commands_never_panic_and_find_the_code(text in typed(), digits in "[0-9]{10}") {
        let _ = parse_sms(&text);
        let code = CaseCode::parse(&digits).unwrap();
        for keyword in ["STATUS", "status", "অবস্থা", "TRẠNG THÁI", "TRANG THAI"] {
            let (command, _) = parse_sms(&format!("{keyword} {}", code.display()));
            prop_assert_eq!(command, SmsCommand::Status(code.clone()));
        }
    }

    #[test]
    fn fuzz_csv_import_files_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..600)) {
        if let Ok(file) = read_csv(&bytes) {
            for row in &file.rows {
                let _ = row.parsed();
            }
        }
    }

    #[test]
    fn fuzz_csv_import_rows_of_text_never_panic(
        cells in proptest::collection::vec("\\PC{0,12}|[,\"\r\n=+@-]{0,4}", 0..12)
    ) {
        let mut text = String::from("name,country,district,bgmea,workers_total\r\n");
        text.push_str(&cells.join(","));
        text.push_str("\r\n");
        if let Ok(file) = read_csv(text.as_bytes()) {
            for row in &file.rows {
                let _ = row.parsed();
            }
        }
    }

    #[test]
    fn fuzz_search_queries_give_terms_that_cannot_break_quoting(query in typed()) {
        let terms = search_text::terms(&query);
        prop_assert!(terms.len() <= 8);
        for term in &terms {
            prop_assert!(!term.is_empty());
            prop_assert!(
                !term.chars().any(|c| c.is_whitespace() || "\"'*:&|!()\\<>-^".contains(c)),
                "{term:?}"
            );
        }
        let folded = search_text::fold(&query);
        prop_assert_eq!(search_text::fold(&folded), folded, "folding is idempotent");
    }

    #[test]
    fn fuzz_intake_forms_never_panic(
        category in typed(), urgency in typed(), language in typed(), summary in typed(),
        narrative in typed(), phone in typed(), name in typed(), from in typed(), to in typed(),
        channel in typed(), consent in typed(), workplace in any::<Option<i64>>(),
        country in country(),
    ) {
        let raw = RawIntake {
            workplace_id: workplace.map(crate::ids::WorkplaceId::new),
            category,
            urgency,
            language,
            summary,
            narrative,
            shareable_summary: String::new(),
            caller_phone: phone,
            caller_name: name,
            consent_callback: true,
            consent_sms: false,
            safe_time_from: from,
            safe_time_to: to,
            channel,
            factory_consent: consent,
            sms_case_code: false,
        };
        if let Ok(intake) = Intake::parse(raw, |c| c == "wages.late", country) {
            prop_assert_eq!(intake.category, "wages.late");
        }
    }

    #[test]
    fn fuzz_second_factor_input_never_panics(typed in typed(), seed in any::<u64>(), now in any::<i64>()) {
        use rand::SeedableRng;
        let secret = TotpSecret::random(&mut rand::rngs::StdRng::seed_from_u64(seed));
        let _ = secret.matching_step(&typed, now);
        let _ = second_factor::step_of(now);
        let _ = TotpSecret::from_base32(&typed);
        if let Some(code) = normalise_recovery_code(&typed) {
            prop_assert_eq!(code.len(), 16);
        }
    }
}
