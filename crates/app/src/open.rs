//! Opening the store the way every command does: data folder, key file, migrations.

use std::path::Path;

use anyhow::{Context, Result, bail};
use workvoice_store::{DurableFiles, KeyFile, Keys, Store};

use crate::settings::Settings;

/// Opens the store of `settings`, runs `body` with it and closes it after: what `body` gave.
pub async fn with_store<T>(
    settings: &Settings,
    body: impl AsyncFnOnce(&Store) -> Result<T>,
) -> Result<T> {
    let store = open_store(settings).await?;
    let result = body(&store).await;
    store.close().await;
    result
}

pub async fn open_store(settings: &Settings) -> Result<Store> {
    settings.ensure_data_dir()?;
    let url = settings.database_url();
    let keys = open_keys(&settings.key_path(), &url).await?;
    Store::open(&url, keys)
        .await
        .with_context(|| format!("opening the database ({})", redact_url(&url)))
}

/// The key from the key file. A new key is made only when there is none *and* no caller
/// identity is encrypted in the database yet: over existing callers a new key would make
/// every one of them unreadable for good, so the server refuses to start and asks for the
/// key's backup instead.
async fn open_keys(key_path: &Path, url: &str) -> Result<Keys> {
    let empty = match Keys::load(key_path).context("opening the key file")? {
        KeyFile::Key(keys) => return Ok(keys),
        KeyFile::Missing => false,
        KeyFile::Empty => true,
    };
    let holds_callers = Store::holds_encrypted_callers(url)
        .await
        .with_context(|| format!("opening the database ({})", redact_url(url)))?;
    if holds_callers {
        bail!(
            "the key file {path} is {state}, but the database holds encrypted caller identity. \
             Restore the key file from its backup to {path} and start again. Do not create a new \
             key: the callers already stored could never be read with it.",
            path = key_path.display(),
            state = if empty { "empty" } else { "missing" },
        );
    }
    create_key(key_path, empty)
}

/// Makes the first key file (replacing an empty one, which holds nothing to lose).
fn create_key(key_path: &Path, replace_empty: bool) -> Result<Keys> {
    if replace_empty {
        println!(
            "The key file {} is empty and no caller identity is stored yet: replacing it with a new key.",
            key_path.display()
        );
        std::fs::remove_file(key_path)
            .with_context(|| format!("removing the empty key file {}", key_path.display()))?;
    }
    let files = DurableFiles::default();
    match Keys::create(key_path, &files).context("creating the key file")? {
        Some(keys) => {
            println!(
                "Created a new master key at {}. Back it up apart from the database: without it no caller identity can be read.",
                key_path.display()
            );
            Ok(keys)
        }
        // Another server made it a moment ago: use that one.
        None => match Keys::load(key_path).context("opening the key file")? {
            KeyFile::Key(keys) => Ok(keys),
            KeyFile::Missing | KeyFile::Empty => {
                bail!("the key file {} changed while starting", key_path.display())
            }
        },
    }
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
