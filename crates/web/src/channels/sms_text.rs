//! The words of the SMS the outbox sends. An outbox row holds a template id and codes
//! only; the sender asks here for the text in the worker's language at delivery, so the
//! words live with every other translation (`locales/<lang>/channels.ftl`).

use workvoice_domain::Language;
use workvoice_store::SmsTemplate;

use crate::i18n::Tr;
use crate::shared::labels;

/// The text of `template` with `params` in `language`, or `None` for a parameter this
/// version does not know (the message then fails as undeliverable instead of going out
/// wrong).
pub fn sms_text(
    language: Language,
    template: SmsTemplate,
    params: &serde_json::Value,
) -> Option<String> {
    let tr = Tr::new(language);
    match template {
        SmsTemplate::CaseUpdate => {
            let stage = params.get("stage")?.as_str()?;
            tr.try_t(&labels::SMS_CASE_UPDATE.id(stage))
        }
        SmsTemplate::StatusReply => {
            let status = params.get("status")?.as_str()?;
            let label = tr.try_t(&workvoice_domain::status::status_message_key(status))?;
            Some(tr.t_args(template.code(), &[("case_status", label.into())]))
        }
        SmsTemplate::Intake => {
            let code = params.get("case_code")?.as_str()?;
            Some(tr.t_args(template.code(), &[("case_code", code.to_owned().into())]))
        }
        SmsTemplate::StatusNotFound
        | SmsTemplate::Help
        | SmsTemplate::Survey
        | SmsTemplate::SurveyThanks => tr.try_t(template.code()),
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
                let text = sms_text(language, SmsTemplate::CaseUpdate, &params);
                assert!(
                    text.is_some_and(|t| !t.is_empty()),
                    "{language:?} {stage:?}"
                );
            }
            assert_eq!(
                sms_text(
                    language,
                    SmsTemplate::CaseUpdate,
                    &serde_json::json!({ "stage": "x" })
                ),
                None
            );
        }
        // A template this version does not know is refused where the row is read: it
        // does not parse, so the store reports the row instead of sending it.
        assert_eq!(SmsTemplate::parse("unknown_template"), None);
    }

    #[test]
    fn every_template_has_a_text_in_every_language_with_its_parameters() {
        let params = serde_json::json!({
            "stage": "acknowledgement",
            "status": "new",
            "case_code": "123-456-7890",
        });
        for language in Language::ALL {
            for template in SmsTemplate::ALL {
                let text = sms_text(language, template, &params);
                assert!(
                    text.is_some_and(|t| !t.trim().is_empty()),
                    "{language:?} {template:?}"
                );
            }
        }
    }
}
