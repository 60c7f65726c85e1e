//! Workvoice channels: everything that leaves or enters the process other than pages —
//! the background jobs every server runs (the protocol's escalation sweep, outbox
//! delivery, the sweep of orphaned files), the [`Sender`] that hands one outbound
//! message to a provider ([`KannelSender`] for SMS), and the delivery worker that drains the SMS outbox through it.
//!
//! Architecture invariant: `channels` sits between `store` and the binary. It knows no
//! HTML and no HTTP server (a provider adapter may be an HTTP *client*); `web` never runs
//! background work. Every job is a [`Job`] run by the [`Runner`] under the job's lease in
//! the `jobs` table, so with several servers on one database each run happens once, and
//! tests run any job deterministically with [`Runner::drain`]. A message leaves only
//! through a [`Sender`]; a row the provider acknowledged is never sent again.

mod delivery;
mod escalation;
mod holder;
mod job;
mod kannel;
mod orphan_sweep;
pub mod reachable;
mod recording_sender;
mod retention;
mod retry;
mod runner;
mod sender;
mod survey_calls;
pub mod voice;

pub use delivery::{OutboxDelivery, Undeliverable};
pub use escalation::EscalationJob;
pub use holder::holder_id;
pub use job::{Job, JobError};
pub use kannel::{KannelConfig, KannelSender, SmsText};
pub use orphan_sweep::OrphanSweep;
pub use recording_sender::RecordingSender;
pub use retention::RetentionJob;
pub use retry::RetryPolicy;
pub use runner::Runner;
pub use sender::{OutboundMessage, ProviderId, SEND_TIMEOUT, SendError, Sender};
pub use survey_calls::SurveyCalls;
