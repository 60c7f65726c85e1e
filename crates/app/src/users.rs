//! `workvoice create-user`: helpline staff, a workplace's factory contact or a brand's
//! user, an OSH provider's staff or an enterprise's owner, each with a one-time password.

use anyhow::{Result, anyhow, bail};
use workvoice_domain::{Millis, OrgKind, Role};
use workvoice_store::{Store, now_millis};

use crate::admin::create_with_password;
use workvoice_domain::ids::OrgId;

/// Where a new user belongs, as the command line names it.
#[derive(Debug, Clone, Copy, Default)]
pub struct Belongs<'a> {
    pub workplace: Option<&'a str>,
    pub brand: Option<&'a str>,
    pub provider: Option<&'a str>,
    /// Create the provider when none has that name (there is no other way to make one).
    pub create_provider: bool,
}

async fn workplace_org(store: &Store, name: &str) -> Result<OrgId> {
    let found = store.workplaces_named(name).await?;
    match found.as_slice() {
        [one] => Ok(one.organisation_id),
        [] => bail!("no workplace named {name:?}"),
        _ => bail!("{} workplaces are named {name:?}", found.len()),
    }
}

async fn provider_org(store: &Store, name: &str, create: bool) -> Result<OrgId> {
    let found = store
        .organisations_of_kind(OrgKind::Provider)
        .await?
        .into_iter()
        .find(|o| o.name == name)
        .map(|o| o.id);
    match found {
        Some(id) => Ok(id),
        None if create => {
            let id = store.create_provider(name, Millis(now_millis())).await?;
            println!("Created the OSH provider {name:?}.");
            Ok(id)
        }
        None => bail!("no OSH provider named {name:?}: check the name, or add --create-provider"),
    }
}

/// The organisation a new user of `role` belongs to: the helpline for staff, the named
/// workplace's organisation for a factory contact or an enterprise owner, the named brand
/// for a brand user, the named provider for provider staff.
async fn organisation_for(store: &Store, role: Role, at: Belongs<'_>) -> Result<OrgId> {
    let Belongs {
        workplace,
        brand,
        provider,
        create_provider,
    } = at;
    if provider.is_some() && role != Role::ProviderStaff {
        bail!("only provider staff belong to a provider: leave out --provider");
    }
    match (role, workplace, brand) {
        (Role::ProviderStaff, None, None) => match provider {
            Some(name) => provider_org(store, name, create_provider).await,
            None => bail!("provider staff need --provider NAME"),
        },
        (Role::ProviderStaff, _, _) => {
            bail!("provider staff need --provider NAME (and no --workplace or --brand)")
        }
        (Role::EnterpriseOwner, Some(name), None) => workplace_org(store, name).await,
        (Role::EnterpriseOwner, _, _) => {
            bail!("an enterprise owner needs --workplace NAME (and no --brand)")
        }
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
        (_, None, None) => Ok(store.helpline_organisation(Millis(now_millis())).await?),
        _ => bail!("helpline staff belong to the helpline: leave out --workplace and --brand"),
    }
}

const ROLES: &str = "operator, supervisor, admin, factory_contact, brand, programme_manager, provider_staff or enterprise_owner";

/// Creates the user and returns its one-time password.
pub async fn create_user(
    store: &Store,
    username: &str,
    role: &str,
    at: Belongs<'_>,
) -> Result<String> {
    let role = Role::parse(role).ok_or_else(|| anyhow!("unknown role {role:?}: use {}", ROLES))?;
    let organisation_id = organisation_for(store, role, at).await?;
    create_with_password(store, organisation_id, username, role).await
}
