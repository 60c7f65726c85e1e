//! The survey panel of a case page: how the survey was sent, its state, and the answers
//! in the reader's language. The answers are the worker's; the panel shows them to the
//! helpline only.

use workvoice_domain::surveys::{AnswerKind, QUESTIONS};
use workvoice_store::{CaseSurvey, ScopedCase, SurveyChannel, SurveyStatus};

use crate::error::WebError;
use crate::i18n::Tr;
use crate::state::AppState;

pub struct SurveyAnswerView {
    pub question: String,
    pub answer: String,
}

pub struct SurveyPanel {
    pub channel: String,
    pub status: String,
    /// Attempts so far, and when the next is due while it is still running.
    pub attempts: String,
    pub next: Option<String>,
    pub answers: Vec<SurveyAnswerView>,
}

fn question_label(id: &str) -> &'static str {
    match id {
        "resolved" => "survey-question-resolved",
        _ => "survey-question-satisfaction",
    }
}

/// The words of a stored answer.
pub fn answer_label(kind: AnswerKind, value: i64) -> &'static str {
    match (kind, value) {
        (AnswerKind::YesNo, 1) => "survey-answer-yes",
        (AnswerKind::YesNo, _) => "survey-answer-no",
        (AnswerKind::Scale5, 1) => "survey-answer-1",
        (AnswerKind::Scale5, 2) => "survey-answer-2",
        (AnswerKind::Scale5, 3) => "survey-answer-3",
        (AnswerKind::Scale5, 4) => "survey-answer-4",
        (AnswerKind::Scale5, _) => "survey-answer-5",
    }
}

fn view(tr: Tr, tz: &str, s: &CaseSurvey) -> SurveyPanel {
    SurveyPanel {
        channel: tr.t(match s.channel {
            SurveyChannel::Ivr => "survey-channel-ivr",
            SurveyChannel::Sms => "survey-channel-sms",
        }),
        status: tr.t(match s.status {
            SurveyStatus::Scheduled => "survey-status-scheduled",
            SurveyStatus::Answered => "survey-status-answered",
            SurveyStatus::NoResponse => "survey-status-no_response",
        }),
        attempts: tr.number(s.attempts),
        next: (s.status == SurveyStatus::Scheduled).then(|| tr.datetime(s.next_attempt_at, tz)),
        answers: s
            .answers
            .iter()
            .filter_map(|(id, value)| {
                let question = QUESTIONS.iter().find(|q| q.id == *id)?;
                Some(SurveyAnswerView {
                    question: tr.t(question_label(id)),
                    answer: tr.t(answer_label(question.kind, *value)),
                })
            })
            .collect(),
    }
}

/// The panel of a case, if a survey was scheduled for it.
pub async fn panel(
    state: &AppState,
    tr: Tr,
    case: &ScopedCase,
) -> Result<Option<SurveyPanel>, WebError> {
    let survey = state.store.case_survey(case).await?;
    Ok(survey.map(|s| view(tr, &state.config.time_zone, &s)))
}
