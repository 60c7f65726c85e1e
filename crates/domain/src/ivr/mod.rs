//! The voice IVR as a provider-neutral state machine: where a call is ([`Step`]), what the
//! caller did ([`Input`]) and what the helpline knows right now ([`Context`]) give the next
//! [`Turn`]: prompts to play, then one thing to wait for (digits, an operator, a recording)
//! or the end of the call, and at most one [`Effect`] for the store to apply once.
//!
//! The server keeps no state between a call's webhooks: the step travels in the webhook's
//! URL ([`Step::path`] / [`Step::parse`]) and the language in its query. Rendering a turn in
//! a provider's dialect (TwiML today) is the channel layer's job, so another dialect is a
//! renderer, not a second flow.
//!
//! Flows: the language choice (1 Bengali, 2 Vietnamese, 3 English; no digits → Bengali
//! after the question was asked twice), then the menu: 1 talk to an operator (a `Dial`
//! while the line is staffed; outside staffed hours, or when nobody answers, the caller may
//! leave a message or ask for a free callback), 2 the status of a case by its keyed code
//! (a wrong or missing code is asked again, then the call ends politely), 3 a callback.
//! Survey calls start at [`Step::Survey`] with the questions of [`crate::surveys`].

use crate::case_code::CaseCode;
use crate::language::Language;
use crate::surveys::{QUESTIONS, Question};

/// How often a question is asked before the flow moves on without an answer.
pub const TRIES: u8 = 2;
/// Seconds a `Gather` waits for the first digit.
pub const GATHER_TIMEOUT_SECS: u8 = 6;
/// Longest voice message kept, in seconds.
pub const MESSAGE_MAX_SECS: u16 = 120;

/// Where a call is: the step whose webhook the provider calls next.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    /// The call starts: choose a language.
    Welcome { tries: u8 },
    /// The main menu.
    Menu { tries: u8 },
    /// The `Dial` to an operator ended (answered or not).
    DialEnded,
    /// Keying a case code.
    EnterCode { tries: u8 },
    /// Offered: 1 leave a message, 2 request a callback.
    NoOperator { tries: u8 },
    /// The voice message was recorded.
    MessageRecorded,
    /// A survey call, at question `index`.
    Survey { index: u8, tries: u8 },
}

impl Step {
    /// The step as a URL path segment, e.g. `code-2`.
    pub fn path(self) -> String {
        match self {
            Step::Welcome { tries } => format!("welcome-{tries}"),
            Step::Menu { tries } => format!("menu-{tries}"),
            Step::DialEnded => "dial-ended".into(),
            Step::EnterCode { tries } => format!("code-{tries}"),
            Step::NoOperator { tries } => format!("no-operator-{tries}"),
            Step::MessageRecorded => "message".into(),
            Step::Survey { index, tries } => format!("survey-{index}-{tries}"),
        }
    }

    /// Reads [`Step::path`] back; `None` for anything it did not write.
    pub fn parse(segment: &str) -> Option<Step> {
        let number = |s: &str| -> Option<u8> {
            (s.len() == 1 && s.bytes().all(|b| b.is_ascii_digit()))
                .then(|| s.parse().ok())
                .flatten()
        };
        let step = match segment {
            "dial-ended" => Step::DialEnded,
            "message" => Step::MessageRecorded,
            _ => {
                let (name, tail) = segment.rsplit_once('-')?;
                let tries = number(tail)?;
                match name {
                    "welcome" => Step::Welcome { tries },
                    "menu" => Step::Menu { tries },
                    "code" => Step::EnterCode { tries },
                    "no-operator" => Step::NoOperator { tries },
                    _ => {
                        let index = number(name.strip_prefix("survey-")?)?;
                        Step::Survey { index, tries }
                    }
                }
            }
        };
        (step.path() == segment).then_some(step)
    }
}

/// What the caller did since the last turn.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Input {
    /// The provider's first request for this step (a redirect, the call's start).
    Arrive,
    /// Digits keyed in answer to a `Gather`.
    Digits(String),
    /// The `Gather` timed out with no digit.
    NoDigits,
    /// The operator `Dial` ended; `true` when an operator took the call.
    Dialled { answered: bool },
    /// A voice message was recorded (the provider's recording address).
    Recorded { url: String },
}

/// What the helpline knows at the time of the turn.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Context {
    /// An operator number is configured and now is inside staffed hours.
    pub staffed: bool,
}

