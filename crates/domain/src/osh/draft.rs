//! Server-side drafts: which field form a draft belongs to. A draft is kept per user and
//! form, so a half-filled visit or improvement survives a dropped connection.

use crate::code_enum::code_enum;

code_enum! {
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum DraftForm / "osh-draft-form-" {
        Visit = "visit",
        Improvement = "improvement",
    }
}

/// Largest draft kept, in bytes of its encoded fields: a form's text fields are far below.
pub const DRAFT_MAX: usize = 64 * 1024;
