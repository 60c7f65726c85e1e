//! Reprisal: the reprisal-risk flag of a case, and the link from a reprisal case to the
//! earlier case it follows. The forms are on the "Worker kept informed" panel.

use axum::Form;
use axum::extract::{Path, State};
use axum::response::Response;
use workvoice_domain::ids::CaseId;
use workvoice_store::StoreError;

use crate::auth::current::Staff;
use crate::error::WebError;
use crate::helpline::worker_panel::{WorkerPanel, back_to_case, rerender};
use crate::state::AppState;

#[derive(serde::Deserialize)]
pub struct RiskForm {
    /// A checkbox: present ("on") when ticked, absent otherwise.
    #[serde(default)]
    reprisal_risk: Option<String>,
}

pub async fn reprisal_risk(
    State(state): State<AppState>,
    staff: Staff,
    Path(id): Path<CaseId>,
    Form(form): Form<RiskForm>,
) -> Result<Response, WebError> {
    let risk = form.reprisal_risk.is_some_and(|v| !v.is_empty());
    state
        .store
        .set_reprisal_risk(
            &state.store.scoped_case(staff.scope(), id).await?,
            risk,
            staff.user.id,
            state.time(),
        )
        .await?;
    Ok(back_to_case(id))
}

#[derive(serde::Deserialize)]
pub struct RelatedForm {
    #[serde(default)]
    earlier_case: String,
}

/// A case number as typed: ASCII or Bengali digits, an optional leading '#'.
fn parse_case_number(typed: &str) -> Option<CaseId> {
    let digits: String = typed
        .trim()
        .trim_start_matches('#')
        .chars()
        .map(|c| match c {
            '\u{09E6}'..='\u{09EF}' => {
                char::from_u32(u32::from(c) - 0x09E6 + u32::from('0')).unwrap_or(c)
            }
            other => other,
        })
        .collect();
    if digits.is_empty() || digits.len() > 18 || !digits.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    digits.parse().ok()
}

pub async fn link_related(
    State(state): State<AppState>,
    staff: Staff,
    Path(id): Path<CaseId>,
    Form(form): Form<RelatedForm>,
) -> Result<Response, WebError> {
    let tr = staff.tr();
    let typed = form.earlier_case.clone();
    let error = |key: &'static str| {
        let typed = typed.clone();
        move |p: &mut WorkerPanel| {
            p.related_error = Some(tr.t(key));
            p.related_typed = typed;
        }
    };
    if typed.trim().is_empty() {
        return rerender(&state, &staff, id, error("error-required")).await;
    }
    let Some(earlier) = parse_case_number(&typed) else {
        return rerender(&state, &staff, id, error("closure-error-related-not-found")).await;
    };
    // The case itself must exist before an error about the other one makes sense.
    state.store.case(staff.scope(), id).await?;
    match state
        .store
        .link_related_case(
            &state.store.scoped_case(staff.scope(), id).await?,
            earlier,
            staff.user.id,
            state.time(),
        )
        .await
    {
        Ok(()) => Ok(back_to_case(id)),
        Err(StoreError::NotFound) => {
            rerender(&state, &staff, id, error("closure-error-related-not-found")).await
        }
        Err(StoreError::Invalid(_)) => {
            rerender(&state, &staff, id, error("closure-error-related-self")).await
        }
        Err(e) => Err(e.into()),
    }
}

#[cfg(test)]
mod tests {
    use super::parse_case_number;
    use workvoice_domain::ids::CaseId;

    #[test]
    fn case_numbers_in_either_script() {
        assert_eq!(parse_case_number(" #42 ").map(CaseId::get), Some(42));
        assert_eq!(parse_case_number("৪২").map(CaseId::get), Some(42));
        assert_eq!(parse_case_number("4a"), None);
        assert_eq!(parse_case_number(""), None);
        assert_eq!(parse_case_number("99999999999999999999"), None);
    }
}
