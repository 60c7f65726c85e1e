//! Workvoice domain: types and rules shared by the store and web crates.
//!
//! Pure on purpose: no files, network, database or clock, so every rule can
//! be unit-tested and both database engines see identical behaviour. The one
//! exception is that `time::Millis::local_date_time` asks jiff for time-zone
//! data, which jiff may load from the system zoneinfo database.
//!
//! No text here is user-facing. Errors and labels are Fluent message ids,
//! translated by the web crate. Every id this crate can produce:
//!
//! Errors (phone::PhoneError, case_code::CaseCodeError, intake):
//!   error-phone-empty, error-phone-invalid-character, error-phone-too-short,
//!   error-phone-too-long, error-phone-invalid,
//!   error-case-code-empty, error-case-code-invalid-character,
//!   error-case-code-length,
//!   error-required, error-unknown-category, error-invalid-choice,
//!   error-summary-too-long, error-narrative-too-long,
//!   error-shareable-summary-too-long, error-caller-name-too-long,
//!   error-sms-needs-phone, error-callback-needs-phone, error-invalid-time,
//!   error-safe-window-empty
//!
//! Errors (calendar::CalendarError, calendar::HolidayError with `$line`,
//! protocol::ProtocolError with `$line`, `$rule`, `$step` where known):
//!   error-calendar-unknown-zone, error-calendar-no-working-days,
//!   error-holiday-format, error-holiday-country, error-holiday-date,
//!   error-holiday-name,
//!   error-protocol-syntax, error-protocol-no-rules, error-protocol-category,
//!   error-protocol-unknown-urgency, error-protocol-duplicate-rule,
//!   error-protocol-unknown-step, error-protocol-unknown-trigger,
//!   error-protocol-bad-duration, error-protocol-duplicate-step
//!
//! Errors (registry): error-too-long, error-invalid-number, error-women-exceed-total,
//!   error-identifier-too-long, error-identifier-invalid, error-identifier-twice,
//!   error-invalid-date, error-onboarding-date-order, error-onboarding-date-missing,
//!   error-csv-not-utf8, error-csv-empty, error-csv-unknown-column,
//!   error-csv-missing-column (both with `$column`), error-csv-column-count,
//!   error-csv-malformed-row
//!
//! Awareness (awareness::AwarenessReason): awareness-reason-no-checks,
//!   awareness-reason-low-check-answers, awareness-reason-never-trained,
//!   awareness-reason-training-old, awareness-reason-few-trained,
//!   awareness-reason-few-cards, awareness-reason-recording-not-played,
//!   awareness-reason-silent, awareness-reason-low-call-rate
//!
//! OSH (osh::*, with `$…` none): osh-error-risk-level, osh-error-risk-incomplete,
//!   osh-error-transition, osh-error-verification-method,
//!   osh-error-self-report-not-verified, osh-error-rating, osh-error-reps-exceed-workers,
//!   osh-visit-state-<performed|planned|overdue>; labels osh-band-<code>,
//!   osh-status-<code>, osh-control-<code>, osh-verification-<code>, osh-consent-<code>,
//!   osh-source-<code>, osh-area-<code>, osh-method-<code>, osh-visit-kind-<code>,
//!   osh-view-<code>
//! Library (library::*): library-error-too-long, library-error-transition; labels
//!   library-state-<code>, library-naming-<code>, library-cost-<code>, library-sector-<code>,
//!   library-workplace-<code>, library-described and library-described-nowhere (with `$sector`, `$district`)
//! Awareness records (awareness::records): awareness-error-date-in-future,
//!   awareness-error-no-participants, awareness-error-no-topic, awareness-error-more-than-sampled;
//!   labels awareness-topic-<code>, awareness-material-<code>, awareness-follow-up-<code>
//!
//! Labels:
//!   country-bd, country-vn,
//!   language-en, language-bn, language-vi,
//!   urgency-life_safety, urgency-urgent, urgency-normal, urgency-informational,
//!   channel-phone, channel-sms, channel-ivr, channel-web, channel-walk_in,
//!   channel-other,
//!   direction-inbound, direction-outbound,
//!   role-admin, role-supervisor, role-operator, role-factory_contact, role-brand,
//!   role-programme_manager,
//!   identifier-kind-<code> (registry::IdentifierKind), onboarding-<code>
//!   (registry::OnboardingStatus), contact-kind-<code> (registry::ContactKind),
//!   org-kind-helpline, org-kind-workplace, org-kind-brand,
//!   status-new, status-triaged, status-reported, status-responded,
//!   status-validated, status-escalated, status-remediation, status-informed,
//!   status-closed,
//!   outcome-resolved_accepted, outcome-resolved_rejected, outcome-no_basis,
//!   outcome-referred, outcome-withdrawn,
//!   step-acknowledge_worker, step-inform_factory, step-inform_brand,
//!   step-factory_response, step-validate, step-inform_worker, step-close,
//!   trigger-intake, trigger-factory_informed, trigger-factory_response,
//!   escalation-none, escalation-notice, escalation-warning,
//!   step-outcome-on_time, step-outcome-late, step-outcome-open,
//!   step-outcome-overdue,
//!   durations (deadline::Span::label, with `$count`): span-minutes,
//!   span-hours, span-days, span-working-minutes, span-working-hours,
//!   span-working-days,
//!   category-<code with '.' replaced by '-'> for every default category:
//!   category-life_safety, category-life_safety-fire,
//!   category-life_safety-electrical, category-life_safety-structural,
//!   category-life_safety-blocked_exits, category-life_safety-alarm_equipment,
//!   category-life_safety-evacuation, category-life_safety-disaster,
//!   category-osh, category-osh-heat, category-osh-ventilation,
//!   category-osh-ppe, category-osh-machine_safety, category-osh-toilets_water,
//!   category-osh-first_aid,
//!   category-wages, category-wages-unpaid, category-wages-late,
//!   category-wages-deductions,
//!   category-benefits, category-termination,
//!   category-abuse, category-abuse-verbal, category-abuse-physical,
//!   category-abuse-sexual_harassment,
//!   category-hours, category-hours-overtime, category-hours-leave,
//!   category-association,
//!   category-child_forced_labour, category-child_forced_labour-child,
//!   category-child_forced_labour-forced,
//!   category-reprisal,
//!   category-informational, category-informational-test_call,
//!   category-informational-question,
//!   category-out_of_scope, category-out_of_scope-referral

