//! Roles of users. Helpline staff (admin, supervisor, operator) work cases;
//! factory contacts and brand users see their own organisation's cases,
//! redacted. Programme managers run the awareness programme (workplaces and counts, no
//! case); OSH providers come later. No role ever
//! inherits helpline permissions implicitly, which is why `is_helpline_staff`
//! is explicit rather than assumed.

use crate::code_enum::code_enum;

code_enum! {
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum Role / "role-" {
        Admin = "admin",
        Supervisor = "supervisor",
        Operator = "operator",
        /// A workplace's contact person: sees that workplace's cases, redacted.
        FactoryContact = "factory_contact",
        /// A brand's user: sees cases of supplier workplaces, redacted.
        Brand = "brand",
        /// Staff of a basic-OSH service provider: works with the enterprises enrolled with
        /// their provider; never sees helpline cases.
        ProviderStaff = "provider_staff",
        /// The owner of a small enterprise in an OSH programme: sees only their own
        /// enterprise's visits and improvements.
        EnterpriseOwner = "enterprise_owner",
        /// Runs the awareness programme: the registry, trainings, materials, checks, the
        /// training priority list and the headline figures; never a case.
        ProgrammeManager = "programme_manager",
    }
}

impl Role {
    /// May see helpline cases (subject to organisation scoping).
    pub fn is_helpline_staff(self) -> bool {
        match self {
            Role::Admin | Role::Supervisor | Role::Operator => true,
            Role::FactoryContact | Role::Brand | Role::ProgrammeManager => false,
            Role::ProviderStaff | Role::EnterpriseOwner => false,
        }
    }

    /// May assign cases to case managers.
    pub fn can_assign(self) -> bool {
        matches!(self, Role::Admin | Role::Supervisor)
    }

    /// May add and edit workplaces in the registry.
    pub fn can_manage_workplaces(self) -> bool {
        matches!(
            self,
            Role::Admin | Role::Supervisor | Role::ProgrammeManager
        )
    }

    /// May browse the registry (workplaces, not cases).
    pub fn can_read_registry(self) -> bool {
        self.is_helpline_staff() || self == Role::ProgrammeManager
    }

    /// May record trainings, materials and checks, and see the priority list and the
    /// programme's headline figures (counts, never a case).
    pub fn runs_awareness_programme(self) -> bool {
        matches!(
            self,
            Role::Admin | Role::Supervisor | Role::ProgrammeManager
        )
    }

    /// Works in the OSH programme for a service provider.
    pub fn is_provider_staff(self) -> bool {
        matches!(self, Role::ProviderStaff)
    }

    /// May create users and change their roles.
    pub fn can_manage_users(self) -> bool {
        matches!(self, Role::Admin)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn permissions() {
        assert!(Role::Operator.is_helpline_staff());
        assert!(!Role::FactoryContact.is_helpline_staff());
        assert!(!Role::Brand.is_helpline_staff());
        assert!(!Role::Brand.can_assign() && !Role::FactoryContact.can_manage_workplaces());
        assert!(Role::Admin.can_assign());
        assert!(Role::Supervisor.can_manage_workplaces());
        assert!(!Role::Operator.can_manage_workplaces());
        assert!(Role::Supervisor.can_assign());
        assert!(!Role::Operator.can_assign());
        assert!(Role::Admin.can_manage_users());
        assert!(!Role::Supervisor.can_manage_users());
        assert!(!Role::Operator.can_manage_users());
        assert!(!Role::ProviderStaff.is_helpline_staff());
        assert!(!Role::EnterpriseOwner.is_helpline_staff());
        assert!(Role::ProviderStaff.is_provider_staff());
        assert!(!Role::Admin.is_provider_staff());
        assert!(!Role::ProviderStaff.can_manage_workplaces());
        assert!(!Role::ProgrammeManager.is_helpline_staff());
        assert!(Role::ProgrammeManager.can_manage_workplaces());
        assert!(Role::ProgrammeManager.can_read_registry() && Role::Operator.can_read_registry());
        assert!(!Role::FactoryContact.can_read_registry());
        assert!(Role::ProgrammeManager.runs_awareness_programme());
        assert!(!Role::Operator.runs_awareness_programme());
    }

    #[test]
    fn codes_and_keys() {
        assert_eq!(Role::parse("SUPERVISOR"), Some(Role::Supervisor));
        assert_eq!(Role::parse("root"), None);
        assert_eq!(Role::Admin.message_key(), "role-admin");
        assert_eq!(Role::Operator.code(), "operator");
    }
}
