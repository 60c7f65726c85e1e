//! Every public store call opens a debug span named after the function, carrying ids and
//! never personal data: not the phone, the name or a note's text.

use std::sync::{Arc, Mutex, OnceLock};
use workvoice_domain::Millis;

use crate::support::{T0, TestDb, caller, intake};
use tracing::field::{Field, Visit};
use tracing::span::{Attributes, Id};
use tracing_subscriber::layer::{Context, Layer, SubscriberExt};
use workvoice_domain::{Intake, Role, Urgency};
use workvoice_store::Scope;

/// Spans as `(name, "field=value; …")`, in the order they opened.
type Seen = Arc<Mutex<Vec<(String, String)>>>;

struct Recorder(Seen);

struct Fields(String);

impl Visit for Fields {
    fn record_debug(&mut self, field: &Field, value: &dyn std::fmt::Debug) {
        self.0.push_str(&format!("{}={value:?}; ", field.name()));
    }
}

impl<S: tracing::Subscriber> Layer<S> for Recorder {
    fn on_new_span(&self, attrs: &Attributes<'_>, _id: &Id, _ctx: Context<'_, S>) {
        let mut fields = Fields(String::new());
        attrs.record(&mut fields);
        self.0
            .lock()
            .unwrap()
            .push((attrs.metadata().name().to_owned(), fields.0));
    }
}

/// The store runs on the runtime's worker threads, so the recorder is the process-wide
/// subscriber, installed once; tests sharing a process find their own spans by their ids.
fn recorded() -> Seen {
    static SEEN: OnceLock<Seen> = OnceLock::new();
    SEEN.get_or_init(|| {
        let seen = Seen::default();
        tracing::subscriber::set_global_default(
            tracing_subscriber::registry().with(Recorder(seen.clone())),
        )
        .expect("no other subscriber in the store tests");
        seen
    })
    .clone()
}

store_tests! {
    async fn store_calls_are_traced_with_ids_and_without_personal_data(t) {
        let seen = recorded();

        let op = t.staff("op", "Operator", Role::Operator).await;
        let id = t.store.create_case(&Intake {
            caller: caller("01712345678", Some("Canary Begum")),
            ..intake("wages.late", Urgency::Normal, "Canary summary")
        }, Some(op), Millis(T0)).await.unwrap().id;
        let case = t.store.scoped_case(Scope::Helpline, id).await.unwrap();
        t.store.add_note(&case, op, &TestDb::note("Canary note text"), Millis(T0 + 1)).await.unwrap();
        assert_eq!(t.store.case_callers(&case).await.unwrap().len(), 1);

        let seen = seen.lock().unwrap().clone();
        let opened = |name: &str, fields: String| seen.iter().any(|(n, f)| n == name && *f == fields);
        assert!(seen.iter().any(|(n, _)| n == "create_case"), "{seen:?}");
        assert!(opened("scoped_case", format!("scope=Helpline; id={id}; ")), "{seen:?}");
        assert!(opened("add_note", format!("case={id}; actor={op}; ")), "{seen:?}");
        assert!(opened("case_callers", format!("case={id}; ")), "{seen:?}");
        for (name, fields) in &seen {
            for secret in ["1712345678", "Canary"] {
                assert!(!fields.contains(secret), "{name} carries personal data: {fields}");
            }
        }
    }
}
