//! Where an outbound message stands. The outbox column holds the code; every SQL literal
//! for a status comes from [`OutboxStatus::code`], so the store, the delivery worker and the
//! admin page cannot spell one differently.

use crate::code_enum::code_enum;

code_enum! {
    /// In the order a message passes them; `Failed` may go back to `Queued` by a retry.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum OutboxStatus / "worker-sms-status-" {
        /// Waiting for its send time or for the delivery worker.
        Queued = "queued",
        /// The gateway accepted it.
        Sent = "sent",
        /// A delivery report said it reached the phone.
        Delivered = "delivered",
        /// Refused, undeliverable, or out of retries.
        Failed = "failed",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip_and_name_their_label() {
        for status in OutboxStatus::ALL {
            assert_eq!(OutboxStatus::parse(status.code()), Some(status));
        }
        assert_eq!(OutboxStatus::parse("sending"), None);
        assert_eq!(
            OutboxStatus::Delivered.message_key(),
            "worker-sms-status-delivered"
        );
    }
}
