//! Workvoice persistence: one code path over SQLite (embedded default) and PostgreSQL.
//!
//! Architecture invariant: the store knows SQL and the key file, nothing of HTTP or HTML.
//! Every query that returns cases applies a [`Scope`] inside the SQL. Caller identity is
//! written only encrypted and read only through [`Store::case_callers`].

mod channels;
mod clock;
pub mod crypt;
mod db;
mod error;
mod migrate;
mod migrations;
mod query;
mod repo;
mod scope;

pub use channels::delivery::{DueMessage, Settlement};
pub use clock::now_millis;
pub use crypt::Keys;
pub use db::Engine;
pub use error::{Result, StoreError};
pub use repo::access_log::{GENESIS as ACCESS_LOG_GENESIS, VerifyReport, chain_hash};
pub use repo::api_tokens::TOKEN_PREFIX;
pub use repo::attachments::{Attachment, NewAttachment};
pub use repo::bulk::{
    create_postgres_database, drop_postgres_database, postgres_url_with_database,
};
pub use repo::callers::CallerOnCase;
pub use repo::cases::{Assignee, CaseFilter, CaseRecord, CaseSort, CaseSummary, CreatedCase};
pub use repo::closure::{CaseAftercare, REPRISAL_CATEGORY, is_reprisal_category};
pub use repo::disclosure::{DisclosureConsent, DisclosureMethod};
pub use repo::events::{CaseEvent, EventKind, MAX_NOTE_CHARS, shared_with_organisations};
pub use repo::incidents::{Incident, IncidentCase, MAX_INCIDENT_TITLE_CHARS};
pub use repo::informs::{InformMethod, InformOutcome, InformStage, WorkerInform};
pub use repo::login_throttle::ThrottlePolicy;
pub use repo::notifications::Notification;
pub use repo::organisations::Organisation;
pub use repo::outbox::{OutboxMessage, SMS_CASE_UPDATE};
pub use repo::protocol::ProtocolVersion;
pub use repo::responses::{
    CaseResponse, MAX_RESPONSE_CHARS, MAX_RESPONSE_FIELD_CHARS, ResponseKind,
};
pub use repo::sessions::{Session, SessionPolicy};
pub use repo::shared_case::{SharedCase, SharedFilter};
pub use repo::steps::CaseStep;
pub use repo::supervision::{ComplianceReport, OverdueStep, StageTime, StepCompliance, Workload};
pub use repo::tasks::{DueTask, RETALIATION_OUTCOMES, TASK_OUTCOMES, Task, TaskKind};
pub use repo::taxonomy::Category;
pub use repo::users::{MIN_PASSWORD_LEN, NewUser, User};
pub use repo::workplaces::{NewWorkplace, Page, Workplace};
pub use scope::Scope;

use db::Db;

/// The handle every other layer uses. Cheap to clone; holds no state a second server
/// would need (everything lives in the database and the key file).
#[derive(Clone, Debug)]
pub struct Store {
    db: Db,
    keys: Keys,
    /// Country whose calendar applies to cases without a workplace.
    default_country: workvoice_domain::Country,
}

impl Store {
    /// Connects, creates the database if it is a new SQLite file, applies migrations and
    /// seeds reference data.
    pub async fn open(url: &str, keys: Keys) -> Result<Store> {
        let db = Db::connect(url).await?;
        migrate::migrate(&db).await?;
        let store = Store {
            db,
            keys,
            default_country: workvoice_domain::Country::Bangladesh,
        };
        store.seed_reference_data().await?;
        store.seed_protocol().await?;
        Ok(store)
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

    pub async fn close(self) {
        self.db.close().await;
    }
}
