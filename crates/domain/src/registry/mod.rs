//! The workplace registry (issue 9 item 1): what a workplace record is made of, parsed
//! once so the edit page, the API and the CSV import accept and refuse exactly the same
//! input.

pub mod csv_file;
pub mod identifier;
pub mod onboarding;
pub mod record;

pub use csv_file::{
    CsvFile, CsvFileError, CsvRow, ExportRow, parse_cells, read_csv, write_csv, write_table,
};
pub use identifier::{Identifier, IdentifierKind};
pub use onboarding::{Onboarding, OnboardingStatus};
pub use record::{ContactKind, RawWorkplace, WorkplaceContact, WorkplaceRecord};
