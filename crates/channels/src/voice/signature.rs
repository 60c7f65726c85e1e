//! The provider's request signature (Twilio's `X-Twilio-Signature`; SignalWire's cXML
//! webhooks use the same scheme with their signing key): base64 of HMAC-SHA1, keyed by the
//! auth token, over the full URL the provider requested followed by every POST parameter
//! as name then value, sorted by name. A request whose signature does not match is not
//! from the provider (or was changed on the way) and gets nothing but a 403.

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use hmac::{Hmac, Mac};
use sha1::Sha1;

/// The signature the provider sends for a POST of `params` to `url`.
pub fn signature(auth_token: &str, url: &str, params: &[(String, String)]) -> String {
    let mut sorted: Vec<&(String, String)> = params.iter().collect();
    sorted.sort();
    // An HMAC takes a key of any length, so this cannot fail.
    let Ok(mut mac) = Hmac::<Sha1>::new_from_slice(auth_token.as_bytes()) else {
        return String::new();
    };
    mac.update(url.as_bytes());
    for (name, value) in sorted {
        mac.update(name.as_bytes());
        mac.update(value.as_bytes());
    }
    STANDARD.encode(mac.finalize().into_bytes())
}

/// Whether `given` is the signature of this request, compared in constant time. An empty
/// token verifies nothing.
pub fn verify(auth_token: &str, url: &str, params: &[(String, String)], given: &str) -> bool {
    if auth_token.is_empty() {
        return false;
    }
    let expected = signature(auth_token, url, params);
    let (a, b) = (expected.as_bytes(), given.trim().as_bytes());
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

#[cfg(test)]
mod tests {
    use super::*;

    fn example() -> Vec<(String, String)> {
        [
            ("CallSid", "CA1234567890ABCDE"),
            ("Caller", "+12349013030"),
            ("Digits", "1234"),
            ("From", "+12349013030"),
            ("To", "+18005551212"),
        ]
        .into_iter()
        .map(|(k, v)| (k.to_owned(), v.to_owned()))
        .collect()
    }

    const URL: &str = "https://mycompany.com/myapp.php?foo=1&bar=2";

    #[test]
    fn ivr_signature_matches_the_provider_s_documented_example() {
        assert_eq!(
            signature("12345", URL, &example()),
            "0/KCTR6DLpKmkAf8muzZqo1nDgQ="
        );
        let mut shuffled = example();
        shuffled.reverse();
        assert!(verify(
            "12345",
            URL,
            &shuffled,
            "0/KCTR6DLpKmkAf8muzZqo1nDgQ="
        ));
    }

    #[test]
    fn ivr_signature_fails_for_a_changed_digit_url_token_or_a_missing_header() {
        let good = "0/KCTR6DLpKmkAf8muzZqo1nDgQ=";
        let mut tampered = example();
        tampered[2].1 = "1235".into();
        assert!(!verify("12345", URL, &tampered, good));
        assert!(!verify(
            "12345",
            "https://mycompany.com/myapp.php?foo=1",
            &example(),
            good
        ));
        assert!(!verify("54321", URL, &example(), good));
        assert!(!verify("12345", URL, &example(), ""));
        assert!(!verify(
            "",
            URL,
            &example(),
            &signature("", URL, &example())
        ));
    }
}
