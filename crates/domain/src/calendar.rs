//! Working-day calendars: which local dates count towards working-time
//! deadlines, per country.
//!
//! A calendar is a time zone, the weekly rest days and a set of public
//! holidays. Holidays are data an administrator edits every year (lunar
//! holidays move), so they come in as text parsed by `parse_holidays`; the
//! domain never reads the file itself.

use std::collections::BTreeSet;
use std::fmt::Write as _;

use jiff::civil::{Date, Weekday};
use jiff::tz::{self, TimeZone};
use thiserror::Error;

use crate::country::Country;

/// The zone, rest days and holidays that decide which local dates are
/// working days. Fields are private so a calendar always has a known zone
/// and at least one working weekday; that keeps deadline computation
/// infallible and guarantees it terminates.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WorkCalendar {
    time_zone: String,
    tz: TimeZone,
    weekend: Vec<Weekday>,
    holidays: BTreeSet<Date>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Error)]
pub enum CalendarError {
    #[error("error-calendar-unknown-zone")]
    UnknownZone,
    /// Every weekday is a rest day: working-time deadlines would never fall.
    #[error("error-calendar-no-working-days")]
    NoWorkingDays,
}

impl CalendarError {
    pub fn message_key(&self) -> &'static str {
        match self {
            CalendarError::UnknownZone => "error-calendar-unknown-zone",
            CalendarError::NoWorkingDays => "error-calendar-no-working-days",
        }
    }
}

impl WorkCalendar {
    /// A calendar for any IANA zone and rest days.
    pub fn new(
        time_zone: &str,
        weekend: &[Weekday],
        holidays: impl IntoIterator<Item = Date>,
    ) -> Result<WorkCalendar, CalendarError> {
        let tz = TimeZone::get(time_zone).map_err(|_| CalendarError::UnknownZone)?;
        Self::build(time_zone, tz, weekend, holidays)
    }

    /// The country's calendar with those of `holidays` that belong to it
    /// (the whole parsed holidays file can be passed in).
    ///
    /// Bangladesh rests Friday and Saturday, Vietnam Saturday and Sunday.
    pub fn for_country(country: Country, holidays: &[Holiday]) -> WorkCalendar {
        let (weekend, fixed_offset) = match country {
            Country::Bangladesh => ([Weekday::Friday, Weekday::Saturday], tz::offset(6)),
            Country::Vietnam => ([Weekday::Saturday, Weekday::Sunday], tz::offset(7)),
        };
        let name = country.time_zone();
        // The zone database is bundled into the binary, so lookup cannot
        // really fail; should it, both countries have used a fixed offset
        // without daylight saving since 2009 (BD) and 1975 (VN).
        let tz = TimeZone::get(name).unwrap_or_else(|_| TimeZone::fixed(fixed_offset));
        let dates = holidays
            .iter()
            .filter(|h| h.country == country)
            .map(|h| h.date);
        WorkCalendar {
            time_zone: name.to_string(),
            tz,
            weekend: weekend.to_vec(),
            holidays: dates.collect(),
        }
    }

    fn build(
        name: &str,
        tz: TimeZone,
        weekend: &[Weekday],
        holidays: impl IntoIterator<Item = Date>,
    ) -> Result<WorkCalendar, CalendarError> {
        let mut weekend = weekend.to_vec();
        weekend.sort_by_key(|d| d.to_monday_one_offset());
        weekend.dedup();
        if weekend.len() >= 7 {
            return Err(CalendarError::NoWorkingDays);
        }
        Ok(WorkCalendar {
            time_zone: name.to_string(),
            tz,
            weekend,
            holidays: holidays.into_iter().collect(),
        })
    }

    /// IANA name of the zone whose local dates are tested.
    pub fn time_zone(&self) -> &str {
        &self.time_zone
    }

    pub(crate) fn tz(&self) -> &TimeZone {
        &self.tz
    }

    pub fn weekend(&self) -> &[Weekday] {
        &self.weekend
    }

    pub fn holidays(&self) -> &BTreeSet<Date> {
        &self.holidays
    }

    /// Neither a weekly rest day nor a holiday.
    pub fn is_working_day(&self, date: Date) -> bool {
        !self.weekend.contains(&date.weekday()) && !self.holidays.contains(&date)
    }
}

/// One line of the holidays file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Holiday {
    pub country: Country,
    pub date: Date,
    /// As written by the administrator; shown as-is in admin screens.
    pub name: String,
}

/// A holidays-file error and the 1-based line it is on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Error)]
pub enum HolidayError {
    /// Not of the form `COUNTRY,YYYY-MM-DD,Name`.
    #[error("error-holiday-format (line {line})")]
    Format { line: usize },
    #[error("error-holiday-country (line {line})")]
    Country { line: usize },
    #[error("error-holiday-date (line {line})")]
    Date { line: usize },
    #[error("error-holiday-name (line {line})")]
    Name { line: usize },
}