/// A prompt, spoken or played in the call's language. Each has a recorded file per
/// language (named by [`Prompt::id`]) and a text for the `Say` fallback (the message of
/// that id).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Prompt {
    ChooseLanguage,
    Menu,
    Connecting,
    NoOperator,
    MessageAfterBeep,
    MessageKept,
    CallbackBooked,
    EnterCode,
    WrongCode,
    NoDigits,
    /// "Your case's status is …" followed by the status's name (a status code).
    CaseStatus(String),
    /// The code matched no case.
    CodeNotFound,
    /// The caller has asked for statuses too often: no look-up was made.
    TooManyLookUps,
    /// A survey question (its [`Question::id`]).
    SurveyQuestion(&'static str),
    SurveyThanks,
    Goodbye,
}

impl Prompt {
    /// The prompt's message id (its text for `Say`), which also names its recorded file.
    pub fn id(&self) -> &'static str {
        match self {
            Prompt::ChooseLanguage => "ivr-choose-language",
            Prompt::Menu => "ivr-menu",
            Prompt::Connecting => "ivr-connecting",
            Prompt::NoOperator => "ivr-no-operator",
            Prompt::MessageAfterBeep => "ivr-message-after-beep",
            Prompt::MessageKept => "ivr-message-kept",
            Prompt::CallbackBooked => "ivr-callback-booked",
            Prompt::EnterCode => "ivr-enter-code",
            Prompt::WrongCode => "ivr-wrong-code",
            Prompt::NoDigits => "ivr-no-digits",
            Prompt::CaseStatus(_) => "ivr-case-status",
            Prompt::CodeNotFound => "ivr-code-not-found",
            Prompt::TooManyLookUps => "ivr-too-many-look-ups",
            Prompt::SurveyQuestion("resolved") => "ivr-survey-question-resolved",
            Prompt::SurveyQuestion(_) => "ivr-survey-question-satisfaction",
            Prompt::SurveyThanks => "ivr-survey-thanks",
            Prompt::Goodbye => "ivr-goodbye",
        }
    }
}

/// How many digits a `Gather` collects.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Digits {
    One,
    /// A case code: ten digits, or fewer ended with `#`.
    CaseCode,
}

/// What the call waits for after the prompts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Then {
    /// Collect digits and post them to `next`; with none, post to `next` without digits.
    Gather { digits: Digits, next: Step },
    /// Ring the operator line; the outcome is posted to [`Step::DialEnded`].
    Dial,
    /// Record a message after a beep; the recording is posted to [`Step::MessageRecorded`].
    Record,
    /// Continue at `next` at once.
    Redirect(Step),
    /// The call ends.
    Hangup,
}

/// A change the store makes once per call and step, however often the provider delivers
/// the webhook.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    /// The caller asked to be called back (free for them).
    Callback,
    /// The caller left a voice message: kept with a callback, so someone listens and calls.
    Message { recording_url: String },
    /// The caller was served (an operator took the call, a status was heard): the call's
    /// end is not a missed call.
    Served,
    /// A survey answer: question `index` answered `value` (see [`Question::answer`]).
    SurveyAnswer { index: u8, value: i64 },
    /// The survey's last question was passed: the survey is complete.
    SurveyDone,
}

/// A turn of the call.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Turn {
    /// The language the prompts are in (the caller's choice, once made).
    pub language: Language,
    pub prompts: Vec<Prompt>,
    pub then: Then,
    pub effect: Option<Effect>,
}

/// The next move of a call, or a case code the caller keyed for the store to look up
/// (the answer goes to [`status_turn`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Move {
    Turn(Turn),
    LookUp(CaseCode),
}

fn turn(language: Language, prompts: Vec<Prompt>, then: Then) -> Move {
    Move::Turn(Turn {
        language,
        prompts,
        then,
        effect: None,
    })
}

fn with_effect(language: Language, prompts: Vec<Prompt>, then: Then, effect: Effect) -> Move {
    Move::Turn(Turn {
        language,
        prompts,
        then,
        effect: Some(effect),
    })
}

/// Asks again after a wrong or missing answer, or gives up after [`TRIES`] asks.
fn retry(
    language: Language,
    tries: u8,
    again: Step,
    complaint: Prompt,
    give_up: impl FnOnce() -> Move,
) -> Move {
    if tries + 1 >= TRIES {
        give_up()
    } else {
        turn(language, vec![complaint], Then::Redirect(again))
    }
}

fn single_digit(input: &Input) -> Option<u8> {
    match input {
        Input::Digits(d) if d.len() == 1 => d.bytes().next().map(|b| b.wrapping_sub(b'0')),
        _ => None,
    }
}

