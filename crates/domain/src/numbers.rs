//! Integer formatting per language, for statistics and reports.
//!
//! Bangladesh groups digits the South Asian way (lakh, crore: 12,34,567) and
//! readers expect Bengali digits; Vietnam uses '.' as thousands separator.

use crate::digits::bengali_digit;
use crate::language::Language;

pub fn format_integer(n: i64, lang: Language) -> String {
    // unsigned_abs avoids overflow on i64::MIN.
    let digits = n.unsigned_abs().to_string();
    let grouped = match lang {
        Language::En => group_thousands(&digits, ','),
        Language::Vi => group_thousands(&digits, '.'),
        Language::Bn => group_indian(&digits)
            .chars()
            .map(|c| match c.to_digit(10) {
                Some(d) => bengali_digit(u8::try_from(d).unwrap_or(0)),
                None => c,
            })
            .collect(),
    };
    if n < 0 {
        format!("-{grouped}")
    } else {
        grouped
    }
}

/// 1234567 → 1,234,567
fn group_thousands(digits: &str, sep: char) -> String {
    let len = digits.len();
    let mut out = String::with_capacity(len + len / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (len - i).is_multiple_of(3) {
            out.push(sep);
        }
        out.push(c);
    }
    out
}

/// 1234567 → 12,34,567: the last three digits, then groups of two.
fn group_indian(digits: &str) -> String {
    let len = digits.len();
    if len <= 3 {
        return digits.to_owned();
    }
    let (head, tail) = digits.split_at(len - 3);
    let mut out = String::with_capacity(len + len / 2);
    for (i, c) in head.chars().enumerate() {
        if i > 0 && (head.len() - i).is_multiple_of(2) {
            out.push(',');
        }
        out.push(c);
    }
    out.push(',');
    out.push_str(tail);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use Language::{Bn, En, Vi};

    #[test]
    fn english_and_vietnamese_thousands() {
        assert_eq!(format_integer(1_234_567, En), "1,234,567");
        assert_eq!(format_integer(1_234_567, Vi), "1.234.567");
        assert_eq!(format_integer(0, En), "0");
        assert_eq!(format_integer(999, En), "999");
        assert_eq!(format_integer(1000, Vi), "1.000");
        assert_eq!(format_integer(100_000, En), "100,000");
    }

    #[test]
    fn bengali_lakh_grouping_with_bengali_digits() {
        assert_eq!(format_integer(1_234_567, Bn), "১২,৩৪,৫৬৭");
        assert_eq!(format_integer(100_000, Bn), "১,০০,০০০");
        assert_eq!(format_integer(10_000, Bn), "১০,০০০");
        assert_eq!(format_integer(1000, Bn), "১,০০০");
        assert_eq!(format_integer(999, Bn), "৯৯৯");
        assert_eq!(format_integer(0, Bn), "০");
        assert_eq!(format_integer(123_456_789, Bn), "১২,৩৪,৫৬,৭৮৯");
    }

    #[test]
    fn negatives_and_extremes() {
        assert_eq!(format_integer(-1_234_567, En), "-1,234,567");
        assert_eq!(format_integer(-100_000, Bn), "-১,০০,০০০");
        assert_eq!(format_integer(-5, Vi), "-5");
        assert_eq!(format_integer(i64::MIN, En), "-9,223,372,036,854,775,808");
        assert_eq!(format_integer(i64::MAX, Vi), "9.223.372.036.854.775.807");
    }
}
