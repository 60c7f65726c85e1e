//! The countries Workvoice operates helplines in.
//!
//! Adding a country is a code change on purpose: it brings phone-number rules,
//! a time zone and translations with it.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Country {
    #[serde(rename = "BD")]
    Bangladesh,
    #[serde(rename = "VN")]
    Vietnam,
}

impl Country {
    pub const ALL: [Country; 2] = [Country::Bangladesh, Country::Vietnam];

    /// ISO 3166-1 alpha-2 code, the form stored in databases and config.
    pub fn code(self) -> &'static str {
        match self {
            Country::Bangladesh => "BD",
            Country::Vietnam => "VN",
        }
    }

    /// Parses an ISO alpha-2 code, ignoring case and surrounding whitespace.
    pub fn parse(s: &str) -> Option<Country> {
        let s = s.trim();
        Country::ALL
            .into_iter()
            .find(|c| c.code().eq_ignore_ascii_case(s))
    }

    /// The language most of the country's workers read: what a document for one of its
    /// enterprises is printed in unless someone chose another.
    pub fn language(self) -> crate::Language {
        match self {
            Country::Bangladesh => crate::Language::Bn,
            Country::Vietnam => crate::Language::Vi,
        }
    }

    /// IANA zone name; each country has a single zone, which is why a
    /// country is enough to show local times.
    pub fn time_zone(self) -> &'static str {
        match self {
            Country::Bangladesh => "Asia/Dhaka",
            Country::Vietnam => "Asia/Ho_Chi_Minh",
        }
    }

    /// ITU calling code without '+'.
    pub fn calling_code(self) -> &'static str {
        match self {
            Country::Bangladesh => "880",
            Country::Vietnam => "84",
        }
    }

    /// Fluent id of the country's display name.
    pub fn message_key(self) -> &'static str {
        match self {
            Country::Bangladesh => "country-bd",
            Country::Vietnam => "country-vn",
        }
    }
}

crate::stored_code!(Country);

#[cfg(test)]
mod tests {
    use super::*;
    use serde::de::IntoDeserializer;
    use serde::de::value::{Error as DeError, StrDeserializer};

    #[test]
    fn parse_is_case_insensitive_and_round_trips() {
        assert_eq!(Country::parse("bd"), Some(Country::Bangladesh));
        assert_eq!(Country::parse(" Vn "), Some(Country::Vietnam));
        for c in Country::ALL {
            assert_eq!(Country::parse(c.code()), Some(c));
        }
    }

    #[test]
    fn parse_rejects_unknown_and_partial_codes() {
        for s in ["", "B", "BDX", "IN", "Bangladesh", "880"] {
            assert_eq!(Country::parse(s), None, "{s:?}");
        }
    }

    #[test]
    fn facts_per_country() {
        assert_eq!(Country::Bangladesh.calling_code(), "880");
        assert_eq!(Country::Vietnam.calling_code(), "84");
        assert_eq!(Country::Bangladesh.time_zone(), "Asia/Dhaka");
        assert_eq!(Country::Vietnam.time_zone(), "Asia/Ho_Chi_Minh");
    }

    #[test]
    fn serde_uses_the_code() {
        let de: StrDeserializer<'_, DeError> = "VN".into_deserializer();
        assert_eq!(Country::deserialize(de), Ok(Country::Vietnam));
        let de: StrDeserializer<'_, DeError> = "Vietnam".into_deserializer();
        assert!(Country::deserialize(de).is_err());
    }
}
