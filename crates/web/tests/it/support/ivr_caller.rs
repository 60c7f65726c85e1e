//! A caller simulator for the IVR: it plays the provider's part the way Twilio does. It
//! posts the call's form (CallSid, From, To, CallStatus, Digits…) signed with
//! `X-Twilio-Signature` over the full URL and the sorted parameters, reads the TwiML
//! answered, and walks it: `Say`/`Play` are heard, `Gather` takes the next key presses
//! of the script (or falls through to the `Redirect` after it when the script stays
//! silent), `Redirect` is followed, `Dial` rings the operator (who answers or not, as
//! scripted), `Record` records, `Hangup` ends the call, after which the status callback
//! reports it completed.

use axum::body::Body;
use axum::http::{Request, StatusCode};
use workvoice_channels::voice::signature::signature;
use workvoice_web::VoiceConfig;

use crate::support::{Reply, TestApp};

pub const ORIGIN: &str = "https://helpline.example.org";
pub const TOKEN: &str = "provider-auth-token-for-tests";
pub const OPERATOR: &str = "+8809612000000";

/// Voice settings for tests: staffed around the clock unless `staffed` is false (then
/// there is no operator number at all).
pub fn voice_config(staffed: bool) -> VoiceConfig {
    VoiceConfig {
        auth_token: TOKEN.into(),
        public_origin: ORIGIN.into(),
        operator_number: staffed.then(|| OPERATOR.to_owned()),
        staffed: None,
        prompts: vec![(
            workvoice_domain::Language::En,
            "https://audio.example.org/en".into(),
        )],
    }
}

/// What the caller does when the call waits for them.
#[derive(Debug, Clone)]
pub enum Act {
    Press(&'static str),
    /// Keys nothing: the `Gather` times out.
    Silence,
    /// The operator line: answered or not.
    Operator(bool),
    /// Speaks a message; the provider's recording address.
    Speak(&'static str),
}

/// A verb of the answered TwiML.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Verb {
    Say(String),
    Play(String),
    Gather { action: String, heard: Vec<Verb> },
    Redirect(String),
    Dial { action: String, number: String },
    Record { action: String },
    Hangup,
    Reject,
}

fn unescape(s: &str) -> String {
    s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&amp;", "&")
}

fn attr(tag: &str, name: &str) -> String {
    let key = format!("{name}=\"");
    tag.find(&key)
        .map(|i| {
            let rest = &tag[i + key.len()..];
            unescape(&rest[..rest.find('"').unwrap()])
        })
        .unwrap_or_default()
}

/// Parses the flat TwiML the server answers (verbs under `Response`, `Say`/`Play` under
/// `Gather`). Anything else fails the test.
pub fn parse(xml: &str) -> Vec<Verb> {
    let body = xml
        .split_once("<Response>")
        .and_then(|(_, b)| b.rsplit_once("</Response>"))
        .unwrap_or_else(|| panic!("not TwiML: {xml}"))
        .0;
    verbs(body)
}

fn verbs(mut s: &str) -> Vec<Verb> {
    let mut out = Vec::new();
    while let Some(start) = s.find('<') {
        let end = s[start..].find('>').unwrap() + start;
        let tag = &s[start + 1..end];
        let name = tag.split([' ', '/']).next().unwrap().to_owned();
        if tag.ends_with('/') {
            out.push(match name.as_str() {
                "Hangup" => Verb::Hangup,
                "Reject" => Verb::Reject,
                "Record" => Verb::Record {
                    action: attr(tag, "action"),
                },
                other => panic!("unexpected empty verb {other}"),
            });
            s = &s[end + 1..];
            continue;
        }
        let close = format!("</{name}>");
        let inner_end = s[end..].find(&close).unwrap() + end;
        let inner = &s[end + 1..inner_end];
        out.push(match name.as_str() {
            "Say" => Verb::Say(unescape(inner)),
            "Play" => Verb::Play(unescape(inner)),
            "Redirect" => Verb::Redirect(unescape(inner)),
            "Gather" => Verb::Gather {
                action: attr(tag, "action"),
                heard: verbs(inner),
            },
            "Dial" => Verb::Dial {
                action: attr(tag, "action"),
                number: unescape(inner),
            },
            other => panic!("unexpected verb {other}"),
        });
        s = &s[inner_end + close.len()..];
    }
    out
}

/// One simulated call.
pub struct Call<'a> {
    app: &'a TestApp,
    pub sid: String,
    pub from: String,
    /// Everything the caller heard, in order (spoken text or the played file's address).
    pub heard: Vec<String>,
    /// The operator number rung, if any.
    pub dialled: Option<String>,
    /// Set to sign with a wrong token (the tampered-request test).
    pub token: String,
}

