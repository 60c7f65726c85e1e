//! Caller phone numbers, normalised to E.164 ("+8801712345678").
//!
//! Operators type numbers the way callers say them: with the national trunk
//! '0', with "00" or '+', in Bengali digits, with spaces and dashes. One
//! canonical form matters because the blind index that finds repeat callers
//! hashes this string: two spellings of one number must hash the same.
//!
//! Rules (kept deliberately simple; see tests for examples):
//! - Allowed characters: ASCII and Bengali digits, spaces, '.', '-', '(', ')',
//!   and one '+' before the first digit. Anything else is `InvalidCharacter`.
//! - "+CC…" or "00CC…" is international; "0…" is national in the default
//!   country (trunk '0' dropped); bare digits starting with a supported
//!   calling code (880/84) are international when they form a valid number
//!   for that country, otherwise they are national without the trunk '0'.
//! - A trunk '0' written after a supported calling code ("+880 017…") is
//!   dropped, as that mistake is common and unambiguous.
//! - Bangladesh (+880): mobile = 10 digits "1[3-9]xxxxxxxx"; landline and
//!   other = 8–10 digits not starting with 0.
//! - Vietnam (+84): mobile = 9 digits starting 3/5/7/8/9; landline = 10
//!   digits starting 2; anything else is not a number a worker calls from.
//! - Other countries: 8–15 digits in total (E.164), no leading 0.

use std::fmt;

use thiserror::Error;

use crate::country::Country;
use crate::digits::to_ascii_digit;

/// E.164 allows at most 15 digits; 8 is the shortest we can plausibly see.
const E164_MIN_DIGITS: usize = 8;
const E164_MAX_DIGITS: usize = 15;

#[derive(Clone, PartialEq, Eq, Hash)]
pub struct PhoneNumber(String);

#[derive(Debug, Clone, Copy, PartialEq, Eq, Error)]
pub enum PhoneError {
    #[error("error-phone-empty")]
    Empty,
    #[error("error-phone-invalid-character")]
    InvalidCharacter,
    #[error("error-phone-too-short")]
    TooShort,
    #[error("error-phone-too-long")]
    TooLong,
    /// Right length but impossible for the country (e.g. BD "012…").
    #[error("error-phone-invalid")]
    Invalid,
}

impl PhoneError {
    pub fn message_key(&self) -> &'static str {
        match self {
            PhoneError::Empty => "error-phone-empty",
            PhoneError::InvalidCharacter => "error-phone-invalid-character",
            PhoneError::TooShort => "error-phone-too-short",
            PhoneError::TooLong => "error-phone-too-long",
            PhoneError::Invalid => "error-phone-invalid",
        }
    }
}

impl PhoneNumber {
    pub fn parse(input: &str, default_country: Country) -> Result<PhoneNumber, PhoneError> {
        let (plus, digits) = scan(input)?;
        let international = if plus {
            digits
        } else if let Some(rest) = digits.strip_prefix("00") {
            rest.to_owned()
        } else if let Some(rest) = digits.strip_prefix('0') {
            format!("{}{rest}", default_country.calling_code())
        } else if let Some(valid) = as_bare_international(&digits) {
            valid
        } else {
            format!("{}{digits}", default_country.calling_code())
        };
        validate(&international).map(|d| PhoneNumber(format!("+{d}")))
    }

    /// The E.164 form, including the leading '+'.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The supported country this number belongs to, if any.
    pub fn country(&self) -> Option<Country> {
        let digits = self.0.strip_prefix('+').unwrap_or(&self.0);
        Country::ALL
            .into_iter()
            .find(|c| digits.starts_with(c.calling_code()))
    }

    /// The number with every digit hidden except the calling code of a
    /// supported country and the last two digits, e.g. "+880••••••••67".
    /// The calling code only reveals the country, which staff know anyway;
    /// two digits let a caller confirm "the number ending 67" without the
    /// screen disclosing who they are.
    pub fn masked(&self) -> String {
        let digits = self.0.strip_prefix('+').unwrap_or(&self.0);
        let shown_prefix = self.country().map_or("", |c| c.calling_code());
        let rest = &digits[shown_prefix.len()..];
        let hidden = rest.chars().count().saturating_sub(2);
        let tail: String = rest.chars().skip(hidden).collect();
        format!("+{shown_prefix}{}{tail}", "•".repeat(hidden))
    }
}

impl fmt::Display for PhoneNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// Masked on purpose: phone numbers are caller identity and must never reach
/// logs, which is where `{:?}` output usually ends up.
impl fmt::Debug for PhoneNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "PhoneNumber({})", self.masked())
    }
}

