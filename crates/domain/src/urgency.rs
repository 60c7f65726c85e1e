//! How quickly a case must be acted on.

use crate::code_enum::code_enum;

code_enum! {
    /// Declared most urgent first so that the derived `Ord` sorts work
    /// queues with life-safety cases at the top.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
    pub enum Urgency / "urgency-" {
        /// Imminent danger to life (fire, locked exits, cracks): handled at once.
        LifeSafety = "life_safety",
        Urgent = "urgent",
        Normal = "normal",
        /// Questions and test calls; counted but not substantive.
        Informational = "informational",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Deserialize;
    use serde::de::IntoDeserializer;
    use serde::de::value::{Error as DeError, StrDeserializer};

    #[test]
    fn sorts_most_urgent_first() {
        let mut v = vec![
            Urgency::Normal,
            Urgency::Informational,
            Urgency::LifeSafety,
            Urgency::Urgent,
        ];
        v.sort();
        assert_eq!(v, Urgency::ALL.to_vec());
        assert!(Urgency::LifeSafety < Urgency::Urgent);
    }

    #[test]
    fn codes_and_keys() {
        assert_eq!(Urgency::LifeSafety.code(), "life_safety");
        assert_eq!(Urgency::LifeSafety.message_key(), "urgency-life_safety");
        assert_eq!(
            Urgency::Informational.message_key(),
            "urgency-informational"
        );
        for u in Urgency::ALL {
            assert_eq!(Urgency::parse(u.code()), Some(u));
        }
    }

    #[test]
    fn parse_rejects_unknown() {
        assert_eq!(Urgency::parse(" URGENT "), Some(Urgency::Urgent));
        for s in ["", "life-safety", "lifesafety", "critical", "LifeSafety"] {
            assert_eq!(Urgency::parse(s), None, "{s:?}");
        }
    }

    #[test]
    fn serde_name_is_the_code() {
        let de: StrDeserializer<'_, DeError> = "life_safety".into_deserializer();
        assert_eq!(Urgency::deserialize(de), Ok(Urgency::LifeSafety));
    }
}