impl<'a> Call<'a> {
    pub fn new(app: &'a TestApp, sid: &str, from: &str) -> Call<'a> {
        Call {
            app,
            sid: sid.into(),
            from: from.into(),
            heard: Vec::new(),
            dialled: None,
            token: TOKEN.into(),
        }
    }

    fn form(&self, extra: &[(&str, &str)]) -> Vec<(String, String)> {
        let mut params: Vec<(String, String)> = [
            ("AccountSid", "ACtest"),
            ("CallSid", self.sid.as_str()),
            ("From", self.from.as_str()),
            ("To", "+8809612999999"),
            ("CallStatus", "in-progress"),
            ("Direction", "inbound"),
        ]
        .into_iter()
        .map(|(k, v)| (k.to_owned(), v.to_owned()))
        .collect();
        for (k, v) in extra {
            params.retain(|(name, _)| name != k);
            params.push(((*k).to_owned(), (*v).to_owned()));
        }
        params
    }

    /// Posts a signed form to `url` (a full URL under [`ORIGIN`]).
    pub async fn post(&self, url: &str, extra: &[(&str, &str)]) -> Reply {
        let params = self.form(extra);
        let sig = signature(&self.token, url, &params);
        self.post_signed(url, &params, &sig).await
    }

    pub async fn post_signed(&self, url: &str, params: &[(String, String)], sig: &str) -> Reply {
        let path = url.strip_prefix(ORIGIN).unwrap_or(url);
        let req = Request::post(path)
            .header("content-type", "application/x-www-form-urlencoded")
            .header("x-twilio-signature", sig)
            .body(Body::from(serde_urlencoded::to_string(params).unwrap()))
            .unwrap();
        self.app.client().send(req).await
    }

    /// Rings the IVR and walks the call with `script`; returns the last TwiML's verbs.
    /// Panics if the call asks for more than the script gives or loops.
    pub async fn walk(&mut self, script: &[Act]) -> Vec<Verb> {
        self.walk_from(&format!("{ORIGIN}/voice/call/welcome-0"), script)
            .await
    }

    /// Walks a call whose first TwiML is at `start` (an outbound survey call's URL).
    pub async fn walk_from(&mut self, start: &str, script: &[Act]) -> Vec<Verb> {
        let mut script = script.iter().cloned();
        let mut reply = self.post(start, &[]).await;
        for _ in 0..40 {
            assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
            let verbs = parse(&reply.body);
            let mut next = None;
            for verb in &verbs {
                match verb {
                    Verb::Say(t) | Verb::Play(t) => self.heard.push(t.clone()),
                    Verb::Gather { action, heard } => {
                        for h in heard {
                            if let Verb::Say(t) | Verb::Play(t) = h {
                                self.heard.push(t.clone());
                            }
                        }
                        match script.next() {
                            Some(Act::Press(d)) => {
                                next = Some((action.clone(), vec![("Digits", d)]));
                                break;
                            }
                            Some(Act::Silence) => {}
                            other => panic!("the call waits for keys; the script has {other:?}"),
                        }
                    }
                    Verb::Redirect(url) => {
                        next = Some((url.clone(), vec![]));
                        break;
                    }
                    Verb::Dial { action, number } => {
                        self.dialled = Some(number.clone());
                        let status = match script.next() {
                            Some(Act::Operator(true)) => "completed",
                            Some(Act::Operator(false)) => "no-answer",
                            other => panic!("the call rings an operator; the script has {other:?}"),
                        };
                        next = Some((action.clone(), vec![("DialCallStatus", status)]));
                        break;
                    }
                    Verb::Record { action } => {
                        let Some(Act::Speak(url)) = script.next() else {
                            panic!("the call records; the script does not speak")
                        };
                        next = Some((action.clone(), vec![("RecordingUrl", url)]));
                        break;
                    }
                    Verb::Hangup | Verb::Reject => {}
                }
            }
            let Some((url, extra)) = next else {
                // The call ended: the provider reports it.
                let status = self
                    .post(
                        &format!("{ORIGIN}/voice/status"),
                        &[("CallStatus", "completed")],
                    )
                    .await;
                assert_eq!(status.status, StatusCode::NO_CONTENT, "{}", status.body);
                return verbs;
            };
            reply = self.post(&url, &extra).await;
        }
        panic!("the call did not end: heard {:?}", self.heard);
    }
}
