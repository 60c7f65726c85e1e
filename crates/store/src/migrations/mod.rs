//! The migration list. Append only.

mod m0001_foundation;
mod m0002_protocol;

use crate::migrate::Migration;

pub(crate) const ALL: &[Migration] = &[m0001_foundation::MIGRATION, m0002_protocol::MIGRATION];
