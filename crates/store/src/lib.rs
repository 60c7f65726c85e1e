//! Workvoice persistence: one code path over SQLite (embedded default) and PostgreSQL.
//!
//! Architecture invariant: the store knows SQL and the key file, nothing of HTTP or HTML.
//! Every query that returns cases applies a [`Scope`] inside the SQL; the children of a case
//! (steps, events, callers, responses, evidence, informs, tasks, outbox, disclosure) are
//! read and written only through a [`ScopedCase`], which only such a query makes. Caller
//! identity is written only encrypted and read only through [`Store::case_callers`] (the
//! helpline) or [`Store::disclosed_callers`] (an organisation the worker consented to).

mod accounts;
mod awareness;
mod channels;
mod clock;
pub mod crypt;
mod db;
mod dissemination;
mod engine;
mod error;
mod files;
mod helpline;
mod library;
mod migrate;
mod migrations;
mod org;
mod osh;
mod protocol;
mod query;
mod registry;
mod reports;
mod scope;
mod security;
mod surveys;

pub use channels::delivery::{AttemptOutcome, OutboxAttempt, Settlement};
pub use clock::now_millis;
pub use crypt::{KeyFile, Keys};
pub use db::{COUNT_CAP, Engine};
pub use engine::disk_probe::sqlite_commit_rate;
pub use engine::group_commit::GroupStats;
pub use engine::integrity::NotReady;
pub use engine::ops_figures::OpsFigures;
pub use error::{Internal, Result, StoreError};
pub use files::durable::{DurableFiles, FileSystem, NewFile, RealFs, is_temp_name};
pub use files::orphans::ORPHAN_AGE_MS;
pub use scope::{Scope, ScopedCase};

// Helpline: cases, callers, events, informs, tasks, closure, incidents, supervision.
pub use helpline::callers::CallerOnCase;
pub use helpline::cases::{Assignee, CaseFilter, CaseRecord, CaseSort, CaseSummary, CreatedCase};
pub use helpline::closure::{CaseAftercare, REPRISAL_CATEGORY, is_reprisal_category};
pub use helpline::events::{CaseEvent, EventKind};
pub use helpline::incidents::{Incident, IncidentCase};
pub use helpline::informs::{InformMethod, InformOutcome, InformStage, WorkerInform};
pub use helpline::notifications::Notification;
pub use helpline::reports::{CaseReport, ReportState, Reporting};
pub use helpline::supervision::{
    ComplianceReport, OverdueStep, StageTime, StepCompliance, Workload,
};
pub use helpline::tasks::{DueTask, RETALIATION_OUTCOMES, Task, TaskKind, TaskOutcome};

// Org: the shared case, responses, evidence, disclosure, access log.
pub use org::access_log::{GENESIS as ACCESS_LOG_GENESIS, VerifyReport, chain_hash};
pub use org::attachments::{Attachment, NewAttachment};
pub use org::disclosure::{DisclosureConsent, DisclosureMethod};
pub use org::responses::{CaseResponse, ResponseKind};
pub use org::shared_case::{SharedCase, SharedFilter};

// Accounts: users, sessions, login throttle, API tokens.
pub use accounts::api_tokens::TOKEN_PREFIX;
pub use accounts::login_throttle::ThrottlePolicy;
pub use accounts::sessions::{Session, SessionPolicy};
pub use accounts::users::{MIN_PASSWORD_LEN, NewUser, User};

// Security: rate limits, the second factor.
pub use channels::jobs::JobStatus;
pub use security::rate_limits::RateLimit;
pub use security::retention::{Removed, RetentionPreview, RetentionRun};
pub use security::second_factor::SecondFactorCheck;
pub use security::subject_requests::{
    ExportedCase, ExportedEvent, ExportedSms, SubjectExport, SubjectRequest,
};

// Registry: workplaces, organisations, taxonomy.
pub use registry::browse::WorkplaceFilter;
pub use registry::imports::{ImportAction, ImportPlan, ImportRow};
pub use registry::organisations::Organisation;
pub use registry::records::{StoredContact, WorkplaceDetails};
pub use registry::taxonomy::Category;
pub use registry::workplaces::{NewWorkplace, Page, Workplace};

