//! The default case taxonomy (categories and subcategories).
//!
//! This is seed data: deployments may configure their own taxonomy in the
//! database, which is why intake validation takes a `known_category`
//! predicate instead of consulting this list directly. Codes are stable
//! identifiers ("parent.child"); labels come from Fluent via `message_key`.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CategoryDef {
    pub code: &'static str,
    /// Code of the parent category; `None` for top-level categories.
    pub parent: Option<&'static str>,
    /// Imminent danger to life: drives emergency handling and alerts.
    pub life_safety: bool,
    /// Counts as a real grievance in statistics (test calls and general
    /// questions are counted separately, not as complaints).
    pub substantive: bool,
}

const fn top(code: &'static str) -> CategoryDef {
    CategoryDef {
        code,
        parent: None,
        life_safety: false,
        substantive: true,
    }
}

const fn sub(parent: &'static str, code: &'static str) -> CategoryDef {
    CategoryDef {
        code,
        parent: Some(parent),
        life_safety: false,
        substantive: true,
    }
}

const fn life(def: CategoryDef) -> CategoryDef {
    CategoryDef {
        life_safety: true,
        ..def
    }
}

const fn not_substantive(def: CategoryDef) -> CategoryDef {
    CategoryDef {
        substantive: false,
        ..def
    }
}

pub const DEFAULT_CATEGORIES: &[CategoryDef] = &[
    life(top("life_safety")),
    life(sub("life_safety", "life_safety.fire")),
    life(sub("life_safety", "life_safety.electrical")),
    life(sub("life_safety", "life_safety.structural")),
    life(sub("life_safety", "life_safety.blocked_exits")),
    life(sub("life_safety", "life_safety.alarm_equipment")),
    life(sub("life_safety", "life_safety.evacuation")),
    life(sub("life_safety", "life_safety.disaster")),
    top("osh"),
    sub("osh", "osh.heat"),
    sub("osh", "osh.ventilation"),
    sub("osh", "osh.ppe"),
    sub("osh", "osh.machine_safety"),
    sub("osh", "osh.toilets_water"),
    sub("osh", "osh.first_aid"),
    top("wages"),
    sub("wages", "wages.unpaid"),
    sub("wages", "wages.late"),
    sub("wages", "wages.deductions"),
    top("benefits"),
    top("termination"),
    top("abuse"),
    sub("abuse", "abuse.verbal"),
    sub("abuse", "abuse.physical"),
    sub("abuse", "abuse.sexual_harassment"),
    top("hours"),
    sub("hours", "hours.overtime"),
    sub("hours", "hours.leave"),
    top("association"),
    top("child_forced_labour"),
    sub("child_forced_labour", "child_forced_labour.child"),
    sub("child_forced_labour", "child_forced_labour.forced"),
    // Its own type so that retaliation is never hidden inside another category.
    top("reprisal"),
    not_substantive(top("informational")),
    not_substantive(sub("informational", "informational.test_call")),
    not_substantive(sub("informational", "informational.question")),
    top("out_of_scope"),
    sub("out_of_scope", "out_of_scope.referral"),
];

/// Fluent id of a category label: "category-" + code with '.' → '-'
/// (Fluent ids may not contain '.').
pub fn message_key(code: &str) -> String {
    format!("category-{}", code.replace('.', "-"))
}

/// Looks up a default category by exact code.
pub fn find(code: &str) -> Option<&'static CategoryDef> {
    DEFAULT_CATEGORIES.iter().find(|c| c.code == code)
}

/// Whether a category is life-safety. Codes under "life_safety." count even
/// when not in the default list, so a deployment's own life-safety
/// subcategories still trigger emergency handling.
pub fn is_life_safety(category_code: &str) -> bool {
    find(category_code).is_some_and(|c| c.life_safety)
        || category_code == "life_safety"
        || category_code.starts_with("life_safety.")
}

/// Default subcategories of `parent`, in display order.
pub fn children(parent: &str) -> impl Iterator<Item = &'static CategoryDef> {
    DEFAULT_CATEGORIES
        .iter()
        .filter(move |c| c.parent == Some(parent))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn top_level_codes_are_exactly_the_designed_ones() {
        let tops: Vec<_> = DEFAULT_CATEGORIES
            .iter()
            .filter(|c| c.parent.is_none())
            .map(|c| c.code)
            .collect();
        assert_eq!(
            tops,
            [
                "life_safety",
                "osh",
                "wages",
                "benefits",
                "termination",
                "abuse",
                "hours",
                "association",
                "child_forced_labour",
                "reprisal",
                "informational",
                "out_of_scope"
            ]
        );
    }

    #[test]
    fn codes_are_unique_and_children_are_prefixed_by_existing_parent() {
        let mut seen = HashSet::new();
        for c in DEFAULT_CATEGORIES {
            assert!(seen.insert(c.code), "duplicate {}", c.code);
            if let Some(parent) = c.parent {
                assert!(
                    find(parent).is_some_and(|p| p.parent.is_none()),
                    "{}",
                    c.code
                );
                assert!(c.code.starts_with(&format!("{parent}.")), "{}", c.code);
            } else {
                assert!(!c.code.contains('.'), "{}", c.code);
            }
        }
    }

    #[test]
    fn flags_follow_the_parent() {
        for c in DEFAULT_CATEGORIES {
            let root = c.parent.unwrap_or(c.code);
            assert_eq!(c.life_safety, root == "life_safety", "{}", c.code);
            assert_eq!(c.substantive, root != "informational", "{}", c.code);
        }
        assert_eq!(children("life_safety").count(), 7);
        assert_eq!(children("benefits").count(), 0);
    }

    #[test]
    fn life_safety_detection() {
        assert!(is_life_safety("life_safety"));
        assert!(is_life_safety("life_safety.fire"));
        assert!(is_life_safety("life_safety.gas_leak"));
        assert!(!is_life_safety("life_safetyx"));
        assert!(!is_life_safety("osh.heat"));
        assert!(!is_life_safety(""));
    }

    #[test]
    fn message_keys_are_valid_fluent_ids() {
        assert_eq!(message_key("life_safety.fire"), "category-life_safety-fire");
        assert_eq!(message_key("osh"), "category-osh");
        for c in DEFAULT_CATEGORIES {
            let key = message_key(c.code);
            assert!(
                key.chars()
                    .all(|ch| ch.is_ascii_alphanumeric() || ch == '-' || ch == '_'),
                "{key}"
            );
        }
    }

    #[test]
    fn find_is_exact() {
        assert_eq!(find("wages.late").map(|c| c.parent), Some(Some("wages")));
        assert!(find("Wages").is_none());
        assert!(find("wages.").is_none());
    }
}
