//! Registration numbers. A workplace has several, of different kinds, and they — not its
//! name, which is spelled many ways — are how a re-imported file finds the workplace it
//! already created.

use crate::code_enum::code_enum;

code_enum! {
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
    pub enum IdentifierKind / "identifier-kind-" {
        /// Bangladesh: the city corporation or union trade licence.
        TradeLicence = "trade_licence",
        /// Bangladesh: the factory licence of the Department of Inspection (DIFE).
        DifeLicence = "dife_licence",
        /// Bangladesh: membership number of the garment manufacturers' association.
        Bgmea = "bgmea",
        /// Bangladesh: membership number of the knitwear manufacturers' association.
        Bkmea = "bkmea",
        /// Bangladesh: the factory id of the RMG Sustainability Council.
        Rsc = "rsc",
        /// Vietnam: the enterprise code (mã số doanh nghiệp, also the tax code).
        EnterpriseCode = "enterprise_code",
    }
}

/// One registration number: its kind and its value, normalised so that `bgmea 1234`,
/// ` 1234 ` and `1234` typed by different people are the same number.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Identifier {
    pub kind: IdentifierKind,
    value: String,
}

impl Identifier {
    pub const MAX_CHARS: usize = 64;

    /// Trims, collapses inner whitespace and upper-cases ASCII letters (registration
    /// numbers are not case-sensitive). `Ok(None)` for an empty value.
    pub fn parse(kind: IdentifierKind, raw: &str) -> Result<Option<Identifier>, &'static str> {
        let value = raw
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .to_ascii_uppercase();
        if value.is_empty() {
            return Ok(None);
        }
        if value.chars().count() > Self::MAX_CHARS {
            return Err("error-identifier-too-long");
        }
        if value.chars().any(char::is_control) {
            return Err("error-identifier-invalid");
        }
        Ok(Some(Identifier { kind, value }))
    }

    pub fn value(&self) -> &str {
        &self.value
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn identifiers_are_normalised_so_spellings_match() {
        let a = Identifier::parse(IdentifierKind::Bgmea, "  ab 12\t 34 ").unwrap();
        let b = Identifier::parse(IdentifierKind::Bgmea, "AB 12 34").unwrap();
        assert_eq!(a, b);
        assert_eq!(a.unwrap().value(), "AB 12 34");
        assert_eq!(Identifier::parse(IdentifierKind::Rsc, "  "), Ok(None));
        let long = "9".repeat(65);
        assert_eq!(
            Identifier::parse(IdentifierKind::Rsc, &long),
            Err("error-identifier-too-long")
        );
        assert_ne!(
            Identifier::parse(IdentifierKind::Rsc, "1").unwrap(),
            Identifier::parse(IdentifierKind::Bgmea, "1").unwrap()
        );
    }
}
