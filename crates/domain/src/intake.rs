//! Turning a raw new-case submission (operator form or API) into a typed
//! `Intake`, or into every field error at once.
//!
//! Parse, don't validate: once an `Intake` exists its category is known, its
//! phone number is canonical and its consent is coherent, so the store and
//! web layers never re-check.

use unicode_normalization::UnicodeNormalization;

use crate::channel::Channel;
use crate::country::Country;
use crate::ids::WorkplaceId;
use crate::language::Language;
use crate::phone::PhoneNumber;
use crate::reporting::FactoryAgreement;
use crate::text::ShareableSummary;
use crate::urgency::Urgency;

pub use crate::field_errors::FieldErrors;
pub use crate::safe_window::SafeWindow;
use crate::safe_window::parse_time_of_day;

/// Limits in characters (after trimming and NFC). Exposed so forms can set
/// `maxlength` to the same values.
pub const SUMMARY_MAX_CHARS: usize = 300;
pub const NARRATIVE_MAX_CHARS: usize = 20_000;
pub const CALLER_NAME_MAX_CHARS: usize = 200;

pub const ERROR_REQUIRED: &str = "error-required";
pub const ERROR_UNKNOWN_CATEGORY: &str = "error-unknown-category";
pub const ERROR_INVALID_CHOICE: &str = "error-invalid-choice";
pub const ERROR_SUMMARY_TOO_LONG: &str = "error-summary-too-long";
pub const ERROR_NARRATIVE_TOO_LONG: &str = "error-narrative-too-long";
pub const ERROR_CALLER_NAME_TOO_LONG: &str = "error-caller-name-too-long";
pub const ERROR_SMS_NEEDS_PHONE: &str = "error-sms-needs-phone";
pub const ERROR_CALLBACK_NEEDS_PHONE: &str = "error-callback-needs-phone";
pub const ERROR_CODE_SMS_NEEDS_CONSENT: &str = "error-code-sms-needs-consent";
pub const ERROR_INVALID_TIME: &str = "error-invalid-time";
pub const ERROR_SAFE_WINDOW_EMPTY: &str = "error-safe-window-empty";

#[derive(Debug, Clone, Default, serde::Deserialize)]
pub struct RawIntake {
    pub workplace_id: Option<WorkplaceId>,
    pub category: String,
    pub urgency: String,
    pub language: String,
    pub summary: String,
    pub narrative: String,
    pub shareable_summary: String,
    pub caller_phone: String,
    pub caller_name: String,
    pub consent_callback: bool,
    pub consent_sms: bool,
    /// Send the case code by SMS now: only with SMS consent (the worker may share a
    /// phone, so the operator asks separately).
    #[serde(default)]
    pub sms_case_code: bool,
    pub safe_time_from: String,
    pub safe_time_to: String,
    pub channel: String,
    /// "May the factory be told?": "yes", "no", or "" for the protocol's default.
    #[serde(default)]
    pub factory_consent: String,
}

#[derive(Debug, Clone)]
pub struct Intake {
    pub workplace_id: Option<WorkplaceId>,
    /// A code accepted by the `known_category` predicate.
    pub category: String,
    pub urgency: Urgency,
    pub language: Language,
    pub summary: String,
    /// Internal only: may contain identifying detail.
    pub narrative: String,
    pub shareable_summary: ShareableSummary,
    pub caller: Option<CallerInput>,
    pub consent: Consent,
    pub channel: Channel,
    /// Whether the worker agreed that the factory may be told (DESIGN §4).
    pub factory_agreement: FactoryAgreement,
}

