//! Delivery reports: after the gateway accepted a message (`sent`), the operator's network
//! reports whether it reached the phone. The row keeps the last report's code and time, and
//! when it was delivered, so the admin outbox page tells "sent, never confirmed" (common in
//! Vietnam, where handsets often send no report) from "delivered" and "failed at the phone".
//! `report_status` keeps what a report said while the send is still in flight (a fast
//! network reports before the gateway has answered the send), for the settlement to apply.
//!
//! Incoming SMS: each kept once (Kannel retries; its message id is unique), the sender
//! only as a blind index (for the per-sender limit) and encrypted (to reply), the text
//! encrypted (a worker's words); a reply in the outbox names the SMS it answers
//! (`inbound_id`) instead of a caller.

use crate::migrate::Migration;

pub(crate) const MIGRATION: Migration = Migration {
    version: 6,
    name: "delivery_reports",
    portable: PORTABLE,
    sqlite: "",
    postgres: "",
};

const PORTABLE: &str = r#"
ALTER TABLE outbox ADD COLUMN report_code BIGINT
--;;
ALTER TABLE outbox ADD COLUMN reported_at BIGINT
--;;
ALTER TABLE outbox ADD COLUMN delivered_at BIGINT
--;;
ALTER TABLE outbox ADD COLUMN report_status TEXT
--;;
CREATE TABLE inbound_sms (
    id {pk},
    provider_id TEXT NOT NULL UNIQUE,
    sender_index TEXT NOT NULL,
    sender_enc {blob},
    text_enc {blob},
    kind TEXT NOT NULL,
    case_id BIGINT REFERENCES cases(id),
    received_at BIGINT NOT NULL
)
--;;
CREATE INDEX inbound_sms_sender ON inbound_sms(sender_index, received_at)
--;;
ALTER TABLE outbox ADD COLUMN inbound_id BIGINT REFERENCES inbound_sms(id)
"#;
