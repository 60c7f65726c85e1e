//! Voice: the provider's webhooks speak TwiML (Twilio, Telnyx TeXML, SignalWire cXML and
//! others accept it). `signature` checks that a webhook is the provider's; `twiml` renders
//! a turn of the domain's IVR state machine (`workvoice_domain::ivr`) as the dialect's
//! XML; `calls` places outbound calls (the satisfaction survey) through the provider's
//! REST API, behind the [`VoiceCaller`] trait so tests record instead of calling.

pub mod calls;
pub mod signature;
pub mod twiml;
pub mod urls;

pub use calls::{
    CallError, OutboundCall, RecordingCaller, TwilioCaller, TwilioConfig, VoiceCaller,
};
