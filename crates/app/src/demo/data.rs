//! The demo's constant data, embedded from the TOML files in `data/` and parsed once at
//! the start, so a mistake in a file stops the demo before anything is written.

use std::collections::HashMap;

use anyhow::{Result, anyhow};
use rand::distributions::WeightedIndex;
use serde::Deserialize;
use workvoice_domain::second_factor::TotpSecret;
use workvoice_domain::{Country, Language, Role};

/// Where the files are, as named in errors.
const FOLDER: &str = "crates/app/src/demo/data";

/// Everything the demo is made of.
pub struct DemoData {
    pub logins: Logins,
    pub registry: Registry,
    pub osh: Osh,
    pub awareness: AwarenessPlan,
    bn: Phrasebook,
    en: Phrasebook,
    vi: Phrasebook,
}

impl DemoData {
    pub fn load() -> Result<DemoData> {
        Ok(DemoData {
            logins: parse("logins.toml", include_str!("data/logins.toml"))?,
            registry: parse("workplaces.toml", include_str!("data/workplaces.toml"))?,
            osh: parse("osh.toml", include_str!("data/osh.toml"))?,
            awareness: parse("awareness.toml", include_str!("data/awareness.toml"))?,
            bn: Phrasebook::parse("bn.toml", include_str!("data/bn.toml"))?,
            en: Phrasebook::parse("en.toml", include_str!("data/en.toml"))?,
            vi: Phrasebook::parse("vi.toml", include_str!("data/vi.toml"))?,
        })
    }

    pub fn phrasebook(&self, language: Language) -> &Phrasebook {
        match language {
            Language::Bn => &self.bn,
            Language::En => &self.en,
            Language::Vi => &self.vi,
        }
    }
}

/// A second factor's key in base 32; a malformed one stops the demo before it writes.
fn totp_key<'de, D: serde::Deserializer<'de>>(d: D) -> std::result::Result<TotpSecret, D::Error> {
    let text = String::deserialize(d)?;
    TotpSecret::from_base32(&text)
        .ok_or_else(|| serde::de::Error::custom("not a base-32 key of at least 16 bytes"))
}

