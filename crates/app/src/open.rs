//! Opening the store the way every command does: data folder, key file, migrations.

use anyhow::{Context, Result};
use workvoice_store::{Keys, Store};

use crate::settings::Settings;

pub async fn open_store(settings: &Settings) -> Result<Store> {
    settings.ensure_data_dir()?;
    let key_path = settings.key_path();
    let (keys, created) = Keys::load_or_create(&key_path).context("opening the key file")?;
    if created {
        println!(
            "Created a new master key at {}. Back it up apart from the database: without it no caller identity can be read.",
            key_path.display()
        );
    }
    let url = settings.database_url();
    Store::open(&url, keys)
        .await
        .with_context(|| format!("opening the database ({})", redact_url(&url)))
}

/// A database URL without its password, for messages.
pub fn redact_url(url: &str) -> String {
    match (url.find("://"), url.rfind('@')) {
        (Some(scheme), Some(at)) if at > scheme => {
            let userinfo = &url[scheme + 3..at];
            let user = userinfo.split(':').next().unwrap_or("");
            format!("{}{user}:***{}", &url[..scheme + 3], &url[at..])
        }
        _ => url.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::redact_url;

    #[test]
    fn password_is_hidden() {
        assert_eq!(
            redact_url("postgres://wv:secret@db:5432/wv"),
            "postgres://wv:***@db:5432/wv"
        );
        assert_eq!(redact_url("sqlite://data/w.db"), "sqlite://data/w.db");
    }
}
