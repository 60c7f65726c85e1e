//! Reference data the helpline works against: workplaces, organisations (factories and
//! brands) and the category taxonomy.

pub mod organisations;
pub mod taxonomy;
pub mod workplaces;
