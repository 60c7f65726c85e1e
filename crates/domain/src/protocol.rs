//! The call-handling protocol: which steps a case needs, and by when.
//!
//! The protocol is configuration, not code: each rule gives, for a category
//! and urgency, the steps to take and how long each may take after the
//! event that starts it. Administrators export it as TOML, edit it and
//! import it back; `Protocol::default_protocol` is the seed from the design.
//!
//! Every rule lists all its steps (including the acknowledgement every case
//! gets): exactly one rule applies to a case, which keeps "why is this due?"
//! answerable by pointing at one rule.

use std::collections::HashSet;
use std::fmt::Write as _;

use serde::Deserialize;
use thiserror::Error;

use crate::calendar::WorkCalendar;
use crate::code_enum::code_enum;
use crate::deadline::{Pause, Span, due_at, is_overdue};
use crate::time::Millis;
use crate::urgency::Urgency;

code_enum! {
    /// Declared in the usual order of handling.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
    pub enum StepKind / "step-" {
        /// Tell the worker the case is registered (and give the case code).
        AcknowledgeWorker = "acknowledge_worker",
        InformFactory = "inform_factory",
        InformBrand = "inform_brand",
        /// The factory's answer is due: a deadline on the factory, tracked
        /// by the helpline.
        FactoryResponse = "factory_response",
        /// Check the factory's answer (callback, visit).
        Validate = "validate",
        /// Tell the worker what happened.
        InformWorker = "inform_worker",
        Close = "close",
    }
}

code_enum! {
    /// The event from which a step's time is counted.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
    pub enum Trigger / "trigger-" {
        /// The case was opened.
        Intake = "intake",
        FactoryInformed = "factory_informed",
        /// A factory response was recorded. Each new response restarts the
        /// steps that follow it (the worker is informed of any response),
        /// so callers pass the time of the latest response.
        FactoryResponse = "factory_response",
    }
}

code_enum! {
    /// Brand escalation ladder for a factory that does not respond.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
    pub enum BrandEscalation / "escalation-" {
        None = "none",
        /// The response deadline passed without a response.
        Notice = "notice",
        /// Still no response one more response period later.
        Warning = "warning",
    }
}

impl StepKind {
    /// The report that meets this step, for the steps only a report can meet: telling the
    /// factory or a brand is a deliberate act (DESIGN §4), never a box ticked.
    pub fn report_target(self) -> Option<crate::ReportTarget> {
        match self {
            StepKind::InformFactory => Some(crate::ReportTarget::Factory),
            StepKind::InformBrand => Some(crate::ReportTarget::Brand),
            _ => None,
        }
    }
}

/// One step: do `step` within `within` of the `from` event.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct StepRule {
    pub step: StepKind,
    pub from: Trigger,
    pub within: Span,
}

impl StepRule {
    pub const fn new(step: StepKind, from: Trigger, within: Span) -> StepRule {
        StepRule { step, from, within }
    }
}

/// Steps for the cases a rule matches.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProtocolRule {
    /// A category code; a parent code, which also matches its subcategories
    /// ("osh" matches "osh.heat"); or "*" for every category.
    pub category: String,
    /// `None` matches every urgency.
    pub urgency: Option<Urgency>,
    pub steps: Vec<StepRule>,
}

pub const ANY_CATEGORY: &str = "*";

impl ProtocolRule {
    /// How closely the rule fits; lower is more specific, `None` when it
    /// does not apply. See `Protocol::rule_for` for the order.
    fn specificity(&self, category: &str, urgency: Urgency) -> Option<(u8, usize)> {
        let urgency_rank = match self.urgency {
            Some(u) if u == urgency => 0,
            Some(_) => return None,
            None => 1,
        };
        let category_rank = if self.category == ANY_CATEGORY {
            usize::MAX
        } else if self.category == category {
            0
        } else {
            // "osh" matches "osh.heat" (distance 1), and "a" matches
            // "a.b.c" (distance 2) but not "ab".
            let rest = category
                .strip_prefix(self.category.as_str())?
                .strip_prefix('.')?;
            1 + rest.matches('.').count()
        };
        Some((urgency_rank, category_rank))
    }

