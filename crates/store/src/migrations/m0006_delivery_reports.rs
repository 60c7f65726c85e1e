//! Delivery reports: after the gateway accepted a message (`sent`), the operator's network
//! reports whether it reached the phone. The row keeps the last report's code and time, and
//! when it was delivered, so the admin outbox page tells "sent, never confirmed" (common in
//! Vietnam, where handsets often send no report) from "delivered" and "failed at the phone".
//! `report_status` keeps what a report said while the send is still in flight (a fast
//! network reports before the gateway has answered the send), for the settlement to apply.

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
"#;
