//! The migration list. Append only.

mod m0001_foundation;
mod m0002_protocol;
mod m0003_outbox_claims;
mod m0004_reports;
mod m0005_one_caller_per_phone;
mod m0006_delivery_reports;
mod m0007_registry;
mod m0008_voice_surveys;
mod m0009_awareness;
mod m0010_osh;
mod m0011_security;
mod m0013_osh_meetings;
mod m0014_channels_history;
mod m0015_reference_versions;
mod m0016_library;
mod m0017_feedback;
mod m0018_report_indexes;
mod m0019_kept_sms;
mod m0021_case_text_by_case;
mod m0022_case_lookups;
mod m0023_osh_improvement_shape;
mod m0024_case_text_prefixes;

use crate::migrate::Migration;

pub(crate) const ALL: &[Migration] = &[
    m0001_foundation::MIGRATION,
    m0002_protocol::MIGRATION,
    m0003_outbox_claims::MIGRATION,
    m0004_reports::MIGRATION,
    m0005_one_caller_per_phone::MIGRATION,
    m0006_delivery_reports::MIGRATION,
    m0007_registry::MIGRATION,
    m0008_voice_surveys::MIGRATION,
    m0009_awareness::MIGRATION,
    m0010_osh::MIGRATION,
    m0011_security::MIGRATION,
    m0013_osh_meetings::MIGRATION,
    m0014_channels_history::MIGRATION,
    m0015_reference_versions::MIGRATION,
    m0016_library::MIGRATION,
    m0017_feedback::MIGRATION,
    m0018_report_indexes::MIGRATION,
    m0019_kept_sms::MIGRATION,
    m0021_case_text_by_case::MIGRATION,
    m0022_case_lookups::MIGRATION,
    m0023_osh_improvement_shape::MIGRATION,
    m0024_case_text_prefixes::MIGRATION,
];
