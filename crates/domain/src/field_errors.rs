//! Per-field validation errors, collected so a form can show all problems at
//! once instead of making an operator on a live call fix them one by one.

/// (field name as in the raw input struct, Fluent message id).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FieldErrors(pub Vec<(&'static str, &'static str)>);

impl FieldErrors {
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The first error recorded for `field`.
    pub fn get(&self, field: &str) -> Option<&'static str> {
        self.0
            .iter()
            .find(|(f, _)| *f == field)
            .map(|(_, key)| *key)
    }

    pub fn push(&mut self, field: &'static str, key: &'static str) {
        self.0.push((field, key));
    }

    /// The same errors with `from` named `to`: a form and the JSON API may name one
    /// field differently (`brands` on the page, `brand_organisation_ids` in the API).
    pub fn renamed(mut self, from: &str, to: &'static str) -> FieldErrors {
        for (field, _) in &mut self.0 {
            if *field == from {
                *field = to;
            }
        }
        self
    }

    pub fn iter(&self) -> impl Iterator<Item = (&'static str, &'static str)> + '_ {
        self.0.iter().copied()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn push_get_and_order() {
        let mut e = FieldErrors::default();
        assert!(e.is_empty());
        assert_eq!(e.get("summary"), None);
        e.push("summary", "error-required");
        e.push("summary", "error-summary-too-long");
        e.push("urgency", "error-invalid-choice");
        assert!(!e.is_empty());
        assert_eq!(e.get("summary"), Some("error-required"));
        assert_eq!(e.get("urgency"), Some("error-invalid-choice"));
        assert_eq!(e.get("Summary"), None);
        assert_eq!(e.iter().count(), 3);
        let e = e.renamed("summary", "title");
        assert_eq!(
            (e.get("summary"), e.get("title")),
            (None, Some("error-required"))
        );
        assert_eq!(e.get("urgency"), Some("error-invalid-choice"));
    }
}