/// The next move of a call at `step` in `language` after `input`.
pub fn next(step: Step, language: Language, input: &Input, context: Context) -> Move {
    let ask = |prompt: Prompt, digits: Digits, at: Step| {
        turn(language, vec![prompt], Then::Gather { digits, next: at })
    };
    let go = |step: Step| turn(language, vec![], Then::Redirect(step));
    let callback = || {
        with_effect(
            language,
            vec![Prompt::CallbackBooked, Prompt::Goodbye],
            Then::Hangup,
            Effect::Callback,
        )
    };
    match (step, input) {
        (Step::Welcome { tries }, Input::Arrive) => {
            ask(Prompt::ChooseLanguage, Digits::One, Step::Welcome { tries })
        }
        (Step::Welcome { tries }, _) => {
            let chosen = match single_digit(input) {
                Some(1) => Some(Language::Bn),
                Some(2) => Some(Language::Vi),
                Some(3) => Some(Language::En),
                _ => None,
            };
            match chosen {
                Some(chosen) => turn(chosen, vec![], Then::Redirect(Step::Menu { tries: 0 })),
                None => retry(
                    language,
                    tries,
                    Step::Welcome { tries: tries + 1 },
                    Prompt::NoDigits,
                    || {
                        turn(
                            Language::Bn,
                            vec![],
                            Then::Redirect(Step::Menu { tries: 0 }),
                        )
                    },
                ),
            }
        }
        (Step::Menu { tries }, Input::Arrive) => {
            ask(Prompt::Menu, Digits::One, Step::Menu { tries })
        }
        (Step::Menu { tries }, _) => match single_digit(input) {
            Some(1) if context.staffed => turn(language, vec![Prompt::Connecting], Then::Dial),
            Some(1) => go(Step::NoOperator { tries: 0 }),
            Some(2) => go(Step::EnterCode { tries: 0 }),
            Some(3) => callback(),
            _ => retry(
                language,
                tries,
                Step::Menu { tries: tries + 1 },
                Prompt::NoDigits,
                // A caller who keys nothing may not dare to speak: call them back.
                callback,
            ),
        },
        (Step::DialEnded, Input::Dialled { answered: true }) => {
            with_effect(language, vec![], Then::Hangup, Effect::Served)
        }
        (Step::DialEnded, _) => go(Step::NoOperator { tries: 0 }),
        (Step::NoOperator { tries }, Input::Arrive) => {
            ask(Prompt::NoOperator, Digits::One, Step::NoOperator { tries })
        }
        (Step::NoOperator { tries }, _) => match single_digit(input) {
            Some(1) => turn(language, vec![Prompt::MessageAfterBeep], Then::Record),
            Some(2) => callback(),
            _ => retry(
                language,
                tries,
                Step::NoOperator { tries: tries + 1 },
                Prompt::NoDigits,
                callback,
            ),
        },
        (Step::MessageRecorded, Input::Recorded { url }) => with_effect(
            language,
            vec![Prompt::MessageKept, Prompt::Goodbye],
            Then::Hangup,
            Effect::Message {
                recording_url: url.clone(),
            },
        ),
        (Step::MessageRecorded, _) => callback(),
        (Step::EnterCode { tries }, Input::Arrive) => ask(
            Prompt::EnterCode,
            Digits::CaseCode,
            Step::EnterCode { tries },
        ),
        (Step::EnterCode { tries }, Input::Digits(digits)) => match CaseCode::parse(digits) {
            Ok(code) => Move::LookUp(code),
            Err(_) => retry(
                language,
                tries,
                Step::EnterCode { tries: tries + 1 },
                Prompt::WrongCode,
                || {
                    turn(
                        language,
                        vec![Prompt::WrongCode, Prompt::Goodbye],
                        Then::Hangup,
                    )
                },
            ),
        },
        (Step::EnterCode { tries }, _) => retry(
            language,
            tries,
            Step::EnterCode { tries: tries + 1 },
            Prompt::NoDigits,
            || {
                turn(
                    language,
                    vec![Prompt::NoDigits, Prompt::Goodbye],
                    Then::Hangup,
                )
            },
        ),
        (Step::Survey { index, tries }, input) => survey(language, index, tries, input),
    }
}

