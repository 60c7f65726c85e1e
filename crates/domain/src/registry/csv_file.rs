//! The registry's CSV file (issue 9 item 2): one workplace per row, the columns below,
//! read and written here so the web import, the CLI import and the export agree.
//!
//! Reading accepts what spreadsheets save: a UTF-8 byte-order mark, CRLF line ends, header
//! names in any case and order, and cells the export protected with a leading `'`. Each
//! row is parsed with [`WorkplaceRecord::parse`]; a row that cannot be read or parsed is
//! kept with its line number and reasons, so the preview can list it. Writing puts a BOM
//! first (Excel then reads Bengali and Vietnamese as UTF-8) and prefixes `'` to any cell
//! starting with `=`, `+`, `-`, `@`, a tab or a carriage return, which a spreadsheet would
//! otherwise run as a formula.

use crate::field_errors::FieldErrors;
use crate::registry::identifier::IdentifierKind;
use crate::registry::onboarding::OnboardingStatus;
use crate::registry::record::{ContactKind, RawWorkplace, WorkplaceRecord};

/// The columns, in the order the export writes them.
pub const COLUMNS: [&str; 26] = [
    "name",
    "country",
    "district",
    "sub_district",
    "address",
    "sector",
    "workers_total",
    "workers_women",
    "trade_licence",
    "dife_licence",
    "bgmea",
    "bkmea",
    "rsc",
    "enterprise_code",
    "languages",
    "status",
    "invited_on",
    "onboarded_on",
    "trained_on",
    "active_on",
    "suspended_on",
    "management_contact_name",
    "management_contact_phone",
    "safety_contact_name",
    "safety_contact_phone",
    "brands",
];

const BOM: &str = "\u{feff}";
/// Separates brand names inside the `brands` cell.
pub const BRAND_SEPARATOR: char = ';';

/// A file that cannot be imported at all (nothing is previewed).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CsvFileError {
    #[error("error-csv-not-utf8")]
    NotUtf8,
    #[error("error-csv-empty")]
    Empty,
    #[error("error-csv-unknown-column")]
    UnknownColumn(String),
    #[error("error-csv-missing-column")]
    MissingColumn(&'static str),
}

impl CsvFileError {
    /// Fluent id; `UnknownColumn` and `MissingColumn` take `$column`.
    pub fn message_key(&self) -> &'static str {
        match self {
            CsvFileError::NotUtf8 => "error-csv-not-utf8",
            CsvFileError::Empty => "error-csv-empty",
            CsvFileError::UnknownColumn(_) => "error-csv-unknown-column",
            CsvFileError::MissingColumn(_) => "error-csv-missing-column",
        }
    }

    pub fn column(&self) -> Option<&str> {
        match self {
            CsvFileError::UnknownColumn(c) => Some(c),
            CsvFileError::MissingColumn(c) => Some(c),
            _ => None,
        }
    }
}

/// One data row: its row number as a spreadsheet shows it (the header is row 1) and its
/// cells in [`COLUMNS`] order (empty for a column the file lacks), or why it cannot be
/// read (`(field, message id)`; field `row` for the row as a whole).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CsvRow {
    pub line: u64,
    pub cells: Result<Vec<String>, FieldErrors>,
}

impl CsvRow {
    /// The row parsed on its own (a new workplace).
    pub fn parsed(&self) -> Result<(WorkplaceRecord, Vec<String>), FieldErrors> {
        match &self.cells {
            Ok(cells) => parse_cells(cells),
            Err(e) => Err(e.clone()),
        }
    }
}

/// A read file: which of [`COLUMNS`] it has, and its rows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CsvFile {
    pub present: [bool; COLUMNS.len()],
    pub rows: Vec<CsvRow>,
}

