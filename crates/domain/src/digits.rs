//! Decimal digits as callers and operators actually type them.
//!
//! Bangladeshi keyboards and phones commonly produce Bengali digits (০-৯), so
//! every parser of numeric input (phone numbers, case codes, times) must treat
//! them exactly like ASCII digits. We deliberately accept only these two sets:
//! accepting every Unicode `Nd` digit would let look-alike scripts through
//! input paths where nobody could read them back.

/// First code point of the Bengali digits block (০, U+09E6).
const BENGALI_ZERO: u32 = 0x09E6;

/// The value of `c` if it is an ASCII or Bengali decimal digit.
pub fn decimal_value(c: char) -> Option<u8> {
    if let Some(d) = c.to_digit(10) {
        // `to_digit(10)` only accepts ASCII 0-9, so the cast cannot truncate.
        return u8::try_from(d).ok();
    }
    let cp = u32::from(c);
    if (BENGALI_ZERO..BENGALI_ZERO + 10).contains(&cp) {
        return u8::try_from(cp - BENGALI_ZERO).ok();
    }
    None
}

/// The ASCII digit for `c`, if `c` is an ASCII or Bengali decimal digit.
pub fn to_ascii_digit(c: char) -> Option<char> {
    decimal_value(c).map(|d| char::from(b'0' + d))
}

/// The Bengali digit for a value 0-9 (values above 9 are clamped to 9, which
/// callers never pass; clamping avoids a panic path).
pub fn bengali_digit(value: u8) -> char {
    let v = u32::from(value.min(9));
    char::from_u32(BENGALI_ZERO + v).unwrap_or('০')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ascii_and_bengali_digits_map_to_values() {
        assert_eq!(decimal_value('0'), Some(0));
        assert_eq!(decimal_value('9'), Some(9));
        assert_eq!(decimal_value('০'), Some(0));
        assert_eq!(decimal_value('৯'), Some(9));
        assert_eq!(to_ascii_digit('৫'), Some('5'));
    }

    #[test]
    fn other_scripts_and_letters_are_rejected() {
        // Arabic-Indic five, Devanagari five, fullwidth five, letter, Bengali letter.
        for c in ['٥', '५', '５', 'a', 'ক', '৺'] {
            assert_eq!(decimal_value(c), None, "{c:?}");
        }
    }

    #[test]
    fn bengali_digit_round_trips() {
        for v in 0..10 {
            assert_eq!(decimal_value(bengali_digit(v)), Some(v));
        }
        assert_eq!(bengali_digit(42), '৯');
    }
}
