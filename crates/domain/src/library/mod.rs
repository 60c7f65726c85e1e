//! The good-practice library (issue 13, DESIGN §3.8): improvements an enterprise made,
//! verified by someone other than the enterprise, written up as a title, the problem and
//! the solution in each language, reviewed, and published only with the enterprise's
//! consent.
//!
//! - [`PracticeText`]: one language's title, problem and solution, parsed together.
//! - [`ReviewState`]: draft → in review → published → withdrawn (and back to draft).
//! - [`Naming`] and [`public_name`]: the enterprise named, or described from its sector and
//!   district ("a garment workshop in Gazipur") in the reader's language.
//! - [`CostBand`] and [`Sector`]: what the public library filters by.
//! - [`may_be_public`]: the one rule every public page and export applies (the store
//!   applies the same rule inside its SQL).
//!
//! Every label is a Fluent message id (`library-…`), never text.

use crate::code_enum::code_enum;
use crate::field_errors::FieldErrors;
use crate::osh::{ImprovementStatus, VerificationMethod};

/// Longest title, and longest problem or solution, in characters.
pub const TITLE_MAX: usize = 120;
pub const BODY_MAX: usize = 2_000;

/// One language's text of a practice: what went wrong and what the enterprise did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PracticeText {
    title: String,
    problem: String,
    solution: String,
}

impl PracticeText {
    /// Trims each field; every field is required and bounded. All errors at once.
    pub fn parse(title: &str, problem: &str, solution: &str) -> Result<PracticeText, FieldErrors> {
        let mut errors = FieldErrors::default();
        let mut field = |name: &'static str, raw: &str, max: usize| {
            let text = raw.trim();
            if text.is_empty() {
                errors.push(name, "error-required");
            } else if text.chars().count() > max {
                errors.push(name, "library-error-too-long");
            }
            text.to_owned()
        };
        let title = field("title", title, TITLE_MAX);
        let problem = field("problem", problem, BODY_MAX);
        let solution = field("solution", solution, BODY_MAX);
        if errors.is_empty() {
            Ok(PracticeText {
                title,
                problem,
                solution,
            })
        } else {
            Err(errors)
        }
    }

    pub fn title(&self) -> &str {
        &self.title
    }

    pub fn problem(&self) -> &str {
        &self.problem
    }

    pub fn solution(&self) -> &str {
        &self.solution
    }
}

code_enum! {
    /// Where a practice is in its review.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum ReviewState / "library-state-" {
        /// Being written or translated by the provider.
        Draft = "draft",
        /// Waiting for the programme's reviewer.
        InReview = "in_review",
        /// In the public library.
        Published = "published",
        /// Taken out of the public library.
        Withdrawn = "withdrawn",
    }
}

impl ReviewState {
    /// Whether a practice may move from `self` to `next`:
    ///
    /// ```text
    /// draft → in review → published → withdrawn
    ///   ↑         │                       │
    ///   └─────────┴── (returned/revised) ─┘
    /// ```
    pub fn can_move_to(self, next: ReviewState) -> bool {
        use ReviewState::*;
        matches!(
            (self, next),
            (Draft, InReview)
                | (InReview, Draft)
                | (InReview, Published)
                | (Published, Withdrawn)
                | (Withdrawn, Draft)
        )
    }

    /// The text may be edited only while nobody is reviewing it and it is not public.
    pub fn is_editable(self) -> bool {
        matches!(self, ReviewState::Draft | ReviewState::Withdrawn)
    }

    /// Moving here is the reviewer's decision (publish, return, withdraw), not the
    /// author's (send to review, revise).
    pub fn is_reviewers(from: ReviewState, to: ReviewState) -> bool {
        !matches!(
            (from, to),
            (ReviewState::Draft, ReviewState::InReview)
                | (ReviewState::Withdrawn, ReviewState::Draft)
        )
    }
}

/// Why a review step is refused; a message id for the page.
pub fn check_review(from: ReviewState, to: ReviewState) -> Result<(), &'static str> {
    if from.can_move_to(to) {
        Ok(())
    } else {
        Err("library-error-transition")
    }
}

code_enum! {
    /// How the enterprise appears on public pages.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum Naming / "library-naming-" {
        /// By its name (the enterprise agreed to be named).
        Named = "named",
        /// By its sector and district only.
        Described = "described",
    }
}

code_enum! {
    /// What the change cost, in bands readers in both countries understand.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
    pub enum CostBand / "library-cost-" {
        /// Nothing but time and a new habit.
        NoCost = "no_cost",
        /// Low cost: paid from petty cash.
        Low = "low",
        /// Needed a budget decision.
        Medium = "medium",
        /// A real investment.
        High = "high",
    }
}

