//! What each placeholder of the messages means and a realistic value for it
//! (`locales/placeholders.toml`): the filled-message test fills every message with these,
//! and the native-review export shows the meanings beside each message.

use std::collections::BTreeMap;

use fluent_templates::fluent_bundle::FluentValue;
use serde::Deserialize;

use super::Tr;

pub const PLACEHOLDERS_TOML: &str = include_str!("../../locales/placeholders.toml");

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Placeholders {
    placeholder: BTreeMap<String, Placeholder>,
    #[serde(default, rename = "override")]
    overrides: Vec<Override>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Placeholder {
    pub meaning: String,
    pub sample: Sample,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Override {
    message: String,
    placeholder: String,
    meaning: String,
    sample: Sample,
}

/// A value to fill a placeholder with.
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Sample {
    /// The same words in every language.
    Text(String),
    /// A preformatted date, time or number, written in the reader's digits.
    Digits(String),
    /// Another message, in the reader's language.
    Message(String),
    /// A number for Fluent to format.
    Number(i64),
    /// The plural selector.
    Count,
    /// The count, written in the reader's digits.
    Shown,
}

/// The counts every message with a plural selector is tried with.
pub const SAMPLE_COUNTS: [i64; 2] = [1, 5];

impl Placeholders {
    pub fn shipped() -> Result<Placeholders, toml::de::Error> {
        toml::from_str(PLACEHOLDERS_TOML)
    }

    /// What `name` stands for in message `id`, if the list knows it.
    pub fn get(&self, id: &str, name: &str) -> Option<Placeholder> {
        self.overrides
            .iter()
            .find(|o| o.message == id && o.placeholder == name)
            .map(|o| Placeholder {
                meaning: o.meaning.clone(),
                sample: o.sample.clone(),
            })
            .or_else(|| self.placeholder.get(name).cloned())
    }
}

impl Sample {
    /// The value to fill in for a reader of `tr`'s language, with `count` as the count.
    pub fn value(&self, tr: Tr, count: i64) -> FluentValue<'static> {
        match self {
            Sample::Text(text) => text.clone().into(),
            Sample::Digits(text) => tr.digits(text).into(),
            Sample::Message(id) => tr.t_count(id, 2).into(),
            Sample::Number(n) => (*n).into(),
            Sample::Count => count.into(),
            Sample::Shown => tr.number(count).into(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use workvoice_domain::Language;

    fn text(value: FluentValue) -> String {
        match value {
            FluentValue::String(s) => s.into_owned(),
            other => panic!("not text: {other:?}"),
        }
    }

    #[test]
    fn overrides_win_over_the_general_meaning() {
        let p = Placeholders::shipped().expect("placeholders.toml parses");
        let tr = Tr::new(Language::Bn);
        let general = p.get("event-status_changed", "to").unwrap();
        assert_eq!(text(general.sample.value(tr, 1)), tr.t("status-reported"));
        let window = p.get("consent-safe-window", "from").unwrap();
        assert_eq!(text(window.sample.value(tr, 1)), "২০:০০");
        assert!(p.get("anything", "nosuchplaceholder").is_none());
    }
}