/// Caller identity as entered; encrypted by the store before it is written.
#[derive(Debug, Clone)]
pub struct CallerInput {
    pub phone: Option<PhoneNumber>,
    pub name: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Consent {
    pub callback: bool,
    pub sms: bool,
    /// The worker asked for the case code by SMS at intake (implies `sms` and a number).
    pub code_by_sms: bool,
    pub safe_window: Option<SafeWindow>,
}

impl Intake {
    /// A life-safety category with a lower urgency is accepted: the operator
    /// may know better (e.g. a fire that is already out), so we don't block
    /// them mid-call.
    pub fn parse(
        raw: RawIntake,
        known_category: impl Fn(&str) -> bool,
        default_country: Country,
    ) -> Result<Intake, FieldErrors> {
        let mut errors = FieldErrors::default();

        if raw.workplace_id.is_some_and(|id| id.get() <= 0) {
            // Database ids start at 1; anything else is a forged request.
            errors.push("workplace_id", ERROR_INVALID_CHOICE);
        }

        let category = clean(&raw.category);
        if category.is_empty() {
            errors.push("category", ERROR_REQUIRED);
        } else if !known_category(&category) {
            errors.push("category", ERROR_UNKNOWN_CATEGORY);
        }

        let urgency = required_choice(&raw.urgency, "urgency", Urgency::parse, &mut errors);
        let language = required_choice(&raw.language, "language", Language::parse, &mut errors);
        let channel = match clean(&raw.channel).as_str() {
            // Operator-recorded calls are the main path; forms may omit it.
            "" => Some(Channel::Phone),
            c => {
                let parsed = Channel::parse(c);
                if parsed.is_none() {
                    errors.push("channel", ERROR_INVALID_CHOICE);
                }
                parsed
            }
        };

        let summary = clean(&raw.summary);
        if summary.is_empty() {
            errors.push("summary", ERROR_REQUIRED);
        }
        check_max(
            &summary,
            SUMMARY_MAX_CHARS,
            "summary",
            ERROR_SUMMARY_TOO_LONG,
            &mut errors,
        );
        let narrative = clean(&raw.narrative);
        check_max(
            &narrative,
            NARRATIVE_MAX_CHARS,
            "narrative",
            ERROR_NARRATIVE_TOO_LONG,
            &mut errors,
        );
        let shareable_summary = ShareableSummary::parse(&clean(&raw.shareable_summary))
            .map_err(|key| errors.push("shareable_summary", key))
            .ok();

        let phone_text = clean(&raw.caller_phone);
        let phone = if phone_text.is_empty() {
            None
        } else {
            match PhoneNumber::parse(&phone_text, default_country) {
                Ok(p) => Some(p),
                Err(e) => {
                    errors.push("caller_phone", e.message_key());
                    None
                }
            }
        };
        let name = clean(&raw.caller_name);
        check_max(
            &name,
            CALLER_NAME_MAX_CHARS,
            "caller_name",
            ERROR_CALLER_NAME_TOO_LONG,
            &mut errors,
        );
        let name = (!name.is_empty()).then_some(name);

        // Consent to be contacted is meaningless without a number. An invalid
        // number already has its own error, so only an absent one is flagged.
        if phone_text.is_empty() {
            if raw.consent_callback {
                errors.push("consent_callback", ERROR_CALLBACK_NEEDS_PHONE);
            }
            if raw.consent_sms {
                errors.push("consent_sms", ERROR_SMS_NEEDS_PHONE);
            }
        }
        if raw.sms_case_code && !raw.consent_sms {
            errors.push("sms_case_code", ERROR_CODE_SMS_NEEDS_CONSENT);
        }
        let safe_window = parse_safe_window(&raw.safe_time_from, &raw.safe_time_to, &mut errors);
        let factory_agreement = FactoryAgreement::parse(&raw.factory_consent);
        if factory_agreement.is_none() {
            errors.push("factory_consent", ERROR_INVALID_CHOICE);
        }

        let (
            Some(urgency),
            Some(language),
            Some(channel),
            Some(shareable_summary),
            Some(factory_agreement),
            true,
        ) = (
            urgency,
            language,
            channel,
            shareable_summary,
            factory_agreement,
            errors.is_empty(),
        )
        else {
            return Err(errors);
        };
        let caller = (phone.is_some() || name.is_some()).then_some(CallerInput { phone, name });
        Ok(Intake {
            workplace_id: raw.workplace_id,
            category,
            urgency,
            language,
            summary,
            narrative,
            shareable_summary,
            caller,
            consent: Consent {
                callback: raw.consent_callback,
                sms: raw.consent_sms,
                code_by_sms: raw.sms_case_code,
                safe_window,
            },
            channel,
            factory_agreement,
        })
    }
}

/// Trimmed and NFC-normalised, so equal text is stored as equal bytes.
fn clean(s: &str) -> String {
    s.trim().nfc().collect()
}

fn required_choice<T>(
    raw: &str,
    field: &'static str,
    parse: impl Fn(&str) -> Option<T>,
    errors: &mut FieldErrors,
) -> Option<T> {
    let value = clean(raw);
    if value.is_empty() {
        errors.push(field, ERROR_REQUIRED);
        return None;
    }
    let parsed = parse(&value);
    if parsed.is_none() {
        errors.push(field, ERROR_INVALID_CHOICE);
    }
    parsed
}

fn check_max(
    value: &str,
    max_chars: usize,
    field: &'static str,
    key: &'static str,
    errors: &mut FieldErrors,
) {
    if value.chars().count() > max_chars {
        errors.push(field, key);
    }
}

/// Both times or neither; the error goes on whichever is missing or wrong.
fn parse_safe_window(from: &str, to: &str, errors: &mut FieldErrors) -> Option<SafeWindow> {
    let (from, to) = (clean(from), clean(to));
    if from.is_empty() && to.is_empty() {
        return None;
    }
    let parse = |value: &str, field: &'static str, errors: &mut FieldErrors| {
        if value.is_empty() {
            errors.push(field, ERROR_REQUIRED);
            return None;
        }
        let minute = parse_time_of_day(value);
        if minute.is_none() {
            errors.push(field, ERROR_INVALID_TIME);
        }
        minute
    };
    let from_minute = parse(&from, "safe_time_from", errors);
    let to_minute = parse(&to, "safe_time_to", errors);
    let window = SafeWindow::new(from_minute?, to_minute?);
    if window.is_none() {
        errors.push("safe_time_to", ERROR_SAFE_WINDOW_EMPTY);
    }
    window
}

