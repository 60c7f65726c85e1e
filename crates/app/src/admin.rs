//! The first administrator: created on first start with a one-time password, or on
//! demand with `workvoice create-admin`.

use anyhow::{Context, Result};
use rand::Rng;
use workvoice_domain::ids::OrgId;
use workvoice_domain::{Language, Millis, Role};
use workvoice_store::{NewUser, Store, now_millis};

/// A password that is easy to type from a printout: 20 characters, no look-alikes.
pub fn one_time_password() -> String {
    const ALPHABET: &[u8] = b"abcdefghjkmnpqrstuvwxyzABCDEFGHJKMNPQRSTUVWXYZ23456789";
    let mut rng = rand::rngs::OsRng;
    (0..20)
        .map(|_| char::from(ALPHABET[rng.gen_range(0..ALPHABET.len())]))
        .collect()
}

pub async fn create_admin(store: &Store, username: &str) -> Result<String> {
    let org = store.helpline_organisation(Millis(now_millis())).await?;
    create_with_password(store, org, username, Role::Admin).await
}

/// Creates a user of `role` in `organisation_id`, named by its username, and returns its
/// one-time password: the one way both `create-admin` and `create-user` make accounts.
pub async fn create_with_password(
    store: &Store,
    organisation_id: OrgId,
    username: &str,
    role: Role,
) -> Result<String> {
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
            Millis(now_millis()),
        )
        .await
        .with_context(|| format!("creating user {username}"))?;
    Ok(password)
}

/// On an empty database, creates `admin` and prints its password once.
pub async fn first_start(store: &Store) -> Result<()> {
    if store.count_users().await? > 0 {
        return Ok(());
    }
    let password = create_admin(store, "admin").await?;
    println!("First start: created user \"admin\" with the one-time password {password}");
    println!("Sign in and keep it somewhere safe; it is not shown again.");
    Ok(())
}
