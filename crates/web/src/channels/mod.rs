//! What gateways call and what administrators see of outbound messages: workers' SMS
//! (`inbound_sms`) and Kannel's delivery reports (`/kannel/{secret}/…`, outside the session middleware, authenticated
//! by the secret in the path because Kannel cannot sign requests), the admin outbox page
//! with its retry, and the SMS texts the sender renders. Templates: `templates/channels/`;
//! messages: `locales/<lang>/channels.ftl`.

pub mod callbacks;
pub mod delivery_reports;
pub mod inbound_sms;
pub mod kept_sms;
pub mod outbox_page;
pub mod sms_text;
pub mod status_page;
pub mod voice;

use crate::error::WebError;
use crate::routes::Routes;
use crate::state::AppState;

/// Routes gateways call: no session, no CSRF token; the path's secret is the credential.
pub fn gateway_routes() -> Routes {
    Routes::new()
        .get("/kannel/{secret}/status", delivery_reports::kannel_status)
        .post("/kannel/{secret}/receive", inbound_sms::kannel_receive)
        .post("/voice/call/{step}", voice::call)
        .post("/voice/status", voice::status)
        .post("/voice/missed", voice::missed_call)
}

/// The administrators' pages.
pub fn routes() -> Routes {
    Routes::new()
        .get("/admin/outbox", outbox_page::show)
        .get("/admin/outbox/{id}", outbox_page::history)
        .post("/admin/outbox/{id}/retry", outbox_page::retry)
        .get("/admin/channels", status_page::show)
        .get("/callbacks", callbacks::show)
        .post("/callbacks/{id}/done", callbacks::done)
        .get("/sms", kept_sms::show)
        .post("/sms/{id}/handled", kept_sms::handled)
}

/// The gate of every gateway route: a wrong secret is `NotFound` (and counted per client
/// address; past the limit the client gets 429 even with the right one, so the secret
/// cannot be guessed by trying); a right one is counted against the route's limit.
pub(crate) async fn gateway_gate(
    state: &AppState,
    secret: &str,
    client: &str,
    route: &'static str,
) -> Result<(), WebError> {
    let limits = state.config.limits;
    let now = state.time();
    let store = &state.store;
    if !store
        .rate_allows("webhook_failures", client, limits.webhook_failures, now)
        .await?
    {
        return Err(WebError::RateLimited);
    }
    if !is_gateway_secret(state.config.kannel_secret.as_deref(), secret) {
        store
            .note_rate_event("webhook_failures", client, now)
            .await?;
        tracing::warn!(route, "gateway call with a wrong secret");
        return Err(WebError::NotFound);
    }
    if !store
        .take_rate("webhook_calls", route, limits.webhook_calls, now)
        .await?
    {
        return Err(WebError::RateLimited);
    }
    Ok(())
}

/// Whether `given` is the configured gateway secret, compared in constant time so the
/// answer's timing tells nothing about how much of a guess was right. No secret
/// configured means no gateway may call.
pub(crate) fn is_gateway_secret(configured: Option<&str>, given: &str) -> bool {
    let Some(secret) = configured.filter(|s| !s.is_empty()) else {
        return false;
    };
    let (a, b) = (secret.as_bytes(), given.as_bytes());
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_configured_secret_opens_the_gateway_routes() {
        assert!(is_gateway_secret(Some("S3cretPath"), "S3cretPath"));
        assert!(!is_gateway_secret(Some("S3cretPath"), "S3cretPat"));
        assert!(!is_gateway_secret(Some("S3cretPath"), "S3cretPatH"));
        assert!(!is_gateway_secret(None, ""));
        assert!(!is_gateway_secret(Some(""), ""));
    }
}
