//! A turn of the IVR in the TwiML dialect. The renderer knows the dialect's verbs and
//! nothing of the flow: the turn says what to wait for, the caller of [`render`] says what
//! each prompt sounds like ([`Speech`]: a recorded file, else text for `Say`) and where each
//! step's webhook is.
//!
//! A `Gather` posts its digits to the next step's URL with `gathered=1`; when the caller
//! keys nothing the provider falls through to the `Redirect` after it, which posts to the
//! same URL with `gathered=1` and no digits, so the next step can tell "no digits" from
//! "arrived".

use std::fmt::Write;

use workvoice_domain::Language;
use workvoice_domain::ivr::{Digits, GATHER_TIMEOUT_SECS, MESSAGE_MAX_SECS, Step, Then, Turn};

/// How one prompt sounds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Speech {
    /// A recorded file for `Play`, when the deployment has one for this prompt.
    pub audio_url: Option<String>,
    /// The text `Say` speaks otherwise.
    pub text: String,
}

/// Where the provider posts next.
pub trait Webhooks {
    /// The URL of `step`'s webhook in `language`; `gathered` marks a `Gather`'s result.
    fn step_url(&self, step: Step, language: Language, gathered: bool) -> String;
}

/// The `Say` language tag providers know for each language.
pub fn say_language(language: Language) -> &'static str {
    match language {
        Language::Bn => "bn-IN",
        Language::Vi => "vi-VN",
        Language::En => "en-GB",
    }
}

/// Escapes text for an XML attribute or element.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            c => out.push(c),
        }
    }
    out
}

fn speak(out: &mut String, language: Language, speech: &[Speech]) {
    for s in speech {
        match &s.audio_url {
            Some(url) => {
                let _ = write!(out, "<Play>{}</Play>", escape(url));
            }
            None => {
                let _ = write!(
                    out,
                    "<Say language=\"{}\">{}</Say>",
                    say_language(language),
                    escape(&s.text)
                );
            }
        }
    }
}

/// The TwiML document for `turn`; `speech` holds the turn's prompts in order, `operator`
/// the number a `Dial` rings.
pub fn render(turn: &Turn, speech: &[Speech], hooks: &impl Webhooks, operator: &str) -> String {
    let lang = turn.language;
    let mut out = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response>");
    match &turn.then {
        Then::Gather { digits, next } => {
            let action = escape(&hooks.step_url(*next, lang, true));
            let count = match digits {
                Digits::One => "numDigits=\"1\"".to_owned(),
                Digits::CaseCode => "numDigits=\"10\" finishOnKey=\"#\"".to_owned(),
            };
            let _ = write!(
                out,
                "<Gather input=\"dtmf\" {count} timeout=\"{GATHER_TIMEOUT_SECS}\" action=\"{action}\" method=\"POST\">"
            );
            speak(&mut out, lang, speech);
            let _ = write!(
                out,
                "</Gather><Redirect method=\"POST\">{action}</Redirect>"
            );
        }
        Then::Dial => {
            speak(&mut out, lang, speech);
            let action = escape(&hooks.step_url(Step::DialEnded, lang, true));
            let _ = write!(
                out,
                "<Dial action=\"{action}\" method=\"POST\" timeout=\"25\">{}</Dial>",
                escape(operator)
            );
        }
        Then::Record => {
            speak(&mut out, lang, speech);
            let action = escape(&hooks.step_url(Step::MessageRecorded, lang, true));
            let _ = write!(
                out,
                "<Record action=\"{action}\" method=\"POST\" maxLength=\"{MESSAGE_MAX_SECS}\" finishOnKey=\"#\" playBeep=\"true\"/>"
            );
        }
        Then::Redirect(step) => {
            speak(&mut out, lang, speech);
            let _ = write!(
                out,
                "<Redirect method=\"POST\">{}</Redirect>",
                escape(&hooks.step_url(*step, lang, false))
            );
        }
        Then::Hangup => {
            speak(&mut out, lang, speech);
            out.push_str("<Hangup/>");
        }
    }
    out.push_str("</Response>");
    out
}

/// The answer to a call on the missed-call number: refused, so the worker pays nothing,
/// and called back.
pub fn reject() -> String {
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response><Reject reason=\"busy\"/></Response>"
        .to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;
    use workvoice_domain::ivr::Prompt;

    struct Hooks;
    impl Webhooks for Hooks {
        fn step_url(&self, step: Step, language: Language, gathered: bool) -> String {
            format!(
                "https://h/voice/call/{}?lang={}{}",
                step.path(),
                language.code(),
                if gathered { "&gathered=1" } else { "" }
            )
        }
    }

    fn turn(then: Then) -> Turn {
        Turn {
            language: Language::Bn,
            prompts: vec![Prompt::Menu],
            then,
            effect: None,
        }
    }

    #[test]
    fn ivr_gather_plays_the_recording_and_falls_through_to_the_same_action() {
        let speech = [Speech {
            audio_url: Some("https://a/bn/menu.mp3".into()),
            text: "মেনু".into(),
        }];
        let xml = render(
            &turn(Then::Gather {
                digits: Digits::One,
                next: Step::Menu { tries: 0 },
            }),
            &speech,
            &Hooks,
            "",
        );
        assert!(xml.contains("<Play>https://a/bn/menu.mp3</Play>"), "{xml}");
        assert!(
            xml.contains("action=\"https://h/voice/call/menu-0?lang=bn&amp;gathered=1\""),
            "{xml}"
        );
        assert!(
            xml.ends_with("</Gather><Redirect method=\"POST\">https://h/voice/call/menu-0?lang=bn&amp;gathered=1</Redirect></Response>"),
            "{xml}"
        );
    }

    #[test]
    fn ivr_say_fallback_is_escaped_and_tagged_with_the_language() {
        let speech = [Speech {
            audio_url: None,
            text: "Press 1 <now> & \"then\"".into(),
        }];
        let xml = render(&turn(Then::Hangup), &speech, &Hooks, "");
        assert!(
            xml.contains(
                "<Say language=\"bn-IN\">Press 1 &lt;now&gt; &amp; &quot;then&quot;</Say><Hangup/>"
            ),
            "{xml}"
        );
        let dial = render(&turn(Then::Dial), &[], &Hooks, "+8809612000000");
        assert!(dial.contains(">+8809612000000</Dial>"), "{dial}");
    }
}