#[cfg(test)]
mod tests {
    use super::*;

    fn known(code: &str) -> bool {
        crate::taxonomy::find(code).is_some()
    }

    fn valid_raw() -> RawIntake {
        RawIntake {
            workplace_id: Some(WorkplaceId::new(42)),
            category: "life_safety.blocked_exits".into(),
            urgency: "life_safety".into(),
            language: "bn".into(),
            summary: "  Exit on floor 3 locked  ".into(),
            narrative: "Caller says the gate is chained during night shift.".into(),
            shareable_summary: "Exit on floor 3 reported locked.".into(),
            caller_phone: "০১৭১২-৩৪৫৬৭৮".into(),
            caller_name: "  Rina ".into(),
            consent_callback: true,
            consent_sms: true,
            safe_time_from: "22:00".into(),
            safe_time_to: "০১:৩০".into(),
            channel: String::new(),
            factory_consent: String::new(),
            sms_case_code: false,
        }
    }

    #[test]
    fn factory_agreement_is_asked_or_left_to_the_protocol() {
        let intake = parse(valid_raw()).expect("valid");
        assert_eq!(intake.factory_agreement, FactoryAgreement::ProtocolDefault);
        let mut raw = valid_raw();
        raw.factory_consent = "no".into();
        let intake = parse(raw).expect("valid");
        assert_eq!(intake.factory_agreement, FactoryAgreement::No);
        let mut raw = valid_raw();
        raw.factory_consent = "perhaps".into();
        assert_eq!(
            errors(raw).get("factory_consent"),
            Some(ERROR_INVALID_CHOICE)
        );
    }

    fn parse(raw: RawIntake) -> Result<Intake, FieldErrors> {
        Intake::parse(raw, known, Country::Bangladesh)
    }

    fn errors(raw: RawIntake) -> FieldErrors {
        match parse(raw) {
            Ok(i) => panic!("unexpectedly valid: {i:?}"),
            Err(e) => e,
        }
    }

    #[test]
    fn valid_intake_is_cleaned_and_typed() {
        let intake = match parse(valid_raw()) {
            Ok(i) => i,
            Err(e) => panic!("{e:?}"),
        };
        assert_eq!(intake.category, "life_safety.blocked_exits");
        assert_eq!(intake.urgency, Urgency::LifeSafety);
        assert_eq!(intake.language, Language::Bn);
        assert_eq!(intake.channel, Channel::Phone);
        assert_eq!(intake.summary, "Exit on floor 3 locked");
        let caller = intake.caller.as_ref();
        assert_eq!(
            caller
                .and_then(|c| c.phone.as_ref())
                .map(PhoneNumber::as_str),
            Some("+8801712345678")
        );
        assert_eq!(caller.and_then(|c| c.name.as_deref()), Some("Rina"));
        assert_eq!(
            intake.consent,
            Consent {
                callback: true,
                sms: true,
                safe_window: SafeWindow::new(22 * 60, 90),
                code_by_sms: false,
            }
        );
    }