    /// The rule for a step, if the rule has it.
    pub fn step(&self, step: StepKind) -> Option<&StepRule> {
        self.steps.iter().find(|s| s.step == step)
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Protocol {
    pub rules: Vec<ProtocolRule>,
    /// Categories (a code or a parent code) where the operator must ask the worker before
    /// the factory may be told: the agreement defaults to "no" (e.g. sexual harassment and
    /// reprisal, where the worker is easiest to identify and most at risk).
    pub ask_first: Vec<String>,
}

/// A protocol that cannot be used, with where the problem is. Rule and step
/// numbers are 1-based in file order, for the message's `$rule`/`$step`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Error)]
pub enum ProtocolError {
    /// Not valid TOML, a missing or unknown key, or a value of the wrong
    /// type. `line` when the parser can tell.
    #[error("error-protocol-syntax")]
    Syntax { line: Option<usize> },
    #[error("error-protocol-no-rules")]
    NoRules,
    /// Empty, containing whitespace, or a '*' other than the whole "*".
    #[error("error-protocol-category")]
    Category { rule: usize },
    #[error("error-protocol-unknown-urgency")]
    UnknownUrgency { rule: usize },
    /// Two rules for the same category and urgency: one would never apply.
    #[error("error-protocol-duplicate-rule")]
    DuplicateRule { rule: usize },
    #[error("error-protocol-unknown-step")]
    UnknownStep { rule: usize, step: usize },
    #[error("error-protocol-unknown-trigger")]
    UnknownTrigger { rule: usize, step: usize },
    #[error("error-protocol-bad-duration")]
    BadDuration { rule: usize, step: usize },
    /// The same step twice in one rule: which deadline holds is unclear.
    #[error("error-protocol-duplicate-step")]
    DuplicateStep { rule: usize, step: usize },
    /// An `ask_first` entry that is not a usable category pattern.
    #[error("error-protocol-ask-first")]
    AskFirst,
}

impl ProtocolError {
    pub fn message_key(&self) -> &'static str {
        match self {
            ProtocolError::Syntax { .. } => "error-protocol-syntax",
            ProtocolError::NoRules => "error-protocol-no-rules",
            ProtocolError::Category { .. } => "error-protocol-category",
            ProtocolError::UnknownUrgency { .. } => "error-protocol-unknown-urgency",
            ProtocolError::DuplicateRule { .. } => "error-protocol-duplicate-rule",
            ProtocolError::UnknownStep { .. } => "error-protocol-unknown-step",
            ProtocolError::UnknownTrigger { .. } => "error-protocol-unknown-trigger",
            ProtocolError::BadDuration { .. } => "error-protocol-bad-duration",
            ProtocolError::DuplicateStep { .. } => "error-protocol-duplicate-step",
            ProtocolError::AskFirst => "error-protocol-ask-first",
        }
    }

    /// 1-based line in the TOML text (syntax errors only).
    pub fn line(&self) -> Option<usize> {
        match *self {
            ProtocolError::Syntax { line } => line,
            _ => None,
        }
    }

    /// 1-based rule number.
    pub fn rule(&self) -> Option<usize> {
        match *self {
            ProtocolError::Category { rule }
            | ProtocolError::UnknownUrgency { rule }
            | ProtocolError::DuplicateRule { rule }
            | ProtocolError::UnknownStep { rule, .. }
            | ProtocolError::UnknownTrigger { rule, .. }
            | ProtocolError::BadDuration { rule, .. }
            | ProtocolError::DuplicateStep { rule, .. } => Some(rule),
            ProtocolError::Syntax { .. } | ProtocolError::NoRules | ProtocolError::AskFirst => None,
        }
    }

    /// 1-based step number within the rule.
    pub fn step(&self) -> Option<usize> {
        match *self {
            ProtocolError::UnknownStep { step, .. }
            | ProtocolError::UnknownTrigger { step, .. }
            | ProtocolError::BadDuration { step, .. }
            | ProtocolError::DuplicateStep { step, .. } => Some(step),
            _ => None,
        }
    }
}

impl Protocol {
    /// The rule that applies to a case, most specific first:
    ///
    /// 1. exact category and the case's urgency
    /// 2. nearest parent category and the case's urgency
    /// 3. "*" and the case's urgency
    /// 4. exact category, any urgency
    /// 5. nearest parent category, any urgency
    /// 6. "*", any urgency
    ///
    /// Urgency outranks category because urgency decides how fast to act
    /// (a life-safety wage case is still life-safety). Among equals the
    /// earlier rule wins, though `validate` rejects such duplicates.
    pub fn rule_for(&self, category: &str, urgency: Urgency) -> Option<&ProtocolRule> {
        self.rules
            .iter()
            .filter_map(|r| r.specificity(category, urgency).map(|s| (s, r)))
            .min_by_key(|(s, _)| *s)
            .map(|(_, r)| r)
    }

