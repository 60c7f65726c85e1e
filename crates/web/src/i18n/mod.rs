//! Every user-facing string comes from `locales/{en,bn,vi}/<feature>.ftl` (Fluent, CLDR
//! plurals; one file per feature, `shared.ftl` for what every page uses, all loaded),
//! embedded in the binary. Numbers and dates are formatted here because Fluent's own
//! number formatting knows neither Bengali digits nor lakh grouping: every number, whether
//! a handler formats it (`Tr::number`) or a message places it (`{ $count }`), goes through
//! `domain::numbers`, so a Bengali page cannot print a Latin digit by forgetting `$shown`.
//!
//! `terms` (one term per concept), `placeholders` (what each `$name` means, with sample
//! values) and `catalog` (messages of a file as data) serve the language tests and the
//! native-review export and import.

pub mod catalog;
pub mod placeholders;
pub mod terms;

use std::borrow::Cow;
use std::collections::HashMap;

use fluent_templates::fluent_bundle::FluentValue;
use fluent_templates::{LanguageIdentifier, Loader, langid};
use workvoice_domain::{Language, Millis, numbers};

fluent_templates::static_loader! {
    static LOCALES = {
        locales: "./locales",
        fallback_language: "en",
        customise: |bundle| {
            // Placeables inside HTML must not be wrapped in bidi isolation marks.
            bundle.set_use_isolating(false);
            match bundle.locales.first().map(|l| l.language.as_str()) {
                Some("bn") => bundle.set_formatter(Some(bengali_number)),
                Some("vi") => bundle.set_formatter(Some(vietnamese_number)),
                _ => bundle.set_formatter(Some(english_number)),
            }
        },
    };
}

/// A whole number placed by a message, in `language`'s digits and grouping; anything else
/// is left to Fluent.
fn locale_number(value: &FluentValue, language: Language) -> Option<String> {
    match value {
        FluentValue::Number(n) if n.value.fract() == 0.0 && n.value.abs() < 1e15 => {
            // Exact: a whole f64 below 2^53 converts to i64 without loss.
            #[allow(clippy::cast_possible_truncation)]
            let whole = n.value as i64;
            Some(numbers::format_integer(whole, language))
        }
        _ => None,
    }
}

// One function per language: Fluent's formatter hook is a plain `fn`, and a bundle does
// not hand its language to it.
fn bengali_number<M>(value: &FluentValue, _: &M) -> Option<String> {
    locale_number(value, Language::Bn)
}

fn vietnamese_number<M>(value: &FluentValue, _: &M) -> Option<String> {
    locale_number(value, Language::Vi)
}

fn english_number<M>(value: &FluentValue, _: &M) -> Option<String> {
    locale_number(value, Language::En)
}

fn langid(language: Language) -> LanguageIdentifier {
    match language {
        Language::En => langid!("en"),
        Language::Bn => langid!("bn"),
        Language::Vi => langid!("vi"),
    }
}

/// The translator for one request.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Tr {
    pub language: Language,
}

impl Tr {
    pub fn new(language: Language) -> Tr {
        Tr { language }
    }

    pub fn t(&self, key: &str) -> String {
        LOCALES.lookup(&langid(self.language), key)
    }

    /// A message with named arguments, e.g. `t_args("cases-found", &[("count", 3.into())])`.
    pub fn t_args(&self, key: &str, args: &[(&'static str, FluentValue<'static>)]) -> String {
        let map: HashMap<Cow<'static, str>, FluentValue<'static>> = args
            .iter()
            .map(|(k, v)| (Cow::Borrowed(*k), v.clone()))
            .collect();
        LOCALES.lookup_with_args(&langid(self.language), key, &map)
    }

    /// A count in this language's digits, with the message's plural form chosen by Fluent.
    pub fn t_count(&self, key: &str, count: i64) -> String {
        self.t_args(
            key,
            &[
                ("count", FluentValue::from(count)),
                ("shown", FluentValue::from(self.number(count))),
            ],
        )
    }

    /// A translation if the key exists (for data-driven keys like admin-added categories).
    pub fn try_t(&self, key: &str) -> Option<String> {
        LOCALES.try_lookup(&langid(self.language), key)
    }

