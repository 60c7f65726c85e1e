//! Languages the interface and case records are available in.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Language {
    /// English is the fallback because every translation starts from it.
    #[default]
    En,
    Bn,
    Vi,
}

impl Language {
    pub const ALL: [Language; 3] = [Language::En, Language::Bn, Language::Vi];

    /// BCP 47 primary language subtag.
    pub fn code(self) -> &'static str {
        match self {
            Language::En => "en",
            Language::Bn => "bn",
            Language::Vi => "vi",
        }
    }

    /// Fluent id of the language's name.
    pub fn message_key(self) -> &'static str {
        match self {
            Language::En => "language-en",
            Language::Bn => "language-bn",
            Language::Vi => "language-vi",
        }
    }

    /// Parses a language tag by its primary subtag, so "bn-BD", "vi_VN" and
    /// "EN" all work: regional variants are not distinguished anywhere.
    pub fn parse(s: &str) -> Option<Language> {
        let primary = s.trim().split(['-', '_']).next().unwrap_or("");
        Language::ALL
            .into_iter()
            .find(|l| l.code().eq_ignore_ascii_case(primary))
    }

    /// Picks the supported language with the highest q-value from an HTTP
    /// `Accept-Language` header. Ties go to the earlier entry, as browsers
    /// list preferences in order. `q=0` means "not acceptable"; malformed
    /// entries are skipped rather than failing the whole header, because a
    /// bad header should only cost the user the preference, not the page.
    pub fn from_accept_language(header: &str) -> Option<Language> {
        let mut best: Option<(Language, u16)> = None;
        for item in header.split(',') {
            let mut parts = item.split(';');
            let tag = parts.next().unwrap_or("").trim();
            let Some(lang) = Language::parse(tag) else {
                continue;
            };
            let Some(q) = parse_q(parts) else {
                continue;
            };
            if q == 0 {
                continue;
            }
            if best.is_none_or(|(_, best_q)| q > best_q) {
                best = Some((lang, q));
            }
        }
        best.map(|(lang, _)| lang)
    }
}

/// Parses the parameters after a tag into a q-value in thousandths
/// (RFC 9110 allows at most three decimals), defaulting to 1000.
fn parse_q<'a>(params: impl Iterator<Item = &'a str>) -> Option<u16> {
    let mut q = 1000;
    for param in params {
        let Some((name, value)) = param.split_once('=') else {
            continue;
        };
        if !name.trim().eq_ignore_ascii_case("q") {
            continue;
        }
        q = parse_qvalue(value.trim())?;
    }
    Some(q)
}

fn parse_qvalue(v: &str) -> Option<u16> {
    let (int, frac) = v.split_once('.').unwrap_or((v, ""));
    if frac.len() > 3 || !frac.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let mut thousandths: u16 = match int {
        "0" => 0,
        "1" => 1000,
        _ => return None,
    };
    let mut scale = 100;
    for b in frac.bytes() {
        thousandths += u16::from(b - b'0') * scale;
        scale /= 10;
    }
    (thousandths <= 1000).then_some(thousandths)
}

crate::stored_code!(Language);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parse_uses_primary_subtag() {
        assert_eq!(Language::parse("en"), Some(Language::En));
        assert_eq!(Language::parse("en-US"), Some(Language::En));
        assert_eq!(Language::parse("BN-bd"), Some(Language::Bn));
        assert_eq!(Language::parse("vi_VN"), Some(Language::Vi));
        assert_eq!(Language::parse(""), None);
        assert_eq!(Language::parse("fr"), None);
        assert_eq!(Language::parse("eng"), None);
        assert_eq!(Language::parse("-en"), None);
    }

    #[test]
    fn default_is_english() {
        assert_eq!(Language::default(), Language::En);
    }

    #[test]
    fn accept_language_picks_highest_q() {
        assert_eq!(
            Language::from_accept_language("fr-FR,fr;q=0.9,vi;q=0.5,bn;q=0.8"),
            Some(Language::Bn)
        );
        assert_eq!(
            Language::from_accept_language("en;q=0.2, vi-VN"),
            Some(Language::Vi)
        );
    }

    #[test]
    fn accept_language_ties_go_to_first() {
        assert_eq!(
            Language::from_accept_language("bn;q=0.5,en;q=0.5"),
            Some(Language::Bn)
        );
    }

    #[test]
    fn accept_language_skips_q_zero_malformed_and_unsupported() {
        assert_eq!(
            Language::from_accept_language("en;q=0,bn;q=0.1"),
            Some(Language::Bn)
        );
        assert_eq!(
            Language::from_accept_language("en;q=2,vi;q=0.3"),
            Some(Language::Vi)
        );
        assert_eq!(Language::from_accept_language("en;q=abc"), None);
        assert_eq!(Language::from_accept_language("en;q=0.0001"), None);
        assert_eq!(Language::from_accept_language("fr, de;q=0.9, *"), None);
        assert_eq!(Language::from_accept_language(""), None);
    }

    #[test]
    fn qvalue_parsing() {
        assert_eq!(parse_qvalue("1"), Some(1000));
        assert_eq!(parse_qvalue("1.000"), Some(1000));
        assert_eq!(parse_qvalue("1.001"), None);
        assert_eq!(parse_qvalue("0.125"), Some(125));
        assert_eq!(parse_qvalue("0."), Some(0));
        assert_eq!(parse_qvalue(".5"), None);
    }
}
