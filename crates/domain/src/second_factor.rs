//! The second factor: time-based one-time passwords (RFC 6238: HMAC-SHA-1, six digits,
//! 30-second steps, the step before and after accepted for clock drift) and recovery
//! codes. Pure: the caller passes the time and the random bytes, and stores the step a
//! code was accepted at, so that no code is accepted twice (RFC 6238 §5.2).

use std::fmt;

use rand::{CryptoRng, RngCore};
use totp_rs::{Algorithm, Builder, Secret, Totp};

use crate::digits::to_ascii_digit;
use crate::redact::Redacted;

/// Seconds per step.
pub const STEP_SECS: i64 = 30;
/// Digits of a code.
pub const DIGITS: usize = 6;
/// 160 bits, the length RFC 4226 recommends.
pub const SECRET_BYTES: usize = 20;
/// Recovery codes made at enrolment.
pub const RECOVERY_CODES: usize = 10;
/// Recovery code letters (Crockford's base-32 without I, L, O, U: nothing to confuse).
const RECOVERY_ALPHABET: &[u8] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";
/// 16 letters of 5 bits: 80 bits, far beyond guessing at the sign-in rate limit.
const RECOVERY_LEN: usize = 16;

/// A user's TOTP secret. Never printed (`Debug` is redacted).
#[derive(Clone, PartialEq, Eq)]
pub struct TotpSecret(Redacted<Vec<u8>>);

impl fmt::Debug for TotpSecret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "TotpSecret({:?})", self.0)
    }
}

impl TotpSecret {
    pub fn random(rng: &mut (impl RngCore + CryptoRng)) -> TotpSecret {
        let mut bytes = vec![0u8; SECRET_BYTES];
        rng.fill_bytes(&mut bytes);
        TotpSecret(Redacted::new(bytes))
    }

    /// From its base-32 text (what authenticator apps show), spaces and case ignored.
    pub fn from_base32(text: &str) -> Option<TotpSecret> {
        let cleaned: String = text
            .chars()
            .filter(|c| !c.is_whitespace())
            .map(|c| c.to_ascii_uppercase())
            .collect();
        let bytes = Secret::try_from_base32(cleaned.trim_end_matches('=')).ok()?;
        (bytes.len() >= 16).then(|| TotpSecret(Redacted::new(bytes.to_vec())))
    }

    /// Base-32 without padding, as typed into an authenticator app.
    pub fn to_base32(&self) -> String {
        Secret::from(self.0.expose().clone()).to_base32()
    }

    /// The base-32 text in groups of four, easier to type by hand.
    pub fn grouped(&self) -> String {
        let text = self.to_base32();
        let chars: Vec<char> = text.chars().collect();
        chars
            .chunks(4)
            .map(|c| c.iter().collect::<String>())
            .collect::<Vec<_>>()
            .join(" ")
    }

    fn totp(&self, digits: usize) -> Totp {
        Builder::new()
            .with_algorithm(Algorithm::SHA1)
            .with_digits(digits as u8)
            .with_skew(1)
            .with_step_duration(STEP_SECS as u64)
            .with_secret(self.0.expose().clone())
            .build_noncompliant()
    }

    /// The code of the step holding `unix_secs`.
    pub fn code_at(&self, unix_secs: i64) -> String {
        self.totp(DIGITS)
            .generate(u64::try_from(unix_secs).unwrap_or(0))
            .to_string()
    }

    /// The step a typed code belongs to, if it is the code of the step holding
    /// `unix_secs` or of one step either side. Spaces are ignored; Bengali digits count.
    /// The caller must still refuse a step at or before the last one accepted.
    pub fn matching_step(&self, typed: &str, unix_secs: i64) -> Option<i64> {
        let digits = normalise_digits(typed)?;
        let time = u64::try_from(unix_secs).ok()?;
        self.totp(DIGITS)
            .check(&digits, time)
            .and_then(|step| i64::try_from(step).ok())
    }

    /// The `otpauth://` URI an authenticator app reads from the QR code.
    pub fn otpauth_uri(&self, issuer: &str, account: &str) -> String {
        let label = format!("{}:{}", encode(issuer), encode(account));
        format!(
            "otpauth://totp/{label}?secret={}&issuer={}&algorithm=SHA1&digits={DIGITS}&period={STEP_SECS}",
            self.to_base32(),
            encode(issuer)
        )
    }

    pub fn as_bytes(&self) -> &[u8] {
        self.0.expose()
    }

    pub fn from_bytes(bytes: Vec<u8>) -> TotpSecret {
        TotpSecret(Redacted::new(bytes))
    }
}

/// The step holding a time.
pub fn step_of(unix_secs: i64) -> i64 {
    unix_secs.div_euclid(STEP_SECS)
}

/// A typed code as ASCII digits, separators removed; `None` unless exactly six digits.
fn normalise_digits(typed: &str) -> Option<String> {
    let mut out = String::with_capacity(DIGITS);
    for c in typed.chars() {
        if c.is_whitespace() || c == '-' {
            continue;
        }
        out.push(to_ascii_digit(c)?);
    }
    (out.len() == DIGITS).then_some(out)
}

