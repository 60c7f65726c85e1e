//! What the pages of every feature share: the chrome around each page (layout,
//! navigation, language switch), translated labels of data codes, case table rows, the
//! pager and SVG bar charts. Templates of these parts are in `templates/shared/`; their messages in
//! `locales/<lang>/shared.ftl`.

pub mod bars;
pub mod case_facts;
pub mod case_table;
pub mod chart;
pub mod chrome;
pub mod labels;
pub mod pager;