// OSH: providers, programmes, enrolment, visits, improvements, aggregates, bridge.
pub use osh::OshScope;
pub use osh::aggregates::{
    FollowUpTally, ImprovementGroup, OshFilter, OshGroupBy, OshGroupKey, OshRegion, RatingTally,
};
pub use osh::bridge::{CaseSignal, VisitPriority};
pub use osh::checklists::{Checklist, ChecklistAnswer, ChecklistItem};
pub use osh::drafts::Draft;
pub use osh::improvements::{
    Improvement, ImprovementEvent, ImprovementFilter, NewImprovement, StatusChange,
};
pub use osh::meetings::Meeting;
pub use osh::photos::{NewPhoto, Photo};
pub use osh::programmes::{Enrolment, NewProgramme, Programme};
pub use osh::visits::{Coordination, NewVisit, ProviderSchedule, Visit, VisitView};
// Spreading what works: feedback reports, workshop packs, newsletters.
pub use dissemination::feedback_report::{FeedbackEnterprise, FeedbackLine, FeedbackReport};
pub use dissemination::newsletter::{
    MAX_PRACTICES as NEWSLETTER_MAX_PRACTICES, NewNewsletter, Newsletter, NewsletterFigures,
    NewsletterSummary, UpcomingWorkshop,
};
pub use dissemination::workshop_pack::{PackEnterprise, PackPair, WorkshopPack};
// Library: good practices, their review and consent; the public reads.
pub use library::consent::PublicationConsentRecord;
pub use library::practices::{LibraryActor, NewPractice, Practice, PracticeSettings, ReviewEvent};
pub use library::public::{PublicFilter, PublicPhoto, PublicPractice};
pub use library::{Translation, text_in};
// Awareness: trainings, materials, play reports, checks, priorities, headline figures.
pub use awareness::figures::{Month, MonthFigures, months_ending};
pub use awareness::priorities::{PriorityFilter, PriorityRow, SupplierCoverage};
pub use awareness::records::{AwarenessRecord, CheckRow, MaterialRow, PlayRow, TrainingRow};

// Reports: the dashboard, the scorecard's inputs, the public statistics.
pub use reports::ReportFilter;
pub use reports::dashboard::{
    Dashboard, MonthCalls, NamedCount, StageInformed, TOP_ROWS, UrgencyDurations,
};
pub use reports::notable::NotableCase;
pub use reports::public::{PublicHeadline, PublicTable};

// Protocol: versions and holidays, per-case steps.
pub use protocol::steps::CaseStep;
pub use protocol::versions::ProtocolVersion;

// Channels: the outbox (jobs are leases used through `Store` methods).
pub use channels::inbound::{InboundKind, InboundSms, KeptSms, Reply};
pub use channels::outbox::{OutboxMessage, SmsTemplate};
pub use channels::reports::{DeliveryReport, OutboxCounts};
pub use channels::voice::{
    CallbackAsk, CallbackOutcome, CallbackSource, Local, OpenCallback, VoiceWrite,
};
pub use surveys::{
    ATTEMPT_GAP_MS, CaseSurvey, MAX_ATTEMPTS, SurveyCall, SurveyChannel, SurveyFact, SurveyStatus,
};

// Engine helpers: throwaway PostgreSQL databases.
pub use engine::postgres_databases::{
    create_postgres_database, drop_postgres_database, postgres_url_with_database,
};

use db::Db;

/// The handle every other layer uses. Cheap to clone; holds no state a second server
/// would need (everything lives in the database and the key file).
#[derive(Clone, Debug)]
pub struct Store {
    db: Db,
    keys: Keys,
    /// Country whose calendar applies to cases without a workplace.
    default_country: workvoice_domain::Country,
    /// Parsed protocol, holidays and categories, by version.
    reference: std::sync::Arc<engine::reference_cache::ReferenceCache>,
}

impl Store {
    /// Connects, creates the database if it is a new SQLite file, applies migrations and
    /// seeds reference data.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn open(url: &str, keys: Keys) -> Result<Store> {
        let db = Db::connect(url).await?;
        migrate::migrate(&db).await?;
        let store = Store {
            db,
            keys,
            default_country: workvoice_domain::Country::Bangladesh,
            reference: Default::default(),
        };
        store.seed_reference_data().await?;
        store.seed_protocol().await?;
        store.seed_osh_checklist().await?;
        Ok(store)
    }

    /// Whether the database at `url` holds caller identity encrypted under some key. The
    /// binary asks before it makes a new key file: over such data a new key would leave
    /// every caller unreadable for good, so the old key must be restored instead. Needs no
    /// key itself (connects and migrates, as [`Store::open`] would, and counts).
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn holds_encrypted_callers(url: &str) -> Result<bool> {
        let db = Db::connect(url).await?;
        migrate::migrate(&db).await?;
        let n = db::count(
            &db.read,
            "SELECT COUNT(*) AS n FROM callers WHERE phone_enc IS NOT NULL OR name_enc IS NOT NULL",
            Vec::new(),
        )
        .await;
        db.close().await;
        Ok(n? > 0)
    }

    /// Sets the country whose working-time calendar applies to cases without a workplace.
    pub fn with_default_country(mut self, country: workvoice_domain::Country) -> Store {
        self.default_country = country;
        self
    }

    pub fn engine(&self) -> Engine {
        self.db.engine()
    }

    pub fn keys(&self) -> &Keys {
        &self.keys
    }

    /// How the writer's commits were grouped so far (SQLite; zeros on PostgreSQL).
    pub fn group_commit_stats(&self) -> GroupStats {
        self.db.write.stats()
    }

    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn close(self) {
        self.db.close().await;
    }
}
