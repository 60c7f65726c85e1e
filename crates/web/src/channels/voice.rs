//! The IVR's webhooks, in the TwiML dialect. The provider posts a form to
//! `/voice/call/{step}?lang=…` for every turn of a call; the handler checks the signature
//! (403 otherwise), reads the caller's input, runs the domain's state machine
//! (`workvoice_domain::ivr`), applies the turn's effect once per call and step (the store's
//! `voice_steps` key: retried or duplicated webhooks change nothing), and answers the
//! turn as TwiML. `/voice/status` is the call's status callback: a call that ended before
//! anyone served it becomes a free callback (a missed call). `/voice/missed` answers the
//! missed-call number: the call is refused, so it costs the worker nothing, and called back.

use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, StatusCode, Uri, header};
use axum::response::{IntoResponse, Response};
use workvoice_channels::voice::signature;
use workvoice_channels::voice::twiml::{self, Speech};
use workvoice_channels::voice::urls::CallUrls;
use workvoice_domain::ids::SurveyId;
use workvoice_domain::ivr::{self, Context, Effect, Input, Move, Prompt, Step, Turn};
use workvoice_domain::surveys::QUESTIONS;
use workvoice_domain::{Country, Language, PhoneNumber};
use workvoice_store::{
    CallbackAsk, CallbackSource, Local, RateLimit, Scope, StoreError, VoiceWrite,
};

use crate::channels::inbound_sms::STATUS_LIMIT_PER_HOUR;
use crate::error::WebError;
use crate::i18n::Tr;
use crate::shared::labels;
use crate::state::{AppState, VoiceConfig};

/// The form a provider posts, as pairs (the signature covers every one of them).
pub struct VoiceRequest {
    params: Vec<(String, String)>,
}

impl VoiceRequest {
    fn get(&self, name: &str) -> Option<&str> {
        self.params
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
            .filter(|v| !v.trim().is_empty())
    }
}

/// The provider's request, verified: the configuration, the form, the call's id.
fn verified<'a>(
    state: &'a AppState,
    uri: &Uri,
    headers: &HeaderMap,
    body: &[u8],
) -> Result<(&'a VoiceConfig, VoiceRequest, String), WebError> {
    let config = state.config.voice.as_ref().ok_or(WebError::NotFound)?;
    let params: Vec<(String, String)> = serde_urlencoded::from_bytes(body)
        .map_err(|_| WebError::BadRequest("error-invalid-choice"))?;
    let url = format!(
        "{}{}",
        config.public_origin.trim_end_matches('/'),
        uri.path_and_query().map_or("", |p| p.as_str())
    );
    let given = headers
        .get("x-twilio-signature")
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default();
    if !signature::verify(&config.auth_token, &url, &params, given) {
        return Err(WebError::Forbidden);
    }
    let request = VoiceRequest { params };
    let call_sid = request
        .get("CallSid")
        .ok_or(WebError::BadRequest("error-required"))?
        .to_owned();
    Ok((config, request, call_sid))
}

#[derive(serde::Deserialize)]
pub struct CallQuery {
    lang: Option<String>,
    survey: Option<SurveyId>,
    gathered: Option<String>,
}

fn default_language(country: Country) -> Language {
    match country {
        Country::Bangladesh => Language::Bn,
        Country::Vietnam => Language::Vi,
    }
}

fn xml(body: String) -> Response {
    (
        [(header::CONTENT_TYPE, "application/xml; charset=utf-8")],
        body,
    )
        .into_response()
}

fn local(state: &AppState) -> Local<'_> {
    Local {
        time_zone: &state.config.time_zone,
        country: state.config.default_country,
    }
}

/// Whether an operator can take a call now.
fn staffed(state: &AppState, config: &VoiceConfig) -> bool {
    if config.operator_number.is_none() {
        return false;
    }
    let Some(hours) = config.staffed else {
        return true;
    };
    state
        .time()
        .local_date_time(&state.config.time_zone)
        .and_then(|t| u16::try_from(i32::from(t.hour()) * 60 + i32::from(t.minute())).ok())
        .is_some_and(|minute| hours.contains(minute))
}