impl CsvFile {
    /// The cells of a workplace already registered, with the row's cells over them for
    /// the columns the file has: a file without a `brands` column leaves brands alone.
    pub fn overlay(&self, stored: &[String], row: &[String]) -> Vec<String> {
        stored
            .iter()
            .zip(row)
            .zip(self.present)
            .map(|((s, r), present)| if present { r.clone() } else { s.clone() })
            .collect()
    }
}

/// Cells in [`COLUMNS`] order into a record and its brand names.
pub fn parse_cells(cells: &[String]) -> Result<(WorkplaceRecord, Vec<String>), FieldErrors> {
    let (raw, brands) = raw_of(cells);
    WorkplaceRecord::parse(&raw).map(|rec| (rec, brands))
}

/// A workplace as the export writes it: its record as text and its brand names.
#[derive(Debug, Clone, Default)]
pub struct ExportRow {
    pub raw: RawWorkplace,
    pub brands: Vec<String>,
}

/// Undoes the export's protection of a formula-like cell.
fn unprotect(cell: &str) -> &str {
    match cell.strip_prefix('\'') {
        Some(rest) if rest.starts_with(['=', '+', '-', '@', '\t', '\r']) => rest,
        _ => cell,
    }
}

fn protect(cell: &str) -> String {
    if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{cell}")
    } else {
        cell.to_owned()
    }
}

fn identifier_column(kind: IdentifierKind) -> &'static str {
    kind.code()
}

/// The cells of one row, by column index, into the raw record and brand names.
fn raw_of(cells: &[String]) -> (RawWorkplace, Vec<String>) {
    let cell = |name: &str| {
        COLUMNS
            .iter()
            .position(|c| *c == name)
            .and_then(|i| cells.get(i))
            .cloned()
            .unwrap_or_default()
    };
    let raw = RawWorkplace {
        name: cell("name"),
        country: cell("country"),
        district: cell("district"),
        sub_district: cell("sub_district"),
        address: cell("address"),
        sector: cell("sector"),
        workers_total: cell("workers_total"),
        workers_women: cell("workers_women"),
        identifiers: IdentifierKind::ALL
            .into_iter()
            .map(|k| (k, cell(identifier_column(k))))
            .collect(),
        languages: cell("languages"),
        status: cell("status"),
        dates: OnboardingStatus::ALL.map(|s| cell(s.date_field())),
        contacts: ContactKind::ALL
            .into_iter()
            .map(|k| (k, cell(k.name_field()), cell(k.phone_field())))
            .collect(),
    };
    let brands = cell("brands")
        .split(BRAND_SEPARATOR)
        .map(str::trim)
        .filter(|b| !b.is_empty())
        .map(str::to_owned)
        .collect();
    (raw, brands)
}

/// Reads a whole file. Columns may come in any order; only `name` and `country` are
/// required, the others default to empty.
pub fn read_csv(bytes: &[u8]) -> Result<CsvFile, CsvFileError> {
    let text = std::str::from_utf8(bytes).map_err(|_| CsvFileError::NotUtf8)?;
    let text = text.strip_prefix(BOM).unwrap_or(text);
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut records = reader.records();
    let header = match records.next() {
        Some(Ok(h)) => h,
        _ => return Err(CsvFileError::Empty),
    };
    // Column index in the file → index in COLUMNS.
    let mut map = Vec::new();
    for name in header.iter() {
        let name = name.trim().to_ascii_lowercase();
        match COLUMNS.iter().position(|c| *c == name) {
            Some(i) => map.push(i),
            None => return Err(CsvFileError::UnknownColumn(name)),
        }
    }
    for required in ["name", "country"] {
        if !map.iter().any(|i| COLUMNS[*i] == required) {
            return Err(CsvFileError::MissingColumn(required));
        }
    }
    let mut rows = Vec::new();
    for (index, record) in records.enumerate() {
        // Spreadsheet row numbers: a quoted cell with line breaks stays one row.
        let line = index as u64 + 2;
        let cells = match record {
            Ok(r) => {
                if r.iter().all(|c| c.trim().is_empty()) {
                    continue;
                }
                if r.len() != map.len() {
                    let mut e = FieldErrors::default();
                    e.push("row", "error-csv-column-count");
                    Err(e)
                } else {
                    let mut cells = vec![String::new(); COLUMNS.len()];
                    for (value, i) in r.iter().zip(&map) {
                        cells[*i] = unprotect(value).to_owned();
                    }
                    Ok(cells)
                }
            }
            Err(_) => {
                let mut errors = FieldErrors::default();
                errors.push("row", "error-csv-malformed-row");
                Err(errors)
            }
        };
        rows.push(CsvRow { line, cells });
    }
    let mut present = [false; COLUMNS.len()];
    for i in map {
        present[i] = true;
    }
    Ok(CsvFile { present, rows })
}