impl CostBand {
    /// The band a new practice starts with, from what the improvement records: no cost
    /// when it cost nothing, low when the provider marked it low-cost, else medium (the
    /// reviewer may raise it to high; amounts in taka and đồng are not comparable).
    pub fn suggested(low_cost: bool, cost: Option<i64>) -> CostBand {
        match (cost, low_cost) {
            (Some(0), _) => CostBand::NoCost,
            (_, true) => CostBand::Low,
            (None, false) => CostBand::NoCost,
            (Some(_), false) => CostBand::Medium,
        }
    }
}

code_enum! {
    /// The sectors the library is filtered by; the registry's free-text sector maps onto
    /// them ([`Sector::from_registry`]).
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum Sector / "library-sector-" {
        Garments = "garments",
        Textiles = "textiles",
        Footwear = "footwear",
        Electronics = "electronics",
        Food = "food",
        Furniture = "furniture",
        Construction = "construction",
        Other = "other",
    }
}

impl Sector {
    /// The sector a registry entry names, by keyword (English and Vietnamese, any case);
    /// `Other` when none matches.
    pub fn from_registry(text: &str) -> Sector {
        let text = text.to_lowercase();
        const KEYWORDS: &[(&str, Sector)] = &[
            ("garment", Sector::Garments),
            ("apparel", Sector::Garments),
            ("knit", Sector::Garments),
            ("may mặc", Sector::Garments),
            ("textile", Sector::Textiles),
            ("dệt", Sector::Textiles),
            ("spinning", Sector::Textiles),
            ("leather", Sector::Footwear),
            ("shoe", Sector::Footwear),
            ("footwear", Sector::Footwear),
            ("giày", Sector::Footwear),
            ("electronic", Sector::Electronics),
            ("điện tử", Sector::Electronics),
            ("food", Sector::Food),
            ("seafood", Sector::Food),
            ("thực phẩm", Sector::Food),
            ("furniture", Sector::Furniture),
            ("wood", Sector::Furniture),
            ("gỗ", Sector::Furniture),
            ("construction", Sector::Construction),
            ("xây dựng", Sector::Construction),
        ];
        KEYWORDS
            .iter()
            .find(|(word, _)| text.contains(word))
            .map_or(Sector::Other, |(_, sector)| *sector)
    }
}

/// How a practice names its enterprise on a public page: the name itself, or a message
/// id with its arguments that each language words in its own order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PublicName {
    Named(String),
    /// `library-described` with `$sector` (the label of `sector_key`) and `$district`,
    /// or `library-described-nowhere` with `$sector` when the district is not known.
    Described {
        key: &'static str,
        sector_key: &'static str,
        district: String,
    },
}

/// The enterprise as the public sees it. A described enterprise carries nothing of its
/// name: only its sector and its district.
pub fn public_name(naming: Naming, name: &str, sector: Sector, district: &str) -> PublicName {
    let district = district.trim();
    match naming {
        Naming::Named if !name.trim().is_empty() => PublicName::Named(name.trim().to_owned()),
        _ => PublicName::Described {
            key: if district.is_empty() {
                "library-described-nowhere"
            } else {
                "library-described"
            },
            sector_key: sector.message_key(),
            district: district.to_owned(),
        },
    }
}

/// What decides whether a practice may be public.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PublicFacts {
    pub state: ReviewState,
    pub improvement: ImprovementStatus,
    pub verification: Option<VerificationMethod>,
    /// The enterprise's consent to publication is recorded and not withdrawn.
    pub consent: bool,
}

/// May this practice be public? Only when it is published, its improvement is verified by
/// a method other than the enterprise's own report, and the enterprise's consent to
/// publication is on record. The store's public queries apply this very rule in SQL.
pub fn may_be_public(facts: PublicFacts) -> bool {
    facts.state == ReviewState::Published
        && facts.improvement == ImprovementStatus::Verified
        && facts.verification.is_some_and(VerificationMethod::verifies)
        && facts.consent
}

#[cfg(test)]
mod tests {
    use super::*;

    fn facts() -> PublicFacts {
        PublicFacts {
            state: ReviewState::Published,
            improvement: ImprovementStatus::Verified,
            verification: Some(VerificationMethod::ObservedOnVisit),
            consent: true,
        }
    }