fn survey(language: Language, index: u8, tries: u8, input: &Input) -> Move {
    let Some(question) = QUESTIONS.get(usize::from(index)) else {
        return with_effect(
            language,
            vec![Prompt::SurveyThanks, Prompt::Goodbye],
            Then::Hangup,
            Effect::SurveyDone,
        );
    };
    let following = Step::Survey {
        index: index + 1,
        tries: 0,
    };
    let answer = match input {
        Input::Arrive => {
            return turn(
                language,
                vec![Prompt::SurveyQuestion(question.id)],
                Then::Gather {
                    digits: Digits::One,
                    next: Step::Survey { index, tries },
                },
            );
        }
        Input::Digits(d) => Question::answer(question, d),
        _ => None,
    };
    match answer {
        Some(value) => with_effect(
            language,
            vec![],
            Then::Redirect(following),
            Effect::SurveyAnswer { index, value },
        ),
        // Unanswered after its tries: the question is passed, the survey goes on.
        None => retry(
            language,
            tries,
            Step::Survey {
                index,
                tries: tries + 1,
            },
            Prompt::NoDigits,
            || turn(language, vec![], Then::Redirect(following)),
        ),
    }
}

/// The turn after a keyed code was looked up: the case's status code if a case has it.
pub fn status_turn(language: Language, status: Option<String>) -> Turn {
    let (prompts, effect) = match status {
        Some(status) => (
            vec![Prompt::CaseStatus(status), Prompt::Goodbye],
            Some(Effect::Served),
        ),
        None => (vec![Prompt::CodeNotFound, Prompt::Goodbye], None),
    };
    Turn {
        language,
        prompts,
        then: Then::Hangup,
        effect,
    }
}

