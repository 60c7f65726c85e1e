//! The demo's channel data (`data/channels.toml`): some older cases closed, so their
//! surveys run day by day through the real survey step (answered by keypad through the
//! IVR's store path, or left as "no response"); free callbacks from missed calls, the
//! voice menu and a voice message, some already done; SMS from workers, kept with their
//! help replies queued in the outbox; a few outbox messages taken through delivery
//! attempts (one refused for now by a busy gateway, then accepted; one refused for good),
//! so a message's history on `/admin/outbox/{id}` has something to show.

use anyhow::{Context, Result};
use rand::Rng;
use rand::distributions::{Distribution, WeightedIndex};
use rand::rngs::StdRng;
use serde::Deserialize;
use workvoice_domain::ids::{CaseId, UserId};
use workvoice_domain::surveys::QUESTIONS;
use workvoice_domain::{Country, Language, Millis, PhoneNumber};
use workvoice_store::{
    CallbackAsk, CallbackOutcome, CallbackSource, InboundKind, InboundSms, Local, Reply, Scope,
    Settlement, SmsTemplate, Store, VoiceWrite,
};

use super::clock::DAY;
use super::data::parse;

const HOUR: i64 = 60 * 60 * 1000;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ChannelData {
    close_every: usize,
    answer_rate: f64,
    satisfaction_weights: [u32; 5],
    resolved_rate: f64,
    callback: Vec<DemoCallback>,
    sms: Vec<DemoSms>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct DemoCallback {
    phone: String,
    source: String,
    language: Option<Language>,
    hours_ago: i64,
    rings: usize,
    message_url: Option<String>,
    done: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct DemoSms {
    id: String,
    sender: String,
    text: String,
}

/// What the channel demo made, for the demo's summary line.
pub struct Made {
    pub closed: usize,
    pub answered: usize,
    pub callbacks: usize,
    pub sms: usize,
}

fn phone(text: &str) -> Result<PhoneNumber> {
    PhoneNumber::parse(text, Country::Bangladesh)
        .map_err(|e| anyhow::anyhow!("demo number {text}: {e:?}"))
}

/// `cases` are the demo's cases with their intake time, oldest first; `closer` closes.
pub async fn create(
    store: &Store,
    rng: &mut StdRng,
    cases: &[(CaseId, i64)],
    closer: UserId,
    now: i64,
) -> Result<Made> {
    let data: ChannelData = parse("channels.toml", include_str!("data/channels.toml"))?;
    let local = Local {
        time_zone: "Asia/Dhaka",
        country: Country::Bangladesh,
    };
    // Close every n-th case older than three weeks, ten days after its intake.
    let mut closed = 0;
    let mut first_close = now;
    for (i, (id, at)) in cases.iter().enumerate() {
        let closed_at = at + 10 * DAY;
        if now - at < 21 * DAY || i % data.close_every != 0 {
            continue;
        }
        let case = store.scoped_case(Scope::Helpline, *id).await?;
        store
            .close_case(&case, "resolved_accepted", closer, Millis(closed_at))
            .await?;
        first_close = first_close.min(closed_at);
        closed += 1;
    }
    // The surveys run day by day: each attempt is answered or not.
    let weights = WeightedIndex::new(data.satisfaction_weights).context("satisfaction weights")?;
    let mut answered = 0;
    let mut day = first_close;
    while day < now {
        for (n, call) in store
            .take_due_surveys(Millis(day), 500)
            .await?
            .iter()
            .enumerate()
        {
            if !rng.gen_bool(data.answer_rate) {
                continue;
            }
            let sid = format!("CA-demo-survey-{}-{n}", call.survey);
            let satisfaction = i64::try_from(weights.sample(rng) + 1)?;
            let resolved = i64::from(rng.gen_bool(data.resolved_rate));
            for (question, value) in QUESTIONS.iter().zip([satisfaction, resolved]) {
                let write = VoiceWrite::SurveyAnswer {
                    survey: call.survey,
                    question: question.id,
                    value,
                };
                let step = format!("survey-{}", question.id);
                store
                    .record_voice_step(&sid, &step, write, local, Millis(day + HOUR))
                    .await?;
            }
            answered += 1;
        }
        day += DAY;
    }
    // Free callbacks.
    for (i, c) in data.callback.iter().enumerate() {
        let caller = phone(&c.phone)?;
        let source = CallbackSource::parse(&c.source)
            .with_context(|| format!("callback source {}", c.source))?;
        let at = now - c.hours_ago * HOUR;
        for ring in 0..c.rings {
            let ask = CallbackAsk {
                caller: &caller,
                language: c.language,
                source,
                message_url: c.message_url.as_deref(),
            };
            let write = match source {
                CallbackSource::MissedCall => VoiceWrite::Ended(ask),
                _ => VoiceWrite::Callback(ask),
            };
            let sid = format!("CA-demo-callback-{i}-{ring}");
            let when = at + i64::try_from(ring)? * 10 * 60_000;
            store
                .record_voice_step(&sid, "demo", write, local, Millis(when))
                .await?;
        }
        if let Some(done) = &c.done {
            let outcome = CallbackOutcome::parse(done)
                .with_context(|| format!("demo callback outcome {done:?} is not one we know"))?;
            let (open, _) = store.open_callbacks(500, 0).await?;
            if let Some(row) = open.iter().find(|o| o.phone == c.phone) {
                store
                    .finish_callback(row.id, outcome, closer, Millis(at + 2 * HOUR))
                    .await?;
            }
        }
    }
    // SMS from workers, kept with their help replies queued.
    for (i, s) in data.sms.iter().enumerate() {
        let sender = phone(&s.sender)?;
        let sms = InboundSms {
            provider_id: &s.id,
            sender: &sender,
            text: &s.text,
            kind: InboundKind::Message,
            case_id: None,
            reply: Some(Reply {
                language: if s.sender.starts_with("+84") {
                    Language::Vi
                } else {
                    Language::Bn
                },
                template: SmsTemplate::Help,
                params: serde_json::json!({}),
            }),
        };
        store
            .receive_sms(&sms, Millis(now - i64::try_from(i + 1)? * 3 * HOUR))
            .await?;
    }
    delivery_history(store, now).await?;
    // A worker who rang for a free callback asked the operator for a copy of their data:
    // an open access request for the administrators' page.
    if let (Some(c), Ok(admin)) = (data.callback.first(), store.user_by_username("admin").await) {
        store
            .open_subject_request(
                workvoice_domain::subject_request::RequestKind::Access,
                &phone(&c.phone)?,
                admin.id,
                Millis(now - 26 * HOUR),
            )
            .await?;
    }
    Ok(Made {
        closed,
        answered,
        callbacks: data.callback.len(),
        sms: data.sms.len(),
    })
}

/// The oldest queued messages go through the delivery store path as the gateway answered
/// them an hour ago: the first two are refused for now and accepted on their second try,
/// the third is refused for good (the demo has no gateway, so the rest stay queued).
async fn delivery_history(store: &Store, now: i64) -> Result<()> {
    const CLAIM: &str = "demo-delivery";
    let first = now - HOUR;
    let due = store
        .claim_due_outbox(CLAIM, Millis(now), 60_000, 3)
        .await?;
    for (i, m) in due.iter().enumerate() {
        let settlement = match i {
            2 => Settlement::Failed {
                error: "rejected: Kannel answered 403 (number barred)",
            },
            // Due again at once (still the oldest), so the next claim takes these two.
            _ => Settlement::Retry {
                error: "temporary failure: Kannel answered 503 (queue full)",
                retry_at: m.next_attempt_at,
            },
        };
        store
            .settle_outbox(m.id, CLAIM, settlement, Millis(first))
            .await?;
    }
    for (i, m) in store
        .claim_due_outbox(CLAIM, Millis(now), 60_000, 2)
        .await?
        .iter()
        .enumerate()
    {
        let provider_ref = format!("demo-kannel-{}", 4100 + i);
        let settlement = Settlement::Sent {
            provider_ref: &provider_ref,
        };
        store
            .settle_outbox(m.id, CLAIM, settlement, Millis(first + 5 * 60_000))
            .await?;
    }
    Ok(())
}
