//! The benchmark's HTTP client: GETs with a session or a token, and signing in the way a
//! browser does.

use std::fmt::Write as _;
use std::sync::Arc;

use anyhow::{Context, Result};
use reqwest::StatusCode;
use reqwest::header::{ACCEPT_ENCODING, AUTHORIZATION, CONTENT_TYPE, COOKIE, SET_COOKIE};

use workvoice_domain::second_factor::TotpSecret;

use super::sample::Workplaces;

#[derive(Clone)]
pub struct Bench {
    pub client: reqwest::Client,
    pub base: String,
    pub token: String,
    pub workplaces: Arc<Workplaces>,
}

#[derive(Clone, Copy)]
pub enum Auth<'a> {
    None,
    Session(&'a str),
    Bearer(&'a str),
}

impl Bench {
    pub async fn get(
        &self,
        path: &str,
        auth: Auth<'_>,
        encoding: Option<&str>,
    ) -> Result<(StatusCode, Vec<u8>)> {
        let mut req = self.client.get(format!("{}{path}", self.base));
        req = match auth {
            Auth::None => req,
            Auth::Session(s) => req.header(COOKIE, format!("wv_session={s}")),
            Auth::Bearer(t) => req.header(AUTHORIZATION, format!("Bearer {t}")),
        };
        if let Some(e) = encoding {
            req = req.header(ACCEPT_ENCODING, e);
        }
        let resp = req.send().await?;
        let status = resp.status();
        Ok((status, resp.bytes().await?.to_vec()))
    }

    /// Signs in the way a browser does: the login form sets a double-submit cookie and
    /// carries the same token in a hidden field; the form post returns the session cookie,
    /// which then passes the second factor with the app's current code.
    pub async fn sign_in(
        &self,
        username: &str,
        password: &str,
        second_factor: &TotpSecret,
    ) -> Result<String> {
        let resp = self
            .client
            .get(format!("{}/login", self.base))
            .send()
            .await?;
        let pre = cookie(&resp, "wv_pre").context("GET /login set no wv_pre cookie")?;
        let html = resp.text().await?;
        let csrf = hidden_csrf(&html).context("the login form has no csrf field")?;
        let body = format!(
            "username={}&password={}&csrf={}",
            percent(username),
            percent(password),
            percent(&csrf)
        );
        let resp = self
            .client
            .post(format!("{}/login", self.base))
            .header(COOKIE, format!("wv_pre={pre}"))
            .header(CONTENT_TYPE, "application/x-www-form-urlencoded")
            .body(body)
            .send()
            .await?;
        let status = resp.status();
        let session = cookie(&resp, "wv_session")
            .with_context(|| format!("POST /login answered {status} without a session cookie"))?;
        let page = format!("{}/login/second-factor", self.base);
        let html = self
            .client
            .get(&page)
            .header(COOKIE, format!("wv_session={session}"))
            .send()
            .await?
            .text()
            .await?;
        let csrf = hidden_csrf(&html).context("the second-factor form has no csrf field")?;
        let now = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)?
            .as_secs();
        let code = second_factor.code_at(i64::try_from(now)?);
        let resp = self
            .client
            .post(&page)
            .header(COOKIE, format!("wv_session={session}"))
            .header(CONTENT_TYPE, "application/x-www-form-urlencoded")
            .body(format!("code={code}&csrf={}", percent(&csrf)))
            .send()
            .await?;
        anyhow::ensure!(
            resp.status() == StatusCode::SEE_OTHER,
            "the second factor was refused ({})",
            resp.status()
        );
        Ok(session)
    }
}

fn cookie(resp: &reqwest::Response, name: &str) -> Option<String> {
    resp.headers()
        .get_all(SET_COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .filter_map(|v| v.split(';').next()?.split_once('='))
        .find(|(k, v)| *k == name && !v.is_empty())
        .map(|(_, v)| v.to_owned())
}

fn hidden_csrf(html: &str) -> Option<String> {
    let marker = "name=\"csrf\" value=\"";
    let start = html.find(marker)? + marker.len();
    let len = html[start..].find('"')?;
    Some(html[start..start + len].to_owned())
}

/// `/static/…` URLs a page links to (styles, scripts, icons).
pub fn static_assets(html: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = html;
    while let Some(i) = rest.find("\"/static/") {
        let tail = &rest[i + 1..];
        let Some(end) = tail.find('"') else { break };
        let url = tail[..end].to_owned();
        if !out.contains(&url) {
            out.push(url);
        }
        rest = &tail[end..];
    }
    out
}

/// Percent-encodes everything but unreserved characters (RFC 3986).
pub fn percent(s: &str) -> String {
    let mut out = String::with_capacity(s.len() * 3);
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~".contains(&b) {
            out.push(char::from(b));
        } else {
            let _ = write!(out, "%{b:02X}");
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn form_helpers() {
        assert_eq!(percent("a b&ক"), "a%20b%26%E0%A6%95");
        assert_eq!(
            hidden_csrf(r#"<input type="hidden" name="csrf" value="abc-_1">"#).as_deref(),
            Some("abc-_1")
        );
        assert_eq!(
            static_assets(r#"<link href="/static/app.css"><script src="/static/app.js">"#),
            ["/static/app.css", "/static/app.js"]
        );
    }
}