    #[test]
    fn empty_form_reports_every_required_field() {
        let e = errors(RawIntake::default());
        assert_eq!(e.get("category"), Some(ERROR_REQUIRED));
        assert_eq!(e.get("urgency"), Some(ERROR_REQUIRED));
        assert_eq!(e.get("language"), Some(ERROR_REQUIRED));
        assert_eq!(e.get("summary"), Some(ERROR_REQUIRED));
        assert_eq!(e.get("channel"), None);
        assert_eq!(e.get("caller_phone"), None);
        assert_eq!(e.0.len(), 4);
    }

    #[test]
    fn invalid_choices_are_all_collected() {
        let raw = RawIntake {
            category: "wages.bonus".into(),
            urgency: "asap".into(),
            language: "fr".into(),
            channel: "pigeon".into(),
            workplace_id: Some(WorkplaceId::new(0)),
            ..valid_raw()
        };
        let e = errors(raw);
        assert_eq!(e.get("category"), Some(ERROR_UNKNOWN_CATEGORY));
        assert_eq!(e.get("urgency"), Some(ERROR_INVALID_CHOICE));
        assert_eq!(e.get("language"), Some(ERROR_INVALID_CHOICE));
        assert_eq!(e.get("channel"), Some(ERROR_INVALID_CHOICE));
        assert_eq!(e.get("workplace_id"), Some(ERROR_INVALID_CHOICE));
    }

    #[test]
    fn known_category_predicate_is_authoritative() {
        let raw = RawIntake {
            category: "custom.local".into(),
            ..valid_raw()
        };
        let ok = Intake::parse(raw.clone(), |c| c == "custom.local", Country::Bangladesh);
        assert!(ok.is_ok());
        let e = errors(raw);
        assert_eq!(e.get("category"), Some(ERROR_UNKNOWN_CATEGORY));
    }

    #[test]
    fn length_limits_count_characters_after_trim() {
        let bn = "অ";
        let raw = RawIntake {
            summary: format!("  {}  ", bn.repeat(SUMMARY_MAX_CHARS)),
            narrative: bn.repeat(NARRATIVE_MAX_CHARS),
            shareable_summary: bn.repeat(ShareableSummary::MAX_CHARS),
            caller_name: bn.repeat(CALLER_NAME_MAX_CHARS),
            ..valid_raw()
        };
        assert!(parse(raw).is_ok(), "exactly at the limit is fine");
        let raw = RawIntake {
            summary: bn.repeat(SUMMARY_MAX_CHARS + 1),
            narrative: bn.repeat(NARRATIVE_MAX_CHARS + 1),
            shareable_summary: bn.repeat(ShareableSummary::MAX_CHARS + 1),
            caller_name: bn.repeat(CALLER_NAME_MAX_CHARS + 1),
            ..valid_raw()
        };
        let e = errors(raw);
        assert_eq!(e.get("summary"), Some(ERROR_SUMMARY_TOO_LONG));
        assert_eq!(e.get("narrative"), Some(ERROR_NARRATIVE_TOO_LONG));
        assert_eq!(
            e.get("shareable_summary"),
            Some("error-shareable-summary-too-long")
        );
        assert_eq!(e.get("caller_name"), Some(ERROR_CALLER_NAME_TOO_LONG));
    }

    #[test]
    fn whitespace_only_summary_is_missing() {
        let raw = RawIntake {
            summary: " \n\t ".into(),
            ..valid_raw()
        };
        assert_eq!(errors(raw).get("summary"), Some(ERROR_REQUIRED));
    }

    #[test]
    fn text_is_nfc_normalised() {
        let raw = RawIntake {
            summary: "co\u{0302}ng nha\u{0302}n".into(),
            ..valid_raw()
        };
        let summary = parse(raw).map(|i| i.summary);
        assert_eq!(summary.as_deref(), Ok("công nhân"));
    }