impl HolidayError {
    pub fn message_key(&self) -> &'static str {
        match self {
            HolidayError::Format { .. } => "error-holiday-format",
            HolidayError::Country { .. } => "error-holiday-country",
            HolidayError::Date { .. } => "error-holiday-date",
            HolidayError::Name { .. } => "error-holiday-name",
        }
    }

    /// 1-based line number, passed to the message as `$line`.
    pub fn line(&self) -> usize {
        match *self {
            HolidayError::Format { line }
            | HolidayError::Country { line }
            | HolidayError::Date { line }
            | HolidayError::Name { line } => line,
        }
    }
}

/// Parses the holidays file: one `COUNTRY,YYYY-MM-DD,Name` per line, e.g.
/// `BD,2026-12-16,Victory Day`. Blank lines and lines starting with `#` are
/// ignored; the name may itself contain commas. The same date may appear
/// twice (a lunar holiday can fall on a fixed one); that is harmless.
/// Stops at the first error, since a half-read holiday list would silently
/// shorten deadlines.
pub fn parse_holidays(text: &str) -> Result<Vec<Holiday>, HolidayError> {
    // A spreadsheet export may start with a byte-order mark.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut out = Vec::new();
    for (i, raw) in text.lines().enumerate() {
        let line = i + 1;
        let trimmed = raw.trim();
        if trimmed.is_empty() || trimmed.starts_with('#') {
            continue;
        }
        let mut fields = trimmed.splitn(3, ',');
        let (Some(country), Some(date), Some(name)) = (fields.next(), fields.next(), fields.next())
        else {
            return Err(HolidayError::Format { line });
        };
        let country = Country::parse(country).ok_or(HolidayError::Country { line })?;
        let date = parse_iso_date(date.trim()).ok_or(HolidayError::Date { line })?;
        let name = name.trim();
        if name.is_empty() {
            return Err(HolidayError::Name { line });
        }
        out.push(Holiday {
            country,
            date,
            name: name.to_string(),
        });
    }
    Ok(out)
}

/// Writes holidays back in the format `parse_holidays` reads.
pub fn format_holidays(holidays: &[Holiday]) -> String {
    let mut out = String::new();
    for h in holidays {
        // Names cannot contain line breaks after parsing; replacing them
        // keeps hand-built values from breaking the one-per-line format.
        let name = h.name.replace(['\r', '\n'], " ");
        let _ = writeln!(out, "{},{},{}", h.country.code(), h.date, name.trim());
    }
    out
}

/// Exactly `YYYY-MM-DD`: jiff's parser also accepts other ISO 8601 forms,
/// which would make the file format depend on a library detail.
pub(crate) fn parse_iso_date(s: &str) -> Option<Date> {
    let b = s.as_bytes();
    let digits_at = |r: std::ops::Range<usize>| b[r].iter().all(u8::is_ascii_digit);
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    if !(digits_at(0..4) && digits_at(5..7) && digits_at(8..10)) {
        return None;
    }
    let year: i16 = s[0..4].parse().ok()?;
    let month: i8 = s[5..7].parse().ok()?;
    let day: i8 = s[8..10].parse().ok()?;
    Date::new(year, month, day).ok()
}

