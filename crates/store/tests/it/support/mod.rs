//! Harness for the store integration tests: every test runs once against a fresh SQLite
//! file and once against a fresh PostgreSQL database, through the real `Store`.
//!
//! `store_tests! { async fn name(t) { … } }` (with `#[macro_use] mod support;`) expands to `sqlite::name` and
//! `postgres::name`, so `cargo nextest run -E 'test(/postgres/)'` selects one engine.
//! The databases, and when a PostgreSQL half may be skipped, come from `workvoice-testdb`
//! (shared with the web suite).

// Each test binary uses a different subset of these helpers.

use std::future::Future;
use std::path::PathBuf;
use workvoice_domain::Millis;
use workvoice_domain::ids::{CaseId, OrgId, UserId};

use sea_orm::{
    ConnectOptions, ConnectionTrait, Database, DatabaseConnection, DbErr, QueryResult, Statement,
    Value,
};
use workvoice_domain::{
    CallerInput, Channel, Consent, Country, FactoryAgreement, Intake, Language, NoteText, OrgKind,
    PhoneNumber, Role, ShareableSummary, Urgency,
};
use workvoice_store::{Engine, Keys, NewUser, NewWorkplace, Scope, ScopedCase, Store, Workplace};
use workvoice_testdb::TempDatabase;

/// A fixed clock: every time the tests pass to the store is `T0` plus an offset.
pub const T0: i64 = 1_750_000_000_000;
pub const PASSWORD: &str = "correct horse battery";

