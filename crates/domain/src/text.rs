//! Free text with a length limit, parsed once: the page, the API and the store all take the
//! same type, so the limit and its message live in one place and the store never sees an
//! empty or oversized note. Lengths count characters (Bengali and Vietnamese are multi-byte).

/// Declares a trimmed, non-empty text of at most `$max` characters, whose `parse` fails
/// with `"error-required"` or `$too_long` (Fluent message ids).
macro_rules! bounded_text {
    ($(#[$meta:meta])* $name:ident, max = $max:expr, too_long = $too_long:literal) => {
        $(#[$meta])*
        #[derive(Debug, Clone, PartialEq, Eq)]
        pub struct $name(String);

        impl $name {
            pub const MAX_CHARS: usize = $max;

            /// Trims `raw`; refuses it empty or longer than [`Self::MAX_CHARS`].
            pub fn parse(raw: &str) -> Result<$name, &'static str> {
                let text = raw.trim();
                if text.is_empty() {
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
}
