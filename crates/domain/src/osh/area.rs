//! Technical areas: one canonical list, so counts compare across programmes and providers,
//! with the areas of the ILO participatory methods mapped onto it. WISE (small
//! enterprises), WIND (farms and families) and the Ergonomic Checkpoints each publish their
//! own grouping; [`METHOD_AREAS`] says which canonical area each published area counts in.
//! A checklist imported from CSV may name its areas either by canonical code or by the
//! method's published number ("wise:3"), see [`canonical_area`].

use crate::code_enum::code_enum;

code_enum! {
    #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
    pub enum TechnicalArea / "osh-area-" {
        MaterialsHandling = "materials_handling",
        WorkstationDesign = "workstation_design",
        HandTools = "hand_tools",
        MachineSafety = "machine_safety",
        HazardousSubstances = "hazardous_substances",
        /// Lighting, heat, ventilation, noise.
        PhysicalEnvironment = "physical_environment",
        WelfareFacilities = "welfare_facilities",
        /// Buildings, exits, fire safety, electrical installations.
        Premises = "premises",
        WorkOrganization = "work_organization",
        EnvironmentalProtection = "environmental_protection",
        BiologicalRisks = "biological_risks",
    }
}

code_enum! {
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum Methodology / "osh-method-" {
        Wise = "wise",
        Wind = "wind",
        ErgonomicCheckpoints = "ergonomic_checkpoints",
        Custom = "custom",
    }
}

/// One published area of a method: its number in the method's manual and the canonical
/// area its improvements count in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MethodArea {
    pub method: Methodology,
    pub number: u8,
    pub canonical: TechnicalArea,
}

impl MethodArea {
    /// The reference a CSV or a report uses, "wise:3".
    pub fn reference(self) -> String {
        format!("{}:{}", self.method.code(), self.number)
    }
}

const fn m(method: Methodology, number: u8, canonical: TechnicalArea) -> MethodArea {
    MethodArea {
        method,
        number,
        canonical,
    }
}

use Methodology::{ErgonomicCheckpoints as Ecp, Wind, Wise};
use TechnicalArea::*;

/// The published areas, in each manual's order:
/// WISE 1 materials storage and handling, 2 workstation design, 3 productive machine
/// safety, 4 control of hazardous substances, 5 lighting, 6 welfare facilities,
/// 7 premises, 8 work organization;
/// WIND 1 materials storage and handling, 2 workplaces and work tools, 3 machinery safety,
/// 4 work environment and hazardous materials, 5 welfare facilities, 6 work organization
/// and cooperation, 7 environmental protection, 8 biological risks (2020 edition);
/// Ergonomic Checkpoints 1 storage and materials handling, 2 hand tools, 3 machine safety,
/// 4 workstation design, 5 lighting, 6 premises, 7 hazardous substances and agents,
/// 8 welfare facilities, 9 work organization.
pub const METHOD_AREAS: &[MethodArea] = &[
    m(Wise, 1, MaterialsHandling),
    m(Wise, 2, WorkstationDesign),
    m(Wise, 3, MachineSafety),
    m(Wise, 4, HazardousSubstances),
    m(Wise, 5, PhysicalEnvironment),
    m(Wise, 6, WelfareFacilities),
    m(Wise, 7, Premises),
    m(Wise, 8, WorkOrganization),
    m(Wind, 1, MaterialsHandling),
    m(Wind, 2, WorkstationDesign),
    m(Wind, 3, MachineSafety),
    m(Wind, 4, HazardousSubstances),
    m(Wind, 5, WelfareFacilities),
    m(Wind, 6, WorkOrganization),
    m(Wind, 7, EnvironmentalProtection),
    m(Wind, 8, BiologicalRisks),
    m(Ecp, 1, MaterialsHandling),
    m(Ecp, 2, HandTools),
    m(Ecp, 3, MachineSafety),
    m(Ecp, 4, WorkstationDesign),
    m(Ecp, 5, PhysicalEnvironment),
    m(Ecp, 6, Premises),
    m(Ecp, 7, HazardousSubstances),
    m(Ecp, 8, WelfareFacilities),
    m(Ecp, 9, WorkOrganization),
];

/// The canonical area named by `reference`: a canonical code ("machine_safety") or a
/// method's published area ("wise:3", "ergonomic_checkpoints:2"); `None` for anything else.
pub fn canonical_area(reference: &str) -> Option<TechnicalArea> {
    let reference = reference.trim();
    TechnicalArea::parse(reference).or_else(|| {
        METHOD_AREAS
            .iter()
            .find(|a| a.reference().eq_ignore_ascii_case(reference))
            .map(|a| a.canonical)
    })
}

/// The area a helpline case's category points to, for the bridge: OSH and life-safety
/// categories have one; others (wages, abuse, …) none.
pub fn area_of_category(category: &str) -> Option<TechnicalArea> {
    let area = match category {
        "osh.heat" | "osh.ventilation" => PhysicalEnvironment,
        "osh.ppe" => HazardousSubstances,
        "osh.machine_safety" => MachineSafety,
        "osh.toilets_water" | "osh.first_aid" => WelfareFacilities,
        "osh" => WorkOrganization,
        "life_safety"
        | "life_safety.fire"
        | "life_safety.electrical"
        | "life_safety.structural"
        | "life_safety.blocked_exits"
        | "life_safety.alarm_equipment"
        | "life_safety.evacuation"
        | "life_safety.disaster" => Premises,
        _ => return None,
    };
    Some(area)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_method_area_maps_once() {
        for method in [Wise, Wind, Ecp] {
            let numbers: Vec<u8> = METHOD_AREAS
                .iter()
                .filter(|a| a.method == method)
                .map(|a| a.number)
                .collect();
            let expected: Vec<u8> = (1..=u8::try_from(numbers.len()).unwrap()).collect();
            assert_eq!(numbers, expected, "{method:?} numbered 1..n in order");
        }
        assert_eq!(METHOD_AREAS.len(), 8 + 8 + 9);
    }

    #[test]
    fn references_resolve_to_canonical_areas() {
        assert_eq!(canonical_area("machine_safety"), Some(MachineSafety));
        assert_eq!(canonical_area(" WISE:5 "), Some(PhysicalEnvironment));
        assert_eq!(canonical_area("wind:7"), Some(EnvironmentalProtection));
        assert_eq!(canonical_area("ergonomic_checkpoints:2"), Some(HandTools));
        assert_eq!(canonical_area("wise:9"), None);
        assert_eq!(canonical_area("lighting"), None);
    }

    #[test]
    fn complaint_categories_point_to_areas() {
        assert_eq!(area_of_category("osh.heat"), Some(PhysicalEnvironment));
        assert_eq!(
            area_of_category("life_safety.blocked_exits"),
            Some(Premises)
        );
        assert_eq!(area_of_category("osh.machine_safety"), Some(MachineSafety));
        assert_eq!(area_of_category("wages.unpaid"), None);
    }
}