/// Strips separators and returns (had leading '+', ASCII digits).
fn scan(input: &str) -> Result<(bool, String), PhoneError> {
    let mut plus = false;
    let mut digits = String::new();
    for c in input.trim().chars() {
        if let Some(d) = to_ascii_digit(c) {
            digits.push(d);
            continue;
        }
        match c {
            // '+' only before any digit: "(+880)" is fine, "880+1" is not.
            '+' if !plus && digits.is_empty() => plus = true,
            ' ' | '\u{00A0}' | '\t' | '.' | '-' | '(' | ')' => {}
            _ => return Err(PhoneError::InvalidCharacter),
        }
        // Don't let a pasted essay grow an unbounded buffer.
        if digits.len() > 2 * E164_MAX_DIGITS {
            return Err(PhoneError::TooLong);
        }
    }
    if digits.is_empty() {
        return Err(PhoneError::Empty);
    }
    Ok((plus, digits))
}

/// Bare digits like "8801712345678" count as international only when they
/// form a valid number of the country whose code they start with.
fn as_bare_international(digits: &str) -> Option<String> {
    Country::ALL
        .into_iter()
        .filter(|c| digits.starts_with(c.calling_code()))
        .find_map(|_| validate(digits).ok())
}

/// Validates international digits (no '+') and returns their canonical form.
fn validate(digits: &str) -> Result<String, PhoneError> {
    if digits.starts_with('0') {
        return Err(PhoneError::Invalid);
    }
    for country in Country::ALL {
        let code = country.calling_code();
        if let Some(nsn) = digits.strip_prefix(code) {
            let nsn = nsn.strip_prefix('0').unwrap_or(nsn);
            match country {
                Country::Bangladesh => validate_bd(nsn)?,
                Country::Vietnam => validate_vn(nsn)?,
            }
            let canonical = format!("{code}{nsn}");
            return check_e164_length(&canonical).map(|()| canonical);
        }
    }
    check_e164_length(digits).map(|()| digits.to_owned())
}

fn check_e164_length(digits: &str) -> Result<(), PhoneError> {
    check_len(digits.len(), E164_MIN_DIGITS, E164_MAX_DIGITS)
}

fn check_len(len: usize, min: usize, max: usize) -> Result<(), PhoneError> {
    if len < min {
        Err(PhoneError::TooShort)
    } else if len > max {
        Err(PhoneError::TooLong)
    } else {
        Ok(())
    }
}

/// Bangladesh national significant number (after +880).
fn validate_bd(nsn: &str) -> Result<(), PhoneError> {
    let mut chars = nsn.chars();
    match (chars.next(), chars.next()) {
        (None, _) => Err(PhoneError::TooShort),
        (Some('0'), _) => Err(PhoneError::Invalid),
        (Some('1'), second) => {
            check_len(nsn.len(), 10, 10)?;
            // Mobile operators use 013–019; 010–012 are unassigned.
            match second {
                Some('3'..='9') => Ok(()),
                _ => Err(PhoneError::Invalid),
            }
        }
        _ => check_len(nsn.len(), 8, 10),
    }
}

