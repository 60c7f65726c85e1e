//! The good-practice library (issue 13 items 1–3): practices written up from verified
//! improvements, translated, reviewed and published with the enterprise's consent.
//!
//! Two doors, never one: [`practices`] is the staff side (authors at a provider, the
//! programme's reviewers), read through an [`crate::OshScope`]; [`public`] is what anyone
//! may read, and every one of its queries applies the public rule
//! (`workvoice_domain::library::may_be_public`) inside its SQL, returning its own types
//! ([`public::PublicPractice`]), so a staff read cannot be handed to a public page by
//! mistake. [`consent`] records the enterprise's consent to publication.

pub mod consent;
pub mod practices;
pub mod public;

use sea_orm::QueryResult;
use workvoice_domain::Language;
use workvoice_domain::ids::PracticeId;
use workvoice_domain::library::PracticeText;

use crate::db::{get, row_id, rows};
use crate::error::{Result, StoreError};
use crate::query::Query;

/// One language's text of a practice.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Translation {
    pub language: Language,
    pub text: PracticeText,
}

/// The text in `language`, else English, else the first there is.
pub fn text_in(texts: &[Translation], language: Language) -> Option<&Translation> {
    texts
        .iter()
        .find(|t| t.language == language)
        .or_else(|| texts.iter().find(|t| t.language == Language::En))
        .or_else(|| texts.first())
}

fn decode_text(row: &QueryResult) -> Result<(PracticeId, Translation)> {
    let code: String = get(row, "language")?;
    let language =
        Language::parse(&code).ok_or_else(|| StoreError::undecodable("language", code))?;
    let text = PracticeText::parse(
        &get::<String>(row, "title")?,
        &get::<String>(row, "problem")?,
        &get::<String>(row, "solution")?,
    )
    .map_err(|_| StoreError::undecodable("library_texts", "invalid text"))?;
    Ok((row_id(row, "practice_id")?, Translation { language, text }))
}

/// The translations of `ids`, English first then Bengali then Vietnamese, in one query.
async fn texts_of(
    conn: &impl sea_orm::ConnectionTrait,
    ids: &[PracticeId],
) -> Result<Vec<(PracticeId, Translation)>> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let mut q = Query::new(
        "SELECT practice_id, language, title, problem, solution FROM library_texts WHERE practice_id IN (",
    );
    for (n, id) in ids.iter().enumerate() {
        if n > 0 {
            q.push(", ");
        }
        q.bind(id.get());
    }
    q.push(") ORDER BY practice_id, language");
    let mut rows: Vec<_> = rows(conn, &q.sql, q.values, decode_text).await?;
    rows.sort_by_key(|(id, t)| (*id, Language::ALL.iter().position(|l| *l == t.language)));
    Ok(rows)
}

/// Groups `texts` (as [`texts_of`] returns them) onto the practice `id`.
fn texts_for(texts: &[(PracticeId, Translation)], id: PracticeId) -> Vec<Translation> {
    texts
        .iter()
        .filter(|(p, _)| *p == id)
        .map(|(_, t)| t.clone())
        .collect()
}
