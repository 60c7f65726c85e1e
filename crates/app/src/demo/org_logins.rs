//! The demo's logins outside the helpline: a factory contact for one workplace and a
//! user of a brand that workplace supplies.

use anyhow::{Result, anyhow};
use workvoice_domain::{Language, Millis, Role};
use workvoice_store::{NewUser, Store, StoreError};

use super::data::Logins;

/// Creates the factory contact and the brand user, their second factor enrolled; returns
/// (username, password, second-factor key, role, organisation) of each one created, to print.
pub async fn create(
    store: &Store,
    logins: &Logins,
    at: i64,
) -> Result<Vec<(String, String, String, Role, String)>> {
    let factory = &logins.factory;
    let workplace = store
        .workplaces_named(&factory.workplace)
        .await?
        .into_iter()
        .next()
        .ok_or_else(|| anyhow!("the demo has no {}", factory.workplace))?;
    let (brand_id, brand_name) = store
        .workplace_brands(workplace.id)
        .await?
        .into_iter()
        .next()
        .ok_or_else(|| anyhow!("{} supplies no brand in the demo", factory.workplace))?;
    let mut out = Vec::new();
    for (username, password, key, role, org, org_name) in [
        (
            &factory.username,
            &factory.password,
            &factory.totp_key,
            Role::FactoryContact,
            workplace.organisation_id,
            workplace.name.clone(),
        ),
        (
            &logins.brand.username,
            &logins.brand.password,
            &logins.brand.totp_key,
            Role::Brand,
            brand_id,
            brand_name,
        ),
    ] {
        match store
            .create_user(
                &NewUser {
                    organisation_id: org,
                    username: username.clone(),
                    display_name: format!("{username} ({org_name})"),
                    role,
                    language: Language::En,
                    password: password.clone(),
                },
                Millis(at),
            )
            .await
        {
            Ok(id) => {
                store.enrol_totp_secret(id, key, Millis(at)).await?;
                out.push((
                    username.clone(),
                    password.clone(),
                    key.to_base32(),
                    role,
                    org_name,
                ));
            }
            // Someone already made a user of that name: leave it alone.
            Err(StoreError::Conflict(_)) => {}
            Err(e) => return Err(e.into()),
        }
    }
    Ok(out)
}