    #[test]
    fn phone_errors_use_the_phone_message_key() {
        let raw = RawIntake {
            caller_phone: "0171234".into(),
            ..valid_raw()
        };
        let e = errors(raw);
        assert_eq!(e.get("caller_phone"), Some("error-phone-too-short"));
        // Consent errors are not piled on top of a mistyped number.
        assert_eq!(e.get("consent_sms"), None);
        assert_eq!(e.0.len(), 1);
    }

    #[test]
    fn case_code_by_sms_needs_consent_to_sms() {
        let refused = RawIntake {
            consent_sms: false,
            sms_case_code: true,
            ..valid_raw()
        };
        assert_eq!(
            errors(refused).get("sms_case_code"),
            Some(ERROR_CODE_SMS_NEEDS_CONSENT)
        );
        let asked = RawIntake {
            sms_case_code: true,
            ..valid_raw()
        };
        let intake = Intake::parse(asked, known, Country::Bangladesh).expect("valid");
        assert!(intake.consent.sms && intake.consent.code_by_sms);
        // Consent to SMS alone sends no code.
        let intake = Intake::parse(valid_raw(), known, Country::Bangladesh).expect("valid");
        assert!(!intake.consent.code_by_sms);
    }

    #[test]
    fn consent_needs_a_phone() {
        let raw = RawIntake {
            caller_phone: "  ".into(),
            ..valid_raw()
        };
        let e = errors(raw);
        assert_eq!(e.get("consent_sms"), Some(ERROR_SMS_NEEDS_PHONE));
        assert_eq!(e.get("consent_callback"), Some(ERROR_CALLBACK_NEEDS_PHONE));
    }

    #[test]
    fn anonymous_caller_without_consent_is_fine() {
        let raw = RawIntake {
            caller_phone: String::new(),
            caller_name: String::new(),
            consent_callback: false,
            consent_sms: false,
            safe_time_from: String::new(),
            safe_time_to: String::new(),
            ..valid_raw()
        };
        let intake = parse(raw);
        assert!(
            intake.as_ref().is_ok_and(|i| i.caller.is_none()),
            "{intake:?}"
        );
        assert_eq!(intake.map(|i| i.consent), Ok(Consent::default()));
    }

    #[test]
    fn name_without_phone_is_a_caller() {
        let raw = RawIntake {
            caller_phone: String::new(),
            consent_callback: false,
            consent_sms: false,
            ..valid_raw()
        };
        let caller = parse(raw).map(|i| i.caller.map(|c| (c.phone.is_none(), c.name)));
        assert_eq!(caller.ok().flatten(), Some((true, Some("Rina".to_owned()))));
    }

    #[test]
    fn safe_window_needs_both_valid_times() {
        let only_from = RawIntake {
            safe_time_to: String::new(),
            ..valid_raw()
        };
        let e = errors(only_from);
        assert_eq!(e.get("safe_time_to"), Some(ERROR_REQUIRED));
        assert_eq!(e.get("safe_time_from"), None);

        let only_to = RawIntake {
            safe_time_from: " ".into(),
            ..valid_raw()
        };
        assert_eq!(errors(only_to).get("safe_time_from"), Some(ERROR_REQUIRED));

        let bad = RawIntake {
            safe_time_from: "25:00".into(),
            safe_time_to: "7pm".into(),
            ..valid_raw()
        };
        let e = errors(bad);
        assert_eq!(e.get("safe_time_from"), Some(ERROR_INVALID_TIME));
        assert_eq!(e.get("safe_time_to"), Some(ERROR_INVALID_TIME));

        let empty = RawIntake {
            safe_time_from: "08:00".into(),
            safe_time_to: "০৮:০০".into(),
            ..valid_raw()
        };
        assert_eq!(
            errors(empty).get("safe_time_to"),
            Some(ERROR_SAFE_WINDOW_EMPTY)
        );
    }

    #[test]
    fn life_safety_category_with_lower_urgency_is_allowed() {
        let raw = RawIntake {
            urgency: "normal".into(),
            ..valid_raw()
        };
        assert_eq!(parse(raw).map(|i| i.urgency).ok(), Some(Urgency::Normal));
    }

    #[test]
    fn channel_and_language_variants() {
        let raw = RawIntake {
            channel: "walk_in".into(),
            language: "vi-VN".into(),
            ..valid_raw()
        };
        let parsed = parse(raw).map(|i| (i.channel, i.language));
        assert_eq!(parsed.ok(), Some((Channel::WalkIn, Language::Vi)));
    }
}
