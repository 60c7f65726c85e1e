//! Server-rendered HTML pages, one file per page.

pub mod case_page;
pub mod case_rows;
pub mod chrome;
pub mod dashboard;
pub mod intake;
pub mod labels;
pub mod queue;
pub mod search;
pub mod workplace_choice;
