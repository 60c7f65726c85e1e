//! The newsletter's rules (issue 13 item 4): its SMS digest fits one SMS.
//!
//! One SMS holds 160 GSM-7 septets (a character of the extension table, such as `€` or
//! `[`, takes two) or, as soon as one character is outside GSM-7 (all Bengali, Vietnamese
//! with diacritics), 70 UCS-2 units (a character outside the Basic Multilingual Plane takes
//! two). [`sms_digest`] keeps the pieces of the digest, in order, while the whole still fits;
//! a first piece that alone is too long is cut at a character boundary.

use crate::sms::needs_ucs2;

/// Septets of one GSM-7 SMS.
pub const GSM7_LIMIT: usize = 160;
/// UCS-2 units of one SMS.
pub const UCS2_LIMIT: usize = 70;

/// The extension table: each of these takes two septets.
const GSM7_EXTENDED: &str = "^{}\\[~]|€\x0c";

/// What `text` costs of one SMS, and what one SMS of its encoding holds.
pub fn sms_size(text: &str) -> (usize, usize) {
    if needs_ucs2(text) {
        (text.encode_utf16().count(), UCS2_LIMIT)
    } else {
        let septets = text
            .chars()
            .map(|c| if GSM7_EXTENDED.contains(c) { 2 } else { 1 })
            .sum();
        (septets, GSM7_LIMIT)
    }
}

/// Whether `text` goes in one SMS.
pub fn fits_one_sms(text: &str) -> bool {
    let (size, limit) = sms_size(text);
    size <= limit
}

/// The digest: `pieces` joined by `separator`, as many (from the first) as fit one SMS.
pub fn sms_digest(pieces: &[String], separator: &str) -> String {
    let mut out = String::new();
    for piece in pieces.iter().map(|p| p.trim()).filter(|p| !p.is_empty()) {
        let candidate = if out.is_empty() {
            piece.to_owned()
        } else {
            format!("{out}{separator}{piece}")
        };
        if fits_one_sms(&candidate) {
            out = candidate;
        } else if out.is_empty() {
            // The first piece alone is too long: as much of it as fits.
            let mut cut = String::new();
            for c in piece.chars() {
                cut.push(c);
                if !fits_one_sms(&cut) {
                    cut.pop();
                    break;
                }
            }
            return cut;
        } else {
            break;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pieces(p: &[&str]) -> Vec<String> {
        p.iter().map(|s| (*s).to_owned()).collect()
    }

    #[test]
    fn newsletter_sms_sizes_by_encoding() {
        assert_eq!(sms_size("Hello"), (5, 160));
        assert_eq!(sms_size("Costs 5€ [x]"), (15, 160));
        assert_eq!(sms_size("উন্নতি"), ("উন্নতি".encode_utf16().count(), 70));
        assert_eq!(sms_size("Cải tiến").1, 70);
    }

    #[test]
    fn newsletter_sms_digest_keeps_pieces_that_fit_one_sms() {
        let en = pieces(&[
            "WISE 2026 newsletter, May: 42 verified improvements",
            "risk down 310 points",
            "Next workshop 20 Jun, Gazipur",
            "Read more: workvoice.example/newsletters/3",
            "This piece would go past one SMS so it is left out of the digest entirely.",
        ]);
        let d = sms_digest(&en, " · ");
        // "·" is outside GSM-7: the digest is UCS-2 and ≤ 70 units.
        assert!(fits_one_sms(&d), "{d}");
        assert!(d.starts_with("WISE 2026 newsletter, May: 42 verified improvements"));
        let gsm = sms_digest(&en, "; ");
        assert!(!needs_ucs2(&gsm));
        assert!(gsm.chars().count() <= 160);
        assert!(gsm.contains("Next workshop"));
        assert!(!gsm.contains("left out"));

        let bn = pieces(&[
            "মে মাসের খবর: ৪২টি যাচাই করা উন্নতি",
            "ঝুঁকি কমেছে ৩১০ পয়েন্ট",
            "পরের কর্মশালা ২০ জুন, গাজীপুর",
        ]);
        let d = sms_digest(&bn, "; ");
        assert!(d.encode_utf16().count() <= 70, "{d}");
        assert!(d.starts_with("মে মাসের খবর"));

        let vi = pieces(&[
            "Bản tin tháng 5: 42 cải tiến đã xác minh",
            "rủi ro giảm 310 điểm",
            "Hội thảo tiếp theo 20/6",
        ]);
        assert!(sms_digest(&vi, "; ").encode_utf16().count() <= 70);
    }

    #[test]
    fn newsletter_sms_digest_cuts_a_first_piece_too_long() {
        let long = "ক".repeat(100);
        let d = sms_digest(&[long], "; ");
        assert_eq!(d.chars().count(), 70);
        assert_eq!(sms_digest(&["x".repeat(200)], "; ").len(), 160);
        assert_eq!(sms_digest(&["  ".into()], "; "), "");
    }
}
