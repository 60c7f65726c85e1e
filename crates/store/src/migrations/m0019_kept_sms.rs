//! Workers' SMS kept for an operator get a "handled" mark, so the operators' list of kept
//! SMS (`/sms`) shows what still needs reading.

use crate::migrate::Migration;

pub(crate) const MIGRATION: Migration = Migration {
    version: 19,
    name: "kept_sms",
    portable: PORTABLE,
    sqlite: "",
    postgres: "",
};

const PORTABLE: &str = r#"
ALTER TABLE inbound_sms ADD COLUMN handled_at BIGINT
--;;
ALTER TABLE inbound_sms ADD COLUMN handled_by BIGINT REFERENCES users(id)
--;;
CREATE INDEX inbound_sms_unhandled ON inbound_sms(kind, handled_at, received_at)
"#;
