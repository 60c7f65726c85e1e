//! Action checklists in the ILO form: items worded as actions, grouped by technical area,
//! each in English, Bengali and Vietnamese; answered per visit with "propose action?"
//! yes / no / not applicable, a priority mark, "already good" for a good point found,
//! and remarks. Templates are versioned (a changed list is a new version; answers keep
//! the version they were given against) and come from CSV with the columns
//! `area,en,bn,vi` (an area is a canonical code or a method's area, "wise:3").
//! [`DEFAULT_CSV`] is the default checklist for small garment and manufacturing
//! workplaces.

use crate::code_enum::code_enum;
use crate::language::Language;

use super::area::{TechnicalArea, canonical_area};

/// The default checklist, written for small garment and manufacturing workplaces.
pub const DEFAULT_CSV: &str = include_str!("data/default_checklist.csv");
/// Its name and version as stored.
pub const DEFAULT_NAME: &str = "Small garment and manufacturing workplaces";
pub const DEFAULT_VERSION: i64 = 1;

/// The longest item text, per language.
pub const MAX_ITEM_CHARS: usize = 300;

code_enum! {
    /// "Do you propose action?"
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum ProposeAction / "osh-answer-" {
        Yes = "yes",
        No = "no",
        NotApplicable = "na",
    }
}

/// One action item of a template.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChecklistItemDef {
    pub area: TechnicalArea,
    pub en: String,
    pub bn: String,
    pub vi: String,
}

impl ChecklistItemDef {
    pub fn text(&self, language: Language) -> &str {
        match language {
            Language::En => &self.en,
            Language::Bn => &self.bn,
            Language::Vi => &self.vi,
        }
    }
}

/// Reads a checklist CSV (UTF-8, an optional BOM). Every bad row is reported with its
/// line and a message id; nothing is returned unless every row is good.
pub fn parse_checklist_csv(
    text: &str,
) -> Result<Vec<ChecklistItemDef>, Vec<(usize, &'static str)>> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .from_reader(text.as_bytes());
    let header: Vec<String> = match reader.headers() {
        Ok(h) => h.iter().map(|c| c.trim().to_ascii_lowercase()).collect(),
        Err(_) => return Err(vec![(1, "error-csv-malformed-row")]),
    };
    let column = |name: &str| header.iter().position(|h| h == name);
    let (Some(area), Some(en), Some(bn), Some(vi)) =
        (column("area"), column("en"), column("bn"), column("vi"))
    else {
        return Err(vec![(1, "osh-error-checklist-columns")]);
    };
    let mut items = Vec::new();
    let mut errors = Vec::new();
    for (n, record) in reader.records().enumerate() {
        let line = n + 2;
        let Ok(record) = record else {
            errors.push((line, "error-csv-malformed-row"));
            continue;
        };
        let cell = |i: usize| record.get(i).unwrap_or_default().trim().to_owned();
        let Some(area) = canonical_area(&cell(area)) else {
            errors.push((line, "osh-error-checklist-area"));
            continue;
        };
        let texts = [cell(en), cell(bn), cell(vi)];
        if texts.iter().any(String::is_empty) {
            errors.push((line, "osh-error-checklist-translation"));
            continue;
        }
        if texts.iter().any(|t| t.chars().count() > MAX_ITEM_CHARS) {
            errors.push((line, "error-too-long"));
            continue;
        }
        let [en, bn, vi] = texts;
        items.push(ChecklistItemDef { area, en, bn, vi });
    }
    if items.is_empty() && errors.is_empty() {
        errors.push((1, "error-csv-empty"));
    }
    if errors.is_empty() {
        Ok(items)
    } else {
        Err(errors)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_default_checklist_covers_the_workplace_areas_in_three_languages() {
        let items = parse_checklist_csv(DEFAULT_CSV).unwrap();
        assert_eq!(items.len(), 24);
        for area in [
            TechnicalArea::MaterialsHandling,
            TechnicalArea::WorkstationDesign,
            TechnicalArea::MachineSafety,
            TechnicalArea::HazardousSubstances,
            TechnicalArea::PhysicalEnvironment,
            TechnicalArea::WelfareFacilities,
            TechnicalArea::Premises,
            TechnicalArea::WorkOrganization,
        ] {
            assert_eq!(
                items.iter().filter(|i| i.area == area).count(),
                3,
                "{area:?}"
            );
        }
        // Worded as actions in every language, never empty.
        assert!(items.iter().all(|i| !i.text(Language::Vi).is_empty()));
        assert_eq!(
            items[6].en,
            "Fit guards over belts, pulleys and other moving parts"
        );
    }

    #[test]
    fn a_checklist_csv_names_every_bad_row() {
        let csv = "\u{feff}area,en,bn,vi\nwise:1,Use carts,ট্রলি ব্যবহার করুন,Dùng xe đẩy\nlighting,x,y,z\npremises,Clear exits,,Giữ lối thoát\n";
        assert_eq!(
            parse_checklist_csv(csv),
            Err(vec![
                (3, "osh-error-checklist-area"),
                (4, "osh-error-checklist-translation")
            ])
        );
        let good =
            parse_checklist_csv("area,en,bn,vi\nwise:1,Use carts,ট্রলি ব্যবহার করুন,Dùng xe đẩy\n")
                .unwrap();
        assert_eq!(good[0].area, TechnicalArea::MaterialsHandling);
        assert_eq!(
            parse_checklist_csv("name,text\n").err(),
            Some(vec![(1, "osh-error-checklist-columns")])
        );
        assert_eq!(
            parse_checklist_csv("area,en,bn,vi\n").err(),
            Some(vec![(1, "error-csv-empty")])
        );
    }
}
