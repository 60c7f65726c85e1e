//! The term list (`locales/terms.toml`): one term per concept in each language, with the
//! variants the locale files must not use. The terminology test and the native-review
//! export read it through here.

use std::collections::BTreeMap;

use serde::Deserialize;
use workvoice_domain::Language;

/// The term list as shipped beside the locales.
pub const TERMS_TOML: &str = include_str!("../../locales/terms.toml");

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TermList {
    pub term: Vec<Term>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Term {
    pub concept: String,
    pub en: String,
    pub bn: String,
    pub vi: String,
    /// Per language code: variants that must not appear.
    #[serde(default)]
    pub reject: BTreeMap<String, Vec<String>>,
    /// Per language code: longer words that contain a rejected variant but are right.
    #[serde(default)]
    pub allow: BTreeMap<String, Vec<String>>,
    #[serde(default)]
    pub note: Option<String>,
}

impl TermList {
    pub fn shipped() -> Result<TermList, toml::de::Error> {
        toml::from_str(TERMS_TOML)
    }
}

impl Term {
    /// The chosen term in `language`.
    pub fn term(&self, language: Language) -> &str {
        match language {
            Language::En => &self.en,
            Language::Bn => &self.bn,
            Language::Vi => &self.vi,
        }
    }

    /// The rejected variants of this concept that `text` (a message in `language`) uses.
    pub fn variants_in(&self, language: Language, text: &str) -> Vec<&str> {
        let code = language.code();
        let Some(rejected) = self.reject.get(code) else {
            return Vec::new();
        };
        let mut rest = text.to_lowercase();
        let allowed = self.allow.get(code).into_iter().flatten();
        for word in std::iter::once(self.term(language)).chain(allowed.map(String::as_str)) {
            rest = rest.replace(&word.to_lowercase(), " ");
        }
        rejected
            .iter()
            .filter(|v| rest.contains(&v.to_lowercase()))
            .map(String::as_str)
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn list() -> TermList {
        TermList::shipped().expect("terms.toml parses")
    }

    fn flagged(language: Language, text: &str) -> Vec<String> {
        list()
            .term
            .iter()
            .flat_map(|t| {
                t.variants_in(language, text)
                    .into_iter()
                    .map(|v| format!("{}: {v}", t.concept))
            })
            .collect()
    }

    #[test]
    fn terminology_list_rejects_the_variants_the_review_found() {
        assert_eq!(flagged(Language::Bn, "সব বিভাগ"), ["category: বিভাগ"]);
        assert_eq!(flagged(Language::Bn, "প্রটোকলের ধাপ"), ["protocol: প্রটোকল"]);
        assert_eq!(flagged(Language::Vi, "Hồ sơ đang mở"), ["case: hồ sơ"]);
        assert_eq!(
            flagged(Language::Vi, "đã chuyển cấp lúc"),
            ["escalation (to the brand): chuyển cấp"]
        );
        assert_eq!(
            flagged(Language::En, "Retaliation check"),
            ["reprisal: retaliation"]
        );
    }

    #[test]
    fn terminology_allows_the_chosen_term_around_a_rejected_short_form() {
        assert!(flagged(Language::Vi, "Có thể gửi tin nhắn SMS").is_empty());
        assert_eq!(flagged(Language::Vi, "Gửi SMS"), ["SMS: SMS"]);
        assert!(flagged(Language::Bn, "প্রতিশোধমূলক আচরণের ঝুঁকি").is_empty());
        assert_eq!(flagged(Language::Bn, "প্রতিশোধ যাচাই"), ["reprisal: প্রতিশোধ"]);
    }

    #[test]
    fn terminology_every_term_names_its_concept_in_all_three_languages() {
        for t in list().term {
            for language in Language::ALL {
                assert!(!t.term(language).trim().is_empty(), "{}", t.concept);
            }
            for code in t.reject.keys().chain(t.allow.keys()) {
                assert!(
                    Language::parse(code).is_some(),
                    "{}: unknown language {code}",
                    t.concept
                );
            }
        }
    }
}
