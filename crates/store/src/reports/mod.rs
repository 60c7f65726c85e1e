//! Programme reports (issue 12): the helpline dashboard's figures for a period and a
//! filter (`dashboard`), the inputs of the effectiveness scorecard, and the public
//! statistics' month × category table. Every figure is a count or a duration over cases
//! — never a caller — computed by grouped SQL (`grouped`): rows come back per group,
//! never per case.

pub mod dashboard;
mod grouped;
pub mod notable;
pub mod public;

use workvoice_domain::Country;
use workvoice_domain::ids::OrgId;

use crate::query::{Query, like_escape};

/// Which cases and workplaces a report covers besides its period. Every part narrows.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ReportFilter {
    pub country: Option<Country>,
    pub district: Option<String>,
    /// Cases of the workplaces this brand sources from.
    pub brand: Option<OrgId>,
    /// A category code: the category and its subcategories.
    pub category: Option<String>,
    /// Only the cases reported to this organisation (a brand's own report): reporting
    /// is an act, so an organisation's figures count nothing it was not told of.
    pub reported_to: Option<OrgId>,
}

impl ReportFilter {
    /// Narrows a query over workplaces `w` to the filter's country, district and brand.
    pub(crate) fn restrict_workplaces(&self, q: &mut Query) {
        if let Some(country) = self.country {
            q.push(" AND w.country = ").bind(country.code());
        }
        if let Some(district) = &self.district {
            q.push(" AND w.district = ").bind(district.clone());
        }
        if let Some(brand) = self.brand {
            q.push(" AND w.id IN (SELECT workplace_id FROM workplace_brands WHERE brand_organisation_id = ")
                .bind(brand.get())
                .push(")");
        }
    }

    /// Narrows a query over cases `c` left-joined to workplaces `w`. A case without a
    /// workplace passes only a filter that names no place or brand.
    pub(crate) fn restrict_cases(&self, q: &mut Query) {
        self.restrict_workplaces(q);
        if let Some(org) = self.reported_to {
            q.push(" AND c.id IN (SELECT case_id FROM case_reports WHERE organisation_id = ")
                .bind(org.get())
                .push(")");
        }
        if let Some(category) = &self.category {
            q.push(" AND (c.category_code = ")
                .bind(category.clone())
                .push(" OR c.category_code LIKE ")
                .bind(format!("{}.%", like_escape(category)))
                .push(" ESCAPE '\\'")
                .push(")");
        }
    }

    /// Whether the filter reads the case's workplace `w` (country, district or brand).
    pub(crate) fn needs_workplace(&self) -> bool {
        self.country.is_some() || self.district.is_some() || self.brand.is_some()
    }

    /// Whether the filter narrows by place or brand (so cases without a workplace drop out).
    pub fn names_a_place(&self) -> bool {
        self.country.is_some()
            || self.district.is_some()
            || self.brand.is_some()
            || self.reported_to.is_some()
    }
}
