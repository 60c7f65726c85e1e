//! The demo's newsletter: last month's issue of the OSH programme, with up to three
//! practices of the public library and the programme's figures of now. The feedback
//! report of every enrolled enterprise is read from its improvements at `/osh/feedback`,
//! so the demo stores nothing for it.

use anyhow::Result;
use workvoice_domain::Millis;
use workvoice_domain::ids::UserId;
use workvoice_domain::reports::YearMonth;
use workvoice_store::{NewNewsletter, PublicFilter, Store};

/// Practices the demo's newsletter carries.
const PRACTICES: i64 = 3;

/// Makes the newsletter; returns its practices' count, or `None` without a programme.
pub async fn create(
    store: &Store,
    introduction: &str,
    editor: UserId,
    now: i64,
) -> Result<Option<usize>> {
    let Some(programme) = store.programmes().await?.into_iter().next() else {
        return Ok(None);
    };
    let month = jiff::Timestamp::from_millisecond(now)?
        .strftime("%Y-%m")
        .to_string();
    let period = YearMonth::parse(&month)
        .map(|m| m.plus(-1))
        .ok_or_else(|| anyhow::anyhow!("the demo's clock gave no month"))?;
    let practices: Vec<_> = store
        .public_practices(&PublicFilter::default(), PRACTICES, 0)
        .await?
        .items
        .into_iter()
        .map(|p| p.id)
        .collect();
    let n = practices.len();
    store
        .create_newsletter(
            &NewNewsletter {
                programme: programme.id,
                period,
                introduction: introduction.to_owned(),
                practices,
            },
            editor,
            Millis(now),
        )
        .await?;
    Ok(Some(n))
}