/// Vietnam national significant number (after +84).
fn validate_vn(nsn: &str) -> Result<(), PhoneError> {
    match nsn.chars().next() {
        None => Err(PhoneError::TooShort),
        Some('3' | '5' | '7' | '8' | '9') => check_len(nsn.len(), 9, 9),
        Some('2') => check_len(nsn.len(), 10, 10),
        // 0 would be a second trunk prefix; 1x are service numbers and the
        // pre-2018 11-digit mobiles, which no longer exist; 4 and 6 are unused.
        Some(_) => Err(PhoneError::Invalid),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const BD: Country = Country::Bangladesh;
    const VN: Country = Country::Vietnam;

    fn ok(input: &str, country: Country) -> String {
        match PhoneNumber::parse(input, country) {
            Ok(p) => p.as_str().to_owned(),
            Err(e) => panic!("{input:?} failed: {e:?}"),
        }
    }

    fn err(input: &str, country: Country) -> PhoneError {
        match PhoneNumber::parse(input, country) {
            Ok(p) => panic!("{input:?} unexpectedly parsed as {}", p.as_str()),
            Err(e) => e,
        }
    }

    #[test]
    fn bangladesh_mobile_in_every_spelling() {
        let want = "+8801712345678";
        for input in [
            "01712345678",
            "017-1234-5678",
            "(017) 1234 5678",
            "+8801712345678",
            "+880 1712-345678",
            "008801712345678",
            "8801712345678",
            "1712345678",
            "০১৭১২৩৪৫৬৭৮",
            "+৮৮০ ১৭১২ ৩৪৫৬৭৮",
            "+88 01712345678",
            "+880 01712345678",
            "(+880) 17.12.34.56.78",
            "  01712345678\t",
        ] {
            assert_eq!(ok(input, BD), want, "{input:?}");
        }
    }

    #[test]
    fn vietnam_numbers() {
        assert_eq!(ok("0912345678", VN), "+84912345678");
        assert_eq!(ok("091 234 5678", VN), "+84912345678");
        assert_eq!(ok("+84 912 345 678", VN), "+84912345678");
        assert_eq!(ok("84912345678", VN), "+84912345678");
        assert_eq!(ok("912345678", VN), "+84912345678");
        assert_eq!(ok("024 3825 1234", VN), "+842438251234");
        // Vinaphone 088x must not be mistaken for Bangladesh's 880.
        assert_eq!(ok("880123456", VN), "+84880123456");
    }

    #[test]
    fn default_country_is_only_used_for_national_numbers() {
        assert_eq!(ok("+84912345678", BD), "+84912345678");
        assert_eq!(ok("84912345678", BD), "+84912345678");
        assert_eq!(ok("8801712345678", VN), "+8801712345678");
        assert_eq!(ok("0912345678", VN), "+84912345678");
        // Same national digits, other default: read as a BD landline.
        assert_eq!(ok("0912345678", BD), "+880912345678");
    }

    #[test]
    fn other_countries_need_plausible_e164_length() {
        assert_eq!(ok("+44 20 7946 0958", BD), "+442079460958");
        assert_eq!(ok("0044 20 7946 0958", VN), "+442079460958");
        assert_eq!(err("+4420794", BD), PhoneError::TooShort);
        assert_eq!(err("+1234567890123456", BD), PhoneError::TooLong);
    }

    #[test]
    fn bangladesh_rules() {
        assert_eq!(err("0171234567", BD), PhoneError::TooShort);
        assert_eq!(err("017123456789", BD), PhoneError::TooLong);
        assert_eq!(err("01212345678", BD), PhoneError::Invalid);
        assert_eq!(err("+880 00 1712345678", BD), PhoneError::Invalid);
        assert_eq!(ok("02-9123456", BD), "+88029123456");
        assert_eq!(ok("+880 2 55667788", BD), "+880255667788");
        assert_eq!(err("+880 2 123456", BD), PhoneError::TooShort);
    }

    #[test]
    fn vietnam_rules() {
        assert_eq!(err("091234567", VN), PhoneError::TooShort);
        assert_eq!(err("09123456789", VN), PhoneError::TooLong);
        assert_eq!(err("01234567890", VN), PhoneError::Invalid);
        assert_eq!(err("+84 4 1234 5678", VN), PhoneError::Invalid);
    }

    #[test]
    fn rejects_empty_and_bad_characters() {
        assert_eq!(err("", BD), PhoneError::Empty);
        assert_eq!(err("   ", BD), PhoneError::Empty);
        assert_eq!(err("()-", BD), PhoneError::Empty);
        assert_eq!(err("0171234567x", BD), PhoneError::InvalidCharacter);
        assert_eq!(err("017+12345678", BD), PhoneError::InvalidCharacter);
        assert_eq!(err("++8801712345678", BD), PhoneError::InvalidCharacter);
        assert_eq!(err("٠١٧١٢٣٤٥٦٧٨", BD), PhoneError::InvalidCharacter);
        assert_eq!(err("+0 1712345678", BD), PhoneError::Invalid);
        assert_eq!(err(&"1".repeat(1000), BD), PhoneError::TooLong);
    }

    #[test]
    fn canonical_form_parses_back_to_itself() {
        for input in ["01712345678", "0912345678", "+442079460958", "02-9123456"] {
            for country in Country::ALL {
                let Ok(p) = PhoneNumber::parse(input, country) else {
                    continue;
                };
                for other in Country::ALL {
                    assert_eq!(PhoneNumber::parse(p.as_str(), other).as_ref(), Ok(&p));
                }
            }
        }
    }

    #[test]
    fn masked_hides_all_but_country_and_last_two() {
        let bd = PhoneNumber::parse("01712345667", BD).map(|p| p.masked());
        assert_eq!(bd.as_deref(), Ok("+880••••••••67"));
        let vn = PhoneNumber::parse("0912345678", VN).map(|p| p.masked());
        assert_eq!(vn.as_deref(), Ok("+84•••••••78"));
        let uk = PhoneNumber::parse("+442079460958", VN).map(|p| p.masked());
        assert_eq!(uk.as_deref(), Ok("+••••••••••58"));
    }

    #[test]
    fn country_of_number() {
        let p = PhoneNumber::parse("0912345678", VN).map(|p| p.country());
        assert_eq!(p, Ok(Some(Country::Vietnam)));
        let p = PhoneNumber::parse("+442079460958", VN).map(|p| p.country());
        assert_eq!(p, Ok(None));
    }

    #[test]
    fn display_is_e164_and_debug_is_masked() {
        let Ok(p) = PhoneNumber::parse("01712345678", BD) else {
            panic!("parse failed");
        };
        assert_eq!(p.to_string(), "+8801712345678");
        let debug = format!("{p:?}");
        assert!(!debug.contains("1712345"), "{debug}");
        assert!(debug.ends_with("78)"), "{debug}");
    }

    #[test]
    fn display_of_error_is_its_message_key() {
        for e in [
            PhoneError::Empty,
            PhoneError::InvalidCharacter,
            PhoneError::TooShort,
            PhoneError::TooLong,
            PhoneError::Invalid,
        ] {
            assert_eq!(e.to_string(), e.message_key());
        }
    }
}
