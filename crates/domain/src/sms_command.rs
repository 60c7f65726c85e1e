//! What a worker's SMS to the helpline asks for. `STATUS <case code>` (or the keyword in
//! Bengali or Vietnamese, with or without diacritics) asks for the case's status; anything
//! else is a message for an operator. The keyword's language says which language to answer
//! in when no case is found.

use crate::case_code::CaseCode;
use crate::language::Language;

/// The status keyword in each language, lower case.
const KEYWORDS: [(&str, Language); 5] = [
    ("status", Language::En),
    ("অবস্থা", Language::Bn),
    ("trạng thái", Language::Vi),
    ("trang thai", Language::Vi),
    ("trangthai", Language::Vi),
];

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SmsCommand {
    /// The status keyword with a valid case code.
    Status(CaseCode),
    /// The status keyword with no code or a malformed one.
    StatusWithoutCode,
    /// Anything else: kept for an operator.
    Message,
}

/// The command of an SMS, and the language of its keyword if it had one.
pub fn parse_sms(text: &str) -> (SmsCommand, Option<Language>) {
    let folded = text.trim().to_lowercase();
    for (keyword, language) in KEYWORDS {
        let Some(rest) = folded.strip_prefix(keyword) else {
            continue;
        };
        // The keyword must be a whole word: "statusx" is not a request.
        if rest.starts_with(|c: char| c.is_alphanumeric()) {
            continue;
        }
        let code = rest.trim_start_matches([':', '#', ' ', '\t']).trim();
        let command = match CaseCode::parse(code) {
            Ok(code) => SmsCommand::Status(code),
            Err(_) => SmsCommand::StatusWithoutCode,
        };
        return (command, Some(language));
    }
    (SmsCommand::Message, None)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn code() -> CaseCode {
        CaseCode::parse("2468 1357 90").unwrap()
    }

    #[test]
    fn status_keyword_in_each_language_with_the_code() {
        for (text, language) in [
            ("STATUS 2468135790", Language::En),
            ("  status: 2468 1357 90 ", Language::En),
            ("অবস্থা ২৪৬৮১৩৫৭৯০", Language::Bn),
            ("Trạng thái 2468135790", Language::Vi),
            ("TRANG THAI 2468-1357-90", Language::Vi),
        ] {
            assert_eq!(
                parse_sms(text),
                (SmsCommand::Status(code()), Some(language)),
                "{text}"
            );
        }
    }

    #[test]
    fn keyword_without_a_valid_code_and_other_texts() {
        assert_eq!(
            parse_sms("STATUS"),
            (SmsCommand::StatusWithoutCode, Some(Language::En))
        );
        assert_eq!(
            parse_sms("status 12345"),
            (SmsCommand::StatusWithoutCode, Some(Language::En))
        );
        assert_eq!(parse_sms("statusx 2468135790"), (SmsCommand::Message, None));
        assert_eq!(parse_sms("fire exit locked"), (SmsCommand::Message, None));
        assert_eq!(parse_sms(""), (SmsCommand::Message, None));
    }
}