/// The caller's input for `step`, from the form the provider posted.
fn input(step: Step, gathered: bool, request: &VoiceRequest) -> Input {
    if !gathered {
        return Input::Arrive;
    }
    match step {
        Step::DialEnded => Input::Dialled {
            answered: request.get("DialCallStatus") == Some("completed"),
        },
        Step::MessageRecorded => match request.get("RecordingUrl") {
            Some(url) => Input::Recorded {
                url: url.to_owned(),
            },
            None => Input::NoDigits,
        },
        _ => match request.get("Digits") {
            Some(d) => Input::Digits(d.trim().to_owned()),
            None => Input::NoDigits,
        },
    }
}

/// How each prompt of a turn sounds: the recorded file of the language when configured
/// (named by the prompt's message id), else the text for `Say`.
pub fn speech(config: &VoiceConfig, turn: &Turn) -> Vec<Speech> {
    let tr = Tr::new(turn.language);
    let recorded = config
        .prompts
        .iter()
        .find(|(l, _)| *l == turn.language)
        .map(|(_, url)| url.trim_end_matches('/'));
    turn.prompts
        .iter()
        .map(|prompt| {
            // A status is said with its name: one recording per status.
            let (file, text) = match prompt {
                Prompt::CaseStatus(status) => (
                    format!("{}-{status}", prompt.id()),
                    tr.t_args(
                        prompt.id(),
                        &[("case_status", labels::status(tr, status).into())],
                    ),
                ),
                other => (other.id().to_owned(), tr.t(other.id())),
            };
            Speech {
                audio_url: recorded.map(|base| format!("{base}/{file}.mp3")),
                text,
            }
        })
        .collect()
}

/// What the turn's effect writes.
fn write_of<'a>(
    effect: Option<&'a Effect>,
    caller: Option<&'a PhoneNumber>,
    language: Language,
    survey: Option<SurveyId>,
) -> VoiceWrite<'a> {
    let ask = |source, message_url| {
        caller.map(|caller| CallbackAsk {
            caller,
            language: Some(language),
            source,
            message_url,
        })
    };
    match effect {
        Some(Effect::Callback) => {
            ask(CallbackSource::IvrRequest, None).map_or(VoiceWrite::Nothing, VoiceWrite::Callback)
        }
        Some(Effect::Message { recording_url }) => {
            ask(CallbackSource::VoiceMessage, Some(recording_url.as_str()))
                .map_or(VoiceWrite::Nothing, VoiceWrite::Callback)
        }
        Some(Effect::Served) => VoiceWrite::Served,
        Some(Effect::SurveyAnswer { index, value }) => {
            match (survey, QUESTIONS.get(usize::from(*index))) {
                (Some(survey), Some(question)) => VoiceWrite::SurveyAnswer {
                    survey,
                    question: question.id,
                    value: *value,
                },
                _ => VoiceWrite::Nothing,
            }
        }
        Some(Effect::SurveyDone) | None => VoiceWrite::Nothing,
    }
}

/// Whether a keyed case code may be looked up: the same limit as the SMS `STATUS`
/// look-up, per caller (counted under the number's blind index, never the number) and for
/// everyone together (a guesser with many SIMs). A withheld number counts only for
/// everyone.
async fn lookup_allowed(state: &AppState, caller: Option<&PhoneNumber>) -> Result<bool, WebError> {
    let now = state.time();
    if let Some(caller) = caller
        && !state
            .store
            .take_caller_rate(
                "ivr_code_lookups",
                caller,
                RateLimit::per_hour(STATUS_LIMIT_PER_HOUR),
                now,
            )
            .await?
    {
        return Ok(false);
    }
    let everyone = state.config.limits.code_lookups;
    Ok(state
        .store
        .take_rate("code_lookups", "*", everyone, now)
        .await?)
}

