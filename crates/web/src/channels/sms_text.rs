//! The words of the SMS the outbox sends. An outbox row holds a template id and codes
//! only; the sender asks here for the text in the worker's language at delivery, so the
//! words live with every other translation (`locales/<lang>/channels.ftl`).

use workvoice_domain::Language;
use workvoice_store::{
    SMS_CASE_UPDATE, SMS_HELP, SMS_INTAKE, SMS_STATUS_NOT_FOUND, SMS_STATUS_REPLY, SMS_SURVEY,
    SMS_SURVEY_THANKS,
};

use crate::i18n::Tr;
use crate::shared::labels;

/// The text of template `template` with `params` in `language`, or `None` for a
/// template or parameter this version does not know (the message then fails as
/// undeliverable instead of going out wrong).
pub fn sms_text(language: Language, template: &str, params: &serde_json::Value) -> Option<String> {
    let tr = Tr::new(language);
    match template {
        SMS_CASE_UPDATE => {
            let stage = params.get("stage")?.as_str()?;
            tr.try_t(&labels::SMS_CASE_UPDATE.id(stage))
        }
        SMS_STATUS_REPLY => {
            let status = params.get("status")?.as_str()?;
            let label = tr.try_t(&workvoice_domain::status::status_message_key(status))?;
            Some(tr.t_args(SMS_STATUS_REPLY, &[("case_status", label.into())]))
        }
        SMS_INTAKE => {
            let code = params.get("case_code")?.as_str()?;
            Some(tr.t_args(SMS_INTAKE, &[("case_code", code.to_owned().into())]))
        }
        SMS_STATUS_NOT_FOUND | SMS_HELP | SMS_SURVEY | SMS_SURVEY_THANKS => tr.try_t(template),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_stage_has_a_text_in_every_language_and_unknown_ones_none() {
        for language in Language::ALL {
            for stage in workvoice_store::InformStage::ALL {
                let params = serde_json::json!({ "stage": stage.code() });
                let text = sms_text(language, SMS_CASE_UPDATE, &params);
                assert!(
                    text.is_some_and(|t| !t.is_empty()),
                    "{language:?} {stage:?}"
                );
            }
            assert_eq!(
                sms_text(
                    language,
                    SMS_CASE_UPDATE,
                    &serde_json::json!({ "stage": "x" })
                ),
                None
            );
            assert_eq!(
                sms_text(language, "unknown_template", &serde_json::json!({})),
                None
            );
        }
    }
}
