//! Cookie names and attributes. With `secure_cookies` the session cookie carries the
//! `__Host-` prefix, which makes browsers refuse it unless it is Secure, host-only and
//! path `/`: a sibling subdomain cannot plant or overwrite it.

use axum::http::HeaderMap;
use axum::http::header::COOKIE;

use crate::state::WebConfig;

pub fn session_name(config: &WebConfig) -> &'static str {
    if config.secure_cookies {
        "__Host-wv_session"
    } else {
        "wv_session"
    }
}

/// Double-submit token for forms shown before sign-in (the login form).
pub fn pre_session_name(config: &WebConfig) -> &'static str {
    if config.secure_cookies {
        "__Host-wv_pre"
    } else {
        "wv_pre"
    }
}

pub const LANGUAGE: &str = "wv_lang";
pub const FLASH_CODE: &str = "wv_code";

pub fn read(headers: &HeaderMap, name: &str) -> Option<String> {
    headers
        .get_all(COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v.to_owned())
}

/// A `Set-Cookie` value. `max_age` of 0 deletes the cookie.
pub fn build(
    config: &WebConfig,
    name: &str,
    value: &str,
    path: &str,
    max_age: Option<i64>,
) -> String {
    let mut out = format!("{name}={value}; Path={path}; HttpOnly; SameSite=Lax");
    if config.secure_cookies {
        out.push_str("; Secure");
    }
    if let Some(age) = max_age {
        out.push_str(&format!("; Max-Age={age}"));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::HeaderValue;

    #[test]
    fn reads_one_cookie_among_many() {
        let mut headers = HeaderMap::new();
        headers.insert(COOKIE, HeaderValue::from_static("a=1; wv_session=abc; b=2"));
        assert_eq!(read(&headers, "wv_session").as_deref(), Some("abc"));
        assert_eq!(read(&headers, "missing"), None);
    }

    #[test]
    fn secure_cookie_has_secure_flag() {
        let config = WebConfig::default();
        let c = build(&config, session_name(&config), "t", "/", None);
        assert!(c.starts_with("__Host-wv_session=t; Path=/"));
        assert!(c.contains("Secure") && c.contains("HttpOnly"));
    }
}
