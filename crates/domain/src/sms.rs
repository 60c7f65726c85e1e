//! Rules about SMS text that every gateway shares. A text outside the GSM 03.38 alphabet
//! (all Bengali, most Vietnamese with its diacritics) must be sent as UCS-2, or the phone
//! shows question marks; a UCS-2 SMS holds 70 characters instead of 160.

/// The GSM 03.38 default alphabet, plus its extension table (each of those takes two
/// septets, but stays GSM-7).
const GSM7: &str = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?\
¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà^{}\\[~]|€\x0c";

/// Whether `text` needs UCS-2 (`coding=2` on Kannel) because some character is not in
/// the GSM-7 alphabet.
pub fn needs_ucs2(text: &str) -> bool {
    text.chars().any(|c| !GSM7.contains(c))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_is_gsm7_and_bengali_and_vietnamese_are_not() {
        assert!(!needs_ucs2(
            "Your case moved on. Reply STATUS 1234 567 890 (costs 1.50€)"
        ));
        assert!(needs_ucs2("আপনার কেস এগিয়েছে"));
        assert!(needs_ucs2("Vụ việc của anh/chị đã được tiếp nhận"));
        // Curly quotes are outside GSM-7: a text with them must not be sent as GSM-7.
        assert!(needs_ucs2("it’s"));
    }
}