/// Writes the file the import reads back: BOM, header, one row per workplace, CRLF line
/// ends (what spreadsheets expect), formula-like cells protected.
pub fn write_csv(rows: &[ExportRow]) -> String {
    write_table(&COLUMNS, rows.iter().map(ExportRow::cells))
}

/// Any table as a spreadsheet-safe CSV file: BOM, `header`, the rows, CRLF line ends,
/// formula-like cells protected (the registry export and the OSH aggregates).
pub fn write_table<R: IntoIterator<Item = String>>(
    header: &[&str],
    rows: impl IntoIterator<Item = R>,
) -> String {
    let mut writer = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(Vec::new());
    // Writing into a Vec cannot fail; a failure would only lose the row.
    let _ = writer.write_record(header);
    for row in rows {
        let _ = writer.write_record(row.into_iter().map(|c| protect(&c)));
    }
    let body = writer.into_inner().unwrap_or_default();
    format!("{BOM}{}", String::from_utf8_lossy(&body))
}

impl ExportRow {
    /// The row's cells in [`COLUMNS`] order, unprotected.
    pub fn cells(&self) -> Vec<String> {
        let r = &self.raw;
        let mut cells: Vec<String> = vec![
            r.name.clone(),
            r.country.clone(),
            r.district.clone(),
            r.sub_district.clone(),
            r.address.clone(),
            r.sector.clone(),
            r.workers_total.clone(),
            r.workers_women.clone(),
        ];
        for kind in IdentifierKind::ALL {
            cells.push(
                r.identifiers
                    .iter()
                    .find(|(k, _)| *k == kind)
                    .map(|(_, v)| v.clone())
                    .unwrap_or_default(),
            );
        }
        cells.push(r.languages.clone());
        cells.push(r.status.clone());
        cells.extend(r.dates.iter().cloned());
        for kind in ContactKind::ALL {
            let c = r.contacts.iter().find(|(k, _, _)| *k == kind);
            cells.push(c.map(|(_, n, _)| n.clone()).unwrap_or_default());
            cells.push(c.map(|(_, _, p)| p.clone()).unwrap_or_default());
        }
        cells.push(self.brands.join("; "));
        cells
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const HEADER: &str = "name,country,district,bgmea,status,invited_on,workers_total,safety_contact_name,safety_contact_phone,brands";

    #[test]
    fn csv_reads_an_excel_file_with_bom_crlf_and_bengali() {
        let file = format!(
            "\u{feff}{HEADER}\r\nরহমান নিটওয়্যার,BD,Gazipur,B-1,invited,2026-01-05,1200,Karim,'+8801711000000,Brand A; Brand B\r\n\r\n"
        );
        let rows = read_csv(file.as_bytes()).unwrap().rows;
        assert_eq!(rows.len(), 1);
        assert_eq!(rows[0].line, 2);
        let (rec, brands) = rows[0].parsed().unwrap();
        assert_eq!(rec.name, "রহমান নিটওয়্যার");
        assert_eq!(rec.workers_total, 1200);
        assert_eq!(brands, ["Brand A", "Brand B"]);
        let phone = rec.contact(ContactKind::Safety24x7).unwrap().phone.clone();
        assert_eq!(phone.unwrap().as_str(), "+8801711000000");
    }

    #[test]
    fn csv_rejects_bad_rows_with_their_line_and_reasons_and_keeps_going() {
        let file = format!(
            "{HEADER}\nGood Ltd,BD,Dhaka,B-2,,,10,,,\nToo,Few,Cells\nBad Ltd,XX,Dhaka,B-3,,,ten,,,\nAlso Good,VN,Hà Nội,,,,5,,,\n"
        );
        let rows = read_csv(file.as_bytes()).unwrap().rows;
        assert_eq!(rows.len(), 4);
        assert!(rows[0].parsed().is_ok());
        let e = rows[1].parsed().unwrap_err();
        assert_eq!(
            (rows[1].line, e.get("row")),
            (3, Some("error-csv-column-count"))
        );
        let e = rows[2].parsed().unwrap_err();
        assert_eq!(e.get("country"), Some("error-invalid-choice"));
        assert_eq!(e.get("workers_total"), Some("error-invalid-number"));
        assert!(rows[3].parsed().is_ok());
    }

    #[test]
    fn csv_refuses_a_file_it_cannot_read_at_all() {
        assert_eq!(read_csv(b""), Err(CsvFileError::Empty));
        assert_eq!(
            read_csv(b"name,country\n\xff\xfe,BD\n"),
            Err(CsvFileError::NotUtf8)
        );
        assert_eq!(
            read_csv(b"name,country,colour\n"),
            Err(CsvFileError::UnknownColumn("colour".into()))
        );
        assert_eq!(
            read_csv(b"name,district\n"),
            Err(CsvFileError::MissingColumn("country"))
        );
    }

    #[test]
    fn csv_export_has_a_bom_neutralises_formulas_and_reads_back() {
        let raw = RawWorkplace {
            name: "=HYPERLINK(\"http://x\")".into(),
            country: "VN".into(),
            district: "Bình Dương".into(),
            sector: "@garments".into(),
            workers_total: "40".into(),
            workers_women: "-1".into(),
            identifiers: vec![(IdentifierKind::EnterpriseCode, "0301234567".into())],
            contacts: vec![(
                ContactKind::Safety24x7,
                "Chị Lan".into(),
                "+84912345678".into(),
            )],
            ..RawWorkplace::default()
        };
        let text = write_csv(&[ExportRow {
            raw,
            brands: vec!["Brand A".into()],
        }]);
        assert!(text.starts_with('\u{feff}'));
        assert!(text.contains("\r\n"));
        assert!(text.contains("\"'=HYPERLINK(\"\"http://x\"\")\""), "{text}");
        assert!(text.contains(",'@garments,"));
        assert!(text.contains(",'-1,"));
        assert!(text.contains(",'+84912345678,"));
        assert!(!text.contains(",=") && !text.contains(",+") && !text.contains(",@"));
        // Read back, the protection is undone (the -1 is then refused as a count).
        let file = read_csv(text.as_bytes()).unwrap();
        let e = file.rows[0].parsed().unwrap_err();
        assert_eq!(e.get("workers_women"), Some("error-invalid-number"));
    }

    #[test]
    fn csv_overlay_keeps_what_the_file_has_no_column_for() {
        let file = read_csv(
            b"name,country,bgmea
New Name,BD,B-1
",
        )
        .unwrap();
        let stored = ExportRow {
            raw: RawWorkplace {
                name: "Old Name".into(),
                country: "BD".into(),
                district: "Gazipur".into(),
                ..RawWorkplace::default()
            },
            brands: vec!["Brand A".into()],
        }
        .cells();
        let row = file.rows[0].cells.as_ref().unwrap();
        let (rec, brands) = parse_cells(&file.overlay(&stored, row)).unwrap();
        assert_eq!(
            (rec.name.as_str(), rec.district.as_str()),
            ("New Name", "Gazipur")
        );
        assert_eq!(brands, ["Brand A"]);
    }
}
