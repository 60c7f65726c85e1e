//! Roles of helpline staff users.
//!
//! Only helpline-side roles exist for now. Factory contacts, brand users,
//! programme managers and OSH providers will get their own roles later; they
//! must never inherit these permissions, which is why `is_helpline_staff` is
//! explicit rather than assumed.

use crate::code_enum::code_enum;

code_enum! {
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum Role / "role-" {
        Admin = "admin",
        Supervisor = "supervisor",
        Operator = "operator",
    }
}

impl Role {
    /// May see helpline cases (subject to organisation scoping).
    pub fn is_helpline_staff(self) -> bool {
        match self {
            Role::Admin | Role::Supervisor | Role::Operator => true,
        }
    }

    /// May assign cases to case managers.
    pub fn can_assign(self) -> bool {
        matches!(self, Role::Admin | Role::Supervisor)
    }

    /// May add and edit workplaces in the registry.
    pub fn can_manage_workplaces(self) -> bool {
        matches!(self, Role::Admin | Role::Supervisor)
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
        assert!(Role::ALL.iter().all(|r| r.is_helpline_staff()));
        assert!(Role::Admin.can_assign());
        assert!(Role::Supervisor.can_manage_workplaces());
        assert!(!Role::Operator.can_manage_workplaces());
        assert!(Role::Supervisor.can_assign());
        assert!(!Role::Operator.can_assign());
        assert!(Role::Admin.can_manage_users());
        assert!(!Role::Supervisor.can_manage_users());
        assert!(!Role::Operator.can_manage_users());
    }

    #[test]
    fn codes_and_keys() {
        assert_eq!(Role::parse("SUPERVISOR"), Some(Role::Supervisor));
        assert_eq!(Role::parse("root"), None);
        assert_eq!(Role::Admin.message_key(), "role-admin");
        assert_eq!(Role::Operator.code(), "operator");
    }
}
