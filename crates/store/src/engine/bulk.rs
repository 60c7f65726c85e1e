//! Seeding large data sets (the benchmark, load tests): many cases in one transaction,
//! written by exactly the code that writes one case.

use workvoice_domain::ids::{CaseId, UserId};
use workvoice_domain::{Intake, Millis};

use crate::Store;
use crate::error::Result;

impl Store {
    /// Creates every case in `intakes` in one transaction, with the same rows
    /// [`Store::create_case`] writes, and returns their ids in order. The case codes are
    /// not returned: nobody will read them to a caller.
    #[tracing::instrument(level = "debug", skip_all, fields(actor = ?actor))]
    pub async fn create_cases_bulk(
        &self,
        intakes: &[Intake],
        actor: Option<UserId>,
        at: Millis,
    ) -> Result<Vec<CaseId>> {
        let tx = self.db.write.begin().await?;
        let mut ids = Vec::with_capacity(intakes.len());
        for intake in intakes {
            ids.push(self.insert_case_in(&tx, intake, actor, at).await?.id);
        }
        tx.commit().await?;
        Ok(ids)
    }
}
