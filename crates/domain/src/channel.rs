//! How an interaction reached the helpline, and in which direction.

use crate::code_enum::code_enum;

code_enum! {
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum Channel / "channel-" {
        /// Operator-recorded voice call: the main intake path.
        Phone = "phone",
        Sms = "sms",
        Ivr = "ivr",
        Web = "web",
        WalkIn = "walk_in",
        Other = "other",
    }
}

code_enum! {
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum Direction / "direction-" {
        /// Worker contacted the helpline.
        Inbound = "inbound",
        /// Helpline contacted the worker (callback, informing, survey).
        Outbound = "outbound",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Deserialize;
    use serde::de::IntoDeserializer;
    use serde::de::value::{Error as DeError, StrDeserializer};

    #[test]
    fn channel_codes_round_trip() {
        let codes: Vec<_> = Channel::ALL.iter().map(|c| c.code()).collect();
        assert_eq!(codes, ["phone", "sms", "ivr", "web", "walk_in", "other"]);
        for c in Channel::ALL {
            assert_eq!(Channel::parse(c.code()), Some(c));
        }
        assert_eq!(Channel::parse("walk-in"), None);
        assert_eq!(Channel::parse("WalkIn"), None);
    }

    #[test]
    fn message_keys() {
        assert_eq!(Channel::Phone.message_key(), "channel-phone");
        assert_eq!(Channel::WalkIn.message_key(), "channel-walk_in");
        assert_eq!(Direction::Inbound.message_key(), "direction-inbound");
        assert_eq!(Direction::Outbound.code(), "outbound");
    }

    #[test]
    fn direction_parse_and_serde() {
        assert_eq!(Direction::parse("Inbound"), Some(Direction::Inbound));
        assert_eq!(Direction::parse("in"), None);
        let de: StrDeserializer<'_, DeError> = "walk_in".into_deserializer();
        assert_eq!(Channel::deserialize(de), Ok(Channel::WalkIn));
    }
}