mod code_enum;
mod digits;
pub use digits::to_ascii_digit;
mod field_errors;
mod safe_window;

pub mod awareness;
pub mod calendar;
pub mod case_code;
pub mod case_cursor;
pub mod channel;
pub mod contact_window;
pub mod country;
pub mod deadline;
pub mod dissemination;
#[cfg(test)]
mod fuzz;
pub mod ids;
pub mod intake;
pub mod ivr;
pub mod language;
pub mod library;
pub mod numbers;
pub mod org_kind;
pub mod osh;
pub mod outbox;
pub mod phone;
pub mod protocol;
pub mod redact;
pub mod registry;
pub mod reporting;
pub mod reports;
pub mod retention;
pub mod role;
pub mod search_text;
pub mod second_factor;
pub mod sms;
pub mod sms_command;
pub mod stage_time;
pub mod status;
pub mod subject_request;
pub mod suppression;
pub mod surveys;
pub mod taxonomy;
pub mod text;
pub mod time;
pub mod urgency;
pub mod zone;

pub use calendar::{
    CalendarError, DEFAULT_HOLIDAYS, Holiday, HolidayError, WorkCalendar, format_holidays,
    parse_holidays,
};
pub use case_code::{CaseCode, CaseCodeError};
pub use case_cursor::CaseCursor;
pub use channel::{Channel, Direction};
pub use code_enum::StoredCode;
pub use contact_window::{follow_up_dates, may_contact_now, next_contact_time};
pub use country::Country;
pub use deadline::{Basis, Pause, Span, due_at, is_overdue, time_between, working_time_between};
pub use intake::{CallerInput, Consent, FieldErrors, Intake, RawIntake, SafeWindow};
pub use language::Language;
pub use numbers::format_integer;
pub use org_kind::OrgKind;
pub use outbox::OutboxStatus;
pub use phone::{PhoneError, PhoneNumber};
pub use protocol::{
    BrandEscalation, Protocol, ProtocolError, ProtocolRule, StepKind, StepRule, Trigger,
    brand_escalation, brand_warning_due,
};
pub use reporting::{
    FactoryAgreement, NotReportable, ReportFacts, ReportTarget, ReportVia, report_clock_runs,
    reportability,
};
pub use role::Role;
pub use safe_window::parse_time_of_day;
pub use stage_time::{OutcomeCounts, StepOutcome, StepTiming};
pub use status::{DEFAULT_OUTCOMES, DEFAULT_STATUSES, OutcomeDef, StatusDef};
pub use taxonomy::{CategoryDef, DEFAULT_CATEGORIES};
pub use text::{
    FactoryReply, IncidentTitle, NoteText, ResponseDetail, ResponseText, ShareableSummary,
};
pub use time::Millis;
pub use urgency::Urgency;
pub use zone::{UnknownZone, ZoneName};