/// The turn instead of a look-up when the caller is past the look-up limit: nothing is
/// looked up, so a guesser learns nothing about the code keyed.
pub fn limited_turn(language: Language) -> Turn {
    Turn {
        language,
        prompts: vec![Prompt::TooManyLookUps, Prompt::Goodbye],
        then: Then::Hangup,
        effect: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const STAFFED: Context = Context { staffed: true };
    const CLOSED: Context = Context { staffed: false };

    fn digits(d: &str) -> Input {
        Input::Digits(d.into())
    }

    fn turn_of(m: Move) -> Turn {
        match m {
            Move::Turn(t) => t,
            Move::LookUp(code) => panic!("unexpected look-up of {code:?}"),
        }
    }

    #[test]
    fn steps_round_trip_through_their_path_and_nothing_else_parses() {
        let steps = [
            Step::Welcome { tries: 0 },
            Step::Menu { tries: 1 },
            Step::DialEnded,
            Step::EnterCode { tries: 1 },
            Step::NoOperator { tries: 0 },
            Step::MessageRecorded,
            Step::Survey { index: 1, tries: 1 },
        ];
        for step in steps {
            assert_eq!(Step::parse(&step.path()), Some(step), "{}", step.path());
        }
        let bad = [
            ("menu", ""),
            ("menu", "12"),
            ("menu", "x"),
            ("survey", "1"),
            ("code", "01"),
            ("x", "1"),
        ];
        for (name, tail) in bad {
            let segment = [name, tail].join("-");
            assert_eq!(Step::parse(&segment), None, "{segment}");
        }
        assert_eq!(Step::parse(""), None);
        assert_eq!(Step::parse("menu"), None);
    }

    #[test]
    fn the_language_choice_sets_the_language_of_every_later_prompt() {
        let t = turn_of(next(
            Step::Welcome { tries: 0 },
            Language::Bn,
            &digits("2"),
            STAFFED,
        ));
        assert_eq!(t.language, Language::Vi);
        assert_eq!(t.then, Then::Redirect(Step::Menu { tries: 0 }));
    }

    #[test]
    fn no_language_chosen_is_asked_again_then_bengali() {
        let first = turn_of(next(
            Step::Welcome { tries: 0 },
            Language::Bn,
            &Input::NoDigits,
            STAFFED,
        ));
        assert_eq!(first.then, Then::Redirect(Step::Welcome { tries: 1 }));
        let last = turn_of(next(
            Step::Welcome { tries: 1 },
            Language::Bn,
            &digits("9"),
            STAFFED,
        ));
        assert_eq!(last.language, Language::Bn);
        assert_eq!(last.then, Then::Redirect(Step::Menu { tries: 0 }));
    }

    #[test]
    fn an_operator_is_dialled_only_while_staffed_else_message_or_callback() {
        let staffed = turn_of(next(
            Step::Menu { tries: 0 },
            Language::En,
            &digits("1"),
            STAFFED,
        ));
        assert_eq!(staffed.then, Then::Dial);
        let closed = turn_of(next(
            Step::Menu { tries: 0 },
            Language::En,
            &digits("1"),
            CLOSED,
        ));
        assert_eq!(closed.then, Then::Redirect(Step::NoOperator { tries: 0 }));
        let message = turn_of(next(
            Step::NoOperator { tries: 0 },
            Language::En,
            &digits("1"),
            CLOSED,
        ));
        assert_eq!(message.then, Then::Record);
        let callback = turn_of(next(
            Step::NoOperator { tries: 0 },
            Language::En,
            &digits("2"),
            CLOSED,
        ));
        assert_eq!(callback.effect, Some(Effect::Callback));
        assert_eq!(callback.then, Then::Hangup);
    }

    #[test]
    fn a_dial_nobody_answered_offers_message_or_callback_and_an_answered_one_serves() {
        let busy = turn_of(next(
            Step::DialEnded,
            Language::Bn,
            &Input::Dialled { answered: false },
            STAFFED,
        ));
        assert_eq!(busy.then, Then::Redirect(Step::NoOperator { tries: 0 }));
        let answered = turn_of(next(
            Step::DialEnded,
            Language::Bn,
            &Input::Dialled { answered: true },
            STAFFED,
        ));
        assert_eq!(answered.effect, Some(Effect::Served));
    }

    #[test]
    fn a_recorded_message_is_kept_with_its_recording() {
        let t = turn_of(next(
            Step::MessageRecorded,
            Language::Vi,
            &Input::Recorded {
                url: "https://rec/1".into(),
            },
            CLOSED,
        ));
        assert_eq!(
            t.effect,
            Some(Effect::Message {
                recording_url: "https://rec/1".into()
            })
        );
    }

    #[test]
    fn a_keyed_code_is_looked_up_and_a_wrong_code_is_asked_again_then_the_call_ends() {
        let code = "2468135790";
        assert_eq!(
            next(
                Step::EnterCode { tries: 0 },
                Language::En,
                &digits(code),
                STAFFED
            ),
            Move::LookUp(CaseCode::parse(code).unwrap())
        );
        let wrong = turn_of(next(
            Step::EnterCode { tries: 0 },
            Language::En,
            &digits("123"),
            STAFFED,
        ));
        assert_eq!(wrong.prompts, vec![Prompt::WrongCode]);
        assert_eq!(wrong.then, Then::Redirect(Step::EnterCode { tries: 1 }));
        let given_up = turn_of(next(
            Step::EnterCode { tries: 1 },
            Language::En,
            &Input::NoDigits,
            STAFFED,
        ));
        assert_eq!(given_up.then, Then::Hangup);
        assert_eq!(given_up.prompts, vec![Prompt::NoDigits, Prompt::Goodbye]);
    }

    #[test]
    fn the_status_turn_names_the_status_or_says_no_case_has_the_code() {
        let found = status_turn(Language::Bn, Some("reported".into()));
        assert_eq!(found.prompts[0], Prompt::CaseStatus("reported".into()));
        assert_eq!(found.effect, Some(Effect::Served));
        let missing = status_turn(Language::Bn, None);
        assert_eq!(missing.prompts[0], Prompt::CodeNotFound);
        assert_eq!(missing.effect, None);
    }

    #[test]
    fn the_survey_records_each_answer_skips_an_unanswered_question_and_completes() {
        let asked = turn_of(next(
            Step::Survey { index: 0, tries: 0 },
            Language::Bn,
            &Input::Arrive,
            CLOSED,
        ));
        assert_eq!(asked.prompts, vec![Prompt::SurveyQuestion("satisfaction")]);
        let answered = turn_of(next(
            Step::Survey { index: 0, tries: 0 },
            Language::Bn,
            &digits("2"),
            CLOSED,
        ));
        assert_eq!(
            answered.effect,
            Some(Effect::SurveyAnswer { index: 0, value: 2 })
        );
        assert_eq!(
            answered.then,
            Then::Redirect(Step::Survey { index: 1, tries: 0 })
        );
        let out_of_range = turn_of(next(
            Step::Survey { index: 0, tries: 0 },
            Language::Bn,
            &digits("7"),
            CLOSED,
        ));
        assert_eq!(out_of_range.effect, None);
        let skipped = turn_of(next(
            Step::Survey { index: 1, tries: 1 },
            Language::Bn,
            &Input::NoDigits,
            CLOSED,
        ));
        assert_eq!(
            skipped.then,
            Then::Redirect(Step::Survey { index: 2, tries: 0 })
        );
        let done = turn_of(next(
            Step::Survey { index: 2, tries: 0 },
            Language::Bn,
            &Input::Arrive,
            CLOSED,
        ));
        assert_eq!(done.effect, Some(Effect::SurveyDone));
        assert_eq!(done.then, Then::Hangup);
    }
}
