//! Places the satisfaction survey calls that are due (SMS surveys are queued in the
//! outbox by the store in the same step). The attempt is counted before the call is
//! placed, so a failed placement waits for the next attempt instead of repeating at once.

use std::time::Duration;

use workvoice_domain::Millis;
use workvoice_domain::ivr::Step;
use workvoice_store::Store;

use crate::job::{Job, JobError};
use crate::voice::twiml::Webhooks;
use crate::voice::urls::CallUrls;
use crate::voice::{OutboundCall, VoiceCaller};

#[derive(Debug, Clone)]
pub struct SurveyCalls<C> {
    caller: C,
    /// The public URL of `/voice`, where the provider fetches the call's TwiML.
    webhook_base: String,
}

impl<C: VoiceCaller> SurveyCalls<C> {
    pub const NAME: &'static str = "survey_calls";

    pub fn new(caller: C, webhook_base: impl Into<String>) -> SurveyCalls<C> {
        SurveyCalls {
            caller,
            webhook_base: webhook_base.into(),
        }
    }
}

impl<C: VoiceCaller> Job for SurveyCalls<C> {
    fn name(&self) -> &'static str {
        Self::NAME
    }

    fn interval(&self) -> Duration {
        Duration::from_secs(60)
    }

    async fn run_once(&self, store: &Store, now: Millis) -> Result<usize, JobError> {
        let due = store.take_due_surveys(now, 50).await?;
        for survey in &due {
            let urls = CallUrls {
                base: &self.webhook_base,
                survey: Some(survey.survey),
            };
            let call = OutboundCall {
                to: survey.to.clone(),
                url: urls.step_url(Step::Survey { index: 0, tries: 0 }, survey.language, false),
            };
            if let Err(e) = self.caller.place(&call).await {
                tracing::warn!(survey = survey.survey.get(), error = %e, "survey call not placed");
            }
        }
        Ok(due.len())
    }
}
