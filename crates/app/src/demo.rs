//! Demo data (placeholder until the generator lands).

use anyhow::Result;
use workvoice_store::Store;

pub async fn fill_if_empty(_store: &Store) -> Result<()> {
    Ok(())
}