    #[test]
    fn good_practice_public_only_when_published_verified_and_consented() {
        assert!(may_be_public(facts()));
        for state in [
            ReviewState::Draft,
            ReviewState::InReview,
            ReviewState::Withdrawn,
        ] {
            assert!(
                !may_be_public(PublicFacts { state, ..facts() }),
                "{state:?}"
            );
        }
        for status in ImprovementStatus::ALL {
            if status != ImprovementStatus::Verified {
                let f = PublicFacts {
                    improvement: status,
                    ..facts()
                };
                assert!(!may_be_public(f), "{status:?}");
            }
        }
        assert!(!may_be_public(PublicFacts {
            verification: Some(VerificationMethod::SelfReported),
            ..facts()
        }));
        assert!(!may_be_public(PublicFacts {
            verification: None,
            ..facts()
        }));
        assert!(!may_be_public(PublicFacts {
            consent: false,
            ..facts()
        }));
        for method in [
            VerificationMethod::Photo,
            VerificationMethod::WorkerConfirmed,
        ] {
            assert!(may_be_public(PublicFacts {
                verification: Some(method),
                ..facts()
            }));
        }
    }

    #[test]
    fn good_practice_review_moves() {
        use ReviewState::*;
        assert!(Draft.can_move_to(InReview));
        assert!(InReview.can_move_to(Published));
        assert!(InReview.can_move_to(Draft));
        assert!(Published.can_move_to(Withdrawn));
        assert!(Withdrawn.can_move_to(Draft));
        assert!(
            !Draft.can_move_to(Published),
            "no publishing without review"
        );
        assert!(
            !Withdrawn.can_move_to(Published),
            "withdrawn goes back through review"
        );
        for s in ReviewState::ALL {
            assert!(!s.can_move_to(s));
        }
        assert_eq!(
            check_review(Draft, Published),
            Err("library-error-transition")
        );
        assert_eq!(check_review(Draft, InReview), Ok(()));
        assert!(Draft.is_editable() && Withdrawn.is_editable());
        assert!(!InReview.is_editable() && !Published.is_editable());
        assert!(!ReviewState::is_reviewers(Draft, InReview));
        assert!(!ReviewState::is_reviewers(Withdrawn, Draft));
        assert!(ReviewState::is_reviewers(InReview, Published));
        assert!(ReviewState::is_reviewers(InReview, Draft));
        assert!(ReviewState::is_reviewers(Published, Withdrawn));
    }

    #[test]
    fn good_practice_text_parses_every_field_at_once() {
        let t = PracticeText::parse(" Shade over the loading bay ", "Heat", "Roof").unwrap();
        assert_eq!(t.title(), "Shade over the loading bay");
        let errors = PracticeText::parse("", &"x".repeat(BODY_MAX + 1), " ").unwrap_err();
        assert_eq!(errors.get("title"), Some("error-required"));
        assert_eq!(errors.get("problem"), Some("library-error-too-long"));
        assert_eq!(errors.get("solution"), Some("error-required"));
        // Characters, not bytes: a Bengali title of the full length is accepted.
        assert!(PracticeText::parse(&"ক".repeat(TITLE_MAX), "a", "b").is_ok());
    }

    #[test]
    fn good_practice_described_carries_no_name() {
        let named = public_name(Naming::Named, " Rupa Knit ", Sector::Garments, "Gazipur");
        assert_eq!(named, PublicName::Named("Rupa Knit".into()));
        let described = public_name(Naming::Described, "Rupa Knit", Sector::Garments, "Gazipur");
        assert_eq!(
            described,
            PublicName::Described {
                key: "library-described",
                sector_key: "library-sector-garments",
                district: "Gazipur".into()
            }
        );
        assert!(!format!("{described:?}").contains("Rupa"));
        let nowhere = public_name(Naming::Described, "X", Sector::Food, " ");
        assert!(matches!(
            nowhere,
            PublicName::Described {
                key: "library-described-nowhere",
                ..
            }
        ));
        // Named without a name to show falls back to the description.
        assert!(matches!(
            public_name(Naming::Named, "", Sector::Food, "Long An"),
            PublicName::Described { .. }
        ));
    }

    #[test]
    fn good_practice_sector_and_cost_band() {
        assert_eq!(Sector::from_registry("Garments (knit)"), Sector::Garments);
        assert_eq!(Sector::from_registry("Dệt may"), Sector::Textiles);
        assert_eq!(Sector::from_registry("Leather goods"), Sector::Footwear);
        assert_eq!(Sector::from_registry("Chế biến thực phẩm"), Sector::Food);
        assert_eq!(Sector::from_registry(""), Sector::Other);
        assert_eq!(CostBand::suggested(true, Some(0)), CostBand::NoCost);
        assert_eq!(CostBand::suggested(true, Some(500)), CostBand::Low);
        assert_eq!(CostBand::suggested(false, None), CostBand::NoCost);
        assert_eq!(CostBand::suggested(false, Some(90_000)), CostBand::Medium);
        assert!(CostBand::NoCost < CostBand::High);
    }
}