    /// Steps for a case; empty when no rule applies.
    pub fn steps_for(&self, category: &str, urgency: Urgency) -> &[StepRule] {
        self.rule_for(category, urgency)
            .map_or(&[], |r| r.steps.as_slice())
    }

    /// Whether the factory may be told about a case of this category when the operator did
    /// not ask: no for the `ask_first` categories and their subcategories.
    pub fn factory_may_be_told_by_default(&self, category: &str) -> bool {
        !self.ask_first.iter().any(|c| {
            c == ANY_CATEGORY
                || category == c
                || category
                    .strip_prefix(c.as_str())
                    .is_some_and(|rest| rest.starts_with('.'))
        })
    }

    /// The rule for one step of a case, e.g. the factory response period
    /// that `brand_escalation` needs.
    pub fn step_for(&self, category: &str, urgency: Urgency, step: StepKind) -> Option<&StepRule> {
        self.rule_for(category, urgency)?.step(step)
    }

    /// The protocol from the design (§3.2). Clock time where lives or a
    /// worker's trust are at stake within hours; working time where the
    /// factory must act during its working days.
    pub fn default_protocol() -> Protocol {
        use StepKind::*;
        use Trigger::{FactoryInformed, FactoryResponse as Responded, Intake};
        let s = StepRule::new;
        // Every case: the worker hears back at once.
        let ack = s(AcknowledgeWorker, Intake, Span::clock_minutes(10));
        let rule = |urgency, steps: Vec<StepRule>| ProtocolRule {
            category: ANY_CATEGORY.to_string(),
            urgency: Some(urgency),
            steps,
        };
        Protocol {
            rules: vec![
                rule(
                    Urgency::LifeSafety,
                    vec![
                        ack,
                        s(InformFactory, Intake, Span::hours(1)),
                        s(InformBrand, Intake, Span::hours(4)),
                        s(FactoryResponse, FactoryInformed, Span::hours(24)),
                        s(InformWorker, Responded, Span::hours(24)),
                        s(Validate, Responded, Span::working_days(3)),
                    ],
                ),
                rule(
                    Urgency::Urgent,
                    vec![
                        ack,
                        s(InformFactory, Intake, Span::working_days(1)),
                        s(InformBrand, Intake, Span::working_days(2)),
                        s(FactoryResponse, FactoryInformed, Span::working_days(3)),
                        s(InformWorker, Responded, Span::working_days(1)),
                    ],
                ),
                rule(
                    Urgency::Normal,
                    vec![
                        ack,
                        s(InformFactory, Intake, Span::working_days(2)),
                        s(FactoryResponse, FactoryInformed, Span::working_days(7)),
                        s(InformWorker, Responded, Span::working_days(2)),
                        s(Validate, Responded, Span::working_days(5)),
                    ],
                ),
                rule(
                    Urgency::Informational,
                    vec![ack, s(Close, Intake, Span::working_days(1))],
                ),
            ],
            ask_first: vec![
                "abuse.sexual_harassment".to_string(),
                "reprisal".to_string(),
            ],
        }
    }

