//! Free text with a length limit, parsed once: the page, the API and the store all take the
//! same type, so the limit and its message live in one place and the store never sees an
//! empty or oversized note. Lengths count characters (Bengali and Vietnamese are multi-byte).

use crate::field_errors::FieldErrors;

/// Declares a trimmed text of at most `$max` characters, whose `parse` fails with
/// `$too_long` (a Fluent message id) and, for a `required` text, with `"error-required"`
/// when empty.
macro_rules! bounded_text {
    ($(#[$meta:meta])* $name:ident, max = $max:expr, too_long = $too_long:literal) => {
        bounded_text!(@declare $(#[$meta])* $name, $max, $too_long, true);
    };
    ($(#[$meta:meta])* $name:ident, optional, max = $max:expr, too_long = $too_long:literal) => {
        bounded_text!(@declare $(#[$meta])* $name, $max, $too_long, false);

        impl $name {
            /// Nothing written: what an optional text is when left empty.
            pub fn empty() -> $name {
                $name(String::new())
            }
        }
    };
    (@declare $(#[$meta:meta])* $name:ident, $max:expr, $too_long:literal, $required:literal) => {
        $(#[$meta])*
        #[derive(Debug, Clone, PartialEq, Eq)]
        pub struct $name(String);

        impl $name {
            pub const MAX_CHARS: usize = $max;

            /// Trims `raw`; refuses it longer than [`Self::MAX_CHARS`] (or empty, when
            /// the text is required).
            pub fn parse(raw: &str) -> Result<$name, &'static str> {
                let text = raw.trim();
                if $required && text.is_empty() {
                    Err("error-required")
                } else if text.chars().count() > Self::MAX_CHARS {
                    Err($too_long)
                } else {
                    Ok($name(text.to_owned()))
                }
            }

            pub fn as_str(&self) -> &str {
                &self.0
            }
        }
    };
}

bounded_text! {
    /// An internal note on a case (searchable, helpline only).
    NoteText, max = 10_000, too_long = "error-note-too-long"
}

bounded_text! {
    /// The title of an incident grouping several cases.
    IncidentTitle, max = 200, too_long = "incident-error-title-too-long"
}

bounded_text! {
    /// What the factory or brand may read of a case; operators write it to exclude
    /// anything that identifies the caller. May be left empty at intake.
    ShareableSummary, optional, max = 2_000, too_long = "error-shareable-summary-too-long"
}

bounded_text! {
    /// A factory contact's response or question on a case.
    ResponseText, max = 5_000, too_long = "org-error-too-long"
}

bounded_text! {
    /// Who acts, or by when, alongside a factory response; optional.
    ResponseDetail, optional, max = 200, too_long = "org-error-too-long"
}

/// What a factory contact writes on a case, parsed as a whole so every field's problem
/// is known at once (the page shows the first, the store refuses with all of them).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FactoryReply {
    /// `None` only for a bare acknowledgement, which needs no text.
    pub body: Option<ResponseText>,
    pub action_by: ResponseDetail,
    pub action_due: ResponseDetail,
}

impl FactoryReply {
    /// A bare acknowledgement: no text, nobody named to act.
    pub fn acknowledgement() -> FactoryReply {
        FactoryReply {
            body: None,
            action_by: ResponseDetail::empty(),
            action_due: ResponseDetail::empty(),
        }
    }

    /// A question back to the helpline: its text only.
    pub fn question(text: ResponseText) -> FactoryReply {
        FactoryReply {
            body: Some(text),
            action_by: ResponseDetail::empty(),
            action_due: ResponseDetail::empty(),
        }
    }

    /// `needs_body` is false only for an acknowledgement; there an empty body is `None`.
    pub fn parse(
        needs_body: bool,
        body: &str,
        action_by: &str,
        action_due: &str,
    ) -> Result<FactoryReply, FieldErrors> {
        let mut errors = FieldErrors::default();
        let body = if !needs_body && body.trim().is_empty() {
            None
        } else {
            ResponseText::parse(body)
                .map_err(|key| errors.push("body", key))
                .ok()
        };
        let mut detail = |field, raw| {
            ResponseDetail::parse(raw)
                .map_err(|key| errors.push(field, key))
                .ok()
        };
        let (action_by, action_due) = (
            detail("action_by", action_by),
            detail("action_due", action_due),
        );
        match (action_by, action_due) {
            (Some(action_by), Some(action_due)) if errors.is_empty() => Ok(FactoryReply {
                body,
                action_by,
                action_due,
            }),
            _ => Err(errors),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn trimmed_required_and_bounded_in_characters() {
        assert_eq!(
            NoteText::parse("  Called back  ").unwrap().as_str(),
            "Called back"
        );
        assert_eq!(NoteText::parse(" \n "), Err("error-required"));
        let bengali = "শ্র".repeat(NoteText::MAX_CHARS / 3);
        assert!(
            NoteText::parse(&bengali).is_ok(),
            "limits count characters, not bytes"
        );
        let long = "x".repeat(NoteText::MAX_CHARS + 1);
        assert_eq!(NoteText::parse(&long), Err("error-note-too-long"));
        assert_eq!(
            IncidentTitle::parse(&"y".repeat(201)),
            Err("incident-error-title-too-long")
        );
        assert_eq!(
            IncidentTitle::parse(&"y".repeat(200))
                .unwrap()
                .as_str()
                .len(),
            200
        );
    }

    #[test]
    fn optional_texts_may_be_empty_but_not_too_long() {
        assert_eq!(ShareableSummary::parse("  ").unwrap().as_str(), "");
        assert_eq!(
            ShareableSummary::parse(&"z".repeat(ShareableSummary::MAX_CHARS + 1)),
            Err("error-shareable-summary-too-long")
        );
        assert_eq!(
            ResponseDetail::parse(&"d".repeat(200))
                .unwrap()
                .as_str()
                .len(),
            200
        );
        assert_eq!(
            ResponseDetail::parse(&"d".repeat(201)),
            Err("org-error-too-long")
        );
    }

    #[test]
    fn a_factory_reply_reports_every_field() {
        let refused = FactoryReply::parse(true, "  ", &"x".repeat(201), "").unwrap_err();
        assert_eq!(
            refused.0,
            vec![
                ("body", "error-required"),
                ("action_by", "org-error-too-long")
            ]
        );
        let ack = FactoryReply::parse(false, "", "", "").unwrap();
        assert_eq!(ack.body, None);
        let reply = FactoryReply::parse(true, " Paid ", " HR ", "").unwrap();
        assert_eq!(
            reply.body.map(|b| b.as_str().to_owned()),
            Some("Paid".into())
        );
        assert_eq!(reply.action_by.as_str(), "HR");
        assert_eq!(
            FactoryReply::parse(true, &"b".repeat(5_001), "", "")
                .unwrap_err()
                .0,
            vec![("body", "org-error-too-long")]
        );
    }
}
