//! The addresses of the IVR's webhooks, built in one place for the TwiML the server
//! answers and for the survey calls it places: `{base}/call/{step}?lang=…[&survey=…][&gathered=1]`.
//! The provider signs the full address, so everything a step needs travels in it signed.

use workvoice_domain::Language;
use workvoice_domain::ids::SurveyId;
use workvoice_domain::ivr::Step;

use super::twiml::Webhooks;

/// The webhooks of one call: under `base` (the public URL of `/voice`), for a survey call
/// when `survey` is set.
#[derive(Debug, Clone)]
pub struct CallUrls<'a> {
    pub base: &'a str,
    pub survey: Option<SurveyId>,
}

impl Webhooks for CallUrls<'_> {
    fn step_url(&self, step: Step, language: Language, gathered: bool) -> String {
        let mut url = format!(
            "{}/call/{}?lang={}",
            self.base.trim_end_matches('/'),
            step.path(),
            language.code()
        );
        if let Some(survey) = self.survey {
            url.push_str(&format!("&survey={survey}"));
        }
        if gathered {
            url.push_str("&gathered=1");
        }
        url
    }
}
