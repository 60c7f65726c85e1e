//! Public case codes: what a worker writes down to follow up on a case.
//!
//! Ten decimal digits because the code is read aloud over the phone and typed
//! on IVR keypads, where letters are unusable. 10^10 possibilities (~33 bits)
//! plus rate limiting make guessing impractical; codes are stored hashed.

use std::fmt;

use rand::Rng;
use thiserror::Error;

use crate::digits::to_ascii_digit;

const LEN: usize = 10;
/// 10^LEN: codes are drawn uniformly from 0..SPACE and zero-padded.
const SPACE: u64 = 10_000_000_000;

#[derive(Clone, PartialEq, Eq)]
pub struct CaseCode(String);

#[derive(Debug, Clone, Copy, PartialEq, Eq, Error)]
pub enum CaseCodeError {
    #[error("error-case-code-empty")]
    Empty,
    #[error("error-case-code-invalid-character")]
    InvalidCharacter,
    #[error("error-case-code-length")]
    WrongLength,
}

impl CaseCodeError {
    pub fn message_key(&self) -> &'static str {
        match self {
            CaseCodeError::Empty => "error-case-code-empty",
            CaseCodeError::InvalidCharacter => "error-case-code-invalid-character",
            CaseCodeError::WrongLength => "error-case-code-length",
        }
    }
}

impl CaseCode {
    /// A uniformly random code. Callers must pass a cryptographically secure
    /// RNG (e.g. `rand::rngs::OsRng` or `thread_rng()`), as the code is the
    /// only secret a worker needs to follow a case.
    pub fn generate<R: Rng + ?Sized>(rng: &mut R) -> CaseCode {
        let n: u64 = rng.gen_range(0..SPACE);
        CaseCode(format!("{n:0LEN$}"))
    }

    /// Parses a code as typed or dictated: spaces, dashes and dots are
    /// ignored and Bengali digits accepted.
    pub fn parse(input: &str) -> Result<CaseCode, CaseCodeError> {
        let mut digits = String::with_capacity(LEN);
        for c in input.chars() {
            if let Some(d) = to_ascii_digit(c) {
                if digits.len() == LEN {
                    return Err(CaseCodeError::WrongLength);
                }
                digits.push(d);
            } else if !matches!(c, ' ' | '\u{00A0}' | '\t' | '-' | '.') {
                return Err(CaseCodeError::InvalidCharacter);
            }
        }
        match digits.len() {
            0 => Err(CaseCodeError::Empty),
            LEN => Ok(CaseCode(digits)),
            _ => Err(CaseCodeError::WrongLength),
        }
    }

    /// The ten ASCII digits, the form that gets hashed and stored.
    pub fn digits(&self) -> &str {
        &self.0
    }

    /// Grouped 3-3-4 like a phone number, which is easier to read aloud.
    pub fn display(&self) -> String {
        let d = &self.0;
        format!("{}-{}-{}", &d[..3], &d[3..6], &d[6..])
    }
}

/// Never prints the digits: anyone holding the code can follow the case, so
/// it must not leak into logs.
impl fmt::Debug for CaseCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("CaseCode(***)")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rand::SeedableRng;
    use rand::rngs::StdRng;

    #[test]
    fn generate_gives_ten_digits_and_covers_leading_zero() {
        let mut rng = StdRng::seed_from_u64(7);
        let mut first_digits = [0u32; 10];
        for _ in 0..2000 {
            let code = CaseCode::generate(&mut rng);
            assert_eq!(code.digits().len(), 10);
            assert!(code.digits().bytes().all(|b| b.is_ascii_digit()));
            let first = usize::from(code.digits().as_bytes()[0] - b'0');
            first_digits[first] += 1;
        }
        // Uniform: every leading digit, including 0, appears roughly 200 times.
        for (digit, count) in first_digits.iter().enumerate() {
            assert!((120..=280).contains(count), "digit {digit}: {count}");
        }
    }

    #[test]
    fn generate_works_through_dyn_rng() {
        let mut rng = StdRng::seed_from_u64(1);
        let dyn_rng: &mut dyn rand::RngCore = &mut rng;
        let code = CaseCode::generate(dyn_rng);
        assert_eq!(CaseCode::parse(code.digits()), Ok(code));
    }

    #[test]
    fn parse_accepts_grouping_and_bengali_digits() {
        let want = CaseCode("4829130375".into());
        for input in [
            "4829130375",
            "482-913-0375",
            " 482 913 0375 ",
            "482.913.0375",
            "৪৮২-৯১৩-০৩৭৫",
        ] {
            assert_eq!(CaseCode::parse(input), Ok(want.clone()), "{input:?}");
        }
    }

    #[test]
    fn parse_rejects_bad_input() {
        use CaseCodeError::{Empty, InvalidCharacter, WrongLength};
        let too_long = "1".repeat(500);
        for (input, want) in [
            ("", Empty),
            (" - ", Empty),
            ("482913037", WrongLength),
            ("48291303751", WrongLength),
            (too_long.as_str(), WrongLength),
            ("482913037a", InvalidCharacter),
            ("482/913/0375", InvalidCharacter),
            ("４８２９１３０３７５", InvalidCharacter),
        ] {
            assert_eq!(CaseCode::parse(input), Err(want), "{input:?}");
        }
    }

    #[test]
    fn display_groups_3_3_4() {
        assert_eq!(CaseCode("0000000375".into()).display(), "000-000-0375");
        assert_eq!(
            CaseCode::parse("4829130375")
                .map(|c| c.display())
                .as_deref(),
            Ok("482-913-0375")
        );
    }

    #[test]
    fn debug_hides_digits() {
        let code = CaseCode("4829130375".into());
        assert_eq!(format!("{code:?}"), "CaseCode(***)");
        assert_eq!(format!("{:?}", Some(code)), "Some(CaseCode(***))");
    }

    #[test]
    fn error_display_is_message_key() {
        for e in [
            CaseCodeError::Empty,
            CaseCodeError::InvalidCharacter,
            CaseCodeError::WrongLength,
        ] {
            assert_eq!(e.to_string(), e.message_key());
        }
    }
}
