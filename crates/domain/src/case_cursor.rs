//! Where a page of cases in creation order ends, for keyset pagination: the next page
//! starts after this case. Unlike an offset, a cursor does not move when new cases arrive
//! at the top of the queue, so a client paging through sees every case exactly once.

use std::fmt;

use crate::ids::CaseId;

/// The last case of a page, by (creation time, id): ids break ties of the same millisecond.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CaseCursor {
    pub created_at: i64,
    pub id: CaseId,
}

impl CaseCursor {
    /// The text form `created_at.id`, as [`fmt::Display`] writes it.
    pub fn parse(text: &str) -> Option<CaseCursor> {
        let (at, id) = text.trim().split_once('.')?;
        let created_at = at.parse().ok().filter(|at: &i64| *at >= 0)?;
        let id = id.parse().ok().filter(|id: &CaseId| id.get() > 0)?;
        Some(CaseCursor { created_at, id })
    }
}

impl fmt::Display for CaseCursor {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}.{}", self.created_at, self.id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_cursor_reads_back_what_it_writes() {
        let c = CaseCursor {
            created_at: 1_750_000_000_123,
            id: CaseId::new(42),
        };
        assert_eq!(c.to_string(), "1750000000123.42");
        assert_eq!(CaseCursor::parse(&c.to_string()), Some(c));
    }

    #[test]
    fn anything_else_is_refused() {
        for bad in ["", "42", "a.b", "1.", ".1", "-5.3", "5.0", "5.-3", "1.2.3"] {
            assert_eq!(CaseCursor::parse(bad), None, "{bad:?}");
        }
    }
}