/// Seed holidays: fixed-date national holidays only, for 2026 and 2027.
///
/// Lunar-calendar holidays must be added by the administrator each year,
/// once the government announces them: in Bangladesh Eid ul-Fitr, Eid
/// ul-Adha, Ashura, Eid-e-Milad-un-Nabi, Shab-e-Barat, Buddha Purnima,
/// Janmashtami and Durga Puja; in Vietnam Tết (several days) and the Hung
/// Kings' Commemoration. Vietnam's second National Day holiday (1 or 3
/// September) is set each year by decree, so it is left out, as are
/// Bangladesh days whose status changed recently (15 August stopped being
/// a public holiday in 2024). Missing a holiday only makes deadlines
/// stricter, which is the safe direction.
pub const DEFAULT_HOLIDAYS: &str = "\
# COUNTRY,YYYY-MM-DD,Name
BD,2026-02-21,Shaheed Day and International Mother Language Day
BD,2026-03-26,Independence Day
BD,2026-04-14,Pahela Baishakh
BD,2026-05-01,May Day
BD,2026-12-16,Victory Day
BD,2026-12-25,Christmas Day
BD,2027-02-21,Shaheed Day and International Mother Language Day
BD,2027-03-26,Independence Day
BD,2027-04-14,Pahela Baishakh
BD,2027-05-01,May Day
BD,2027-12-16,Victory Day
BD,2027-12-25,Christmas Day
VN,2026-01-01,New Year's Day
VN,2026-04-30,Reunification Day
VN,2026-05-01,International Labour Day
VN,2026-09-02,National Day
VN,2027-01-01,New Year's Day
VN,2027-04-30,Reunification Day
VN,2027-05-01,International Labour Day
VN,2027-09-02,National Day
";

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn country_weekends_differ() {
        let bd = WorkCalendar::for_country(Country::Bangladesh, &[]);
        let vn = WorkCalendar::for_country(Country::Vietnam, &[]);
        // 2026-03-05 is a Thursday.
        let thu = date(2026, 3, 5);
        let (fri, sat, sun) = (date(2026, 3, 6), date(2026, 3, 7), date(2026, 3, 8));
        assert!(bd.is_working_day(thu) && vn.is_working_day(thu));
        assert!(!bd.is_working_day(fri) && vn.is_working_day(fri));
        assert!(!bd.is_working_day(sat) && !vn.is_working_day(sat));
        assert!(bd.is_working_day(sun) && !vn.is_working_day(sun));
        assert_eq!(bd.time_zone(), "Asia/Dhaka");
        assert_eq!(vn.time_zone(), "Asia/Ho_Chi_Minh");
    }

    #[test]
    fn for_country_keeps_only_its_holidays() {
        let hols = parse_holidays(DEFAULT_HOLIDAYS).unwrap_or_default();
        let bd = WorkCalendar::for_country(Country::Bangladesh, &hols);
        let vn = WorkCalendar::for_country(Country::Vietnam, &hols);
        // 2026-12-16 is a Wednesday: a working weekday in both countries.
        assert!(!bd.is_working_day(date(2026, 12, 16)));
        assert!(vn.is_working_day(date(2026, 12, 16)));
        // 2026-09-02 is a Wednesday.
        assert!(!vn.is_working_day(date(2026, 9, 2)));
        assert!(bd.is_working_day(date(2026, 9, 2)));
    }

    #[test]
    fn default_holidays_parse_and_cover_both_years() {
        let hols = parse_holidays(DEFAULT_HOLIDAYS).unwrap_or_default();
        assert_eq!(hols.len(), 20);
        for country in Country::ALL {
            for year in [2026, 2027] {
                assert!(
                    hols.iter()
                        .any(|h| h.country == country && h.date.year() == year),
                    "{country:?} {year}"
                );
            }
        }
    }

    #[test]
    fn parses_comments_blank_lines_and_commas_in_names() {
        let text = "\u{feff}# header\n\n  BD, 2026-12-16 , Victory Day \r\nvn,2027-09-02,National Day, second part\n   # indented comment\n";
        let hols = parse_holidays(text);
        assert_eq!(
            hols,
            Ok(vec![
                Holiday {
                    country: Country::Bangladesh,
                    date: date(2026, 12, 16),
                    name: "Victory Day".into()
                },
                Holiday {
                    country: Country::Vietnam,
                    date: date(2027, 9, 2),
                    name: "National Day, second part".into()
                },
            ])
        );
    }

    #[test]
    fn errors_carry_key_and_line() {
        let cases = [
            ("BD,2026-12-16", HolidayError::Format { line: 1 }),
            ("# ok\nBD", HolidayError::Format { line: 2 }),
            ("\n\nIN,2026-12-16,Day", HolidayError::Country { line: 3 }),
            ("BD,2026-02-30,Day", HolidayError::Date { line: 1 }),
            ("BD,16/12/2026,Day", HolidayError::Date { line: 1 }),
            ("BD,2026-1-16,Day", HolidayError::Date { line: 1 }),
            ("BD,+02026-12-16,Day", HolidayError::Date { line: 1 }),
            ("BD,2026-12-16,  ", HolidayError::Name { line: 1 }),
        ];
        for (text, want) in cases {
            assert_eq!(parse_holidays(text), Err(want), "{text:?}");
        }
        let e = HolidayError::Date { line: 7 };
        assert_eq!(e.message_key(), "error-holiday-date");
        assert_eq!(e.line(), 7);
    }

    #[test]
    fn format_round_trips() {
        let hols = parse_holidays(DEFAULT_HOLIDAYS).unwrap_or_default();
        assert_eq!(parse_holidays(&format_holidays(&hols)), Ok(hols));
    }

    #[test]
    fn new_validates_zone_and_weekend() {
        use Weekday::*;
        assert_eq!(
            WorkCalendar::new("Mars/Olympus", &[Sunday], []),
            Err(CalendarError::UnknownZone)
        );
        let all = [
            Monday, Tuesday, Wednesday, Thursday, Friday, Saturday, Sunday, Sunday,
        ];
        assert_eq!(
            WorkCalendar::new("UTC", &all, []),
            Err(CalendarError::NoWorkingDays)
        );
        let cal = WorkCalendar::new("UTC", &[Sunday, Sunday], [date(2026, 1, 1)]);
        assert!(cal.as_ref().is_ok_and(|c| c.weekend() == [Sunday]));
        assert!(cal.is_ok_and(|c| !c.is_working_day(date(2026, 1, 1))));
        assert_eq!(
            CalendarError::NoWorkingDays.message_key(),
            "error-calendar-no-working-days"
        );
    }
}