/// `POST /voice/call/{step}`: one turn of a call.
pub async fn call(
    State(state): State<AppState>,
    Path(step): Path<String>,
    Query(q): Query<CallQuery>,
    uri: Uri,
    headers: HeaderMap,
    body: axum::body::Bytes,
) -> Result<Response, WebError> {
    let (config, request, call_sid) = verified(&state, &uri, &headers, &body)?;
    let step = Step::parse(&step).ok_or(WebError::NotFound)?;
    let survey = match (step, q.survey) {
        (Step::Survey { .. }, Some(id)) if state.store.survey_exists(id).await? => Some(id),
        (Step::Survey { .. }, _) => return Err(WebError::NotFound),
        (_, _) => None,
    };
    let language = q
        .lang
        .as_deref()
        .and_then(Language::parse)
        .unwrap_or_else(|| default_language(state.config.default_country));
    let gathered = q.gathered.is_some();
    let context = Context {
        staffed: staffed(&state, config),
    };
    let caller = request
        .get("From")
        .and_then(|from| PhoneNumber::parse(from, state.config.default_country).ok());
    let turn = match ivr::next(step, language, &input(step, gathered, &request), context) {
        Move::Turn(turn) => turn,
        Move::LookUp(_) if !lookup_allowed(&state, caller.as_ref()).await? => {
            ivr::limited_turn(language)
        }
        Move::LookUp(code) => {
            let status = match state.store.case_id_by_code(Scope::Helpline, &code).await {
                Ok(id) => Some(state.store.case(Scope::Helpline, id).await?.summary.status),
                Err(StoreError::NotFound) => None,
                Err(e) => return Err(e.into()),
            };
            ivr::status_turn(language, status)
        }
    };
    // A turn without an effect (navigation) may be repeated freely and writes nothing;
    // one with an effect is applied once per call and step.
    let write = write_of(turn.effect.as_ref(), caller.as_ref(), turn.language, survey);
    if !matches!(write, VoiceWrite::Nothing) {
        let key = format!("{}{}", step.path(), if gathered { "+" } else { "" });
        state
            .store
            .record_voice_step(&call_sid, &key, write, local(&state), state.time())
            .await?;
    }
    let base = format!("{}/voice", config.public_origin.trim_end_matches('/'));
    let urls = CallUrls {
        base: &base,
        survey,
    };
    Ok(xml(twiml::render(
        &turn,
        &speech(config, &turn),
        &urls,
        config.operator_number.as_deref().unwrap_or_default(),
    )))
}

/// A call's end as the status callback reports it (inbound calls only): unless an
/// operator took it, a status was heard or a callback was booked, it is a missed call.
async fn missed(
    state: &AppState,
    request: &VoiceRequest,
    call_sid: &str,
    step: &str,
) -> Result<(), WebError> {
    let inbound = request
        .get("Direction")
        .is_none_or(|d| d.starts_with("inbound"));
    let caller = request
        .get("From")
        .and_then(|from| PhoneNumber::parse(from, state.config.default_country).ok());
    let (true, Some(caller)) = (inbound, caller) else {
        return Ok(());
    };
    let ask = CallbackAsk {
        caller: &caller,
        language: None,
        source: CallbackSource::MissedCall,
        message_url: None,
    };
    state
        .store
        .record_voice_step(
            call_sid,
            step,
            VoiceWrite::Ended(ask),
            local(state),
            state.time(),
        )
        .await?;
    Ok(())
}

/// `POST /voice/status`: the provider's call-status callback.
pub async fn status(
    State(state): State<AppState>,
    uri: Uri,
    headers: HeaderMap,
    body: axum::body::Bytes,
) -> Result<StatusCode, WebError> {
    let (_, request, call_sid) = verified(&state, &uri, &headers, &body)?;
    let ended = matches!(
        request.get("CallStatus"),
        Some("completed" | "busy" | "no-answer" | "canceled" | "failed")
    );
    if ended {
        missed(&state, &request, &call_sid, "ended").await?;
    }
    Ok(StatusCode::NO_CONTENT)
}

/// `POST /voice/missed`: the missed-call number. The call is refused (the worker pays
/// nothing) and a callback queued.
pub async fn missed_call(
    State(state): State<AppState>,
    uri: Uri,
    headers: HeaderMap,
    body: axum::body::Bytes,
) -> Result<Response, WebError> {
    let (_, request, call_sid) = verified(&state, &uri, &headers, &body)?;
    missed(&state, &request, &call_sid, "ended").await?;
    Ok(xml(twiml::reject()))
}