/// Percent-encoding for the URI's label and issuer (RFC 3986 unreserved kept).
fn encode(text: &str) -> String {
    text.bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() || b"-._~".contains(&b) {
                (b as char).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect()
}

/// A fresh recovery code, shown as four groups of four (`7KQ2-…`).
pub fn recovery_code(rng: &mut (impl RngCore + CryptoRng)) -> String {
    let letters: Vec<u8> = (0..RECOVERY_LEN)
        .map(|_| RECOVERY_ALPHABET[(rng.next_u32() % 32) as usize])
        .collect();
    letters
        .chunks(4)
        .map(|c| String::from_utf8_lossy(c).into_owned())
        .collect::<Vec<_>>()
        .join("-")
}

/// A typed recovery code in its stored form: separators and spaces dropped, upper case,
/// the letters people confuse read as the digits they look like. `None` unless it has the
/// right length and alphabet.
pub fn normalise_recovery_code(typed: &str) -> Option<String> {
    let mut out = String::with_capacity(RECOVERY_LEN);
    for c in typed.chars() {
        if c.is_whitespace() || c == '-' {
            continue;
        }
        let c = match c.to_ascii_uppercase() {
            'O' => '0',
            'I' | 'L' => '1',
            other => other,
        };
        if !c.is_ascii() || !RECOVERY_ALPHABET.contains(&(c as u8)) {
            return None;
        }
        out.push(c);
    }
    (out.len() == RECOVERY_LEN).then_some(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use rand::SeedableRng;
    use rand::rngs::StdRng;

    /// RFC 6238 appendix B, the SHA-1 rows (eight digits, secret "12345678901234567890").
    #[test]
    fn totp_rfc6238_test_vectors() {
        let secret = TotpSecret::from_bytes(b"12345678901234567890".to_vec());
        let totp = secret.totp(8);
        for (time, code) in [
            (59u64, "94287082"),
            (1_111_111_109, "07081804"),
            (1_111_111_111, "14050471"),
            (1_234_567_890, "89005924"),
            (2_000_000_000, "69279037"),
            (20_000_000_000, "65353130"),
        ] {
            assert_eq!(totp.generate(time).to_string(), code, "at {time}");
        }
        // Six digits are the last six of the same value.
        assert_eq!(secret.code_at(59), "287082");
    }

    #[test]
    fn totp_accepts_one_step_of_drift_and_reports_the_step() {
        let secret = TotpSecret::random(&mut StdRng::seed_from_u64(7));
        let now = 1_790_000_000;
        let step = step_of(now);
        assert_eq!(secret.matching_step(&secret.code_at(now), now), Some(step));
        assert_eq!(
            secret.matching_step(&secret.code_at(now - 30), now),
            Some(step - 1)
        );
        assert_eq!(
            secret.matching_step(&secret.code_at(now + 30), now),
            Some(step + 1)
        );
        assert_eq!(secret.matching_step(&secret.code_at(now - 90), now), None);
        assert_eq!(secret.matching_step("12345", now), None);
        assert_eq!(secret.matching_step("", now), None);
        assert_eq!(secret.matching_step("abcdef", now), None);
    }

    #[test]
    fn totp_code_typed_with_spaces_or_bengali_digits() {
        let secret = TotpSecret::random(&mut StdRng::seed_from_u64(8));
        let now = 1_790_000_000;
        let code = secret.code_at(now);
        let spaced = format!("{} {}", &code[..3], &code[3..]);
        assert!(secret.matching_step(&spaced, now).is_some());
        let bengali: String = code
            .chars()
            .map(|c| char::from_u32('০' as u32 + c.to_digit(10).unwrap()).unwrap())
            .collect();
        assert!(secret.matching_step(&bengali, now).is_some());
    }

    #[test]
    fn totp_secret_round_trips_base32_and_is_never_printed() {
        let secret = TotpSecret::random(&mut StdRng::seed_from_u64(9));
        let text = secret.to_base32();
        assert_eq!(text.len(), 32);
        assert_eq!(
            TotpSecret::from_base32(&secret.grouped()),
            Some(secret.clone())
        );
        assert_eq!(
            TotpSecret::from_base32(&text.to_lowercase()),
            Some(secret.clone())
        );
        assert_eq!(TotpSecret::from_base32("not base32!"), None);
        assert!(!format!("{secret:?}").contains(&text));
        let uri = secret.otpauth_uri("Workvoice Helpline", "op.name");
        assert!(uri.starts_with("otpauth://totp/Workvoice%20Helpline:op.name?secret="));
        assert!(uri.contains(&text));
    }

    #[test]
    fn totp_recovery_codes_normalise_what_people_type() {
        let mut rng = StdRng::seed_from_u64(10);
        let code = recovery_code(&mut rng);
        assert_eq!(code.len(), 19);
        let stored = normalise_recovery_code(&code).unwrap();
        assert_eq!(
            normalise_recovery_code(&code.to_lowercase().replace('-', " ")),
            Some(stored.clone())
        );
        assert_eq!(
            normalise_recovery_code("0000-0000-0000-000O")
                .unwrap()
                .len(),
            16
        );
        assert_eq!(normalise_recovery_code("short"), None);
        assert_eq!(normalise_recovery_code("UUUU-UUUU-UUUU-UUUU"), None);
        assert_ne!(recovery_code(&mut rng), code);
    }
}