    pub fn number(&self, n: i64) -> String {
        numbers::format_integer(n, self.language)
    }

    /// Digits of a preformatted ASCII string (times, codes) in this language's script.
    pub fn digits(&self, text: &str) -> String {
        match self.language {
            Language::Bn => text
                .chars()
                .map(|c| match c.to_digit(10) {
                    Some(d) => char::from_u32(0x09E6 + d).unwrap_or(c),
                    None => c,
                })
                .collect(),
            _ => text.to_owned(),
        }
    }

    /// Date and time of a UTC instant in the given zone, e.g. `2026-11-23 14:05`.
    pub fn datetime(&self, at: Millis, time_zone: &str) -> String {
        let text = at
            .local_date_time(time_zone)
            .map(|dt| dt.strftime("%Y-%m-%d %H:%M").to_string())
            .unwrap_or_default();
        self.digits(&text)
    }

    /// The date alone of a UTC instant in the given zone, e.g. `2026-11-23`: what factory
    /// and brand users see of when a case was reported, never the minute of the call.
    pub fn date(&self, at: Millis, time_zone: &str) -> String {
        let text = at
            .local_date_time(time_zone)
            .map(|dt| dt.strftime("%Y-%m-%d").to_string())
            .unwrap_or_default();
        self.digits(&text)
    }

    /// The language's own name, for the language switcher.
    pub fn native_name(language: Language) -> String {
        Tr::new(language).t("language-native-name")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Message ids defined in one language's files.
    fn keys(language: &str) -> Vec<(String, String)> {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("locales")
            .join(language);
        let mut out = Vec::new();
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            let file = path.file_name().unwrap().to_string_lossy().into_owned();
            for line in std::fs::read_to_string(&path).unwrap().lines() {
                if let Some((key, _)) = line.split_once(" =")
                    && key.chars().next().is_some_and(|c| c.is_ascii_lowercase())
                {
                    out.push((file.clone(), key.to_owned()));
                }
            }
        }
        out
    }

    #[test]
    fn every_language_has_every_english_key() {
        let en = keys("en");
        assert!(en.len() > 100);
        for lang in ["bn", "vi"] {
            let other = keys(lang);
            for key in &en {
                assert!(other.contains(key), "{lang} lacks {} in {}", key.1, key.0);
            }
        }
    }

    #[test]
    fn bengali_digits_and_plurals() {
        let bn = Tr::new(Language::Bn);
        assert_eq!(bn.digits("2026-11-23"), "২০২৬-১১-২৩");
        assert_eq!(bn.number(100000), "১,০০,০০০");
        assert_ne!(
            bn.t("nav-new-case"),
            Tr::new(Language::En).t("nav-new-case")
        );
    }

    #[test]
    fn locale_digits_of_numbers_a_message_places_itself() {
        // `{ $count }` placed directly (not `$shown`) still comes out in the reader's digits.
        let args = |n: i64| [("count", FluentValue::from(n)), ("shown", "x".into())];
        let bn = Tr::new(Language::Bn).t_args(
            "pager-position",
            &[("page", 2.into()), ("pages", 12_000.into())],
        );
        assert_eq!(bn, "১২,০০০ পাতার মধ্যে ২ নম্বর পাতা");
        let vi = Tr::new(Language::Vi).t_args(
            "pager-position",
            &[("page", 2.into()), ("pages", 12_000.into())],
        );
        assert_eq!(vi, "Trang 2 / 12.000");
        assert!(
            Tr::new(Language::En)
                .t_args("span-days", &args(1))
                .contains("day")
        );
    }

    #[test]
    fn datetime_is_in_the_zone() {
        // 2026-01-01T00:00:00Z is 06:00 in Dhaka and 07:00 in Ho Chi Minh City.
        let en = Tr::new(Language::En);
        assert_eq!(
            en.datetime(Millis(1_767_225_600_000), "Asia/Dhaka"),
            "2026-01-01 06:00"
        );
        assert_eq!(
            en.datetime(Millis(1_767_225_600_000), "Asia/Ho_Chi_Minh"),
            "2026-01-01 07:00"
        );
    }
}
