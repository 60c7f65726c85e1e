//! A sender that sends nothing and remembers everything, for tests (and, until a real
//! provider exists, nothing else: the binary never delivers through it).

use std::sync::{Arc, Mutex, MutexGuard, PoisonError};

use crate::sender::{OutboundMessage, ProviderId, SendError, Sender};

/// Clones share one record, so a test keeps a handle while the delivery job owns another.
#[derive(Debug, Clone, Default)]
pub struct RecordingSender {
    state: Arc<Mutex<Recorded>>,
}

#[derive(Debug, Default)]
struct Recorded {
    accepted: Vec<(ProviderId, OutboundMessage)>,
    calls: usize,
    failures_left: usize,
    down: bool,
}

impl RecordingSender {
    pub fn new() -> RecordingSender {
        RecordingSender::default()
    }

    /// The next `n` sends fail with a retryable error, as a throttling provider does.
    pub fn fail_next(&self, n: usize) {
        self.lock().failures_left = n;
    }

    /// While down, every send is `SendError::Unavailable`, as with a stopped gateway.
    pub fn set_down(&self, down: bool) {
        self.lock().down = down;
    }

    /// The messages the "provider" accepted, in order, with the ids it gave them.
    pub fn accepted(&self) -> Vec<(ProviderId, OutboundMessage)> {
        self.lock().accepted.clone()
    }

    /// Every send tried, accepted or not.
    pub fn calls(&self) -> usize {
        self.lock().calls
    }

    fn lock(&self) -> MutexGuard<'_, Recorded> {
        // A test that panicked while holding the lock has failed already; the record is
        // still worth reading.
        self.state.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

impl Sender for RecordingSender {
    async fn send(&self, message: &OutboundMessage) -> Result<ProviderId, SendError> {
        let mut state = self.lock();
        state.calls += 1;
        if state.down {
            return Err(SendError::Unavailable("recording sender is down".into()));
        }
        if state.failures_left > 0 {
            state.failures_left -= 1;
            return Err(SendError::Retryable("recording sender told to fail".into()));
        }
        let id = ProviderId(format!("fake-{}", state.accepted.len() + 1));
        state.accepted.push((id.clone(), message.clone()));
        Ok(id)
    }
}
