//! `workvoice create-user`: helpline staff, a workplace's factory contact or a brand's
//! user, each with a one-time password.

use anyhow::{Result, anyhow, bail};
use workvoice_domain::{OrgKind, Role};
use workvoice_store::{Store, now_millis};

use crate::admin::create_with_password;
use workvoice_domain::ids::OrgId;

/// The organisation a new user of `role` belongs to: the helpline for staff, the named
/// workplace's organisation for a factory contact, the named brand for a brand user.
async fn organisation_for(
    store: &Store,
    role: Role,
    workplace: Option<&str>,
    brand: Option<&str>,
) -> Result<OrgId> {
    match (role, workplace, brand) {
        (Role::FactoryContact, Some(name), None) => {
            let found = store.workplaces_named(name).await?;
            match found.as_slice() {
                [one] => Ok(one.organisation_id),
                [] => bail!("no workplace named {name:?}"),
                _ => bail!("{} workplaces are named {name:?}", found.len()),
            }
        }
        (Role::Brand, None, Some(name)) => store
            .organisations_of_kind(OrgKind::Brand)
            .await?
            .into_iter()
            .find(|o| o.name == name)
            .map(|o| o.id)
            .ok_or_else(|| anyhow!("no brand named {name:?}")),
        (Role::FactoryContact, _, _) => {
            bail!("a factory contact needs --workplace NAME (and no --brand)")
        }
        (Role::Brand, _, _) => bail!("a brand user needs --brand NAME (and no --workplace)"),
        (_, None, None) => Ok(store.helpline_organisation(now_millis()).await?),
        _ => bail!("helpline staff belong to the helpline: leave out --workplace and --brand"),
    }
}

/// Creates the user and returns its one-time password.
pub async fn create_user(
    store: &Store,
    username: &str,
    role: &str,
    workplace: Option<&str>,
    brand: Option<&str>,
) -> Result<String> {
    let role = Role::parse(role).ok_or_else(|| {
        anyhow!("unknown role {role:?}: use factory_contact, brand, operator, supervisor or admin")
    })?;
    let organisation_id = organisation_for(store, role, workplace, brand).await?;
    create_with_password(store, organisation_id, username, role).await
}