    /// Checks what the types cannot: at least one rule, usable category
    /// patterns, no duplicate rules or steps, no negative durations.
    pub fn validate(&self) -> Result<(), ProtocolError> {
        if self.rules.is_empty() {
            return Err(ProtocolError::NoRules);
        }
        if !self.ask_first.iter().all(|c| valid_category(c)) {
            return Err(ProtocolError::AskFirst);
        }
        let mut seen_rules = HashSet::new();
        for (i, r) in self.rules.iter().enumerate() {
            let rule = i + 1;
            if !valid_category(&r.category) {
                return Err(ProtocolError::Category { rule });
            }
            if !seen_rules.insert((r.category.as_str(), r.urgency)) {
                return Err(ProtocolError::DuplicateRule { rule });
            }
            let mut seen_steps = HashSet::new();
            for (j, st) in r.steps.iter().enumerate() {
                let step = j + 1;
                if st.within.length_minutes() < 0 {
                    return Err(ProtocolError::BadDuration { rule, step });
                }
                if !seen_steps.insert(st.step) {
                    return Err(ProtocolError::DuplicateStep { rule, step });
                }
            }
        }
        Ok(())
    }

    /// The TOML form read by `from_toml`:
    ///
    /// ```toml
    /// [[rule]]
    /// category = "*"
    /// urgency = "life_safety"
    ///
    /// [[rule.step]]
    /// step = "inform_factory"
    /// from = "intake"
    /// within = "1h"
    /// ```
    ///
    /// `urgency = "*"` means any urgency; durations are as in `Span::parse`.
    pub fn to_toml(&self) -> String {
        let mut out = String::new();
        if !self.ask_first.is_empty() {
            let list: Vec<String> = self.ask_first.iter().map(|c| toml_string(c)).collect();
            let _ = writeln!(out, "ask_first = [{}]\n", list.join(", "));
        }
        for (i, r) in self.rules.iter().enumerate() {
            if i > 0 {
                out.push('\n');
            }
            let urgency = r.urgency.map_or(ANY_CATEGORY, Urgency::code);
            let _ = writeln!(out, "[[rule]]");
            let _ = writeln!(out, "category = {}", toml_string(&r.category));
            let _ = writeln!(out, "urgency = {}", toml_string(urgency));
            for st in &r.steps {
                let _ = writeln!(out, "\n[[rule.step]]");
                let _ = writeln!(out, "step = \"{}\"", st.step.code());
                let _ = writeln!(out, "from = \"{}\"", st.from.code());
                let _ = writeln!(out, "within = \"{}\"", st.within);
            }
        }
        out
    }

