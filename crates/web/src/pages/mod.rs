//! Server-rendered HTML pages, one file per page.

pub mod admin_protocol;
pub mod brand;
pub mod case_page;
pub mod case_rows;
pub mod case_steps;
pub mod chrome;
pub mod closure;
pub mod dashboard;
pub mod disclosure;
pub mod factory;
pub mod follow_ups;
pub mod incidents;
pub mod intake;
pub mod labels;
pub mod notifications;
pub mod org_user;
pub mod queue;
pub mod search;
pub mod supervisor;
pub mod worker_informed;
pub mod workplace_choice;
