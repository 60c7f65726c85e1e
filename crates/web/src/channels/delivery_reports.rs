//! Kannel's delivery reports: `GET /kannel/{secret}/status?msg=<outbox id>&status=%d`,
//! the `dlr-url` the sender gave with each message. Kannel retries a report that did not
//! get a 2xx, so recording one is idempotent (the store moves only a `sent` message).

use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use workvoice_domain::ids::OutboxId;
use workvoice_store::DeliveryReport;

use crate::accounts::login::ClientAddr;
use crate::channels::gateway_gate;
use crate::error::WebError;
use crate::state::AppState;

#[derive(serde::Deserialize)]
pub struct StatusQuery {
    msg: Option<String>,
    status: Option<String>,
}

/// What Kannel's report code means (the courier mapping): 1 delivered to the phone;
/// 2 failed at the phone and 16 rejected by the operator's centre; 4 queued at Kannel and
/// 8 accepted by the centre are still on their way. Any other code is not a report.
pub fn kannel_report(code: i64) -> Option<DeliveryReport> {
    match code {
        1 => Some(DeliveryReport::Delivered),
        2 | 16 => Some(DeliveryReport::Failed),
        4 | 8 => Some(DeliveryReport::OnItsWay),
        _ => None,
    }
}

pub async fn kannel_status(
    State(state): State<AppState>,
    Path(secret): Path<String>,
    ClientAddr(client): ClientAddr,
    Query(q): Query<StatusQuery>,
) -> Result<StatusCode, WebError> {
    gateway_gate(&state, &secret, &client, "kannel_status").await?;
    let (Some(id), Some((code, report))) = (
        q.msg
            .as_deref()
            .and_then(|m| m.trim().parse::<OutboxId>().ok()),
        q.status
            .as_deref()
            .and_then(|s| s.trim().parse::<i64>().ok())
            .and_then(|c| kannel_report(c).map(|r| (c, r))),
    ) else {
        return Err(WebError::BadRequest("error-invalid-choice"));
    };
    if state
        .store
        .record_delivery_report(id, report, code, state.time())
        .await?
    {
        Ok(StatusCode::OK)
    } else {
        Err(WebError::NotFound)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kannel_codes_map_like_courier() {
        assert_eq!(kannel_report(1), Some(DeliveryReport::Delivered));
        assert_eq!(kannel_report(2), Some(DeliveryReport::Failed));
        assert_eq!(kannel_report(16), Some(DeliveryReport::Failed));
        assert_eq!(kannel_report(4), Some(DeliveryReport::OnItsWay));
        assert_eq!(kannel_report(8), Some(DeliveryReport::OnItsWay));
        assert_eq!(kannel_report(66), None);
    }
}