/// Expands each test into one per engine: `sqlite::name` and `postgres::name`.
macro_rules! store_tests {
    ($( $(#[$meta:meta])* async fn $name:ident($t:ident) $body:block )*) => {
        $( async fn $name($t: $crate::support::TestDb) $body )*
        ::workvoice_testdb::engine_tests!(run = $crate::support::run; $( $(#[$meta])* $name ),*);
    };
}

/// What a test body gets: the store under test, a raw connection to the same database
/// for inspecting tables, and where the database lives.
#[derive(Clone)]
pub struct TestDb {
    pub store: Store,
    pub raw: DatabaseConnection,
    pub engine: Engine,
    pub url: String,
    /// The SQLite database file (None on PostgreSQL).
    pub sqlite_file: Option<PathBuf>,
}

/// Runs a test body on the store and a raw connection over a fresh database of the engine.
pub async fn run<F, Fut>(engine: Engine, body: F)
where
    F: FnOnce(TestDb) -> Fut + Send + 'static,
    Fut: Future<Output = ()> + Send + 'static,
{
    workvoice_testdb::run(engine, |db| async move {
        let t = TestDb::open(db).await;
        body(t.clone()).await;
        t.store.close().await;
        let _ = t.raw.close_by_ref().await;
    })
    .await;
}

async fn connect_raw(url: &str) -> Result<DatabaseConnection, DbErr> {
    let mut opts = ConnectOptions::new(url.to_owned());
    opts.max_connections(2)
        .min_connections(0)
        .sqlx_logging(false);
    Database::connect(opts).await
}

impl TestDb {
    async fn open(db: TempDatabase) -> TestDb {
        let store = Store::open(db.url(), Keys::generate())
            .await
            .unwrap_or_else(|e| panic!("open the {:?} store: {e}", db.engine()));
        let raw = connect_raw(db.url())
            .await
            .unwrap_or_else(|e| panic!("raw {:?} connection: {e}", db.engine()));
        TestDb {
            store,
            raw,
            engine: db.engine(),
            url: db.url().to_owned(),
            sqlite_file: db.sqlite_file().map(PathBuf::from),
        }
    }
}

impl TestDb {
    fn stmt(&self, sql: &str, values: Vec<Value>) -> Statement {
        Statement::from_sql_and_values(self.raw.get_database_backend(), sql, values)
    }

    /// Runs SQL on the raw connection, bypassing the store.
    pub async fn raw_exec(&self, sql: &str) -> Result<u64, DbErr> {
        Ok(self.raw.execute_unprepared(sql).await?.rows_affected())
    }

    pub async fn raw_rows(&self, sql: &str, values: Vec<Value>) -> Vec<QueryResult> {
        self.raw
            .query_all_raw(self.stmt(sql, values))
            .await
            .unwrap_or_else(|e| panic!("{sql}: {e}"))
    }

    pub async fn raw_i64(&self, sql: &str) -> i64 {
        let rows = self.raw_rows(sql, vec![]).await;
        let row = rows.first().unwrap_or_else(|| panic!("{sql}: no row"));
        row.try_get_by_index::<i64>(0)
            .unwrap_or_else(|e| panic!("{sql}: {e}"))
    }

    pub async fn count(&self, table: &str) -> i64 {
        self.raw_i64(&format!("SELECT COUNT(*) FROM {table}")).await
    }

    /// The user tables of the database (for SQLite including FTS shadow tables).
    pub async fn tables(&self) -> Vec<String> {
        let sql = match self.engine {
            Engine::Sqlite => {
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
            }
            Engine::Postgres => {
                "SELECT table_name::text AS name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1"
            }
        };
        self.raw_rows(sql, vec![])
            .await
            .iter()
            .map(|r| r.try_get::<String>("", "name").expect("table name"))
            .collect()
    }

    /// Every value of every text-like or binary column of `table`, as raw bytes
    /// (text as UTF-8, blobs as stored).
    pub async fn text_and_blob_values(&self, table: &str) -> Vec<Vec<u8>> {
        let columns: Vec<(String, String)> = match self.engine {
            Engine::Sqlite => self
                .raw_rows(
                    "SELECT name, upper(type) AS type FROM pragma_table_info($1)",
                    vec![table.into()],
                )
                .await
                .iter()
                .map(|r| (r.try_get("", "name").unwrap(), r.try_get("", "type").unwrap()))
                .collect(),
            Engine::Postgres => self
                .raw_rows(
                    "SELECT column_name::text AS name, data_type::text AS type FROM information_schema.columns \
                     WHERE table_schema = 'public' AND table_name = $1",
                    vec![table.into()],
                )
                .await
                .iter()
                .map(|r| (r.try_get("", "name").unwrap(), r.try_get("", "type").unwrap()))
                .collect(),
        };
        assert!(!columns.is_empty(), "table {table} has no columns");
        let mut values = Vec::new();
        for (column, ty) in columns {
            let expr = match self.engine {
                // FTS5 columns have no declared type; they hold text.
                Engine::Sqlite if ty.contains("TEXT") || ty.contains("BLOB") || ty.is_empty() => {
                    format!("CAST(\"{column}\" AS BLOB)")
                }
                Engine::Postgres if ty == "bytea" => format!("\"{column}\""),
                Engine::Postgres
                    if ty == "text"
                        || ty == "character varying"
                        || ty == "tsvector"
                        || ty == "jsonb"
                        || ty == "json" =>
                {
                    format!("convert_to(\"{column}\"::text, 'UTF8')")
                }
                _ => continue,
            };
            for row in self
                .raw_rows(&format!("SELECT {expr} AS v FROM {table}"), vec![])
                .await
            {
                if let Some(bytes) = row.try_get::<Option<Vec<u8>>>("", "v").unwrap() {
                    values.push(bytes);
                }
            }
        }
        values
    }

    /// A note's text as the page or the API would have parsed it.
    pub fn note(text: &str) -> NoteText {
        NoteText::parse(text).unwrap()
    }

    /// The case as helpline staff reach it: the token its children are read through.
    /// A case at T0 whose caller has this phone and name, with this narrative.
    pub async fn case_with_caller(&self, phone: &str, name: &str, narrative: &str) -> CaseId {
        self.store
            .create_case(
                &Intake {
                    narrative: narrative.into(),
                    caller: caller(phone, Some(name)),
                    ..intake("wages.late", Urgency::Normal, "Wages late")
                },
                None,
                Millis(T0),
            )
            .await
            .unwrap()
            .id
    }

    pub async fn helpline(&self, id: CaseId) -> ScopedCase {
        self.scoped(Scope::Helpline, id).await
    }

    /// The case as a viewer in `scope` reaches it (the test expects it to be in scope).
    pub async fn scoped(&self, scope: Scope, id: CaseId) -> ScopedCase {
        self.store.scoped_case(scope, id).await.unwrap()
    }

    /// Reports the case to an organisation (its factory's or a brand's) as an operator
    /// does, writing a shareable summary first if it has none: the only way a case becomes
    /// visible to that organisation. Reporting again after an edit shares the new version.
    pub async fn report(&self, id: CaseId, organisation_id: OrgId, at: i64) {
        let by = match self.store.user_by_username("reporter").await {
            Ok(user) => user.id,
            Err(_) => {
                self.staff("reporter", "Reporting Operator", Role::Operator)
                    .await
            }
        };
        let case = self.helpline(id).await;
        let record = self.store.case(Scope::Helpline, id).await.unwrap();
        if record.shareable_summary.is_empty() {
            let text = ShareableSummary::parse("A concern reported to the helpline.").unwrap();
            self.store
                .edit_shareable_summary(&case, &text, by, Millis(at))
                .await
                .unwrap();
        }
        self.store
            .report_case(&case, organisation_id, by, Millis(at))
            .await
            .unwrap();
    }

    /// A helpline staff member; returns the user id.
    pub async fn staff(&self, username: &str, display_name: &str, role: Role) -> UserId {
        let org = self.store.helpline_organisation(Millis(T0)).await.unwrap();
        self.user(org, username, display_name, role).await
    }

    /// A user of `role` in any organisation; returns the user id.
    pub async fn user(
        &self,
        organisation_id: OrgId,
        username: &str,
        display_name: &str,
        role: Role,
    ) -> UserId {
        self.store
            .create_user(
                &NewUser {
                    organisation_id,
                    username: username.into(),
                    display_name: display_name.into(),
                    role,
                    language: Language::En,
                    password: PASSWORD.into(),
                },
                Millis(T0),
            )
            .await
            .unwrap()
    }

    pub async fn workplace(&self, name: &str, brands: &[OrgId]) -> Workplace {
        self.store
            .create_workplace(
                &NewWorkplace {
                    name: name.into(),
                    country: Country::Bangladesh,
                    district: "Gazipur".into(),
                    address: String::new(),
                    sector: "garments".into(),
                    workers_total: 1200,
                    workers_women: 800,
                    brand_organisation_ids: brands.to_vec(),
                },
                Millis(T0),
            )
            .await
            .unwrap()
    }

    /// A workplace of 500 garment workers (300 women) in `district` of `country`, supplying
    /// no brand.
    pub async fn small_workplace(&self, name: &str, country: Country, district: &str) -> Workplace {
        self.store
            .create_workplace(
                &NewWorkplace {
                    name: name.into(),
                    country,
                    district: district.into(),
                    address: String::new(),
                    sector: "garments".into(),
                    workers_total: 500,
                    workers_women: 300,
                    brand_organisation_ids: vec![],
                },
                Millis(T0),
            )
            .await
            .unwrap()
    }

    pub async fn brand(&self, name: &str) -> OrgId {
        self.store
            .create_organisation(OrgKind::Brand, name, Millis(T0))
            .await
            .unwrap()
    }
}

/// The case of `intake`, recorded by nobody at `at`.
pub async fn create(t: &TestDb, intake: Intake, at: i64) -> CaseId {
    t.store
        .create_case(&intake, None, Millis(at))
        .await
        .unwrap()
        .id
}

/// An anonymous intake; adjust fields with struct update syntax.
pub fn intake(category: &str, urgency: Urgency, summary: &str) -> Intake {
    Intake {
        workplace_id: None,
        category: category.into(),
        urgency,
        language: Language::En,
        summary: summary.into(),
        narrative: String::new(),
        shareable_summary: ShareableSummary::parse("").unwrap(),
        caller: None,
        consent: Consent::default(),
        channel: Channel::Phone,
        factory_agreement: FactoryAgreement::ProtocolDefault,
    }
}

pub fn phone(typed: &str) -> PhoneNumber {
    PhoneNumber::parse(typed, Country::Bangladesh).expect("valid phone")
}

pub fn caller(phone_typed: &str, name: Option<&str>) -> Option<CallerInput> {
    Some(CallerInput {
        phone: Some(phone(phone_typed)),
        name: name.map(str::to_owned),
    })
}

/// Whether the bytes contain the text (for "does this secret appear anywhere" checks).
pub fn contains(haystack: &[u8], needle: &str) -> bool {
    let needle = needle.as_bytes();
    haystack.windows(needle.len()).any(|w| w == needle)
}
