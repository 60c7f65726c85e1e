//! The migration list. Append only.

mod m0001_foundation;

use crate::migrate::Migration;

pub(crate) const ALL: &[Migration] = &[m0001_foundation::MIGRATION];
