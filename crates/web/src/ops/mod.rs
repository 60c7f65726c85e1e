//! What operators of the service (not of the helpline) look at: health and metrics.

pub mod http_metrics;
pub mod metrics;
pub mod ready;