/// `logins.toml`.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Logins {
    pub staff: Vec<StaffLogin>,
    pub factory: FactoryLogin,
    pub brand: BrandLogin,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StaffLogin {
    pub username: String,
    pub password: String,
    /// The second factor's key (base 32), enrolled for the demo account.
    #[serde(deserialize_with = "totp_key")]
    pub totp_key: TotpSecret,
    pub role: Role,
    pub language: Language,
    pub display_name: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FactoryLogin {
    pub username: String,
    pub password: String,
    #[serde(deserialize_with = "totp_key")]
    pub totp_key: TotpSecret,
    pub workplace: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BrandLogin {
    pub username: String,
    pub password: String,
    #[serde(deserialize_with = "totp_key")]
    pub totp_key: TotpSecret,
}

/// `osh.toml`: the OSH programme, its providers and what their improvements say.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Osh {
    pub programme: String,
    pub partners: String,
    #[serde(rename = "provider")]
    pub providers: Vec<OshProvider>,
    pub owner: OshOwner,
    /// Per language code (`vi`, `bn`): technical area code → improvement descriptions.
    improvements: HashMap<String, std::collections::BTreeMap<String, Vec<String>>>,
    views: HashMap<String, OshViews>,
    #[serde(rename = "meeting", default)]
    pub meetings: Vec<OshMeeting>,
    /// The introduction of the demo's newsletter.
    #[serde(default)]
    pub newsletter: String,
}

/// A coordination meeting or achievement workshop of the demo.
#[derive(Debug, Clone, Deserialize)]
pub struct OshMeeting {
    pub kind: String,
    pub days_ago: i64,
    pub place: String,
    /// The provider that organised it, by country.
    pub provider_country: Country,
    pub organisations: Vec<String>,
    pub women: i64,
    pub men: i64,
    /// How many of the provider's enterprises present.
    pub presenters: usize,
    pub decisions: String,
    pub follow_ups: String,
}

impl Osh {
    fn language_of(country: Country) -> &'static str {
        match country {
            Country::Vietnam => "vi",
            Country::Bangladesh => "bn",
        }
    }

    /// Area code → descriptions, in the language of the country's enterprises.
    pub fn improvements_for(
        &self,
        country: Country,
    ) -> std::collections::BTreeMap<String, Vec<String>> {
        self.improvements
            .get(Self::language_of(country))
            .cloned()
            .unwrap_or_default()
    }

    pub fn views_for(&self, country: Country) -> OshViews {
        self.views
            .get(Self::language_of(country))
            .cloned()
            .unwrap_or_default()
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OshProvider {
    pub name: String,
    pub country: Country,
    pub username: String,
    pub password: String,
    #[serde(deserialize_with = "totp_key")]
    pub totp_key: TotpSecret,
    pub display_name: String,
    pub language: Language,
    pub visitors: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OshOwner {
    pub username: String,
    pub password: String,
    #[serde(deserialize_with = "totp_key")]
    pub totp_key: TotpSecret,
    pub display_name: String,
    pub workplace: String,
}

/// What employers and workers said at follow-up visits.
#[derive(Deserialize, Clone, Default)]
#[serde(deny_unknown_fields)]
pub struct OshViews {
    pub employer: Vec<String>,
    pub workers: Vec<String>,
}

/// `awareness.toml`: the awareness programme's people, words and weak workplaces.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AwarenessPlan {
    pub recorded_by: String,
    pub trainers_bd: Vec<String>,
    pub trainers_vn: Vec<String>,
    pub play_notes_bd: Vec<String>,
    pub play_notes_vn: Vec<String>,
    pub weak: Vec<String>,
    pub follow_up_planned: Vec<String>,
}

/// `workplaces.toml`.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Registry {
    pub brands: Vec<String>,
    pub fire_incident_workplace: String,
    #[serde(rename = "workplace")]
    pub workplaces: Vec<Site>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Site {
    pub name: String,
    pub country: Country,
    pub district: String,
    pub address: String,
    pub sector: String,
    pub workers: i64,
    pub women_percent: i64,
    /// Relative call volume; 0 = a "silent" workplace that never calls.
    pub calls: f64,
    /// Names from `brands`; none means "draw one to three".
    pub brands: Option<Vec<String>>,
    /// Bangladesh: the sub-district; Vietnam: the district.
    #[serde(default)]
    pub sub_district: String,
    /// The 24/7 safety contact: name and phone.
    #[serde(default)]
    pub safety_contact: Option<[String; 2]>,
}

/// `bn.toml`, `en.toml`, `vi.toml`: one language's words, notes and stories.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PhrasebookFile {
    months: [String; 12],
    overtime_until: [String; 3],
    when: [String; 4],
    caller_names: Vec<String>,
    incident_note: Option<String>,
    notes: Notes,
    sections: HashMap<String, Vec<String>>,
    #[serde(rename = "story")]
    stories: Vec<Story>,
}

pub struct Phrasebook {
    pub months: [String; 12],
    pub overtime_until: [String; 3],
    pub when: [String; 4],
    pub caller_names: Vec<String>,
    pub incident_note: Option<String>,
    pub notes: Notes,
    sections: HashMap<String, Vec<String>>,
    default_sections: Vec<String>,
    pub stories: Vec<Story>,
    /// Draws an index into `stories` by their weights.
    pub story_weights: WeightedIndex<u32>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Notes {
    pub general: Vec<String>,
    /// Always the first note on a life-safety case.
    pub life_safety_first: String,
    pub life_safety: Vec<String>,
}

/// One way a concern is told; slots in braces are filled per case (see `Slots::render`).
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Story {
    pub category: toml::Spanned<String>,
    /// Relative frequency, in tenths.
    pub weight: u32,
    pub summary: String,
    pub narrative: String,
    pub shareable: String,
}

impl Story {
    pub fn category(&self) -> &str {
        self.category.get_ref()
    }
}

impl Phrasebook {
    fn parse(file: &str, text: &str) -> Result<Phrasebook> {
        let f: PhrasebookFile = parse(file, text)?;
        for story in &f.stories {
            if workvoice_domain::taxonomy::find(story.category()).is_none() {
                return Err(anyhow!(
                    "demo data file {FOLDER}/{file}, line {}: unknown category {:?}",
                    line_of(text, story.category.span().start),
                    story.category()
                ));
            }
        }
        let story_weights = WeightedIndex::new(f.stories.iter().map(|s| s.weight))
            .map_err(|e| anyhow!("demo data file {FOLDER}/{file}: stories cannot be drawn: {e}"))?;
        let mut sections = f.sections;
        let default_sections = sections
            .remove("default")
            .filter(|list| !list.is_empty())
            .ok_or_else(|| {
                anyhow!("demo data file {FOLDER}/{file}: [sections] needs a non-empty `default`")
            })?;
        Ok(Phrasebook {
            months: f.months,
            overtime_until: f.overtime_until,
            when: f.when,
            caller_names: f.caller_names,
            incident_note: f.incident_note,
            notes: f.notes,
            sections,
            default_sections,
            stories: f.stories,
            story_weights,
        })
    }

    /// The sections of a workplace in this sector, never empty.
    pub fn sections(&self, sector: &str) -> &[String] {
        self.sections
            .get(sector)
            .filter(|list| !list.is_empty())
            .unwrap_or(&self.default_sections)
    }
}

/// Parses one embedded file; the error names the file and the line.
pub(crate) fn parse<T: serde::de::DeserializeOwned>(file: &str, text: &str) -> Result<T> {
    toml::from_str(text).map_err(|e| {
        let line = e
            .span()
            .map(|span| format!(", line {}", line_of(text, span.start)))
            .unwrap_or_default();
        anyhow!("demo data file {FOLDER}/{file}{line}: {}", e.message())
    })
}

/// 1-based line of a byte offset.
fn line_of(text: &str, offset: usize) -> usize {
    1 + text.get(..offset).unwrap_or(text).matches('\n').count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_embedded_files_parse() {
        let data = DemoData::load().expect("the demo data parses");
        assert_eq!(data.registry.workplaces.len(), 35);
        assert_eq!(data.logins.staff.len(), 6);
    }

    #[test]
    fn a_malformed_file_is_named_with_its_line() {
        let text = "brands = [\"A\"]\nfire_incident_workplace = \"A\"\n[[workplace]]\nname = 3\n";
        let err = parse::<Registry>("workplaces.toml", text)
            .err()
            .expect("a number is not a name");
        let message = err.to_string();
        assert!(
            message.starts_with("demo data file crates/app/src/demo/data/workplaces.toml, line 4:"),
            "{message}"
        );
    }

    #[test]
    fn an_unknown_category_is_named_with_its_line() {
        let good = include_str!("data/en.toml");
        let bad = good.replacen(
            "category = \"wages.unpaid\"",
            "category = \"wages.unpayd\"",
            1,
        );
        let line = 1 + bad[..bad.find("wages.unpayd").expect("replaced")]
            .matches('\n')
            .count();
        let message = Phrasebook::parse("en.toml", &bad)
            .err()
            .expect("no such category")
            .to_string();
        assert_eq!(
            message,
            format!(
                "demo data file crates/app/src/demo/data/en.toml, line {line}: unknown category \"wages.unpayd\""
            )
        );
    }
}
