//! The deployment's time zone, by its IANA name, known to exist.
//!
//! Days and months of every report, deadline page and OSH follow-up are counted in it, so
//! a misspelt zone must stop the start with a clear error instead of silently counting in
//! UTC (a Dhaka month would then start six hours late).

use std::fmt;
use std::ops::Deref;

use jiff::tz::TimeZone;

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
#[error("unknown time zone {0:?}: use an IANA name such as Asia/Dhaka or Asia/Ho_Chi_Minh")]
pub struct UnknownZone(pub String);

/// A time-zone name that the bundled zone database knows, with the zone itself.
#[derive(Debug, Clone)]
pub struct ZoneName {
    name: String,
    zone: TimeZone,
}

impl ZoneName {
    pub fn parse(name: &str) -> Result<ZoneName, UnknownZone> {
        let name = name.trim();
        let zone = TimeZone::get(name).map_err(|_| UnknownZone(name.to_owned()))?;
        Ok(ZoneName {
            name: name.to_owned(),
            zone,
        })
    }

    /// Dhaka, the first programme's zone: the default of a new deployment.
    pub fn dhaka() -> ZoneName {
        ZoneName {
            name: "Asia/Dhaka".to_owned(),
            // The bundled database always has it; the fixed offset is Dhaka's since 2009.
            zone: TimeZone::get("Asia/Dhaka")
                .unwrap_or_else(|_| TimeZone::fixed(jiff::tz::offset(6))),
        }
    }

    pub fn as_str(&self) -> &str {
        &self.name
    }

    pub fn zone(&self) -> &TimeZone {
        &self.zone
    }
}

impl Deref for ZoneName {
    type Target = str;

    fn deref(&self) -> &str {
        &self.name
    }
}

impl fmt::Display for ZoneName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.name)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_known_zone_keeps_its_name_and_counts_its_offset() {
        let dhaka = ZoneName::parse(" Asia/Dhaka ").expect("known zone");
        assert_eq!(dhaka.as_str(), "Asia/Dhaka");
        let noon = jiff::Timestamp::from_second(1_700_000_000).expect("in range");
        assert_eq!(
            noon.to_zoned(dhaka.zone().clone()).offset(),
            jiff::tz::offset(6)
        );
    }

    #[test]
    fn a_misspelt_zone_is_an_error_that_names_it() {
        let err = ZoneName::parse("Asia/Dacca_").expect_err("unknown zone");
        assert_eq!(err, UnknownZone("Asia/Dacca_".into()));
        assert!(err.to_string().contains("Asia/Dhaka"));
    }

    #[test]
    fn the_default_zone_is_dhaka_as_the_zone_database_has_it() {
        let parsed = ZoneName::parse("Asia/Dhaka").expect("known zone");
        let noon = jiff::Timestamp::from_second(1_700_000_000).expect("in range");
        assert_eq!(
            noon.to_zoned(ZoneName::dhaka().zone().clone()).offset(),
            noon.to_zoned(parsed.zone().clone()).offset()
        );
    }
}
