//! The helpline's demo staff: their logins, and who takes and works a call in which
//! language.

use anyhow::{Context, Result, anyhow};
use rand::Rng;
use rand::rngs::StdRng;
use rand::seq::SliceRandom;
use workvoice_domain::ids::{OrgId, UserId};
use workvoice_domain::{Language, Millis, Role};
use workvoice_store::{NewUser, Store, StoreError};

use super::data::StaffLogin;

#[derive(Clone, Copy)]
pub struct Staff {
    pub supervisor: UserId,
    operator: UserId,
    operator_bn: UserId,
    operator_vi: UserId,
}

/// The staff logins, created in order; returns the staff and the usernames that already
/// existed (an administrator made at first start keeps its password).
pub async fn create(
    store: &Store,
    logins: &[StaffLogin],
    helpline: OrgId,
    at: i64,
) -> Result<(Staff, Vec<String>)> {
    let mut made = Vec::new();
    let mut kept = Vec::new();
    for login in logins {
        let id = match store.user_by_username(&login.username).await {
            Ok(user) => {
                kept.push(login.username.clone());
                user.id
            }
            Err(StoreError::NotFound) => {
                let id = store
                    .create_user(
                        &NewUser {
                            organisation_id: helpline,
                            username: login.username.clone(),
                            display_name: login.display_name.clone(),
                            role: login.role,
                            language: login.language,
                            password: login.password.clone(),
                        },
                        Millis(at),
                    )
                    .await
                    .with_context(|| format!("creating demo user {}", login.username))?;
                store
                    .enrol_totp_secret(id, &login.totp_key, Millis(at))
                    .await?;
                id
            }
            Err(e) => return Err(e.into()),
        };
        made.push((login, id));
    }
    let find = |role: Role, language: Option<Language>| {
        made.iter()
            .find(|(l, _)| l.role == role && language.is_none_or(|lang| l.language == lang))
            .map(|(_, id)| *id)
            .ok_or_else(|| {
                anyhow!(
                    "the demo's logins.toml needs a {} ({language:?})",
                    role.code()
                )
            })
    };
    let staff = Staff {
        supervisor: find(Role::Supervisor, None)?,
        operator: find(Role::Operator, Some(Language::En))?,
        operator_bn: find(Role::Operator, Some(Language::Bn))?,
        operator_vi: find(Role::Operator, Some(Language::Vi))?,
    };
    Ok((staff, kept))
}

impl Staff {
    /// Who takes a call in this language.
    pub fn taker(self, rng: &mut StdRng, language: Language) -> UserId {
        match language {
            Language::Bn if rng.gen_bool(0.25) => self.operator,
            Language::Bn => self.operator_bn,
            Language::En => self.operator,
            Language::Vi => self.operator_vi,
        }
    }

    /// Who a case in this language may be assigned to.
    pub fn assignee(self, rng: &mut StdRng, language: Language) -> UserId {
        let pool: &[UserId] = match language {
            Language::Bn => &[
                self.operator_bn,
                self.operator_bn,
                self.supervisor,
                self.operator,
            ],
            Language::En => &[self.operator, self.supervisor],
            Language::Vi => &[self.operator_vi],
        };
        pool.choose(rng).copied().unwrap_or(self.supervisor)
    }
}
