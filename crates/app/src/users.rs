//! `workvoice create-user`: helpline staff, a workplace's factory contact or a brand's
//! user, each with a one-time password; and the demo's organisation logins.

use anyhow::{Context, Result, anyhow, bail};
use workvoice_domain::{Language, OrgKind, Role};
use workvoice_store::{NewUser, Store, StoreError, now_millis};

use crate::admin::one_time_password;

/// The organisation a new user of `role` belongs to: the helpline for staff, the named
/// workplace's organisation for a factory contact, the named brand for a brand user.
async fn organisation_for(
    store: &Store,
    role: Role,
    workplace: Option<&str>,
    brand: Option<&str>,
) -> Result<i64> {
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
    let password = one_time_password();
    store
        .create_user(
            &NewUser {
                organisation_id,
                username: username.to_owned(),
                display_name: username.to_owned(),
                role,
                language: Language::En,
                password: password.clone(),
            },
            now_millis(),
        )
        .await
        .with_context(|| format!("creating user {username}"))?;
    Ok(password)
}

/// The demo's factory contact (for Rahman Knitwear Ltd) and brand user (for a brand
/// Rahman supplies); returns (username, password, role, organisation) to print.
pub async fn demo_org_users(store: &Store, at: i64) -> Result<Vec<(String, String, Role, String)>> {
    let rahman = store
        .workplaces_named("Rahman Knitwear Ltd")
        .await?
        .into_iter()
        .next()
        .ok_or_else(|| anyhow!("the demo has no Rahman Knitwear Ltd"))?;
    let (brand_id, brand_name) = store
        .workplace_brands(rahman.id)
        .await?
        .into_iter()
        .next()
        .ok_or_else(|| anyhow!("Rahman Knitwear Ltd supplies no brand in the demo"))?;
    let mut out = Vec::new();
    for (username, password, role, org, org_name) in [
        (
            "factory",
            "demo-factory-pass",
            Role::FactoryContact,
            rahman.organisation_id,
            rahman.name.clone(),
        ),
        (
            "brand",
            "demo-brand-pass",
            Role::Brand,
            brand_id,
            brand_name,
        ),
    ] {
        match store
            .create_user(
                &NewUser {
                    organisation_id: org,
                    username: username.to_owned(),
                    display_name: format!("{username} ({org_name})"),
                    role,
                    language: Language::En,
                    password: password.to_owned(),
                },
                at,
            )
            .await
        {
            Ok(_) => out.push((username.to_owned(), password.to_owned(), role, org_name)),
            // Someone already made a user of that name: leave it alone.
            Err(StoreError::Conflict(_)) => {}
            Err(e) => return Err(e.into()),
        }
    }
    Ok(out)
}