    /// Reads and validates the `to_toml` form. Omitting `urgency` means any
    /// urgency; a rule without steps is allowed (no deadlines, e.g. for
    /// out-of-scope calls).
    pub fn from_toml(text: &str) -> Result<Protocol, ProtocolError> {
        let file: FileRepr = toml::from_str(text).map_err(|e| ProtocolError::Syntax {
            line: e
                .span()
                .and_then(|r| text.get(..r.start))
                .map(|before| before.matches('\n').count() + 1),
        })?;
        let mut rules = Vec::with_capacity(file.rule.len());
        for (i, r) in file.rule.into_iter().enumerate() {
            let rule = i + 1;
            let urgency = match r.urgency.as_deref().map(str::trim) {
                None | Some(ANY_CATEGORY) => None,
                Some(u) => Some(Urgency::parse(u).ok_or(ProtocolError::UnknownUrgency { rule })?),
            };
            let mut steps = Vec::with_capacity(r.step.len());
            for (j, st) in r.step.into_iter().enumerate() {
                let step = j + 1;
                steps.push(StepRule {
                    step: StepKind::parse(&st.step)
                        .ok_or(ProtocolError::UnknownStep { rule, step })?,
                    from: Trigger::parse(&st.from)
                        .ok_or(ProtocolError::UnknownTrigger { rule, step })?,
                    within: Span::parse(&st.within)
                        .ok_or(ProtocolError::BadDuration { rule, step })?,
                });
            }
            rules.push(ProtocolRule {
                category: r.category.trim().to_string(),
                urgency,
                steps,
            });
        }
        let protocol = Protocol {
            rules,
            ask_first: file
                .ask_first
                .iter()
                .map(|c| c.trim().to_string())
                .collect(),
        };
        protocol.validate()?;
        Ok(protocol)
    }
}

fn valid_category(c: &str) -> bool {
    c == ANY_CATEGORY || (!c.is_empty() && !c.contains(|ch: char| ch == '*' || ch.is_whitespace()))
}

/// A TOML basic string with the escapes TOML requires.
fn toml_string(s: &str) -> String {
    toml::Value::String(s.to_string()).to_string()
}

// Strings rather than the domain types, so unknown values get this
// crate's error keys with rule and step numbers instead of a serde message.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FileRepr {
    #[serde(default)]
    ask_first: Vec<String>,
    #[serde(default)]
    rule: Vec<RuleRepr>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RuleRepr {
    category: String,
    urgency: Option<String>,
    #[serde(default)]
    step: Vec<StepRepr>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct StepRepr {
    step: String,
    from: String,
    within: String,
}

/// Where a factory that has not responded stands on the brand escalation
/// ladder at `now`:
///
/// - it responded (even late), or the response is not yet overdue: `None`;
/// - past the response deadline `response_due`: `Notice` to the brand;
/// - past `brand_warning_due` (the same response period again, counted
///   from the deadline): `Warning`.
///
/// A response stops the ladder; notices already sent stay in the case's
/// event log. `response_span` is the factory-response step's `within`, and
/// `calendar`/`pauses` are those used for the response deadline.
pub fn brand_escalation(
    now: Millis,
    response_due: Millis,
    response_span: Span,
    responded: bool,
    calendar: &WorkCalendar,
    pauses: &[Pause],
) -> BrandEscalation {
    if responded || !is_overdue(now, response_due) {
        return BrandEscalation::None;
    }
    match brand_warning_due(response_due, response_span, calendar, pauses) {
        Some(warning) if is_overdue(now, warning) => BrandEscalation::Warning,
        _ => BrandEscalation::Notice,
    }
}

/// When a notice turns into a warning, for scheduling the escalation
/// check; `None` while an open pause holds the count (see `due_at`).
pub fn brand_warning_due(
    response_due: Millis,
    response_span: Span,
    calendar: &WorkCalendar,
    pauses: &[Pause],
) -> Option<Millis> {
    due_at(response_due, response_span, calendar, pauses)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::country::Country;

    fn rule(category: &str, urgency: Option<Urgency>, within_h: i64) -> ProtocolRule {
        ProtocolRule {
            category: category.to_string(),
            urgency,
            steps: vec![StepRule::new(
                StepKind::InformFactory,
                Trigger::Intake,
                Span::hours(within_h),
            )],
        }
    }

    fn factory_hours(p: &Protocol, category: &str, urgency: Urgency) -> Option<i64> {
        p.step_for(category, urgency, StepKind::InformFactory)
            .map(|s| s.within.length_minutes() / 60)
    }

    #[test]
    fn codes_and_keys() {
        assert_eq!(StepKind::AcknowledgeWorker.code(), "acknowledge_worker");
        assert_eq!(StepKind::Close.message_key(), "step-close");
        assert_eq!(
            Trigger::parse("factory_informed"),
            Some(Trigger::FactoryInformed)
        );
        assert_eq!(
            Trigger::FactoryResponse.message_key(),
            "trigger-factory_response"
        );
        assert_eq!(BrandEscalation::Warning.message_key(), "escalation-warning");
        assert!(BrandEscalation::None < BrandEscalation::Notice);
        assert!(BrandEscalation::Notice < BrandEscalation::Warning);
        assert_eq!(StepKind::ALL.len(), 7);
    }

    #[test]
    fn most_specific_rule_wins_in_documented_order() {
        use Urgency::*;
        // Hours encode the rank in the documented order.
        let mut p = Protocol {
            ask_first: vec![],
            rules: vec![
                rule("*", None, 6),
                rule("osh", None, 5),
                rule("osh.heat", None, 4),
                rule("*", Some(Urgent), 3),
                rule("osh", Some(Urgent), 2),
                rule("osh.heat", Some(Urgent), 1),
            ],
        };
        assert_eq!(p.validate(), Ok(()));
        let cat = "osh.heat";
        for want in 1..=6 {
            assert_eq!(factory_hours(&p, cat, Urgent), Some(want));
            // Drop the winning rule; the next one in the order takes over.
            p.rules.retain(|r| r.steps[0].within != Span::hours(want));
        }
        assert_eq!(factory_hours(&p, cat, Urgent), None);
        assert!(p.steps_for(cat, Urgent).is_empty());
    }

    #[test]
    fn category_matching_rules() {
        use Urgency::*;
        let p = Protocol {
            ask_first: vec![],
            rules: vec![
                rule("osh", Some(Normal), 1),
                rule("a", Some(Normal), 2),
                rule("a.b", Some(Normal), 3),
                rule("*", Some(Normal), 9),
            ],
        };
        assert_eq!(factory_hours(&p, "osh", Normal), Some(1));
        assert_eq!(factory_hours(&p, "osh.ppe", Normal), Some(1));
        // A prefix that is not a parent does not match.
        assert_eq!(factory_hours(&p, "oshx", Normal), Some(9));
        // The nearest ancestor wins.
        assert_eq!(factory_hours(&p, "a.b.c", Normal), Some(3));
        assert_eq!(factory_hours(&p, "a.x.c", Normal), Some(2));
        // Urgency-specific rules never match other urgencies.
        assert_eq!(factory_hours(&p, "osh", Urgent), None);
    }

    #[test]
    fn default_protocol_matches_design() {
        let p = Protocol::default_protocol();
        assert_eq!(p.validate(), Ok(()));
        let get = |u, step| {
            p.step_for("life_safety.fire", u, step)
                .map(|s| (s.from, s.within))
        };
        use StepKind::*;
        use Urgency::*;
        for u in Urgency::ALL {
            assert_eq!(
                get(u, AcknowledgeWorker),
                Some((Trigger::Intake, Span::clock_minutes(10)))
            );
        }
        assert_eq!(
            get(LifeSafety, InformFactory),
            Some((Trigger::Intake, Span::hours(1)))
        );
        assert_eq!(
            get(LifeSafety, InformBrand),
            Some((Trigger::Intake, Span::hours(4)))
        );
        assert_eq!(
            get(LifeSafety, FactoryResponse),
            Some((Trigger::FactoryInformed, Span::hours(24)))
        );
        assert_eq!(
            get(LifeSafety, Validate),
            Some((Trigger::FactoryResponse, Span::working_days(3)))
        );
        assert_eq!(
            get(Urgent, InformFactory),
            Some((Trigger::Intake, Span::working_days(1)))
        );
        assert_eq!(
            get(Urgent, FactoryResponse),
            Some((Trigger::FactoryInformed, Span::working_days(3)))
        );
        assert_eq!(get(Normal, InformBrand), None);
        assert_eq!(
            get(Normal, FactoryResponse),
            Some((Trigger::FactoryInformed, Span::working_days(7)))
        );
        assert_eq!(
            get(Normal, InformWorker),
            Some((Trigger::FactoryResponse, Span::working_days(2)))
        );
        let info: Vec<_> = p
            .steps_for("informational.test_call", Informational)
            .iter()
            .map(|s| s.step)
            .collect();
        assert_eq!(info, vec![AcknowledgeWorker, Close]);
    }

    #[test]
    fn ask_first_categories_default_to_no_agreement() {
        let p = Protocol::default_protocol();
        assert!(!p.factory_may_be_told_by_default("abuse.sexual_harassment"));
        assert!(!p.factory_may_be_told_by_default("reprisal"));
        assert!(p.factory_may_be_told_by_default("abuse.verbal"));
        assert!(p.factory_may_be_told_by_default("reprisalx"));
        assert!(p.factory_may_be_told_by_default("life_safety.fire"));
        let mut all = p.clone();
        all.ask_first = vec!["*".into()];
        assert!(!all.factory_may_be_told_by_default("wages"));
        all.ask_first = vec!["bad category".into()];
        assert_eq!(all.validate(), Err(ProtocolError::AskFirst));
        let text = "ask_first = [\"abuse\"]\n[[rule]]\ncategory = \"*\"\n";
        let read = Protocol::from_toml(text).map(|p| p.ask_first);
        assert_eq!(read, Ok(vec!["abuse".to_string()]));
    }

    #[test]
    fn toml_round_trip_of_default() {
        let p = Protocol::default_protocol();
        let text = p.to_toml();
        assert!(text.starts_with(
            "ask_first = [\"abuse.sexual_harassment\", \"reprisal\"]\n\n[[rule]]\ncategory = \"*\"\nurgency = \"life_safety\"\n"
        ));
        assert!(text.contains("within = \"2wd\""));
        assert_eq!(Protocol::from_toml(&text), Ok(p));
    }

    #[test]
    fn toml_round_trip_with_odd_values() {
        let p = Protocol {
            ask_first: vec![],
            rules: vec![
                ProtocolRule {
                    category: "wages.\"quoted\"\\x".to_string(),
                    urgency: None,
                    steps: vec![],
                },
                rule("*", None, 36),
            ],
        };
        assert_eq!(Protocol::from_toml(&p.to_toml()), Ok(p));
    }

    #[test]
    fn from_toml_accepts_hand_written_file() {
        let text = r#"
# Our protocol
[[rule]]
category = "wages"          # and its subcategories

[[rule.step]]
step = "inform_factory"
from = "intake"
within = "8wh"

[[rule]]
category = "*"
urgency = "*"
"#;
        let p = Protocol::from_toml(text);
        let want = Protocol {
            ask_first: vec![],
            rules: vec![
                ProtocolRule {
                    category: "wages".into(),
                    urgency: None,
                    steps: vec![StepRule::new(
                        StepKind::InformFactory,
                        Trigger::Intake,
                        Span::working_hours(8),
                    )],
                },
                ProtocolRule {
                    category: "*".into(),
                    urgency: None,
                    steps: vec![],
                },
            ],
        };
        assert_eq!(p, Ok(want));
    }

    #[test]
    fn from_toml_errors() {
        let step = |s: &str, f: &str, w: &str| {
            format!(
                "[[rule]]\ncategory = \"*\"\n[[rule.step]]\nstep = \"{s}\"\nfrom = \"{f}\"\nwithin = \"{w}\"\n"
            )
        };
        let cases = [
            ("", ProtocolError::NoRules),
            ("# nothing\n", ProtocolError::NoRules),
            ("[[rule]\n", ProtocolError::Syntax { line: Some(1) }),
            (
                "[[rule]]\ncategory = \"*\"\nwithin = \"1h\"\n",
                ProtocolError::Syntax { line: Some(3) },
            ),
            (
                "[[rule]]\nurgency = \"urgent\"\n",
                ProtocolError::Syntax { line: Some(1) },
            ),
            (
                "[[rule]]\ncategory = 3\n",
                ProtocolError::Syntax { line: Some(2) },
            ),
            (
                "[[rule]]\ncategory = \"\"\n",
                ProtocolError::Category { rule: 1 },
            ),
            (
                "[[rule]]\ncategory = \"wages.*\"\n",
                ProtocolError::Category { rule: 1 },
            ),
            (
                "[[rule]]\ncategory = \"*\"\nurgency = \"critical\"\n",
                ProtocolError::UnknownUrgency { rule: 1 },
            ),
            (
                "[[rule]]\ncategory = \"*\"\n[[rule]]\ncategory = \"*\"\n",
                ProtocolError::DuplicateRule { rule: 2 },
            ),
            (
                &step("call_mayor", "intake", "1h"),
                ProtocolError::UnknownStep { rule: 1, step: 1 },
            ),
            (
                &step("close", "lunch", "1h"),
                ProtocolError::UnknownTrigger { rule: 1, step: 1 },
            ),
            (
                &step("close", "intake", "1 hour"),
                ProtocolError::BadDuration { rule: 1, step: 1 },
            ),
            (
                &step("close", "intake", "-1h"),
                ProtocolError::BadDuration { rule: 1, step: 1 },
            ),
        ];
        for (text, want) in cases {
            assert_eq!(Protocol::from_toml(text), Err(want), "{text:?}");
        }
        let dup = format!(
            "{}[[rule.step]]\nstep = \"close\"\nfrom = \"intake\"\nwithin = \"2h\"\n",
            step("close", "intake", "1h")
        );
        assert_eq!(
            Protocol::from_toml(&dup),
            Err(ProtocolError::DuplicateStep { rule: 1, step: 2 })
        );
        let e = ProtocolError::DuplicateStep { rule: 1, step: 2 };
        assert_eq!(e.message_key(), "error-protocol-duplicate-step");
        assert_eq!((e.rule(), e.step(), e.line()), (Some(1), Some(2), None));
        assert_eq!(
            ProtocolError::NoRules.message_key(),
            "error-protocol-no-rules"
        );
    }

    #[test]
    fn validate_rejects_negative_spans() {
        let mut p = Protocol::default_protocol();
        p.rules[1].steps[2].within = Span::working_days(-1);
        assert_eq!(
            p.validate(),
            Err(ProtocolError::BadDuration { rule: 2, step: 3 })
        );
        assert_eq!(
            Protocol {
                ask_first: vec![],
                rules: vec![],
            }
            .validate(),
            Err(ProtocolError::NoRules)
        );
    }

    #[test]
    fn brand_escalation_ladder() {
        let cal = WorkCalendar::for_country(Country::Bangladesh, &[]);
        let h = 3_600_000;
        let due = Millis(1_000 * h);
        let span = Span::hours(24);
        let at = |hours_after: i64| Millis(due.0 + hours_after * h);
        let esc = |now, responded| brand_escalation(now, due, span, responded, &cal, &[]);
        assert_eq!(esc(at(-1), false), BrandEscalation::None);
        assert_eq!(esc(due, false), BrandEscalation::None);
        assert_eq!(esc(Millis(due.0 + 1), false), BrandEscalation::Notice);
        assert_eq!(esc(at(24), false), BrandEscalation::Notice);
        assert_eq!(esc(Millis(at(24).0 + 1), false), BrandEscalation::Warning);
        assert_eq!(esc(at(500), false), BrandEscalation::Warning);
        assert_eq!(esc(at(500), true), BrandEscalation::None);
        assert_eq!(brand_warning_due(due, span, &cal, &[]), Some(at(24)));
        // An open pause holds the ladder at the notice.
        let paused = [Pause::open(at(2))];
        assert_eq!(
            brand_escalation(at(500), due, span, false, &cal, &paused),
            BrandEscalation::Notice
        );
    }

    #[test]
    fn brand_escalation_counts_working_time() {
        // Response due Thursday 2026-03-05 18:00 Dhaka (12:00 UTC), 3
        // working days: the warning falls due after the weekend, on
        // Tuesday 18:00.
        let cal = WorkCalendar::for_country(Country::Bangladesh, &[]);
        let due = Millis(1_772_712_000_000);
        assert_eq!(
            due.local_date_time("Asia/Dhaka"),
            Some(jiff::civil::date(2026, 3, 5).at(18, 0, 0, 0))
        );
        let warning = brand_warning_due(due, Span::working_days(3), &cal, &[]);
        assert_eq!(
            warning.and_then(|w| w.local_date_time("Asia/Dhaka")),
            Some(jiff::civil::date(2026, 3, 10).at(18, 0, 0, 0))
        );
    }
}
