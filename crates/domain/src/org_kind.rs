//! Kinds of organisation a user or record belongs to; every query is scoped
//! by organisation, and the kind decides what its users may ever see.

use crate::code_enum::code_enum;

code_enum! {
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum OrgKind / "org-kind-" {
        /// Runs the helpline; only its staff see caller identity.
        Helpline = "helpline",
        /// A factory or enterprise that workers report about.
        Workplace = "workplace",
        /// A buyer whose supplier workplaces are covered.
        Brand = "brand",
        /// A basic-OSH service provider supporting enrolled enterprises.
        Provider = "provider",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip() {
        assert_eq!(OrgKind::ALL.len(), 4);
        for k in OrgKind::ALL {
            assert_eq!(OrgKind::parse(k.code()), Some(k));
        }
        assert_eq!(OrgKind::parse("factory"), None);
        assert_eq!(OrgKind::Workplace.message_key(), "org-kind-workplace");
    }
}
