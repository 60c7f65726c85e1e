//! Reference data the helpline works against: workplaces (the registry shared with the
//! OSH programme: records, browsing, CSV import), organisations (factories and brands)
//! and the category taxonomy.

pub mod browse;
pub mod imports;
pub mod organisations;
pub mod records;
pub mod taxonomy;
pub mod workplaces;
